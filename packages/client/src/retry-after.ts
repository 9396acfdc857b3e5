// RFC 9110 §5.6.7: an HTTP-date is an IMF-fixdate or one of two obsolete forms that recipients
// must still accept. Names are case-sensitive; every number has a fixed number of digits.
const DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
const LONG_DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH = `(${MONTHS.join("|")})`;
const TIME = "(\\d{2}):(\\d{2}):(\\d{2})";
/** `Sun, 06 Nov 1994 08:49:37 GMT` */
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`);
/** `Sunday, 06-Nov-94 08:49:37 GMT` */
const RFC850_DATE = new RegExp(`^${LONG_DAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`);
/** `Sun Nov  6 08:49:37 1994` */
const ASCTIME_DATE = new RegExp(`^${DAY} ${MONTH} (\\d{2}| \\d) ${TIME} (\\d{4})$`);

// Past this, a delta is as good as forever (RFC 9111 §1.2.2 caps delta-seconds the same way).
const MAX_DELTA_SECONDS = 2 ** 31;

/**
 * Reads an HTTP-date (RFC 9110 §5.6.7) by its grammar, not by `Date.parse` (which takes `"1.5"`,
 * `"-1"` or `"0"` for dates in 2000–2001).
 *
 * @returns ms since the epoch, or `undefined` when `text` is not an HTTP-date or names no real
 *   day or time (`31 Feb`, `25:00:00`)
 */
export function parseHttpDateMs(text: string, nowMs = Date.now()): number | undefined {
  let fields: [day: string, month: string, year: number, hour: string, minute: string, second: string];
  let match: RegExpExecArray | null;
  if ((match = IMF_FIXDATE.exec(text))) {
    const [, day, month, year, hour, minute, second] = match;
    fields = [day!, month!, Number(year), hour!, minute!, second!];
  } else if ((match = RFC850_DATE.exec(text))) {
    const [, day, month, twoDigitYear, hour, minute, second] = match;
    // A two-digit year more than 50 years ahead is the most recent past year ending so (RFC 9110).
    const currentYear = new Date(nowMs).getUTCFullYear();
    let year = Math.floor(currentYear / 100) * 100 + Number(twoDigitYear);
    if (year > currentYear + 50) year -= 100;
    fields = [day!, month!, year, hour!, minute!, second!];
  } else if ((match = ASCTIME_DATE.exec(text))) {
    const [, month, day, hour, minute, second, year] = match;
    fields = [day!, month!, Number(year), hour!, minute!, second!];
  } else {
    return undefined;
  }
  const [day, month, year] = fields;
  const [hour, minute, second] = fields.slice(3).map(Number) as [number, number, number];
  const monthIndex = MONTHS.indexOf(month);
  const dayOfMonth = Number(day);
  // 31 Feb, 29 Feb 2026 or 25:00 name no time (Date.UTC would roll them over); second 60 is a leap second.
  const lastDay = monthIndex === 1 && !isLeapYear(year) ? 28 : DAYS_IN_MONTH[monthIndex]!;
  if (dayOfMonth < 1 || dayOfMonth > lastDay || hour > 23 || minute > 59 || second > 60) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, dayOfMonth); // unlike Date.UTC, keeps years 0 to 99 as they are
  date.setUTCHours(hour, minute, second);
  return date.getTime();
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
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
