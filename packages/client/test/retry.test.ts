import { delay, http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MOCK_CUSTOMER_ID, MOCK_SERVICE_REQUEST_ID, gatewayErrorResponse, partnerCenterErrorResponse, customerExample } from "@partnercenter/mocks";
import {
  createPartnerCenterClient,
  getCustomer,
  PartnerCenterError,
  updateServiceRequest,
  type PartnerCenterClientOptions,
} from "../src/index.js";
import { afterPendingMicrotasks, API, GUID, recordRequests, useMockApi } from "./support.js";

const server = useMockApi();
const customerUrl = `${API}/v1/customers/:customer_id`;

// Every call a test starts takes this test's signal, so a test that fails or times out with a
// call still pending (waiting on a fake timer, say) cannot let it send into the next test.
let testCalls: AbortController;
let testEnded: boolean;
const lateRequests: string[] = [];
beforeEach(() => {
  testCalls = new AbortController();
  testEnded = false;
  lateRequests.length = 0;
  server.events.on("request:start", ({ request }) => {
    if (testEnded) lateRequests.push(`${request.method} ${request.url}`);
  });
});
// Registered after useMockApi's, so it runs first: timers still fake, listeners still on.
afterEach(async () => {
  testEnded = true;
  testCalls.abort(new Error("the test ended"));
  // Whatever the test left behind gets its chance to send: every timer it set, then their callbacks.
  if (vi.isFakeTimers()) await vi.runAllTimersAsync();
  vi.useRealTimers();
  await afterPendingMicrotasks();
  expect(lateRequests, "requests that reached the server after the test ended").toEqual([]);
});

const customerPath = { params: { path: { customer_id: MOCK_CUSTOMER_ID } } };
/** `customerPath` with this test's signal. */
const customerCall = () => ({ ...customerPath, signal: testCalls.signal });
/** Per-call options of an operation function with this test's signal. */
const testCall = () => ({ signal: testCalls.signal });

/** A client on fake timers, with the jitter factor pinned to 1 (so the back-off is 0.5 s, 1.5 s, 3.5 s). */
function fakeTimeClient(options: Partial<PartnerCenterClientOptions> = {}) {
  vi.useFakeTimers();
  vi.spyOn(Math, "random").mockReturnValue(0.5);
  return createPartnerCenterClient({ accessToken: "t", ...options });
}

/** Answers the queued responses in order, then the mock's normal answer. */
function queue(url: string, ...answers: ((request: Request) => Response | Promise<Response>)[]) {
  server.use(...answers.map((answer) => http.all(url, ({ request }) => answer(request), { once: true })));
}

