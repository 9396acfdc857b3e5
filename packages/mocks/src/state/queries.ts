import type { MockBinding } from "../spec/operations.js";
import type { ResourceRecord } from "./store.js";

/** A request the service refuses (400): a Partner Center error code and a description. */
export class QueryProblem extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
  }
}

const INVALID_REQUEST_INPUT = 800002;

/** The value at a dotted path of a record (`companyProfile.domain`). */
export function fieldAt(record: unknown, path: string): unknown {
  let node = record;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const loose = (value: string) => value.toLowerCase().replace(/[_-]/g, "");

const text = (value: unknown) => (typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : undefined);

/** A list filter of `x-mock.filters`: a record field, and how its value compares with the parameter's. */
type Comparison = { field: string; compare: "=" | ">=" | "<=" };

function comparisonOf(spec: MockBinding["filters"][string]): Comparison {
  const match = /^(.*?)(>=|<=)?$/.exec(spec) as RegExpExecArray;
  return { field: match[1] as string, compare: (match[2] as ">=" | "<=" | undefined) ?? "=" };
}

function compares(actual: unknown, wanted: string, compare: Comparison["compare"]): boolean {
  if (Array.isArray(actual)) return actual.some((item) => compares(item, wanted, compare));
  const value = text(actual);
  if (value === undefined) return false;
  // Query values and the record's enum spellings differ in separators (`billinglineitems`,
  // `billing_line_items`): equal ignoring case, `_` and `-`.
  if (compare === "=") return loose(value) === loose(wanted);
  // Dates (ISO 8601) and numbers compare in their own order.
  const [a, b] = Number.isFinite(Number(value)) && Number.isFinite(Number(wanted)) ? [Number(value), Number(wanted)] : [Date.parse(value), Date.parse(wanted)];
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return compare === ">=" ? a >= b : a <= b;
}

/**
 * Keeps the records every given query filter of the binding matches: `field` compares equal
 * ignoring case, `_` and `-` (any item of an array field), `field>=` and `field<=` compare dates
 * or numbers.
 */
export function applyFilters(records: ResourceRecord[], filters: MockBinding["filters"], query: ReadonlyMap<string, unknown>): ResourceRecord[] {
  let kept = records;
  for (const [parameter, spec] of Object.entries(filters)) {
    const value = query.get(parameter);
    if (value === undefined) continue;
    const comparison = comparisonOf(spec);
    const wanted = [value].flat().map((item) => String(item));
    kept = kept.filter((record) => wanted.some((item) => compares(fieldAt(record, comparison.field), item, comparison.compare)));
  }
  return kept;
}

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
type Predicate = (record: ResourceRecord) => boolean;

/** What a searchable field holds, from the record schema: booleans compare only as `true` or `false`. */
export type FieldKind = (path: string) => "boolean" | "other";

function compile(filter: SimpleFilter | CompoundFilter, fields: Record<string, string>, kindOf: FieldKind, where: string): Predicate {
  if ("LeftFilter" in filter) {
    const left = compile(filter.LeftFilter, fields, kindOf, `${where}.LeftFilter`);
    const right = compile(filter.RightFilter, fields, kindOf, `${where}.RightFilter`);
    if (filter.Operator === "and") return (record) => left(record) && right(record);
    if (filter.Operator === "or") return (record) => left(record) || right(record);
    throw new QueryProblem(INVALID_REQUEST_INPUT, `${where}.Operator ${JSON.stringify(filter.Operator)} cannot join two filters; use and or or`);
  }
  const name = Object.keys(fields).find((candidate) => candidate.toLowerCase() === String(filter.Field).toLowerCase());
  if (name === undefined) {
    throw new QueryProblem(INVALID_REQUEST_INPUT, `${where}.Field ${JSON.stringify(filter.Field)} is not searchable; the searchable fields are ${Object.keys(fields).join(", ")}`);
  }
  const path = fields[name] as string;
  const wanted = String(filter.Value).toLowerCase();
  if (kindOf(path) === "boolean") {
    if (wanted !== "true" && wanted !== "false") throw new QueryProblem(INVALID_REQUEST_INPUT, `${where}.Value ${JSON.stringify(filter.Value)} is not true or false`);
    if (filter.Operator !== "equals" && filter.Operator !== "not_equals") {
      throw new QueryProblem(INVALID_REQUEST_INPUT, `${where}.Operator ${JSON.stringify(filter.Operator)} cannot compare ${name}; use equals or not_equals`);
    }
  }
  const values = (record: ResourceRecord) => [fieldAt(record, path)].flat().map((value) => (text(value) ?? "").toLowerCase());
  switch (filter.Operator) {
    case "equals":
      return (record) => values(record).some((value) => value === wanted);
    case "not_equals":
      return (record) => values(record).every((value) => value !== wanted);
    case "starts_with":
      return (record) => values(record).some((value) => value.startsWith(wanted));
    case "not_starts_with":
      return (record) => values(record).every((value) => !value.startsWith(wanted));
    case "substring":
      return (record) => values(record).some((value) => value.includes(wanted));
    default:
      throw new QueryProblem(INVALID_REQUEST_INPUT, `${where}.Operator ${JSON.stringify(filter.Operator)} cannot compare ${name}; use equals, not_equals, starts_with, not_starts_with or substring`);
  }
}

/**
 * The predicate of an SDK `FieldFilter` (`{"Field":"CompanyName","Value":"Cont","Operator":"starts_with"}`,
 * or two joined by `and`/`or`), already read and checked against its schema. Field names are
 * matched case-insensitively to the binding's searchable fields; values compare as lower-case text,
 * and a boolean field takes only `true` or `false` with `equals` or `not_equals`.
 *
 * @throws QueryProblem (code 800002) for a field that is not searchable or an operator that does not apply
 */
export function fieldFilterPredicate(filter: unknown, fields: Record<string, string>, kindOf: FieldKind = () => "other"): Predicate {
  return compile(filter as SimpleFilter | CompoundFilter, fields, kindOf, "filter");
}

/** A page of a list and the link to the next one. */
export interface Page {
  items: ResourceRecord[];
  next?: { query: URLSearchParams; continuationToken?: string };
}

const TOKEN_PREFIX = "pcmock:";

/** An opaque continuation token for the seek page starting at `offset`. */
export function continuationToken(offset: number): string {
  return btoa(`${TOKEN_PREFIX}${offset}`).replaceAll("=", "");
}

function offsetOfToken(token: string): number | undefined {
  try {
    const text = atob(token.padEnd(Math.ceil(token.length / 4) * 4, "="));
    if (!text.startsWith(TOKEN_PREFIX)) return undefined;
    const offset = Number(text.slice(TOKEN_PREFIX.length));
    return Number.isSafeInteger(offset) && offset >= 0 ? offset : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Cuts a list into the page a request asks for, in the operation's paging form:
 * - `seek`: `size` items; a next page carries `seekOperation=Next` in its query and an opaque
 *   continuation token (sent back as the `MS-ContinuationToken` header);
 * - `offset`: `size` items from `offset`; the next page's query carries the next `offset`.
 * Without a page size (or with `0`) the whole list is one page.
 *
 * @throws QueryProblem for a next-page request without a valid continuation token
 */
export function pageOf(
  records: ResourceRecord[],
  paging: { form: "seek" | "offset"; sizeParameter: string; offsetParameter?: string; seekOperationParameter: string },
  query: ReadonlyMap<string, unknown>,
  rawQuery: URLSearchParams,
  continuation: string | null,
  defaultSize: number | undefined,
): Page {
  const requested = query.get(paging.sizeParameter);
  const size = typeof requested === "number" && requested > 0 ? requested : requested === undefined ? defaultSize : undefined;
  let start = 0;
  if (paging.form === "offset") {
    const offset = query.get(paging.offsetParameter ?? "offset");
    start = typeof offset === "number" && offset > 0 ? offset : 0;
  } else if (query.get(paging.seekOperationParameter) !== undefined) {
    const offset = continuation === null ? undefined : offsetOfToken(continuation);
    if (offset === undefined) {
      throw new QueryProblem(INVALID_REQUEST_INPUT, `${paging.seekOperationParameter} asks for the next page but the MS-ContinuationToken header is ${continuation === null ? "missing" : "not one this collection issued"}`);
    }
    start = offset;
  }
  if (size === undefined) return { items: records.slice(start) };
  const items = records.slice(start, start + size);
  if (start + size >= records.length) return { items };
  const next = new URLSearchParams(rawQuery);
  if (paging.form === "offset") {
    next.set(paging.offsetParameter ?? "offset", String(start + size));
    next.set(paging.sizeParameter, String(size));
    return { items, next: { query: next } };
  }
  next.set(paging.sizeParameter, String(size));
  next.set(paging.seekOperationParameter, "Next");
  return { items, next: { query: next, continuationToken: continuationToken(start + size) } };
}
