import type { SchemaObject, SpecDocument } from "../spec/document.js";
import type { MockBinding, MockOperation } from "../spec/operations.js";

/** The record a path parameter names: the collection whose `get` operation is keyed by it. */
export interface Owner {
  collection: string;
  /** The path parameters that collection is nested under. */
  scope: string[];
  /** The operation whose answer describes the record, e.g. `getCustomer`. */
  operationId: string;
  notFound?: MockBinding["notFound"];
}

/**
 * What the bindings of all operations say about the state, worked out once per mock: which
 * collection each path parameter points into, and the schema of each collection's records.
 */
export interface StateModel {
  owners: ReadonlyMap<string, Owner>;
  /** JSON pointer of the record schema of each collection (from its get or list operation). */
  recordSchemas: ReadonlyMap<string, string>;
  /** The record ID field of each collection. */
  idFields: Readonly<Record<string, string>>;
}

/** The pointer of the `items` schema of a collection answer, through `allOf`. */
function itemsPointer(spec: SpecDocument, pointer: string): string | undefined {
  const visit = (at: string, depth: number): string | undefined => {
    if (depth > 8) return undefined;
    const node = spec.resolve(at) as SchemaObject;
    if (node.$ref) return visit(node.$ref, depth + 1);
    if (node.properties?.items) return `${at}/properties/items/items`;
    for (const [index] of (node.allOf ?? []).entries()) {
      const found = visit(`${at}/allOf/${index}`, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  return visit(pointer, 0);
}

/** Works out the {@link StateModel} of a spec's operations. */
export function buildStateModel(spec: SpecDocument, operations: readonly MockOperation[]): StateModel {
  const owners = new Map<string, Owner>();
  const recordSchemas = new Map<string, string>();
  const idFields: Record<string, string> = {};
  for (const operation of operations) {
    const binding = operation.binding;
    if (!binding) continue;
    if (binding.idField !== "id") idFields[binding.collection] = binding.idField;
    const schema = operation.success.schemaPointer;
    if (binding.action === "get" && binding.key) {
      if (!owners.has(binding.key)) {
        owners.set(binding.key, {
          collection: binding.collection,
          scope: binding.scope,
          operationId: operation.operationId,
          ...(binding.notFound ? { notFound: binding.notFound } : {}),
        });
      }
      if (schema && operation.success.mediaType === "application/json" && !recordSchemas.has(binding.collection)) recordSchemas.set(binding.collection, schema);
    }
  }
  for (const operation of operations) {
    const binding = operation.binding;
    const schema = operation.success.schemaPointer;
    if (binding?.action !== "list" || !schema || recordSchemas.has(binding.collection)) continue;
    const items = itemsPointer(spec, schema);
    if (items) recordSchemas.set(binding.collection, items);
  }
  // A collection no operation reads is described by the answer of the writes that change it.
  for (const operation of operations) {
    const binding = operation.binding;
    const schema = operation.success.schemaPointer;
    if ((binding?.action === "update" || binding?.action === "replace") && schema && operation.success.mediaType === "application/json" && !recordSchemas.has(binding.collection)) {
      recordSchemas.set(binding.collection, schema);
    }
  }
  return { owners, recordSchemas, idFields };
}

