// RFC 9110 §5.6.7: an HTTP-date is an IMF-fixdate or one of two obsolete forms that recipients
// must still accept. Names are case-sensitive; every number has a fixed number of digits.
const TIME = "(?<time>\\d\\d:\\d\\d:\\d\\d)";
const MONTH = "(?<month>[A-Z][a-z]{2})";
const HTTP_DATES = [
  `^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?<day>\\d\\d) ${MONTH} (?<year>\\d{4}) ${TIME} GMT$`, // Sun, 06 Nov 1994 08:49:37 GMT
  `^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?<day>\\d\\d)-${MONTH}-(?<year>\\d\\d) ${TIME} GMT$`, // Sunday, 06-Nov-94 08:49:37 GMT
  `^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${MONTH} (?<day>\\d\\d| \\d) ${TIME} (?<year>\\d{4})$`, // Sun Nov  6 08:49:37 1994
].map((form) => new RegExp(form));
// A capital and two small letters found here start at a multiple of 3: the month's index times 3.
const MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

// Past this, a delta is as good as forever (RFC 9111 §1.2.2 caps delta-seconds the same way).
const MAX_DELTA_SECONDS = 2 ** 31;

/**
 * Reads an HTTP-date (RFC 9110 §5.6.7) by its grammar, not by `Date.parse` (which takes `"1.5"`,
 * `"-1"` or `"0"` for dates in 2000–2001, and an asctime date as local time).
 *
 * @param nowMs the current time in ms since the epoch, to place a two-digit year
 * @returns ms since the epoch, or `undefined` when `text` is not an HTTP-date or names no real
 *   day or time (`31 Feb`, `25:00:00`)
 */
export function parseHttpDateMs(text: string, nowMs = Date.now()): number | undefined {
  const fields = HTTP_DATES.map((form) => form.exec(text)?.groups).find(Boolean);
  if (!fields) return undefined;
  const month = MONTHS.indexOf(fields.month!) / 3;
  const day = Number(fields.day);
  let year = Number(fields.year);
  if (fields.year!.length === 2) {
    // A two-digit year more than 50 years ahead is the most recent past year ending so (RFC 9110).
    const currentYear = new Date(nowMs).getUTCFullYear();
    year += currentYear - (currentYear % 100);
    if (year > currentYear + 50) year -= 100;
  }
  const [hour, minute, second] = fields.time!.split(":").map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month, day); // unlike Date.UTC, keeps years 0 to 99 as they are
  // 31 Feb or 29 Feb 2026 rolled over into March: no such day. A second of 60 is a leap second.
  if (month < 0 || date.getUTCMonth() !== month || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 60) return undefined;
  return date.setUTCHours(hour, minute, second);
}

/**
 * Reads a `Retry-After` header value (RFC 9110 §10.2.3): delta-seconds (`57`, what Partner
 * Center sends on 429; `0` is a valid wait of no time) or an HTTP-date
 * (`Wed, 21 Oct 2026 07:28:00 GMT`, or the two obsolete forms). Anything else (`1.5`, `-1`,
 * `1,2`, `abc`, an empty value) is unreadable, and the caller uses its own back-off.
 *
 * @param value the header value, or `null` when the header is absent
 * @param nowMs the current time in ms since the epoch, for HTTP dates. Default `Date.now()`.
 * @returns the wait in ms (never negative; delta-seconds capped at 2^31 s), or `undefined` when
 *   absent or unreadable
 * @see https://learn.microsoft.com/en-us/partner-center/developer/api-throttling-guidance
 * @see https://www.rfc-editor.org/rfc/rfc9110#field.retry-after
 */
export function parseRetryAfterMs(value: string | null, nowMs = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text), MAX_DELTA_SECONDS) * 1000;
  const date = parseHttpDateMs(text, nowMs);
  return date === undefined ? undefined : Math.max(0, date - nowMs);
}
