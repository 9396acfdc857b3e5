#!/usr/bin/env node
// Regenerates the mock's two files from the bundled spec (@partnercenter/openapi/openapi.json),
// or, with --check and whenever CI is set, verifies them:
// - src/generated/examples.ts: the spec's examples, each response example typed by the schema of
//   the media type that uses it, so an example that drifts from its schema stops the mocks compiling;
// - src/generated/mock-spec.json: the copy of the spec the mock reads at run time (scripts/mock-spec.mjs).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { runGenerator } from "@partnercenter/openapi/sync-generated";
import { mockSpec } from "./mock-spec.mjs";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const repoRoot = path.resolve(packageDir, "../..");
export const DEFAULT_OUTPUT = path.join(packageDir, "src/generated/examples.ts");
export const MOCK_SPEC_OUTPUT = path.join(packageDir, "src/generated/mock-spec.json");
const bundledSpec = () => fileURLToPath(import.meta.resolve("@partnercenter/openapi/openapi.json"));

const EXAMPLE_REF = "#/components/examples/";
const SCHEMA_REF = "#/components/schemas/";
const RESPONSE_REF = "#/components/responses/";

/** `NotFoundError` -> `notFoundErrorExample` */
function exportName(exampleName) {
  return `${exampleName[0].toLowerCase()}${exampleName.slice(1)}Example`;
}

/**
 * Finds, for every example used by a JSON media type, the schema it illustrates and whether it
 * is a request or a response example.
 * @returns {Map<string, { schema: string | undefined, usage: "request" | "response" }>}
 */
function collectExampleUsage(spec) {
  const usage = new Map();
  const visitContent = (content, kind) => {
    const media = content?.["application/json"];
    if (!media?.examples) return;
    const schemaRef = media.schema?.$ref;
    const schema = schemaRef?.startsWith(SCHEMA_REF) ? schemaRef.slice(SCHEMA_REF.length) : undefined;
    for (const example of Object.values(media.examples)) {
      if (!example.$ref?.startsWith(EXAMPLE_REF)) continue;
      const name = example.$ref.slice(EXAMPLE_REF.length);
      const previous = usage.get(name);
      if (previous && (previous.schema !== schema || previous.usage !== kind)) {
        throw new Error(`example ${name} is used for both ${previous.schema} and ${schema}`);
      }
      usage.set(name, { schema, usage: kind });
    }
  };
  const resolveResponse = (response) =>
    response.$ref?.startsWith(RESPONSE_REF) ? spec.components.responses[response.$ref.slice(RESPONSE_REF.length)] : response;
  for (const pathItem of Object.values(spec.paths ?? {})) {
    for (const operation of Object.values(pathItem)) {
      if (typeof operation !== "object" || operation === null || !operation.responses) continue;
      visitContent(operation.requestBody?.content, "request");
      for (const response of Object.values(operation.responses)) visitContent(resolveResponse(response).content, "response");
    }
  }
  return usage;
}

/**
 * Generates the TypeScript source of src/generated/examples.ts from a bundled OpenAPI document.
 * @param {{ specFile?: string }} [options]
 * @returns {Promise<string>}
 */
export async function generateExamples({ specFile = bundledSpec() } = {}) {
  const spec = JSON.parse(await readFile(specFile, "utf8"));
  const usage = collectExampleUsage(spec);
  const examples = Object.entries(spec.components?.examples ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const schemaTypes = new Set();
  const body = [];
  for (const [name, example] of examples) {
    const use = usage.get(name);
    if (!use) throw new Error(`example ${name} is not used by any JSON request or response`);
    const type = use.usage === "response" && use.schema ? use.schema : "Readonly<Record<string, unknown>>";
    if (use.usage === "response" && use.schema) schemaTypes.add(use.schema);
    const doc = [example.summary, example.description].filter(Boolean).join("\n\n").trim().split("\n");
    body.push(
      "",
      "/**",
      ...doc.map((line) => ` * ${line.replaceAll("*/", "*\\/")}`.trimEnd()),
      ` * (${use.usage} example \`${name}\`${use.schema ? ` of schema \`${use.schema}\`` : ""})`,
      " */",
      `export const ${exportName(name)}: ${type} = ${JSON.stringify(example.value, null, 2)};`,
    );
  }
  const imports = [...schemaTypes].sort();
  return [
    "// Generated from openapi/components/examples by packages/mocks/scripts/generate-examples.mjs. Do not edit:",
    "// change the spec and run `npm run generate` (or `npm run build`).",
    `import type { ${imports.join(", ")} } from "@partnercenter/types";`,
    ...body,
    "",
  ].join("\n");
}

/**
 * Generates the text of src/generated/mock-spec.json from a bundled OpenAPI document: indented
 * for readable diffs, its first line saying that it is generated.
 * @param {{ specFile?: string }} [options]
 * @returns {Promise<string>}
 */
export async function generateMockSpec({ specFile = bundledSpec() } = {}) {
  const document = { $comment: "Generated from openapi/ by packages/mocks/scripts/generate-examples.mjs. Do not edit: change the spec and run `npm run generate`.", ...mockSpec(JSON.parse(await readFile(specFile, "utf8"))) };
  return `${JSON.stringify(document, null, 1).replace(/^\{\n /, "{")}\n`;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  await runGenerator({
    root: repoRoot,
    files: [
      { file: DEFAULT_OUTPUT, generate: () => generateExamples() },
      { file: MOCK_SPEC_OUTPUT, generate: () => generateMockSpec() },
    ],
  });
}
