// Retry-After (RFC 9110 §10.2.3): delta-seconds or an HTTP-date, read by their grammar; anything
// else is ignored and the client's own back-off applies.
import { describe, expect, it, vi } from "vitest";
import { customerExample, MOCK_CUSTOMER_ID } from "@partnercenter/mocks";
import { PartnerCenterError } from "../src/index.js";
import { parseRetryAfterMs } from "../src/retry-after.js";
import { answerJson, useLoopbackClient } from "./loopback.js";

const serve = useLoopbackClient();
const customerPath = { params: { path: { customer_id: MOCK_CUSTOMER_ID } } };

const NOW = Date.UTC(2026, 0, 1, 0, 0, 0); // Thu, 01 Jan 2026 00:00:00 GMT

describe("parseRetryAfterMs", () => {
  it.each([
    ["0", 0],
    ["1", 1000],
    ["57", 57_000],
    [" 120 ", 120_000],
    ["007", 7000],
    ["99999999999999999999999", 2 ** 31 * 1000],
  ])("reads delta-seconds %j as %i ms", (value, ms) => {
    expect(parseRetryAfterMs(value, NOW)).toBe(ms);
  });

  it.each([
    ["Thu, 01 Jan 2026 00:00:05 GMT", 5000], // IMF-fixdate
    ["Thursday, 01-Jan-26 00:00:05 GMT", 5000], // RFC 850, obsolete
    ["Thu Jan  1 00:00:05 2026", 5000], // asctime, obsolete
    ["Sat, 28 Feb 2026 23:59:59 GMT", Date.UTC(2026, 1, 28, 23, 59, 59) - NOW],
    ["Tue, 29 Feb 2028 00:00:00 GMT", Date.UTC(2028, 1, 29) - NOW],
    ["Wed, 31 Dec 2025 23:59:00 GMT", 0], // in the past: no wait
    ["Wed, 31 Dec 2025 23:59:60 GMT", 0], // a leap second
    ["Sunday, 06-Nov-94 08:49:37 GMT", 0], // 1994, not 2094: more than 50 years ahead
  ])("reads the HTTP-date %j as %i ms from now", (value, ms) => {
    expect(parseRetryAfterMs(value, NOW)).toBe(ms);
  });

  it.each([
    "1.5", // V8's Date.parse: 2001-01-05
    "-1", // V8's Date.parse: 2000-12-31
    "+1",
    "1,2",
    "1e3",
    "0x10",
    "abc",
    "",
    " ",
    "2026-01-01T00:00:05Z", // ISO 8601 is not an HTTP-date
    "Thu, 1 Jan 2026 00:00:05 GMT", // one-digit day
    "Thu, 01 Jan 2026 00:00:05 UTC",
    "Thu, 01 Jan 2026 00:00:05 +0000",
    "thu, 01 jan 2026 00:00:05 GMT", // names are case-sensitive
    "Thu, 01 Jan 2026 00:00:05",
    "01 Jan 2026 00:00:05 GMT",
    "Thu, 31 Feb 2026 00:00:05 GMT",
    "Thu, 00 Jan 2026 00:00:05 GMT",
    "Thu, 01 Jaa 2026 00:00:05 GMT",
    "Thu, 01-Jan-26 00:00:05 GMT", // RFC 850 takes the long day name
    "Thursday, 01 Jan 2026 00:00:05 GMT",
    "Thu Jan 01 00:00:05 2026 GMT",
    "Sun, 29 Feb 2026 00:00:00 GMT", // 2026 is no leap year
    "Thu, 01 Jan 2026 24:00:00 GMT",
    "Thu, 01 Jan 2026 00:60:00 GMT",
    "Thu, 01 Jan 2026 00:00:61 GMT",
  ])("ignores %j", (value) => {
    expect(parseRetryAfterMs(value, NOW)).toBeUndefined();
  });

  it("reads an absent header as no wait given", () => {
    expect(parseRetryAfterMs(null, NOW)).toBeUndefined();
  });
});

describe("PartnerCenterError.retryAfterSeconds", () => {
  const answer = (retryAfter: string) => new Response(null, { status: 429, headers: { "Retry-After": retryAfter } });

  it.each([
    ["57", 57],
    ["0", 0],
    ["1.5", undefined],
    ["-1", undefined],
    ["abc", undefined],
  ])("follows the same parser: %j gives %s", (retryAfter, seconds) => {
    expect(PartnerCenterError.fromResponse(answer(retryAfter), undefined).retryAfterSeconds).toBe(seconds);
  });

  it("rounds an HTTP-date up to whole seconds", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(NOW - 1500);
    expect(PartnerCenterError.fromResponse(answer("Thu, 01 Jan 2026 00:00:00 GMT"), undefined).retryAfterSeconds).toBe(2);
  });
});

describe("a malformed Retry-After", () => {
  it("1.5 is ignored: the back-off is waited, not 0 s", async () => {
    // Only the client's timers are faked; the sockets run for real.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    vi.spyOn(Math, "random").mockReturnValue(0.5); // back-off exactly 500 ms
    const attempts: number[] = [];
    let answered: () => void = () => undefined;
    const throttled = new Promise<void>((resolve) => (answered = resolve));
    const { client, received } = await serve(
      (_, response, index) => {
        if (index === 0) answerJson(response, 429, { statusCode: 429, message: "Slow down" }, { "Retry-After": "1.5" });
        else answerJson(response, 200, customerExample);
      },
      {
        retry: { initialDelayMs: 500 },
        fetch: (request, init) => {
          attempts.push(Date.now());
          return globalThis.fetch(request, init);
        },
        logger: (_, entry) => {
          if (entry.status === 429) answered();
        },
      },
    );
    const started = Date.now();
    const call = client.GET("/v1/customers/{customer_id}", customerPath);
    await throttled;
    await vi.advanceTimersByTimeAsync(499);
    expect(attempts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempts.map((time) => time - started)).toEqual([0, 500]);
    expect((await call).data).toEqual(customerExample);
    expect(received).toHaveLength(2);
  });
});

