import type { SchemaObject, SpecDocument } from "./document.js";

/** How {@link normaliseToSchema} reads a value. */
export interface NormaliseOptions {
  /**
   * Treat the .NET SDK's defaults as "not set" and drop them: `null`, an enum's `none` or
   * `unknown` when it is the enum's first value (the SDK's ordinal 0, e.g. a service request's
   * status and severity) and the minimum date `0001-01-01T00:00:00`. True for request bodies;
   * false for filters, where `equals` (ordinal 0) is a real operator.
   */
  sdkPlaceholdersAsUnset: boolean;
}

/** The outcome of {@link normaliseToSchema}: the value in the schema's own casing, or why it cannot be read. */
export type Normalised = { ok: true; value: unknown } | { ok: false; problem: string };

const UNSET: unique symbol = Symbol("unset");
const MIN_DATE = /^0001-01-01T00:00:00(\.0+)?(Z|[+-]00:00)?$/;
const MAX_DEPTH = 32;

/**
 * Rewrites a request JSON value into the property names and enum spellings its schema declares,
 * matching both case-insensitively, as the service's JSON binding does: the .NET SDK sends
 * `{"NewNote":{"Text":"..."}}` and means `{"newNote":{"text":"..."}}`. Properties the schema does
 * not know are kept as sent (the schemas allow them and the service ignores them).
 *
 * @param where how to name the value in a problem, e.g. `body` or `filter`
 * @returns `ok: false` naming the property when two names differ only in case, or the value is
 * nested deeper than 32 levels
 */
export function normaliseToSchema(spec: SpecDocument, value: unknown, schema: SchemaObject, options: NormaliseOptions, where: string): Normalised {
  try {
    const result = visit(spec, value, schema, options, where, 0);
    return { ok: true, value: result === UNSET ? undefined : result };
  } catch (error) {
    if (error instanceof NormaliseProblem) return { ok: false, problem: error.message };
    throw error;
  }
}

class NormaliseProblem extends Error {}

function visit(spec: SpecDocument, value: unknown, schema: SchemaObject, options: NormaliseOptions, where: string, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new NormaliseProblem(`${where} is nested more than ${MAX_DEPTH} levels deep`);
  if (value === null) return options.sdkPlaceholdersAsUnset ? UNSET : null;
  if (typeof value === "string") return visitString(spec, value, schema, options);
  if (Array.isArray(value)) {
    const items = spec.itemsOf(schema);
    if (!items) return value;
    return value.map((item, index) => {
      const result = visit(spec, item, items, options, `${where}[${index}]`, depth + 1);
      return result === UNSET ? null : result;
    });
  }
  if (typeof value === "object") {
    const properties = spec.properties(schema);
    if (properties.size === 0) return value;
    const seen = new Map<string, string>();
    const entries: [string, unknown][] = [];
    for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
      const match = properties.get(key.toLowerCase());
      const name = match?.name ?? key;
      const earlier = seen.get(name.toLowerCase());
      if (earlier !== undefined) {
        throw new NormaliseProblem(`${where} has both ${JSON.stringify(earlier)} and ${JSON.stringify(key)}; property names are matched case-insensitively`);
      }
      seen.set(name.toLowerCase(), key);
      const normalised = match ? visit(spec, entry, match.schema, options, `${where}.${name}`, depth + 1) : entry;
      if (normalised !== UNSET) entries.push([name, normalised]);
    }
    // fromEntries defines own properties, so a "__proto__" key stays a plain property.
    return Object.fromEntries(entries);
  }
  return value;
}

function visitString(spec: SpecDocument, value: string, schema: SchemaObject, options: NormaliseOptions): unknown {
  if (options.sdkPlaceholdersAsUnset && MIN_DATE.test(value)) return UNSET;
  const allowed = spec.enumOf(schema);
  if (!allowed) return value;
  const spelled = allowed.find((candidate) => typeof candidate === "string" && candidate.toLowerCase() === value.toLowerCase());
  if (spelled === undefined) return value;
  if (options.sdkPlaceholdersAsUnset && spelled === allowed[0] && /^(none|unknown)$/i.test(String(spelled))) return UNSET;
  return spelled;
}
