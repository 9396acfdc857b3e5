// Generated from openapi/ by packages/types/scripts/generate.mjs with openapi-typescript. Do not edit:
// change the spec and run `npm run generate` (or `npm run build`).
export interface paths {
    "/v1/customers/{customer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
                 * @example 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
                 */
                customer_id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /**
         * Get a customer by ID
         * @description Returns one of the partner's customers, identified by its tenant ID, including the
         *     company and billing profiles. Partner Center documentation:
         *     [Get a customer by ID](https://learn.microsoft.com/en-us/partner-center/developer/get-a-customer-by-id);
         *     REST reference:
         *     [Get customer by customer ID](https://learn.microsoft.com/en-us/rest/api/partner-center/manage-customer-accounts/get-customer-by-customer-id).
         *
         *     - Accepts App+User and App-only tokens.
         *     - Without delegated (DAP/GDAP) access to the customer tenant through a suitable role
         *       (such as Directory Writer, Global Reader, Domain Administrator or Global
         *       Administrator) the response leaves out `companyProfile.address`,
         *       `companyProfile.email` and `customDomains`.
         *     - Throttled: the Customer resource allows 500 requests per minute per tenant, and
         *       this operation is on the list of APIs with enforced limits.
         *     - The documented template is `/v{version}/customers/{customer_id}`, where `version`
         *       only takes `1`; it is written here as the literal `/v1`.
         *     - The service can also answer in XML (`application/xml`, `text/xml`); only JSON is
         *       described.
         */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customer_id}/managedservices": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
                 * @example 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
                 */
                customer_id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /**
         * List a customer's managed services
         * @description Returns the customer's services for which the partner holds delegated admin
         *     privileges, each with portal links for administering the service, checking its health
         *     and filing a support ticket with Microsoft. Partner Center documentation:
         *     [Get the managed services for a customer by ID](https://learn.microsoft.com/en-us/partner-center/developer/get-the-managed-services-for-a-customer-by-id).
         *
         *     - Requires an App+User token; App-only tokens are not supported.
         *     - The collection is not paged: there are no paging parameters and no `next` link.
         *     - No throttling limit is published for this operation.
         */
        get: operations["listManagedServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customer_id}/serviceincidents/office": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
                 * @example 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
                 */
                customer_id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /**
         * List a customer's Office service incidents
         * @description Returns the Office (Microsoft 365) service-health incidents and message-center posts
         *     for a customer. REST reference:
         *     [Get customer office service incidents](https://learn.microsoft.com/en-us/rest/api/partner-center/manage-customer-accounts/get-customer-office-service-incidents).
         *
         *     - Authentication is not documented for this operation. Both App+User and App-only
         *       tokens are accepted here; the service most plausibly accepts both, like other
         *       customer reads. If in doubt, use App+User.
         *     - Only the swagger-generated REST reference describes this path: there is no
         *       developer article, no published example and no documented error response.
         *     - Filtering: `filter.operator` is the parameter the reference lists, but on its own it
         *       most plausibly has no effect; the `filter` parameter carries the JSON filter the
         *       official SDK sends (`Resolved` is the only searchable field).
         *     - The collection is not paged. No throttling limit is published for this operation.
         *     - Not available in Partner Center operated by 21Vianet, where the national-cloud
         *       documentation says service updates don't apply (read here as covering incidents).
         *     - The documented template is `/v{version}/customers/{customer_id}/serviceincidents/office`,
         *       where `version` only takes `1`; it is written here as the literal `/v1`.
         *     - The service can also answer with `text/json`; only `application/json` is
         *       described.
         */
        get: operations["listCustomerServiceIncidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servicerequests/{servicerequest_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the service request. The documentation calls it a GUID, but every documented example is a 15-digit number such as `616122292874576`, so any non-empty string is accepted.
                 * @example 616122292874576
                 */
                servicerequest_id: components["parameters"]["ServiceRequestId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a service request
         * @description Changes a service request that the partner filed with Microsoft, typically to add a
         *     note or to change its status, and returns the updated request. Partner Center
         *     documentation:
         *     [Update a service request](https://learn.microsoft.com/en-us/partner-center/developer/update-a-service-request).
         *
         *     - Requires an App+User token; App-only tokens are not supported.
         *     - Send only the values to change. Property names are matched case-insensitively: the
         *       .NET SDK sends PascalCase and fills unset fields with defaults (`unknown`, `none`,
         *       nulls, `0001-01-01T00:00:00`), which the service treats as "not set".
         *     - `newNote` appends a note to `notes` and moves `lastModifiedDate` to the note's time.
         *       `status` can be set to `open`, `closed` or `attention_needed`. Which other fields
         *       can be changed is not documented.
         *     - The body is JSON, sent as `application/json` or `text/json` (the REST reference lists
         *       both among the media types the API accepts).
         *     - `MS-RequestId` makes the call idempotent when retried after a timeout.
         *     - A customer-scoped variant, `PATCH /v1/customers/{customer_id}/servicerequests/{id}`,
         *       exists in the SDK but is not described here.
         *     - Service requests are not available in Partner Center operated by 21Vianet.
         *     - No throttling limit is published for this operation.
         */
        patch: operations["updateServiceRequest"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A postal address with an optional contact name, used by customer company and billing profiles. Length limits are the ones stated in the Partner Center utility-resources documentation; fields without a documented limit are left unconstrained. */
        Address: {
            /** @description Identifier of the address record. */
            id?: string;
            /**
             * @description Two-letter ISO 3166 country code (exactly 2 characters).
             * @example US
             */
            country?: string;
            /** @description Region of the address. */
            region?: string;
            /** @description City. */
            city?: string;
            /**
             * @description State or province code; documented as 0 to 2 characters.
             * @example WA
             */
            state?: string;
            /** @description District. */
            district?: string;
            /** @description First address line (1 to 200 characters). */
            addressLine1?: string;
            /** @description Second address line (0 to 200 characters). */
            addressLine2?: string;
            /** @description Third address line. */
            addressLine3?: string;
            /** @description Postal or ZIP code. */
            postalCode?: string;
            /** @description First name of the contact at this address (1 to 50 characters). */
            firstName?: string;
            /** @description Last name of the contact at this address (1 to 50 characters). */
            lastName?: string;
            /** @description Middle name of the contact at this address (1 to 50 characters when present). */
            middleName?: string;
            /** @description Email address of the contact at this address. */
            emailAddress?: string;
            /** @description Phone number of the contact at this address. */
            phoneNumber?: string;
        };
        /** @description A single name/value pair, as used for the headers that a `Link` asks the client to replay (the .NET `KeyValuePair<string, string>` type). */
        KeyValuePair: {
            /** @description Header name, for example `MS-ContinuationToken`. */
            key?: string;
            /** @description Header value to send with the request. */
            value?: string;
        };
        /** @description A hypermedia link to a related resource or page. `uri` is usually relative to the API root and may or may not start with `/v1` (for example `/customers/{id}` or `/v1/customers?size=40`); clients add `/v1` when it is missing. Some links (managed services) are absolute portal URLs instead. */
        Link: {
            /**
             * @description Target of the link; relative to the API root, or an absolute URL for links that leave the API.
             * @example /customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
             */
            uri?: string;
            /**
             * @description HTTP method to use when following the link, for example `GET` or `PATCH`.
             * @example GET
             */
            method?: string;
            /** @description Headers that must be sent when following the link (for seek-based paging this carries `MS-ContinuationToken`). Usually empty. */
            headers?: components["schemas"]["KeyValuePair"][];
            /** @description Request body to send when following the link. Declared by the official swagger; omitted or null in every documented example. */
            body?: string;
        };
        /** @description Standard links of a resource or a collection page. Single resources normally carry only `self`; collection pages may carry `next` and `previous`. Links that do not apply are omitted rather than sent as null. */
        ResourceLinks: {
            /** @description Link to this resource or page. */
            self?: components["schemas"]["Link"];
            /** @description Link to the next page of a collection, when there is one. */
            next?: components["schemas"]["Link"];
            /** @description Link to the previous page of a collection, when there is one. */
            previous?: components["schemas"]["Link"];
        };
        /** @description Metadata that the service attaches to every resource. */
        ResourceAttributes: {
            /**
             * @description Opaque version tag used for optimistic concurrency on resources that support it (sent back in `If-Match`, in double quotes). Omitted when the resource has none.
             * @example -4242348048554929329
             */
            etag?: string;
            /**
             * @description Name of the resource type, for example `Customer`, `CustomerCompanyProfile`, `CustomerBillingProfile`, `ManagedService`, `ServiceRequest`, or `Collection` for a collection page.
             * @example Customer
             */
            objectType?: string;
        };
        /** @description The customer's company profile. `address` and `email` are omitted when the partner has no delegated (DAP/GDAP) access with a sufficient directory role. */
        CustomerCompanyProfile: {
            /**
             * Format: uuid
             * @description Microsoft Entra tenant ID of the customer.
             */
            readonly tenantId?: string;
            /** @description The customer's default domain, for example `contoso.onmicrosoft.com`. */
            domain?: string;
            /** @description Legal company name. */
            companyName?: string;
            /** @description Company address. Omitted without delegated access. */
            address?: components["schemas"]["Address"];
            /** @description Company contact email. Omitted without delegated access. */
            email?: string;
            /** @description Organization registration number, which some countries require. */
            organizationRegistrationNumber?: string;
            /** @description `self` points at `/customers/{id}/profiles/company`. */
            links?: components["schemas"]["ResourceLinks"];
            /** @description `objectType` is `CustomerCompanyProfile`. */
            attributes?: components["schemas"]["ResourceAttributes"];
        };
        /** @description The customer's billing profile and default billing address. */
        CustomerBillingProfile: {
            /** @description Identifier of the billing profile. */
            readonly id?: string;
            /** @description First name of the billing contact. */
            firstName?: string;
            /** @description Last name of the billing contact. */
            lastName?: string;
            /** @description Email address of the billing contact. */
            email?: string;
            /** @description Culture used for billing communication, for example `en-US`. */
            culture?: string;
            /** @description Language used for billing communication, for example `en`. */
            language?: string;
            /** @description Company name as printed on bills. */
            companyName?: string;
            /** @description Default billing address. */
            defaultAddress?: components["schemas"]["Address"];
            /** @description `self` points at `/customers/{id}/profiles/billing`. */
            links?: components["schemas"]["ResourceLinks"];
            /** @description Carries an `etag` and `objectType` `CustomerBillingProfile`. */
            attributes?: components["schemas"]["ResourceAttributes"];
        };
        /**
         * @description The partner's relationship to the customer. Sent on the wire as a lowercase snake_case string. The official SDK also accepts the integer ordinal when reading: `unknown` = 0, `reseller` = 1, `advisor` = 2, `syndication` = 3, `microsoft_support` = 4, `none` = 5; an unrecognised string maps to 0.
         * @enum {string}
         */
        CustomerPartnerRelationship: "unknown" | "reseller" | "advisor" | "syndication" | "microsoft_support" | "none";
        /** @description How the official swagger renders a .NET `System.Security.SecureString`: the only serialized member is its `length`. It cannot carry the secret itself; the .NET SDK actually sends the password as a plain JSON string. Kept as documented. */
        SecureString: {
            /**
             * Format: int32
             * @description Number of characters in the secret.
             */
            length?: number;
        };
        /** @description Sign-in credentials for the customer's first administrator account, supplied when a customer is created. */
        UserCredentials: {
            /** @description User name of the administrator account. */
            userName?: string;
            /** @description Password of the administrator account. Documented by the swagger as a `SecureString` object; the .NET SDK sends a plain string instead. */
            password?: components["schemas"]["SecureString"];
        };
        /** @description A customer of the partner, identified by its Microsoft Entra tenant ID. Without delegated (DAP/GDAP) access the service omits `companyProfile.address`, `companyProfile.email` and `customDomains`. */
        Customer: {
            /**
             * Format: uuid
             * @description Customer tenant ID (a GUID).
             */
            readonly id?: string;
            /**
             * Format: uuid
             * @description Commerce identifier of the customer (a GUID).
             */
            readonly commerceId?: string;
            /** @description Company profile of the customer. */
            companyProfile?: components["schemas"]["CustomerCompanyProfile"];
            /** @description Billing profile. Returned when the customer is fetched by ID, absent from list results. */
            billingProfile?: components["schemas"]["CustomerBillingProfile"];
            /** @description How the calling partner is related to the customer. */
            relationshipToPartner?: components["schemas"]["CustomerPartnerRelationship"];
            /** @description Whether the partner has delegated administration access. Only filled in when the customer is fetched by ID, not in list results; nullable in the SDK model. */
            allowDelegatedAccess?: boolean | null;
            /** @description Administrator credentials supplied only when creating a customer. Marked write-only here because no read operation returns them; creating a customer is not part of this description. */
            userCredentials?: components["schemas"]["UserCredentials"];
            /** @description ID of the indirect reseller associated with the customer, set by indirect providers. */
            associatedPartnerId?: string;
            /** @description Domains registered to the customer's tenant. Omitted without delegated access. */
            customDomains?: string[];
            /** @description `self` points at `/customers/{id}`. */
            links?: components["schemas"]["ResourceLinks"];
            /** @description `objectType` is `Customer`. */
            attributes?: components["schemas"]["ResourceAttributes"];
        };
        /** @description Error body returned by the Partner Center front end (`source` is `PartnerFD`) for application-level failures. */
        PartnerCenterError: {
            /**
             * @description Partner Center error code, for example `3000` (invalid property) or `20002` (no relationship). The documentation types it as a string, but real and documented responses carry a JSON number, and a string form has also been reported, so both are allowed.
             * @example 3000
             */
            code: string | number;
            /** @description Human-readable explanation of the error; never empty, at most 1024 characters. */
            description: string;
            /** @description Extra details for some error types; usually empty. Observed entries are strings such as exception text or a URL. */
            data?: unknown[];
            /**
             * @description Component that produced the error, for example `PartnerFD`.
             * @example PartnerFD
             */
            source: string;
        };
        /** @description Error body produced by the API gateway in front of Partner Center (the Azure API Management format) rather than by the service itself, for example when a request is throttled or the route does not exist. */
        GatewayError: {
            /**
             * @description HTTP status code repeated in the body, for example `429`.
             * @example 429
             */
            statusCode: number;
            /** @description Human-readable explanation, for example `Rate limit is exceeded. Try again in 57 seconds.` */
            message: string;
        };
        /** @description Generic envelope of a collection response (`ResourceCollection<T>` in the official SDKs). Concrete collections extend it with an `items` array of their own item type. `totalCount` is the number of items in this page, not a grand total across pages. */
        ResourceCollection: {
            /**
             * Format: int32
             * @description Number of items contained in this response page (equal to `items.length`), not the total across all pages.
             * @example 2
             */
            readonly totalCount?: number;
            /** @description Paging links (`self`, `next`, `previous`). Omitted, or reduced to `self`, for collections that are not paged. */
            links?: components["schemas"]["ResourceLinks"];
            /** @description Collection metadata; `objectType` is `Collection`. */
            attributes?: components["schemas"]["ResourceAttributes"];
        };
        /** @description Links of a managed service. The three service-specific links open the Microsoft 365 admin portal on behalf of the customer (absolute `https://portal.office.com/...` URLs with `method` `GET`); the standard `self`, `next` and `previous` links are allowed by the swagger but not seen in examples. */
        ManagedServiceLinks: {
            /** @description Opens the administration page of this service for the customer. */
            adminService?: components["schemas"]["Link"];
            /** @description Opens the service-health page for the customer. */
            serviceHealth?: components["schemas"]["Link"];
            /** @description Opens the support (service ticket) page for the customer. */
            serviceTicket?: components["schemas"]["Link"];
            /** @description Link to this resource. */
            self?: components["schemas"]["Link"];
            /** @description Link to the next page (not used in practice). */
            next?: components["schemas"]["Link"];
            /** @description Link to the previous page (not used in practice). */
            previous?: components["schemas"]["Link"];
        };
        /** @description A service of the customer that the partner manages through delegated admin privileges, with links for administering it and filing support requests. */
        ManagedService: {
            /** @description Service identifier, for example `Exchange` or `MicrosoftCommunicationsOnline`. */
            readonly id?: string;
            /** @description Display name of the service, for example `Exchange` or `SkypeforBusiness`. */
            readonly name?: string;
            /** @description Group the service belongs to, for example `Office`. */
            readonly groupName?: string;
            /** @description Portal links for administration, service health and support. */
            links?: components["schemas"]["ManagedServiceLinks"];
            /** @description `objectType` is `ManagedService`. */
            attributes?: components["schemas"]["ResourceAttributes"];
        };
        /** @description One page of managed services for a customer. Not paged in practice, so `links` is normally absent. */
        ManagedServiceCollection: components["schemas"]["ResourceCollection"] & {
            /** @description The customer's managed services. */
            readonly items?: components["schemas"]["ManagedService"][];
        };
        /**
         * @description Comparison or logical operator of a query filter. Sent as a lowercase snake_case string. The official SDK's ordinals, which it also accepts when reading, and meanings: `equals` = 0 (=), `not_equals` = 1 (<>), `greater_than` = 2 (>), `greater_than_or_equals` = 3 (>=), `less_than` = 4 (<), `less_than_or_equals` = 5 (<=), `substring` = 6 (like), `and` = 7, `or` = 8, `starts_with` = 9, `not_starts_with` = 10.
         * @enum {string}
         */
        FieldFilterOperation: "equals" | "not_equals" | "greater_than" | "greater_than_or_equals" | "less_than" | "less_than_or_equals" | "substring" | "and" | "or" | "starts_with" | "not_starts_with";
        /** @description A single comparison, `Field Operator Value`, serialized with PascalCase property names exactly as the official SDK sends it, for example `{"Field":"Resolved","Value":"false","Operator":"equals"}`. */
        SimpleFieldFilter: {
            /**
             * @description Name of the field to compare. For service incidents the only searchable field is `Resolved`.
             * @example Resolved
             */
            Field: string;
            /**
             * @description Value to compare with, always as a string (for example `false`).
             * @example false
             */
            Value: string;
            /** @description Comparison to apply, for example `equals`. */
            Operator: components["schemas"]["FieldFilterOperation"];
        };
        /** @description A query filter as the official SDKs serialize it into the `filter` query parameter: either a single comparison or two filters joined by `and`/`or`. Property names are PascalCase on the wire. */
        FieldFilter: components["schemas"]["SimpleFieldFilter"] | components["schemas"]["CompoundFieldFilter"];
        /** @description Two filters combined with a logical operator (`and` or `or`), serialized with PascalCase property names like `SimpleFieldFilter`. Taken from the SDK's filter model; no documented request for these operations uses it. */
        CompoundFieldFilter: {
            /** @description First operand. */
            LeftFilter: components["schemas"]["FieldFilter"];
            /** @description Second operand. */
            RightFilter: components["schemas"]["FieldFilter"];
            /** @description Logical operator joining the operands; `and` or `or`. */
            Operator: components["schemas"]["FieldFilterOperation"];
        };
        /**
         * @description Kind of service-health entry. Sent as a lowercase snake_case string; the official SDK also accepts the integer ordinal when reading: `none` = 0, `incident` = 1, `message_center` = 2, `all` = 3.
         * @enum {string}
         */
        MessageType: "none" | "incident" | "message_center" | "all";
        /**
         * @description Level of a service incident, used for both `status` and `severity`. Sent as a lowercase string; the official SDK also accepts the integer ordinal when reading: `normal` = 0, `information` = 1, `warning` = 2, `critical` = 3.
         * @enum {string}
         */
        ServiceIncidentStatus: "normal" | "information" | "warning" | "critical";
        /** @description One published update of a service incident. (The swagger files this type under an `Enums` namespace, which is only a naming quirk.) */
        ServiceIncidentHistory: {
            /** @description When the update was published. ISO 8601 date and time as the .NET service writes it; the UTC offset (`Z`) may be missing. */
            readonly publishedTime?: string;
            /** @description Text of the update. */
            readonly messageText?: string;
        };
        /** @description An Office service-health incident or message-center post affecting the customer. The field set mirrors the retired Office 365 Service Communications API messages. Dates are ISO 8601 as written by .NET; the offset may be missing, and `0001-01-01T00:00:00` most plausibly means "not set" because the SDK model uses non-nullable dates (not documented). */
        ServiceIncidentDetail: {
            /** @description Identifier of the entry, for example `EX123456` for an Exchange incident or `MC123456` for a message-center post. */
            readonly id?: string;
            /** @description Whether the entry is an incident or a message-center post. */
            messageType?: components["schemas"]["MessageType"];
            /** @description When the incident started or the message was posted. */
            readonly startTime?: string;
            /** @description When the incident ended; `0001-01-01T00:00:00` most plausibly means it has not ended (not documented). */
            readonly endTime?: string;
            /** @description Current status level of the entry. */
            status?: components["schemas"]["ServiceIncidentStatus"];
            /** @description Published updates of the entry (their order is not documented). */
            readonly messages?: components["schemas"]["ServiceIncidentHistory"][];
            /** @description Affected workload, for example `Exchange`. */
            readonly workload?: string;
            /** @description Display names of the affected workloads, for example `Exchange Online`. */
            readonly affectedWorkloadNames?: string[];
            /** @description Functional area affected by the incident. */
            readonly impactedArea?: string;
            /** @description Whether the incident is resolved. This is the only field the service can filter on (see the `filter` query parameter). */
            readonly resolved?: boolean;
            /**
             * Format: int32
             * @description Number of customers affected.
             */
            readonly impactedCustomers?: number;
            /** @description Deadline for any action a message-center post asks for; `0001-01-01T00:00:00` most plausibly means no deadline (not documented). */
            readonly requiredBy?: string;
            /** @description Category of a message-center post. */
            readonly category?: string;
            /** @description Kind of action a message-center post asks for. */
            readonly actionType?: string;
            /** @description Severity of the entry, expressed with the same levels as `status`. */
            severity?: components["schemas"]["ServiceIncidentStatus"];
        };
        /** @description One page of Office service incidents and message-center posts for a customer. Not paged in practice, so `links` is normally absent. Note that the .NET SDK's partner-level variant (`/v1/serviceincidents/office`) instead expects items grouped by workload; the customer-level operation is only described by the swagger, which uses the flat shape modelled here. */
        ServiceIncidentDetailCollection: components["schemas"]["ResourceCollection"] & {
            /** @description The incidents and messages. */
            readonly items?: components["schemas"]["ServiceIncidentDetail"][];
        };
        /**
         * @description Severity of a service request. Sent as a lowercase string; the official SDK also accepts the integer ordinal when reading (one old documentation example even shows integers): `unknown` = 0, `critical` = 1, `moderate` = 2, `minimal` = 3. In a PATCH body, `unknown` is the SDK's "not set" default.
         * @enum {string}
         */
        ServiceRequestSeverity: "unknown" | "critical" | "moderate" | "minimal";
        /**
         * @description Status of a service request. Sent as a lowercase snake_case string; the official SDK also accepts the integer ordinal when reading: `none` = 0, `open` = 1, `closed` = 2, `attention_needed` = 3. In a PATCH body, `none` is the SDK's "not set" default; `open`, `closed` and `attention_needed` are the values a client may set.
         * @enum {string}
         */
        ServiceRequestStatus: "none" | "open" | "closed" | "attention_needed";
        /** @description The organization that a service request or contact belongs to. */
        ServiceRequestOrganization: {
            /** @description Organization identifier (a GUID in the documented example). */
            id?: string;
            /** @description Organization name. */
            name?: string;
            /** @description Organization phone number. */
            phoneNumber?: string;
        };
        /** @description A person associated with a service request. */
        ServiceRequestContact: {
            /** @description Organization the contact belongs to. */
            organization?: components["schemas"]["ServiceRequestOrganization"];
            /** @description Identifier of the contact. */
            contactId?: string;
            /** @description Last name. */
            lastName?: string;
            /** @description First name. */
            firstName?: string;
            /** @description Email address. */
            email?: string;
            /** @description Phone number. */
            phoneNumber?: string;
        };
        /** @description A file attached to a service request. Listed by the documentation and its REST examples but absent from the .NET and Java SDK models. */
        FileInfo: {
            /** @description Identifier of the file. */
            readonly id?: string;
            /** @description Comment about the file. */
            comment?: string;
            /** @description File extension. */
            fileExtension?: string;
            /** @description File name without its extension. */
            fileNameWithoutExtension?: string;
            /**
             * Format: int64
             * @description File size in bytes (the unit is not documented; bytes is the plausible reading).
             */
            fileSize?: number;
        };
        /** @description A note on a service request. To add one, send only `text` in the request's `newNote`; the service fills in the author and timestamp. */
        ServiceRequestNote: {
            /** @description Name of the note's author, filled in by the service (the documented example shows `Account`). */
            readonly createdByName?: string;
            /** @description When the note was added, set by the service. ISO 8601 as written by .NET; the documented example has no UTC offset (`2017-01-09T23:31:15.373`). Nullable in the SDK model. */
            readonly createdDate?: string | null;
            /** @description Text of the note. */
            text?: string;
        };
        /** @description A support ticket that the partner filed with Microsoft, for itself or on a customer's behalf. In a PATCH body send only the fields to change; property names are accepted in any casing (the .NET SDK sends PascalCase and also sends defaults such as `"Severity": "unknown"`, `"Status": "none"`, nulls and `0001-01-01T00:00:00` dates, which the service treats as "not set"). Responses are camelCase and never contain `newNote`. Dates are ISO 8601 as written by .NET: the UTC offset may be missing, and `0001-01-01T00:00:00` means "not set". */
        ServiceRequest: {
            /** @description Service request ID. Documented as a GUID, but every example is a 15-digit number such as `616122292874576`. */
            readonly id?: string;
            /** @description Title of the request. */
            title?: string;
            /** @description Description of the problem. */
            description?: string;
            /** @description Severity of the request. */
            severity?: components["schemas"]["ServiceRequestSeverity"];
            /** @description ID of the support topic, for example `32444671`. */
            supportTopicId?: string;
            /** @description Name of the support topic. */
            supportTopicName?: string;
            /** @description Status of the request. Settable through PATCH to `open`, `closed` or `attention_needed`. */
            status?: components["schemas"]["ServiceRequestStatus"];
            /** @description Organization that filed the request. */
            organization?: components["schemas"]["ServiceRequestOrganization"];
            /** @description Main contact for the request. */
            primaryContact?: components["schemas"]["ServiceRequestContact"];
            /** @description Contact who last updated the request, set by the service. */
            readonly lastUpdatedBy?: components["schemas"]["ServiceRequestContact"];
            /** @description Name of the product the request is about. */
            productName?: string;
            /** @description ID of the product the request is about, for example `15960`. */
            productId?: string;
            /** @description When the request was created, for example `2016-12-22T20:31:17.24Z`. */
            readonly createdDate?: string;
            /** @description When the request was last changed; adding a note moves it to the note's timestamp. */
            readonly lastModifiedDate?: string;
            /** @description When the request was last closed; `0001-01-01T00:00:00` if it never was. */
            readonly lastClosedDate?: string;
            /** @description Attached files. In the documentation and REST examples only; not in the SDK models. */
            fileLinks?: components["schemas"]["FileInfo"][];
            /** @description Note to append to `notes`. Request-only; never returned. */
            newNote?: components["schemas"]["ServiceRequestNote"];
            /** @description Notes on the request, set by the service. */
            readonly notes?: components["schemas"]["ServiceRequestNote"][];
            /** @description Two-letter ISO 3166 country code. */
            countryCode?: string;
            /** @description `objectType` is `ServiceRequest`. */
            attributes?: components["schemas"]["ResourceAttributes"];
        };
    };
    responses: {
        /** @description The request was malformed or a value was invalid (for example a body that is not JSON, or an invalid property). Not retried by the official SDK; fix the request first. */
        BadRequest: {
            headers: {
                "MS-RequestId": components["headers"]["MsRequestId"];
                "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                "MS-CV": components["headers"]["MsCv"];
                "MS-ServerId": components["headers"]["MsServerId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PartnerCenterError"];
            };
        };
        /** @description The bearer token is missing, expired, or not valid for Partner Center (for example it has the wrong audience). The body is normally the Partner Center error envelope, but an empty body is possible; the exact body for an expired token is not documented. */
        Unauthorized: {
            headers: {
                "MS-RequestId": components["headers"]["MsRequestId"];
                "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                "MS-CV": components["headers"]["MsCv"];
                "MS-ServerId": components["headers"]["MsServerId"];
                "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PartnerCenterError"];
            };
        };
        /** @description The caller is authenticated but not allowed to perform the operation: for example no relationship with the customer, a directory role without the needed rights, or an App-only token on an operation that requires App+User (the exact code returned in that last case is not documented). */
        Forbidden: {
            headers: {
                "MS-RequestId": components["headers"]["MsRequestId"];
                "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                "MS-CV": components["headers"]["MsCv"];
                "MS-ServerId": components["headers"]["MsServerId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PartnerCenterError"];
            };
        };
        /** @description The customer, service request or other addressed resource does not exist (for example code 1000 "Not found" or 60003 "Tenant not found"). */
        NotFound: {
            headers: {
                "MS-RequestId": components["headers"]["MsRequestId"];
                "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                "MS-CV": components["headers"]["MsCv"];
                "MS-ServerId": components["headers"]["MsServerId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PartnerCenterError"];
            };
        };
        /** @description The call was throttled. Wait the number of seconds in `Retry-After`, then retry; if throttled again, back off exponentially. The body comes from the gateway, not from Partner Center, so it has the `GatewayError` shape. Whether the gateway also sets the `MS-*` tracing headers is not documented; they are declared so that clients can read them when present. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "MS-RequestId": components["headers"]["MsRequestId"];
                "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                "MS-CV": components["headers"]["MsCv"];
                "MS-ServerId": components["headers"]["MsServerId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description An unexpected error occurred in the service. The official SDK retries 5xx responses up to three times with back-off, reusing the same `MS-RequestId`. */
        InternalServerError: {
            headers: {
                "MS-RequestId": components["headers"]["MsRequestId"];
                "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                "MS-CV": components["headers"]["MsCv"];
                "MS-ServerId": components["headers"]["MsServerId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PartnerCenterError"];
            };
        };
        /** @description The service is temporarily unable to handle the call (the official SDK's `ServerBusy` category). Partner Center's error-code page lists 503 among the statuses the API returns but documents no body for it; most plausibly it comes from the gateway in front of the service, so it is described with the `GatewayError` shape. It may carry `Retry-After` (seconds); otherwise retry with exponential back-off, reusing the same `MS-RequestId`. */
        ServiceUnavailable: {
            headers: {
                "MS-RequestId": components["headers"]["MsRequestId"];
                "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                "MS-CV": components["headers"]["MsCv"];
                "MS-ServerId": components["headers"]["MsServerId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description The request body is larger than the gateway accepts. Partner Center publishes no body limit; gateways in front of HTTP services refuse oversized bodies with 413, and the body then has the gateway's `GatewayError` shape. Not retried: send a smaller body. The project's mock server answers 413 for bodies over its `maxBodyBytes` (1 MiB by default). */
        PayloadTooLarge: {
            headers: {
                "MS-RequestId": components["headers"]["MsRequestId"];
                "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                "MS-CV": components["headers"]["MsCv"];
                "MS-ServerId": components["headers"]["MsServerId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
    };
    parameters: {
        /**
         * @description The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
         * @example 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
         */
        CustomerId: string;
        /**
         * @description Idempotency key for the call, a GUID. Reuse the same value only when retrying a call that timed out; after any response, successful or not, use a new value for the next call. The official .NET SDK keeps one value across its automatic retries. If the header is absent the server generates an ID. How long the server remembers a value, and whether a replay returns the original response, is not documented.
         * @example f9a030bd-e492-4c1a-9c70-021f18234981
         */
        MsRequestId: string;
        /**
         * @description GUID used to trace the call across Partner Center services. Microsoft recommends sending it on every call, with a new value per call. If absent, the server generates one.
         * @example 03d6064a-f048-4aee-8892-ed46dc5c8bee
         */
        MsCorrelationId: string;
        /**
         * @description Correlation vector used for internal request tracing. If absent, the server generates one.
         * @example rjLONPum/Uq94UQA.0
         */
        MsCv: string;
        /**
         * @description Language and region in which localized content is returned. Defaults to `en-US`, which is also the official SDK's default.
         * @example en-US
         */
        XLocale: string;
        /**
         * @description Free-form name of the application calling Partner Center, for Microsoft's diagnostics.
         * @example Contoso Partner Portal
         */
        MsPartnerCenterApplication: string;
        /**
         * @description Filter operator, as listed by the official swagger. The swagger labels it an int32 yet enumerates the `FieldFilterOperation` names, and it is the only member of its filter model; most plausibly the field and value were lost when the swagger was generated from a complex query object. As far as anyone can tell, an operator sent on its own, without a field and value, has no effect; use the `filter` parameter to actually filter. The REST reference types it as an int32, so the SDK ordinals (0 to 10) are accepted as well as the names.
         * @example equals
         */
        FilterOperator: components["schemas"]["FieldFilterOperation"] | number;
        /** @description Filter as a URL-encoded JSON object, the form the official .NET SDK sends, for example `{"Field":"Resolved","Value":"false","Operator":"equals"}` to list only unresolved incidents (`filter=%7B%22Field%22%3A%22Resolved%22%2C%22Value%22%3A%22false%22%2C%22Operator%22%3A%22equals%22%7D`). `Resolved` is the only searchable incident field; `Value` is `true` or `false`. Clients must serialize the object with `JSON.stringify` before URL-encoding it. The SDK uses this parameter on the partner-level incidents path; that the customer-level path accepts it too is not documented but most plausible, since both are served by the same query model. */
        Filter: string;
        /**
         * @description ID of the service request. The documentation calls it a GUID, but every documented example is a 15-digit number such as `616122292874576`, so any non-empty string is accepted.
         * @example 616122292874576
         */
        ServiceRequestId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The request's `MS-RequestId`, echoed back, or the ID the server generated when none was sent.
         * @example f9a030bd-e492-4c1a-9c70-021f18234981
         */
        MsRequestId: string;
        /**
         * @description The request's `MS-CorrelationId`, echoed back, or the ID the server generated when none was sent.
         * @example aaaa0000-bb11-2222-33cc-444444dddddd
         */
        MsCorrelationId: string;
        /**
         * @description Correlation vector of the call, a base64-like prefix followed by `.N`.
         * @example rjLONPum/Uq94UQA.0
         */
        MsCv: string;
        /**
         * @description Identifier of the Partner Center server that handled the call. Only its presence and sample values (such as `030011719` or `0000005B`) are documented.
         * @example 030011719
         */
        MsServerId: string;
        /**
         * @description Authentication challenge sent with a 401, of the documented form `OAuth realm=urn:cpsvc:cpid:<id>`. The documentation does not show a real identifier; the example value is illustrative.
         * @example OAuth realm=urn:cpsvc:cpid:7c3e6d1a-5b2f-4e8a-9c0d-1f2a3b4c5d6e
         */
        WwwAuthenticate: string;
        /**
         * @description Number of seconds to wait before retrying a throttled call. If the retry is throttled again, back off exponentially.
         * @example 57
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type Address = components['schemas']['Address'];
export type KeyValuePair = components['schemas']['KeyValuePair'];
export type Link = components['schemas']['Link'];
export type ResourceLinks = components['schemas']['ResourceLinks'];
export type ResourceAttributes = components['schemas']['ResourceAttributes'];
export type CustomerCompanyProfile = components['schemas']['CustomerCompanyProfile'];
export type CustomerBillingProfile = components['schemas']['CustomerBillingProfile'];
export type CustomerPartnerRelationship = components['schemas']['CustomerPartnerRelationship'];
export type SecureString = components['schemas']['SecureString'];
export type UserCredentials = components['schemas']['UserCredentials'];
export type Customer = components['schemas']['Customer'];
export type PartnerCenterError = components['schemas']['PartnerCenterError'];
export type GatewayError = components['schemas']['GatewayError'];
export type ResourceCollection = components['schemas']['ResourceCollection'];
export type ManagedServiceLinks = components['schemas']['ManagedServiceLinks'];
export type ManagedService = components['schemas']['ManagedService'];
export type ManagedServiceCollection = components['schemas']['ManagedServiceCollection'];
export type FieldFilterOperation = components['schemas']['FieldFilterOperation'];
export type SimpleFieldFilter = components['schemas']['SimpleFieldFilter'];
export type FieldFilter = components['schemas']['FieldFilter'];
export type CompoundFieldFilter = components['schemas']['CompoundFieldFilter'];
export type MessageType = components['schemas']['MessageType'];
export type ServiceIncidentStatus = components['schemas']['ServiceIncidentStatus'];
export type ServiceIncidentHistory = components['schemas']['ServiceIncidentHistory'];
export type ServiceIncidentDetail = components['schemas']['ServiceIncidentDetail'];
export type ServiceIncidentDetailCollection = components['schemas']['ServiceIncidentDetailCollection'];
export type ServiceRequestSeverity = components['schemas']['ServiceRequestSeverity'];
export type ServiceRequestStatus = components['schemas']['ServiceRequestStatus'];
export type ServiceRequestOrganization = components['schemas']['ServiceRequestOrganization'];
export type ServiceRequestContact = components['schemas']['ServiceRequestContact'];
export type FileInfo = components['schemas']['FileInfo'];
export type ServiceRequestNote = components['schemas']['ServiceRequestNote'];
export type ServiceRequest = components['schemas']['ServiceRequest'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ParameterCustomerId = components['parameters']['CustomerId'];
export type ParameterMsRequestId = components['parameters']['MsRequestId'];
export type ParameterMsCorrelationId = components['parameters']['MsCorrelationId'];
export type ParameterMsCv = components['parameters']['MsCv'];
export type ParameterXLocale = components['parameters']['XLocale'];
export type ParameterMsPartnerCenterApplication = components['parameters']['MsPartnerCenterApplication'];
export type ParameterFilterOperator = components['parameters']['FilterOperator'];
export type ParameterFilter = components['parameters']['Filter'];
export type ParameterServiceRequestId = components['parameters']['ServiceRequestId'];
export type HeaderMsRequestId = components['headers']['MsRequestId'];
export type HeaderMsCorrelationId = components['headers']['MsCorrelationId'];
export type HeaderMsCv = components['headers']['MsCv'];
export type HeaderMsServerId = components['headers']['MsServerId'];
export type HeaderWwwAuthenticate = components['headers']['WwwAuthenticate'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
    getCustomer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Idempotency key for the call, a GUID. Reuse the same value only when retrying a call that timed out; after any response, successful or not, use a new value for the next call. The official .NET SDK keeps one value across its automatic retries. If the header is absent the server generates an ID. How long the server remembers a value, and whether a replay returns the original response, is not documented.
                 * @example f9a030bd-e492-4c1a-9c70-021f18234981
                 */
                "MS-RequestId"?: components["parameters"]["MsRequestId"];
                /**
                 * @description GUID used to trace the call across Partner Center services. Microsoft recommends sending it on every call, with a new value per call. If absent, the server generates one.
                 * @example 03d6064a-f048-4aee-8892-ed46dc5c8bee
                 */
                "MS-CorrelationId"?: components["parameters"]["MsCorrelationId"];
                /**
                 * @description Correlation vector used for internal request tracing. If absent, the server generates one.
                 * @example rjLONPum/Uq94UQA.0
                 */
                "MS-CV"?: components["parameters"]["MsCv"];
                /**
                 * @description Language and region in which localized content is returned. Defaults to `en-US`, which is also the official SDK's default.
                 * @example en-US
                 */
                "X-Locale"?: components["parameters"]["XLocale"];
                /**
                 * @description Free-form name of the application calling Partner Center, for Microsoft's diagnostics.
                 * @example Contoso Partner Portal
                 */
                "MS-PartnerCenter-Application"?: components["parameters"]["MsPartnerCenterApplication"];
            };
            path: {
                /**
                 * @description The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
                 * @example 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
                 */
                customer_id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listManagedServices: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Idempotency key for the call, a GUID. Reuse the same value only when retrying a call that timed out; after any response, successful or not, use a new value for the next call. The official .NET SDK keeps one value across its automatic retries. If the header is absent the server generates an ID. How long the server remembers a value, and whether a replay returns the original response, is not documented.
                 * @example f9a030bd-e492-4c1a-9c70-021f18234981
                 */
                "MS-RequestId"?: components["parameters"]["MsRequestId"];
                /**
                 * @description GUID used to trace the call across Partner Center services. Microsoft recommends sending it on every call, with a new value per call. If absent, the server generates one.
                 * @example 03d6064a-f048-4aee-8892-ed46dc5c8bee
                 */
                "MS-CorrelationId"?: components["parameters"]["MsCorrelationId"];
                /**
                 * @description Correlation vector used for internal request tracing. If absent, the server generates one.
                 * @example rjLONPum/Uq94UQA.0
                 */
                "MS-CV"?: components["parameters"]["MsCv"];
                /**
                 * @description Language and region in which localized content is returned. Defaults to `en-US`, which is also the official SDK's default.
                 * @example en-US
                 */
                "X-Locale"?: components["parameters"]["XLocale"];
                /**
                 * @description Free-form name of the application calling Partner Center, for Microsoft's diagnostics.
                 * @example Contoso Partner Portal
                 */
                "MS-PartnerCenter-Application"?: components["parameters"]["MsPartnerCenterApplication"];
            };
            path: {
                /**
                 * @description The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
                 * @example 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
                 */
                customer_id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer's managed services. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedServiceCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCustomerServiceIncidents: {
        parameters: {
            query?: {
                /**
                 * @description Filter operator, as listed by the official swagger. The swagger labels it an int32 yet enumerates the `FieldFilterOperation` names, and it is the only member of its filter model; most plausibly the field and value were lost when the swagger was generated from a complex query object. As far as anyone can tell, an operator sent on its own, without a field and value, has no effect; use the `filter` parameter to actually filter. The REST reference types it as an int32, so the SDK ordinals (0 to 10) are accepted as well as the names.
                 * @example equals
                 */
                "filter.operator"?: components["parameters"]["FilterOperator"];
                /** @description Filter as a URL-encoded JSON object, the form the official .NET SDK sends, for example `{"Field":"Resolved","Value":"false","Operator":"equals"}` to list only unresolved incidents (`filter=%7B%22Field%22%3A%22Resolved%22%2C%22Value%22%3A%22false%22%2C%22Operator%22%3A%22equals%22%7D`). `Resolved` is the only searchable incident field; `Value` is `true` or `false`. Clients must serialize the object with `JSON.stringify` before URL-encoding it. The SDK uses this parameter on the partner-level incidents path; that the customer-level path accepts it too is not documented but most plausible, since both are served by the same query model. */
                filter?: components["parameters"]["Filter"];
            };
            header?: {
                /**
                 * @description Idempotency key for the call, a GUID. Reuse the same value only when retrying a call that timed out; after any response, successful or not, use a new value for the next call. The official .NET SDK keeps one value across its automatic retries. If the header is absent the server generates an ID. How long the server remembers a value, and whether a replay returns the original response, is not documented.
                 * @example f9a030bd-e492-4c1a-9c70-021f18234981
                 */
                "MS-RequestId"?: components["parameters"]["MsRequestId"];
                /**
                 * @description GUID used to trace the call across Partner Center services. Microsoft recommends sending it on every call, with a new value per call. If absent, the server generates one.
                 * @example 03d6064a-f048-4aee-8892-ed46dc5c8bee
                 */
                "MS-CorrelationId"?: components["parameters"]["MsCorrelationId"];
                /**
                 * @description Correlation vector used for internal request tracing. If absent, the server generates one.
                 * @example rjLONPum/Uq94UQA.0
                 */
                "MS-CV"?: components["parameters"]["MsCv"];
                /**
                 * @description Language and region in which localized content is returned. Defaults to `en-US`, which is also the official SDK's default.
                 * @example en-US
                 */
                "X-Locale"?: components["parameters"]["XLocale"];
                /**
                 * @description Free-form name of the application calling Partner Center, for Microsoft's diagnostics.
                 * @example Contoso Partner Portal
                 */
                "MS-PartnerCenter-Application"?: components["parameters"]["MsPartnerCenterApplication"];
            };
            path: {
                /**
                 * @description The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
                 * @example 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
                 */
                customer_id: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer's incidents and message-center posts. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceIncidentDetailCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateServiceRequest: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Idempotency key for the call, a GUID. Reuse the same value only when retrying a call that timed out; after any response, successful or not, use a new value for the next call. The official .NET SDK keeps one value across its automatic retries. If the header is absent the server generates an ID. How long the server remembers a value, and whether a replay returns the original response, is not documented.
                 * @example f9a030bd-e492-4c1a-9c70-021f18234981
                 */
                "MS-RequestId"?: components["parameters"]["MsRequestId"];
                /**
                 * @description GUID used to trace the call across Partner Center services. Microsoft recommends sending it on every call, with a new value per call. If absent, the server generates one.
                 * @example 03d6064a-f048-4aee-8892-ed46dc5c8bee
                 */
                "MS-CorrelationId"?: components["parameters"]["MsCorrelationId"];
                /**
                 * @description Correlation vector used for internal request tracing. If absent, the server generates one.
                 * @example rjLONPum/Uq94UQA.0
                 */
                "MS-CV"?: components["parameters"]["MsCv"];
                /**
                 * @description Language and region in which localized content is returned. Defaults to `en-US`, which is also the official SDK's default.
                 * @example en-US
                 */
                "X-Locale"?: components["parameters"]["XLocale"];
                /**
                 * @description Free-form name of the application calling Partner Center, for Microsoft's diagnostics.
                 * @example Contoso Partner Portal
                 */
                "MS-PartnerCenter-Application"?: components["parameters"]["MsPartnerCenterApplication"];
            };
            path: {
                /**
                 * @description ID of the service request. The documentation calls it a GUID, but every documented example is a 15-digit number such as `616122292874576`, so any non-empty string is accepted.
                 * @example 616122292874576
                 */
                servicerequest_id: components["parameters"]["ServiceRequestId"];
            };
            cookie?: never;
        };
        /** @description A partial `ServiceRequest` holding only the values to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceRequest"];
                "text/json": components["schemas"]["ServiceRequest"];
            };
        };
        responses: {
            /** @description The updated service request. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const customerPartnerRelationshipValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CustomerPartnerRelationship"]> = ["unknown", "reseller", "advisor", "syndication", "microsoft_support", "none"];
export const fieldFilterOperationValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FieldFilterOperation"]> = ["equals", "not_equals", "greater_than", "greater_than_or_equals", "less_than", "less_than_or_equals", "substring", "and", "or", "starts_with", "not_starts_with"];
export const messageTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MessageType"]> = ["none", "incident", "message_center", "all"];
export const serviceIncidentStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServiceIncidentStatus"]> = ["normal", "information", "warning", "critical"];
export const serviceRequestSeverityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServiceRequestSeverity"]> = ["unknown", "critical", "moderate", "minimal"];
export const serviceRequestStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServiceRequestStatus"]> = ["none", "open", "closed", "attention_needed"];
