// The mock must not drift from the spec: every answer it can give, success or error, in every
// scenario, is checked against the response the bundled spec declares for that status.
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  createMockAccessToken,
  createPartnerCenterMock,
  MOCK_IDS,
  serviceRequestUpdateSdkBodyExample,
  type MockScenario,
  type OperationId,
  type PartnerCenterMock,
} from "../src/index.js";
import { checkResponse, spec } from "./support/openapi-contract.js";

const API = "https://api.partnercenter.microsoft.com";
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

interface Call {
  label: string;
  operationId: OperationId;
  path: string;
  init?: RequestInit;
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const tokens = {
  opaque: bearer("contract-test-token"),
  appUser: bearer(createMockAccessToken({ kind: "app+user" })),
  appOnly: bearer(createMockAccessToken({ kind: "app-only" })),
  graphAudience: bearer(createMockAccessToken({ kind: "app+user", audience: "https://graph.windows.net" })),
  expired: bearer(createMockAccessToken({ kind: "app+user", expiresInSeconds: -60 })),
  notYetValid: bearer(createMockAccessToken({ kind: "app+user", issuedAt: new Date(Date.now() + 3_600_000) })),
  malformedJwt: bearer("eyJhbGciOiJub25lIn0.not-json.x"),
  badCharacters: { Authorization: "Bearer to\u00e9ken" },
  basic: { Authorization: "Basic dXNlcjpwYXNz" },
  none: {},
};

const UNKNOWN_CUSTOMER = "11111111-2222-4333-8444-555555555555";

/** Header and token variants every operation gets, on top of its own. */
function commonVariants(operationId: OperationId, path: string, init: RequestInit = {}): Call[] {
  const headers = (extra: Record<string, string>) => ({ ...init, headers: { ...(init.headers as Record<string, string>), ...extra } });
  const withToken = (label: string, token: Record<string, string>): Call => ({ label, operationId, path, init: { ...init, headers: { ...(init.headers as Record<string, string>), Authorization: "", ...token } } });
  return [
    { label: "opaque token", operationId, path, init: headers(tokens.opaque) },
    withToken("App+User JWT", tokens.appUser),
    withToken("App-only JWT", tokens.appOnly),
    withToken("graph.windows.net audience", tokens.graphAudience),
    withToken("expired token", tokens.expired),
    withToken("token not valid yet", tokens.notYetValid),
    withToken("malformed JWT", tokens.malformedJwt),
    withToken("token with bad characters", tokens.badCharacters),
    withToken("Basic credentials", tokens.basic),
    { label: "no Authorization", operationId, path, init: { ...init, headers: Object.fromEntries(Object.entries((init.headers as Record<string, string>) ?? {}).filter(([name]) => name !== "Authorization")) } },
    { label: "echoed IDs", operationId, path, init: headers({ ...tokens.opaque, "MS-RequestId": "4ff57220-f17b-4d8f-8e09-78334c57ba00", "MS-CorrelationId": "03d6064a-f048-4aee-8892-ed46dc5c8bee", "MS-CV": "rjLONPum/Uq94UQA.0" }) },
    { label: "MS-RequestId not a GUID", operationId, path, init: headers({ ...tokens.opaque, "MS-RequestId": "not-a-guid" }) },
    { label: "MS-CorrelationId not a GUID", operationId, path, init: headers({ ...tokens.opaque, "MS-CorrelationId": "x".repeat(300) }) },
  ];
}

function calls(mock: PartnerCenterMock): Call[] {
  const list: Call[] = [];
  const auth = { headers: tokens.opaque };
  for (const customerId of mock.store.customers.keys()) {
    list.push({ label: `customer ${customerId}`, operationId: "getCustomer", path: `/v1/customers/${customerId}`, init: auth });
    list.push({ label: `managed services of ${customerId}`, operationId: "listManagedServices", path: `/v1/customers/${customerId}/managedservices`, init: auth });
    list.push({ label: `incidents of ${customerId}`, operationId: "listCustomerServiceIncidents", path: `/v1/customers/${customerId}/serviceincidents/office`, init: auth });
  }
  const customerPaths: [OperationId, (id: string) => string][] = [
    ["getCustomer", (id) => `/v1/customers/${id}`],
    ["listManagedServices", (id) => `/v1/customers/${id}/managedservices`],
    ["listCustomerServiceIncidents", (id) => `/v1/customers/${id}/serviceincidents/office`],
  ];
  for (const [operationId, path] of customerPaths) {
    list.push(...commonVariants(operationId, path(MOCK_IDS.customers.withDelegatedAccess)));
    list.push({ label: "unknown customer", operationId, path: path(UNKNOWN_CUSTOMER), init: auth });
    list.push({ label: "upper-case customer ID", operationId, path: path(MOCK_IDS.customers.withDelegatedAccess.toUpperCase()), init: auth });
    list.push({ label: "customer ID not a GUID", operationId, path: path("not-a-guid"), init: auth });
    list.push({ label: "very long customer ID", operationId, path: path("9".repeat(3000)), init: auth });
  }
  const incidents = `/v1/customers/${MOCK_IDS.customers.throughIndirectReseller}/serviceincidents/office`;
  const filter = (value: unknown) => `${incidents}?filter=${encodeURIComponent(typeof value === "string" ? value : JSON.stringify(value))}`;
  const filters: [string, string][] = [
    ["unresolved filter", filter({ Field: "Resolved", Value: "false", Operator: "equals" })],
    ["resolved filter, camelCase", filter({ field: "resolved", value: "TRUE", operator: "Equals" })],
    ["not_equals filter", filter({ Field: "Resolved", Value: "true", Operator: "not_equals" })],
    ["compound filter", filter({ LeftFilter: { Field: "Resolved", Value: "true", Operator: "equals" }, RightFilter: { Field: "Resolved", Value: "false", Operator: "equals" }, Operator: "or" })],
    ["filter not JSON", filter("{nope")],
    ["filter a JSON array", filter("[]")],
    ["filter missing Operator", filter({ Field: "Resolved", Value: "false" })],
    ["filter on another field", filter({ Field: "Workload", Value: "Exchange", Operator: "equals" })],
    ["filter with an unsupported operator", filter({ Field: "Resolved", Value: "false", Operator: "starts_with" })],
    ["filter nested too deep", filter(JSON.parse(`${'{"LeftFilter":'.repeat(40)}{}${"}".repeat(40)}`))],
    ["bare filter.operator", `${incidents}?filter.operator=equals`],
    ["filter.operator ordinal", `${incidents}?filter.operator=7`],
    ["filter.operator unknown", `${incidents}?filter.operator=like`],
  ];
  for (const [label, path] of filters) list.push({ label, operationId: "listCustomerServiceIncidents", path, init: auth });

  const patch = (label: string, body: BodyInit | undefined, extra: Record<string, string> = {}, id: string = MOCK_IDS.serviceRequests.open): Call => ({
    label,
    operationId: "updateServiceRequest",
    path: `/v1/servicerequests/${encodeURIComponent(id)}`,
    init: { method: "PATCH", headers: { ...tokens.opaque, "Content-Type": "application/json", ...extra }, ...(body === undefined ? {} : { body }) },
  });
  const json = JSON.stringify;
  list.push(
    ...commonVariants("updateServiceRequest", `/v1/servicerequests/${MOCK_IDS.serviceRequests.open}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: json({ newNote: { text: "contract" } }),
    }),
    patch("the SDK's PascalCase body", json(serviceRequestUpdateSdkBodyExample)),
    patch("close", json({ status: "closed" })),
    patch("reopen a closed one", json({ Status: "open" }), {}, MOCK_IDS.serviceRequests.closed),
    patch("attention_needed", json({ status: "Attention_Needed" })),
    patch("only placeholders", json({ Severity: "unknown", Status: "none", CreatedDate: "0001-01-01T00:00:00", Title: null })),
    patch("unknown service request", json({ newNote: { text: "x" } }), {}, "999999999999999"),
    patch("odd service request ID", json({ newNote: { text: "x" } }), {}, "\u00e9 \u2603 ../x"),
    patch("not JSON", "{not json"),
    patch("a JSON array", "[]"),
    patch("a JSON string", '"text"'),
    patch("an empty body", undefined),
    patch("text/plain", json({ newNote: { text: "x" } }), { "Content-Type": "text/plain" }),
    patch("a wrong type", json({ title: 5, newNote: { text: 3 } })),
    patch("a bad enum value", json({ status: "pending" })),
    patch("an empty note", json({ newNote: { text: " " } })),
    patch("duplicate casings", json({ status: "open", Status: "closed" })),
    patch("binary bytes", new Uint8Array([0xff, 0xfe, 0x00, 0x01])),
    patch("replay 1", json({ newNote: { text: "once" } }), { "MS-RequestId": "f9a030bd-e492-4c1a-9c70-021f18234981" }),
    patch("replay 2", json({ newNote: { text: "once" } }), { "MS-RequestId": "f9a030bd-e492-4c1a-9c70-021f18234981" }),
  );
  return list;
}

const SCENARIOS: (MockScenario | undefined)[] = [
  undefined,
  { kind: "latency", latencyMs: 1 },
  { kind: "throttle" },
  { kind: "throttle", retryAfterSeconds: 57 },
  { kind: "server-error" },
  { kind: "server-error", status: 500, retryAfterSeconds: 3 },
  { kind: "server-error", status: 503 },
  { kind: "server-error", status: 503, retryAfterSeconds: 30 },
];

async function expectContract(call: Call, response: Response): Promise<void> {
  const text = await response.text();
  const result = checkResponse(call.operationId, response, text);
  expect(result.declared, `${call.label}: the spec declares no ${response.status} for ${call.operationId}`).toBe(true);
  expect(result.problems, `${call.label} (${response.status}): ${text.slice(0, 200)}`).toEqual([]);
}

describe("every answer matches the spec's declared response for its status", () => {
  it.each(SCENARIOS.map((scenario) => [scenario ? JSON.stringify(scenario) : "no scenario", scenario] as const))("with %s", async (_, scenario) => {
    const mock = createPartnerCenterMock();
    server.use(...mock.handlers);
    if (scenario) mock.scenarios.add(scenario);
    const statuses = new Set<number>();
    for (const call of calls(mock)) {
      const response = await fetch(`${API}${call.path}`, call.init);
      statuses.add(response.status);
      await expectContract(call, response);
    }
    if (scenario?.kind === "throttle") expect([...statuses]).toEqual([429]);
    if (scenario?.kind === "server-error") expect([...statuses]).toEqual([scenario.status ?? 500]);
    if (!scenario || scenario.kind === "latency") expect([...statuses].sort()).toEqual([200, 400, 401, 403, 404]);
  }, 30_000);

  it("with a network error: there is no answer at all, for every operation", async () => {
    const mock = createPartnerCenterMock();
    server.use(...mock.handlers);
    mock.scenarios.add({ kind: "network-error" });
    for (const call of calls(mock).slice(0, 40)) {
      await expect(fetch(`${API}${call.path}`, call.init), call.label).rejects.toThrow(TypeError);
    }
  });

  it.each([1, 2, 3])("for the customers and service requests generated from random seed %i", async (randomSeed) => {
    const mock = createPartnerCenterMock({ randomSeed, generatedCustomerCount: 6 });
    server.use(...mock.handlers);
    expect(mock.store.customers.size).toBe(9);
    for (const call of calls(mock).filter((candidate) => /^(customer|managed services of|incidents of) [0-9a-f]{8}-/.test(candidate.label))) {
      const response = await fetch(`${API}${call.path}`, call.init);
      expect(response.status, call.label).toBe(200);
      await expectContract(call, response);
    }
    for (const id of mock.store.serviceRequests.keys()) {
      const call: Call = { label: `close ${id}`, operationId: "updateServiceRequest", path: `/v1/servicerequests/${id}`, init: { method: "PATCH", headers: { ...tokens.opaque, "Content-Type": "application/json" }, body: JSON.stringify({ status: "closed", newNote: { text: "done" } }) } };
      const response = await fetch(`${API}${call.path}`, call.init);
      expect(response.status, call.label).toBe(200);
      await expectContract(call, response);
    }
  });
});

describe("the contract checker itself", () => {
  it("reads the bundled spec, which declares the four operations", () => {
    const operationIds = Object.values(spec.paths).flatMap((item) => Object.values(item).map((operation) => (operation as { operationId?: string }).operationId));
    expect(operationIds.filter(Boolean).sort()).toEqual(["getCustomer", "listCustomerServiceIncidents", "listManagedServices", "updateServiceRequest"]);
  });

  it("rejects an answer that drifts from the spec", () => {
    const headers = { "Content-Type": "application/json; charset=utf-8" };
    const drifted = checkResponse("getCustomer", new Response(null, { status: 200, headers }), JSON.stringify({ id: 5, relationshipToPartner: "friend" }));
    expect(drifted.problems.join("\n")).toMatch(/header MS-RequestId is missing/);
    expect(drifted.problems.join("\n")).toMatch(/body: .*id must be string/);
    const leaked = checkResponse("updateServiceRequest", new Response(null, { status: 200, headers }), JSON.stringify({ newNote: { text: "x" } }));
    expect(leaked.problems.join("\n")).toMatch(/body\.newNote is writeOnly/);
    const throttled = checkResponse("getCustomer", new Response(null, { status: 429, headers }), JSON.stringify({ statusCode: 429, message: "x" }));
    expect(throttled.problems.join("\n")).toMatch(/Retry-After is missing \(required by the spec\)/);
    expect(checkResponse("getCustomer", new Response(null, { status: 418 }), "").declared).toBe(false);
  });
});
