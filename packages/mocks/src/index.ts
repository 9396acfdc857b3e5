// The public surface a partner's test needs: the mock, its store, scenarios and tokens, the
// spec's examples, and the two error answers for custom handlers. Everything else is internal
// and may change without notice.
export { createPartnerCenterMock, createHandlers } from "./partner-center-mock.js";
export type { PartnerCenterMock, PartnerCenterMockOptions, CreateHandlersOptions } from "./partner-center-mock.js";
export { createMockStore } from "./state/store.js";
export type { MockStore, MockSeedData, ResourceRecord, Scope } from "./state/store.js";
export { MOCK_NOTE_AUTHOR } from "./state/rules/service-requests.js";
export { AUDIT_COLLECTION, MOCK_PARTNER_TENANT_ID } from "./state/audit.js";
export { MOCK_CUSTOMER_ID, MOCK_SERVICE_REQUEST_ID } from "./example-ids.js";
export type {
  MockScenario,
  ThrottleScenario,
  ServerErrorScenario,
  NetworkErrorScenario,
  LatencyScenario,
  ScenarioScope,
  ActiveScenario,
  ScenarioController,
} from "./pipeline/scenarios.js";
export type { OperationId } from "@partnercenter/types";
export { createMockAccessToken, PARTNER_CENTER_AUDIENCE, PARTNER_CENTER_AUDIENCES } from "./access-tokens.js";
export type { AccessTokenKind, MockAccessTokenOptions } from "./access-tokens.js";
export { partnerCenterErrorResponse, gatewayErrorResponse } from "./errors.js";
export type { PartnerCenterErrorDetails } from "./errors.js";
export * from "./generated/examples.js";
