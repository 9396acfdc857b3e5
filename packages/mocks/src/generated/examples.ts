// Generated from openapi/components/examples by packages/mocks/scripts/generate-examples.mjs. Do not edit:
// change the spec and run `npm run generate` (or `npm run build`).
import type { Customer, GatewayError, ManagedServiceCollection, PartnerCenterError, ServiceIncidentDetailCollection, ServiceRequest } from "@partnercenter/types";

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
 * (request example `ServiceRequestUpdateNote` of schema `ServiceRequest`)
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
 * (request example `ServiceRequestUpdateSdkBody` of schema `ServiceRequest`)
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
