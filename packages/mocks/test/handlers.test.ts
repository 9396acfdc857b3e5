import { getResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createHandlers,
  createMockAccessToken,
  createPartnerCenterMock,
  customerExample,
  managedServiceCollectionExample,
  MOCK_CUSTOMER_ID,
  MOCK_NOTE_AUTHOR,
  MOCK_SERVICE_REQUEST_ID,
  serviceRequestExample,
  serviceRequestUpdateSdkBodyExample,
  type PartnerCenterMock,
} from "../src/index.js";
import { FIXTURE_IDS, seedFixtures, storedServiceRequest } from "./support/fixtures.js";

const API = "https://api.partnercenter.microsoft.com";
const AUTH = { Authorization: "Bearer test-token" };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let mock: PartnerCenterMock;
let clock: Date;
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(() => {
  clock = new Date("2025-03-01T12:00:00.000Z");
  mock = createPartnerCenterMock({ now: () => clock });
  seedFixtures(mock);
  server.resetHandlers(...mock.handlers);
});
afterAll(() => server.close());

const get = (path: string, headers: HeadersInit = AUTH) => fetch(`${API}${path}`, { headers });
const patch = (id: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${API}/v1/servicerequests/${id}`, {
    method: "PATCH",
    headers: { ...AUTH, "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
const storedRequest = (id = MOCK_SERVICE_REQUEST_ID) => storedServiceRequest(mock.store, id);

describe("get a customer", () => {
  it("answers the spec's Customer example with the service's headers, echoing request and correlation IDs", async () => {
    const response = await get(`/v1/customers/${MOCK_CUSTOMER_ID}`, {
      ...AUTH,
      "MS-RequestId": "4ff57220-f17b-4d8f-8e09-78334c57ba00",
      "MS-CorrelationId": "03d6064a-f048-4aee-8892-ed46dc5c8bee",
      "MS-CV": "rjLONPum/Uq94UQA.0",
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(customerExample);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("MS-RequestId")).toBe("4ff57220-f17b-4d8f-8e09-78334c57ba00");
    expect(response.headers.get("MS-CorrelationId")).toBe("03d6064a-f048-4aee-8892-ed46dc5c8bee");
    expect(response.headers.get("MS-CV")).toBe("rjLONPum/Uq94UQA.0");
    expect(response.headers.get("MS-ServerId")).toBeTruthy();
    expect(response.headers.get("Date")).toBe("Sat, 01 Mar 2025 12:00:00 GMT");
  });

  it("generates request and correlation IDs and a correlation vector when the request has none (or invalid ones)", async () => {
    const plain = await get(`/v1/customers/${MOCK_CUSTOMER_ID}`);
    expect(plain.headers.get("MS-RequestId")).toMatch(GUID);
    expect(plain.headers.get("MS-CorrelationId")).toMatch(GUID);
    expect(plain.headers.get("MS-CV")).toMatch(/^[A-Za-z0-9+/]{16}\.0$/);
    const odd = await get(`/v1/customers/${MOCK_CUSTOMER_ID}`, { ...AUTH, "MS-CorrelationId": "<script>", "MS-CV": "x" });
    expect(odd.headers.get("MS-CorrelationId")).toMatch(GUID);
    expect(odd.headers.get("MS-CV")).toMatch(/^[A-Za-z0-9+/]{16}\.0$/);
  });

  it("matches the customer tenant ID case-insensitively, like any GUID", async () => {
    const response = await get(`/v1/customers/${MOCK_CUSTOMER_ID.toUpperCase()}`);
    expect(response.status).toBe(200);
    expect((await response.json()).id).toBe(MOCK_CUSTOMER_ID);
  });

  it("leaves out address, email and custom domains for a customer without delegated access", async () => {
    const body = await (await get(`/v1/customers/${FIXTURE_IDS.withoutDelegatedAccess}`)).json();
    expect(body.allowDelegatedAccess).toBe(false);
    expect(body.companyProfile).not.toHaveProperty("address");
    expect(body.companyProfile).not.toHaveProperty("email");
    expect(body).not.toHaveProperty("customDomains");
  });

  it("answers 404 (code 60003) with the Partner Center error envelope for an unknown customer", async () => {
    const unknown = "11111111-2222-3333-4444-555555555555";
    const response = await get(`/v1/customers/${unknown}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 60003, description: expect.stringContaining(unknown), data: [], source: "PartnerFD" });
    expect(response.headers.get("MS-RequestId")).toMatch(GUID);
  });

  it("answers 400 (code 900118) naming the value for a customer tenant ID that is not a GUID", async () => {
    const response = await get("/v1/customers/not-a-guid");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ code: 900118, source: "PartnerFD" });
    expect(body.description).toContain('"not-a-guid" is not a GUID');
  });

  it.each([
    ["MS-RequestId", "abc", /header MS-RequestId must be a GUID \(got "abc"\)/],
    ["MS-CorrelationId", "123", /header MS-CorrelationId must be a GUID \(got "123"\)/],
  ])("answers 400 (code 800002) when the %s header is not a GUID", async (header, value, message) => {
    const response = await get(`/v1/customers/${MOCK_CUSTOMER_ID}`, { ...AUTH, [header]: value });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ code: 800002, source: "PartnerFD" });
    expect(body.description).toMatch(message);
  });

  it("answers 404 for every customer operation of an unknown customer", async () => {
    const unknown = "11111111-2222-3333-4444-555555555555";
    for (const path of ["", "/managedservices", "/serviceincidents/office"]) {
      expect((await get(`/v1/customers/${unknown}${path}`)).status).toBe(404);
    }
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

  it("answers an empty collection for a customer without delegated access", async () => {
    const body = await (await get(`/v1/customers/${FIXTURE_IDS.withoutDelegatedAccess}/managedservices`)).json();
    expect(body).toMatchObject({ totalCount: 0, items: [], attributes: { objectType: "Collection" } });
  });
});

