import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import type { Link, ManagedService } from "@partnercenter/types";
import { MOCK_CUSTOMER_ID, partnerCenterErrorResponse } from "@partnercenter/mocks";
import { createPartnerCenterClient, paginate, PartnerCenterArgumentError, PartnerCenterError } from "../src/index.js";
import { API, recordRequests, useMockApi } from "./support.js";

const server = useMockApi();
const servicesUrl = `${API}/v1/customers/:id/managedservices`;
const path = "/v1/customers/{customer_id}/managedservices" as const;
const params = { path: { customer_id: MOCK_CUSTOMER_ID } };
const service = (id: string): ManagedService => ({ id, name: id, groupName: "Office" });

/**
 * A seek-paged collection of `pages`: each page's `links.next` is `nextLink(page)` and carries
 * an `MS-ContinuationToken` the next request must send back.
 */
function pagedServices(pages: string[][], nextLink: (page: number) => Link) {
  return http.get(servicesUrl, ({ request }) => {
    const token = request.headers.get("MS-ContinuationToken");
    const page = token === null ? 0 : Number(token.replace("ct-", ""));
    if (token !== null && new URL(request.url).searchParams.get("seekOperation") !== "Next") {
      return partnerCenterErrorResponse(request, 400, { code: 800002, description: "seekOperation missing" });
    }
    const items = (pages[page] ?? []).map(service);
    const links = page + 1 < pages.length ? { next: nextLink(page + 1) } : {};
    return HttpResponse.json({ totalCount: items.length, items, links, attributes: { objectType: "Collection" } });
  });
}

const relativeLink = (withV1: boolean) => (page: number): Link => ({
  uri: `${withV1 ? "/v1" : ""}/customers/${MOCK_CUSTOMER_ID}/managedservices?size=2&seekOperation=Next`,
  method: "GET",
  headers: [{ key: "MS-ContinuationToken", value: `ct-${page}` }],
});

