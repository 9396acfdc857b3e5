/**
 * The shapes of the generated operation table (`operationTable`, `parameterComponents`,
 * `requestSchemas` in `./generated/operations.ts`): what the spec says about each operation,
 * read once at build time so that nothing parses the spec at run time.
 */

/**
 * A JSON Schema (2020-12) restricted to the keywords that check a request: type, format, enum,
 * lengths, bounds, pattern, items, properties, required, compositions and `$ref`s to
 * `#/components/schemas/<name>` (resolved in `requestSchemas`). Prose and examples are left out.
 */
export type RequestSchema = { readonly [keyword: string]: unknown };

/** A parameter of an operation, as the table holds it. */
export interface TableParameter {
  /** The name on the wire, e.g. `customer_id`, `size`, `MS-RequestId`. */
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  /** The value's schema; for a `content` parameter, the schema of the JSON document it carries. */
  readonly schema: RequestSchema;
  /** `application/json` for a parameter declared with `content`: its value is a JSON document. */
  readonly mediaType?: "application/json";
  /** For an array query parameter: whether each item is its own `name=value` pair (OpenAPI's default for `form`). */
  readonly explode?: boolean;
}

/**
 * How an operation's collection comes in pages, from the spec's `x-partner-center-paging`
 * extension (see `openapi/README.md`): `seek` pages carry `links.next` with `seekOperation=Next`
 * and an `MS-ContinuationToken` header; `offset` pages carry `links.next` with the next offset.
 */
export interface TablePaging {
  readonly form: "seek" | "offset";
  /** The query parameter that sets the page size, e.g. `size`. */
  readonly sizeParameter: string;
  /** The query parameter of the first item's index (offset form only), e.g. `offset`. */
  readonly offsetParameter?: string;
}

/** One operation of the spec. */
export interface OperationTableEntry {
  /** Lower-case HTTP method, e.g. `get`. */
  readonly method: "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
  /** The path template, e.g. `/v1/customers/{customer_id}`. */
  readonly path: string;
  /** The operation's (first) tag, e.g. `Customers`. */
  readonly tag: string;
  /**
   * Path-level and operation-level parameters, in the spec's order: a component's name
   * (see `parameterComponents`) or the parameter itself when it is declared inline.
   */
  readonly parameters: readonly (string | TableParameter)[];
  /** The request body, when the operation takes one; `name` is `x-codegen-request-body-name`. */
  readonly requestBody?: {
    readonly required: boolean;
    readonly mediaTypes: readonly string[];
    readonly schema: RequestSchema;
    readonly name?: string;
  };
  /** Names of the security schemes any one of which the operation accepts: `AppUser` (App+User), `AppOnly` (App-only). */
  readonly security: readonly string[];
  /** Present when the service returns the collection in pages. */
  readonly paging?: TablePaging;
  /** The success status and its media type (none for an answer without a body, e.g. 204). */
  readonly success: { readonly status: number; readonly mediaType?: string };
}
