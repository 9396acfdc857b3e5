import { checkArgument } from "./errors.js";

/**
 * The `filter` query value that asks for resolved (`true`) or unresolved (`false`) Office service
 * incidents, as the official SDK sends it: `{"Field":"Resolved","Value":"false","Operator":"equals"}`
 * (openapi-fetch URL-encodes it). `Resolved` is the only field incidents can be filtered on.
 *
 * @throws {PartnerCenterArgumentError} (`resolved`) unless `resolved` is a boolean
 * @see https://learn.microsoft.com/en-us/rest/api/partner-center/manage-customer-accounts/get-customer-office-service-incidents
 * @see https://learn.microsoft.com/en-us/partner-center/developer/get-a-customer-by-name (the filter JSON)
 */
export function serviceIncidentFilter(resolved: boolean): string {
  checkArgument(typeof resolved === "boolean", "resolved", "true or false", resolved);
  return JSON.stringify({ Field: "Resolved", Value: String(resolved), Operator: "equals" });
}
