// Synthetic copies of the spec's source (openapi/) with a given number of operations, for the
// build benchmark: the real operations, then copies of their path files under
// `/v1/synthetic<n>/...` with their own operationIds, `$ref`-ing the same components, so every
// stage of the build (lint, bundle, generators, compilers, docs) meets a spec of that size built
// the way authors write it. The smallest size keeps four operations alone.
import { readdir, readFile, writeFile, rm } from "node:fs/promises";
import path from "node:path";
import yaml from "js-yaml";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * The operations of the 4-operation point: three of the spec's first four, and
 * `verifyDomainAvailability` instead of `listCustomerServiceIncidents`, because the client's
 * hand-written conveniences call it and `updateServiceRequest` (they would not compile without).
 */
export const SMALLEST_OPERATIONS = ["getCustomer", "listManagedServices", "verifyDomainAvailability", "updateServiceRequest"];

const dump = (document) => yaml.dump(document, { lineWidth: -1, noRefs: true });
const operationsOf = (pathItem) => METHODS.filter((method) => pathItem[method]);

/**
 * Rewrites `<root>/openapi` in place to hold `count` operations.
 * - Fewer than the spec has: only the operations of {@link SMALLEST_OPERATIONS} are kept (count must be 4).
 * - More: the real operations, then copies, path file by path file, until `count` is reached
 *   (a copy's path item may keep only some of its methods to land on `count` exactly). A copy's
 *   operationId ends in `Synthetic<n>`; its `x-mock` binding is dropped, so it serves its
 *   examples without joining the real operations' collections.
 * Code samples, components and everything else stay as they are.
 * @param {string} root the repository copy
 * @param {number} count
 * @returns {Promise<{ operations: number, pathFiles: number }>}
 * @throws {Error} when `count` is below the real spec's size and is not 4
 */
export async function writeSyntheticSpec(root, count) {
  const openapiDir = path.join(root, "openapi");
  const rootFile = path.join(openapiDir, "openapi.yaml");
  const document = yaml.load(await readFile(rootFile, "utf8"));
  const entries = [];
  for (const [template, ref] of Object.entries(document.paths)) {
    const file = ref.$ref;
    const pathItem = yaml.load(await readFile(path.join(openapiDir, file), "utf8"));
    entries.push({ template, file, pathItem });
  }
  const real = entries.reduce((sum, entry) => sum + operationsOf(entry.pathItem).length, 0);
  const paths = {};
  let operations = 0;
  if (count < real) {
    if (count !== SMALLEST_OPERATIONS.length) throw new Error(`a synthetic spec smaller than the real one (${real} operations) keeps the ${SMALLEST_OPERATIONS.length} operations of SMALLEST_OPERATIONS, not ${count}`);
    const keep = new Set(SMALLEST_OPERATIONS);
    for (const { template, file, pathItem } of entries) {
      const kept = operationsOf(pathItem).filter((method) => keep.has(pathItem[method].operationId));
      if (kept.length === 0) {
        await rm(path.join(openapiDir, file));
        continue;
      }
      for (const method of operationsOf(pathItem)) if (!kept.includes(method)) delete pathItem[method];
      await writeFile(path.join(openapiDir, file), dump(pathItem));
      paths[template] = { $ref: file };
      operations += kept.length;
    }
  } else {
    for (const { template, file } of entries) paths[template] = { $ref: file };
    operations = real;
    for (let copy = 1; operations < count; copy += 1) {
      for (const { template, file, pathItem } of entries) {
        if (operations >= count) break;
        const clone = structuredClone(pathItem);
        for (const method of operationsOf(clone)) {
          if (operations >= count) {
            delete clone[method];
            continue;
          }
          clone[method].operationId = `${clone[method].operationId}Synthetic${copy}`;
          delete clone[method]["x-mock"];
          operations += 1;
        }
        const copyFile = `paths/synthetic${copy}_${path.basename(file)}`;
        await writeFile(path.join(openapiDir, copyFile), dump(clone));
        paths[template.replace(/^\/v1\//, `/v1/synthetic${copy}/`)] = { $ref: copyFile };
      }
    }
  }
  document.paths = paths;
  await writeFile(rootFile, dump(document));
  const pathFiles = (await readdir(path.join(openapiDir, "paths"))).length;
  return { operations, pathFiles };
}
