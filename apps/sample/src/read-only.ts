import {
  getCustomer,
  listCustomers,
  listProducts,
  listSubscriptions,
  listUsers,
  paginate,
  type PartnerCenterClient,
  type PartnerCenterPager,
} from "@partnercenter/client";
import { count, show, table } from "./format.js";
import type { Report } from "./report.js";

/** Items a page for every list read here. */
export const READ_ONLY_PAGE_SIZE = 20;

/** What {@link runReadOnly} needs. */
export interface ReadOnlyOptions {
  /** A client of the real service (or any base URL): only GET requests are sent through it. */
  client: PartnerCenterClient;
  report: Report;
  /** Customer tenant ID (a GUID) to read; default: the first customer listed. */
  customerId?: string | undefined;
  /** Most pages read of each list (customers, users, products), each of {@link READ_ONLY_PAGE_SIZE} items; 1 or more. */
  maxPages: number;
  /** ISO 3166 two-letter country code of the product list, e.g. `US`. */
  country: string;
}

/** Up to `maxPages` pages of a pager's items, and whether the service has more after them. */
async function firstPages<Item, Page extends { items?: readonly Item[]; links?: { next?: unknown } }>(
  pager: PartnerCenterPager<Item, Page>,
  maxPages: number,
): Promise<{ items: Item[]; pages: number; more: boolean }> {
  const items: Item[] = [];
  let pages = 0;
  let more = false;
  for await (const page of pager.byPage()) {
    pages += 1;
    items.push(...(page.items ?? []));
    more = page.links?.next !== undefined;
    // Leaving the loop stops the pager: the next page is never asked for.
    if (pages >= maxPages) break;
  }
  return { items, pages, more };
}

const pagesRead = ({ items, pages, more }: { items: unknown[]; pages: number; more: boolean }, noun: string) =>
  `${count(items.length, noun)} on ${count(pages, "page")}${more ? " (more pages follow; raise --max-pages to read them)" : ""}`;

/**
 * Read-only calls against the service, each a titled step: the first pages of the partner's
 * customers, one customer by ID, its subscriptions and users, and the online-services products
 * of a country. Only GET requests; nothing is created, changed or deleted.
 *
 * @throws {PartnerCenterError} when a call fails; `report.current` names the step
 * @throws {PartnerCenterArgumentError} before anything is sent when `customerId` is not a GUID
 */
export async function runReadOnly({ client, report, customerId, maxPages, country }: ReadOnlyOptions): Promise<void> {
  report.step("List customers", ["listCustomers", "paginate"]);
  const customers = await firstPages(paginate(client, listCustomers, { query: { size: READ_ONLY_PAGE_SIZE } }), maxPages);
  report.lines(
    `${pagesRead(customers, "customer")}:`,
    ...table(
      ["Company", "Domain", "Customer ID"],
      customers.items.map((item) => [show(item.companyProfile?.companyName), show(item.companyProfile?.domain), show(item.id)]),
      [24, 32, 36],
    ),
  );

  const id = customerId ?? customers.items[0]?.id;
  if (id === undefined) {
    report.say("", "No customer to read further: the list is empty. Pass --customer-id to read one.");
    return;
  }

  report.step(customerId === undefined ? "Get the first customer listed" : "Get the customer", ["getCustomer"]);
  const customer = await getCustomer(client, id);
  const address = customer.billingProfile?.defaultAddress;
  report.lines(
    `Company:       ${show(customer.companyProfile?.companyName)} (${show(customer.companyProfile?.domain)})`,
    `Customer ID:   ${show(customer.id)}`,
    `Relationship:  ${show(customer.relationshipToPartner)}`,
    `Address:       ${address ? [address.addressLine1, address.city, address.state, address.postalCode, address.country].filter(Boolean).join(", ") : "-"}`,
  );

  report.step("List the customer's subscriptions", ["listSubscriptions"]);
  const subscriptions = (await listSubscriptions(client, id)).items ?? [];
  report.lines(
    `${count(subscriptions.length, "subscription")}:`,
    ...table(
      ["Subscription ID", "Name", "Qty", "Status", "Term"],
      subscriptions.map((item) => [show(item.id), show(item.friendlyName ?? item.offerName), show(item.quantity), show(item.status), show(item.termDuration)]),
      [36, 28, 5, 10, 5],
    ),
  );

  report.step("List the customer's users", ["listUsers", "paginate"]);
  const users = await firstPages(paginate(client, listUsers, id, { query: { size: READ_ONLY_PAGE_SIZE } }), maxPages);
  report.lines(
    `${pagesRead(users, "user")}:`,
    ...table(
      ["Display name", "User principal name", "State"],
      users.items.map((item) => [show(item.displayName), show(item.userPrincipalName), show(item.state)]),
      [28, 48, 10],
    ),
  );

  report.step(`List the online-services products for ${country}`, ["listProducts", "paginate"]);
  const products = await firstPages(
    paginate(client, listProducts, { query: { country, targetView: "OnlineServices", size: READ_ONLY_PAGE_SIZE } }),
    maxPages,
  );
  report.lines(
    `${pagesRead(products, "product")}:`,
    ...table(["Product ID", "Title"], products.items.map((item) => [show(item.id), show(item.title)]), [14, 70]),
  );
}
