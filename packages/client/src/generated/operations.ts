// Generated from openapi/ by packages/client/scripts/generate-operations.mjs. Do not edit:
// change the spec and run `npm run generate` (or `npm run build`).
import type { AddressValidationRequest, AddressValidationResponse, Agreement, AgreementCollection, AgreementMetadataCollection, AuditRecordCollection, AuditRecordSearchFilter, AvailabilityCollection, AzureUtilizationRecordCollection, Cart, CartCheckoutResult, Customer, CustomerCollection, CustomerRelationshipRequest, CustomerSearchFilter, CustomerUser, CustomerUserCollection, CustomerUserSearchFilter, DirectoryRoleCollection, FieldFilter, Invoice, InvoiceCollection, InvoiceLineItemCollection, LicenseCollection, LicenseUpdate, ManagedServiceCollection, NewAgreement, NewCustomer, Order, OrderCollection, Product, ProductCollection, ServiceIncidentDetailCollection, ServiceRequest, ServiceRequestUpdate, SkuCollection, SubscribedSkuCollection, Subscription, SubscriptionCollection, SubscriptionProvisioningStatus, UnbilledInvoiceLineItemCollection, UserMember } from "@partnercenter/types";
import type { PartnerCenterClient } from "../client.js";
import { callHeaders, jsonParameter, settle, settleJson, type OperationInit, type OperationOptions } from "../operation-call.js";

/**
 * List or search the partner's customers.
 *
 * Returns the partner's customers one page at a time, optionally only those matching a
 * search filter. Partner Center documentation:
 * [Get a list of customers](https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-customers),
 * [Get a list of customers filtered by a search field](https://learn.microsoft.com/en-us/partner-center/developer/get-a-customer-by-name)
 * and
 * [Get customers of an indirect reseller](https://learn.microsoft.com/en-us/partner-center/developer/get-customers-of-an-indirect-reseller).
 *
 * - Accepts App+User and App-only tokens, except that searching by `IndirectReseller`
 *   (an indirect provider listing one reseller's customers) needs App+User.
 * - Paging: seek form. Follow `links.next`, which repeats the query with
 *   `seekOperation=Next` and carries the `MS-ContinuationToken` header (also returned
 *   as `continuationToken`), until a page has no `next` link. The evidence is the
 *   official SDKs, which return a `SeekBasedResourceCollection<Customer>` and page
 *   through it with an enumerator, the SDK's configuration of this route
 *   (`size`, `seekOperation`, `filter`, `MS-ContinuationToken`) and the official
 *   swagger's `seekOperation` and `size` parameters. The documented examples are all
 *   single pages without a `next` link.
 * - `filter` takes a JSON object (`Field`, `Value`, `Operator`), searching company
 *   names or default domains by prefix (case-insensitive), or an indirect reseller's
 *   or indirect provider's customers by tenant ID; `starts_with` is the only operator.
 * - `size`: one page's table calls it required, the others optional; the SDK sends no
 *   `size` when listing everything and `size=0` for a search without a page size (as
 *   both search examples do). Optional here, `0` allowed; no default or maximum is
 *   documented. The indirect-reseller page's syntax table joins the parameters with a
 *   second `?`; its example uses `&`, as described here.
 * - List items carry the company profile (domain, name) and the relationship, but no
 *   billing profile, `allowDelegatedAccess` or credentials; fetch a customer by ID for
 *   those.
 * - The Customer resource is limited to 500 requests per minute per tenant; whether
 *   that limit covers this partner-wide list is not stated.
 *
 * Token: App+User or App-only.
 * Paged (seek-based: `links.next` asks for the next page with `seekOperation=Next` and an `MS-ContinuationToken` header). One call returns one page; `paginate(client, listCustomers, ...)` walks every page.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param options - `query` (`size`, `filter`, `seekOperation`), `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `CustomerCollection` of the 200 answer (One page of customers)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-customers | Get a list of customers (Partner Center documentation)}
 */
