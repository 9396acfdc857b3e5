/**
 * The Partner Center clouds this client can address.
 *
 * - `global`: the commercial cloud.
 * - `usgov`: Partner Center for Microsoft Cloud for US Government. Its REST host and token
 *   audience are the global ones; only the token authority differs (`login.microsoftonline.us`),
 *   which is the token provider's business.
 * - `china`: Partner Center operated by 21Vianet, with its own host and token audience.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/partner-center-rest-urls
 * @see https://learn.microsoft.com/en-us/partner-center/developer/developing-for-partner-center-for-microsoft-national-cloud
 */
export type PartnerCenterCloud = "global" | "usgov" | "china";

/** REST base URL of each cloud, without a trailing slash and without the `/v1` version segment. */
export const PARTNER_CENTER_BASE_URLS: Readonly<Record<PartnerCenterCloud, string>> = Object.freeze({
  global: "https://api.partnercenter.microsoft.com",
  usgov: "https://api.partnercenter.microsoft.com",
  china: "https://partner.partnercenterapi.microsoftonline.cn",
});

/**
 * The scope a `TokenCredential` is asked for in each cloud: the Partner Center API's resource
 * (the token audience) followed by `/.default`.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/enable-secure-app-model
 * @see https://learn.microsoft.com/partner-center/developer/deprecate-azure-active-directory-graph-token
 */
export const PARTNER_CENTER_TOKEN_SCOPES: Readonly<Record<PartnerCenterCloud, string>> = Object.freeze({
  global: "https://api.partnercenter.microsoft.com/.default",
  usgov: "https://api.partnercenter.microsoft.com/.default",
  china: "https://partner.partnercenterapi.microsoftonline.cn/.default",
});

export function isPartnerCenterCloud(value: unknown): value is PartnerCenterCloud {
  return typeof value === "string" && Object.hasOwn(PARTNER_CENTER_BASE_URLS, value);
}
