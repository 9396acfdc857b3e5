// A partner's day on the Partner Center mock, driven through the client only (its generated
// operation functions and `paginate`), once with the mock in-process (msw) and once behind the
// mock HTTP server: issue 11's lifecycle test. Every step asserts what a partner would check
// after it; the mock's store is never read.
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockAccessToken, createPartnerCenterMock, MOCK_CUSTOMER_ID, type PartnerCenterMock } from "@partnercenter/mocks";
import { startMockServer } from "@partnercenter/mocks/server";
import { operationTable, type AuditRecord, type Cart, type NewCustomer, type OperationId } from "@partnercenter/types";
import {
  addDirectoryRoleMember,
  assignLicenses,
  checkoutCart,
  createCart,
  createCustomer,
  createCustomerAgreement,
  createPartnerCenterClient,
  createUser,
  deleteUser,
  getCustomer,
  getOrder,
  getProduct,
  getSubscription,
  getUser,
  listAgreementMetadata,
  listAuditRecords,
  listAvailabilities,
  listCustomerAgreements,
  listCustomers,
  listInvoiceLineItems,
  listInvoices,
  listOrders,
  listProducts,
  listSkus,
  listSubscribedSkus,
  listSubscriptions,
  listUserLicenses,
  listUserRoles,
  listUsers,
  paginate,
  PartnerCenterError,
  updateCart,
  updateSubscription,
  verifyDomainAvailability,
  type PartnerCenterClient,
  type PartnerCenterPager,
} from "../src/index.js";
import { callOperation, exampleArguments, pascalCase } from "./lifecycle-support.js";
import { API, GUID } from "./support.js";

/** One request the client sent and what came back. */
interface Exchange {
  method: string;
  url: URL;
  requestId: string | null;
  correlationId: string | null;
  continuationToken: string | null;
  /** `performance.now()` when it was sent and when its answer's headers arrived, in ms. */
  sentAtMs: number;
  answeredAtMs?: number;
  status?: number;
}

/** A running mock and how to reach it. */
interface MockApi {
  mock: PartnerCenterMock;
  /** The client's `baseUrl`: `undefined` for the real API host (msw intercepts it). */
  baseUrl: string | undefined;
  /** Where a bare `fetch` reaches the mock, without `/v1`. */
  origin: string;
  close(): Promise<void>;
}

const transports: { name: string; start(): Promise<MockApi> }[] = [
  {
    name: "msw in-process mock",
    async start() {
      const mock = createPartnerCenterMock();
      const server = setupServer(...mock.handlers);
      server.listen({ onUnhandledRequest: "error" });
      return { mock, baseUrl: undefined, origin: API, close: async () => server.close() };
    },
  },
  {
    name: "mock HTTP server",
    async start() {
      const server = await startMockServer({ port: 0 });
      if (!server.mock) throw new Error("startMockServer() without handlers serves a mock");
      return { mock: server.mock, baseUrl: server.url, origin: server.url, close: () => server.close() };
    },
  },
];

const appUserToken = createMockAccessToken({ kind: "app+user", claims: { name: "Avery Smith" } });
const appOnlyToken = createMockAccessToken({ kind: "app-only" });

/** A client of the mock whose every attempt is recorded (the retries too). */
function recordingClient(api: MockApi, accessToken: string): { client: PartnerCenterClient; exchanges: Exchange[] } {
  const exchanges: Exchange[] = [];
  const client = createPartnerCenterClient({
    accessToken,
    baseUrl: api.baseUrl,
    async fetch(request, init) {
      const exchange: Exchange = {
        method: request.method,
        url: new URL(request.url),
        requestId: request.headers.get("MS-RequestId"),
        correlationId: request.headers.get("MS-CorrelationId"),
        continuationToken: request.headers.get("MS-ContinuationToken"),
        sentAtMs: performance.now(),
      };
      exchanges.push(exchange);
      const response = await globalThis.fetch(request, init);
      exchange.answeredAtMs = performance.now();
      exchange.status = response.status;
      return response;
    },
  });
  return { client, exchanges };
}

async function allPages<Page>(pager: PartnerCenterPager<unknown, Page>): Promise<Page[]> {
  const pages: Page[] = [];
  for await (const page of pager.byPage()) pages.push(page);
  return pages;
}

/**
 * Checks that the requests after the first page followed each page's `links.next`: the seek form
 * sends `seekOperation=Next` and the link's `MS-ContinuationToken`, the offset form the next offset.
 */
