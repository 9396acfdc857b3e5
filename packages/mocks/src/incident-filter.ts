import type { ServiceIncidentDetail } from "@partnercenter/types";

/** The outcome of reading a `filter` query parameter: a predicate, or why it was refused. */
export type IncidentFilter = { ok: true; matches: (incident: ServiceIncidentDetail) => boolean } | { ok: false; error: string };

const MATCH_ALL: IncidentFilter = { ok: true, matches: () => true };

/**
 * Reads the `filter` JSON the official SDK sends for service incidents,
 * `{"Field":"Resolved","Value":"false","Operator":"equals"}` (property names and values matched
 * case-insensitively). `Resolved` is the only searchable field and `equals` the only operator
 * the SDK uses with it; an absent filter matches everything.
 *
 * @see https://learn.microsoft.com/en-us/rest/api/partner-center/manage-customer-accounts/get-customer-office-service-incidents
 */
export function parseIncidentFilter(raw: string | null): IncidentFilter {
  if (raw === null || raw.trim() === "") return MATCH_ALL;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, error: "The filter query parameter is not valid JSON." };
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    return { ok: false, error: "The filter query parameter must be a JSON object with Field, Value and Operator." };
  }
  const filter = Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key.toLowerCase(), value]));
  if (String(filter.field).toLowerCase() !== "resolved") {
    return { ok: false, error: `The filter field ${JSON.stringify(filter.field)} is not supported; the only searchable field is Resolved.` };
  }
  if (String(filter.operator).toLowerCase() !== "equals") {
    return { ok: false, error: `The filter operator ${JSON.stringify(filter.operator)} is not supported for Resolved; use equals.` };
  }
  const value = String(filter.value).toLowerCase();
  if (value !== "true" && value !== "false") {
    return { ok: false, error: `The filter value ${JSON.stringify(filter.value)} is not a boolean.` };
  }
  const resolved = value === "true";
  return { ok: true, matches: (incident) => (incident.resolved ?? false) === resolved };
}
