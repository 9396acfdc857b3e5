/**
 * Types for the Microsoft Partner Center REST API, generated from the project's OpenAPI
 * description (`openapi/`).
 *
 * - `paths`, `operations` and `components` are openapi-typescript's maps, the input of
 *   openapi-fetch (`@partnercenter/client`) and openapi-msw (`@partnercenter/mocks`).
 * - Every schema also has a named export (`Customer`, `ServiceRequest`, `ManagedService`, ...)
 *   and every enum a runtime array of its values (`serviceRequestStatusValues`, ...).
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/
 * @packageDocumentation
 */
export * from "./generated/schema.js";
