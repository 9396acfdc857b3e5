import { checkOption, PartnerCenterArgumentError } from "./errors.js";
import type { Policy } from "./pipeline.js";
import { rememberSecrets, secretsOf } from "./redaction.js";
import { createTokenCache, type AccessTokenInfo, type TokenCache } from "./token-cache.js";

/**
 * Returns a Microsoft Entra ID access token for the Partner Center API (audience
 * `https://api.partnercenter.microsoft.com`, or the 21Vianet one for `china`), sync or async.
 * A string is asked for again before every request (cache it yourself); an
 * {@link AccessTokenInfo} with `expiresOnTimestamp` is cached by the client until shortly before
 * it expires. Concurrent requests share one pending call.
 */
export type AccessTokenProvider = () => string | AccessTokenInfo | Promise<string | AccessTokenInfo>;

/** An access token, or a function that returns one. */
export type AccessToken = string | AccessTokenProvider;

/**
 * Anything shaped like `@azure/identity`'s `TokenCredential` (`ClientSecretCredential`,
 * `DefaultAzureCredential`, ...), without depending on that package. The client asks it for the
 * cloud's `.default` scope and caches the answer until shortly before `expiresOnTimestamp`.
 */
export interface TokenCredentialLike {
  getToken(scopes: string[]): Promise<{ token: string; expiresOnTimestamp: number } | null>;
}

/** Throws {@link PartnerCenterOptionsError} unless `value` is a non-empty string or a function. */
export function assertAccessToken(value: unknown, option = "accessToken"): asserts value is AccessToken {
  if (typeof value === "function") return;
  checkOption(typeof value === "string", option, "a token string or a function", value === null ? "null" : typeof value);
  checkOption(/^\s*\S+\s*$/.test(value as string), option, "a non-empty bare token, without `Bearer ` or spaces");
}

/** Checks what a provider or credential returned; never quotes the token. */
function toTokenInfo(value: unknown, option: string): AccessTokenInfo {
  const info = (typeof value === "string" ? { token: value } : value) as AccessTokenInfo | null | undefined;
  checkOption(info?.token, option, "a token from the provider, got none");
  assertAccessToken(info!.token, option);
  return { token: info!.token.trim(), expiresOnTimestamp: info!.expiresOnTimestamp };
}

/** Where the auth policy gets its token: a fixed string cannot be refreshed. */
export type TokenSource = TokenCache | { get(): string; refresh?: undefined };

/**
 * Turns the client's `accessToken` or `credential` into a {@link TokenSource}.
 *
 * @param scope the scope a credential is asked for, e.g. `https://api.partnercenter.microsoft.com/.default`
 * @param refreshBeforeExpiryMs how long before expiry, in ms, a cached token is replaced
 */
export function createTokenSource(
  auth: { accessToken?: AccessToken | undefined; credential?: TokenCredentialLike | undefined },
  scope: string,
  refreshBeforeExpiryMs: number,
): TokenSource {
  const { accessToken, credential } = auth;
  if (credential !== undefined) {
    return createTokenCache(async () => toTokenInfo(await credential.getToken([scope]), "credential"), refreshBeforeExpiryMs);
  }
  if (typeof accessToken === "function") {
    return createTokenCache(async () => toTokenInfo(await accessToken(), "accessToken"), refreshBeforeExpiryMs);
  }
  const token = (accessToken as string).trim();
  return { get: () => token };
}

/**
 * Sets `Authorization: Bearer <token>`, and after a 401 refreshes the token once and sends the
 * call once more (not when the source has no newer token, nor for a fixed string). Refuses,
 * before anything is sent, a request to any URL outside `baseUrl` (a per-call `baseUrl`, an
 * absolute link), so the token never reaches another host. Each token sent is recorded against
 * the request and its answer (see `redaction.ts`), so errors and log lines built from them
 * redact it by value.
 *
 * @param baseUrl the client's API root, without a trailing slash
 * @throws {PartnerCenterArgumentError} (`url`) for a request outside `baseUrl`
 * @throws {PartnerCenterOptionsError} when the provider or credential returns no usable token
 * @see https://learn.microsoft.com/en-us/partner-center/developer/partner-center-authentication
 */
export function createAuthPolicy(tokens: TokenSource, baseUrl: string): Policy {
  const root = `${baseUrl}/`;
  return async (request, context, next) => {
    if (!request.url.startsWith(root)) {
      throw new PartnerCenterArgumentError("url", `${new URL(request.url).origin} is not ${baseUrl}: refusing to send it the token`);
    }
    const token = await tokens.get();
    const send = async (sentToken: string) => {
      request.headers.set("Authorization", `Bearer ${sentToken}`);
      // What is built from this request or its answer (errors, log lines) redacts the token.
      rememberSecrets(request, [sentToken]);
      const response = await next(request, context);
      rememberSecrets(response, secretsOf(request));
      return response;
    };
    const response = await send(token);
    if (response.status !== 401 || !tokens.refresh) return response;
    const refreshed = await tokens.refresh(token);
    if (refreshed === token) return response;
    response.body?.cancel().catch(() => undefined);
    return send(refreshed);
  };
}
