// Checks an HTTP response against what the bundled spec declares for it. Deliberately written
// apart from src/ (its own ajv instance, its own walk of the document), so a drift in the mock's
// own spec handling cannot hide a drift in its answers.
//
// The spec is the repository's bundled spec, or the one `PC_SPEC_FILE` names (with the mock's
// copy of it in `PC_MOCK_SPEC_FILE`): tests/spec-edit runs the contract and property tests on a
// fixture copy of the spec with an operation added, with no edit to them.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { PartnerCenterMockOptions } from "../../src/index.js";

type Json = Record<string, unknown>;

const require = createRequire(import.meta.url);
const specFile = process.env.PC_SPEC_FILE || require.resolve("@partnercenter/openapi/openapi.json");
/** The bundled spec, read from disk: the source of truth for the contract. */
export const spec = JSON.parse(readFileSync(specFile, "utf8")) as Json & {
  paths: Record<string, Record<string, Json>>;
  components: Record<string, Record<string, Json>>;
};

/** What `createPartnerCenterMock` needs to mock {@link spec}: nothing for the repository's own. */
export const mockOptions: PartnerCenterMockOptions = process.env.PC_MOCK_SPEC_FILE
  ? { spec: JSON.parse(readFileSync(process.env.PC_MOCK_SPEC_FILE, "utf8")) as object }
  : {};

const DOC = "https://contract.invalid/openapi.json";
const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
addFormats.default(ajv);
ajv.addFormat("int32", { type: "number", validate: (value: number) => Number.isInteger(value) && Math.abs(value) < 2 ** 31 });
ajv.addFormat("int64", { type: "number", validate: (value: number) => Number.isSafeInteger(value) });
ajv.addSchema(spec, DOC);
const compiled = new Map<string, ValidateFunction>();
function validatorFor(pointer: string): ValidateFunction {
  let validate = compiled.get(pointer);
  if (!validate) {
    validate = ajv.compile({ $ref: `${DOC}${pointer}` });
    compiled.set(pointer, validate);
  }
  return validate;
}

const escape = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

function resolve(node: Json, pointer: string): { node: Json; pointer: string } {
  let current = node;
  let at = pointer;
  while (typeof current.$ref === "string") {
    at = current.$ref;
    current = at
      .slice(2)
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce<unknown>((parent, key) => (parent as Json)[key], spec) as Json;
  }
  return { node: current, pointer: at };
}

/** Method, path template and pointer of an operation, by `operationId`. */
export function findOperation(operationId: string): { method: string; path: string; pointer: string; operation: Json } {
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if ((operation as Json).operationId === operationId) {
        return { method: method.toUpperCase(), path, pointer: `#/paths/${escape(path)}/${method}`, operation: operation as Json };
      }
    }
  }
  throw new Error(`no operation ${operationId} in the bundled spec`);
}

/**
 * Which operation a concrete method and URL path address, if any: a literal segment wins over a
 * parameter (`/v1/customers/relationshiprequests` before `/v1/customers/{customer_id}`).
 */
export function operationFor(method: string, pathname: string): string | undefined {
  const matches = Object.entries(spec.paths)
    .filter(([template, item]) => item[method.toLowerCase()] && new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`, "i").test(pathname))
    .sort(([a], [b]) => literalSegments(b) - literalSegments(a));
  const [, item] = matches[0] ?? [];
  return item ? ((item[method.toLowerCase()] as Json).operationId as string) : undefined;
}

const literalSegments = (template: string) => template.split("/").filter((segment) => segment && !segment.startsWith("{")).length;

/** Every operation of the spec: its ID, method, path template and the operation object. */
export function allOperations(): { operationId: string; method: string; path: string; pointer: string; operation: Json; pathItem: Json }[] {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method, operation]) => /^(get|put|post|delete|patch|head|options)$/.test(method) && typeof (operation as Json).operationId === "string")
      .map(([method, operation]) => ({
        operationId: (operation as Json).operationId as string,
        method: method.toUpperCase(),
        path,
        pointer: `#/paths/${escape(path)}/${method}`,
        operation: operation as Json,
        pathItem: item as Json,
      })),
  );
}

/** Follows `$ref`s in the spec from `node`. */
export function resolveNode<T = Json>(node: Json): T {
  return resolve(node, "#").node as T;
}

/** writeOnly properties (e.g. `newNote`) that turn up in a response body. */
function writeOnlyLeaks(value: unknown, schema: Json, pointer: string, path: string, depth = 0): string[] {
  if (depth > 20 || value === null || typeof value !== "object") return [];
  const { node } = resolve(schema, pointer);
  const branches = [...((node.allOf as Json[]) ?? []), ...((node.oneOf as Json[]) ?? []), ...((node.anyOf as Json[]) ?? [])];
  const leaks = branches.flatMap((branch) => writeOnlyLeaks(value, branch, pointer, path, depth + 1));
  if (Array.isArray(value)) {
    const items = node.items as Json | undefined;
    return items ? [...leaks, ...value.flatMap((item, index) => writeOnlyLeaks(item, items, pointer, `${path}[${index}]`, depth + 1))] : leaks;
  }
  for (const [name, property] of Object.entries((node.properties as Record<string, Json>) ?? {})) {
    if (!(name in (value as Json))) continue;
    const resolved = resolve(property, pointer).node;
    if (property.writeOnly === true || resolved.writeOnly === true) leaks.push(`${path}.${name} is writeOnly but was returned`);
    leaks.push(...writeOnlyLeaks((value as Json)[name], property, pointer, `${path}.${name}`, depth + 1));
  }
  return leaks;
}

