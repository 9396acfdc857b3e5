import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createDefaultSeedData,
  createMockStore,
  createPartnerCenterMock,
  customerExample,
  managedServiceCollectionExample,
  MOCK_CUSTOMER_ID,
  MOCK_IDS,
  MOCK_SERVICE_REQUEST_ID,
  serviceIncidentDetailCollectionExample,
  serviceRequestExample,
  type MockSeedData,
} from "../src/index.js";

const API = "https://api.partnercenter.microsoft.com";
const AUTH = { Authorization: "Bearer test-token" };
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const NEW_CUSTOMER = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const newCustomer = { ...structuredClone(customerExample), id: NEW_CUSTOMER, companyProfile: { companyName: "Seeded Ltd" } };

describe("default data", () => {
  it("holds the seed pages' examples plus a fixed set of customers, incidents resolved and not, and service requests", () => {
    const store = createMockStore();
    expect(store.customers.get(MOCK_CUSTOMER_ID)).toEqual(customerExample);
    expect(store.managedServices.get(MOCK_CUSTOMER_ID)).toEqual(managedServiceCollectionExample.items);
    expect(store.serviceIncidents.get(MOCK_CUSTOMER_ID)).toEqual(serviceIncidentDetailCollectionExample.items);
    expect(store.serviceRequests.get(MOCK_SERVICE_REQUEST_ID)).toEqual(serviceRequestExample);
    expect([...store.customers.keys()].sort()).toEqual(Object.values(MOCK_IDS.customers).sort());
    expect([...store.serviceRequests.keys()].sort()).toEqual(Object.values(MOCK_IDS.serviceRequests).sort());
    const incidents = [...store.serviceIncidents.values()].flat();
    expect(incidents.some((incident) => incident.resolved === true)).toBe(true);
    expect(incidents.some((incident) => incident.resolved === false)).toBe(true);
    expect(new Set([...store.serviceRequests.values()].map((request) => request.status))).toEqual(new Set(["open", "closed", "attention_needed"]));
  });

  it("is the same every time, with no randomness", () => {
    expect(createDefaultSeedData()).toEqual(createDefaultSeedData());
  });

  it("generates the same header IDs in every fresh mock, since no random seed was given", async () => {
    const requestIds = async () => {
      server.resetHandlers(...createPartnerCenterMock().handlers);
      const ids = [];
      for (let call = 0; call < 3; call += 1) ids.push((await fetch(`${API}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: AUTH })).headers.get("MS-RequestId"));
      return ids;
    };
    const first = await requestIds();
    expect(new Set(first).size).toBe(3);
    expect(await requestIds()).toEqual(first);
  });
});

describe("a random seed", () => {
  it("adds generatedCustomerCount customers, the same for the same seed and different for another", () => {
    const a = createPartnerCenterMock({ randomSeed: 42, generatedCustomerCount: 5 }).store;
    const b = createPartnerCenterMock({ randomSeed: 42, generatedCustomerCount: 5 }).store;
    const c = createPartnerCenterMock({ randomSeed: 43, generatedCustomerCount: 5 }).store;
    expect(a.customers.size).toBe(3 + 5);
    expect([...a.customers.values()]).toEqual([...b.customers.values()]);
    expect([...a.serviceIncidents.entries()]).toEqual([...b.serviceIncidents.entries()]);
    expect([...a.customers.keys()]).not.toEqual([...c.customers.keys()]);
    expect(createPartnerCenterMock({ randomSeed: 7 }).store.customers.size).toBe(3 + 3);
  });

  it("keeps the generated customers across reset()", () => {
    const mock = createPartnerCenterMock({ randomSeed: 9 });
    const ids = [...mock.store.customers.keys()];
    mock.store.clear();
    mock.reset();
    expect([...mock.store.customers.keys()]).toEqual(ids);
  });

  it.each([
    [{ randomSeed: Number.NaN }, TypeError, /randomSeed must be a finite number/],
    [{ randomSeed: 1, generatedCustomerCount: 101 }, RangeError, /generatedCustomerCount must be a whole number from 0 to 100, got 101/],
  ])("refuses %j naming the option", (options, type, message) => {
    expect(() => createPartnerCenterMock(options)).toThrow(type);
    expect(() => createPartnerCenterMock(options)).toThrow(message);
  });
});

describe("seed, read, reset", () => {
  it("serves seeded records and lists, read back from the store", async () => {
    const mock = createPartnerCenterMock();
    server.resetHandlers(...mock.handlers);
    mock.store.seed({
      customers: [newCustomer],
      managedServices: { [NEW_CUSTOMER]: managedServiceCollectionExample.items?.slice(0, 1) ?? [] },
      serviceRequests: [{ ...serviceRequestExample, id: "123456789012345", title: "Seeded" }],
    });
    const customer = await fetch(`${API}/v1/customers/${NEW_CUSTOMER}`, { headers: AUTH });
    expect((await customer.json()).companyProfile.companyName).toBe("Seeded Ltd");
    const services = await (await fetch(`${API}/v1/customers/${NEW_CUSTOMER}/managedservices`, { headers: AUTH })).json();
    expect(services.totalCount).toBe(1);
    const incidents = await (await fetch(`${API}/v1/customers/${NEW_CUSTOMER}/serviceincidents/office`, { headers: AUTH })).json();
    expect(incidents.items).toEqual([]);
    const patched = await fetch(`${API}/v1/servicerequests/123456789012345`, {
      method: "PATCH",
      headers: { ...AUTH, "Content-Type": "application/json" },
      body: JSON.stringify({ status: "closed" }),
    });
    expect((await patched.json()).title).toBe("Seeded");
    expect(mock.store.get("serviceRequests", "123456789012345")?.status).toBe("closed");
  });

  it("replaces records with the same ID, copies what it is given, and keys customers in lower case", () => {
    const store = createMockStore();
    const input = { ...newCustomer, id: NEW_CUSTOMER.toUpperCase() };
    store.seed({ customers: [input] });
    input.companyProfile = { companyName: "Changed later" };
    expect(store.customers.get(NEW_CUSTOMER)?.companyProfile?.companyName).toBe("Seeded Ltd");
    store.seed({ customers: [{ ...newCustomer, companyProfile: { companyName: "Replaced" } }] });
    expect(store.customers.get(NEW_CUSTOMER)?.companyProfile?.companyName).toBe("Replaced");
  });

  it("goes back to the initial data on reset(), and clear() empties it", () => {
    const store = createMockStore();
    store.seed({ customers: [newCustomer] });
    store.serviceRequests.get(MOCK_SERVICE_REQUEST_ID)!.status = "closed";
    store.reset();
    expect(store.customers.has(NEW_CUSTOMER)).toBe(false);
    expect(store.serviceRequests.get(MOCK_SERVICE_REQUEST_ID)).toEqual(serviceRequestExample);
    store.clear();
    expect(store.customers.size + store.serviceRequests.size + store.managedServices.size + store.serviceIncidents.size).toBe(0);
  });

  it("mock.reset() restores the store, switches scenarios off and forgets PATCH answers", async () => {
    const mock = createPartnerCenterMock();
    server.resetHandlers(...mock.handlers);
    const send = () =>
      fetch(`${API}/v1/servicerequests/${MOCK_SERVICE_REQUEST_ID}`, {
        method: "PATCH",
        headers: { ...AUTH, "Content-Type": "application/json", "MS-RequestId": "f9a030bd-e492-4c1a-9c70-021f18234981" },
        body: JSON.stringify({ newNote: { text: "before reset" } }),
      });
    await send();
    mock.scenarios.add({ kind: "throttle", operation: "getCustomer" });
    mock.reset();
    expect(mock.scenarios.list()).toEqual([]);
    expect(mock.store.get("serviceRequests", MOCK_SERVICE_REQUEST_ID)).toEqual(serviceRequestExample);
    await send();
    expect(mock.store.get("serviceRequests", MOCK_SERVICE_REQUEST_ID)?.notes?.at(-1)?.text).toBe("before reset");
  });

  it("starts from seedData when given instead of the default data", () => {
    const mock = createPartnerCenterMock({ seedData: { customers: [newCustomer] } });
    expect([...mock.store.customers.keys()]).toEqual([NEW_CUSTOMER]);
    expect(mock.store.serviceRequests.size).toBe(0);
  });

  it.each([
    [{ customers: [{ ...newCustomer, id: "not-a-guid" }] }, /customers\[0\]\.id must be a GUID \(got "not-a-guid"\)/],
    [{ customers: [{ ...newCustomer, companyProfile: { address: { country: "USA" } } }] }, /customers\[0\]\.companyProfile\.address\.country must NOT have more than 2 characters \(got "USA"\)/],
    [{ customers: [{ ...newCustomer, relationshipToPartner: "friend" }] }, /customers\[0\]\.relationshipToPartner must be one of: unknown, reseller/],
    [{ customers: [{ companyProfile: {} }] }, /customers\[0\]\.id must be the customer tenant ID/],
    [{ serviceRequests: [{ ...serviceRequestExample, newNote: { text: "x" } }] }, /serviceRequests\[0\]\.newNote is write-only/],
    [{ serviceRequests: [{ title: "no id" }] }, /serviceRequests\[0\]\.id must be a non-empty string/],
    [{ serviceIncidents: { [NEW_CUSTOMER]: [] } }, /serviceIncidents\["0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"\] belongs to no customer; seed the customer too/],
    [{ serviceIncidents: { [MOCK_CUSTOMER_ID]: [{ status: "bad" }] } }, /serviceIncidents\[".*"\]\[0\]\.status must be one of: normal, information, warning, critical/],
    [{ managedServices: { [MOCK_CUSTOMER_ID]: {} } }, /managedServices\[".*"\] must be an array/],
  ])("throws a TypeError naming the record and the problem, and changes nothing (%#)", (data, message) => {
    const store = createMockStore();
    expect(() => store.seed(data as MockSeedData)).toThrow(TypeError);
    expect(() => store.seed(data as MockSeedData)).toThrow(message);
    expect(store.customers.size).toBe(3);
    expect(store.serviceRequests.get(MOCK_SERVICE_REQUEST_ID)).toEqual(serviceRequestExample);
  });
});