function expectPagesFollowed(
  requests: Exchange[],
  pages: { links?: { next?: { uri?: string; headers?: { key?: string | null; value?: string | null }[] | null } | null } | null }[],
  form: "seek" | "offset",
): void {
  expect(requests).toHaveLength(pages.length);
  for (const [index, request] of requests.entries()) {
    if (index === 0) {
      expect(request.continuationToken).toBeNull();
      expect(request.url.searchParams.has("seekOperation")).toBe(false);
      continue;
    }
    const link = pages[index - 1]?.links?.next;
    expect(link?.uri).toBeDefined();
    const linked = new URL(link?.uri as string, "https://link.invalid/v1/");
    if (form === "seek") {
      const token = link?.headers?.find((header) => header.key === "MS-ContinuationToken")?.value;
      expect(token).toEqual(expect.any(String));
      expect(request.continuationToken).toBe(token);
      expect(request.url.searchParams.get("seekOperation")).toBe("Next");
    } else {
      expect(request.continuationToken).toBeNull();
      expect(request.url.searchParams.get("offset")).toBe(linked.searchParams.get("offset"));
      expect(Number(request.url.searchParams.get("offset"))).toBeGreaterThan(0);
    }
  }
  expect(pages.at(-1)?.links?.next).toBeUndefined();
}

