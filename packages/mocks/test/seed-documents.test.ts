// The request examples of the Partner Center pages the spec was written from get the responses
// those pages document. The request headers are copied from the pages' "Request example"
// sections; the bodies are the spec's examples, which quote the pages unchanged.
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createMockAccessToken,
  createPartnerCenterMock,
  customerExample,
  managedServiceCollectionExample,
  MOCK_CUSTOMER_ID,
  MOCK_NOTE_AUTHOR,
  serviceIncidentDetailCollectionExample,
  serviceRequestExample,
  serviceRequestUpdateNoteExample,
  serviceRequestUpdateSdkBodyExample,
} from "../src/index.js";

const API = "https://api.partnercenter.microsoft.com";
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe("get the managed services for a customer by ID", () => {
  // https://learn.microsoft.com/en-us/partner-center/developer/get-the-managed-services-for-a-customer-by-id
  it("answers the documented request with the documented collection and echoed IDs", async () => {
    server.resetHandlers(...createPartnerCenterMock().handlers);
    const response = await fetch(`${API}/v1/customers/${MOCK_CUSTOMER_ID}/managedservices`, {
      headers: {
        Authorization: "Bearer documented-example",
        Accept: "application/json",
        "MS-RequestId": "4ff57220-f17b-4d8f-8e09-78334c57ba00",
        "MS-CorrelationId": "03d6064a-f048-4aee-8892-ed46dc5c8bee",
      },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(response.headers.get("MS-CorrelationId")).toBe("03d6064a-f048-4aee-8892-ed46dc5c8bee");
    expect(response.headers.get("MS-RequestId")).toBe("4ff57220-f17b-4d8f-8e09-78334c57ba00");
    expect(await response.json()).toEqual(managedServiceCollectionExample);
  });
});

describe("update a service request", () => {
  // https://learn.microsoft.com/en-us/partner-center/developer/update-a-service-request
  const documentedAt = new Date("2017-01-09T23:31:15.373Z");
  const documentedRequest = (body: unknown) => ({
    method: "PATCH",
    headers: {
      // The page's caller is shown as "Account" on the note it adds.
      Authorization: `Bearer ${createMockAccessToken({ kind: "app+user", issuedAt: documentedAt, claims: { name: "Account" } })}`,
      Accept: "application/json",
      "MS-RequestId": "f9a030bd-e492-4c1a-9c70-021f18234981",
      "MS-CorrelationId": "aaaa0000-bb11-2222-33cc-444444dddddd",
      "X-Locale": "en-US",
      "Content-Type": "application/json",
    },
    body: JSON.stringify(body),
  });
  /** The request as it was before the page's call: the documented answer without its note. */
  const beforeTheCall = { ...structuredClone(serviceRequestExample), notes: [], lastModifiedDate: "2016-12-22T20:31:17.24Z" };
  /** The documented answer; the mock writes the note's time with its UTC offset. */
  const documentedAnswer = {
    ...serviceRequestExample,
    notes: serviceRequestExample.notes?.map((note) => ({ ...note, createdDate: "2017-01-09T23:31:15.373Z" })),
  };

  it.each([
    ["the .NET SDK's PascalCase body, quoted from the page", serviceRequestUpdateSdkBodyExample],
    ["the minimal camelCase body", serviceRequestUpdateNoteExample],
  ])("answers %s with the documented response and headers", async (_, body) => {
    const mock = createPartnerCenterMock({ now: () => documentedAt, seedData: { serviceRequests: [{ record: beforeTheCall }] } });
    server.resetHandlers(...mock.handlers);
    const response = await fetch(`${API}/v1/servicerequests/616122292874576`, documentedRequest(body));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(documentedAnswer);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("MS-CorrelationId")).toBe("aaaa0000-bb11-2222-33cc-444444dddddd");
    expect(response.headers.get("MS-RequestId")).toBe("f9a030bd-e492-4c1a-9c70-021f18234981");
    expect(response.headers.get("MS-CV")).toMatch(/^[A-Za-z0-9+/]{16}\.0$/);
    expect(response.headers.get("MS-ServerId")).toMatch(/^[0-9A-F]+$/);
    expect(response.headers.get("Date")).toBe("Mon, 09 Jan 2017 23:31:15 GMT");
  });

  it("on the default data (the documented answer is the starting state) appends a second note", async () => {
    server.resetHandlers(...createPartnerCenterMock().handlers);
    const response = await fetch(`${API}/v1/servicerequests/616122292874576`, {
      ...documentedRequest(serviceRequestUpdateSdkBodyExample),
      headers: { ...documentedRequest(null).headers, Authorization: "Bearer opaque" },
    });
    const body = await response.json();
    expect(body.notes.map((note: { createdByName: string; text: string }) => [note.createdByName, note.text])).toEqual([
      ["Account", "Sample Note"],
      [MOCK_NOTE_AUTHOR, "Sample Note"],
    ]);
  });
});

describe("the REST reference pages (no request examples beyond the URL)", () => {
  it("get customer by customer ID answers the Customer example", async () => {
    // https://learn.microsoft.com/en-us/rest/api/partner-center/manage-customer-accounts/get-customer-by-customer-id
    server.resetHandlers(...createPartnerCenterMock().handlers);
    const response = await fetch(`${API}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: { Authorization: "Bearer reference" } });
    expect(await response.json()).toEqual(customerExample);
  });

  it("get customer office service incidents answers both URL forms, filter.operator alone changing nothing", async () => {
    // https://learn.microsoft.com/en-us/rest/api/partner-center/manage-customer-accounts/get-customer-office-service-incidents
    server.resetHandlers(...createPartnerCenterMock().handlers);
    for (const query of ["", "?filter.operator=equals"]) {
      const response = await fetch(`${API}/v1/customers/${MOCK_CUSTOMER_ID}/serviceincidents/office${query}`, { headers: { Authorization: "Bearer reference" } });
      expect(await response.json()).toEqual(serviceIncidentDetailCollectionExample);
    }
  });
});
