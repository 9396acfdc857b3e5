import { Agent, request as httpRequest } from "node:http";
import { connect } from "node:net";
import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it } from "vitest";
import { createPartnerCenterMock, customerExample, MOCK_CUSTOMER_ID, MOCK_SERVICE_REQUEST_ID, type ActiveScenario } from "../src/index.js";
import { FIXTURE_IDS, storedServiceRequest } from "./support/fixtures.js";
import { startMockServer, type MockServer } from "../src/transport/server.js";
import { checkAgainstComponents, checkResponse } from "./support/openapi-contract.js";

const AUTH = { Authorization: "Bearer t" };
let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const patchNote = (url: string, init: RequestInit = {}) =>
  fetch(`${url}/v1/servicerequests/${MOCK_SERVICE_REQUEST_ID}`, { method: "PATCH", headers: { ...AUTH, "Content-Type": "application/json" }, ...init });

/** Sends raw bytes and returns what the server wrote back before closing. */
function rawExchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.end(bytes));
    let received = "";
    socket.on("data", (chunk) => (received += chunk.toString("latin1")));
    socket.on("close", () => resolve(received));
    socket.on("error", reject);
  });
}

describe("startMockServer", () => {
  it("serves the mock over real HTTP on a free loopback port, with Content-Length", async () => {
    server = await startMockServer();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
    const response = await fetch(`${server.url}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: AUTH });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const text = await response.text();
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(text)));
    expect(JSON.parse(text)).toEqual(customerExample);
  });

  it("passes a PATCH body through to the mock, whose store the server exposes", async () => {
    server = await startMockServer();
    const response = await patchNote(server.url, { body: JSON.stringify({ NewNote: { Text: "over HTTP" } }) });
    expect(response.status).toBe(200);
    expect((await response.json()).notes.at(-1).text).toBe("over HTTP");
    expect(server.mock && storedServiceRequest(server.mock.store, MOCK_SERVICE_REQUEST_ID)?.notes?.at(-1)?.text).toBe("over HTTP");
  });

  it("takes the mock options (a random seed) or a mock, and serves custom handlers without one", async () => {
    server = await startMockServer({ randomSeed: 5 });
    const seeded = server.mock?.store.list("customers").map((customer) => customer.id);
    expect(seeded).toEqual(createPartnerCenterMock({ randomSeed: 5 }).store.list("customers").map((customer) => customer.id));
    expect(seeded).not.toEqual(createPartnerCenterMock().store.list("customers").map((customer) => customer.id));
    await server.close();
    server = await startMockServer({ handlers: [http.get("*/ping", () => HttpResponse.json({ pong: true }))] });
    expect(server.mock).toBeUndefined();
    expect(await (await fetch(`${server.url}/ping`)).json()).toEqual({ pong: true });
  });

  it("answers an unknown route with the gateway's 404 body and the service's headers", async () => {
    server = await startMockServer();
    for (const [method, path] of [["GET", "/v1/nothing-here"], ["DELETE", `/v1/customers/${MOCK_CUSTOMER_ID}`], ["GET", "/"]]) {
      const response = await fetch(`${server.url}${path}`, { method, headers: AUTH });
      expect(response.status).toBe(404);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ statusCode: 404, message: "Resource not found" });
      expect(checkAgainstComponents(response, text, "GatewayError", "NotFound")).toEqual([]);
    }
  });

  it("drops the connection for a network-error scenario, and keeps serving", async () => {
    server = await startMockServer();
    server.mock?.scenarios.add({ kind: "network-error", operation: "getCustomer", times: 1 });
    await expect(fetch(`${server.url}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: AUTH })).rejects.toThrow(TypeError);
    expect((await fetch(`${server.url}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: AUTH })).status).toBe(200);
  });

  it("serves scenarios with their declared headers, e.g. throttling", async () => {
    server = await startMockServer();
    server.mock?.scenarios.add({ kind: "throttle", retryAfterSeconds: 7 });
    const response = await fetch(`${server.url}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: AUTH });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
    expect(checkResponse("getCustomer", response, await response.text()).problems).toEqual([]);
  });

  it("listens on the port asked for, and frees it on close", async () => {
    const first = await startMockServer();
    const { port } = first;
    await first.close();
    server = await startMockServer({ port });
    expect(server.port).toBe(port);
    await expect(startMockServer({ port })).rejects.toThrow(/EADDRINUSE/);
  });

  it.each([
    [{ port: 70_000 }, /port must be a whole number from 0 to 65535, got 70000/],
    [{ maxBodyBytes: -1 }, /maxBodyBytes must be a whole number from 0/],
    [{ closeTimeoutMs: 1.5 }, /closeTimeoutMs must be a whole number from 0/],
  ])("refuses %j with a RangeError naming the option", async (options, message) => {
    await expect(startMockServer(options)).rejects.toThrow(RangeError);
    await expect(startMockServer(options)).rejects.toThrow(message);
  });
});