describe("list Office service incidents", () => {
  const customer = FIXTURE_IDS.throughIndirectReseller;
  const incidents = (query = "") => get(`/v1/customers/${customer}/serviceincidents/office${query}`);
  const filter = (value: unknown) => `?filter=${encodeURIComponent(JSON.stringify(value))}`;
  const ids = async (response: Response) => {
    const body = await response.json();
    expect(body.totalCount).toBe(body.items.length);
    return body.items.map((incident: { id: string }) => incident.id);
  };

  it("answers every incident, resolved and not, without a filter", async () => {
    expect(await ids(await incidents())).toEqual(["EX418803", "TM220417", "MC789012"]);
  });

  it.each([
    ["unresolved", { Field: "Resolved", Value: "false", Operator: "equals" }, ["EX418803", "MC789012"]],
    ["resolved", { Field: "Resolved", Value: "true", Operator: "equals" }, ["TM220417"]],
    ["resolved, any casing", { field: "RESOLVED", value: "True", operator: "Equals" }, ["TM220417"]],
    ["not resolved, with not_equals", { Field: "Resolved", Value: "true", Operator: "not_equals" }, ["EX418803", "MC789012"]],
    [
      "resolved or not (compound)",
      { LeftFilter: { Field: "Resolved", Value: "true", Operator: "equals" }, RightFilter: { Field: "Resolved", Value: "false", Operator: "equals" }, Operator: "or" },
      ["EX418803", "TM220417", "MC789012"],
    ],
    [
      "resolved and not (compound)",
      { LeftFilter: { Field: "Resolved", Value: "true", Operator: "equals" }, RightFilter: { Field: "Resolved", Value: "false", Operator: "equals" }, Operator: "and" },
      [],
    ],
  ])("honours the filter JSON for %s", async (_, value, expected) => {
    expect(await ids(await incidents(filter(value)))).toEqual(expected);
  });

  it("ignores a bare filter.operator, which carries no field or value, given by name or SDK ordinal", async () => {
    expect(await ids(await incidents("?filter.operator=equals"))).toHaveLength(3);
    expect(await ids(await incidents("?filter.operator=10"))).toHaveLength(3);
  });

  it.each([
    ["not JSON", "?filter=%7Bnope", /not valid JSON/],
    ["an unsupported field", filter({ Field: "Workload", Value: "Exchange", Operator: "equals" }), /Field "Workload" is not searchable/],
    ["a non-boolean value", filter({ Field: "Resolved", Value: "maybe", Operator: "equals" }), /Value "maybe" is not true or false/],
    ["missing Operator", filter({ Field: "Resolved", Value: "false" }), /filter\.Operator is required/],
    ["an operator that is not a FieldFilterOperation", filter({ Field: "Resolved", Value: "false", Operator: "like" }), /filter\.Operator must be one of: equals/],
    ["an operator that cannot compare Resolved", filter({ Field: "Resolved", Value: "false", Operator: "starts_with" }), /cannot compare Resolved/],
    ["a Value that is not a string", filter({ Field: "Resolved", Value: false, Operator: "equals" }), /filter\.Value must be of type string \(got false\)/],
    ["an unknown filter.operator", "?filter.operator=like", /filter\.operator must be one of/],
  ])("answers 400 (code 800002) naming the problem for a filter with %s", async (_, query, message) => {
    const response = await incidents(query);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ code: 800002, source: "PartnerFD" });
    expect(body.description).toMatch(message);
  });
});

