import type { operations } from "@partnercenter/types";
import type { FetchOptions } from "openapi-fetch";
import type { Readable } from "openapi-typescript-helpers";
import { checkArgument, PartnerCenterError } from "./errors.js";
import { readResponseInfo, type PartnerCenterResponseInfo } from "./response-info.js";
import { isGuid } from "./request-checks.js";

/** Per-call options of every operation function and of the pager. */
export interface CallOptions {
  /** Cancels the call: the request in flight and any wait between attempts. Rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** `MS-CorrelationId` for this call, a GUID. Default: the client's `correlationId`, or a new UUID. */
  correlationId?: string | undefined;
  /**
   * `MS-RequestId` for this call, a GUID, reused by every retry of it. Default: a new UUID.
   * Pass the same value again only to repeat a call whose outcome you never saw.
   */
  requestId?: string | undefined;
  /**
   * Called with the answer's IDs (`MS-RequestId`, `MS-CorrelationId`, `MS-CV`, `MS-ServerId`)
   * whenever an answer arrives, before the data is returned or the error thrown.
   */
  onResponse?: ((info: PartnerCenterResponseInfo) => void) | undefined;
}

/**
 * The request options openapi-fetch takes for the operation `Id` (its `FetchOptions`), which the
 * generated operation functions pass as an explicit type argument with their literal path:
 * `client.GET<"/v1/customers/{customer_id}", OperationInit<"getCustomer">>(...)`. openapi-fetch
 * requires it to be the options of that path's operation, so a path and an operation that do not
 * go together do not compile, and the call's arguments are checked against it; TypeScript does
 * not have to infer it from the arguments against every path of the spec, which made checking
 * the operation functions the slowest step of the build, growing with the spec.
 */
export type OperationInit<Id extends keyof operations> = FetchOptions<operations[Id]>;

type ParametersOf<Id extends keyof operations> = operations[Id]["parameters"];
type QueryOf<Id extends keyof operations> = NonNullable<ParametersOf<Id> extends { query?: infer Query } ? Query : never>;
type HeaderOf<Id extends keyof operations> = NonNullable<ParametersOf<Id> extends { header?: infer Header } ? Header : never>;

/**
 * The query of an operation, where a parameter that carries a JSON document (declared with
 * `content: application/json` in the spec, such as `filter`) also takes that document as an
 * object; it is sent with `JSON.stringify`.
 */
export type OperationQuery<Query, Json> = { [Name in keyof Query]: Name extends keyof Json ? Query[Name] | Json[Name] : Query[Name] };

type QueryOption<Id extends keyof operations, Json> = [QueryOf<Id>] extends [never]
  ? { query?: never }
  : {} extends QueryOf<Id>
    ? { /** The operation's query parameters, as the spec declares them. */ query?: OperationQuery<QueryOf<Id>, Json> | undefined }
    : { /** The operation's query parameters, as the spec declares them. */ query: OperationQuery<QueryOf<Id>, Json> };

/**
 * The last argument of the operation function `Id`: its query parameters (`query`, required when
 * the spec requires one), its request headers (`headers`, e.g. `MS-CorrelationId`, `X-Locale`)
 * and the {@link CallOptions}. `Json` maps the names of JSON-valued query parameters to the
 * document type they carry.
 */
export type OperationOptions<Id extends keyof operations, Json = {}> = CallOptions &
  QueryOption<Id, Json> & {
    /** Request headers the spec declares for the operation; `requestId` and `correlationId` win over theirs. */
    headers?: HeaderOf<Id> | undefined;
  };

/**
 * The request headers of one call: the option's `headers`, with `requestId` and
 * `correlationId` as `MS-RequestId` and `MS-CorrelationId`. Unset ones are left to the client,
 * which adds a new `MS-RequestId` per call and its own correlation ID.
 *
 * @throws {PartnerCenterArgumentError} when `requestId` or `correlationId` is not a GUID
 */
export function callHeaders<Header extends object>(options: (CallOptions & { headers?: Header | undefined }) | undefined): Header {
  const headers: Record<string, unknown> = { ...options?.headers };
  for (const [option, header] of [
    ["requestId", "MS-RequestId"],
    ["correlationId", "MS-CorrelationId"],
  ] as const) {
    const value = options?.[option];
    if (value === undefined) continue;
    checkArgument(isGuid(value), `options.${option}`, "a GUID", value);
    headers[header] = value;
  }
  return headers as Header;
}

/**
 * The wire form of a JSON-valued query parameter: a string as it is, anything else through
 * `JSON.stringify` (openapi-fetch then URL-encodes it).
 */
export function jsonParameter(value: unknown): string | undefined {
  return value === undefined || typeof value === "string" ? value : JSON.stringify(value);
}

/** The data of an openapi-fetch result, once it is known to be a success. */
type DataOf<Result> = Result extends { data?: infer Data } ? Exclude<Data, undefined> : never;

/**
 * The JSON body of a raw client result as the spec's type `Body`. The result must be the one
 * openapi-fetch types for that body (`Readable<Body>`, which is `Body` for this spec's types,
 * whose schemas carry no read/write markers, apart from how it spells an open enum's
 * `string & {}`): a call whose answer is not `Body` does not compile.
 *
 * @throws {PartnerCenterError} as {@link settle}
 */
export function settleJson<Body>(
  result: { data?: Readable<Body>; error?: unknown; response: Response },
  options: CallOptions | undefined,
): Body {
  return settle(result, options, true) as Body;
}

/**
 * The data of a raw client result, or the {@link PartnerCenterError} the answer stands for.
 * `onResponse` hears of the answer first.
 *
 * @param expectsBody whether the spec declares a body for the success status
 * @throws {PartnerCenterError} for an error status, or (category `ResponseParsing`) a success
 *   answer without the body the spec declares
 */
export function settle<Result extends { data?: unknown; error?: unknown; response: Response }>(
  result: Result,
  options: CallOptions | undefined,
  expectsBody: boolean,
): DataOf<Result> {
  const { response } = result;
  options?.onResponse?.(readResponseInfo(response));
  if (!response.ok) throw PartnerCenterError.fromResponse(response, result.error);
  if (expectsBody && (result.data === undefined || result.data === null)) {
    throw new PartnerCenterError({ ...readResponseInfo(response), category: "ResponseParsing", description: "the body is empty" });
  }
  return result.data as DataOf<Result>;
}
