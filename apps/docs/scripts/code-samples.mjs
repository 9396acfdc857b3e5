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

/** The width a sample's lines should keep within, as a hand-written file would. */
export const WIDTH = 100;

const key = (name) => (IDENTIFIER.test(name) ? name : JSON.stringify(name));

/** A JSON value as a TypeScript literal on one line: `{ query: { size: 40 } }`. */
function flat(value) {
  if (Array.isArray(value)) return value.length === 0 ? "[]" : `[${value.map(flat).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    return entries.length === 0 ? "{}" : `{ ${entries.map(([name, item]) => `${key(name)}: ${flat(item)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}

/**
 * A JSON value as a TypeScript literal starting at column `indent.length` with `tail` (such as
 * `,` or `);`) after it: on one line when that fits in {@link WIDTH}, otherwise one entry a
 * line, each entry again on one line when it fits.
 */
export function literal(value, indent = "", tail = "", lead = indent.length) {
  const line = flat(value);
  if (lead + line.length + tail.length <= WIDTH || value === null || typeof value !== "object") return line;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((item) => `${inner}${literal(item, inner, ",")},`).join("\n")}\n${indent}]`;
  const entries = Object.entries(value).map(([name, item]) => `${inner}${key(name)}: ${literal(item, inner, ",", inner.length + key(name).length + 2)},`);
  return `{\n${entries.join("\n")}\n${indent}}`;
}

/**
 * `head(arguments)tail` as a hand-written call: all on one line when it fits; otherwise, when
 * the last argument is an object or array, the others on the first line and that one spread
 * below it; otherwise one argument a line.
 * @param {string} head what comes before the parenthesis, such as `const cart = await createCart`
 * @param {unknown[]} args the arguments: strings are written as code, other values as literals
 * @param {string} tail what follows the closing parenthesis, such as `;` or ` {`
 */
export function call(head, args, tail) {
  const code = (arg, indent, after, lead) => (typeof arg === "string" ? arg : literal(arg, indent, after, lead));
  const oneLine = `${head}(${args.map((arg) => (typeof arg === "string" ? arg : flat(arg))).join(", ")})${tail}`;
  if (oneLine.length <= WIDTH) return oneLine;
  const last = args.at(-1);
  const leading = args.slice(0, -1);
  if (last !== null && typeof last === "object" && Object.keys(last).length > 0) {
    const first = `${head}(${[...leading, ""].join(", ")}`;
    const spread = literal(last, "", `)${tail}`, WIDTH);
    if (first.length + 1 <= WIDTH && leading.every((arg) => typeof arg === "string")) return `${first}${spread})${tail}`;
  }
  return `${head}(\n${args.map((arg) => `  ${code(arg, "  ", ",", 2)},`).join("\n")}\n)${tail}`;
}

/**
 * A variable name for what an operation returns, from its schema's name: the last word, or
 * the last two where the last alone says little (`lineItem`, `provisioningStatus`), without
 * `Response`, `Result` or `Detail` (`AddressValidationResponse` -> `validation`).
 */
export function variableName(typeName, fallback) {
  const words = (typeName ?? "").match(/[A-Z][a-z0-9]*/g) ?? [];
  while (words.length > 1 && /^(Response|Result|Details?)$/.test(words.at(-1))) words.pop();
  if (words.length === 0) return fallback;
  const vague = /^(Status|Request|Update|Item|Record|Metadata|Sku)$/.test(words.at(-1));
  const chosen = words.slice(vague ? -2 : -1).join("");
  return chosen[0].toLowerCase() + chosen.slice(1);
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
    args.push(withoutReadOnly(spec, value, media.schema));
  }
  // Required query parameters, and the page size of a paged operation, with their examples.
  const query = {};
  for (const parameter of parameters.filter((candidate) => candidate.in === "query")) {
    if (!parameter.required && parameter.name !== op.paging?.sizeParameter) continue;
    const value = parameterExample(spec, parameter);
    if (value !== undefined) query[parameter.name] = parameter.content ? JSON.stringify(value) : value;
  }
  if (Object.keys(query).length) args.push({ query });

  const imports = ["createPartnerCenterClient", op.operationId];
  const token =
    op.security.includes("AppUser") && !op.security.includes("AppOnly")
      ? "// An App+User token (secure application model): a string, a function returning one,\n  // or an @azure/identity TokenCredential as `credential`."
      : "// An App+User or App-only token: a string, a function returning one,\n  // or an @azure/identity TokenCredential as `credential`.";
  let body;
  const isCollection = op.success.returns === "json" && /Collection$/.test(op.success.type ?? "");
  if (op.paging || isCollection) {
    imports.push("paginate");
    const item = variableName(op.success.type?.replace(/Collection$/, ""), "item");
    body = [
      op.paging ? "// Every page, item by item (paginate follows links.next)." : "// Item by item (paginate follows links.next when there is one).",
      call(`for await (const ${item} of paginate`, [args[0], op.operationId, ...args.slice(1)], ") {"),
      `  console.log(${item});`,
      "}",
    ];
  } else if (op.success.returns === "json") {
    const result = variableName(op.success.type, "result");
    body = [`// Returns the ${op.success.type ?? "answer's body"}, or throws a PartnerCenterError.`, call(`const ${result} = await ${op.operationId}`, args, ";"), `console.log(${result});`];
  } else if (op.success.returns === "blob") {
    const document = variableName(op.operationId.replace(/^[a-z]+/, ""), "document");
    body = [
      `// Returns the ${op.success.status} answer's body as a Blob, or throws a PartnerCenterError.`,
      call(`const ${document} = await ${op.operationId}`, args, ";"),
      `console.log(${document}.type, ${document}.size);`,
    ];
  } else {
    body = [`// Resolves when the service answers ${op.success.status}; throws a PartnerCenterError otherwise.`, call(`await ${op.operationId}`, args, ";")];
  }
  const names = imports.sort((a, b) => a.localeCompare(b));
  const importLine = `import { ${names.join(", ")} } from "@partnercenter/client";`;
  return [
    importLine.length <= WIDTH ? importLine : `import {\n  ${names.join(",\n  ")},\n} from "@partnercenter/client";`,
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

