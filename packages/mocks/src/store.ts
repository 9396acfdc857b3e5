import type {
  Customer,
  ManagedService,
  ServiceIncidentDetail,
  ServiceRequest,
  ServiceRequestStatus,
} from "@partnercenter/types";
import {
  customerExample,
  managedServiceCollectionExample,
  serviceIncidentDetailCollectionExample,
  serviceRequestExample,
} from "./generated/examples.js";

/** The customer tenant ID of the spec's `Customer` example: the customer the mock knows. */
export const MOCK_CUSTOMER_ID: string = requireId(customerExample.id, "Customer");
/** The ID of the spec's `ServiceRequest` example (from the update-a-service-request page). */
export const MOCK_SERVICE_REQUEST_ID: string = requireId(serviceRequestExample.id, "ServiceRequest");

function requireId(id: string | undefined, example: string): string {
  if (!id) throw new Error(`the spec's ${example} example has no id`);
  return id;
}

/** A schema type whose readOnly properties the mock, playing the service, may set. */
export type Stored<T> = { -readonly [K in keyof T]: T[K] };

/** In-memory state behind the handlers, seeded from the spec's examples. */
export interface MockStore {
  customers: Map<string, Stored<Customer>>;
  /** Managed services by customer tenant ID. */
  managedServices: Map<string, Stored<ManagedService>[]>;
  /** Office service incidents by customer tenant ID. */
  serviceIncidents: Map<string, Stored<ServiceIncidentDetail>[]>;
  serviceRequests: Map<string, Stored<ServiceRequest>>;
}

/** A fresh store holding copies of the spec's examples; handlers never mutate the examples. */
export function createMockStore(): MockStore {
  return {
    customers: new Map([[MOCK_CUSTOMER_ID, structuredClone(customerExample)]]),
    managedServices: new Map([[MOCK_CUSTOMER_ID, structuredClone(managedServiceCollectionExample.items ?? [])]]),
    serviceIncidents: new Map([[MOCK_CUSTOMER_ID, structuredClone(serviceIncidentDetailCollectionExample.items ?? [])]]),
    serviceRequests: new Map([[MOCK_SERVICE_REQUEST_ID, structuredClone(serviceRequestExample)]]),
  };
}

/** Values the .NET SDK sends for fields it does not mean to change. */
const UNSET_STATUS: ReadonlySet<unknown> = new Set([null, undefined, "none"]);
const WRITABLE_STATUSES: ReadonlySet<ServiceRequestStatus> = new Set(["open", "closed", "attention_needed"]);

/** Who the mock records as the author of a note added through PATCH. */
export const MOCK_NOTE_AUTHOR = "Partner Center mock";

/**
 * Applies a PATCH body to a service request in place, as the service does: property names are
 * matched case-insensitively (the SDK sends PascalCase), `newNote` is appended to `notes` with
 * the current time, `status` changes only to `open`, `closed` or `attention_needed` (closing
 * sets `lastClosedDate`), and `lastModifiedDate` becomes now.
 *
 * @returns an error description when the body is not a service request, otherwise `undefined`
 * @see https://learn.microsoft.com/en-us/partner-center/developer/update-a-service-request
 */
export function applyServiceRequestPatch(target: Stored<ServiceRequest>, body: unknown, now = new Date()): string | undefined {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return "The request body must be a ServiceRequest JSON object.";
  const patch = lowerCaseKeys(body as Record<string, unknown>);
  const status = patch.status;
  if (!UNSET_STATUS.has(status) && !WRITABLE_STATUSES.has(status as ServiceRequestStatus)) {
    return `The status ${JSON.stringify(status)} is not one of open, closed, attention_needed.`;
  }
  const newNote = patch.newnote;
  let noteText: string | undefined;
  if (newNote !== null && newNote !== undefined) {
    if (typeof newNote !== "object" || Array.isArray(newNote)) return "newNote must be a ServiceRequestNote object.";
    const text = lowerCaseKeys(newNote as Record<string, unknown>).text;
    if (typeof text !== "string" || text.trim() === "") return "newNote.text must be a non-empty string.";
    noteText = text;
  }
  const timestamp = now.toISOString();
  if (noteText !== undefined) {
    target.notes = [...(target.notes ?? []), { createdByName: MOCK_NOTE_AUTHOR, createdDate: timestamp, text: noteText }];
  }
  if (!UNSET_STATUS.has(status)) {
    target.status = status as ServiceRequestStatus;
    if (status === "closed") target.lastClosedDate = timestamp;
  }
  target.lastModifiedDate = timestamp;
  return undefined;
}

function lowerCaseKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key.toLowerCase(), entry]));
}
