#!/usr/bin/env node
// Regenerates src/generated/operations.ts, one function per operation of the bundled spec
// (@partnercenter/openapi/openapi.json), or, with --check and whenever CI is set, verifies it.
// Each function calls the typed openapi-fetch client with its literal path and the operation's
// request options, so a spec change that breaks a caller is a compile error here or in the caller,
// never hidden by a cast.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { docLines, docText, IDENTIFIER, listOperations, oneLine, pagingSentence, propertyKey, securitySentence } from "@partnercenter/openapi/operations";
import { runGenerator } from "@partnercenter/openapi/sync-generated";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const repoRoot = path.resolve(packageDir, "../..");
export const DEFAULT_OUTPUT = path.join(packageDir, "src/generated/operations.ts");

function renderFunction(op) {
  const id = op.operationId;
  const opsType = `operations[${JSON.stringify(id)}]`;
  const lines = [];

  // TSDoc from the spec: summary, description, token kind, paging, parameters, errors, page.
  const doc = [`${docText(op.summary)}.`.replace(/\.\.$/, ".")];
  if (op.description) doc.push("", docText(op.description));
  doc.push("", securitySentence(op.security));
  const paging = pagingSentence(op.paging);
  if (paging) doc.push(paging.replace("{operation}", id));
  doc.push("", "@param client - the client from `createPartnerCenterClient`");
  for (const parameter of op.pathParameters) {
    doc.push(`@param ${parameter.argument} - \`${parameter.name}\`${parameter.description ? `: ${oneLine(parameter.description)}` : ""}`);
  }
  if (op.body) doc.push(`@param ${op.body.argument} - the request body${op.body.type ? ` (\`${op.body.type}\`)` : ""}${op.body.description ? `: ${oneLine(op.body.description)}` : ""}`);
  const queryNote = op.queryNames.length ? `\`query\` (${op.queryNames.map((name) => `\`${name}\``).join(", ")}), ` : "";
  doc.push(`@param options - ${queryNote}\`headers\`, \`signal\`, \`requestId\`, \`correlationId\`, \`onResponse\``);
  const returned =
    op.success.returns === "json"
      ? `the ${op.success.type ? `\`${op.success.type}\`` : "body"} of the ${op.success.status} answer`
      : op.success.returns === "blob"
        ? `the ${op.success.status} answer's body as a \`Blob\``
        : `nothing: a ${op.success.status} answer has no body`;
  doc.push(`@returns ${returned}${op.success.description ? ` (${oneLine(op.success.description).replace(/\.$/, "")})` : ""}`);
  doc.push("@throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec");
  doc.push("@throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries");
  if (op.externalDocs?.url) doc.push(`@see {@link ${op.externalDocs.url} | ${oneLine(op.externalDocs.description ?? op.summary)}}`);
  lines.push(...docLines(doc));

  // Signature: client, path parameters in path order, the body, then the options.
  const args = ["client: PartnerCenterClient", ...op.pathParameters.map((parameter) => `${parameter.argument}: string`)];
  if (op.body) args.push(`${op.body.argument}${op.body.required ? "" : "?"}: ${op.body.type ?? `NonNullable<${opsType}["requestBody"]>["content"]["application/json"]`}`);
  const json = op.jsonQuery.length ? `, { ${op.jsonQuery.map((parameter) => `${propertyKey(parameter.name)}: ${parameter.type}`).join("; ")} }` : "";
  args.push(`options${op.requiredQuery ? "" : "?"}: OperationOptions<${JSON.stringify(id)}${json}>`);
  const returnType =
    op.success.returns === "json"
      ? op.success.type ?? `${opsType}["responses"][${op.success.status}]["content"]["application/json"]`
      : op.success.returns === "blob"
        ? "Blob"
        : "void";

  // The call: openapi-fetch checks every argument against the spec's types.
  const params = [];
  if (op.pathParameters.length) {
    params.push(`path: { ${op.pathParameters.map((parameter) => `${propertyKey(parameter.name)}: ${parameter.argument}`).join(", ")} }`);
  }
  if (op.queryNames.length) {
    const optional = !op.requiredQuery;
    if (op.jsonQuery.length) {
      const member = (name) => (IDENTIFIER.test(name) ? `options.query.${name}` : `options.query[${JSON.stringify(name)}]`);
      const serialized = op.jsonQuery.map((parameter) => `${propertyKey(parameter.name)}: jsonParameter(${member(parameter.name)})`).join(", ");
      params.push(`query: ${optional ? "options?.query && " : ""}{ ...options.query, ${serialized} }`);
    } else {
      params.push(`query: ${optional ? "options?.query" : "options.query"}`);
    }
  }
  params.push("header: callHeaders(options)");
  const init = [`params: { ${params.join(", ")} }`];
  if (op.body) init.push(`body: ${op.body.argument}`);
  init.push("signal: options?.signal");
  if (op.success.returns === "blob") init.push('parseAs: "blob"');
  // The path and the operation's request options as explicit type arguments: TypeScript then
  // checks the call against this one operation instead of inferring it from every path of the
  // spec, which made the type-check of each function cost several times more, and more in a
  // larger spec. The arguments are still checked against the spec's types, and a path or an
  // operation that do not go together is still a compile error (see OperationInit).
  const initType = `OperationInit<${JSON.stringify(id)}>${op.success.returns === "blob" ? ' & { parseAs: "blob" }' : ""}`;
  const path = JSON.stringify(op.pathTemplate);
  const call = `client.${op.method.toUpperCase()}<${path}, ${initType}>(${path}, {\n    ${init.join(",\n    ")},\n  })`;
  lines.push(`export async function ${id}(`, ...args.map((arg) => `  ${arg},`), `): Promise<${returnType}> {`);
  if (op.success.returns === "none") {
    lines.push(`  settle(await ${call}, options, false);`);
  } else if (op.success.returns === "json") {
    lines.push(`  return settleJson<${returnType}>(await ${call}, options);`);
  } else {
    lines.push(`  return settle(await ${call}, options, true);`);
  }
  lines.push("}");
  return lines.join("\n");
}

