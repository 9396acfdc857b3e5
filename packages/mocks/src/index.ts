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
export { createMockAccessToken, readAccessToken, PARTNER_CENTER_AUDIENCE, PARTNER_CENTER_AUDIENCES } from "./access-tokens.js";
export type { AccessTokenKind, MockAccessTokenOptions, ReadAccessToken } from "./access-tokens.js";
export { bearerToken, WWW_AUTHENTICATE } from "./auth.js";
export { parseIncidentFilter } from "./incident-filter.js";
export type { IncidentFilter } from "./incident-filter.js";
export { partnerCenterErrorResponse, gatewayErrorResponse, MAX_ERROR_DESCRIPTION_CHARS } from "./errors.js";
export type { PartnerCenterErrorDetails } from "./errors.js";
export { partnerCenterResponseHeaders, createCorrelationVector, MOCK_SERVER_ID } from "./response-headers.js";
export type { ResponseHeaderContext } from "./response-headers.js";
export { createValueSource } from "./value-source.js";
export type { ValueSource } from "./value-source.js";
export * from "./generated/examples.js";
