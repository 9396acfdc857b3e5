// Generated from openapi/ by packages/types/scripts/generate.mjs. Do not edit:
// change the spec and run `npm run generate` (or `npm run build`).

import type { OperationTableEntry, RequestSchema, TableParameter } from "../operation-table.js";

/** Parameters declared once under `components/parameters`, by component name. */
export const parameterComponents = {
  "AgreementTypeFilter": {
    "name": "agreementType",
    "in": "query",
    "required": false,
    "schema": {
      "type": "string",
      "enum": [
        "MicrosoftCloudAgreement",
        "MicrosoftCustomerAgreement",
        "*"
      ]
    }
  },
  "AuditRecordEndDate": {
    "name": "endDate",
    "in": "query",
    "required": false,
    "schema": {
      "type": "string",
      "minLength": 1
    }
  },
  "AuditRecordFilter": {
    "name": "filter",
    "in": "query",
    "required": false,
    "schema": {
      "$ref": "#/components/schemas/AuditRecordSearchFilter"
    },
    "mediaType": "application/json"
  },
  "AuditRecordStartDate": {
    "name": "startDate",
    "in": "query",
    "required": true,
    "schema": {
      "type": "string",
      "minLength": 1
    }
  },
  "AvailabilityTargetView": {
    "name": "targetView",
    "in": "query",
    "required": false,
    "schema": {
      "type": "string",
      "enum": [
        "Azure",
        "AzureReservations",
        "AzureReservationsVM",
        "AzureReservationsSQL",
        "AzureReservationsCosmosDb",
        "MicrosoftAzure",
        "OnlineServices",
        "Software",
        "SoftwareSUSELinux",
        "SoftwarePerpetual",
        "SoftwareSubscriptions"
      ]
    }
  },
  "BillingType": {
    "name": "billingType",
    "in": "query",
    "required": false,
    "schema": {
      "type": "string",
      "enum": [
        "monthly",
        "annual",
        "none",
        "onetime"
      ]
    }
  },
  "CartId": {
    "name": "cart_id",
    "in": "path",
    "required": true,
    "schema": {
      "type": "string",
      "format": "uuid"
    }
  },
  "Country": {
    "name": "country",
    "in": "query",
    "required": true,
    "schema": {
      "type": "string",
      "pattern": "^[A-Za-z]{2}$"
    }
  },
  "CustomerFilter": {
    "name": "filter",
    "in": "query",
    "required": false,
    "schema": {
      "$ref": "#/components/schemas/CustomerSearchFilter"
    },
    "mediaType": "application/json"
  },
  "CustomerId": {
    "name": "customer_id",
    "in": "path",
    "required": true,
    "schema": {
      "type": "string",
      "format": "uuid"
    }
  },
  "CustomerPageSize": {
    "name": "size",
    "in": "query",
    "required": false,
    "schema": {
      "type": "integer",
      "format": "int32",
      "minimum": 0
    }
  },
  "CustomerUserFilter": {
    "name": "filter",
    "in": "query",
    "required": false,
    "schema": {
      "$ref": "#/components/schemas/CustomerUserSearchFilter"
    },
    "mediaType": "application/json"
  },
  "Domain": {
    "name": "domain",
    "in": "path",
    "required": true,
    "schema": {
      "type": "string",
      "minLength": 1
    }
  },
  "Filter": {
    "name": "filter",
    "in": "query",
    "required": false,
    "schema": {
      "$ref": "#/components/schemas/FieldFilter"
    },
    "mediaType": "application/json"
  },
  "FilterOperator": {
    "name": "filter.operator",
    "in": "query",
    "required": false,
    "schema": {
      "anyOf": [
        {
          "$ref": "#/components/schemas/FieldFilterOperation"
        },
        {
          "type": "integer",
          "format": "int32",
          "minimum": 0,
          "maximum": 10
        }
      ]
    }
  },
  "HasPartnerEarnedCredit": {
    "name": "hasPartnerEarnedCredit",
    "in": "query",
    "required": false,
    "schema": {
      "type": "boolean"
    }
  },
  "InvoiceId": {
    "name": "invoice_id",
    "in": "path",
    "required": true,
    "schema": {
      "type": "string",
      "minLength": 1
    }
  },
  "InvoiceLineItemCurrencyCode": {
    "name": "currencycode",
    "in": "query",
    "required": false,
    "schema": {
      "type": "string",
      "pattern": "^[A-Za-z]{3}$"
    }
  },
  "InvoiceLineItemPeriod": {
    "name": "period",
    "in": "query",
    "required": false,
    "schema": {
      "type": "string",
      "enum": [
        "current",
        "previous"
      ]
    }
  },
  "InvoiceLineItemProvider": {
    "name": "provider",
    "in": "query",
    "required": true,
    "schema": {
      "type": "string",
      "enum": [
        "office",
        "azure",
        "onetime",
        "marketplace"
      ]
    }
  },
  "InvoiceLineItemType": {
    "name": "invoicelineitemtype",
    "in": "query",
    "required": true,
    "schema": {
      "type": "string",
      "enum": [
        "billinglineitems",
        "usagelineitems"
      ]
    }
  },
  "LicenseGroupIds": {
    "name": "licenseGroupIds",
    "in": "query",
    "required": false,
    "schema": {
      "type": "array",
      "minItems": 1,
      "uniqueItems": true,
      "items": {
        "type": "string",
        "enum": [
          "Group1",
          "Group2"
        ]
      }
    },
    "explode": true
  },
  "MsContinuationToken": {
    "name": "MS-ContinuationToken",
    "in": "header",
    "required": false,
    "schema": {
      "type": "string",
      "minLength": 1
    }
  },
  "MsCorrelationId": {
    "name": "MS-CorrelationId",
    "in": "header",
    "required": false,
    "schema": {
      "type": "string",
      "format": "uuid"
    }
  },
  "MsCv": {
    "name": "MS-CV",
    "in": "header",
    "required": false,
    "schema": {
      "type": "string"
    }
  },
  "MsPartnerCenterApplication": {
    "name": "MS-PartnerCenter-Application",
    "in": "header",
    "required": false,
    "schema": {
      "type": "string"
    }
  },
  "MsRequestId": {
    "name": "MS-RequestId",
    "in": "header",
    "required": false,
    "schema": {
      "type": "string",
      "format": "uuid"
    }
  },
  "Offset": {
    "name": "offset",
    "in": "query",
    "required": false,
    "schema": {
      "type": "integer",
      "format": "int32",
      "minimum": 0
    }
  },
  "OrderId": {
    "name": "order_id",
    "in": "path",
    "required": true,
    "schema": {
      "type": "string",
      "minLength": 1
    }
  },
  "ProductId": {
    "name": "product_id",
    "in": "path",
    "required": true,
    "schema": {
      "type": "string",
      "minLength": 1
    }
  },
  "ReservationScope": {
    "name": "reservationScope",
    "in": "query",
    "required": false,
    "schema": {
      "type": "string",
      "enum": [
        "AzurePlan"
      ]
    }
  },
  "RoleId": {
    "name": "role_id",
    "in": "path",
    "required": true,
    "schema": {
      "type": "string",
      "format": "uuid"
    }
  },
  "SeekOperation": {
    "name": "seekOperation",
    "in": "query",
    "required": false,
    "schema": {
      "type": "string",
      "enum": [
        "Next"
      ]
    }
  },
  "ServiceRequestId": {
    "name": "servicerequest_id",
    "in": "path",
    "required": true,
    "schema": {
      "type": "string",
      "minLength": 1
    }
  },
  "Size": {
    "name": "size",
    "in": "query",
    "required": false,
    "schema": {
      "type": "integer",
      "format": "int32",
      "minimum": 1
    }
  },
  "SkuId": {
    "name": "sku_id",
    "in": "path",
    "required": true,
    "schema": {
      "type": "string",
      "minLength": 1
    }
  },
  "SubscriptionId": {
    "name": "subscription_id",
    "in": "path",
    "required": true,
    "schema": {
      "type": "string",
      "format": "uuid"
    }
  },
  "SubscriptionMpnIdQuery": {
    "name": "mpn_id",
    "in": "query",
    "required": false,
    "schema": {
      "type": "string",
      "pattern": "^[0-9]+$"
    }
  },
  "SubscriptionOrderIdQuery": {
    "name": "order_id",
    "in": "query",
    "required": false,
    "schema": {
      "type": "string",
      "minLength": 1
    }
  },
  "TargetSegment": {
    "name": "targetSegment",
    "in": "query",
    "required": false,
    "schema": {
      "type": "string",
      "enum": [
        "commercial",
        "education",
        "government",
        "nonprofit"
      ]
    }
  },
  "TargetView": {
    "name": "targetView",
    "in": "query",
    "required": true,
    "schema": {
      "type": "string",
      "enum": [
        "Azure",
        "AzureReservations",
        "AzureReservationsVM",
        "AzureReservationsSQL",
        "AzureReservationsCosmosDb",
        "MicrosoftAzure",
        "OnlineServices",
        "Software",
        "SoftwareSUSELinux",
        "SoftwarePerpetual",
        "SoftwareSubscriptions"
      ]
    }
  },
  "UnbilledInvoiceLineItemCurrencyCode": {
    "name": "currencycode",
    "in": "query",
    "required": true,
    "schema": {
      "type": "string",
      "pattern": "^[A-Za-z]{3}$"
    }
  },
  "UnbilledInvoiceLineItemPeriod": {
    "name": "period",
    "in": "query",
    "required": true,
    "schema": {
      "type": "string",
      "enum": [
        "current",
        "previous"
      ]
    }
  },
  "UnbilledInvoiceLineItemProvider": {
    "name": "provider",
    "in": "query",
    "required": true,
    "schema": {
      "type": "string",
      "enum": [
        "onetime",
        "marketplace",
        "all"
      ]
    }
  },
  "UserId": {
    "name": "user_id",
    "in": "path",
    "required": true,
    "schema": {
      "type": "string",
      "format": "uuid"
    }
  },
  "UtilizationEndTime": {
    "name": "end_time",
    "in": "query",
    "required": true,
    "schema": {
      "$ref": "#/components/schemas/DateTime"
    }
  },
  "UtilizationGranularity": {
    "name": "granularity",
    "in": "query",
    "required": false,
    "schema": {
      "type": "string",
      "enum": [
        "daily",
        "hourly"
      ]
    }
  },
  "UtilizationSeekOperation": {
    "name": "seek_operation",
    "in": "query",
    "required": false,
    "schema": {
      "type": "string",
      "enum": [
        "Next"
      ]
    }
  },
  "UtilizationShowDetails": {
    "name": "show_details",
    "in": "query",
    "required": false,
    "schema": {
      "type": "boolean"
    }
  },
  "UtilizationStartTime": {
    "name": "start_time",
    "in": "query",
    "required": true,
    "schema": {
      "$ref": "#/components/schemas/DateTime"
    }
  },
  "XLocale": {
    "name": "X-Locale",
    "in": "header",
    "required": false,
    "schema": {
      "type": "string"
    }
  }
} as const satisfies Record<string, TableParameter>;

