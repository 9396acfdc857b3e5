import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createPartnerCenterMock, MOCK_CUSTOMER_ID, MOCK_SERVICE_REQUEST_ID, type MockScenario, type PartnerCenterMock } from "../src/index.js";
import { storedServiceRequest } from "./support/fixtures.js";

const API = "https://api.partnercenter.microsoft.com";
const AUTH = { Authorization: "Bearer test-token" };
let mock: PartnerCenterMock;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(() => {
  mock = createPartnerCenterMock();
  server.resetHandlers(...mock.handlers);
});
afterEach(() => vi.useRealTimers());
afterAll(() => server.close());

const getCustomer = (headers: HeadersInit = AUTH) => fetch(`${API}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers });
const listManagedServices = () => fetch(`${API}/v1/customers/${MOCK_CUSTOMER_ID}/managedservices`, { headers: AUTH });
const addNote = (text: string) =>
  fetch(`${API}/v1/servicerequests/${MOCK_SERVICE_REQUEST_ID}`, {
    method: "PATCH",
    headers: { ...AUTH, "Content-Type": "application/json" },
    body: JSON.stringify({ newNote: { text } }),
  });

describe("throttling", () => {
  it("answers 429 with Retry-After in seconds and the gateway body, for the next N calls only", async () => {
    mock.scenarios.add({ kind: "throttle", operation: "getCustomer", times: 2, retryAfterSeconds: 57 });
    for (let call = 0; call < 2; call += 1) {
      const response = await getCustomer({ ...AUTH, "MS-RequestId": "4ff57220-f17b-4d8f-8e09-78334c57ba00" });
      expect(response.status).toBe(429);
      expect(response.headers.get("Retry-After")).toBe("57");
      expect(response.headers.get("MS-RequestId")).toBe("4ff57220-f17b-4d8f-8e09-78334c57ba00");
      expect(await response.json()).toEqual({ statusCode: 429, message: "Rate limit is exceeded. Try again in 57 seconds." });
    }
    expect((await getCustomer()).status).toBe(200);
    expect(mock.scenarios.list()).toEqual([]);
  });

  it("defaults to Retry-After: 1", async () => {
    mock.scenarios.add({ kind: "throttle" });
    const response = await getCustomer();
    expect(response.headers.get("Retry-After")).toBe("1");
    expect((await response.json()).message).toBe("Rate limit is exceeded. Try again in 1 second.");
  });

  it("applies only to the operations named, and to every operation when none is", async () => {
    mock.scenarios.add({ kind: "throttle", operation: ["listManagedServices", "updateServiceRequest"] });
    expect((await getCustomer()).status).toBe(200);
    expect((await listManagedServices()).status).toBe(429);
    expect((await addNote("x")).status).toBe(429);
    mock.scenarios.reset();
    mock.scenarios.add({ kind: "throttle" });
    expect((await getCustomer()).status).toBe(429);
  });

  it("comes before authentication, like a gateway in front of the service, and a throttled PATCH changes nothing", async () => {
    mock.scenarios.add({ kind: "throttle" });
    expect((await getCustomer({})).status).toBe(429);
    const notes = storedServiceRequest(mock.store, MOCK_SERVICE_REQUEST_ID)?.notes?.length;
    expect((await addNote("throttled")).status).toBe(429);
    expect(storedServiceRequest(mock.store, MOCK_SERVICE_REQUEST_ID)?.notes?.length).toBe(notes);
  });

  it("lasts until removed, until the scenarios are reset, or until the mock is reset", async () => {
    const throttle = mock.scenarios.add({ kind: "throttle" });
    expect(throttle.remaining).toBe(Number.POSITIVE_INFINITY);
    for (let call = 0; call < 5; call += 1) expect((await getCustomer()).status).toBe(429);
    throttle.remove();
    expect((await getCustomer()).status).toBe(200);
    mock.scenarios.add({ kind: "throttle" });
    mock.scenarios.reset();
    expect((await getCustomer()).status).toBe(200);
    mock.scenarios.add({ kind: "throttle" });
    mock.reset();
    expect((await getCustomer()).status).toBe(200);
  });

  it("counts down what is left", async () => {
    const throttle = mock.scenarios.add({ kind: "throttle", times: 3, operation: "getCustomer" });
    await getCustomer();
    await listManagedServices();
    expect(throttle.remaining).toBe(2);
    expect(mock.scenarios.list().map((active) => active.remaining)).toEqual([2]);
  });
});

describe("server errors", () => {
  it("answers 500 with the Partner Center envelope (code 800003)", async () => {
    mock.scenarios.add({ kind: "server-error", times: 1 });
    const response = await getCustomer();
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ code: 800003, description: "Unexpected service error", data: [], source: "PartnerFD" });
    expect(response.headers.get("Retry-After")).toBeNull();
    expect((await getCustomer()).status).toBe(200);
  });

  it("answers 503 with the gateway body, and Retry-After when asked", async () => {
    mock.scenarios.add({ kind: "server-error", status: 503, retryAfterSeconds: 30 });
    const response = await listManagedServices();
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("30");
    expect(await response.json()).toEqual({ statusCode: 503, message: "The service is unavailable. Try again later." });
  });
});

describe("network errors", () => {
  it("makes fetch reject with a TypeError for the next N calls, and changes nothing", async () => {
    mock.scenarios.add({ kind: "network-error", operation: "updateServiceRequest", times: 2 });
    await expect(addNote("lost")).rejects.toThrow(TypeError);
    await expect(addNote("lost")).rejects.toThrow(TypeError);
    expect((await addNote("arrived")).status).toBe(200);
    const texts = storedServiceRequest(mock.store, MOCK_SERVICE_REQUEST_ID)?.notes?.map((note) => note.text);
    expect(texts).not.toContain("lost");
    expect(texts).toContain("arrived");
  });
});

describe("latency", () => {
  it("holds the answer back for latencyMs (driven by fake timers), then answers normally", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    mock.scenarios.add({ kind: "latency", latencyMs: 5_000, times: 1 });
    let settled = false;
    const pending = getCustomer().then((response) => {
      settled = true;
      return response;
    });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).status).toBe(200);
    expect(settled).toBe(true);
  });

  it("combines with another scenario: the throttled answer comes late", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    mock.scenarios.add({ kind: "latency", latencyMs: 1_000 });
    mock.scenarios.add({ kind: "throttle" });
    let settled = false;
    const pending = getCustomer().finally(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).status).toBe(429);
  });
});

describe("scenarios.add", () => {
  it.each([
    [{ kind: "slow" }, /kind must be one of throttle, server-error, network-error, latency, got "slow"/],
    [{ kind: "throttle", operation: "getCustomers" }, /operation "getCustomers" is not an operationId of the spec/],
    [{ kind: "throttle", operation: 5 }, /operation must be an operationId or an array of them/],
    [{ kind: "throttle", times: 0 }, /times must be a whole number from 1/],
    [{ kind: "throttle", times: 1.5 }, /times must be a whole number from 1/],
    [{ kind: "throttle", retryAfterSeconds: -1 }, /retryAfterSeconds must be a whole number of seconds from 0, got -1/],
    [{ kind: "server-error", status: 502 }, /status must be 500 or 503, got 502/],
    [{ kind: "latency" }, /latencyMs must be a number of milliseconds from 0 to 2147483647, got undefined/],
    [{ kind: "latency", latencyMs: -5 }, /latencyMs must be a number of milliseconds/],
    [null, /expected a scenario object/],
  ])("throws a TypeError naming what is wrong with %j", (scenario, message) => {
    expect(() => mock.scenarios.add(scenario as unknown as MockScenario)).toThrow(TypeError);
    expect(() => mock.scenarios.add(scenario as unknown as MockScenario)).toThrow(message);
    expect(mock.scenarios.list()).toEqual([]);
  });
});
