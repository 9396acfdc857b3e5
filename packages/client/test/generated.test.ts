import { readFile } from "node:fs/promises";
import path from "node:path";
import { regeneratedWithoutSourceChange } from "@partnercenter/openapi/sync-generated";
import { describe, expect, it } from "vitest";
import { DEFAULT_OUTPUT, generateOperations } from "../scripts/generate-operations.mjs";

const repoRoot = path.resolve(path.dirname(DEFAULT_OUTPUT), "../../../..");

describe("the committed src/generated/operations.ts", () => {
  it("is exactly what scripts/generate-operations.mjs produces from the bundled spec (run `npm run generate` if this fails)", async () => {
    const committed = await readFile(DEFAULT_OUTPUT, "utf8");
    expect(committed === (await generateOperations()), "src/generated/operations.ts is stale").toBe(true);
  });

  it("is committed together with the spec it comes from", () => {
    const uncommitted = regeneratedWithoutSourceChange({
      cwd: repoRoot,
      generated: [path.relative(repoRoot, DEFAULT_OUTPUT)],
      sources: ["openapi", "redocly.yaml", "package-lock.json", "packages/client/scripts"],
    });
    expect(uncommitted, "the committed spec produces a different file than the one committed: commit the regenerated file").toEqual([]);
  });

  it("says in its first line that it is generated", async () => {
    const [firstLine] = (await readFile(DEFAULT_OUTPUT, "utf8")).split("\n");
    expect(firstLine).toMatch(/^\/\/ Generated from openapi\/ .*Do not edit/);
  });
});
