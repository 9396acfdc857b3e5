import type { Policy } from "./pipeline.js";

/**
 * Gives each attempt `timeoutMs` ms to get the whole answer: status line, headers and body (the
 * read-body policy below this one reads the body to its end inside the attempt). Past that the
 * attempt is aborted with a `TimeoutError` `DOMException`, which the retry policy treats as a
 * network failure (the same `MS-RequestId` is sent again, as the headers page asks after a
 * timeout). The caller's `AbortSignal` aborts the attempt too. The official .NET SDK waits 3 minutes.
 *
 * @param timeoutMs the time one attempt may take, in ms
 * @see https://learn.microsoft.com/en-us/partner-center/developer/headers
 */
export function createTimeoutPolicy(timeoutMs: number): Policy {
  return async (request, { attempt, signal }, next) => {
    if (signal.aborted) throw signal.reason;
    const controller = new AbortController();
    // Listens on the per-call request's own signal, so nothing piles up on a long-lived caller signal.
    signal.addEventListener("abort", () => controller.abort(signal.reason), { once: true });
    const timer = setTimeout(
      () => controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, "TimeoutError")),
      timeoutMs,
    );
    try {
      return await next(request, { attempt, signal: controller.signal });
    } finally {
      clearTimeout(timer);
    }
  };
}
