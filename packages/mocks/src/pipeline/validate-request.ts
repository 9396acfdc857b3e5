import { normaliseToSchema } from "../spec/casing.js";
import { describeSchemaErrors, previewValue, type SchemaObject, type SpecDocument } from "../spec/document.js";
import type { MockOperation, MockParameter } from "../spec/operations.js";
import type { MockRequest } from "./exchange.js";
import { readParameterValue } from "./parameter-values.js";

/** Why a request is refused with 400: a Partner Center error code and a description naming the problem. */
export interface RequestProblem {
  /** `900118` (invalid customer ID) or `800002` (invalid request input), from the documented error-code table. */
  code: number;
  description: string;
}

/** Documented code for a customer tenant ID that is not a GUID. */
const INVALID_CUSTOMER_ID = 900118;
/** Documented code for any other invalid request input. */
const INVALID_REQUEST_INPUT = 800002;

const problem = (description: string): RequestProblem => ({ code: INVALID_REQUEST_INPUT, description: `Invalid request input: ${description}.` });

function rawValues(parameter: MockParameter, request: MockRequest, pathParameters: Readonly<Record<string, string>>): string[] {
  switch (parameter.in) {
    case "path": {
      const value = pathParameters[parameter.name];
      return value === undefined ? [] : [value];
    }
    case "query": {
      // Query names match case-insensitively, as the service's binding does.
      const wanted = parameter.name.toLowerCase();
      const values: string[] = [];
      for (const [name, value] of request.query) if (name.toLowerCase() === wanted) values.push(value);
      return values;
    }
    case "header": {
      const value = request.headers.get(parameter.name);
      return value === null ? [] : [value];
    }
    default:
      return [];
  }
}

/** The parameters of a request, read and checked against the spec: values by name, or the first problem. */
export type ParameterReading = { ok: true; values: Map<string, unknown> } | { ok: false; problem: RequestProblem };

/**
 * Reads and checks a request's path, query and header parameters against the operation's
 * declared schemas: text read by the schema's type (`size=2` is the integer 2; an array query
 * parameter takes every `name=value` pair), a JSON parameter (`filter`) parsed and its property
 * names matched case-insensitively, required ones present. A customer tenant ID that is not a
 * GUID gets the documented code 900118.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/error-codes
 */
export function readParameters(spec: SpecDocument, operation: MockOperation, request: MockRequest, pathParameters: Readonly<Record<string, string>>): ParameterReading {
  const values = new Map<string, unknown>();
  for (const parameter of operation.parameters) {
    if (parameter.in === "cookie") continue;
    const raw = rawValues(parameter, request, pathParameters);
    const label = parameter.in === "header" ? `header ${parameter.name}` : parameter.in === "query" ? `query parameter ${parameter.name}` : parameter.name;
    if (raw.length === 0 || (parameter.style === "json" && raw[0]?.trim() === "")) {
      if (parameter.required) return { ok: false, problem: problem(`${label} is required`) };
      continue;
    }
    const schema = spec.resolve(parameter.schemaPointer) as SchemaObject;
    let value: unknown;
    if (parameter.style === "json") {
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw[0] as string);
      } catch {
        return { ok: false, problem: problem(`${label} is not valid JSON: ${previewValue(raw[0])}`) };
      }
      const normalised = normaliseToSchema(spec, parsed, schema, { sdkPlaceholdersAsUnset: false }, parameter.name);
      if (!normalised.ok) return { ok: false, problem: problem(normalised.problem) };
      value = normalised.value;
    } else {
      value = readParameterValue(spec, raw, schema, parameter.explode);
    }
    const validate = spec.validatorAt(parameter.schemaPointer);
    if (!validate(value)) {
      if (parameter.in === "path" && parameter.name === "customer_id") {
        return { ok: false, problem: { code: INVALID_CUSTOMER_ID, description: `Invalid Customer Id: ${previewValue(raw[0])} is not a GUID (customer tenant ID).` } };
      }
      return { ok: false, problem: problem(describeSchemaErrors(validate.errors, label, value)) };
    }
    values.set(parameter.name, value);
  }
  return { ok: true, values };
}

/** The outcome of reading a request body: the value in the schema's casing, or a problem. */
export type BodyReading = { ok: true; body: unknown } | { ok: false; problem: RequestProblem };

/**
 * Reads a request body the way the service binds it: JSON in one of the media types the
 * operation declares (`application/json`, and `text/json` where the spec lists it; no
 * `Content-Type` is tolerated), property names matched case-insensitively to the
 * schema's camelCase, the .NET SDK's placeholders (`null`, `none`/`unknown` defaults,
 * `0001-01-01T00:00:00`) dropped as "not set", then validated against the operation's request
 * schema. A PATCH is read with the resource it changes (its success answer's schema), whose
 * enums hold the SDK's "not set" values, and then checked against the narrower request schema.
 *
 * @returns the body, or a problem naming what was wrong (not JSON, missing, a property and its value)
 */
export function readBody(spec: SpecDocument, operation: MockOperation, request: MockRequest): BodyReading {
  const declared = operation.requestBody;
  if (!declared) return { ok: true, body: undefined };
  const contentType = request.headers.get("Content-Type");
  const mediaType = contentType?.split(";")[0]?.trim() ?? "";
  if (contentType !== null && !declared.mediaTypes.some((type) => type.toLowerCase() === mediaType.toLowerCase())) {
    return { ok: false, problem: problem(`Content-Type must be ${declared.mediaTypes.join(" or ")}, got ${previewValue(mediaType)}`) };
  }
  const text = request.body ?? "";
  if (text.trim() === "") return declared.required ? { ok: false, problem: problem("the request body is required") } : { ok: true, body: undefined };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? ` (${error.message.slice(0, 120)})` : "";
    return { ok: false, problem: problem(`the request body is not valid JSON${reason}`) };
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    return { ok: false, problem: problem(`the request body must be a JSON object, got ${previewValue(parsed)}`) };
  }
  const readAs = operation.method === "PATCH" && operation.success.schemaPointer ? operation.success.schemaPointer : declared.pointer;
  const normalised = normaliseToSchema(spec, parsed, spec.resolve(readAs) as SchemaObject, { sdkPlaceholdersAsUnset: true }, "body");
  if (!normalised.ok) return { ok: false, problem: problem(normalised.problem) };
  const validate = spec.validatorAt(declared.pointer);
  if (!validate(normalised.value)) return { ok: false, problem: problem(describeSchemaErrors(validate.errors, "body", normalised.value)) };
  return { ok: true, body: normalised.value };
}
