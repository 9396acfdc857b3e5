// The mock's state: one generic store, seeded from the spec's examples and from records drawn
// from the schemas, read and changed through the operations and directly by a test.
import { describe, expect, it } from "vitest";
import {
  createMockStore,
  createPartnerCenterMock,
  customerExample,
  managedServiceCollectionExample,
  MOCK_CUSTOMER_ID,
  MOCK_SERVICE_REQUEST_ID,
  serviceRequestExample,
  type PartnerCenterMock,
} from "../src/index.js";

const API = "https://api.partnercenter.microsoft.com";
const AUTH = { Authorization: "Bearer test-token" };
const get = (mock: PartnerCenterMock, path: string) => mock.fetch(new Request(`${API}${path}`, { headers: AUTH }));

const NEW_CUSTOMER = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const newCustomer = { id: NEW_CUSTOMER, companyProfile: { companyName: "Seeded Ltd", domain: "seeded.onmicrosoft.com" }, attributes: { objectType: "Customer" } };

describe("default data", () => {
  it("holds the spec's examples, each in the scope its path parameters' examples name", () => {
    const { store } = createPartnerCenterMock();
    // A get's example is the richest form of a record, so it wins over a list item with the same ID.
    expect(store.get("customers", MOCK_CUSTOMER_ID)).toEqual(customerExample);
    expect(store.list("managedServices", { customer_id: MOCK_CUSTOMER_ID })).toEqual(managedServiceCollectionExample.items);
    // A collection no operation reads (service requests) is seeded from the answer of its update.
    expect(store.get("serviceRequests", MOCK_SERVICE_REQUEST_ID)).toEqual(serviceRequestExample);
    expect(store.collections()).toEqual(expect.arrayContaining(["customers", "products", "skus", "availabilities", "subscriptions", "users", "invoices", "auditRecords"]));
  });

  it("adds the records the spec asks to generate, each about one company and valid against its schema", () => {
    const customers = createPartnerCenterMock().store.list("customers");
    const generated = customers.filter((customer) => !["Contoso Retail", "Fabrikam Design", "Contoso", "FourthCoffee137", "Wingtip Toys1254789149"].includes(String((customer.companyProfile as { companyName?: unknown }).companyName)));
    expect(generated.length).toBeGreaterThanOrEqual(20);
    for (const customer of generated) {
      const profile = customer.companyProfile as { companyName: string; domain: string; email?: string };
      expect(profile.domain).toBe(`${profile.companyName.toLowerCase().replace(/[^a-z0-9]+/g, "")}.onmicrosoft.com`);
      expect(customer.id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("is the same in every mock, and another random seed draws other IDs", () => {
    const ids = (mock: PartnerCenterMock) => mock.store.list("customers").map((customer) => customer.id);
    expect(ids(createPartnerCenterMock())).toEqual(ids(createPartnerCenterMock()));
    expect(ids(createPartnerCenterMock({ randomSeed: 7 }))).toEqual(ids(createPartnerCenterMock({ randomSeed: 7 })));
    expect(ids(createPartnerCenterMock({ randomSeed: 7 }))).not.toEqual(ids(createPartnerCenterMock()));
  });

  it("generates the same header IDs in every fresh mock, since no random seed was given", async () => {
    const requestIds = async () => {
      const mock = createPartnerCenterMock();
      const ids = [];
      for (let call = 0; call < 3; call += 1) ids.push((await get(mock, `/v1/customers/${MOCK_CUSTOMER_ID}`)).headers.get("MS-RequestId"));
      return ids;
    };
    const first = await requestIds();
    expect(new Set(first).size).toBe(3);
    expect(await requestIds()).toEqual(first);
  });
});

describe("reading and changing the store", () => {
  it("serves what a test puts, in its scope, and matches GUIDs in any case", async () => {
    const mock = createPartnerCenterMock();
    mock.store.put("customers", newCustomer);
    mock.store.put("managedServices", { id: "Exchange", name: "Exchange", groupName: "Office" }, { customer_id: NEW_CUSTOMER.toUpperCase() });
    expect(await (await get(mock, `/v1/customers/${NEW_CUSTOMER.toUpperCase()}`)).json()).toEqual(newCustomer);
    expect((await (await get(mock, `/v1/customers/${NEW_CUSTOMER}/managedservices`)).json()).items).toEqual([{ id: "Exchange", name: "Exchange", groupName: "Office" }]);
    expect(mock.store.list("managedServices", { customer_id: MOCK_CUSTOMER_ID }).map((service) => service.id)).not.toContain(undefined);
  });

  it("keeps copies, frozen: a record is changed by putting a new version", () => {
    const store = createMockStore();
    const record = structuredClone(newCustomer);
    store.put("customers", record);
    record.companyProfile.companyName = "changed by the caller";
    const stored = store.get("customers", NEW_CUSTOMER) as typeof newCustomer;
    expect(stored.companyProfile.companyName).toBe("Seeded Ltd");
    expect(() => {
      (stored.companyProfile as { companyName: string }).companyName = "changed in place";
    }).toThrow(TypeError);
    store.put("customers", { ...stored, companyProfile: { ...stored.companyProfile, companyName: "Renamed" } });
    expect((store.get("customers", NEW_CUSTOMER) as typeof newCustomer).companyProfile.companyName).toBe("Renamed");
  });

  it("refuses a record that does not match its schema, naming the problem, and changes nothing", () => {
    const mock = createPartnerCenterMock();
    const before = mock.store.list("customers").length;
    expect(() => mock.store.put("customers", { id: NEW_CUSTOMER, companyProfile: { companyName: 42 } })).toThrow(/store: customers\.companyProfile\.companyName must be string/);
    expect(() => mock.store.seed({ customers: [{ record: newCustomer }, { record: { id: "x", relationshipToPartner: "friend" } }] })).toThrow(TypeError);
    expect(mock.store.list("customers")).toHaveLength(before);
    expect(() => mock.store.seed({ customers: "not an array" } as never)).toThrow(/customers must be an array/);
  });

  it("goes back to its first records on reset(), and clear() empties it", () => {
    const mock = createPartnerCenterMock();
    const first = mock.store.list("customers");
    mock.store.put("customers", newCustomer);
    mock.store.delete("customers", MOCK_CUSTOMER_ID);
    mock.store.reset();
    expect(mock.store.list("customers")).toEqual(first);
    mock.store.clear();
    expect(mock.store.collections()).toEqual([]);
  });

  it("starts from seedData instead of the spec's data when given", async () => {
    const mock = createPartnerCenterMock({ seedData: { customers: [{ record: newCustomer }] } });
    expect(mock.store.list("customers")).toEqual([newCustomer]);
    expect((await get(mock, `/v1/customers/${MOCK_CUSTOMER_ID}`)).status).toBe(404);
    expect(() => createPartnerCenterMock({ seedData: { customers: [{ record: { id: NEW_CUSTOMER, customDomains: "one" } }] } })).toThrow(/customers\[0\]\.record\.customDomains must be array/);
  });

  it("mock.reset() restores the store, switches scenarios off and forgets remembered write answers", async () => {
    const mock = createPartnerCenterMock();
    const requestId = "f9a030bd-e492-4c1a-9c70-021f18234981";
    const note = (text: string) =>
      mock.fetch(new Request(`${API}/v1/servicerequests/${MOCK_SERVICE_REQUEST_ID}`, { method: "PATCH", headers: { ...AUTH, "Content-Type": "application/json", "MS-RequestId": requestId }, body: JSON.stringify({ newNote: { text } }) }));
    await note("first");
    mock.scenarios.add({ kind: "throttle" });
    mock.reset();
    expect(mock.scenarios.list()).toEqual([]);
    expect(mock.store.get("serviceRequests", MOCK_SERVICE_REQUEST_ID)).toEqual(serviceRequestExample);
    // Forgotten: the same request ID applies the change again.
    const notes = ((await (await note("second")).json()) as { notes: { text: string }[] }).notes;
    expect(notes.at(-1)?.text).toBe("second");
  });

  it("shares one store between mocks given the same store", async () => {
    const store = createMockStore({ customers: [{ record: newCustomer }] });
    const a = createPartnerCenterMock({ store });
    const b = createPartnerCenterMock({ store });
    a.store.put("customers", { ...newCustomer, companyProfile: { companyName: "Shared" } });
    expect(((await (await get(b, `/v1/customers/${NEW_CUSTOMER}`)).json()) as typeof newCustomer).companyProfile.companyName).toBe("Shared");
  });
});
