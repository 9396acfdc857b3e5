#!/usr/bin/env node
// Regenerates src/generated/schema.ts and src/generated/operations.ts from the bundle of the API
// that redocly.yaml names (@partnercenter/openapi/openapi.json), or, with --check (and whenever CI
// is set), only verifies that the committed files are what the spec produces.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { timed } from "@partnercenter/openapi/build-timing";
import { runGenerator } from "@partnercenter/openapi/sync-generated";
import { loadConfig } from "@redocly/openapi-core";
import { readFile } from "node:fs/promises";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { renderOperationTable } from "./operation-table.mjs";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const repoRoot = path.resolve(packageDir, "../..");

/** The API entry in redocly.yaml that every tool reads. */
export const API_NAME = "partner-center@v1";
export const DEFAULT_CONFIG = path.join(repoRoot, "redocly.yaml");
export const DEFAULT_OUTPUT = path.join(packageDir, "src/generated/schema.ts");
export const OPERATIONS_OUTPUT = path.join(packageDir, "src/generated/operations.ts");
/** The bundle `@partnercenter/openapi`'s build writes (`openapi/dist/openapi.json`). */
const bundledSpec = () => fileURLToPath(import.meta.resolve("@partnercenter/openapi/openapi.json"));

/**
 * openapi-typescript options: a named export per schema (`Customer`, `ServiceRequest`, ...) and a
 * runtime array of each enum's values. `readWriteMarkers` stays off: it would wrap every
 * readOnly field of the named exports in `$Read<>` (see docs/decisions/0002-generated-files-are-committed-and-checked.md).
 */
export const GENERATOR_OPTIONS = {
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
  enumValues: true,
  transform: openEnum,
};

/**
 * An enum the spec marks open (`x-ms-enum: { modelAsString: true }`, see openapi/README.md)
 * becomes its known values plus any other string: `"active" | "suspended" | (string & {})`.
 * Editors still suggest the known values, and a value Microsoft adds later is not a type error
 * (docs/decisions, "open response enums").
 */
function openEnum(schemaObject) {
  if (schemaObject["x-ms-enum"]?.modelAsString !== true || !Array.isArray(schemaObject.enum)) return undefined;
  const { factory } = ts;
  const known = schemaObject.enum.map((value) => factory.createLiteralTypeNode(factory.createStringLiteral(String(value))));
  const anyString = factory.createIntersectionTypeNode([factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword), factory.createTypeLiteralNode([])]);
  return factory.createUnionTypeNode([...known, anyString]);
}

const HEADER =
  "// Generated from openapi/ by packages/types/scripts/generate.mjs with openapi-typescript. Do not edit:\n" +
  "// change the spec and run `npm run generate` (or `npm run build`).\n";

/**
 * Generates the TypeScript source for the API named {@link API_NAME} in a Redocly config: from its
 * source files (openapi-typescript lints and bundles them first, with the config's rules), or, with
 * `specFile`, from the bundle `redocly bundle` made of them. Both give the same text; the build
 * takes the bundle, which `@partnercenter/openapi`'s build has already linted, so the spec is
 * neither linted nor bundled a second time.
 * @param {{ configPath?: string, specFile?: string }} [options] `specFile`: a bundled spec (JSON)
 * @returns {Promise<string>} the file's full text
 */
export async function generateSchema({ configPath = DEFAULT_CONFIG, specFile } = {}) {
  if (specFile) {
    const ast = await openapiTS(JSON.parse(await readFile(specFile, "utf8")), GENERATOR_OPTIONS);
    return `${HEADER}${astToString(ast)}`;
  }
  const config = await loadConfig({ configPath });
  const api = config.apis[API_NAME];
  if (!api) throw new Error(`${configPath} has no API named ${API_NAME}`);
  const root = path.resolve(path.dirname(configPath), api.root);
  const ast = await openapiTS(pathToFileURL(root), { ...GENERATOR_OPTIONS, redocly: config });
  return `${HEADER}${astToString(ast)}`;
}

/**
 * Generates the TypeScript source of the operation table from a bundled spec.
 * @param {{ specFile?: string }} [options] default: the `@partnercenter/openapi` build output
 * @returns {Promise<string>}
 */
export async function generateOperationTable({ specFile = bundledSpec() } = {}) {
  return renderOperationTable(JSON.parse(await readFile(specFile, "utf8")));
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  await runGenerator({
    root: repoRoot,
    files: [
      { file: DEFAULT_OUTPUT, generate: () => timed("type generation", () => generateSchema({ specFile: bundledSpec() })) },
      { file: OPERATIONS_OUTPUT, generate: () => timed("operation table", () => generateOperationTable()) },
    ],
  });
}
