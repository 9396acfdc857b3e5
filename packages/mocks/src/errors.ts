import type { GatewayError, PartnerCenterError } from "@partnercenter/types";
import { partnerCenterResponseHeaders, type ResponseHeaderContext } from "./response-headers.js";

/** The longest `description` the error envelope allows (the error-codes page says at most 1024 characters). */
export const MAX_ERROR_DESCRIPTION_CHARS = 1024;

/** A Partner Center error: its numeric code (from the documented table) and a description. */
export interface PartnerCenterErrorDetails {
  /** Partner Center error code, e.g. `800002` (invalid request input); sent as a JSON number. */
  code: number;
  /** What went wrong; cut to {@link MAX_ERROR_DESCRIPTION_CHARS} characters. */
  description: string;
  /** Extra details, usually none. Default `[]`. */
  data?: unknown[];
}

function limitDescription(description: string): string {
  return description.length > MAX_ERROR_DESCRIPTION_CHARS ? `${description.slice(0, MAX_ERROR_DESCRIPTION_CHARS - 3)}...` : description;
}

/**
 * A Partner Center error answer: the `{code, description, data, source: "PartnerFD"}` envelope
 * with the service's headers. `code` is a number, as real responses carry it.
 *
 * @param status HTTP status, e.g. `400`, `401`, `403`, `404` or `500`
 * @param extraHeaders e.g. `WWW-Authenticate` on a 401
 * @param context generated header values and clock (default: module-wide deterministic source, system clock)
 * @see https://learn.microsoft.com/en-us/partner-center/developer/error-codes
 */
export function partnerCenterErrorResponse(
  request: Request,
  status: number,
  error: PartnerCenterErrorDetails,
  extraHeaders?: HeadersInit,
  context?: ResponseHeaderContext,
): Response {
  const body: PartnerCenterError = {
    code: error.code,
    description: limitDescription(error.description),
    data: error.data ?? [],
    source: "PartnerFD",
  };
  return new Response(JSON.stringify(body), { status, headers: partnerCenterResponseHeaders(request, extraHeaders, context) });
}

/**
 * A gateway-level error answer, `{statusCode, message}`, as the API gateway in front of Partner
 * Center sends for throttling (429), unknown routes (404) and, in this mock, an unavailable
 * service (503) and an oversized body (413).
 *
 * @param extraHeaders e.g. `Retry-After` (seconds) on a 429
 * @param context generated header values and clock (default: module-wide deterministic source, system clock)
 * @see https://learn.microsoft.com/en-us/partner-center/developer/api-throttling-guidance
 */
export function gatewayErrorResponse(
  request: Request,
  status: number,
  message: string,
  extraHeaders?: HeadersInit,
  context?: ResponseHeaderContext,
): Response {
  const body: GatewayError = { statusCode: status, message };
  return new Response(JSON.stringify(body), { status, headers: partnerCenterResponseHeaders(request, extraHeaders, context) });
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