describe("throttling: 429 with Retry-After", () => {
  it("waits exactly Retry-After seconds, then sends the same request again and returns its answer", async () => {
    const client = fakeTimeClient();
    const seen = recordRequests(server);
    queue(customerUrl, (request) => gatewayErrorResponse(request, 429, "Rate limit is exceeded. Try again in 2 seconds.", { "Retry-After": "2" }));
    const call = client.GET("/v1/customers/{customer_id}", customerCall());
    await vi.advanceTimersByTimeAsync(1999);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    const { data, response } = await call;
    expect(response.status).toBe(200);
    expect(data).toEqual(customerExample);
    expect(seen).toHaveLength(2);
    expect(seen[1]?.headers.get("MS-RequestId")).toMatch(GUID);
    expect(seen[1]?.headers.get("MS-RequestId")).toBe(seen[0]?.headers.get("MS-RequestId"));
    expect(seen[1]?.headers.get("MS-CorrelationId")).toBe(seen[0]?.headers.get("MS-CorrelationId"));
  });

  it("reads Retry-After as an HTTP date", async () => {
    const client = fakeTimeClient();
    vi.setSystemTime(new Date("2026-01-01T00:00:00Z"));
    const seen = recordRequests(server);
    queue(customerUrl, (request) => gatewayErrorResponse(request, 429, "Slow down", { "Retry-After": "Thu, 01 Jan 2026 00:00:05 GMT" }));
    const call = client.GET("/v1/customers/{customer_id}", customerCall());
    await vi.advanceTimersByTimeAsync(4999);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await call).response.status).toBe(200);
  });

  it("backs off exponentially when the retry is throttled again, never waiting less than Retry-After", async () => {
    const client = fakeTimeClient({ retry: { initialDelayMs: 2000 } });
    const seen = recordRequests(server);
    const throttled = (request: Request) => gatewayErrorResponse(request, 429, "Slow down", { "Retry-After": "1" });
    queue(customerUrl, throttled, throttled);
    const call = client.GET("/v1/customers/{customer_id}", customerCall());
    await vi.advanceTimersByTimeAsync(1000); // first retry: Retry-After alone
    expect(seen).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(5999); // second: max(1 s, 2 s * (2^2 - 1)) = 6 s
    expect(seen).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect((await call).response.status).toBe(200);
  });

  it("gives up at once on a Retry-After longer than maxRetryAfterMs, telling when to come back", async () => {
    const client = fakeTimeClient();
    const seen = recordRequests(server);
    queue(customerUrl, (request) => gatewayErrorResponse(request, 429, "Rate limit is exceeded. Try again in 120 seconds.", { "Retry-After": "120" }));
    const error = await getCustomer(client, MOCK_CUSTOMER_ID, testCall()).catch((thrown: unknown) => thrown);
    expect(seen).toHaveLength(1);
    expect(error).toBeInstanceOf(PartnerCenterError);
    expect(error).toMatchObject({ status: 429, category: "TooManyRequests", retryAfterSeconds: 120, description: "Rate limit is exceeded. Try again in 120 seconds." });
  });
});

describe("which answers are retried", () => {
  it.each([408, 429, 500, 502, 503, 504])("retries %i", async (status) => {
    const client = fakeTimeClient();
    const seen = recordRequests(server);
    queue(customerUrl, (request) => partnerCenterErrorResponse(request, status, { code: 800003, description: "Unexpected service error" }));
    const call = client.GET("/v1/customers/{customer_id}", customerCall());
    await vi.advanceTimersByTimeAsync(500);
    expect((await call).response.status).toBe(200);
    expect(seen).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 409, 412, 417, 501])("never retries %i", async (status) => {
    const client = fakeTimeClient();
    const seen = recordRequests(server);
    queue(customerUrl, (request) => partnerCenterErrorResponse(request, status, { code: 1, description: "No" }));
    const call = client.GET("/v1/customers/{customer_id}", customerCall());
    await vi.advanceTimersByTimeAsync(60_000);
    expect((await call).response.status).toBe(status);
    expect(seen).toHaveLength(1);
  });

  it("sends nothing again when retries are turned off", async () => {
    const client = fakeTimeClient({ retry: { maxRetries: 0 } });
    const seen = recordRequests(server);
    queue(customerUrl, (request) => partnerCenterErrorResponse(request, 503, { code: 1, description: "Busy" }));
    expect((await client.GET("/v1/customers/{customer_id}", customerCall())).response.status).toBe(503);
    expect(seen).toHaveLength(1);
  });
});

