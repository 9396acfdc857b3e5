#!/usr/bin/env node
// Regenerates src/generated/schema.ts from the API that redocly.yaml names, or, with --check
// (and whenever CI is set), only verifies that the committed file is what the spec produces.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { runGenerator } from "@partnercenter/openapi/sync-generated";
import { loadConfig } from "@redocly/openapi-core";
import openapiTS, { astToString } from "openapi-typescript";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const repoRoot = path.resolve(packageDir, "../..");

/** The API entry in redocly.yaml that every tool reads. */
export const API_NAME = "partner-center@v1";
export const DEFAULT_CONFIG = path.join(repoRoot, "redocly.yaml");
export const DEFAULT_OUTPUT = path.join(packageDir, "src/generated/schema.ts");

/**
 * openapi-typescript options: a named export per schema (`Customer`, `ServiceRequest`, ...) and a
 * runtime array of each enum's values. `readWriteMarkers` stays off: it would wrap every
 * readOnly field of the named exports in `$Read<>` (see docs/decisions/0002-generated-files-are-committed-and-checked.md).
 */
export const GENERATOR_OPTIONS = {
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
  enumValues: true,
};

const HEADER =
  "// Generated from openapi/ by packages/types/scripts/generate.mjs with openapi-typescript. Do not edit:\n" +
  "// change the spec and run `npm run generate` (or `npm run build`).\n";

/**
 * Generates the TypeScript source for the API named {@link API_NAME} in a Redocly config.
 * @param {{ configPath?: string }} [options]
 * @returns {Promise<string>} the file's full text
 */
export async function generateSchema({ configPath = DEFAULT_CONFIG } = {}) {
  const config = await loadConfig({ configPath });
  const api = config.apis[API_NAME];
  if (!api) throw new Error(`${configPath} has no API named ${API_NAME}`);
  const root = path.resolve(path.dirname(configPath), api.root);
  const ast = await openapiTS(pathToFileURL(root), { ...GENERATOR_OPTIONS, redocly: config });
  return `${HEADER}${astToString(ast)}`;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  await runGenerator({ root: repoRoot, files: [{ file: DEFAULT_OUTPUT, generate: () => generateSchema() }] });
}
