import { Validator, type OutputUnit, type Schema } from "@cfworker/json-schema";
import {
  operationTable,
  parameterComponents,
  requestSchemas,
  type OperationTableEntry,
  type RequestSchema,
  type TableParameter,
} from "@partnercenter/types";
import { createQuerySerializer, defaultPathSerializer, type Middleware, type PathSerializer, type QuerySerializer } from "openapi-fetch";
import { checkArgument, PartnerCenterArgumentError, quote } from "./errors.js";

const GUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
// White space, control characters, and what would end or re-route a path segment once decoded.
const UNSAFE_SEGMENT = /[\s\x00-\x1f\x7f/\\?#%]/;

/** Whether `value` is a GUID such as `4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10` (any case). */
export function isGuid(value: unknown): value is string {
  return typeof value === "string" && GUID.test(value);
}

/** Whether every UTF-16 surrogate in `value` is paired, so `encodeURIComponent` can encode it. */
function isWellFormed(value: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
}

/**
 * Checks that a path parameter stays one path segment: a non-empty string without white space,
 * control characters, `/`, `\`, `?`, `#` or `%`, and not `.` or `..`, whatever its schema says.
 * The spec's own constraints (`format: uuid`, `minLength`, ...) are checked afterwards.
 *
 * @throws {PartnerCenterArgumentError} naming the parameter
 */
export function assertPathSegment(name: string, value: unknown): asserts value is string {
  const segment = typeof value === "string" && value !== "" && value !== "." && value !== ".." && !UNSAFE_SEGMENT.test(value) && isWellFormed(value);
  checkArgument(segment, name, "a non-empty path segment without spaces, / \\ ? # % control characters or unpaired surrogates, not . or ..", value);
}

/**
 * openapi-fetch's path serializer, after {@link assertPathSegment} on every `params.path` value.
 * openapi-fetch builds the URL before any middleware runs, so this is where a value that cannot
 * be encoded at all (a lone surrogate) is refused by name instead of as a raw `URIError`.
 *
 * @throws {PartnerCenterArgumentError} naming the parameter
 */
export const checkedPathSerializer: PathSerializer = (pathname, pathParams) => {
  for (const name in pathParams) assertPathSegment(name, pathParams[name]);
  return defaultPathSerializer(pathname, pathParams);
};

const serializeQuery = createQuerySerializer();

/**
 * openapi-fetch's query serializer, after checking that every text value can be encoded (no
 * unpaired UTF-16 surrogate): like the path, the query is serialized before any middleware runs.
 *
 * @throws {PartnerCenterArgumentError} naming the query parameter
 */
export const checkedQuerySerializer: QuerySerializer<unknown> = (query) => {
  for (const [name, value] of Object.entries(query ?? {})) {
    for (const item of [value].flat()) {
      if (typeof item === "string") checkArgument(isWellFormed(item), name, "text without unpaired UTF-16 surrogates", item);
    }
  }
  return serializeQuery(query);
};

// One document holding every request schema, so `#/components/schemas/<name>` references resolve.
const components = { schemas: requestSchemas };
const validators = new WeakMap<object, Validator>();

function validatorFor(schema: RequestSchema): Validator {
  let validator = validators.get(schema);
  if (!validator) {
    validator = new Validator({ ...schema, components } as unknown as Schema, "2020-12", false);
    validators.set(schema, validator);
  }
  return validator;
}

/** The schema node a validation error's `keywordLocation` points into, following `$ref`s. */
function schemaAt(root: RequestSchema, keywordLocation: string): Record<string, unknown> {
  let node: unknown = root;
  for (const raw of keywordLocation.split("/").slice(1, -1)) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    const current = node as Record<string, unknown>;
    if (key === "$ref" && typeof current.$ref === "string") {
      node = requestSchemas[current.$ref.split("/").pop() as keyof typeof requestSchemas];
    } else {
      node = current?.[key];
    }
  }
  return (node ?? {}) as Record<string, unknown>;
}

