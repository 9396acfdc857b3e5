/** `MS-ServerId` the mock reports; real values look like `030011719` or `0000005B`. */
export const MOCK_SERVER_ID = "0000004D";

/**
 * A correlation vector like the service's `MS-CV` (16 base64 characters, a dot and a counter,
 * e.g. `rjLONPum/Uq94UQA.0`).
 */
export function createCorrelationVector(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `${btoa(String.fromCharCode(...bytes))}.0`;
}

/**
 * The headers Partner Center puts on every answer: `MS-RequestId` and `MS-CorrelationId`
 * echoed from the request (generated when absent), `MS-CV`, `MS-ServerId`, `Date` and
 * `Content-Type: application/json; charset=utf-8`.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/headers
 */
export function partnerCenterResponseHeaders(request: Request, extra?: HeadersInit): Headers {
  const headers = new Headers(extra);
  headers.set("Content-Type", "application/json; charset=utf-8");
  headers.set("MS-RequestId", request.headers.get("MS-RequestId") ?? crypto.randomUUID());
  headers.set("MS-CorrelationId", request.headers.get("MS-CorrelationId") ?? crypto.randomUUID());
  headers.set("MS-CV", request.headers.get("MS-CV") ?? createCorrelationVector());
  headers.set("MS-ServerId", MOCK_SERVER_ID);
  headers.set("Date", new Date().toUTCString());
  return headers;
}
