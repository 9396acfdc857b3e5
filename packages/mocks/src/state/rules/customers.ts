import { isError, type Rule } from "../actions.js";
import type { ResourceRecord } from "../store.js";

const lower = (value: unknown) => (typeof value === "string" ? value.toLowerCase() : undefined);

/** The domains a customer record holds: its company profile's domain and its custom domains. */
function domainsOf(customer: ResourceRecord): string[] {
  const profile = customer.companyProfile as { domain?: unknown } | undefined;
  return [profile?.domain, ...((customer.customDomains as unknown[] | undefined) ?? [])].map(lower).filter((domain): domain is string => domain !== undefined);
}

/**
 * A new customer as the service creates it: the customer tenant ID (a new GUID) repeated as the
 * company profile's `tenantId`, the billing profile's company name as the company profile's
 * (which get, list, the `CompanyName` search and audit records show), a commerce ID, the
 * partner as reseller with delegated access, the domain among its custom domains, and
 * administrator credentials in this answer only (they are never returned again).
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/create-a-customer
 */
export const newCustomer: Rule = (call, next) => {
  const outcome = next();
  if (isError(outcome)) return outcome;
  const created = outcome.body as ResourceRecord;
  const id = created.id as string;
  const profile: ResourceRecord = { companyName: (created.billingProfile as ResourceRecord | undefined)?.companyName, ...(created.companyProfile as ResourceRecord | undefined), tenantId: id, attributes: { objectType: "CustomerCompanyProfile" } };
  const billing = created.billingProfile as ResourceRecord | undefined;
  const customer: ResourceRecord = {
    ...created,
    commerceId: call.values.guid(),
    companyProfile: profile,
    ...(billing ? { billingProfile: { ...billing, id: call.values.guid(), attributes: { objectType: "CustomerBillingProfile" } } } : {}),
    relationshipToPartner: "reseller",
    allowDelegatedAccess: true,
    ...(typeof profile.domain === "string" ? { customDomains: [profile.domain] } : {}),
    links: { self: { uri: `/customers/${id}`, method: "GET", headers: [] } },
    attributes: { objectType: "Customer" },
  };
  call.store.put("customers", customer);
  const domain = typeof profile.domain === "string" ? profile.domain : "onmicrosoft.com";
  return { ...outcome, body: { ...customer, userCredentials: { userName: `admin@${domain}`, password: call.values.token(16) } } };
};

/**
 * Whether a domain is taken: 200 when a customer of the partner already holds it (as its domain
 * or a custom domain), 404 when it is free. Domains match case-insensitively. The real service
 * answers for every Microsoft Entra tenant; the mock knows its own customers only.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/verify-domain-availability
 */
export const domainAvailability: Rule = (call) => {
  const domain = lower(call.pathParameters.domain);
  const taken = call.store.all("customers").some((customer) => domainsOf(customer).includes(domain as string));
  return taken ? { status: 200 } : { status: 404, error: { code: 1000, description: `Not found: the domain ${call.pathParameters.domain} is available.` } };
};

/**
 * A customer's acceptance of a Microsoft agreement: its type and link taken from the agreement
 * metadata of the same template, and the partner user who recorded it.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/confirm-customer-consent-customer-agreement
 */
export const newAgreement: Rule = (call, next) => {
  const outcome = next();
  if (isError(outcome)) return outcome;
  const agreement = outcome.body as ResourceRecord;
  const metadata = call.store.all("agreementMetadata").find((entry) => lower(entry.templateId) === lower(agreement.templateId));
  const record: ResourceRecord = {
    ...agreement,
    ...(agreement.type === undefined && metadata?.agreementType !== undefined ? { type: metadata.agreementType } : {}),
    ...(metadata?.agreementLink !== undefined ? { agreementLink: metadata.agreementLink } : {}),
  };
  call.store.put(call.binding.collection, record, call.scope, call.binding.idField);
  return { ...outcome, body: record };
};
