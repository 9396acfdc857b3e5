import { createPartnerCenterError, type PartnerCenterError } from "./errors.js";
import type { Policy } from "./pipeline.js";
import { cloneWithSecrets, secretsOf } from "./redaction.js";
import { parseRetryAfterMs } from "./retry-after.js";

/**
 * When and how long the client waits before sending a call again. The official .NET SDK makes
 * 3 retries 0.5 s, 1.5 s and 3.5 s apart, reusing the call's `MS-RequestId`; the throttling
 * guidance asks to wait `Retry-After` seconds after a 429, then back off exponentially if the
 * retry is throttled again. This policy does both.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/api-throttling-guidance
 * @see https://learn.microsoft.com/en-us/partner-center/developer/headers (MS-RequestId)
 * @see https://github.com/microsoft/partner-center-sdk-for-dotNET (the SDK's retry policy)
 */
export interface RetryOptions {
  /** Retries after the first attempt (so `maxRetries + 1` attempts at most; a fraction rounds down). Default `3`; `0` turns retries off. */
  maxRetries?: number;
  /**
   * Back-off unit in ms: the n-th retry waits `initialDelayMs * (2^n - 1)` (0.5 s, 1.5 s, 3.5 s
   * by default, as the SDK), times a random factor from 0.8 to 1.2. Default `500`.
   */
  initialDelayMs?: number;
  /** Upper bound of a back-off wait, in ms. Default `30_000`. */
  maxDelayMs?: number;
  /**
   * Longest `Retry-After` the client waits out, in ms. A longer one ends the call with the 429
   * (or 503) as it is, its `retryAfterSeconds` telling the caller when to come back. Default `60_000`.
   */
  maxRetryAfterMs?: number;
}

/** The defaults of {@link RetryOptions}. */
export const DEFAULT_RETRY_OPTIONS: Readonly<Required<RetryOptions>> = Object.freeze({
  maxRetries: 3,
  initialDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
});

/** The statuses worth sending again: 408, 429, 500, 502, 503 and 504. Never 400, 401, 403, 404, 409, 412, 417. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Sends the request again after a retryable status or a failure without a whole answer (network
 * error, a body that breaks off after the headers, attempt timeout). Every attempt carries the
 * same `MS-RequestId` and an intact body:
 * each attempt sends a clone, the original is never sent. A POST or PATCH is retried only
 * because it carries that `MS-RequestId`, the service's idempotency key; without one it is
 * sent once. The caller's `AbortSignal` ends a wait at once.
 *
 * @returns the first non-retryable answer, or the last answer when retries are exhausted
 * @throws the signal's reason when the caller aborts
 * @throws {PartnerCenterError} (status `0`, category `RequestTimeout` or `NotSpecified`, the last
 *   failure as `cause`) when no attempt got a whole answer; status `0` even when the last
 *   attempt's status line arrived before its body broke off (the `cause` names that status)
 */
export function createRetryPolicy(options: Required<RetryOptions>): Policy {
  const { maxRetries, initialDelayMs, maxDelayMs, maxRetryAfterMs } = options;
  return async (request, { signal }, next) => {
    const retries = request.headers.has("MS-RequestId") || /^(GET|HEAD|OPTIONS|PUT|DELETE)$/.test(request.method) ? maxRetries : 0;
    for (let attempt = 1; ; attempt++) {
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await next(request.body ? cloneWithSecrets(request) : request, { attempt, signal });
        if (!RETRYABLE_STATUSES.has(response.status)) return response;
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        failure = error;
      }
      let delayMs = Math.min(maxDelayMs, initialDelayMs * (2 ** attempt - 1) * (0.8 + 0.4 * Math.random()));
      const retryAfterMs = parseRetryAfterMs(response?.headers.get("Retry-After") ?? null);
      if (retryAfterMs !== undefined) delayMs = attempt === 1 ? retryAfterMs : Math.max(retryAfterMs, delayMs);
      if (attempt > retries || (retryAfterMs ?? 0) > maxRetryAfterMs) {
        if (response) return response;
        throw noAnswer(request, attempt, failure);
      }
      // Not awaited: a cancelled branch of a tee (as msw and caches make) settles only with its twin.
      response?.body?.cancel().catch(() => undefined);
      await wait(delayMs, signal);
    }
  };
}

function noAnswer(request: Request, attempts: number, failure: unknown): PartnerCenterError {
  const name = (failure as Error | undefined)?.name;
  return createPartnerCenterError(
    {
      status: 0,
      category: name === "TimeoutError" ? "RequestTimeout" : "NotSpecified",
      description: `no answer after ${attempts} attempt${attempts > 1 ? "s" : ""} (${name}: ${(failure as Error | undefined)?.message})`,
      requestId: request.headers.get("MS-RequestId") ?? undefined,
      correlationId: request.headers.get("MS-CorrelationId") ?? undefined,
    },
    { cause: failure, secrets: secretsOf(request) },
  );
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