const A_TYPE: Record<string, string> = {
  string: "a string",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  object: "an object",
  array: "an array",
  null: "null",
};

/** What a failed keyword asked for, in words, e.g. `one of: open, closed`. */
function expectation(error: OutputUnit, schema: Record<string, unknown>): string {
  const value = schema[error.keyword];
  switch (error.keyword) {
    case "type":
      return [value].flat().map((type) => A_TYPE[String(type)] ?? String(type)).join(" or ");
    case "format":
      return value === "uuid" ? "a GUID" : `a ${String(value)}`;
    case "enum":
      return `one of: ${(value as unknown[]).map(String).join(", ")}`;
    case "const":
      return `exactly ${quote(value)}`;
    case "minLength":
      return value === 1 ? "a non-empty string" : `at least ${String(value)} characters`;
    case "maxLength":
      return `at most ${String(value)} characters`;
    case "pattern":
      return value === "\\S" ? "text that is not blank" : `text matching /${String(value)}/`;
    case "minimum":
      return `a number ≥ ${String(value)}`;
    case "maximum":
      return `a number ≤ ${String(value)}`;
    case "minItems":
      return `at least ${String(value)} item${value === 1 ? "" : "s"}`;
    case "minProperties":
      return `at least ${String(value)} field${value === 1 ? "" : "s"} to send`;
    default:
      return `a value that satisfies \`${error.keyword}\``;
  }
}

// Keywords that only report that something below them failed.
const CONTAINERS = new Set(["$ref", "properties", "items", "prefixItems", "allOf", "anyOf", "oneOf", "false", "dependentSchemas", "if", "then", "else"]);

