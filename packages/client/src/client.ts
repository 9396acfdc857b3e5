import type { Client } from "openapi-fetch";
import { createClient } from "./openapi-fetch-interop.js";
import type { paths } from "@partnercenter/types";
import { assertAccessToken, createAuthPolicy, createTokenSource, type AccessToken, type TokenCredentialLike } from "./auth.js";
import { resolveBaseUrl } from "./base-url.js";
import { isPartnerCenterCloud, PARTNER_CENTER_TOKEN_SCOPES, type PartnerCenterCloud } from "./clouds.js";
import { checkOption } from "./errors.js";
import { createLoggingPolicy, type PartnerCenterLogger } from "./logging.js";
import { composePolicies, type Policy } from "./pipeline.js";
import { createReadBodyPolicy } from "./read-body.js";
import { createRequestHeadersMiddleware } from "./request-headers.js";
import { createRetryPolicy, DEFAULT_RETRY_OPTIONS, type RetryOptions } from "./retry.js";
import { createTimeoutPolicy } from "./timeout.js";
import { checkedPathSerializer, checkedQuerySerializer, createRequestCheckMiddleware, isGuid } from "./request-checks.js";

/** Options of {@link createPartnerCenterClient}. Give exactly one of `accessToken` and `credential`. */
export interface PartnerCenterClientOptions {
  /**
   * Microsoft Entra ID access token for the Partner Center API, or a function returning one
   * (sync or async): a string, asked for before every request, or `{ token, expiresOnTimestamp }`,
   * cached until `refreshTokenBeforeExpiryMs` before it expires. Never logged or put in an error.
   * @see https://learn.microsoft.com/en-us/partner-center/developer/partner-center-authentication
   */
  accessToken?: AccessToken | undefined;
  /**
   * An `@azure/identity` `TokenCredential` (or anything with the same `getToken(scopes)`),
   * asked for the cloud's scope (`https://api.partnercenter.microsoft.com/.default`; the
   * 21Vianet host's for `china`). Its token is cached until `refreshTokenBeforeExpiryMs`
   * before it expires; concurrent requests share one `getToken` call.
   * @see https://learn.microsoft.com/en-us/partner-center/developer/enable-secure-app-model
   */
  credential?: TokenCredentialLike | undefined;
  /**
   * Which Partner Center cloud to call: picks the base URL (unless `baseUrl` is set) and the
   * credential's token scope. Default `"global"`.
   * @see https://learn.microsoft.com/en-us/partner-center/developer/partner-center-rest-urls
   */
  cloud?: PartnerCenterCloud | undefined;
  /**
   * Base URL that overrides the cloud's, without the `/v1` segment (e.g. a mock server's
   * `http://127.0.0.1:4010`). `https:`, or `http:` to a loopback host only. Default: the cloud's.
   * The token is only ever sent to URLs under it.
   */
  baseUrl?: string | undefined;
  /** `X-Locale` sent on every request. Default `"en-US"`. */
  locale?: string | undefined;
  /** `MS-CorrelationId` sent on every request (a GUID). Default: a new UUID per call. A call's own value wins. */
  correlationId?: string | undefined;
  /** `MS-PartnerCenter-Application`: your application's name. Default: not sent. */
  application?: string | undefined;
  /**
   * Retries of 408, 429, 500, 502, 503, 504 and network failures. Default: 3 retries,
   * back-off 0.5 s, 1.5 s, 3.5 s (±20 %), capped at 30 s; `Retry-After` up to 60 s honoured.
   * `{ maxRetries: 0 }` turns retries off.
   * @see https://learn.microsoft.com/en-us/partner-center/developer/api-throttling-guidance
   */
  retry?: RetryOptions | undefined;
  /**
   * Time each attempt may take until the answer's body has arrived in full (status line, headers
   * and body), in ms; then it is aborted and retried. Default `180_000` (3 minutes, the official
   * .NET SDK's timeout).
   */
  timeoutMs?: number | undefined;
  /** How long before a cached token expires it is replaced, in ms. Default `30_000` (the .NET SDK's 30 s). */
  refreshTokenBeforeExpiryMs?: number | undefined;
  /** Receives one redacted line per attempt (see {@link PartnerCenterLogger}). Default: no logging. */
  logger?: PartnerCenterLogger | undefined;
  /**
   * The fetch to send each attempt with; `init.signal` aborts the attempt. Default:
   * `globalThis.fetch`, looked up at call time, so a client created before an msw server
   * starts is still intercepted by it.
   */
  fetch?: ((input: Request, init?: RequestInit) => Promise<Response>) | undefined;
}

