import type { Policy } from "./pipeline.js";
import { redact, secretsOf } from "./redaction.js";

/** One attempt of a call, as the logger receives it. Nothing in it can hold the token. */
export interface PartnerCenterLogEntry {
  /** HTTP method, e.g. `GET`. */
  method: string;
  /** URL path, without the query string, e.g. `/v1/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10`. */
  path: string;
  /** Answer status; `undefined` when the attempt got no whole answer (see `error`). */
  status: number | undefined;
  /**
   * Name of the failure when there was no whole answer, e.g. `TimeoutError`, `TypeError` (a
   * network failure, or a body that broke off after the headers), `AbortError`.
   */
  error: string | undefined;
  /** Attempt number of the call, from 1. */
  attempt: number;
  /** Time from sending to the end of the answer's body (or the failure), in ms. */
  durationMs: number;
  /** `MS-RequestId` sent, the same on every attempt of a call. */
  requestId: string | undefined;
  /** Request headers: values of {@link LOGGED_HEADERS} as sent, any other header as `REDACTED`. */
  requestHeaders: Record<string, string>;
  /** Answer headers, redacted the same way. */
  responseHeaders: Record<string, string>;
}

/**
 * Receives one line per attempt, e.g. `GET /v1/customers/4d2d… 503 attempt=1 durationMs=12
 * requestId=7c0f…`, then the redacted request and answer headers; `entry` holds the same
 * fields. A logger that throws does not fail the call.
 */
export type PartnerCenterLogger = (line: string, entry: PartnerCenterLogEntry) => void;

/** Header names whose values are logged (case-insensitive). Every other value, `Authorization` first, is `REDACTED`. */
export const LOGGED_HEADERS: ReadonlySet<string> = new Set(
  [
    "accept",
    "content-length",
    "content-type",
    "date",
    "ms-correlationid",
    "ms-cv",
    "ms-partnercenter-application",
    "ms-requestid",
    "ms-serverid",
    "retry-after",
    "x-locale",
  ],
);

function redactHeaders(headers: Headers | undefined, secrets: readonly string[]): Record<string, string> {
  const shown: Record<string, string> = {};
  headers?.forEach((value, name) => {
    // An allow-listed value is still cleared of the token, should a server echo it there.
    shown[name] = LOGGED_HEADERS.has(name) ? redact(value, secrets) : "REDACTED";
  });
  return shown;
}

/**
 * Calls `logger` once per attempt with a redacted line: method, path (never the query string),
 * status or failure, attempt, duration in ms, request ID, then allow-listed headers. The token
 * sent never shows: `Authorization` is not allow-listed, and the path and allow-listed values
 * are cleared of it (by value) and of anything shaped like a bearer token or a JWT.
 */
export function createLoggingPolicy(logger: PartnerCenterLogger): Policy {
  return async (request, context, next) => {
    const started = Date.now();
    let response: Response | undefined;
    let failure: unknown;
    try {
      response = await next(request, context);
      return response;
    } catch (error) {
      failure = error;
      throw error;
    } finally {
      const secrets = secretsOf(request);
      const entry: PartnerCenterLogEntry = {
        method: request.method,
        path: redact(new URL(request.url).pathname, secrets),
        status: response?.status,
        error: response ? undefined : failure instanceof Error ? failure.name : typeof failure,
        attempt: context.attempt,
        durationMs: Date.now() - started,
        requestId: request.headers.get("MS-RequestId") ?? undefined,
        requestHeaders: redactHeaders(request.headers, secrets),
        responseHeaders: redactHeaders(response?.headers, secrets),
      };
      const line =
        `${entry.method} ${entry.path} ${entry.status ?? entry.error} attempt=${entry.attempt} ` +
        `durationMs=${entry.durationMs} requestId=${entry.requestId} ` +
        `request=${JSON.stringify(entry.requestHeaders)} response=${JSON.stringify(entry.responseHeaders)}`;
      try {
        logger(line, entry);
      } catch {
        // Logging must never change the outcome of a call.
      }
    }
  };
}
