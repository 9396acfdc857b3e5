import { http, type HttpHandler } from "msw";
import { fromFetchRequest, toFetchResponse } from "../pipeline/exchange.js";
import type { Pipeline } from "../pipeline/pipeline.js";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * One msw handler that passes every request under `baseUrl` to the mock's pipeline, which finds
 * the operation by a lookup in a route tree built from the spec (so the cost of a request does
 * not grow with the number of operations). A path the spec does not have is passed on to the
 * next handler (or to msw's `onUnhandledRequest`). The handler matches with a regular
 * expression: msw's path patterns decode the URL and would throw on a malformed
 * percent-escape, which the pipeline answers with a 400 instead.
 *
 * @param baseUrl `"*"` for any origin, or an origin (and path prefix) such as `https://api.partnercenter.microsoft.com`
 */
export function createMswHandlers(baseUrl: string, pipeline: Pipeline): HttpHandler[] {
  const pattern = baseUrl === "*" ? /^[a-z][a-z0-9+.-]*:\/\/[^/]+\// : new RegExp(`^${escapeRegExp(baseUrl)}/`);
  const pathPrefix = baseUrl === "*" ? "" : new URL(baseUrl).pathname.replace(/\/+$/, "");
  return [
    http.all(pattern, async ({ request }) => {
      const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.text();
      const answer = await pipeline(fromFetchRequest(request, body, pathPrefix));
      return answer ? toFetchResponse(answer) : undefined;
    }),
  ];
}
