import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createHandlers, customerExample, MOCK_CUSTOMER_ID, MOCK_SERVICE_REQUEST_ID } from "@partnercenter/mocks";
import { createPartnerCenterClient, PARTNER_CENTER_BASE_URLS, PartnerCenterOptionsError } from "../src/index.js";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const customerPath = { params: { path: { customer_id: MOCK_CUSTOMER_ID } } };

// Created before the mock server starts listening: the client must still be intercepted.
const createdEarly = createPartnerCenterClient({ accessToken: "early-token" });

const server = setupServer(...createHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers(...createHandlers()));
afterAll(() => server.close());

/** Records every request that reaches the mock server. */
function recordRequests(): Request[] {
  const seen: Request[] = [];
  server.events.on("request:start", ({ request }) => {
    seen.push(request.clone());
  });
  return seen;
}
afterEach(() => server.events.removeAllListeners());

describe("createPartnerCenterClient against @partnercenter/mocks", () => {
  it("is intercepted by msw even when created before server.listen()", async () => {
    const { data, response } = await createdEarly.GET("/v1/customers/{customer_id}", customerPath);
    expect(response.status).toBe(200);
    expect(data).toEqual(customerExample);
  });

  it("runs getCustomer, listManagedServices, listCustomerServiceIncidents and updateServiceRequest, typed by the spec", async () => {
    const client = createPartnerCenterClient({ accessToken: "t" });
    const customer = await client.GET("/v1/customers/{customer_id}", customerPath);
    const services = await client.GET("/v1/customers/{customer_id}/managedservices", customerPath);
    const incidents = await client.GET("/v1/customers/{customer_id}/serviceincidents/office", {
      params: { path: { customer_id: MOCK_CUSTOMER_ID }, query: { filter: JSON.stringify({ Field: "Resolved", Value: "false", Operator: "equals" }) } },
    });
    const updated = await client.PATCH("/v1/servicerequests/{servicerequest_id}", {
      params: { path: { servicerequest_id: MOCK_SERVICE_REQUEST_ID } },
      body: { newNote: { text: "from the client test" } },
    });
    expect(customer.data?.companyProfile?.companyName).toBe(customerExample.companyProfile?.companyName);
    expect(services.data?.items?.map((service) => service.id)).toEqual(["Exchange", "MicrosoftCommunicationsOnline"]);
    expect(incidents.data?.items?.length).toBeGreaterThan(0);
    expect(incidents.data?.items?.every((incident) => incident.resolved === false)).toBe(true);
    expect(updated.data?.notes?.at(-1)?.text).toBe("from the client test");
  });

  it("returns the Partner Center error envelope as `error` for an unknown customer", async () => {
    const client = createPartnerCenterClient({ accessToken: "t" });
    const { data, error, response } = await client.GET("/v1/customers/{customer_id}", {
      params: { path: { customer_id: "11111111-2222-3333-4444-555555555555" } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ code: 60003, source: "PartnerFD" });
  });
});

describe("request headers", () => {
  it("sends the bearer token, a new MS-RequestId per request, MS-CorrelationId, X-Locale and Accept", async () => {
    const seen = recordRequests();
    const client = createPartnerCenterClient({ accessToken: "secret-token", application: "contoso-billing" });
    await client.GET("/v1/customers/{customer_id}", customerPath);
    await client.GET("/v1/customers/{customer_id}", customerPath);
    expect(seen).toHaveLength(2);
    const [first, second] = seen.map((request) => request.headers);
    expect(first?.get("Authorization")).toBe("Bearer secret-token");
    expect(first?.get("Accept")).toBe("application/json");
    expect(first?.get("X-Locale")).toBe("en-US");
    expect(first?.get("MS-PartnerCenter-Application")).toBe("contoso-billing");
    expect(first?.get("MS-RequestId")).toMatch(GUID);
    expect(first?.get("MS-CorrelationId")).toMatch(GUID);
    expect(second?.get("MS-RequestId")).not.toBe(first?.get("MS-RequestId"));
  });

  it("uses the client's correlation ID and locale, and lets a call override both IDs", async () => {
    const seen = recordRequests();
    const correlationId = "03d6064a-f048-4aee-8892-ed46dc5c8bee";
    const client = createPartnerCenterClient({ accessToken: "t", correlationId, locale: "fr-FR" });
    await client.GET("/v1/customers/{customer_id}", customerPath);
    await client.GET("/v1/customers/{customer_id}", {
      params: {
        path: { customer_id: MOCK_CUSTOMER_ID },
        header: { "MS-CorrelationId": "aaaa0000-bb11-2222-33cc-444444dddddd", "MS-RequestId": "f9a030bd-e492-4c1a-9c70-021f18234981" },
      },
    });
    expect(seen[0]?.headers.get("MS-CorrelationId")).toBe(correlationId);
    expect(seen[0]?.headers.get("X-Locale")).toBe("fr-FR");
    expect(seen[1]?.headers.get("MS-CorrelationId")).toBe("aaaa0000-bb11-2222-33cc-444444dddddd");
    expect(seen[1]?.headers.get("MS-RequestId")).toBe("f9a030bd-e492-4c1a-9c70-021f18234981");
  });

  it("asks an async token provider before every request", async () => {
    const seen = recordRequests();
    let calls = 0;
    const client = createPartnerCenterClient({
      accessToken: async () => {
        calls += 1;
        return `token-${calls}`;
      },
    });
    await client.GET("/v1/customers/{customer_id}", customerPath);
    await client.GET("/v1/customers/{customer_id}", customerPath);
    expect(seen.map((request) => request.headers.get("Authorization"))).toEqual(["Bearer token-1", "Bearer token-2"]);
  });

  it("sends nothing when the token provider returns an empty token, and never shows a token", async () => {
    const seen = recordRequests();
    const client = createPartnerCenterClient({ accessToken: () => "" });
    await expect(client.GET("/v1/customers/{customer_id}", customerPath)).rejects.toThrow(PartnerCenterOptionsError);
    expect(seen).toHaveLength(0);
  });
});

describe("base URL", () => {
  it.each([
    ["global", "https://api.partnercenter.microsoft.com"],
    ["usgov", "https://api.partnercenter.microsoft.com"],
    ["china", "https://partner.partnercenterapi.microsoftonline.cn"],
  ] as const)("addresses the %s cloud at %s", async (cloud, origin) => {
    const seen = recordRequests();
    expect(PARTNER_CENTER_BASE_URLS[cloud]).toBe(origin);
    const client = createPartnerCenterClient({ accessToken: "t", cloud });
    await client.GET("/v1/customers/{customer_id}", customerPath);
    expect(seen[0]?.url).toBe(`${origin}/v1/customers/${MOCK_CUSTOMER_ID}`);
  });

  it("takes a custom base URL, trailing slash or not", async () => {
    const seen = recordRequests();
    server.use(http.get("http://127.0.0.1:4010/v1/customers/:id", () => HttpResponse.json(customerExample)));
    const client = createPartnerCenterClient({ accessToken: "t", baseUrl: "http://127.0.0.1:4010/" });
    await client.GET("/v1/customers/{customer_id}", customerPath);
    expect(seen[0]?.url).toBe(`http://127.0.0.1:4010/v1/customers/${MOCK_CUSTOMER_ID}`);
  });
});

describe("bad options", () => {
  it.each([
    ["accessToken", {}],
    ["accessToken", { accessToken: "" }],
    ["accessToken", { accessToken: "Bearer abc" }],
    ["cloud", { accessToken: "t", cloud: "germany" }],
    ["baseUrl", { accessToken: "t", baseUrl: "api.partnercenter.microsoft.com" }],
    ["baseUrl", { accessToken: "t", baseUrl: "ftp://example.test" }],
    ["correlationId", { accessToken: "t", correlationId: "not-a-guid" }],
    ["locale", { accessToken: "t", locale: " " }],
    ["baseUrl", { accessToken: "t", baseUrl: "http://api.partnercenter.microsoft.com" }],
    ["baseUrl", { accessToken: "t", baseUrl: "https://user:pass@api.partnercenter.microsoft.com" }],
    ["baseUrl", { accessToken: "t", baseUrl: "https://api.partnercenter.microsoft.com/?x=1" }],
    ["cloud", { accessToken: "t", cloud: "germany", baseUrl: "https://example.test" }],
    ["timeoutMs", { accessToken: "t", timeoutMs: 0 }],
    ["retry.maxRetries", { accessToken: "t", retry: { maxRetries: -1 } }],
    ["retry.initialDelayMs", { accessToken: "t", retry: { initialDelayMs: Number.NaN } }],
    ["retry.maxRetryAfterMs", { accessToken: "t", retry: { maxRetryAfterMs: "60000" } }],
    ["refreshTokenBeforeExpiryMs", { accessToken: "t", refreshTokenBeforeExpiryMs: -1 }],
    ["logger", { accessToken: "t", logger: "console" }],
    ["options", null],
  ])("throws PartnerCenterOptionsError naming `%s`", (option, options) => {
    let thrown: unknown;
    try {
      createPartnerCenterClient(options as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PartnerCenterOptionsError);
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as PartnerCenterOptionsError).option).toBe(option);
    expect((thrown as Error).message).toContain(`\`${option}\``);
  });

  it("never puts the token in the error message", () => {
    expect(() => createPartnerCenterClient({ accessToken: "Bearer super-secret-value" })).toThrow(PartnerCenterOptionsError);
    try {
      createPartnerCenterClient({ accessToken: "Bearer super-secret-value" });
    } catch (error) {
      expect(String(error)).not.toContain("super-secret-value");
      expect(JSON.stringify(error)).not.toContain("super-secret-value");
    }
  });
});
