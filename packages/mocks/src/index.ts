// The public surface a partner's test needs: the mock, its store, data, scenarios and tokens,
// the spec's examples, and the two error answers for custom handlers. Everything else is
// internal and may change without notice.
export { createPartnerCenterMock, createHandlers } from "./partner-center-mock.js";
export type { PartnerCenterMock, PartnerCenterMockOptions, CreateHandlersOptions } from "./partner-center-mock.js";
export { createMockStore, MOCK_NOTE_AUTHOR } from "./store.js";
export type { MockStore, Stored } from "./store.js";
export { createDefaultSeedData, MOCK_CUSTOMER_ID, MOCK_SERVICE_REQUEST_ID, MOCK_IDS } from "./seed-data.js";
export type { MockSeedData } from "./seed-data.js";
export { OPERATION_IDS } from "./scenarios.js";
export type {
  MockScenario,
  ThrottleScenario,
  ServerErrorScenario,
  NetworkErrorScenario,
  LatencyScenario,
  ScenarioScope,
  ActiveScenario,
  ScenarioController,
} from "./scenarios.js";
export type { OperationId } from "./spec-document.js";
export { createMockAccessToken, PARTNER_CENTER_AUDIENCE, PARTNER_CENTER_AUDIENCES } from "./access-tokens.js";
export type { AccessTokenKind, MockAccessTokenOptions } from "./access-tokens.js";
export { partnerCenterErrorResponse, gatewayErrorResponse } from "./errors.js";
export type { PartnerCenterErrorDetails } from "./errors.js";
export * from "./generated/examples.js";
