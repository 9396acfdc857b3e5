import { errorAnswer, gatewayAnswer, toFetchResponse, type PartnerCenterErrorDetails } from "./pipeline/exchange.js";
import { defaultResponseHeaderContext, type ResponseHeaderContext } from "./response-headers.js";

const record = (headers: HeadersInit | undefined) => (headers === undefined ? undefined : Object.fromEntries(new Headers(headers)));

export type { PartnerCenterErrorDetails } from "./pipeline/exchange.js";

/**
 * A Partner Center error answer as a fetch `Response`, for custom msw handlers in tests: the
 * `{code, description, data, source: "PartnerFD"}` envelope with the service's headers, `code`
 * a number as real responses carry it, `description` cut to 1024 characters.
 *
 * @param status HTTP status, e.g. `400`, `401`, `403`, `404` or `500`
 * @param extraHeaders e.g. `WWW-Authenticate` on a 401
 * @param context generated header values and clock (default: a module-wide deterministic source, the system clock)
 * @see https://learn.microsoft.com/en-us/partner-center/developer/error-codes
 */
export function partnerCenterErrorResponse(
  request: Request,
  status: number,
  error: PartnerCenterErrorDetails,
  extraHeaders?: HeadersInit,
  context: ResponseHeaderContext = defaultResponseHeaderContext(),
): Response {
  return toFetchResponse(errorAnswer(request, status, error, context, record(extraHeaders)));
}

/**
 * A gateway error answer as a fetch `Response`, `{statusCode, message}`, as the API gateway in
 * front of Partner Center sends for throttling (429), unknown routes (404) and an unavailable
 * service (503).
 *
 * @param extraHeaders e.g. `Retry-After` (seconds) on a 429
 * @param context generated header values and clock (default: a module-wide deterministic source, the system clock)
 * @see https://learn.microsoft.com/en-us/partner-center/developer/api-throttling-guidance
 */
export function gatewayErrorResponse(
  request: Request,
  status: number,
  message: string,
  extraHeaders?: HeadersInit,
  context: ResponseHeaderContext = defaultResponseHeaderContext(),
): Response {
  return toFetchResponse(gatewayAnswer(request, status, message, context, record(extraHeaders)));
}

/** Documented code: "Unexpected service error". */
const UNEXPECTED_SERVICE_ERROR = 800003;

/**
 * The answer to an error the mock did not expect (a bug in it, or in custom handlers served by
 * the HTTP server): 500 with the Partner Center envelope, code 800003, and the error's message
 * (cut, on one line) so a test author can tell what broke. Never the stack: it names local files.
 */
export function unexpectedErrorResponse(request: Request, error: unknown, context?: ResponseHeaderContext): Response {
  const message = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).replace(/\s+/g, " ").slice(0, 200);
  return partnerCenterErrorResponse(request, 500, { code: UNEXPECTED_SERVICE_ERROR, description: `Unexpected service error (in the mock: ${message})` }, undefined, context);
}
