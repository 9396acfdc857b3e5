import type { SchemaObject, SpecDocument } from "../spec/document.js";

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * Reads a path, query or header parameter's wire value by its schema, before validation: on the
 * wire every value is a string, so `size=2` is the integer `2` when the schema allows integers,
 * `true` / `false` are booleans when it allows booleans, and an array is read from repeated
 * occurrences (`a=1&a=2`, `explode`) or from one comma-separated value (`a=1,2`), each item by
 * the `items` schema. A string that matches an `enum` value but for case is spelled as the
 * `enum` spells it (the service binds enums case-insensitively). A value that fits none of the
 * schema's types stays a string, so validation names it as sent.
 *
 * @param occurrences every value the request carries for the parameter, in order (one for a header or a path parameter)
 * @param explode whether an array comes as one occurrence per item
 * @returns the value to validate, or `undefined` when the request does not carry the parameter
 * @see https://spec.openapis.org/oas/v3.1.0#style-values
 */
export function readParameterValue(spec: SpecDocument, occurrences: readonly string[], schema: SchemaObject, explode: boolean): unknown {
  if (occurrences.length === 0) return undefined;
  const types = new Set(spec.typesOf(schema));
  if (types.has("array") && (occurrences.length > 1 || !types.has("string"))) {
    const items = spec.itemsOf(schema) ?? {};
    const values = explode ? occurrences : occurrences.flatMap((occurrence) => (occurrence === "" ? [] : occurrence.split(",")));
    return values.map((value) => readScalar(spec, value, items));
  }
  return readScalar(spec, occurrences[0] ?? "", schema);
}

function readScalar(spec: SpecDocument, raw: string, schema: SchemaObject): unknown {
  const types = new Set(spec.typesOf(schema));
  if ((types.has("integer") || types.has("number")) && NUMBER.test(raw)) return Number(raw);
  if (types.has("boolean") && (raw === "true" || raw === "false")) return raw === "true";
  if (types.has("null") && raw === "null" && !types.has("string")) return null;
  const spelled = (spec.enumOf(schema) ?? []).find((candidate) => typeof candidate === "string" && candidate.toLowerCase() === raw.toLowerCase());
  return typeof spelled === "string" ? spelled : raw;
}
