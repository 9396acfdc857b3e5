import type { SpecDocument } from "../spec/document.js";
import type { MockOperation } from "../spec/operations.js";
import type { ValueSource } from "../value-source.js";
import { generateRecords } from "./generate-records.js";
import { fieldAt } from "./queries.js";
import type { StateModel } from "./model.js";
import { normaliseId, type MockSeedData, type ResourceRecord, type Scope } from "./store.js";

/**
 * The data a mock starts with, from the spec alone:
 * - the success examples of every operation bound to a collection (`x-mock`) that reads it: a
 *   list's `items` or a get's record, in the scope the operation's path parameter examples name
 *   (the users example of `GET /v1/customers/{customer_id}/users` belongs to the customer that
 *   `customer_id`'s example names);
 * - `generate` more records drawn from a top-level collection's item schema, the same for the
 *   same value source.
 * The first record with a given ID in a scope wins.
 *
 * @throws Error naming the operation when a scope parameter has no example, or a generated record does not match its schema
 */
export function seedFromSpec(spec: SpecDocument, operations: readonly MockOperation[], model: StateModel, values: ValueSource): MockSeedData {
  const seed: Record<string, { scope: Scope; record: ResourceRecord }[]> = {};
  const seen = new Set<string>();
  const add = (collection: string, scope: Scope, record: ResourceRecord) => {
    const id = fieldAt(record, model.idFields[collection] ?? "id");
    if (typeof id === "string" && id !== "") {
      const key = `${collection} ${JSON.stringify(Object.entries(scope).map(([name, value]) => [name, normaliseId(value)]))} ${normaliseId(id)}`;
      if (seen.has(key)) return;
      seen.add(key);
    }
    (seed[collection] ??= []).push({ scope, record });
  };
  // Records as a get answers them come first (the richest form), then list items, then the
  // answers of writes to a collection no operation reads.
  const rank = { get: 0, list: 1, update: 2, replace: 2 } as Record<string, number | undefined>;
  const readers = operations
    .filter((operation) => operation.binding && rank[operation.binding.action] !== undefined && operation.success.mediaType === "application/json")
    .sort((a, b) => (rank[a.binding!.action] as number) - (rank[b.binding!.action] as number));
  const read = new Set(readers.filter((operation) => operation.binding!.action === "get" || operation.binding!.action === "list").map((operation) => operation.binding!.collection));
  for (const operation of readers) {
    const binding = operation.binding!;
    if ((binding.action === "update" || binding.action === "replace") && read.has(binding.collection)) continue;
    const scope: Record<string, string> = {};
    for (const name of binding.scope) {
      const example = operation.parameters.find((parameter) => parameter.in === "path" && parameter.name === name)?.example;
      if (typeof example !== "string") throw new Error(`${operation.operationId}: path parameter ${name} needs an example: it names the scope of the operation's examples`);
      scope[name] = example;
    }
    for (const example of operation.success.examples) {
      if (example === null || typeof example !== "object") continue;
      const records = binding.action === "list" ? ((example as { items?: unknown }).items ?? []) : [example];
      for (const record of records as ResourceRecord[]) add(binding.collection, scope, record);
    }
  }
  for (const operation of operations) {
    const binding = operation.binding;
    if (!binding || binding.action !== "list" || binding.generate <= 0) continue;
    if (binding.scope.length) throw new Error(`${operation.operationId}: x-mock generate applies to top-level collections only`);
    const pointer = model.recordSchemas.get(binding.collection);
    if (!pointer) throw new Error(`${operation.operationId}: x-mock generate needs the collection's item schema`);
    const existing = seed[binding.collection]?.length ?? 0;
    for (const record of generateRecords(spec, pointer, binding.generate, values, existing)) add(binding.collection, {}, record);
  }
  return seed;
}
