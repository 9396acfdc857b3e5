import type {
  Customer,
  ManagedServiceCollection,
  ServiceIncidentDetailCollection,
  ServiceRequest,
  ServiceRequestSeverity,
  ServiceRequestStatus,
} from "@partnercenter/types";
import { callOperation, type CallOptions } from "./call.js";
import type { PartnerCenterClient } from "./client.js";
import { checkArgument } from "./errors.js";
import { serviceIncidentFilter } from "./incident-filter.js";

/**
 * Gets one of the partner's customers by its tenant ID, with company and billing profiles.
 * App+User or App-only token. Throttled at 500 requests per minute per tenant.
 *
 * @param customerId customer tenant ID, a GUID
 * @returns the `Customer`
 * @throws {PartnerCenterArgumentError} (`customer_id`) before sending when `customerId` is not a GUID
 * @throws {PartnerCenterError} when the service answers with an error, e.g. 404 `NotFound` code `60003`
 * @see https://learn.microsoft.com/en-us/partner-center/developer/get-a-customer-by-id
 */
export function getCustomer(client: PartnerCenterClient, customerId: string, options?: CallOptions): Promise<Customer> {
  return callOperation(client, "GET", "/v1/customers/{customer_id}", { path: { customer_id: customerId } }, options);
}

/**
 * Lists the customer's services for which the partner has delegated admin rights (App+User
 * token only). The collection is not paged.
 *
 * @param customerId customer tenant ID, a GUID
 * @returns the collection; `items` holds the `ManagedService`s
 * @throws {PartnerCenterArgumentError} (`customer_id`) before sending when `customerId` is not a GUID
 * @throws {PartnerCenterError} when the service answers with an error
 * @see https://learn.microsoft.com/en-us/partner-center/developer/get-the-managed-services-for-a-customer-by-id
 */
export function listManagedServices(
  client: PartnerCenterClient,
  customerId: string,
  options?: CallOptions,
): Promise<ManagedServiceCollection> {
  return callOperation(client, "GET", "/v1/customers/{customer_id}/managedservices", { path: { customer_id: customerId } }, options);
}

/** Options of {@link listCustomerServiceIncidents}. */
export interface ServiceIncidentOptions extends CallOptions {
  /** `true`: only resolved incidents; `false`: only unresolved ones. Default: all (no filter sent). */
  resolved?: boolean | undefined;
}

/**
 * Lists the customer's Office (Microsoft 365) service incidents and message-center posts.
 * `resolved` sends the SDK's filter (see {@link serviceIncidentFilter}). The collection is not paged.
 *
 * @param customerId customer tenant ID, a GUID
 * @returns the collection; `items` holds the `ServiceIncidentDetail`s
 * @throws {PartnerCenterArgumentError} before sending when `customerId` is not a GUID or `resolved` not a boolean
 * @throws {PartnerCenterError} when the service answers with an error
 * @see https://learn.microsoft.com/en-us/rest/api/partner-center/manage-customer-accounts/get-customer-office-service-incidents
 */
export async function listCustomerServiceIncidents(
  client: PartnerCenterClient,
  customerId: string,
  options?: ServiceIncidentOptions,
): Promise<ServiceIncidentDetailCollection> {
  const resolved = options?.resolved;
  const query = { filter: resolved === undefined ? undefined : serviceIncidentFilter(resolved) };
  return callOperation(client, "GET", "/v1/customers/{customer_id}/serviceincidents/office", { path: { customer_id: customerId }, query }, options);
}

/**
 * The fields {@link updateServiceRequest} may change; only those given are sent. The service
 * documents `newNote` (append a note) and `status`; the others are sent as given, and which of
 * them it honours is not documented. The SDK's "not set" placeholders (`none`, `unknown`) are
 * left out of the types: omit a field instead.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/service-request-resources
 */
export interface ServiceRequestUpdate {
  /** New status. */
  status?: Exclude<ServiceRequestStatus, "none"> | undefined;
  /** A note to append to `notes`; only its `text` is sent. */
  newNote?: { text: string } | undefined;
  title?: string | undefined;
  description?: string | undefined;
  severity?: Exclude<ServiceRequestSeverity, "unknown"> | undefined;
}

// The values each field takes: a list of strings, or any string (`undefined`); newNote apart.
const UPDATE_FIELDS: Record<string, readonly string[] | undefined> = {
  status: ["open", "closed", "attention_needed"],
  severity: ["critical", "moderate", "minimal"],
  title: undefined,
  description: undefined,
  newNote: undefined,
};

/** Checks an update field by field and returns the body to send: only the fields given. */
function toPatchBody(update: ServiceRequestUpdate): Record<string, unknown> {
  checkArgument(update !== null && typeof update === "object", "update", "an object");
  const body: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(update)) {
    if (value === undefined) continue;
    const argument = `update.${field}`;
    checkArgument(Object.hasOwn(UPDATE_FIELDS, field), argument, `no other fields than ${Object.keys(UPDATE_FIELDS).join(", ")}`);
    const allowed = UPDATE_FIELDS[field];
    if (field === "newNote") {
      const text: unknown = (value as { text?: unknown } | null)?.text;
      checkArgument(typeof text === "string" && text.trim() !== "", `${argument}.text`, "non-empty text");
      body[field] = { text };
    } else {
      checkArgument(allowed ? allowed.includes(value) : typeof value === "string", argument, allowed ? allowed.join(" or ") : "a string", value);
      body[field] = value;
    }
  }
  checkArgument(Object.keys(body).length, "update", "at least one field to change");
  return body;
}

/**
 * Changes a service request the partner filed with Microsoft (App+User token only) and returns
 * it as updated. Only the fields given in `update` are sent. Retried like any call: the body is
 * replayed intact with the same `MS-RequestId`, which the service uses to apply it once.
 *
 * @param serviceRequestId the service request's ID, e.g. `616122292874576`
 * @param update the fields to change, e.g. `{ status: "closed", newNote: { text: "Fixed." } }`
 * @returns the updated `ServiceRequest`
 * @throws {PartnerCenterArgumentError} before sending, for a bad ID or update (naming the field)
 * @throws {PartnerCenterError} when the service answers with an error, e.g. 404 code `1000`
 * @see https://learn.microsoft.com/en-us/partner-center/developer/update-a-service-request
 */
export async function updateServiceRequest(
  client: PartnerCenterClient,
  serviceRequestId: string,
  update: ServiceRequestUpdate,
  options?: CallOptions,
): Promise<ServiceRequest> {
  const body = toPatchBody(update);
  return callOperation(client, "PATCH", "/v1/servicerequests/{servicerequest_id}", { path: { servicerequest_id: serviceRequestId } }, options, body);
}

/**
 * Appends a note to a service request: {@link updateServiceRequest} with `{ newNote: { text } }`.
 *
 * @returns the updated `ServiceRequest`, the new note last in `notes`
 * @see https://learn.microsoft.com/en-us/partner-center/developer/update-a-service-request
 */
export function addServiceRequestNote(
  client: PartnerCenterClient,
  serviceRequestId: string,
  text: string,
  options?: CallOptions,
): Promise<ServiceRequest> {
  return updateServiceRequest(client, serviceRequestId, { newNote: { text } }, options);
}
