// Generated from openapi/ by packages/client/scripts/generate-operations.mjs. Do not edit:
// change the spec and run `npm run generate` (or `npm run build`).
import type { Customer, FieldFilter, ManagedServiceCollection, ServiceIncidentDetailCollection, ServiceRequest, ServiceRequestUpdate } from "@partnercenter/types";
import type { PartnerCenterClient } from "../client.js";
import { callHeaders, jsonParameter, settle, type OperationOptions } from "../operation-call.js";

/**
 * Get a customer by ID.
 *
 * Returns one of the partner's customers, identified by its tenant ID, including the
 * company and billing profiles. Partner Center documentation:
 * [Get a customer by ID](https://learn.microsoft.com/en-us/partner-center/developer/get-a-customer-by-id);
 * REST reference:
 * [Get customer by customer ID](https://learn.microsoft.com/en-us/rest/api/partner-center/manage-customer-accounts/get-customer-by-customer-id).
 *
 * - Accepts App+User and App-only tokens.
 * - Without delegated (DAP/GDAP) access to the customer tenant through a suitable role
 *   (such as Directory Writer, Global Reader, Domain Administrator or Global
 *   Administrator) the response leaves out `companyProfile.address`,
 *   `companyProfile.email` and `customDomains`.
 * - Throttled: the Customer resource allows 500 requests per minute per tenant, and
 *   this operation is on the list of APIs with enforced limits.
 * - The documented template is `/v{version}/customers/{customer_id}`, where `version`
 *   only takes `1`; it is written here as the literal `/v1`.
 * - The service can also answer in XML (`application/xml`, `text/xml`); only JSON is
 *   described.
 *
 * Token: App+User or App-only.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `Customer` of the 200 answer (The customer)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-a-customer-by-id | Get a customer by ID (Partner Center documentation)}
 */
export async function getCustomer(
  client: PartnerCenterClient,
  customerId: string,
  options?: OperationOptions<"getCustomer">,
): Promise<Customer> {
  return settle(await client.GET("/v1/customers/{customer_id}", {
    params: { path: { customer_id: customerId }, header: callHeaders(options) },
    signal: options?.signal,
  }), options, true);
}

/**
 * List a customer's managed services.
 *
 * Returns the customer's services for which the partner holds delegated admin
 * privileges, each with portal links for administering the service, checking its health
 * and filing a support ticket with Microsoft. Partner Center documentation:
 * [Get the managed services for a customer by ID](https://learn.microsoft.com/en-us/partner-center/developer/get-the-managed-services-for-a-customer-by-id).
 *
 * - Requires an App+User token; App-only tokens are not supported.
 * - The collection is not paged: there are no paging parameters and no `next` link.
 * - No throttling limit is published for this operation.
 *
 * Token: App+User only (secure application model); an App-only token gets 403.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `ManagedServiceCollection` of the 200 answer (The customer's managed services)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-the-managed-services-for-a-customer-by-id | Get the managed services for a customer by ID (Partner Center documentation)}
 */
export async function listManagedServices(
  client: PartnerCenterClient,
  customerId: string,
  options?: OperationOptions<"listManagedServices">,
): Promise<ManagedServiceCollection> {
  return settle(await client.GET("/v1/customers/{customer_id}/managedservices", {
    params: { path: { customer_id: customerId }, header: callHeaders(options) },
    signal: options?.signal,
  }), options, true);
}

/**
 * List a customer's Office service incidents.
 *
 * Returns the Office (Microsoft 365) service-health incidents and message-center posts
 * for a customer. REST reference:
 * [Get customer office service incidents](https://learn.microsoft.com/en-us/rest/api/partner-center/manage-customer-accounts/get-customer-office-service-incidents).
 *
 * - Authentication is not documented for this operation. Both App+User and App-only
 *   tokens are accepted here; the service most plausibly accepts both, like other
 *   customer reads. If in doubt, use App+User.
 * - Only the swagger-generated REST reference describes this path: there is no
 *   developer article, no published example and no documented error response.
 * - Filtering: `filter.operator` is the parameter the reference lists, but on its own it
 *   most plausibly has no effect; the `filter` parameter carries the JSON filter the
 *   official SDK sends (`Resolved` is the only searchable field).
 * - The collection is not paged. No throttling limit is published for this operation.
 * - Not available in Partner Center operated by 21Vianet, where the national-cloud
 *   documentation says service updates don't apply (read here as covering incidents).
 * - The documented template is `/v{version}/customers/{customer_id}/serviceincidents/office`,
 *   where `version` only takes `1`; it is written here as the literal `/v1`.
 * - The service can also answer with `text/json`; only `application/json` is
 *   described.
 *
 * Token: App+User or App-only.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param options - `query` (`filter.operator`, `filter`), `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `ServiceIncidentDetailCollection` of the 200 answer (The customer's incidents and message-center posts)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/rest/api/partner-center/manage-customer-accounts/get-customer-office-service-incidents | Get customer office service incidents (REST reference)}
 */
export async function listCustomerServiceIncidents(
  client: PartnerCenterClient,
  customerId: string,
  options?: OperationOptions<"listCustomerServiceIncidents", { filter: FieldFilter }>,
): Promise<ServiceIncidentDetailCollection> {
  return settle(await client.GET("/v1/customers/{customer_id}/serviceincidents/office", {
    params: { path: { customer_id: customerId }, query: options?.query && { ...options.query, filter: jsonParameter(options.query.filter) }, header: callHeaders(options) },
    signal: options?.signal,
  }), options, true);
}

/**
 * Update a service request.
 *
 * Changes a service request that the partner filed with Microsoft, typically to add a
 * note or to change its status, and returns the updated request. Partner Center
 * documentation:
 * [Update a service request](https://learn.microsoft.com/en-us/partner-center/developer/update-a-service-request).
 *
 * - Requires an App+User token; App-only tokens are not supported.
 * - Send only the values to change. Property names are matched case-insensitively: the
 *   .NET SDK sends PascalCase and fills unset fields with defaults (`unknown`, `none`,
 *   nulls, `0001-01-01T00:00:00`), which the service treats as "not set".
 * - `newNote` appends a note to `notes` and moves `lastModifiedDate` to the note's time.
 *   `status` can be set to `open`, `closed` or `attention_needed`. Which other fields
 *   can be changed is not documented.
 * - `MS-RequestId` makes the call idempotent when retried after a timeout.
 * - A customer-scoped variant, `PATCH /v1/customers/{customer_id}/servicerequests/{id}`,
 *   exists in the SDK but is not described here.
 * - Service requests are not available in Partner Center operated by 21Vianet.
 * - No throttling limit is published for this operation.
 *
 * Token: App+User only (secure application model); an App-only token gets 403.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param servicerequestId - `servicerequest_id`: ID of the service request. The documentation calls it a GUID, but every documented example is a 15-digit number such as `616122292874576`, so any non-empty string is accepted.
 * @param update - the request body (`ServiceRequestUpdate`): A partial `ServiceRequest` holding only the values to change.
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `ServiceRequest` of the 200 answer (The updated service request)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/update-a-service-request | Update a service request (Partner Center documentation)}
 */
export async function updateServiceRequest(
  client: PartnerCenterClient,
  servicerequestId: string,
  update: ServiceRequestUpdate,
  options?: OperationOptions<"updateServiceRequest">,
): Promise<ServiceRequest> {
  return settle(await client.PATCH("/v1/servicerequests/{servicerequest_id}", {
    params: { path: { servicerequest_id: servicerequestId }, header: callHeaders(options) },
    body: update,
    signal: options?.signal,
  }), options, true);
}
