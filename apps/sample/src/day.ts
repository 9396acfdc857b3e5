import { randomBytes } from "node:crypto";
import {
  addDirectoryRoleMember,
  assignLicenses,
  checkoutCart,
  createCart,
  createCustomer,
  createCustomerAgreement,
  createUser,
  listAgreementMetadata,
  listAuditRecords,
  listAvailabilities,
  listCustomers,
  listProducts,
  listSkus,
  listSubscribedSkus,
  listSubscriptions,
  listUserLicenses,
  paginate,
  PartnerCenterError,
  updateSubscription,
  verifyDomainAvailability,
  type PartnerCenterClient,
} from "@partnercenter/client";
import type { AuditRecord, Customer, NewCustomer } from "@partnercenter/types";
import { count, show, table, timeOfDay } from "./format.js";
import type { Report } from "./report.js";

/** Customers a page while listing them all: small, so that the mock's ~30 customers take several pages. */
const CUSTOMER_PAGE_SIZE = 10;
/** How many listed customers the table shows. */
const CUSTOMERS_SHOWN = 5;
const COUNTRY = "US";
/** The product ordered, by its catalog title (the first online-services product when it is missing). */
const PRODUCT_TITLE = "Microsoft 365 Business Basic";
const TERM_DURATION = "P1Y";
const FIRST_QUANTITY = 5;
const NEW_QUANTITY = 8;
/** The directory role "User Administrator" (a well-known Microsoft Entra role template ID). */
const USER_ADMINISTRATOR_ROLE_ID = "fe930be7-5e62-47db-91af-98c3a49a38b1";

/**
 * The customer the day creates: the shape of the spec's `NewCustomer` example (company-profile
 * `domain`; billing-profile `email`, `culture`, `language`, `companyName`, `defaultAddress`), for
 * a company the mock does not hold yet.
 */
const NEW_CUSTOMER = {
  companyProfile: { domain: "tailspintoys.onmicrosoft.com" },
  billingProfile: {
    email: "morgan@tailspintoys.onmicrosoft.com",
    culture: "en-US",
    language: "en",
    companyName: "Tailspin Toys",
    defaultAddress: {
      firstName: "Morgan",
      lastName: "Lee",
      addressLine1: "500 Pine Street",
      city: "Seattle",
      state: "WA",
      postalCode: "98101",
      country: "US",
      phoneNumber: "2065550123",
    },
  },
} satisfies NewCustomer;

/** The subscription's friendly name, which the order and the audit trail show. */
const FRIENDLY_NAME = "Tailspin Toys Business Basic";
const NEW_USER = { firstName: "Sam", lastName: "Taylor", mailNickname: "sam.taylor" };

/** What {@link runPartnerDay} needs. */
export interface PartnerDayOptions {
  /** A client of the mock API: the day creates a customer and orders for it. */
  client: PartnerCenterClient;
  report: Report;
  /** When the run started: the audit trail is read from this moment on. Default: now. */
  startedAt?: Date;
}

/**
 * A partner's day on the mock API, one titled step after another, only through the client's
 * operation functions and `paginate`: list every customer, check that a domain is free, create
 * a customer, accept the Microsoft Customer Agreement for it, browse the catalog, order through
 * a cart, change the subscription's quantity, add a user, make them User Administrator, assign
 * them a license, and print the audit trail of these writes, oldest first.
 *
 * Meant for the mock: it writes (creates a customer, orders a subscription). Never point it at
 * the real service.
 *
 * @throws {PartnerCenterError} when a call fails; `report.current` names the step
 * @throws {Error} when an answer lacks what the next step needs (no agreement template, no
 *   product, a failed checkout, no license left)
 */
