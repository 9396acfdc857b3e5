import { fieldAt } from "./queries.js";

/** A stored resource: the JSON object the service would answer with. */
export type ResourceRecord = Record<string, unknown>;

/**
 * Where a record lives: the values of the path parameters its collection is nested under, e.g.
 * `{ customer_id: "4d2d4d7a-..." }` for a customer's users; `{}` (or nothing) for a top-level
 * collection such as customers.
 */
export type Scope = Readonly<Record<string, string>>;

/** Records to put in a store, by collection name; each record with the scope it lives in. */
export type MockSeedData = Readonly<Record<string, readonly { scope?: Scope; record: ResourceRecord }[]>>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs are matched as the service matches them: GUIDs in any case, anything else exactly. */
export function normaliseId(value: string): string {
  return GUID.test(value) ? value.toLowerCase() : value;
}

/** A deep copy that cannot be changed: the store's records are replaced with `put`, never edited in place. */
function frozenCopy<T>(value: T): T {
  const freeze = (node: unknown) => {
    if (node === null || typeof node !== "object" || Object.isFrozen(node)) return;
    Object.freeze(node);
    for (const child of Object.values(node)) freeze(child);
  };
  const copy = structuredClone(value);
  freeze(copy);
  return copy;
}

function scopeKey(scope: Scope | undefined): string {
  if (!scope) return "";
  return Object.keys(scope)
    .sort()
    .map((name) => `${name}=${normaliseId(String(scope[name]))}`)
    .join("&");
}

/** Checks a record before it is stored; throws a TypeError naming what is wrong. */
export type RecordCheck = (collection: string, record: ResourceRecord, where: string) => void;

/**
 * The mock's state: collections of records, each collection keyed by the scope its records live
 * in and by record ID. One generic store serves every operation; the spec's `x-mock` bindings
 * say which collection an operation reads or writes. Records are kept in insertion order, and
 * are frozen: change one by putting a new version.
 */
export interface MockStore {
  /** The records of `collection` in `scope`, in the order they were added. */
  list(collection: string, scope?: Scope): ResourceRecord[];
  /** One record by ID (GUIDs in any case), or `undefined`. */
  get(collection: string, id: string, scope?: Scope): ResourceRecord | undefined;
  /**
   * Adds or replaces a record (a deep copy). Its ID is the value at `idField` (a dotted path,
   * default the collection's, or `id`); a record without one is added, never replaced.
   *
   * @throws TypeError when (for collections the spec types) the record does not match its schema
   */
  put(collection: string, record: ResourceRecord, scope?: Scope, idField?: string): void;
  /** The records of `collection` in every scope. */
  all(collection: string): ResourceRecord[];
  /** Removes a record; `false` when there was none. */
  delete(collection: string, id: string, scope?: Scope): boolean;
  /** The names of the collections that hold records. */
  collections(): string[];
  /**
   * Adds or replaces records of several collections at once; nothing is changed when one of them
   * is invalid.
   *
   * @throws TypeError naming the collection, the record and the problem
   */
  seed(data: MockSeedData): void;
  /** Back to the records the store started with. */
  reset(): void;
  /** Removes every record. */
  clear(): void;
}

/**
 * A store holding deep copies of `initial` (and going back to them on `reset()`).
 *
 * @param check validates every record that enters the store (seeded or put by a test)
 * @param idFields the ID field of each collection that does not use `id`
 * @throws TypeError as {@link MockStore.seed} does
 */
export function createMockStore(initial: MockSeedData = {}, check?: RecordCheck, idFields: Readonly<Record<string, string>> = {}): MockStore {
  const snapshot = structuredClone(initial) as MockSeedData;
  let data = new Map<string, Map<string, Map<string, ResourceRecord>>>();
  const bucket = (collection: string, scope: Scope | undefined, create: boolean) => {
    let scopes = data.get(collection);
    if (!scopes) {
      if (!create) return undefined;
      data.set(collection, (scopes = new Map()));
    }
    const key = scopeKey(scope);
    let records = scopes.get(key);
    if (!records && create) scopes.set(key, (records = new Map()));
    return records;
  };
  // Records without an ID (line items, say) are kept under a key of their own, in order.
  let unnamed = 0;
  const idOf = (collection: string, record: ResourceRecord, idField: string | undefined): string => {
    const id = fieldAt(record, idField ?? idFields[collection] ?? "id");
    return typeof id === "string" && id !== "" ? normaliseId(id) : `\u0000${(unnamed += 1)}`;
  };
  const store: MockStore = {
    list: (collection, scope) => [...(bucket(collection, scope, false)?.values() ?? [])],
    get: (collection, id, scope) => bucket(collection, scope, false)?.get(normaliseId(id)),
    put(collection, record, scope, idField) {
      if (record === null || typeof record !== "object" || Array.isArray(record)) throw new TypeError(`store: a ${collection} record must be an object`);
      const id = idOf(collection, record, idField);
      check?.(collection, record, collection);
      bucket(collection, scope, true)?.set(id, frozenCopy(record));
    },
    all: (collection) => [...(data.get(collection)?.values() ?? [])].flatMap((records) => [...records.values()]),
    delete: (collection, id, scope) => bucket(collection, scope, false)?.delete(normaliseId(id)) ?? false,
    collections: () => [...data.entries()].filter(([, scopes]) => [...scopes.values()].some((records) => records.size > 0)).map(([name]) => name),
    seed(seedData) {
      if (seedData === null || typeof seedData !== "object") throw new TypeError("store.seed: expected an object of collections, e.g. { customers: [{ record: {...} }] }");
      const staged: [string, Scope | undefined, string, ResourceRecord][] = [];
      for (const [collection, entries] of Object.entries(seedData)) {
        if (!Array.isArray(entries)) throw new TypeError(`store.seed: ${collection} must be an array of { scope?, record }`);
        entries.forEach((entry, index) => {
          const where = `${collection}[${index}]`;
          const record = entry?.record;
          if (record === null || typeof record !== "object" || Array.isArray(record)) throw new TypeError(`store.seed: ${where}.record must be an object`);
          const id = idOf(collection, record, undefined);
          check?.(collection, record, `${where}.record`);
          staged.push([collection, entry.scope, id, frozenCopy(record)]);
        });
      }
      for (const [collection, scope, id, record] of staged) bucket(collection, scope, true)?.set(id, record);
    },
    reset() {
      store.clear();
      store.seed(snapshot);
    },
    clear() {
      data = new Map();
    },
  };
  store.seed(snapshot);
  return store;
}
