import { readParameterValue } from "./parameter-values.js";
import { normaliseToSchema } from "./request-body.js";
import {
  describeSchemaErrors,
  previewValue,
  resolvePointer,
  specOperation,
  validatorAt,
  type OperationId,
  type SchemaObject,
  type SpecParameter,
} from "./spec-document.js";

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

/**
 * A problem when the URL path holds a malformed percent-escape (`%zz`, `%E0%A4`): msw's path
 * matching cannot decode it, so it is answered before routing, with 400 as the service does for
 * a request it cannot read.
 */
export function malformedPathProblem(pathname: string): RequestProblem | undefined {
  if (!pathname.includes("%")) return undefined;
  for (const segment of pathname.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return { code: INVALID_REQUEST_INPUT, description: `Invalid request input: the path segment ${previewValue(segment)} has a malformed percent-escape.` };
    }
  }
  return undefined;
}

/** The values msw matched for the path's parameters. */
export type PathParameters = Record<string, string | readonly string[] | undefined>;

/**
 * Checks a request's path, query and header parameters against the operation's declared
 * schemas in the bundled spec (e.g. `customer_id` and `MS-RequestId` must be GUIDs,
 * `filter.operator` an operator name or its ordinal). Values are read by their schema's type
 * first, since on the wire they are strings (`size=2` is an integer; see `readParameterValue`),
 * and enum values are matched case-insensitively. A required JSON-valued (`content`) parameter
 * must be present; its contents are left to the operation (`filter`).
 *
 * @returns the first problem found, or `undefined` when every parameter is valid
 * @see https://learn.microsoft.com/en-us/partner-center/developer/headers
 */
export function validateParameters(operationId: OperationId, request: Request, pathParameters: PathParameters): RequestProblem | undefined {
  return validateOperationParameters(specOperation(operationId).parameters, request, pathParameters);
}

/** {@link validateParameters} for a list of declared parameters. */
export function validateOperationParameters(parameters: readonly SpecParameter[], request: Request, pathParameters: PathParameters): RequestProblem | undefined {
  const url = new URL(request.url);
  for (const parameter of parameters) {
    const occurrences = wireValues(parameter, url, request, pathParameters);
    const label = parameter.in === "header" ? `header ${parameter.name}` : parameter.in === "query" ? `query parameter ${parameter.name}` : parameter.name;
    if (occurrences.length === 0) {
      if (parameter.required) return { code: INVALID_REQUEST_INPUT, description: `Invalid request input: ${label} is required.` };
      continue;
    }
    if (parameter.style !== "schema") continue;
    const raw = occurrences[0] ?? "";
    const value = readParameterValue(occurrences, resolvePointer(parameter.schemaPointer) as SchemaObject, parameter.explode);
    const validate = validatorAt(parameter.schemaPointer);
    if (validate(value)) continue;
    if (parameter.in === "path" && parameter.name === "customer_id") {
      return { code: INVALID_CUSTOMER_ID, description: `Invalid Customer Id: ${previewValue(raw)} is not a GUID (customer tenant ID).` };
    }
    return { code: INVALID_REQUEST_INPUT, description: `Invalid request input: ${describeSchemaErrors(validate.errors, label, value)}.` };
  }
  return undefined;
}

/** Every value the request carries for a parameter, as strings; none when it is absent. */
function wireValues(parameter: SpecParameter, url: URL, request: Request, pathParameters: PathParameters): string[] {
  switch (parameter.in) {
    case "path": {
      const value = pathParameters[parameter.name];
      return value === undefined ? [] : typeof value === "string" ? [value] : [...value];
    }
    case "query":
      return url.searchParams.getAll(parameter.name);
    case "header": {
      const value = request.headers.get(parameter.name);
      return value === null ? [] : [value];
    }
    default:
      return [];
  }
}

/** The outcome of reading a request body: the value in the schema's casing, or a problem. */
export type BodyReading<T> = { ok: true; body: T } | { ok: false; problem: RequestProblem };

/**
 * Parses a request body as the operation's declared JSON body. The `Content-Type`, when sent,
 * must be one of the media types the spec declares for the body (`application/json` and
 * `text/json`; parameters such as `charset` aside); an absent one is tolerated, as the service's
 * JSON binding reads a body without one.
 *
 * @returns the parsed JSON, or a problem naming what was wrong (not JSON, empty although required, wrong media type)
 */
export function parseJsonBody(operationId: OperationId, text: string, contentType: string | null): BodyReading<unknown> {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  const declared = specOperation(operationId).requestBodyMediaTypes;
  if (contentType !== null && !declared.includes(mediaType)) {
    const expected = declared.length === 0 ? "absent (the operation takes no body)" : declared.join(" or ");
    return { ok: false, problem: { code: INVALID_REQUEST_INPUT, description: `Invalid request input: Content-Type must be ${expected}, got ${previewValue(mediaType)}.` } };
  }
  if (text.trim() === "") {
    return specOperation(operationId).requestBodyRequired
      ? { ok: false, problem: { code: INVALID_REQUEST_INPUT, description: "Invalid request input: the request body is required." } }
      : { ok: true, body: undefined };
  }
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof SyntaxError ? ` (${error.message.slice(0, 120)})` : "";
    return { ok: false, problem: { code: INVALID_REQUEST_INPUT, description: `Invalid request input: the request body is not valid JSON${reason}.` } };
  }
}

/**
 * Reads a parsed body the way the service binds it: property names matched case-insensitively
 * to the schema's camelCase, the .NET SDK's placeholders (`null`, `unknown`, `none`,
 * `0001-01-01T00:00:00`) dropped as "not set", then validated against the operation's declared
 * request body schema (types, enums, formats).
 *
 * @returns the body in the schema's casing, or a problem naming the property and what was wrong
 */
export function normaliseRequestBody<T>(operationId: OperationId, body: unknown): BodyReading<T> {
  const pointer = specOperation(operationId).requestBodyPointer;
  if (pointer === undefined) return { ok: true, body: body as T };
  const schema = resolvePointer(pointer) as SchemaObject;
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return { ok: false, problem: { code: INVALID_REQUEST_INPUT, description: `Invalid request input: the request body must be a JSON object, got ${previewValue(body)}.` } };
  }
  const normalised = normaliseToSchema(body, schema, { sdkPlaceholdersAsUnset: true }, "body");
  if (!normalised.ok) return { ok: false, problem: { code: INVALID_REQUEST_INPUT, description: `Invalid request input: ${normalised.problem}.` } };
  const validate = validatorAt(pointer);
  if (!validate(normalised.value)) {
    return { ok: false, problem: { code: INVALID_REQUEST_INPUT, description: `Invalid request input: ${describeSchemaErrors(validate.errors, "body", normalised.value)}.` } };
  }
  return { ok: true, body: normalised.value as T };
}
