import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { DEFAULT_OUTPUT, generateExamples } from "../scripts/generate-examples.mjs";

describe("the committed src/generated/examples.ts", () => {
  it("holds exactly the spec's examples (run `npm run generate` if this fails)", async () => {
    const committed = await readFile(DEFAULT_OUTPUT, "utf8");
    expect(committed === (await generateExamples()), "src/generated/examples.ts is stale").toBe(true);
  });
});
