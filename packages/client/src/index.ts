export { createPartnerCenterClient } from "./client.js";
export type { PartnerCenterClient, PartnerCenterClientOptions } from "./client.js";
export type { AccessToken, AccessTokenProvider } from "./auth.js";
export { PARTNER_CENTER_BASE_URLS } from "./clouds.js";
export type { PartnerCenterCloud } from "./clouds.js";
export { PartnerCenterOptionsError } from "./errors.js";
