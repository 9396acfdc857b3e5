import type { GatewayError, PartnerCenterError } from "@partnercenter/types";
import { partnerCenterResponseHeaders } from "./response-headers.js";

/**
 * A Partner Center error answer: the `{code, description, data, source}` envelope with the
 * service's headers. `code` is a number, as real responses carry it.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/error-codes
 */
export function partnerCenterErrorResponse(
  request: Request,
  status: number,
  error: { code: number; description: string; data?: unknown[] },
  extraHeaders?: HeadersInit,
): Response {
  const body: PartnerCenterError = {
    code: error.code,
    description: error.description,
    data: error.data ?? [],
    source: "PartnerFD",
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: partnerCenterResponseHeaders(request, extraHeaders),
  });
}

/**
 * A gateway-level error answer, `{statusCode, message}`, as the API gateway sends for throttling
 * (429) and unknown routes (404).
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/api-throttling-guidance
 */
export function gatewayErrorResponse(request: Request, status: number, message: string, extraHeaders?: HeadersInit): Response {
  const body: GatewayError = { statusCode: status, message };
  return new Response(JSON.stringify(body), {
    status,
    headers: partnerCenterResponseHeaders(request, extraHeaders),
  });
}
