import { isError, notFound, type OperationCall, type Outcome, type Rule } from "../actions.js";
import type { ResourceRecord } from "../store.js";

const DAY_MS = 86_400_000;
/** How long a cart lasts before it expires: not documented; the mock gives it 7 days. */
const CART_LIFETIME_MS = 7 * DAY_MS;

const lower = (value: unknown) => (typeof value === "string" ? value.toLowerCase() : undefined);

/** The availability a catalog item ID (`product:sku:availability`) names, across the catalog. */
function availabilityOf(call: OperationCall, catalogItemId: unknown): ResourceRecord | undefined {
  return call.store.all("availabilities").find((availability) => lower(availability.catalogItemId) === lower(catalogItemId));
}

/** The product of a catalog item: its availability's product, or the product its ID starts with. */
function productOf(call: OperationCall, catalogItemId: unknown): ResourceRecord | undefined {
  const productId = typeof catalogItemId === "string" ? catalogItemId.split(":")[0] : undefined;
  const availability = availabilityOf(call, catalogItemId);
  return (availability?.product as ResourceRecord | undefined) ?? (productId ? call.store.get("products", productId) : undefined);
}

/**
 * A cart as the service keeps it: line items numbered in order, timestamps, the user who changed
 * it last, `Active` until checked out. A line item whose catalog item the catalog does not have
 * is refused (400).
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/create-a-cart
 */
export const cartContents: Rule = (call, next) => {
  const body = (call.body ?? {}) as { lineItems?: ResourceRecord[] };
  for (const [index, item] of (body.lineItems ?? []).entries()) {
    if (!availabilityOf(call, item.catalogItemId) && !productOf(call, item.catalogItemId)) {
      return { status: 400, error: { code: 800002, description: `Invalid request input: lineItems[${index}].catalogItemId ${JSON.stringify(item.catalogItemId)} is not in the catalog.` } };
    }
  }
  const outcome = next();
  if (isError(outcome)) return outcome;
  const cart = outcome.body as ResourceRecord;
  const now = call.now();
  const previous = cart.creationTimestamp as string | undefined;
  const record: ResourceRecord = {
    ...cart,
    creationTimestamp: previous ?? now.toISOString(),
    lastModifiedTimestamp: now.toISOString(),
    expirationTimestamp: new Date(now.getTime() + CART_LIFETIME_MS).toISOString(),
    ...(call.caller.userName !== undefined ? { lastModifiedUser: call.caller.userName } : {}),
    lineItems: ((cart.lineItems as ResourceRecord[] | undefined) ?? []).map((item, index) => ({ ...item, id: index, orderGroup: "0" })),
    status: cart.status ?? "Active",
    links: { self: { uri: `/customers/${call.pathParameters.customer_id}/carts/${cart.id as string}`, method: "GET", headers: [] } },
    attributes: { objectType: "Cart" },
  };
  call.store.put(call.binding.collection, record, call.scope, call.binding.idField);
  return { ...outcome, body: record };
};

interface Purchase {
  offerId: string;
  friendlyName?: string;
  quantity: number;
  billingCycle?: string;
  termDuration?: string;
}

/**
 * Provisions one purchased line item for a customer: a new active subscription, and the
 * licenses it brings among the customer's subscribed SKUs (the SKU another customer already has
 * for the same product, or a new one).
 */
function provision(call: OperationCall, customerId: string, orderId: string, purchase: Purchase): ResourceRecord {
  const product = productOf(call, purchase.offerId);
  const title = (product?.title as string | undefined) ?? purchase.friendlyName ?? purchase.offerId;
  const now = call.now();
  const id = call.values.guid();
  const subscription: ResourceRecord = {
    id,
    offerId: purchase.offerId,
    offerName: title,
    friendlyName: purchase.friendlyName ?? title,
    quantity: purchase.quantity,
    unitType: "Licenses",
    creationDate: now.toISOString(),
    effectiveStartDate: now.toISOString(),
    commitmentEndDate: new Date(now.getTime() + 365 * DAY_MS).toISOString(),
    status: "active",
    autoRenewEnabled: true,
    billingType: "license",
    ...(purchase.billingCycle !== undefined ? { billingCycle: purchase.billingCycle } : {}),
    orderId,
    ...(purchase.termDuration !== undefined ? { termDuration: purchase.termDuration } : {}),
    links: { self: { uri: `/customers/${customerId}/subscriptions/${id}`, method: "GET", headers: [] } },
    attributes: { objectType: "Subscription" },
  };
  call.store.put("subscriptions", subscription, { customer_id: customerId });
  addLicenses(call, customerId, title, purchase.quantity);
  return subscription;
}

