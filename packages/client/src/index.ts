export { createPartnerCenterClient } from "./client.js";
export type { PartnerCenterClient, PartnerCenterClientOptions } from "./client.js";
export type { AccessToken, AccessTokenProvider, TokenCredentialLike } from "./auth.js";
export type { AccessTokenInfo } from "./token-cache.js";
export { PARTNER_CENTER_BASE_URLS, PARTNER_CENTER_TOKEN_SCOPES } from "./clouds.js";
export type { PartnerCenterCloud } from "./clouds.js";
export { PartnerCenterArgumentError, PartnerCenterError, PartnerCenterOptionsError } from "./errors.js";
export type { PartnerCenterErrorCategory, PartnerCenterErrorDetails } from "./errors.js";
export { RETRYABLE_STATUSES } from "./retry.js";
export type { RetryOptions } from "./retry.js";
export { LOGGED_HEADERS } from "./logging.js";
export type { PartnerCenterLogEntry, PartnerCenterLogger } from "./logging.js";
export { readResponseInfo } from "./response-info.js";
export type { PartnerCenterResponseInfo } from "./response-info.js";
export type { CallOptions } from "./call.js";
export {
  addServiceRequestNote,
  getCustomer,
  listCustomerServiceIncidents,
  listManagedServices,
  updateServiceRequest,
} from "./operations.js";
export type { ServiceIncidentOptions, ServiceRequestUpdate } from "./operations.js";
export { serviceIncidentFilter } from "./incident-filter.js";
export { paginate } from "./paginate.js";
export type { CollectionOf, CollectionPath, ItemOf, PageRequest, PartnerCenterPager } from "./paginate.js";
