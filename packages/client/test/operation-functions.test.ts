// The generated operation functions against the mock, answered in-process by `mock.fetch`:
// queries, bodies, answers without a body or with a PDF, the request checks the spec drives,
// and the pager over both paging forms.
import { beforeEach, describe, expect, it } from "vitest";
import { createPartnerCenterMock, MOCK_CUSTOMER_ID, type PartnerCenterMock } from "@partnercenter/mocks";
import type { CustomerUser } from "@partnercenter/types";
import {
  createPartnerCenterClient,
  createUser,
  deleteUser,
  getInvoiceStatement,
  getUser,
  listCustomers,
  listInvoices,
  listOrders,
  listProducts,
  listUsers,
  paginate,
  PartnerCenterArgumentError,
  PartnerCenterError,
  verifyDomainAvailability,
  type PartnerCenterClient,
} from "../src/index.js";

let mock: PartnerCenterMock;
let client: PartnerCenterClient;
/** Every request the client sent, in order. */
let sent: Request[];
const customer = { customer_id: MOCK_CUSTOMER_ID };

beforeEach(() => {
  mock = createPartnerCenterMock();
  sent = [];
  client = createPartnerCenterClient({
    accessToken: "mock-token",
    fetch: (request) => {
      sent.push(request.clone());
      return mock.fetch(request);
    },
  });
});

const newUser: CustomerUser = {
  userPrincipalName: "casey@contosoretail.onmicrosoft.com",
  displayName: "Casey Lee",
  firstName: "Casey",
  lastName: "Lee",
  usageLocation: "US",
  passwordProfile: { password: "Pa55word!x", forceChangePassword: true },
};

describe("operation functions through the mock", () => {
  it("a list with a query (listProducts) sends the query and returns the collection", async () => {
    const products = await listProducts(client, { query: { country: "US", targetView: "OnlineServices" } });
    expect(new URL(sent[0]!.url).search).toBe("?country=US&targetView=OnlineServices");
    expect(products.items?.map((product) => product.id)).toContain("CFQ7TTC0LH18");
    expect(products.items?.every((product) => product.productType?.id === "OnlineServices")).toBe(true);
  });

  it("a create with a body (createUser) sends the body as JSON and returns what the service stored", async () => {
    const before = mock.store.list("users", customer).length;
    const created = await createUser(client, MOCK_CUSTOMER_ID, newUser);
    expect(sent[0]?.method).toBe("POST");
    expect(sent[0]?.headers.get("Content-Type")).toBe("application/json");
    expect(JSON.parse(await sent[0]!.text())).toEqual(newUser);
    expect(created).toMatchObject({ userPrincipalName: newUser.userPrincipalName, state: "active", id: expect.any(String) });
    expect(mock.store.list("users", customer)).toHaveLength(before + 1);
    expect(await getUser(client, MOCK_CUSTOMER_ID, created.id!)).toMatchObject({ displayName: "Casey Lee" });
  });

  it("HEAD verifyDomainAvailability resolves for a taken domain (200) and throws NotFound for a free one (404)", async () => {
    const taken = mock.store.get("customers", MOCK_CUSTOMER_ID)?.companyProfile as { domain: string };
    await expect(verifyDomainAvailability(client, taken.domain)).resolves.toBeUndefined();
    const free = await verifyDomainAvailability(client, "fabrikam-new-tenant.onmicrosoft.com").catch((thrown: unknown) => thrown);
    expect(free).toBeInstanceOf(PartnerCenterError);
    expect(free).toMatchObject({ status: 404, category: "NotFound" });
    expect(sent.map((request) => request.method)).toEqual(["HEAD", "HEAD"]);
  });

  it("DELETE deleteUser resolves to undefined (204) and the user leaves the active list", async () => {
    const [user] = mock.store.list("users", customer);
    await expect(deleteUser(client, MOCK_CUSTOMER_ID, String(user!.id))).resolves.toBeUndefined();
    expect(sent[0]?.method).toBe("DELETE");
    const active = await listUsers(client, MOCK_CUSTOMER_ID);
    expect(active.items?.map((item) => item.id)).not.toContain(user!.id);
  });

  it("getInvoiceStatement returns the PDF as a Blob", async () => {
    const [invoice] = mock.store.all("invoices");
    const statement = await getInvoiceStatement(client, String(invoice!.id));
    expect(statement).toBeInstanceOf(Blob);
    expect(statement.type).toBe("application/pdf");
    expect(await statement.slice(0, 5).text()).toBe("%PDF-");
  });

  it("an unknown record is a PartnerCenterError NotFound", async () => {
    await expect(getUser(client, MOCK_CUSTOMER_ID, "0b0b0b0b-1111-2222-3333-444444444444")).rejects.toMatchObject({ name: "PartnerCenterError", status: 404, category: "NotFound" });
  });
});

