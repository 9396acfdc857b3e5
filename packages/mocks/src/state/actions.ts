import type { Caller } from "../pipeline/auth.js";
import type { MockRequest } from "../pipeline/exchange.js";
import type { SchemaObject, SpecDocument } from "../spec/document.js";
import type { MockBinding, MockOperation } from "../spec/operations.js";
import type { ValueSource } from "../value-source.js";
import type { StateModel } from "./model.js";
import { applyFilters, fieldAt, fieldFilterPredicate, pageOf, QueryProblem } from "./queries.js";
import type { MockStore, ResourceRecord, Scope } from "./store.js";

/** What an operation answers: a status and a JSON body, bytes, or nothing; or a Partner Center error. */
export type Outcome =
  | { status: number; body?: unknown; bytes?: Uint8Array; mediaType?: string; headers?: Record<string, string> }
  | { status: number; error: { code: number; description: string } };

/** Everything a binding's action and rules work with. */
export interface OperationCall {
  operation: MockOperation;
  binding: MockBinding;
  request: MockRequest;
  pathParameters: Readonly<Record<string, string>>;
  /** The query parameters the spec declares, read by their schema's type (`size` is a number). */
  query: ReadonlyMap<string, unknown>;
  /** The request body in the spec's camelCase, the SDK's placeholders dropped; `undefined` without one. */
  body: unknown;
  caller: Caller;
  /** The scope the operation's records live in: its scope path parameters. */
  scope: Scope;
  store: MockStore;
  spec: SpecDocument;
  model: StateModel;
  values: ValueSource;
  now: () => Date;
  /** Set by a rule before a list runs: records it leaves out (e.g. deleted users unless asked for). */
  exclude?: (record: ResourceRecord) => boolean;
}

/**
 * A named piece of service behaviour that the spec cannot express (a service request's `newNote`,
 * a cart's checkout): it runs around the operation's generic action, may answer by itself, call
 * `next()` for the generic action and change its outcome, or change other records.
 */
export type Rule = (call: OperationCall, next: () => Outcome) => Outcome;

const NOT_FOUND = 1000;

/** Whether an outcome is a Partner Center error. */
export function isError(outcome: Outcome): outcome is Extract<Outcome, { error: unknown }> {
  return "error" in outcome;
}

/** A 404 for a record that does not exist, with the collection's documented error when the spec gives one. */
export function notFound(call: Pick<OperationCall, "model">, parameter: string, id: string, fallbackCollection: string): Outcome {
  const owner = call.model.owners.get(parameter);
  const details = owner?.notFound;
  const description = (details?.description ?? `Not found: ${fallbackCollection} ${id} does not exist.`).replaceAll(`{${parameter}}`, id);
  return { status: 404, error: { code: details?.code ?? NOT_FOUND, description } };
}

/** `value` without the properties its schema marks `readOnly` (or `writeOnly`, with `which`), recursively. */
export function withoutMarked(spec: SpecDocument, value: unknown, schema: SchemaObject | undefined, which: "readOnly" | "writeOnly", depth = 0): unknown {
  if (!schema || depth > 32 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    const items = spec.itemsOf(schema);
    return value.map((item) => withoutMarked(spec, item, items, which, depth + 1));
  }
  const properties = spec.properties(schema);
  const out: ResourceRecord = {};
  for (const [name, item] of Object.entries(value)) {
    if (isMarked(spec, schema, name, which)) continue;
    out[name] = withoutMarked(spec, item, properties.get(name.toLowerCase())?.schema, which, depth + 1);
  }
  return out;
}

/** Whether the property `name` of `schema` is marked `readOnly` (or `writeOnly`). */
export function isMarked(spec: SpecDocument, schema: SchemaObject | undefined, name: string, which: "readOnly" | "writeOnly"): boolean {
  const property = schema ? spec.properties(schema).get(name.toLowerCase()) : undefined;
  return property !== undefined && (property.schema[which] === true || spec.dereference(property.schema)[which] === true);
}

