import type { Middleware } from "openapi-fetch";
import { PartnerCenterError } from "./errors.js";
import { readResponseInfo } from "./response-info.js";

/**
 * openapi-fetch middleware that makes a success answer whose body is not JSON a
 * {@link PartnerCenterError} of category `ResponseParsing`, with the answer's status and IDs and
 * the `SyntaxError` as `cause`, instead of a bare `SyntaxError`. For a call that reads JSON
 * (openapi-fetch's default `parseAs`), it hands openapi-fetch a copy of the answer with its
 * `Content-Length` set and a `json()` that reports what is wrong; an empty body stays "no data",
 * which the operation functions report when the spec declares a body.
 */
export function createResponseParsingMiddleware(): Middleware {
  return {
    async onResponse({ response, options }) {
      if (options.parseAs !== "json" || !response.ok || response.status === 204 || response.body === null) return undefined;
      const text = await response.text();
      const headers = new Headers(response.headers);
      headers.set("Content-Length", String(new TextEncoder().encode(text).byteLength));
      headers.delete("Transfer-Encoding");
      const checked = new Response(text, { status: response.status, statusText: response.statusText, headers });
      checked.json = async () => {
        try {
          return JSON.parse(text) as unknown;
        } catch (cause) {
          throw new PartnerCenterError({ ...readResponseInfo(checked), category: "ResponseParsing", description: "the body is not JSON" }, { cause });
        }
      };
      return checked;
    },
  };
}
