import { checkArgument } from "../errors.js";

/**
 * The `filter` query value that asks `listCustomerServiceIncidents` for resolved (`true`) or
 * unresolved (`false`) Office service incidents, as the official SDK sends it:
 * `{"Field":"Resolved","Value":"false","Operator":"equals"}` (openapi-fetch URL-encodes it).
 * `Resolved` is the only field incidents can be filtered on, which the spec's `FieldFilter`
 * schema cannot say.
 *
 * @example
 * await listCustomerServiceIncidents(partnerCenter, customerId, { query: { filter: serviceIncidentFilter(false) } });
 * @throws {PartnerCenterArgumentError} (`resolved`) unless `resolved` is a boolean
 * @see https://learn.microsoft.com/en-us/rest/api/partner-center/manage-customer-accounts/get-customer-office-service-incidents
 */
export function serviceIncidentFilter(resolved: boolean): string {
  checkArgument(typeof resolved === "boolean", "resolved", "true or false", resolved);
  return JSON.stringify({ Field: "Resolved", Value: String(resolved), Operator: "equals" });
}
