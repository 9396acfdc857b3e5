import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regeneratedWithoutSourceChange, syncGeneratedFile } from "@partnercenter/openapi/sync-generated";
import { DEFAULT_CONFIG, DEFAULT_OUTPUT, generateSchema } from "../scripts/generate.mjs";

const repoRoot = path.dirname(DEFAULT_CONFIG);

describe("the committed src/generated/schema.ts", () => {
  it("is exactly what openapi-typescript generates from openapi/ (run `npm run generate` if this fails)", async () => {
    const committed = await readFile(DEFAULT_OUTPUT, "utf8");
    expect(committed === (await generateSchema()), "src/generated/schema.ts is stale").toBe(true);
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

  it("says in its first line that it is generated", async () => {
    const [firstLine] = (await readFile(DEFAULT_OUTPUT, "utf8")).split("\n");
    expect(firstLine).toMatch(/^\/\/ Generated from openapi\/ .*Do not edit/);
  });
});

describe("stale detection", () => {
  let workDir: string;
  let editedConfig: string;

  beforeAll(async () => {
    // A copy of the spec with one schema description changed, as a spec author would edit it.
    workDir = await mkdtemp(path.join(tmpdir(), "pc-types-"));
    await cp(path.join(repoRoot, "openapi"), path.join(workDir, "openapi"), {
      recursive: true,
      filter: (source) => !source.includes(`${path.sep}dist`) && !source.includes(`${path.sep}.turbo`),
    });
    await cp(DEFAULT_CONFIG, path.join(workDir, "redocly.yaml"));
    const schemaFile = path.join(workDir, "openapi/components/schemas/Customer.yaml");
    const schema = await readFile(schemaFile, "utf8");
    const edited = schema.replace(/^description: .*/m, "description: EDITED customer description");
    expect(edited).not.toBe(schema);
    await writeFile(schemaFile, edited);
    editedConfig = path.join(workDir, "redocly.yaml");
  });

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it("sees a description edit in the generated types", async () => {
    const generated = await generateSchema({ configPath: editedConfig });
    expect(generated).toContain("EDITED customer description");
  });

  it("reports the committed file as stale in check mode and leaves it untouched", async () => {
    const copy = path.join(workDir, "schema.ts");
    await cp(DEFAULT_OUTPUT, copy);
    const before = await readFile(copy, "utf8");
    const result = await syncGeneratedFile({ file: copy, contents: await generateSchema({ configPath: editedConfig }), check: true });
    expect(result).toEqual({ stale: true, written: false });
    expect(await readFile(copy, "utf8")).toBe(before);
  });

  it("rewrites the file outside check mode, after which it is up to date", async () => {
    const copy = path.join(workDir, "schema-write.ts");
    await cp(DEFAULT_OUTPUT, copy);
    const contents = await generateSchema({ configPath: editedConfig });
    expect(await syncGeneratedFile({ file: copy, contents })).toEqual({ stale: true, written: true });
    expect(await syncGeneratedFile({ file: copy, contents, check: true })).toEqual({ stale: false, written: false });
  });
});