function checkHeaders(headers: Record<string, Json>, headersPointer: string, response: Response): string[] {
  const problems: string[] = [];
  for (const [name, declared] of Object.entries(headers)) {
    const { node: header, pointer } = resolve(declared, `${headersPointer}/${escape(name)}`);
    const value = response.headers.get(name);
    // Every declared header is checked for presence: the mock promises all of them.
    if (value === null) {
      problems.push(`header ${name} is missing${header.required === true ? " (required by the spec)" : ""}`);
      continue;
    }
    const schema = header.schema as Json;
    const typed = schema.type === "integer" ? (/^-?\d+$/.test(value) ? Number(value) : value) : value;
    const validate = validatorFor(`${pointer}/schema`);
    if (!validate(typed)) problems.push(`header ${name}: ${JSON.stringify(value)} ${ajv.errorsText(validate.errors)}`);
  }
  return problems;
}

function checkBody(content: Record<string, Json> | undefined, contentPointer: string, response: Response, text: string, head: boolean): string[] {
  if (!content) return text === "" ? [] : ["a body was sent but the spec declares none"];
  // An answer to HEAD has the headers of the answer to GET, and no body.
  if (head) return text === "" ? [] : ["an answer to HEAD carried a body"];
  const mediaType = (response.headers.get("Content-Type") ?? "").split(";")[0]?.trim() ?? "";
  if (!(mediaType in content)) return [`Content-Type ${JSON.stringify(mediaType)} is not one of ${Object.keys(content).join(", ")}`];
  if (!/json$/i.test(mediaType)) return text === "" ? ["the body is empty"] : [];
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [`the body is not JSON: ${text.slice(0, 80)}`];
  }
  const schemaPointer = `${contentPointer}/${escape(mediaType)}/schema`;
  const validate = validatorFor(schemaPointer);
  const problems = validate(body) ? [] : [`body: ${ajv.errorsText(validate.errors)}`];
  return [...problems, ...writeOnlyLeaks(body, content[mediaType]?.schema as Json, schemaPointer, "body")];
}

/** Outcome of {@link checkResponse}: whether the status is declared, and what does not match. */
export interface ContractCheck {
  declared: boolean;
  problems: string[];
}

/**
 * Checks a response of an operation against the response the spec declares for its status:
 * Content-Type among the declared media types, body valid against the schema with no writeOnly
 * property, and every declared header present and valid.
 */
export function checkResponse(operationId: string, response: Response, text: string): ContractCheck {
  const { operation, pointer, method } = findOperation(operationId);
  const responses = operation.responses as Record<string, Json>;
  const status = String(response.status);
  if (!(status in responses)) return { declared: false, problems: [`status ${status} is not declared for ${operationId}`] };
  const { node, pointer: responsePointer } = resolve(responses[status] as Json, `${pointer}/responses/${status}`);
  return {
    declared: true,
    problems: [
      ...checkHeaders((node.headers as Record<string, Json>) ?? {}, `${responsePointer}/headers`, response),
      ...checkBody(node.content as Record<string, Json> | undefined, `${responsePointer}/content`, response, text, method === "HEAD"),
    ],
  };
}

/**
 * Checks a response against a named component schema and the headers of a named component
 * response, for answers the spec has no operation or status for (unknown routes, 413).
 */
export function checkAgainstComponents(response: Response, text: string, schemaName: string, headersOf: string): string[] {
  const declared = resolve(spec.components.responses?.[headersOf] as Json, `#/components/responses/${headersOf}`);
  const problems = checkHeaders((declared.node.headers as Record<string, Json>) ?? {}, `${declared.pointer}/headers`, response);
  const mediaType = (response.headers.get("Content-Type") ?? "").split(";")[0]?.trim();
  if (mediaType !== "application/json") problems.push(`Content-Type ${JSON.stringify(mediaType)} is not application/json`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [...problems, "the body is not JSON"];
  }
  const validate = validatorFor(`#/components/schemas/${schemaName}`);
  if (!validate(body)) problems.push(`body: ${ajv.errorsText(validate.errors)}`);
  return problems;
}

/** Whether the spec's schema of an operation's parameter accepts a value (already read by its type). */
export function parameterAccepts(operationId: string, name: string, value: unknown): boolean {
  const { operation, pointer, path } = findOperation(operationId);
  const pathItem = spec.paths[path] as Json & { parameters?: Json[] };
  const candidates = [
    ...((pathItem.parameters ?? []).map((parameter, index) => [parameter, `#/paths/${escape(path)}/parameters/${index}`] as const)),
    ...(((operation.parameters as Json[] | undefined) ?? []).map((parameter, index) => [parameter, `${pointer}/parameters/${index}`] as const)),
  ];
  for (const [declared, at] of candidates) {
    const { node, pointer: parameterPointer } = resolve(declared, at);
    if (node.name === name) return validatorFor(`${parameterPointer}/schema`)(value);
  }
  throw new Error(`${operationId} declares no parameter ${name}`);
}

/** The media types the spec declares for an operation's request body. */
export function requestBodyMediaTypes(operationId: string): string[] {
  const { operation } = findOperation(operationId);
  return Object.keys(((operation.requestBody as Json | undefined)?.content as Json | undefined) ?? {});
}
