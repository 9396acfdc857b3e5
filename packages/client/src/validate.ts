import { defaultPathSerializer, type Middleware, type PathSerializer } from "openapi-fetch";
import { checkArgument } from "./errors.js";

const GUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
// White space, control characters, what would end or re-route a path segment once decoded, and
// a lone UTF-16 surrogate (half of a pair: no UTF-8 for it, so encodeURIComponent throws).
const UNSAFE = /[\s\x00-\x1f\x7f/\\?#%]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `value` is a GUID such as `4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10` (any case). */
export function isGuid(value: unknown): value is string {
  return typeof value === "string" && GUID.test(value);
}

/**
 * Checks one path parameter before anything is sent: a non-empty string without white space,
 * control characters, `/`, `\`, `?`, `#`, `%` or a lone UTF-16 surrogate (`"\uD800"`), and not
 * `.` or `..`, so it can be encoded and stays one path segment after encoding and decoding.
 * `customer_id` must be a GUID (a customer tenant ID).
 *
 * @throws {PartnerCenterArgumentError} naming the parameter
 * @see https://learn.microsoft.com/en-us/partner-center/developer/get-a-customer-by-id
 */
export function assertPathParameter(name: string, value: unknown): asserts value is string {
  const segment = typeof value === "string" && value !== "" && value !== "." && value !== ".." && !UNSAFE.test(value);
  checkArgument(segment, name, "a non-empty path segment without spaces, / \\ ? # %, control characters or lone surrogates, not . or ..", value);
  checkArgument(name !== "customer_id" || GUID.test(value as string), name, "a customer tenant ID (a GUID)", value);
}

/**
 * openapi-fetch's path serializer, after {@link assertPathParameter} on every `params.path` value.
 * openapi-fetch builds the URL before any middleware runs, so this is where a value that cannot
 * be encoded at all (a lone surrogate) is refused by name instead of as a raw `URIError`.
 *
 * @throws {PartnerCenterArgumentError} naming the parameter
 */
export const checkedPathSerializer: PathSerializer = (pathname, pathParams) => {
  for (const name in pathParams) assertPathParameter(name, pathParams[name]);
  return defaultPathSerializer(pathname, pathParams);
};

/**
 * openapi-fetch middleware that runs {@link assertPathParameter} on every `params.path` value of
 * every call, so a bad path parameter rejects the call before any request is made, even one
 * that brings its own `pathSerializer` in place of {@link checkedPathSerializer}.
 */
export function createPathParameterMiddleware(): Middleware {
  return {
    onRequest({ params }) {
      const path = params.path;
      if (path) for (const name in path) assertPathParameter(name, path[name]);
    },
  };
}