function valueAt(value: unknown, instanceLocation: string): unknown {
  let node = value;
  for (const raw of instanceLocation.split("/").slice(1)) {
    node = (node as Record<string, unknown> | undefined)?.[raw.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  return node;
}

function argumentAt(base: string, instanceLocation: string): string {
  return instanceLocation
    .split("/")
    .slice(1)
    .map((raw) => raw.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce((name, key) => (/^\d+$/.test(key) ? `${name}[${key}]` : `${name}.${key}`), base);
}

/**
 * Validates `value` against `schema` and throws a {@link PartnerCenterArgumentError} naming the
 * most specific problem: the argument path (`update.newNote.text`), what the spec expects and
 * what was given.
 */
export function checkAgainstSchema(argument: string, value: unknown, schema: RequestSchema): void {
  const { valid, errors } = validatorFor(schema).validate(value);
  if (valid) return;
  const unevaluated = errors
    .filter((error) => error.keyword === "unevaluatedProperties")
    .map((error) => ({ error, name: /"([^"]*)"/.exec(error.error)?.[1] ?? "" }));
  const leaves = errors.filter((error) => !CONTAINERS.has(error.keyword) && error.keyword !== "unevaluatedProperties");
  // An unknown field: reported when nothing more specific failed inside it.
  const unknown = unevaluated.find(({ error, name }) => !leaves.some((leaf) => leaf.instanceLocation.startsWith(`${error.instanceLocation}/${name}`)));
  const deepest = [...leaves].sort((a, b) => b.instanceLocation.split("/").length - a.instanceLocation.split("/").length)[0];
  if (deepest === undefined || (unknown && unknown.error.instanceLocation.split("/").length >= deepest.instanceLocation.split("/").length)) {
    if (unknown) {
      throw new PartnerCenterArgumentError(
        argumentAt(argument, `${unknown.error.instanceLocation}/${unknown.name}`),
        "not a field the spec declares for this request (or a read-only one the service sets)",
      );
    }
    throw new PartnerCenterArgumentError(argument, "does not match the spec");
  }
  if (deepest.keyword === "required") {
    const missing = /"([^"]*)"/.exec(deepest.error)?.[1] ?? "";
    throw new PartnerCenterArgumentError(argumentAt(argument, `${deepest.instanceLocation}/${missing}`), "is required");
  }
  const got = valueAt(value, deepest.instanceLocation);
  const shown = got === undefined ? "" : `, got ${typeof got === "object" ? quote(JSON.stringify(got)) : quote(got)}`;
  throw new PartnerCenterArgumentError(argumentAt(argument, deepest.instanceLocation), `expected ${expectation(deepest, schemaAt(schema, deepest.keywordLocation))}${shown}`);
}

type Parameters = { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, unknown> };

function tableParameter(parameter: string | TableParameter): TableParameter {
  return typeof parameter === "string" ? (parameterComponents as Record<string, TableParameter>)[parameter]! : parameter;
}

function checkParameter(parameter: TableParameter, value: unknown): void {
  const { name } = parameter;
  if (value === undefined || value === null) {
    checkArgument(!parameter.required, name, "a value (the spec requires it)");
    return;
  }
  if (parameter.in === "path") assertPathSegment(name, value);
  for (const item of [value].flat()) {
    if (typeof item === "string") checkArgument(isWellFormed(item), name, "text without unpaired UTF-16 surrogates", item);
  }
  if (parameter.mediaType === "application/json") {
    let document: unknown;
    try {
      document = typeof value === "string" ? JSON.parse(value) : value;
    } catch {
      throw new PartnerCenterArgumentError(name, `expected a JSON document, got ${quote(value)}`);
    }
    checkAgainstSchema(name, document, parameter.schema);
    return;
  }
  // Header and path values travel as text; the spec's schema says what text is allowed.
  checkAgainstSchema(name, value, parameter.schema);
}

/**
 * Checks a call's parameters against the operation's declared ones in the spec: every
 * required one present, each value valid for its schema (`format: uuid`, `minLength`, `enum`,
 * `type`, ...), path parameters one safe path segment each. Parameters the spec does not
 * declare are left alone.
 *
 * @throws {PartnerCenterArgumentError} naming the first parameter that is wrong
 */
export function checkParameters(entry: OperationTableEntry, params: Parameters): void {
  for (const raw of entry.parameters) {
    const parameter = tableParameter(raw);
    if (parameter.in === "cookie") continue;
    const values = parameter.in === "path" ? params.path : parameter.in === "query" ? params.query : params.header;
    const value =
      parameter.in === "header" && values
        ? Object.entries(values).find(([key]) => key.toLowerCase() === parameter.name.toLowerCase())?.[1]
        : values?.[parameter.name];
    checkParameter(parameter, value);
  }
}

let routes: Map<string, OperationTableEntry> | undefined;

/** The table entry of `METHOD /path/template`, e.g. `GET /v1/customers/{customer_id}`. */
export function operationFor(method: string, pathTemplate: string): OperationTableEntry | undefined {
  routes ??= new Map(Object.values(operationTable as Record<string, OperationTableEntry>).map((entry) => [`${entry.method.toUpperCase()} ${entry.path}`, entry]));
  return routes.get(`${method.toUpperCase()} ${pathTemplate}`);
}

/**
 * openapi-fetch middleware that checks every call against the spec before anything is sent:
 * the parameters (see {@link checkParameters}) and a JSON request body against the
 * operation's request schema (readOnly fields and fields the spec does not declare refused).
 * Path parameters of a path the spec does not know are still checked to be safe segments.
 *
 * @throws {PartnerCenterArgumentError} naming the parameter, or the body field (`update.status`)
 */
export function createRequestCheckMiddleware(): Middleware {
  return {
    async onRequest({ request, schemaPath, params }) {
      const entry = operationFor(request.method, schemaPath);
      if (!entry) {
        for (const [name, value] of Object.entries(params.path ?? {})) assertPathSegment(name, value);
        return;
      }
      checkParameters(entry, params);
      const body = entry.requestBody;
      if (!body || !/^application\/json\b/i.test(request.headers.get("Content-Type") ?? "")) return;
      const text = await request.clone().text();
      if (text === "") {
        checkArgument(!body.required, body.name ?? "body", "a request body (the spec requires one)");
        return;
      }
      checkAgainstSchema(body.name ?? "body", JSON.parse(text), body.schema);
    },
  };
}