export async function listCustomers(
  client: PartnerCenterClient,
  options?: OperationOptions<"listCustomers", { filter: CustomerSearchFilter }>,
): Promise<CustomerCollection> {
  return settleJson<CustomerCollection>(await client.GET<"/v1/customers", OperationInit<"listCustomers">>("/v1/customers", {
    params: { query: options?.query && { ...options.query, filter: jsonParameter(options.query.filter) }, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * Create a customer.
 *
 * Creates a customer: a new Microsoft Entra tenant with the requested
 * `onmicrosoft.com` domain, the partner's reseller relationship with it (used for
 * delegated admin privileges) and an administrator account, whose generated user name
 * and password come back in `userCredentials` of this response only. Partner Center
 * documentation:
 * [Create a customer](https://learn.microsoft.com/en-us/partner-center/developer/create-a-customer)
 * and
 * [Create a customer for an indirect reseller](https://learn.microsoft.com/en-us/partner-center/developer/create-a-customer-for-an-indirect-reseller).
 *
 * - Accepts App+User and App-only tokens for direct customers. An indirect provider
 *   creating a customer for one of its indirect resellers sets `associatedPartnerId` to
 *   the reseller's tenant ID and needs App+User; the reseller must have a partnership
 *   with the provider. Without `associatedPartnerId` the customer becomes a direct
 *   customer of the indirect provider.
 * - Required: the company profile's `domain` and the billing profile's `email`,
 *   `culture`, `language`, `companyName` and `defaultAddress`. Some countries also
 *   require `companyProfile.organizationRegistrationNumber` and the address's
 *   `phoneNumber` (error 600051 when the phone number is missing).
 * - Validate the address first (`validateAddress`) and check the domain
 *   (`verifyDomainAvailability`): in the sandbox, a customer created with an invalid
 *   address cannot be deleted afterwards.
 * - The page calls the call idempotent and `MS-RequestId` and `MS-CorrelationId`
 *   required; they are declared optional like everywhere else here (the SDK always
 *   sends both). Reuse the same `MS-RequestId` only to retry after a timeout.
 * - Answers `201 Created` with the new customer (the official swagger says 200; the
 *   pages' examples win). No `Location` header is documented.
 * - The indirect-reseller page's table marks `associatedPartnerId` required while its
 *   text says it may be left out, and lists `domain` as a top-level field; its example
 *   puts `domain` inside `companyProfile`, as described here.
 * - The swagger notes an extra request header, `GenerateReadWriteConsistencyToken`;
 *   no page documents it, so it is not declared.
 *
 * Token: App+User or App-only.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param body - the request body (`NewCustomer`): The customer to create, with its company and billing profiles.
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `Customer` of the 201 answer (The customer was created; the body includes the administrator credentials)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/create-a-customer | Create a customer (Partner Center documentation)}
 */
export async function createCustomer(
  client: PartnerCenterClient,
  body: NewCustomer,
  options?: OperationOptions<"createCustomer">,
): Promise<Customer> {
  return settleJson<Customer>(await client.POST<"/v1/customers", OperationInit<"createCustomer">>("/v1/customers", {
    params: { header: callHeaders(options) },
    body: body,
    signal: options?.signal,
  }), options);
}

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
  return settleJson<Customer>(await client.GET<"/v1/customers/{customer_id}", OperationInit<"getCustomer">>("/v1/customers/{customer_id}", {
    params: { path: { customer_id: customerId }, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * Validate an address.
 *
 * Checks a postal address, typically before creating a customer or changing a
 * customer's profile, and answers with a status and suggested corrections. Partner
 * Center documentation:
 * [Validate an address](https://learn.microsoft.com/en-us/partner-center/developer/validate-an-address).
 *
 * - Accepts App+User and App-only tokens.
 * - An address that fails validation is still a `200` answer: read `status`
 *   (`VerifiedShippable`, `Verified`, `InteractionRequired`, `StreetPartial`,
 *   `PremisesPartial`, `Multiple`, `None`, `NotValidated`) and `suggestedAddresses`.
 * - The state is checked against a list of valid states only for the United States,
 *   Canada, China and Mexico; elsewhere only its form is checked. The page's table
 *   marks `state` required, but the SDK's own sample validates an address without one
 *   (Moldova); it is optional here. `addressLine1`, `city`, `postalCode` and `country`
 *   are required.
 * - The page's table writes the status values as words ("Verified shippable"); its
 *   examples and the SDK sample use PascalCase (`VerifiedShippable`), as described here.
 * - Not paged. No throttling limit is published for this operation.
 *
 * Token: App+User or App-only.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param body - the request body (`AddressValidationRequest`): The address to validate.
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `AddressValidationResponse` of the 200 answer (The outcome of the validation, whether or not the address is valid)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/validate-an-address | Validate an address (Partner Center documentation)}
 */
export async function validateAddress(
  client: PartnerCenterClient,
  body: AddressValidationRequest,
  options?: OperationOptions<"validateAddress">,
): Promise<AddressValidationResponse> {
  return settleJson<AddressValidationResponse>(await client.POST<"/v1/validations/address", OperationInit<"validateAddress">>("/v1/validations/address", {
    params: { header: callHeaders(options) },
    body: body,
    signal: options?.signal,
  }), options);
}

/**
 * Check whether a domain is still available.
 *
 * Tells whether a domain name, such as the `onmicrosoft.com` domain of a customer about
 * to be created, is already in use. The answer is the status code alone. Partner Center
 * documentation:
 * [Verify domain availability](https://learn.microsoft.com/en-us/partner-center/developer/verify-domain-availability).
 *
 * - Accepts App+User and App-only tokens.
 * - `200` means the domain exists, so it is **not** available; `404` means it was not
 *   found, so it **is** available. The 404 is the expected "available" answer, not an
 *   error: the official SDK's `Exists()` turns it into `false`.
 * - Neither answer has a body (`Content-Length: 0`), and being a `HEAD` request no
 *   error answer carries one either: the error bodies of the shared 4xx/5xx responses
 *   are never received, only their status and headers.
 * - A name with characters a domain cannot have gets 400 (the SDK sample's check).
 * - Not paged. No throttling limit is published for this operation.
 * - The official swagger declares a boolean body on 200, which a `HEAD` answer cannot
 *   have; the page's examples (no body) win.
 *
 * Token: App+User or App-only.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param domain - `domain`: The full domain name to check, for example `contosoretail.onmicrosoft.com`. A name with characters a domain cannot contain is rejected with 400 (the SDK's sample checks this with `abc!.ccsctp.net`).
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns nothing: a 200 answer has no body (The domain exists, so it is not available. No body)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/verify-domain-availability | Verify domain availability (Partner Center documentation)}
 */
export async function verifyDomainAvailability(
  client: PartnerCenterClient,
  domain: string,
  options?: OperationOptions<"verifyDomainAvailability">,
): Promise<void> {
  settle(await client.HEAD<"/v1/domains/{domain}", OperationInit<"verifyDomainAvailability">>("/v1/domains/{domain}", {
    params: { path: { domain: domain }, header: callHeaders(options) },
    signal: options?.signal,
  }), options, false);
}

/**
 * Get the reseller relationship invitation link.
 *
 * Returns the URL that the partner sends to an existing Microsoft customer to become
 * its reseller; the customer's global administrator accepts the invitation in the
 * Microsoft 365 admin center. Partner Center documentation:
 * [Retrieve a relationship request URL](https://learn.microsoft.com/en-us/partner-center/developer/request-reseller-relationship).
 *
 * - Requires an App+User token; App-only tokens are not supported.
 * - Not paged. No throttling limit is published for this operation.
 * - The page lists the global cloud and 21Vianet (and the retired Germany cloud), not
 *   Microsoft Cloud for US Government.
 * - The official swagger also lists optional query parameters for indirect
 *   relationships (`indirectResellerId`, `indirectCloudSolutionProviderId`,
 *   `dualRoleIndirectRelationship`); no page documents them, so they are not
 *   described here.
 *
 * Token: App+User only (secure application model); an App-only token gets 403.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `CustomerRelationshipRequest` of the 200 answer (The invitation link)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/request-reseller-relationship | Retrieve a relationship request URL (Partner Center documentation)}
 */
export async function getRelationshipRequest(
  client: PartnerCenterClient,
  options?: OperationOptions<"getRelationshipRequest">,
): Promise<CustomerRelationshipRequest> {
  return settleJson<CustomerRelationshipRequest>(await client.GET<"/v1/customers/relationshiprequests", OperationInit<"getRelationshipRequest">>("/v1/customers/relationshiprequests", {
    params: { header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * List agreement templates.
 *
 * Returns the metadata of the agreement templates whose customer acceptance partners
 * can confirm, chiefly the `templateId` that `createCustomerAgreement` needs. Partner
 * Center documentation:
 * [Get agreement metadata for Microsoft Cloud Agreement](https://learn.microsoft.com/en-us/partner-center/developer/get-agreement-metadata)
 * and
 * [Get agreement metadata for the Microsoft Customer Agreement](https://learn.microsoft.com/en-us/partner-center/developer/get-customer-agreement-metadata).
 *
 * - Requires an App+User token. The Microsoft Customer Agreement page says App+User
 *   only; the Microsoft Cloud Agreement page names App+User without saying "only" or
 *   mentioning App-only. One operation serves both, so the stricter statement is
 *   followed; that App-only tokens might also work for the Microsoft Cloud Agreement is
 *   not documented.
 * - `agreementType` picks the type; without it only `MicrosoftCloudAgreement` metadata
 *   is returned. `*` returns every type, including types Microsoft adds later.
 * - Both pages' tables call the query parameter `agreement-type`; the example and the
 *   SDK send `agreementType`. The metadata resource table names the type property
 *   `type`; the examples, the swagger and the SDK send `agreementType`, plus an
 *   undocumented `versionRank`. The examples win in both cases.
 * - Not paged. No throttling limit is published for this operation.
 * - Only in the global cloud: not in 21Vianet or Microsoft Cloud for US Government.
 *
 * Token: App+User only (secure application model); an App-only token gets 403.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param options - `query` (`agreementType`), `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `AgreementMetadataCollection` of the 200 answer (The agreement templates of the requested type)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-customer-agreement-metadata | Get agreement metadata for the Microsoft Customer Agreement (Partner Center documentation)}
 */
export async function listAgreementMetadata(
  client: PartnerCenterClient,
  options?: OperationOptions<"listAgreementMetadata">,
): Promise<AgreementMetadataCollection> {
  return settleJson<AgreementMetadataCollection>(await client.GET<"/v1/agreements", OperationInit<"listAgreementMetadata">>("/v1/agreements", {
    params: { query: options?.query, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * List a customer's agreement confirmations.
 *
 * Returns the confirmations, given earlier by the partner, that the customer accepted a
 * Microsoft agreement. Partner Center documentation:
 * [Get confirmation of customer acceptance of Microsoft Customer Agreement](https://learn.microsoft.com/en-us/partner-center/developer/get-confirmation-of-customer-agreement)
 * and
 * [Get confirmation of customer acceptance of Microsoft Cloud Agreement](https://learn.microsoft.com/en-us/partner-center/developer/get-confirmation-of-customer-consent).
 *
 * - Requires an App+User token; App-only tokens are not supported.
 * - `agreementType` picks the type; without it only `MicrosoftCloudAgreement`
 *   confirmations are returned, and `*` returns all types. The tables call the
 *   parameter `agreement-type`; the example and the SDK send `agreementType`.
 * - The documented items carry no `userId`, `links` or `attributes`, and the
 *   collection no `links` or `attributes`.
 * - Not paged. No throttling limit is published for this operation.
 * - Only in the global cloud: not in 21Vianet or Microsoft Cloud for US Government.
 *
 * Token: App+User only (secure application model); an App-only token gets 403.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param options - `query` (`agreementType`), `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `AgreementCollection` of the 200 answer (The customer's confirmations of the requested type)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-confirmation-of-customer-agreement | Get confirmation of customer acceptance of Microsoft Customer Agreement (Partner Center documentation)}
 */
export async function listCustomerAgreements(
  client: PartnerCenterClient,
  customerId: string,
  options?: OperationOptions<"listCustomerAgreements">,
): Promise<AgreementCollection> {
  return settleJson<AgreementCollection>(await client.GET<"/v1/customers/{customer_id}/agreements", OperationInit<"listCustomerAgreements">>("/v1/customers/{customer_id}/agreements", {
    params: { path: { customer_id: customerId }, query: options?.query, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * Confirm a customer's acceptance of an agreement.
 *
 * Records the partner's confirmation that the customer accepted an agreement (in the
 * documentation, the Microsoft Customer Agreement): who accepted it, when, and which
 * template. Also used to reconfirm. Partner Center documentation:
 * [Confirm customer acceptance of the Microsoft Customer Agreement](https://learn.microsoft.com/en-us/partner-center/developer/confirm-customer-consent-customer-agreement).
 *
 * - Requires an App+User token; App-only tokens are not supported. The service fills
 *   `userId` from the token.
 * - Get the `templateId` from `listAgreementMetadata` first. Required: `primaryContact`
 *   (first name, last name, email; phone optional), `dateAgreed` and `templateId`.
 *   The page also lists `type` as a minimum field, but the .NET SDK's own sample omits
 *   it; it is optional here (most plausibly derived from the template; not documented).
 * - A new confirmation is accepted only when the contact's name, email or phone differs
 *   from an existing one; otherwise the page shows error 600061
 *   (`PartnerConfirmedAgreementAlreadyExists`). Its HTTP status is not documented
 *   (most plausibly 400), and its body (`code`, `message`, `description`, `errorName`,
 *   `isRetryable`, ...) differs from the usual `PartnerCenterError` envelope: it has no
 *   `source`.
 * - Answers `201 Created` with the recorded confirmation.
 * - Not paged. No throttling limit is published for this operation.
 * - Only in the global cloud: not in 21Vianet or Microsoft Cloud for US Government.
 *
 * Token: App+User only (secure application model); an App-only token gets 403.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param body - the request body (`NewAgreement`): The confirmation to record.
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `Agreement` of the 201 answer (The confirmation was recorded)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/confirm-customer-consent-customer-agreement | Confirm customer acceptance of the Microsoft Customer Agreement (Partner Center documentation)}
 */
export async function createCustomerAgreement(
  client: PartnerCenterClient,
  customerId: string,
  body: NewAgreement,
  options?: OperationOptions<"createCustomerAgreement">,
): Promise<Agreement> {
  return settleJson<Agreement>(await client.POST<"/v1/customers/{customer_id}/agreements", OperationInit<"createCustomerAgreement">>("/v1/customers/{customer_id}/agreements", {
    params: { path: { customer_id: customerId }, header: callHeaders(options) },
    body: body,
    signal: options?.signal,
  }), options);
}

/**
 * List the products of a catalog view in a country.
 *
 * Returns the catalog products of one view (`targetView`) that can be sold in a country.
 * Partner Center documentation:
 * [Get a list of products (by country)](https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-products).
 *
 * - Accepts App+User and App-only tokens.
 * - `country` and `targetView` are required. `targetSegment` restricts the list to one
 *   customer segment; `reservationScope=AzurePlan` returns the Azure reservation products
 *   for Azure plans instead of those for Microsoft Azure (MS-AZR-0145P) subscriptions.
 * - A view or segment the partner may not use is rejected with 403 (codes 400036 and
 *   400030).
 * - Paged, offset form: follow `links.next`, whose URI carries the next offset. The page
 *   itself shows neither paging parameters nor a `next` link (its example is a single page).
 *   The evidence is the official SDKs: the .NET SDK pages products with its index-based
 *   enumerator (`Enumerators.Products`, used by its "Product Paging" feature sample) and
 *   the Java SDK with its `ResourceCollection<Product>` enumerator. That the first request
 *   may also send `size` and `offset` is not documented; the service most plausibly
 *   accepts them, as on its other offset-paged lists.
 * - One request example of the page writes `targetView=AzureAzureReservationsVM`, which is
 *   not a listed view; the listed `AzureReservationsVM` (used by the page's next example)
 *   is what is described.
 * - No throttling limit is published for this operation.
 * - A customer-scoped variant (`/v1/customers/{customer_id}/products`) exists but is not
 *   described here.
 *
 * Token: App+User or App-only.
 * Paged (by `size` and `offset`: `links.next` carries the next offset). One call returns one page; `paginate(client, listProducts, ...)` walks every page.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param options - `query` (`country`, `targetView`, `targetSegment`, `reservationScope`, `size`, `offset`), `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `ProductCollection` of the 200 answer (One page of products)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-products | Get a list of products (by country) (Partner Center documentation)}
 */
export async function listProducts(
  client: PartnerCenterClient,
  options: OperationOptions<"listProducts">,
): Promise<ProductCollection> {
  return settleJson<ProductCollection>(await client.GET<"/v1/products", OperationInit<"listProducts">>("/v1/products", {
    params: { query: options.query, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * Get a product by ID.
 *
 * Returns one catalog product as sold in a country. Partner Center documentation:
 * [Get a product by ID](https://learn.microsoft.com/en-us/partner-center/developer/get-a-product-by-id).
 *
 * - Accepts App+User and App-only tokens.
 * - `country` is required by the page (the PowerShell module falls back to the partner's
 *   own country when it is left out; whether the REST service does is not documented).
 * - An unknown product gets 404 with code 400013.
 * - No throttling limit is published for this operation.
 *
 * Token: App+User or App-only.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param productId - `product_id`: ID of a catalog product, for example `CFQ7TTC0LH18` (Microsoft 365 Business Basic) or `DZH318Z0BPS6` (Azure plan). Product IDs are normally 12-character codes; links in older orders also point at products identified by GUIDs, so any non-empty string is accepted.
 * @param options - `query` (`country`), `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `Product` of the 200 answer (The product)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-a-product-by-id | Get a product by ID (Partner Center documentation)}
 */
export async function getProduct(
  client: PartnerCenterClient,
  productId: string,
  options: OperationOptions<"getProduct">,
): Promise<Product> {
  return settleJson<Product>(await client.GET<"/v1/products/{product_id}", OperationInit<"getProduct">>("/v1/products/{product_id}", {
    params: { path: { product_id: productId }, query: options.query, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * List a product's SKUs in a country.
 *
 * Returns the SKUs of a product that can be sold in a country. Partner Center documentation:
 * [Get a list of SKUs for a product (by country)](https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-skus-for-a-product).
 *
 * - Accepts App+User and App-only tokens.
 * - `country` is required. `targetSegment` restricts the list to one customer segment;
 *   `reservationScope=AzurePlan` returns, for an Azure reservation product, the SKUs for
 *   Azure plans instead of those for Microsoft Azure (MS-AZR-0145P) subscriptions.
 * - 404 with code 400013 when the product does not exist; 403 with code 400030 when the
 *   segment is not allowed.
 * - The collection is not paged: the page documents no paging parameters and the official
 *   .NET SDK has no enumerator for it.
 * - No throttling limit is published for this operation.
 * - A customer-scoped variant (`/v1/customers/{customer_id}/products/{product_id}/skus`)
 *   exists but is not described here.
 *
 * Token: App+User or App-only.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param productId - `product_id`: ID of a catalog product, for example `CFQ7TTC0LH18` (Microsoft 365 Business Basic) or `DZH318Z0BPS6` (Azure plan). Product IDs are normally 12-character codes; links in older orders also point at products identified by GUIDs, so any non-empty string is accepted.
 * @param options - `query` (`country`, `targetSegment`, `reservationScope`), `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `SkuCollection` of the 200 answer (The product's SKUs)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-skus-for-a-product | Get a list of SKUs for a product (by country) (Partner Center documentation)}
 */
export async function listSkus(
  client: PartnerCenterClient,
  productId: string,
  options: OperationOptions<"listSkus">,
): Promise<SkuCollection> {
  return settleJson<SkuCollection>(await client.GET<"/v1/products/{product_id}/skus", OperationInit<"listSkus">>("/v1/products/{product_id}/skus", {
    params: { path: { product_id: productId }, query: options.query, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * List a SKU's availabilities in a country.
 *
 * Returns the availabilities of a SKU in a country: the configurations (currency, segment,
 * terms) in which it can be bought, each with the `catalogItemId` that carts and orders
 * use. Partner Center documentation:
 * [Get a list of availabilities for a SKU (by country)](https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-availabilities-for-a-sku).
 *
 * - Accepts App+User and App-only tokens.
 * - `country` is required. `targetSegment` restricts the list to one customer segment;
 *   `reservationScope=AzurePlan` returns, for an Azure reservation SKU, the availabilities
 *   for Azure plans.
 * - `targetView` is not in the page's parameter table but two of its request examples send
 *   it; it is declared as optional, and most plausibly has no effect (not documented).
 * - Availability and catalog item IDs can change over time: read them shortly before
 *   buying.
 * - 403 with code 400030 when the segment is not allowed.
 * - The collection is not paged. No throttling limit is published for this operation.
 * - A customer-scoped variant
 *   (`/v1/customers/{customer_id}/products/{product_id}/skus/{sku_id}/availabilities`)
 *   exists but is not described here.
 *
 * Token: App+User or App-only.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param productId - `product_id`: ID of a catalog product, for example `CFQ7TTC0LH18` (Microsoft 365 Business Basic) or `DZH318Z0BPS6` (Azure plan). Product IDs are normally 12-character codes; links in older orders also point at products identified by GUIDs, so any non-empty string is accepted.
 * @param skuId - `sku_id`: ID of a SKU of the product, for example `0001`. A SKU ID is unique only within its parent product.
 * @param options - `query` (`country`, `targetSegment`, `reservationScope`, `targetView`), `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `AvailabilityCollection` of the 200 answer (The SKU's availabilities)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-availabilities-for-a-sku | Get a list of availabilities for a SKU (by country) (Partner Center documentation)}
 */
export async function listAvailabilities(
  client: PartnerCenterClient,
  productId: string,
  skuId: string,
  options: OperationOptions<"listAvailabilities">,
): Promise<AvailabilityCollection> {
  return settleJson<AvailabilityCollection>(await client.GET<"/v1/products/{product_id}/skus/{sku_id}/availabilities", OperationInit<"listAvailabilities">>("/v1/products/{product_id}/skus/{sku_id}/availabilities", {
    params: { path: { product_id: productId, sku_id: skuId }, query: options.query, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * Create a cart.
 *
 * Creates a cart of items to buy for a customer; checking it out places the orders.
 * Partner Center documentation: [Create a cart](https://learn.microsoft.com/en-us/partner-center/developer/create-a-cart) and
 * [Create a cart with add-ons](https://learn.microsoft.com/en-us/partner-center/developer/create-a-cart-with-add-ons).
 *
 * - Accepts App+User and App-only tokens.
 * - Returns 201 with the cart. The service assigns `id`, the timestamps, `status`
 *   (`Active`), and each line item's `currencyCode` and `orderGroup`; a problem with a line
 *   item is reported in its `error` rather than failing the call.
 * - Each line item needs `id`, `catalogItemId` (an availability's catalog item ID),
 *   `quantity` and `billingCycle`; SKUs with `provisioningVariables` also need those keys
 *   in `provisioningContext`.
 * - Add-ons: for a new base subscription, nest them in the base item's `addonItems`; for an
 *   existing subscription, buy the add-on's catalog item with
 *   `provisioningContext.parentSubscriptionId` set to that subscription.
 * - The carts in the examples expire about 15 minutes after their last change.
 * - Where the pages' body tables and examples differ, the examples are followed:
 *   `catalogItemId` (tables: `catalogId`), integer line item `id` (tables: string), string
 *   `billingCycle` (tables: object), one `renewsTo` object (tables: array) and
 *   `creationTimestamp`-style names (tables: `creationTimeStamp`). The example's `/* ... *\/`
 *   comments and trailing commas are not part of the JSON.
 * - Property names are accepted in any casing: the add-on page sends PascalCase, as the
 *   .NET SDK does.
 * - Cart creation is on the list of APIs with enforced throttling limits (listed there
 *   under the cart-ID path); no number is published.
 *
 * Token: App+User or App-only.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param body - the request body (`Cart`): The cart to create; only `lineItems` is needed.
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `Cart` of the 201 answer (The created cart)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/create-a-cart | Create a cart (Partner Center documentation)}
 */
export async function createCart(
  client: PartnerCenterClient,
  customerId: string,
  body: Cart,
  options?: OperationOptions<"createCart">,
): Promise<Cart> {
  return settleJson<Cart>(await client.POST<"/v1/customers/{customer_id}/carts", OperationInit<"createCart">>("/v1/customers/{customer_id}/carts", {
    params: { path: { customer_id: customerId }, header: callHeaders(options) },
    body: body,
    signal: options?.signal,
  }), options);
}

/**
 * Update a cart.
 *
 * Replaces the line items of an existing cart and returns the updated cart. Partner Center
 * documentation: [Update a cart](https://learn.microsoft.com/en-us/partner-center/developer/update-a-cart).
 *
 * - Accepts App+User and App-only tokens.
 * - Send the cart with all its line items (`lineItems` is required by the page). That the
 *   line items sent replace the cart's current ones is the most plausible reading of a
 *   `PUT` (not documented). Only an `Active` cart can be changed; once checked out it is
 *   `Ordered`.
 * - The page's response example shows `201 Created`, which is declared here; its headers
 *   are those of the create-a-cart example, so a `200` from the real service is plausible
 *   too (not documented). Treat any 2xx as success.
 * - The page's request example is PascalCase and not valid JSON (an extra pair of braces, a
 *   trailing comma); its response writes `ProvisioningContext` in PascalCase and misses a
 *   comma. The examples here are corrected and camelCase.
 * - A cart being processed by another request gets 409 (code 800064); an unknown cart 404
 *   (code 800008).
 * - On the list of APIs with enforced throttling limits; no number is published.
 *
 * Token: App+User or App-only.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param cartId - `cart_id`: ID of a cart, a GUID returned in `id` when the cart is created. Carts expire after a short time (see the cart's `expirationTimestamp`).
 * @param body - the request body (`Cart`): The cart with all of its line items.
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `Cart` of the 201 answer (The updated cart (the page documents 201 Created))
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/update-a-cart | Update a cart (Partner Center documentation)}
 */
export async function updateCart(
  client: PartnerCenterClient,
  customerId: string,
  cartId: string,
  body: Cart,
  options?: OperationOptions<"updateCart">,
): Promise<Cart> {
  return settleJson<Cart>(await client.PUT<"/v1/customers/{customer_id}/carts/{cart_id}", OperationInit<"updateCart">>("/v1/customers/{customer_id}/carts/{cart_id}", {
    params: { path: { customer_id: customerId, cart_id: cartId }, header: callHeaders(options) },
    body: body,
    signal: options?.signal,
  }), options);
}

/**
 * Check out a cart.
 *
 * Checks out a cart: the service creates one order per order group of the cart's line items
 * and returns the orders and the groups that failed. Partner Center documentation:
 * [Checkout a cart](https://learn.microsoft.com/en-us/partner-center/developer/checkout-a-cart).
 *
 * - Accepts App+User and App-only tokens.
 * - No request body (the example sends `Content-Length: 0`).
 * - Returns 201 with a `CartCheckoutResult`: `orders` and `orderErrors`, so a checkout can
 *   partly succeed. Fix or re-create the failed groups' items and buy them again.
 * - The page's Java sample assigns the result to a `Cart`; the REST response (and the .NET
 *   SDK) is a `CartCheckoutResult`, which is described here. Its example elides parts of
 *   each order (`...`).
 * - A cart already checked out gets 400 (code 800065), a cart being processed by another
 *   request 409 (code 800064), an unknown cart 404 (code 800008).
 * - When retrying after a timeout, resend the same `MS-RequestId`: the service uses it to
 *   recognise the retry (the idempotency rule of the common headers).
 * - On the list of APIs with enforced throttling limits; the Order resource allows 500
 *   requests per minute per tenant.
 *
 * Token: App+User or App-only.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param cartId - `cart_id`: ID of a cart, a GUID returned in `id` when the cart is created. Carts expire after a short time (see the cart's `expirationTimestamp`).
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `CartCheckoutResult` of the 201 answer (The orders created and the order groups that failed)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/checkout-a-cart | Checkout a cart (Partner Center documentation)}
 */
export async function checkoutCart(
  client: PartnerCenterClient,
  customerId: string,
  cartId: string,
  options?: OperationOptions<"checkoutCart">,
): Promise<CartCheckoutResult> {
  return settleJson<CartCheckoutResult>(await client.POST<"/v1/customers/{customer_id}/carts/{cart_id}/checkout", OperationInit<"checkoutCart">>("/v1/customers/{customer_id}/carts/{cart_id}/checkout", {
    params: { path: { customer_id: customerId, cart_id: cartId }, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * List a customer's orders.
 *
 * Returns a customer's orders, optionally only those with one billing cycle. Partner Center
 * documentation: [Get all of a customer's orders](https://learn.microsoft.com/en-us/partner-center/developer/get-all-of-a-customer-s-orders) and
 * [Get a list of orders by customer and billing cycle type](https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-orders-by-customer-and-billing-cycle-type).
 *
 * - Accepts App+User and App-only tokens.
 * - `billingType` filters on the billing cycle; the page's example sends `onetime`.
 * - A new order can take up to 15 minutes to appear in the list.
 * - The collection is not paged: the pages show no paging parameters or `next` link, and the
 *   official .NET SDK has no enumerator for orders.
 * - The official SDK can also send `include_price`, which the pages do not document; it is
 *   not described here.
 * - On the list of APIs with enforced throttling limits; the Order resource allows 500
 *   requests per minute per tenant.
 *
 * Token: App+User or App-only.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param options - `query` (`billingType`), `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `OrderCollection` of the 200 answer (The customer's orders)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-all-of-a-customer-s-orders | Get all of a customer's orders (Partner Center documentation)}
 */
export async function listOrders(
  client: PartnerCenterClient,
  customerId: string,
  options?: OperationOptions<"listOrders">,
): Promise<OrderCollection> {
  return settleJson<OrderCollection>(await client.GET<"/v1/customers/{customer_id}/orders", OperationInit<"listOrders">>("/v1/customers/{customer_id}/orders", {
    params: { path: { customer_id: customerId }, query: options?.query, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * Create an order.
 *
 * Places an order for a customer directly, without a cart. Partner Center documentation:
 * [Create an order](https://learn.microsoft.com/en-us/partner-center/developer/create-an-order) and
 * [Create an order for a customer of an indirect reseller](https://learn.microsoft.com/en-us/partner-center/developer/create-an-order-for-a-customer-of-an-indirect-reseller).
 *
 * - Accepts App+User and App-only tokens, but an indirect provider ordering for a customer
 *   of one of its indirect resellers (with `partnerIdOnRecord`) needs an App+User token:
 *   that page supports App+User only.
 * - The body is an `Order` with `lineItems`; each line item needs `lineItemNumber`,
 *   `offerId` (an availability's catalog item ID, or a legacy offer ID) and `quantity`.
 *   `referenceCustomerId` is the customer's tenant ID (required by the indirect-reseller
 *   page). `billingCycle` defaults to `monthly` or `one_time`.
 * - For a customer of an indirect reseller, put the reseller's partner ID (MPN ID) in each
 *   line item's `partnerIdOnRecord`; without it the order still succeeds, but the reseller
 *   is not credited.
 * - Returns 201 with the order; it can still be `pending`, with a `provisioningStatus`
 *   link to follow.
 * - Orders for Azure reserved VM instances apply only to the global Partner Center, not to
 *   the national clouds, according to the page.
 * - The create-an-order table calls `renewsTo` an array; it is one object (see the cart
 *   examples and the official SDK).
 * - Property names are accepted in any casing: both pages' examples are PascalCase, as the
 *   .NET SDK sends them; when retrying after a timeout, resend the same `MS-RequestId`.
 * - An order already in progress gets 409 (code 800060).
 * - On the list of APIs with enforced throttling limits; the Order resource allows 500
 *   requests per minute per tenant.
 *
 * Token: App+User or App-only.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param body - the request body (`Order`): The order to place.
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `Order` of the 201 answer (The order placed)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/create-an-order | Create an order (Partner Center documentation)}
 */
export async function createOrder(
  client: PartnerCenterClient,
  customerId: string,
  body: Order,
  options?: OperationOptions<"createOrder">,
): Promise<Order> {
  return settleJson<Order>(await client.POST<"/v1/customers/{customer_id}/orders", OperationInit<"createOrder">>("/v1/customers/{customer_id}/orders", {
    params: { path: { customer_id: customerId }, header: callHeaders(options) },
    body: body,
    signal: options?.signal,
  }), options);
}

/**
 * Get an order by ID.
 *
 * Returns one of a customer's orders. Partner Center documentation:
 * [Get an order by ID](https://learn.microsoft.com/en-us/partner-center/developer/get-an-order-by-id).
 *
 * - Accepts App+User and App-only tokens.
 * - An unknown order gets 404 (code 20000, "Order ID not found").
 * - The official SDK can also send `include_price`, which the page does not document; it
 *   is not described here.
 * - On the list of APIs with enforced throttling limits; the Order resource allows 500
 *   requests per minute per tenant.
 *
 * Token: App+User or App-only.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param orderId - `order_id`: ID of an order. Some pages call it a GUID, and older orders do have GUID IDs, but current orders have 33-character IDs such as `kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1`, so any non-empty string is accepted.
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `Order` of the 200 answer (The order)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-an-order-by-id | Get an order by ID (Partner Center documentation)}
 */
export async function getOrder(
  client: PartnerCenterClient,
  customerId: string,
  orderId: string,
  options?: OperationOptions<"getOrder">,
): Promise<Order> {
  return settleJson<Order>(await client.GET<"/v1/customers/{customer_id}/orders/{order_id}", OperationInit<"getOrder">>("/v1/customers/{customer_id}/orders/{order_id}", {
    params: { path: { customer_id: customerId, order_id: orderId }, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * Update an order (cancel, change billing cycle, buy an add-on).
 *
 * Changes an existing order and returns it. The body is a partial `Order`; the uses are
 * documented:
 *
 * - **Cancel an integration-sandbox order**: `status: cancelled`. Only from integration
 *   sandbox accounts, for reserved instance, software and third-party SaaS orders no older
 *   than 60 days.
 *   [Cancel an order from the integration sandbox](https://learn.microsoft.com/en-us/partner-center/developer/cancel-an-order-from-the-integration-sandbox).
 * - **Cancel software purchases**: `status: cancelled` and, optionally, `lineItems` naming
 *   the line items to cancel (`lineItemNumber`, `offerId`), within the cancellation window.
 *   Cancelled line items come back with quantity 0; the order becomes `cancelled` when all
 *   its items are, and stays `completed` otherwise.
 *   [Cancel software purchases](https://learn.microsoft.com/en-us/partner-center/developer/cancel-software-purchases).
 * - **Change the billing cycle** between `monthly` and `annual`: `billingCycle`, with
 *   `referenceCustomerId` and the order's line items (`lineItemNumber`, `offerId`,
 *   `subscriptionId`, `quantity`). Not for trials, offers without an annual term, Azure,
 *   inactive subscriptions or licence-based online services subscriptions.
 *   [Change the billing cycle](https://learn.microsoft.com/en-us/partner-center/developer/change-the-billing-cycle).
 * - **Buy an add-on for a subscription**: `referenceCustomerId` and one line item with the
 *   add-on's `offerId`, `quantity` and the existing subscription in `parentSubscriptionId`,
 *   sent to the order that bought that subscription. The response lists the new line item
 *   with its new subscription.
 *   [Purchase an add-on to a subscription](https://learn.microsoft.com/en-us/partner-center/developer/purchase-an-add-on-to-a-subscription).
 *
 * Notes:
 *
 * - Accepts App+User and App-only tokens (all of its pages).
 * - Which other fields PATCH changes is not documented.
 * - Property names are accepted in any casing: the billing-cycle and add-on pages send
 *   PascalCase with nulls, as the .NET SDK does. The billing-cycle page writes `Annual`;
 *   `annual` is used here. The sandbox page's body has a trailing comma (not valid JSON);
 *   the examples here are corrected.
 * - Some pages call the order ID a GUID; most examples show 33-character order IDs.
 * - Documented failures include 400 with codes 800061 ("Order cannot be canceled"), 800063
 *   (cancel the subscription instead), 6000 and 6001 (billing cycle cannot be changed), and
 *   409 with code 800014 (an adjustment is already pending for this order).
 * - On the list of APIs with enforced throttling limits (as "purchase an add-on"); the
 *   Order resource allows 500 requests per minute per tenant.
 *
 * Token: App+User or App-only.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param orderId - `order_id`: ID of an order. Some pages call it a GUID, and older orders do have GUID IDs, but current orders have 33-character IDs such as `kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1`, so any non-empty string is accepted.
 * @param body - the request body (`Order`): A partial `Order` holding only what changes.
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `Order` of the 200 answer (The updated order)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/purchase-an-add-on-to-a-subscription | Purchase an add-on to a subscription (Partner Center documentation)}
 */
export async function updateOrder(
  client: PartnerCenterClient,
  customerId: string,
  orderId: string,
  body: Order,
  options?: OperationOptions<"updateOrder">,
): Promise<Order> {
  return settleJson<Order>(await client.PATCH<"/v1/customers/{customer_id}/orders/{order_id}", OperationInit<"updateOrder">>("/v1/customers/{customer_id}/orders/{order_id}", {
    params: { path: { customer_id: customerId, order_id: orderId }, header: callHeaders(options) },
    body: body,
    signal: options?.signal,
  }), options);
}

/**
 * List a customer's subscriptions.
 *
 * Returns the customer's subscriptions, or only those created by one order (`order_id`)
 * or sold by one reseller (`mpn_id`). Partner Center documentation:
 * [Get a customer's subscriptions](https://learn.microsoft.com/en-us/partner-center/developer/get-all-of-a-customer-s-subscriptions),
 * [Get a list of subscriptions by order](https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-subscriptions-by-order)
 * and
 * [Get a customer's subscriptions by partner MPN ID](https://learn.microsoft.com/en-us/partner-center/developer/get-all-subscriptions-by-partner).
 *
 * - Accepts App+User and App-only tokens.
 * - Not paged: there are no paging parameters, and the whole list comes in one
 *   response.
 * - Throttled: the Subscription resource allows 500 requests per minute per tenant, and
 *   this path is on the list of APIs with enforced limits.
 * - `order_id` and `mpn_id` each have their own page; what the service does with both
 *   is not documented, so send at most one. The order page calls
 *   the order ID a GUID, but current order IDs are opaque strings; the MPN page types
 *   the MPN ID as an integer, described here as a string of digits.
 * - The documented examples of the first two pages carry broken date-times such as
 *   `2015-11-25T06: 41: 12Z`; real responses use ISO 8601.
 *
 * Token: App+User or App-only.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param options - `query` (`order_id`, `mpn_id`), `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `SubscriptionCollection` of the 200 answer (The customer's subscriptions (filtered, when a filter was sent))
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-all-of-a-customer-s-subscriptions | Get a customer's subscriptions (Partner Center documentation)}
 */
export async function listSubscriptions(
  client: PartnerCenterClient,
  customerId: string,
  options?: OperationOptions<"listSubscriptions">,
): Promise<SubscriptionCollection> {
  return settleJson<SubscriptionCollection>(await client.GET<"/v1/customers/{customer_id}/subscriptions", OperationInit<"listSubscriptions">>("/v1/customers/{customer_id}/subscriptions", {
    params: { path: { customer_id: customerId }, query: options?.query, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * Get a subscription by ID.
 *
 * Returns one of the customer's subscriptions. Partner Center documentation:
 * [Get a subscription by ID](https://learn.microsoft.com/en-us/partner-center/developer/get-a-subscription-by-id).
 *
 * - Accepts App+User and App-only tokens.
 * - An add-on subscription carries `parentSubscriptionId` and a `parentSubscription`
 *   link.
 * - `attributes.etag` is the version to send in `If-Match` when updating.
 * - Throttled: the Subscription resource allows 500 requests per minute per tenant, and
 *   this path is on the list of APIs with enforced limits.
 *
 * Token: App+User or App-only.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param subscriptionId - `subscription_id`: ID of one of the customer's subscriptions, a GUID. This is the Partner Center (commerce) subscription ID, not the `entitlementId` (the Azure subscription ID) of an Azure subscription. The documented examples write it in upper case as well as lower case; the service most plausibly compares it case-insensitively (not documented).
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `Subscription` of the 200 answer (The subscription)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-a-subscription-by-id | Get a subscription by ID (Partner Center documentation)}
 */
export async function getSubscription(
  client: PartnerCenterClient,
  customerId: string,
  subscriptionId: string,
  options?: OperationOptions<"getSubscription">,
): Promise<Subscription> {
  return settleJson<Subscription>(await client.GET<"/v1/customers/{customer_id}/subscriptions/{subscription_id}", OperationInit<"getSubscription">>("/v1/customers/{customer_id}/subscriptions/{subscription_id}", {
    params: { path: { customer_id: customerId, subscription_id: subscriptionId }, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * Update a subscription.
 *
 * Changes a subscription and returns it. One operation serves six documented tasks,
 * each by changing one field:
 *
 * - **Quantity** (`quantity`):
 *   [Change the quantity of a subscription](https://learn.microsoft.com/en-us/partner-center/developer/change-the-quantity-of-a-subscription).
 * - **Suspend** (`status: suspended`):
 *   [Suspend a subscription](https://learn.microsoft.com/en-us/partner-center/developer/suspend-a-subscription).
 * - **Reactivate** (`status: active`):
 *   [Reactivate a suspended subscription](https://learn.microsoft.com/en-us/partner-center/developer/reactivate-a-suspended-a-subscription).
 * - **Nickname** (`friendlyName`):
 *   [Update the nickname for a subscription](https://learn.microsoft.com/en-us/partner-center/developer/update-the-nickname-for-a-subscription).
 * - **Automatic renewal** (`autoRenewEnabled`) of a commercial marketplace subscription:
 *   [Update autorenew for a commercial marketplace subscription](https://learn.microsoft.com/en-us/partner-center/developer/update-autorenew-for-an-azure-marketplace-subscription).
 * - **Cancel** (`status: deleted`) a commercial marketplace subscription:
 *   [Cancel a commercial marketplace subscription](https://learn.microsoft.com/en-us/partner-center/developer/cancel-an-azure-marketplace-subscription).
 *
 * Notes:
 *
 * - Accepts App+User and App-only tokens.
 * - The pages ask for the whole subscription as read by GET, with the value changed;
 *   the .NET SDK sends it that way, in Pascal case. Whether a body holding only the
 *   changed values is accepted is not documented; the service most plausibly applies
 *   the writable fields present and ignores the read-only ones, so the examples show
 *   both forms. Which fields an update may change beyond the six above is not
 *   documented.
 * - `If-Match` with the subscription's etag appears in some of the documented requests
 *   (suspend, auto-renew, cancel) but not in others; it is optional here.
 * - When the change takes longer than expected (documented for quantity changes) the
 *   service answers `202 Accepted` with a `Location` header pointing at the
 *   subscription and no body; poll that subscription (or its provisioning status) until
 *   the change shows.
 * - `MS-RequestId` makes the call idempotent when retried after a timeout.
 * - Throttled: the Subscription resource allows 500 requests per minute per tenant, and
 *   this path is on the list of APIs with enforced limits.
 * - The documented responses of the quantity, suspend, reactivate and nickname pages
 *   repeat the Pascal-case request instead of a response; responses are camelCase like
 *   every other subscription response.
 *
 * Token: App+User or App-only.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param subscriptionId - `subscription_id`: ID of one of the customer's subscriptions, a GUID. This is the Partner Center (commerce) subscription ID, not the `entitlementId` (the Azure subscription ID) of an Azure subscription. The documented examples write it in upper case as well as lower case; the service most plausibly compares it case-insensitively (not documented).
 * @param body - the request body (`Subscription`): The subscription with the changed values: either the whole resource as read (as documented and as the .NET SDK sends it, in any property casing), or, most plausibly, only the changed values.
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `Subscription` of the 200 answer (The updated subscription)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/change-the-quantity-of-a-subscription | Change the quantity of a subscription (Partner Center documentation)}
 */
export async function updateSubscription(
  client: PartnerCenterClient,
  customerId: string,
  subscriptionId: string,
  body: Subscription,
  options?: OperationOptions<"updateSubscription">,
): Promise<Subscription> {
  return settleJson<Subscription>(await client.PATCH<"/v1/customers/{customer_id}/subscriptions/{subscription_id}", OperationInit<"updateSubscription">>("/v1/customers/{customer_id}/subscriptions/{subscription_id}", {
    params: { path: { customer_id: customerId, subscription_id: subscriptionId }, header: callHeaders(options) },
    body: body,
    signal: options?.signal,
  }), options);
}

/**
 * Get a subscription's provisioning status.
 *
 * Returns whether the subscription's licenses have been provisioned in the customer's
 * tenant, for which SKU and how many units. Partner Center documentation:
 * [Get subscription provisioning status](https://learn.microsoft.com/en-us/partner-center/developer/get-subscription-provisioning-status).
 *
 * - Requires an App+User token; App-only tokens are not supported.
 * - `status` is `pending` while a license change is being applied and is refreshed
 *   every 15 minutes, so poll no more often than that.
 * - Throttled: the Subscription resource allows 500 requests per minute per tenant. The
 *   list of APIs with enforced limits names this page, but with the order-level path
 *   (`/customers/{customer_id}/orders/{order_id}/provisioningstatus`), so whether this
 *   path is enforced is not clear.
 *
 * Token: App+User only (secure application model); an App-only token gets 403.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param subscriptionId - `subscription_id`: ID of one of the customer's subscriptions, a GUID. This is the Partner Center (commerce) subscription ID, not the `entitlementId` (the Azure subscription ID) of an Azure subscription. The documented examples write it in upper case as well as lower case; the service most plausibly compares it case-insensitively (not documented).
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `SubscriptionProvisioningStatus` of the 200 answer (The subscription's provisioning status)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-subscription-provisioning-status | Get subscription provisioning status (Partner Center documentation)}
 */
export async function getSubscriptionProvisioningStatus(
  client: PartnerCenterClient,
  customerId: string,
  subscriptionId: string,
  options?: OperationOptions<"getSubscriptionProvisioningStatus">,
): Promise<SubscriptionProvisioningStatus> {
  return settleJson<SubscriptionProvisioningStatus>(await client.GET<"/v1/customers/{customer_id}/subscriptions/{subscription_id}/provisioningstatus", OperationInit<"getSubscriptionProvisioningStatus">>("/v1/customers/{customer_id}/subscriptions/{subscription_id}/provisioningstatus", {
    params: { path: { customer_id: customerId, subscription_id: subscriptionId }, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * List an Azure subscription's utilization records.
 *
 * Returns the unrated daily or hourly consumption of a customer's legacy Azure
 * subscription, for usage reported to the billing system between `start_time` and
 * `end_time`. Partner Center documentation:
 * [Get a customer's utilization records for Azure](https://learn.microsoft.com/en-us/partner-center/developer/get-a-customer-s-utilization-record-for-azure).
 *
 * - Accepts App+User and App-only tokens.
 * - Not for Azure plan subscriptions (use the invoice unbilled and billed consumption
 *   line items instead); the error returned for one is not documented.
 * - Records are selected by reporting time but grouped by time of use, so results need
 *   not match the reconciliation file of the same period.
 * - After a billing transfer of a legacy subscription, the new partner must use the
 *   Partner Center subscription ID here, not the Azure entitlement ID.
 * - **Paged, seek form.** `size` sets the page size (default and maximum 1000). Every
 *   page but the last has `links.next`: follow it, sending its `headers`. Evidence: the
 *   page says the API is paged and the next link must be followed; the official SDK's
 *   `SeekAzureUtilizationRecords` call sends `seek_operation=Next` with an
 *   `MS-ContinuationToken` header, and Microsoft's older Azure CSP guide to this API
 *   shows a `next` link of exactly that form. Two differences from the other
 *   seek-paged collections: the query parameter is `seek_operation` (snake case), and
 *   there is no `continuationToken` property in the body.
 * - When the utilization data is not ready yet, the service answers `204 No Content`
 *   with `Retry-After`; retry after that many seconds.
 * - No throttling limit is published for this operation.
 * - Not available in Partner Center operated by 21Vianet (not listed under "applies
 *   to").
 *
 * Token: App+User or App-only.
 * Paged (seek-based: `links.next` asks for the next page with `seekOperation=Next` and an `MS-ContinuationToken` header). One call returns one page; `paginate(client, listAzureUtilizationRecords, ...)` walks every page.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param subscriptionId - `subscription_id`: ID of one of the customer's subscriptions, a GUID. This is the Partner Center (commerce) subscription ID, not the `entitlementId` (the Azure subscription ID) of an Azure subscription. The documented examples write it in upper case as well as lower case; the service most plausibly compares it case-insensitively (not documented).
 * @param options - `query` (`start_time`, `end_time`, `granularity`, `show_details`, `size`, `seek_operation`), `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `AzureUtilizationRecordCollection` of the 200 answer (One page of utilization records)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-a-customer-s-utilization-record-for-azure | Get a customer's utilization records for Azure (Partner Center documentation)}
 */
export async function listAzureUtilizationRecords(
  client: PartnerCenterClient,
  customerId: string,
  subscriptionId: string,
  options: OperationOptions<"listAzureUtilizationRecords">,
): Promise<AzureUtilizationRecordCollection> {
  return settleJson<AzureUtilizationRecordCollection>(await client.GET<"/v1/customers/{customer_id}/subscriptions/{subscription_id}/utilizations/azure", OperationInit<"listAzureUtilizationRecords">>("/v1/customers/{customer_id}/subscriptions/{subscription_id}/utilizations/azure", {
    params: { path: { customer_id: customerId, subscription_id: subscriptionId }, query: options.query, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * List a customer's user accounts.
 *
 * Returns the user accounts of a customer's tenant, one page at a time; with a filter,
 * returns the deleted (inactive) accounts instead. Partner Center documentation:
 * [Get a list of all user accounts for a customer](https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-all-user-accounts-for-a-customer)
 * and [View deleted users for a customer](https://learn.microsoft.com/en-us/partner-center/developer/view-a-deleted-user).
 *
 * - Requires an App+User token; App-only tokens are not supported.
 * - Seek paging (`x-partner-center-paging` form `seek`): the .NET SDK reads the answer as
 *   `SeekBasedResourceCollection<CustomerUser>`, sends `size` on the first request and,
 *   for the next page, `seekOperation=Next` with the `MS-ContinuationToken` header (its
 *   paged-users sample and `Enumerators.CustomerUsers`). The articles only show a single
 *   page without `next`. Default and maximum page sizes are not documented; the deleted-user
 *   example asks for `size=500`.
 * - Deleted accounts are not part of the normal list. To see them, send `filter` with
 *   `{"Field":"UserState","Value":"Inactive","Operator":"equals"}`; the deleted-user article
 *   calls the filter required for that purpose. They remain listed until they are purged,
 *   30 days after deletion.
 * - The .NET SDK can also send `sortField` and `sortDirection` and, for unpaged queries,
 *   `size=0`; neither is documented by the articles, so they are not described here.
 * - No throttling limit is published for this operation.
 *
 * Token: App+User only (secure application model); an App-only token gets 403.
 * Paged (seek-based: `links.next` asks for the next page with `seekOperation=Next` and an `MS-ContinuationToken` header). One call returns one page; `paginate(client, listUsers, ...)` walks every page.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param options - `query` (`size`, `filter`, `seekOperation`), `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `CustomerUserCollection` of the 200 answer (One page of the customer's user accounts)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-all-user-accounts-for-a-customer | Get a list of all user accounts for a customer (Partner Center documentation)}
 */
export async function listUsers(
  client: PartnerCenterClient,
  customerId: string,
  options?: OperationOptions<"listUsers", { filter: CustomerUserSearchFilter }>,
): Promise<CustomerUserCollection> {
  return settleJson<CustomerUserCollection>(await client.GET<"/v1/customers/{customer_id}/users", OperationInit<"listUsers">>("/v1/customers/{customer_id}/users", {
    params: { path: { customer_id: customerId }, query: options?.query && { ...options.query, filter: jsonParameter(options.query.filter) }, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * Create a user account for a customer.
 *
 * Creates a user account in the customer's tenant and returns it with its new ID.
 * Partner Center documentation:
 * [Create user accounts for a customer](https://learn.microsoft.com/en-us/partner-center/developer/create-user-accounts-for-a-customer).
 *
 * - Requires an App+User token; App-only tokens are not supported.
 * - The body is a `CustomerUser`. The article's "Request body" section says "None", but its
 *   request example and the .NET SDK send a user, so the example is followed. Which fields
 *   are required is not documented; most plausibly the service needs at least
 *   `userPrincipalName` (in one of the customer's domains), `displayName`, `usageLocation`
 *   and a `passwordProfile`, the fields every documented example sets.
 * - The article answers `200 OK` (not `201 Created`); the response echoes the
 *   `passwordProfile` that was sent.
 * - The article's URI-parameter table also lists an optional `user-id`, which does not
 *   apply to this path and is ignored here.
 * - Password profiles are not supported in Partner Center operated by 21Vianet.
 * - `MS-RequestId` makes the call idempotent when retried after a timeout. No throttling
 *   limit is published for this operation.
 *
 * Token: App+User only (secure application model); an App-only token gets 403.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param body - the request body (`CustomerUser`): The user account to create.
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `CustomerUser` of the 200 answer (The created user account)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/create-user-accounts-for-a-customer | Create user accounts for a customer (Partner Center documentation)}
 */
export async function createUser(
  client: PartnerCenterClient,
  customerId: string,
  body: CustomerUser,
  options?: OperationOptions<"createUser">,
): Promise<CustomerUser> {
  return settleJson<CustomerUser>(await client.POST<"/v1/customers/{customer_id}/users", OperationInit<"createUser">>("/v1/customers/{customer_id}/users", {
    params: { path: { customer_id: customerId }, header: callHeaders(options) },
    body: body,
    signal: options?.signal,
  }), options);
}

/**
 * Get a customer's user account by ID.
 *
 * Returns one user account of a customer's tenant. Partner Center documentation:
 * [Get a user account by ID](https://learn.microsoft.com/en-us/partner-center/developer/get-a-user-account-by-id).
 *
 * - Requires an App+User token; App-only tokens are not supported.
 * - Whether a deleted (inactive) account can still be read by ID during its 30-day
 *   window is not documented; the list with the `UserState` filter is the documented
 *   way to find deleted accounts.
 * - No throttling limit is published for this operation.
 *
 * Token: App+User only (secure application model); an App-only token gets 403.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param userId - `user_id`: ID of a user account in the customer's tenant: the user's Microsoft Entra object ID, a GUID.
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `CustomerUser` of the 200 answer (The user account)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-a-user-account-by-id | Get a user account by ID (Partner Center documentation)}
 */
export async function getUser(
  client: PartnerCenterClient,
  customerId: string,
  userId: string,
  options?: OperationOptions<"getUser">,
): Promise<CustomerUser> {
  return settleJson<CustomerUser>(await client.GET<"/v1/customers/{customer_id}/users/{user_id}", OperationInit<"getUser">>("/v1/customers/{customer_id}/users/{user_id}", {
    params: { path: { customer_id: customerId, user_id: userId }, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * Delete a customer's user account.
 *
 * Deletes a user account of a customer's tenant. Partner Center documentation:
 * [Delete a user account for a customer](https://learn.microsoft.com/en-us/partner-center/developer/delete-user-accounts-for-a-customer).
 *
 * - Requires an App+User token; App-only tokens are not supported.
 * - A soft delete: the account's `state` becomes `inactive` and `softDeletionTime` is
 *   set. It leaves the normal user list, can be found with the `UserState` filter of
 *   `listUsers`, and can be restored with `updateUser` (`state` `active`) for 30 days,
 *   after which the account and its data are purged for good.
 * - Answers `204 No Content` with an empty body.
 * - What a second delete of an already deleted account returns is not documented.
 * - No throttling limit is published for this operation.
 *
 * Token: App+User only (secure application model); an App-only token gets 403.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param userId - `user_id`: ID of a user account in the customer's tenant: the user's Microsoft Entra object ID, a GUID.
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns nothing: a 204 answer has no body (The account was deleted (set to `inactive`); no body)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/delete-user-accounts-for-a-customer | Delete a user account for a customer (Partner Center documentation)}
 */
export async function deleteUser(
  client: PartnerCenterClient,
  customerId: string,
  userId: string,
  options?: OperationOptions<"deleteUser">,
): Promise<void> {
  settle(await client.DELETE<"/v1/customers/{customer_id}/users/{user_id}", OperationInit<"deleteUser">>("/v1/customers/{customer_id}/users/{user_id}", {
    params: { path: { customer_id: customerId, user_id: userId }, header: callHeaders(options) },
    signal: options?.signal,
  }), options, false);
}

/**
 * Update, reset the password of, or restore a customer's user account.
 *
 * Changes a user account of a customer's tenant and returns the updated account. Three
 * documented uses share this call: changing profile fields
 * ([Update user accounts for a customer](https://learn.microsoft.com/en-us/partner-center/developer/update-user-accounts-for-a-customer)),
 * setting a new password through `passwordProfile`
 * ([Reset user password for a customer](https://learn.microsoft.com/en-us/partner-center/developer/reset-user-password-for-a-customer)),
 * and restoring a deleted account by sending `state` `active`
 * ([Restore a deleted user for a customer](https://learn.microsoft.com/en-us/partner-center/developer/restore-a-user-for-a-customer)).
 *
 * - Requires an App+User token; App-only tokens are not supported.
 * - The update and password-reset articles give the path as `/v1/customers/{customer-tenant-id}/users`
 *   in their request-syntax tables, but their examples, the restore article and the .NET
 *   SDK all address `/users/{user-id}`, which is what is described.
 * - Send only the fields to change; property names are matched case-insensitively (the
 *   restore article and the .NET SDK send PascalCase). The .NET samples for updates and
 *   password resets send a whole user including a new `userPrincipalName`, which also
 *   renames the account.
 * - Restoring works only within 30 days of deletion; the other fields come back from the
 *   deleted account and need not be sent. The restore article calls `state` required
 *   for that use. What the service answers when restoring an account that is not
 *   deleted, or a purged one, is not documented.
 * - Password profiles are not supported in Partner Center operated by 21Vianet. The
 *   password-reset response echoes the `passwordProfile`.
 * - No throttling limit is published for this operation.
 *
 * Token: App+User only (secure application model); an App-only token gets 403.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param userId - `user_id`: ID of a user account in the customer's tenant: the user's Microsoft Entra object ID, a GUID.
 * @param body - the request body (`CustomerUser`): A partial `CustomerUser` holding only the values to change.
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `CustomerUser` of the 200 answer (The updated user account)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/update-user-accounts-for-a-customer | Update user accounts for a customer (Partner Center documentation)}
 */
export async function updateUser(
  client: PartnerCenterClient,
  customerId: string,
  userId: string,
  body: CustomerUser,
  options?: OperationOptions<"updateUser">,
): Promise<CustomerUser> {
  return settleJson<CustomerUser>(await client.PATCH<"/v1/customers/{customer_id}/users/{user_id}", OperationInit<"updateUser">>("/v1/customers/{customer_id}/users/{user_id}", {
    params: { path: { customer_id: customerId, user_id: userId }, header: callHeaders(options) },
    body: body,
    signal: options?.signal,
  }), options);
}

/**
 * List the directory roles of a customer user.
 *
 * Returns the Microsoft Entra directory roles that a user of the customer's tenant holds.
 * Partner Center documentation:
 * [Get user roles for a customer](https://learn.microsoft.com/en-us/partner-center/developer/get-user-roles-for-a-customer).
 *
 * - Requires an App+User token; App-only tokens are not supported.
 * - Not paged: the .NET SDK reads a plain `ResourceCollection<DirectoryRole>`, and the
 *   documented example has neither paging parameters nor links.
 * - The same article also lists all roles of the customer
 *   (`/v1/customers/{customer_id}/directoryroles`) and the members of one role
 *   (`.../directoryroles/{role_id}/usermembers`), without examples; those calls are not
 *   described here.
 * - The article's example names `fe930be7-5e62-47db-91af-98c3a49a38b1` "User Account
 *   Administrator", the role's earlier name; Microsoft Entra now calls it User
 *   Administrator, and the service most plausibly returns the current name.
 * - No throttling limit is published for this operation.
 *
 * Token: App+User only (secure application model); an App-only token gets 403.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param userId - `user_id`: ID of a user account in the customer's tenant: the user's Microsoft Entra object ID, a GUID.
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `DirectoryRoleCollection` of the 200 answer (The user's directory roles)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-user-roles-for-a-customer | Get user roles for a customer (Partner Center documentation)}
 */
export async function listUserRoles(
  client: PartnerCenterClient,
  customerId: string,
  userId: string,
  options?: OperationOptions<"listUserRoles">,
): Promise<DirectoryRoleCollection> {
  return settleJson<DirectoryRoleCollection>(await client.GET<"/v1/customers/{customer_id}/users/{user_id}/directoryroles", OperationInit<"listUserRoles">>("/v1/customers/{customer_id}/users/{user_id}/directoryroles", {
    params: { path: { customer_id: customerId, user_id: userId }, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * Add a customer user to a directory role.
 *
 * Assigns a Microsoft Entra directory role of the customer's tenant to one of its users
 * and returns the new membership. Partner Center documentation:
 * [Set user roles for a customer](https://learn.microsoft.com/en-us/partner-center/developer/set-user-roles-for-a-customer).
 *
 * - Requires an App+User token; App-only tokens are not supported.
 * - The body identifies the user: the article lists `Id`, `DisplayName`,
 *   `UserPrincipalName` and `Attributes` (`ObjectType` `UserMember`) as required and
 *   sends them in PascalCase, like the .NET SDK. Property names are matched
 *   case-insensitively, so the schema does not enforce them; send at least the user's
 *   `id`, `displayName` and `userPrincipalName`. Whether the service checks the name
 *   fields against the directory is not documented.
 * - Answers `201 Created` with the membership, including `roleId`.
 * - What happens when the user already holds the role is not documented.
 * - Removing a member (`DELETE .../usermembers/{user_id}`) is a separate call, not
 *   described here.
 * - No throttling limit is published for this operation.
 *
 * Token: App+User only (secure application model); an App-only token gets 403.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param roleId - `role_id`: ID of a directory role in the customer's tenant, a GUID, as returned in `id` by the role lists. The documented values are Microsoft Entra role template IDs, for example `fe930be7-5e62-47db-91af-98c3a49a38b1` for User Administrator.
 * @param body - the request body (`UserMember`): The user to add to the role.
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `UserMember` of the 201 answer (The user was added to the role)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/set-user-roles-for-a-customer | Set user roles for a customer (Partner Center documentation)}
 */
export async function addDirectoryRoleMember(
  client: PartnerCenterClient,
  customerId: string,
  roleId: string,
  body: UserMember,
  options?: OperationOptions<"addDirectoryRoleMember">,
): Promise<UserMember> {
  return settleJson<UserMember>(await client.POST<"/v1/customers/{customer_id}/directoryroles/{role_id}/usermembers", OperationInit<"addDirectoryRoleMember">>("/v1/customers/{customer_id}/directoryroles/{role_id}/usermembers", {
    params: { path: { customer_id: customerId, role_id: roleId }, header: callHeaders(options) },
    body: body,
    signal: options?.signal,
  }), options);
}

/**
 * List a customer's available licenses.
 *
 * Returns the product SKUs the customer's tenant owns, with how many licenses of each
 * are assigned and still available, optionally for chosen license groups. Partner
 * Center documentation:
 * [Get a list of available licenses](https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-available-licenses)
 * and
 * [Get a list of available licenses by license group](https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-available-licenses-by-license-group).
 *
 * - Requires an App+User token; App-only tokens are not supported.
 * - Without `licenseGroupIds` the default group, `Group1` (licenses managed by
 *   Microsoft Entra ID), is returned. With license groups that match nothing, the
 *   result is an empty collection (`totalCount` 0), not an error.
 * - `productSku.id` is the SKU ID to use when assigning licenses.
 * - Not paged. No throttling limit is published for this operation.
 * - Not available in Partner Center operated by 21Vianet.
 *
 * Token: App+User only (secure application model); an App-only token gets 403.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param options - `query` (`licenseGroupIds`), `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `SubscribedSkuCollection` of the 200 answer (The customer's subscribed SKUs)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-available-licenses | Get a list of available licenses (Partner Center documentation)}
 */
export async function listSubscribedSkus(
  client: PartnerCenterClient,
  customerId: string,
  options?: OperationOptions<"listSubscribedSkus">,
): Promise<SubscribedSkuCollection> {
  return settleJson<SubscribedSkuCollection>(await client.GET<"/v1/customers/{customer_id}/subscribedskus", OperationInit<"listSubscribedSkus">>("/v1/customers/{customer_id}/subscribedskus", {
    params: { path: { customer_id: customerId }, query: options?.query, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * Assign or remove a user's licenses.
 *
 * Assigns licenses to one of the customer's users (and removes licenses, through
 * `licensesToRemove`) and returns the applied update with any warnings. Partner Center
 * documentation:
 * [Assign licenses to a user](https://learn.microsoft.com/en-us/partner-center/developer/assign-licenses-to-a-user).
 *
 * - Requires an App+User token; App-only tokens are not supported.
 * - Take the SKU IDs from the customer's subscribed SKUs (`productSku.id`). All
 *   licenses of one request must belong to the same license group; mixing groups
 *   fails.
 * - `excludedPlans` leaves chosen service plans of a SKU disabled for the user.
 * - Success is `201 Created`. With no license of a SKU left, the service answers `400`
 *   with code 60012.
 * - Removing licenses is only described by the license resources (`licensesToRemove`);
 *   no page shows such a request.
 * - The .NET SDK sends the body in Pascal case with `null` for unused lists; property
 *   names are matched case-insensitively.
 * - Whether the call is idempotent is not documented; `MS-RequestId` is the documented
 *   way to retry after a timeout.
 * - No throttling limit is published for this operation.
 * - Not available in Partner Center operated by 21Vianet.
 *
 * Token: App+User only (secure application model); an App-only token gets 403.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param userId - `user_id`: ID of a user account in the customer's tenant: the user's Microsoft Entra object ID, a GUID.
 * @param body - the request body (`LicenseUpdate`): The licenses to assign and to remove.
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `LicenseUpdate` of the 201 answer (The license update as applied, with any warnings)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/assign-licenses-to-a-user | Assign licenses to a user (Partner Center documentation)}
 */
export async function assignLicenses(
  client: PartnerCenterClient,
  customerId: string,
  userId: string,
  body: LicenseUpdate,
  options?: OperationOptions<"assignLicenses">,
): Promise<LicenseUpdate> {
  return settleJson<LicenseUpdate>(await client.POST<"/v1/customers/{customer_id}/users/{user_id}/licenseupdates", OperationInit<"assignLicenses">>("/v1/customers/{customer_id}/users/{user_id}/licenseupdates", {
    params: { path: { customer_id: customerId, user_id: userId }, header: callHeaders(options) },
    body: body,
    signal: options?.signal,
  }), options);
}

/**
 * List the licenses assigned to a user.
 *
 * Returns the licenses assigned to one of the customer's users, optionally for chosen
 * license groups, with the service plans each license enables. Partner Center
 * documentation:
 * [Get licenses assigned to a user](https://learn.microsoft.com/en-us/partner-center/developer/check-which-licenses-are-assigned-to-a-user)
 * and
 * [Get licenses assigned to a user by license group](https://learn.microsoft.com/en-us/partner-center/developer/get-licenses-assigned-to-a-user-by-license-group).
 *
 * - Requires an App+User token; App-only tokens are not supported.
 * - Without `licenseGroupIds` the default group, `Group1` (licenses managed by
 *   Microsoft Entra ID), is returned. With license groups that match nothing, the
 *   result is an empty collection (`totalCount` 0), not an error.
 * - In the documented responses `productSku` has no `targetType` here, and the service
 *   plans report `capabilityStatus` `Assigned`.
 * - Not paged. No throttling limit is published for this operation.
 * - Not available in Partner Center operated by 21Vianet.
 *
 * Token: App+User only (secure application model); an App-only token gets 403.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param customerId - `customer_id`: The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
 * @param userId - `user_id`: ID of a user account in the customer's tenant: the user's Microsoft Entra object ID, a GUID.
 * @param options - `query` (`licenseGroupIds`), `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `LicenseCollection` of the 200 answer (The user's licenses)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/check-which-licenses-are-assigned-to-a-user | Get licenses assigned to a user (Partner Center documentation)}
 */
export async function listUserLicenses(
  client: PartnerCenterClient,
  customerId: string,
  userId: string,
  options?: OperationOptions<"listUserLicenses">,
): Promise<LicenseCollection> {
  return settleJson<LicenseCollection>(await client.GET<"/v1/customers/{customer_id}/users/{user_id}/licenses", OperationInit<"listUserLicenses">>("/v1/customers/{customer_id}/users/{user_id}/licenses", {
    params: { path: { customer_id: customerId, user_id: userId }, query: options?.query, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * List the partner's invoices.
 *
 * Returns the partner's invoices, each with its totals, the groups of billed items
 * (`invoiceDetails`) and any amendments. Partner Center documentation:
 * [Get a collection of invoices](https://learn.microsoft.com/en-us/partner-center/developer/get-a-collection-of-invoices).
 *
 * - Accepts App+User and App-only tokens.
 * - Paging, offset form: send `size` and `offset`; `links.next` carries the next
 *   `offset` (evidence: the page's response example, and the SDK's indexed query and
 *   enumerator). The page notes that `size` and `offset` only apply to legacy invoices
 *   and are ignored for modern commerce invoices, which most plausibly all arrive in one
 *   page (not documented further). No maximum page size is documented.
 * - `pdfDownloadLink` is documented as filled only when an invoice is read by ID, but
 *   the page's list example carries it; do not rely on it here.
 * - The official SDK can also send a `filter` (search on the invoice date); the page does
 *   not document it, so it is not described.
 * - No throttling limit is published for this operation.
 *
 * Token: App+User or App-only.
 * Paged (by `size` and `offset`: `links.next` carries the next offset). One call returns one page; `paginate(client, listInvoices, ...)` walks every page.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param options - `query` (`size`, `offset`), `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `InvoiceCollection` of the 200 answer (One page of the partner's invoices)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-a-collection-of-invoices | Get a collection of invoices (Partner Center documentation)}
 */
export async function listInvoices(
  client: PartnerCenterClient,
  options?: OperationOptions<"listInvoices">,
): Promise<InvoiceCollection> {
  return settleJson<InvoiceCollection>(await client.GET<"/v1/invoices", OperationInit<"listInvoices">>("/v1/invoices", {
    params: { query: options?.query, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * Get an invoice by ID.
 *
 * Returns one of the partner's invoices, with its totals, billing period, the groups of
 * billed items (`invoiceDetails`) and a link to its PDF. Partner Center documentation:
 * [Get invoice by ID](https://learn.microsoft.com/en-us/partner-center/developer/get-invoice-by-id).
 *
 * - Requires an App+User token; App-only tokens are not supported.
 * - `pdfDownloadLink` leads to the get-invoice-statement operation; the resource page
 *   says the link expires after 30 minutes.
 * - Each entry of `invoiceDetails` names a `billingProvider` and `invoiceLineItemType`
 *   to pass to the line-items operation (as `provider` and `invoicelineitemtype`); its
 *   `self` link uses the older path form `/invoices/{prefix}-{id}/lineitems/{provider}/{type}`,
 *   which is not described here.
 * - An unknown invoice ID most plausibly answers 404 (not documented).
 * - No throttling limit is published for this operation.
 *
 * Token: App+User only (secure application model); an App-only token gets 403.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param invoiceId - `invoice_id`: The invoice number as shown on the invoice and in `Invoice.id`, for example `D030001IVV` or `G000024135`. The value `unbilled` does not name an invoice: it addresses the unbilled line items, described as their own path (`/v1/invoices/unbilled/lineitems`).
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `Invoice` of the 200 answer (The invoice)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-invoice-by-id | Get invoice by ID (Partner Center documentation)}
 */
export async function getInvoice(
  client: PartnerCenterClient,
  invoiceId: string,
  options?: OperationOptions<"getInvoice">,
): Promise<Invoice> {
  return settleJson<Invoice>(await client.GET<"/v1/invoices/{invoice_id}", OperationInit<"getInvoice">>("/v1/invoices/{invoice_id}", {
    params: { path: { invoice_id: invoiceId }, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * List an invoice's line items.
 *
 * Returns the billed line items of one invoice for one billing provider and one kind of
 * line item, as listed in the invoice's `invoiceDetails`. Partner Center documentation:
 * [Get invoice line items](https://learn.microsoft.com/en-us/partner-center/developer/get-invoiceline-items)
 * (all providers) and
 * [Get invoice billed commercial consumption line items](https://learn.microsoft.com/en-us/partner-center/developer/get-invoice-billed-consumption-lineitems)
 * (`provider=onetime&invoicelineitemtype=usagelineitems`).
 *
 * - Accepts App+User and App-only tokens.
 * - `provider` and `invoicelineitemtype` select the kind of item (see `InvoiceLineItem`):
 *   `office` + `billinglineitems` gives license-based charges, `azure` +
 *   `billinglineitems` Azure charges, `azure` + `usagelineitems` daily Azure usage (all
 *   legacy), `onetime` + `billinglineitems` modern commerce charges, and `onetime` +
 *   `usagelineitems` daily rated consumption, for which `currencycode` and `period` are
 *   required. `hasPartnerEarnedCredit` only applies to the last combination.
 * - Paging differs by provider. For `onetime` (the modern providers) it is seek-based,
 *   the form declared here: the first request sends `size`, and each page but the last
 *   has a `continuationToken` and a `links.next` that repeats the query with
 *   `seekOperation=Next` and carries an `MS-ContinuationToken` header (evidence: the
 *   examples of both pages). For `office` and `azure` it is offset-based: send `size`
 *   and `offset`; `links.next` carries the next `offset` and there is no
 *   `continuationToken`. Following `links.next` works for both. The default and
 *   largest page size is documented as 2000.
 * - The unbilled line items (`invoice_id` `unbilled`), including the unbilled
 *   reconciliation line items the page
 *   [Get invoice's unbilled reconciliation line items](https://learn.microsoft.com/en-us/partner-center/developer/get-invoice-unbilled-recon-lineitems)
 *   writes with this path template, are a separate operation on
 *   `/v1/invoices/unbilled/lineitems`.
 * - Some examples use the older path form
 *   `/v1/invoices/{invoice_id}/lineitems/{provider}/{type}` (also used by the SDK and
 *   the `invoiceDetails` links for `office` and `azure`); it is not described here. The
 *   page's first example misspells the query as `nvoicelineitemtype`.
 * - The service most plausibly matches query names and values case-insensitively: the
 *   examples write `provider=Office`, `OneTime`, `BillingLineItems` and
 *   `seekoperation=next`, and the SDK sends `invoiceLineItemType` and `currencyCode`
 *   (not documented). The spec uses the lowercase forms of the request-syntax tables.
 * - `marketplace` is the retired name of `onetime` for consumption; the documentation
 *   asks callers to use `onetime` instead.
 * - No throttling limit is published for this operation.
 *
 * Token: App+User or App-only.
 * Paged (seek-based: `links.next` asks for the next page with `seekOperation=Next` and an `MS-ContinuationToken` header). One call returns one page; `paginate(client, listInvoiceLineItems, ...)` walks every page.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param invoiceId - `invoice_id`: The invoice number as shown on the invoice and in `Invoice.id`, for example `D030001IVV` or `G000024135`. The value `unbilled` does not name an invoice: it addresses the unbilled line items, described as their own path (`/v1/invoices/unbilled/lineitems`).
 * @param options - `query` (`provider`, `invoicelineitemtype`, `currencycode`, `period`, `hasPartnerEarnedCredit`, `size`, `offset`, `seekOperation`), `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `InvoiceLineItemCollection` of the 200 answer (One page of the invoice's line items of the requested kind)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-invoiceline-items | Get invoice line items (Partner Center documentation)}
 */
export async function listInvoiceLineItems(
  client: PartnerCenterClient,
  invoiceId: string,
  options: OperationOptions<"listInvoiceLineItems">,
): Promise<InvoiceLineItemCollection> {
  return settleJson<InvoiceLineItemCollection>(await client.GET<"/v1/invoices/{invoice_id}/lineitems", OperationInit<"listInvoiceLineItems">>("/v1/invoices/{invoice_id}/lineitems", {
    params: { path: { invoice_id: invoiceId }, query: options.query, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * Download an invoice as PDF.
 *
 * Returns the invoice document as a PDF file: the body is the raw PDF bytes
 * (`Content-Type: application/pdf`), with a `Content-Disposition` header naming the file
 * (`Invoice_<id>.pdf`). Partner Center documentation:
 * [Get invoice statement](https://learn.microsoft.com/en-us/partner-center/developer/get-invoice-statement).
 *
 * - Requires an App+User token; App-only tokens are not supported.
 * - Send `Accept: application/pdf` (the official SDK does). The page's request example
 *   sends `Accept: application/json`, and its response example shows
 *   `Content-Type: application/json` followed by a debugger dump of the .NET byte
 *   content, whose own headers are `Content-Type: application/pdf` and the
 *   `Content-Disposition` above; the spec describes the PDF. Errors still arrive as JSON.
 * - This is the target of an invoice's `pdfDownloadLink`.
 * - An unknown invoice ID most plausibly answers 404 (not documented).
 * - No throttling limit is published for this operation.
 *
 * Token: App+User only (secure application model); an App-only token gets 403.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param invoiceId - `invoice_id`: The invoice number as shown on the invoice and in `Invoice.id`, for example `D030001IVV` or `G000024135`. The value `unbilled` does not name an invoice: it addresses the unbilled line items, described as their own path (`/v1/invoices/unbilled/lineitems`).
 * @param options - `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the 200 answer's body as a `Blob` (The invoice as a PDF file)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-invoice-statement | Get invoice statement (Partner Center documentation)}
 */
export async function getInvoiceStatement(
  client: PartnerCenterClient,
  invoiceId: string,
  options?: OperationOptions<"getInvoiceStatement">,
): Promise<Blob> {
  return settle(await client.GET<"/v1/invoices/{invoice_id}/documents/statement", OperationInit<"getInvoiceStatement"> & { parseAs: "blob" }>("/v1/invoices/{invoice_id}/documents/statement", {
    params: { path: { invoice_id: invoiceId }, header: callHeaders(options) },
    signal: options?.signal,
    parseAs: "blob",
  }), options, true);
}

/**
 * List unbilled line items.
 *
 * Returns the partner's line items that are not invoiced yet, for the current or the
 * previous (ended but not yet invoiced) billing period, in one currency. Partner Center
 * documentation:
 * [Get invoice unbilled commercial consumption line items](https://learn.microsoft.com/en-us/partner-center/developer/get-invoice-unbilled-consumption-lineitems)
 * (`invoicelineitemtype=usagelineitems`, daily rated usage) and
 * [Get invoice's unbilled reconciliation line items](https://learn.microsoft.com/en-us/partner-center/developer/get-invoice-unbilled-recon-lineitems)
 * (`invoicelineitemtype=billinglineitems`, modern commerce charges).
 *
 * - Accepts App+User and App-only tokens.
 * - `provider`, `invoicelineitemtype`, `currencycode` and `period` are required.
 *   `usagelineitems` returns `DailyRatedUsageLineItem`s, `billinglineitems` returns
 *   `OneTimeInvoiceLineItem`s (with an empty `invoiceNumber`).
 * - Paging, seek form: the first request sends `size` (default and maximum documented
 *   as 2000); each page but the last has a `continuationToken` and a `links.next` that
 *   repeats the query with `seekOperation=Next` and carries an `MS-ContinuationToken`
 *   header (evidence: both pages' examples and the SDK's `Seek`).
 * - The reconciliation page's request-syntax table writes the path as
 *   `/v1/invoices/{invoice-id}/lineitems` and says to pass `unbilled` as the invoice
 *   ID; its examples and SDK sample call `/v1/invoices/unbilled/lineitems`, which is
 *   this literal path (a path with a literal segment takes precedence over the
 *   `{invoice_id}` template).
 * - The unbilled links of the estimate-links operation use `provider=Marketplace` and
 *   `provider=all`, older values also accepted here (not documented on these pages).
 * - The examples write values in several casings (`onetime`, `OneTime`,
 *   `seekoperation=next`); the service most plausibly matches them case-insensitively
 *   (not documented). `hasPartnerEarnedCredit` only applies to `usagelineitems`.
 * - No throttling limit is published for this operation.
 *
 * Token: App+User or App-only.
 * Paged (seek-based: `links.next` asks for the next page with `seekOperation=Next` and an `MS-ContinuationToken` header). One call returns one page; `paginate(client, listUnbilledInvoiceLineItems, ...)` walks every page.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param options - `query` (`provider`, `invoicelineitemtype`, `currencycode`, `period`, `hasPartnerEarnedCredit`, `size`, `seekOperation`), `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `UnbilledInvoiceLineItemCollection` of the 200 answer (One page of unbilled line items of the requested kind)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-invoice-unbilled-consumption-lineitems | Get invoice unbilled commercial consumption line items (Partner Center documentation)}
 */
export async function listUnbilledInvoiceLineItems(
  client: PartnerCenterClient,
  options: OperationOptions<"listUnbilledInvoiceLineItems">,
): Promise<UnbilledInvoiceLineItemCollection> {
  return settleJson<UnbilledInvoiceLineItemCollection>(await client.GET<"/v1/invoices/unbilled/lineitems", OperationInit<"listUnbilledInvoiceLineItems">>("/v1/invoices/unbilled/lineitems", {
    params: { query: options.query, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
}

/**
 * List Partner Center activity (audit records).
 *
 * Returns the partner's activity log: records of operations that the partner's users
 * and applications performed, for a date range and optionally one customer, company
 * name or resource type. Partner Center documentation:
 * [Get a record of Partner Center activity](https://learn.microsoft.com/en-us/partner-center/developer/get-a-record-of-partner-center-activity-by-user);
 * fields in [Auditing resources](https://learn.microsoft.com/en-us/partner-center/developer/auditing-resources).
 *
 * - Accepts App+User and App-only tokens.
 * - Records are kept for 90 days; a `startDate` further back is answered with 400. The
 *   official swagger also limits one query to a 30-day window.
 * - `startDate` is required here although the article's table calls it optional with a
 *   30-day default: the official swagger requires it and the .NET SDK always sends it.
 *   Its format differs within the article (`yyyy-mm-dd` in the table and in the
 *   response's self link, `6/1/2017 12:00:00 AM` in the request example); any
 *   string is accepted, and `yyyy-mm-dd` is recommended.
 * - Seek paging (`x-partner-center-paging` form `seek`): the answer is a
 *   `SeekBasedResourceCollection<AuditRecord>` (Java SDK; .NET `Enumerators.AuditRecords`
 *   follows `links.next`), and the swagger describes a continuation token per full
 *   page. The first request may send `size`; next pages carry `MS-ContinuationToken`.
 *   Without `size` the documented response's self link shows `size=500`, most plausibly
 *   the default; the maximum is not documented.
 * - Microsoft recommends the activity log for detecting changes instead of polling
 *   resources, for example one day at a time
 *   ([API throttling guidance](https://learn.microsoft.com/en-us/partner-center/developer/api-throttling-guidance)).
 *   No throttling limit is published for this operation.
 * - The article applies to the global cloud and Microsoft Cloud for US Government; it
 *   does not list Partner Center operated by 21Vianet.
 *
 * Token: App+User or App-only.
 * Paged (seek-based: `links.next` asks for the next page with `seekOperation=Next` and an `MS-ContinuationToken` header). One call returns one page; `paginate(client, listAuditRecords, ...)` walks every page.
 *
 * @param client - the client from `createPartnerCenterClient`
 * @param options - `query` (`startDate`, `endDate`, `filter`, `size`, `seekOperation`), `headers`, `signal`, `requestId`, `correlationId`, `onResponse`
 * @returns the `AuditRecordCollection` of the 200 answer (One page of audit records)
 * @throws {@link PartnerCenterArgumentError} before anything is sent, naming the argument that does not match the spec
 * @throws {@link PartnerCenterError} when the service answers with an error status, or no answer arrives after the retries
 * @see {@link https://learn.microsoft.com/en-us/partner-center/developer/get-a-record-of-partner-center-activity-by-user | Get a record of Partner Center activity (Partner Center documentation)}
 */
export async function listAuditRecords(
  client: PartnerCenterClient,
  options: OperationOptions<"listAuditRecords", { filter: AuditRecordSearchFilter }>,
): Promise<AuditRecordCollection> {
  return settleJson<AuditRecordCollection>(await client.GET<"/v1/auditrecords", OperationInit<"listAuditRecords">>("/v1/auditrecords", {
    params: { query: { ...options.query, filter: jsonParameter(options.query.filter) }, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
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
  return settleJson<ManagedServiceCollection>(await client.GET<"/v1/customers/{customer_id}/managedservices", OperationInit<"listManagedServices">>("/v1/customers/{customer_id}/managedservices", {
    params: { path: { customer_id: customerId }, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
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
  return settleJson<ServiceIncidentDetailCollection>(await client.GET<"/v1/customers/{customer_id}/serviceincidents/office", OperationInit<"listCustomerServiceIncidents">>("/v1/customers/{customer_id}/serviceincidents/office", {
    params: { path: { customer_id: customerId }, query: options?.query && { ...options.query, filter: jsonParameter(options.query.filter) }, header: callHeaders(options) },
    signal: options?.signal,
  }), options);
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
 * - The body is JSON, sent as `application/json` or `text/json` (the REST reference lists
 *   both among the media types the API accepts).
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
  return settleJson<ServiceRequest>(await client.PATCH<"/v1/servicerequests/{servicerequest_id}", OperationInit<"updateServiceRequest">>("/v1/servicerequests/{servicerequest_id}", {
    params: { path: { servicerequest_id: servicerequestId }, header: callHeaders(options) },
    body: update,
    signal: options?.signal,
  }), options);
}