describe("a 503 storm", () => {
  it("makes 3 retries 0.5 s, 1.5 s and 3.5 s apart with one MS-RequestId, then throws ServerBusy", async () => {
    const client = fakeTimeClient();
    const seen = recordRequests(server);
    server.use(http.get(customerUrl, ({ request }) => partnerCenterErrorResponse(request, 503, { code: 800003, description: "Server busy" })));
    const sentAt: number[] = [];
    server.events.on("request:start", () => {
      sentAt.push(Date.now());
    });
    const start = Date.now();
    const call = getCustomer(client, MOCK_CUSTOMER_ID, testCall()).catch((thrown: unknown) => thrown);
    await vi.advanceTimersByTimeAsync(499);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1 + 1500 + 3500);
    const error = await call;
    expect(seen).toHaveLength(4);
    expect(sentAt.map((time) => time - start)).toEqual([0, 500, 2000, 5500]);
    expect(new Set(seen.map((request) => request.headers.get("MS-RequestId"))).size).toBe(1);
    expect(error).toBeInstanceOf(PartnerCenterError);
    expect(error).toMatchObject({ status: 503, category: "ServerBusy", code: "800003", requestId: seen[0]?.headers.get("MS-RequestId") });
  });

  it("keeps each back-off wait under maxDelayMs and jitters it by ±20 %", async () => {
    const client = fakeTimeClient({ retry: { maxRetries: 5, initialDelayMs: 1000, maxDelayMs: 4000 } });
    vi.spyOn(Math, "random").mockReturnValue(0); // factor 0.8
    const seen = recordRequests(server);
    server.use(http.get(customerUrl, ({ request }) => partnerCenterErrorResponse(request, 503, { code: 1, description: "Busy" })));
    const sentAt: number[] = [];
    server.events.on("request:start", () => {
      sentAt.push(Date.now());
    });
    const start = Date.now();
    const call = client.GET("/v1/customers/{customer_id}", customerCall());
    await vi.advanceTimersByTimeAsync(60_000);
    await call;
    // 0, then 0.8 s, 2.4 s, then 5.6 s and more capped at 4 s.
    expect(sentAt.map((time) => time - start)).toEqual([0, 800, 3200, 7200, 11_200, 15_200]);
    expect(seen).toHaveLength(6);
  });
});

describe("network failures and slow answers", () => {
  it("retries a network error, then returns the answer", async () => {
    const client = fakeTimeClient();
    const seen = recordRequests(server);
    queue(customerUrl, () => HttpResponse.error(), () => HttpResponse.error());
    const call = client.GET("/v1/customers/{customer_id}", customerCall());
    await vi.advanceTimersByTimeAsync(2000);
    expect((await call).data).toEqual(customerExample);
    expect(seen).toHaveLength(3);
  });

  it("throws PartnerCenterError (status 0, NotSpecified, the failure as cause) when every attempt fails", async () => {
    const client = fakeTimeClient();
    server.use(http.get(customerUrl, () => HttpResponse.error()));
    const call = client.GET("/v1/customers/{customer_id}", customerCall()).catch((thrown: unknown) => thrown);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = await call;
    expect(error).toBeInstanceOf(PartnerCenterError);
    expect(error).toMatchObject({ status: 0, category: "NotSpecified", requestId: expect.stringMatching(GUID), correlationId: expect.stringMatching(GUID) });
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });

  it("aborts an attempt after timeoutMs and sends the same request again", async () => {
    const client = fakeTimeClient({ timeoutMs: 1000 });
    const seen = recordRequests(server);
    queue(customerUrl, async () => {
      await delay(10_000);
      return HttpResponse.json({ late: true });
    });
    const call = client.GET("/v1/customers/{customer_id}", customerCall());
    await vi.advanceTimersByTimeAsync(1000 + 499);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await call).data).toEqual(customerExample);
    expect(seen).toHaveLength(2);
    expect(seen[1]?.headers.get("MS-RequestId")).toBe(seen[0]?.headers.get("MS-RequestId"));
  });

  it("throws RequestTimeout when every attempt times out", async () => {
    const client = fakeTimeClient({ timeoutMs: 1000 });
    server.use(
      http.get(customerUrl, async () => {
        await delay("infinite");
        return HttpResponse.json({});
      }),
    );
    const call = getCustomer(client, MOCK_CUSTOMER_ID, testCall()).catch((thrown: unknown) => thrown);
    await vi.advanceTimersByTimeAsync(4 * 1000 + 500 + 1500 + 3500);
    const error = await call;
    expect(error).toMatchObject({ status: 0, category: "RequestTimeout" });
    expect((error as Error).message).toContain("no answer after 4 attempts (TimeoutError");
  });
});

