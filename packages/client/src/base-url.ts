import { PARTNER_CENTER_BASE_URLS, type PartnerCenterCloud } from "./clouds.js";
import { PartnerCenterOptionsError } from "./errors.js";

/** `localhost`, `*.localhost`, `127.0.0.0/8` and `[::1]`: hosts that never leave the machine. */
export function isLoopbackHost(hostname: string): boolean {
  return /^(?:localhost|.+\.localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i.test(hostname);
}

/**
 * The API root requests go to: `baseUrl` when given (normalised, without a trailing slash),
 * otherwise the cloud's. A bearer token is never sent over plain `http://` except to a loopback
 * host (a local mock).
 *
 * @throws {PartnerCenterOptionsError} (`baseUrl`) when it is not an absolute `https:` URL, or
 *   `http:` to a loopback host, or carries a user name, password, query string or fragment
 */
export function resolveBaseUrl(baseUrl: string | undefined, cloud: PartnerCenterCloud): string {
  if (baseUrl === undefined) return PARTNER_CENTER_BASE_URLS[cloud];
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new PartnerCenterOptionsError("baseUrl", `expected an absolute URL, got ${JSON.stringify(baseUrl)}`);
  }
  const { protocol } = url;
  if (protocol !== "https:" && (protocol !== "http:" || !isLoopbackHost(url.hostname))) {
    throw new PartnerCenterOptionsError("baseUrl", `expected https:, or http: to a loopback host (the token must not travel in clear), got ${url.protocol}//${url.host}`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new PartnerCenterOptionsError("baseUrl", "must not have a user, password, query or fragment");
  }
  return url.href.replace(/\/+$/, "");
}
