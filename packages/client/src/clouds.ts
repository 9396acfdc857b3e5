/**
 * The Partner Center clouds this client can address.
 *
 * - `global`: the commercial cloud.
 * - `usgov`: Partner Center for Microsoft Cloud for US Government. Its REST host is the global
 *   one; only the token authority differs (`login.microsoftonline.us`).
 * - `china`: Partner Center operated by 21Vianet.
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

export function isPartnerCenterCloud(value: unknown): value is PartnerCenterCloud {
  return typeof value === "string" && Object.hasOwn(PARTNER_CENTER_BASE_URLS, value);
}
