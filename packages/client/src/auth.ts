import type { Middleware } from "openapi-fetch";
import { PartnerCenterOptionsError } from "./errors.js";

/**
 * Returns a Microsoft Entra ID access token for the Partner Center API (audience
 * `https://api.partnercenter.microsoft.com`). Called once per request, so it can return a
 * cached token and refresh it when it nears expiry.
 */
export type AccessTokenProvider = () => string | Promise<string>;

/** An access token, or a function that returns one. */
export type AccessToken = string | AccessTokenProvider;

/** Throws {@link PartnerCenterOptionsError} unless `value` is a non-empty string or a function. */
export function assertAccessToken(value: unknown): asserts value is AccessToken {
  if (typeof value === "function") return;
  if (typeof value !== "string") {
    throw new PartnerCenterOptionsError("accessToken", `expected a string or a function, got ${typeof value}`);
  }
  if (value.trim() === "") throw new PartnerCenterOptionsError("accessToken", "the token is empty");
  if (/\s/.test(value.trim()) || /^bearer$/i.test(value.trim().split(/\s+/)[0] ?? "")) {
    throw new PartnerCenterOptionsError("accessToken", "pass the bare token, without a `Bearer ` prefix or white space");
  }
}

/**
 * openapi-fetch middleware that sets `Authorization: Bearer <token>` on every request.
 *
 * @throws {PartnerCenterOptionsError} (rejecting the request, which is then not sent) when the
 *   provider returns something other than a non-empty token.
 * @see https://learn.microsoft.com/en-us/partner-center/developer/partner-center-authentication
 */
export function createAuthMiddleware(accessToken: AccessToken): Middleware {
  return {
    async onRequest({ request }) {
      const token = typeof accessToken === "function" ? await accessToken() : accessToken;
      assertAccessToken(token);
      request.headers.set("Authorization", `Bearer ${token.trim()}`);
      return request;
    },
  };
}
