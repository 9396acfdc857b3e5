import type { Middleware } from "openapi-fetch";
import { rememberSentIds } from "./response-info.js";

/** Options of {@link createRequestHeadersMiddleware}. */
export interface RequestHeadersOptions {
  /** `MS-CorrelationId` for every request; a new UUID per call when unset. */
  correlationId?: string | undefined;
  /** `X-Locale`, the language of localized content. */
  locale: string;
  /** `MS-PartnerCenter-Application`, the calling application's name; not sent when unset. */
  application?: string | undefined;
}

/**
 * openapi-fetch middleware that adds the Partner Center request headers a caller did not set
 * on the call itself: `MS-RequestId` (a new UUID per logical call: middleware runs once per
 * call, so every retry of the call reuses it, as the service's idempotency check needs),
 * `MS-CorrelationId`, `X-Locale`, `MS-PartnerCenter-Application` and `Accept: application/json`.
 * It also remembers the IDs sent, for `readResponseInfo` and errors.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/headers
 */
export function createRequestHeadersMiddleware(options: RequestHeadersOptions): Middleware {
  return {
    onRequest({ request }) {
      const { headers } = request;
      setIfAbsent(headers, "Accept", "application/json");
      setIfAbsent(headers, "MS-RequestId", crypto.randomUUID());
      setIfAbsent(headers, "MS-CorrelationId", options.correlationId ?? crypto.randomUUID());
      setIfAbsent(headers, "X-Locale", options.locale);
      if (options.application !== undefined) setIfAbsent(headers, "MS-PartnerCenter-Application", options.application);
      return request;
    },
    onResponse({ request, response }) {
      rememberSentIds(response, request);
    },
  };
}

function setIfAbsent(headers: Headers, name: string, value: string): void {
  if (!headers.has(name)) headers.set(name, value);
}