/** Items that appear on more than one page. */
function repeated(ids: unknown[]): unknown[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

const USER_ADMINISTRATOR_ROLE_ID = "fe930be7-5e62-47db-91af-98c3a49a38b1";

/**
 * The flow of issue 11: a new customer from creation to the audit records of what was done.
 * `run` is a label unique within the mock, so the domain and names are new.
 */
async function partnersDay(api: MockApi, run: string): Promise<void> {
  const startedAt = new Date().toISOString();
  const { client, exchanges } = recordingClient(api, appUserToken);
  const sentSince = (mark: number, method: string, path: RegExp) =>
    exchanges.slice(mark).filter((exchange) => exchange.method === method && path.test(exchange.url.pathname));

  // 1. A new customer: its domain is free, then taken; it is in get and in the paged list.
  const domain = `lifecycle${run}.onmicrosoft.com`;
  const companyName = `Lifecycle Traders ${run}`;
  await expect(verifyDomainAvailability(client, domain)).rejects.toMatchObject({ status: 404, category: "NotFound" });
  const newCustomer: NewCustomer = {
    companyProfile: { domain },
    billingProfile: {
      email: `avery@${domain}`,
      culture: "en-US",
      language: "en",
      companyName,
      defaultAddress: {
        firstName: "Avery",
        lastName: "Smith",
        addressLine1: "One Microsoft Way",
        city: "Redmond",
        state: "WA",
        postalCode: "98052",
        country: "US",
        phoneNumber: "4255550100",
      },
    },
  };
  const created = await createCustomer(client, newCustomer);
  const customerId = created.id as string;
  expect(customerId).toMatch(GUID);
  expect(created.companyProfile?.domain).toBe(domain);
  expect(created.billingProfile?.companyName).toBe(companyName);
  expect(created.userCredentials?.userName).toEqual(expect.stringContaining(`@${domain}`));
  await expect(verifyDomainAvailability(client, domain)).resolves.toBeUndefined();

  const customer = await getCustomer(client, customerId);
  expect(customer).toMatchObject({ id: customerId, companyProfile: { domain, tenantId: customerId, companyName }, billingProfile: { companyName } });
  expect(customer.userCredentials).toBeUndefined();

  let mark = exchanges.length;
  const customerPages = await allPages(paginate(client, listCustomers, { query: { size: 10 } }));
  expect(customerPages.length).toBeGreaterThan(1);
  for (const page of customerPages) expect(page.items?.length).toBeLessThanOrEqual(10);
  const listedCustomers = customerPages.flatMap((page) => page.items ?? []);
  expect(repeated(listedCustomers.map((item) => item.id))).toEqual([]);
  expect(listedCustomers.filter((item) => item.id === customerId)).toEqual([
    expect.objectContaining({ companyProfile: expect.objectContaining({ domain, tenantId: customerId, companyName }) }),
  ]);
  expect(listedCustomers.some((item) => item.id === MOCK_CUSTOMER_ID)).toBe(true);
  const customerRequests = sentSince(mark, "GET", /^\/v1\/customers$/);
  expectPagesFollowed(customerRequests, customerPages, "seek");
  for (const request of customerRequests) expect(request.url.searchParams.get("size")).toBe("10");
  for (const page of customerPages.slice(0, -1)) {
    expect(page.continuationToken).toBe(page.links?.next?.headers?.find((header) => header.key === "MS-ContinuationToken")?.value);
  }

  // The search by company name (prefix, any case) finds it too, as the SDK sends it (`size=0`).
  const found = await listCustomers(client, { query: { size: 0, filter: { Field: "CompanyName", Value: companyName.toLowerCase(), Operator: "starts_with" } } });
  expect(found.items?.map((item) => item.id)).toEqual([customerId]);

  // 2. The customer accepts the Microsoft Customer Agreement.
  const metadata = await listAgreementMetadata(client, { query: { agreementType: "MicrosoftCustomerAgreement" } });
  const template = metadata.items?.find((item) => item.agreementType === "MicrosoftCustomerAgreement");
  expect(template?.templateId).toEqual(expect.any(String));
  const templateId = template?.templateId as string;
  const dateAgreed = new Date().toISOString();
  const agreement = await createCustomerAgreement(client, customerId, {
    primaryContact: { firstName: "Avery", lastName: "Smith", email: `avery@${domain}`, phoneNumber: "4255550100" },
    templateId,
    dateAgreed,
    type: "MicrosoftCustomerAgreement",
  });
  expect(agreement).toMatchObject({ templateId, type: "MicrosoftCustomerAgreement" });
  const agreements = await listCustomerAgreements(client, customerId);
  expect(agreements.items).toEqual([
    expect.objectContaining({ templateId, type: "MicrosoftCustomerAgreement", primaryContact: expect.objectContaining({ email: `avery@${domain}` }) }),
  ]);

  // 3. The catalog: Microsoft 365 Business Basic, its SKU and an availability to buy.
  const products = await listProducts(client, { query: { country: "US", targetView: "OnlineServices" } });
  const listedProduct = products.items?.find((item) => item.title === "Microsoft 365 Business Basic");
  expect(listedProduct?.productType?.id).toBe("OnlineServices");
  const productId = listedProduct?.id as string;
  const product = await getProduct(client, productId, { query: { country: "US" } });
  expect(product).toMatchObject({ id: productId, title: "Microsoft 365 Business Basic" });
  const skus = await listSkus(client, productId, { query: { country: "US" } });
  const sku = skus.items?.[0];
  expect(sku?.productId).toBe(productId);
  const skuId = sku?.id as string;
  const availabilities = await listAvailabilities(client, productId, skuId, { query: { country: "US" } });
  const availability = availabilities.items?.[0];
  expect(availability).toMatchObject({ productId, skuId });
  const catalogItemId = availability?.catalogItemId as string;
  expect(catalogItemId).toBe(`${productId}:${skuId}:${availability?.id as string}`);

  // 4. A cart of 3 licenses, raised to 5.
  const lineItem = { id: 0, catalogItemId, friendlyName: `${companyName} Business Basic`, billingCycle: "monthly", termDuration: "P1Y" } as const;
  const cart = await createCart(client, customerId, { lineItems: [{ ...lineItem, quantity: 3 }] });
  expect(cart.id).toEqual(expect.any(String));
  expect(cart.status).toBe("Active");
  expect(cart.lineItems).toEqual([expect.objectContaining({ catalogItemId, quantity: 3 })]);
  const cartId = cart.id as string;
  const updatedCart = await updateCart(client, customerId, cartId, { lineItems: [{ ...lineItem, quantity: 5 }] });
  expect(updatedCart).toMatchObject({ id: cartId, status: "Active" });
  expect(updatedCart.lineItems).toEqual([expect.objectContaining({ catalogItemId, quantity: 5 })]);

  // 5. Checkout: one order; its subscription appears, and the licenses with it.
  const checkout = await checkoutCart(client, customerId, cartId);
  expect(checkout.orderErrors ?? []).toEqual([]);
  expect(checkout.orders).toHaveLength(1);
  const order = checkout.orders?.[0];
  const orderId = order?.id as string;
  expect(order?.lineItems).toEqual([expect.objectContaining({ offerId: catalogItemId, quantity: 5, subscriptionId: expect.any(String) })]);
  const subscriptionId = order?.lineItems?.[0]?.subscriptionId as string;
  expect((await listOrders(client, customerId)).items?.map((item) => item.id)).toEqual([orderId]);
  expect(await getOrder(client, customerId, orderId)).toMatchObject({ id: orderId, referenceCustomerId: customerId, lineItems: [{ subscriptionId, quantity: 5 }] });
  const subscriptions = await listSubscriptions(client, customerId);
  expect(subscriptions.items).toEqual([expect.objectContaining({ id: subscriptionId, orderId, offerId: catalogItemId, quantity: 5, status: "active" })]);
  const licensesOf = async () => {
    const owned = await listSubscribedSkus(client, customerId);
    const match = owned.items?.filter((item) => item.productSku?.name === product.title) ?? [];
    expect(match).toHaveLength(1);
    return match[0] as NonNullable<typeof match[0]>;
  };
  expect(await licensesOf()).toMatchObject({ totalUnits: 5, availableUnits: 5, consumedUnits: 0 });

  // 6. Two more licenses, through one throttled attempt: retried after Retry-After, applied once.
  api.mock.scenarios.add({ kind: "throttle", operation: "updateSubscription", times: 1, retryAfterSeconds: 1 });
  const quantityChange = { requestId: crypto.randomUUID(), correlationId: crypto.randomUUID() };
  mark = exchanges.length;
  const raised = await updateSubscription(client, customerId, subscriptionId, { quantity: 7 }, quantityChange);
  expect(raised).toMatchObject({ id: subscriptionId, quantity: 7 });
  const attempts = sentSince(mark, "PATCH", /\/subscriptions\//);
  expect(attempts.map(({ status, requestId, correlationId }) => ({ status, requestId, correlationId }))).toEqual([
    { status: 429, ...quantityChange },
    { status: 200, ...quantityChange },
  ]);
  // The second attempt waited out Retry-After (a lower bound, with room for timer rounding).
  expect((attempts[1]?.sentAtMs ?? 0) - (attempts[0]?.answeredAtMs ?? Infinity)).toBeGreaterThanOrEqual(950);
  expect(await getSubscription(client, customerId, subscriptionId)).toMatchObject({ quantity: 7, status: "active" });
  // The licenses grew by exactly the change; that the change was applied once (not replayed by
  // the retry) shows in the audit trail below: one record with this call's correlation ID.
  const afterRaise = await licensesOf();
  expect(afterRaise).toMatchObject({ totalUnits: 7, availableUnits: 7 });
  const licenseSkuId = afterRaise.productSku?.id as string;

  // 7. A user with a role and a license from the customer's subscribed SKUs.
  const userPrincipalName = `avery@${domain}`;
  const user = await createUser(client, customerId, {
    usageLocation: "US",
    userPrincipalName,
    firstName: "Avery",
    lastName: "Smith",
    displayName: "Avery Smith",
    passwordProfile: { password: "abCD123*", forceChangePassword: true },
  });
  const userId = user.id as string;
  expect(userId).toEqual(expect.any(String));
  expect(user).toMatchObject({ userPrincipalName, state: "active" });
  expect(user.passwordProfile).toBeUndefined();
  expect(await getUser(client, customerId, userId)).toMatchObject({ id: userId, userPrincipalName, state: "active" });
  const activeUsers = await allPages(paginate(client, listUsers, customerId, { query: { size: 10 } }));
  expect(activeUsers.flatMap((page) => page.items ?? []).map((item) => item.id)).toContain(userId);

  const member = await addDirectoryRoleMember(client, customerId, USER_ADMINISTRATOR_ROLE_ID, { id: userId, displayName: "Avery Smith", userPrincipalName });
  expect(member).toMatchObject({ id: userId, roleId: USER_ADMINISTRATOR_ROLE_ID });
  expect((await listUserRoles(client, customerId, userId)).items?.map((role) => role.id)).toEqual([USER_ADMINISTRATOR_ROLE_ID]);

  const assignment = await assignLicenses(client, customerId, userId, { licensesToAssign: [{ skuId: licenseSkuId }] });
  expect(assignment.licensesToAssign).toEqual([expect.objectContaining({ skuId: licenseSkuId })]);
  expect((await listUserLicenses(client, customerId, userId)).items?.map((license) => license.productSku?.id)).toEqual([licenseSkuId]);
  expect(await licensesOf()).toMatchObject({ totalUnits: 7, consumedUnits: 1, availableUnits: 6 });

  // 8. The user is deleted: soft-deleted (inactive), gone from the list, listed among deleted users.
  await expect(deleteUser(client, customerId, userId)).resolves.toBeUndefined();
  expect(await getUser(client, customerId, userId)).toMatchObject({ id: userId, state: "inactive" });
  const usersAfter = await allPages(paginate(client, listUsers, customerId, { query: { size: 10 } }));
  expect(usersAfter.flatMap((page) => page.items ?? []).map((item) => item.id)).not.toContain(userId);
  const deletedUsers = await listUsers(client, customerId, { query: { filter: { Field: "UserState", Value: "Inactive", Operator: "equals" } } });
  expect(deletedUsers.items?.map((item) => item.id)).toContain(userId);

  // 9. The subscription is suspended.
  expect(await updateSubscription(client, customerId, subscriptionId, { status: "suspended" })).toMatchObject({ id: subscriptionId, status: "suspended", quantity: 7 });
  expect(await getSubscription(client, customerId, subscriptionId)).toMatchObject({ status: "suspended" });

  // 10. Invoices in offset pages, and an invoice's line items.
  mark = exchanges.length;
  const invoicePages = await allPages(paginate(client, listInvoices, { query: { size: 2 } }));
  expect(invoicePages.length).toBeGreaterThan(1);
  const invoices = invoicePages.flatMap((page) => page.items ?? []);
  expect(repeated(invoices.map((invoice) => invoice.id))).toEqual([]);
  expectPagesFollowed(sentSince(mark, "GET", /^\/v1\/invoices$/), invoicePages, "offset");
  const invoiceId = invoices[0]?.id as string;
  expect(invoiceId).toEqual(expect.any(String));
  // The one-time (new commerce) line items come in seek pages.
  mark = exchanges.length;
  const linePages = await allPages(paginate(client, listInvoiceLineItems, invoiceId, { query: { provider: "onetime", invoicelineitemtype: "billinglineitems", size: 1 } }));
  expect(linePages.length).toBeGreaterThan(1);
  expectPagesFollowed(sentSince(mark, "GET", /^\/v1\/invoices\/[^/]+\/lineitems$/), linePages, "seek");
  const oneTimeLines = linePages.flatMap((page) => page.items ?? []);
  for (const line of oneTimeLines) expect(line).toMatchObject({ invoiceNumber: invoiceId, billingProvider: "one_time", invoiceLineItemType: "billing_line_items" });
  const officeLines = await listInvoiceLineItems(client, invoiceId, { query: { provider: "office", invoicelineitemtype: "billinglineitems" } });
  expect(officeLines.items?.length).toBeGreaterThan(0);
  for (const line of officeLines.items ?? []) expect(line).toMatchObject({ billingProvider: "office", invoiceLineItemType: "billing_line_items" });

  // 11. The audit trail of this customer since the test began: one record per write, newest first.
  mark = exchanges.length;
  const auditPages = await allPages(
    paginate(client, listAuditRecords, { query: { startDate: startedAt, filter: { Field: "CustomerId", Value: customerId, Operator: "equals" }, size: 3 } }),
  );
  expect(auditPages.length).toBeGreaterThan(1);
  expectPagesFollowed(sentSince(mark, "GET", /^\/v1\/auditrecords$/), auditPages, "seek");
  const records: AuditRecord[] = auditPages.flatMap((page) => page.items ?? []);
  // Carts leave no record: the service's audit operation types have none for carts.
  expect(records.map((record) => record.operationType).sort()).toEqual(
    [
      "add_customer",
      "create_agreement",
      "create_order",
      "update_subscription", // the quantity change, once despite the 429
      "create_customer_user",
      "add_user_member",
      "update_customer_user_licenses",
      "delete_customer_user",
      "update_subscription", // the suspension
    ].sort(),
  );
  const dates = records.map((record) => Date.parse(record.operationDate as string));
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  for (const record of records) {
    expect(record).toMatchObject({ customerId, customerName: companyName, operationStatus: "succeeded", userPrincipalName: "Avery Smith" });
    expect(Date.parse(record.operationDate as string)).toBeGreaterThanOrEqual(Date.parse(startedAt));
  }
  const quantityRecords = records.filter((record) => record.originalCorrelationId === quantityChange.correlationId);
  expect(quantityRecords).toHaveLength(1);
  expect(quantityRecords[0]).toMatchObject({ operationType: "update_subscription", resourceType: "subscription" });
  expect(JSON.parse(quantityRecords[0]?.resourceNewValue as string)).toMatchObject({ id: subscriptionId, quantity: 7 });
}

/** The operations the spec lets only App+User tokens call (no `AppOnly` in their `security`). */
const appUserOnlyOperations = (Object.keys(operationTable) as OperationId[]).filter((id) => !(operationTable[id].security as readonly string[]).includes("AppOnly"));

describe.each(transports)("a partner's day against the $name", ({ start }) => {
  let api: MockApi;
  let run = 0;
  beforeAll(async () => {
    api = await start();
  });
  afterAll(() => api.close());
  // Each transport has its own fresh mock, so a counter keeps names unique.
  const nextRun = () => `${++run}`;

  it("creates a customer and takes it from agreement and purchase to users, invoices and its audit trail", async () => {
    await partnersDay(api, nextRun());
  });

  it("refuses an App-only token with 403 on every App+User-only operation, and takes an App+User token there", async () => {
    expect(appUserOnlyOperations.length).toBeGreaterThan(0);
    const appOnly = recordingClient(api, appOnlyToken);
    const appUser = recordingClient(api, appUserToken);
    for (const id of appUserOnlyOperations) {
      const args = exampleArguments(id);
      const refused = await callOperation(id, appOnly.client, args).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused, id).toBeInstanceOf(PartnerCenterError);
      expect(refused, id).toMatchObject({ status: 403, category: "Forbidden", code: "2032" });
      // The same arguments with an App+User token: the 403 was the token's, not the arguments'.
      await expect(callOperation(id, appUser.client, args), id).resolves.not.toBeInstanceOf(Error);
    }
    expect(appOnly.exchanges.map((exchange) => exchange.status)).toEqual(appUserOnlyOperations.map(() => 403));
  });

  it("applies a write repeated with the same MS-RequestId once", async () => {
    const { client, exchanges } = recordingClient(api, appUserToken);
    const userPrincipalName = `repeat${nextRun()}@contosoretail.onmicrosoft.com`;
    const body = { userPrincipalName, firstName: "Robin", lastName: "Kline", displayName: "Robin Kline", usageLocation: "US", passwordProfile: { password: "abCD123*", forceChangePassword: true } };
    const requestId = crypto.randomUUID();
    const first = await createUser(client, MOCK_CUSTOMER_ID, body, { requestId });
    const second = await createUser(client, MOCK_CUSTOMER_ID, body, { requestId });
    expect(exchanges.filter((exchange) => exchange.method === "POST").map((exchange) => [exchange.requestId, exchange.status])).toEqual([
      [requestId, 200],
      [requestId, 200],
    ]);
    expect(second).toEqual(first);
    const users = (await allPages(paginate(client, listUsers, MOCK_CUSTOMER_ID, { query: { size: 50 } }))).flatMap((page) => page.items ?? []);
    expect(users.filter((user) => user.userPrincipalName === userPrincipalName).map((user) => user.id)).toEqual([first.id]);

    // A new request ID is a new call: a second user with the same name.
    const third = await createUser(client, MOCK_CUSTOMER_ID, body);
    expect(third.id).not.toBe(first.id);
  });

  it("accepts a request body in the SDK's PascalCase as it accepts camelCase", async () => {
    const { client } = recordingClient(api, appUserToken);
    const cart: Cart = {
      lineItems: [{ id: 0, catalogItemId: "CFQ7TTC0LH18:0001:CFQ7TTC0LDPB", friendlyName: "Business Basic", quantity: 4, billingCycle: "monthly", termDuration: "P1M" }],
    };
    const camel = await createCart(client, MOCK_CUSTOMER_ID, cart);
    const body = pascalCase(cart);
    expect(Object.keys(body as object)).toEqual(["LineItems"]);
    // The client checks bodies against the spec's camelCase schemas, so the SDK's casing goes over plain fetch.
    const response = await fetch(`${api.origin}/v1/customers/${MOCK_CUSTOMER_ID}/carts`, {
      method: "POST",
      headers: { Authorization: `Bearer ${appUserToken}`, "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(201);
    const pascal = (await response.json()) as Cart;
    const comparable = ({ id: _id, links: _links, creationTimestamp: _c, lastModifiedTimestamp: _m, expirationTimestamp: _e, ...rest }: Cart) => rest;
    expect(pascal.id).not.toBe(camel.id);
    expect(comparable(pascal)).toEqual(comparable(camel));
    expect(pascal.lineItems).toEqual([expect.objectContaining({ catalogItemId: "CFQ7TTC0LH18:0001:CFQ7TTC0LDPB", quantity: 4, billingCycle: "monthly" })]);
  });
});
