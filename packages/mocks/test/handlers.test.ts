import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createHandlers,
  createMockStore,
  customerExample,
  managedServiceCollectionExample,
  MOCK_CUSTOMER_ID,
  MOCK_NOTE_AUTHOR,
  MOCK_SERVICE_REQUEST_ID,
  serviceRequestExample,
  serviceRequestUpdateSdkBodyExample,
  WWW_AUTHENTICATE,
  type MockStore,
} from "../src/index.js";

const API = "https://api.partnercenter.microsoft.com";
const AUTH = { Authorization: "Bearer test-token" };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let store: MockStore;
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(() => {
  store = createMockStore();
  server.resetHandlers(...createHandlers({ store }));
});
afterAll(() => server.close());

const get = (path: string, headers: HeadersInit = AUTH) => fetch(`${API}${path}`, { headers });
const patch = (id: string, body: string, headers: HeadersInit = AUTH) =>
  fetch(`${API}/v1/servicerequests/${id}`, { method: "PATCH", headers: { ...headers, "Content-Type": "application/json" }, body });

describe("get a customer", () => {
  it("answers the spec's Customer example with the service's headers, echoing request and correlation IDs", async () => {
    const response = await get(`/v1/customers/${MOCK_CUSTOMER_ID}`, {
      ...AUTH,
      "MS-RequestId": "4ff57220-f17b-4d8f-8e09-78334c57ba00",
      "MS-CorrelationId": "03d6064a-f048-4aee-8892-ed46dc5c8bee",
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(customerExample);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("MS-RequestId")).toBe("4ff57220-f17b-4d8f-8e09-78334c57ba00");
    expect(response.headers.get("MS-CorrelationId")).toBe("03d6064a-f048-4aee-8892-ed46dc5c8bee");
    expect(response.headers.get("MS-CV")).toMatch(/^[A-Za-z0-9+/]{16}\.0$/);
    expect(response.headers.get("MS-ServerId")).toBeTruthy();
    expect(Number.isNaN(Date.parse(response.headers.get("Date") ?? ""))).toBe(false);
  });

  it("generates request and correlation IDs when the request has none", async () => {
    const response = await get(`/v1/customers/${MOCK_CUSTOMER_ID}`);
    expect(response.headers.get("MS-RequestId")).toMatch(GUID);
    expect(response.headers.get("MS-CorrelationId")).toMatch(GUID);
  });

  it("answers 404 with the Partner Center error envelope for an unknown customer", async () => {
    const unknown = "11111111-2222-3333-4444-555555555555";
    const response = await get(`/v1/customers/${unknown}`);
    expect(response.status).toBe(404);
    const body = await response.json();
    expect(body).toEqual({ code: 60003, description: expect.stringContaining(unknown), data: [], source: "PartnerFD" });
    expect(response.headers.get("MS-RequestId")).toMatch(GUID);
  });

  it("answers 400 (code 900118) for a customer tenant ID that is not a GUID", async () => {
    const response = await get("/v1/customers/not-a-guid");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 900118, source: "PartnerFD" });
  });
});

describe("authentication", () => {
  it.each([
    ["no Authorization header", {}],
    ["a Basic credential", { Authorization: "Basic dXNlcjpwYXNz" }],
    ["an empty bearer token", { Authorization: "Bearer " }],
  ])("answers 401 with WWW-Authenticate for %s, on every operation", async (_, headers) => {
    const responses = await Promise.all([
      get(`/v1/customers/${MOCK_CUSTOMER_ID}`, headers),
      get(`/v1/customers/${MOCK_CUSTOMER_ID}/managedservices`, headers),
      get(`/v1/customers/${MOCK_CUSTOMER_ID}/serviceincidents/office`, headers),
      patch(MOCK_SERVICE_REQUEST_ID, JSON.stringify({ newNote: { text: "x" } }), headers),
    ]);
    for (const response of responses) {
      expect(response.status).toBe(401);
      expect(response.headers.get("WWW-Authenticate")).toBe(WWW_AUTHENTICATE);
      expect(await response.json()).toMatchObject({ code: 800001, source: "PartnerFD" });
    }
    // The rejected PATCH changed nothing.
    expect(store.serviceRequests.get(MOCK_SERVICE_REQUEST_ID)?.notes).toEqual(serviceRequestExample.notes);
  });
});

describe("list managed services", () => {
  it("answers the seed page's two managed services as a collection", async () => {
    const response = await get(`/v1/customers/${MOCK_CUSTOMER_ID}/managedservices`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.items).toEqual(managedServiceCollectionExample.items);
    expect(body.items.map((service: { id: string }) => service.id)).toEqual(["Exchange", "MicrosoftCommunicationsOnline"]);
    expect(body.totalCount).toBe(2);
    expect(body.attributes).toEqual({ objectType: "Collection" });
  });
});

