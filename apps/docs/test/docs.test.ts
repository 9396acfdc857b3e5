import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { type DocumentedOperation, documentedOperations, pageDefinition, readBundledSpec, type Spec } from "./spec-operations.js";

const page = fileURLToPath(new URL("../dist/index.html", import.meta.url));
const handWrittenSamples = fileURLToPath(new URL("../../../openapi/code_samples/TypeScript/", import.meta.url));

let html: string;
let spec: Spec;
/** The operations of the bundled spec: what the page must document. */
let operations: DocumentedOperation[];
/** The same operations as the page hands them to Redoc, with their code samples. */
let onPage: Map<string, DocumentedOperation>;
beforeAll(async () => {
  html = await readFile(page, "utf8");
  spec = readBundledSpec();
  operations = documentedOperations(spec);
  onPage = new Map(documentedOperations(pageDefinition(html)).map((operation) => [operation.operationId, operation]));
});

describe("apps/docs/dist/index.html", () => {
  it("loads no script, stylesheet or font from the network, so it renders offline", () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=["']?https?:/i);
    expect(html).not.toMatch(/@import\s+url\(\s*["']?https?:/i);
    // The Redoc standalone bundle is inlined rather than fetched from Redocly's CDN.
    expect(html).toMatch(/hydrate\(__redoc_definition/);
    // Redoc's attribution logo is inlined by scripts/inline-attribution-logo.mjs.
    expect(html).not.toContain("cdn.redoc.ly");
  });

  it("documents every operation of the bundled spec, under its tag and summary", () => {
    expect(operations.length).toBeGreaterThan(0);
    expect([...onPage.keys()].sort()).toEqual(operations.map((operation) => operation.operationId).sort());
    for (const operation of operations) {
      const documented = onPage.get(operation.operationId);
      expect({ tag: documented?.tag, summary: documented?.summary }, operation.operationId).toEqual({ tag: operation.tag, summary: operation.summary });
    }
  });

  it("gives every operation one TypeScript sample that imports and calls its @partnercenter/client function", () => {
    for (const { operationId } of operations) {
      const samples = onPage.get(operationId)?.codeSamples ?? [];
      expect(samples.map((sample) => sample.lang), operationId).toEqual(["TypeScript"]);
      const source = samples[0]?.source ?? "";
      const imports = /import \{([^}]*)\} from "@partnercenter\/client";/.exec(source)?.[1]?.split(",").map((name) => name.trim());
      expect(imports, operationId).toContain(operationId);
      // Used past the import: called directly or handed to paginate().
      expect(source.slice(source.indexOf('"@partnercenter/client"')), operationId).toMatch(new RegExp(`\\b${operationId}\\b`));
    }
  });

  it("shows the hand-written sample where one exists, and every hand-written sample belongs to an operation", async () => {
    const files = (await readdir(handWrittenSamples)).filter((file) => file.endsWith(".ts"));
    const ids = new Set(operations.map((operation) => operation.operationId));
    for (const file of files) {
      const operationId = path.basename(file, ".ts");
      expect(ids.has(operationId), `${file} names no operation of the spec`).toBe(true);
      expect(onPage.get(operationId)?.codeSamples?.[0]?.source, file).toBe(await readFile(path.join(handWrittenSamples, file), "utf8"));
    }
  });

  it("puts every tag in exactly one x-tagGroup, since Redoc leaves ungrouped tags out of the navigation", () => {
    const grouped = (spec["x-tagGroups"] ?? []).flatMap((group) => group.tags);
    const declared = (spec.tags ?? []).map((tag) => tag.name);
    expect([...grouped].sort()).toEqual([...declared].sort());
    for (const operation of operations) expect(declared, operation.operationId).toContain(operation.tag);
  });

  it("has every operation accept an App+User token, as the introduction tells readers", () => {
    expect(spec.info.description).toContain("App+User is accepted by every operation described here");
    for (const operation of operations) expect(operation.security, operation.operationId).toContain("AppUser");
  });

  it("gives every operation a summary of its own, so no two navigation entries read alike", () => {
    const summaries = operations.map((operation) => operation.summary);
    expect(new Set(summaries).size).toBe(summaries.length);
  });
});
