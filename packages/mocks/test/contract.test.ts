// The mock must not drift from the spec: for every operation the spec declares (derived from the
// spec, so a new operation is covered with no edit), the call its examples describe and variants
// of it, with every kind of token and in every scenario, get an answer the spec declares for that
// status: its headers, its media type, a body valid against the schema and no writeOnly field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockAccessToken, createPartnerCenterMock, type MockScenario, type PartnerCenterMock } from "../src/index.js";
import { startMockServer, type MockServer } from "../src/transport/server.js";
import { checkResponse, mockOptions } from "./support/openapi-contract.js";
import { callsFor, exampleCall, specOperations, TOKEN_VARIANTS, type SpecCall } from "./support/spec-calls.js";

const API = "https://api.partnercenter.microsoft.com";
const operations = specOperations();

async function send(mock: PartnerCenterMock, call: SpecCall, origin = API): Promise<Response> {
  const request = new Request(`${origin}${call.target}`, {
    method: call.method,
    headers: call.headers,
    ...(call.body !== undefined && call.method !== "GET" && call.method !== "HEAD" ? { body: call.body as BodyInit } : {}),
  });
  return origin === API ? mock.fetch(request) : fetch(request);
}

async function expectContract(call: SpecCall, response: Response): Promise<number> {
  const text = await response.text();
  const result = checkResponse(call.operationId, response, text);
  expect(result.declared, `${call.operationId}, ${call.label}: the spec declares no ${response.status} (${text.slice(0, 200)})`).toBe(true);
  expect(result.problems, `${call.operationId}, ${call.label} (${response.status}): ${text.slice(0, 300)}`).toEqual([]);
  return response.status;
}

describe.each(operations.map((operation) => [operation.operationId, operation] as const))("%s", (_, operation) => {
  it("answers the call its spec examples describe with its success status, and every variant as the spec declares", async () => {
    const mock = createPartnerCenterMock(mockOptions);
    const [example, ...variants] = callsFor(operation);
    const exampleStatus = await expectContract(example!, await send(mock, example!));
    expect(exampleStatus, `${operation.operationId}: the spec's example call`).toBeLessThan(300);
    for (const call of variants) await expectContract(call, await send(mock, call));
    for (const [label, authorization] of TOKEN_VARIANTS) {
      const { Authorization: _dropped, ...headers } = example!.headers;
      const call = { ...example!, label, headers: authorization === undefined ? headers : { ...headers, Authorization: authorization } };
      expect(await expectContract(call, await send(mock, call)), `${operation.operationId}, ${label}`).toBe(401);
    }
  });

  it("gives an App-only token 403 exactly when the operation requires App+User", async () => {
    const mock = createPartnerCenterMock(mockOptions);
    const call = exampleCall(operation);
    const appOnly = { ...call, label: "App-only token", headers: { ...call.headers, Authorization: `Bearer ${createMockAccessToken({ kind: "app-only" })}` } };
    const status = await expectContract(appOnly, await send(mock, appOnly));
    if (operation.security.includes("AppOnly")) expect(status).toBeLessThan(300);
    else expect(status).toBe(403);
  });
});

const SCENARIOS: MockScenario[] = [
  { kind: "throttle" },
  { kind: "throttle", retryAfterSeconds: 57 },
  { kind: "server-error" },
  { kind: "server-error", status: 500, retryAfterSeconds: 3 },
  { kind: "server-error", status: 503 },
  { kind: "server-error", status: 503, retryAfterSeconds: 30 },
];

describe("in every scenario", () => {
  it.each(SCENARIOS.map((scenario) => [JSON.stringify(scenario), scenario] as const))("%s: every operation's answer is the one the spec declares", async (_, scenario) => {
    const mock = createPartnerCenterMock(mockOptions);
    mock.scenarios.add(scenario);
    const expected = scenario.kind === "throttle" ? 429 : scenario.kind === "server-error" ? (scenario.status ?? 500) : 0;
    for (const operation of operations) {
      const call = exampleCall(operation);
      expect(await expectContract(call, await send(mock, call))).toBe(expected);
    }
  });

  it("with a network error there is no answer at all, for every operation", async () => {
    const mock = createPartnerCenterMock(mockOptions);
    mock.scenarios.add({ kind: "network-error" });
    for (const operation of operations) await expect(send(mock, exampleCall(operation)), operation.operationId).rejects.toThrow(TypeError);
  });

  it("with latency the answers are the usual ones", async () => {
    const mock = createPartnerCenterMock(mockOptions);
    mock.scenarios.add({ kind: "latency", latencyMs: 1 });
    for (const operation of operations) expect(await expectContract(exampleCall(operation), await send(mock, exampleCall(operation)))).toBeLessThan(300);
  });
});

describe("over HTTP", () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer(mockOptions);
  });
  afterAll(() => server.close());

  it("every operation's example call gets the same contract-valid answer as in-process", async () => {
    for (const operation of operations) {
      const call = exampleCall(operation);
      expect(await expectContract(call, await send(server.mock!, call, server.url)), operation.operationId).toBeLessThan(300);
    }
  });
});
