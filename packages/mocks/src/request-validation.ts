import { normaliseToSchema } from "./request-body.js";
import {
  describeSchemaErrors,
  previewValue,
  resolvePointer,
  schemaEnum,
  specOperation,
  validatorAt,
  type OperationId,
  type SchemaObject,
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
 * `filter.operator` one of the operator names). Enum values are matched case-insensitively and
 * the SDK's integer ordinals (`0` for `equals`, ...) are accepted, as the parameter's description
 * says. JSON-valued parameters (`filter`) are left to the operation.
 *
 * @returns the first problem found, or `undefined` when every parameter is valid
 * @see https://learn.microsoft.com/en-us/partner-center/developer/headers
 */
export function validateParameters(operationId: OperationId, request: Request, pathParameters: PathParameters): RequestProblem | undefined {
  const url = new URL(request.url);
  for (const parameter of specOperation(operationId).parameters) {
    if (parameter.style !== "schema") continue;
    const raw =
      parameter.in === "path"
        ? firstOf(pathParameters[parameter.name])
        : parameter.in === "query"
          ? (url.searchParams.get(parameter.name) ?? undefined)
          : parameter.in === "header"
            ? (request.headers.get(parameter.name) ?? undefined)
            : undefined;
    const label = parameter.in === "header" ? `header ${parameter.name}` : parameter.in === "query" ? `query parameter ${parameter.name}` : parameter.name;
    if (raw === undefined) {
      if (parameter.required) return { code: INVALID_REQUEST_INPUT, description: `Invalid request input: ${label} is required.` };
      continue;
    }
    const value = spellEnumValue(raw, resolvePointer(parameter.schemaPointer) as SchemaObject);
    const validate = validatorAt(parameter.schemaPointer);
    if (validate(value)) continue;
    if (parameter.in === "path" && parameter.name === "customer_id") {
      return { code: INVALID_CUSTOMER_ID, description: `Invalid Customer Id: ${previewValue(raw)} is not a GUID (customer tenant ID).` };
    }
    return { code: INVALID_REQUEST_INPUT, description: `Invalid request input: ${describeSchemaErrors(validate.errors, label, value)}.` };
  }
  return undefined;
}

function firstOf(value: string | readonly string[] | undefined): string | undefined {
  return typeof value === "string" ? value : value?.[0];
}

/** `Equals` -> `equals`; `"0"` -> the enum's first value; anything else unchanged. */
function spellEnumValue(raw: string, schema: SchemaObject): string {
  const allowed = schemaEnum(schema);
  if (!allowed) return raw;
  if (/^\d{1,2}$/.test(raw) && Number(raw) < allowed.length) return String(allowed[Number(raw)]);
  const spelled = allowed.find((candidate) => typeof candidate === "string" && candidate.toLowerCase() === raw.toLowerCase());
  return typeof spelled === "string" ? spelled : raw;
}

/** The outcome of reading a request body: the value in the schema's casing, or a problem. */
export type BodyReading<T> = { ok: true; body: T } | { ok: false; problem: RequestProblem };

const JSON_MEDIA_TYPE = /^(application|text)\/([\w.+-]+\+)?json$/i;

/**
 * Parses a request body as the operation's declared JSON body. The `Content-Type`, when sent,
 * must be JSON (`application/json`, `text/json` or `*+json`); an absent one is tolerated.
 *
 * @returns the parsed JSON, or a problem naming what was wrong (not JSON, empty although required, wrong media type)
 */
export function parseJsonBody(operationId: OperationId, text: string, contentType: string | null): BodyReading<unknown> {
  const mediaType = contentType?.split(";")[0]?.trim() ?? "";
  if (contentType !== null && !JSON_MEDIA_TYPE.test(mediaType)) {
    return { ok: false, problem: { code: INVALID_REQUEST_INPUT, description: `Invalid request input: Content-Type must be application/json, got ${previewValue(mediaType)}.` } };
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
