// The TypeScript code sample of each operation, shown by Redoc as its `x-codeSamples`: a
// hand-written `openapi/code_samples/TypeScript/<operationId>.ts` when there is one, otherwise
// one generated from the operation function's signature (path parameters in path order, the
// body, the options) and the operation's examples. The build type-checks every one of them
// against the built client.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { IDENTIFIER, listOperations, resolve } from "@partnercenter/openapi/operations";

/** Where hand-written samples live, by operationId. */
export function handWrittenSample(repoRoot, operationId) {
  return path.join(repoRoot, "openapi/code_samples/TypeScript", `${operationId}.ts`);
}

/** A JSON value as a TypeScript literal, keys bare where they can be, indented by `indent`. */
function literal(value, indent = "") {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((item) => `${inner}${literal(item, inner)},`).join("\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const key = (name) => (IDENTIFIER.test(name) ? name : JSON.stringify(name));
    return `{\n${entries.map(([name, item]) => `${inner}${key(name)}: ${literal(item, inner)},`).join("\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** `value` without the properties its schema marks `readOnly`: a client never sends them. */
function withoutReadOnly(spec, value, schema, depth = 0) {
  if (depth > 32 || value === null || typeof value !== "object" || !schema) return value;
  const resolved = resolve(spec, schema);
  if (Array.isArray(value)) return value.map((item) => withoutReadOnly(spec, item, resolved.items, depth + 1));
  const properties = {};
  const collect = (node, level) => {
    if (!node || level > 16) return;
    const current = resolve(spec, node);
    Object.assign(properties, current.properties ?? {});
    for (const branch of [...(current.allOf ?? []), ...(current.anyOf ?? []), ...(current.oneOf ?? [])]) collect(branch, level + 1);
  };
  collect(resolved, 0);
  const out = {};
  for (const [name, item] of Object.entries(value)) {
    const property = properties[name] ? resolve(spec, properties[name]) : undefined;
    if (properties[name]?.readOnly || property?.readOnly) continue;
    out[name] = withoutReadOnly(spec, item, properties[name], depth + 1);
  }
  return out;
}

/** The example value of a parameter (its `example`, or the first of `examples`). */
function parameterExample(spec, parameter) {
  if (parameter.example !== undefined) return parameter.example;
  const first = Object.values(parameter.examples ?? {})[0];
  if (first) return resolve(spec, first).value;
  const schema = resolve(spec, parameter.schema ?? parameter.content?.["application/json"]?.schema ?? {});
  return schema.examples?.[0] ?? schema.default ?? schema.enum?.[0];
}

function lowerFirst(name) {
  return name ? name[0].toLowerCase() + name.slice(1) : name;
}

/**
 * Generates the sample of one operation from the bundled spec.
 * @param {object} spec the bundled OpenAPI document
 * @param {ReturnType<typeof listOperations>[number]} op
 */
export function generateSample(spec, op) {
  const operation = spec.paths[op.pathTemplate][op.method];
  const parameters = [...(spec.paths[op.pathTemplate].parameters ?? []), ...(operation.parameters ?? [])].map((raw) => resolve(spec, raw));
  const args = ["partnerCenter"];
  for (const { name } of op.pathParameters) {
    const parameter = parameters.find((candidate) => candidate.in === "path" && candidate.name === name);
    args.push(JSON.stringify(String(parameterExample(spec, parameter) ?? `<${name}>`)));
  }
  if (op.body) {
    const media = resolve(spec, operation.requestBody).content["application/json"];
    const example = Object.values(media.examples ?? {})[0];
    const value = example ? resolve(spec, example).value : media.example ?? {};
    args.push(literal(withoutReadOnly(spec, value, media.schema)));
  }
  // Required query parameters, and the page size of a paged operation, with their examples.
  const query = {};
  for (const parameter of parameters.filter((candidate) => candidate.in === "query")) {
    if (!parameter.required && parameter.name !== op.paging?.sizeParameter) continue;
    const value = parameterExample(spec, parameter);
    if (value !== undefined) query[parameter.name] = parameter.content ? JSON.stringify(value) : value;
  }
  if (Object.keys(query).length) args.push(literal({ query }));

  const imports = ["createPartnerCenterClient", op.operationId];
  const token =
    op.security.includes("AppUser") && !op.security.includes("AppOnly")
      ? "// An App+User token (secure application model): a string, a function returning one,\n  // or an @azure/identity TokenCredential as `credential`."
      : "// An App+User or App-only token: a string, a function returning one,\n  // or an @azure/identity TokenCredential as `credential`.";
  const call = (fn) => `${fn}(${args.length > 2 || args.join(", ").length > 60 ? `\n  ${args.map((arg) => arg.replaceAll("\n", "\n  ")).join(",\n  ")},\n` : args.join(", ")})`;
  let body;
  const isCollection = op.success.returns === "json" && /Collection$/.test(op.success.type ?? "");
  if (op.paging || isCollection) {
    imports.push("paginate");
    const pagerArgs = ["partnerCenter", op.operationId, ...args.slice(1)];
    const item = lowerFirst((op.success.type ?? "Item").replace(/Collection$/, "")) || "item";
    body = [
      op.paging ? "// Every page, item by item (paginate follows links.next)." : "// Item by item (paginate follows links.next when there is one).",
      `for await (const ${item} of paginate(${pagerArgs.length > 3 || pagerArgs.join(", ").length > 60 ? `\n  ${pagerArgs.map((arg) => arg.replaceAll("\n", "\n  ")).join(",\n  ")},\n` : pagerArgs.join(", ")})) {`,
      `  console.log(${item});`,
      "}",
    ];
  } else if (op.success.returns === "json") {
    const result = lowerFirst(op.success.type ?? "result");
    body = [`// Returns the ${op.success.type ?? "answer's body"}, or throws a PartnerCenterError.`, `const ${result} = await ${call(op.operationId)};`, `console.log(${result});`];
  } else if (op.success.returns === "blob") {
    body = [`// Returns the ${op.success.status} answer's body as a Blob, or throws a PartnerCenterError.`, `const document = await ${call(op.operationId)};`, "console.log(document.type, document.size);"];
  } else {
    body = [`// Resolves when the service answers ${op.success.status}; throws a PartnerCenterError otherwise.`, `await ${call(op.operationId)};`];
  }
  return [
    `import {\n  ${imports.sort((a, b) => a.localeCompare(b)).join(",\n  ")},\n} from "@partnercenter/client";`,
    "",
    "const partnerCenter = createPartnerCenterClient({",
    `  ${token}`,
    '  accessToken: process.env.PARTNER_CENTER_ACCESS_TOKEN ?? "",',
    "});",
    "",
    ...body,
    "",
  ].join("\n");
}

/**
 * The sample of every operation: hand-written where one exists, generated otherwise.
 * @returns {Promise<Array<{ operationId: string, source: string, handWritten: boolean }>>}
 */
export async function codeSamples(spec, repoRoot) {
  const samples = [];
  for (const op of listOperations(spec)) {
    const file = handWrittenSample(repoRoot, op.operationId);
    const handWritten = existsSync(file);
    samples.push({ operationId: op.operationId, source: handWritten ? await readFile(file, "utf8") : generateSample(spec, op), handWritten });
  }
  return samples;
}