/** Adds `quantity` licenses of a product to a customer's subscribed SKUs. */
export function addLicenses(call: OperationCall, customerId: string, productName: string, quantity: number): void {
  const scope = { customer_id: customerId };
  const matches = (sku: ResourceRecord) => lower((sku.productSku as ResourceRecord | undefined)?.name) === lower(productName);
  const own = call.store.list("subscribedSkus", scope).find(matches);
  const template = own ?? call.store.all("subscribedSkus").find(matches);
  const units = (field: string) => (own?.[field] as number | undefined) ?? 0;
  const sku: ResourceRecord = {
    ...(template ?? {
      productSku: { id: call.values.guid(), name: productName, skuPartNumber: productName.toUpperCase().replace(/[^A-Z0-9]+/g, "_"), targetType: "User", licenseGroupId: "group1" },
      servicePlans: [],
      capabilityStatus: "Enabled",
      attributes: { objectType: "SubscribedSku" },
    }),
    totalUnits: units("totalUnits") + quantity,
    activeUnits: units("activeUnits") + quantity,
    availableUnits: units("availableUnits") + quantity,
    consumedUnits: units("consumedUnits"),
    suspendedUnits: units("suspendedUnits"),
    warningUnits: units("warningUnits"),
  };
  call.store.put("subscribedSkus", sku, scope, "productSku.id");
}

/** An order of purchases, with its subscriptions provisioned. */
function placeOrderOf(call: OperationCall, customerId: string, orderId: string, billingCycle: string | undefined, purchases: Purchase[], base: ResourceRecord = {}): ResourceRecord {
  const lineItems = purchases.map((purchase, index) => {
    const subscription = provision(call, customerId, orderId, purchase);
    return {
      lineItemNumber: index,
      offerId: purchase.offerId,
      subscriptionId: subscription.id,
      friendlyName: subscription.friendlyName,
      quantity: purchase.quantity,
      ...(purchase.termDuration !== undefined ? { termDuration: purchase.termDuration } : {}),
      links: { subscription: { uri: `/customers/${customerId}/subscriptions/${subscription.id as string}`, method: "GET", headers: [] } },
      attributes: { objectType: "OrderLineItem" },
    };
  });
  return {
    ...base,
    id: orderId,
    referenceCustomerId: customerId,
    ...(billingCycle !== undefined ? { billingCycle } : {}),
    lineItems,
    currencyCode: "USD",
    currencySymbol: "$",
    creationDate: call.now().toISOString(),
    status: "completed",
    links: { self: { uri: `/customers/${customerId}/orders/${orderId}`, method: "GET", headers: [] } },
    attributes: { objectType: "Order" },
  };
}

/**
 * Checking out a cart: one order for its line items, each line item a new subscription with its
 * licenses, and the cart `Ordered`. A cart checked out before is refused (400).
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/checkout-a-cart
 */
