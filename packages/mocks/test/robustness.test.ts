// Requests the mock cannot serve normally still get a complete answer with the Partner Center
// envelope: in-process (msw's getResponse, as setupServer uses it) and over HTTP (startMockServer).
// Black-box: only the public entry points, options and answers.
import { connect } from "node:net";
import { getResponse, http, HttpResponse } from "msw";
import { afterEach, describe, expect, it } from "vitest";
import { createPartnerCenterMock, MOCK_CUSTOMER_ID, MOCK_SERVICE_REQUEST_ID } from "../src/index.js";
import { storedServiceRequest } from "./support/fixtures.js";
import { startMockServer, type MockServer } from "../src/transport/server.js";
import { checkResponse } from "./support/openapi-contract.js";

const API = "https://api.partnercenter.microsoft.com";
const AUTH = { Authorization: "Bearer robustness-test" };
const JSON_BODY = { ...AUTH, "Content-Type": "application/json" };

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The answer as a plain object, with the body parsed. */
async function read(response: Response | undefined) {
  if (!response) throw new Error("no answer");
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get("Content-Type"), text, body: text === "" ? undefined : (JSON.parse(text) as Record<string, unknown>) };
}

const MALFORMED_PATHS = ["/v1/customers/%zz", "/v1/customers/%", "/v1/customers/%E0%A4%A", `/v1/customers/${MOCK_CUSTOMER_ID}/%C3%28`, "/v1/servicerequests/%G0", "/%zz"];

describe("a malformed percent-escape in the path", () => {
  it.each(MALFORMED_PATHS)("in-process: %s gets 400 with the Partner Center envelope, not msw's stack trace", async (path) => {
    const mock = createPartnerCenterMock();
    for (const method of ["GET", "HEAD", "PATCH", "POST", "PUT", "DELETE"]) {
      const hasBody = method !== "GET" && method !== "HEAD";
      const answer = await read(await getResponse(mock.handlers, new Request(`${API}${path}`, { method, headers: JSON_BODY, ...(hasBody ? { body: "{}" } : {}) })));
      expect(answer.status, method).toBe(400);
      // An answer to HEAD has no body.
      if (method !== "HEAD") expect(answer.body).toMatchObject({ code: 800002, source: "PartnerFD", description: expect.stringMatching(/malformed percent-escape/) });
      expect(answer.text).not.toMatch(/node_modules|\.ts:\d+|\bat /);
    }
  });

  it("in-process, the answer is the operation's declared 400", async () => {
    const mock = createPartnerCenterMock();
    const response = await getResponse(mock.handlers, new Request(`${API}/v1/customers/%zz`, { headers: AUTH }));
    expect(checkResponse("getCustomer", response!, await response!.text()).problems).toEqual([]);
  });

  it("leaves requests outside a narrowed baseUrl to other handlers", async () => {
    const mock = createPartnerCenterMock({ baseUrl: API });
    expect(await getResponse(mock.handlers, new Request("https://example.com/v1/customers/%zz", { headers: AUTH }))).toBeUndefined();
    expect((await getResponse(mock.handlers, new Request(`${API}/v1/customers/%zz`, { headers: AUTH })))?.status).toBe(400);
  });

  it.each(MALFORMED_PATHS)("over HTTP: %s gets 400 with the envelope for every method, and the server keeps serving", async (path) => {
    server = await startMockServer();
    for (const method of ["GET", "HEAD", "PATCH", "POST", "PUT", "DELETE"]) {
      const hasBody = method !== "GET" && method !== "HEAD";
      const response = await fetch(`${server.url}${path}`, { method, headers: JSON_BODY, ...(hasBody ? { body: "{}" } : {}) });
      expect(response.status, method).toBe(400);
      if (method !== "HEAD") expect(await response.json()).toMatchObject({ code: 800002, source: "PartnerFD" });
    }
    expect((await fetch(`${server.url}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: AUTH })).status).toBe(200);
  });

  it("over HTTP, also in front of custom handlers", async () => {
    server = await startMockServer({ handlers: [http.get("*/ping/:name", () => HttpResponse.json({ pong: true }))] });
    const answer = await read(await fetch(`${server.url}/ping/%zz`));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 800002, source: "PartnerFD" });
  });
});

/** A clock that fails on its first reading only: an error the mock does not expect, once. */
function clockFailingOnce(): () => Date {
  let readings = 0;
  return () => {
    readings += 1;
    if (readings === 1) throw new Error("the clock broke");
    return new Date("2025-03-01T12:00:00Z");
  };
}

describe("an error the mock did not expect", () => {
  it("in-process: 500 with the envelope (code 800003) and the error's message, never a stack trace", async () => {
    const mock = createPartnerCenterMock({ now: clockFailingOnce() });
    const answer = await read(await getResponse(mock.handlers, new Request(`${API}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: AUTH })));
    expect(answer.status).toBe(500);
    expect(answer.contentType).toBe("application/json; charset=utf-8");
    expect(answer.body).toEqual({ code: 800003, description: expect.stringContaining("the clock broke"), data: [], source: "PartnerFD" });
    expect(answer.text).not.toMatch(/node_modules|\.ts:\d+|\bat /);
  });

  it("over HTTP, on a PATCH (whose body was read): the error is answered, the connection not dropped", async () => {
    server = await startMockServer({ now: clockFailingOnce() });
    const response = await fetch(`${server.url}/v1/servicerequests/${MOCK_SERVICE_REQUEST_ID}`, {
      method: "PATCH",
      headers: JSON_BODY,
      body: JSON.stringify({ newNote: { text: "clock" } }),
    });
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ code: 800003, source: "PartnerFD" });
  });

  it.each(["PATCH", "POST", "PUT", "DELETE", "GET"])("over HTTP, a custom handler that throws on %s gets the 500 envelope, not a dropped connection", async (method) => {
    server = await startMockServer({
      handlers: [
        http.all("*/boom", () => {
          throw new Error("custom handler failed");
        }),
      ],
    });
    const response = await fetch(`${server.url}/boom`, { method, ...(method === "GET" ? {} : { body: "x".repeat(10_000) }) });
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body).toMatchObject({ code: 800003, source: "PartnerFD", description: expect.stringContaining("custom handler failed") });
    expect(JSON.stringify(body)).not.toMatch(/node_modules|\.ts:\d+/);
  });
});

