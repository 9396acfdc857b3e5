import type { OperationCall, Outcome } from "./actions.js";
import type { ResourceRecord } from "./store.js";

/** The collection the mock's audit trail lives in; bind the audit-records list operation to it. */
export const AUDIT_COLLECTION = "auditRecords";

/** The partner tenant the mock plays (the documentation's example partner ID). */
export const MOCK_PARTNER_TENANT_ID = "3b33e682-00c3-41ee-9dd2-a548adf56438";

/** The name a record goes by in an audit record: a company, a display or friendly name, or its ID. */
function nameOf(record: ResourceRecord | undefined): string | undefined {
  if (!record) return undefined;
  const profile = record.companyProfile as { companyName?: unknown } | undefined;
  for (const candidate of [profile?.companyName, record.friendlyName, record.displayName, record.name, record.userPrincipalName, record.id]) {
    if (typeof candidate === "string" && candidate !== "") return candidate;
  }
  return undefined;
}

/**
 * Appends an audit record for a successful write whose binding has `audit`, as Partner Center
 * logs partner activity: who (the token's user), when, which customer, the resource type and
 * name, the operation and its new value. Read it back through the audit-records operation.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/get-a-record-of-partner-center-activity-by-user
 */
export function recordActivity(call: OperationCall, outcome: Outcome): void {
  const audit = call.binding.audit;
  if (!audit || "error" in outcome || outcome.status >= 300) return;
  const record = (outcome.body ?? undefined) as ResourceRecord | undefined;
  const customerId =
    call.pathParameters.customer_id ?? (audit.resourceType === "customer" && typeof record?.id === "string" ? record.id : undefined);
  const customer = customerId === undefined ? undefined : call.store.get("customers", customerId);
  const when = call.now();
  const entry: ResourceRecord = {
    id: `${MOCK_PARTNER_TENANT_ID}_${customerId ?? "partner"}_${audit.operationType}_${call.values.token(18)}`,
    partnerId: MOCK_PARTNER_TENANT_ID,
    ...(customerId !== undefined ? { customerId } : {}),
    ...(nameOf(customer) !== undefined ? { customerName: nameOf(customer) } : {}),
    ...(call.caller.userName !== undefined ? { userPrincipalName: call.caller.userName } : {}),
    resourceType: audit.resourceType,
    ...(record !== undefined ? { resourceNewValue: JSON.stringify(record) } : {}),
    operationType: audit.operationType,
    ...(call.request.headers.get("MS-CorrelationId") ? { originalCorrelationId: call.request.headers.get("MS-CorrelationId") as string } : {}),
    operationDate: when.toISOString(),
    operationStatus: "succeeded",
    customizedData: [
      { key: "ResourceName", value: nameOf(record) ?? null },
      ...Object.entries(call.pathParameters).map(([key, value]) => ({ key, value })),
    ],
    attributes: { objectType: "AuditRecord" },
  };
  call.store.put(AUDIT_COLLECTION, entry);
}
