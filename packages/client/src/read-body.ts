import { createPartnerCenterError } from "./errors.js";
import type { Policy } from "./pipeline.js";
import { secretsOf } from "./redaction.js";
import { readResponseInfo } from "./response-info.js";

// Statuses whose answers have no body by definition (`new Response` refuses one for them).
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * Reads each answer's body to its end inside the attempt, so a connection that drops in the
 * middle of the body (after the status line and headers) fails the attempt exactly like one
 * that drops before them: the retry policy sends it again, and the timeout policy above covers
 * the download. The answer handed up holds its body in memory (Partner Center answers are
 * small JSON documents), with the same status, status text, headers and `url`, and its
 * `Content-Length` set to what was read; a raw client call with `parseAs: "stream"` therefore
 * gets that in-memory body as its stream. Its `json()` throws a {@link PartnerCenterError} of
 * category `ResponseParsing` (the answer's status and IDs, the `SyntaxError` as `cause`) for a
 * body that is not JSON, instead of a bare `SyntaxError`; an empty body is openapi-fetch's "no
 * data", which the operation functions report when the spec declares a body.
 *
 * @throws {TypeError} "the body of the HTTP <status> answer broke off: <message>", with the
 *   platform's failure (undici's `terminated`, say) as `cause`
 * @throws the attempt signal's reason (the caller's abort, or the timeout) when it aborts the download
 */
export function createReadBodyPolicy(): Policy {
  return async (request, context, next) => {
    const response = await next(request, context);
    if (response.body === null || NULL_BODY_STATUSES.has(response.status)) return response;
    let body: ArrayBuffer;
    try {
      body = await response.arrayBuffer();
    } catch (error) {
      if (context.signal.aborted) throw context.signal.reason;
      throw new TypeError(`the body of the HTTP ${response.status} answer broke off: ${(error as Error | undefined)?.message}`, { cause: error });
    }
    const headers = new Headers(response.headers);
    // openapi-fetch then calls json() instead of parsing text itself, and reads "0" as no data.
    headers.set("Content-Length", String(body.byteLength));
    headers.delete("Transfer-Encoding");
    const read = new Response(body, { status: response.status, statusText: response.statusText, headers });
    // A new Response has an empty `url`; raw client callers may read it.
    Object.defineProperty(read, "url", { value: response.url });
    read.json = async () => {
      const text = new TextDecoder().decode(body);
      try {
        return JSON.parse(text) as unknown;
      } catch (cause) {
        throw createPartnerCenterError({ ...readResponseInfo(read), category: "ResponseParsing", description: "the body is not JSON" }, { cause, secrets: secretsOf(read) });
      }
    };
    return read;
  };
}
