// Generated from openapi/ by packages/types/scripts/generate.mjs. Do not edit:
// change the spec and run `npm run generate` (or `npm run build`).

import type { OperationTableEntry, RequestSchema, TableParameter } from "../operation-table.js";

/** Parameters declared once under `components/parameters`, by component name. */
export const parameterComponents = {
  "CustomerId": {
    "name": "customer_id",
    "in": "path",
    "required": true,
    "schema": {
      "type": "string",
      "format": "uuid"
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
      "$ref": "#/components/schemas/FieldFilterOperation"
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
  "ServiceRequestId": {
    "name": "servicerequest_id",
    "in": "path",
    "required": true,
    "schema": {
      "type": "string",
      "minLength": 1
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
  }
} as const satisfies Record<string, RequestSchema>;

/** Every operation of the spec, by `operationId`. */
export const operationTable = {
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
        "application/json"
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
