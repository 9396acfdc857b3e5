import { http as mswHttp, type HttpHandler } from "msw";
import { createOpenApiHttp } from "openapi-msw";
import type { paths } from "@partnercenter/types";
import { requireBearerToken } from "./auth.js";
import { partnerCenterErrorResponse } from "./errors.js";
import { parseIncidentFilter } from "./incident-filter.js";
import { partnerCenterResponseHeaders } from "./response-headers.js";
import { applyServiceRequestPatch, createMockStore, type MockStore } from "./store.js";

/** Options of {@link createHandlers}. */
export interface CreateHandlersOptions {
  /**
   * Origin (and optional path prefix) the handlers match. Default `"*"`: any origin, so the same
   * handlers answer `https://api.partnercenter.microsoft.com/v1/...` in-process and
   * `http://127.0.0.1:<port>/v1/...` behind the mock HTTP server.
   */
  baseUrl?: string;
  /** The state to serve and change. Default: a new store seeded from the spec's examples. */
  store?: MockStore;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * msw request handlers for the four Partner Center operations, typed by the generated `paths`:
 * get a customer, list a customer's managed services, list a customer's Office service
 * incidents (honouring the `filter` JSON for `Resolved`) and update a service request.
 *
 * Every request under `/v1/` needs `Authorization: Bearer <any token>` (401 otherwise). A
 * customer tenant ID that is not a GUID gets 400 (code 900118), an unknown customer 404
 * (code 60003), an unknown service request 404 (code 1000), a malformed body or filter 400
 * (code 800002), all in the Partner Center error envelope with the service's headers.
 *
 * @example
 * import { setupServer } from "msw/node";
 * const server = setupServer(...createHandlers());
 * @see https://learn.microsoft.com/en-us/partner-center/developer/error-codes
 */
export function createHandlers(options: CreateHandlersOptions = {}): HttpHandler[] {
  const baseUrl = (options.baseUrl ?? "*").replace(/\/+$/, "");
  const store = options.store ?? createMockStore();
  const http = createOpenApiHttp<paths>({ baseUrl });

  const invalidCustomerId = (request: Request, customerId: string) =>
    GUID.test(customerId)
      ? undefined
      : partnerCenterErrorResponse(request, 400, { code: 900118, description: `Invalid Customer Id: ${customerId} is not a GUID.` });
  const unknownCustomer = (request: Request, customerId: string) =>
    store.customers.has(customerId)
      ? undefined
      : partnerCenterErrorResponse(request, 404, { code: 60003, description: `Tenant ${customerId} not found.` });
  const customerError = (request: Request, customerId: string) =>
    invalidCustomerId(request, customerId) ?? unknownCustomer(request, customerId);
  const collection = <T>(items: T[]) => ({ totalCount: items.length, items, attributes: { objectType: "Collection" } });

  return [
    // Authentication comes first: a request without a bearer token never reaches an operation.
    mswHttp.all(`${baseUrl}/v1/*`, ({ request }) => requireBearerToken(request)),

    http.get("/v1/customers/{customer_id}", ({ params, request, response }) => {
      const error = customerError(request, params.customer_id);
      if (error) return error;
      return response(200).json(store.customers.get(params.customer_id)!, { headers: partnerCenterResponseHeaders(request) });
    }),

    http.get("/v1/customers/{customer_id}/managedservices", ({ params, request, response }) => {
      const error = customerError(request, params.customer_id);
      if (error) return error;
      const items = store.managedServices.get(params.customer_id) ?? [];
      return response(200).json(collection(items), { headers: partnerCenterResponseHeaders(request) });
    }),

    http.get("/v1/customers/{customer_id}/serviceincidents/office", ({ params, request, response }) => {
      const error = customerError(request, params.customer_id);
      if (error) return error;
      const filter = parseIncidentFilter(new URL(request.url).searchParams.get("filter"));
      if (!filter.ok) return partnerCenterErrorResponse(request, 400, { code: 800002, description: filter.error });
      const items = (store.serviceIncidents.get(params.customer_id) ?? []).filter(filter.matches);
      return response(200).json(collection(items), { headers: partnerCenterResponseHeaders(request) });
    }),

    http.patch("/v1/servicerequests/{servicerequest_id}", async ({ params, request, response }) => {
      const serviceRequest = store.serviceRequests.get(params.servicerequest_id);
      if (!serviceRequest) {
        return partnerCenterErrorResponse(request, 404, {
          code: 1000,
          description: `Service request ${params.servicerequest_id} was not found.`,
        });
      }
      let body: unknown;
      try {
        body = JSON.parse(await request.text());
      } catch {
        return partnerCenterErrorResponse(request, 400, { code: 800002, description: "The request body is not valid JSON." });
      }
      const invalid = applyServiceRequestPatch(serviceRequest, body);
      if (invalid) return partnerCenterErrorResponse(request, 400, { code: 800002, description: invalid });
      return response(200).json(serviceRequest, { headers: partnerCenterResponseHeaders(request) });
    }),
  ];
}
