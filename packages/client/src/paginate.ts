import type { Link, paths } from "@partnercenter/types";
import type { PartnerCenterClient } from "./client.js";
import { callHeaders, settle, type CallOptions } from "./operation-call.js";

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

/** The item type of a collection page, e.g. `Customer` for a `CustomerCollection`. */
export type ItemOfPage<Page> = Page extends { readonly items?: readonly (infer Item)[] } ? Item : never;

type Page = { items?: readonly unknown[]; links?: { next?: Link } };

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

/** The pages after `first`, following each page's `links.next` with the link's headers. */
async function* followNextLinks(client: PartnerCenterClient, first: Page, options: CallOptions | undefined): AsyncGenerator<Page> {
  // Next links are concrete URLs, not spec paths: the raw GET is untyped here on purpose.
  const get = client.GET as unknown as (path: string, init: object) => Promise<{ data?: Page; error?: unknown; response: Response }>;
  const correlation = callHeaders<Record<string, string>>({ correlationId: options?.correlationId });
  let page = first;
  for (let next = page.links?.next; next?.uri; next = page.links?.next) {
    const headers: Record<string, string> = { ...correlation };
    for (const { key, value } of next.headers ?? []) {
      if (key && value !== undefined && key.toLowerCase() !== "authorization") headers[key] = value;
    }
    const { baseUrl, path } = linkTarget(next.uri);
    page = settle(await get(path, { baseUrl, headers, signal: options?.signal }), options, true);
    yield page;
  }
}

/** The call options among an operation function's arguments: its last one, when it is given. */
function optionsAmong(operation: (...args: never[]) => unknown, args: unknown[]): CallOptions | undefined {
  // Operation functions take (client, ...path parameters, [body], options): `length` counts them all.
  return args.length === operation.length - 1 ? (args.at(-1) as CallOptions | undefined) : undefined;
}

/**
 * Walks a paged collection to its end, as an async iterator of items (or of pages with
 * `byPage()`). The first page is the call you describe; every next page follows the previous
 * page's `links.next`, whatever the operation's paging form (`seek`: `seekOperation=Next` with
 * the link's `MS-ContinuationToken` header; `offset`: the next `offset` in the link), sending the
 * link's `headers` (`Authorization` excepted) and the call's correlation ID and signal. Each page
 * is its own call: a new `MS-RequestId`, retried like any call. A link's `uri` is relative to the
 * API root, with or without `/v1`; an absolute link to another host is refused before anything
 * is sent, so the token never leaves the API host. A collection without `links.next` is one page.
 *
 * Two forms:
 * - `paginate(client, operation, ...args)`: any operation function that answers a collection,
 *   with its own arguments after it (path parameters, then options such as `query: { size }`);
 * - `paginate(client, path, { params, ...options })`: the raw GET of a collection path.
 *
 * @example
 * for await (const customer of paginate(partnerCenter, listCustomers, { query: { size: 100 } })) console.log(customer.id);
 * for await (const page of paginate(partnerCenter, listUsers, customerId).byPage()) console.log(page.items?.length);
 *
 * @throws {PartnerCenterError} when a page fails (after retries)
 * @throws {PartnerCenterArgumentError} for an argument the spec refuses, or (`url`) a link to another host
 * @see https://learn.microsoft.com/en-us/partner-center/developer/utility-resources (Link, ResourceLinks)
 */
export function paginate<Args extends unknown[], Result extends { readonly items?: readonly unknown[] }>(
  client: PartnerCenterClient,
  operation: (client: PartnerCenterClient, ...args: Args) => Promise<Result>,
  ...args: Args
): PartnerCenterPager<ItemOfPage<Result>, Result>;
export function paginate<P extends CollectionPath>(client: PartnerCenterClient, path: P, request: PageRequest<P>): PartnerCenterPager<ItemOf<P>, CollectionOf<P>>;
export function paginate(
  client: PartnerCenterClient,
  operation: string | ((client: PartnerCenterClient, ...args: never[]) => Promise<Page>),
  ...args: unknown[]
): PartnerCenterPager<unknown, unknown> {
  let first: () => Promise<Page>;
  let options: CallOptions | undefined;
  if (typeof operation === "function") {
    first = () => (operation as (client: PartnerCenterClient, ...args: unknown[]) => Promise<Page>)(client, ...args);
    options = optionsAmong(operation, args);
  } else {
    const { params, ...rest } = args[0] as { params: object } & CallOptions;
    options = rest;
    const get = client.GET as unknown as (path: string, init: object) => Promise<{ data?: Page; error?: unknown; response: Response }>;
    const header = callHeaders({ correlationId: rest.correlationId });
    first = async () => settle(await get(operation, { params: { ...params, header }, signal: rest.signal }), rest, true);
  }
  async function* byPage(): AsyncGenerator<Page> {
    const page = await first();
    yield page;
    yield* followNextLinks(client, page, options);
  }
  return {
    byPage,
    async *[Symbol.asyncIterator]() {
      for await (const page of byPage()) yield* page.items ?? [];
    },
  };
}
