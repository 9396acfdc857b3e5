import type { Customer, ManagedService, ServiceIncidentDetail, ServiceRequest, ServiceRequestNote } from "@partnercenter/types";
import { normaliseRequestBody } from "./request-validation.js";
import { createDefaultSeedData, type MockSeedData } from "./seed-data.js";
import { componentValidator, describeSchemaErrors } from "./spec-document.js";

/** A schema type whose readOnly properties the mock, playing the service, may set. */
export type Stored<T> = { -readonly [K in keyof T]: T[K] };

/**
 * In-memory state behind the handlers. Read it through the maps; change it with {@link MockStore.seed}
 * (validated) or, for anything else, through the maps themselves.
 */
export interface MockStore {
  /** Customers by tenant ID, in lower case (the service matches GUIDs case-insensitively). */
  customers: Map<string, Stored<Customer>>;
  /** Managed services by customer tenant ID (lower case). */
  managedServices: Map<string, Stored<ManagedService>[]>;
  /** Office service incidents by customer tenant ID (lower case). */
  serviceIncidents: Map<string, Stored<ServiceIncidentDetail>[]>;
  /** Service requests by ID. */
  serviceRequests: Map<string, Stored<ServiceRequest>>;
  /**
   * Adds or replaces records (deep copies): customers and service requests by `id`, lists of
   * managed services and incidents per customer. Every record must match its schema in the spec,
   * so the mock only ever answers what the real service could.
   *
   * @throws TypeError naming the record and the problem, e.g.
   * `store.seed: customers[0].companyProfile.address.country must NOT have more than 2 characters (got "USA")`,
   * or when a list is keyed by a customer that is neither seeded nor already in the store; nothing
   * is changed then
   */
  seed(data: MockSeedData): void;
  /** Back to the data the store was created with (default: {@link createDefaultSeedData}). */
  reset(): void;
  /** Removes every record. */
  clear(): void;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function check(schemaName: string, value: unknown, where: string): void {
  const validate = componentValidator(schemaName);
  if (!validate(value)) throw new TypeError(`store.seed: ${describeSchemaErrors(validate.errors, where, value)}`);
  if (value !== null && typeof value === "object" && "newNote" in value) {
    throw new TypeError(`store.seed: ${where}.newNote is write-only (the service never returns it); seed notes instead`);
  }
  if (value !== null && typeof value === "object" && "userCredentials" in value) {
    throw new TypeError(`store.seed: ${where}.userCredentials is write-only (the service never returns it); leave it out`);
  }
}

function validateSeed(data: MockSeedData, knownCustomer: (id: string) => boolean): void {
  if (data === null || typeof data !== "object") throw new TypeError("store.seed: expected an object with customers, managedServices, serviceIncidents and/or serviceRequests");
  const customerIds = new Set<string>();
  for (const [index, customer] of (data.customers ?? []).entries()) {
    check("Customer", customer, `customers[${index}]`);
    if (typeof customer.id !== "string" || !GUID.test(customer.id)) throw new TypeError(`store.seed: customers[${index}].id must be the customer tenant ID (a GUID)`);
    customerIds.add(customer.id.toLowerCase());
  }
  const lists = [
    ["managedServices", "ManagedService", data.managedServices],
    ["serviceIncidents", "ServiceIncidentDetail", data.serviceIncidents],
  ] as const;
  for (const [name, schemaName, byCustomer] of lists) {
    for (const [customerId, items] of Object.entries(byCustomer ?? {})) {
      if (!customerIds.has(customerId.toLowerCase()) && !knownCustomer(customerId)) {
        throw new TypeError(`store.seed: ${name}[${JSON.stringify(customerId)}] belongs to no customer; seed the customer too`);
      }
      if (!Array.isArray(items)) throw new TypeError(`store.seed: ${name}[${JSON.stringify(customerId)}] must be an array`);
      items.forEach((item, index) => check(schemaName, item, `${name}[${JSON.stringify(customerId)}][${index}]`));
    }
  }
  for (const [index, request] of (data.serviceRequests ?? []).entries()) {
    check("ServiceRequest", request, `serviceRequests[${index}]`);
    if (typeof request.id !== "string" || request.id === "") throw new TypeError(`store.seed: serviceRequests[${index}].id must be a non-empty string`);
  }
}

/**
 * A store holding copies of the given data, validated like {@link MockStore.seed}; handlers never
 * change the data passed in.
 *
 * @param initial the data to start with and to go back to on `reset()`. Default
 * {@link createDefaultSeedData}: the spec's examples plus a small fixed set of customers, managed
 * services, incidents and service requests.
 * @throws TypeError as {@link MockStore.seed} does
 */
export function createMockStore(initial: MockSeedData = createDefaultSeedData()): MockStore {
  const snapshot = structuredClone(initial);
  const store: MockStore = {
    customers: new Map(),
    managedServices: new Map(),
    serviceIncidents: new Map(),
    serviceRequests: new Map(),
    seed(data) {
      // Customer IDs are matched case-insensitively by the service; the store keys them in lower case.
      validateSeed(data, (id) => store.customers.has(id.toLowerCase()));
      const copy = structuredClone(data);
      for (const customer of copy.customers ?? []) store.customers.set(String(customer.id).toLowerCase(), customer);
      for (const [id, items] of Object.entries(copy.managedServices ?? {})) store.managedServices.set(id.toLowerCase(), items);
      for (const [id, items] of Object.entries(copy.serviceIncidents ?? {})) store.serviceIncidents.set(id.toLowerCase(), items);
      for (const request of copy.serviceRequests ?? []) store.serviceRequests.set(String(request.id), request);
    },
    clear() {
      store.customers.clear();
      store.managedServices.clear();
      store.serviceIncidents.clear();
      store.serviceRequests.clear();
    },
    reset() {
      store.clear();
      store.seed(snapshot);
    },
  };
  store.seed(snapshot);
  return store;
}

/** Who the mock records as the author of a note added through PATCH when the token names no user. */
export const MOCK_NOTE_AUTHOR = "Partner Center mock";

/** A PATCH body after reading: property names in camelCase, the SDK's placeholders removed. */
export interface ServiceRequestPatch {
  status?: ServiceRequest["status"];
  newNote?: ServiceRequestNote;
}

/**
 * Reads a PATCH body as the service does, without applying it:
 * - property names are matched case-insensitively (the .NET SDK sends PascalCase) and the body
 *   is validated against the spec's `ServiceRequest` schema (types, enum values);
 * - the SDK's placeholders (`null`, `unknown`, `none`, `0001-01-01T00:00:00`) mean "not set";
 * - `newNote.text` must be a non-empty string;
 * - every property but `status` and `newNote` is dropped: which others the service lets a PATCH
 *   change is not documented, so the mock changes none.
 *
 * @returns the patch, or a problem naming what is wrong with the body
 * @see https://learn.microsoft.com/en-us/partner-center/developer/update-a-service-request
 */
export function readServiceRequestPatch(body: unknown): { ok: true; patch: ServiceRequestPatch } | { ok: false; problem: string } {
  const reading = normaliseRequestBody<ServiceRequestPatch>("updateServiceRequest", body);
  if (!reading.ok) return { ok: false, problem: reading.problem.description };
  const patch = reading.body;
  const text = patch.newNote?.text;
  if (patch.newNote !== undefined && (typeof text !== "string" || text.trim() === "")) {
    return { ok: false, problem: "Invalid request input: body.newNote.text must be a non-empty string." };
  }
  return { ok: true, patch };
}

/**
 * Applies a patch read by {@link readServiceRequestPatch} in place: `newNote` is appended to
 * `notes` with `now` and `author` (never stored as `newNote`); `status` may become `open`,
 * `closed` (which sets `lastClosedDate` when the request was not already closed) or
 * `attention_needed`; `lastModifiedDate` becomes `now`.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/update-a-service-request
 */
export function applyReadServiceRequestPatch(target: Stored<ServiceRequest>, patch: ServiceRequestPatch, now: Date, author: string): void {
  const timestamp = now.toISOString();
  const text = patch.newNote?.text;
  if (typeof text === "string") {
    target.notes = [...(target.notes ?? []), { createdByName: author, createdDate: timestamp, text }];
  }
  if (patch.status !== undefined) {
    if (patch.status === "closed" && target.status !== "closed") target.lastClosedDate = timestamp;
    target.status = patch.status;
  }
  target.lastModifiedDate = timestamp;
}