describe("list Office service incidents", () => {
  const incidents = (query = "") => get(`/v1/customers/${MOCK_CUSTOMER_ID}/serviceincidents/office${query}`);
  const filter = (value: unknown) => `?filter=${encodeURIComponent(JSON.stringify(value))}`;

  it("answers every incident without a filter", async () => {
    const body = await (await incidents()).json();
    expect(body.totalCount).toBe(body.items.length);
    expect(body.items.some((incident: { resolved: boolean }) => incident.resolved)).toBe(true);
    expect(body.items.some((incident: { resolved: boolean }) => !incident.resolved)).toBe(true);
  });

  it.each([
    ["unresolved", "false", false],
    ["resolved", "true", true],
  ])("honours the SDK's filter JSON for %s incidents", async (_, value, resolved) => {
    const response = await incidents(filter({ Field: "Resolved", Value: value, Operator: "equals" }));
    const body = await response.json();
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((incident: { resolved: boolean }) => incident.resolved === resolved)).toBe(true);
    expect(body.totalCount).toBe(body.items.length);
  });

  it("ignores a bare filter.operator, which carries no field or value", async () => {
    const all = await (await incidents()).json();
    const withOperator = await (await incidents("?filter.operator=equals")).json();
    expect(withOperator.items).toEqual(all.items);
  });

  it.each([
    ["not JSON", "?filter=%7Bnope"],
    ["an unsupported field", filter({ Field: "Workload", Value: "Exchange", Operator: "equals" })],
    ["a non-boolean value", filter({ Field: "Resolved", Value: "maybe", Operator: "equals" })],
  ])("answers 400 naming the problem for a filter that is %s", async (_, query) => {
    const response = await incidents(query);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ code: 800002, source: "PartnerFD" });
    expect(body.description).toMatch(/filter/i);
  });
});

describe("update a service request", () => {
  it("appends the note from the .NET SDK's PascalCase body, ignores its placeholders and never echoes newNote", async () => {
    const before = Date.now();
    const response = await patch(MOCK_SERVICE_REQUEST_ID, JSON.stringify(serviceRequestUpdateSdkBodyExample));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).not.toHaveProperty("newNote");
    expect(body.status).toBe(serviceRequestExample.status);
    expect(body.severity).toBe(serviceRequestExample.severity);
    expect(body.title).toBe(serviceRequestExample.title);
    expect(body.notes).toHaveLength((serviceRequestExample.notes?.length ?? 0) + 1);
    const added = body.notes.at(-1);
    expect(added).toMatchObject({ text: "Sample Note", createdByName: MOCK_NOTE_AUTHOR });
    expect(Date.parse(added.createdDate)).toBeGreaterThanOrEqual(before);
    expect(body.lastModifiedDate).toBe(added.createdDate);
  });

  it("keeps the change: a later PATCH sees the earlier note", async () => {
    await patch(MOCK_SERVICE_REQUEST_ID, JSON.stringify({ newNote: { text: "first" } }));
    const body = await (await patch(MOCK_SERVICE_REQUEST_ID, JSON.stringify({ newNote: { text: "second" } }))).json();
    expect(body.notes.slice(-2).map((note: { text: string }) => note.text)).toEqual(["first", "second"]);
  });

  it("closes a request and sets lastClosedDate", async () => {
    const body = await (await patch(MOCK_SERVICE_REQUEST_ID, JSON.stringify({ status: "closed" }))).json();
    expect(body.status).toBe("closed");
    expect(body.lastClosedDate).not.toBe("0001-01-01T00:00:00");
    expect(body.lastClosedDate).toBe(body.lastModifiedDate);
  });

  it("answers 404 for an unknown service request", async () => {
    const response = await patch("999999999999999", JSON.stringify({ newNote: { text: "x" } }));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 1000, source: "PartnerFD" });
  });

  it.each([
    ["a body that is not JSON", "{not json", /not valid JSON/],
    ["a JSON array", "[]", /ServiceRequest JSON object/],
    ["an unknown status", JSON.stringify({ status: "pending" }), /status "pending"/],
    ["an empty note", JSON.stringify({ newNote: { text: " " } }), /newNote\.text/],
  ])("answers 400 naming the problem for %s, and changes nothing", async (_, body, message) => {
    const response = await patch(MOCK_SERVICE_REQUEST_ID, body);
    expect(response.status).toBe(400);
    const envelope = await response.json();
    expect(envelope).toMatchObject({ code: 800002, source: "PartnerFD" });
    expect(envelope.description).toMatch(message);
    expect(store.serviceRequests.get(MOCK_SERVICE_REQUEST_ID)).toEqual(serviceRequestExample);
  });
});

describe("isolation", () => {
  afterEach(() => server.resetHandlers());

  it("gives each handler set its own store, seeded from copies of the examples", async () => {
    await patch(MOCK_SERVICE_REQUEST_ID, JSON.stringify({ status: "closed" }));
    expect(serviceRequestExample.status).toBe("open");
    server.resetHandlers(...createHandlers());
    const body = await (await patch(MOCK_SERVICE_REQUEST_ID, JSON.stringify({}))).json();
    expect(body.status).toBe("open");
  });
});