/**
 * The request view of every component schema a request may carry (readOnly properties left
 * out, objects closed), by component name; `$ref`s point at `#/components/schemas/<name>`.
 */
export const requestSchemas = {
  "Address": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "country": {
        "type": "string",
        "minLength": 2,
        "maxLength": 2
      },
      "region": {
        "type": "string"
      },
      "city": {
        "type": "string"
      },
      "state": {
        "type": "string",
        "maxLength": 2
      },
      "district": {
        "type": "string"
      },
      "addressLine1": {
        "type": "string",
        "minLength": 1,
        "maxLength": 200
      },
      "addressLine2": {
        "type": "string",
        "maxLength": 200
      },
      "addressLine3": {
        "type": "string"
      },
      "postalCode": {
        "type": "string"
      },
      "firstName": {
        "type": "string",
        "minLength": 1,
        "maxLength": 50
      },
      "lastName": {
        "type": "string",
        "minLength": 1,
        "maxLength": 50
      },
      "middleName": {
        "type": "string",
        "minLength": 1,
        "maxLength": 50
      },
      "emailAddress": {
        "type": "string"
      },
      "phoneNumber": {
        "type": "string"
      }
    }
  },
  "AddressValidationRequest": {
    "allOf": [
      {
        "$ref": "#/components/schemas/Address"
      }
    ],
    "required": [
      "addressLine1",
      "city",
      "postalCode",
      "country"
    ],
    "unevaluatedProperties": false
  },
  "Agreement": {
    "type": "object",
    "properties": {
      "primaryContact": {
        "$ref": "#/components/schemas/AgreementContact"
      },
      "templateId": {
        "type": "string",
        "format": "uuid"
      },
      "dateAgreed": {
        "$ref": "#/components/schemas/DateTime"
      },
      "type": {
        "$ref": "#/components/schemas/AgreementType"
      }
    }
  },
  "AgreementContact": {
    "type": "object",
    "required": [
      "firstName",
      "lastName",
      "email"
    ],
    "properties": {
      "firstName": {
        "type": "string"
      },
      "lastName": {
        "type": "string"
      },
      "email": {
        "type": "string"
      },
      "phoneNumber": {
        "type": "string"
      }
    },
    "unevaluatedProperties": false
  },
  "AgreementType": {
    "type": "string",
    "enum": [
      "MicrosoftCloudAgreement",
      "MicrosoftCustomerAgreement"
    ]
  },
  "AuditRecordSearchFilter": {
    "oneOf": [
      {
        "type": "object",
        "required": [
          "Field",
          "Value",
          "Operator"
        ],
        "properties": {
          "Field": {
            "type": "string",
            "const": "CompanyName"
          },
          "Value": {
            "type": "string",
            "minLength": 1
          },
          "Operator": {
            "type": "string",
            "const": "substring"
          }
        },
        "unevaluatedProperties": false
      },
      {
        "type": "object",
        "required": [
          "Field",
          "Value",
          "Operator"
        ],
        "properties": {
          "Field": {
            "type": "string",
            "const": "CustomerId"
          },
          "Value": {
            "type": "string",
            "format": "uuid"
          },
          "Operator": {
            "type": "string",
            "const": "equals"
          }
        },
        "unevaluatedProperties": false
      },
      {
        "type": "object",
        "required": [
          "Field",
          "Value",
          "Operator"
        ],
        "properties": {
          "Field": {
            "type": "string",
            "const": "ResourceType"
          },
          "Value": {
            "type": "string",
            "minLength": 1
          },
          "Operator": {
            "type": "string",
            "const": "equals"
          }
        },
        "unevaluatedProperties": false
      }
    ]
  },
  "BillingCycleType": {
    "type": "string",
    "enum": [
      "unknown",
      "monthly",
      "annual",
      "none",
      "one_time",
      "triennial",
      "biennial"
    ]
  },
  "Cart": {
    "type": "object",
    "properties": {
      "lineItems": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CartLineItem"
        }
      }
    },
    "unevaluatedProperties": false
  },
  "CartLineItem": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "format": "int32"
      },
      "catalogItemId": {
        "type": "string"
      },
      "friendlyName": {
        "type": "string"
      },
      "quantity": {
        "type": "integer",
        "format": "int32"
      },
      "currencyCode": {
        "type": "string"
      },
      "billingCycle": {
        "$ref": "#/components/schemas/BillingCycleType"
      },
      "termDuration": {
        "type": "string"
      },
      "participants": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CartLineItemParticipant"
        }
      },
      "provisioningContext": {
        "type": "object"
      },
      "addonItems": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CartLineItem"
        }
      },
      "renewsTo": {
        "$ref": "#/components/schemas/RenewsTo"
      }
    },
    "unevaluatedProperties": false
  },
  "CartLineItemParticipant": {
    "type": "object",
    "properties": {
      "key": {
        "$ref": "#/components/schemas/ParticipantType"
      },
      "value": {
        "type": "string"
      }
    },
    "unevaluatedProperties": false
  },
  "CompoundFieldFilter": {
    "type": "object",
    "required": [
      "LeftFilter",
      "RightFilter",
      "Operator"
    ],
    "properties": {
      "LeftFilter": {
        "$ref": "#/components/schemas/FieldFilter"
      },
      "RightFilter": {
        "$ref": "#/components/schemas/FieldFilter"
      },
      "Operator": {
        "$ref": "#/components/schemas/FieldFilterOperation"
      }
    },
    "unevaluatedProperties": false
  },
  "Customer": {
    "type": "object",
    "properties": {
      "companyProfile": {
        "$ref": "#/components/schemas/CustomerCompanyProfile"
      },
      "billingProfile": {
        "$ref": "#/components/schemas/CustomerBillingProfile"
      },
      "associatedPartnerId": {
        "type": "string"
      },
      "links": {
        "$ref": "#/components/schemas/ResourceLinks"
      },
      "attributes": {
        "$ref": "#/components/schemas/ResourceAttributes"
      }
    }
  },
  "CustomerBillingProfile": {
    "type": "object",
    "properties": {
      "firstName": {
        "type": "string"
      },
      "lastName": {
        "type": "string"
      },
      "email": {
        "type": "string"
      },
      "culture": {
        "type": "string"
      },
      "language": {
        "type": "string"
      },
      "companyName": {
        "type": "string"
      },
      "defaultAddress": {
        "$ref": "#/components/schemas/Address"
      },
      "links": {
        "$ref": "#/components/schemas/ResourceLinks"
      },
      "attributes": {
        "$ref": "#/components/schemas/ResourceAttributes"
      }
    }
  },
  "CustomerCompanyProfile": {
    "type": "object",
    "properties": {
      "domain": {
        "type": "string"
      },
      "companyName": {
        "type": "string"
      },
      "address": {
        "$ref": "#/components/schemas/Address"
      },
      "email": {
        "type": "string"
      },
      "organizationRegistrationNumber": {
        "type": "string"
      },
      "links": {
        "$ref": "#/components/schemas/ResourceLinks"
      },
      "attributes": {
        "$ref": "#/components/schemas/ResourceAttributes"
      }
    }
  },
  "CustomerSearchField": {
    "type": "string",
    "enum": [
      "CompanyName",
      "Domain",
      "IndirectReseller",
      "IndirectCloudSolutionProvider"
    ]
  },
  "CustomerSearchFilter": {
    "type": "object",
    "required": [
      "Field",
      "Value",
      "Operator"
    ],
    "properties": {
      "Field": {
        "$ref": "#/components/schemas/CustomerSearchField"
      },
      "Value": {
        "type": "string",
        "minLength": 1
      },
      "Operator": {
        "type": "string",
        "enum": [
          "starts_with"
        ]
      }
    },
    "unevaluatedProperties": false
  },
  "CustomerUser": {
    "type": "object",
    "properties": {
      "usageLocation": {
        "type": "string"
      },
      "userPrincipalName": {
        "type": "string"
      },
      "firstName": {
        "type": "string"
      },
      "lastName": {
        "type": "string"
      },
      "displayName": {
        "type": "string"
      },
      "immutableId": {
        "type": "string"
      },
      "passwordProfile": {
        "$ref": "#/components/schemas/PasswordProfile"
      },
      "phoneNumber": {
        "type": "string"
      },
      "state": {
        "$ref": "#/components/schemas/UserState"
      },
      "links": {
        "$ref": "#/components/schemas/ResourceLinks"
      },
      "attributes": {
        "$ref": "#/components/schemas/ResourceAttributes"
      }
    },
    "unevaluatedProperties": false
  },
  "CustomerUserSearchFilter": {
    "type": "object",
    "required": [
      "Field",
      "Value",
      "Operator"
    ],
    "properties": {
      "Field": {
        "type": "string",
        "enum": [
          "UserState"
        ]
      },
      "Value": {
        "type": "string"
      },
      "Operator": {
        "type": "string",
        "enum": [
          "equals"
        ]
      }
    },
    "unevaluatedProperties": false
  },
  "DateTime": {
    "type": "string",
    "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,7})?(Z|[+-]\\d{2}:\\d{2})?$"
  },
  "FieldFilter": {
    "oneOf": [
      {
        "$ref": "#/components/schemas/SimpleFieldFilter"
      },
      {
        "$ref": "#/components/schemas/CompoundFieldFilter"
      }
    ]
  },
  "FieldFilterOperation": {
    "type": "string",
    "enum": [
      "equals",
      "not_equals",
      "greater_than",
      "greater_than_or_equals",
      "less_than",
      "less_than_or_equals",
      "substring",
      "and",
      "or",
      "starts_with",
      "not_starts_with"
    ]
  },
  "KeyValuePair": {
    "type": "object",
    "properties": {
      "key": {
        "type": "string"
      },
      "value": {
        "type": "string"
      }
    },
    "unevaluatedProperties": false
  },
  "LicenseAssignment": {
    "type": "object",
    "properties": {
      "skuId": {
        "type": "string"
      },
      "excludedPlans": {
        "type": [
          "array",
          "null"
        ],
        "items": {
          "type": "string"
        }
      }
    },
    "unevaluatedProperties": false
  },
  "LicenseUpdate": {
    "type": "object",
    "properties": {
      "licensesToAssign": {
        "type": [
          "array",
          "null"
        ],
        "items": {
          "$ref": "#/components/schemas/LicenseAssignment"
        }
      },
      "licensesToRemove": {
        "type": [
          "array",
          "null"
        ],
        "items": {
          "type": "string"
        }
      },
      "attributes": {
        "$ref": "#/components/schemas/ResourceAttributes"
      }
    },
    "unevaluatedProperties": false
  },
  "Link": {
    "type": "object",
    "properties": {
      "uri": {
        "type": "string"
      },
      "method": {
        "type": "string"
      },
      "headers": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/KeyValuePair"
        }
      },
      "body": {
        "type": "string"
      }
    },
    "unevaluatedProperties": false
  },
  "NewAgreement": {
    "allOf": [
      {
        "$ref": "#/components/schemas/Agreement"
      }
    ],
    "required": [
      "primaryContact",
      "dateAgreed",
      "templateId"
    ],
    "unevaluatedProperties": false
  },
  "NewCustomer": {
    "allOf": [
      {
        "$ref": "#/components/schemas/Customer"
      }
    ],
    "required": [
      "companyProfile",
      "billingProfile"
    ],
    "properties": {
      "companyProfile": {
        "allOf": [
          {
            "$ref": "#/components/schemas/CustomerCompanyProfile"
          }
        ],
        "required": [
          "domain"
        ],
        "unevaluatedProperties": false
      },
      "billingProfile": {
        "allOf": [
          {
            "$ref": "#/components/schemas/CustomerBillingProfile"
          }
        ],
        "required": [
          "email",
          "culture",
          "language",
          "companyName",
          "defaultAddress"
        ],
        "unevaluatedProperties": false
      }
    },
    "unevaluatedProperties": false
  },
  "Order": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "referenceCustomerId": {
        "type": "string",
        "format": "uuid"
      },
      "billingCycle": {
        "$ref": "#/components/schemas/BillingCycleType"
      },
      "lineItems": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/OrderLineItem"
        }
      },
      "status": {
        "$ref": "#/components/schemas/OrderStatus"
      },
      "attributes": {
        "$ref": "#/components/schemas/ResourceAttributes"
      }
    },
    "unevaluatedProperties": false
  },
  "OrderLineItem": {
    "type": "object",
    "properties": {
      "lineItemNumber": {
        "type": "integer",
        "format": "int32"
      },
      "offerId": {
        "type": "string"
      },
      "subscriptionId": {
        "type": "string"
      },
      "parentSubscriptionId": {
        "type": "string"
      },
      "friendlyName": {
        "type": "string"
      },
      "quantity": {
        "type": "integer",
        "format": "int32"
      },
      "termDuration": {
        "type": "string"
      },
      "partnerIdOnRecord": {
        "type": "string"
      },
      "provisioningContext": {
        "type": "object"
      },
      "renewsTo": {
        "$ref": "#/components/schemas/RenewsTo"
      },
      "attributes": {
        "$ref": "#/components/schemas/ResourceAttributes"
      }
    },
    "unevaluatedProperties": false
  },
  "OrderStatus": {
    "type": "string",
    "enum": [
      "unknown",
      "completed",
      "pending",
      "cancelled"
    ]
  },
  "ParticipantType": {
    "type": "string",
    "enum": [
      "unknown",
      "transaction_reseller",
      "consumption_reseller",
      "additional_transaction_reseller"
    ]
  },
  "PasswordProfile": {
    "type": "object",
    "properties": {
      "password": {
        "type": "string"
      },
      "forceChangePassword": {
        "type": "boolean"
      }
    },
    "unevaluatedProperties": false
  },
  "RenewsTo": {
    "type": "object",
    "properties": {
      "termDuration": {
        "type": "string"
      }
    },
    "unevaluatedProperties": false
  },
  "ResourceAttributes": {
    "type": "object",
    "properties": {
      "etag": {
        "type": "string"
      },
      "objectType": {
        "type": "string"
      }
    }
  },
  "ResourceLinks": {
    "type": "object",
    "properties": {
      "self": {
        "$ref": "#/components/schemas/Link"
      },
      "next": {
        "$ref": "#/components/schemas/Link"
      },
      "previous": {
        "$ref": "#/components/schemas/Link"
      }
    }
  },
  "ServiceRequestNote": {
    "type": "object",
    "required": [
      "text"
    ],
    "properties": {
      "text": {
        "type": "string",
        "minLength": 1,
        "pattern": "\\S"
      }
    },
    "unevaluatedProperties": false
  },
  "ServiceRequestUpdate": {
    "type": "object",
    "minProperties": 1,
    "properties": {
      "title": {
        "type": "string"
      },
      "description": {
        "type": "string"
      },
      "severity": {
        "type": "string",
        "enum": [
          "critical",
          "moderate",
          "minimal"
        ]
      },
      "status": {
        "type": "string",
        "enum": [
          "open",
          "closed",
          "attention_needed"
        ]
      },
      "newNote": {
        "$ref": "#/components/schemas/ServiceRequestNote"
      }
    },
    "unevaluatedProperties": false
  },
  "SimpleFieldFilter": {
    "type": "object",
    "required": [
      "Field",
      "Value",
      "Operator"
    ],
    "properties": {
      "Field": {
        "type": "string"
      },
      "Value": {
        "type": "string"
      },
      "Operator": {
        "$ref": "#/components/schemas/FieldFilterOperation"
      }
    },
    "unevaluatedProperties": false
  },
  "Subscription": {
    "type": "object",
    "properties": {
      "friendlyName": {
        "type": "string"
      },
      "quantity": {
        "type": "integer",
        "format": "int32",
        "minimum": 0
      },
      "status": {
        "$ref": "#/components/schemas/SubscriptionStatus"
      },
      "autoRenewEnabled": {
        "type": "boolean"
      },
      "partnerId": {
        "type": "string"
      },
      "renewalTermDuration": {
        "type": "string"
      },
      "attributes": {
        "$ref": "#/components/schemas/ResourceAttributes"
      }
    },
    "unevaluatedProperties": false
  },
  "SubscriptionStatus": {
    "type": "string",
    "enum": [
      "none",
      "active",
      "suspended",
      "deleted",
      "expired",
      "pending",
      "disabled"
    ]
  },
  "UserMember": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string",
        "format": "uuid"
      },
      "displayName": {
        "type": "string"
      },
      "userPrincipalName": {
        "type": "string"
      },
      "attributes": {
        "$ref": "#/components/schemas/ResourceAttributes"
      }
    },
    "unevaluatedProperties": false
  },
  "UserState": {
    "type": "string",
    "enum": [
      "active",
      "inactive"
    ]
  }
} as const satisfies Record<string, RequestSchema>;

