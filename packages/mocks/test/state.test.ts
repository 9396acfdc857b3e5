// The state behind the operations: generic actions over the store (list, get, create, update,
// replace, delete), lists paged in each operation's form, filters and order, and the named rules
// of a partner's flow. Black-box: requests through mock.fetch, state read back through the store.
import { describe, expect, it } from "vitest";
import { AUDIT_COLLECTION, createMockAccessToken, createPartnerCenterMock, MOCK_CUSTOMER_ID, type PartnerCenterMock } from "../src/index.js";

const API = "https://api.partnercenter.microsoft.com";
const AUTH = { Authorization: "Bearer state-test" };
type Json = Record<string, any>;

function client(mock: PartnerCenterMock, extra: Record<string, string> = {}) {
  const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await mock.fetch(
      new Request(`${API}${path}`, {
        method,
        headers: { ...AUTH, ...extra, ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text && response.headers.get("Content-Type")?.includes("json") ? JSON.parse(text) : text) as Json };
  };
  return {
    send,
    get: (path: string, headers?: Record<string, string>) => send("GET", path, undefined, headers),
    post: (path: string, body?: unknown, headers?: Record<string, string>) => send("POST", path, body, headers),
    patch: (path: string, body: unknown, headers?: Record<string, string>) => send("PATCH", path, body, headers),
    put: (path: string, body: unknown) => send("PUT", path, body),
    delete: (path: string) => send("DELETE", path),
  };
}

const newCustomer = (name: string, domain: string) => ({
  companyProfile: { domain },
  billingProfile: {
    email: `avery@${domain}`,
    culture: "en-US",
    language: "en",
    companyName: name,
    defaultAddress: { country: "US", city: "Redmond", state: "WA", addressLine1: "1 Main Street", postalCode: "98052", firstName: "Avery", lastName: "Smith", phoneNumber: "4255550100" },
  },
});

describe("lists in pages", () => {
  it("seek form: size items, links.next with seekOperation=Next and MS-ContinuationToken, to the last page", async () => {
    const mock = createPartnerCenterMock();
    const api = client(mock);
    const total = mock.store.list("customers").length;
    const seen: string[] = [];
    let page = await api.get("/v1/customers?size=7");
    for (let pages = 1; ; pages += 1) {
      expect(page.status).toBe(200);
      expect(page.body.totalCount).toBe(page.body.items.length);
      seen.push(...page.body.items.map((item: Json) => item.id));
      const next = page.body.links.next;
      if (!next) {
        expect(pages).toBe(Math.ceil(total / 7));
        break;
      }
      expect(next.uri).toMatch(/^\/customers\?size=7&seekOperation=Next$/);
      expect(page.body.continuationToken).toBe(next.headers[0].value);
      page = await api.get(`/v1${next.uri}`, { [next.headers[0].key]: next.headers[0].value });
    }
    expect(seen).toEqual(mock.store.list("customers").map((customer) => customer.id));
  });

  it("seek form: a next page without a continuation token this collection issued is a 400", async () => {
    const api = client(createPartnerCenterMock());
    expect((await api.get("/v1/customers?size=7&seekOperation=Next")).body.description).toMatch(/MS-ContinuationToken header is missing/);
    expect((await api.get("/v1/customers?size=7&seekOperation=Next", { "MS-ContinuationToken": "made-up" })).status).toBe(400);
  });

  it("offset form: size and offset, links.next carrying the next offset", async () => {
    const api = client(createPartnerCenterMock());
    const first = await api.get("/v1/invoices?size=1&offset=0");
    expect(first.body.items).toHaveLength(1);
    expect(first.body.links.next.uri).toBe("/invoices?size=1&offset=1");
    expect(first.body.links.next.headers).toEqual([]);
    const second = await api.get(`/v1${first.body.links.next.uri}`);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });

  it("lists that are never paged come whole, without links", async () => {
    const body = (await client(createPartnerCenterMock()).get(`/v1/customers/${MOCK_CUSTOMER_ID}/managedservices`)).body;
    expect(body).not.toHaveProperty("links");
    expect(body.totalCount).toBe(body.items.length);
  });

  it("list items leave out what the service leaves out of them, and a get shows it", async () => {
    const api = client(createPartnerCenterMock());
    const listed = (await api.get("/v1/customers?size=500")).body.items.find((customer: Json) => customer.id === MOCK_CUSTOMER_ID);
    expect(listed).not.toHaveProperty("billingProfile");
    expect((await api.get(`/v1/customers/${MOCK_CUSTOMER_ID}`)).body).toHaveProperty("billingProfile");
  });
});

describe("filters and order", () => {
  it("filters by a query parameter mapped to a record field, ignoring case and separators", async () => {
    const api = client(createPartnerCenterMock());
    const online = (await api.get("/v1/products?country=US&targetView=onlineservices")).body.items;
    expect(online.length).toBeGreaterThan(0);
    expect(online.every((product: Json) => product.productType.id === "OnlineServices")).toBe(true);
  });

  it("reads the SDK's JSON filter: a company name prefix, case-insensitively", async () => {
    const api = client(createPartnerCenterMock());
    const filter = encodeURIComponent(JSON.stringify({ Field: "CompanyName", Value: "contoso", Operator: "starts_with" }));
    const names = (await api.get(`/v1/customers?size=100&filter=${filter}`)).body.items.map((customer: Json) => customer.companyProfile.companyName);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name: string) => name.toLowerCase().startsWith("contoso"))).toBe(true);
    const unknown = encodeURIComponent(JSON.stringify({ Field: "Revenue", Value: "1", Operator: "equals" }));
    const refused = await api.get(`/v1/customers?filter=${unknown}`);
    expect(refused.status).toBe(400);
    expect(refused.body.description).toMatch(/filter/);
    expect(refused.body.description).toMatch(/Revenue|Field/);
  });

  it("orders audit records newest first, and keeps a date range", async () => {
    const mock = createPartnerCenterMock({ now: () => new Date("2030-01-02T03:04:05Z") });
    const api = client(mock);
    await api.post("/v1/customers", newCustomer("Order Test", "ordertest.onmicrosoft.com"));
    const records = (await api.get("/v1/auditrecords?startDate=2000-01-01")).body.items;
    expect(records[0].operationDate).toBe("2030-01-02T03:04:05.000Z");
    const dates = records.map((record: Json) => Date.parse(record.operationDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect((await api.get("/v1/auditrecords?startDate=2030-01-01")).body.items).toHaveLength(1);
  });
});

