import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const page = fileURLToPath(new URL("../dist/index.html", import.meta.url));
const bundledSpec = fileURLToPath(import.meta.resolve("@partnercenter/openapi/openapi.json"));

type Operation = { operationId: string; summary: string; "x-codeSamples"?: Array<{ lang: string; source: string }> };

let html: string;
let operations: Operation[];
beforeAll(async () => {
  html = await readFile(page, "utf8");
  const spec = JSON.parse(await readFile(bundledSpec, "utf8")) as { paths: Record<string, Record<string, Operation>> };
  operations = Object.values(spec.paths).flatMap((pathItem) => Object.values(pathItem).filter((value) => typeof value === "object" && "operationId" in value));
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

  it("documents every operation of the spec", () => {
    expect(operations.map((operation) => operation.operationId).sort()).toEqual([
      "getCustomer",
      "listCustomerServiceIncidents",
      "listManagedServices",
      "updateServiceRequest",
    ]);
    for (const operation of operations) {
      expect(html, operation.operationId).toContain(operation.operationId);
      expect(html, operation.operationId).toContain(operation.summary);
    }
  });

  it("gives every operation a TypeScript sample that uses @partnercenter/client", () => {
    for (const operation of operations) {
      const samples = operation["x-codeSamples"] ?? [];
      expect(samples.map((sample) => sample.lang), operation.operationId).toEqual(["TypeScript"]);
      expect(samples[0]?.source, operation.operationId).toContain('from "@partnercenter/client"');
      expect(html, operation.operationId).toContain(JSON.stringify(samples[0]?.source).slice(1, 80));
    }
  });
});
