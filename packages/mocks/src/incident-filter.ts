import type { ServiceIncidentDetail } from "@partnercenter/types";
import { normaliseToSchema } from "./request-body.js";
import { describeSchemaErrors, previewValue, resolvePointer, specOperation, validatorAt, type SchemaObject } from "./spec-document.js";

/** The outcome of reading a `filter` query parameter: a predicate, or why it was refused. */
export type IncidentFilter = { ok: true; matches: (incident: ServiceIncidentDetail) => boolean } | { ok: false; error: string };

const MATCH_ALL: IncidentFilter = { ok: true, matches: () => true };

interface SimpleFilter {
  Field: string;
  Value: string;
  Operator: string;
}
interface CompoundFilter {
  LeftFilter: SimpleFilter | CompoundFilter;
  RightFilter: SimpleFilter | CompoundFilter;
  Operator: string;
}
type Predicate = (incident: ServiceIncidentDetail) => boolean;

function filterSchemaPointer(): string {
  const parameter = specOperation("listCustomerServiceIncidents").parameters.find((candidate) => candidate.name === "filter");
  if (!parameter) throw new Error("the bundled spec declares no filter parameter for listCustomerServiceIncidents");
  return parameter.schemaPointer;
}

/**
 * Reads the `filter` JSON the official SDK sends for service incidents,
 * `{"Field":"Resolved","Value":"false","Operator":"equals"}`. Property names, the field name,
 * operators and values are matched case-insensitively. The JSON must match the spec's
 * `FieldFilter` schema; `Resolved` is the only searchable field, compared with `equals` or
 * `not_equals` to `true` or `false`, and two filters may be joined with `and` / `or`. An absent
 * or empty filter matches everything.
 *
 * @returns a predicate, or `ok: false` with an error naming what was wrong
 * @see https://learn.microsoft.com/en-us/rest/api/partner-center/manage-customer-accounts/get-customer-office-service-incidents
 */
export function parseIncidentFilter(raw: string | null): IncidentFilter {
  if (raw === null || raw.trim() === "") return MATCH_ALL;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, error: `The filter query parameter is not valid JSON: ${previewValue(raw)}.` };
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    return { ok: false, error: `The filter query parameter must be a JSON object with Field, Value and Operator, got ${previewValue(parsed)}.` };
  }
  const pointer = filterSchemaPointer();
  const normalised = normaliseToSchema(parsed, resolvePointer(pointer) as SchemaObject, { sdkPlaceholdersAsUnset: false }, "filter");
  if (!normalised.ok) return { ok: false, error: `The filter query parameter is invalid: ${normalised.problem}.` };
  const validate = validatorAt(pointer);
  if (!validate(normalised.value)) {
    return { ok: false, error: `The filter query parameter is invalid: ${describeSchemaErrors(validate.errors, "filter", normalised.value)}.` };
  }
  try {
    return { ok: true, matches: compile(normalised.value as SimpleFilter | CompoundFilter, "filter") };
  } catch (error) {
    if (error instanceof UnsupportedFilter) return { ok: false, error: `The filter query parameter is not supported: ${error.message}.` };
    throw error;
  }
}

class UnsupportedFilter extends Error {}

function compile(filter: SimpleFilter | CompoundFilter, where: string): Predicate {
  if ("LeftFilter" in filter) {
    const left = compile(filter.LeftFilter, `${where}.LeftFilter`);
    const right = compile(filter.RightFilter, `${where}.RightFilter`);
    if (filter.Operator === "and") return (incident) => left(incident) && right(incident);
    if (filter.Operator === "or") return (incident) => left(incident) || right(incident);
    throw new UnsupportedFilter(`${where}.Operator ${JSON.stringify(filter.Operator)} cannot join two filters; use and or or`);
  }
  if (filter.Field.toLowerCase() !== "resolved") {
    throw new UnsupportedFilter(`${where}.Field ${previewValue(filter.Field)} is not searchable; the only searchable incident field is Resolved`);
  }
  const value = filter.Value.toLowerCase();
  if (value !== "true" && value !== "false") throw new UnsupportedFilter(`${where}.Value ${previewValue(filter.Value)} is not true or false`);
  const resolved = value === "true";
  if (filter.Operator === "equals") return (incident) => (incident.resolved ?? false) === resolved;
  if (filter.Operator === "not_equals") return (incident) => (incident.resolved ?? false) !== resolved;
  throw new UnsupportedFilter(`${where}.Operator ${JSON.stringify(filter.Operator)} cannot compare Resolved; use equals or not_equals`);
}