describe("a partner's flow", () => {
  it("creates a customer visible in get and list, with its domain taken and credentials shown once", async () => {
    const mock = createPartnerCenterMock();
    const api = client(mock);
    expect((await api.send("HEAD", "/v1/domains/flowtest.onmicrosoft.com")).status).toBe(404);
    const created = await api.post("/v1/customers", newCustomer("Flow Test", "flowtest.onmicrosoft.com"));
    expect(created.status).toBe(201);
    expect(created.body.companyProfile).toMatchObject({ tenantId: created.body.id, companyName: "Flow Test", domain: "flowtest.onmicrosoft.com" });
    expect(created.body.userCredentials).toMatchObject({ userName: "admin@flowtest.onmicrosoft.com", password: expect.any(String) });
    const fetched = await api.get(`/v1/customers/${created.body.id}`);
    expect(fetched.body).not.toHaveProperty("userCredentials");
    expect(fetched.body.relationshipToPartner).toBe("reseller");
    expect((await api.send("HEAD", "/v1/domains/FLOWTEST.onmicrosoft.com")).status).toBe(200);
  });

  it("checks a cart out into an order and subscriptions whose licenses the customer then owns", async () => {
    const mock = createPartnerCenterMock();
    const api = client(mock);
    const { body: customer } = await api.post("/v1/customers", newCustomer("Cart Test", "carttest.onmicrosoft.com"));
    const item = { catalogItemId: "CFQ7TTC0LH18:0001:CFQ7TTC0LDPB", quantity: 3, billingCycle: "monthly", termDuration: "P1M" };
    expect((await api.post(`/v1/customers/${customer.id}/carts`, { lineItems: [{ ...item, catalogItemId: "NOPE:0001:NOPE" }] })).status).toBe(400);
    const cart = await api.post(`/v1/customers/${customer.id}/carts`, { lineItems: [item] });
    expect(cart.body).toMatchObject({ status: "Active", lineItems: [{ id: 0, ...item }] });
    const updated = await api.put(`/v1/customers/${customer.id}/carts/${cart.body.id}`, { ...cart.body, lineItems: [{ ...item, quantity: 4 }] });
    expect(updated.body.lineItems[0].quantity).toBe(4);
    const checkout = await api.post(`/v1/customers/${customer.id}/carts/${cart.body.id}/checkout`);
    expect(checkout.status).toBe(201);
    const [order] = checkout.body.orders;
    expect(order).toMatchObject({ status: "completed", referenceCustomerId: customer.id, lineItems: [{ offerId: item.catalogItemId, quantity: 4 }] });
    expect((await api.post(`/v1/customers/${customer.id}/carts/${cart.body.id}/checkout`)).status).toBe(400);
    const subscriptions = (await api.get(`/v1/customers/${customer.id}/subscriptions?order_id=${order.id}`)).body.items;
    expect(subscriptions).toEqual([expect.objectContaining({ id: order.lineItems[0].subscriptionId, quantity: 4, status: "active", orderId: order.id })]);
    const [sku] = (await api.get(`/v1/customers/${customer.id}/subscribedskus`)).body.items;
    expect(sku).toMatchObject({ totalUnits: 4, availableUnits: 4, productSku: { name: "Microsoft 365 Business Basic" } });
    await api.patch(`/v1/customers/${customer.id}/subscriptions/${subscriptions[0].id}`, { quantity: 6 });
    expect((await api.get(`/v1/customers/${customer.id}/subscribedskus`)).body.items[0]).toMatchObject({ totalUnits: 6, availableUnits: 6 });
    await api.patch(`/v1/customers/${customer.id}/subscriptions/${subscriptions[0].id}`, { status: "suspended" });
    expect((await api.get(`/v1/customers/${customer.id}/subscribedskus`)).body.items[0]).toMatchObject({ suspendedUnits: 6, activeUnits: 0 });
    expect((await api.patch(`/v1/customers/${customer.id}/subscriptions/${subscriptions[0].id}`, { quantity: 0 })).status).toBe(400);
  });

  it("adds a user to a role and gives them a license until the licenses run out; deleting them is a soft delete", async () => {
    const mock = createPartnerCenterMock();
    const api = client(mock);
    const customer = MOCK_CUSTOMER_ID;
    const user = (await api.post(`/v1/customers/${customer}/users`, { displayName: "Jo Doe", firstName: "Jo", lastName: "Doe", userPrincipalName: "jo@contosoretail.onmicrosoft.com", usageLocation: "US", passwordProfile: { password: "Secret-123!", forceChangePassword: true } })).body;
    expect(user).toMatchObject({ state: "active", userPrincipalName: "jo@contosoretail.onmicrosoft.com" });
    expect(user).not.toHaveProperty("passwordProfile");
    const role = "fe930be7-5e62-47db-91af-98c3a49a38b1";
    expect((await api.post(`/v1/customers/${customer}/directoryroles/${role}/usermembers`, { id: "00000000-0000-4000-8000-000000000000" })).status).toBe(404);
    expect((await api.post(`/v1/customers/${customer}/directoryroles/${role}/usermembers`, { id: user.id, displayName: "Jo Doe" })).status).toBe(201);
    expect((await api.get(`/v1/customers/${customer}/users/${user.id}/directoryroles`)).body.items).toEqual([expect.objectContaining({ id: role, name: "User Administrator" })]);
    const [sku] = (await api.get(`/v1/customers/${customer}/subscribedskus`)).body.items;
    const assign = (userId: string) => api.post(`/v1/customers/${customer}/users/${userId}/licenseupdates`, { licensesToAssign: [{ skuId: sku.productSku.id }] });
    expect((await assign(user.id)).status).toBe(201);
    expect((await api.get(`/v1/customers/${customer}/users/${user.id}/licenses`)).body.items).toEqual([expect.objectContaining({ productSku: sku.productSku })]);
    expect((await api.get(`/v1/customers/${customer}/subscribedskus`)).body.items[0]).toMatchObject({ availableUnits: sku.availableUnits - 1, consumedUnits: sku.consumedUnits + 1 });
    // The rest of the units, then one too many.
    const others = [];
    for (let index = 1; index < sku.availableUnits; index += 1) {
      const other = (await api.post(`/v1/customers/${customer}/users`, { displayName: `User ${index}`, userPrincipalName: `user${index}@contosoretail.onmicrosoft.com`, usageLocation: "US" })).body;
      expect((await assign(other.id)).status).toBe(201);
      others.push(other);
    }
    const last = (await api.post(`/v1/customers/${customer}/users`, { displayName: "One too many", userPrincipalName: "late@contosoretail.onmicrosoft.com", usageLocation: "US" })).body;
    expect((await assign(last.id)).body).toMatchObject({ code: 60012 });
    expect((await api.delete(`/v1/customers/${customer}/users/${user.id}`)).status).toBe(204);
    expect((await api.get(`/v1/customers/${customer}/users/${user.id}`)).body).toMatchObject({ state: "inactive", softDeletionTime: expect.any(String) });
    expect((await api.get(`/v1/customers/${customer}/users?size=500`)).body.items.map((listed: Json) => listed.id)).not.toContain(user.id);
    const deleted = encodeURIComponent(JSON.stringify({ Field: "UserState", Value: "Inactive", Operator: "equals" }));
    expect((await api.get(`/v1/customers/${customer}/users?filter=${deleted}`)).body.items.map((listed: Json) => listed.id)).toContain(user.id);
    expect((await api.delete(`/v1/customers/${customer}/users/${user.id}`)).status).toBe(404);
    expect((await api.patch(`/v1/customers/${customer}/users/${user.id}`, { state: "active" })).body.state).toBe("active");
  });

  it("answers an unknown scope with the owner's 404, and keeps an audit trail of every write", async () => {
    const mock = createPartnerCenterMock({ now: () => new Date("2031-05-06T07:08:09Z") });
    const api = client(mock, { Authorization: `Bearer ${createMockAccessToken({ kind: "app+user", issuedAt: new Date("2031-05-06T07:00:00Z"), claims: { name: undefined, upn: "alex@partner.onmicrosoft.com" } })}` });
    expect((await api.get("/v1/customers/11111111-2222-4333-8444-555555555555/users")).body).toMatchObject({ code: 60003 });
    const { body: customer } = await api.post("/v1/customers", newCustomer("Audit Test", "audittest.onmicrosoft.com"));
    await api.post(`/v1/customers/${customer.id}/users`, { displayName: "Kim", userPrincipalName: "kim@audittest.onmicrosoft.com", usageLocation: "US" });
    const records = mock.store.list(AUDIT_COLLECTION).filter((record) => record.customerId === customer.id);
    expect(records.map((record) => record.operationType)).toEqual(["add_customer", "create_customer_user"]);
    expect(records[0]).toMatchObject({ resourceType: "customer", customerName: "Audit Test", userPrincipalName: "alex@partner.onmicrosoft.com", operationStatus: "succeeded", operationDate: "2031-05-06T07:08:09.000Z" });
    const filter = encodeURIComponent(JSON.stringify({ Field: "CustomerId", Value: customer.id, Operator: "equals" }));
    expect((await api.get(`/v1/auditrecords?startDate=2031-01-01&filter=${filter}`)).body.items).toHaveLength(2);
  });

  it("answers an operation without a binding with its spec example, after validating the request", async () => {
    const api = client(createPartnerCenterMock());
    const answer = await api.get("/v1/customers/relationshiprequests");
    expect(answer.status).toBe(200);
    expect(answer.body.url).toMatch(/^https:\/\//);
    const statement = await createPartnerCenterMock().fetch(new Request(`${API}/v1/invoices/D030001IVV/documents/statement`, { headers: AUTH }));
    expect(statement.headers.get("Content-Type")).toBe("application/pdf");
    expect(new TextDecoder().decode(new Uint8Array(await statement.arrayBuffer()).slice(0, 8))).toBe("%PDF-1.4");
  });
});
