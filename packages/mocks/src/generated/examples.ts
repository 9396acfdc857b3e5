// Generated from openapi/components/examples by packages/mocks/scripts/generate-examples.mjs. Do not edit:
// change the spec and run `npm run generate` (or `npm run build`).
import type { AddressValidationResponse, Agreement, AgreementCollection, AgreementMetadataCollection, AuditRecordCollection, AvailabilityCollection, AzureUtilizationRecordCollection, Cart, CartCheckoutResult, Customer, CustomerCollection, CustomerRelationshipRequest, CustomerUser, CustomerUserCollection, DirectoryRoleCollection, GatewayError, Invoice, InvoiceCollection, InvoiceLineItemCollection, LicenseCollection, LicenseUpdate, ManagedServiceCollection, Order, OrderCollection, PartnerCenterError, Product, ProductCollection, ServiceIncidentDetailCollection, ServiceRequest, SkuCollection, SubscribedSkuCollection, Subscription, SubscriptionCollection, SubscriptionProvisioningStatus, UnbilledInvoiceLineItemCollection, UserMember } from "@partnercenter/types";

/**
 * A deliverable address
 *
 * The first ("VerifiedShippable") request example of Partner Center's "validate an address" page, with its values unchanged; the page sends it in PascalCase, as the .NET SDK does, and this copy is camelCase.
 * (request example `AddressValidationRequest` of schema `AddressValidationRequest`)
 */
export const addressValidationRequestExample: Readonly<Record<string, unknown>> = {
  "addressLine1": "1 Microsoft Way",
  "city": "Redmond",
  "state": "WA",
  "postalCode": "98052",
  "country": "US"
};

/**
 * An address without a house number
 *
 * The second ("StreetPartial") request example of Partner Center's "validate an address" page, with its values unchanged; the page sends it in PascalCase, this copy is camelCase.
 * (request example `AddressValidationRequestStreetPartial` of schema `AddressValidationRequest`)
 */
export const addressValidationRequestStreetPartialExample: Readonly<Record<string, unknown>> = {
  "addressLine1": "Microsoft Way",
  "city": "Redmond",
  "state": "WA",
  "postalCode": "98052",
  "country": "US"
};

/**
 * Verified and deliverable
 *
 * The first ("VerifiedShippable") response example of Partner Center's "validate an address" page, unchanged.
 * (response example `AddressValidationResponse` of schema `AddressValidationResponse`)
 */
export const addressValidationResponseExample: AddressValidationResponse = {
  "originalAddress": {
    "country": "US",
    "city": "Redmond",
    "state": "WA",
    "addressLine1": "1 Microsoft Way",
    "postalCode": "98052"
  },
  "suggestedAddresses": [
    {
      "country": "US",
      "city": "Redmond",
      "state": "WA",
      "addressLine1": "1 Microsoft Way",
      "postalCode": "98052-8300"
    }
  ],
  "status": "VerifiedShippable"
};

/**
 * Street incomplete, with a suggestion
 *
 * The second ("StreetPartial") response example of Partner Center's "validate an address" page, unchanged.
 * (response example `AddressValidationResponseStreetPartial` of schema `AddressValidationResponse`)
 */
export const addressValidationResponseStreetPartialExample: AddressValidationResponse = {
  "originalAddress": {
    "country": "US",
    "city": "Redmond",
    "state": "WA",
    "addressLine1": "Microsoft Way",
    "postalCode": "98052"
  },
  "suggestedAddresses": [
    {
      "country": "US",
      "city": "Redmond",
      "state": "WA",
      "addressLine1": "1 Microsoft Way",
      "postalCode": "98052-6399"
    }
  ],
  "status": "StreetPartial",
  "validationMessage": "Address field invalid for property: 'Region', 'PostalCode', 'City'"
};

/**
 * The recorded confirmation
 *
 * The response example (201) of Partner Center's "confirm customer acceptance of the Microsoft Customer Agreement" page, with the same contact change as the request example; `userId` (the confirming partner user) is the page's.
 * (response example `Agreement` of schema `Agreement`)
 */
export const agreementExample: Agreement = {
  "userId": "3d6f2c09-eb40-48ca-a4b3-d24c9c007531",
  "primaryContact": {
    "firstName": "Avery",
    "lastName": "Smith",
    "email": "avery@contosoretail.onmicrosoft.com",
    "phoneNumber": "4255550100"
  },
  "templateId": "117a77b0-9360-443b-8795-c6dedc750cf9",
  "dateAgreed": "2018-06-14T00:00:00.000Z",
  "type": "MicrosoftCustomerAgreement"
};

/**
 * Microsoft Customer Agreement confirmations of a customer
 *
 * The response example of Partner Center's "get confirmation of customer acceptance of Microsoft Customer Agreement" page (`agreementType=MicrosoftCustomerAgreement`), with the page's contact replaced by Avery Smith of the Contoso Retail customer and its JSON repaired (the published example misses commas and a quote). Both items have the same contact, as published, although the confirm page says a repeat confirmation with an unchanged contact is refused (error 600061).
 * (response example `AgreementCollection` of schema `AgreementCollection`)
 */
export const agreementCollectionExample: AgreementCollection = {
  "totalCount": 2,
  "items": [
    {
      "primaryContact": {
        "firstName": "Avery",
        "lastName": "Smith",
        "email": "avery@contosoretail.onmicrosoft.com",
        "phoneNumber": "4255550100"
      },
      "templateId": "117a77b0-9360-443b-8795-c6dedc750cf9",
      "dateAgreed": "2019-08-26T00:00:00",
      "type": "MicrosoftCustomerAgreement",
      "agreementLink": "https://aka.ms/customeragreement"
    },
    {
      "primaryContact": {
        "firstName": "Avery",
        "lastName": "Smith",
        "email": "avery@contosoretail.onmicrosoft.com",
        "phoneNumber": "4255550100"
      },
      "templateId": "117a77b0-9360-443b-8795-c6dedc750cf9",
      "dateAgreed": "2019-08-27T00:00:00",
      "type": "MicrosoftCustomerAgreement",
      "agreementLink": "https://aka.ms/customeragreement"
    }
  ]
};

/**
 * Microsoft Cloud Agreement confirmations of a customer (the default)
 *
 * The response example of Partner Center's "get confirmation of customer acceptance of Microsoft Cloud Agreement" page, the answer without `agreementType`, with the page's contact replaced by Avery Smith of the Contoso Retail customer and its JSON repaired (the published example misses commas and a quote).
 * (response example `AgreementCollectionCloudAgreement` of schema `AgreementCollection`)
 */
export const agreementCollectionCloudAgreementExample: AgreementCollection = {
  "totalCount": 2,
  "items": [
    {
      "primaryContact": {
        "firstName": "Avery",
        "lastName": "Smith",
        "email": "avery@contosoretail.onmicrosoft.com",
        "phoneNumber": "4255550100"
      },
      "templateId": "998b88de-aa99-4388-a42c-1b3517d49490",
      "dateAgreed": "2018-07-28T00:00:00",
      "type": "MicrosoftCloudAgreement",
      "agreementLink": "https://docs.microsoft.com/partner-center/agreements"
    },
    {
      "primaryContact": {
        "firstName": "Avery",
        "lastName": "Smith",
        "email": "avery@contosoretail.onmicrosoft.com",
        "phoneNumber": "4255550100"
      },
      "templateId": "998b88de-aa99-4388-a42c-1b3517d49490",
      "dateAgreed": "2017-08-01T00:00:00",
      "type": "MicrosoftCloudAgreement",
      "agreementLink": "https://docs.microsoft.com/partner-center/agreements"
    }
  ]
};

/**
 * Microsoft Cloud Agreement metadata (the default)
 *
 * The response example of Partner Center's "get agreement metadata for Microsoft Cloud Agreement" page, unchanged: what `GET /v1/agreements` without `agreementType` returns.
 * (response example `AgreementMetadataCollection` of schema `AgreementMetadataCollection`)
 */