describe("deeply nested and huge bodies", () => {
  const deepArray = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
  const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
  const deepNote = (depth: number) => `{"newNote":{"text":"x","extra":${deepArray(depth)}},"status":${deepArray(depth)}}`;

  it.each([
    ["an array nested 10 000 levels", deepArray(10_000)],
    ["a note nested 10 000 levels", `{"newNote":${deepObject(10_000)}}`],
    ["a status nested 10 000 levels", deepNote(10_000)],
    ["an array nested 100 000 levels", deepArray(100_000)],
  ])("in-process: %s gets 400 naming the problem", async (_, body) => {
    const mock = createPartnerCenterMock();
    const answer = await read(
      await getResponse(mock.handlers, new Request(`${API}/v1/servicerequests/${MOCK_SERVICE_REQUEST_ID}`, { method: "PATCH", headers: JSON_BODY, body })),
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 800002, source: "PartnerFD" });
    expect(String(answer.body?.description).length).toBeLessThanOrEqual(1024);
  });

  it("in-process: unknown properties nested 10 000 levels are ignored, as the service ignores unknown properties", async () => {
    const mock = createPartnerCenterMock();
    const answer = await read(
      await getResponse(mock.handlers, new Request(`${API}/v1/servicerequests/${MOCK_SERVICE_REQUEST_ID}`, { method: "PATCH", headers: JSON_BODY, body: deepObject(10_000) })),
    );
    expect(answer.status).toBe(200);
  });

  it("over HTTP: a body nested 10 000 levels gets 400, not a dropped connection", async () => {
    server = await startMockServer();
    const response = await fetch(`${server.url}/v1/servicerequests/${MOCK_SERVICE_REQUEST_ID}`, { method: "PATCH", headers: JSON_BODY, body: deepArray(10_000) });
    expect(response.status).toBe(400);
    expect((await response.json()).description).toMatch(/must be a JSON object, got \[\[\[/);
  });

  it("a filter nested 10 000 levels gets 400", async () => {
    const mock = createPartnerCenterMock();
    const filter = `${'{"LeftFilter":'.repeat(10_000)}{}${"}".repeat(10_000)}`;
    const answer = await read(
      await getResponse(mock.handlers, new Request(`${API}/v1/customers/${MOCK_CUSTOMER_ID}/serviceincidents/office?filter=${encodeURIComponent(filter)}`, { headers: AUTH })),
    );
    expect(answer.status).toBe(400);
  });
});

/** Sends raw bytes, stops sending, and returns everything the server wrote before closing. */
function rawExchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.end(bytes));
    let received = "";
    socket.on("data", (chunk: Buffer) => (received += chunk.toString("latin1")));
    socket.on("close", () => resolve(received));
    socket.on("error", reject);
  });
}

describe("a body that ends before its declared length", () => {
  it.each([
    ["Content-Length", `Content-Length: 500\r\n\r\n{"newNote":{"text":"cut"}}`],
    ["chunked", `Transfer-Encoding: chunked\r\n\r\n40\r\n{"newNote":`],
  ])("gets a complete 400 (%s), not a dropped connection", async (_, framing) => {
    server = await startMockServer();
    const answer = await rawExchange(
      server.port,
      `PATCH /v1/servicerequests/${MOCK_SERVICE_REQUEST_ID} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer t\r\nContent-Type: application/json\r\n${framing}`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    const length = /\r\ncontent-length: (\d+)\r\n/i.exec(answer)?.[1];
    if (length !== undefined) expect(answer.length - (answer.indexOf("\r\n\r\n") + 4)).toBe(Number(length));
    const stored = server.mock ? storedServiceRequest(server.mock.store, MOCK_SERVICE_REQUEST_ID) : undefined;
    expect(stored?.notes?.some((note) => note.text === "cut")).toBe(false);
  });
});
