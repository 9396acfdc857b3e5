// Generated from openapi/ by packages/types/scripts/generate.mjs with openapi-typescript. Do not edit:
// change the spec and run `npm run generate` (or `npm run build`).
export interface paths {
    "/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List or search the partner's customers
         * @description Returns the partner's customers one page at a time, optionally only those matching a
         *     search filter. Partner Center documentation:
         *     [Get a list of customers](https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-customers),
         *     [Get a list of customers filtered by a search field](https://learn.microsoft.com/en-us/partner-center/developer/get-a-customer-by-name)
         *     and
         *     [Get customers of an indirect reseller](https://learn.microsoft.com/en-us/partner-center/developer/get-customers-of-an-indirect-reseller).
         *
         *     - Accepts App+User and App-only tokens, except that searching by `IndirectReseller`
         *       (an indirect provider listing one reseller's customers) needs App+User.
         *     - Paging: seek form. Follow `links.next`, which repeats the query with
         *       `seekOperation=Next` and carries the `MS-ContinuationToken` header (also returned
         *       as `continuationToken`), until a page has no `next` link. The evidence is the
         *       official SDKs, which return a `SeekBasedResourceCollection<Customer>` and page
         *       through it with an enumerator, the SDK's configuration of this route
         *       (`size`, `seekOperation`, `filter`, `MS-ContinuationToken`) and the official
         *       swagger's `seekOperation` and `size` parameters. The documented examples are all
         *       single pages without a `next` link.
         *     - `filter` takes a JSON object (`Field`, `Value`, `Operator`), searching company
         *       names or default domains by prefix (case-insensitive), or an indirect reseller's
         *       or indirect provider's customers by tenant ID; `starts_with` is the only operator.
         *     - `size`: one page's table calls it required, the others optional; the SDK sends no
         *       `size` when listing everything and `size=0` for a search without a page size (as
         *       both search examples do). Optional here, `0` allowed; no default or maximum is
         *       documented. The indirect-reseller page's syntax table joins the parameters with a
         *       second `?`; its example uses `&`, as described here.
         *     - List items carry the company profile (domain, name) and the relationship, but no
         *       billing profile, `allowDelegatedAccess` or credentials; fetch a customer by ID for
         *       those.
         *     - The Customer resource is limited to 500 requests per minute per tenant; whether
         *       that limit covers this partner-wide list is not stated.
         */
        get: operations["listCustomers"];
        put?: never;
        /**
         * Create a customer
         * @description Creates a customer: a new Microsoft Entra tenant with the requested
         *     `onmicrosoft.com` domain, the partner's reseller relationship with it (used for
         *     delegated admin privileges) and an administrator account, whose generated user name
         *     and password come back in `userCredentials` of this response only. Partner Center
         *     documentation:
         *     [Create a customer](https://learn.microsoft.com/en-us/partner-center/developer/create-a-customer)
         *     and
         *     [Create a customer for an indirect reseller](https://learn.microsoft.com/en-us/partner-center/developer/create-a-customer-for-an-indirect-reseller).
         *
         *     - Accepts App+User and App-only tokens for direct customers. An indirect provider
         *       creating a customer for one of its indirect resellers sets `associatedPartnerId` to
         *       the reseller's tenant ID and needs App+User; the reseller must have a partnership
         *       with the provider. Without `associatedPartnerId` the customer becomes a direct
         *       customer of the indirect provider.
         *     - Required: the company profile's `domain` and the billing profile's `email`,
         *       `culture`, `language`, `companyName` and `defaultAddress`. Some countries also
         *       require `companyProfile.organizationRegistrationNumber` and the address's
         *       `phoneNumber` (error 600051 when the phone number is missing).
         *     - Validate the address first (`validateAddress`) and check the domain
         *       (`verifyDomainAvailability`): in the sandbox, a customer created with an invalid
         *       address cannot be deleted afterwards.
         *     - The page calls the call idempotent and `MS-RequestId` and `MS-CorrelationId`
         *       required; they are declared optional like everywhere else here (the SDK always
         *       sends both). Reuse the same `MS-RequestId` only to retry after a timeout.
         *     - Answers `201 Created` with the new customer (the official swagger says 200; the
         *       pages' examples win). No `Location` header is documented.
         *     - The indirect-reseller page's table marks `associatedPartnerId` required while its
         *       text says it may be left out, and lists `domain` as a top-level field; its example
         *       puts `domain` inside `companyProfile`, as described here.
         *     - The swagger notes an extra request header, `GenerateReadWriteConsistencyToken`;
         *       no page documents it, so it is not declared.
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/v1/validations/address": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate an address
         * @description Checks a postal address, typically before creating a customer or changing a
         *     customer's profile, and answers with a status and suggested corrections. Partner
         *     Center documentation:
         *     [Validate an address](https://learn.microsoft.com/en-us/partner-center/developer/validate-an-address).
         *
         *     - Accepts App+User and App-only tokens.
         *     - An address that fails validation is still a `200` answer: read `status`
         *       (`VerifiedShippable`, `Verified`, `InteractionRequired`, `StreetPartial`,
         *       `PremisesPartial`, `Multiple`, `None`, `NotValidated`) and `suggestedAddresses`.
         *     - The state is checked against a list of valid states only for the United States,
         *       Canada, China and Mexico; elsewhere only its form is checked. The page's table
         *       marks `state` required, but the SDK's own sample validates an address without one
         *       (Moldova); it is optional here. `addressLine1`, `city`, `postalCode` and `country`
         *       are required.
         *     - The page's table writes the status values as words ("Verified shippable"); its
         *       examples and the SDK sample use PascalCase (`VerifiedShippable`), as described here.
         *     - Not paged. No throttling limit is published for this operation.
         */
        post: operations["validateAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The full domain name to check, for example `contosoretail.onmicrosoft.com`. A name with characters a domain cannot contain is rejected with 400 (the SDK's sample checks this with `abc!.ccsctp.net`).
                 * @example contosoretail.onmicrosoft.com
                 */
                domain: components["parameters"]["Domain"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /**
         * Check whether a domain is still available
         * @description Tells whether a domain name, such as the `onmicrosoft.com` domain of a customer about
         *     to be created, is already in use. The answer is the status code alone. Partner Center
         *     documentation:
         *     [Verify domain availability](https://learn.microsoft.com/en-us/partner-center/developer/verify-domain-availability).
         *
         *     - Accepts App+User and App-only tokens.
         *     - `200` means the domain exists, so it is **not** available; `404` means it was not
         *       found, so it **is** available. The 404 is the expected "available" answer, not an
         *       error: the official SDK's `Exists()` turns it into `false`.
         *     - Neither answer has a body (`Content-Length: 0`), and being a `HEAD` request no
         *       error answer carries one either: the error bodies of the shared 4xx/5xx responses
         *       are never received, only their status and headers.
         *     - A name with characters a domain cannot have gets 400 (the SDK sample's check).
         *     - Not paged. No throttling limit is published for this operation.
         *     - The official swagger declares a boolean body on 200, which a `HEAD` answer cannot
         *       have; the page's examples (no body) win.
         */
        head: operations["verifyDomainAvailability"];
        patch?: never;
        trace?: never;
    };
    "/v1/customers/relationshiprequests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the reseller relationship invitation link
         * @description Returns the URL that the partner sends to an existing Microsoft customer to become
         *     its reseller; the customer's global administrator accepts the invitation in the
         *     Microsoft 365 admin center. Partner Center documentation:
         *     [Retrieve a relationship request URL](https://learn.microsoft.com/en-us/partner-center/developer/request-reseller-relationship).
         *
         *     - Requires an App+User token; App-only tokens are not supported.
         *     - Not paged. No throttling limit is published for this operation.
         *     - The page lists the global cloud and 21Vianet (and the retired Germany cloud), not
         *       Microsoft Cloud for US Government.
         *     - The official swagger also lists optional query parameters for indirect
         *       relationships (`indirectResellerId`, `indirectCloudSolutionProviderId`,
         *       `dualRoleIndirectRelationship`); no page documents them, so they are not
         *       described here.
         */
        get: operations["getRelationshipRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agreement templates
         * @description Returns the metadata of the agreement templates whose customer acceptance partners
         *     can confirm, chiefly the `templateId` that `createCustomerAgreement` needs. Partner
         *     Center documentation:
         *     [Get agreement metadata for Microsoft Cloud Agreement](https://learn.microsoft.com/en-us/partner-center/developer/get-agreement-metadata)
         *     and
         *     [Get agreement metadata for the Microsoft Customer Agreement](https://learn.microsoft.com/en-us/partner-center/developer/get-customer-agreement-metadata).
         *
         *     - Requires an App+User token. The Microsoft Customer Agreement page says App+User
         *       only; the Microsoft Cloud Agreement page names App+User without saying "only" or
         *       mentioning App-only. One operation serves both, so the stricter statement is
         *       followed; that App-only tokens might also work for the Microsoft Cloud Agreement is
         *       not documented.
         *     - `agreementType` picks the type; without it only `MicrosoftCloudAgreement` metadata
         *       is returned. `*` returns every type, including types Microsoft adds later.
         *     - Both pages' tables call the query parameter `agreement-type`; the example and the
         *       SDK send `agreementType`. The metadata resource table names the type property
         *       `type`; the examples, the swagger and the SDK send `agreementType`, plus an
         *       undocumented `versionRank`. The examples win in both cases.
         *     - Not paged. No throttling limit is published for this operation.
         *     - Only in the global cloud: not in 21Vianet or Microsoft Cloud for US Government.
         */
        get: operations["listAgreementMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customer_id}/agreements": {
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
         * List a customer's agreement confirmations
         * @description Returns the confirmations, given earlier by the partner, that the customer accepted a
         *     Microsoft agreement. Partner Center documentation:
         *     [Get confirmation of customer acceptance of Microsoft Customer Agreement](https://learn.microsoft.com/en-us/partner-center/developer/get-confirmation-of-customer-agreement)
         *     and
         *     [Get confirmation of customer acceptance of Microsoft Cloud Agreement](https://learn.microsoft.com/en-us/partner-center/developer/get-confirmation-of-customer-consent).
         *
         *     - Requires an App+User token; App-only tokens are not supported.
         *     - `agreementType` picks the type; without it only `MicrosoftCloudAgreement`
         *       confirmations are returned, and `*` returns all types. The tables call the
         *       parameter `agreement-type`; the example and the SDK send `agreementType`.
         *     - The documented items carry no `userId`, `links` or `attributes`, and the
         *       collection no `links` or `attributes`.
         *     - Not paged. No throttling limit is published for this operation.
         *     - Only in the global cloud: not in 21Vianet or Microsoft Cloud for US Government.
         */
        get: operations["listCustomerAgreements"];
        put?: never;
        /**
         * Confirm a customer's acceptance of an agreement
         * @description Records the partner's confirmation that the customer accepted an agreement (in the
         *     documentation, the Microsoft Customer Agreement): who accepted it, when, and which
         *     template. Also used to reconfirm. Partner Center documentation:
         *     [Confirm customer acceptance of the Microsoft Customer Agreement](https://learn.microsoft.com/en-us/partner-center/developer/confirm-customer-consent-customer-agreement).
         *
         *     - Requires an App+User token; App-only tokens are not supported. The service fills
         *       `userId` from the token.
         *     - Get the `templateId` from `listAgreementMetadata` first. Required: `primaryContact`
         *       (first name, last name, email; phone optional), `dateAgreed` and `templateId`.
         *       The page also lists `type` as a minimum field, but the .NET SDK's own sample omits
         *       it; it is optional here (most plausibly derived from the template; not documented).
         *     - A new confirmation is accepted only when the contact's name, email or phone differs
         *       from an existing one; otherwise the page shows error 600061
         *       (`PartnerConfirmedAgreementAlreadyExists`). Its HTTP status is not documented
         *       (most plausibly 400), and its body (`code`, `message`, `description`, `errorName`,
         *       `isRetryable`, ...) differs from the usual `PartnerCenterError` envelope: it has no
         *       `source`.
         *     - Answers `201 Created` with the recorded confirmation.
         *     - Not paged. No throttling limit is published for this operation.
         *     - Only in the global cloud: not in 21Vianet or Microsoft Cloud for US Government.
         */
        post: operations["createCustomerAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the products of a catalog view in a country
         * @description Returns the catalog products of one view (`targetView`) that can be sold in a country.
         *     Partner Center documentation:
         *     [Get a list of products (by country)](https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-products).
         *
         *     - Accepts App+User and App-only tokens.
         *     - `country` and `targetView` are required. `targetSegment` restricts the list to one
         *       customer segment; `reservationScope=AzurePlan` returns the Azure reservation products
         *       for Azure plans instead of those for Microsoft Azure (MS-AZR-0145P) subscriptions.
         *     - A view or segment the partner may not use is rejected with 403 (codes 400036 and
         *       400030).
         *     - Paged, offset form: follow `links.next`, whose URI carries the next offset. The page
         *       itself shows neither paging parameters nor a `next` link (its example is a single page).
         *       The evidence is the official SDKs: the .NET SDK pages products with its index-based
         *       enumerator (`Enumerators.Products`, used by its "Product Paging" feature sample) and
         *       the Java SDK with its `ResourceCollection<Product>` enumerator. That the first request
         *       may also send `size` and `offset` is not documented; the service most plausibly
         *       accepts them, as on its other offset-paged lists.
         *     - One request example of the page writes `targetView=AzureAzureReservationsVM`, which is
         *       not a listed view; the listed `AzureReservationsVM` (used by the page's next example)
         *       is what is described.
         *     - No throttling limit is published for this operation.
         *     - A customer-scoped variant (`/v1/customers/{customer_id}/products`) exists but is not
         *       described here.
         */
        get: operations["listProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a catalog product, for example `CFQ7TTC0LH18` (Microsoft 365 Business Basic) or `DZH318Z0BPS6` (Azure plan). Product IDs are normally 12-character codes; links in older orders also point at products identified by GUIDs, so any non-empty string is accepted.
                 * @example CFQ7TTC0LH18
                 */
                product_id: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        /**
         * Get a product by ID
         * @description Returns one catalog product as sold in a country. Partner Center documentation:
         *     [Get a product by ID](https://learn.microsoft.com/en-us/partner-center/developer/get-a-product-by-id).
         *
         *     - Accepts App+User and App-only tokens.
         *     - `country` is required by the page (the PowerShell module falls back to the partner's
         *       own country when it is left out; whether the REST service does is not documented).
         *     - An unknown product gets 404 with code 400013.
         *     - No throttling limit is published for this operation.
         */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{product_id}/skus": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a catalog product, for example `CFQ7TTC0LH18` (Microsoft 365 Business Basic) or `DZH318Z0BPS6` (Azure plan). Product IDs are normally 12-character codes; links in older orders also point at products identified by GUIDs, so any non-empty string is accepted.
                 * @example CFQ7TTC0LH18
                 */
                product_id: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        /**
         * List a product's SKUs in a country
         * @description Returns the SKUs of a product that can be sold in a country. Partner Center documentation:
         *     [Get a list of SKUs for a product (by country)](https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-skus-for-a-product).
         *
         *     - Accepts App+User and App-only tokens.
         *     - `country` is required. `targetSegment` restricts the list to one customer segment;
         *       `reservationScope=AzurePlan` returns, for an Azure reservation product, the SKUs for
         *       Azure plans instead of those for Microsoft Azure (MS-AZR-0145P) subscriptions.
         *     - 404 with code 400013 when the product does not exist; 403 with code 400030 when the
         *       segment is not allowed.
         *     - The collection is not paged: the page documents no paging parameters and the official
         *       .NET SDK has no enumerator for it.
         *     - No throttling limit is published for this operation.
         *     - A customer-scoped variant (`/v1/customers/{customer_id}/products/{product_id}/skus`)
         *       exists but is not described here.
         */
        get: operations["listSkus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{product_id}/skus/{sku_id}/availabilities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a catalog product, for example `CFQ7TTC0LH18` (Microsoft 365 Business Basic) or `DZH318Z0BPS6` (Azure plan). Product IDs are normally 12-character codes; links in older orders also point at products identified by GUIDs, so any non-empty string is accepted.
                 * @example CFQ7TTC0LH18
                 */
                product_id: components["parameters"]["ProductId"];
                /**
                 * @description ID of a SKU of the product, for example `0001`. A SKU ID is unique only within its parent product.
                 * @example 0001
                 */
                sku_id: components["parameters"]["SkuId"];
            };
            cookie?: never;
        };
        /**
         * List a SKU's availabilities in a country
         * @description Returns the availabilities of a SKU in a country: the configurations (currency, segment,
         *     terms) in which it can be bought, each with the `catalogItemId` that carts and orders
         *     use. Partner Center documentation:
         *     [Get a list of availabilities for a SKU (by country)](https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-availabilities-for-a-sku).
         *
         *     - Accepts App+User and App-only tokens.
         *     - `country` is required. `targetSegment` restricts the list to one customer segment;
         *       `reservationScope=AzurePlan` returns, for an Azure reservation SKU, the availabilities
         *       for Azure plans.
         *     - `targetView` is not in the page's parameter table but two of its request examples send
         *       it; it is declared as optional, and most plausibly has no effect (not documented).
         *     - Availability and catalog item IDs can change over time: read them shortly before
         *       buying.
         *     - 403 with code 400030 when the segment is not allowed.
         *     - The collection is not paged. No throttling limit is published for this operation.
         *     - A customer-scoped variant
         *       (`/v1/customers/{customer_id}/products/{product_id}/skus/{sku_id}/availabilities`)
         *       exists but is not described here.
         */
        get: operations["listAvailabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customer_id}/carts": {
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
        get?: never;
        put?: never;
        /**
         * Create a cart
         * @description Creates a cart of items to buy for a customer; checking it out places the orders.
         *     Partner Center documentation: [Create a cart](https://learn.microsoft.com/en-us/partner-center/developer/create-a-cart) and
         *     [Create a cart with add-ons](https://learn.microsoft.com/en-us/partner-center/developer/create-a-cart-with-add-ons).
         *
         *     - Accepts App+User and App-only tokens.
         *     - Returns 201 with the cart. The service assigns `id`, the timestamps, `status`
         *       (`Active`), and each line item's `currencyCode` and `orderGroup`; a problem with a line
         *       item is reported in its `error` rather than failing the call.
         *     - Each line item needs `id`, `catalogItemId` (an availability's catalog item ID),
         *       `quantity` and `billingCycle`; SKUs with `provisioningVariables` also need those keys
         *       in `provisioningContext`.
         *     - Add-ons: for a new base subscription, nest them in the base item's `addonItems`; for an
         *       existing subscription, buy the add-on's catalog item with
         *       `provisioningContext.parentSubscriptionId` set to that subscription.
         *     - The carts in the examples expire about 15 minutes after their last change.
         *     - Where the pages' body tables and examples differ, the examples are followed:
         *       `catalogItemId` (tables: `catalogId`), integer line item `id` (tables: string), string
         *       `billingCycle` (tables: object), one `renewsTo` object (tables: array) and
         *       `creationTimestamp`-style names (tables: `creationTimeStamp`). The example's `/* ... *\/`
         *       comments and trailing commas are not part of the JSON.
         *     - Property names are accepted in any casing: the add-on page sends PascalCase, as the
         *       .NET SDK does.
         *     - Cart creation is on the list of APIs with enforced throttling limits (listed there
         *       under the cart-ID path); no number is published.
         */
        post: operations["createCart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customer_id}/carts/{cart_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
                 * @example 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
                 */
                customer_id: components["parameters"]["CustomerId"];
                /**
                 * @description ID of a cart, a GUID returned in `id` when the cart is created. Carts expire after a short time (see the cart's `expirationTimestamp`).
                 * @example 7b3e0f2a-5c1d-4e8b-9a6f-2d4c8b1e0a35
                 */
                cart_id: components["parameters"]["CartId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update a cart
         * @description Replaces the line items of an existing cart and returns the updated cart. Partner Center
         *     documentation: [Update a cart](https://learn.microsoft.com/en-us/partner-center/developer/update-a-cart).
         *
         *     - Accepts App+User and App-only tokens.
         *     - Send the cart with all its line items (`lineItems` is required by the page). That the
         *       line items sent replace the cart's current ones is the most plausible reading of a
         *       `PUT` (not documented). Only an `Active` cart can be changed; once checked out it is
         *       `Ordered`.
         *     - The page's response example shows `201 Created`, which is declared here; its headers
         *       are those of the create-a-cart example, so a `200` from the real service is plausible
         *       too (not documented). Treat any 2xx as success.
         *     - The page's request example is PascalCase and not valid JSON (an extra pair of braces, a
         *       trailing comma); its response writes `ProvisioningContext` in PascalCase and misses a
         *       comma. The examples here are corrected and camelCase.
         *     - A cart being processed by another request gets 409 (code 800064); an unknown cart 404
         *       (code 800008).
         *     - On the list of APIs with enforced throttling limits; no number is published.
         */
        put: operations["updateCart"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customer_id}/carts/{cart_id}/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
                 * @example 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
                 */
                customer_id: components["parameters"]["CustomerId"];
                /**
                 * @description ID of a cart, a GUID returned in `id` when the cart is created. Carts expire after a short time (see the cart's `expirationTimestamp`).
                 * @example 7b3e0f2a-5c1d-4e8b-9a6f-2d4c8b1e0a35
                 */
                cart_id: components["parameters"]["CartId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check out a cart
         * @description Checks out a cart: the service creates one order per order group of the cart's line items
         *     and returns the orders and the groups that failed. Partner Center documentation:
         *     [Checkout a cart](https://learn.microsoft.com/en-us/partner-center/developer/checkout-a-cart).
         *
         *     - Accepts App+User and App-only tokens.
         *     - No request body (the example sends `Content-Length: 0`).
         *     - Returns 201 with a `CartCheckoutResult`: `orders` and `orderErrors`, so a checkout can
         *       partly succeed. Fix or re-create the failed groups' items and buy them again.
         *     - The page's Java sample assigns the result to a `Cart`; the REST response (and the .NET
         *       SDK) is a `CartCheckoutResult`, which is described here. Its example elides parts of
         *       each order (`...`).
         *     - A cart already checked out gets 400 (code 800065), a cart being processed by another
         *       request 409 (code 800064), an unknown cart 404 (code 800008).
         *     - When retrying after a timeout, resend the same `MS-RequestId`: the service uses it to
         *       recognise the retry (the idempotency rule of the common headers).
         *     - On the list of APIs with enforced throttling limits; the Order resource allows 500
         *       requests per minute per tenant.
         */
        post: operations["checkoutCart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customer_id}/orders": {
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
         * List a customer's orders
         * @description Returns a customer's orders, optionally only those with one billing cycle. Partner Center
         *     documentation: [Get all of a customer's orders](https://learn.microsoft.com/en-us/partner-center/developer/get-all-of-a-customer-s-orders) and
         *     [Get a list of orders by customer and billing cycle type](https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-orders-by-customer-and-billing-cycle-type).
         *
         *     - Accepts App+User and App-only tokens.
         *     - `billingType` filters on the billing cycle; the page's example sends `onetime`.
         *     - A new order can take up to 15 minutes to appear in the list.
         *     - The collection is not paged: the pages show no paging parameters or `next` link, and the
         *       official .NET SDK has no enumerator for orders.
         *     - The official SDK can also send `include_price`, which the pages do not document; it is
         *       not described here.
         *     - On the list of APIs with enforced throttling limits; the Order resource allows 500
         *       requests per minute per tenant.
         */
        get: operations["listOrders"];
        put?: never;
        /**
         * Create an order
         * @description Places an order for a customer directly, without a cart. Partner Center documentation:
         *     [Create an order](https://learn.microsoft.com/en-us/partner-center/developer/create-an-order) and
         *     [Create an order for a customer of an indirect reseller](https://learn.microsoft.com/en-us/partner-center/developer/create-an-order-for-a-customer-of-an-indirect-reseller).
         *
         *     - Accepts App+User and App-only tokens, but an indirect provider ordering for a customer
         *       of one of its indirect resellers (with `partnerIdOnRecord`) needs an App+User token:
         *       that page supports App+User only.
         *     - The body is an `Order` with `lineItems`; each line item needs `lineItemNumber`,
         *       `offerId` (an availability's catalog item ID, or a legacy offer ID) and `quantity`.
         *       `referenceCustomerId` is the customer's tenant ID (required by the indirect-reseller
         *       page). `billingCycle` defaults to `monthly` or `one_time`.
         *     - For a customer of an indirect reseller, put the reseller's partner ID (MPN ID) in each
         *       line item's `partnerIdOnRecord`; without it the order still succeeds, but the reseller
         *       is not credited.
         *     - Returns 201 with the order; it can still be `pending`, with a `provisioningStatus`
         *       link to follow.
         *     - Orders for Azure reserved VM instances apply only to the global Partner Center, not to
         *       the national clouds, according to the page.
         *     - The create-an-order table calls `renewsTo` an array; it is one object (see the cart
         *       examples and the official SDK).
         *     - Property names are accepted in any casing: both pages' examples are PascalCase, as the
         *       .NET SDK sends them; when retrying after a timeout, resend the same `MS-RequestId`.
         *     - An order already in progress gets 409 (code 800060).
         *     - On the list of APIs with enforced throttling limits; the Order resource allows 500
         *       requests per minute per tenant.
         */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customer_id}/orders/{order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
                 * @example 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
                 */
                customer_id: components["parameters"]["CustomerId"];
                /**
                 * @description ID of an order. Some pages call it a GUID, and older orders do have GUID IDs, but current orders have 33-character IDs such as `kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1`, so any non-empty string is accepted.
                 * @example kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1
                 */
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /**
         * Get an order by ID
         * @description Returns one of a customer's orders. Partner Center documentation:
         *     [Get an order by ID](https://learn.microsoft.com/en-us/partner-center/developer/get-an-order-by-id).
         *
         *     - Accepts App+User and App-only tokens.
         *     - An unknown order gets 404 (code 20000, "Order ID not found").
         *     - The official SDK can also send `include_price`, which the page does not document; it
         *       is not described here.
         *     - On the list of APIs with enforced throttling limits; the Order resource allows 500
         *       requests per minute per tenant.
         */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an order (cancel, change billing cycle, buy an add-on)
         * @description Changes an existing order and returns it. The body is a partial `Order`; the uses are
         *     documented:
         *
         *     - **Cancel an integration-sandbox order**: `status: cancelled`. Only from integration
         *       sandbox accounts, for reserved instance, software and third-party SaaS orders no older
         *       than 60 days.
         *       [Cancel an order from the integration sandbox](https://learn.microsoft.com/en-us/partner-center/developer/cancel-an-order-from-the-integration-sandbox).
         *     - **Cancel software purchases**: `status: cancelled` and, optionally, `lineItems` naming
         *       the line items to cancel (`lineItemNumber`, `offerId`), within the cancellation window.
         *       Cancelled line items come back with quantity 0; the order becomes `cancelled` when all
         *       its items are, and stays `completed` otherwise.
         *       [Cancel software purchases](https://learn.microsoft.com/en-us/partner-center/developer/cancel-software-purchases).
         *     - **Change the billing cycle** between `monthly` and `annual`: `billingCycle`, with
         *       `referenceCustomerId` and the order's line items (`lineItemNumber`, `offerId`,
         *       `subscriptionId`, `quantity`). Not for trials, offers without an annual term, Azure,
         *       inactive subscriptions or licence-based online services subscriptions.
         *       [Change the billing cycle](https://learn.microsoft.com/en-us/partner-center/developer/change-the-billing-cycle).
         *     - **Buy an add-on for a subscription**: `referenceCustomerId` and one line item with the
         *       add-on's `offerId`, `quantity` and the existing subscription in `parentSubscriptionId`,
         *       sent to the order that bought that subscription. The response lists the new line item
         *       with its new subscription.
         *       [Purchase an add-on to a subscription](https://learn.microsoft.com/en-us/partner-center/developer/purchase-an-add-on-to-a-subscription).
         *
         *     Notes:
         *
         *     - Accepts App+User and App-only tokens (all of its pages).
         *     - Which other fields PATCH changes is not documented.
         *     - Property names are accepted in any casing: the billing-cycle and add-on pages send
         *       PascalCase with nulls, as the .NET SDK does. The billing-cycle page writes `Annual`;
         *       `annual` is used here. The sandbox page's body has a trailing comma (not valid JSON);
         *       the examples here are corrected.
         *     - Some pages call the order ID a GUID; most examples show 33-character order IDs.
         *     - Documented failures include 400 with codes 800061 ("Order cannot be canceled"), 800063
         *       (cancel the subscription instead), 6000 and 6001 (billing cycle cannot be changed), and
         *       409 with code 800014 (an adjustment is already pending for this order).
         *     - On the list of APIs with enforced throttling limits (as "purchase an add-on"); the
         *       Order resource allows 500 requests per minute per tenant.
         */
        patch: operations["updateOrder"];
        trace?: never;
    };
    "/v1/customers/{customer_id}/subscriptions": {
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
         * List a customer's subscriptions
         * @description Returns the customer's subscriptions, or only those created by one order (`order_id`)
         *     or sold by one reseller (`mpn_id`). Partner Center documentation:
         *     [Get a customer's subscriptions](https://learn.microsoft.com/en-us/partner-center/developer/get-all-of-a-customer-s-subscriptions),
         *     [Get a list of subscriptions by order](https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-subscriptions-by-order)
         *     and
         *     [Get a customer's subscriptions by partner MPN ID](https://learn.microsoft.com/en-us/partner-center/developer/get-all-subscriptions-by-partner).
         *
         *     - Accepts App+User and App-only tokens.
         *     - Not paged: there are no paging parameters, and the whole list comes in one
         *       response.
         *     - Throttled: the Subscription resource allows 500 requests per minute per tenant, and
         *       this path is on the list of APIs with enforced limits.
         *     - `order_id` and `mpn_id` each have their own page; what the service does with both
         *       is not documented, so send at most one. The order page calls
         *       the order ID a GUID, but current order IDs are opaque strings; the MPN page types
         *       the MPN ID as an integer, described here as a string of digits.
         *     - The documented examples of the first two pages carry broken date-times such as
         *       `2015-11-25T06: 41: 12Z`; real responses use ISO 8601.
         */
        get: operations["listSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customer_id}/subscriptions/{subscription_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
                 * @example 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
                 */
                customer_id: components["parameters"]["CustomerId"];
                /**
                 * @description ID of one of the customer's subscriptions, a GUID. This is the Partner Center (commerce) subscription ID, not the `entitlementId` (the Azure subscription ID) of an Azure subscription. The documented examples write it in upper case as well as lower case; the service most plausibly compares it case-insensitively (not documented).
                 * @example a4c1340d-6911-4758-bba3-0c4c6007d161
                 */
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        /**
         * Get a subscription by ID
         * @description Returns one of the customer's subscriptions. Partner Center documentation:
         *     [Get a subscription by ID](https://learn.microsoft.com/en-us/partner-center/developer/get-a-subscription-by-id).
         *
         *     - Accepts App+User and App-only tokens.
         *     - An add-on subscription carries `parentSubscriptionId` and a `parentSubscription`
         *       link.
         *     - `attributes.etag` is the version to send in `If-Match` when updating.
         *     - Throttled: the Subscription resource allows 500 requests per minute per tenant, and
         *       this path is on the list of APIs with enforced limits.
         */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a subscription
         * @description Changes a subscription and returns it. One operation serves six documented tasks,
         *     each by changing one field:
         *
         *     - **Quantity** (`quantity`):
         *       [Change the quantity of a subscription](https://learn.microsoft.com/en-us/partner-center/developer/change-the-quantity-of-a-subscription).
         *     - **Suspend** (`status: suspended`):
         *       [Suspend a subscription](https://learn.microsoft.com/en-us/partner-center/developer/suspend-a-subscription).
         *     - **Reactivate** (`status: active`):
         *       [Reactivate a suspended subscription](https://learn.microsoft.com/en-us/partner-center/developer/reactivate-a-suspended-a-subscription).
         *     - **Nickname** (`friendlyName`):
         *       [Update the nickname for a subscription](https://learn.microsoft.com/en-us/partner-center/developer/update-the-nickname-for-a-subscription).
         *     - **Automatic renewal** (`autoRenewEnabled`) of a commercial marketplace subscription:
         *       [Update autorenew for a commercial marketplace subscription](https://learn.microsoft.com/en-us/partner-center/developer/update-autorenew-for-an-azure-marketplace-subscription).
         *     - **Cancel** (`status: deleted`) a commercial marketplace subscription:
         *       [Cancel a commercial marketplace subscription](https://learn.microsoft.com/en-us/partner-center/developer/cancel-an-azure-marketplace-subscription).
         *
         *     Notes:
         *
         *     - Accepts App+User and App-only tokens.
         *     - The pages ask for the whole subscription as read by GET, with the value changed;
         *       the .NET SDK sends it that way, in Pascal case. Whether a body holding only the
         *       changed values is accepted is not documented; the service most plausibly applies
         *       the writable fields present and ignores the read-only ones, so the examples show
         *       both forms. Which fields an update may change beyond the six above is not
         *       documented.
         *     - `If-Match` with the subscription's etag appears in some of the documented requests
         *       (suspend, auto-renew, cancel) but not in others; it is optional here.
         *     - When the change takes longer than expected (documented for quantity changes) the
         *       service answers `202 Accepted` with a `Location` header pointing at the
         *       subscription and no body; poll that subscription (or its provisioning status) until
         *       the change shows.
         *     - `MS-RequestId` makes the call idempotent when retried after a timeout.
         *     - Throttled: the Subscription resource allows 500 requests per minute per tenant, and
         *       this path is on the list of APIs with enforced limits.
         *     - The documented responses of the quantity, suspend, reactivate and nickname pages
         *       repeat the Pascal-case request instead of a response; responses are camelCase like
         *       every other subscription response.
         */
        patch: operations["updateSubscription"];
        trace?: never;
    };
    "/v1/customers/{customer_id}/subscriptions/{subscription_id}/provisioningstatus": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
                 * @example 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
                 */
                customer_id: components["parameters"]["CustomerId"];
                /**
                 * @description ID of one of the customer's subscriptions, a GUID. This is the Partner Center (commerce) subscription ID, not the `entitlementId` (the Azure subscription ID) of an Azure subscription. The documented examples write it in upper case as well as lower case; the service most plausibly compares it case-insensitively (not documented).
                 * @example a4c1340d-6911-4758-bba3-0c4c6007d161
                 */
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        /**
         * Get a subscription's provisioning status
         * @description Returns whether the subscription's licenses have been provisioned in the customer's
         *     tenant, for which SKU and how many units. Partner Center documentation:
         *     [Get subscription provisioning status](https://learn.microsoft.com/en-us/partner-center/developer/get-subscription-provisioning-status).
         *
         *     - Requires an App+User token; App-only tokens are not supported.
         *     - `status` is `pending` while a license change is being applied and is refreshed
         *       every 15 minutes, so poll no more often than that.
         *     - Throttled: the Subscription resource allows 500 requests per minute per tenant. The
         *       list of APIs with enforced limits names this page, but with the order-level path
         *       (`/customers/{customer_id}/orders/{order_id}/provisioningstatus`), so whether this
         *       path is enforced is not clear.
         */
        get: operations["getSubscriptionProvisioningStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customer_id}/subscriptions/{subscription_id}/utilizations/azure": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
                 * @example 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
                 */
                customer_id: components["parameters"]["CustomerId"];
                /**
                 * @description ID of one of the customer's subscriptions, a GUID. This is the Partner Center (commerce) subscription ID, not the `entitlementId` (the Azure subscription ID) of an Azure subscription. The documented examples write it in upper case as well as lower case; the service most plausibly compares it case-insensitively (not documented).
                 * @example a4c1340d-6911-4758-bba3-0c4c6007d161
                 */
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        /**
         * List an Azure subscription's utilization records
         * @description Returns the unrated daily or hourly consumption of a customer's legacy Azure
         *     subscription, for usage reported to the billing system between `start_time` and
         *     `end_time`. Partner Center documentation:
         *     [Get a customer's utilization records for Azure](https://learn.microsoft.com/en-us/partner-center/developer/get-a-customer-s-utilization-record-for-azure).
         *
         *     - Accepts App+User and App-only tokens.
         *     - Not for Azure plan subscriptions (use the invoice unbilled and billed consumption
         *       line items instead); the error returned for one is not documented.
         *     - Records are selected by reporting time but grouped by time of use, so results need
         *       not match the reconciliation file of the same period.
         *     - After a billing transfer of a legacy subscription, the new partner must use the
         *       Partner Center subscription ID here, not the Azure entitlement ID.
         *     - **Paged, seek form.** `size` sets the page size (default and maximum 1000). Every
         *       page but the last has `links.next`: follow it, sending its `headers`. Evidence: the
         *       page says the API is paged and the next link must be followed; the official SDK's
         *       `SeekAzureUtilizationRecords` call sends `seek_operation=Next` with an
         *       `MS-ContinuationToken` header, and Microsoft's older Azure CSP guide to this API
         *       shows a `next` link of exactly that form. Two differences from the other
         *       seek-paged collections: the query parameter is `seek_operation` (snake case), and
         *       there is no `continuationToken` property in the body.
         *     - When the utilization data is not ready yet, the service answers `204 No Content`
         *       with `Retry-After`; retry after that many seconds.
         *     - No throttling limit is published for this operation.
         *     - Not available in Partner Center operated by 21Vianet (not listed under "applies
         *       to").
         */
        get: operations["listAzureUtilizationRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customer_id}/users": {
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
         * List a customer's user accounts
         * @description Returns the user accounts of a customer's tenant, one page at a time; with a filter,
         *     returns the deleted (inactive) accounts instead. Partner Center documentation:
         *     [Get a list of all user accounts for a customer](https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-all-user-accounts-for-a-customer)
         *     and [View deleted users for a customer](https://learn.microsoft.com/en-us/partner-center/developer/view-a-deleted-user).
         *
         *     - Requires an App+User token; App-only tokens are not supported.
         *     - Seek paging (`x-partner-center-paging` form `seek`): the .NET SDK reads the answer as
         *       `SeekBasedResourceCollection<CustomerUser>`, sends `size` on the first request and,
         *       for the next page, `seekOperation=Next` with the `MS-ContinuationToken` header (its
         *       paged-users sample and `Enumerators.CustomerUsers`). The articles only show a single
         *       page without `next`. Default and maximum page sizes are not documented; the deleted-user
         *       example asks for `size=500`.
         *     - Deleted accounts are not part of the normal list. To see them, send `filter` with
         *       `{"Field":"UserState","Value":"Inactive","Operator":"equals"}`; the deleted-user article
         *       calls the filter required for that purpose. They remain listed until they are purged,
         *       30 days after deletion.
         *     - The .NET SDK can also send `sortField` and `sortDirection` and, for unpaged queries,
         *       `size=0`; neither is documented by the articles, so they are not described here.
         *     - No throttling limit is published for this operation.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user account for a customer
         * @description Creates a user account in the customer's tenant and returns it with its new ID.
         *     Partner Center documentation:
         *     [Create user accounts for a customer](https://learn.microsoft.com/en-us/partner-center/developer/create-user-accounts-for-a-customer).
         *
         *     - Requires an App+User token; App-only tokens are not supported.
         *     - The body is a `CustomerUser`. The article's "Request body" section says "None", but its
         *       request example and the .NET SDK send a user, so the example is followed. Which fields
         *       are required is not documented; most plausibly the service needs at least
         *       `userPrincipalName` (in one of the customer's domains), `displayName`, `usageLocation`
         *       and a `passwordProfile`, the fields every documented example sets.
         *     - The article answers `200 OK` (not `201 Created`); the response echoes the
         *       `passwordProfile` that was sent.
         *     - The article's URI-parameter table also lists an optional `user-id`, which does not
         *       apply to this path and is ignored here.
         *     - Password profiles are not supported in Partner Center operated by 21Vianet.
         *     - `MS-RequestId` makes the call idempotent when retried after a timeout. No throttling
         *       limit is published for this operation.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customer_id}/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
                 * @example 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
                 */
                customer_id: components["parameters"]["CustomerId"];
                /**
                 * @description ID of a user account in the customer's tenant: the user's Microsoft Entra object ID, a GUID.
                 * @example 82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Get a customer's user account by ID
         * @description Returns one user account of a customer's tenant. Partner Center documentation:
         *     [Get a user account by ID](https://learn.microsoft.com/en-us/partner-center/developer/get-a-user-account-by-id).
         *
         *     - Requires an App+User token; App-only tokens are not supported.
         *     - Whether a deleted (inactive) account can still be read by ID during its 30-day
         *       window is not documented; the list with the `UserState` filter is the documented
         *       way to find deleted accounts.
         *     - No throttling limit is published for this operation.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Delete a customer's user account
         * @description Deletes a user account of a customer's tenant. Partner Center documentation:
         *     [Delete a user account for a customer](https://learn.microsoft.com/en-us/partner-center/developer/delete-user-accounts-for-a-customer).
         *
         *     - Requires an App+User token; App-only tokens are not supported.
         *     - A soft delete: the account's `state` becomes `inactive` and `softDeletionTime` is
         *       set. It leaves the normal user list, can be found with the `UserState` filter of
         *       `listUsers`, and can be restored with `updateUser` (`state` `active`) for 30 days,
         *       after which the account and its data are purged for good.
         *     - Answers `204 No Content` with an empty body.
         *     - What a second delete of an already deleted account returns is not documented.
         *     - No throttling limit is published for this operation.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /**
         * Update, reset the password of, or restore a customer's user account
         * @description Changes a user account of a customer's tenant and returns the updated account. Three
         *     documented uses share this call: changing profile fields
         *     ([Update user accounts for a customer](https://learn.microsoft.com/en-us/partner-center/developer/update-user-accounts-for-a-customer)),
         *     setting a new password through `passwordProfile`
         *     ([Reset user password for a customer](https://learn.microsoft.com/en-us/partner-center/developer/reset-user-password-for-a-customer)),
         *     and restoring a deleted account by sending `state` `active`
         *     ([Restore a deleted user for a customer](https://learn.microsoft.com/en-us/partner-center/developer/restore-a-user-for-a-customer)).
         *
         *     - Requires an App+User token; App-only tokens are not supported.
         *     - The update and password-reset articles give the path as `/v1/customers/{customer-tenant-id}/users`
         *       in their request-syntax tables, but their examples, the restore article and the .NET
         *       SDK all address `/users/{user-id}`, which is what is described.
         *     - Send only the fields to change; property names are matched case-insensitively (the
         *       restore article and the .NET SDK send PascalCase). The .NET samples for updates and
         *       password resets send a whole user including a new `userPrincipalName`, which also
         *       renames the account.
         *     - Restoring works only within 30 days of deletion; the other fields come back from the
         *       deleted account and need not be sent. The restore article calls `state` required
         *       for that use. What the service answers when restoring an account that is not
         *       deleted, or a purged one, is not documented.
         *     - Password profiles are not supported in Partner Center operated by 21Vianet. The
         *       password-reset response echoes the `passwordProfile`.
         *     - No throttling limit is published for this operation.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v1/customers/{customer_id}/users/{user_id}/directoryroles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
                 * @example 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
                 */
                customer_id: components["parameters"]["CustomerId"];
                /**
                 * @description ID of a user account in the customer's tenant: the user's Microsoft Entra object ID, a GUID.
                 * @example 82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * List the directory roles of a customer user
         * @description Returns the Microsoft Entra directory roles that a user of the customer's tenant holds.
         *     Partner Center documentation:
         *     [Get user roles for a customer](https://learn.microsoft.com/en-us/partner-center/developer/get-user-roles-for-a-customer).
         *
         *     - Requires an App+User token; App-only tokens are not supported.
         *     - Not paged: the .NET SDK reads a plain `ResourceCollection<DirectoryRole>`, and the
         *       documented example has neither paging parameters nor links.
         *     - The same article also lists all roles of the customer
         *       (`/v1/customers/{customer_id}/directoryroles`) and the members of one role
         *       (`.../directoryroles/{role_id}/usermembers`), without examples; those calls are not
         *       described here.
         *     - The article's example names `fe930be7-5e62-47db-91af-98c3a49a38b1` "User Account
         *       Administrator", the role's earlier name; Microsoft Entra now calls it User
         *       Administrator, and the service most plausibly returns the current name.
         *     - No throttling limit is published for this operation.
         */
        get: operations["listUserRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customer_id}/directoryroles/{role_id}/usermembers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
                 * @example 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
                 */
                customer_id: components["parameters"]["CustomerId"];
                /**
                 * @description ID of a directory role in the customer's tenant, a GUID, as returned in `id` by the role lists. The documented values are Microsoft Entra role template IDs, for example `fe930be7-5e62-47db-91af-98c3a49a38b1` for User Administrator.
                 * @example fe930be7-5e62-47db-91af-98c3a49a38b1
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a customer user to a directory role
         * @description Assigns a Microsoft Entra directory role of the customer's tenant to one of its users
         *     and returns the new membership. Partner Center documentation:
         *     [Set user roles for a customer](https://learn.microsoft.com/en-us/partner-center/developer/set-user-roles-for-a-customer).
         *
         *     - Requires an App+User token; App-only tokens are not supported.
         *     - The body identifies the user: the article lists `Id`, `DisplayName`,
         *       `UserPrincipalName` and `Attributes` (`ObjectType` `UserMember`) as required and
         *       sends them in PascalCase, like the .NET SDK. Property names are matched
         *       case-insensitively, so the schema does not enforce them; send at least the user's
         *       `id`, `displayName` and `userPrincipalName`. Whether the service checks the name
         *       fields against the directory is not documented.
         *     - Answers `201 Created` with the membership, including `roleId`.
         *     - What happens when the user already holds the role is not documented.
         *     - Removing a member (`DELETE .../usermembers/{user_id}`) is a separate call, not
         *       described here.
         *     - No throttling limit is published for this operation.
         */
        post: operations["addDirectoryRoleMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customer_id}/subscribedskus": {
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
         * List a customer's available licenses
         * @description Returns the product SKUs the customer's tenant owns, with how many licenses of each
         *     are assigned and still available, optionally for chosen license groups. Partner
         *     Center documentation:
         *     [Get a list of available licenses](https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-available-licenses)
         *     and
         *     [Get a list of available licenses by license group](https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-available-licenses-by-license-group).
         *
         *     - Requires an App+User token; App-only tokens are not supported.
         *     - Without `licenseGroupIds` the default group, `Group1` (licenses managed by
         *       Microsoft Entra ID), is returned. With license groups that match nothing, the
         *       result is an empty collection (`totalCount` 0), not an error.
         *     - `productSku.id` is the SKU ID to use when assigning licenses.
         *     - Not paged. No throttling limit is published for this operation.
         *     - Not available in Partner Center operated by 21Vianet.
         */
        get: operations["listSubscribedSkus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customer_id}/users/{user_id}/licenseupdates": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
                 * @example 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
                 */
                customer_id: components["parameters"]["CustomerId"];
                /**
                 * @description ID of a user account in the customer's tenant: the user's Microsoft Entra object ID, a GUID.
                 * @example 82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign or remove a user's licenses
         * @description Assigns licenses to one of the customer's users (and removes licenses, through
         *     `licensesToRemove`) and returns the applied update with any warnings. Partner Center
         *     documentation:
         *     [Assign licenses to a user](https://learn.microsoft.com/en-us/partner-center/developer/assign-licenses-to-a-user).
         *
         *     - Requires an App+User token; App-only tokens are not supported.
         *     - Take the SKU IDs from the customer's subscribed SKUs (`productSku.id`). All
         *       licenses of one request must belong to the same license group; mixing groups
         *       fails.
         *     - `excludedPlans` leaves chosen service plans of a SKU disabled for the user.
         *     - Success is `201 Created`. With no license of a SKU left, the service answers `400`
         *       with code 60012.
         *     - Removing licenses is only described by the license resources (`licensesToRemove`);
         *       no page shows such a request.
         *     - The .NET SDK sends the body in Pascal case with `null` for unused lists; property
         *       names are matched case-insensitively.
         *     - Whether the call is idempotent is not documented; `MS-RequestId` is the documented
         *       way to retry after a timeout.
         *     - No throttling limit is published for this operation.
         *     - Not available in Partner Center operated by 21Vianet.
         */
        post: operations["assignLicenses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customer_id}/users/{user_id}/licenses": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
                 * @example 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
                 */
                customer_id: components["parameters"]["CustomerId"];
                /**
                 * @description ID of a user account in the customer's tenant: the user's Microsoft Entra object ID, a GUID.
                 * @example 82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * List the licenses assigned to a user
         * @description Returns the licenses assigned to one of the customer's users, optionally for chosen
         *     license groups, with the service plans each license enables. Partner Center
         *     documentation:
         *     [Get licenses assigned to a user](https://learn.microsoft.com/en-us/partner-center/developer/check-which-licenses-are-assigned-to-a-user)
         *     and
         *     [Get licenses assigned to a user by license group](https://learn.microsoft.com/en-us/partner-center/developer/get-licenses-assigned-to-a-user-by-license-group).
         *
         *     - Requires an App+User token; App-only tokens are not supported.
         *     - Without `licenseGroupIds` the default group, `Group1` (licenses managed by
         *       Microsoft Entra ID), is returned. With license groups that match nothing, the
         *       result is an empty collection (`totalCount` 0), not an error.
         *     - In the documented responses `productSku` has no `targetType` here, and the service
         *       plans report `capabilityStatus` `Assigned`.
         *     - Not paged. No throttling limit is published for this operation.
         *     - Not available in Partner Center operated by 21Vianet.
         */
        get: operations["listUserLicenses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the partner's invoices
         * @description Returns the partner's invoices, each with its totals, the groups of billed items
         *     (`invoiceDetails`) and any amendments. Partner Center documentation:
         *     [Get a collection of invoices](https://learn.microsoft.com/en-us/partner-center/developer/get-a-collection-of-invoices).
         *
         *     - Accepts App+User and App-only tokens.
         *     - Paging, offset form: send `size` and `offset`; `links.next` carries the next
         *       `offset` (evidence: the page's response example, and the SDK's indexed query and
         *       enumerator). The page notes that `size` and `offset` only apply to legacy invoices
         *       and are ignored for modern commerce invoices, which most plausibly all arrive in one
         *       page (not documented further). No maximum page size is documented.
         *     - `pdfDownloadLink` is documented as filled only when an invoice is read by ID, but
         *       the page's list example carries it; do not rely on it here.
         *     - The official SDK can also send a `filter` (search on the invoice date); the page does
         *       not document it, so it is not described.
         *     - No throttling limit is published for this operation.
         */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/{invoice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invoice number as shown on the invoice and in `Invoice.id`, for example `D030001IVV` or `G000024135`. The value `unbilled` does not name an invoice: it addresses the unbilled line items, described as their own path (`/v1/invoices/unbilled/lineitems`).
                 * @example D030001IVV
                 */
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        /**
         * Get an invoice by ID
         * @description Returns one of the partner's invoices, with its totals, billing period, the groups of
         *     billed items (`invoiceDetails`) and a link to its PDF. Partner Center documentation:
         *     [Get invoice by ID](https://learn.microsoft.com/en-us/partner-center/developer/get-invoice-by-id).
         *
         *     - Requires an App+User token; App-only tokens are not supported.
         *     - `pdfDownloadLink` leads to the get-invoice-statement operation; the resource page
         *       says the link expires after 30 minutes.
         *     - Each entry of `invoiceDetails` names a `billingProvider` and `invoiceLineItemType`
         *       to pass to the line-items operation (as `provider` and `invoicelineitemtype`); its
         *       `self` link uses the older path form `/invoices/{prefix}-{id}/lineitems/{provider}/{type}`,
         *       which is not described here.
         *     - An unknown invoice ID most plausibly answers 404 (not documented).
         *     - No throttling limit is published for this operation.
         */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/{invoice_id}/lineitems": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invoice number as shown on the invoice and in `Invoice.id`, for example `D030001IVV` or `G000024135`. The value `unbilled` does not name an invoice: it addresses the unbilled line items, described as their own path (`/v1/invoices/unbilled/lineitems`).
                 * @example D030001IVV
                 */
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        /**
         * List an invoice's line items
         * @description Returns the billed line items of one invoice for one billing provider and one kind of
         *     line item, as listed in the invoice's `invoiceDetails`. Partner Center documentation:
         *     [Get invoice line items](https://learn.microsoft.com/en-us/partner-center/developer/get-invoiceline-items)
         *     (all providers) and
         *     [Get invoice billed commercial consumption line items](https://learn.microsoft.com/en-us/partner-center/developer/get-invoice-billed-consumption-lineitems)
         *     (`provider=onetime&invoicelineitemtype=usagelineitems`).
         *
         *     - Accepts App+User and App-only tokens.
         *     - `provider` and `invoicelineitemtype` select the kind of item (see `InvoiceLineItem`):
         *       `office` + `billinglineitems` gives license-based charges, `azure` +
         *       `billinglineitems` Azure charges, `azure` + `usagelineitems` daily Azure usage (all
         *       legacy), `onetime` + `billinglineitems` modern commerce charges, and `onetime` +
         *       `usagelineitems` daily rated consumption, for which `currencycode` and `period` are
         *       required. `hasPartnerEarnedCredit` only applies to the last combination.
         *     - Paging differs by provider. For `onetime` (the modern providers) it is seek-based,
         *       the form declared here: the first request sends `size`, and each page but the last
         *       has a `continuationToken` and a `links.next` that repeats the query with
         *       `seekOperation=Next` and carries an `MS-ContinuationToken` header (evidence: the
         *       examples of both pages). For `office` and `azure` it is offset-based: send `size`
         *       and `offset`; `links.next` carries the next `offset` and there is no
         *       `continuationToken`. Following `links.next` works for both. The default and
         *       largest page size is documented as 2000.
         *     - The unbilled line items (`invoice_id` `unbilled`), including the unbilled
         *       reconciliation line items the page
         *       [Get invoice's unbilled reconciliation line items](https://learn.microsoft.com/en-us/partner-center/developer/get-invoice-unbilled-recon-lineitems)
         *       writes with this path template, are a separate operation on
         *       `/v1/invoices/unbilled/lineitems`.
         *     - Some examples use the older path form
         *       `/v1/invoices/{invoice_id}/lineitems/{provider}/{type}` (also used by the SDK and
         *       the `invoiceDetails` links for `office` and `azure`); it is not described here. The
         *       page's first example misspells the query as `nvoicelineitemtype`.
         *     - The service most plausibly matches query names and values case-insensitively: the
         *       examples write `provider=Office`, `OneTime`, `BillingLineItems` and
         *       `seekoperation=next`, and the SDK sends `invoiceLineItemType` and `currencyCode`
         *       (not documented). The spec uses the lowercase forms of the request-syntax tables.
         *     - `marketplace` is the retired name of `onetime` for consumption; the documentation
         *       asks callers to use `onetime` instead.
         *     - No throttling limit is published for this operation.
         */
        get: operations["listInvoiceLineItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/{invoice_id}/documents/statement": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invoice number as shown on the invoice and in `Invoice.id`, for example `D030001IVV` or `G000024135`. The value `unbilled` does not name an invoice: it addresses the unbilled line items, described as their own path (`/v1/invoices/unbilled/lineitems`).
                 * @example D030001IVV
                 */
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        /**
         * Download an invoice as PDF
         * @description Returns the invoice document as a PDF file: the body is the raw PDF bytes
         *     (`Content-Type: application/pdf`), with a `Content-Disposition` header naming the file
         *     (`Invoice_<id>.pdf`). Partner Center documentation:
         *     [Get invoice statement](https://learn.microsoft.com/en-us/partner-center/developer/get-invoice-statement).
         *
         *     - Requires an App+User token; App-only tokens are not supported.
         *     - Send `Accept: application/pdf` (the official SDK does). The page's request example
         *       sends `Accept: application/json`, and its response example shows
         *       `Content-Type: application/json` followed by a debugger dump of the .NET byte
         *       content, whose own headers are `Content-Type: application/pdf` and the
         *       `Content-Disposition` above; the spec describes the PDF. Errors still arrive as JSON.
         *     - This is the target of an invoice's `pdfDownloadLink`.
         *     - An unknown invoice ID most plausibly answers 404 (not documented).
         *     - No throttling limit is published for this operation.
         */
        get: operations["getInvoiceStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/unbilled/lineitems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List unbilled line items
         * @description Returns the partner's line items that are not invoiced yet, for the current or the
         *     previous (ended but not yet invoiced) billing period, in one currency. Partner Center
         *     documentation:
         *     [Get invoice unbilled commercial consumption line items](https://learn.microsoft.com/en-us/partner-center/developer/get-invoice-unbilled-consumption-lineitems)
         *     (`invoicelineitemtype=usagelineitems`, daily rated usage) and
         *     [Get invoice's unbilled reconciliation line items](https://learn.microsoft.com/en-us/partner-center/developer/get-invoice-unbilled-recon-lineitems)
         *     (`invoicelineitemtype=billinglineitems`, modern commerce charges).
         *
         *     - Accepts App+User and App-only tokens.
         *     - `provider`, `invoicelineitemtype`, `currencycode` and `period` are required.
         *       `usagelineitems` returns `DailyRatedUsageLineItem`s, `billinglineitems` returns
         *       `OneTimeInvoiceLineItem`s (with an empty `invoiceNumber`).
         *     - Paging, seek form: the first request sends `size` (default and maximum documented
         *       as 2000); each page but the last has a `continuationToken` and a `links.next` that
         *       repeats the query with `seekOperation=Next` and carries an `MS-ContinuationToken`
         *       header (evidence: both pages' examples and the SDK's `Seek`).
         *     - The reconciliation page's request-syntax table writes the path as
         *       `/v1/invoices/{invoice-id}/lineitems` and says to pass `unbilled` as the invoice
         *       ID; its examples and SDK sample call `/v1/invoices/unbilled/lineitems`, which is
         *       this literal path (a path with a literal segment takes precedence over the
         *       `{invoice_id}` template).
         *     - The unbilled links of the estimate-links operation use `provider=Marketplace` and
         *       `provider=all`, older values also accepted here (not documented on these pages).
         *     - The examples write values in several casings (`onetime`, `OneTime`,
         *       `seekoperation=next`); the service most plausibly matches them case-insensitively
         *       (not documented). `hasPartnerEarnedCredit` only applies to `usagelineitems`.
         *     - No throttling limit is published for this operation.
         */
        get: operations["listUnbilledInvoiceLineItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auditrecords": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Partner Center activity (audit records)
         * @description Returns the partner's activity log: records of operations that the partner's users
         *     and applications performed, for a date range and optionally one customer, company
         *     name or resource type. Partner Center documentation:
         *     [Get a record of Partner Center activity](https://learn.microsoft.com/en-us/partner-center/developer/get-a-record-of-partner-center-activity-by-user);
         *     fields in [Auditing resources](https://learn.microsoft.com/en-us/partner-center/developer/auditing-resources).
         *
         *     - Accepts App+User and App-only tokens.
         *     - Records are kept for 90 days; a `startDate` further back is answered with 400. The
         *       official swagger also limits one query to a 30-day window.
         *     - `startDate` is required here although the article's table calls it optional with a
         *       30-day default: the official swagger requires it and the .NET SDK always sends it.
         *       Its format differs within the article (`yyyy-mm-dd` in the table and in the
         *       response's self link, `6/1/2017 12:00:00 AM` in the request example); any
         *       string is accepted, and `yyyy-mm-dd` is recommended.
         *     - Seek paging (`x-partner-center-paging` form `seek`): the answer is a
         *       `SeekBasedResourceCollection<AuditRecord>` (Java SDK; .NET `Enumerators.AuditRecords`
         *       follows `links.next`), and the swagger describes a continuation token per full
         *       page. The first request may send `size`; next pages carry `MS-ContinuationToken`.
         *       Without `size` the documented response's self link shows `size=500`, most plausibly
         *       the default; the maximum is not documented.
         *     - Microsoft recommends the activity log for detecting changes instead of polling
         *       resources, for example one day at a time
         *       ([API throttling guidance](https://learn.microsoft.com/en-us/partner-center/developer/api-throttling-guidance)).
         *       No throttling limit is published for this operation.
         *     - The article applies to the global cloud and Microsoft Cloud for US Government; it
         *       does not list Partner Center operated by 21Vianet.
         */
        get: operations["listAuditRecords"];
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
        /**
         * @description Customer field that a customer filter searches (the SDK's `CustomerSearchField`, sent by name). `CompanyName` and `Domain` match the start of the company name or of the default domain; `IndirectReseller` takes an indirect reseller's tenant ID and returns that reseller's customers (App+User only); `IndirectCloudSolutionProvider` takes an indirect provider's tenant ID. The last one is named by the filter page and the SDK but has no documented example; most plausibly it lets an indirect reseller list the customers it shares with that provider.
         * @enum {string}
         */
        CustomerSearchField: "CompanyName" | "Domain" | "IndirectReseller" | "IndirectCloudSolutionProvider";
        /** @description The filter of a customer search, serialized with PascalCase property names as the official SDK sends it, for example `{"Field":"CompanyName","Value":"cont","Operator":"starts_with"}`. All three keys are required, and `starts_with` is the only operator the customer list supports. */
        CustomerSearchFilter: {
            /** @description Field to search. */
            Field: components["schemas"]["CustomerSearchField"];
            /**
             * @description Prefix to look for, compared case-insensitively; for `IndirectReseller` and `IndirectCloudSolutionProvider` the partner's tenant ID.
             * @example cont
             */
            Value: string;
            /**
             * @description Comparison to apply; `starts_with` is the only supported value.
             * @enum {string}
             */
            Operator: "starts_with";
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
        /** @description Envelope of a seek-paged collection (`SeekBasedResourceCollection<T>` in the official SDKs): a `ResourceCollection` with the continuation token of the next page. Concrete collections extend it with an `items` array of their own item type. */
        SeekBasedResourceCollection: components["schemas"]["ResourceCollection"] & {
            /** @description Token that asks for the next page; the same value travels as the `MS-ContinuationToken` header of `links.next`. Absent on the last page. */
            readonly continuationToken?: string;
        };
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
        /** @description Sign-in credentials of the first administrator account of a new customer tenant, generated by the service and returned once, in the response that creates the customer. */
        UserCredentials: {
            /** @description User name of the administrator account; `admin`, without the tenant's domain, in both documented create responses. */
            userName?: string;
            /** @description Generated password of the administrator account. The resource table and the swagger type it as a `SecureString`, but the documented create responses and the .NET SDK model carry a plain JSON string. */
            password?: string;
        };
        /** @description A customer of the partner, identified by its Microsoft Entra tenant ID. Without delegated (DAP/GDAP) access the service omits `companyProfile.address`, `companyProfile.email` and `customDomains`. Returned by the customer reads and by customer creation; only the create response carries `userCredentials`. The body of a create request is described by `NewCustomer`. */
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
            /** @description How the calling partner is related to the customer, set by the service. The .NET SDK sends `none` in create requests; the service ignores it. */
            readonly relationshipToPartner?: components["schemas"]["CustomerPartnerRelationship"];
            /** @description Whether the partner has delegated administration access. Filled in when the customer is fetched by ID or created, not in list results; nullable in the SDK model. */
            readonly allowDelegatedAccess?: boolean | null;
            /** @description User name and password of the administrator account that the service generates in the new tenant. Only the create response carries them (save them then); the reads never return them. The .NET SDK sends `null` here in create requests. */
            readonly userCredentials?: components["schemas"]["UserCredentials"];
            /** @description Tenant ID of the indirect reseller associated with the customer. Only indirect providers set it, when they create a customer for one of their indirect resellers (App+User only); without it the customer becomes a direct customer of the indirect provider. */
            associatedPartnerId?: string;
            /** @description Domains registered to the customer's tenant. Omitted without delegated access. */
            readonly customDomains?: string[];
            /** @description `self` points at `/customers/{id}`. */
            links?: components["schemas"]["ResourceLinks"];
            /** @description `objectType` is `Customer`. */
            attributes?: components["schemas"]["ResourceAttributes"];
        };
        /** @description One page of the partner's customers, seek-paged: follow `links.next` (it carries the `MS-ContinuationToken` header) until a page has none. List items carry the company profile but no billing profile, `allowDelegatedAccess` or `userCredentials`. */
        CustomerCollection: components["schemas"]["SeekBasedResourceCollection"] & {
            /** @description The customers on this page. */
            readonly items?: components["schemas"]["Customer"][];
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
        /** @description Body of a request that creates a customer: a `Customer` with at least the company profile's `domain` and the billing profile's `email`, `culture`, `language`, `companyName` and `defaultAddress`. Indirect providers add `associatedPartnerId` to create the customer for one of their indirect resellers. Server-set fields (`id`, `relationshipToPartner`, `userCredentials`, ...) need not be sent. Property names are accepted in any casing: the .NET SDK sends PascalCase, with nulls or defaults (such as `"RelationshipToPartner": "none"`) in the fields it leaves unset, which the service ignores. */
        NewCustomer: {
            /** @description The new tenant's company profile. `domain` is required: the `onmicrosoft.com` domain to create, which must still be free (check it with `verifyDomainAvailability`). `organizationRegistrationNumber` is required for companies in the countries the create-a-customer page lists (for example AM, AZ, BY, HU, KZ, RU, UA, BR, IN, PL, TR); elsewhere leave it out. */
            companyProfile: WithRequired<components["schemas"]["CustomerCompanyProfile"], "domain">;
            /** @description The customer's billing profile. `defaultAddress` must be a valid physical address (check it with `validateAddress`); in the countries that need an organization registration number its `phoneNumber` is required too (error 600051 otherwise). */
            billingProfile: WithRequired<components["schemas"]["CustomerBillingProfile"], "email" | "culture" | "language" | "companyName" | "defaultAddress">;
        } & WithRequired<components["schemas"]["Customer"], "companyProfile" | "billingProfile">;
        /** @description The address to check: an `Address` with at least `addressLine1`, `city`, `postalCode` and `country`. The page's table also marks `state` required, but the validation only checks states for the United States, Canada, China and Mexico, and the official SDK's own sample validates a Moldovan address without one; here `state` is optional. Property names are accepted in any casing (the page's examples and the .NET SDK send PascalCase). */
        AddressValidationRequest: WithRequired<components["schemas"]["Address"], "addressLine1" | "city" | "postalCode" | "country">;
        /**
         * @description Outcome of an address validation, in PascalCase as the service sends it: `VerifiedShippable` (verified, deliverable; one suggestion), `Verified` (verified; one suggestion), `InteractionRequired` (the suggestion differs enough that the user should confirm it; one suggestion), `StreetPartial` (the street needs more detail; up to three suggestions), `PremisesPartial` (building or suite details are incomplete; up to three suggestions), `Multiple` (several fields are partial; up to three suggestions), `None` (the address is wrong; no suggestion), `NotValidated` (the address could not be put through validation; no suggestion). The page's table spells the values as words ("Verified shippable"); the examples and the SDK sample use these forms.
         * @enum {string}
         */
        AddressValidationStatus: "VerifiedShippable" | "Verified" | "InteractionRequired" | "StreetPartial" | "PremisesPartial" | "Multiple" | "None" | "NotValidated" | (string & {});
        /** @description Result of an address validation: the address as sent, the service's suggestions and a status. */
        AddressValidationResponse: {
            /** @description The address that was submitted. */
            readonly originalAddress?: components["schemas"]["Address"];
            /** @description Corrected or completed addresses: one for `VerifiedShippable`, `Verified` and `InteractionRequired`, up to three for the partial statuses, none for `None` and `NotValidated` (then most plausibly an empty array or absent; not documented). */
            readonly suggestedAddresses?: components["schemas"]["Address"][];
            /** @description Outcome of the validation. */
            readonly status?: components["schemas"]["AddressValidationStatus"];
            /** @description Explanation of what did not validate, for example which fields are invalid; absent when the address verified. */
            readonly validationMessage?: string;
        };
        /** @description An invitation link that the partner sends to a customer. When a global administrator of the customer accepts it in the Microsoft 365 admin center, the partner becomes the customer's reseller. */
        CustomerRelationshipRequest: {
            /**
             * Format: uri
             * @description The invitation URL, on `admin.microsoft.com`, carrying the partner's tenant ID (`partnerId`) and whether delegated admin privileges are requested (`DAP`).
             */
            readonly url?: string;
            /** @description `objectType` is `RelationshipRequest`. */
            attributes?: components["schemas"]["ResourceAttributes"];
        };
        /**
         * @description Type of a Microsoft agreement, spelled in PascalCase as the service sends it: `MicrosoftCloudAgreement` (the Microsoft Cloud Agreement) or `MicrosoftCustomerAgreement` (the Microsoft Customer Agreement). Microsoft says it may add agreement types at any time, so clients must accept other values.
         * @enum {string}
         */
        AgreementType: "MicrosoftCloudAgreement" | "MicrosoftCustomerAgreement" | (string & {});
        /** @description Metadata of one agreement template that partners can confirm customer acceptance of (the `AgreementMetaData` resource). Its `templateId` is what a confirmation (`createCustomerAgreement`) refers to. */
        AgreementMetadata: {
            /**
             * Format: uuid
             * @description ID of the agreement template.
             */
            readonly templateId?: string;
            /** @description Type of the agreement. The resource table names this property `type`, but the examples, the swagger and the .NET SDK all use `agreementType`. */
            readonly agreementType?: components["schemas"]["AgreementType"];
            /**
             * Format: uri
             * @description URL of the agreement's text.
             */
            readonly agreementLink?: string;
            /**
             * Format: int32
             * @description Rank of this template version among the versions of the same agreement type. Not in the resource table; shown as `0` in the examples and declared by the swagger and the .NET SDK. Its ordering (whether a higher or lower rank is newer) is not documented.
             */
            readonly versionRank?: number;
        };
        /** @description The agreement templates, filtered by agreement type. Not paged. */
        AgreementMetadataCollection: components["schemas"]["ResourceCollection"] & {
            /** @description Metadata of the agreement templates. */
            readonly items?: components["schemas"]["AgreementMetadata"][];
        };
        /** @description The person in the customer's organization who accepted an agreement (the `Contact` utility resource). A confirmation needs the first name, last name and email; the phone number is optional. Partner Center accepts another confirmation for the same customer only when one of these values differs. */
        AgreementContact: {
            /** @description First name of the contact. */
            firstName: string;
            /** @description Last name of the contact. */
            lastName: string;
            /** @description Email address of the contact. */
            email: string;
            /** @description Phone number of the contact; optional. */
            phoneNumber?: string;
        };
        /**
         * @description A date and time in ISO 8601 as .NET writes it, for example `2019-05-20T18:33:59.5353339Z`. The UTC offset may be missing, and `0001-01-01T00:00:00` means "not set", so the spec uses a pattern rather than `format: date-time`.
         * @example 2019-05-20T18:33:59.5353339Z
         */
        DateTime: string;
        /** @description A partner's confirmation that a customer accepted a Microsoft agreement: who accepted it, when, and which agreement template. The resource has no `links` or `attributes` in the documented examples. */
        Agreement: {
            /**
             * Format: uuid
             * @description Object ID of the partner-tenant user who gave the confirmation. With an App+User token the service takes it from the token. Absent from the documented list examples.
             */
            readonly userId?: string;
            /** @description The person in the customer's organization who accepted the agreement. */
            primaryContact?: components["schemas"]["AgreementContact"];
            /**
             * Format: uuid
             * @description ID of the accepted agreement template, as returned by `listAgreementMetadata`.
             */
            templateId?: string;
            /** @description When the customer accepted the agreement, in UTC. Sent with a `Z` offset in the create example and returned without one in the list examples. */
            dateAgreed?: components["schemas"]["DateTime"];
            /** @description Type of the accepted agreement. */
            type?: components["schemas"]["AgreementType"];
            /**
             * Format: uri
             * @description URL of the agreement's text, set by the service.
             */
            readonly agreementLink?: string;
        };
        /** @description The agreement confirmations recorded for a customer, filtered by agreement type. Not paged. */
        AgreementCollection: components["schemas"]["ResourceCollection"] & {
            /** @description The confirmations. */
            readonly items?: components["schemas"]["Agreement"][];
        };
        /** @description Body of a request that confirms a customer's acceptance of an agreement: an `Agreement` with `primaryContact`, `dateAgreed` and `templateId`. The page also lists `type` (`MicrosoftCustomerAgreement`) among the minimum fields, but the .NET SDK's own sample leaves it out, so the service most plausibly derives it from `templateId`; it is optional here, and sending it is harmless. `userId` and `agreementLink` are set by the service. Property names are accepted in any casing (the .NET SDK sends PascalCase). */
        NewAgreement: WithRequired<components["schemas"]["Agreement"], "primaryContact" | "dateAgreed" | "templateId">;
        /**
         * @description Top-level product type. `Azure` is the value the documentation's examples show; `OnlineServices` and `Software` are the other top-level catalog families (named after the catalog views) and are listed as the most plausible further values (not documented as type IDs). Sent in PascalCase. Open: Microsoft may add types.
         * @enum {string}
         */
        ProductTypeId: "Azure" | "OnlineServices" | "Software" | (string & {});
        /** @description A category of the catalog, with an optional finer subcategory (for example `Azure` with subtype `VirtualMachines`). */
        ItemType: {
            /** @description Type identifier, for example `VirtualMachines` or `Azure`. */
            readonly id?: string;
            /** @description Display name of the type. */
            readonly displayName?: string;
            /** @description Optional subcategory of this type. */
            subType?: components["schemas"]["ItemType"];
        };
        /** @description The type of a product (an `ItemType` in the documentation) whose `id` is the top-level product type, with an optional subtype. */
        ProductType: {
            /** @description Top-level type identifier, for example `Azure`. */
            readonly id?: components["schemas"]["ProductTypeId"];
            /** @description Display name of the type, for example `Azure`. */
            readonly displayName?: string;
            /** @description Optional subcategory, for example `VirtualMachines` under `Azure`. */
            subType?: components["schemas"]["ItemType"];
        };
        /** @description Links of a product: the standard `self` link and `skus`, the product's SKU list. The documentation's table nests the standard links under a `links` member, but every example (and the official SDK) puts `self` beside `skus`, which is what is described here. */
        ProductLinks: components["schemas"]["ResourceLinks"] & {
            /** @description The product's SKUs, for example `/products/DZH318Z0BPS6/skus?country=US`. */
            skus?: components["schemas"]["Link"];
        };
        /** @description A catalog product: a good or service that is bought through one of its SKUs and their availabilities, never directly ([Product](https://learn.microsoft.com/en-us/partner-center/developer/product-resources#product)). */
        Product: {
            /** @description Product ID, for example `CFQ7TTC0LH18`. */
            readonly id?: string;
            /** @description Product title. */
            readonly title?: string;
            /** @description Product description. */
            readonly description?: string;
            /** @description Type and subtype of the product. */
            readonly productType?: components["schemas"]["ProductType"];
            /** @description Whether Microsoft publishes the product. */
            readonly isMicrosoftProduct?: boolean;
            /** @description Name of the publisher, when known. */
            readonly publisherName?: string;
            /** @description `self` and `skus` links; their URIs carry the `country` of the request. */
            readonly links?: components["schemas"]["ProductLinks"];
        };
        /** @description One page of catalog products. The official SDKs page through it by following `links.next`; the documented example is a single page with only a `self` link. */
        ProductCollection: components["schemas"]["ResourceCollection"] & {
            /** @description The products of this page. */
            readonly items?: components["schemas"]["Product"][];
        };
        /**
         * @description How often the partner is billed for an item, as a lowercase snake_case string ([BillingCycleType](https://learn.microsoft.com/en-us/partner-center/developer/product-resources#billingcycletype)). The official SDK also reads the integer ordinals: `unknown` = 0 (not set), `monthly` = 1, `annual` = 2, `none` = 3 (not charged, for example trials), `one_time` = 4, `triennial` = 5 and `biennial` = 6. The last two are members of the official .NET SDK's enum only, not of the documentation page. Open: Microsoft may add values. The change-the-billing-cycle page's examples write `Annual`, which the official SDK also reads as `annual`.
         * @enum {string}
         */
        BillingCycleType: "unknown" | "monthly" | "annual" | "none" | "one_time" | "triennial" | "biennial" | (string & {});
        /**
         * @description A step needed before a SKU can be bought: `InventoryCheck` (check the item's inventory first) or `AzureSubscriptionRegistration` (an Azure subscription must exist and be registered first). Sent in PascalCase. Open: Microsoft may add values.
         * @enum {string}
         */
        SkuPurchasePrerequisite: "InventoryCheck" | "AzureSubscriptionRegistration" | (string & {});
        /**
         * @description A value needed to check a SKU's inventory: `CustomerId` (the customer the purchase is for), `AzureSubscriptionId` (the Azure subscription for a reservation purchase) or `ArmRegionName` (the region to check; it must match the SKU's `armRegionName` dynamic attribute). Open: Microsoft may add values.
         * @enum {string}
         */
        SkuInventoryVariable: "CustomerId" | "AzureSubscriptionId" | "ArmRegionName" | (string & {});
        /**
         * @description A key that must be filled in the `provisioningContext` of the cart line item buying the SKU: `Scope` (an Azure reservation's scope, `Single` or `Shared`), `SubscriptionId` (the Azure subscription for a reservation) or `Duration` (a reservation's duration, `1Year` or `3Year`). The documented cart examples write the context keys in camelCase (`subscriptionId`, `scope`, `duration`). Open: Microsoft may add values.
         * @enum {string}
         */
        SkuProvisioningVariable: "Scope" | "SubscriptionId" | "Duration" | (string & {});
        /** @description Links of a SKU: the standard `self` link and `availabilities`. The documentation types the SKU's links as plain resource links; the examples also carry `availabilities`. */
        SkuLinks: components["schemas"]["ResourceLinks"] & {
            /** @description The SKU's availabilities, for example `/products/CFQ7TTC0LH18/skus/0001/availabilities?country=US`. */
            availabilities?: components["schemas"]["Link"];
        };
        /** @description A SKU: one purchasable shape of a product, such as a licence edition or a reservation size and term ([Sku](https://learn.microsoft.com/en-us/partner-center/developer/product-resources#sku)). */
        Sku: {
            /** @description SKU ID, unique only within its product, for example `0001`. */
            readonly id?: string;
            /** @description SKU title. */
            readonly title?: string;
            /** @description SKU description. */
            readonly description?: string;
            /** @description ID of the product the SKU belongs to. */
            readonly productId?: string;
            /**
             * Format: int32
             * @description Smallest quantity that can be bought.
             */
            readonly minimumQuantity?: number;
            /**
             * Format: int32
             * @description Largest quantity that can be bought.
             */
            readonly maximumQuantity?: number;
            /** @description Whether the SKU is a trial. */
            readonly isTrial?: boolean;
            /** @description Billing cycles the SKU can be bought with. */
            readonly supportedBillingCycles?: components["schemas"]["BillingCycleType"][];
            /** @description Steps to take before buying the SKU. */
            readonly purchasePrerequisites?: components["schemas"]["SkuPurchasePrerequisite"][];
            /** @description Values needed to run an inventory check on the SKU. */
            readonly inventoryVariables?: components["schemas"]["SkuInventoryVariable"][];
            /** @description Keys to fill in the cart line item's `provisioningContext` when buying the SKU. */
            readonly provisioningVariables?: components["schemas"]["SkuProvisioningVariable"][];
            /** @description Additional properties of the SKU (for reservations for example `armSkuName`, `armRegionName`, `duration`, `cores`). The keys can change without notice, so do not depend on any of them being present. Documented values are strings; other JSON types are not excluded. */
            readonly dynamicAttributes?: {
                [key: string]: unknown;
            };
            /** @description `self` and `availabilities` links. */
            readonly links?: components["schemas"]["SkuLinks"];
        };
        /** @description The SKUs of a product available in a country. Not paged. */
        SkuCollection: components["schemas"]["ResourceCollection"] & {
            /** @description The product's SKUs. */
            readonly items?: components["schemas"]["Sku"][];
        };
        /** @description A currency, by ISO 4217 code and symbol. */
        CurrencyInfo: {
            /** @description ISO 4217 currency code, for example `USD`. */
            readonly code?: string;
            /** @description Currency symbol, for example `$`. */
            readonly symbol?: string;
        };
        /**
         * @description Customer segment an availability is for. The documentation's table writes the values in PascalCase (`Commercial`, `Education`, `Government`, `NonProfit`); its example sends `commercial`, so the lowercase form is described. Open: Microsoft may add segments.
         * @enum {string}
         */
        AvailabilitySegment: "commercial" | "education" | "government" | "nonprofit" | (string & {});
        /** @description A term for which an availability can be bought (`Term` in the documentation). */
        AvailabilityTerm: {
            /** @description ISO 8601 duration of the term; `P1M`, `P1Y` and `P3Y` are the documented values. */
            readonly duration?: string;
            /** @description Description of the term, for example `1 Year Prepaid`. */
            readonly description?: string;
        };
        /** @description A configuration (country, currency, segment, terms) in which a SKU can be bought. Its `catalogItemId` is what a cart or order line item buys ([Availability](https://learn.microsoft.com/en-us/partner-center/developer/product-resources#availability)). The ID and the catalog item ID can change over time: read them shortly before buying. */
        Availability: {
            /** @description Availability ID, unique only within its product and SKU, for example `CFQ7TTC0LDPB`. */
            readonly id?: string;
            /** @description ID of the product. */
            readonly productId?: string;
            /** @description ID of the SKU. */
            readonly skuId?: string;
            /** @description Catalog item ID to buy, `productId:skuId:availabilityId` (for example `CFQ7TTC0LH18:0001:CFQ7TTC0LDPB`): the value for a cart line item's `catalogItemId` or an order line item's `offerId`. */
            readonly catalogItemId?: string;
            /** @description Default currency. The documentation's table calls it a string, but its example (and the official SDK) send an object with `code` and `symbol`, which is described here. */
            readonly defaultCurrency?: components["schemas"]["CurrencyInfo"];
            /** @description Customer segment the availability is for. */
            readonly segment?: components["schemas"]["AvailabilitySegment"];
            /** @description Two-letter ISO country code where the availability applies. */
            readonly country?: string;
            /** @description Whether the availability can be bought. */
            readonly isPurchasable?: boolean;
            /** @description Whether the availability can be renewed. */
            readonly isRenewable?: boolean;
            /** @description The product the availability belongs to. */
            readonly product?: components["schemas"]["Product"];
            /** @description The SKU the availability belongs to. */
            readonly sku?: components["schemas"]["Sku"];
            /** @description Terms the availability can be bought for. */
            readonly terms?: components["schemas"]["AvailabilityTerm"][];
            /** @description `self` link of the availability. */
            readonly links?: components["schemas"]["ResourceLinks"];
        };
        /** @description The availabilities of a SKU in a country. Not paged. */
        AvailabilityCollection: components["schemas"]["ResourceCollection"] & {
            /** @description The SKU's availabilities. */
            readonly items?: components["schemas"]["Availability"][];
        };
        /**
         * @description Role of a partner recorded on a purchase. Not described on the documentation pages: the values are those of the official .NET SDK's `ParticipantType` (ordinals `unknown` = 0, `transaction_reseller` = 1, `consumption_reseller` = 2, `additional_transaction_reseller` = 3), written the way the SDK writes enums. Open: Microsoft may add values.
         * @enum {string}
         */
        ParticipantType: "unknown" | "transaction_reseller" | "consumption_reseller" | "additional_transaction_reseller" | (string & {});
        /** @description A partner recorded on a purchase (one "object/string pair" of a cart line item's `participants`). The pages give no example; the shape, a key/value pair of role and partner ID (MPN ID), is that of the official .NET SDK. */
        CartLineItemParticipant: {
            /** @description Role of the partner, for example `transaction_reseller`. */
            key?: components["schemas"]["ParticipantType"];
            /** @description Partner ID on record (MPN ID) of that partner. */
            value?: string;
        };
        /** @description One item in a cart ([CartLineItem](https://learn.microsoft.com/en-us/partner-center/developer/cart-resources#cartlineitem)). To create a cart, send at least `id`, `catalogItemId`, `quantity` and `billingCycle` (the pages mark `catalogItemId`, `quantity` and `billingCycle` required). Where the pages' tables and examples differ, the examples are followed: the catalog item is `catalogItemId` (the tables say `catalogId`), `id` is an integer (the tables say string), `billingCycle` is a string (the tables say object) and `renewsTo` is one object (the tables say array). */
        CartLineItem: {
            /**
             * Format: int32
             * @description Number of the line item within the cart. The examples send 0, 1, 2, ... when creating a cart and the service keeps them.
             */
            id?: number;
            /** @description Catalog item to buy: an availability's `catalogItemId` (`productId:skuId:availabilityId`, for example `CFQ7TTC0LH18:0001:CFQ7TTC0LDPB`); legacy offers use their offer ID instead. */
            catalogItemId?: string;
            /** @description Optional name the partner gives the item to tell it apart. */
            friendlyName?: string;
            /**
             * Format: int32
             * @description Number of licences or instances.
             */
            quantity?: number;
            /** @description Currency code, for example `USD`. Optional in requests; the service fills it in. */
            currencyCode?: string;
            /** @description Billing cycle for the current period, for example `monthly` or `one_time`. */
            billingCycle?: components["schemas"]["BillingCycleType"];
            /** @description ISO 8601 duration of the term; `P1M`, `P1Y` and `P3Y` are the documented values. */
            termDuration?: string;
            /** @description Partners on record for the purchase (partner IDs, MPN IDs). */
            participants?: components["schemas"]["CartLineItemParticipant"][];
            /** @description Extra values needed to provision the item; the SKU's `provisioningVariables` say which (for Azure reservations `subscriptionId`, `scope`, `duration`). To add an add-on to an existing subscription, `parentSubscriptionId` holds the base subscription's ID. */
            provisioningContext?: {
                [key: string]: string;
            };
            /** @description Group of items that can be submitted together in one order, set by the service (for example `0` or `OMS-0`). Checkout creates one order per group. */
            readonly orderGroup?: string;
            /** @description Add-ons bought for the base subscription that this line item's purchase creates. */
            addonItems?: components["schemas"]["CartLineItem"][];
            /** @description Error found in this line item, if any. */
            readonly error?: components["schemas"]["CartError"];
            /** @description Term the item renews to. */
            renewsTo?: components["schemas"]["RenewsTo"];
        };
        /** @description Error the service found in a cart line item when the cart was created or updated ([CartError](https://learn.microsoft.com/en-us/partner-center/developer/cart-resources#carterror)). A line item with an error cannot be checked out until it is fixed. */
        CartError: {
            /**
             * Format: int32
             * @description Error code. The service sends it as a number (observed in microsoft/Partner-Center-Java#10). Codes named by the official .NET SDK include 10000 (currency not supported), 10001 (catalog item ID not valid), 10002 (quota not available), 10003 (inventory not available), 10004 (participants not supported for the partner), 10006 (line item could not be processed), 10007 (subscription not valid), 10008 (subscription not enabled for reservations), 10009 (sandbox limit exceeded), 10010 (invalid input), 10011 (subscription not registered) and 0 (unknown); Microsoft adds codes over time.
             * @example 10001
             */
            readonly errorCode?: number;
            /** @description Explanation of the error, possibly with supported values, defaults or limits. */
            readonly errorDescription?: string;
        };
        /** @description The term an item renews to at the end of its current term. The request tables call `renewsTo` an array, but the examples and the official SDK send one object, which is what is described here. */
        RenewsTo: {
            /** @description ISO 8601 duration of the renewal term; `P1M` and `P1Y` are the documented values. */
            termDuration?: string;
        };
        /**
         * @description Status of a cart: `Active` (can still be updated or checked out) or `Ordered` (already checked out). Sent in PascalCase. Open: Microsoft may add values.
         * @enum {string}
         */
        CartStatus: "Active" | "Ordered" | (string & {});
        /** @description A cart of items the partner is about to buy for a customer ([Cart](https://learn.microsoft.com/en-us/partner-center/developer/cart-resources#cart)). Checking it out turns its order groups into orders. In requests, only `lineItems` is needed (the pages mark it required; it is not declared required here because property names may arrive in any casing: the .NET SDK sends PascalCase, the add-on page's examples do too). The tables spell the timestamps `creationTimeStamp` and so on; every example, and the SDK, write `creationTimestamp`, which is what is described here. */
        Cart: {
            /**
             * Format: uuid
             * @description Cart ID, a GUID assigned when the cart is created.
             */
            readonly id?: string;
            /** @description When the cart was created. */
            readonly creationTimestamp?: components["schemas"]["DateTime"];
            /** @description When the cart was last changed. */
            readonly lastModifiedTimestamp?: components["schemas"]["DateTime"];
            /** @description When the cart expires; the examples show about 15 minutes after its last change. */
            readonly expirationTimestamp?: components["schemas"]["DateTime"];
            /** @description ID of the user (or application) that last changed the cart, a GUID in the examples. */
            readonly lastModifiedUser?: string;
            /** @description The items in the cart. */
            lineItems?: components["schemas"]["CartLineItem"][];
            /** @description Status of the cart. Absent from the update-a-cart example. */
            readonly status?: components["schemas"]["CartStatus"];
            /** @description `self` link of the cart. */
            readonly links?: components["schemas"]["ResourceLinks"];
            /** @description `objectType` is `Cart`. */
            readonly attributes?: components["schemas"]["ResourceAttributes"];
        };
        /**
         * @description Kind of transaction that created an order: `UserPurchase`, `SystemPurchase` or `SystemBilling`. Sent in PascalCase. Open: Microsoft may add values.
         * @enum {string}
         */
        OrderTransactionType: "UserPurchase" | "SystemPurchase" | "SystemBilling" | (string & {});
        /**
         * @description Kind of transaction of an order line item. The documentation's table lists `new`, `renew`, `addQuantity`, `removeQuantity`, `cancel`, `convert` and `customerCredit`, but every example sends `New`, so the values are described in that PascalCase form. Open: Microsoft may add values.
         * @enum {string}
         */
        OrderLineItemTransactionType: "New" | "Renew" | "AddQuantity" | "RemoveQuantity" | "Cancel" | "Convert" | "CustomerCredit" | (string & {});
        /** @description Links of an order line item ([OrderLineItemLinks](https://learn.microsoft.com/en-us/partner-center/developer/order-resources#orderlineitemlinks)). Links that do not apply are omitted. `product` and `availability` appear only in the examples (and the official SDK), not in the table. */
        OrderLineItemLinks: {
            /** @description When present, the provisioning status of the line item. */
            provisioningStatus?: components["schemas"]["Link"];
            /** @description The SKU bought. */
            sku?: components["schemas"]["Link"];
            /** @description When present, the subscription the line item created or changed. */
            subscription?: components["schemas"]["Link"];
            /** @description When present, where to read the links that activate the subscription. */
            activationLinks?: components["schemas"]["Link"];
            /** @description The product bought. */
            product?: components["schemas"]["Link"];
            /** @description The availability bought. */
            availability?: components["schemas"]["Link"];
        };
        /** @description One item of an order ([OrderLineItem](https://learn.microsoft.com/en-us/partner-center/developer/order-resources#orderlineitem)). To create an order, each item needs `lineItemNumber`, `offerId` and `quantity` (the pages mark them required; not declared required here because property names may arrive in any casing, and the .NET SDK sends PascalCase). */
        OrderLineItem: {
            /**
             * Format: int32
             * @description Number of the line item, unique in the order, counting from 0.
             */
            lineItemNumber?: number;
            /** @description Item bought: an availability's catalog item ID (`productId:skuId:availabilityId`, for example `CFQ7TTC0LH18:0001:CFQ7TTC0LDPB`) or, for legacy offers, the offer ID. */
            offerId?: string;
            /** @description ID of the subscription the line item created or changes. Required by the change-the-billing-cycle page; set by the service on new purchases. */
            subscriptionId?: string;
            /** @description For an add-on bought through PATCH, the ID of the subscription it is added to. */
            parentSubscriptionId?: string;
            /** @description Optional name the partner gives the subscription to tell it apart. */
            friendlyName?: string;
            /**
             * Format: int32
             * @description Number of licences or instances. Cancelled line items show `0`.
             */
            quantity?: number;
            /** @description ISO 8601 duration of the term; `P1M`, `P1Y` and `P3Y` are the documented values. One example sends an empty string for an item without a term. */
            termDuration?: string;
            /** @description Kind of transaction of the line item. */
            readonly transactionType?: components["schemas"]["OrderLineItemTransactionType"];
            /** @description When an indirect provider orders on behalf of an indirect reseller, the reseller's partner ID (MPN ID), never the provider's own. Leaving it out does not fail the order, but the reseller is then not recorded for incentives. */
            partnerIdOnRecord?: string;
            /** @description Extra values needed to provision the item; the SKU's `provisioningVariables` say which. */
            provisioningContext?: {
                [key: string]: string;
            };
            /** @description Links to the SKU, product, availability, subscription and provisioning status. */
            readonly links?: components["schemas"]["OrderLineItemLinks"];
            /** @description Term the item renews to. */
            renewsTo?: components["schemas"]["RenewsTo"];
            /** @description `objectType` is `OrderLineItem`; listed in the create-order request tables. */
            attributes?: components["schemas"]["ResourceAttributes"];
        };
        /**
         * @description Status of an order ([OrderStatus](https://learn.microsoft.com/en-us/partner-center/developer/order-resources#orderstatus)). SDK ordinals: `unknown` = 0, `completed` = 1, `pending` = 2, `cancelled` = 3. Setting `cancelled` through PATCH cancels the order (or the line items sent). Open: Microsoft may add values.
         * @enum {string}
         */
        OrderStatus: "unknown" | "completed" | "pending" | "cancelled" | (string & {});
        /** @description Links of an order: the standard `self` link, `provisioningStatus` and, in the cancel-software-purchases example (and the official SDK), `patchOperation`. */
        OrderLinks: components["schemas"]["ResourceLinks"] & {
            /** @description When present, where to read the provisioning status of the order's line items. */
            provisioningStatus?: components["schemas"]["Link"];
            /** @description When present, the `PATCH` request that changes or cancels the order. Not in the documentation's table. */
            patchOperation?: components["schemas"]["Link"];
        };
        /** @description The client through which an order was placed. It appears only in the cancel-software-purchases response example (and in order audit records), not in the Order table; its meaning is not documented. */
        OrderClient: {
            /** @description Country of the marketplace, for example `US`. */
            readonly marketplaceCountry?: string;
            /** @description Client family, for example `UniversalStore-PartnerCenter`. */
            readonly deviceFamily?: string;
            /** @description Client name, for example `Partner Center API` or `Partner Center Web`. */
            readonly name?: string;
        };
        /** @description An order placed for a customer ([Order](https://learn.microsoft.com/en-us/partner-center/developer/order-resources#order)). To create one, send `lineItems` (and `referenceCustomerId`, which the indirect-reseller and PATCH pages require). In a PATCH body send only what changes: `status`, `billingCycle` or line items. Property names are accepted in any casing (the .NET SDK sends PascalCase with nulls for unset values). The Order resource is limited to 500 requests per minute per tenant. */
        Order: {
            /** @description Order ID, assigned when the order is created; the PATCH examples repeat it in the body. */
            id?: string;
            /** @description Short, friendlier identifier of the order. */
            readonly alternateId?: string;
            /**
             * Format: uuid
             * @description Tenant ID of the customer the order is for.
             */
            referenceCustomerId?: string;
            /** @description How often the partner is billed for the order. When creating an order it defaults to `monthly` or `one_time`; PATCH changes it between `monthly` and `annual`. */
            billingCycle?: components["schemas"]["BillingCycleType"];
            /** @description Kind of transaction that created the order. */
            readonly transactionType?: components["schemas"]["OrderTransactionType"];
            /** @description The items bought, with their quantities. */
            lineItems?: components["schemas"]["OrderLineItem"][];
            /** @description Currency of the order, for example `USD`. */
            readonly currencyCode?: string;
            /** @description Symbol of the currency, for example `$`. */
            readonly currencySymbol?: string;
            /** @description When the order was created. */
            readonly creationDate?: components["schemas"]["DateTime"];
            /** @description Status of the order; set by the service, except that PATCH accepts `cancelled`. Absent from some examples. */
            status?: components["schemas"]["OrderStatus"];
            /** @description `self`, `provisioningStatus` and `patchOperation` links. */
            readonly links?: components["schemas"]["OrderLinks"];
            /** @description Client the order was placed through; only in one example. */
            readonly client?: components["schemas"]["OrderClient"];
            /** @description `objectType` is `Order`; the `etag` appears on some orders. */
            attributes?: components["schemas"]["ResourceAttributes"];
        };
        /** @description Failure to create the order of one order group during a cart checkout ([OrderError](https://learn.microsoft.com/en-us/partner-center/developer/cart-resources#ordererror)). */
        OrderError: {
            /** @description Order group (the line items' `orderGroup`) whose order failed. */
            readonly orderGroupId?: string;
            /**
             * Format: int32
             * @description Error code, from the Partner Center error-code table.
             */
            readonly code?: number;
            /** @description Explanation of the error. */
            readonly description?: string;
        };
        /** @description Result of checking out a cart ([CartCheckoutResult](https://learn.microsoft.com/en-us/partner-center/developer/cart-resources#cartcheckoutresult)): one order per order group that succeeded and one error per group that failed, so a checkout can partly succeed. */
        CartCheckoutResult: {
            /** @description Orders created by the checkout. */
            readonly orders?: components["schemas"]["Order"][];
            /** @description Order groups whose order could not be created. */
            readonly orderErrors?: components["schemas"]["OrderError"][];
        };
        /** @description A customer's orders. Not paged. Orders can take up to 15 minutes after submission to appear in it. */
        OrderCollection: components["schemas"]["ResourceCollection"] & {
            /** @description The customer's orders. */
            readonly items?: components["schemas"]["Order"][];
        };
        /**
         * @description Life-cycle status of a subscription. Sent as a lowercase string; the official SDK also accepts the integer ordinal when reading: `none` = 0, `active` = 1, `suspended` = 2, `deleted` = 3, `expired` = 4, `pending` = 5, `disabled` = 6. The subscription resources page lists `none`, `active`, `pending`, `suspended` and `deleted`; `expired` and `disabled` come from the SDK's enum. In an update, `suspended` suspends the subscription, `active` reactivates it and `deleted` cancels it (commercial marketplace subscriptions).
         * @enum {string}
         */
        SubscriptionStatus: "none" | "active" | "suspended" | "deleted" | "expired" | "pending" | "disabled" | (string & {});
        /**
         * @description How a subscription is billed: by consumption (`usage`), per license (`license`), or neither (`none`). Sent as a lowercase string; the official SDK also accepts the integer ordinal when reading: `none` = 0, `usage` = 1, `license` = 2.
         * @enum {string}
         */
        SubscriptionBillingType: "none" | "usage" | "license" | (string & {});
        /**
         * @description How often the partner is billed for a subscription (the `BillingCycleType` of the product resources). Sent as a lowercase snake_case string; the official SDK also accepts the integer ordinal when reading: `unknown` = 0, `monthly` = 1, `annual` = 2, `none` = 3 (not charged, for example trials), `one_time` = 4, `triennial` = 5, `biennial` = 6. The documentation lists the values up to `one_time`; `triennial` and `biennial` come from the SDK's enum.
         * @enum {string}
         */
        SubscriptionBillingCycle: "unknown" | "monthly" | "annual" | "none" | "one_time" | "triennial" | "biennial" | (string & {});
        /**
         * @description Kind of contract a subscription represents. The subscription resources page writes the values in camel case (`productKey`, `redemptionCode`); the official SDK's enum serializer writes snake case, which is what is described here. Only `subscription` appears in documented responses. SDK ordinals: `subscription` = 0, `product_key` = 1, `redemption_code` = 2.
         * @enum {string}
         */
        SubscriptionContractType: "subscription" | "product_key" | "redemption_code" | (string & {});
        /** @description A refund that is still possible for a subscription, and until when. The subscription resources page names the date `expiresAfter`, but every documented response and the official SDK use `expiresAt`, which is what is described here. */
        RefundOption: {
            /**
             * @description Kind of refund, `Full` or `Partial` (sent in Pascal case, as in the documented responses).
             * @enum {string}
             */
            type?: "Full" | "Partial" | (string & {});
            /** @description When this refund option lapses; `null` or absent when it does not expire. */
            expiresAt?: components["schemas"]["DateTime"] | null;
        };
        /** @description Links of a subscription. Legacy (license-based and Azure) subscriptions link their `offer`; new commerce and commercial marketplace subscriptions link their catalog `product`, `sku` and `availability` instead. Links that do not apply are omitted. */
        SubscriptionLinks: {
            /** @description The offer the subscription was bought from (legacy offers), for example `/offers/{offer-id}?country=US`. */
            offer?: components["schemas"]["Link"];
            /** @description The entitlement behind the subscription. Not in the subscription resources table; shown in the responses of the documented update examples and present in the official SDK's model. */
            entitlement?: components["schemas"]["Link"];
            /** @description The parent subscription, for add-on subscriptions. */
            parentSubscription?: components["schemas"]["Link"];
            /** @description The catalog product of the subscription, for example `/products/{product-id}?country=US`. */
            product?: components["schemas"]["Link"];
            /** @description The catalog SKU of the subscription. */
            sku?: components["schemas"]["Link"];
            /** @description The catalog availability the subscription was bought from. */
            availability?: components["schemas"]["Link"];
            /** @description The activation links of the subscription (commercial marketplace software as a service offers that need activation). */
            activationLinks?: components["schemas"]["Link"];
            /** @description This subscription, `/customers/{customer-id}/subscriptions/{id}`. */
            self?: components["schemas"]["Link"];
            /** @description Next page; listed by the documentation but not used for a single subscription. */
            next?: components["schemas"]["Link"];
            /** @description Previous page; listed by the documentation but not used for a single subscription. */
            previous?: components["schemas"]["Link"];
        };
        /** @description A customer's subscription to a product or offer, through its whole life cycle ([Subscription resources](https://learn.microsoft.com/en-us/partner-center/developer/subscription-resources)). Not every field applies to every subscription, and some only appear in certain states (suspended, cancelled). Also the body of an update: the documentation sends the whole resource as read, with the changed values, in Pascal case as the .NET SDK writes it; the fields the service sets are marked read-only and are ignored there (most plausibly; not documented). Responses are camelCase. */
        Subscription: {
            /**
             * Format: uuid
             * @description Subscription ID (a GUID; documented examples use upper and lower case).
             */
            readonly id?: string;
            /** @description ID of what was bought: a legacy offer ID (a GUID, or `MS-AZR-0145P` for legacy Azure), or for new commerce and marketplace subscriptions the catalog item ID `{product-id}:{sku-id}:{availability-id}`. */
            readonly offerId?: string;
            /** @description Entitlement ID; for Azure subscriptions, the Azure subscription ID. */
            readonly entitlementId?: string;
            /** @description Name of the offer or product. */
            readonly offerName?: string;
            /** @description Nickname the partner gives the subscription to tell it apart; settable through an update. */
            friendlyName?: string;
            /**
             * Format: int32
             * @description Quantity, for license-based subscriptions the number of licenses; settable through an update. The resources page types it as a number; the SDK and every example use an integer.
             */
            quantity?: number;
            /** @description Unit of `quantity` as free text, for example `Licenses`, `License(s)` or `Usage-based`. */
            readonly unitType?: string;
            /** @description For an add-on subscription, the ID of its parent subscription. */
            readonly parentSubscriptionId?: string;
            /** @description When the subscription was created. */
            readonly creationDate?: components["schemas"]["DateTime"];
            /** @description When the subscription takes effect, in UTC; can be earlier than `creationDate` for a migrated subscription or aligned with another subscription. */
            readonly effectiveStartDate?: components["schemas"]["DateTime"];
            /** @description End of the current commitment, in UTC. For subscriptions that do not renew automatically this is a date far in the future (for example `9999-12-10T00:00:00Z`). */
            readonly commitmentEndDate?: components["schemas"]["DateTime"];
            /** @description Status; set it in an update to suspend (`suspended`), reactivate (`active`) or cancel (`deleted`). */
            status?: components["schemas"]["SubscriptionStatus"];
            /** @description Whether the subscription renews automatically; settable through an update. */
            autoRenewEnabled?: boolean;
            /** @description How the subscription is billed. */
            readonly billingType?: components["schemas"]["SubscriptionBillingType"];
            /** @description How often the partner is billed. Changed through the order, not through this resource. */
            readonly billingCycle?: components["schemas"]["SubscriptionBillingCycle"];
            /** @description Whether add-ons can be bought for this subscription. */
            readonly hasPurchasableAddons?: boolean;
            /** @description Whether this is a trial subscription. */
            readonly isTrial?: boolean;
            /** @description Whether the product is Microsoft's (as opposed to a third-party marketplace product). */
            readonly isMicrosoftProduct?: boolean;
            /** @description Name of the product's publisher. */
            readonly publisherName?: string;
            /** @description Actions currently allowed on the subscription. */
            readonly actions?: ("edit" | "cancel")[];
            /** @description MPN ID of the reseller of record, in the indirect model; may be empty. Whether an update can change it is not documented. */
            partnerId?: string;
            /** @description Why the subscription is suspended, when it is. */
            readonly suspensionReasons?: string[];
            /** @description Kind of contract. */
            readonly contractType?: components["schemas"]["SubscriptionContractType"];
            /** @description Refunds still available for the subscription. */
            readonly refundOptions?: components["schemas"]["RefundOption"][];
            /** @description Links to the subscription, its offer or catalog item, and its parent. */
            readonly links?: components["schemas"]["SubscriptionLinks"];
            /** @description ID of the order that created the subscription. The documentation calls order IDs GUIDs, but current orders have opaque string IDs such as `ImxjLNL4_fOc-2KoyOxGTZcrlIquzls11`. */
            readonly orderId?: string;
            /**
             * @description Length of the term as an ISO 8601 duration; documented values are `P1M` (one month), `P1Y` (one year) and `P3Y` (three years).
             * @example P1M
             */
            readonly termDuration?: string;
            /**
             * @description Length of the term the subscription renews into, as an ISO 8601 duration; documented values are `P1M` and `P1Y`. Whether an update can set it is not documented.
             * @example P1Y
             */
            renewalTermDuration?: string;
            /** @description `objectType` is `Subscription`; `etag` is the version to send in `If-Match`. */
            attributes?: components["schemas"]["ResourceAttributes"];
        };
        /** @description The customer's subscriptions (optionally those of one order or one reseller). Not paged: the whole list comes in one response and `links` is normally absent. */
        SubscriptionCollection: components["schemas"]["ResourceCollection"] & {
            /** @description The subscriptions. */
            readonly items?: components["schemas"]["Subscription"][];
        };
        /**
         * @description Provisioning state of a subscription. Sent as a lowercase string; the official SDK also accepts the integer ordinal when reading: `none` = 0, `success` = 1, `pending` = 2, `failed` = 3. The documentation lists `success`, `pending` and `failed`; `none` is the SDK's default.
         * @enum {string}
         */
        SubscriptionProvisioningState: "none" | "success" | "pending" | "failed" | (string & {});
        /** @description Whether a subscription's licenses have been provisioned in the customer's tenant, and for how many units. The status is `pending` while a license change is applied and is refreshed every 15 minutes. */
        SubscriptionProvisioningStatus: {
            /**
             * Format: uuid
             * @description ID of the product SKU that was provisioned, a GUID. The documented example, `6FD2C87F-B296-42F0-B197-1E91E994B900`, is the Microsoft Entra SKU ID of Office 365 E3, so this is most plausibly the same ID as `productSku.id` of the license resources (not stated by the documentation).
             */
            readonly skuId?: string;
            /** @description Provisioning state. */
            readonly status?: components["schemas"]["SubscriptionProvisioningState"];
            /**
             * Format: int32
             * @description Quantity of the subscription once provisioned. The resources page types it as a number; the SDK uses an integer.
             */
            readonly quantity?: number;
            /** @description When the subscription ends, in UTC. */
            readonly endDate?: components["schemas"]["DateTime"];
            /** @description `objectType` is `SubscriptionProvisioningStatus`. */
            attributes?: components["schemas"]["ResourceAttributes"];
        };
        /** @description The Azure resource (meter) whose consumption a utilization record counts (`AzureResource` in the documentation). */
        AzureUtilizationResource: {
            /** @description ID of the resource, also called resource ID or resource GUID (the meter ID). */
            readonly id: string;
            /** @description Display name of the consumed resource, for example `Standard Small App Service Hours`. */
            readonly name?: string;
            /** @description Category of the resource, for example `Storage`. */
            readonly category?: string;
            /** @description Subcategory of the resource, for example `Block Blob`; may be empty. */
            readonly subcategory?: string;
            /** @description Region of the resource, for example `Azure Stack`. */
            readonly region?: string;
        };
        /** @description Details of the resource instance behind a utilization record, returned when `show_details` is `true`. The resources page types `partNumber` as an object, `orderNumber` as a number and `tags` and `additionalInfo` as arrays of strings. The documented responses carry strings (often empty) for the first two and a string-to-string map for `additionalInfo`, and the official SDK models `tags` the same way; that is what is described here. */
        AzureInstanceData: {
            /** @description Fully qualified Azure resource ID, including the resource group and instance name. */
            readonly resourceUri: string;
            /** @description Region where the service ran, for example `azurestack` or `westeurope`. */
            readonly location: string;
            /** @description Identifies the resource of a third-party commercial marketplace usage; may be empty. */
            readonly partNumber: string;
            /** @description Identifies the third-party commercial marketplace order; may be empty. */
            readonly orderNumber: string;
            /** @description Tags the user set on the resource, by name. Optional. */
            readonly tags?: {
                [key: string]: string;
            };
            /** @description Additional data about the resource, by key (for example `azureStack.MeterId`). Optional. */
            readonly additionalInfo?: {
                [key: string]: string;
            };
        };
        /** @description Unrated consumption of one Azure resource (and, with details, one instance) over one aggregation period, grouped by when the resource was used. */
        AzureUtilizationRecord: {
            /** @description Start of the aggregation period (time of use), with a UTC offset, for example `2017-06-07T17:00:00-07:00`. */
            readonly usageStartTime: components["schemas"]["DateTime"];
            /** @description End of the aggregation period (time of use). */
            readonly usageEndTime: components["schemas"]["DateTime"];
            /** @description The consumed resource. */
            readonly resource: components["schemas"]["AzureUtilizationResource"];
            /** @description Quantity consumed, in `unit`s. */
            readonly quantity: number;
            /** @description Unit of `quantity`, for example `Hours` or `1 GB/Hr`. Optional. */
            readonly unit?: string;
            /** @description Instance-level details as name/value pairs (for example `meteredRegion`, `meteredService`, `project`); may be empty. */
            readonly infoFields: {
                [key: string]: string;
            };
            /** @description Instance details; only with `show_details=true`, and optional even then. */
            readonly instanceData?: components["schemas"]["AzureInstanceData"];
            /** @description `objectType` is `AzureUtilizationRecord`. */
            attributes: components["schemas"]["ResourceAttributes"];
        };
        /** @description One page of Azure utilization records, seek-paged: every page but the last has a `links.next` whose `uri` carries `seek_operation=Next` and whose `headers` carry `MS-ContinuationToken`. Unlike `SeekBasedResourceCollection`, no `continuationToken` property is documented or modelled by the SDK (`ResourceCollection<AzureUtilizationRecord>`), so the token travels only in the link. */
        AzureUtilizationRecordCollection: components["schemas"]["ResourceCollection"] & {
            /** @description The utilization records of this page. */
            readonly items?: components["schemas"]["AzureUtilizationRecord"][];
        };
        /** @description The JSON filter of the customer user list, with PascalCase property names as the official SDK serializes its `SimpleFieldFilter`. The only documented filter selects deleted (inactive) users: `{"Field":"UserState","Value":"Inactive","Operator":"equals"}` ([View deleted users for a customer](https://learn.microsoft.com/en-us/partner-center/developer/view-a-deleted-user)). Other fields and operators are not documented and are not described here. */
        CustomerUserSearchFilter: {
            /**
             * @description Field to compare; `UserState` is the only documented one. (The page's response repeats the query in `links.self` as `UserStatus`, but its request uses `UserState`, which is kept.)
             * @enum {string}
             */
            Field: "UserState";
            /**
             * @description Value to compare with, as a string. `Inactive` lists deleted users. Whether `Active` or other casings are accepted is not documented; most plausibly the value is matched case-insensitively, as the audit-record filter's values are.
             * @example Inactive
             */
            Value: string;
            /**
             * @description Comparison to apply; `equals` is the only documented operator.
             * @enum {string}
             */
            Operator: "equals";
        };
        /** @description A user's password and whether it must be changed at the next sign-in ([utility resources](https://learn.microsoft.com/en-us/partner-center/developer/utility-resources#passwordprofile)). Not supported in Partner Center operated by 21Vianet. */
        PasswordProfile: {
            /** @description The password. The resource page types it as a `SecureString`, but requests, the .NET SDK and the documented responses all carry a plain string. The documented create and password-reset responses echo it back. */
            password?: string;
            /** @description Whether the user must choose a new password at the next sign-in. */
            forceChangePassword?: boolean;
        };
        /**
         * @description How the user's domain is authenticated, sent as a lowercase string: `none`, `managed` (cloud authentication in Microsoft Entra ID) or `federated` (an external identity provider). The documented examples only show `none`; the meaning of each value is not documented beyond its name. The official .NET SDK also accepts the integer ordinal when reading: `none` = 0, `managed` = 1, `federated` = 2. Open: other values may appear.
         * @enum {string}
         */
        UserDomainType: "none" | "managed" | "federated" | (string & {});
        /**
         * @description State of a customer user account, sent as a lowercase string: `active`, or `inactive` for a deleted account, which stays restorable for 30 days. The official .NET SDK also accepts the integer ordinal when reading: `active` = 0, `inactive` = 1. Open: other values may appear.
         * @enum {string}
         */
        UserState: "active" | "inactive" | (string & {});
        /** @description A user account in a customer's Microsoft Entra tenant ([user resources](https://learn.microsoft.com/en-us/partner-center/developer/user-resources#customeruser)). Deleting an account sets `state` to `inactive` and `softDeletionTime`; the account can be restored within 30 days, after which it and its data are purged. In a create or PATCH body send only the fields to set; property names are accepted in any casing (the .NET SDK sends PascalCase). `immutableId` and `phoneNumber` are documented but absent from the .NET SDK model. */
        CustomerUser: {
            /**
             * @description Country or region where the user will use the assigned licenses, as a two-letter code (for example `US`).
             * @example US
             */
            usageLocation?: string;
            /**
             * Format: uuid
             * @description User ID, the user's Microsoft Entra object ID (a GUID), set by the service.
             */
            readonly id?: string;
            /** @description Sign-in name of the user, for example `avery@contosoretail.onmicrosoft.com`. */
            userPrincipalName?: string;
            /** @description First (given) name. */
            firstName?: string;
            /** @description Last name (surname). */
            lastName?: string;
            /** @description Name shown for the user. */
            displayName?: string;
            /** @description Immutable ID of the user, which links a cloud account to an on-premises directory object. Optional; its format is not documented. */
            immutableId?: string;
            /** @description Password settings. Sent to create a user or to reset a password; returned only by those calls (most plausibly never by reads; not documented). */
            passwordProfile?: components["schemas"]["PasswordProfile"];
            /** @description Phone number of the user. */
            phoneNumber?: string;
            /** @description When the user was last synchronized between an on-premises Active Directory and Microsoft Entra ID, in UTC. Null unless directory synchronization (Entra Connect) is in use. */
            readonly lastDirectorySyncTime?: components["schemas"]["DateTime"] | null;
            /** @description How the user's domain is authenticated. */
            readonly userDomainType?: components["schemas"]["UserDomainType"];
            /** @description State of the account; `inactive` after deletion. Set it to `active` in a PATCH body to restore a deleted account within its 30-day window. */
            state?: components["schemas"]["UserState"];
            /** @description When the account was deleted, in UTC: the start of the 30-day window after which it is purged. Null or absent for an active account. */
            readonly softDeletionTime?: components["schemas"]["DateTime"] | null;
            /** @description `self` points at `/customers/{customer_id}/users/{user_id}`. */
            links?: components["schemas"]["ResourceLinks"];
            /** @description `objectType` is `CustomerUser`. */
            attributes?: components["schemas"]["ResourceAttributes"];
        };
        /** @description One page of a customer's user accounts (`SeekBasedResourceCollection<CustomerUser>` in the official SDKs). Seek-paged: each page but the last carries `links.next` and `continuationToken`. */
        CustomerUserCollection: components["schemas"]["SeekBasedResourceCollection"] & {
            /** @description The user accounts of this page. */
            readonly items?: components["schemas"]["CustomerUser"][];
        };
        /** @description A Microsoft Entra directory role in the customer's tenant, as listed for a user by [Get user roles for a customer](https://learn.microsoft.com/en-us/partner-center/developer/get-user-roles-for-a-customer). No resource page describes it; the fields follow the page's example and the .NET SDK model. The documented IDs are the roles' Entra template IDs (for example `fe930be7-5e62-47db-91af-98c3a49a38b1` for User Administrator), which most plausibly is what `id` always carries. */
        DirectoryRole: {
            /** @description Display name of the role, for example `Helpdesk Administrator`. */
            readonly name?: string;
            /**
             * Format: uuid
             * @description Role ID (a GUID), used as `role_id` to add members to the role.
             */
            readonly id?: string;
            /** @description `objectType` is `DirectoryRole`. */
            readonly attributes?: components["schemas"]["ResourceAttributes"];
        };
        /** @description The directory roles held by a customer user. Not paged: the .NET SDK reads it as a plain `ResourceCollection<DirectoryRole>`, and the documented example has no `links`. */
        DirectoryRoleCollection: components["schemas"]["ResourceCollection"] & {
            /** @description The user's directory roles. */
            readonly items?: components["schemas"]["DirectoryRole"][];
        };
        /** @description A customer user as a member of a directory role ([user resources](https://learn.microsoft.com/en-us/partner-center/developer/user-resources#usermember)). To add a user to a role, send the user's `id`, `displayName` and `userPrincipalName`; the response adds `roleId`. Property names are accepted in any casing (the documented request and the .NET SDK use PascalCase). */
        UserMember: {
            /**
             * Format: uuid
             * @description User ID of the member (the user's Microsoft Entra object ID).
             */
            id?: string;
            /** @description Display name of the user. */
            displayName?: string;
            /** @description Sign-in name of the user. */
            userPrincipalName?: string;
            /**
             * Format: uuid
             * @description ID of the directory role the user was added to, set by the service from the path.
             */
            readonly roleId?: string;
            /** @description `objectType` is `UserMember`. */
            attributes?: components["schemas"]["ResourceAttributes"];
        };
        /**
         * @description Whether a product or service plan applies to a `User` or to the whole `Tenant`. Sent in Pascal case as in the documented responses (a plain string in the official SDK).
         * @enum {string}
         */
        LicenseTargetType: "User" | "Tenant" | (string & {});
        /**
         * @description License group of a product, that is, which authority manages its licenses: `group1` for products whose licenses Microsoft Entra ID manages, `group2` for Minecraft products. Sent in lower case in responses (the `licenseGroupIds` query parameter uses `Group1`/`Group2`). SDK ordinals: `none` = 0 (the SDK's default, not documented), `group1` = 1, `group2` = 2.
         * @enum {string}
         */
        LicenseGroupId: "none" | "group1" | "group2" | (string & {});
        /** @description A product SKU as the license resources describe it (`ProductSku` in the documentation): the Microsoft Entra subscribed SKU behind a license. */
        LicenseProductSku: {
            /**
             * @description Product SKU ID (a GUID, the Microsoft Entra SKU ID), the value to send as `skuId` when assigning or in `licensesToRemove`.
             * @example 3b555118-da6a-4418-894f-7df1e2096870
             */
            readonly id?: string;
            /** @description Display name of the product, for example `Power BI Pro`. (The resources page describes it as the user principal identifier, which the examples contradict.) */
            readonly name?: string;
            /** @description SKU part number, for example `O365_BUSINESS_ESSENTIALS` or `EMS`; can stand in for `id` when that is missing. */
            readonly skuPartNumber?: string;
            /** @description Whether the product applies to a user or the tenant. Absent in the documented responses of the user-licenses operations. */
            readonly targetType?: components["schemas"]["LicenseTargetType"];
            /** @description License group of the product. */
            readonly licenseGroupId?: components["schemas"]["LicenseGroupId"];
        };
        /** @description A deployable service inside a product SKU (`ServicePlan` in the documentation), for example Exchange Online inside Microsoft 365 Business Basic. */
        LicenseServicePlan: {
            /** @description Service plan ID (a GUID); the value to list in `excludedPlans`. */
            readonly id?: string;
            /** @description Localized display name of the service plan. */
            readonly displayName?: string;
            /** @description Service name, for example `EXCHANGE_S_STANDARD`. */
            readonly serviceName?: string;
            /** @description Status of the service plan as free text, for example `Enabled` in the customer's subscribed SKUs and `Assigned` in a user's licenses. The full set of values is not documented. */
            readonly capabilityStatus?: string;
            /** @description Whether the service plan applies to a user or the tenant. */
            readonly targetType?: components["schemas"]["LicenseTargetType"];
        };
        /** @description A product SKU the customer's tenant owns, with its license counts: what is available to assign to users. */
        SubscribedSku: {
            /**
             * Format: int32
             * @description Units that can still be assigned (total units minus consumed units).
             */
            readonly availableUnits?: number;
            /**
             * Format: int32
             * @description Units that are active.
             */
            readonly activeUnits?: number;
            /**
             * Format: int32
             * @description Units assigned to users.
             */
            readonly consumedUnits?: number;
            /**
             * Format: int32
             * @description Units that are suspended.
             */
            readonly suspendedUnits?: number;
            /**
             * Format: int32
             * @description All units (active plus warning units).
             */
            readonly totalUnits?: number;
            /**
             * Format: int32
             * @description Units in the warning state; most plausibly, as in Microsoft Graph, units of an expired subscription still in its grace period (not documented).
             */
            readonly warningUnits?: number;
            /** @description The product SKU. */
            readonly productSku?: components["schemas"]["LicenseProductSku"];
            /** @description Service plans of the product; may be empty. */
            readonly servicePlans?: components["schemas"]["LicenseServicePlan"][];
            /** @description Status of the SKU as free text, for example `Enabled`. The full set of values is not documented. */
            readonly capabilityStatus?: string;
            /** @description `objectType` is `SubscribedSku`. */
            attributes?: components["schemas"]["ResourceAttributes"];
        };
        /** @description The product SKUs the customer owns, with license counts. Not paged; empty (with `totalCount` 0) when no SKU matches the requested license groups. */
        SubscribedSkuCollection: components["schemas"]["ResourceCollection"] & {
            /** @description The subscribed SKUs. */
            readonly items?: components["schemas"]["SubscribedSku"][];
        };
        /** @description One license to assign to a user, optionally without some of its service plans. */
        LicenseAssignment: {
            /**
             * @description Product SKU ID of the license (`productSku.id` of a subscribed SKU).
             * @example 3b555118-da6a-4418-894f-7df1e2096870
             */
            skuId?: string;
            /** @description IDs of service plans of this SKU not to enable for the user; `null` (as the .NET SDK sends) or absent to enable them all. */
            excludedPlans?: string[] | null;
        };
        /** @description A warning the service raised while applying a license update. */
        LicenseWarning: {
            /** @description Warning code. */
            readonly code?: string;
            /** @description Warning message. */
            readonly message?: string;
            /** @description Names of the service plans the warning is about. */
            readonly servicePlans?: string[];
        };
        /** @description Licenses to assign to and remove from a user in one request. All licenses in one request must belong to the same license group. The resources page spells the first property `licensestoAssign`; the documented bodies and the SDK use `licensesToAssign`. The .NET SDK sends the body in Pascal case with `null` for unused lists. */
        LicenseUpdate: {
            /** @description Licenses to assign. */
            licensesToAssign?: components["schemas"]["LicenseAssignment"][] | null;
            /** @description Product SKU IDs of the licenses to remove. */
            licensesToRemove?: string[] | null;
            /** @description Warnings raised while applying the update; returned by the service, empty when there are none. */
            readonly licenseWarnings?: components["schemas"]["LicenseWarning"][];
            /** @description `objectType` is `LicenseUpdate`. */
            attributes?: components["schemas"]["ResourceAttributes"];
        };
        /** @description A license assigned to a user: the product SKU and its service plans. Not available in Partner Center operated by 21Vianet. */
        License: {
            /** @description Service plans of the license; may be empty. */
            readonly servicePlans?: components["schemas"]["LicenseServicePlan"][];
            /** @description The product SKU of the license. The resources page spells it `productSKU`; the documented responses and the SDK use `productSku`. */
            readonly productSku?: components["schemas"]["LicenseProductSku"];
            /** @description `objectType` is `License`. */
            attributes?: components["schemas"]["ResourceAttributes"];
        };
        /** @description The licenses assigned to a user. Not paged; empty (with `totalCount` 0) when no license matches the requested license groups. */
        LicenseCollection: components["schemas"]["ResourceCollection"] & {
            /** @description The user's licenses. */
            readonly items?: components["schemas"]["License"][];
        };
        /** @description A tax receipt issued for a payment against an invoice. Not listed in the invoice resources table, but present in the invoice examples and in the official SDK's `Invoice` model. */
        TaxReceipt: {
            /** @description Tax receipt identifier, for example `123456`. */
            readonly id?: string;
            /** @description API-relative link to the receipt's PDF, for example `/invoices/D030001IVV/receipts/123456/documents/statement`. */
            readonly taxReceiptPdfDownloadLink?: string;
        };
        /**
         * @description Kind of an invoice detail or line item: charges (`billing_line_items`) or usage and consumption (`usage_line_items`). Sent as a lowercase snake_case string; the official SDK also accepts the integer ordinal when reading: `none` = 0, `usage_line_items` = 1, `billing_line_items` = 2. Open: new kinds may appear.
         * @enum {string}
         */
        InvoiceLineItemType: "none" | "usage_line_items" | "billing_line_items" | (string & {});
        /**
         * @description Source of the billed items of an invoice detail or line item. Sent as a lowercase snake_case string; the official SDK also accepts the integer ordinal when reading: `none` = 0, `office` = 1, `azure` = 2, `one_time` = 3, `marketplace` = 4, `all` = 5. `office` and `azure` are the legacy license-based and MS-AZR-0145P data models, `one_time` the modern commerce model, `marketplace` daily rated consumption. `azure_data_market` is listed by the invoice resources page but by neither the SDK nor any example. Open: new providers may appear.
         * @enum {string}
         */
        BillingProvider: "none" | "office" | "azure" | "azure_data_market" | "one_time" | "marketplace" | "all" | (string & {});
        /** @description One group of billed items of an invoice: a billing provider and a line item kind. Each group is read with the invoice's line-items operation, passing its `billingProvider` and `invoiceLineItemType` as `provider` and `invoicelineitemtype`. */
        InvoiceDetail: {
            /** @description Kind of the line items in this group. */
            readonly invoiceLineItemType?: components["schemas"]["InvoiceLineItemType"];
            /** @description Billing provider of the line items in this group. */
            readonly billingProvider?: components["schemas"]["BillingProvider"];
            /** @description `self` points at the group's line items in the older path form (`/invoices/{prefix}-{id}/lineitems/{provider}/{type}`); absent on amendments. */
            readonly links?: components["schemas"]["ResourceLinks"];
            /** @description `objectType` is `InvoiceDetail`. */
            readonly attributes?: components["schemas"]["ResourceAttributes"];
        };
        /** @description An invoice, credit or adjustment document that Microsoft issued to the partner, with the groups of billed items it contains and the amendments made to it. See [Invoice resources](https://learn.microsoft.com/en-us/partner-center/developer/invoice-resources#invoice). */
        Invoice: {
            /** @description The invoice number, for example `D030001IVV` or `G000024135`. */
            readonly id?: string;
            /** @description When the invoice was generated (UTC). */
            readonly invoiceDate?: components["schemas"]["DateTime"];
            /** @description Start of the billing period (UTC). Absent from the list example. */
            readonly billingPeriodStartDate?: components["schemas"]["DateTime"];
            /** @description End of the billing period (UTC). Absent from the list example. */
            readonly billingPeriodEndDate?: components["schemas"]["DateTime"];
            /** @description Total charges of the invoice, transactions and adjustments included, in `currencyCode`. */
            readonly totalCharges?: number;
            /** @description Amount the partner has paid against the invoice; negative when a payment was received. */
            readonly paidAmount?: number;
            /** @description ISO 4217 code of the currency of all amounts on the invoice, for example `USD`. */
            readonly currencyCode?: string;
            /** @description Symbol of that currency, for example `$` or `£`. */
            readonly currencySymbol?: string;
            /** @description API-relative link to the invoice's PDF (`/invoices/{id}/documents/statement`, the get-invoice-statement operation). The resource page says it is only filled when the invoice is read by ID and expires after 30 minutes; the list example carries it too. */
            readonly pdfDownloadLink?: string;
            /** @description Tax receipts issued against the invoice. Not in the resource table; present in the examples and the SDK. */
            readonly taxReceipts?: components["schemas"]["TaxReceipt"][];
            /** @description The groups of billed items (provider and line item kind) on the invoice. */
            readonly invoiceDetails?: components["schemas"]["InvoiceDetail"][];
            /** @description Documents that amend this invoice (for example adjustment notes), each an `Invoice` with `amendsOf` set. */
            readonly amendments?: components["schemas"]["Invoice"][];
            /** @description Kind of document. */
            readonly documentType?: components["schemas"]["InvoiceDocumentType"];
            /** @description For an amendment, the number of the document it amends. */
            readonly amendsOf?: string;
            /** @description Recurring or one-time invoice. */
            readonly invoiceType?: components["schemas"]["InvoiceType"];
            /** @description `self` link; its `uri` prefixes the ID with the invoice type (`/invoices/OneTime-G000024135`). Absent on amendments. */
            readonly links?: components["schemas"]["ResourceLinks"];
            /** @description `objectType` is `Invoice`. */
            readonly attributes?: components["schemas"]["ResourceAttributes"];
        };
        /**
         * @description Kind of billing document. The examples send `invoice`, `void_note` (cancels an invoice) and `adjustment_note` (an amendment); the SDK adds `none` and accepts the integer ordinals `none` = 0, `invoice` = 1, `void_note` = 2, `adjustment_note` = 3 when reading. The invoice resources page names a "Credit Note" type without its wire spelling; it is listed here as `credit_note`, the most plausible form (not documented). Open: new document types may appear.
         * @enum {string}
         */
        InvoiceDocumentType: "none" | "invoice" | "void_note" | "adjustment_note" | "credit_note" | (string & {});
        /**
         * @description Whether an invoice bills recurring (legacy license-based and Azure) charges or one-time (modern commerce) charges. Every documented example sends `Recurring` or `OneTime` in this casing (the SDK types the field as a plain string), although the invoice resources page lists `recurring` and `one_time`. Open: other values may appear.
         * @enum {string}
         */
        InvoiceType: "Recurring" | "OneTime" | (string & {});
        /** @description One page of the partner's invoices. Paged by `size` and `offset` for legacy invoices; `links.next` carries the next `offset`. */
        InvoiceCollection: components["schemas"]["ResourceCollection"] & {
            /** @description The invoices. */
            readonly items?: components["schemas"]["Invoice"][];
        };
        /** @description A charge for a legacy license-based Office subscription, returned for `provider=office&invoicelineitemtype=billinglineitems` (SDK class `LicenseBasedLineItem`). Field set and types follow the invoice resources page and the SDK: the page types `amount` as a string and `customerName` as a date-time, which the examples and the SDK contradict (a number and a name). Identifiers are billing-platform values and not always GUIDs. */
        LicenseBasedLineItem: {
            /** @description Partner's Microsoft Entra tenant ID. */
            readonly partnerId?: string;
            /** @description Customer's identifier in the Microsoft billing platform (the examples show an upper-case GUID). */
            readonly customerId?: string;
            /** @description Customer's company name. */
            readonly customerName?: string;
            /**
             * Format: int32
             * @description MPN ID (partner ID) of the reseller: the direct reseller, or for indirect resellers the value added reseller.
             */
            readonly mpnId?: number;
            /**
             * Format: int32
             * @description MPN ID of the tier 2 partner; `-1` in the examples when there is none.
             */
            readonly tier2MpnId?: number;
            /** @description Order identifier. */
            readonly orderId?: string;
            /** @description Subscription identifier in the billing platform (not a GUID in the examples). */
            readonly subscriptionId?: string;
            /** @description Subscription number of the syndication partner. */
            readonly syndicationPartnerSubscriptionNumber?: string;
            /** @description Offer identifier. */
            readonly offerId?: string;
            /** @description Durable offer identifier. */
            readonly durableOfferId?: string;
            /** @description Offer name, for example `EXCHANGE ONLINE (PLAN 2)`. */
            readonly offerName?: string;
            /** @description Customer's domain name. */
            readonly domainName?: string;
            /** @description Billing cycle, for example `MONTHLY` (free text; casing varies). */
            readonly billingCycleType?: string;
            /** @description Subscription name. */
            readonly subscriptionName?: string;
            /** @description Subscription description. */
            readonly subscriptionDescription?: string;
            /** @description When the subscription started. */
            readonly subscriptionStartDate?: components["schemas"]["DateTime"];
            /** @description When the subscription expires. */
            readonly subscriptionEndDate?: components["schemas"]["DateTime"];
            /** @description Start of the charged period. */
            readonly chargeStartDate?: components["schemas"]["DateTime"];
            /** @description End of the charged period. */
            readonly chargeEndDate?: components["schemas"]["DateTime"];
            /** @description Kind of charge, for example `New`; the service reports purchases as `New` and refunds as `Cancel`. */
            readonly chargeType?: string;
            /** @description Price of one unit. */
            readonly unitPrice?: number;
            /**
             * Format: int32
             * @description Number of units charged.
             */
            readonly quantity?: number;
            /** @description Total before discount: unit price times quantity. */
            readonly amount?: number;
            /** @description Discount applied to this charge. */
            readonly totalOtherDiscount?: number;
            /** @description Amount after discount. */
            readonly subtotal?: number;
            /** @description Tax charged. */
            readonly tax?: number;
            /** @description Amount after discount and tax. */
            readonly totalForCustomer?: number;
            /** @description Currency of the amounts, for example `USD`. */
            readonly currency?: string;
            /** @description Always `billing_line_items` for this kind. */
            readonly invoiceLineItemType?: components["schemas"]["InvoiceLineItemType"];
            /** @description Always `office` for this kind. */
            readonly billingProvider?: components["schemas"]["BillingProvider"];
            /** @description Resource metadata; `objectType` is always `LicenseBasedLineItem`, which is what tells this kind of line item apart from the others in a collection. */
            readonly attributes: components["schemas"]["ResourceAttributes"] & {
                /**
                 * @description Always `LicenseBasedLineItem`.
                 * @constant
                 */
                objectType: "LicenseBasedLineItem";
            };
        };
        /** @description An Azure charge of a legacy MS-AZR-0145P subscription, returned for `provider=azure&invoicelineitemtype=billinglineitems` (SDK class `UsageBasedLineItem`). Where the resource table and the example disagree, the example's property names are used (`customerCompanyName`, `pretaxCharges`, `pretaxEffectiveRate`); `consumptionPrice` and `consumptionDiscount`, strings in the table, are numbers in the SDK. */
        UsageBasedLineItem: {
            /** @description Partner's Microsoft Entra tenant ID (upper case in the examples). */
            readonly partnerId?: string;
            /** @description Partner's name. */
            readonly partnerName?: string;
            /** @description Partner's billable account ID. */
            readonly partnerBillableAccountId?: string;
            /** @description Customer's tenant ID. */
            readonly customerId?: string;
            /** @description Customer's company name (the resource table calls it `customerName`; the examples and the SDK send `customerCompanyName`). */
            readonly customerCompanyName?: string;
            /**
             * Format: int32
             * @description MPN ID of the reseller: the direct reseller, or for indirect resellers the value added reseller.
             */
            readonly mpnId?: number;
            /**
             * Format: int32
             * @description MPN ID of the tier 2 partner; `-1` in the examples when there is none.
             */
            readonly tier2MpnId?: number;
            /** @description Number of the invoice the item belongs to. */
            readonly invoiceNumber?: string;
            /** @description Customer's domain name. */
            readonly domainName?: string;
            /** @description Billing cycle, for example `Monthly` (free text; casing varies). */
            readonly billingCycleType?: string;
            /** @description Azure subscription ID. */
            readonly subscriptionId?: string;
            /** @description Subscription name. */
            readonly subscriptionName?: string;
            /** @description Subscription description. */
            readonly subscriptionDescription?: string;
            /** @description Order identifier. */
            readonly orderId?: string;
            /** @description Azure service, for example `Storage` or `Azure App Service`. */
            readonly serviceName?: string;
            /** @description Service type, for example `Standard Page Blob`. */
            readonly serviceType?: string;
            /** @description Identifier of the metered resource. */
            readonly resourceGuid?: string;
            /** @description Name of the metered resource, for example `LRS Data Stored`. */
            readonly resourceName?: string;
            /** @description Region of the resource instance; often empty. */
            readonly region?: string;
            /** @description Units consumed. */
            readonly consumedQuantity?: number;
            /** @description Start of the charged period. */
            readonly chargeStartDate?: components["schemas"]["DateTime"];
            /** @description End of the charged period. */
            readonly chargeEndDate?: components["schemas"]["DateTime"];
            /** @description Unit of measure, for example `1 Hour` or `1 GB/Month`. */
            readonly unit?: string;
            /**
             * Format: int32
             * @description Distinguishes the rows of one resource that are rated differently (for example the first 1,024 units at one rate and the rest at another).
             */
            readonly detailLineItemId?: number;
            /** @description Service SKU, for example `7UD-00001`. */
            readonly sku?: string;
            /** @description Units included in the offer. */
            readonly includedQuantity?: number;
            /** @description Units consumed beyond the included quantity. */
            readonly overageQuantity?: number;
            /** @description Price of one unit. */
            readonly listPrice?: number;
            /** @description Price of the quantity consumed. */
            readonly consumptionPrice?: number;
            /** @description Discount on the consumption. */
            readonly consumptionDiscount?: number;
            /** @description Currency of the amounts, for example `USD`. */
            readonly currency?: string;
            /** @description Charge before tax. */
            readonly pretaxCharges?: number;
            /** @description Tax charged. */
            readonly taxAmount?: number;
            /** @description Charge after tax: `pretaxCharges` plus `taxAmount`. */
            readonly postTaxTotal?: number;
            /** @description Effective unit price before tax. */
            readonly pretaxEffectiveRate?: number;
            /** @description Effective unit price after tax. */
            readonly postTaxEffectiveRate?: number;
            /** @description Kind of charge, for example `Assess usage fee for current cycle`. */
            readonly chargeType?: string;
            /** @description Always `billing_line_items` for this kind. */
            readonly invoiceLineItemType?: components["schemas"]["InvoiceLineItemType"];
            /** @description Always `azure` for this kind. */
            readonly billingProvider?: components["schemas"]["BillingProvider"];
            /** @description Resource metadata; `objectType` is always `UsageBasedLineItem`, which is what tells this kind of line item apart from the others in a collection. */
            readonly attributes: components["schemas"]["ResourceAttributes"] & {
                /**
                 * @description Always `UsageBasedLineItem`.
                 * @constant
                 */
                objectType: "UsageBasedLineItem";
            };
        };
        /** @description A day of usage of a legacy MS-AZR-0145P Azure subscription, returned for `provider=azure&invoicelineitemtype=usagelineitems` (SDK class `DailyUsageLineItem`). The invoice resources page does not describe this kind; the fields are those of the page's example and of the official SDK model. */
        DailyUsageLineItem: {
            /** @description Partner's Microsoft Entra tenant ID (upper case in the examples). */
            readonly partnerId?: string;
            /** @description Partner's name. */
            readonly partnerName?: string;
            /** @description Partner's billable account ID. */
            readonly partnerBillableAccountId?: string;
            /** @description Customer's tenant ID. */
            readonly customerId?: string;
            /** @description Customer's company name (the resource table calls it `customerName`; the examples and the SDK send `customerCompanyName`). */
            readonly customerCompanyName?: string;
            /**
             * Format: int32
             * @description MPN ID of the reseller: the direct reseller, or for indirect resellers the value added reseller.
             */
            readonly mpnId?: number;
            /**
             * Format: int32
             * @description MPN ID of the tier 2 partner; `-1` in the examples when there is none.
             */
            readonly tier2MpnId?: number;
            /** @description Number of the invoice the item belongs to. */
            readonly invoiceNumber?: string;
            /** @description Customer's domain name. */
            readonly domainName?: string;
            /** @description Billing cycle, for example `Monthly` (free text; casing varies). */
            readonly billingCycleType?: string;
            /** @description Azure subscription ID. */
            readonly subscriptionId?: string;
            /** @description Subscription name. */
            readonly subscriptionName?: string;
            /** @description Subscription description. */
            readonly subscriptionDescription?: string;
            /** @description Order identifier. */
            readonly orderId?: string;
            /** @description Azure service, for example `Storage` or `Azure App Service`. */
            readonly serviceName?: string;
            /** @description Service type, for example `Standard Page Blob`. */
            readonly serviceType?: string;
            /** @description Identifier of the metered resource. */
            readonly resourceGuid?: string;
            /** @description Name of the metered resource, for example `LRS Data Stored`. */
            readonly resourceName?: string;
            /** @description Region of the resource instance; often empty. */
            readonly region?: string;
            /** @description Units consumed. */
            readonly consumedQuantity?: number;
            /** @description Start of the charged period. */
            readonly chargeStartDate?: components["schemas"]["DateTime"];
            /** @description End of the charged period. */
            readonly chargeEndDate?: components["schemas"]["DateTime"];
            /** @description Unit of measure, for example `1 Hour` or `1 GB/Month`. */
            readonly unit?: string;
            /** @description Customer's billable account. */
            readonly customerBillableAccount?: string;
            /** @description Day of the usage. */
            readonly usageDate?: components["schemas"]["DateTime"];
            /** @description Metered service, for example `Storage` (SDK field; not in the examples). */
            readonly meteredService?: string;
            /** @description Metered service type, for example `External` (SDK field; not in the examples). */
            readonly meteredServiceType?: string;
            /** @description Metered region, for example `West US` (SDK field; not in the examples). */
            readonly meteredRegion?: string;
            /** @description Project or instance name (SDK field; not in the examples). */
            readonly project?: string;
            /** @description Additional service information (SDK field; not in the examples). */
            readonly serviceInfo?: string;
            /** @description Always `usage_line_items` for this kind. */
            readonly invoiceLineItemType?: components["schemas"]["InvoiceLineItemType"];
            /** @description Always `azure` for this kind. */
            readonly billingProvider?: components["schemas"]["BillingProvider"];
            /** @description Resource metadata; `objectType` is always `DailyUsageLineItem`, which is what tells this kind of line item apart from the others in a collection. */
            readonly attributes: components["schemas"]["ResourceAttributes"] & {
                /**
                 * @description Always `DailyUsageLineItem`.
                 * @constant
                 */
                objectType: "DailyUsageLineItem";
            };
        };
        /** @description A charge of the modern commerce data model (new-commerce licenses, software, Azure reservations, Azure plan and marketplace purchases), returned for `provider=onetime&invoicelineitemtype=billinglineitems`, billed or unbilled (SDK class `OneTimeInvoiceLineItem`). The documented examples send most amounts and quantities as strings (`"unitPrice": "16"`) in some items and as numbers in others; the spec follows the resource table and the SDK (numbers; `mpnId` a string, `resellerMpnId` an integer). `orderId`, `subscriptionStartDate`, `subscriptionEndDate`, `referenceId`, `productQualifiers` and `promotionId` are not in the resource table but are in the examples and the SDK. */
        OneTimeInvoiceLineItem: {
            /** @description Partner's tenant ID. */
            readonly partnerId?: string;
            /** @description Customer's tenant ID. */
            readonly customerId?: string;
            /** @description Customer's company name. */
            readonly customerName?: string;
            /** @description Customer's domain name. */
            readonly customerDomainName?: string;
            /** @description Customer's country, for example `US`. */
            readonly customerCountry?: string;
            /** @description Number of the invoice the item belongs to; empty for unbilled items. */
            readonly invoiceNumber?: string;
            /** @description MPN ID (partner ID) associated with the item, as a string. */
            readonly mpnId?: string;
            /**
             * Format: int32
             * @description MPN ID of the indirect reseller; `0` when there is none. The table's description of this field is a copy error (it describes an order ID).
             */
            readonly resellerMpnId?: number;
            /** @description Order identifier. */
            readonly orderId?: string;
            /** @description When the order was placed. */
            readonly orderDate?: components["schemas"]["DateTime"];
            /** @description Product ID, for example `CFQ7TTC0LH18`. */
            readonly productId?: string;
            /** @description SKU ID within the product, for example `0001`. */
            readonly skuId?: string;
            /** @description Availability ID, for example `CFQ7TTC0LDPB`. */
            readonly availabilityId?: string;
            /** @description Product name. */
            readonly productName?: string;
            /** @description SKU name. */
            readonly skuName?: string;
            /** @description Qualifiers of the product, for example `AddOn` and `Trial`; may be empty. */
            readonly productQualifiers?: string[];
            /** @description Kind of charge, for example `new` (casing varies); the service reports purchases as `new` and refunds as `cancel`. */
            readonly chargeType?: string;
            /** @description Price of one unit. */
            readonly unitPrice?: number;
            /** @description Unit price after discounts and credits. */
            readonly effectiveUnitPrice?: number;
            /** @description Unit type; often empty. */
            readonly unitType?: string;
            /**
             * Format: int32
             * @description Number of units.
             */
            readonly quantity?: number;
            /** @description Amount after discount. */
            readonly subtotal?: number;
            /** @description Tax charged. */
            readonly taxTotal?: number;
            /** @description Amount after discount and tax. */
            readonly totalForCustomer?: number;
            /** @description Billing currency, for example `USD`. */
            readonly currency?: string;
            /** @description Publisher of the product, for example `Microsoft Corporation`. */
            readonly publisherName?: string;
            /** @description Publisher ID; often empty for Microsoft products. */
            readonly publisherId?: string;
            /** @description Subscription description; often empty. */
            readonly subscriptionDescription?: string;
            /** @description Subscription ID. */
            readonly subscriptionId?: string;
            /** @description When the subscription started. */
            readonly subscriptionStartDate?: components["schemas"]["DateTime"];
            /** @description When the subscription ends. */
            readonly subscriptionEndDate?: components["schemas"]["DateTime"];
            /** @description Start of the charged period. */
            readonly chargeStartDate?: components["schemas"]["DateTime"];
            /** @description End of the charged period. */
            readonly chargeEndDate?: components["schemas"]["DateTime"];
            /** @description Term and billing cycle in words, for example `One-Year commitment for monthly/yearly billing`. */
            readonly termAndBillingCycle?: string;
            /** @description Alternate ID (quote ID) of the order. */
            readonly alternateId?: string;
            /** @description Reference ID of the line item. */
            readonly referenceId?: string;
            /** @description Reasons for price adjustments, as a JSON array serialized into a string; may be empty. */
            readonly priceAdjustmentDescription?: string;
            /** @description Reason code of a credit. */
            readonly creditReasonCode?: string;
            /** @description Deprecated: details of discounts; empty in the examples. */
            readonly discountDetails?: string;
            /** @description Currency in which the product is priced. */
            readonly pricingCurrency?: string;
            /** @description Exchange rate from the pricing currency to the billing currency. */
            readonly pcToBCExchangeRate?: number;
            /** @description Date on which that exchange rate was fixed. */
            readonly pcToBCExchangeRateDate?: components["schemas"]["DateTime"];
            /** @description Units billed (may be fractional, for example for metered reservations). */
            readonly billableQuantity?: number;
            /** @description Meter description of a consumption item; often empty. */
            readonly meterDescription?: string;
            /** @description Reservation order ID of an Azure reservation purchase. */
            readonly reservationOrderId?: string;
            /** @description Billing frequency, for example `Monthly`; may be empty. */
            readonly billingFrequency?: string;
            /** @description ID of the promotion applied; empty when there is none. */
            readonly promotionId?: string;
            /** @description Always `billing_line_items` for this kind. */
            readonly invoiceLineItemType?: components["schemas"]["InvoiceLineItemType"];
            /** @description `one_time` in the examples (`all` is the SDK's other mapping to this kind). */
            readonly billingProvider?: components["schemas"]["BillingProvider"];
            /** @description Resource metadata; `objectType` is always `OneTimeInvoiceLineItem`, which is what tells this kind of line item apart from the others in a collection. */
            readonly attributes: components["schemas"]["ResourceAttributes"] & {
                /**
                 * @description Always `OneTimeInvoiceLineItem`.
                 * @constant
                 */
                objectType: "OneTimeInvoiceLineItem";
            };
        };
        /** @description A day of rated commercial consumption (Azure plan and marketplace usage), billed or unbilled, returned for `provider=onetime&invoicelineitemtype=usagelineitems` (SDK class `DailyRatedUsageLineItem`). Amounts and quantities are numbers (the resource table types `pcToBCExchangeRate` as a string, the examples and the SDK as a number); `mpnId` and `resellerMpnId` are strings, empty when not applicable. Customer fields are empty for the partner's own consumption. */
        DailyRatedUsageLineItem: {
            /** @description Partner's tenant ID. */
            readonly partnerId?: string;
            /** @description Partner's name; may be empty. */
            readonly partnerName?: string;
            /** @description Tenant ID of the customer the usage belongs to; empty for the partner's own usage. */
            readonly customerId?: string;
            /** @description Company name of that customer. */
            readonly customerName?: string;
            /** @description Domain name of that customer. */
            readonly customerDomainName?: string;
            /** @description Number of the invoice the usage belongs to; empty for unbilled usage. */
            readonly invoiceNumber?: string;
            /** @description Product ID, for example `DZH318Z0BPS6`; may be empty. */
            readonly productId?: string;
            /** @description SKU ID within the product; may be empty. */
            readonly skuId?: string;
            /** @description Availability ID; may be empty. */
            readonly availabilityId?: string;
            /** @description SKU name of the service. */
            readonly skuName?: string;
            /** @description Product name. */
            readonly productName?: string;
            /** @description Publisher of the product. */
            readonly publisherName?: string;
            /** @description Publisher ID; may be empty. */
            readonly publisherId?: string;
            /** @description Subscription ID. */
            readonly subscriptionId?: string;
            /** @description Subscription description. */
            readonly subscriptionDescription?: string;
            /** @description Start of the charged period. */
            readonly chargeStartDate?: components["schemas"]["DateTime"];
            /** @description End of the charged period. */
            readonly chargeEndDate?: components["schemas"]["DateTime"];
            /** @description Day of the usage. */
            readonly usageDate?: components["schemas"]["DateTime"];
            /** @description Meter type, for example `1 Compute Hour - 1core`. */
            readonly meterType?: string;
            /** @description Meter category, for example `Virtual Machines`. */
            readonly meterCategory?: string;
            /** @description Meter ID: a GUID for Azure meters, other strings (such as `1core`) for marketplace meters. */
            readonly meterId?: string;
            /** @description Meter subcategory. */
            readonly meterSubCategory?: string;
            /** @description Meter name. */
            readonly meterName?: string;
            /** @description Meter region; may be empty. */
            readonly meterRegion?: string;
            /** @description Unit of measure, for example `1 Hour`. */
            readonly unitOfMeasure?: string;
            /** @description Location of the resource, for example `EASTUS`. */
            readonly resourceLocation?: string;
            /** @description Consumed service, for example `Microsoft.Compute`. */
            readonly consumedService?: string;
            /** @description Resource group of the resource. */
            readonly resourceGroup?: string;
            /** @description Azure resource ID of the instance the usage is about. */
            readonly resourceUri?: string;
            /** @description Tags the customer added to the resource, serialized into a string; may be empty. */
            readonly tags?: string;
            /** @description Service-specific metadata serialized as JSON into a string, for example the VM size. */
            readonly additionalInfo?: string;
            /** @description Internal Azure service metadata. */
            readonly serviceInfo1?: string;
            /** @description Service information such as the image type of a VM or the ISP name for ExpressRoute. */
            readonly serviceInfo2?: string;
            /** @description Customer's country; may be empty. */
            readonly customerCountry?: string;
            /** @description MPN ID (partner ID) associated with the usage, as a string. */
            readonly mpnId?: string;
            /** @description MPN ID of the tier 2 reseller, as a string; empty when there is none. */
            readonly resellerMpnId?: string;
            /** @description Kind of charge, for example `new`; may be empty for unbilled usage. */
            readonly chargeType?: string;
            /** @description Price of one unit. */
            readonly unitPrice?: number;
            /** @description Quantity used. */
            readonly quantity?: number;
            /** @description Unit type, for example `1 Hour`; may be empty. */
            readonly unitType?: string;
            /** @description Cost before tax in the billing currency. */
            readonly billingPreTaxTotal?: number;
            /** @description Billing currency (the customer's local currency). */
            readonly billingCurrency?: string;
            /** @description Cost before tax in the pricing currency (USD or the catalog currency used for rating). */
            readonly pricingPreTaxTotal?: number;
            /** @description Pricing currency. */
            readonly pricingCurrency?: string;
            /** @description Entitlement (Azure subscription) ID. */
            readonly entitlementId?: string;
            /** @description Entitlement (Azure subscription) description. */
            readonly entitlementDescription?: string;
            /** @description Exchange rate from the pricing currency to the billing currency. */
            readonly pcToBCExchangeRate?: number;
            /** @description Date on which that exchange rate was fixed. */
            readonly pcToBCExchangeRateDate?: components["schemas"]["DateTime"];
            /** @description Unit price after credits. */
            readonly effectiveUnitPrice?: number;
            /** @description Rate of partner earned credit applied, for example `0.15`. */
            readonly rateOfPartnerEarnedCredit?: number;
            /** @description Whether partner earned credit was applied. */
            readonly hasPartnerEarnedCredit?: boolean;
            /** @description Rate of the credit of `creditType`. */
            readonly rateOfCredit?: number;
            /** @description Credit applied, for example `Credit Not Applied`, `Azure Credit Applied` or `Partner Earned Credit Applied` (free text). */
            readonly creditType?: string;
            /** @description Always `usage_line_items` for this kind. */
            readonly invoiceLineItemType?: components["schemas"]["InvoiceLineItemType"];
            /** @description `marketplace` in the examples. */
            readonly billingProvider?: components["schemas"]["BillingProvider"];
            /** @description Resource metadata; `objectType` is always `DailyRatedUsageLineItem`, which is what tells this kind of line item apart from the others in a collection. */
            readonly attributes: components["schemas"]["ResourceAttributes"] & {
                /**
                 * @description Always `DailyRatedUsageLineItem`.
                 * @constant
                 */
                objectType: "DailyRatedUsageLineItem";
            };
        };
        /** @description One line item of an invoice: exactly one of the documented kinds, told apart by `attributes.objectType` (the service also sends `billingProvider` and `invoiceLineItemType`, which the official SDK uses instead). Which kind arrives depends on the request: `provider=office` with `billinglineitems` gives `LicenseBasedLineItem`; `azure` with `billinglineitems` gives `UsageBasedLineItem`; `azure` with `usagelineitems` gives `DailyUsageLineItem`; `onetime` with `billinglineitems` gives `OneTimeInvoiceLineItem`; `onetime` with `usagelineitems` gives `DailyRatedUsageLineItem`. The resource page's base `InvoiceLineItem` (`invoiceLineItemType`, `billingProvider`, `attributes`) is part of every kind. Each kind fixes `attributes.objectType` to its own name, so a line item matches exactly one kind; the union is written as `anyOf` (not `oneOf` with a `discriminator`) because the distinguishing property is nested, which neither OpenAPI discriminators nor the lint's exclusivity check can follow. */
        InvoiceLineItem: components["schemas"]["LicenseBasedLineItem"] | components["schemas"]["UsageBasedLineItem"] | components["schemas"]["DailyUsageLineItem"] | components["schemas"]["OneTimeInvoiceLineItem"] | components["schemas"]["DailyRatedUsageLineItem"];
        /** @description One page of an invoice's line items, all of one kind (see `InvoiceLineItem`). Seek-paged for `provider=onetime` (`continuationToken`, and `links.next` with an `MS-ContinuationToken` header); paged by `size` and `offset` for `office` and `azure`, whose `links.next` carries the next `offset` and no `continuationToken`. */
        InvoiceLineItemCollection: components["schemas"]["SeekBasedResourceCollection"] & {
            /** @description The line items. */
            readonly items?: components["schemas"]["InvoiceLineItem"][];
        };
        /** @description One page of the partner's unbilled line items, seek-paged (`continuationToken`, and `links.next` with an `MS-ContinuationToken` header). The items are `OneTimeInvoiceLineItem`s for `invoicelineitemtype=billinglineitems` (unbilled reconciliation) and `DailyRatedUsageLineItem`s for `usagelineitems` (unbilled consumption), told apart by `attributes.objectType` (an `anyOf`, for the reason given on `InvoiceLineItem`). */
        UnbilledInvoiceLineItemCollection: components["schemas"]["SeekBasedResourceCollection"] & {
            /** @description The unbilled line items. */
            readonly items?: (components["schemas"]["OneTimeInvoiceLineItem"] | components["schemas"]["DailyRatedUsageLineItem"])[];
        };
        /** @description The JSON filter of the audit-record query, with PascalCase property names as the official SDK serializes its `SimpleFieldFilter`. Three filters are documented ([Get a record of Partner Center activity](https://learn.microsoft.com/en-us/partner-center/developer/get-a-record-of-partner-center-activity-by-user)), each pairing a field with one operator; the service ignores the case of `Value`. */
        AuditRecordSearchFilter: {
            /**
             * @description Filter on the customer's company name.
             * @constant
             */
            Field: "CompanyName";
            /**
             * @description Part of the company name to look for.
             * @example retail
             */
            Value: string;
            /**
             * @description Substring match.
             * @constant
             */
            Operator: "substring";
        } | {
            /**
             * @description Filter on the customer's tenant ID.
             * @constant
             */
            Field: "CustomerId";
            /**
             * Format: uuid
             * @description The customer tenant ID (a GUID).
             * @example 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
             */
            Value: string;
            /**
             * @description Exact match.
             * @constant
             */
            Operator: "equals";
        } | {
            /**
             * @description Filter on the resource type.
             * @constant
             */
            Field: "ResourceType";
            /**
             * @description The resource type as the .NET SDK's `ResourceType` enum names it, for example `Subscription` or `CustomerUser`. Case is ignored; whether the snake_case form of `resourceType` (`customer_user`) is accepted too is not documented.
             * @example Subscription
             */
            Value: string;
            /**
             * @description Exact match.
             * @constant
             */
            Operator: "equals";
        };
        /**
         * @description Kind of resource an audited operation acted on, sent as a lowercase snake_case string. The fourteen values of the [auditing resources](https://learn.microsoft.com/en-us/partner-center/developer/auditing-resources) page are listed, together with the further values of the official .NET SDK's `ResourceType` enum (`referral`, `invoice`, `granular_admin_relationship`, `device` and others). Open: Microsoft adds resource types over time, so expect others. The official .NET SDK also accepts the integer ordinal when reading; the values below are numbered from 1 in the order listed (`customer` = 1 to `indirect_provider_indirect_reseller_dap` = 32), and the SDK maps an unrecognised value to its `undefined` = 0, which the service is not known to send.
         * @enum {string}
         */
        AuditResourceType: "customer" | "customer_user" | "order" | "subscription" | "license" | "third_party_add_on" | "mpn_association" | "transfer" | "application" | "application_credential" | "partner_user" | "partner_relationship" | "referral" | "software_key" | "software_download_link" | "spending_limit" | "invoice" | "agreement" | "partner_customer_relationship" | "self_serve_policy" | "granular_admin_relationship" | "granular_admin_access_assignment" | "partner_customer_dap" | "credit" | "customer_directory_role" | "software_page" | "device" | "policy" | "overage" | "new_commerce_migration" | "azure_entitlement" | "indirect_provider_indirect_reseller_dap" | (string & {});
        /**
         * @description Kind of operation an audit record describes, sent as a lowercase snake_case string. Every value of the [auditing resources](https://learn.microsoft.com/en-us/partner-center/developer/auditing-resources) page is listed (the page names `create_self_serve_policy` twice; `delete_customer` concerns sandbox integration accounts only). The page's list is older than the official .NET SDK's `OperationType` enum, whose further values (from `remove_partner_user` and the `granular_admin_*` family to `create_new_commerce_migration`) are listed too. Open: Microsoft adds operations over time, so expect others. The official .NET SDK also accepts the integer ordinal when reading; the values below are numbered from 1 in the order listed (`update_customer_qualification` = 1 to `create_new_commerce_migration` = 78), and the SDK maps an unrecognised value to its `undefined` = 0, which the service is not known to send.
         * @enum {string}
         */
        AuditOperationType: "update_customer_qualification" | "update_subscription" | "upgrade_subscription" | "convert_trial_subscription" | "add_customer" | "update_customer_billing_profile" | "update_customer_partner_contract_company_name" | "update_customer_spending_budget" | "delete_customer" | "remove_partner_customer_relationship" | "create_order" | "update_order" | "create_customer_user" | "delete_customer_user" | "update_customer_user" | "update_customer_user_licenses" | "reset_customer_user_password" | "update_customer_user_principal_name" | "restore_customer_user" | "create_mpn_association" | "update_mpn_association" | "update_sfb_customer_user_licenses" | "update_transfer" | "create_partner_relationship" | "register_application" | "unregister_application" | "add_application_credential" | "remove_application_credential" | "create_partner_user" | "update_partner_user" | "remove_partner_user" | "create_referral" | "update_referral" | "get_software_key" | "get_software_download_link" | "increase_spending_limit" | "ready_invoice" | "create_agreement" | "extend_relationship" | "create_transfer" | "create_self_serve_policy" | "update_self_serve_policy" | "delete_self_serve_policy" | "remove_partner_relationship" | "delete_tip_customer" | "create_related_referral" | "update_related_referral" | "granular_admin_relationship_approved" | "granular_admin_relationship_activated" | "granular_admin_relationship_termination_requested" | "granular_admin_relationship_terminated" | "granular_admin_relationship_expired" | "granular_admin_access_assignment_created" | "granular_admin_access_assignment_updated" | "granular_admin_access_assignment_deleted" | "dap_admin_relationship_approved" | "dap_admin_relationship_terminated" | "create_credit" | "update_credit" | "cancel_credit" | "add_user_member" | "remove_user_member" | "granular_admin_access_assignment_activated" | "software_attestation" | "granular_admin_relationship_cleaned_up" | "update_company_info" | "policy_created" | "policy_updated" | "policy_deleted" | "device_updated" | "devices_update_attempted" | "device_deleted" | "devices_upload_to_new_batch_attempted" | "devices_upload_to_existing_batch_attempted" | "manage_overage" | "dap_admin_relationship_terminated_by_microsoft" | "azure_fraud_event_detected" | "create_new_commerce_migration" | (string & {});
        /**
         * @description Outcome of an audited operation, sent as a lowercase string: `succeeded`, `failed`, or `progress` while the operation is still running (the three values of the [auditing resources](https://learn.microsoft.com/en-us/partner-center/developer/auditing-resources) page). `decline` is listed by the official .NET SDK and the official swagger only; what it marks is not documented. The SDK also accepts the integer ordinal when reading: `succeeded` = 0, `failed` = 1, `progress` = 2, `decline` = 3. Open: other values may appear.
         * @enum {string}
         */
        AuditOperationStatus: "succeeded" | "failed" | "progress" | "decline" | (string & {});
        /** @description One name/value pair of extra detail in an audit record, such as `OrderId` or `CustomerUserId`. Which keys appear depends on the operation. Unlike the `KeyValuePair` of links, `value` can be null: the documented audit examples send `{"key": "PartnerOnRecord-0", "value": null}`. */
        AuditRecordCustomizedDataItem: {
            /**
             * @description Name of the detail, for example `OrderId`, `SubscriptionId-0` or `CustomerUserId`.
             * @example OrderId
             */
            readonly key?: string;
            /** @description Value of the detail, always a string (numbers too, such as a quantity `"5"`), or null when not set. */
            readonly value?: string | null;
        };
        /** @description A record of one operation that a partner user or application performed in Partner Center, from the activity log. Fields follow the [auditing resources](https://learn.microsoft.com/en-us/partner-center/developer/auditing-resources) page; `id`, `partnerId`, `participants` and `originalCorrelationId` appear in the documented response examples (of the activity-log and API throttling pages) but not in the page's field table, and `sessionId` only in the official swagger. Which fields are always present is not documented: the examples leave out `applicationId`, `resourceOldValue` or `customerName` on some records. */
        AuditRecord: {
            /** @description Identifier of the record. Not a GUID: documented values join the partner and customer IDs (sometimes the resource's ID too), the operation name and a timestamp with underscores. */
            readonly id?: string;
            /**
             * Format: uuid
             * @description Tenant ID of the partner on whose account the operation was performed.
             */
            readonly partnerId?: string;
            /** @description Tenant IDs of the parties involved in the operation; in the only documented example it holds just the partner ID. Not in the resource table or the SDK model. */
            readonly participants?: string[];
            /**
             * Format: uuid
             * @description Tenant ID of the customer the operation concerned. Partner-level operations (such as registering an application) most plausibly omit it; not documented.
             */
            readonly customerId?: string;
            /** @description Company name of the customer. */
            readonly customerName?: string;
            /** @description Sign-in name (usually an email-style UPN) of the user who performed the operation. */
            readonly userPrincipalName?: string;
            /** @description The application that performed the operation: an Entra application (client) ID in some documented records, a name such as `Partner Center Native App` or `FulfillmentService` in others. */
            readonly applicationId?: string;
            /** @description Session identifier. Listed by the official swagger only; never seen in a documented example. */
            readonly sessionId?: string;
            /** @description Kind of resource the operation acted on. */
            readonly resourceType?: components["schemas"]["AuditResourceType"];
            /** @description The resource before the operation, as a JSON document serialized into a string (with PascalCase property names in the documented examples). Absent when there was no previous value, for example on creation. */
            readonly resourceOldValue?: string;
            /** @description The resource after the operation, as a JSON document serialized into a string (PascalCase property names in the documented examples). Parse it to read it. */
            readonly resourceNewValue?: string;
            /** @description Kind of operation that was performed. */
            readonly operationType?: components["schemas"]["AuditOperationType"];
            /** @description Correlation ID of the request that performed the operation (GUID-like in the documented example). In the SDK model and documented examples, not in the resource table. */
            readonly originalCorrelationId?: string;
            /** @description When the operation was performed, in UTC (for example `2017-06-15T22:56:05.0589308Z`). */
            readonly operationDate?: components["schemas"]["DateTime"];
            /** @description Outcome of the operation. */
            readonly operationStatus?: components["schemas"]["AuditOperationStatus"];
            /** @description Extra details as name/value pairs; the set of keys depends on the operation type. */
            readonly customizedData?: components["schemas"]["AuditRecordCustomizedDataItem"][];
            /** @description `objectType` is `AuditRecord`. */
            readonly attributes?: components["schemas"]["ResourceAttributes"];
        };
        /** @description One page of audit records (`SeekBasedResourceCollection<AuditRecord>` in the official SDKs). Seek-paged: each page but the last carries `links.next` and `continuationToken`. */
        AuditRecordCollection: components["schemas"]["SeekBasedResourceCollection"] & {
            /** @description The audit records of this page. */
            readonly items?: components["schemas"]["AuditRecord"][];
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
        /** @description A note on a service request. To add one, send only `text` in the request's `newNote`; the service fills in the author and timestamp. */
        ServiceRequestNote: {
            /** @description Name of the note's author, filled in by the service (the documented example shows `Account`). */
            readonly createdByName?: string;
            /** @description When the note was added, set by the service. ISO 8601 as written by .NET; the documented example has no UTC offset (`2017-01-09T23:31:15.373`). Nullable in the SDK model. */
            readonly createdDate?: string | null;
            /** @description Text of the note; not blank. What the service answers for a blank note is not documented; most plausibly it refuses it. */
            text: string;
        };
        /** @description The body of a service request update: a partial `ServiceRequest` holding only the values to change, at least one. The update page documents `newNote` (append a note) and `status` (set to `open`, `closed` or `attention_needed`); `title`, `description` and `severity` are fields of the resource that a PATCH most plausibly changes too, which is not documented. Property names are matched case-insensitively: the .NET SDK sends a whole `ServiceRequest` in PascalCase with its "not set" defaults (`"Status": "none"`, `"Severity": "unknown"`, nulls, `0001-01-01T00:00:00`), which the service ignores, so properties not listed here stay valid. */
        ServiceRequestUpdate: {
            /** @description New title. */
            title?: string;
            /** @description New description of the problem. */
            description?: string;
            /**
             * @description New severity. The resource's other value, `unknown`, is the SDK's "not set" default and not a severity to set.
             * @enum {string}
             */
            severity?: "critical" | "moderate" | "minimal";
            /**
             * @description New status. The resource's other value, `none`, is the SDK's "not set" default and not a status to set.
             * @enum {string}
             */
            status?: "open" | "closed" | "attention_needed";
            /** @description Note to append to `notes`; only its `text` is read. */
            newNote?: components["schemas"]["ServiceRequestNote"];
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
        /** @description The cart or order is busy with another request, for example code 800064 ("Cart is being processed by another request"), 800060 ("Your order is in progress") or 800014 ("There is a pending adjustment requested for this order") from the documented error-code table. Wait, read the resource again, and retry if still needed. */
        PurchaseConflict: {
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
        /** @description The license update was rejected: for example no license of the SKU is left (code 60012), the licenses belong to more than one license group, or the body is invalid. Not retried by the official SDK; fix the request (or buy licenses) first. */
        LicenseUpdateBadRequest: {
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
    };
    parameters: {
        /**
         * @description Number of customers per page. `0` leaves the page size to the service: the official SDK sends `size=0` for a filtered search without a page size, as both filter examples do. No default or maximum is documented. One page's table calls `size` required, but the other pages and the SDK (which sends no `size` when listing all customers) treat it as optional.
         * @example 40
         */
        CustomerPageSize: number;
        /** @description Customer search, as a URL-encoded JSON object with the keys `Field`, `Value` and `Operator` (PascalCase, each quoted), for example `{"Field":"CompanyName","Value":"cont","Operator":"starts_with"}` (`filter=%7B%22Field%22%3A%22CompanyName%22%2C%22Value%22%3A%22cont%22%2C%22Operator%22%3A%22starts_with%22%7D`). `starts_with` is the only operator; `Value` is matched case-insensitively. Searching by `IndirectReseller` (the reseller's tenant ID) needs an App+User token. Clients serialize the object with `JSON.stringify` before URL-encoding it. Without `filter` the list returns all customers. */
        CustomerFilter: string;
        /**
         * @description Asks for the next page of a seek-paged collection. Sent as `Next` by following the previous page's `links.next`, together with the `MS-ContinuationToken` header that link carries; not sent on the first request.
         * @example Next
         */
        SeekOperation: "Next";
        /**
         * @description Continuation token of a seek-paged collection, copied from the `headers` of the previous page's `links.next` (and equal to its `continuationToken`). Sent only with `seekOperation=Next`. Opaque: send it back unchanged.
         * @example d19617b8-fbe5-4684-a5d8-0230972fb0cf,0705c4a9-39f7-4261-ba6d-53e24a9ce47d_a4ayc
         */
        MsContinuationToken: string;
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
         * @description The customer tenant ID: the customer's Microsoft Entra tenant ID, a GUID. In Partner Center it is shown as the customer's Microsoft ID on the customer's Account page.
         * @example 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10
         */
        CustomerId: string;
        /**
         * @description The full domain name to check, for example `contosoretail.onmicrosoft.com`. A name with characters a domain cannot contain is rejected with 400 (the SDK's sample checks this with `abc!.ccsctp.net`).
         * @example contosoretail.onmicrosoft.com
         */
        Domain: string;
        /**
         * @description Limits the result to one agreement type. Without it the service returns only `MicrosoftCloudAgreement` items, for backward compatibility. `*` returns every type; Microsoft warns that new types may appear at any time, so send `*` only if the caller copes with unknown types. The pages' tables call this parameter `agreement-type`, but their examples and the SDK send `agreementType`.
         * @example MicrosoftCustomerAgreement
         */
        AgreementTypeFilter: "MicrosoftCloudAgreement" | "MicrosoftCustomerAgreement" | "*";
        /**
         * @description Country or region whose catalog is read, as a two-letter ISO 3166-1 code such as `US`. The official .NET SDK rejects values that are not two characters long. Links in the response repeat it (`?country=US`).
         * @example US
         */
        Country: string;
        /**
         * @description Part of the catalog to list: `Azure` (all Azure items), `AzureReservations` (all Azure reservations), `AzureReservationsVM`, `AzureReservationsSQL` and `AzureReservationsCosmosDb` (virtual machine, SQL and Cosmos DB reservations), `MicrosoftAzure` (Microsoft Azure MS-AZR-0145P subscriptions and Azure plans), `OnlineServices` (online services, including commercial marketplace products), `Software`, `SoftwareSUSELinux`, `SoftwarePerpetual` and `SoftwareSubscriptions`. Sent with the casing shown. A view the partner may not use is rejected with 403 (code 400036).
         * @example MicrosoftAzure
         */
        TargetView: "Azure" | "AzureReservations" | "AzureReservationsVM" | "AzureReservationsSQL" | "AzureReservationsCosmosDb" | "MicrosoftAzure" | "OnlineServices" | "Software" | "SoftwareSUSELinux" | "SoftwarePerpetual" | "SoftwareSubscriptions";
        /**
         * @description Restricts the result to the catalog of one customer segment. Without it, items of every segment the partner may sell are returned. A segment the partner may not use is rejected with 403 (code 400030).
         * @example commercial
         */
        TargetSegment: "commercial" | "education" | "government" | "nonprofit";
        /**
         * @description For Azure reservation items only: `AzurePlan` returns the items that apply to Azure plans. Without it, the reservation items that apply to Microsoft Azure (MS-AZR-0145P) subscriptions are returned. `AzurePlan` is the only documented value.
         * @example AzurePlan
         */
        ReservationScope: "AzurePlan";
        /**
         * @description Number of items to return in one page. Where a maximum is documented the operation says so; without `size` the service returns its default page size.
         * @example 40
         */
        Size: number;
        /**
         * @description Zero-based index of the first item to return, for operations paged by size and offset. Defaults to `0`.
         * @example 0
         */
        Offset: number;
        /**
         * @description ID of a catalog product, for example `CFQ7TTC0LH18` (Microsoft 365 Business Basic) or `DZH318Z0BPS6` (Azure plan). Product IDs are normally 12-character codes; links in older orders also point at products identified by GUIDs, so any non-empty string is accepted.
         * @example CFQ7TTC0LH18
         */
        ProductId: string;
        /**
         * @description ID of a SKU of the product, for example `0001`. A SKU ID is unique only within its parent product.
         * @example 0001
         */
        SkuId: string;
        /**
         * @description Catalog view, as on the product list. Only two request examples of the availabilities page send it (for Azure VM reservations); the page's parameter table and the official SDK do not, so the service most plausibly ignores it here (not documented). Kept because the documentation's examples send it.
         * @example AzureReservationsVM
         */
        AvailabilityTargetView: "Azure" | "AzureReservations" | "AzureReservationsVM" | "AzureReservationsSQL" | "AzureReservationsCosmosDb" | "MicrosoftAzure" | "OnlineServices" | "Software" | "SoftwareSUSELinux" | "SoftwarePerpetual" | "SoftwareSubscriptions";
        /**
         * @description ID of a cart, a GUID returned in `id` when the cart is created. Carts expire after a short time (see the cart's `expirationTimestamp`).
         * @example 7b3e0f2a-5c1d-4e8b-9a6f-2d4c8b1e0a35
         */
        CartId: string;
        /**
         * @description Returns only the orders with this billing cycle. The documented example sends `billingType=onetime`; the official .NET SDK sends the `BillingCycleType` member name (`Monthly`, `Annual`, `None`, `OneTime`), so the service most plausibly compares without regard to case (not documented). Without it, all of the customer's orders are returned.
         * @example onetime
         */
        BillingType: "monthly" | "annual" | "none" | "onetime";
        /**
         * @description ID of an order. Some pages call it a GUID, and older orders do have GUID IDs, but current orders have 33-character IDs such as `kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1`, so any non-empty string is accepted.
         * @example kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1
         */
        OrderId: string;
        /**
         * @description Returns only the subscriptions created by this order. The request-syntax table of [Get a list of subscriptions by order](https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-subscriptions-by-order) calls it a GUID, but order IDs of current (new commerce and marketplace) orders are opaque strings such as `ImxjLNL4_fOc-2KoyOxGTZcrlIquzls11`, so any non-empty string is accepted. Not documented together with `mpn_id`; send at most one of the two.
         * @example kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1
         */
        SubscriptionOrderIdQuery: string;
        /**
         * @description Returns only the subscriptions that the partner with this MPN ID (now called the partner ID or PartnerID) sold to the customer, which is how an indirect provider lists one reseller's subscriptions; see [Get a customer's subscriptions by partner MPN ID](https://learn.microsoft.com/en-us/partner-center/developer/get-all-subscriptions-by-partner). The request-syntax table types it as an integer; it is described here as a string of digits because the SDKs pass it as a string and `Subscription.partnerId` returns it as one. Not documented together with `order_id`; send at most one of the two.
         * @example 4847383
         */
        SubscriptionMpnIdQuery: string;
        /**
         * @description ID of one of the customer's subscriptions, a GUID. This is the Partner Center (commerce) subscription ID, not the `entitlementId` (the Azure subscription ID) of an Azure subscription. The documented examples write it in upper case as well as lower case; the service most plausibly compares it case-insensitively (not documented).
         * @example a4c1340d-6911-4758-bba3-0c4c6007d161
         */
        SubscriptionId: string;
        /**
         * @description Start of the time range, measured by when the usage was reported to the billing system (not when it was consumed). ISO 8601 with a UTC offset, for example `2024-03-01T00:00:00Z` or `2017-07-02T00:00:00-08:00`; a `+` in an offset must be URL-encoded (`%2B`). The official SDK sends it in UTC as `yyyy-MM-ddTHH:mm:ssZ`.
         * @example 2024-03-01T00:00:00Z
         */
        UtilizationStartTime: components["schemas"]["DateTime"];
        /**
         * @description End of the time range, measured by when the usage was reported to the billing system. Same format as `start_time`. The longest allowed range is not documented.
         * @example 2024-03-08T00:00:00Z
         */
        UtilizationEndTime: components["schemas"]["DateTime"];
        /**
         * @description How usage is aggregated: per day (`daily`, the default) or per hour (`hourly`). The documentation writes the values in lower case; the official .NET SDK sends `Daily` or `Hourly` and the service echoes `granularity=Daily` in `links.self`, so the service most plausibly matches the value case-insensitively (not documented). The lower-case values are the ones described here.
         * @example daily
         */
        UtilizationGranularity: "daily" | "hourly";
        /**
         * @description Whether to split the records per resource instance (`true`, the default, which fills `instanceData`) or to aggregate them per resource (`false`). The official .NET SDK sends `True`/`False`; the service most plausibly parses the value case-insensitively (not documented).
         * @example true
         */
        UtilizationShowDetails: boolean;
        /**
         * @description Asks for the next page of Azure utilization records. It is not sent on the first request: the service puts `seek_operation=Next` in the `links.next.uri` of every page but the last, together with the `MS-ContinuationToken` header to replay. Unlike the other seek-paged Partner Center collections, this one spells the parameter in snake case (`seek_operation`, as in the official SDK's configuration), and the next link does not repeat the original query.
         * @example Next
         */
        UtilizationSeekOperation: "Next";
        /** @description Filter as a URL-encoded JSON object, the form the official .NET SDK sends. Required to list deleted users: `{"Field":"UserState","Value":"Inactive","Operator":"equals"}` (`filter=%7B%22Field%22%3A%22UserState%22%2C%22Value%22%3A%22Inactive%22%2C%22Operator%22%3A%22equals%22%7D`). Without it the list holds only active users. Clients must serialize the object with `JSON.stringify` before URL-encoding it. */
        CustomerUserFilter: string;
        /**
         * @description ID of a user account in the customer's tenant: the user's Microsoft Entra object ID, a GUID.
         * @example 82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07
         */
        UserId: string;
        /**
         * @description ID of a directory role in the customer's tenant, a GUID, as returned in `id` by the role lists. The documented values are Microsoft Entra role template IDs, for example `fe930be7-5e62-47db-91af-98c3a49a38b1` for User Administrator.
         * @example fe930be7-5e62-47db-91af-98c3a49a38b1
         */
        RoleId: string;
        /**
         * @description Restricts the result to licenses of these license groups: `Group1` (products whose licenses Microsoft Entra ID manages) and `Group2` (Minecraft products). Repeat the parameter for several groups (`licenseGroupIds=Group1&licenseGroupIds=Group2`). Without it the service uses the default group, `Group1`. The values are sent in Pascal case as in the documented requests, although responses write the group in lower case (`group1`); whether lower case is accepted here is not documented.
         * @example [
         *       "Group1",
         *       "Group2"
         *     ]
         */
        LicenseGroupIds: ("Group1" | "Group2")[];
        /**
         * @description The invoice number as shown on the invoice and in `Invoice.id`, for example `D030001IVV` or `G000024135`. The value `unbilled` does not name an invoice: it addresses the unbilled line items, described as their own path (`/v1/invoices/unbilled/lineitems`).
         * @example D030001IVV
         */
        InvoiceId: string;
        /**
         * @description Billing provider whose line items to return, as in the invoice's `invoiceDetails`: `office` (legacy license-based Office offers), `azure` (legacy Microsoft Azure MS-AZR-0145P subscriptions) or `onetime` (the modern commerce data model: one-time purchases, new-commerce licenses, Azure plan and marketplace products, and billed consumption). `marketplace` is the older name of `onetime` for consumption, which the documentation asks callers to stop using. The documented examples write the value in several casings (`office`, `Office`, `OneTime`); the service most plausibly matches it case-insensitively (not documented). The spec uses the lowercase spelling of the request-syntax tables.
         * @example onetime
         */
        InvoiceLineItemProvider: "office" | "azure" | "onetime" | "marketplace";
        /**
         * @description Kind of line items to return: `billinglineitems` (charges: licenses, purchases, Azure billing) or `usagelineitems` (daily usage or daily rated consumption). The documented examples also write `BillingLineItems` and `UsageLineItems`, and the official SDK sends the parameter name as `invoiceLineItemType`; the service most plausibly matches names and values case-insensitively (not documented).
         * @example billinglineitems
         */
        InvoiceLineItemType: "billinglineitems" | "usagelineitems";
        /**
         * @description Currency of the line items, a three-letter ISO 4217 code such as `USD` (the examples send `usd`). Required with `provider=onetime&invoicelineitemtype=usagelineitems` (billed consumption); not sent for the other combinations in the documented examples.
         * @example USD
         */
        InvoiceLineItemCurrencyCode: string;
        /**
         * @description Billing period of billed consumption line items: `current` or `previous`. Listed as required for `provider=onetime&invoicelineitemtype=usagelineitems` and sent as `previous` in that page's examples; what it changes for an invoice that already fixes the period is not documented. Not sent for the other combinations.
         * @example previous
         */
        InvoiceLineItemPeriod: "current" | "previous";
        /**
         * @description Whether to return only line items with partner earned credit applied. Only applies to `provider=onetime&invoicelineitemtype=usagelineitems`; ignored otherwise. Listed in the parameter tables but used in no documented example; what omitting it returns is not documented (most plausibly all line items).
         * @example true
         */
        HasPartnerEarnedCredit: boolean;
        /**
         * @description Billing provider of the unbilled line items. `onetime` is the value the documentation describes. The unbilled links of the estimate-links operation also carry the older values `marketplace` (consumption) and `all` (reconciliation), which the service most plausibly still accepts (not documented on these pages). The value is written `onetime` and `OneTime` in the documented examples; the service most plausibly matches it case-insensitively (not documented).
         * @example onetime
         */
        UnbilledInvoiceLineItemProvider: "onetime" | "marketplace" | "all";
        /**
         * @description Currency of the unbilled line items, a three-letter ISO 4217 code such as `USD` (the examples send `usd`).
         * @example USD
         */
        UnbilledInvoiceLineItemCurrencyCode: string;
        /**
         * @description Which open billing period to read: `current` for the billing cycle that is still running, `previous` for the cycle that has ended but has not been invoiced yet. The documentation also writes the values capitalized (`Current`, `Previous`); the service most plausibly matches them case-insensitively (not documented).
         * @example current
         */
        UnbilledInvoiceLineItemPeriod: "current" | "previous";
        /**
         * @description Start of the period to return records for. The article's table gives the format as `yyyy-mm-dd` (as in the service's own `links.self`, `startDate=2017-06-01`), while its request example sends the .NET SDK's date-time text `6/1/2017 12:00:00 AM`; both are accepted here, and ISO 8601 `yyyy-mm-dd` is the portable choice. Records are kept for 90 days: a start date further back is rejected with 400. The article's table calls the parameter optional (defaulting to 30 days before the request), but the official swagger marks it required and the .NET SDK always sends it, so it is required here.
         * @example 2024-05-01
         */
        AuditRecordStartDate: string;
        /**
         * @description End of the period to return records for, in the same format as `startDate` (preferably `yyyy-mm-dd`). Without it the service ends the window today or at the longest window it allows, whichever comes first; the official swagger gives that window as 30 days.
         * @example 2024-05-31
         */
        AuditRecordEndDate: string;
        /** @description Filter as a URL-encoded JSON object, the form the official .NET SDK sends: a company-name substring, a customer ID or a resource type, for example `{"Field":"CustomerId","Value":"4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10","Operator":"equals"}`. Clients must serialize the object with `JSON.stringify` before URL-encoding it. Only one filter per request is documented. */
        AuditRecordFilter: string;
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
        /**
         * @description Marks the body as a file download and names the file, for example `attachment; filename=Invoice_G000024132.pdf`.
         * @example attachment; filename=Invoice_D030001IVV.pdf
         */
        ContentDisposition: string;
    };
    pathItems: never;
}
export type CustomerSearchField = components['schemas']['CustomerSearchField'];
export type CustomerSearchFilter = components['schemas']['CustomerSearchFilter'];
export type KeyValuePair = components['schemas']['KeyValuePair'];
export type Link = components['schemas']['Link'];
export type ResourceLinks = components['schemas']['ResourceLinks'];
export type ResourceAttributes = components['schemas']['ResourceAttributes'];
export type ResourceCollection = components['schemas']['ResourceCollection'];
export type SeekBasedResourceCollection = components['schemas']['SeekBasedResourceCollection'];
export type Address = components['schemas']['Address'];
export type CustomerCompanyProfile = components['schemas']['CustomerCompanyProfile'];
export type CustomerBillingProfile = components['schemas']['CustomerBillingProfile'];
export type CustomerPartnerRelationship = components['schemas']['CustomerPartnerRelationship'];
export type UserCredentials = components['schemas']['UserCredentials'];
export type Customer = components['schemas']['Customer'];
export type CustomerCollection = components['schemas']['CustomerCollection'];
export type PartnerCenterError = components['schemas']['PartnerCenterError'];
export type GatewayError = components['schemas']['GatewayError'];
export type NewCustomer = components['schemas']['NewCustomer'];
export type AddressValidationRequest = components['schemas']['AddressValidationRequest'];
export type AddressValidationStatus = components['schemas']['AddressValidationStatus'];
export type AddressValidationResponse = components['schemas']['AddressValidationResponse'];
export type CustomerRelationshipRequest = components['schemas']['CustomerRelationshipRequest'];
export type AgreementType = components['schemas']['AgreementType'];
export type AgreementMetadata = components['schemas']['AgreementMetadata'];
export type AgreementMetadataCollection = components['schemas']['AgreementMetadataCollection'];
export type AgreementContact = components['schemas']['AgreementContact'];
export type DateTime = components['schemas']['DateTime'];
export type Agreement = components['schemas']['Agreement'];
export type AgreementCollection = components['schemas']['AgreementCollection'];
export type NewAgreement = components['schemas']['NewAgreement'];
export type ProductTypeId = components['schemas']['ProductTypeId'];
export type ItemType = components['schemas']['ItemType'];
export type ProductType = components['schemas']['ProductType'];
export type ProductLinks = components['schemas']['ProductLinks'];
export type Product = components['schemas']['Product'];
export type ProductCollection = components['schemas']['ProductCollection'];
export type BillingCycleType = components['schemas']['BillingCycleType'];
export type SkuPurchasePrerequisite = components['schemas']['SkuPurchasePrerequisite'];
export type SkuInventoryVariable = components['schemas']['SkuInventoryVariable'];
export type SkuProvisioningVariable = components['schemas']['SkuProvisioningVariable'];
export type SkuLinks = components['schemas']['SkuLinks'];
export type Sku = components['schemas']['Sku'];
export type SkuCollection = components['schemas']['SkuCollection'];
export type CurrencyInfo = components['schemas']['CurrencyInfo'];
export type AvailabilitySegment = components['schemas']['AvailabilitySegment'];
export type AvailabilityTerm = components['schemas']['AvailabilityTerm'];
export type Availability = components['schemas']['Availability'];
export type AvailabilityCollection = components['schemas']['AvailabilityCollection'];
export type ParticipantType = components['schemas']['ParticipantType'];
export type CartLineItemParticipant = components['schemas']['CartLineItemParticipant'];
export type CartLineItem = components['schemas']['CartLineItem'];
export type CartError = components['schemas']['CartError'];
export type RenewsTo = components['schemas']['RenewsTo'];
export type CartStatus = components['schemas']['CartStatus'];
export type Cart = components['schemas']['Cart'];
export type OrderTransactionType = components['schemas']['OrderTransactionType'];
export type OrderLineItemTransactionType = components['schemas']['OrderLineItemTransactionType'];
export type OrderLineItemLinks = components['schemas']['OrderLineItemLinks'];
export type OrderLineItem = components['schemas']['OrderLineItem'];
export type OrderStatus = components['schemas']['OrderStatus'];
export type OrderLinks = components['schemas']['OrderLinks'];
export type OrderClient = components['schemas']['OrderClient'];
export type Order = components['schemas']['Order'];
export type OrderError = components['schemas']['OrderError'];
export type CartCheckoutResult = components['schemas']['CartCheckoutResult'];
export type OrderCollection = components['schemas']['OrderCollection'];
export type SubscriptionStatus = components['schemas']['SubscriptionStatus'];
export type SubscriptionBillingType = components['schemas']['SubscriptionBillingType'];
export type SubscriptionBillingCycle = components['schemas']['SubscriptionBillingCycle'];
export type SubscriptionContractType = components['schemas']['SubscriptionContractType'];
export type RefundOption = components['schemas']['RefundOption'];
export type SubscriptionLinks = components['schemas']['SubscriptionLinks'];
export type Subscription = components['schemas']['Subscription'];
export type SubscriptionCollection = components['schemas']['SubscriptionCollection'];
export type SubscriptionProvisioningState = components['schemas']['SubscriptionProvisioningState'];
export type SubscriptionProvisioningStatus = components['schemas']['SubscriptionProvisioningStatus'];
export type AzureUtilizationResource = components['schemas']['AzureUtilizationResource'];
export type AzureInstanceData = components['schemas']['AzureInstanceData'];
export type AzureUtilizationRecord = components['schemas']['AzureUtilizationRecord'];
export type AzureUtilizationRecordCollection = components['schemas']['AzureUtilizationRecordCollection'];
export type CustomerUserSearchFilter = components['schemas']['CustomerUserSearchFilter'];
export type PasswordProfile = components['schemas']['PasswordProfile'];
export type UserDomainType = components['schemas']['UserDomainType'];
export type UserState = components['schemas']['UserState'];
export type CustomerUser = components['schemas']['CustomerUser'];
export type CustomerUserCollection = components['schemas']['CustomerUserCollection'];
export type DirectoryRole = components['schemas']['DirectoryRole'];
export type DirectoryRoleCollection = components['schemas']['DirectoryRoleCollection'];
export type UserMember = components['schemas']['UserMember'];
export type LicenseTargetType = components['schemas']['LicenseTargetType'];
export type LicenseGroupId = components['schemas']['LicenseGroupId'];
export type LicenseProductSku = components['schemas']['LicenseProductSku'];
export type LicenseServicePlan = components['schemas']['LicenseServicePlan'];
export type SubscribedSku = components['schemas']['SubscribedSku'];
export type SubscribedSkuCollection = components['schemas']['SubscribedSkuCollection'];
export type LicenseAssignment = components['schemas']['LicenseAssignment'];
export type LicenseWarning = components['schemas']['LicenseWarning'];
export type LicenseUpdate = components['schemas']['LicenseUpdate'];
export type License = components['schemas']['License'];
export type LicenseCollection = components['schemas']['LicenseCollection'];
export type TaxReceipt = components['schemas']['TaxReceipt'];
export type InvoiceLineItemType = components['schemas']['InvoiceLineItemType'];
export type BillingProvider = components['schemas']['BillingProvider'];
export type InvoiceDetail = components['schemas']['InvoiceDetail'];
export type Invoice = components['schemas']['Invoice'];
export type InvoiceDocumentType = components['schemas']['InvoiceDocumentType'];
export type InvoiceType = components['schemas']['InvoiceType'];
export type InvoiceCollection = components['schemas']['InvoiceCollection'];
export type LicenseBasedLineItem = components['schemas']['LicenseBasedLineItem'];
export type UsageBasedLineItem = components['schemas']['UsageBasedLineItem'];
export type DailyUsageLineItem = components['schemas']['DailyUsageLineItem'];
export type OneTimeInvoiceLineItem = components['schemas']['OneTimeInvoiceLineItem'];
export type DailyRatedUsageLineItem = components['schemas']['DailyRatedUsageLineItem'];
export type InvoiceLineItem = components['schemas']['InvoiceLineItem'];
export type InvoiceLineItemCollection = components['schemas']['InvoiceLineItemCollection'];
export type UnbilledInvoiceLineItemCollection = components['schemas']['UnbilledInvoiceLineItemCollection'];
export type AuditRecordSearchFilter = components['schemas']['AuditRecordSearchFilter'];
export type AuditResourceType = components['schemas']['AuditResourceType'];
export type AuditOperationType = components['schemas']['AuditOperationType'];
export type AuditOperationStatus = components['schemas']['AuditOperationStatus'];
export type AuditRecordCustomizedDataItem = components['schemas']['AuditRecordCustomizedDataItem'];
export type AuditRecord = components['schemas']['AuditRecord'];
export type AuditRecordCollection = components['schemas']['AuditRecordCollection'];
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
export type ServiceRequestNote = components['schemas']['ServiceRequestNote'];
export type ServiceRequestUpdate = components['schemas']['ServiceRequestUpdate'];
export type ServiceRequestSeverity = components['schemas']['ServiceRequestSeverity'];
export type ServiceRequestStatus = components['schemas']['ServiceRequestStatus'];
export type ServiceRequestOrganization = components['schemas']['ServiceRequestOrganization'];
export type ServiceRequestContact = components['schemas']['ServiceRequestContact'];
export type FileInfo = components['schemas']['FileInfo'];
export type ServiceRequest = components['schemas']['ServiceRequest'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ResponsePurchaseConflict = components['responses']['PurchaseConflict'];
export type ResponseLicenseUpdateBadRequest = components['responses']['LicenseUpdateBadRequest'];
export type ParameterCustomerPageSize = components['parameters']['CustomerPageSize'];
export type ParameterCustomerFilter = components['parameters']['CustomerFilter'];
export type ParameterSeekOperation = components['parameters']['SeekOperation'];
export type ParameterMsContinuationToken = components['parameters']['MsContinuationToken'];
export type ParameterMsRequestId = components['parameters']['MsRequestId'];
export type ParameterMsCorrelationId = components['parameters']['MsCorrelationId'];
export type ParameterMsCv = components['parameters']['MsCv'];
export type ParameterXLocale = components['parameters']['XLocale'];
export type ParameterMsPartnerCenterApplication = components['parameters']['MsPartnerCenterApplication'];
export type ParameterCustomerId = components['parameters']['CustomerId'];
export type ParameterDomain = components['parameters']['Domain'];
export type ParameterAgreementTypeFilter = components['parameters']['AgreementTypeFilter'];
export type ParameterCountry = components['parameters']['Country'];
export type ParameterTargetView = components['parameters']['TargetView'];
export type ParameterTargetSegment = components['parameters']['TargetSegment'];
export type ParameterReservationScope = components['parameters']['ReservationScope'];
export type ParameterSize = components['parameters']['Size'];
export type ParameterOffset = components['parameters']['Offset'];
export type ParameterProductId = components['parameters']['ProductId'];
export type ParameterSkuId = components['parameters']['SkuId'];
export type ParameterAvailabilityTargetView = components['parameters']['AvailabilityTargetView'];
export type ParameterCartId = components['parameters']['CartId'];
export type ParameterBillingType = components['parameters']['BillingType'];
export type ParameterOrderId = components['parameters']['OrderId'];
export type ParameterSubscriptionOrderIdQuery = components['parameters']['SubscriptionOrderIdQuery'];
export type ParameterSubscriptionMpnIdQuery = components['parameters']['SubscriptionMpnIdQuery'];
export type ParameterSubscriptionId = components['parameters']['SubscriptionId'];
export type ParameterUtilizationStartTime = components['parameters']['UtilizationStartTime'];
export type ParameterUtilizationEndTime = components['parameters']['UtilizationEndTime'];
export type ParameterUtilizationGranularity = components['parameters']['UtilizationGranularity'];
export type ParameterUtilizationShowDetails = components['parameters']['UtilizationShowDetails'];
export type ParameterUtilizationSeekOperation = components['parameters']['UtilizationSeekOperation'];
export type ParameterCustomerUserFilter = components['parameters']['CustomerUserFilter'];
export type ParameterUserId = components['parameters']['UserId'];
export type ParameterRoleId = components['parameters']['RoleId'];
export type ParameterLicenseGroupIds = components['parameters']['LicenseGroupIds'];
export type ParameterInvoiceId = components['parameters']['InvoiceId'];
export type ParameterInvoiceLineItemProvider = components['parameters']['InvoiceLineItemProvider'];
export type ParameterInvoiceLineItemType = components['parameters']['InvoiceLineItemType'];
export type ParameterInvoiceLineItemCurrencyCode = components['parameters']['InvoiceLineItemCurrencyCode'];
export type ParameterInvoiceLineItemPeriod = components['parameters']['InvoiceLineItemPeriod'];
export type ParameterHasPartnerEarnedCredit = components['parameters']['HasPartnerEarnedCredit'];
export type ParameterUnbilledInvoiceLineItemProvider = components['parameters']['UnbilledInvoiceLineItemProvider'];
export type ParameterUnbilledInvoiceLineItemCurrencyCode = components['parameters']['UnbilledInvoiceLineItemCurrencyCode'];
export type ParameterUnbilledInvoiceLineItemPeriod = components['parameters']['UnbilledInvoiceLineItemPeriod'];
export type ParameterAuditRecordStartDate = components['parameters']['AuditRecordStartDate'];
export type ParameterAuditRecordEndDate = components['parameters']['AuditRecordEndDate'];
export type ParameterAuditRecordFilter = components['parameters']['AuditRecordFilter'];
export type ParameterFilterOperator = components['parameters']['FilterOperator'];
export type ParameterFilter = components['parameters']['Filter'];
export type ParameterServiceRequestId = components['parameters']['ServiceRequestId'];
export type HeaderMsRequestId = components['headers']['MsRequestId'];
export type HeaderMsCorrelationId = components['headers']['MsCorrelationId'];
export type HeaderMsCv = components['headers']['MsCv'];
export type HeaderMsServerId = components['headers']['MsServerId'];
export type HeaderWwwAuthenticate = components['headers']['WwwAuthenticate'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type HeaderContentDisposition = components['headers']['ContentDisposition'];
export type $defs = Record<string, never>;
export interface operations {
    listCustomers: {
        parameters: {
            query?: {
                /**
                 * @description Number of customers per page. `0` leaves the page size to the service: the official SDK sends `size=0` for a filtered search without a page size, as both filter examples do. No default or maximum is documented. One page's table calls `size` required, but the other pages and the SDK (which sends no `size` when listing all customers) treat it as optional.
                 * @example 40
                 */
                size?: components["parameters"]["CustomerPageSize"];
                /** @description Customer search, as a URL-encoded JSON object with the keys `Field`, `Value` and `Operator` (PascalCase, each quoted), for example `{"Field":"CompanyName","Value":"cont","Operator":"starts_with"}` (`filter=%7B%22Field%22%3A%22CompanyName%22%2C%22Value%22%3A%22cont%22%2C%22Operator%22%3A%22starts_with%22%7D`). `starts_with` is the only operator; `Value` is matched case-insensitively. Searching by `IndirectReseller` (the reseller's tenant ID) needs an App+User token. Clients serialize the object with `JSON.stringify` before URL-encoding it. Without `filter` the list returns all customers. */
                filter?: components["parameters"]["CustomerFilter"];
                /**
                 * @description Asks for the next page of a seek-paged collection. Sent as `Next` by following the previous page's `links.next`, together with the `MS-ContinuationToken` header that link carries; not sent on the first request.
                 * @example Next
                 */
                seekOperation?: components["parameters"]["SeekOperation"];
            };
            header?: {
                /**
                 * @description Continuation token of a seek-paged collection, copied from the `headers` of the previous page's `links.next` (and equal to its `continuationToken`). Sent only with `seekOperation=Next`. Opaque: send it back unchanged.
                 * @example d19617b8-fbe5-4684-a5d8-0230972fb0cf,0705c4a9-39f7-4261-ba6d-53e24a9ce47d_a4ayc
                 */
                "MS-ContinuationToken"?: components["parameters"]["MsContinuationToken"];
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
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of customers. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerCollection"];
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
    createCustomer: {
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
            path?: never;
            cookie?: never;
        };
        /** @description The customer to create, with its company and billing profiles. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCustomer"];
            };
        };
        responses: {
            /** @description The customer was created; the body includes the administrator credentials. */
            201: {
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
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
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
    validateAddress: {
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
            path?: never;
            cookie?: never;
        };
        /** @description The address to validate. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddressValidationRequest"];
            };
        };
        responses: {
            /** @description The outcome of the validation, whether or not the address is valid. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddressValidationResponse"];
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
    verifyDomainAvailability: {
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
                 * @description The full domain name to check, for example `contosoretail.onmicrosoft.com`. A name with characters a domain cannot contain is rejected with 400 (the SDK's sample checks this with `abc!.ccsctp.net`).
                 * @example contosoretail.onmicrosoft.com
                 */
                domain: components["parameters"]["Domain"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domain exists, so it is not available. No body. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The domain was not found, so it is available. Not an error for the caller: this is the "available" answer. No body. */
            404: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRelationshipRequest: {
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
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation link. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerRelationshipRequest"];
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
    listAgreementMetadata: {
        parameters: {
            query?: {
                /**
                 * @description Limits the result to one agreement type. Without it the service returns only `MicrosoftCloudAgreement` items, for backward compatibility. `*` returns every type; Microsoft warns that new types may appear at any time, so send `*` only if the caller copes with unknown types. The pages' tables call this parameter `agreement-type`, but their examples and the SDK send `agreementType`.
                 * @example MicrosoftCustomerAgreement
                 */
                agreementType?: components["parameters"]["AgreementTypeFilter"];
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
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement templates of the requested type. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementMetadataCollection"];
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
    listCustomerAgreements: {
        parameters: {
            query?: {
                /**
                 * @description Limits the result to one agreement type. Without it the service returns only `MicrosoftCloudAgreement` items, for backward compatibility. `*` returns every type; Microsoft warns that new types may appear at any time, so send `*` only if the caller copes with unknown types. The pages' tables call this parameter `agreement-type`, but their examples and the SDK send `agreementType`.
                 * @example MicrosoftCustomerAgreement
                 */
                agreementType?: components["parameters"]["AgreementTypeFilter"];
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
            /** @description The customer's confirmations of the requested type. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementCollection"];
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
    createCustomerAgreement: {
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
        /** @description The confirmation to record. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewAgreement"];
            };
        };
        responses: {
            /** @description The confirmation was recorded. */
            201: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
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
    listProducts: {
        parameters: {
            query: {
                /**
                 * @description Country or region whose catalog is read, as a two-letter ISO 3166-1 code such as `US`. The official .NET SDK rejects values that are not two characters long. Links in the response repeat it (`?country=US`).
                 * @example US
                 */
                country: components["parameters"]["Country"];
                /**
                 * @description Part of the catalog to list: `Azure` (all Azure items), `AzureReservations` (all Azure reservations), `AzureReservationsVM`, `AzureReservationsSQL` and `AzureReservationsCosmosDb` (virtual machine, SQL and Cosmos DB reservations), `MicrosoftAzure` (Microsoft Azure MS-AZR-0145P subscriptions and Azure plans), `OnlineServices` (online services, including commercial marketplace products), `Software`, `SoftwareSUSELinux`, `SoftwarePerpetual` and `SoftwareSubscriptions`. Sent with the casing shown. A view the partner may not use is rejected with 403 (code 400036).
                 * @example MicrosoftAzure
                 */
                targetView: components["parameters"]["TargetView"];
                /**
                 * @description Restricts the result to the catalog of one customer segment. Without it, items of every segment the partner may sell are returned. A segment the partner may not use is rejected with 403 (code 400030).
                 * @example commercial
                 */
                targetSegment?: components["parameters"]["TargetSegment"];
                /**
                 * @description For Azure reservation items only: `AzurePlan` returns the items that apply to Azure plans. Without it, the reservation items that apply to Microsoft Azure (MS-AZR-0145P) subscriptions are returned. `AzurePlan` is the only documented value.
                 * @example AzurePlan
                 */
                reservationScope?: components["parameters"]["ReservationScope"];
                /**
                 * @description Number of items to return in one page. Where a maximum is documented the operation says so; without `size` the service returns its default page size.
                 * @example 40
                 */
                size?: components["parameters"]["Size"];
                /**
                 * @description Zero-based index of the first item to return, for operations paged by size and offset. Defaults to `0`.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
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
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of products. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductCollection"];
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
    getProduct: {
        parameters: {
            query: {
                /**
                 * @description Country or region whose catalog is read, as a two-letter ISO 3166-1 code such as `US`. The official .NET SDK rejects values that are not two characters long. Links in the response repeat it (`?country=US`).
                 * @example US
                 */
                country: components["parameters"]["Country"];
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
                 * @description ID of a catalog product, for example `CFQ7TTC0LH18` (Microsoft 365 Business Basic) or `DZH318Z0BPS6` (Azure plan). Product IDs are normally 12-character codes; links in older orders also point at products identified by GUIDs, so any non-empty string is accepted.
                 * @example CFQ7TTC0LH18
                 */
                product_id: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
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
    listSkus: {
        parameters: {
            query: {
                /**
                 * @description Country or region whose catalog is read, as a two-letter ISO 3166-1 code such as `US`. The official .NET SDK rejects values that are not two characters long. Links in the response repeat it (`?country=US`).
                 * @example US
                 */
                country: components["parameters"]["Country"];
                /**
                 * @description Restricts the result to the catalog of one customer segment. Without it, items of every segment the partner may sell are returned. A segment the partner may not use is rejected with 403 (code 400030).
                 * @example commercial
                 */
                targetSegment?: components["parameters"]["TargetSegment"];
                /**
                 * @description For Azure reservation items only: `AzurePlan` returns the items that apply to Azure plans. Without it, the reservation items that apply to Microsoft Azure (MS-AZR-0145P) subscriptions are returned. `AzurePlan` is the only documented value.
                 * @example AzurePlan
                 */
                reservationScope?: components["parameters"]["ReservationScope"];
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
                 * @description ID of a catalog product, for example `CFQ7TTC0LH18` (Microsoft 365 Business Basic) or `DZH318Z0BPS6` (Azure plan). Product IDs are normally 12-character codes; links in older orders also point at products identified by GUIDs, so any non-empty string is accepted.
                 * @example CFQ7TTC0LH18
                 */
                product_id: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product's SKUs. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkuCollection"];
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
    listAvailabilities: {
        parameters: {
            query: {
                /**
                 * @description Country or region whose catalog is read, as a two-letter ISO 3166-1 code such as `US`. The official .NET SDK rejects values that are not two characters long. Links in the response repeat it (`?country=US`).
                 * @example US
                 */
                country: components["parameters"]["Country"];
                /**
                 * @description Restricts the result to the catalog of one customer segment. Without it, items of every segment the partner may sell are returned. A segment the partner may not use is rejected with 403 (code 400030).
                 * @example commercial
                 */
                targetSegment?: components["parameters"]["TargetSegment"];
                /**
                 * @description For Azure reservation items only: `AzurePlan` returns the items that apply to Azure plans. Without it, the reservation items that apply to Microsoft Azure (MS-AZR-0145P) subscriptions are returned. `AzurePlan` is the only documented value.
                 * @example AzurePlan
                 */
                reservationScope?: components["parameters"]["ReservationScope"];
                /**
                 * @description Catalog view, as on the product list. Only two request examples of the availabilities page send it (for Azure VM reservations); the page's parameter table and the official SDK do not, so the service most plausibly ignores it here (not documented). Kept because the documentation's examples send it.
                 * @example AzureReservationsVM
                 */
                targetView?: components["parameters"]["AvailabilityTargetView"];
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
                 * @description ID of a catalog product, for example `CFQ7TTC0LH18` (Microsoft 365 Business Basic) or `DZH318Z0BPS6` (Azure plan). Product IDs are normally 12-character codes; links in older orders also point at products identified by GUIDs, so any non-empty string is accepted.
                 * @example CFQ7TTC0LH18
                 */
                product_id: components["parameters"]["ProductId"];
                /**
                 * @description ID of a SKU of the product, for example `0001`. A SKU ID is unique only within its parent product.
                 * @example 0001
                 */
                sku_id: components["parameters"]["SkuId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SKU's availabilities. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilityCollection"];
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
    createCart: {
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
        /** @description The cart to create; only `lineItems` is needed. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Cart"];
            };
        };
        responses: {
            /** @description The created cart. */
            201: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
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
    updateCart: {
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
                /**
                 * @description ID of a cart, a GUID returned in `id` when the cart is created. Carts expire after a short time (see the cart's `expirationTimestamp`).
                 * @example 7b3e0f2a-5c1d-4e8b-9a6f-2d4c8b1e0a35
                 */
                cart_id: components["parameters"]["CartId"];
            };
            cookie?: never;
        };
        /** @description The cart with all of its line items. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Cart"];
            };
        };
        responses: {
            /** @description The updated cart (the page documents 201 Created). */
            201: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["PurchaseConflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    checkoutCart: {
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
                /**
                 * @description ID of a cart, a GUID returned in `id` when the cart is created. Carts expire after a short time (see the cart's `expirationTimestamp`).
                 * @example 7b3e0f2a-5c1d-4e8b-9a6f-2d4c8b1e0a35
                 */
                cart_id: components["parameters"]["CartId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The orders created and the order groups that failed. */
            201: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartCheckoutResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["PurchaseConflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listOrders: {
        parameters: {
            query?: {
                /**
                 * @description Returns only the orders with this billing cycle. The documented example sends `billingType=onetime`; the official .NET SDK sends the `BillingCycleType` member name (`Monthly`, `Annual`, `None`, `OneTime`), so the service most plausibly compares without regard to case (not documented). Without it, all of the customer's orders are returned.
                 * @example onetime
                 */
                billingType?: components["parameters"]["BillingType"];
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
            /** @description The customer's orders. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderCollection"];
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
    createOrder: {
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
        /** @description The order to place. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Order"];
            };
        };
        responses: {
            /** @description The order placed. */
            201: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["PurchaseConflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrder: {
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
                /**
                 * @description ID of an order. Some pages call it a GUID, and older orders do have GUID IDs, but current orders have 33-character IDs such as `kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1`, so any non-empty string is accepted.
                 * @example kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1
                 */
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
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
    updateOrder: {
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
                /**
                 * @description ID of an order. Some pages call it a GUID, and older orders do have GUID IDs, but current orders have 33-character IDs such as `kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1`, so any non-empty string is accepted.
                 * @example kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1
                 */
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /** @description A partial `Order` holding only what changes. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Order"];
            };
        };
        responses: {
            /** @description The updated order. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["PurchaseConflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSubscriptions: {
        parameters: {
            query?: {
                /**
                 * @description Returns only the subscriptions created by this order. The request-syntax table of [Get a list of subscriptions by order](https://learn.microsoft.com/en-us/partner-center/developer/get-a-list-of-subscriptions-by-order) calls it a GUID, but order IDs of current (new commerce and marketplace) orders are opaque strings such as `ImxjLNL4_fOc-2KoyOxGTZcrlIquzls11`, so any non-empty string is accepted. Not documented together with `mpn_id`; send at most one of the two.
                 * @example kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1
                 */
                order_id?: components["parameters"]["SubscriptionOrderIdQuery"];
                /**
                 * @description Returns only the subscriptions that the partner with this MPN ID (now called the partner ID or PartnerID) sold to the customer, which is how an indirect provider lists one reseller's subscriptions; see [Get a customer's subscriptions by partner MPN ID](https://learn.microsoft.com/en-us/partner-center/developer/get-all-subscriptions-by-partner). The request-syntax table types it as an integer; it is described here as a string of digits because the SDKs pass it as a string and `Subscription.partnerId` returns it as one. Not documented together with `order_id`; send at most one of the two.
                 * @example 4847383
                 */
                mpn_id?: components["parameters"]["SubscriptionMpnIdQuery"];
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
            /** @description The customer's subscriptions (filtered, when a filter was sent). */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionCollection"];
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
    getSubscription: {
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
                /**
                 * @description ID of one of the customer's subscriptions, a GUID. This is the Partner Center (commerce) subscription ID, not the `entitlementId` (the Azure subscription ID) of an Azure subscription. The documented examples write it in upper case as well as lower case; the service most plausibly compares it case-insensitively (not documented).
                 * @example a4c1340d-6911-4758-bba3-0c4c6007d161
                 */
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
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
    updateSubscription: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The subscription's `attributes.etag` from a previous read, for optimistic concurrency. Some documented update requests send it and others do not, so it is optional; what the service answers to a stale etag is not documented.
                 * @example eyJpZCI6ImE0YzEzNDBkLTY5MTEtNDc1OC1iYmEzLTBjNGM2MDA3ZDE2MSIsInZlcnNpb24iOjF9
                 */
                "If-Match"?: string;
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
                /**
                 * @description ID of one of the customer's subscriptions, a GUID. This is the Partner Center (commerce) subscription ID, not the `entitlementId` (the Azure subscription ID) of an Azure subscription. The documented examples write it in upper case as well as lower case; the service most plausibly compares it case-insensitively (not documented).
                 * @example a4c1340d-6911-4758-bba3-0c4c6007d161
                 */
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        /** @description The subscription with the changed values: either the whole resource as read (as documented and as the .NET SDK sends it, in any property casing), or, most plausibly, only the changed values. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Subscription"];
            };
        };
        responses: {
            /** @description The updated subscription. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description The change was accepted but not finished in time (documented for quantity changes). There is no body; read the subscription at `Location` later to see the new status and quantity. */
            202: {
                headers: {
                    /**
                     * @description Where to read the subscription, `/customers/{customer-id}/subscriptions/{subscription-id}` (relative to the API root, without `/v1`).
                     * @example /customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/subscriptions/a4c1340d-6911-4758-bba3-0c4c6007d161
                     */
                    Location?: string;
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content?: never;
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
    getSubscriptionProvisioningStatus: {
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
                /**
                 * @description ID of one of the customer's subscriptions, a GUID. This is the Partner Center (commerce) subscription ID, not the `entitlementId` (the Azure subscription ID) of an Azure subscription. The documented examples write it in upper case as well as lower case; the service most plausibly compares it case-insensitively (not documented).
                 * @example a4c1340d-6911-4758-bba3-0c4c6007d161
                 */
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription's provisioning status. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionProvisioningStatus"];
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
    listAzureUtilizationRecords: {
        parameters: {
            query: {
                /**
                 * @description Start of the time range, measured by when the usage was reported to the billing system (not when it was consumed). ISO 8601 with a UTC offset, for example `2024-03-01T00:00:00Z` or `2017-07-02T00:00:00-08:00`; a `+` in an offset must be URL-encoded (`%2B`). The official SDK sends it in UTC as `yyyy-MM-ddTHH:mm:ssZ`.
                 * @example 2024-03-01T00:00:00Z
                 */
                start_time: components["parameters"]["UtilizationStartTime"];
                /**
                 * @description End of the time range, measured by when the usage was reported to the billing system. Same format as `start_time`. The longest allowed range is not documented.
                 * @example 2024-03-08T00:00:00Z
                 */
                end_time: components["parameters"]["UtilizationEndTime"];
                /**
                 * @description How usage is aggregated: per day (`daily`, the default) or per hour (`hourly`). The documentation writes the values in lower case; the official .NET SDK sends `Daily` or `Hourly` and the service echoes `granularity=Daily` in `links.self`, so the service most plausibly matches the value case-insensitively (not documented). The lower-case values are the ones described here.
                 * @example daily
                 */
                granularity?: components["parameters"]["UtilizationGranularity"];
                /**
                 * @description Whether to split the records per resource instance (`true`, the default, which fills `instanceData`) or to aggregate them per resource (`false`). The official .NET SDK sends `True`/`False`; the service most plausibly parses the value case-insensitively (not documented).
                 * @example true
                 */
                show_details?: components["parameters"]["UtilizationShowDetails"];
                /**
                 * @description Number of items to return in one page. Where a maximum is documented the operation says so; without `size` the service returns its default page size.
                 * @example 40
                 */
                size?: components["parameters"]["Size"];
                /**
                 * @description Asks for the next page of Azure utilization records. It is not sent on the first request: the service puts `seek_operation=Next` in the `links.next.uri` of every page but the last, together with the `MS-ContinuationToken` header to replay. Unlike the other seek-paged Partner Center collections, this one spells the parameter in snake case (`seek_operation`, as in the official SDK's configuration), and the next link does not repeat the original query.
                 * @example Next
                 */
                seek_operation?: components["parameters"]["UtilizationSeekOperation"];
            };
            header?: {
                /**
                 * @description Continuation token of a seek-paged collection, copied from the `headers` of the previous page's `links.next` (and equal to its `continuationToken`). Sent only with `seekOperation=Next`. Opaque: send it back unchanged.
                 * @example d19617b8-fbe5-4684-a5d8-0230972fb0cf,0705c4a9-39f7-4261-ba6d-53e24a9ce47d_a4ayc
                 */
                "MS-ContinuationToken"?: components["parameters"]["MsContinuationToken"];
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
                /**
                 * @description ID of one of the customer's subscriptions, a GUID. This is the Partner Center (commerce) subscription ID, not the `entitlementId` (the Azure subscription ID) of an Azure subscription. The documented examples write it in upper case as well as lower case; the service most plausibly compares it case-insensitively (not documented).
                 * @example a4c1340d-6911-4758-bba3-0c4c6007d161
                 */
                subscription_id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of utilization records. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AzureUtilizationRecordCollection"];
                };
            };
            /** @description The utilization data is not ready yet in a system Partner Center depends on. No body; retry after `Retry-After` seconds. */
            204: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content?: never;
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
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description Number of items to return in one page. Where a maximum is documented the operation says so; without `size` the service returns its default page size.
                 * @example 40
                 */
                size?: components["parameters"]["Size"];
                /** @description Filter as a URL-encoded JSON object, the form the official .NET SDK sends. Required to list deleted users: `{"Field":"UserState","Value":"Inactive","Operator":"equals"}` (`filter=%7B%22Field%22%3A%22UserState%22%2C%22Value%22%3A%22Inactive%22%2C%22Operator%22%3A%22equals%22%7D`). Without it the list holds only active users. Clients must serialize the object with `JSON.stringify` before URL-encoding it. */
                filter?: components["parameters"]["CustomerUserFilter"];
                /**
                 * @description Asks for the next page of a seek-paged collection. Sent as `Next` by following the previous page's `links.next`, together with the `MS-ContinuationToken` header that link carries; not sent on the first request.
                 * @example Next
                 */
                seekOperation?: components["parameters"]["SeekOperation"];
            };
            header?: {
                /**
                 * @description Continuation token of a seek-paged collection, copied from the `headers` of the previous page's `links.next` (and equal to its `continuationToken`). Sent only with `seekOperation=Next`. Opaque: send it back unchanged.
                 * @example d19617b8-fbe5-4684-a5d8-0230972fb0cf,0705c4a9-39f7-4261-ba6d-53e24a9ce47d_a4ayc
                 */
                "MS-ContinuationToken"?: components["parameters"]["MsContinuationToken"];
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
            /** @description One page of the customer's user accounts. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerUserCollection"];
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
    createUser: {
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
        /** @description The user account to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerUser"];
            };
        };
        responses: {
            /** @description The created user account. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerUser"];
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
    getUser: {
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
                /**
                 * @description ID of a user account in the customer's tenant: the user's Microsoft Entra object ID, a GUID.
                 * @example 82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user account. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerUser"];
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
    deleteUser: {
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
                /**
                 * @description ID of a user account in the customer's tenant: the user's Microsoft Entra object ID, a GUID.
                 * @example 82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account was deleted (set to `inactive`); no body. */
            204: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content?: never;
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
    updateUser: {
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
                /**
                 * @description ID of a user account in the customer's tenant: the user's Microsoft Entra object ID, a GUID.
                 * @example 82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** @description A partial `CustomerUser` holding only the values to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerUser"];
            };
        };
        responses: {
            /** @description The updated user account. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerUser"];
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
    listUserRoles: {
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
                /**
                 * @description ID of a user account in the customer's tenant: the user's Microsoft Entra object ID, a GUID.
                 * @example 82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's directory roles. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryRoleCollection"];
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
    addDirectoryRoleMember: {
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
                /**
                 * @description ID of a directory role in the customer's tenant, a GUID, as returned in `id` by the role lists. The documented values are Microsoft Entra role template IDs, for example `fe930be7-5e62-47db-91af-98c3a49a38b1` for User Administrator.
                 * @example fe930be7-5e62-47db-91af-98c3a49a38b1
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        /** @description The user to add to the role. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserMember"];
            };
        };
        responses: {
            /** @description The user was added to the role. */
            201: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserMember"];
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
    listSubscribedSkus: {
        parameters: {
            query?: {
                /**
                 * @description Restricts the result to licenses of these license groups: `Group1` (products whose licenses Microsoft Entra ID manages) and `Group2` (Minecraft products). Repeat the parameter for several groups (`licenseGroupIds=Group1&licenseGroupIds=Group2`). Without it the service uses the default group, `Group1`. The values are sent in Pascal case as in the documented requests, although responses write the group in lower case (`group1`); whether lower case is accepted here is not documented.
                 * @example [
                 *       "Group1",
                 *       "Group2"
                 *     ]
                 */
                licenseGroupIds?: components["parameters"]["LicenseGroupIds"];
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
            /** @description The customer's subscribed SKUs. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscribedSkuCollection"];
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
    assignLicenses: {
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
                /**
                 * @description ID of a user account in the customer's tenant: the user's Microsoft Entra object ID, a GUID.
                 * @example 82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** @description The licenses to assign and to remove. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LicenseUpdate"];
            };
        };
        responses: {
            /** @description The license update as applied, with any warnings. */
            201: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenseUpdate"];
                };
            };
            400: components["responses"]["LicenseUpdateBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listUserLicenses: {
        parameters: {
            query?: {
                /**
                 * @description Restricts the result to licenses of these license groups: `Group1` (products whose licenses Microsoft Entra ID manages) and `Group2` (Minecraft products). Repeat the parameter for several groups (`licenseGroupIds=Group1&licenseGroupIds=Group2`). Without it the service uses the default group, `Group1`. The values are sent in Pascal case as in the documented requests, although responses write the group in lower case (`group1`); whether lower case is accepted here is not documented.
                 * @example [
                 *       "Group1",
                 *       "Group2"
                 *     ]
                 */
                licenseGroupIds?: components["parameters"]["LicenseGroupIds"];
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
                /**
                 * @description ID of a user account in the customer's tenant: the user's Microsoft Entra object ID, a GUID.
                 * @example 82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's licenses. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenseCollection"];
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
    listInvoices: {
        parameters: {
            query?: {
                /**
                 * @description Number of items to return in one page. Where a maximum is documented the operation says so; without `size` the service returns its default page size.
                 * @example 40
                 */
                size?: components["parameters"]["Size"];
                /**
                 * @description Zero-based index of the first item to return, for operations paged by size and offset. Defaults to `0`.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
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
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the partner's invoices. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceCollection"];
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
    getInvoice: {
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
                 * @description The invoice number as shown on the invoice and in `Invoice.id`, for example `D030001IVV` or `G000024135`. The value `unbilled` does not name an invoice: it addresses the unbilled line items, described as their own path (`/v1/invoices/unbilled/lineitems`).
                 * @example D030001IVV
                 */
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
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
    listInvoiceLineItems: {
        parameters: {
            query: {
                /**
                 * @description Billing provider whose line items to return, as in the invoice's `invoiceDetails`: `office` (legacy license-based Office offers), `azure` (legacy Microsoft Azure MS-AZR-0145P subscriptions) or `onetime` (the modern commerce data model: one-time purchases, new-commerce licenses, Azure plan and marketplace products, and billed consumption). `marketplace` is the older name of `onetime` for consumption, which the documentation asks callers to stop using. The documented examples write the value in several casings (`office`, `Office`, `OneTime`); the service most plausibly matches it case-insensitively (not documented). The spec uses the lowercase spelling of the request-syntax tables.
                 * @example onetime
                 */
                provider: components["parameters"]["InvoiceLineItemProvider"];
                /**
                 * @description Kind of line items to return: `billinglineitems` (charges: licenses, purchases, Azure billing) or `usagelineitems` (daily usage or daily rated consumption). The documented examples also write `BillingLineItems` and `UsageLineItems`, and the official SDK sends the parameter name as `invoiceLineItemType`; the service most plausibly matches names and values case-insensitively (not documented).
                 * @example billinglineitems
                 */
                invoicelineitemtype: components["parameters"]["InvoiceLineItemType"];
                /**
                 * @description Currency of the line items, a three-letter ISO 4217 code such as `USD` (the examples send `usd`). Required with `provider=onetime&invoicelineitemtype=usagelineitems` (billed consumption); not sent for the other combinations in the documented examples.
                 * @example USD
                 */
                currencycode?: components["parameters"]["InvoiceLineItemCurrencyCode"];
                /**
                 * @description Billing period of billed consumption line items: `current` or `previous`. Listed as required for `provider=onetime&invoicelineitemtype=usagelineitems` and sent as `previous` in that page's examples; what it changes for an invoice that already fixes the period is not documented. Not sent for the other combinations.
                 * @example previous
                 */
                period?: components["parameters"]["InvoiceLineItemPeriod"];
                /**
                 * @description Whether to return only line items with partner earned credit applied. Only applies to `provider=onetime&invoicelineitemtype=usagelineitems`; ignored otherwise. Listed in the parameter tables but used in no documented example; what omitting it returns is not documented (most plausibly all line items).
                 * @example true
                 */
                hasPartnerEarnedCredit?: components["parameters"]["HasPartnerEarnedCredit"];
                /**
                 * @description Number of items to return in one page. Where a maximum is documented the operation says so; without `size` the service returns its default page size.
                 * @example 40
                 */
                size?: components["parameters"]["Size"];
                /**
                 * @description Zero-based index of the first item to return, for operations paged by size and offset. Defaults to `0`.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Asks for the next page of a seek-paged collection. Sent as `Next` by following the previous page's `links.next`, together with the `MS-ContinuationToken` header that link carries; not sent on the first request.
                 * @example Next
                 */
                seekOperation?: components["parameters"]["SeekOperation"];
            };
            header?: {
                /**
                 * @description Continuation token of a seek-paged collection, copied from the `headers` of the previous page's `links.next` (and equal to its `continuationToken`). Sent only with `seekOperation=Next`. Opaque: send it back unchanged.
                 * @example d19617b8-fbe5-4684-a5d8-0230972fb0cf,0705c4a9-39f7-4261-ba6d-53e24a9ce47d_a4ayc
                 */
                "MS-ContinuationToken"?: components["parameters"]["MsContinuationToken"];
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
                 * @description The invoice number as shown on the invoice and in `Invoice.id`, for example `D030001IVV` or `G000024135`. The value `unbilled` does not name an invoice: it addresses the unbilled line items, described as their own path (`/v1/invoices/unbilled/lineitems`).
                 * @example D030001IVV
                 */
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the invoice's line items of the requested kind. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceLineItemCollection"];
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
    getInvoiceStatement: {
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
                 * @description The invoice number as shown on the invoice and in `Invoice.id`, for example `D030001IVV` or `G000024135`. The value `unbilled` does not name an invoice: it addresses the unbilled line items, described as their own path (`/v1/invoices/unbilled/lineitems`).
                 * @example D030001IVV
                 */
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice as a PDF file. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
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
    listUnbilledInvoiceLineItems: {
        parameters: {
            query: {
                /**
                 * @description Billing provider of the unbilled line items. `onetime` is the value the documentation describes. The unbilled links of the estimate-links operation also carry the older values `marketplace` (consumption) and `all` (reconciliation), which the service most plausibly still accepts (not documented on these pages). The value is written `onetime` and `OneTime` in the documented examples; the service most plausibly matches it case-insensitively (not documented).
                 * @example onetime
                 */
                provider: components["parameters"]["UnbilledInvoiceLineItemProvider"];
                /**
                 * @description Kind of line items to return: `billinglineitems` (charges: licenses, purchases, Azure billing) or `usagelineitems` (daily usage or daily rated consumption). The documented examples also write `BillingLineItems` and `UsageLineItems`, and the official SDK sends the parameter name as `invoiceLineItemType`; the service most plausibly matches names and values case-insensitively (not documented).
                 * @example billinglineitems
                 */
                invoicelineitemtype: components["parameters"]["InvoiceLineItemType"];
                /**
                 * @description Currency of the unbilled line items, a three-letter ISO 4217 code such as `USD` (the examples send `usd`).
                 * @example USD
                 */
                currencycode: components["parameters"]["UnbilledInvoiceLineItemCurrencyCode"];
                /**
                 * @description Which open billing period to read: `current` for the billing cycle that is still running, `previous` for the cycle that has ended but has not been invoiced yet. The documentation also writes the values capitalized (`Current`, `Previous`); the service most plausibly matches them case-insensitively (not documented).
                 * @example current
                 */
                period: components["parameters"]["UnbilledInvoiceLineItemPeriod"];
                /**
                 * @description Whether to return only line items with partner earned credit applied. Only applies to `provider=onetime&invoicelineitemtype=usagelineitems`; ignored otherwise. Listed in the parameter tables but used in no documented example; what omitting it returns is not documented (most plausibly all line items).
                 * @example true
                 */
                hasPartnerEarnedCredit?: components["parameters"]["HasPartnerEarnedCredit"];
                /**
                 * @description Number of items to return in one page. Where a maximum is documented the operation says so; without `size` the service returns its default page size.
                 * @example 40
                 */
                size?: components["parameters"]["Size"];
                /**
                 * @description Asks for the next page of a seek-paged collection. Sent as `Next` by following the previous page's `links.next`, together with the `MS-ContinuationToken` header that link carries; not sent on the first request.
                 * @example Next
                 */
                seekOperation?: components["parameters"]["SeekOperation"];
            };
            header?: {
                /**
                 * @description Continuation token of a seek-paged collection, copied from the `headers` of the previous page's `links.next` (and equal to its `continuationToken`). Sent only with `seekOperation=Next`. Opaque: send it back unchanged.
                 * @example d19617b8-fbe5-4684-a5d8-0230972fb0cf,0705c4a9-39f7-4261-ba6d-53e24a9ce47d_a4ayc
                 */
                "MS-ContinuationToken"?: components["parameters"]["MsContinuationToken"];
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
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of unbilled line items of the requested kind. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnbilledInvoiceLineItemCollection"];
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
    listAuditRecords: {
        parameters: {
            query: {
                /**
                 * @description Start of the period to return records for. The article's table gives the format as `yyyy-mm-dd` (as in the service's own `links.self`, `startDate=2017-06-01`), while its request example sends the .NET SDK's date-time text `6/1/2017 12:00:00 AM`; both are accepted here, and ISO 8601 `yyyy-mm-dd` is the portable choice. Records are kept for 90 days: a start date further back is rejected with 400. The article's table calls the parameter optional (defaulting to 30 days before the request), but the official swagger marks it required and the .NET SDK always sends it, so it is required here.
                 * @example 2024-05-01
                 */
                startDate: components["parameters"]["AuditRecordStartDate"];
                /**
                 * @description End of the period to return records for, in the same format as `startDate` (preferably `yyyy-mm-dd`). Without it the service ends the window today or at the longest window it allows, whichever comes first; the official swagger gives that window as 30 days.
                 * @example 2024-05-31
                 */
                endDate?: components["parameters"]["AuditRecordEndDate"];
                /** @description Filter as a URL-encoded JSON object, the form the official .NET SDK sends: a company-name substring, a customer ID or a resource type, for example `{"Field":"CustomerId","Value":"4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10","Operator":"equals"}`. Clients must serialize the object with `JSON.stringify` before URL-encoding it. Only one filter per request is documented. */
                filter?: components["parameters"]["AuditRecordFilter"];
                /**
                 * @description Number of items to return in one page. Where a maximum is documented the operation says so; without `size` the service returns its default page size.
                 * @example 40
                 */
                size?: components["parameters"]["Size"];
                /**
                 * @description Asks for the next page of a seek-paged collection. Sent as `Next` by following the previous page's `links.next`, together with the `MS-ContinuationToken` header that link carries; not sent on the first request.
                 * @example Next
                 */
                seekOperation?: components["parameters"]["SeekOperation"];
            };
            header?: {
                /**
                 * @description Continuation token of a seek-paged collection, copied from the `headers` of the previous page's `links.next` (and equal to its `continuationToken`). Sent only with `seekOperation=Next`. Opaque: send it back unchanged.
                 * @example d19617b8-fbe5-4684-a5d8-0230972fb0cf,0705c4a9-39f7-4261-ba6d-53e24a9ce47d_a4ayc
                 */
                "MS-ContinuationToken"?: components["parameters"]["MsContinuationToken"];
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
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of audit records. */
            200: {
                headers: {
                    "MS-RequestId": components["headers"]["MsRequestId"];
                    "MS-CorrelationId": components["headers"]["MsCorrelationId"];
                    "MS-CV": components["headers"]["MsCv"];
                    "MS-ServerId": components["headers"]["MsServerId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditRecordCollection"];
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
                "application/json": components["schemas"]["ServiceRequestUpdate"];
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
export const customerSearchFieldValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CustomerSearchField"]> = ["CompanyName", "Domain", "IndirectReseller", "IndirectCloudSolutionProvider"];
export const customerSearchFilterOperatorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CustomerSearchFilter"]["Operator"]> = ["starts_with"];
export const customerPartnerRelationshipValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CustomerPartnerRelationship"]> = ["unknown", "reseller", "advisor", "syndication", "microsoft_support", "none"];
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
export const addressValidationStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AddressValidationStatus"]> = ["VerifiedShippable", "Verified", "InteractionRequired", "StreetPartial", "PremisesPartial", "Multiple", "None", "NotValidated"];
export const agreementTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AgreementType"]> = ["MicrosoftCloudAgreement", "MicrosoftCustomerAgreement"];
export const productTypeIdValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProductTypeId"]> = ["Azure", "OnlineServices", "Software"];
export const billingCycleTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BillingCycleType"]> = ["unknown", "monthly", "annual", "none", "one_time", "triennial", "biennial"];
export const skuPurchasePrerequisiteValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SkuPurchasePrerequisite"]> = ["InventoryCheck", "AzureSubscriptionRegistration"];
export const skuInventoryVariableValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SkuInventoryVariable"]> = ["CustomerId", "AzureSubscriptionId", "ArmRegionName"];
export const skuProvisioningVariableValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SkuProvisioningVariable"]> = ["Scope", "SubscriptionId", "Duration"];
export const availabilitySegmentValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AvailabilitySegment"]> = ["commercial", "education", "government", "nonprofit"];
export const participantTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ParticipantType"]> = ["unknown", "transaction_reseller", "consumption_reseller", "additional_transaction_reseller"];
export const cartStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CartStatus"]> = ["Active", "Ordered"];
export const orderTransactionTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["OrderTransactionType"]> = ["UserPurchase", "SystemPurchase", "SystemBilling"];
export const orderLineItemTransactionTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["OrderLineItemTransactionType"]> = ["New", "Renew", "AddQuantity", "RemoveQuantity", "Cancel", "Convert", "CustomerCredit"];
export const orderStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["OrderStatus"]> = ["unknown", "completed", "pending", "cancelled"];
export const subscriptionStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SubscriptionStatus"]> = ["none", "active", "suspended", "deleted", "expired", "pending", "disabled"];
export const subscriptionBillingTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SubscriptionBillingType"]> = ["none", "usage", "license"];
export const subscriptionBillingCycleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SubscriptionBillingCycle"]> = ["unknown", "monthly", "annual", "none", "one_time", "triennial", "biennial"];
export const subscriptionContractTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SubscriptionContractType"]> = ["subscription", "product_key", "redemption_code"];
export const refundOptionTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RefundOption"]["type"]> = ["Full", "Partial"];
export const subscriptionActionsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Subscription"]["actions"]> = ["edit", "cancel"];
export const subscriptionProvisioningStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SubscriptionProvisioningState"]> = ["none", "success", "pending", "failed"];
export const customerUserSearchFilterFieldValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CustomerUserSearchFilter"]["Field"]> = ["UserState"];
export const customerUserSearchFilterOperatorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CustomerUserSearchFilter"]["Operator"]> = ["equals"];
export const userDomainTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UserDomainType"]> = ["none", "managed", "federated"];
export const userStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UserState"]> = ["active", "inactive"];
export const licenseTargetTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["LicenseTargetType"]> = ["User", "Tenant"];
export const licenseGroupIdValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["LicenseGroupId"]> = ["none", "group1", "group2"];
export const invoiceLineItemTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvoiceLineItemType"]> = ["none", "usage_line_items", "billing_line_items"];
export const billingProviderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BillingProvider"]> = ["none", "office", "azure", "azure_data_market", "one_time", "marketplace", "all"];
export const invoiceDocumentTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvoiceDocumentType"]> = ["none", "invoice", "void_note", "adjustment_note", "credit_note"];
export const invoiceTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvoiceType"]> = ["Recurring", "OneTime"];
export const auditResourceTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AuditResourceType"]> = ["customer", "customer_user", "order", "subscription", "license", "third_party_add_on", "mpn_association", "transfer", "application", "application_credential", "partner_user", "partner_relationship", "referral", "software_key", "software_download_link", "spending_limit", "invoice", "agreement", "partner_customer_relationship", "self_serve_policy", "granular_admin_relationship", "granular_admin_access_assignment", "partner_customer_dap", "credit", "customer_directory_role", "software_page", "device", "policy", "overage", "new_commerce_migration", "azure_entitlement", "indirect_provider_indirect_reseller_dap"];
export const auditOperationTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AuditOperationType"]> = ["update_customer_qualification", "update_subscription", "upgrade_subscription", "convert_trial_subscription", "add_customer", "update_customer_billing_profile", "update_customer_partner_contract_company_name", "update_customer_spending_budget", "delete_customer", "remove_partner_customer_relationship", "create_order", "update_order", "create_customer_user", "delete_customer_user", "update_customer_user", "update_customer_user_licenses", "reset_customer_user_password", "update_customer_user_principal_name", "restore_customer_user", "create_mpn_association", "update_mpn_association", "update_sfb_customer_user_licenses", "update_transfer", "create_partner_relationship", "register_application", "unregister_application", "add_application_credential", "remove_application_credential", "create_partner_user", "update_partner_user", "remove_partner_user", "create_referral", "update_referral", "get_software_key", "get_software_download_link", "increase_spending_limit", "ready_invoice", "create_agreement", "extend_relationship", "create_transfer", "create_self_serve_policy", "update_self_serve_policy", "delete_self_serve_policy", "remove_partner_relationship", "delete_tip_customer", "create_related_referral", "update_related_referral", "granular_admin_relationship_approved", "granular_admin_relationship_activated", "granular_admin_relationship_termination_requested", "granular_admin_relationship_terminated", "granular_admin_relationship_expired", "granular_admin_access_assignment_created", "granular_admin_access_assignment_updated", "granular_admin_access_assignment_deleted", "dap_admin_relationship_approved", "dap_admin_relationship_terminated", "create_credit", "update_credit", "cancel_credit", "add_user_member", "remove_user_member", "granular_admin_access_assignment_activated", "software_attestation", "granular_admin_relationship_cleaned_up", "update_company_info", "policy_created", "policy_updated", "policy_deleted", "device_updated", "devices_update_attempted", "device_deleted", "devices_upload_to_new_batch_attempted", "devices_upload_to_existing_batch_attempted", "manage_overage", "dap_admin_relationship_terminated_by_microsoft", "azure_fraud_event_detected", "create_new_commerce_migration"];
export const auditOperationStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AuditOperationStatus"]> = ["succeeded", "failed", "progress", "decline"];
export const fieldFilterOperationValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FieldFilterOperation"]> = ["equals", "not_equals", "greater_than", "greater_than_or_equals", "less_than", "less_than_or_equals", "substring", "and", "or", "starts_with", "not_starts_with"];
export const messageTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MessageType"]> = ["none", "incident", "message_center", "all"];
export const serviceIncidentStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServiceIncidentStatus"]> = ["normal", "information", "warning", "critical"];
export const serviceRequestUpdateSeverityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServiceRequestUpdate"]["severity"]> = ["critical", "moderate", "minimal"];
export const serviceRequestUpdateStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServiceRequestUpdate"]["status"]> = ["open", "closed", "attention_needed"];
export const serviceRequestSeverityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServiceRequestSeverity"]> = ["unknown", "critical", "moderate", "minimal"];
export const serviceRequestStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServiceRequestStatus"]> = ["none", "open", "closed", "attention_needed"];
export const componentsParametersSeekOperationValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["SeekOperation"]> = ["Next"];
export const componentsParametersAgreementTypeFilterValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["AgreementTypeFilter"]> = ["MicrosoftCloudAgreement", "MicrosoftCustomerAgreement", "*"];
export const componentsParametersTargetViewValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["TargetView"]> = ["Azure", "AzureReservations", "AzureReservationsVM", "AzureReservationsSQL", "AzureReservationsCosmosDb", "MicrosoftAzure", "OnlineServices", "Software", "SoftwareSUSELinux", "SoftwarePerpetual", "SoftwareSubscriptions"];
export const componentsParametersTargetSegmentValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["TargetSegment"]> = ["commercial", "education", "government", "nonprofit"];
export const componentsParametersReservationScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["ReservationScope"]> = ["AzurePlan"];
export const componentsParametersAvailabilityTargetViewValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["AvailabilityTargetView"]> = ["Azure", "AzureReservations", "AzureReservationsVM", "AzureReservationsSQL", "AzureReservationsCosmosDb", "MicrosoftAzure", "OnlineServices", "Software", "SoftwareSUSELinux", "SoftwarePerpetual", "SoftwareSubscriptions"];
export const componentsParametersBillingTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["BillingType"]> = ["monthly", "annual", "none", "onetime"];
export const componentsParametersUtilizationGranularityValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["UtilizationGranularity"]> = ["daily", "hourly"];
export const componentsParametersUtilizationSeekOperationValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["UtilizationSeekOperation"]> = ["Next"];
export const componentsParametersLicenseGroupIdsValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["LicenseGroupIds"]> = ["Group1", "Group2"];
export const componentsParametersInvoiceLineItemProviderValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["InvoiceLineItemProvider"]> = ["office", "azure", "onetime", "marketplace"];
export const componentsParametersInvoiceLineItemTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["InvoiceLineItemType"]> = ["billinglineitems", "usagelineitems"];
export const componentsParametersInvoiceLineItemPeriodValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["InvoiceLineItemPeriod"]> = ["current", "previous"];
export const componentsParametersUnbilledInvoiceLineItemProviderValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["UnbilledInvoiceLineItemProvider"]> = ["onetime", "marketplace", "all"];
export const componentsParametersUnbilledInvoiceLineItemPeriodValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["UnbilledInvoiceLineItemPeriod"]> = ["current", "previous"];