export const agreementMetadataCollectionExample: AgreementMetadataCollection = {
  "totalCount": 1,
  "items": [
    {
      "templateId": "998b88de-aa99-4388-a42c-1b3517d49490",
      "agreementType": "MicrosoftCloudAgreement",
      "agreementLink": "https://docs.microsoft.com/partner-center/agreements",
      "versionRank": 0
    }
  ],
  "links": {
    "self": {
      "uri": "/agreements",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * Microsoft Customer Agreement metadata
 *
 * The response example of Partner Center's "get agreement metadata for the Microsoft Customer Agreement" page, unchanged: the answer to `GET /v1/agreements?agreementType=MicrosoftCustomerAgreement`.
 * (response example `AgreementMetadataCollectionCustomerAgreement` of schema `AgreementMetadataCollection`)
 */
export const agreementMetadataCollectionCustomerAgreementExample: AgreementMetadataCollection = {
  "totalCount": 1,
  "items": [
    {
      "templateId": "117a77b0-9360-443b-8795-c6dedc750cf9",
      "agreementType": "MicrosoftCustomerAgreement",
      "agreementLink": "https://aka.ms/customeragreement",
      "versionRank": 0
    }
  ],
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * Two activities for Contoso Retail
 *
 * Built from the response of Partner Center's "get a record of Partner Center activity" article (a customer-ID filter, newest record first), moved to Contoso Retail: an order for five monthly Microsoft 365 Business Basic licences, then a Business Basic licence assigned to Avery Smith. The `id`, `participants` and `originalCorrelationId` fields and the order's `TermDuration`, `TransactionType` and `Status` follow the activity-log example of the API throttling guidance. The partner ID is the documentation's; the partner user, application ID, record IDs and times are illustrative.
 * (response example `AuditRecordCollection` of schema `AuditRecordCollection`)
 */
export const auditRecordCollectionExample: AuditRecordCollection = {
  "totalCount": 2,
  "items": [
    {
      "id": "3b33e682-00c3-41ee-9dd2-a548adf56438_4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10_updatecustomeruserlicenses_638502565089013642",
      "partnerId": "3b33e682-00c3-41ee-9dd2-a548adf56438",
      "participants": [
        "3b33e682-00c3-41ee-9dd2-a548adf56438"
      ],
      "customerId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
      "customerName": "Contoso Retail",
      "userPrincipalName": "alex@fabrikampartner.onmicrosoft.com",
      "applicationId": "Partner Center Native App",
      "resourceType": "license",
      "resourceNewValue": "{\"LicensesToAssign\":[{\"ExcludedPlans\":null,\"SkuId\":\"3b555118-da6a-4418-894f-7df1e2096870\"}],\"LicensesToRemove\":null,\"LicenseWarnings\":[],\"Attributes\":{\"ObjectType\":\"LicenseUpdate\"}}",
      "operationType": "update_customer_user_licenses",
      "operationDate": "2024-05-02T14:21:48.9013642Z",
      "operationStatus": "succeeded",
      "customizedData": [
        {
          "key": "CustomerUserId",
          "value": "82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07"
        },
        {
          "key": "AddedLicenseSkuId",
          "value": "3b555118-da6a-4418-894f-7df1e2096870"
        }
      ],
      "attributes": {
        "objectType": "AuditRecord"
      }
    },
    {
      "id": "3b33e682-00c3-41ee-9dd2-a548adf56438_4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10_kt8dmq2jxhwq0fuc0yl5ghqgtrmmgwpb1_createorder_638502553912467319",
      "partnerId": "3b33e682-00c3-41ee-9dd2-a548adf56438",
      "participants": [
        "3b33e682-00c3-41ee-9dd2-a548adf56438"
      ],
      "customerId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
      "customerName": "Contoso Retail",
      "userPrincipalName": "alex@fabrikampartner.onmicrosoft.com",
      "applicationId": "b2f1c8a4-6d3e-4f7a-9c5b-1e8d2a4f6c90",
      "resourceType": "order",
      "resourceNewValue": "{\"Id\":\"kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1\",\"ReferenceCustomerId\":\"4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10\",\"BillingCycle\":\"monthly\",\"CurrencyCode\":\"USD\",\"LineItems\":[{\"LineItemNumber\":0,\"OfferId\":\"CFQ7TTC0LH18:0001:CFQ7TTC0LDPB\",\"SubscriptionId\":\"a4c1340d-6911-4758-bba3-0c4c6007d161\",\"ParentSubscriptionId\":null,\"TermDuration\":\"P1M\",\"TransactionType\":\"New\",\"FriendlyName\":\"Microsoft 365 Business Basic\",\"Quantity\":5,\"PartnerIdOnRecord\":null,\"Links\":{\"Subscription\":{\"Uri\":\"/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/subscriptions/a4c1340d-6911-4758-bba3-0c4c6007d161\",\"Method\":\"GET\",\"Headers\":[]}}}],\"CreationDate\":\"2024-05-02T14:03:05.8160924Z\",\"Status\":\"pending\",\"Links\":{\"Self\":{\"Uri\":\"/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/orders/kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1\",\"Method\":\"GET\",\"Headers\":[]}},\"Attributes\":{\"ObjectType\":\"Order\"}}",
      "operationType": "create_order",
      "originalCorrelationId": "6c1e2f3a-8b4d-4e5f-9a0b-7c8d9e0f1a2b",
      "operationDate": "2024-05-02T14:03:11.2467319Z",
      "operationStatus": "succeeded",
      "customizedData": [
        {
          "key": "OrderId",
          "value": "kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1"
        },
        {
          "key": "BillingCycle",
          "value": "Monthly"
        },
        {
          "key": "OfferId-0",
          "value": "CFQ7TTC0LH18:0001:CFQ7TTC0LDPB"
        },
        {
          "key": "SubscriptionId-0",
          "value": "a4c1340d-6911-4758-bba3-0c4c6007d161"
        },
        {
          "key": "SubscriptionName-0",
          "value": "Microsoft 365 Business Basic"
        },
        {
          "key": "Quantity-0",
          "value": "5"
        },
        {
          "key": "PartnerOnRecord-0",
          "value": null
        }
      ],
      "attributes": {
        "objectType": "AuditRecord"
      }
    }
  ],
  "links": {
    "self": {
      "uri": "/auditrecords?startDate=2024-05-01&endDate=2024-05-31&size=500&filter=%7B%22Field%22%3A%22CustomerId%22%2C%22Value%22%3A%224d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10%22%2C%22Operator%22%3A%22equals%22%7D",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * The commercial availability of Microsoft 365 Business Basic in the US
 *
 * Shaped like the response example of "Get a list of availabilities for a SKU (by country)", with the availability of these examples (`CFQ7TTC0LDPB`) in place of the page's reservation availability. The page elides the embedded `product` and `sku` (`{ ... }`), so they are left out here too; the two terms and their descriptions are illustrative.
 * (response example `AvailabilityCollection` of schema `AvailabilityCollection`)
 */
export const availabilityCollectionExample: AvailabilityCollection = {
  "totalCount": 1,
  "items": [
    {
      "id": "CFQ7TTC0LDPB",
      "productId": "CFQ7TTC0LH18",
      "skuId": "0001",
      "catalogItemId": "CFQ7TTC0LH18:0001:CFQ7TTC0LDPB",
      "defaultCurrency": {
        "code": "USD",
        "symbol": "$"
      },
      "segment": "commercial",
      "country": "US",
      "isPurchasable": true,
      "isRenewable": true,
      "terms": [
        {
          "duration": "P1M",
          "description": "One-month commitment"
        },
        {
          "duration": "P1Y",
          "description": "One-year commitment"
        }
      ],
      "links": {
        "self": {
          "uri": "/products/CFQ7TTC0LH18/skus/0001/availabilities/CFQ7TTC0LDPB?country=US",
          "method": "GET",
          "headers": []
        }
      }
    }
  ],
  "links": {
    "self": {
      "uri": "/products/CFQ7TTC0LH18/skus/0001/availabilities?country=US&targetSegment=commercial",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * First page of daily records, with a next link
 *
 * Records shaped after the response examples of Partner Center's "get a customer's utilization records for Azure" article (the storage record with instance data) and of Microsoft's older Azure CSP guide to the same API (the App Service record with `infoFields`, and the `links`). The article's example misplaces `links` and `attributes` inside its second record; here they sit on the collection. IDs are those of this description's sample legacy Azure subscription, dates moved to March 2024, the resource names and the continuation token illustrative. `next` shows the seek form: `seek_operation=Next` and an `MS-ContinuationToken` header.
 * (response example `AzureUtilizationRecordCollection` of schema `AzureUtilizationRecordCollection`)
 */
export const azureUtilizationRecordCollectionExample: AzureUtilizationRecordCollection = {
  "totalCount": 2,
  "items": [
    {
      "usageStartTime": "2024-03-01T00:00:00+00:00",
      "usageEndTime": "2024-03-02T00:00:00+00:00",
      "resource": {
        "id": "8767aeb3-6909-4db2-9927-3f51e9a9085e",
        "name": "Standard Block Blob Storage",
        "category": "Storage",
        "subcategory": "Block Blob",
        "region": "West Europe"
      },
      "quantity": 0.217790327034891,
      "unit": "1 GB/Month",
      "infoFields": {},
      "instanceData": {
        "resourceUri": "/subscriptions/9c1f6b2e-7d3a-4e5b-a8c9-0f1e2d3c4b5a/resourceGroups/contoso-retail-web/providers/Microsoft.Storage/storageAccounts/contosoretailstore",
        "location": "westeurope",
        "partNumber": "",
        "orderNumber": "",
        "additionalInfo": {
          "ServiceType": "Standard_LRS"
        }
      },
      "attributes": {
        "objectType": "AzureUtilizationRecord"
      }
    },
    {
      "usageStartTime": "2024-03-01T00:00:00+00:00",
      "usageEndTime": "2024-03-02T00:00:00+00:00",
      "resource": {
        "id": "505db374-df8a-44df-9d8c-13c14b61dee1",
        "name": "Standard Small App Service Hours",
        "category": "Azure App Service",
        "subcategory": ""
      },
      "quantity": 24,
      "unit": "Hours",
      "infoFields": {
        "meteredRegion": "West Europe",
        "meteredService": "Azure App Service",
        "project": "contoso-retail-web"
      },
      "attributes": {
        "objectType": "AzureUtilizationRecord"
      }
    }
  ],
  "links": {
    "self": {
      "uri": "customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/subscriptions/e3b8a1d2-4f6c-4a9e-8b7d-2c5f1a0e9d43/utilizations/azure?start_time=2024-03-01T00:00:00Z&end_time=2024-03-08T00:00:00Z&granularity=Daily&show_details=True&size=2",
      "method": "GET",
      "headers": []
    },
    "next": {
      "uri": "customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/subscriptions/e3b8a1d2-4f6c-4a9e-8b7d-2c5f1a0e9d43/utilizations/azure?seek_operation=Next",
      "method": "GET",
      "headers": [
        {
          "key": "MS-ContinuationToken",
          "value": "/9c1f6b2e-7d3a-4e5b-a8c9-0f1e2d3c4b5a/usage-records?reported_start_time=2024-03-01+00%3a00%3a00Z&reported_end_time=2024-03-08+00%3a00%3a00Z&count=2&show_details=True&granularity=Daily&continuation_token=eyJyIjoiMjAyNDAzMDItMSIsInMiOiJleGFtcGxlIn0%3d"
        }
      ]
    }
  },
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * Invalid request input
 *
 * Illustrative Partner Center error body for a 400. The code and its meaning come from the documented error-code table (800002, "Invalid request input"); the envelope and the numeric `code` follow documented and observed error responses. The exact wording of the `description` for this case is not published.
 * (response example `BadRequestError` of schema `PartnerCenterError`)
 */
export const badRequestErrorExample: PartnerCenterError = {
  "code": 800002,
  "description": "Invalid request input",
  "data": [],
  "source": "PartnerFD"
};

/**
 * A new cart for Contoso Retail
 *
 * The cart that the "Create a cart" request example of these examples produces, shaped like the page's response: the service has added the ID, timestamps (expiry about 15 minutes later), status, currency and order group. The IDs are those shared by these examples; `lastModifiedUser` is the page's value.
 * (response example `Cart` of schema `Cart`)
 */
export const cartExample: Cart = {
  "id": "7b3e0f2a-5c1d-4e8b-9a6f-2d4c8b1e0a35",
  "creationTimestamp": "2024-05-06T09:12:41.6062996Z",
  "lastModifiedTimestamp": "2024-05-06T09:12:41.6062996Z",
  "expirationTimestamp": "2024-05-06T09:27:54.4188497Z",
  "lastModifiedUser": "1824b7fc-2fac-4478-b177-66823c40ab75",
  "status": "Active",
  "lineItems": [
    {
      "id": 0,
      "catalogItemId": "CFQ7TTC0LH18:0001:CFQ7TTC0LDPB",
      "friendlyName": "Contoso Retail Business Basic",
      "quantity": 3,
      "currencyCode": "USD",
      "billingCycle": "monthly",
      "termDuration": "P1Y",
      "orderGroup": "0"
    }
  ],
  "links": {
    "self": {
      "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/carts/7b3e0f2a-5c1d-4e8b-9a6f-2d4c8b1e0a35",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Cart"
  }
};

/**
 * An add-on for an existing subscription
 *
 * The "existing base subscription" request body of "Create a cart with add-ons", in camelCase (the page writes PascalCase). The parent subscription is the Business Basic subscription of these examples and the billing cycle `monthly` to match it (the page sends `annual`); the add-on's catalog item ID is the page's legacy offer ID.
 * (request example `CartAddOnToExistingSubscriptionRequest` of schema `Cart`)
 */
export const cartAddOnToExistingSubscriptionRequestExample: Readonly<Record<string, unknown>> = {
  "lineItems": [
    {
      "id": 0,
      "catalogItemId": "C94271D8-B431-4A25-A3C5-A57737A1C909",
      "quantity": 1,
      "billingCycle": "monthly",
      "provisioningContext": {
        "parentSubscriptionId": "a4c1340d-6911-4758-bba3-0c4c6007d161"
      }
    }
  ]
};

/**
 * One order placed, no errors
 *
 * Shaped like the response example of "Checkout a cart" (whose orders are partly elided with `...`): checking out the cart of these examples places one order, with the order and subscription IDs shared by these examples. Links follow the cancel-software-purchases example; `orderErrors` is empty because every order group succeeded.
 * (response example `CartCheckoutResult` of schema `CartCheckoutResult`)
 */
export const cartCheckoutResultExample: CartCheckoutResult = {
  "orders": [
    {
      "id": "kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1",
      "alternateId": "5c1e8d3f9a27",
      "referenceCustomerId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
      "billingCycle": "monthly",
      "currencyCode": "USD",
      "currencySymbol": "$",
      "lineItems": [
        {
          "lineItemNumber": 0,
          "offerId": "CFQ7TTC0LH18:0001:CFQ7TTC0LDPB",
          "subscriptionId": "a4c1340d-6911-4758-bba3-0c4c6007d161",
          "termDuration": "P1Y",
          "transactionType": "New",
          "friendlyName": "Contoso Retail Business Basic",
          "quantity": 5,
          "links": {
            "product": {
              "uri": "/products/CFQ7TTC0LH18?country=US",
              "method": "GET",
              "headers": []
            },
            "sku": {
              "uri": "/products/CFQ7TTC0LH18/skus/0001?country=US",
              "method": "GET",
              "headers": []
            },
            "availability": {
              "uri": "/products/CFQ7TTC0LH18/skus/0001/availabilities/CFQ7TTC0LDPB?country=US",
              "method": "GET",
              "headers": []
            }
          }
        }
      ],
      "creationDate": "2024-05-06T09:16:44.4514129Z",
      "status": "pending",
      "transactionType": "UserPurchase",
      "links": {
        "self": {
          "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/orders/kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1",
          "method": "GET",
          "headers": []
        },
        "provisioningStatus": {
          "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/orders/kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1/provisioningstatus",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "objectType": "Order"
      }
    }
  ],
  "orderErrors": []
};

/**
 * Three licences of Microsoft 365 Business Basic
 *
 * Follows the request body of "Create a cart" (an `id`, `catalogItemId`, `quantity`, `billingCycle` and `termDuration` per line item), with one line item for the catalog item of these examples instead of the page's Azure, reservation, software and SaaS items. The friendly name is illustrative.
 * (request example `CartCreateRequest` of schema `Cart`)
 */
export const cartCreateRequestExample: Readonly<Record<string, unknown>> = {
  "lineItems": [
    {
      "id": 0,
      "catalogItemId": "CFQ7TTC0LH18:0001:CFQ7TTC0LDPB",
      "friendlyName": "Contoso Retail Business Basic",
      "quantity": 3,
      "billingCycle": "monthly",
      "termDuration": "P1Y"
    }
  ]
};

/**
 * A new base subscription with two add-ons
 *
 * The "new base subscription" request body of "Create a cart with add-ons", with the property names in camelCase (the page writes them in PascalCase) and its values unchanged, including its legacy offer IDs as catalog item IDs.
 * (request example `CartCreateWithAddOnsRequest` of schema `Cart`)
 */
export const cartCreateWithAddOnsRequestExample: Readonly<Record<string, unknown>> = {
  "lineItems": [
    {
      "id": 0,
      "catalogItemId": "91FD106F-4B2C-4938-95AC-F54F74E9A239",
      "friendlyName": "Myofferpurchase",
      "quantity": 3,
      "billingCycle": "monthly",
      "addonItems": [
        {
          "id": 1,
          "catalogItemId": "C94271D8-B431-4A25-A3C5-A57737A1C909",
          "quantity": 2,
          "billingCycle": "monthly"
        },
        {
          "id": 2,
          "catalogItemId": "43FCE491-76D1-4BCC-B709-8A288786DBAE",
          "quantity": 3,
          "billingCycle": "monthly"
        }
      ]
    }
  ]
};

/**
 * The cart after the update
 *
 * The cart of these examples after the "Update a cart" request example, shaped like the page's response (whose `ProvisioningContext` casing and missing comma are corrected): five licences, a later modification time and expiry.
 * (response example `CartUpdated` of schema `Cart`)
 */
export const cartUpdatedExample: Cart = {
  "id": "7b3e0f2a-5c1d-4e8b-9a6f-2d4c8b1e0a35",
  "creationTimestamp": "2024-05-06T09:12:41.6062996Z",
  "lastModifiedTimestamp": "2024-05-06T09:15:02.3840528Z",
  "expirationTimestamp": "2024-05-06T09:30:02.3840528Z",
  "lastModifiedUser": "1824b7fc-2fac-4478-b177-66823c40ab75",
  "status": "Active",
  "lineItems": [
    {
      "id": 0,
      "catalogItemId": "CFQ7TTC0LH18:0001:CFQ7TTC0LDPB",
      "friendlyName": "Contoso Retail Business Basic",
      "quantity": 5,
      "currencyCode": "USD",
      "billingCycle": "monthly",
      "termDuration": "P1Y",
      "orderGroup": "0"
    }
  ],
  "links": {
    "self": {
      "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/carts/7b3e0f2a-5c1d-4e8b-9a6f-2d4c8b1e0a35",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Cart"
  }
};

/**
 * Raise the quantity to five licences
 *
 * Follows the request body of "Update a cart" (the cart's line items with their catalog item, quantity and billing cycle), in camelCase and as valid JSON: the page's example is PascalCase and has an extra pair of braces and a trailing comma. The line item is the Business Basic item of these examples, raised from 3 to 5 licences; the page's reservation item and read-only cart fields are left out.
 * (request example `CartUpdateRequest` of schema `Cart`)
 */
export const cartUpdateRequestExample: Readonly<Record<string, unknown>> = {
  "lineItems": [
    {
      "id": 0,
      "catalogItemId": "CFQ7TTC0LH18:0001:CFQ7TTC0LDPB",
      "friendlyName": "Contoso Retail Business Basic",
      "quantity": 5,
      "billingCycle": "monthly",
      "termDuration": "P1Y"
    }
  ]
};

/**
 * The created direct customer, with its administrator credentials
 *
 * Shaped like the response example of Partner Center's "create a customer" page (201): the new IDs, the company profile with only the domain, the billing profile as sent (culture normalized to `en-US`) with a new ID and etag, `relationshipToPartner` `none` as the page shows it right after creation, and the generated `userCredentials`. The values are those of the Contoso Retail customer used across this description; the password and etag are the page's.
 * (response example `CreatedCustomer` of schema `Customer`)
 */
export const createdCustomerExample: Customer = {
  "id": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
  "commerceId": "8b1f5a3e-6c2d-4f7a-b9e0-2d4c6a8e0f13",
  "companyProfile": {
    "tenantId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
    "domain": "contosoretail.onmicrosoft.com",
    "attributes": {
      "objectType": "CustomerCompanyProfile"
    }
  },
  "billingProfile": {
    "id": "0b6d2f4e-9a1c-4e3b-8d7f-5c2a1e9b3d60",
    "email": "avery@contosoretail.onmicrosoft.com",
    "culture": "en-US",
    "language": "en",
    "companyName": "Contoso Retail",
    "defaultAddress": {
      "country": "US",
      "city": "Redmond",
      "state": "WA",
      "addressLine1": "One Microsoft Way",
      "postalCode": "98052",
      "firstName": "Avery",
      "lastName": "Smith",
      "phoneNumber": "4255550100"
    },
    "attributes": {
      "etag": "5920358838484612121",
      "objectType": "CustomerBillingProfile"
    }
  },
  "relationshipToPartner": "none",
  "userCredentials": {
    "userName": "admin",
    "password": "=;;n.=s9Z"
  },
  "attributes": {
    "objectType": "Customer"
  }
};

/**
 * The customer created for an indirect reseller
 *
 * The response example (201) of Partner Center's "create a customer for an indirect reseller" page, unchanged: the customer carries the reseller's `associatedPartnerId`, delegated access and the generated administrator credentials.
 * (response example `CreatedCustomerForIndirectReseller` of schema `Customer`)
 */
export const createdCustomerForIndirectResellerExample: Customer = {
  "id": "626099fe-17af-4756-9fd0-6a73b7127859",
  "commerceId": "626099fe-17af-4756-9fd0-6a73b7127859",
  "companyProfile": {
    "tenantId": "626099fe-17af-4756-9fd0-6a73b7127859",
    "domain": "WingtipToys678152504.onmicrosoft.com",
    "companyName": "Wingtip Toys678152504",
    "links": {
      "self": {
        "uri": "/customers/626099fe-17af-4756-9fd0-6a73b7127859/profiles/company",
        "method": "GET",
        "headers": []
      }
    },
    "attributes": {
      "objectType": "CustomerCompanyProfile"
    }
  },
  "billingProfile": {
    "id": "7079246e-7b62-56ef-7cbd-a819514b54b5",
    "email": "Gena@wingtiptoys.com",
    "culture": "en-US",
    "language": "En",
    "companyName": "Wingtip Toys678152504",
    "defaultAddress": {
      "country": "US",
      "city": "Redmond",
      "state": "WA",
      "addressLine1": "One Microsoft Way",
      "postalCode": "98052",
      "firstName": "Gena",
      "lastName": "Soto",
      "phoneNumber": "4255550101"
    },
    "attributes": {
      "etag": "-8799889149591823008",
      "objectType": "CustomerBillingProfile"
    }
  },
  "relationshipToPartner": "reseller",
  "allowDelegatedAccess": true,
  "userCredentials": {
    "userName": "admin",
    "password": "0Krha*Io"
  },
  "associatedPartnerId": "484e548c-f5f3-4528-93a9-c16c6373cb59",
  "attributes": {
    "objectType": "Customer"
  }
};

/**
 * A customer fetched by ID
 *
 * Built from the documented shape of the get-a-customer-by-ID response: full company and billing profiles, a billing-profile etag, a reseller relationship, delegated access and custom domains. The billing-profile etag is the documented example's value; the names, addresses and other IDs are illustrative.
 * (response example `Customer` of schema `Customer`)
 */
export const customerExample: Customer = {
  "id": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
  "commerceId": "8b1f5a3e-6c2d-4f7a-b9e0-2d4c6a8e0f13",
  "companyProfile": {
    "tenantId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
    "domain": "contosoretail.onmicrosoft.com",
    "companyName": "Contoso Retail",
    "address": {
      "country": "US",
      "city": "Redmond",
      "state": "WA",
      "addressLine1": "One Microsoft Way",
      "postalCode": "98052",
      "firstName": "Avery",
      "lastName": "Smith",
      "phoneNumber": "4255550100"
    },
    "email": "avery@contosoretail.onmicrosoft.com",
    "links": {
      "self": {
        "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/profiles/company",
        "method": "GET",
        "headers": []
      }
    },
    "attributes": {
      "objectType": "CustomerCompanyProfile"
    }
  },
  "billingProfile": {
    "id": "0b6d2f4e-9a1c-4e3b-8d7f-5c2a1e9b3d60",
    "firstName": "Avery",
    "lastName": "Smith",
    "email": "avery@contosoretail.onmicrosoft.com",
    "culture": "en-US",
    "language": "en",
    "companyName": "Contoso Retail",
    "defaultAddress": {
      "country": "US",
      "city": "Redmond",
      "state": "WA",
      "addressLine1": "One Microsoft Way",
      "postalCode": "98052",
      "firstName": "Avery",
      "lastName": "Smith",
      "phoneNumber": "4255550100"
    },
    "links": {
      "self": {
        "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/profiles/billing",
        "method": "GET",
        "headers": []
      }
    },
    "attributes": {
      "etag": "-4242348048554929329",
      "objectType": "CustomerBillingProfile"
    }
  },
  "relationshipToPartner": "reseller",
  "allowDelegatedAccess": true,
  "customDomains": [
    "contosoretail.onmicrosoft.com"
  ],
  "links": {
    "self": {
      "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Customer"
  }
};

/**
 * First page of all customers
 *
 * Shaped like the response example of Partner Center's "get a list of customers" page (items with a company profile and the relationship, no billing profile). The page's example is a single page with `<guid>`, `domain` and `companyName` placeholders; here the first item is the Contoso Retail customer used across this description, the second keeps the page's second customer ID with an illustrative name, and the page size is 2 so that the page carries the seek-paging `next` link and `continuationToken` (their form follows the documented seek-paged invoice line items; the token is illustrative).
 * (response example `CustomerCollection` of schema `CustomerCollection`)
 */
export const customerCollectionExample: CustomerCollection = {
  "totalCount": 2,
  "items": [
    {
      "id": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
      "companyProfile": {
        "tenantId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
        "domain": "contosoretail.onmicrosoft.com",
        "companyName": "Contoso Retail",
        "links": {
          "self": {
            "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/profiles/company",
            "method": "GET",
            "headers": []
          }
        },
        "attributes": {
          "objectType": "CustomerCompanyProfile"
        }
      },
      "relationshipToPartner": "reseller",
      "links": {
        "self": {
          "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "objectType": "Customer"
      }
    },
    {
      "id": "45c44870-ef77-4fdd-b6fe-3dacb075cff2",
      "companyProfile": {
        "tenantId": "45c44870-ef77-4fdd-b6fe-3dacb075cff2",
        "domain": "fabrikamdesign.onmicrosoft.com",
        "companyName": "Fabrikam Design",
        "links": {
          "self": {
            "uri": "/customers/45c44870-ef77-4fdd-b6fe-3dacb075cff2/profiles/company",
            "method": "GET",
            "headers": []
          }
        },
        "attributes": {
          "objectType": "CustomerCompanyProfile"
        }
      },
      "relationshipToPartner": "reseller",
      "links": {
        "self": {
          "uri": "/customers/45c44870-ef77-4fdd-b6fe-3dacb075cff2",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "objectType": "Customer"
      }
    }
  ],
  "continuationToken": "d19617b8-fbe5-4684-a5d8-0230972fb0cf,0705c4a9-39f7-4261-ba6d-53e24a9ce47d_a4ayc",
  "links": {
    "self": {
      "uri": "/v1/customers?size=2",
      "method": "GET",
      "headers": []
    },
    "next": {
      "uri": "/v1/customers?size=2&seekOperation=Next",
      "method": "GET",
      "headers": [
        {
          "key": "MS-ContinuationToken",
          "value": "d19617b8-fbe5-4684-a5d8-0230972fb0cf,0705c4a9-39f7-4261-ba6d-53e24a9ce47d_a4ayc"
        }
      ]
    }
  },
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * Customers whose company name starts with "cont"
 *
 * The response example of Partner Center's "get a list of customers filtered by a search field" page, for `filter={"Field":"CompanyName","Value":"cont","Operator":"starts_with"}` and `size=0`. The page's first match (Contoso190) is replaced by the Contoso Retail customer used across this description; the other two matches are unchanged. The page's `self` link shows a `Domain` filter although its request used `CompanyName`; the link here repeats the request's filter. The last page of a search has no `next` link.
 * (response example `CustomerCollectionByCompanyName` of schema `CustomerCollection`)
 */
export const customerCollectionByCompanyNameExample: CustomerCollection = {
  "totalCount": 3,
  "items": [
    {
      "id": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
      "companyProfile": {
        "tenantId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
        "domain": "contosoretail.onmicrosoft.com",
        "companyName": "Contoso Retail",
        "links": {
          "self": {
            "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/profiles/company",
            "method": "GET",
            "headers": []
          }
        },
        "attributes": {
          "objectType": "CustomerCompanyProfile"
        }
      },
      "relationshipToPartner": "reseller",
      "links": {
        "self": {
          "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "objectType": "Customer"
      }
    },
    {
      "id": "7b26b357-9ca3-48b8-a58e-4febe2662a5d",
      "companyProfile": {
        "tenantId": "7b26b357-9ca3-48b8-a58e-4febe2662a5d",
        "domain": "ContosoCorpCo.onmicrosoft.com",
        "companyName": "Contoso",
        "links": {
          "self": {
            "uri": "/customers/7b26b357-9ca3-48b8-a58e-4febe2662a5d/profiles/company",
            "method": "GET",
            "headers": []
          }
        },
        "attributes": {
          "objectType": "CustomerCompanyProfile"
        }
      },
      "relationshipToPartner": "reseller",
      "links": {
        "self": {
          "uri": "/customers/7b26b357-9ca3-48b8-a58e-4febe2662a5d",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "objectType": "Customer"
      }
    },
    {
      "id": "bfbd6ef0-311f-47ec-bbd7-0fcb7846661b",
      "companyProfile": {
        "tenantId": "bfbd6ef0-311f-47ec-bbd7-0fcb7846661b",
        "domain": "contosocorpdemo.onmicrosoft.com",
        "companyName": "Contoso",
        "links": {
          "self": {
            "uri": "/customers/bfbd6ef0-311f-47ec-bbd7-0fcb7846661b/profiles/company",
            "method": "GET",
            "headers": []
          }
        },
        "attributes": {
          "objectType": "CustomerCompanyProfile"
        }
      },
      "relationshipToPartner": "reseller",
      "links": {
        "self": {
          "uri": "/customers/bfbd6ef0-311f-47ec-bbd7-0fcb7846661b",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "objectType": "Customer"
      }
    }
  ],
  "links": {
    "self": {
      "uri": "/customers?size=0&filter=%7B%22Field%22%3A%22CompanyName%22%2C%22Value%22%3A%22cont%22%2C%22Operator%22%3A%22starts_with%22%7D",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * Customers of an indirect reseller
 *
 * The response example of Partner Center's "get customers of an indirect reseller" page, for `filter={"Field":"IndirectReseller","Value":"484e548c-f5f3-4528-93a9-c16c6373cb59","Operator":"starts_with"}` and `size=0`, unchanged except for a trailing comma that made the published JSON invalid.
 * (response example `CustomerCollectionOfIndirectReseller` of schema `CustomerCollection`)
 */
export const customerCollectionOfIndirectResellerExample: CustomerCollection = {
  "totalCount": 2,
  "items": [
    {
      "id": "53eb21cb-6b2d-4ee5-9e92-27dfc927e93c",
      "companyProfile": {
        "tenantId": "53eb21cb-6b2d-4ee5-9e92-27dfc927e93c",
        "domain": "FourthCoffee137.onmicrosoft.com",
        "companyName": "FourthCoffee137",
        "links": {
          "self": {
            "uri": "/customers/53eb21cb-6b2d-4ee5-9e92-27dfc927e93c/profiles/company",
            "method": "GET",
            "headers": []
          }
        },
        "attributes": {
          "objectType": "CustomerCompanyProfile"
        }
      },
      "relationshipToPartner": "reseller",
      "links": {
        "self": {
          "uri": "/customers/53eb21cb-6b2d-4ee5-9e92-27dfc927e93c",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "objectType": "Customer"
      }
    },
    {
      "id": "3dfe847b-cad9-4fc1-86d3-cf16c2790087",
      "companyProfile": {
        "tenantId": "3dfe847b-cad9-4fc1-86d3-cf16c2790087",
        "domain": "WingtipToys1254789149.onmicrosoft.com",
        "companyName": "Wingtip Toys1254789149",
        "links": {
          "self": {
            "uri": "/customers/3dfe847b-cad9-4fc1-86d3-cf16c2790087/profiles/company",
            "method": "GET",
            "headers": []
          }
        },
        "attributes": {
          "objectType": "CustomerCompanyProfile"
        }
      },
      "relationshipToPartner": "reseller",
      "links": {
        "self": {
          "uri": "/customers/3dfe847b-cad9-4fc1-86d3-cf16c2790087",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "objectType": "Customer"
      }
    }
  ],
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * A reseller relationship invitation link
 *
 * The response example of Partner Center's "retrieve a relationship request URL" page, unchanged (the partner ID in the URL is the page's).
 * (response example `CustomerRelationshipRequest` of schema `CustomerRelationshipRequest`)
 */
export const customerRelationshipRequestExample: CustomerRelationshipRequest = {
  "url": "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=3b33e682-00c3-41ee-9dd2-a548adf56438&msppId=0&DAP=false#/BillingAccounts/partner-invitation",
  "attributes": {
    "objectType": "RelationshipRequest"
  }
};

/**
 * Avery Smith's user account
 *
 * Built from the response of Partner Center's "get a user account by ID" article: same fields and shape, with the article's user replaced by Avery Smith of Contoso Retail.
 * (response example `CustomerUser` of schema `CustomerUser`)
 */
export const customerUserExample: CustomerUser = {
  "usageLocation": "US",
  "id": "82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07",
  "userPrincipalName": "avery@contosoretail.onmicrosoft.com",
  "firstName": "Avery",
  "lastName": "Smith",
  "displayName": "Avery Smith",
  "userDomainType": "none",
  "state": "active",
  "links": {
    "self": {
      "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/users/82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "CustomerUser"
  }
};

/**
 * Two active users of Contoso Retail
 *
 * Built from the response of Partner Center's "get a list of all user accounts for a customer" article: a single page with only a `self` link, as documented. The article's users are replaced by Avery Smith and an illustrative second user, Jordan Lee (as in the article, the second entry has no `usageLocation`).
 * (response example `CustomerUserCollection` of schema `CustomerUserCollection`)
 */
export const customerUserCollectionExample: CustomerUserCollection = {
  "totalCount": 2,
  "items": [
    {
      "usageLocation": "US",
      "id": "82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07",
      "userPrincipalName": "avery@contosoretail.onmicrosoft.com",
      "firstName": "Avery",
      "lastName": "Smith",
      "displayName": "Avery Smith",
      "userDomainType": "none",
      "state": "active",
      "links": {
        "self": {
          "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/users/82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "objectType": "CustomerUser"
      }
    },
    {
      "id": "5f0c3b8e-7d21-4a96-b3e4-8c1f2a9d6e53",
      "userPrincipalName": "jordan@contosoretail.onmicrosoft.com",
      "firstName": "Jordan",
      "lastName": "Lee",
      "displayName": "Jordan Lee",
      "userDomainType": "none",
      "state": "active",
      "links": {
        "self": {
          "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/users/5f0c3b8e-7d21-4a96-b3e4-8c1f2a9d6e53",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "objectType": "CustomerUser"
      }
    }
  ],
  "links": {
    "self": {
      "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/users",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * One deleted (inactive) user of Contoso Retail
 *
 * Built from the response of Partner Center's "view deleted users for a customer" article, the answer to `size=500` with the `UserState` `Inactive` filter. The article's user is replaced by an illustrative Morgan Patel, deleted on 14 May 2024. The article's self link spells the filter field `UserStatus`; here it repeats the filter that was sent (`UserState`).
 * (response example `CustomerUserCollectionDeleted` of schema `CustomerUserCollection`)
 */
export const customerUserCollectionDeletedExample: CustomerUserCollection = {
  "totalCount": 1,
  "items": [
    {
      "usageLocation": "US",
      "id": "1c7e9a42-3b5d-4f18-a6c0-9e2d4b7f8a16",
      "userPrincipalName": "morgan@contosoretail.onmicrosoft.com",
      "firstName": "Morgan",
      "lastName": "Patel",
      "displayName": "Morgan Patel",
      "userDomainType": "none",
      "state": "inactive",
      "softDeletionTime": "2024-05-14T09:12:45Z",
      "links": {
        "self": {
          "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/users/1c7e9a42-3b5d-4f18-a6c0-9e2d4b7f8a16",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "objectType": "CustomerUser"
      }
    }
  ],
  "links": {
    "self": {
      "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/users?size=500&filter=%7B%22Field%22%3A%22UserState%22%2C%22Value%22%3A%22Inactive%22%2C%22Operator%22%3A%22equals%22%7D",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * Avery Smith's new account
 *
 * The response of Partner Center's "create user accounts for a customer" article with the same substitutions as the request example and Avery Smith's user ID. As in the article, the password profile is echoed, the two dates are null and no links are returned.
 * (response example `CustomerUserCreated` of schema `CustomerUser`)
 */
export const customerUserCreatedExample: CustomerUser = {
  "usageLocation": "US",
  "id": "82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07",
  "userPrincipalName": "avery@contosoretail.onmicrosoft.com",
  "firstName": "Avery",
  "lastName": "Smith",
  "displayName": "Avery Smith",
  "immutableId": "tKaW9lVrJ0yqNqv1b3cXmA==",
  "passwordProfile": {
    "forceChangePassword": true,
    "password": "abCD123*"
  },
  "lastDirectorySyncTime": null,
  "userDomainType": "none",
  "state": "active",
  "softDeletionTime": null,
  "attributes": {
    "objectType": "CustomerUser"
  }
};

/**
 * Create Avery Smith's account
 *
 * The request body of Partner Center's "create user accounts for a customer" article, with its placeholders (`country/region code`, `userid@domain.onmicrosoft.com`, names, `Some unique ID`) replaced by Avery Smith's values; the password is the article's. The `immutableId` value is illustrative (a base64 on-premises object GUID) and optional.
 * (request example `CustomerUserCreateRequest` of schema `CustomerUser`)
 */
export const customerUserCreateRequestExample: Readonly<Record<string, unknown>> = {
  "usageLocation": "US",
  "userPrincipalName": "avery@contosoretail.onmicrosoft.com",
  "firstName": "Avery",
  "lastName": "Smith",
  "displayName": "Avery Smith",
  "immutableId": "tKaW9lVrJ0yqNqv1b3cXmA==",
  "passwordProfile": {
    "password": "abCD123*",
    "forceChangePassword": true
  },
  "attributes": {
    "objectType": "CustomerUser"
  }
};

/**
 * Avery Smith's account after a password reset
 *
 * Built from the response of Partner Center's "reset user password for a customer" article, with the article's user replaced by Avery Smith. The article's response reports `forceChangePassword` false although its request sent true; here it matches the request.
 * (response example `CustomerUserPasswordReset` of schema `CustomerUser`)
 */
export const customerUserPasswordResetExample: CustomerUser = {
  "usageLocation": "US",
  "id": "82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07",
  "userPrincipalName": "avery@contosoretail.onmicrosoft.com",
  "firstName": "Avery",
  "lastName": "Smith",
  "displayName": "Avery Smith",
  "passwordProfile": {
    "forceChangePassword": true,
    "password": "Renew456*"
  },
  "lastDirectorySyncTime": null,
  "userDomainType": "none",
  "state": "active",
  "softDeletionTime": null,
  "links": {
    "self": {
      "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/users/82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "CustomerUser"
  }
};

/**
 * Reset the password
 *
 * The request body of Partner Center's "reset user password for a customer" article, unchanged: a new password that must be changed at the next sign-in.
 * (request example `CustomerUserPasswordResetRequest` of schema `CustomerUser`)
 */
export const customerUserPasswordResetRequestExample: Readonly<Record<string, unknown>> = {
  "passwordProfile": {
    "password": "Renew456*",
    "forceChangePassword": true
  },
  "attributes": {
    "objectType": "CustomerUser"
  }
};

/**
 * Morgan Patel's account after restoring it
 *
 * Built from the response of Partner Center's "restore a deleted user for a customer" article: the deleted user of the deleted-users example (Morgan Patel, in place of the article's user), active again.
 * (response example `CustomerUserRestored` of schema `CustomerUser`)
 */
export const customerUserRestoredExample: CustomerUser = {
  "usageLocation": "US",
  "id": "1c7e9a42-3b5d-4f18-a6c0-9e2d4b7f8a16",
  "userPrincipalName": "morgan@contosoretail.onmicrosoft.com",
  "firstName": "Morgan",
  "lastName": "Patel",
  "displayName": "Morgan Patel",
  "userDomainType": "none",
  "state": "active",
  "links": {
    "self": {
      "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/users/1c7e9a42-3b5d-4f18-a6c0-9e2d4b7f8a16",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "CustomerUser"
  }
};

/**
 * Restore a deleted account
 *
 * The request body of Partner Center's "restore a deleted user for a customer" article in camelCase; the article (like the .NET SDK) sends it in PascalCase (`{"State": "active", "Attributes": {"ObjectType": "CustomerUser"}}`), which the service accepts as well.
 * (request example `CustomerUserRestoreRequest` of schema `CustomerUser`)
 */
export const customerUserRestoreRequestExample: Readonly<Record<string, unknown>> = {
  "state": "active",
  "attributes": {
    "objectType": "CustomerUser"
  }
};

/**
 * Avery Smith's account after the usage-location change
 *
 * Built from the response of Partner Center's "update user accounts for a customer" article: Avery Smith's account with the new usage location `CA` in place of the article's placeholder.
 * (response example `CustomerUserUpdated` of schema `CustomerUser`)
 */
export const customerUserUpdatedExample: CustomerUser = {
  "usageLocation": "CA",
  "id": "82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07",
  "userPrincipalName": "avery@contosoretail.onmicrosoft.com",
  "firstName": "Avery",
  "lastName": "Smith",
  "displayName": "Avery Smith",
  "userDomainType": "none",
  "state": "active",
  "links": {
    "self": {
      "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/users/82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "CustomerUser"
  }
};

/**
 * Change the usage location
 *
 * The request body of Partner Center's "update user accounts for a customer" article, with its placeholder usage location replaced by `CA`.
 * (request example `CustomerUserUpdateRequest` of schema `CustomerUser`)
 */
export const customerUserUpdateRequestExample: Readonly<Record<string, unknown>> = {
  "usageLocation": "CA",
  "attributes": {
    "objectType": "CustomerUser"
  }
};

/**
 * Avery Smith's two directory roles
 *
 * The response of Partner Center's "get user roles for a customer" article with its role IDs unchanged; the role the article calls "User Account Administrator" carries its current Microsoft Entra name, User Administrator.
 * (response example `DirectoryRoleCollection` of schema `DirectoryRoleCollection`)
 */
export const directoryRoleCollectionExample: DirectoryRoleCollection = {
  "totalCount": 2,
  "items": [
    {
      "name": "Helpdesk Administrator",
      "id": "729827e3-9c14-49f7-bb1b-9608f156bbb8",
      "attributes": {
        "objectType": "DirectoryRole"
      }
    },
    {
      "name": "User Administrator",
      "id": "fe930be7-5e62-47db-91af-98c3a49a38b1",
      "attributes": {
        "objectType": "DirectoryRole"
      }
    }
  ],
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * No relationship with the customer
 *
 * A real response body quoted in a public GitHub issue (Partner-Smart-Office #12), returned when the partner has no relationship with the requested customer.
 * (response example `ForbiddenError` of schema `PartnerCenterError`)
 */
export const forbiddenErrorExample: PartnerCenterError = {
  "code": 20002,
  "description": "No relationship between caller and account.",
  "data": [],
  "source": "PartnerFD"
};

/**
 * Unexpected service error
 *
 * Illustrative Partner Center error body for a 500. Code 800003 ("Unexpected service error") is from the documented error-code table; the exact `description` text is not published.
 * (response example `InternalServerError` of schema `PartnerCenterError`)
 */
export const internalServerErrorExample: PartnerCenterError = {
  "code": 800003,
  "description": "Unexpected service error",
  "data": [],
  "source": "PartnerFD"
};

/**
 * A one-time (modern commerce) invoice
 *
 * Shaped like the response example of the Partner Center "get invoice by ID" article (a `OneTime` invoice with a PDF link), rewritten for the shared example partner: invoice `D030001IVV` for January 2025 in US dollars. A second `invoiceDetails` entry for the billed Azure plan consumption (`usage_line_items`, `marketplace`) was added; the article shows only the `billing_line_items` entry, and its tax receipt was left out because nothing has been paid yet. Dates and amounts are illustrative.
 * (response example `Invoice` of schema `Invoice`)
 */
export const invoiceExample: Invoice = {
  "id": "D030001IVV",
  "invoiceDate": "2025-02-08T09:14:27.1933456Z",
  "billingPeriodStartDate": "2025-01-01T00:00:00Z",
  "billingPeriodEndDate": "2025-01-31T00:00:00Z",
  "totalCharges": 35.32,
  "paidAmount": 0,
  "currencyCode": "USD",
  "currencySymbol": "$",
  "pdfDownloadLink": "/invoices/D030001IVV/documents/statement",
  "invoiceDetails": [
    {
      "invoiceLineItemType": "billing_line_items",
      "billingProvider": "one_time",
      "links": {
        "self": {
          "uri": "/invoices/OneTime-D030001IVV/lineitems/OneTime/BillingLineItems",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "objectType": "InvoiceDetail"
      }
    },
    {
      "invoiceLineItemType": "usage_line_items",
      "billingProvider": "marketplace",
      "links": {
        "self": {
          "uri": "/invoices/OneTime-D030001IVV/lineitems/Marketplace/UsageLineItems",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "objectType": "InvoiceDetail"
      }
    }
  ],
  "documentType": "invoice",
  "invoiceType": "OneTime",
  "links": {
    "self": {
      "uri": "/invoices/OneTime-D030001IVV",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Invoice"
  }
};

/**
 * Three invoices, first page of an offset-paged list
 *
 * Built from the response example of the Partner Center "get a collection of invoices" article. The first item is the shared example invoice `D030001IVV`; the other two are the article's items (a recurring Office invoice with a tax receipt, and a voided one-time invoice with an adjustment note), with amounts moved to US dollars so that one partner's invoices share a currency. The page size is 3 here (2 in the article), so `links.next` asks for offset 3.
 * (response example `InvoiceCollection` of schema `InvoiceCollection`)
 */
export const invoiceCollectionExample: InvoiceCollection = {
  "totalCount": 3,
  "items": [
    {
      "id": "D030001IVV",
      "invoiceDate": "2025-02-08T09:14:27.1933456Z",
      "totalCharges": 35.32,
      "paidAmount": 0,
      "currencyCode": "USD",
      "currencySymbol": "$",
      "pdfDownloadLink": "/invoices/D030001IVV/documents/statement",
      "invoiceDetails": [
        {
          "invoiceLineItemType": "billing_line_items",
          "billingProvider": "one_time",
          "links": {
            "self": {
              "uri": "/invoices/OneTime-D030001IVV/lineitems/OneTime/BillingLineItems",
              "method": "GET",
              "headers": []
            }
          },
          "attributes": {
            "objectType": "InvoiceDetail"
          }
        },
        {
          "invoiceLineItemType": "usage_line_items",
          "billingProvider": "marketplace",
          "links": {
            "self": {
              "uri": "/invoices/OneTime-D030001IVV/lineitems/Marketplace/UsageLineItems",
              "method": "GET",
              "headers": []
            }
          },
          "attributes": {
            "objectType": "InvoiceDetail"
          }
        }
      ],
      "documentType": "invoice",
      "invoiceType": "OneTime",
      "links": {
        "self": {
          "uri": "/invoices/OneTime-D030001IVV",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "objectType": "Invoice"
      }
    },
    {
      "id": "D02005YFHI",
      "invoiceDate": "2017-01-21T00:00:00Z",
      "totalCharges": 24606.35,
      "paidAmount": 1000,
      "currencyCode": "USD",
      "currencySymbol": "$",
      "pdfDownloadLink": "/invoices/D02005YFHI/documents/statement",
      "taxReceipts": [
        {
          "id": "123456",
          "taxReceiptPdfDownloadLink": "/invoices/D02005YFHI/receipts/123456/documents/statement"
        }
      ],
      "invoiceDetails": [
        {
          "invoiceLineItemType": "billing_line_items",
          "billingProvider": "office",
          "links": {
            "self": {
              "uri": "/invoices/Recurring-D02005YFHI/lineitems/Office/BillingLineItems",
              "method": "GET",
              "headers": []
            }
          },
          "attributes": {
            "objectType": "InvoiceDetail"
          }
        }
      ],
      "documentType": "invoice",
      "invoiceType": "Recurring",
      "links": {
        "self": {
          "uri": "/invoices/Recurring-D02005YFHI",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "objectType": "Invoice"
      }
    },
    {
      "id": "G000024130",
      "invoiceDate": "2018-02-08T01:22:47.603895Z",
      "totalCharges": 586366,
      "paidAmount": 0,
      "currencyCode": "USD",
      "currencySymbol": "$",
      "pdfDownloadLink": "/invoices/G000024130/documents/statement",
      "invoiceDetails": [
        {
          "invoiceLineItemType": "billing_line_items",
          "billingProvider": "one_time",
          "links": {
            "self": {
              "uri": "/invoices/OneTime-G000024130/lineitems/OneTime/BillingLineItems",
              "method": "GET",
              "headers": []
            }
          },
          "attributes": {
            "objectType": "InvoiceDetail"
          }
        }
      ],
      "amendments": [
        {
          "id": "G000024131",
          "invoiceDate": "2018-02-08T18:44:37.5381456Z",
          "totalCharges": 107661.12,
          "paidAmount": 0,
          "currencyCode": "USD",
          "currencySymbol": "$",
          "invoiceDetails": [
            {
              "invoiceLineItemType": "billing_line_items",
              "billingProvider": "one_time",
              "attributes": {
                "objectType": "InvoiceDetail"
              }
            }
          ],
          "documentType": "adjustment_note",
          "amendsOf": "G000024130",
          "invoiceType": "OneTime",
          "attributes": {
            "objectType": "Invoice"
          }
        }
      ],
      "documentType": "void_note",
      "invoiceType": "OneTime",
      "links": {
        "self": {
          "uri": "/invoices/OneTime-G000024130",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "objectType": "Invoice"
      }
    }
  ],
  "links": {
    "self": {
      "uri": "/invoices?size=3&offset=0",
      "method": "GET",
      "headers": []
    },
    "next": {
      "uri": "/invoices?size=3&offset=3",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * Legacy Azure charges (provider azure, billinglineitems), offset-paged
 *
 * The first item of request-response example 2 of the Partner Center "get invoice line items" article (a legacy MS-AZR-0145P Azure invoice), copied unchanged, asked with `size=1` (2 in the article), so `links.next` asks for offset 1.
 * (response example `InvoiceLineItemCollectionAzure` of schema `InvoiceLineItemCollection`)
 */
export const invoiceLineItemCollectionAzureExample: InvoiceLineItemCollection = {
  "totalCount": 1,
  "items": [
    {
      "detailLineItemId": 1,
      "sku": "7UD-00001",
      "includedQuantity": 0,
      "overageQuantity": 745,
      "listPrice": 0.085,
      "currency": "USD",
      "pretaxCharges": 63.33,
      "taxAmount": 6.34,
      "postTaxTotal": 69.67,
      "pretaxEffectiveRate": 0.08500671,
      "postTaxEffectiveRate": 0.09351677,
      "chargeType": "Assess usage fee for current cycle",
      "invoiceLineItemType": "billing_line_items",
      "partnerId": "1F5CCB06-8E36-4A74-A74C-FCAA9E000000",
      "partnerName": "TEST_TEST_Big foot consulting",
      "partnerBillableAccountId": "1010578050",
      "customerId": "65726577-c208-40fd-9735-8c85ac000000",
      "domainName": "600test.onmicrosoft.com",
      "customerCompanyName": "601 tests",
      "mpnId": 4390934,
      "tier2MpnId": -1,
      "invoiceNumber": "1234000000",
      "subscriptionId": "87f4b92f-a490-485e-ad34-5b70cb000000",
      "subscriptionName": "Microsoft Azure",
      "subscriptionDescription": "Microsoft Azure",
      "billingCycleType": "Monthly",
      "orderId": "568297985427000000",
      "serviceName": "Azure App Service",
      "serviceType": "Standard Plan",
      "resourceGuid": "505db374-df8a-44df-9d8c-13c14b61dee1",
      "resourceName": "S1",
      "region": "",
      "consumedQuantity": 745,
      "chargeStartDate": "2019-08-02T00:00:00",
      "chargeEndDate": "2019-09-01T00:00:00",
      "unit": "1 Hour",
      "billingProvider": "azure",
      "attributes": {
        "objectType": "UsageBasedLineItem"
      }
    }
  ],
  "links": {
    "self": {
      "uri": "/invoices/1234000000/lineitems?provider=Azure&invoicelineitemtype=BillingLineItems&size=1&offset=0",
      "method": "GET",
      "headers": []
    },
    "next": {
      "uri": "/invoices/1234000000/lineitems?provider=Azure&invoicelineitemtype=BillingLineItems&size=1&offset=1",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * Legacy daily Azure usage (provider azure, usagelineitems), offset-paged
 *
 * The second item of request-response example 3 of the Partner Center "get invoice line items" article (daily usage of a legacy MS-AZR-0145P Azure subscription), copied unchanged, asked with `size=1` (2 in the article), so `links.next` asks for offset 1.
 * (response example `InvoiceLineItemCollectionAzureUsage` of schema `InvoiceLineItemCollection`)
 */
export const invoiceLineItemCollectionAzureUsageExample: InvoiceLineItemCollection = {
  "totalCount": 1,
  "items": [
    {
      "customerBillableAccount": "1307536861",
      "usageDate": "2019-08-10T00:00:00",
      "invoiceLineItemType": "usage_line_items",
      "partnerId": "1F5CCB06-8E36-4A74-A74C-FCAA9E000000",
      "partnerName": "TEST_TEST_BIG FOOT CONSULTING",
      "partnerBillableAccountId": "1010578050",
      "customerId": "EB53B7BD-267E-440E-B3C0-8F0B40000000",
      "domainName": "brandontest.onmicrosoft.com",
      "customerCompanyName": "BRANDON'S TEST",
      "mpnId": 4390934,
      "tier2MpnId": -1,
      "invoiceNumber": "1234000000",
      "subscriptionId": "62D22561-AB15-41E5-AD59-99025C000000",
      "subscriptionName": "MICROSOFT AZURE",
      "subscriptionDescription": "MICROSOFT AZURE",
      "billingCycleType": "MONTHLY",
      "orderId": "568297985605838583",
      "serviceName": "VIRTUAL MACHINES",
      "serviceType": "D/DS SERIES WINDOWS",
      "resourceGuid": "62C64B6C-4033-4E20-AB33-9E81271AC12A",
      "resourceName": "D1/DS1",
      "region": "US WEST",
      "consumedQuantity": 24,
      "chargeStartDate": "2019-08-05T00:00:00",
      "chargeEndDate": "2019-09-04T00:00:00",
      "unit": "1 HOUR",
      "billingProvider": "azure",
      "attributes": {
        "objectType": "DailyUsageLineItem"
      }
    }
  ],
  "links": {
    "self": {
      "uri": "/invoices/1234000000/lineitems?provider=Azure&invoicelineitemtype=UsageLineItems&size=1&offset=0",
      "method": "GET",
      "headers": []
    },
    "next": {
      "uri": "/invoices/1234000000/lineitems?provider=Azure&invoicelineitemtype=UsageLineItems&size=1&offset=1",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * Billed Azure plan consumption (provider onetime, usagelineitems), first seek page
 *
 * Shaped like the response example of the Partner Center "get invoice billed commercial consumption line items" article (daily rated usage, `period=previous`), rewritten for the shared example partner: two days of a virtual machine in Contoso Retail's Azure plan on invoice `D030001IVV`, with partner earned credit applied. The Azure subscription, meter and resource names and the amounts are illustrative. The page was asked with `size=2` (2000 in the article) so that it has a next page; the continuation token is the one of the article's response example.
 * (response example `InvoiceLineItemCollectionConsumption` of schema `InvoiceLineItemCollection`)
 */
export const invoiceLineItemCollectionConsumptionExample: InvoiceLineItemCollection = {
  "totalCount": 2,
  "continuationToken": "AQAAAA==",
  "items": [
    {
      "partnerId": "3b33e682-00c3-41ee-9dd2-a548adf56438",
      "partnerName": "",
      "customerId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
      "customerName": "Contoso Retail",
      "customerDomainName": "contosoretail.onmicrosoft.com",
      "invoiceNumber": "D030001IVV",
      "productId": "DZH318Z0BPS6",
      "skuId": "0001",
      "availabilityId": "DZH318Z0BPS7",
      "skuName": "Azure plan",
      "productName": "Azure plan",
      "publisherName": "Microsoft",
      "publisherId": "",
      "subscriptionId": "9c2b7e41-5d3a-4f86-b1e0-7a4c2d9e6f13",
      "subscriptionDescription": "Azure plan",
      "chargeStartDate": "2025-01-01T00:00:00Z",
      "chargeEndDate": "2025-02-01T00:00:00Z",
      "usageDate": "2025-01-13T00:00:00Z",
      "meterType": "1 Compute Hour",
      "meterCategory": "Virtual Machines",
      "meterId": "1e2a0f1b-7c5d-4b8e-9a3f-6d0c2b4e8a71",
      "meterSubCategory": "Dv3/DSv3 Series",
      "meterName": "D2 v3/D2s v3",
      "meterRegion": "US East",
      "unitOfMeasure": "1 Hour",
      "resourceLocation": "EASTUS",
      "consumedService": "Microsoft.Compute",
      "resourceGroup": "POS-RG",
      "resourceUri": "/subscriptions/2f8d6c14-3b7a-4e95-8c1d-0a6e4b2f9d58/resourceGroups/POS-RG/providers/Microsoft.Compute/virtualMachines/pos-app-01",
      "tags": "",
      "additionalInfo": "{\"ServiceType\": \"Standard_D2s_v3\", \"UsageType\": \"ComputeHR\"}",
      "serviceInfo1": "",
      "serviceInfo2": "",
      "customerCountry": "US",
      "mpnId": "4391507",
      "resellerMpnId": "",
      "chargeType": "new",
      "unitPrice": 0.0642,
      "quantity": 24,
      "unitType": "1 Hour",
      "billingPreTaxTotal": 1.31,
      "billingCurrency": "USD",
      "pricingPreTaxTotal": 1.31,
      "pricingCurrency": "USD",
      "entitlementId": "2f8d6c14-3b7a-4e95-8c1d-0a6e4b2f9d58",
      "entitlementDescription": "Contoso Retail POS",
      "pcToBCExchangeRate": 1,
      "pcToBCExchangeRateDate": "2025-01-01T00:00:00Z",
      "effectiveUnitPrice": 0.05457,
      "rateOfPartnerEarnedCredit": 0.15,
      "hasPartnerEarnedCredit": true,
      "rateOfCredit": 0.15,
      "creditType": "Partner Earned Credit Applied",
      "invoiceLineItemType": "usage_line_items",
      "billingProvider": "marketplace",
      "attributes": {
        "objectType": "DailyRatedUsageLineItem"
      }
    },
    {
      "partnerId": "3b33e682-00c3-41ee-9dd2-a548adf56438",
      "partnerName": "",
      "customerId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
      "customerName": "Contoso Retail",
      "customerDomainName": "contosoretail.onmicrosoft.com",
      "invoiceNumber": "D030001IVV",
      "productId": "DZH318Z0BPS6",
      "skuId": "0001",
      "availabilityId": "DZH318Z0BPS7",
      "skuName": "Azure plan",
      "productName": "Azure plan",
      "publisherName": "Microsoft",
      "publisherId": "",
      "subscriptionId": "9c2b7e41-5d3a-4f86-b1e0-7a4c2d9e6f13",
      "subscriptionDescription": "Azure plan",
      "chargeStartDate": "2025-01-01T00:00:00Z",
      "chargeEndDate": "2025-02-01T00:00:00Z",
      "usageDate": "2025-01-14T00:00:00Z",
      "meterType": "1 Compute Hour",
      "meterCategory": "Virtual Machines",
      "meterId": "1e2a0f1b-7c5d-4b8e-9a3f-6d0c2b4e8a71",
      "meterSubCategory": "Dv3/DSv3 Series",
      "meterName": "D2 v3/D2s v3",
      "meterRegion": "US East",
      "unitOfMeasure": "1 Hour",
      "resourceLocation": "EASTUS",
      "consumedService": "Microsoft.Compute",
      "resourceGroup": "POS-RG",
      "resourceUri": "/subscriptions/2f8d6c14-3b7a-4e95-8c1d-0a6e4b2f9d58/resourceGroups/POS-RG/providers/Microsoft.Compute/virtualMachines/pos-app-01",
      "tags": "",
      "additionalInfo": "{\"ServiceType\": \"Standard_D2s_v3\", \"UsageType\": \"ComputeHR\"}",
      "serviceInfo1": "",
      "serviceInfo2": "",
      "customerCountry": "US",
      "mpnId": "4391507",
      "resellerMpnId": "",
      "chargeType": "new",
      "unitPrice": 0.0642,
      "quantity": 24,
      "unitType": "1 Hour",
      "billingPreTaxTotal": 1.31,
      "billingCurrency": "USD",
      "pricingPreTaxTotal": 1.31,
      "pricingCurrency": "USD",
      "entitlementId": "2f8d6c14-3b7a-4e95-8c1d-0a6e4b2f9d58",
      "entitlementDescription": "Contoso Retail POS",
      "pcToBCExchangeRate": 1,
      "pcToBCExchangeRateDate": "2025-01-01T00:00:00Z",
      "effectiveUnitPrice": 0.05457,
      "rateOfPartnerEarnedCredit": 0.15,
      "hasPartnerEarnedCredit": true,
      "rateOfCredit": 0.15,
      "creditType": "Partner Earned Credit Applied",
      "invoiceLineItemType": "usage_line_items",
      "billingProvider": "marketplace",
      "attributes": {
        "objectType": "DailyRatedUsageLineItem"
      }
    }
  ],
  "links": {
    "self": {
      "uri": "/invoices/D030001IVV/lineitems?provider=onetime&invoicelineitemtype=usagelineitems&currencycode=usd&period=previous&size=2",
      "method": "GET",
      "headers": []
    },
    "next": {
      "uri": "/invoices/D030001IVV/lineitems?provider=onetime&invoicelineitemtype=usagelineitems&currencycode=usd&period=previous&size=2&seekOperation=Next",
      "method": "GET",
      "headers": [
        {
          "key": "MS-ContinuationToken",
          "value": "AQAAAA=="
        }
      ]
    }
  },
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * Legacy Office license charges (provider office, billinglineitems), offset-paged
 *
 * The first item of request-response example 1 of the Partner Center "get invoice line items" article (a legacy Office invoice of another customer), copied unchanged, on a page asked with `size=1`. In the links, the article's `nvoicelineitemtype` typo is corrected and its truncated next link (`offset=` without a value) asks for offset 1. Offset-paged pages carry no `continuationToken`.
 * (response example `InvoiceLineItemCollectionOffice` of schema `InvoiceLineItemCollection`)
 */
export const invoiceLineItemCollectionOfficeExample: InvoiceLineItemCollection = {
  "totalCount": 1,
  "items": [
    {
      "partnerId": "3b33e682-00c3-41ee-9dd2-a548adf56438",
      "customerId": "74221236-D09C-4870-AC1D-33E155E9AEBE",
      "customerName": "TSTAGIN1CUST190",
      "mpnId": 4391507,
      "tier2MpnId": -1,
      "orderId": "567735045559164136",
      "subscriptionId": "4KIKawEAAAAAAAEA",
      "syndicationPartnerSubscriptionNumber": "1F58ACD7-FE51-4705-9567-D009C9ADA150",
      "offerId": "AAA5B3F0-0EE2-431B-A42F-3F18F3C6D540",
      "durableOfferId": "2F707C7C-2433-49A5-A437-9CA7CF40D3EB",
      "offerName": "EXCHANGE ONLINE (PLAN 2)",
      "domainName": "TStagin1Cust190.onmicrosoft.com",
      "billingCycleType": "MONTHLY",
      "subscriptionName": "EXCHANGE ONLINE (PLAN 2)",
      "subscriptionDescription": "EXCHANGE ONLINE (PLAN 2)",
      "subscriptionStartDate": "2017-05-12T00:00:00",
      "subscriptionEndDate": "2018-06-10T00:00:00",
      "chargeStartDate": "2017-05-12T00:00:00",
      "chargeEndDate": "2017-06-09T00:00:00",
      "chargeType": "New",
      "unitPrice": 0,
      "quantity": 3,
      "amount": 0,
      "totalOtherDiscount": 0,
      "subtotal": 0,
      "tax": 0,
      "totalForCustomer": 0,
      "currency": "USD",
      "invoiceLineItemType": "billing_line_items",
      "billingProvider": "office",
      "attributes": {
        "objectType": "LicenseBasedLineItem"
      }
    }
  ],
  "links": {
    "self": {
      "uri": "/invoices/1234000000/lineitems?provider=Office&invoicelineitemtype=BillingLineItems&size=1&offset=0",
      "method": "GET",
      "headers": []
    },
    "next": {
      "uri": "/invoices/1234000000/lineitems?provider=Office&invoicelineitemtype=BillingLineItems&size=1&offset=1",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * Modern commerce charges (provider onetime, billinglineitems), first seek page
 *
 * Shaped like the `OneTime` billing line items of the Partner Center "get invoice line items" article (request-response examples 4 and 5), rewritten for the shared example partner: Contoso Retail's Microsoft 365 Business Basic subscription (5 licenses, billed monthly) and a trial add-on modelled on the article's Phone System item. Amounts and quantities are numbers, as the SDK reads them (the article sends some as strings). The page was asked with `size=2`, so it carries a continuation token and a well-formed `links.next` (the article's link is malformed). Dates and amounts are illustrative.
 * (response example `InvoiceLineItemCollectionOneTime` of schema `InvoiceLineItemCollection`)
 */
export const invoiceLineItemCollectionOneTimeExample: InvoiceLineItemCollection = {
  "totalCount": 2,
  "continuationToken": "d19617b8-fbe5-4684-a5d8-0230972fb0cf,0705c4a9-39f7-4261-ba6d-53e24a9ce47d_a4ayc",
  "items": [
    {
      "partnerId": "3b33e682-00c3-41ee-9dd2-a548adf56438",
      "customerId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
      "customerName": "Contoso Retail",
      "customerDomainName": "contosoretail.onmicrosoft.com",
      "customerCountry": "US",
      "invoiceNumber": "D030001IVV",
      "mpnId": "4391507",
      "resellerMpnId": 0,
      "orderId": "kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1",
      "orderDate": "2024-12-16T17:42:05.3121583Z",
      "productId": "CFQ7TTC0LH18",
      "skuId": "0001",
      "availabilityId": "CFQ7TTC0LDPB",
      "productName": "Microsoft 365 Business Basic",
      "skuName": "Microsoft 365 Business Basic",
      "productQualifiers": [],
      "chargeType": "new",
      "unitPrice": 6,
      "effectiveUnitPrice": 6,
      "unitType": "",
      "quantity": 5,
      "subtotal": 30,
      "taxTotal": 2.7,
      "totalForCustomer": 32.7,
      "currency": "USD",
      "publisherName": "Microsoft Corporation",
      "publisherId": "",
      "subscriptionDescription": "",
      "subscriptionId": "a4c1340d-6911-4758-bba3-0c4c6007d161",
      "subscriptionStartDate": "2024-12-16T00:00:00Z",
      "subscriptionEndDate": "2025-12-15T00:00:00Z",
      "chargeStartDate": "2025-01-16T00:00:00Z",
      "chargeEndDate": "2025-02-15T00:00:00Z",
      "termAndBillingCycle": "One-Year commitment for monthly/yearly billing",
      "alternateId": "kt8dMq2JxhWq",
      "referenceId": "5b0e6f43-2a1d-4c8e-9f7b-3d6a1c2e8b90",
      "priceAdjustmentDescription": "",
      "discountDetails": "",
      "pricingCurrency": "USD",
      "pcToBCExchangeRate": 1,
      "pcToBCExchangeRateDate": "2025-01-01T00:00:00",
      "billableQuantity": 5,
      "meterDescription": "",
      "billingFrequency": "Monthly",
      "reservationOrderId": "",
      "promotionId": "",
      "invoiceLineItemType": "billing_line_items",
      "billingProvider": "one_time",
      "attributes": {
        "objectType": "OneTimeInvoiceLineItem"
      }
    },
    {
      "partnerId": "3b33e682-00c3-41ee-9dd2-a548adf56438",
      "customerId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
      "customerName": "Contoso Retail",
      "customerDomainName": "contosoretail.onmicrosoft.com",
      "customerCountry": "US",
      "invoiceNumber": "D030001IVV",
      "mpnId": "4391507",
      "resellerMpnId": 0,
      "orderId": "94e858b6d855",
      "orderDate": "2025-01-20T18:30:06.6045692Z",
      "productId": "CFQ7TTC0LH0R",
      "skuId": "0002",
      "availabilityId": "CFQ7TTC0K5RQ",
      "productName": "Microsoft 365 Phone System - Virtual User",
      "skuName": "Microsoft 365 Phone System - Virtual User",
      "productQualifiers": [
        "AddOn",
        "Trial"
      ],
      "chargeType": "new",
      "unitPrice": 0,
      "effectiveUnitPrice": 0,
      "unitType": "",
      "quantity": 25,
      "subtotal": 0,
      "taxTotal": 0,
      "totalForCustomer": 0,
      "currency": "USD",
      "publisherName": "Microsoft Corporation",
      "publisherId": "",
      "subscriptionDescription": "",
      "subscriptionId": "86646af9-e80a-4aa0-da80-3fd2b792c2cc",
      "subscriptionStartDate": "2025-01-20T00:00:00Z",
      "subscriptionEndDate": "2025-02-19T00:00:00Z",
      "chargeStartDate": "2025-01-20T00:00:00Z",
      "chargeEndDate": "2025-02-19T00:00:00Z",
      "termAndBillingCycle": "One-Month commitment for trial",
      "alternateId": "94e858b6d855",
      "referenceId": "0cf1202a-5b7d-4219-966e-93c637113708",
      "priceAdjustmentDescription": "",
      "discountDetails": "",
      "pricingCurrency": "USD",
      "pcToBCExchangeRate": 1,
      "pcToBCExchangeRateDate": "2025-01-01T00:00:00",
      "billableQuantity": 25,
      "meterDescription": "",
      "billingFrequency": "",
      "reservationOrderId": "",
      "promotionId": "",
      "invoiceLineItemType": "billing_line_items",
      "billingProvider": "one_time",
      "attributes": {
        "objectType": "OneTimeInvoiceLineItem"
      }
    }
  ],
  "links": {
    "self": {
      "uri": "/invoices/D030001IVV/lineitems?provider=onetime&invoicelineitemtype=billinglineitems&size=2",
      "method": "GET",
      "headers": []
    },
    "next": {
      "uri": "/invoices/D030001IVV/lineitems?provider=onetime&invoicelineitemtype=billinglineitems&size=2&seekOperation=Next",
      "method": "GET",
      "headers": [
        {
          "key": "MS-ContinuationToken",
          "value": "d19617b8-fbe5-4684-a5d8-0230972fb0cf,0705c4a9-39f7-4261-ba6d-53e24a9ce47d_a4ayc"
        }
      ]
    }
  },
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * Avery Smith's Business Basic license
 *
 * Shaped after the response example of Partner Center's "get licenses assigned to a user" article, with this description's sample data: Avery Smith holds a Microsoft 365 Business Basic license. As in the article, `productSku` has no `targetType` and the service plans report `Assigned`; the plans are shortened to three.
 * (response example `LicenseCollection` of schema `LicenseCollection`)
 */
export const licenseCollectionExample: LicenseCollection = {
  "totalCount": 1,
  "items": [
    {
      "servicePlans": [
        {
          "displayName": "Exchange Online (Plan 1)",
          "serviceName": "EXCHANGE_S_STANDARD",
          "id": "9aaf7827-d63c-4b61-89c3-182f06f82e5c",
          "capabilityStatus": "Assigned",
          "targetType": "User"
        },
        {
          "displayName": "SharePoint (Plan 1)",
          "serviceName": "SHAREPOINTSTANDARD",
          "id": "c7699d2e-19aa-44de-8edf-1736da088ca1",
          "capabilityStatus": "Assigned",
          "targetType": "User"
        },
        {
          "displayName": "Microsoft Teams",
          "serviceName": "TEAMS1",
          "id": "57ff2da0-773e-42df-b2af-ffb7a2317929",
          "capabilityStatus": "Assigned",
          "targetType": "User"
        }
      ],
      "productSku": {
        "id": "3b555118-da6a-4418-894f-7df1e2096870",
        "name": "Microsoft 365 Business Basic",
        "skuPartNumber": "O365_BUSINESS_ESSENTIALS",
        "licenseGroupId": "group1"
      },
      "attributes": {
        "objectType": "License"
      }
    }
  ],
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * No license in the requested license groups
 *
 * The empty collection that Partner Center's "get licenses assigned to a user by license group" article documents when the user has no license in the requested groups, unchanged.
 * (response example `LicenseCollectionEmpty` of schema `LicenseCollection`)
 */
export const licenseCollectionEmptyExample: LicenseCollection = {
  "totalCount": 0,
  "items": [],
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * No license left to assign
 *
 * The `400` response body of Partner Center's "assign licenses to a user" article (code 60012, out of licenses), with the customer and SKU IDs of this description's sample data. `description` is kept as published, with its first apostrophe HTML-encoded.
 * (response example `LicenseQuotaExceededError` of schema `PartnerCenterError`)
 */
export const licenseQuotaExceededErrorExample: PartnerCenterError = {
  "code": 60012,
  "description": "We&#39;re sorry, it looks like you've run out of licenses. Buy more licenses, and then try again.",
  "data": [
    "LicenseQuotaExceededException : Subscription with Account 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10 and SKU 3b555118-da6a-4418-894f-7df1e2096870 does not have any available licenses left."
  ],
  "source": "PartnerFD"
};

/**
 * Assign Business Basic with all its service plans
 *
 * The license to assign in camelCase, with the Business Basic SKU ID of this description's sample data. Partner Center's "assign licenses to a user" article sends the same request in Pascal case (see `LicenseUpdateSdkBody`).
 * (request example `LicenseUpdateAssign` of schema `LicenseUpdate`)
 */
export const licenseUpdateAssignExample: Readonly<Record<string, unknown>> = {
  "licensesToAssign": [
    {
      "skuId": "3b555118-da6a-4418-894f-7df1e2096870"
    }
  ]
};

/**
 * Remove the Business Basic license
 *
 * Removes a license by its product SKU ID through `licensesToRemove`, which the license resources document; no article shows a removal request, so this body is illustrative.
 * (request example `LicenseUpdateRemove` of schema `LicenseUpdate`)
 */
export const licenseUpdateRemoveExample: Readonly<Record<string, unknown>> = {
  "licensesToRemove": [
    "3b555118-da6a-4418-894f-7df1e2096870"
  ]
};

/**
 * License assigned without warnings
 *
 * The `201` response body of Partner Center's "assign licenses to a user" article, with the Business Basic SKU ID of this description's sample data.
 * (response example `LicenseUpdateResult` of schema `LicenseUpdate`)
 */
export const licenseUpdateResultExample: LicenseUpdate = {
  "licensesToAssign": [
    {
      "skuId": "3b555118-da6a-4418-894f-7df1e2096870"
    }
  ],
  "licenseWarnings": [],
  "attributes": {
    "objectType": "LicenseUpdate"
  }
};

/**
 * Assign a license (body as the .NET SDK sends it)
 *
 * The request body of Partner Center's "assign licenses to a user" article, in Pascal case with `null` for unused lists as the .NET SDK serializes it; only the SKU ID was replaced with the Business Basic SKU of this description's sample data.
 * (request example `LicenseUpdateSdkBody` of schema `LicenseUpdate`)
 */
export const licenseUpdateSdkBodyExample: Readonly<Record<string, unknown>> = {
  "LicensesToAssign": [
    {
      "ExcludedPlans": null,
      "SkuId": "3b555118-da6a-4418-894f-7df1e2096870"
    }
  ],
  "LicensesToRemove": null,
  "LicenseWarnings": null,
  "Attributes": {
    "ObjectType": "LicenseUpdate"
  }
};

/**
 * Two managed Office services
 *
 * The response example of the Partner Center "get the managed services for a customer by ID" article, items copied unchanged (including its `<ctid>` and `<domain>` placeholders). The published example is cut off after the items, so the collection-level `attributes` (`objectType` `Collection`, as on every other collection) were added here.
 * (response example `ManagedServiceCollection` of schema `ManagedServiceCollection`)
 */
export const managedServiceCollectionExample: ManagedServiceCollection = {
  "totalCount": 2,
  "items": [
    {
      "id": "Exchange",
      "name": "Exchange",
      "groupName": "Office",
      "links": {
        "adminService": {
          "uri": "https://portal.office.com/Partner/BeginClientSession.aspx?CTID=<ctid>&CSDEST=Exchange&InitialDomain=<domain>&PrimaryDomain=<domain>",
          "method": "GET",
          "headers": []
        },
        "serviceHealth": {
          "uri": "https://portal.office.com/Partner/BeginClientSession.aspx?CTID=<ctid>&CSDEST=ServiceStatus",
          "method": "GET",
          "headers": []
        },
        "serviceTicket": {
          "uri": "https://portal.office.com/Partner/BeginClientSession.aspx?CTID=<ctid>&CSDEST=Support",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "objectType": "ManagedService"
      }
    },
    {
      "id": "MicrosoftCommunicationsOnline",
      "name": "SkypeforBusiness",
      "groupName": "Office",
      "links": {
        "adminService": {
          "uri": "https://portal.office.com/Partner/BeginClientSession.aspx?CTID=<ctid>&CSDEST=MicrosoftCommunicationsOnline",
          "method": "GET",
          "headers": []
        },
        "serviceHealth": {
          "uri": "https://portal.office.com/Partner/BeginClientSession.aspx?CTID=<ctid>&CSDEST=ServiceStatus",
          "method": "GET",
          "headers": []
        },
        "serviceTicket": {
          "uri": "https://portal.office.com/Partner/BeginClientSession.aspx?CTID=<ctid>&CSDEST=Support",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "objectType": "ManagedService"
      }
    }
  ],
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * Confirm acceptance of the Microsoft Customer Agreement
 *
 * The request example of Partner Center's "confirm customer acceptance of the Microsoft Customer Agreement" page, with the page's contact (Tania Carr) replaced by Avery Smith of the Contoso Retail customer used across this description. The template ID, date and type are the page's.
 * (request example `NewAgreement` of schema `NewAgreement`)
 */
export const newAgreementExample: Readonly<Record<string, unknown>> = {
  "primaryContact": {
    "firstName": "Avery",
    "lastName": "Smith",
    "email": "avery@contosoretail.onmicrosoft.com",
    "phoneNumber": "4255550100"
  },
  "templateId": "117a77b0-9360-443b-8795-c6dedc750cf9",
  "dateAgreed": "2018-06-14T00:00:00.000Z",
  "type": "MicrosoftCustomerAgreement"
};

/**
 * Create a direct customer
 *
 * Built from the request example of Partner Center's "create a customer" page: the same minimum fields (company-profile `domain`; billing-profile `email`, `culture`, `language`, `companyName`, `defaultAddress`), filled in with the Contoso Retail customer used across this description instead of the page's test values. The page's example is PascalCase (as the .NET SDK sends it) and has trailing commas; this one is camelCase.
 * (request example `NewCustomer` of schema `NewCustomer`)
 */
export const newCustomerExample: Readonly<Record<string, unknown>> = {
  "companyProfile": {
    "domain": "contosoretail.onmicrosoft.com"
  },
  "billingProfile": {
    "email": "avery@contosoretail.onmicrosoft.com",
    "culture": "en-US",
    "language": "en",
    "companyName": "Contoso Retail",
    "defaultAddress": {
      "firstName": "Avery",
      "lastName": "Smith",
      "addressLine1": "One Microsoft Way",
      "city": "Redmond",
      "state": "WA",
      "postalCode": "98052",
      "country": "US",
      "phoneNumber": "4255550100"
    }
  }
};

/**
 * Create a customer for an indirect reseller (App+User only)
 *
 * The request example of Partner Center's "create a customer for an indirect reseller" page with its values unchanged, in camelCase. The page's example is PascalCase, as the .NET SDK sends it, and also carries the SDK's nulls and defaults for fields it leaves unset (`Id`, `TenantId`, `UserCredentials`, `"RelationshipToPartner": "none"`, `Attributes`, ...); those are left out here.
 * (request example `NewCustomerForIndirectReseller` of schema `NewCustomer`)
 */
export const newCustomerForIndirectResellerExample: Readonly<Record<string, unknown>> = {
  "companyProfile": {
    "domain": "WingtipToys678152504.onmicrosoft.com"
  },
  "billingProfile": {
    "email": "Gena@wingtiptoys.com",
    "culture": "EN-US",
    "language": "En",
    "companyName": "Wingtip Toys678152504",
    "defaultAddress": {
      "country": "US",
      "city": "Redmond",
      "state": "WA",
      "addressLine1": "One Microsoft Way",
      "postalCode": "98052",
      "firstName": "Gena",
      "lastName": "Soto",
      "phoneNumber": "4255550101"
    }
  },
  "associatedPartnerId": "484e548c-f5f3-4528-93a9-c16c6373cb59"
};

/**
 * Customer tenant not found
 *
 * Illustrative Partner Center error body for a 404. Code 60003 ("Tenant not found") is from the documented error-code table; the exact `description` text is not published. Unknown routes instead get the gateway shape `{"statusCode": 404, "message": "Resource not found"}`.
 * (response example `NotFoundError` of schema `PartnerCenterError`)
 */
export const notFoundErrorExample: PartnerCenterError = {
  "code": 60003,
  "description": "Tenant not found",
  "data": [],
  "source": "PartnerFD"
};

/**
 * The Business Basic order of Contoso Retail
 *
 * Shaped like the response examples of "Get an order by ID" and "Get all of a customer's orders": the order of these examples after provisioning, with a `subscription` link on its line item (as in the pages' subscription-based orders). IDs are those shared by these examples; the alternate ID and dates are illustrative.
 * (response example `Order` of schema `Order`)
 */
export const orderExample: Order = {
  "id": "kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1",
  "alternateId": "5c1e8d3f9a27",
  "referenceCustomerId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
  "billingCycle": "monthly",
  "currencyCode": "USD",
  "currencySymbol": "$",
  "lineItems": [
    {
      "lineItemNumber": 0,
      "offerId": "CFQ7TTC0LH18:0001:CFQ7TTC0LDPB",
      "subscriptionId": "a4c1340d-6911-4758-bba3-0c4c6007d161",
      "termDuration": "P1Y",
      "transactionType": "New",
      "friendlyName": "Contoso Retail Business Basic",
      "quantity": 5,
      "links": {
        "subscription": {
          "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/subscriptions/a4c1340d-6911-4758-bba3-0c4c6007d161",
          "method": "GET",
          "headers": []
        },
        "product": {
          "uri": "/products/CFQ7TTC0LH18?country=US",
          "method": "GET",
          "headers": []
        },
        "sku": {
          "uri": "/products/CFQ7TTC0LH18/skus/0001?country=US",
          "method": "GET",
          "headers": []
        },
        "availability": {
          "uri": "/products/CFQ7TTC0LH18/skus/0001/availabilities/CFQ7TTC0LDPB?country=US",
          "method": "GET",
          "headers": []
        }
      }
    }
  ],
  "creationDate": "2024-05-06T09:16:44.4514129Z",
  "status": "completed",
  "transactionType": "UserPurchase",
  "links": {
    "self": {
      "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/orders/kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1",
      "method": "GET",
      "headers": []
    },
    "provisioningStatus": {
      "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/orders/kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1/provisioningstatus",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Order"
  }
};

/**
 * The order after an add-on purchase
 *
 * Shaped like the response example of "Purchase an add-on to a subscription": the order of these examples now holds a second line item, the add-on, with the new add-on subscription. The add-on's offer ID, friendly name and quantity are the page's; the add-on subscription ID and the etag are illustrative, and the billing cycle is the order's `monthly` (the page's example shows `none`).
 * (response example `OrderAddOnPurchased` of schema `Order`)
 */
export const orderAddOnPurchasedExample: Order = {
  "id": "kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1",
  "referenceCustomerId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
  "billingCycle": "monthly",
  "lineItems": [
    {
      "lineItemNumber": 0,
      "offerId": "CFQ7TTC0LH18:0001:CFQ7TTC0LDPB",
      "subscriptionId": "a4c1340d-6911-4758-bba3-0c4c6007d161",
      "friendlyName": "Contoso Retail Business Basic",
      "quantity": 5,
      "links": {
        "subscription": {
          "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/subscriptions/a4c1340d-6911-4758-bba3-0c4c6007d161",
          "method": "GET",
          "headers": []
        }
      }
    },
    {
      "lineItemNumber": 1,
      "offerId": "2828BE95-46BA-4F91-B2FD-0BEF192ECF60",
      "subscriptionId": "5e0b7c2d-8f14-4a36-9d5b-1c7e3a9f2b48",
      "friendlyName": "Some friendly name",
      "quantity": 2,
      "links": {
        "subscription": {
          "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/subscriptions/5e0b7c2d-8f14-4a36-9d5b-1c7e3a9f2b48",
          "method": "GET",
          "headers": []
        }
      }
    }
  ],
  "creationDate": "2024-05-06T09:16:44.4514129Z",
  "links": {
    "self": {
      "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/orders/kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "etag": "eyJpZCI6Imt0OGRNcTJKeGhXcTBmVUMweUw1R2hxR1RybU1nd1BiMSIsInZlcnNpb24iOjJ9",
    "objectType": "Order"
  }
};

/**
 * Buy an add-on for the Business Basic subscription
 *
 * The request example of "Purchase an add-on to a subscription" in camelCase (the page writes PascalCase with nulls), sent to the order of these examples: the customer and the parent subscription are those of these examples; the add-on's offer ID (a legacy offer ID) and the quantity are the page's.
 * (request example `OrderAddOnPurchaseRequest` of schema `Order`)
 */
export const orderAddOnPurchaseRequestExample: Readonly<Record<string, unknown>> = {
  "referenceCustomerId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
  "lineItems": [
    {
      "lineItemNumber": 0,
      "offerId": "2828BE95-46BA-4F91-B2FD-0BEF192ECF60",
      "parentSubscriptionId": "a4c1340d-6911-4758-bba3-0c4c6007d161",
      "friendlyName": "Some friendly name",
      "quantity": 2,
      "attributes": {
        "objectType": "OrderLineItem"
      }
    }
  ],
  "attributes": {
    "objectType": "Order"
  }
};

/**
 * Cancel an integration-sandbox order
 *
 * The request body of "Cancel an order from the integration sandbox", unchanged except for the trailing comma that made the page's JSON invalid, and the order ID, which is the shared example order of this description instead of the page's.
 * (request example `OrderCancelSandboxRequest` of schema `Order`)
 */
export const orderCancelSandboxRequestExample: Readonly<Record<string, unknown>> = {
  "id": "kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1",
  "status": "cancelled"
};

/**
 * Cancel one software line item
 *
 * The request example of "Cancel software purchases", unchanged: the order is marked `cancelled` and only the listed line item (number 0) is cancelled.
 * (request example `OrderCancelSoftwareLineItemRequest` of schema `Order`)
 */
export const orderCancelSoftwareLineItemRequestExample: Readonly<Record<string, unknown>> = {
  "id": "2y6dF_rVgDAXMxypQPPnTquuXhKVK_3N1",
  "status": "cancelled",
  "lineItems": [
    {
      "lineItemNumber": 0,
      "offerId": "DG7GMGF0FKZV:0003:DG7GMGF0DWMS"
    }
  ]
};

/**
 * Change the billing cycle to annual
 *
 * The request example of "Change the billing cycle" in camelCase: the page writes PascalCase, nulls for unset values and `Annual`, which is `annual` here. The customer is the customer of these examples; the offer and subscription IDs are the page's.
 * (request example `OrderChangeBillingCycleRequest` of schema `Order`)
 */
export const orderChangeBillingCycleRequestExample: Readonly<Record<string, unknown>> = {
  "referenceCustomerId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
  "billingCycle": "annual",
  "lineItems": [
    {
      "lineItemNumber": 0,
      "offerId": "2828BE95-46BA-4F91-B2FD-0BEF192ECF60",
      "subscriptionId": "69829602-C219-40FD-A3D5-4150FCA41A19",
      "friendlyName": "Some friendly name",
      "quantity": 2,
      "attributes": {
        "objectType": "OrderLineItem"
      }
    }
  ],
  "attributes": {
    "objectType": "Order"
  }
};

/**
 * Contoso Retail's orders
 *
 * Shaped like the response example of "Get all of a customer's orders": a one-page collection holding the order of these examples (see the `Order` example).
 * (response example `OrderCollection` of schema `OrderCollection`)
 */
export const orderCollectionExample: OrderCollection = {
  "totalCount": 1,
  "items": [
    {
      "id": "kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1",
      "alternateId": "5c1e8d3f9a27",
      "referenceCustomerId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
      "billingCycle": "monthly",
      "currencyCode": "USD",
      "currencySymbol": "$",
      "lineItems": [
        {
          "lineItemNumber": 0,
          "offerId": "CFQ7TTC0LH18:0001:CFQ7TTC0LDPB",
          "subscriptionId": "a4c1340d-6911-4758-bba3-0c4c6007d161",
          "termDuration": "P1Y",
          "transactionType": "New",
          "friendlyName": "Contoso Retail Business Basic",
          "quantity": 5,
          "links": {
            "subscription": {
              "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/subscriptions/a4c1340d-6911-4758-bba3-0c4c6007d161",
              "method": "GET",
              "headers": []
            },
            "product": {
              "uri": "/products/CFQ7TTC0LH18?country=US",
              "method": "GET",
              "headers": []
            },
            "sku": {
              "uri": "/products/CFQ7TTC0LH18/skus/0001?country=US",
              "method": "GET",
              "headers": []
            },
            "availability": {
              "uri": "/products/CFQ7TTC0LH18/skus/0001/availabilities/CFQ7TTC0LDPB?country=US",
              "method": "GET",
              "headers": []
            }
          }
        }
      ],
      "creationDate": "2024-05-06T09:16:44.4514129Z",
      "status": "completed",
      "transactionType": "UserPurchase",
      "links": {
        "self": {
          "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/orders/kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1",
          "method": "GET",
          "headers": []
        },
        "provisioningStatus": {
          "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/orders/kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1/provisioningstatus",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "objectType": "Order"
      }
    }
  ],
  "links": {
    "self": {
      "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/orders",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * A new order, still pending
 *
 * Shaped like the response example of "Create an order" (201, status `pending`, `sku` and `provisioningStatus` links) for the "create an order" request example of these examples: the order and customer IDs are those shared by these examples, and the subscription is not yet linked while the order is pending.
 * (response example `OrderCreated` of schema `Order`)
 */
export const orderCreatedExample: Order = {
  "id": "kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1",
  "alternateId": "5c1e8d3f9a27",
  "referenceCustomerId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
  "billingCycle": "monthly",
  "currencyCode": "USD",
  "currencySymbol": "$",
  "lineItems": [
    {
      "lineItemNumber": 0,
      "offerId": "CFQ7TTC0LH18:0001:CFQ7TTC0LDPB",
      "termDuration": "P1Y",
      "transactionType": "New",
      "friendlyName": "Contoso Retail Business Basic",
      "quantity": 5,
      "links": {
        "sku": {
          "uri": "/products/CFQ7TTC0LH18/skus/0001?country=US",
          "method": "GET",
          "headers": []
        }
      }
    }
  ],
  "creationDate": "2024-05-06T09:16:44.4514129Z",
  "status": "pending",
  "transactionType": "UserPurchase",
  "links": {
    "provisioningStatus": {
      "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/orders/kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1/provisioningstatus",
      "method": "GET",
      "headers": []
    },
    "self": {
      "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/orders/kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Order"
  }
};

/**
 * An order for a customer of an indirect reseller
 *
 * Follows the request body of "Create an order for a customer of an indirect reseller", in camelCase (the page writes PascalCase with nulls) and with the customer and catalog item of these examples. `partnerIdOnRecord` is the page's reseller MPN ID. Needs an App+User token.
 * (request example `OrderCreateIndirectResellerRequest` of schema `Order`)
 */
export const orderCreateIndirectResellerRequestExample: Readonly<Record<string, unknown>> = {
  "referenceCustomerId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
  "billingCycle": "monthly",
  "lineItems": [
    {
      "lineItemNumber": 0,
      "offerId": "CFQ7TTC0LH18:0001:CFQ7TTC0LDPB",
      "friendlyName": "New offer purchase.",
      "quantity": 5,
      "termDuration": "P1Y",
      "partnerIdOnRecord": "4847383",
      "attributes": {
        "objectType": "OrderLineItem"
      }
    }
  ],
  "attributes": {
    "objectType": "Order"
  }
};

/**
 * Five licences of Microsoft 365 Business Basic
 *
 * Follows the request body of "Create an order" (billing cycle and line items with line number, offer ID, friendly name and quantity), in camelCase (the page writes PascalCase) and with the customer and catalog item of these examples instead of the page's Azure reservation. `termDuration` is added because the catalog item has terms; the page's reservation `provisioningContext` is not needed for this item.
 * (request example `OrderCreateRequest` of schema `Order`)
 */
export const orderCreateRequestExample: Readonly<Record<string, unknown>> = {
  "referenceCustomerId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
  "billingCycle": "monthly",
  "lineItems": [
    {
      "lineItemNumber": 0,
      "offerId": "CFQ7TTC0LH18:0001:CFQ7TTC0LDPB",
      "friendlyName": "Contoso Retail Business Basic",
      "quantity": 5,
      "termDuration": "P1Y"
    }
  ]
};

/**
 * An order as the .NET SDK sends it
 *
 * The request body of "Create an order for a customer of an indirect reseller" as the page shows it: PascalCase, with nulls and `unknown` for unset values, which the service treats as "not set". Only the customer ID is changed, to the customer of these examples; the offer ID is the page's legacy offer ID.
 * (request example `OrderCreateSdkBody` of schema `Order`)
 */
export const orderCreateSdkBodyExample: Readonly<Record<string, unknown>> = {
  "Id": null,
  "ReferenceCustomerId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
  "BillingCycle": "unknown",
  "LineItems": [
    {
      "LineItemNumber": 0,
      "OfferId": "DB2E705F-B82A-4024-A3D5-D88E12F2DB35",
      "SubscriptionId": null,
      "ParentSubscriptionId": null,
      "FriendlyName": "New offer purchase.",
      "Quantity": 5,
      "PartnerIdOnRecord": "4847383",
      "Attributes": {
        "ObjectType": "OrderLineItem"
      }
    }
  ],
  "CreationDate": null,
  "Attributes": {
    "ObjectType": "Order"
  }
};

/**
 * A software order with one line item cancelled
 *
 * The response example of "Cancel software purchases" with the customer of these examples in `referenceCustomerId` and the links: the cancelled line item has quantity 0, and the order stays `completed` because its other line item was not cancelled. Everything else is the page's.
 * (response example `OrderSoftwareCancelled` of schema `Order`)
 */
export const orderSoftwareCancelledExample: Order = {
  "id": "2y6dF_rVgDAXMxypQPPnTquuXhKVK_3N1",
  "alternateId": "c403d91b21d2",
  "referenceCustomerId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
  "billingCycle": "one_time",
  "currencyCode": "USD",
  "currencySymbol": "$",
  "lineItems": [
    {
      "lineItemNumber": 0,
      "offerId": "DG7GMGF0FKZV:0003:DG7GMGF0DWMS",
      "termDuration": "P3Y",
      "transactionType": "New",
      "friendlyName": "SQL Server Enterprise - 2 Core License Pack - 3 year",
      "quantity": 0,
      "links": {
        "product": {
          "uri": "/products/DG7GMGF0FKZV?country=US",
          "method": "GET",
          "headers": []
        },
        "sku": {
          "uri": "/products/DG7GMGF0FKZV/skus/0003?country=US",
          "method": "GET",
          "headers": []
        },
        "availability": {
          "uri": "/products/DG7GMGF0FKZV/skus/0003/availabilities/DG7GMGF0DWMS?country=US",
          "method": "GET",
          "headers": []
        }
      }
    },
    {
      "lineItemNumber": 1,
      "offerId": "DG7GMGF0DVT7:000C:DG7GMGF0FVZM",
      "termDuration": "P3Y",
      "transactionType": "New",
      "friendlyName": "Windows Server CAL - 1 Device CAL - 3 year",
      "quantity": 1,
      "links": {
        "product": {
          "uri": "/products/DG7GMGF0DVT7?country=US",
          "method": "GET",
          "headers": []
        },
        "sku": {
          "uri": "/products/DG7GMGF0DVT7/skus/000C?country=US",
          "method": "GET",
          "headers": []
        },
        "availability": {
          "uri": "/products/DG7GMGF0DVT7/skus/000C/availabilities/DG7GMGF0FVZM?country=US",
          "method": "GET",
          "headers": []
        }
      }
    }
  ],
  "creationDate": "2019-12-12T17:33:56.1306495Z",
  "status": "completed",
  "transactionType": "UserPurchase",
  "links": {
    "self": {
      "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/orders/2y6dF_rVgDAXMxypQPPnTquuXhKVK_3N1",
      "method": "GET",
      "headers": []
    },
    "provisioningStatus": {
      "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/orders/2y6dF_rVgDAXMxypQPPnTquuXhKVK_3N1/provisioningstatus",
      "method": "GET",
      "headers": []
    },
    "patchOperation": {
      "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/orders/2y6dF_rVgDAXMxypQPPnTquuXhKVK_3N1",
      "method": "PATCH",
      "headers": []
    }
  },
  "client": {
    "marketplaceCountry": "US",
    "deviceFamily": "UniversalStore-PartnerCenter",
    "name": "Partner Center API"
  },
  "attributes": {
    "objectType": "Order"
  }
};

/**
 * Body too large
 *
 * Illustrative gateway body for a 413, as the project's mock server sends it. No 413 body is published; the shape follows the gateway's documented 429 body.
 * (response example `PayloadTooLargeError` of schema `GatewayError`)
 */
export const payloadTooLargeErrorExample: GatewayError = {
  "statusCode": 413,
  "message": "Request body too large: the limit is 1048576 bytes."
};

/**
 * Microsoft 365 Business Basic
 *
 * Shaped like the response example of "Get a product by ID", with the product of these examples (`CFQ7TTC0LH18`) in place of the page's Azure product. The title is the product's name; the description text and the `OnlineServices` product type (the most plausible type of an online-services product; the page only shows `Azure`) are illustrative.
 * (response example `Product` of schema `Product`)
 */
export const productExample: Product = {
  "id": "CFQ7TTC0LH18",
  "title": "Microsoft 365 Business Basic",
  "description": "Web and mobile Office apps, Teams, business email and cloud file storage for small and medium-sized businesses.",
  "productType": {
    "id": "OnlineServices",
    "displayName": "OnlineServices"
  },
  "isMicrosoftProduct": true,
  "publisherName": "Microsoft Corporation",
  "links": {
    "skus": {
      "uri": "/products/CFQ7TTC0LH18/skus?country=US",
      "method": "GET",
      "headers": []
    },
    "self": {
      "uri": "/products/CFQ7TTC0LH18?country=US",
      "method": "GET",
      "headers": []
    }
  }
};

/**
 * The Microsoft Azure view of the US catalog
 *
 * Shaped like the response example of "Get a list of products (by country)", for the page's first request (`country=US&targetView=MicrosoftAzure`). The item is the Azure plan as the customer-scoped "get a list of SKUs for a product" page shows it; `totalCount` and the collection's `self` link were adapted to this one-item page.
 * (response example `ProductCollection` of schema `ProductCollection`)
 */
export const productCollectionExample: ProductCollection = {
  "totalCount": 1,
  "items": [
    {
      "id": "DZH318Z0BPS6",
      "title": "Microsoft Azure plan",
      "description": "Gain access to Azure Services.",
      "productType": {
        "id": "Azure",
        "displayName": "Azure",
        "subType": {
          "id": "Azure",
          "displayName": "Azure"
        }
      },
      "isMicrosoftProduct": true,
      "publisherName": "Microsoft Corporation",
      "links": {
        "skus": {
          "uri": "/products/DZH318Z0BPS6/skus?country=US",
          "method": "GET",
          "headers": []
        },
        "self": {
          "uri": "/products/DZH318Z0BPS6?country=US",
          "method": "GET",
          "headers": []
        }
      }
    }
  ],
  "links": {
    "self": {
      "uri": "/products?country=US&targetView=MicrosoftAzure",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * Cart being processed by another request
 *
 * Illustrative Partner Center error body for a 409. Code 800064 ("Cart {0} is being processed by another request") is from the documented error-code table, with the cart ID of these examples filled in; the envelope follows the other documented error responses.
 * (response example `PurchaseConflictError` of schema `PartnerCenterError`)
 */
export const purchaseConflictErrorExample: PartnerCenterError = {
  "code": 800064,
  "description": "Cart 7b3e0f2a-5c1d-4e8b-9a6f-2d4c8b1e0a35 is being processed by another request",
  "data": [],
  "source": "PartnerFD"
};

/**
 * One open incident and one resolved message-center post
 *
 * Illustrative only: Microsoft publishes no example for this operation. Built from the documented field list, with values in the style of the Office 365 service communications messages the fields mirror. Unset dates use `0001-01-01T00:00:00`, the value a non-nullable .NET date serializes to.
 * (response example `ServiceIncidentDetailCollection` of schema `ServiceIncidentDetailCollection`)
 */
export const serviceIncidentDetailCollectionExample: ServiceIncidentDetailCollection = {
  "totalCount": 2,
  "items": [
    {
      "id": "EX123456",
      "messageType": "incident",
      "startTime": "2024-03-04T08:15:00Z",
      "endTime": "0001-01-01T00:00:00",
      "status": "warning",
      "messages": [
        {
          "publishedTime": "2024-03-04T08:40:00Z",
          "messageText": "Some users may be unable to access their mailbox. We are investigating."
        }
      ],
      "workload": "Exchange",
      "affectedWorkloadNames": [
        "Exchange Online"
      ],
      "impactedArea": "Mailbox access",
      "resolved": false,
      "impactedCustomers": 1,
      "requiredBy": "0001-01-01T00:00:00",
      "category": "Incident",
      "actionType": "",
      "severity": "warning"
    },
    {
      "id": "MC123456",
      "messageType": "message_center",
      "startTime": "2024-02-20T17:00:00Z",
      "endTime": "2024-04-30T00:00:00Z",
      "status": "information",
      "messages": [
        {
          "publishedTime": "2024-02-20T17:00:00Z",
          "messageText": "An upcoming change to Exchange Online mailbox settings. No action is required."
        }
      ],
      "workload": "Exchange",
      "affectedWorkloadNames": [
        "Exchange Online"
      ],
      "impactedArea": "Mailbox settings",
      "resolved": true,
      "impactedCustomers": 1,
      "requiredBy": "0001-01-01T00:00:00",
      "category": "Stay Informed",
      "actionType": "Awareness",
      "severity": "information"
    }
  ],
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * Service request after a note was added
 *
 * The response body from Partner Center's "update a service request" article, unchanged. Note the mixed date formats: `createdDate` has a `Z`, the note's `createdDate` has no offset, and `lastClosedDate` is the "never closed" value.
 * (response example `ServiceRequest` of schema `ServiceRequest`)
 */
export const serviceRequestExample: ServiceRequest = {
  "title": "TrialSR",
  "description": "Ignore this SR",
  "severity": "critical",
  "supportTopicId": "32444671",
  "supportTopicName": "Cannot manage my profile",
  "id": "616122292874576",
  "status": "open",
  "organization": {
    "id": "3b33e682-00c3-41ee-9dd2-a548adf56438",
    "name": "TEST_TEST_BugBash1"
  },
  "productId": "15960",
  "createdDate": "2016-12-22T20:31:17.24Z",
  "lastModifiedDate": "2017-01-09T23:31:15.373Z",
  "lastClosedDate": "0001-01-01T00:00:00",
  "notes": [
    {
      "createdByName": "Account",
      "createdDate": "2017-01-09T23:31:15.373",
      "text": "Sample Note"
    }
  ],
  "attributes": {
    "objectType": "ServiceRequest"
  }
};

/**
 * Add a note (minimal camelCase body)
 *
 * The smallest body with the same effect as the SDK example: only the note text, in the camelCase form the service returns. Not quoted from a document; it follows the article's rule that a body only needs the values being changed.
 * (request example `ServiceRequestUpdateNote` of schema `ServiceRequestUpdate`)
 */
export const serviceRequestUpdateNoteExample: Readonly<Record<string, unknown>> = {
  "newNote": {
    "text": "Sample Note"
  }
};

/**
 * Add a note (body as the .NET SDK sends it)
 *
 * The request body from Partner Center's "update a service request" article, unchanged: what the official .NET SDK serializes for `Patch(new ServiceRequest { NewNote = note })`. Property names are PascalCase and unset fields carry SDK defaults (`unknown`, `none`, nulls, `0001-01-01T00:00:00`), which the service ignores; only `NewNote` takes effect.
 * (request example `ServiceRequestUpdateSdkBody` of schema `ServiceRequestUpdate`)
 */
export const serviceRequestUpdateSdkBodyExample: Readonly<Record<string, unknown>> = {
  "Id": null,
  "Title": null,
  "Description": null,
  "Severity": "unknown",
  "SupportTopicId": null,
  "SupportTopicName": null,
  "Status": "none",
  "Organization": null,
  "PrimaryContact": null,
  "LastUpdatedBy": null,
  "ProductName": null,
  "ProductId": null,
  "CreatedDate": "0001-01-01T00:00:00",
  "LastModifiedDate": "0001-01-01T00:00:00",
  "LastClosedDate": "0001-01-01T00:00:00",
  "NewNote": {
    "CreatedByName": null,
    "CreatedDate": null,
    "Text": "Sample Note"
  },
  "Notes": null,
  "CountryCode": null,
  "FileLinks": null,
  "Attributes": {
    "ObjectType": "ServiceRequest"
  }
};

/**
 * Service busy
 *
 * Illustrative gateway body for a 503. No 503 body is published; the shape follows the gateway's documented 429 body.
 * (response example `ServiceUnavailableError` of schema `GatewayError`)
 */
export const serviceUnavailableErrorExample: GatewayError = {
  "statusCode": 503,
  "message": "The service is temporarily unavailable. Try again later."
};

/**
 * The SKU of Microsoft 365 Business Basic
 *
 * Shaped like the response example of "Get a list of SKUs for a product (by country)", with the SKU of these examples (`CFQ7TTC0LH18`, `0001`) in place of the page's Azure reservation SKUs. Quantities, billing cycles and the `dynamicAttributes` keys are illustrative; an online-services SKU has no purchase prerequisites and no inventory or provisioning variables, unlike the page's reservation SKUs.
 * (response example `SkuCollection` of schema `SkuCollection`)
 */
export const skuCollectionExample: SkuCollection = {
  "totalCount": 1,
  "items": [
    {
      "id": "0001",
      "productId": "CFQ7TTC0LH18",
      "title": "Microsoft 365 Business Basic",
      "description": "Web and mobile Office apps, Teams, business email and cloud file storage.",
      "minimumQuantity": 1,
      "maximumQuantity": 300,
      "isTrial": false,
      "supportedBillingCycles": [
        "annual",
        "monthly"
      ],
      "purchasePrerequisites": [],
      "inventoryVariables": [],
      "provisioningVariables": [],
      "dynamicAttributes": {
        "isAddon": false,
        "prerequisiteSkus": []
      },
      "links": {
        "availabilities": {
          "uri": "/products/CFQ7TTC0LH18/skus/0001/availabilities?country=US",
          "method": "GET",
          "headers": []
        },
        "self": {
          "uri": "/products/CFQ7TTC0LH18/skus/0001?country=US",
          "method": "GET",
          "headers": []
        }
      }
    }
  ],
  "links": {
    "self": {
      "uri": "/products/CFQ7TTC0LH18/skus?country=US",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * Microsoft 365 Business Basic with 4 of 5 licenses free
 *
 * Shaped after the response examples of Partner Center's "get a list of available licenses" articles, with this description's sample data: Contoso Retail owns the 5 Business Basic licenses of its subscription and one is assigned (to Avery Smith). The service plans are real Business Basic plans (IDs from Microsoft's licensing service-plan reference), shortened to three.
 * (response example `SubscribedSkuCollection` of schema `SubscribedSkuCollection`)
 */
export const subscribedSkuCollectionExample: SubscribedSkuCollection = {
  "totalCount": 1,
  "items": [
    {
      "availableUnits": 4,
      "activeUnits": 5,
      "consumedUnits": 1,
      "suspendedUnits": 0,
      "totalUnits": 5,
      "warningUnits": 0,
      "productSku": {
        "id": "3b555118-da6a-4418-894f-7df1e2096870",
        "name": "Microsoft 365 Business Basic",
        "skuPartNumber": "O365_BUSINESS_ESSENTIALS",
        "targetType": "User",
        "licenseGroupId": "group1"
      },
      "servicePlans": [
        {
          "displayName": "Exchange Online (Plan 1)",
          "serviceName": "EXCHANGE_S_STANDARD",
          "id": "9aaf7827-d63c-4b61-89c3-182f06f82e5c",
          "capabilityStatus": "Enabled",
          "targetType": "User"
        },
        {
          "displayName": "SharePoint (Plan 1)",
          "serviceName": "SHAREPOINTSTANDARD",
          "id": "c7699d2e-19aa-44de-8edf-1736da088ca1",
          "capabilityStatus": "Enabled",
          "targetType": "User"
        },
        {
          "displayName": "Microsoft Teams",
          "serviceName": "TEAMS1",
          "id": "57ff2da0-773e-42df-b2af-ffb7a2317929",
          "capabilityStatus": "Enabled",
          "targetType": "User"
        }
      ],
      "capabilityStatus": "Enabled",
      "attributes": {
        "objectType": "SubscribedSku"
      }
    }
  ],
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * No subscribed SKU in the requested license groups
 *
 * The empty collection that Partner Center's "get a list of available licenses by license group" article documents when no SKU matches the requested groups, unchanged.
 * (response example `SubscribedSkuCollectionEmpty` of schema `SubscribedSkuCollection`)
 */
export const subscribedSkuCollectionEmptyExample: SubscribedSkuCollection = {
  "totalCount": 0,
  "items": [],
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * Microsoft 365 Business Basic, 5 licenses, monthly
 *
 * Shaped after the commercial marketplace response of Partner Center's "update autorenew for a commercial marketplace subscription" article (the newer, catalog-linked form), with the values of this description's sample partner: Contoso Retail's Microsoft 365 Business Basic subscription (catalog item `CFQ7TTC0LH18:0001:CFQ7TTC0LDPB`, order `kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1`). Dates, the etag and the refund window are illustrative.
 * (response example `Subscription` of schema `Subscription`)
 */
export const subscriptionExample: Subscription = {
  "id": "a4c1340d-6911-4758-bba3-0c4c6007d161",
  "offerId": "CFQ7TTC0LH18:0001:CFQ7TTC0LDPB",
  "offerName": "Microsoft 365 Business Basic",
  "friendlyName": "Microsoft 365 Business Basic",
  "quantity": 5,
  "unitType": "Licenses",
  "hasPurchasableAddons": true,
  "creationDate": "2024-03-01T09:12:44.1234567Z",
  "effectiveStartDate": "2024-03-01T00:00:00Z",
  "commitmentEndDate": "2024-03-31T00:00:00Z",
  "status": "active",
  "autoRenewEnabled": true,
  "isTrial": false,
  "billingType": "license",
  "billingCycle": "monthly",
  "termDuration": "P1M",
  "refundOptions": [
    {
      "type": "Full",
      "expiresAt": "2024-03-08T09:12:44.1234567Z"
    }
  ],
  "isMicrosoftProduct": true,
  "publisherName": "Microsoft Corporation",
  "actions": [
    "edit",
    "cancel"
  ],
  "partnerId": "",
  "contractType": "subscription",
  "links": {
    "product": {
      "uri": "/products/CFQ7TTC0LH18?country=US",
      "method": "GET",
      "headers": []
    },
    "sku": {
      "uri": "/products/CFQ7TTC0LH18/skus/0001?country=US",
      "method": "GET",
      "headers": []
    },
    "availability": {
      "uri": "/products/CFQ7TTC0LH18/skus/0001/availabilities/CFQ7TTC0LDPB?country=US",
      "method": "GET",
      "headers": []
    },
    "self": {
      "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/subscriptions/a4c1340d-6911-4758-bba3-0c4c6007d161",
      "method": "GET",
      "headers": []
    }
  },
  "orderId": "kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1",
  "attributes": {
    "etag": "eyJpZCI6ImE0YzEzNDBkLTY5MTEtNDc1OC1iYmEzLTBjNGM2MDA3ZDE2MSIsInZlcnNpb24iOjF9",
    "objectType": "Subscription"
  }
};

/**
 * Contoso Retail's two subscriptions
 *
 * Built from the response examples of Partner Center's "get a customer's subscriptions" and "get a subscription by ID" articles, with this description's sample data: the Microsoft 365 Business Basic subscription (as in the `Subscription` example) and a legacy Microsoft Azure (`MS-AZR-0145P`) subscription, which keeps the usage-based shape of the "get a subscription by ID" article. The Azure subscription's IDs, order ID and dates are illustrative.
 * (response example `SubscriptionCollection` of schema `SubscriptionCollection`)
 */
export const subscriptionCollectionExample: SubscriptionCollection = {
  "totalCount": 2,
  "items": [
    {
      "id": "a4c1340d-6911-4758-bba3-0c4c6007d161",
      "offerId": "CFQ7TTC0LH18:0001:CFQ7TTC0LDPB",
      "offerName": "Microsoft 365 Business Basic",
      "friendlyName": "Microsoft 365 Business Basic",
      "quantity": 5,
      "unitType": "Licenses",
      "hasPurchasableAddons": true,
      "creationDate": "2024-03-01T09:12:44.1234567Z",
      "effectiveStartDate": "2024-03-01T00:00:00Z",
      "commitmentEndDate": "2024-03-31T00:00:00Z",
      "status": "active",
      "autoRenewEnabled": true,
      "isTrial": false,
      "billingType": "license",
      "billingCycle": "monthly",
      "termDuration": "P1M",
      "isMicrosoftProduct": true,
      "publisherName": "Microsoft Corporation",
      "partnerId": "",
      "contractType": "subscription",
      "links": {
        "product": {
          "uri": "/products/CFQ7TTC0LH18?country=US",
          "method": "GET",
          "headers": []
        },
        "sku": {
          "uri": "/products/CFQ7TTC0LH18/skus/0001?country=US",
          "method": "GET",
          "headers": []
        },
        "availability": {
          "uri": "/products/CFQ7TTC0LH18/skus/0001/availabilities/CFQ7TTC0LDPB?country=US",
          "method": "GET",
          "headers": []
        },
        "self": {
          "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/subscriptions/a4c1340d-6911-4758-bba3-0c4c6007d161",
          "method": "GET",
          "headers": []
        }
      },
      "orderId": "kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1",
      "attributes": {
        "etag": "eyJpZCI6ImE0YzEzNDBkLTY5MTEtNDc1OC1iYmEzLTBjNGM2MDA3ZDE2MSIsInZlcnNpb24iOjF9",
        "objectType": "Subscription"
      }
    },
    {
      "id": "e3b8a1d2-4f6c-4a9e-8b7d-2c5f1a0e9d43",
      "entitlementId": "9c1f6b2e-7d3a-4e5b-a8c9-0f1e2d3c4b5a",
      "offerId": "MS-AZR-0145P",
      "offerName": "Microsoft Azure",
      "friendlyName": "Contoso Retail web shop",
      "quantity": 1,
      "unitType": "Usage-based",
      "creationDate": "2019-06-12T14:03:51.27Z",
      "effectiveStartDate": "2019-06-12T00:00:00Z",
      "commitmentEndDate": "9999-12-31T00:00:00Z",
      "status": "active",
      "autoRenewEnabled": false,
      "billingType": "usage",
      "contractType": "subscription",
      "links": {
        "offer": {
          "uri": "/offers/MS-AZR-0145P?country=US",
          "method": "GET",
          "headers": []
        },
        "self": {
          "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/subscriptions/e3b8a1d2-4f6c-4a9e-8b7d-2c5f1a0e9d43",
          "method": "GET",
          "headers": []
        }
      },
      "orderId": "5b0c8e3f-2a41-4d7e-9c6b-1f8a3e2d7c90",
      "attributes": {
        "etag": "eyJpZCI6ImUzYjhhMWQyLTRmNmMtNGE5ZS04YjdkLTJjNWYxYTBlOWQ0MyIsInZlcnNpb24iOjF9",
        "objectType": "Subscription"
      }
    }
  ],
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * Business Basic provisioned with 5 licenses
 *
 * The response example of Partner Center's "get subscription provisioning status" article with this description's sample data: the Microsoft Entra SKU ID of Microsoft 365 Business Basic, the subscription's 5 licenses and its commitment end date.
 * (response example `SubscriptionProvisioningStatus` of schema `SubscriptionProvisioningStatus`)
 */
export const subscriptionProvisioningStatusExample: SubscriptionProvisioningStatus = {
  "skuId": "3b555118-da6a-4418-894f-7df1e2096870",
  "status": "success",
  "quantity": 5,
  "endDate": "2024-03-31T00:00:00Z",
  "attributes": {
    "objectType": "SubscriptionProvisioningStatus"
  }
};

/**
 * Business Basic after its quantity was raised to 6
 *
 * The `Subscription` example after the update in `SubscriptionUpdateQuantity`: the quantity is 6 and the etag version moved on. Partner Center's "change the quantity of a subscription" article shows its response as an echo of the Pascal-case request body; real responses are camelCase like every other subscription response, as shown here.
 * (response example `SubscriptionQuantityChanged` of schema `Subscription`)
 */
export const subscriptionQuantityChangedExample: Subscription = {
  "id": "a4c1340d-6911-4758-bba3-0c4c6007d161",
  "offerId": "CFQ7TTC0LH18:0001:CFQ7TTC0LDPB",
  "offerName": "Microsoft 365 Business Basic",
  "friendlyName": "Microsoft 365 Business Basic",
  "quantity": 6,
  "unitType": "Licenses",
  "hasPurchasableAddons": true,
  "creationDate": "2024-03-01T09:12:44.1234567Z",
  "effectiveStartDate": "2024-03-01T00:00:00Z",
  "commitmentEndDate": "2024-03-31T00:00:00Z",
  "status": "active",
  "autoRenewEnabled": true,
  "isTrial": false,
  "billingType": "license",
  "billingCycle": "monthly",
  "termDuration": "P1M",
  "isMicrosoftProduct": true,
  "publisherName": "Microsoft Corporation",
  "partnerId": "",
  "contractType": "subscription",
  "links": {
    "product": {
      "uri": "/products/CFQ7TTC0LH18?country=US",
      "method": "GET",
      "headers": []
    },
    "sku": {
      "uri": "/products/CFQ7TTC0LH18/skus/0001?country=US",
      "method": "GET",
      "headers": []
    },
    "availability": {
      "uri": "/products/CFQ7TTC0LH18/skus/0001/availabilities/CFQ7TTC0LDPB?country=US",
      "method": "GET",
      "headers": []
    },
    "self": {
      "uri": "/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10/subscriptions/a4c1340d-6911-4758-bba3-0c4c6007d161",
      "method": "GET",
      "headers": []
    }
  },
  "orderId": "kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1",
  "attributes": {
    "etag": "eyJpZCI6ImE0YzEzNDBkLTY5MTEtNDc1OC1iYmEzLTBjNGM2MDA3ZDE2MSIsInZlcnNpb24iOjJ9",
    "objectType": "Subscription"
  }
};

/**
 * Turn off automatic renewal
 *
 * Sets `autoRenewEnabled`, the change Partner Center's "update autorenew for a commercial marketplace subscription" article makes; only the changed value is shown (the article sends the whole subscription, in camelCase).
 * (request example `SubscriptionUpdateAutoRenew` of schema `Subscription`)
 */
export const subscriptionUpdateAutoRenewExample: Readonly<Record<string, unknown>> = {
  "autoRenewEnabled": false
};

/**
 * Cancel the subscription
 *
 * Sets `status` to `deleted`, which Partner Center's "cancel a commercial marketplace subscription" article uses to cancel a commercial marketplace subscription; only the changed value is shown (the article sends the whole subscription, in camelCase).
 * (request example `SubscriptionUpdateCancel` of schema `Subscription`)
 */
export const subscriptionUpdateCancelExample: Readonly<Record<string, unknown>> = {
  "status": "deleted"
};

/**
 * Change the nickname
 *
 * Sets `friendlyName`, the change Partner Center's "update the nickname for a subscription" article makes; the name is illustrative and only the changed value is shown (the article sends the whole subscription in Pascal case).
 * (request example `SubscriptionUpdateNickname` of schema `Subscription`)
 */
export const subscriptionUpdateNicknameExample: Readonly<Record<string, unknown>> = {
  "friendlyName": "Contoso Retail store staff"
};

/**
 * Change the quantity to 6 licenses
 *
 * Only the changed value, in camelCase. Partner Center's "change the quantity of a subscription" article sends the whole subscription as read, with `Quantity` changed (see `SubscriptionUpdateSdkBody`); that a body with just the changed value is enough is not documented, but the service most plausibly ignores the read-only fields either way.
 * (request example `SubscriptionUpdateQuantity` of schema `Subscription`)
 */
export const subscriptionUpdateQuantityExample: Readonly<Record<string, unknown>> = {
  "quantity": 6
};

/**
 * Reactivate a suspended subscription
 *
 * Sets `status` back to `active`, the change Partner Center's "reactivate a suspended subscription" article makes; only the changed value is shown (the article sends the whole subscription in Pascal case).
 * (request example `SubscriptionUpdateReactivate` of schema `Subscription`)
 */
export const subscriptionUpdateReactivateExample: Readonly<Record<string, unknown>> = {
  "status": "active"
};

/**
 * Change the quantity (whole subscription, as the .NET SDK sends it)
 *
 * The request body of Partner Center's "change the quantity of a subscription" article: the whole subscription as read, in Pascal case as the .NET SDK serializes it, with `Quantity` changed. The article's values were replaced with the Business Basic subscription of the `Subscription` example (its links are left out, as in the article); `null` marks values the subscription does not have.
 * (request example `SubscriptionUpdateSdkBody` of schema `Subscription`)
 */
export const subscriptionUpdateSdkBodyExample: Readonly<Record<string, unknown>> = {
  "Id": "a4c1340d-6911-4758-bba3-0c4c6007d161",
  "OfferId": "CFQ7TTC0LH18:0001:CFQ7TTC0LDPB",
  "OfferName": "Microsoft 365 Business Basic",
  "FriendlyName": "Microsoft 365 Business Basic",
  "Quantity": 6,
  "UnitType": "Licenses",
  "ParentSubscriptionId": null,
  "CreationDate": "2024-03-01T09:12:44.1234567Z",
  "EffectiveStartDate": "2024-03-01T00:00:00Z",
  "CommitmentEndDate": "2024-03-31T00:00:00Z",
  "Status": "active",
  "AutoRenewEnabled": true,
  "BillingType": "license",
  "BillingCycle": "monthly",
  "TermDuration": "P1M",
  "PartnerId": null,
  "ContractType": "subscription",
  "OrderId": "kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1",
  "Attributes": {
    "Etag": "eyJpZCI6ImE0YzEzNDBkLTY5MTEtNDc1OC1iYmEzLTBjNGM2MDA3ZDE2MSIsInZlcnNpb24iOjF9",
    "ObjectType": "Subscription"
  }
};

/**
 * Suspend the subscription
 *
 * Sets `status` to `suspended`, the change Partner Center's "suspend a subscription" article makes; only the changed value is shown (the article sends the whole subscription in Pascal case).
 * (request example `SubscriptionUpdateSuspend` of schema `Subscription`)
 */
export const subscriptionUpdateSuspendExample: Readonly<Record<string, unknown>> = {
  "status": "suspended"
};

/**
 * Rate limit exceeded
 *
 * The throttling response body from Partner Center's API throttling guidance, sent with `Retry-After: 57`.
 * (response example `TooManyRequestsError` of schema `GatewayError`)
 */
export const tooManyRequestsErrorExample: GatewayError = {
  "statusCode": 429,
  "message": "Rate limit is exceeded. Try again in 57 seconds."
};

/**
 * Token with an unsupported audience
 *
 * A token issued for `https://graph.windows.net` instead of the Partner Center API. Code 900420 and this message were reported from a real call in a public GitHub issue (Partner-Center-DotNet-Samples #140); the full body was not shown there, so the envelope is filled in from the documented error format, and whether `code` arrived as a number or a string is not known. A 401 can also come with an empty body.
 * (response example `UnauthorizedError` of schema `PartnerCenterError`)
 */
export const unauthorizedErrorExample: PartnerCenterError = {
  "code": 900420,
  "description": "The audience 'https://graph.windows.net' in the token is invalid and is no longer supported in Partner Center API",
  "data": [],
  "source": "PartnerFD"
};

/**
 * Unbilled modern commerce charges (billinglineitems, current period), last page
 *
 * Shaped like the response examples of the Partner Center "get invoice's unbilled reconciliation line items" article, rewritten for the shared example partner: the next monthly charge of Contoso Retail's Microsoft 365 Business Basic subscription (5 licenses), not invoiced yet, so `invoiceNumber` is empty as in the article. Amounts and quantities are numbers (the article sends some as strings). This is the last page, so there is no `continuationToken` and no `links.next`. Dates and amounts are illustrative.
 * (response example `UnbilledInvoiceLineItemCollectionBilling` of schema `UnbilledInvoiceLineItemCollection`)
 */
export const unbilledInvoiceLineItemCollectionBillingExample: UnbilledInvoiceLineItemCollection = {
  "totalCount": 1,
  "items": [
    {
      "partnerId": "3b33e682-00c3-41ee-9dd2-a548adf56438",
      "customerId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
      "customerName": "Contoso Retail",
      "customerDomainName": "contosoretail.onmicrosoft.com",
      "customerCountry": "US",
      "invoiceNumber": "",
      "mpnId": "4391507",
      "resellerMpnId": 0,
      "orderId": "kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1",
      "orderDate": "2024-12-16T17:42:05.3121583Z",
      "productId": "CFQ7TTC0LH18",
      "skuId": "0001",
      "availabilityId": "CFQ7TTC0LDPB",
      "productName": "Microsoft 365 Business Basic",
      "skuName": "Microsoft 365 Business Basic",
      "productQualifiers": [],
      "chargeType": "new",
      "unitPrice": 6,
      "effectiveUnitPrice": 6,
      "unitType": "",
      "quantity": 5,
      "subtotal": 30,
      "taxTotal": 2.7,
      "totalForCustomer": 32.7,
      "currency": "USD",
      "publisherName": "Microsoft Corporation",
      "publisherId": "",
      "subscriptionDescription": "",
      "subscriptionId": "a4c1340d-6911-4758-bba3-0c4c6007d161",
      "subscriptionStartDate": "2024-12-16T00:00:00Z",
      "subscriptionEndDate": "2025-12-15T00:00:00Z",
      "chargeStartDate": "2025-02-16T00:00:00Z",
      "chargeEndDate": "2025-03-15T00:00:00Z",
      "termAndBillingCycle": "One-Year commitment for monthly/yearly billing",
      "alternateId": "kt8dMq2JxhWq",
      "referenceId": "7d3c9a12-4e8b-4f60-a2d5-9b1e0c6f3a84",
      "priceAdjustmentDescription": "",
      "discountDetails": "",
      "pricingCurrency": "USD",
      "pcToBCExchangeRate": 1,
      "pcToBCExchangeRateDate": "2025-02-01T00:00:00",
      "billableQuantity": 5,
      "meterDescription": "",
      "billingFrequency": "Monthly",
      "reservationOrderId": "",
      "promotionId": "",
      "invoiceLineItemType": "billing_line_items",
      "billingProvider": "one_time",
      "attributes": {
        "objectType": "OneTimeInvoiceLineItem"
      }
    }
  ],
  "links": {
    "self": {
      "uri": "/invoices/unbilled/lineitems?provider=onetime&invoicelineitemtype=billinglineitems&currencycode=usd&period=current&size=2000",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * Unbilled Azure plan consumption (usagelineitems, current period), first seek page
 *
 * Shaped like the response example of the Partner Center "get invoice unbilled commercial consumption line items" article, rewritten for the shared example partner: one day of the virtual machine in Contoso Retail's Azure plan in the current, not yet invoiced period (so `invoiceNumber` and `chargeType` are empty, as in the article). Asked with `size=1` (2000 in the article) so that it has a next page; names and amounts are illustrative.
 * (response example `UnbilledInvoiceLineItemCollectionUsage` of schema `UnbilledInvoiceLineItemCollection`)
 */
export const unbilledInvoiceLineItemCollectionUsageExample: UnbilledInvoiceLineItemCollection = {
  "totalCount": 1,
  "continuationToken": "AQAAAA==",
  "items": [
    {
      "partnerId": "3b33e682-00c3-41ee-9dd2-a548adf56438",
      "partnerName": "",
      "customerId": "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
      "customerName": "Contoso Retail",
      "customerDomainName": "contosoretail.onmicrosoft.com",
      "invoiceNumber": "",
      "productId": "DZH318Z0BPS6",
      "skuId": "0001",
      "availabilityId": "DZH318Z0BPS7",
      "skuName": "Azure plan",
      "productName": "Azure plan",
      "publisherName": "Microsoft",
      "publisherId": "",
      "subscriptionId": "9c2b7e41-5d3a-4f86-b1e0-7a4c2d9e6f13",
      "subscriptionDescription": "Azure plan",
      "chargeStartDate": "2025-02-01T00:00:00Z",
      "chargeEndDate": "2025-03-01T00:00:00Z",
      "usageDate": "2025-02-03T00:00:00Z",
      "meterType": "1 Compute Hour",
      "meterCategory": "Virtual Machines",
      "meterId": "1e2a0f1b-7c5d-4b8e-9a3f-6d0c2b4e8a71",
      "meterSubCategory": "Dv3/DSv3 Series",
      "meterName": "D2 v3/D2s v3",
      "meterRegion": "US East",
      "unitOfMeasure": "1 Hour",
      "resourceLocation": "EASTUS",
      "consumedService": "Microsoft.Compute",
      "resourceGroup": "POS-RG",
      "resourceUri": "/subscriptions/2f8d6c14-3b7a-4e95-8c1d-0a6e4b2f9d58/resourceGroups/POS-RG/providers/Microsoft.Compute/virtualMachines/pos-app-01",
      "tags": "",
      "additionalInfo": "{\"ServiceType\": \"Standard_D2s_v3\", \"UsageType\": \"ComputeHR\"}",
      "serviceInfo1": "",
      "serviceInfo2": "",
      "customerCountry": "US",
      "mpnId": "4391507",
      "resellerMpnId": "",
      "chargeType": "",
      "unitPrice": 0.0642,
      "quantity": 24,
      "unitType": "",
      "billingPreTaxTotal": 1.31,
      "billingCurrency": "USD",
      "pricingPreTaxTotal": 1.31,
      "pricingCurrency": "USD",
      "entitlementId": "2f8d6c14-3b7a-4e95-8c1d-0a6e4b2f9d58",
      "entitlementDescription": "Contoso Retail POS",
      "pcToBCExchangeRate": 1,
      "pcToBCExchangeRateDate": "2025-02-01T00:00:00Z",
      "effectiveUnitPrice": 0.05457,
      "rateOfPartnerEarnedCredit": 0.15,
      "hasPartnerEarnedCredit": true,
      "rateOfCredit": 0.15,
      "creditType": "Partner Earned Credit Applied",
      "invoiceLineItemType": "usage_line_items",
      "billingProvider": "marketplace",
      "attributes": {
        "objectType": "DailyRatedUsageLineItem"
      }
    }
  ],
  "links": {
    "self": {
      "uri": "/invoices/unbilled/lineitems?provider=onetime&invoicelineitemtype=usagelineitems&currencycode=usd&period=current&size=1",
      "method": "GET",
      "headers": []
    },
    "next": {
      "uri": "/invoices/unbilled/lineitems?provider=onetime&invoicelineitemtype=usagelineitems&currencycode=usd&period=current&size=1&seekOperation=Next",
      "method": "GET",
      "headers": [
        {
          "key": "MS-ContinuationToken",
          "value": "AQAAAA=="
        }
      ]
    }
  },
  "attributes": {
    "objectType": "Collection"
  }
};

/**
 * Avery Smith as a member of User Administrator
 *
 * The response of Partner Center's "set user roles for a customer" article, with Avery Smith in place of the article's user and the User Administrator role (`fe930be7-5e62-47db-91af-98c3a49a38b1`) in place of the article's role.
 * (response example `UserMember` of schema `UserMember`)
 */
export const userMemberExample: UserMember = {
  "displayName": "Avery Smith",
  "userPrincipalName": "avery@contosoretail.onmicrosoft.com",
  "roleId": "fe930be7-5e62-47db-91af-98c3a49a38b1",
  "id": "82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07",
  "attributes": {
    "objectType": "UserMember"
  }
};

/**
 * Add Avery Smith to a role
 *
 * The request body of Partner Center's "set user roles for a customer" article in camelCase, with the article's user replaced by Avery Smith. The article (like the .NET SDK) sends PascalCase property names (`Id`, `DisplayName`, `UserPrincipalName`, `Attributes.ObjectType`), which the service accepts as well.
 * (request example `UserMemberAddRequest` of schema `UserMember`)
 */
export const userMemberAddRequestExample: Readonly<Record<string, unknown>> = {
  "id": "82e5a6b4-0b5c-4c5b-9c52-3f4a2b6d1e07",
  "displayName": "Avery Smith",
  "userPrincipalName": "avery@contosoretail.onmicrosoft.com",
  "attributes": {
    "objectType": "UserMember"
  }
};
