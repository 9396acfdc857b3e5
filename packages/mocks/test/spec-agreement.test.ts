// The mock and its spec say the same: what the mock accepts, the spec declares, and every status
// the mock answers is declared for the operation. Black-box: requests in-process and over HTTP,
// checked against the bundled spec read independently of the mock (test/support).
import { getResponse } from "msw";
import { afterEach, describe, expect, it } from "vitest";
import { createPartnerCenterMock, MOCK_CUSTOMER_ID, MOCK_SERVICE_REQUEST_ID } from "../src/index.js";
import { startMockServer, type MockServer } from "../src/transport/server.js";
import { checkResponse, parameterAccepts, requestBodyMediaTypes } from "./support/openapi-contract.js";

const API = "https://api.partnercenter.microsoft.com";
const AUTH = { Authorization: "Bearer spec-agreement" };

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const patchIn = (mock: ReturnType<typeof createPartnerCenterMock>, contentType: string, body = JSON.stringify({ newNote: { text: "media type" } })) =>
  getResponse(mock.handlers, new Request(`${API}/v1/servicerequests/${MOCK_SERVICE_REQUEST_ID}`, { method: "PATCH", headers: { ...AUTH, "Content-Type": contentType }, body }));

describe("request body media types", () => {
  it("the spec declares application/json and text/json, as the REST reference lists them", () => {
    expect(requestBodyMediaTypes("updateServiceRequest").sort()).toEqual(["application/json", "text/json"]);
  });

  it.each(["application/json", "text/json", "application/json; charset=utf-8", "Text/JSON; charset=utf-8"])("the mock accepts a body sent as %s", async (contentType) => {
    const response = await patchIn(createPartnerCenterMock(), contentType);
    expect(response?.status).toBe(200);
    expect(checkResponse("updateServiceRequest", response!, await response!.text()).problems).toEqual([]);
  });

  it.each(["application/merge-patch+json", "application/vnd.api+json", "text/plain", "application/xml", "application/x-www-form-urlencoded"])(
    "the mock refuses %s, which the spec does not declare, with a 400 naming the declared types",
    async (contentType) => {
      expect(requestBodyMediaTypes("updateServiceRequest")).not.toContain(contentType);
      const response = await patchIn(createPartnerCenterMock(), contentType);
      expect(response?.status).toBe(400);
      const text = await response!.text();
      expect(JSON.parse(text).description).toBe(`Invalid request input: Content-Type must be application/json or text/json, got "${contentType}".`);
      expect(checkResponse("updateServiceRequest", response!, text).problems).toEqual([]);
    },
  );
});

describe("filter.operator", () => {
  const listIncidents = (query: string) =>
    getResponse(createPartnerCenterMock().handlers, new Request(`${API}/v1/customers/${MOCK_CUSTOMER_ID}/serviceincidents/office?${query}`, { headers: AUTH }));

  it.each([
    ["equals", "equals"],
    ["Not_Equals", "not_equals"],
    ["0", 0],
    ["10", 10],
  ])("%s is accepted by the mock and by the spec (read as %j)", async (sent, read) => {
    expect(parameterAccepts("listCustomerServiceIncidents", "filter.operator", read)).toBe(true);
    expect((await listIncidents(`filter.operator=${sent}`))?.status).toBe(200);
  });

  it.each([
    ["11", 11],
    ["-1", -1],
    ["1.5", 1.5],
    ["bogus", "bogus"],
    ["", ""],
  ])("%j is refused by the mock (400 naming it) and by the spec", async (sent, read) => {
    expect(parameterAccepts("listCustomerServiceIncidents", "filter.operator", read)).toBe(false);
    const response = await listIncidents(`filter.operator=${sent}`);
    expect(response?.status).toBe(400);
    const text = await response!.text();
    expect(JSON.parse(text).description).toMatch(/query parameter filter\.operator/);
    expect(checkResponse("listCustomerServiceIncidents", response!, text).problems).toEqual([]);
  });
});

describe("413 for a body over the server's limit", () => {
  it("is a status the spec declares for the operation, with the declared body and headers", async () => {
    server = await startMockServer({ maxBodyBytes: 1024 });
    const response = await fetch(`${server.url}/v1/servicerequests/${MOCK_SERVICE_REQUEST_ID}`, {
      method: "PATCH",
      headers: { ...AUTH, "Content-Type": "application/json" },
      body: JSON.stringify({ newNote: { text: "x".repeat(2048) } }),
    });
    expect(response.status).toBe(413);
    const check = checkResponse("updateServiceRequest", response, await response.text());
    expect(check).toEqual({ declared: true, problems: [] });
  });
});
