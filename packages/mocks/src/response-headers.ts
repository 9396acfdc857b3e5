import { createValueSource, type ValueSource } from "./value-source.js";

/** `MS-ServerId` the mock reports; real values look like `030011719` or `0000005B`. */
export const MOCK_SERVER_ID = "0000004D";

/** Where the generated header values and the `Date` come from. */
export interface ResponseHeaderContext {
  /** Source of generated IDs and correlation vectors. */
  values: ValueSource;
  /** The mock's clock. */
  now: () => Date;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A correlation vector: base64 characters, then one or more `.N` counters; kept short.
const CORRELATION_VECTOR = /^[A-Za-z0-9+/]{16,64}(\.\d{1,9}){1,8}$/;

let defaultContext: ResponseHeaderContext | undefined;
/** A module-wide context (a deterministic value source and the system clock) for answers made outside a mock. */
export const defaultResponseHeaderContext = (): ResponseHeaderContext => (defaultContext ??= { values: createValueSource(), now: () => new Date() });

/**
 * A correlation vector like the service's `MS-CV` (16 base64 characters, a dot and a counter,
 * e.g. `rjLONPum/Uq94UQA.0`).
 */
export function createCorrelationVector(context: ResponseHeaderContext = defaultResponseHeaderContext()): string {
  return context.values.correlationVector();
}

/** The request's `MS-RequestId` when it is a GUID (the form the spec declares), otherwise `undefined`. */
export function requestIdOf(request: { headers: { get(name: string): string | null } }): string | undefined {
  const value = request.headers.get("MS-RequestId");
  return value !== null && GUID.test(value) ? value : undefined;
}

/**
 * The headers Partner Center puts on every answer: `MS-RequestId` and `MS-CorrelationId`
 * echoed from the request when they are GUIDs (generated otherwise), `MS-CV` (echoed when it
 * looks like a correlation vector), `MS-ServerId`, `Date` and
 * `Content-Type: application/json; charset=utf-8`. Request values that are not of the declared
 * form are never echoed, so a response header never carries arbitrary caller input. A plain
 * object (names as the service spells them), so the HTTP server writes it without fetch objects.
 *
 * @param extra headers added first, e.g. `Retry-After` or `WWW-Authenticate`
 * @param context generated values and clock; default: a module-wide deterministic source and the system clock
 * @see https://learn.microsoft.com/en-us/partner-center/developer/headers
 */
export function partnerCenterResponseHeaders(
  request: { headers: { get(name: string): string | null } },
  extra?: Readonly<Record<string, string>>,
  context: ResponseHeaderContext = defaultResponseHeaderContext(),
): Record<string, string> {
  const correlationId = request.headers.get("MS-CorrelationId");
  const correlationVector = request.headers.get("MS-CV");
  return {
    ...extra,
    "Content-Type": "application/json; charset=utf-8",
    "MS-RequestId": requestIdOf(request) ?? context.values.guid(),
    "MS-CorrelationId": correlationId !== null && GUID.test(correlationId) ? correlationId : context.values.guid(),
    "MS-CV": correlationVector !== null && CORRELATION_VECTOR.test(correlationVector) ? correlationVector : context.values.correlationVector(),
    "MS-ServerId": MOCK_SERVER_ID,
    Date: context.now().toUTCString(),
  };
}