/**
 * Generates the TypeScript source of src/generated/operations.ts from a bundled OpenAPI document.
 * @param {{ specFile?: string }} [options]
 * @returns {Promise<string>}
 */
export async function generateOperations({ specFile = fileURLToPath(import.meta.resolve("@partnercenter/openapi/openapi.json")) } = {}) {
  const spec = JSON.parse(await readFile(specFile, "utf8"));
  const described = listOperations(spec);
  const typeNames = new Set();
  for (const op of described) {
    if (op.body?.type) typeNames.add(op.body.type);
    if (op.success.type) typeNames.add(op.success.type);
    for (const parameter of op.jsonQuery) if (parameter.type !== "unknown") typeNames.add(parameter.type);
  }
  const usesJson = described.some((op) => op.jsonQuery.length);
  const functions = described.map(renderFunction);
  if (functions.some((source) => source.includes("operations["))) typeNames.add("operations");
  const imports = [...typeNames].sort((a, b) => a.localeCompare(b));
  return [
    "// Generated from openapi/ by packages/client/scripts/generate-operations.mjs. Do not edit:",
    "// change the spec and run `npm run generate` (or `npm run build`).",
    `import type { ${imports.join(", ")} } from "@partnercenter/types";`,
    'import type { PartnerCenterClient } from "../client.js";',
    `import { callHeaders, ${usesJson ? "jsonParameter, " : ""}settle, settleJson, type OperationInit, type OperationOptions } from "../operation-call.js";`,
    "",
    ...functions.flatMap((source) => [source, ""]),
  ].join("\n");
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  await runGenerator({ root: repoRoot, files: [{ file: DEFAULT_OUTPUT, generate: () => generateOperations() }] });
}
