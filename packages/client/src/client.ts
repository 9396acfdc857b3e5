import type { Client } from "openapi-fetch";
import { createClient } from "./openapi-fetch-interop.js";
import type { paths } from "@partnercenter/types";
import { assertAccessToken, createAuthMiddleware, type AccessToken } from "./auth.js";
import { isPartnerCenterCloud, PARTNER_CENTER_BASE_URLS, type PartnerCenterCloud } from "./clouds.js";
import { PartnerCenterOptionsError } from "./errors.js";
import { createRequestHeadersMiddleware } from "./request-headers.js";

/** Options of {@link createPartnerCenterClient}. */
export interface PartnerCenterClientOptions {
  /**
   * Microsoft Entra ID access token for the Partner Center API, or a function returning one
   * (sync or async; called before every request). Required. Never logged or put in an error.
   * @see https://learn.microsoft.com/en-us/partner-center/developer/partner-center-authentication
   */
  accessToken: AccessToken;
  /** Which Partner Center cloud to call. Default `"global"`. Ignored when `baseUrl` is set. */
  cloud?: PartnerCenterCloud;
  /**
   * Base URL that overrides the cloud's, without the `/v1` segment (e.g. a mock server's
   * `http://127.0.0.1:4010`). Default: the cloud's base URL.
   */
  baseUrl?: string;
  /** `X-Locale` sent on every request. Default `"en-US"`. */
  locale?: string;
  /** `MS-CorrelationId` sent on every request (a GUID). Default: a new UUID per request. */
  correlationId?: string;
  /** `MS-PartnerCenter-Application`: your application's name. Default: not sent. */
  application?: string;
  /**
   * The fetch to send requests with. Default: `globalThis.fetch`, looked up at call time, so a
   * client created before an msw server starts is still intercepted by it.
   */
  fetch?: (request: Request) => Promise<Response>;
}

/** openapi-fetch client typed by the Partner Center `paths`. */
export type PartnerCenterClient = Client<paths, "application/json">;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Creates an openapi-fetch client for the Partner Center REST API. Every request carries
 * `Authorization: Bearer <token>`, a new `MS-RequestId`, `MS-CorrelationId`, `X-Locale` and
 * `Accept: application/json`; per-call `params.header` values win over these defaults.
 *
 * @example
 * const partnerCenter = createPartnerCenterClient({ accessToken: () => getToken() });
 * const { data, error } = await partnerCenter.GET("/v1/customers/{customer_id}", {
 *   params: { path: { customer_id: "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10" } },
 * });
 *
 * @throws {PartnerCenterOptionsError} when `accessToken` is missing or empty, `cloud` is not
 *   one of `global`, `usgov`, `china`, `baseUrl` is not an absolute http(s) URL, or
 *   `correlationId` is not a GUID.
 * @see https://learn.microsoft.com/en-us/partner-center/developer/partner-center-rest-urls
 * @see https://learn.microsoft.com/en-us/partner-center/developer/headers
 */
export function createPartnerCenterClient(options: PartnerCenterClientOptions): PartnerCenterClient {
  if (options === null || typeof options !== "object") {
    throw new PartnerCenterOptionsError("options", "expected an object with at least `accessToken`");
  }
  assertAccessToken(options.accessToken);
  const baseUrl = resolveBaseUrl(options);
  if (options.correlationId !== undefined && !GUID.test(options.correlationId)) {
    throw new PartnerCenterOptionsError("correlationId", "expected a GUID such as 03d6064a-f048-4aee-8892-ed46dc5c8bee");
  }
  const locale = options.locale ?? "en-US";
  if (typeof locale !== "string" || locale.trim() === "") {
    throw new PartnerCenterOptionsError("locale", "expected a language tag such as en-US");
  }

  const client = createClient<paths, "application/json">({
    baseUrl,
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
  });
  client.use(
    createRequestHeadersMiddleware({ correlationId: options.correlationId, locale, application: options.application }),
    createAuthMiddleware(options.accessToken),
  );
  return client;
}

function resolveBaseUrl(options: PartnerCenterClientOptions): string {
  if (options.baseUrl === undefined) {
    const cloud = options.cloud ?? "global";
    if (!isPartnerCenterCloud(cloud)) {
      throw new PartnerCenterOptionsError("cloud", `expected "global", "usgov" or "china", got ${JSON.stringify(cloud)}`);
    }
    return PARTNER_CENTER_BASE_URLS[cloud];
  }
  let url: URL;
  try {
    url = new URL(options.baseUrl);
  } catch {
    throw new PartnerCenterOptionsError("baseUrl", `expected an absolute URL, got ${JSON.stringify(options.baseUrl)}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new PartnerCenterOptionsError("baseUrl", `expected an http: or https: URL, got ${url.protocol}`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new PartnerCenterOptionsError("baseUrl", "must not carry a query string or fragment");
  }
  return url.href.replace(/\/+$/, "");
}
