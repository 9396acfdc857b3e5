import type { paths } from "@partnercenter/types";
import type { PartnerCenterClient } from "./client.js";
import { checkArgument, createPartnerCenterError, PartnerCenterError } from "./errors.js";
import { secretsOf } from "./redaction.js";
import { readResponseInfo, type PartnerCenterResponseInfo } from "./response-info.js";
import { isGuid } from "./validate.js";

/** Per-call options of the operation functions and the pager. */
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

function guid(argument: string, value: string | undefined): string | undefined {
  checkArgument(value === undefined || isGuid(value), argument, "a GUID", value);
  return value;
}

/**
 * The per-call headers a {@link CallOptions} asks for (unset ones are left to the client).
 *
 * @throws {PartnerCenterArgumentError} when `requestId` or `correlationId` is not a GUID
 */
export function callHeaders(options: CallOptions | undefined): Record<string, string | undefined> {
  return {
    "MS-RequestId": guid("options.requestId", options?.requestId),
    "MS-CorrelationId": guid("options.correlationId", options?.correlationId),
  };
}

/** A raw client result read with `parseAs: "text"`. */
export type TextResult = { data?: string; error?: unknown; response: Response };

/**
 * The data of a raw client result read with `parseAs: "text"`, or the {@link PartnerCenterError}
 * it stands for.
 *
 * @throws {PartnerCenterError} for an error status, or (category `ResponseParsing`) a 2xx body
 *   that is empty or not JSON
 */
export function readData<T>(result: TextResult, options: CallOptions | undefined): T {
  const { response } = result;
  options?.onResponse?.(readResponseInfo(response));
  if (!response.ok) throw PartnerCenterError.fromResponse(response, result.error);
  try {
    if (result.data) return JSON.parse(result.data) as T;
  } catch {
    // Reported below.
  }
  throw createPartnerCenterError(
    { ...readResponseInfo(response), category: "ResponseParsing", description: `the body is ${result.data ? "not JSON" : "empty"}` },
    { secrets: secretsOf(response) },
  );
}

/**
 * Sends one operation through the raw client (so through its middleware and policies) and
 * returns its data. Path parameters are checked by the client's middleware before sending.
 */
export async function callOperation<T>(
  client: PartnerCenterClient,
  method: "GET" | "PATCH",
  path: keyof paths,
  params: { path: Record<string, string>; query?: Record<string, string | undefined> },
  options: CallOptions | undefined,
  body?: object,
): Promise<T> {
  const send = client[method] as unknown as (path: string, init: object) => Promise<TextResult>;
  const init = { params: { ...params, header: callHeaders(options) }, body, signal: options?.signal, parseAs: "text" };
  return readData<T>(await send(path, init), options);
}
