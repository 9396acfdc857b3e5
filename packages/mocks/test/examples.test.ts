import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { regeneratedWithoutSourceChange } from "@partnercenter/openapi/sync-generated";
import { DEFAULT_OUTPUT, generateExamples } from "../scripts/generate-examples.mjs";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

describe("the committed src/generated/examples.ts", () => {
  it("holds exactly the spec's examples (run `npm run generate` if this fails)", async () => {
    const committed = await readFile(DEFAULT_OUTPUT, "utf8");
    expect(committed === (await generateExamples()), "src/generated/examples.ts is stale").toBe(true);
  });

  it("is committed together with the spec it comes from", () => {
    const uncommitted = regeneratedWithoutSourceChange({
      cwd: repoRoot,
      generated: [path.relative(repoRoot, DEFAULT_OUTPUT)],
      sources: ["openapi", "redocly.yaml", "package-lock.json", "packages/mocks/scripts"],
    });
    expect(uncommitted, "the committed spec produces a different file than the one committed: commit the regenerated file").toEqual([]);
  });
});