describe("request bodies over the limit", () => {
  it("get 413 with the gateway body (1 MiB by default), and the connection is closed", async () => {
    server = await startMockServer();
    const atLimit = await patchNote(server.url, { body: "x".repeat(1_048_576) });
    expect(atLimit.status).toBe(400);
    const over = await patchNote(server.url, { body: "x".repeat(1_048_577) });
    expect(over.status).toBe(413);
    expect(over.headers.get("connection")).toBe("close");
    const text = await over.text();
    expect(JSON.parse(text)).toEqual({ statusCode: 413, message: "Request body too large: the limit is 1048576 bytes." });
    expect(checkAgainstComponents(over, text, "GatewayError", "BadRequest")).toEqual([]);
  });

  it("also when the body is streamed without Content-Length, with a configured maxBodyBytes", async () => {
    server = await startMockServer({ maxBodyBytes: 1024 });
    const chunk = new TextEncoder().encode("y".repeat(600));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk);
        controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await patchNote(server.url, { body, duplex: "half" } as RequestInit);
    expect(response.status).toBe(413);
    expect((await response.json()).message).toMatch(/limit is 1024 bytes/);
  });

  it("far over the limit: the server answers 413 or drops the connection, and keeps serving", async () => {
    server = await startMockServer({ maxBodyBytes: 1024 });
    const outcome = await patchNote(server.url, { body: "z".repeat(4_000_000) }).then(
      (response) => response.status,
      () => "dropped",
    );
    expect([413, "dropped"]).toContain(outcome);
    expect((await fetch(`${server.url}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: AUTH })).status).toBe(200);
  });
});

describe("malformed HTTP", () => {
  it("answers 400 to garbage and to request targets that are not paths, and keeps serving", async () => {
    server = await startMockServer();
    expect(await rawExchange(server.port, "NOT HTTP AT ALL\r\n\r\n")).toMatch(/^HTTP\/1\.1 400/);
    const absolute = await rawExchange(server.port, `GET http://example.com/v1/customers/${MOCK_CUSTOMER_ID} HTTP/1.1\r\nHost: example.com\r\nAuthorization: Bearer t\r\n\r\n`);
    expect(absolute).toMatch(/^HTTP\/1\.1 400/);
    expect(absolute).toContain('"statusCode":400');
    expect(await rawExchange(server.port, "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n")).toMatch(/^HTTP\/1\.1 400/);
    // TRACE, which fetch cannot represent, gets the gateway's 404; Node's parser answers TRACK
    // with 400 and closes CONNECT itself.
    const trace = await rawExchange(server.port, `TRACE /v1/customers/${MOCK_CUSTOMER_ID} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(trace).toMatch(/^HTTP\/1\.1 404[\s\S]*"Resource not found"/);
    expect(await rawExchange(server.port, "TRACK / HTTP/1.1\r\nHost: x\r\n\r\n")).toMatch(/^HTTP\/1\.1 400/);
    expect(await rawExchange(server.port, `CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n`)).toBe("");
    expect((await fetch(`${server.url}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: AUTH })).status).toBe(200);
  });
});

/** Resolves once the request has been routed to the mock, i.e. its one-shot latency scenario was used. */
async function reachedTheMock(latency: ActiveScenario): Promise<void> {
  while (latency.remaining > 0) await new Promise<void>((resolve) => setImmediate(resolve));
}

describe("shutdown", () => {
  it("lets a request in flight finish, then refuses new connections", async () => {
    server = await startMockServer();
    const latency = server.mock!.scenarios.add({ kind: "latency", latencyMs: 50, times: 1 });
    const inFlight = fetch(`${server.url}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: AUTH });
    await reachedTheMock(latency);
    const { url } = server;
    const closing = server.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.headers.get("connection")).toBe("close");
    await closing;
    await expect(fetch(`${url}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: AUTH })).rejects.toThrow();
    expect(server.close()).toBe(closing);
    server = undefined;
  });

  it("does not wait for idle keep-alive connections (if it did, this test would time out)", async () => {
    server = await startMockServer({ closeTimeoutMs: 2_147_483_647 });
    const agent = new Agent({ keepAlive: true });
    const status = await new Promise<number | undefined>((resolve, reject) => {
      httpRequest(`${server!.url}/v1/customers/${MOCK_CUSTOMER_ID}`, { agent, headers: AUTH }, (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode));
      })
        .on("error", reject)
        .end();
    });
    expect(status).toBe(200);
    await server.close();
    server = undefined;
    agent.destroy();
  });

  it("drops connections still busy after closeTimeoutMs", async () => {
    server = await startMockServer({ closeTimeoutMs: 20 });
    const latency = server.mock!.scenarios.add({ kind: "latency", latencyMs: 2_000, times: 1 });
    const stuck = fetch(`${server.url}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: AUTH }).then(
      (response) => response.status,
      () => "dropped",
    );
    await reachedTheMock(latency);
    await server.close();
    server = undefined;
    expect(await stuck).toBe("dropped");
  });
});

describe("the request log", () => {
  it("has one line per request with method, path and status, never the token or the query", async () => {
    const lines: string[] = [];
    server = await startMockServer({ log: (line) => lines.push(line) });
    const token = "log-test-secret-token-0123456789";
    await fetch(`${server.url}/v1/customers/${MOCK_CUSTOMER_ID}/serviceincidents/office?filter=%7B%7D`, { headers: { Authorization: `Bearer ${token}` } });
    await fetch(`${server.url}/v1/customers/${FIXTURE_IDS.withoutDelegatedAccess}`);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^GET /v1/customers/${MOCK_CUSTOMER_ID}/serviceincidents/office 400 \\d+ms$`));
    expect(lines[1]).toMatch(/^GET \/v1\/customers\/\S+ 401 \d+ms$/);
    expect(lines.join("\n")).not.toContain(token);
  });
});