describe("update a service request", () => {
  const NOW = "2025-03-01T12:00:00.000Z";

  it("appends the note from the .NET SDK's PascalCase body, ignores its placeholders and never echoes newNote", async () => {
    const response = await patch(MOCK_SERVICE_REQUEST_ID, serviceRequestUpdateSdkBodyExample);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).not.toHaveProperty("newNote");
    expect(body).not.toHaveProperty("NewNote");
    expect({ ...body, notes: undefined, lastModifiedDate: undefined }).toEqual({ ...serviceRequestExample, notes: undefined, lastModifiedDate: undefined });
    expect(body.notes).toEqual([...(serviceRequestExample.notes ?? []), { createdByName: MOCK_NOTE_AUTHOR, createdDate: NOW, text: "Sample Note" }]);
    expect(body.lastModifiedDate).toBe(NOW);
  });

  it.each([
    ["camelCase", { newNote: { text: "hello" }, status: "closed" }],
    ["PascalCase", { NewNote: { Text: "hello" }, Status: "closed" }],
    ["any casing, enum value too", { NEWNOTE: { tExT: "hello" }, sTaTuS: "CLOSED" }],
  ])("matches property names and enum values case-insensitively (%s)", async (_, body) => {
    const answer = await (await patch(MOCK_SERVICE_REQUEST_ID, body)).json();
    expect(answer.status).toBe("closed");
    expect(answer.notes.at(-1)).toEqual({ createdByName: MOCK_NOTE_AUTHOR, createdDate: NOW, text: "hello" });
  });

  it("treats the SDK's placeholders as not set: unknown, none, 0001-01-01T00:00:00 and nulls change nothing but lastModifiedDate", async () => {
    const before = structuredClone(storedRequest());
    const response = await patch(MOCK_SERVICE_REQUEST_ID, {
      Severity: "unknown",
      Status: "none",
      Title: null,
      LastClosedDate: "0001-01-01T00:00:00",
      Organization: { Id: null, Name: null },
      NewNote: null,
    });
    expect(response.status).toBe(200);
    expect({ ...storedRequest(), lastModifiedDate: before?.lastModifiedDate }).toEqual(before);
    expect(storedRequest()?.lastModifiedDate).toBe(NOW);
  });

  it("changes only status and notes: other properties are accepted but ignored", async () => {
    const body = await (await patch(MOCK_SERVICE_REQUEST_ID, { title: "Renamed", severity: "minimal", id: "1", notes: [] })).json();
    expect(body.title).toBe(serviceRequestExample.title);
    expect(body.severity).toBe(serviceRequestExample.severity);
    expect(body.id).toBe(MOCK_SERVICE_REQUEST_ID);
    expect(body.notes).toEqual(serviceRequestExample.notes);
  });

  it("keeps the change: it is in the store and a later PATCH sees the earlier note", async () => {
    await patch(MOCK_SERVICE_REQUEST_ID, { newNote: { text: "first" } });
    expect(storedRequest()?.notes?.at(-1)?.text).toBe("first");
    clock = new Date("2025-03-01T12:05:00.000Z");
    const body = await (await patch(MOCK_SERVICE_REQUEST_ID, { newNote: { text: "second" } })).json();
    expect(body.notes.slice(-2)).toEqual([
      { createdByName: MOCK_NOTE_AUTHOR, createdDate: NOW, text: "first" },
      { createdByName: MOCK_NOTE_AUTHOR, createdDate: "2025-03-01T12:05:00.000Z", text: "second" },
    ]);
    expect(body.lastModifiedDate).toBe("2025-03-01T12:05:00.000Z");
  });

  it("records the signed-in user of an App+User token as the note's author", async () => {
    const token = createMockAccessToken({ kind: "app+user", issuedAt: clock, claims: { name: "Avery Smith" } });
    const body = await (await patch(MOCK_SERVICE_REQUEST_ID, { newNote: { text: "from Avery" } }, { Authorization: `Bearer ${token}` })).json();
    expect(body.notes.at(-1).createdByName).toBe("Avery Smith");
  });

  it("closes a request and sets lastClosedDate; reopening keeps it; closing again moves it", async () => {
    const closed = await (await patch(MOCK_SERVICE_REQUEST_ID, { status: "closed" })).json();
    expect(closed).toMatchObject({ status: "closed", lastClosedDate: NOW, lastModifiedDate: NOW });
    clock = new Date("2025-03-02T08:00:00.000Z");
    const reopened = await (await patch(MOCK_SERVICE_REQUEST_ID, { status: "open" })).json();
    expect(reopened).toMatchObject({ status: "open", lastClosedDate: NOW, lastModifiedDate: "2025-03-02T08:00:00.000Z" });
    clock = new Date("2025-03-03T08:00:00.000Z");
    expect(await (await patch(MOCK_SERVICE_REQUEST_ID, { status: "closed" })).json()).toMatchObject({ lastClosedDate: "2025-03-03T08:00:00.000Z" });
  });

  it("sets attention_needed", async () => {
    expect((await (await patch(MOCK_SERVICE_REQUEST_ID, { Status: "attention_needed" })).json()).status).toBe("attention_needed");
  });

  it("answers 404 (code 1000) for an unknown service request", async () => {
    const response = await patch("999999999999999", { newNote: { text: "x" } });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 1000, source: "PartnerFD" });
  });

  it.each([
    ["a body that is not JSON", "{not json", /not valid JSON/],
    ["an empty body", "", /request body is required/],
    ["a JSON array", "[]", /must be a JSON object, got \[\]/],
    ["an unknown status", { status: "pending" }, /body\.status must be one of: open, closed, attention_needed \(got "pending"\)/],
    ["a wrong type", { Title: 42 }, /body\.title must be of type string \(got 42\)/],
    ["a note text of the wrong type", { NewNote: { Text: 7 } }, /body\.newNote\.text must be of type string/],
    ["an empty note", { newNote: { text: " " } }, /body\.newNote\.text must match pattern/],
    ["a note without text", { newNote: {} }, /body\.newNote\.text is required/],
    ["two casings of one property", { status: "open", Status: "closed" }, /has both "status" and "Status"/],
    ["an unknown severity", { severity: "urgent" }, /body\.severity must be one of: critical, moderate, minimal/],
  ])("answers 400 (code 800002) naming the problem for %s, and changes nothing", async (_, body, message) => {
    const response = await patch(MOCK_SERVICE_REQUEST_ID, body);
    expect(response.status).toBe(400);
    const envelope = await response.json();
    expect(envelope).toMatchObject({ code: 800002, source: "PartnerFD" });
    expect(envelope.description).toMatch(message);
    expect(storedRequest()).toEqual(serviceRequestExample);
  });

  it("answers 400 for a body that is not sent as JSON", async () => {
    const response = await patch(MOCK_SERVICE_REQUEST_ID, { newNote: { text: "x" } }, { "Content-Type": "text/plain" });
    expect(response.status).toBe(400);
    expect((await response.json()).description).toMatch(/Content-Type must be application\/json or text\/json, got "text\/plain"/);
  });

  it("validates the body before looking the request up: a bad body on an unknown ID is a 400", async () => {
    expect((await patch("999999999999999", "[]")).status).toBe(400);
  });
});

