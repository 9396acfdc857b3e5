/**
 * Types for the Microsoft Partner Center REST API, generated from the project's OpenAPI
 * description (`openapi/`).
 *
 * - `paths`, `operations` and `components` are openapi-typescript's maps, the input of
 *   openapi-fetch (`@partnercenter/client`).
 * - Every schema also has a named export (`Customer`, `ServiceRequest`, `ManagedService`, ...)
 *   and every enum a runtime array of its values (`serviceRequestStatusValues`, ...).
 * - `operationTable` says, for every `operationId`, what the spec declares about the operation
 *   (method, path, parameters and their schemas, request body, security, paging, success
 *   status); the client's operation functions, request checks and pager read it.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/
 * @packageDocumentation
 */
export * from "./generated/schema.js";
export { operationTable, parameterComponents, requestSchemas } from "./generated/operations.js";
export type { OperationId } from "./generated/operations.js";
export type { OperationTableEntry, RequestSchema, TableParameter, TablePaging } from "./operation-table.js";