describe("paginate", () => {
  it("follows links.next (with or without /v1), replaying MS-ContinuationToken, as items and as pages", async () => {
    server.use(pagedServices([["A", "B"], ["C", "D"], ["E"]], (page) => relativeLink(page === 2)(page)));
    const seen = recordRequests(server);
    const client = createPartnerCenterClient({ accessToken: "t" });
    const ids: (string | undefined)[] = [];
    for await (const item of paginate(client, path, { params })) ids.push(item.id);
    expect(ids).toEqual(["A", "B", "C", "D", "E"]);
    expect(seen.map((request) => new URL(request.url).pathname + new URL(request.url).search)).toEqual([
      `/v1/customers/${MOCK_CUSTOMER_ID}/managedservices`,
      `/v1/customers/${MOCK_CUSTOMER_ID}/managedservices?size=2&seekOperation=Next`,
      `/v1/customers/${MOCK_CUSTOMER_ID}/managedservices?size=2&seekOperation=Next`,
    ]);
    expect(seen.map((request) => request.headers.get("MS-ContinuationToken"))).toEqual([null, "ct-1", "ct-2"]);
    expect(new Set(seen.map((request) => request.headers.get("MS-RequestId"))).size).toBe(3);

    const pages = [];
    for await (const page of paginate(client, path, { params }).byPage()) pages.push(page);
    expect(pages.map((page) => page.totalCount)).toEqual([2, 2, 1]);
    expect(pages[0]?.links?.next?.uri).toContain("seekOperation=Next");
  });

  it("sends the call's correlation ID on every page, and never a link's Authorization header", async () => {
    server.use(
      pagedServices([["A"], ["B"]], (page) => ({
        uri: `/customers/${MOCK_CUSTOMER_ID}/managedservices?seekOperation=Next`,
        headers: [
          { key: "MS-ContinuationToken", value: `ct-${page}` },
          { key: "Authorization", value: "Bearer someone-else" },
        ],
      })),
    );
    const seen = recordRequests(server);
    const correlationId = "03d6064a-f048-4aee-8892-ed46dc5c8bee";
    const client = createPartnerCenterClient({ accessToken: "mine" });
    const items = [];
    for await (const item of paginate(client, path, { params, correlationId })) items.push(item);
    expect(items).toHaveLength(2);
    expect(seen.map((request) => request.headers.get("Authorization"))).toEqual(["Bearer mine", "Bearer mine"]);
    expect(seen.map((request) => request.headers.get("MS-CorrelationId"))).toEqual([correlationId, correlationId]);
  });

  it("follows an absolute link under the API root", async () => {
    server.use(pagedServices([["A"], ["B"]], (page) => ({ uri: `${API}/v1/customers/${MOCK_CUSTOMER_ID}/managedservices?seekOperation=Next`, headers: [{ key: "MS-ContinuationToken", value: `ct-${page}` }] })));
    const client = createPartnerCenterClient({ accessToken: "t" });
    const ids = [];
    for await (const item of paginate(client, path, { params })) ids.push(item.id);
    expect(ids).toEqual(["A", "B"]);
  });

  it("refuses an absolute link to another host before sending it the token", async () => {
    server.use(
      pagedServices([["A"], ["B"]], () => ({ uri: "https://evil.example/v1/steal", headers: [] })),
      http.all("https://evil.example/*", () => HttpResponse.json({ items: [] })),
    );
    const seen = recordRequests(server);
    const client = createPartnerCenterClient({ accessToken: "t" });
    const ids: (string | undefined)[] = [];
    const error = await (async () => {
      for await (const item of paginate(client, path, { params })) ids.push(item.id);
    })().catch((thrown: unknown) => thrown);
    expect(ids).toEqual(["A"]);
    expect(error).toBeInstanceOf(PartnerCenterArgumentError);
    expect(seen.map((request) => new URL(request.url).host)).toEqual(["api.partnercenter.microsoft.com"]);
  });

  it("retries a failed page like any call, and throws PartnerCenterError when a page fails for good", async () => {
    let calls = 0;
    // The fault handler goes first: msw asks handlers in order, and `undefined` passes on.
    server.use(
      http.get(servicesUrl, ({ request }) => {
        calls += 1;
        if (request.headers.get("MS-ContinuationToken") === "ct-1" && calls === 2) {
          return partnerCenterErrorResponse(request, 503, { code: 1, description: "Busy" });
        }
        if (request.headers.get("MS-ContinuationToken") === "ct-2") {
          return partnerCenterErrorResponse(request, 404, { code: 1000, description: "Continuation expired" });
        }
        return undefined;
      }),
      pagedServices([["A"], ["B"], ["C"]], relativeLink(false)),
    );
    const seen = recordRequests(server);
    const client = createPartnerCenterClient({ accessToken: "t", retry: { initialDelayMs: 0 } });
    const ids: (string | undefined)[] = [];
    const error = await (async () => {
      for await (const item of paginate(client, path, { params })) ids.push(item.id);
    })().catch((thrown: unknown) => thrown);
    expect(ids).toEqual(["A", "B"]);
    expect(seen.map((request) => request.headers.get("MS-ContinuationToken"))).toEqual([null, "ct-1", "ct-1", "ct-2"]);
    expect(error).toBeInstanceOf(PartnerCenterError);
    expect(error).toMatchObject({ status: 404, code: "1000" });
  });

  it("works on the mock's unpaged collection: one page", async () => {
    const client = createPartnerCenterClient({ accessToken: "t" });
    const pages = [];
    for await (const page of paginate(client, "/v1/customers/{customer_id}/serviceincidents/office", { params: { ...params, query: { filter: '{"Field":"Resolved","Value":"true","Operator":"equals"}' } } }).byPage()) pages.push(page);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.items?.every((incident) => incident.resolved)).toBe(true);
  });

  it("validates the first page's path parameters before sending", async () => {
    const seen = recordRequests(server);
    const client = createPartnerCenterClient({ accessToken: "t" });
    await expect(paginate(client, path, { params: { path: { customer_id: ".." } } }).byPage().next()).rejects.toBeInstanceOf(PartnerCenterArgumentError);
    expect(seen).toHaveLength(0);
  });
});