/** Every operation of the spec, by `operationId`. */
export const operationTable = {
  "listCustomers": {
    "method": "get",
    "path": "/v1/customers",
    "tag": "Customers",
    "parameters": [
      "CustomerPageSize",
      "CustomerFilter",
      "SeekOperation",
      "MsContinuationToken",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "paging": {
      "form": "seek",
      "sizeParameter": "size"
    },
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "createCustomer": {
    "method": "post",
    "path": "/v1/customers",
    "tag": "Customers",
    "parameters": [
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "requestBody": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "schema": {
        "$ref": "#/components/schemas/NewCustomer"
      }
    },
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "success": {
      "status": 201,
      "mediaType": "application/json"
    }
  },
  "getCustomer": {
    "method": "get",
    "path": "/v1/customers/{customer_id}",
    "tag": "Customers",
    "parameters": [
      "CustomerId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "validateAddress": {
    "method": "post",
    "path": "/v1/validations/address",
    "tag": "Validation",
    "parameters": [
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "requestBody": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "schema": {
        "$ref": "#/components/schemas/AddressValidationRequest"
      }
    },
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "verifyDomainAvailability": {
    "method": "head",
    "path": "/v1/domains/{domain}",
    "tag": "Validation",
    "parameters": [
      "Domain",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "success": {
      "status": 200
    }
  },
  "getRelationshipRequest": {
    "method": "get",
    "path": "/v1/customers/relationshiprequests",
    "tag": "Relationships",
    "parameters": [
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "listAgreementMetadata": {
    "method": "get",
    "path": "/v1/agreements",
    "tag": "Agreements",
    "parameters": [
      "AgreementTypeFilter",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "listCustomerAgreements": {
    "method": "get",
    "path": "/v1/customers/{customer_id}/agreements",
    "tag": "Agreements",
    "parameters": [
      "CustomerId",
      "AgreementTypeFilter",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "createCustomerAgreement": {
    "method": "post",
    "path": "/v1/customers/{customer_id}/agreements",
    "tag": "Agreements",
    "parameters": [
      "CustomerId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "requestBody": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "schema": {
        "$ref": "#/components/schemas/NewAgreement"
      }
    },
    "security": [
      "AppUser"
    ],
    "success": {
      "status": 201,
      "mediaType": "application/json"
    }
  },
  "listProducts": {
    "method": "get",
    "path": "/v1/products",
    "tag": "Products",
    "parameters": [
      "Country",
      "TargetView",
      "TargetSegment",
      "ReservationScope",
      "Size",
      "Offset",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "paging": {
      "form": "offset",
      "sizeParameter": "size",
      "offsetParameter": "offset"
    },
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "getProduct": {
    "method": "get",
    "path": "/v1/products/{product_id}",
    "tag": "Products",
    "parameters": [
      "ProductId",
      "Country",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "listSkus": {
    "method": "get",
    "path": "/v1/products/{product_id}/skus",
    "tag": "Products",
    "parameters": [
      "ProductId",
      "Country",
      "TargetSegment",
      "ReservationScope",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "listAvailabilities": {
    "method": "get",
    "path": "/v1/products/{product_id}/skus/{sku_id}/availabilities",
    "tag": "Products",
    "parameters": [
      "ProductId",
      "SkuId",
      "Country",
      "TargetSegment",
      "ReservationScope",
      "AvailabilityTargetView",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "createCart": {
    "method": "post",
    "path": "/v1/customers/{customer_id}/carts",
    "tag": "Carts",
    "parameters": [
      "CustomerId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "requestBody": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "schema": {
        "$ref": "#/components/schemas/Cart"
      }
    },
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "success": {
      "status": 201,
      "mediaType": "application/json"
    }
  },
  "updateCart": {
    "method": "put",
    "path": "/v1/customers/{customer_id}/carts/{cart_id}",
    "tag": "Carts",
    "parameters": [
      "CustomerId",
      "CartId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "requestBody": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "schema": {
        "$ref": "#/components/schemas/Cart"
      }
    },
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "success": {
      "status": 201,
      "mediaType": "application/json"
    }
  },
  "checkoutCart": {
    "method": "post",
    "path": "/v1/customers/{customer_id}/carts/{cart_id}/checkout",
    "tag": "Carts",
    "parameters": [
      "CustomerId",
      "CartId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "success": {
      "status": 201,
      "mediaType": "application/json"
    }
  },
  "listOrders": {
    "method": "get",
    "path": "/v1/customers/{customer_id}/orders",
    "tag": "Orders",
    "parameters": [
      "CustomerId",
      "BillingType",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "createOrder": {
    "method": "post",
    "path": "/v1/customers/{customer_id}/orders",
    "tag": "Orders",
    "parameters": [
      "CustomerId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "requestBody": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "schema": {
        "$ref": "#/components/schemas/Order"
      }
    },
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "success": {
      "status": 201,
      "mediaType": "application/json"
    }
  },
  "getOrder": {
    "method": "get",
    "path": "/v1/customers/{customer_id}/orders/{order_id}",
    "tag": "Orders",
    "parameters": [
      "CustomerId",
      "OrderId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "updateOrder": {
    "method": "patch",
    "path": "/v1/customers/{customer_id}/orders/{order_id}",
    "tag": "Orders",
    "parameters": [
      "CustomerId",
      "OrderId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "requestBody": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "schema": {
        "$ref": "#/components/schemas/Order"
      }
    },
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "listSubscriptions": {
    "method": "get",
    "path": "/v1/customers/{customer_id}/subscriptions",
    "tag": "Subscriptions",
    "parameters": [
      "CustomerId",
      "SubscriptionOrderIdQuery",
      "SubscriptionMpnIdQuery",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "getSubscription": {
    "method": "get",
    "path": "/v1/customers/{customer_id}/subscriptions/{subscription_id}",
    "tag": "Subscriptions",
    "parameters": [
      "CustomerId",
      "SubscriptionId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "updateSubscription": {
    "method": "patch",
    "path": "/v1/customers/{customer_id}/subscriptions/{subscription_id}",
    "tag": "Subscriptions",
    "parameters": [
      "CustomerId",
      "SubscriptionId",
      {
        "name": "If-Match",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string"
        }
      },
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "requestBody": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "schema": {
        "$ref": "#/components/schemas/Subscription"
      }
    },
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "getSubscriptionProvisioningStatus": {
    "method": "get",
    "path": "/v1/customers/{customer_id}/subscriptions/{subscription_id}/provisioningstatus",
    "tag": "Subscriptions",
    "parameters": [
      "CustomerId",
      "SubscriptionId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "listAzureUtilizationRecords": {
    "method": "get",
    "path": "/v1/customers/{customer_id}/subscriptions/{subscription_id}/utilizations/azure",
    "tag": "Usage",
    "parameters": [
      "CustomerId",
      "SubscriptionId",
      "UtilizationStartTime",
      "UtilizationEndTime",
      "UtilizationGranularity",
      "UtilizationShowDetails",
      "Size",
      "UtilizationSeekOperation",
      "MsContinuationToken",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "paging": {
      "form": "seek",
      "sizeParameter": "size"
    },
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "listUsers": {
    "method": "get",
    "path": "/v1/customers/{customer_id}/users",
    "tag": "Users",
    "parameters": [
      "CustomerId",
      "Size",
      "CustomerUserFilter",
      "SeekOperation",
      "MsContinuationToken",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser"
    ],
    "paging": {
      "form": "seek",
      "sizeParameter": "size"
    },
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "createUser": {
    "method": "post",
    "path": "/v1/customers/{customer_id}/users",
    "tag": "Users",
    "parameters": [
      "CustomerId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "requestBody": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "schema": {
        "$ref": "#/components/schemas/CustomerUser"
      }
    },
    "security": [
      "AppUser"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "getUser": {
    "method": "get",
    "path": "/v1/customers/{customer_id}/users/{user_id}",
    "tag": "Users",
    "parameters": [
      "CustomerId",
      "UserId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "deleteUser": {
    "method": "delete",
    "path": "/v1/customers/{customer_id}/users/{user_id}",
    "tag": "Users",
    "parameters": [
      "CustomerId",
      "UserId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser"
    ],
    "success": {
      "status": 204
    }
  },
  "updateUser": {
    "method": "patch",
    "path": "/v1/customers/{customer_id}/users/{user_id}",
    "tag": "Users",
    "parameters": [
      "CustomerId",
      "UserId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "requestBody": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "schema": {
        "$ref": "#/components/schemas/CustomerUser"
      }
    },
    "security": [
      "AppUser"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "listUserRoles": {
    "method": "get",
    "path": "/v1/customers/{customer_id}/users/{user_id}/directoryroles",
    "tag": "Directory roles",
    "parameters": [
      "CustomerId",
      "UserId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "addDirectoryRoleMember": {
    "method": "post",
    "path": "/v1/customers/{customer_id}/directoryroles/{role_id}/usermembers",
    "tag": "Directory roles",
    "parameters": [
      "CustomerId",
      "RoleId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "requestBody": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "schema": {
        "$ref": "#/components/schemas/UserMember"
      }
    },
    "security": [
      "AppUser"
    ],
    "success": {
      "status": 201,
      "mediaType": "application/json"
    }
  },
  "listSubscribedSkus": {
    "method": "get",
    "path": "/v1/customers/{customer_id}/subscribedskus",
    "tag": "Licenses",
    "parameters": [
      "CustomerId",
      "LicenseGroupIds",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "assignLicenses": {
    "method": "post",
    "path": "/v1/customers/{customer_id}/users/{user_id}/licenseupdates",
    "tag": "Licenses",
    "parameters": [
      "CustomerId",
      "UserId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "requestBody": {
      "required": true,
      "mediaTypes": [
        "application/json"
      ],
      "schema": {
        "$ref": "#/components/schemas/LicenseUpdate"
      }
    },
    "security": [
      "AppUser"
    ],
    "success": {
      "status": 201,
      "mediaType": "application/json"
    }
  },
  "listUserLicenses": {
    "method": "get",
    "path": "/v1/customers/{customer_id}/users/{user_id}/licenses",
    "tag": "Licenses",
    "parameters": [
      "CustomerId",
      "UserId",
      "LicenseGroupIds",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "listInvoices": {
    "method": "get",
    "path": "/v1/invoices",
    "tag": "Invoices",
    "parameters": [
      "Size",
      "Offset",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "paging": {
      "form": "offset",
      "sizeParameter": "size",
      "offsetParameter": "offset"
    },
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "getInvoice": {
    "method": "get",
    "path": "/v1/invoices/{invoice_id}",
    "tag": "Invoices",
    "parameters": [
      "InvoiceId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "listInvoiceLineItems": {
    "method": "get",
    "path": "/v1/invoices/{invoice_id}/lineitems",
    "tag": "Invoices",
    "parameters": [
      "InvoiceId",
      "InvoiceLineItemProvider",
      "InvoiceLineItemType",
      "InvoiceLineItemCurrencyCode",
      "InvoiceLineItemPeriod",
      "HasPartnerEarnedCredit",
      "Size",
      "Offset",
      "SeekOperation",
      "MsContinuationToken",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "paging": {
      "form": "seek",
      "sizeParameter": "size"
    },
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "getInvoiceStatement": {
    "method": "get",
    "path": "/v1/invoices/{invoice_id}/documents/statement",
    "tag": "Invoices",
    "parameters": [
      "InvoiceId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/pdf"
    }
  },
  "listUnbilledInvoiceLineItems": {
    "method": "get",
    "path": "/v1/invoices/unbilled/lineitems",
    "tag": "Invoices",
    "parameters": [
      "UnbilledInvoiceLineItemProvider",
      "InvoiceLineItemType",
      "UnbilledInvoiceLineItemCurrencyCode",
      "UnbilledInvoiceLineItemPeriod",
      "HasPartnerEarnedCredit",
      "Size",
      "SeekOperation",
      "MsContinuationToken",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "paging": {
      "form": "seek",
      "sizeParameter": "size"
    },
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "listAuditRecords": {
    "method": "get",
    "path": "/v1/auditrecords",
    "tag": "Audit records",
    "parameters": [
      "AuditRecordStartDate",
      "AuditRecordEndDate",
      "AuditRecordFilter",
      "Size",
      "SeekOperation",
      "MsContinuationToken",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "paging": {
      "form": "seek",
      "sizeParameter": "size"
    },
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "listManagedServices": {
    "method": "get",
    "path": "/v1/customers/{customer_id}/managedservices",
    "tag": "Managed services",
    "parameters": [
      "CustomerId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "listCustomerServiceIncidents": {
    "method": "get",
    "path": "/v1/customers/{customer_id}/serviceincidents/office",
    "tag": "Service incidents",
    "parameters": [
      "CustomerId",
      "FilterOperator",
      "Filter",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "security": [
      "AppUser",
      "AppOnly"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  },
  "updateServiceRequest": {
    "method": "patch",
    "path": "/v1/servicerequests/{servicerequest_id}",
    "tag": "Service requests",
    "parameters": [
      "ServiceRequestId",
      "MsRequestId",
      "MsCorrelationId",
      "MsCv",
      "XLocale",
      "MsPartnerCenterApplication"
    ],
    "requestBody": {
      "required": true,
      "mediaTypes": [
        "application/json",
        "text/json"
      ],
      "schema": {
        "$ref": "#/components/schemas/ServiceRequestUpdate"
      },
      "name": "update"
    },
    "security": [
      "AppUser"
    ],
    "success": {
      "status": 200,
      "mediaType": "application/json"
    }
  }
} as const satisfies Record<string, OperationTableEntry>;

/** The `operationId` of every operation in the spec. */
export type OperationId = keyof typeof operationTable;
