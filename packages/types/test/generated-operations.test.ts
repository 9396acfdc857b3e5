import { readFile } from "node:fs/promises";
import path from "node:path";
import { regeneratedWithoutSourceChange } from "@partnercenter/openapi/sync-generated";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, generateOperationTable, OPERATIONS_OUTPUT } from "../scripts/generate.mjs";

const repoRoot = path.dirname(DEFAULT_CONFIG);

describe("the committed src/generated/operations.ts (the operation table)", () => {
  it("is exactly what scripts/generate.mjs produces from the bundled spec (run `npm run generate` if this fails)", async () => {
    const committed = await readFile(OPERATIONS_OUTPUT, "utf8");
    expect(committed === (await generateOperationTable()), "src/generated/operations.ts is stale").toBe(true);
  });

  it("is committed together with the spec it comes from", () => {
    const uncommitted = regeneratedWithoutSourceChange({
      cwd: repoRoot,
      generated: [path.relative(repoRoot, OPERATIONS_OUTPUT)],
      sources: ["openapi", "redocly.yaml", "package-lock.json", "packages/types/scripts"],
    });
    expect(uncommitted, "the committed spec produces a different file than the one committed: commit the regenerated file").toEqual([]);
  });

  it("says in its first line that it is generated", async () => {
    const [firstLine] = (await readFile(OPERATIONS_OUTPUT, "utf8")).split("\n");
    expect(firstLine).toMatch(/^\/\/ Generated from openapi\/ .*Do not edit/);
  });
});