describe("cancellation", () => {
  it("an AbortSignal ends the wait between attempts at once, and nothing more is sent", async () => {
    const client = fakeTimeClient();
    const seen = recordRequests(server);
    server.use(http.get(customerUrl, ({ request }) => partnerCenterErrorResponse(request, 503, { code: 1, description: "Busy" })));
    const controller = testCalls;
    const call = client.GET("/v1/customers/{customer_id}", customerCall()).catch((thrown: unknown) => thrown);
    await vi.advanceTimersByTimeAsync(200); // the first answer is in; the client waits 500 ms
    expect(seen).toHaveLength(1);
    controller.abort();
    const error = await call;
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("AbortError");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(seen).toHaveLength(1);
  });

  it("an AbortSignal cancels the request in flight, with the signal's reason", async () => {
    const client = fakeTimeClient();
    const seen = recordRequests(server);
    server.use(
      http.get(customerUrl, async () => {
        await delay("infinite");
        return HttpResponse.json({});
      }),
    );
    const controller = testCalls;
    const call = getCustomer(client, MOCK_CUSTOMER_ID, testCall()).catch((thrown: unknown) => thrown);
    await vi.advanceTimersByTimeAsync(100);
    const reason = new Error("user navigated away");
    controller.abort(reason);
    expect(await call).toBe(reason);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(seen).toHaveLength(1);
  });

  it("an already aborted signal sends nothing", async () => {
    const client = fakeTimeClient();
    const seen = recordRequests(server);
    await expect(getCustomer(client, MOCK_CUSTOMER_ID, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toHaveLength(0);
  });
});

describe("PATCH", () => {
  it("is retried with one MS-RequestId and the body replayed byte for byte", async () => {
    const client = fakeTimeClient();
    const seen = recordRequests(server);
    const url = `${API}/v1/servicerequests/:id`;
    queue(url, (request) => partnerCenterErrorResponse(request, 503, { code: 1, description: "Busy" }), () => HttpResponse.error());
    const call = updateServiceRequest(client, MOCK_SERVICE_REQUEST_ID, { status: "closed", newNote: { text: "Fixed — thank you ✓" } }, testCall());
    await vi.advanceTimersByTimeAsync(500 + 1500);
    const updated = await call;
    expect(updated.status).toBe("closed");
    expect(updated.notes?.at(-1)?.text).toBe("Fixed — thank you ✓");
    expect(seen).toHaveLength(3);
    expect(seen.every((request) => request.method === "PATCH")).toBe(true);
    expect(new Set(seen.map((request) => request.headers.get("MS-RequestId"))).size).toBe(1);
    const bodies = await Promise.all(seen.map((request) => request.text()));
    expect(bodies).toEqual(Array(3).fill(JSON.stringify({ status: "closed", newNote: { text: "Fixed — thank you ✓" } })));
  });
});

describe("what makes a call safe to send again", () => {
  const busy = (request: Request) => partnerCenterErrorResponse(request, 503, { code: 1, description: "Busy" });
  const withoutRequestId = { onRequest: ({ request }: { request: Request }) => request.headers.delete("MS-RequestId") };

  it("a PATCH without MS-RequestId (removed by the caller's middleware) is sent once", async () => {
    const client = fakeTimeClient();
    client.use(withoutRequestId);
    const seen = recordRequests(server);
    queue(`${API}/v1/servicerequests/:id`, busy);
    const call = client.PATCH("/v1/servicerequests/{servicerequest_id}", {
      params: { path: { servicerequest_id: MOCK_SERVICE_REQUEST_ID } },
      body: { newNote: { text: "x" } },
      signal: testCalls.signal,
    });
    await vi.advanceTimersByTimeAsync(10_000);
    expect((await call).response.status).toBe(503);
    expect(seen).toHaveLength(1);
  });

  it("a GET without MS-RequestId is still retried", async () => {
    const client = fakeTimeClient();
    client.use(withoutRequestId);
    const seen = recordRequests(server);
    queue(customerUrl, busy);
    const call = client.GET("/v1/customers/{customer_id}", customerCall());
    await vi.advanceTimersByTimeAsync(500);
    expect((await call).response.status).toBe(200);
    expect(seen).toHaveLength(2);
  });
});
