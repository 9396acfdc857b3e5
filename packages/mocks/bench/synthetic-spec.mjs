// A synthetic copy of the mock's spec with `count` operations: the real operations, then copies of
// them under `/v1/synthetic<n>/...` with their own operationIds, so routing, validation and
// memory face a spec of that size while the benchmark's request stays the same.
import { readFile } from "node:fs/promises";

const METHODS = ["get", "put", "post", "delete", "patch", "head"];

export async function syntheticSpec(count) {
  const spec = JSON.parse(await readFile(new URL("../dist/generated/mock-spec.json", import.meta.url), "utf8"));
  const originals = Object.entries(spec.paths);
  const operationsIn = (pathItem) => METHODS.filter((method) => pathItem[method]).length;
  let operations = originals.reduce((sum, [, pathItem]) => sum + operationsIn(pathItem), 0);
  for (let copy = 1; operations < count; copy += 1) {
    for (const [template, pathItem] of originals) {
      if (operations >= count) break;
      const clone = structuredClone(pathItem);
      for (const method of METHODS) {
        if (!clone[method]) continue;
        clone[method].operationId = `${clone[method].operationId}Synthetic${copy}`;
        // Copies serve their examples: no state bindings, so the store is the real spec's.
        delete clone[method]["x-mock"];
      }
      spec.paths[template.replace(/^\/v1\//, `/v1/synthetic${copy}/`)] = clone;
      operations += operationsIn(pathItem);
    }
  }
  return spec;
}
