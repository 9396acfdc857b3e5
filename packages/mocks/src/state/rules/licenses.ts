import { notFound, type Rule } from "../actions.js";
import type { ResourceRecord } from "../store.js";

const LICENSE_QUOTA_EXCEEDED = 60012;

interface LicenseUpdate {
  licensesToAssign?: { skuId?: string }[] | null;
  licensesToRemove?: string[] | null;
}

const sameId = (a: unknown, b: unknown) => typeof a === "string" && typeof b === "string" && a.toLowerCase() === b.toLowerCase();

/**
 * Assigning and removing a user's licenses, from the customer's subscribed SKUs: each license to
 * assign must be a SKU the customer owns with an available unit (400 with code 60012 when it has
 * none left), each assigned one uses a unit and each removed one gives it back.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/assign-licenses-to-a-user
 */
export const licenseUpdate: Rule = (call) => {
  const customerId = call.pathParameters.customer_id as string;
  const userId = call.pathParameters.user_id as string;
  const customer = { customer_id: customerId };
  const user = { customer_id: customerId, user_id: userId };
  const update = (call.body ?? {}) as LicenseUpdate;
  const skus = call.store.list("subscribedSkus", customer);
  const skuOf = (skuId: unknown) => skus.find((sku) => sameId((sku.productSku as ResourceRecord | undefined)?.id, skuId));
  for (const assignment of update.licensesToAssign ?? []) {
    const sku = skuOf(assignment.skuId);
    if (!sku) return notFound(call, "skuId", String(assignment.skuId), "subscribed SKU");
    if (((sku.availableUnits as number | undefined) ?? 0) < 1) {
      return {
        status: 400,
        error: { code: LICENSE_QUOTA_EXCEEDED, description: `We're sorry, it looks like you've run out of licenses of ${String((sku.productSku as ResourceRecord).name)}. Buy more licenses, and then try again.` },
      };
    }
  }
  const change = (sku: ResourceRecord, units: number) =>
    call.store.put("subscribedSkus", { ...sku, availableUnits: (sku.availableUnits as number) - units, consumedUnits: ((sku.consumedUnits as number | undefined) ?? 0) + units }, customer, "productSku.id");
  for (const assignment of update.licensesToAssign ?? []) {
    const sku = skuOf(assignment.skuId) as ResourceRecord;
    const skuId = (sku.productSku as ResourceRecord).id as string;
    if (call.store.get("userLicenses", skuId, user)) continue;
    call.store.put("userLicenses", { servicePlans: sku.servicePlans ?? [], productSku: sku.productSku, attributes: { objectType: "License" } }, user, "productSku.id");
    change(sku, 1);
  }
  for (const skuId of update.licensesToRemove ?? []) {
    const sku = skuOf(skuId);
    if (sku && call.store.delete("userLicenses", skuId, user)) change(sku, -1);
  }
  return {
    status: call.operation.success.status,
    body: { licensesToAssign: update.licensesToAssign ?? [], licensesToRemove: update.licensesToRemove ?? [], licenseWarnings: [], attributes: { objectType: "LicenseUpdate" } },
  };
};
