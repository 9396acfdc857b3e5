// Requests built from the spec alone, for every operation it declares: the call its examples
// describe (path parameter examples, required query parameters, the first request example as the
// body), and variants a partner's code gets wrong. A new operation is covered with no edit here.
import { allOperations, resolveNode } from "./openapi-contract.js";

type Json = Record<string, unknown>;

/** One request to send, and the operation it is for. */
export interface SpecCall {
  label: string;
  operationId: string;
  method: string;
  /** Path and query, e.g. `/v1/customers/4d2d...?size=10`. */
  target: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** An operation as the call builder reads it. */
export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  parameters: Json[];
  requestBody?: { required: boolean; mediaTypes: string[]; examples: unknown[] };
  security: string[];
}

const UNKNOWN_GUID = "11111111-2222-4333-8444-555555555555";

/** The operations of the spec, parameters and request body resolved. */
export function specOperations(): SpecOperation[] {
  return allOperations().map(({ operationId, method, path, operation, pathItem }) => {
    const own = ((operation.parameters as Json[] | undefined) ?? []).map((parameter) => resolveNode(parameter));
    const shared = ((pathItem.parameters as Json[] | undefined) ?? []).map((parameter) => resolveNode(parameter)).filter((parameter) => !own.some((mine) => mine.name === parameter.name && mine.in === parameter.in));
    const body = operation.requestBody ? resolveNode(operation.requestBody as Json) : undefined;
    const content = (body?.content as Record<string, Json> | undefined) ?? {};
    return {
      operationId,
      method,
      path,
      parameters: [...shared, ...own],
      ...(body
        ? {
            requestBody: {
              required: body.required === true,
              mediaTypes: Object.keys(content),
              examples: Object.values((content["application/json"]?.examples as Record<string, Json> | undefined) ?? {}).map((example) => resolveNode(example).value),
            },
          }
        : {}),
      security: ((operation.security as Record<string, unknown>[] | undefined) ?? []).flatMap((requirement) => Object.keys(requirement)),
    };
  });
}

/** The example value of a parameter (`example`, the first of `examples`, or its schema's example, enum or default). */
export function exampleOf(parameter: Json): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const first = Object.values((parameter.examples as Record<string, Json> | undefined) ?? {})[0];
  if (first) return resolveNode(first).value;
  const schema = resolveNode((parameter.schema ?? (parameter.content as Record<string, Json> | undefined)?.["application/json"]?.schema ?? {}) as Json);
  const items = schema.items ? resolveNode(schema.items as Json) : undefined;
  return (schema.examples as unknown[] | undefined)?.[0] ?? schema.default ?? (schema.enum as unknown[] | undefined)?.[0] ?? (items ? [(items.enum as unknown[] | undefined)?.[0] ?? "x"] : undefined);
}

function wire(parameter: Json, value: unknown): string {
  return parameter.content ? JSON.stringify(value) : String(value);
}

/** The request the spec's examples describe for an operation. */
export function exampleCall(operation: SpecOperation, overrides: { path?: Record<string, string>; query?: Record<string, string | undefined>; omitQuery?: string } = {}): SpecCall {
  let path = operation.path;
  const query = new URLSearchParams();
  for (const parameter of operation.parameters) {
    const name = parameter.name as string;
    if (parameter.in === "path") {
      const value = overrides.path?.[name] ?? String(exampleOf(parameter) ?? "example");
      path = path.replace(`{${name}}`, encodeURIComponent(value));
    } else if (parameter.in === "query" && parameter.required === true && name !== overrides.omitQuery) {
      const value = exampleOf(parameter);
      for (const item of Array.isArray(value) ? value : [value]) query.append(name, wire(parameter, item));
    }
  }
  for (const [name, value] of Object.entries(overrides.query ?? {})) {
    if (value === undefined) query.delete(name);
    else query.set(name, value);
  }
  const search = query.toString();
  const headers: Record<string, string> = { Authorization: "Bearer contract-test-token" };
  const call: SpecCall = { label: "the spec's example", operationId: operation.operationId, method: operation.method, target: `${path}${search ? `?${search}` : ""}`, headers };
  if (operation.requestBody) {
    const example = operation.requestBody.examples[0];
    headers["Content-Type"] = operation.requestBody.mediaTypes[0] ?? "application/json";
    call.body = JSON.stringify(example ?? {});
  }
  return call;
}

/** A JSON value with every property name in PascalCase, as the .NET SDK sends bodies. */
export function pascalCase(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pascalCase);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([name, item]) => [name.charAt(0).toUpperCase() + name.slice(1), pascalCase(item)]));
}

/**
 * The example call of an operation and variants of it: unknown and malformed path parameters, a
 * missing required or refused query value, the body in the SDK's PascalCase, other request
 * examples, and broken bodies.
 */
export function callsFor(operation: SpecOperation): SpecCall[] {
  const base = exampleCall(operation);
  const calls: SpecCall[] = [base];
  const variant = (label: string, call: SpecCall): void => {
    calls.push({ ...call, label });
  };
  for (const parameter of operation.parameters) {
    const name = parameter.name as string;
    const schema = resolveNode((parameter.schema ?? {}) as Json);
    if (parameter.in === "path") {
      const uuid = schema.format === "uuid";
      variant(`unknown ${name}`, exampleCall(operation, { path: { [name]: uuid ? UNKNOWN_GUID : "does-not-exist-42" } }));
      if (uuid) {
        variant(`${name} not a GUID`, exampleCall(operation, { path: { [name]: "not-a-guid" } }));
        variant(`${name} in upper case`, exampleCall(operation, { path: { [name]: String(exampleOf(parameter)).toUpperCase() } }));
      }
      variant(`very long ${name}`, exampleCall(operation, { path: { [name]: "9".repeat(3000) } }));
    } else if (parameter.in === "query") {
      if (parameter.required === true) variant(`no ${name}`, exampleCall(operation, { omitQuery: name }));
      if (Array.isArray(schema.enum)) variant(`${name} not one of its values`, exampleCall(operation, { query: { [name]: "not-one-of-them" } }));
      if (schema.type === "integer") variant(`${name} not a number`, exampleCall(operation, { query: { [name]: "twelve" } }));
    } else if (parameter.in === "header" && schema.format === "uuid") {
      variant(`${name} not a GUID`, { ...base, headers: { ...base.headers, [name]: "not-a-guid" } });
    }
  }
  const body = operation.requestBody;
  if (body) {
    body.examples.slice(1).forEach((example, index) => variant(`request example ${index + 2}`, { ...base, body: JSON.stringify(example) }));
    if (body.examples[0] !== null && typeof body.examples[0] === "object") variant("the body in PascalCase", { ...base, body: JSON.stringify(pascalCase(body.examples[0])) });
    variant("a body that is not JSON", { ...base, body: "{not json" });
    variant("a JSON array", { ...base, body: "[]" });
    variant("binary bytes", { ...base, body: new Uint8Array([0xff, 0xfe, 0x00, 0x01]) });
    variant("text/plain", { ...base, headers: { ...base.headers, "Content-Type": "text/plain" } });
    if (body.required) variant("no body", { ...base, body: "" });
  }
  return calls;
}

/** The token variants every operation gets (Authorization header values; `undefined` drops it). */
export const TOKEN_VARIANTS: readonly [string, string | undefined][] = [
  ["no Authorization", undefined],
  ["Basic credentials", "Basic dXNlcjpwYXNz"],
  ["a malformed JWT", "Bearer eyJhbGciOiJub25lIn0.not-json.x"],
  ["bad characters", "Bearer to\u00e9ken"],
];