describe("the spec's request checks, before anything is sent", () => {
  it.each([
    ["a path parameter that is not a GUID (getUser `user_id`)", "user_id", () => getUser(client, MOCK_CUSTOMER_ID, "not-a-guid")],
    [
      "a missing required query parameter (listProducts `country`)",
      "country",
      // @ts-expect-error the spec requires `country`
      () => listProducts(client, { query: { targetView: "OnlineServices" } }),
    ],
    [
      "an enum value the spec does not list (listOrders `billingType`)",
      "billingType",
      // @ts-expect-error not a billing type the spec lists
      () => listOrders(client, MOCK_CUSTOMER_ID, { query: { billingType: "quarterly" } }),
    ],
    [
      "a body field the spec does not declare (createUser `body.nickname`)",
      "body.nickname",
      // @ts-expect-error not a field of CustomerUser
      () => createUser(client, MOCK_CUSTOMER_ID, { ...newUser, nickname: "cas" }),
    ],
    [
      "a read-only body field the service sets (createUser `body.id`)",
      "body.id",
      () => createUser(client, MOCK_CUSTOMER_ID, { ...newUser, ...{ id: "82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07" } }),
    ],
  ])("%s is a PartnerCenterArgumentError naming it", async (_, argument, call) => {
    const error = await call().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PartnerCenterArgumentError);
    expect(error).toMatchObject({ argument });
    expect((error as Error).message).toContain(`\`${argument}\``);
    expect(sent).toHaveLength(0);
  });

  it("says what the spec expects", async () => {
    // @ts-expect-error not a billing type the spec lists
    await expect(listOrders(client, MOCK_CUSTOMER_ID, { query: { billingType: "quarterly" } })).rejects.toThrow(
      'Invalid Partner Center call argument `billingType`: expected one of: monthly, annual, none, onetime, got "quarterly"',
    );
  });

  it("lets a valid call through", async () => {
    await expect(listOrders(client, MOCK_CUSTOMER_ID, { query: { billingType: "onetime" } })).resolves.toMatchObject({ items: expect.any(Array) });
    expect(new URL(sent[0]!.url).searchParams.get("billingType")).toBe("onetime");
  });
});

describe("paginate with operation functions", () => {
  it("walks the seek-paged customers: every customer once, pages of the size asked for", async () => {
    const stored = mock.store.list("customers").map((record) => record.id);
    expect(stored.length).toBeGreaterThan(20);
    const ids: (string | undefined)[] = [];
    for await (const item of paginate(client, listCustomers, { query: { size: 10 } })) ids.push(item.id);
    expect(ids).toHaveLength(stored.length);
    expect(new Set(ids)).toEqual(new Set(stored));
    const pages = Math.ceil(stored.length / 10);
    expect(sent).toHaveLength(pages);
    expect(sent.slice(1).every((request) => new URL(request.url).searchParams.get("seekOperation") === "Next" && request.headers.has("MS-ContinuationToken"))).toBe(true);

    const sizes: number[] = [];
    for await (const page of paginate(client, listCustomers, { query: { size: 10 } }).byPage()) sizes.push(page.items?.length ?? 0);
    expect(sizes).toEqual(Array.from({ length: pages }, (_, index) => Math.min(10, stored.length - index * 10)));
  });

  it("walks the offset-paged invoices, following the offset in links.next", async () => {
    const stored = mock.store.all("invoices").map((record) => record.id);
    expect(stored.length).toBeGreaterThan(2);
    const sizes: number[] = [];
    const ids: (string | undefined)[] = [];
    for await (const page of paginate(client, listInvoices, { query: { size: 2 } }).byPage()) {
      sizes.push(page.items?.length ?? 0);
      ids.push(...(page.items ?? []).map((invoice) => invoice.id));
    }
    expect(new Set(ids)).toEqual(new Set(stored));
    expect(sizes).toEqual(Array.from({ length: Math.ceil(stored.length / 2) }, (_, index) => Math.min(2, stored.length - index * 2)));
    expect(sent.map((request) => new URL(request.url).searchParams.get("offset"))).toEqual([null, ...sizes.slice(1).map((_, index) => String((index + 1) * 2))]);
  });

  it("takes the operation's own arguments after it: path parameters, then options", async () => {
    // The list leaves out soft-deleted (inactive) users.
    const active = mock.store.list("users", customer).filter((user) => user.state !== "inactive");
    expect(active.length).toBeGreaterThan(1);
    const users = [];
    for await (const user of paginate(client, listUsers, MOCK_CUSTOMER_ID, { query: { size: 1 } })) users.push(user.id);
    expect(users).toEqual(active.map((user) => user.id));
    expect(sent).toHaveLength(active.length);
    expect(sent[0]?.url).toContain(`/v1/customers/${MOCK_CUSTOMER_ID}/users?size=1`);
  });
});