/** `target` with `patch` merged in: objects merged property by property, anything else replaced. */
export function mergeRecords(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch) || target === null || typeof target !== "object" || Array.isArray(target)) return patch;
  const out: ResourceRecord = { ...(target as ResourceRecord) };
  for (const [name, value] of Object.entries(patch)) out[name] = mergeRecords(out[name], value);
  return out;
}

/** The scope of an operation's records: its binding's scope path parameters. */
export function scopeOf(binding: MockBinding, pathParameters: Readonly<Record<string, string>>): Scope {
  return Object.fromEntries(binding.scope.map((name) => [name, pathParameters[name] as string]));
}

/** Checks that every scope parameter names a record that exists (a customer, its subscription, ...); the 404 otherwise. */
export function missingOwner(call: OperationCall): Outcome | undefined {
  for (const parameter of call.binding.scope) {
    const owner = call.model.owners.get(parameter);
    if (!owner) continue;
    const id = call.pathParameters[parameter] as string;
    const ownerScope = Object.fromEntries(owner.scope.map((name) => [name, call.pathParameters[name] as string]));
    if (!call.store.get(owner.collection, id, ownerScope)) return notFound(call, parameter, id, owner.collection);
  }
  return undefined;
}

function recordSchema(call: OperationCall): SchemaObject | undefined {
  const pointer = call.model.recordSchemas.get(call.binding.collection) ?? call.operation.success.schemaPointer;
  return pointer === undefined ? undefined : (call.spec.resolve(pointer) as SchemaObject);
}

function newId(call: OperationCall): string {
  const schema = recordSchema(call);
  const idSchema = schema ? call.spec.properties(schema).get(call.binding.idField.toLowerCase())?.schema : undefined;
  return idSchema && call.spec.dereference(idSchema).format === "uuid" ? call.values.guid() : call.values.token(32);
}

function list(call: OperationCall): Outcome {
  const { binding, operation } = call;
  let records = applyFilters(call.store.list(binding.collection, call.scope), binding.filters, call.query);
  if (call.exclude) records = records.filter((record) => !call.exclude?.(record));
  if (binding.sort) records = sortRecords(records, binding.sort);
  if (binding.fieldFilter) {
    const filter = call.query.get(binding.fieldFilter.parameter);
    if (filter !== undefined) {
      const schema = recordSchema(call);
      const kindOf = (path: string) => {
        let node = schema;
        for (const name of path.split(".")) node = node ? call.spec.properties(node).get(name.toLowerCase())?.schema : undefined;
        return node && call.spec.typesOf(node).includes("boolean") ? ("boolean" as const) : ("other" as const);
      };
      const matches = fieldFilterPredicate(filter, binding.fieldFilter.fields, kindOf);
      records = records.filter(matches);
    }
  }
  const basePath = call.request.path.replace(/^\/v1(?=\/)/i, "");
  const link = (query: URLSearchParams, headers: { key: string; value: string }[] = []) => {
    const search = query.toString();
    return { uri: `${basePath}${search ? `?${search}` : ""}`, method: "GET", headers };
  };
  const page = operation.paging
    ? pageOf(records, operation.paging, call.query, call.request.query, call.request.headers.get("MS-ContinuationToken"), defaultPageSize(call))
    : { items: records };
  const items = binding.omit.length ? page.items.map((item) => Object.fromEntries(Object.entries(item).filter(([name]) => !binding.omit.includes(name)))) : page.items;
  const collection: ResourceRecord = { totalCount: items.length, items };
  // A paged collection links to itself and to its next page; one that is never paged has no links.
  if (operation.paging) {
    const links: ResourceRecord = { self: link(call.request.query) };
    if (page.next) {
      const token = page.next.continuationToken;
      links.next = link(page.next.query, token === undefined ? [] : [{ key: "MS-ContinuationToken", value: token }]);
      const schema = operation.success.schemaPointer ? (call.spec.resolve(operation.success.schemaPointer) as SchemaObject) : undefined;
      if (token !== undefined && schema && call.spec.properties(schema).has("continuationtoken")) collection.continuationToken = token;
    }
    collection.links = links;
  }
  collection.attributes = { objectType: "Collection" };
  return { status: operation.success.status, body: collection };
}

