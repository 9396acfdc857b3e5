import type { Link, paths } from "@partnercenter/types";
import { callHeaders, readData, type CallOptions, type TextResult } from "./call.js";
import type { PartnerCenterClient } from "./client.js";

type JsonOf<P extends keyof paths> = paths[P] extends { get: { responses: { 200: { content: { "application/json": infer C } } } } }
  ? C
  : never;

/** Paths whose GET answers a `ResourceCollection` (an object with `items`). */
export type CollectionPath = { [P in keyof paths]: JsonOf<P> extends { items?: readonly unknown[] } ? P : never }[keyof paths];

/** The collection page a {@link CollectionPath} answers, e.g. `ManagedServiceCollection`. */
export type CollectionOf<P extends CollectionPath> = JsonOf<P>;

/** The item type of a {@link CollectionPath}'s pages, e.g. `ManagedService`. */
export type ItemOf<P extends CollectionPath> = JsonOf<P> extends { items?: readonly (infer Item)[] } ? Item : never;

/** `params` (path and query) of the first page, and per-call options applied to every page. */
export type PageRequest<P extends CollectionPath> = Omit<CallOptions, "requestId"> & {
  params: paths[P] extends { get: { parameters: infer Params } } ? Omit<Params, "header" | "cookie"> : never;
};

/** Iterates a collection's items; `byPage()` iterates its pages instead. */
export interface PartnerCenterPager<Item, Page> extends AsyncIterable<Item> {
  /** The pages as the service sent them (`items`, `totalCount` of the page, `links`, `attributes`). */
  byPage(): AsyncIterableIterator<Page>;
}

/** Where a `links.next` leads: a path under the client's base URL, or an absolute URL. */
function linkTarget(uri: string): { baseUrl?: string; path: string } {
  if (/^[a-z][a-z\d+.-]*:/i.test(uri)) {
    // The auth policy refuses it unless it is under the client's base URL.
    const url = new URL(uri);
    return { baseUrl: url.origin, path: `${url.pathname}${url.search}` };
  }
  const path = uri.startsWith("/") ? uri : `/${uri}`;
  return { path: /^\/v1(?=[/?#]|$)/i.test(path) ? path : `/v1${path}` };
}

/**
 * Follows a collection's `links.next` from page to page, as an async iterator of items (or of
 * pages with `byPage()`). Each page is its own call (a new `MS-RequestId`, retried like any
 * call). A link's `uri` is relative to the API root, with or without `/v1` (added when missing);
 * the link's `headers` (such as `MS-ContinuationToken` for seek-based paging) are sent with it,
 * `Authorization` excepted. An absolute link to another host is refused before anything is
 * sent, so the token never leaves the API host.
 *
 * @example
 * for await (const service of paginate(partnerCenter, "/v1/customers/{customer_id}/managedservices", {
 *   params: { path: { customer_id: customerId } },
 * })) console.log(service.name);
 *
 * @throws {PartnerCenterError} when a page fails (after retries)
 * @throws {PartnerCenterArgumentError} for a bad path parameter, or (`url`) a link to another host
 * @see https://learn.microsoft.com/en-us/partner-center/developer/utility-resources (Link, ResourceLinks)
 */
export function paginate<P extends CollectionPath>(
  client: PartnerCenterClient,
  path: P,
  request: PageRequest<P>,
): PartnerCenterPager<ItemOf<P>, CollectionOf<P>> {
  type Page = { items?: readonly ItemOf<P>[]; links?: { next?: Link } };
  const get = client.GET as unknown as (path: string, init: object) => Promise<TextResult>;
  const { params, ...options } = request;
  async function* byPage(): AsyncGenerator<CollectionOf<P>> {
    const header = callHeaders({ correlationId: options.correlationId });
    const init = { signal: options.signal, parseAs: "text" };
    let page = readData<Page>(await get(path, { params: { ...params, header }, ...init }), options);
    yield page as CollectionOf<P>;
    for (let next = page.links?.next; next?.uri; next = page.links?.next) {
      const headers = { ...header };
      for (const { key, value } of next.headers ?? []) {
        if (key && value !== undefined && key.toLowerCase() !== "authorization") headers[key] = value;
      }
      const { baseUrl, path: nextPath } = linkTarget(next.uri);
      page = readData<Page>(await get(nextPath, { baseUrl, headers, ...init }), options);
      yield page as CollectionOf<P>;
    }
  }
  return {
    byPage,
    async *[Symbol.asyncIterator]() {
      for await (const page of byPage()) yield* (page as Page).items ?? [];
    },
  };
}
