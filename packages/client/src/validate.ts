import type { Middleware } from "openapi-fetch";
import { checkArgument } from "./errors.js";

const GUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
// White space, control characters, and what would end or re-route a path segment once decoded.
const UNSAFE = /[\s\x00-\x1f\x7f/\\?#%]/;

/** Whether `value` is a GUID such as `4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10` (any case). */
export function isGuid(value: unknown): value is string {
  return typeof value === "string" && GUID.test(value);
}

/**
 * Checks one path parameter before anything is sent: a non-empty string without white space,
 * control characters, `/`, `\`, `?`, `#` or `%`, and not `.` or `..`, so it stays one path
 * segment after encoding and decoding. `customer_id` must be a GUID (a customer tenant ID).
 *
 * @throws {PartnerCenterArgumentError} naming the parameter
 * @see https://learn.microsoft.com/en-us/partner-center/developer/get-a-customer-by-id
 */
export function assertPathParameter(name: string, value: unknown): asserts value is string {
  const segment = typeof value === "string" && value !== "" && value !== "." && value !== ".." && !UNSAFE.test(value);
  checkArgument(segment, name, "a non-empty path segment without spaces, / \\ ? # % or control characters, not . or ..", value);
  checkArgument(name !== "customer_id" || GUID.test(value as string), name, "a customer tenant ID (a GUID)", value);
}

/**
 * openapi-fetch middleware that runs {@link assertPathParameter} on every `params.path` value of
 * every call, so a bad path parameter rejects the call before any request is made.
 */
export function createPathParameterMiddleware(): Middleware {
  return {
    onRequest({ params }) {
      const path = params.path;
      if (path) for (const name in path) assertPathParameter(name, path[name]);
    },
  };
}