describe("replaying a PATCH with the same MS-RequestId", () => {
  const requestId = "f9a030bd-e492-4c1a-9c70-021f18234981";

  it("returns the first answer and changes nothing: no duplicate note, same lastModifiedDate", async () => {
    const first = await patch(MOCK_SERVICE_REQUEST_ID, { newNote: { text: "once" } }, { "MS-RequestId": requestId });
    const firstBody = await first.text();
    clock = new Date("2025-03-01T12:00:30.000Z");
    const replay = await patch(MOCK_SERVICE_REQUEST_ID, { newNote: { text: "once" } }, { "MS-RequestId": requestId.toUpperCase() });
    expect(replay.status).toBe(200);
    expect(await replay.text()).toBe(firstBody);
    expect(replay.headers.get("MS-RequestId")).toBe(requestId.toUpperCase());
    expect(storedRequest()?.notes?.filter((note) => note.text === "once")).toHaveLength(1);
    expect(storedRequest()?.lastModifiedDate).toBe("2025-03-01T12:00:00.000Z");
  });

  it("returns the first answer even when it was an error and the retry's body differs", async () => {
    const first = await patch(MOCK_SERVICE_REQUEST_ID, { status: "pending" }, { "MS-RequestId": requestId });
    expect(first.status).toBe(400);
    const retry = await patch(MOCK_SERVICE_REQUEST_ID, { status: "closed" }, { "MS-RequestId": requestId });
    expect(retry.status).toBe(400);
    expect(storedRequest()?.status).toBe("open");
  });

  it("runs again with a new MS-RequestId, or once the replay window has passed", async () => {
    const windowed = createPartnerCenterMock({ now: () => clock, idempotencyWindowMs: 60_000 });
    server.resetHandlers(...windowed.handlers);
    await patch(MOCK_SERVICE_REQUEST_ID, { newNote: { text: "again" } }, { "MS-RequestId": requestId });
    await patch(MOCK_SERVICE_REQUEST_ID, { newNote: { text: "again" } }, { "MS-RequestId": "0b0f2a52-3c41-4f6b-9d7e-8a1c2b3d4e5f" });
    clock = new Date(clock.getTime() + 60_000);
    await patch(MOCK_SERVICE_REQUEST_ID, { newNote: { text: "again" } }, { "MS-RequestId": requestId });
    expect(storedServiceRequest(windowed.store, MOCK_SERVICE_REQUEST_ID)?.notes?.filter((note) => note.text === "again")).toHaveLength(3);
  });

  it("does not confuse two service requests that share a request ID", async () => {
    await patch(MOCK_SERVICE_REQUEST_ID, { newNote: { text: "a" } }, { "MS-RequestId": requestId });
    const other = await (await patch(FIXTURE_IDS.closedServiceRequest, { newNote: { text: "b" } }, { "MS-RequestId": requestId })).json();
    expect(other.id).toBe(FIXTURE_IDS.closedServiceRequest);
    expect(other.notes.at(-1).text).toBe("b");
  });
});

describe("createHandlers", () => {
  it("keeps working with no arguments: handlers matching any origin, each set with its own store", async () => {
    const handlers = createHandlers();
    server.resetHandlers(...handlers);
    await patch(MOCK_SERVICE_REQUEST_ID, { status: "closed" });
    for (const origin of ["https://partner.partnercenterapi.microsoftonline.cn", "http://127.0.0.1:4010"]) {
      expect((await fetch(`${origin}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: AUTH })).status).toBe(200);
    }
    server.resetHandlers(...createHandlers());
    expect((await (await patch(MOCK_SERVICE_REQUEST_ID, { newNote: { text: "fresh store" } })).json()).status).toBe("open");
    expect(serviceRequestExample.status).toBe("open");
  });

  it("narrows to one origin with baseUrl", async () => {
    const handlers = createHandlers({ baseUrl: "https://api.partnercenter.microsoft.com/" });
    const answer = (origin: string) => getResponse(handlers, new Request(`${origin}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: AUTH }));
    expect((await answer(API))?.status).toBe(200);
    expect(await answer("http://127.0.0.1:4010")).toBeUndefined();
  });
});
