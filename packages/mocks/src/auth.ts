import { partnerCenterErrorResponse } from "./errors.js";

/** `WWW-Authenticate` value of a 401, in the form the error-codes page documents. */
export const WWW_AUTHENTICATE = "OAuth realm=urn:cpsvc:cpid:00000000-0000-0000-0000-000000000000";

/** The bearer token of a request, or `undefined` when there is no well-formed `Authorization: Bearer`. */
export function bearerToken(request: Request): string | undefined {
  const match = /^Bearer[ ]+([^\s]+)\s*$/i.exec(request.headers.get("Authorization") ?? "");
  return match?.[1];
}

/**
 * `undefined` when the request carries a bearer token, otherwise the 401 the service answers:
 * the error envelope (code 800001, "Partner token missing in request context") with
 * `WWW-Authenticate`. The mock accepts any token; it never echoes it.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/error-codes
 */
export function requireBearerToken(request: Request): Response | undefined {
  if (bearerToken(request) !== undefined) return undefined;
  return partnerCenterErrorResponse(
    request,
    401,
    { code: 800001, description: "Partner token missing in request context." },
    { "WWW-Authenticate": WWW_AUTHENTICATE },
  );
}