/** openapi-fetch client typed by the Partner Center `paths`. */
export type PartnerCenterClient = Client<paths, "application/json">;

/** `value`, or `fallback` when unset; a finite number of at least `min` (ms, or a count). */
function numberOption(name: string, value: number | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  checkOption(typeof value === "number" && Number.isFinite(value) && value >= min, name, `a number ≥ ${min}`, value);
  return value;
}

/**
 * Creates an openapi-fetch client for the Partner Center REST API. Every call carries
 * `Authorization: Bearer <token>`, a new `MS-RequestId` (reused by its retries),
 * `MS-CorrelationId`, `X-Locale` and `Accept: application/json`; per-call `params.header` values
 * win. Path parameters are checked before anything is sent. Each attempt has a timeout;
 * throttling, server errors and network failures are retried; a 401 refreshes the token once.
 * Redirects are not followed (`redirect: "manual"`), so no answer can send the token elsewhere.
 *
 * The raw interface answers `{ data, error, response }` as openapi-fetch does; the operation
 * functions (`getCustomer`, ...) and `paginate` take this client and throw `PartnerCenterError`.
 *
 * @example
 * const partnerCenter = createPartnerCenterClient({ credential: new ClientSecretCredential(...) });
 * const customer = await getCustomer(partnerCenter, "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10");
 *
 * @throws {PartnerCenterOptionsError} when `accessToken`/`credential` is missing, empty or both
 *   given, `cloud` is not `global`, `usgov` or `china`, `baseUrl` is not an absolute https URL
 *   (or http to loopback), `correlationId` is not a GUID, or a duration or count is negative.
 * @see https://learn.microsoft.com/en-us/partner-center/developer/partner-center-rest-urls
 * @see https://learn.microsoft.com/en-us/partner-center/developer/headers
 */
export function createPartnerCenterClient(options: PartnerCenterClientOptions): PartnerCenterClient {
  checkOption(options !== null && typeof options === "object", "options", "an object");
  const { accessToken, credential, logger, retry = {}, correlationId, locale = "en-US" } = options;
  if (credential === undefined) assertAccessToken(accessToken);
  else {
    checkOption(accessToken === undefined, "credential", "either `credential` or `accessToken`, not both");
    checkOption(typeof (credential as Partial<TokenCredentialLike> | null)?.getToken === "function", "credential", "an object with getToken(scopes)");
  }
  const cloud = options.cloud ?? "global";
  checkOption(isPartnerCenterCloud(cloud), "cloud", '"global", "usgov" or "china"', cloud);
  const baseUrl = resolveBaseUrl(options.baseUrl, cloud);
  checkOption(correlationId === undefined || isGuid(correlationId), "correlationId", "a GUID");
  checkOption(typeof locale === "string" && locale.trim() !== "", "locale", "a language tag such as en-US");
  checkOption(logger === undefined || typeof logger === "function", "logger", "a function");
  const retryOptions = { ...DEFAULT_RETRY_OPTIONS };
  for (const name of Object.keys(retryOptions) as (keyof RetryOptions)[]) {
    retryOptions[name] = numberOption(`retry.${name}`, retry[name], retryOptions[name]);
  }

  const tokens = createTokenSource(
    { accessToken, credential },
    PARTNER_CENTER_TOKEN_SCOPES[cloud],
    numberOption("refreshTokenBeforeExpiryMs", options.refreshTokenBeforeExpiryMs, 30_000),
  );
  const fetch = options.fetch ?? ((input: Request, init?: RequestInit) => globalThis.fetch(input, init));
  // The policies each attempt goes through, outermost first.
  const policies: Policy[] = [
    createAuthPolicy(tokens, baseUrl),
    createRetryPolicy(retryOptions),
    createTimeoutPolicy(numberOption("timeoutMs", options.timeoutMs, 180_000, 1)),
  ];
  if (logger) policies.push(createLoggingPolicy(logger));
  // Innermost, so a body that breaks off fails the attempt: retried, timed and logged as one.
  policies.push(createReadBodyPolicy());
  const send = composePolicies(policies, (request, { signal }) => fetch(request, { signal }));

  const client = createClient<paths, "application/json">({
    baseUrl,
    redirect: "manual",
    pathSerializer: checkedPathSerializer,
    querySerializer: checkedQuerySerializer,
    fetch: (request) => send(request, { attempt: 1, signal: request.signal }),
  });
  client.use(
    createRequestCheckMiddleware(),
    createRequestHeadersMiddleware({ correlationId, locale, application: options.application }),
  );
  return client;
}