export async function runPartnerDay({ client, report, startedAt = new Date() }: PartnerDayOptions): Promise<void> {
  // 1. Every page of the customer list.
  report.step("List every customer, page by page", ["listCustomers", "paginate"]);
  const customers: Customer[] = [];
  let pages = 0;
  for await (const page of paginate(client, listCustomers, { query: { size: CUSTOMER_PAGE_SIZE } }).byPage()) {
    pages += 1;
    customers.push(...(page.items ?? []));
  }
  report.lines(
    `${count(customers.length, "customer")} on ${count(pages, "page")} of up to ${CUSTOMER_PAGE_SIZE}; the first ${Math.min(CUSTOMERS_SHOWN, customers.length)}:`,
    ...table(
      ["Company", "Domain", "Customer ID"],
      customers.slice(0, CUSTOMERS_SHOWN).map((customer) => [show(customer.companyProfile?.companyName), show(customer.companyProfile?.domain), show(customer.id)]),
      [24, 32, 36],
    ),
  );

  // 2. The new tenant's domain must be free: 404 means nobody has it.
  const domain = NEW_CUSTOMER.companyProfile.domain;
  report.step("Check that the new customer's domain is free", ["verifyDomainAvailability"]);
  if (!(await isDomainFree(client, domain))) throw new Error(`The domain ${domain} is taken; the day cannot create its customer.`);
  report.lines(`${domain} is free (the service answered 404 Not Found).`);

  // 3. The customer.
  report.step("Create the customer", ["createCustomer"]);
  const customer = await createCustomer(client, NEW_CUSTOMER);
  const customerId = required(customer.id, "the new customer's id");
  report.lines(
    `Company:       ${show(customer.billingProfile?.companyName)} (${show(customer.companyProfile?.domain)})`,
    `Customer ID:   ${customerId}`,
    `Relationship:  ${show(customer.relationshipToPartner)}`,
    // The answer carries the admin's first password too: a secret, so the sample leaves it out.
    `Admin user:    ${show(customer.userCredentials?.userName)} (its first password is not printed)`,
  );

  // 4. The Microsoft Customer Agreement, latest template.
  report.step("Accept the Microsoft Customer Agreement", ["listAgreementMetadata", "createCustomerAgreement"]);
  const templates = await listAgreementMetadata(client, { query: { agreementType: "MicrosoftCustomerAgreement" } });
  const template = required(templates.items?.[0], "a Microsoft Customer Agreement template");
  const contact = NEW_CUSTOMER.billingProfile.defaultAddress;
  const agreement = await createCustomerAgreement(client, customerId, {
    primaryContact: {
      firstName: contact.firstName,
      lastName: contact.lastName,
      email: NEW_CUSTOMER.billingProfile.email,
      phoneNumber: contact.phoneNumber,
    },
    templateId: required(template.templateId, "the agreement template's ID"),
    dateAgreed: new Date().toISOString(),
    type: "MicrosoftCustomerAgreement",
  });
  report.lines(
    `Template ${show(agreement.templateId)} (${show(agreement.agreementLink ?? template.agreementLink)})`,
    `accepted by ${show(agreement.primaryContact?.firstName)} ${show(agreement.primaryContact?.lastName)} on ${show(agreement.dateAgreed)}`,
  );

  // 5. Product, SKU and availability: the catalog item a cart orders.
  report.step(`Browse the catalog (${COUNTRY}, online services)`, ["listProducts", "listSkus", "listAvailabilities"]);
  const products = (await listProducts(client, { query: { country: COUNTRY, targetView: "OnlineServices" } })).items ?? [];
  const product = required(products.find((item) => item.title === PRODUCT_TITLE) ?? products[0], "an online-services product");
  const productId = required(product.id, "the product's id");
  const skus = (await listSkus(client, productId, { query: { country: COUNTRY } })).items ?? [];
  const sku = required(skus[0], `a SKU of product ${productId}`);
  const skuId = required(sku.id, "the SKU's id");
  const availabilities = (await listAvailabilities(client, productId, skuId, { query: { country: COUNTRY } })).items ?? [];
  const availability = required(
    availabilities.find((item) => item.isPurchasable !== false && item.terms?.some((term) => term.duration === TERM_DURATION)),
    `a purchasable availability of ${productId}/${skuId} with a ${TERM_DURATION} term`,
  );
  const catalogItemId = required(availability.catalogItemId, "the availability's catalog item ID");
  report.lines(
    `${count(products.length, "product")}; ordering ${show(product.title)}:`,
    `Product ${productId}, SKU ${skuId} (${show(sku.title)}), availability ${show(availability.id)}`,
    `Catalog item ${catalogItemId}`,
    `Terms: ${(availability.terms ?? []).map((term) => `${show(term.duration)} (${show(term.description)})`).join(", ")}`,
  );

  // 6. A cart with one line item, checked out into an order and a subscription.
  report.step(`Order ${FIRST_QUANTITY} licenses through a cart`, ["createCart", "checkoutCart"]);
  const cart = await createCart(client, customerId, {
    lineItems: [{ id: 0, catalogItemId, friendlyName: FRIENDLY_NAME, quantity: FIRST_QUANTITY, billingCycle: "monthly", termDuration: TERM_DURATION }],
  });
  const cartId = required(cart.id, "the cart's id");
  const checkout = await checkoutCart(client, customerId, cartId);
  for (const error of checkout.orderErrors ?? []) report.lines(`Order error ${show(error.code)}: ${show(error.description)}`);
  const order = required(checkout.orders?.[0], "an order from the checkout");
  report.lines(
    `Cart ${cartId} (${show(cart.status)}) checked out into ${count(checkout.orders?.length ?? 0, "order")}.`,
    `Order ${show(order.id)}: ${show(order.status)}, billed ${show(order.billingCycle)} in ${show(order.currencyCode)}`,
    ...table(
      ["#", "Name", "Qty", "Subscription ID"],
      (order.lineItems ?? []).map((item) => [show(item.lineItemNumber), show(item.friendlyName), show(item.quantity), show(item.subscriptionId)]),
      [3, 30, 5, 36],
    ),
  );

  // 7. The customer's subscriptions: the one the order created.
  report.step("List the customer's subscriptions", ["listSubscriptions"]);
  const subscriptions = (await listSubscriptions(client, customerId)).items ?? [];
  report.lines(
    ...table(
      ["Subscription ID", "Name", "Qty", "Status", "Term"],
      subscriptions.map((item) => [show(item.id), show(item.friendlyName), show(item.quantity), show(item.status), show(item.termDuration)]),
      [36, 28, 5, 10, 5],
    ),
  );
  const subscription = required(
    subscriptions.find((item) => item.orderId === order.id) ?? subscriptions[0],
    "the subscription of the order",
  );
  const subscriptionId = required(subscription.id, "the subscription's id");

  // 8. More seats: only the changed field is sent.
  report.step(`Change the subscription's quantity to ${NEW_QUANTITY}`, ["updateSubscription"]);
  const updated = await updateSubscription(client, customerId, subscriptionId, { quantity: NEW_QUANTITY });
  report.lines(
    `${show(updated.friendlyName)}: quantity changed from ${show(subscription.quantity)} to ${show(updated.quantity)}` +
      (updated.unitType ? ` ${updated.unitType.toLowerCase()}` : ""),
  );

  // 9. A user in the new tenant.
  const userPrincipalName = `${NEW_USER.mailNickname}@${domain}`;
  report.step("Add a user", ["createUser"]);
  const user = await createUser(client, customerId, {
    usageLocation: COUNTRY,
    userPrincipalName,
    firstName: NEW_USER.firstName,
    lastName: NEW_USER.lastName,
    displayName: `${NEW_USER.firstName} ${NEW_USER.lastName}`,
    // A one-time password the user must change at first sign-in; the sample never prints it.
    passwordProfile: { password: `${randomBytes(12).toString("base64url")}aA1!`, forceChangePassword: true },
    attributes: { objectType: "CustomerUser" },
  });
  const userId = required(user.id, "the new user's id");
  report.lines(
    `Name:          ${show(user.displayName)}`,
    `Sign-in name:  ${show(user.userPrincipalName)} (first password not printed)`,
    `User ID:       ${userId}`,
    `State:         ${show(user.state)}, usage location ${show(user.usageLocation)}`,
  );

  // 10. A directory role for the user.
  report.step("Make the user a User Administrator", ["addDirectoryRoleMember"]);
  const member = await addDirectoryRoleMember(client, customerId, USER_ADMINISTRATOR_ROLE_ID, {
    id: userId,
    displayName: user.displayName,
    userPrincipalName: user.userPrincipalName,
    attributes: { objectType: "UserMember" },
  });
  report.lines(`${show(member.displayName)} is now a User Administrator (role ${show(member.roleId ?? USER_ADMINISTRATOR_ROLE_ID)}).`);

  // 11. A license from the seats the customer now owns.
  report.step("Assign the user a license", ["listSubscribedSkus", "assignLicenses", "listUserLicenses"]);
  const subscribedSkus = (await listSubscribedSkus(client, customerId)).items ?? [];
  report.lines(
    "The customer's licenses:",
    ...table(
      ["SKU", "Part number", "Available", "Assigned", "Total"],
      subscribedSkus.map((item) => [show(item.productSku?.name), show(item.productSku?.skuPartNumber), show(item.availableUnits), show(item.consumedUnits), show(item.totalUnits)]),
      [30, 26, 9, 8, 6],
    ),
  );
  const subscribedSku = required(
    subscribedSkus.find((item) => item.productSku?.name === product.title && (item.availableUnits ?? 0) > 0) ??
      subscribedSkus.find((item) => (item.availableUnits ?? 0) > 0),
    "a subscribed SKU with a license left",
  );
  const skuToAssign = required(subscribedSku.productSku?.id, "the subscribed SKU's id");
  const licenseUpdate = await assignLicenses(client, customerId, userId, { licensesToAssign: [{ skuId: skuToAssign }] });
  for (const warning of licenseUpdate.licenseWarnings ?? []) report.lines(`Warning ${show(warning.code)}: ${show(warning.message)}`);
  const licenses = (await listUserLicenses(client, customerId, userId)).items ?? [];
  report.lines(`${show(user.displayName)} now holds ${count(licenses.length, "license")}:`);
  for (const license of licenses) {
    report.lines(
      `${show(license.productSku?.name)} (${show(license.productSku?.skuPartNumber)}), with`,
      `  ${(license.servicePlans ?? []).map((plan) => show(plan.displayName)).join(", ")}`,
    );
  }

  // 12. What the day did, as Partner Center recorded it.
  report.step("The audit trail of the day, oldest first", ["listAuditRecords", "paginate"]);
  const records: AuditRecord[] = [];
  const trail = paginate(client, listAuditRecords, {
    query: { startDate: startedAt.toISOString(), filter: { Field: "CustomerId", Value: customerId, Operator: "equals" } },
  });
  for await (const record of trail) records.push(record);
  // The service lists the newest first; a stable sort keeps records of the same millisecond in the service's order.
  records.reverse().sort((a, b) => Date.parse(a.operationDate ?? "") - Date.parse(b.operationDate ?? ""));
  report.lines(
    `${count(records.length, "record")} for ${NEW_CUSTOMER.billingProfile.companyName} since ${startedAt.toISOString()}:`,
    ...table(["Time (UTC)", "Operation", "Resource", "Status"], records.map(auditRow), [12, 29, 36, 9]),
  );
}

/** `verifyDomainAvailability` answers 200 for a taken domain and 404 (a `NotFound` error) for a free one. */
async function isDomainFree(client: PartnerCenterClient, domain: string): Promise<boolean> {
  try {
    await verifyDomainAvailability(client, domain);
    return false;
  } catch (error) {
    if (error instanceof PartnerCenterError && error.category === "NotFound") return true;
    throw error;
  }
}

/** One audit record as a table row: the time, the operation, the resource's name (or its type), the status. */
function auditRow(record: AuditRecord): string[] {
  const name = record.customizedData?.find((item) => item.key === "ResourceName")?.value;
  return [timeOfDay(record.operationDate), show(record.operationType), name ? name : `(${show(record.resourceType)})`, show(record.operationStatus)];
}

/** `value`, or an Error saying which `what` the answer lacked. */
function required<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`The answer had no ${what}.`);
  return value;
}
