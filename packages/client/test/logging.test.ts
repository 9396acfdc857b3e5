import { delay, http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { MOCK_CUSTOMER_ID, partnerCenterErrorResponse } from "@partnercenter/mocks";
import { createPartnerCenterClient, getCustomer, listCustomerServiceIncidents,
  serviceIncidentFilter, type PartnerCenterLogEntry } from "../src/index.js";
import { API, GUID, useMockApi } from "./support.js";

const server = useMockApi();
const SECRET = "super-secret-token-value";

function logged() {
  const lines: string[] = [];
  const entries: PartnerCenterLogEntry[] = [];
  const logger = (line: string, entry: PartnerCenterLogEntry) => {
    lines.push(line);
    entries.push(entry);
  };
  return { lines, entries, logger };
}

describe("logger", () => {
  it("gets one redacted line per attempt: method, path, status, attempt, duration in ms, request ID", async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const { lines, entries, logger } = logged();
    server.use(
      http.get(
        `${API}/v1/customers/:id`,
        async ({ request }) => {
          await delay(120);
          return partnerCenterErrorResponse(request, 503, { code: 1, description: "Busy" });
        },
        { once: true },
      ),
    );
    const client = createPartnerCenterClient({ accessToken: SECRET, logger, application: "contoso" });
    const call = getCustomer(client, MOCK_CUSTOMER_ID);
    await vi.advanceTimersByTimeAsync(120 + 500);
    await call;
    expect(entries).toHaveLength(2);
    const requestId = entries[0]?.requestId;
    expect(requestId).toMatch(GUID);
    expect(entries.map(({ method, path, status, error, attempt, durationMs, requestId: id }) => ({ method, path, status, error, attempt, durationMs, id }))).toEqual([
      { method: "GET", path: `/v1/customers/${MOCK_CUSTOMER_ID}`, status: 503, error: undefined, attempt: 1, durationMs: 120, id: requestId },
      { method: "GET", path: `/v1/customers/${MOCK_CUSTOMER_ID}`, status: 200, error: undefined, attempt: 2, durationMs: 0, id: requestId },
    ]);
    expect(lines[0]).toMatch(new RegExp(`^GET /v1/customers/${MOCK_CUSTOMER_ID} 503 attempt=1 durationMs=120 requestId=${requestId} `));
    expect(entries[0]?.requestHeaders).toMatchObject({
      authorization: "REDACTED",
      accept: "application/json",
      "ms-requestid": requestId,
      "ms-partnercenter-application": "contoso",
      "x-locale": "en-US",
    });
    expect(entries[0]?.responseHeaders).toMatchObject({ "ms-requestid": requestId, "ms-serverid": expect.any(String) });
    for (const line of lines) expect(line).not.toContain(SECRET);
    expect(JSON.stringify(entries)).not.toContain(SECRET);
  });

  it("prints only allow-listed header values, and never the query string", async () => {
    server.use(http.get(`${API}/v1/customers/:id/serviceincidents/office`, () => HttpResponse.json({ items: [] }, { headers: { "Set-Cookie": "session=abc", "X-Internal": "secret" } })));
    const { lines, entries, logger } = logged();
    const client = createPartnerCenterClient({ accessToken: SECRET, logger });
    await listCustomerServiceIncidents(client, MOCK_CUSTOMER_ID, { query: { filter: serviceIncidentFilter(false) } });
    expect(entries[0]?.path).toBe(`/v1/customers/${MOCK_CUSTOMER_ID}/serviceincidents/office`);
    expect(entries[0]?.responseHeaders["x-internal"]).toBe("REDACTED");
    expect(lines[0]).not.toContain("Resolved");
    expect(lines[0]).not.toContain("secret");
    expect(lines[0]).not.toContain("session=abc");
  });

  it("logs an attempt without an answer by the failure's name", async () => {
    server.use(http.get(`${API}/v1/customers/:id`, () => HttpResponse.error()));
    const { entries, logger } = logged();
    const client = createPartnerCenterClient({ accessToken: SECRET, logger, retry: { maxRetries: 0 } });
    await expect(getCustomer(client, MOCK_CUSTOMER_ID)).rejects.toMatchObject({
      status: 0,
      description: expect.stringMatching(/^no answer after 1 attempt \(TypeError: /),
    });
    expect(entries).toMatchObject([{ status: undefined, error: "TypeError", attempt: 1, responseHeaders: {} }]);
  });

  it("a logger that throws does not fail the call", async () => {
    const client = createPartnerCenterClient({
      accessToken: SECRET,
      logger: () => {
        throw new Error("disk full");
      },
    });
    expect((await getCustomer(client, MOCK_CUSTOMER_ID)).id).toBe(MOCK_CUSTOMER_ID);
  });
});