/** Records ordered by a field path; `-field` for descending. Text compares as dates when both parse as dates. */
function sortRecords(records: ResourceRecord[], sort: string): ResourceRecord[] {
  const descending = sort.startsWith("-");
  const path = descending ? sort.slice(1) : sort;
  const key = (record: ResourceRecord) => {
    const value = fieldAt(record, path);
    const time = typeof value === "string" ? Date.parse(value) : Number.NaN;
    return Number.isFinite(time) ? time : typeof value === "number" ? value : String(value ?? "");
  };
  return [...records].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const order = x < y ? -1 : x > y ? 1 : 0;
    return descending ? -order : order;
  });
}

function defaultPageSize(call: OperationCall): number | undefined {
  const parameter = call.operation.parameters.find((candidate) => candidate.in === "query" && candidate.name === call.operation.paging?.sizeParameter);
  const size = parameter ? (call.spec.dereference(call.spec.resolve(parameter.schemaPointer) as SchemaObject).default as number | undefined) : undefined;
  return typeof size === "number" && size > 0 ? size : undefined;
}

/** The generic action of a binding: list, get, create, update (merge), replace or delete records of its collection. */
export function runAction(call: OperationCall): Outcome {
  const { binding, operation, store } = call;
  const key = binding.key === undefined ? undefined : call.pathParameters[binding.key];
  const existing = key === undefined ? undefined : store.get(binding.collection, key, call.scope);
  const status = operation.success.status;
  const schema = recordSchema(call);
  switch (binding.action) {
    case "list":
      return list(call);
    case "get":
      return existing ? { status, body: existing } : notFound(call, binding.key as string, key as string, binding.collection);
    case "create": {
      const body = (withoutMarked(call.spec, call.body ?? {}, schema, "writeOnly") ?? {}) as ResourceRecord;
      const given = body[binding.idField];
      const record = { ...body, [binding.idField]: typeof given === "string" && given !== "" ? given : newId(call) };
      store.put(binding.collection, record, call.scope, binding.idField);
      return { status, body: store.get(binding.collection, record[binding.idField] as string, call.scope) };
    }
    case "update":
    case "replace": {
      if (!existing) return notFound(call, binding.key as string, key as string, binding.collection);
      const change = withoutMarked(call.spec, call.body ?? {}, schema, "readOnly") as ResourceRecord;
      // A replacement keeps what the service sets (read-only fields) and the ID.
      const serverSet = Object.fromEntries(Object.entries(existing).filter(([name]) => isMarked(call.spec, schema, name, "readOnly")));
      const record =
        binding.action === "update" ? (mergeRecords(existing, change) as ResourceRecord) : { ...serverSet, ...change, [binding.idField]: existing[binding.idField] };
      store.put(binding.collection, record, call.scope, binding.idField);
      return { status, body: record };
    }
    case "delete":
      if (!existing) return notFound(call, binding.key as string, key as string, binding.collection);
      store.delete(binding.collection, key as string, call.scope);
      return { status };
    default:
      return { status };
  }
}

/**
 * Runs an operation's binding: the 404 when a scope parameter names no record, then the named
 * rules around the generic action, first rule outermost.
 *
 * @throws Error when the binding names a rule that does not exist
 */
export function runBinding(call: OperationCall, rules: Readonly<Record<string, Rule>>): Outcome {
  try {
    const missing = missingOwner(call);
    if (missing) return missing;
    const chain = call.binding.rules.reduceRight<() => Outcome>(
      (next, name) => {
        const rule = rules[name];
        if (!rule) throw new Error(`${call.operation.operationId}: x-mock names the rule ${name}, which the mock does not have`);
        return () => rule(call, next);
      },
      () => runAction(call),
    );
    return chain();
  } catch (error) {
    if (error instanceof QueryProblem) return { status: 400, error: { code: error.code, description: `Invalid request input: ${error.message}.` } };
    throw error;
  }
}