export const checkoutCart: Rule = (call) => {
  const customerId = call.pathParameters.customer_id as string;
  const cartId = call.pathParameters.cart_id as string;
  const cart = call.store.get("carts", cartId, { customer_id: customerId });
  if (!cart) return notFound(call, "cart_id", cartId, "cart");
  if (cart.status === "Ordered") return { status: 400, error: { code: 800002, description: `Invalid request input: the cart ${cartId} has already been checked out.` } };
  const items = (cart.lineItems as ResourceRecord[] | undefined) ?? [];
  const purchases = items.map((item) => ({
    offerId: String(item.catalogItemId),
    ...(typeof item.friendlyName === "string" ? { friendlyName: item.friendlyName } : {}),
    quantity: typeof item.quantity === "number" ? item.quantity : 1,
    ...(typeof item.billingCycle === "string" ? { billingCycle: item.billingCycle } : {}),
    ...(typeof item.termDuration === "string" ? { termDuration: item.termDuration } : {}),
  }));
  const order = placeOrderOf(call, customerId, call.values.token(32), purchases[0]?.billingCycle, purchases);
  call.store.put("orders", order, { customer_id: customerId });
  call.store.put("carts", { ...cart, status: "Ordered", lastModifiedTimestamp: call.now().toISOString() }, { customer_id: customerId });
  return { status: call.operation.success.status, body: { orders: [order], orderErrors: [] } };
};

/**
 * A new order: each line item a new subscription with its licenses, the order `completed`.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/create-an-order
 */
export const placeOrder: Rule = (call, next) => {
  const outcome: Outcome = next();
  if (isError(outcome)) return outcome;
  const created = outcome.body as ResourceRecord;
  const customerId = call.pathParameters.customer_id as string;
  const purchases = ((created.lineItems as ResourceRecord[] | undefined) ?? []).map((item) => ({
    offerId: String(item.offerId),
    ...(typeof item.friendlyName === "string" ? { friendlyName: item.friendlyName } : {}),
    quantity: typeof item.quantity === "number" ? item.quantity : 1,
    ...(typeof created.billingCycle === "string" ? { billingCycle: created.billingCycle } : {}),
    ...(typeof item.termDuration === "string" ? { termDuration: item.termDuration } : {}),
  }));
  const order = placeOrderOf(call, customerId, created.id as string, created.billingCycle as string | undefined, purchases, created);
  call.store.put("orders", order, call.scope);
  return { ...outcome, body: order };
};

/** Moves `units` licenses of a product between active and suspended (negative: back to active). */
function suspendLicenses(call: OperationCall, customerId: string, productName: string, units: number): void {
  const scope = { customer_id: customerId };
  const sku = call.store.list("subscribedSkus", scope).find((candidate) => lower((candidate.productSku as ResourceRecord | undefined)?.name) === lower(productName));
  if (!sku) return;
  const number = (field: string) => (sku[field] as number | undefined) ?? 0;
  call.store.put(
    "subscribedSkus",
    { ...sku, activeUnits: number("activeUnits") - units, availableUnits: Math.max(0, number("availableUnits") - units), suspendedUnits: number("suspendedUnits") + units },
    scope,
    "productSku.id",
  );
}

/**
 * A subscription change as the service applies it: a new quantity (at least 1) also changes the
 * licenses the customer owns of its product; suspending moves its licenses from active to
 * suspended, and reactivating moves them back (how the service counts them is not documented).
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/change-the-quantity-of-a-subscription
 * @see https://learn.microsoft.com/en-us/partner-center/developer/suspend-a-subscription
 */
export const subscriptionChange: Rule = (call, next) => {
  const quantity = (call.body as { quantity?: unknown } | undefined)?.quantity;
  if (quantity !== undefined && !(typeof quantity === "number" && quantity >= 1)) {
    return { status: 400, error: { code: 800002, description: "Invalid request input: quantity must be at least 1." } };
  }
  const before = call.store.get("subscriptions", call.pathParameters.subscription_id as string, call.scope);
  const outcome = next();
  if (isError(outcome) || !before) return outcome;
  const customerId = call.pathParameters.customer_id as string;
  const product = String(before.offerName ?? before.friendlyName ?? "");
  const change = typeof quantity === "number" ? quantity - ((before.quantity as number | undefined) ?? 0) : 0;
  if (change !== 0) addLicenses(call, customerId, product, change);
  const status = (outcome.body as ResourceRecord | undefined)?.status;
  const units = (((outcome.body as ResourceRecord | undefined)?.quantity as number | undefined) ?? 0);
  if (before.status !== "suspended" && status === "suspended") suspendLicenses(call, customerId, product, units);
  if (before.status === "suspended" && status === "active") suspendLicenses(call, customerId, product, -units);
  return outcome;
};
