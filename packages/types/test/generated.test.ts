import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { cp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regeneratedWithoutSourceChange, syncGeneratedFile } from "@partnercenter/openapi/sync-generated";
import { DEFAULT_CONFIG, DEFAULT_OUTPUT, generateSchema } from "../scripts/generate.mjs";

const repoRoot = path.dirname(DEFAULT_CONFIG);
/**
 * Generation lints, bundles and converts the whole spec: well under a second alone, but several
 * seconds on two cores shared with every other package's lint and tests. It runs once per file,
 * in hooks given that much time; the tests only compare.
 */
const GENERATION_TIMEOUT_MS = 60_000;
/** Removing the spec copy: a few hundred small files. */
const CLEANUP_TIMEOUT_MS = 30_000;

describe("the committed src/generated/schema.ts", () => {
  let committed: string;
  let generated: string;
  beforeAll(async () => {
    [committed, generated] = await Promise.all([readFile(DEFAULT_OUTPUT, "utf8"), generateSchema()]);
  }, GENERATION_TIMEOUT_MS);

  it("is exactly what openapi-typescript generates from openapi/ (run `npm run generate` if this fails)", () => {
    expect(committed === generated, "src/generated/schema.ts is stale").toBe(true);
  });

  it("is the same generated from the bundle, as the build does, as from the source files", async () => {
    const fromBundle = await generateSchema({ specFile: fileURLToPath(import.meta.resolve("@partnercenter/openapi/openapi.json")) });
    expect(fromBundle === (await readFile(DEFAULT_OUTPUT, "utf8")), "the bundle gives another schema.ts than the source files").toBe(true);
  });

  it("is committed together with the spec it comes from", () => {
    const uncommitted = regeneratedWithoutSourceChange({
      cwd: repoRoot,
      generated: [path.relative(repoRoot, DEFAULT_OUTPUT)],
      sources: ["openapi", "redocly.yaml", "package-lock.json", "packages/types/scripts"],
    });
    expect(uncommitted, "the committed spec produces a different file than the one committed: commit the regenerated file").toEqual([]);
  });

  it("says in its first line that it is generated", () => {
    const [firstLine] = committed.split("\n");
    expect(firstLine).toMatch(/^\/\/ Generated from openapi\/ .*Do not edit/);
  });
});

describe("stale detection", () => {
  let workDir: string | undefined;
  let fromEditedSpec: string;

  beforeAll(async () => {
    // A copy of the spec with one schema description changed, as a spec author would edit it.
    // Written synchronously (a few milliseconds), so a timed-out hook cannot go on writing after
    // afterAll removed the copy: only the generation below, which reads, is asynchronous.
    workDir = mkdtempSync(path.join(tmpdir(), "pc-types-"));
    cpSync(path.join(repoRoot, "openapi"), path.join(workDir, "openapi"), {
      recursive: true,
      filter: (source) => !source.includes(`${path.sep}dist`) && !source.includes(`${path.sep}.turbo`),
    });
    cpSync(DEFAULT_CONFIG, path.join(workDir, "redocly.yaml"));
    const schemaFile = path.join(workDir, "openapi/components/schemas/Customer.yaml");
    const schema = readFileSync(schemaFile, "utf8");
    const edited = schema.replace(/^description: .*/m, "description: EDITED customer description");
    if (edited === schema) throw new Error("Customer.yaml has no top-level description to edit");
    writeFileSync(schemaFile, edited);
    fromEditedSpec = await generateSchema({ configPath: path.join(workDir, "redocly.yaml") });
  }, GENERATION_TIMEOUT_MS);

  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  }, CLEANUP_TIMEOUT_MS);

  it("sees a description edit in the generated types", () => {
    expect(fromEditedSpec).toContain("EDITED customer description");
  });

  it("reports the committed file as stale in check mode and leaves it untouched", async () => {
    const copy = path.join(workDir!, "schema.ts");
    await cp(DEFAULT_OUTPUT, copy);
    const before = await readFile(copy, "utf8");
    const result = await syncGeneratedFile({ file: copy, contents: fromEditedSpec, check: true });
    expect(result).toEqual({ stale: true, written: false });
    expect(await readFile(copy, "utf8")).toBe(before);
  });

  it("rewrites the file outside check mode, after which it is up to date", async () => {
    const copy = path.join(workDir!, "schema-write.ts");
    await cp(DEFAULT_OUTPUT, copy);
    expect(await syncGeneratedFile({ file: copy, contents: fromEditedSpec })).toEqual({ stale: true, written: true });
    expect(await syncGeneratedFile({ file: copy, contents: fromEditedSpec, check: true })).toEqual({ stale: false, written: false });
  });
});
