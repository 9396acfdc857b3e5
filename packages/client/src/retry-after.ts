/**
 * Reads a `Retry-After` header value: delta-seconds (`57`, what Partner Center sends on 429) or
 * an HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`).
 *
 * @param value the header value, or `null` when the header is absent
 * @param nowMs the current time in ms since the epoch, for HTTP dates. Default `Date.now()`.
 * @returns the wait in ms (never negative), or `undefined` when absent or unreadable
 * @see https://learn.microsoft.com/en-us/partner-center/developer/api-throttling-guidance
 */
export function parseRetryAfterMs(value: string | null, nowMs = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
