import { http as mswHttp, type HttpHandler } from "msw";
import { createOpenApiHttp } from "openapi-msw";
import type { paths, ServiceRequest } from "@partnercenter/types";
import { authorize, type Caller } from "./auth.js";
import { partnerCenterErrorResponse, unexpectedErrorResponse } from "./errors.js";
import type { IdempotencyCache } from "./idempotency.js";
import { parseIncidentFilter } from "./incident-filter.js";
import { malformedPathProblem, parseJsonBody, validateParameters, type PathParameters, type RequestProblem } from "./request-validation.js";
import { partnerCenterResponseHeaders, requestIdOf, type ResponseHeaderContext } from "./response-headers.js";
import type { ScenarioRunner } from "./scenarios.js";
import { previewValue, type OperationId } from "./spec-document.js";
import { applyReadServiceRequestPatch, MOCK_NOTE_AUTHOR, readServiceRequestPatch, type MockStore } from "./store.js";

/** What the operation handlers work with; {@link createPartnerCenterMock} puts it together. */
export interface OperationHandlerParts {
  /** Origin (and optional path prefix) to match; `"*"` matches any origin. */
  baseUrl: string;
  store: MockStore;
  scenarios: ScenarioRunner;
  idempotency: IdempotencyCache;
  /** Generated header values and the clock. */
  context: ResponseHeaderContext;
  /** Audiences a JWT may carry; default: the Partner Center API's. */
  acceptedAudiences?: readonly string[];
}

/**
 * The msw handlers of the four operations, after one that answers 400 to a URL path with a
 * malformed percent-escape (msw's path matching would throw on it in every handler). Every call
 * goes through the same steps, in this order: scenarios switched on for the operation (latency,
 * then throttling, server or network errors), authentication and token kind (401, 403),
 * parameter validation against the spec (400), for PATCH the `MS-RequestId` replay cache and the
 * body (400), then the store (404 or the answer). An error the mock did not expect is answered
 * with 500 and the Partner Center envelope (code 800003), never with msw's stack trace.
 */
export function createOperationHandlers(parts: OperationHandlerParts): HttpHandler[] {
  const { store, context } = parts;
  const http = createOpenApiHttp<paths>({ baseUrl: parts.baseUrl });
  const badRequest = (request: Request, problem: RequestProblem) => partnerCenterErrorResponse(request, 400, problem, undefined, context);
  const notFound = (request: Request, code: number, description: string) => partnerCenterErrorResponse(request, 404, { code, description }, undefined, context);
  const headers = (request: Request) => ({ headers: partnerCenterResponseHeaders(request, undefined, context) });
  const collection = <T>(items: T[]) => ({ totalCount: items.length, items, attributes: { objectType: "Collection" } });

  /** Scenarios, then authentication, then parameters: the caller when the call may proceed, otherwise the answer to send. */
  const admit = async (
    operationId: OperationId,
    request: Request,
    params: PathParameters,
  ): Promise<{ ok: true; caller: Caller } | { ok: false; response: Response }> => {
    const imposed = await parts.scenarios.respond(operationId, request, context);
    if (imposed) return { ok: false, response: imposed };
    const authorization = authorize(request, operationId, {
      now: context.now,
      context,
      ...(parts.acceptedAudiences ? { acceptedAudiences: parts.acceptedAudiences } : {}),
    });
    if (!authorization.ok) return authorization;
    const problem = validateParameters(operationId, request, params);
    if (problem) return { ok: false, response: badRequest(request, problem) };
    return authorization;
  };

  /** Runs a resolver; an error it throws becomes the service's 500 envelope instead of msw's stack trace. */
  const guarded = async (request: Request, resolve: () => Promise<Response>): Promise<Response> => {
    try {
      return await resolve();
    } catch (error) {
      return unexpectedErrorResponse(request, error, context);
    }
  };

  const base = parts.baseUrl === "*" ? undefined : parts.baseUrl;
  const malformedPath = mswHttp.all(
    ({ request }) => (base === undefined || request.url.startsWith(base)) && malformedPathProblem(new URL(request.url).pathname) !== undefined,
    ({ request }) => badRequest(request, malformedPathProblem(new URL(request.url).pathname) ?? { code: 800002, description: "Invalid request input." }),
  );

  const customerNotFound = (request: Request, customerId: string) =>
    notFound(request, 60003, `Tenant ${customerId} not found: the partner has no customer with this tenant ID.`);

  return [
    malformedPath,
    http.get("/v1/customers/{customer_id}", async ({ params, request, response }) => guarded(request, async () => {
      const admitted = await admit("getCustomer", request, params);
      if (!admitted.ok) return admitted.response;
      const customer = store.customers.get(params.customer_id.toLowerCase());
      return customer ? response(200).json(customer, headers(request)) : customerNotFound(request, params.customer_id);
    })),

    http.get("/v1/customers/{customer_id}/managedservices", async ({ params, request, response }) => guarded(request, async () => {
      const admitted = await admit("listManagedServices", request, params);
      if (!admitted.ok) return admitted.response;
      const customerId = params.customer_id.toLowerCase();
      if (!store.customers.has(customerId)) return customerNotFound(request, params.customer_id);
      return response(200).json(collection(store.managedServices.get(customerId) ?? []), headers(request));
    })),

    http.get("/v1/customers/{customer_id}/serviceincidents/office", async ({ params, request, response }) => guarded(request, async () => {
      const admitted = await admit("listCustomerServiceIncidents", request, params);
      if (!admitted.ok) return admitted.response;
      const filter = parseIncidentFilter(new URL(request.url).searchParams.get("filter"));
      if (!filter.ok) return badRequest(request, { code: 800002, description: `Invalid request input: ${filter.error}` });
      const customerId = params.customer_id.toLowerCase();
      if (!store.customers.has(customerId)) return customerNotFound(request, params.customer_id);
      return response(200).json(collection((store.serviceIncidents.get(customerId) ?? []).filter(filter.matches)), headers(request));
    })),

    http.patch("/v1/servicerequests/{servicerequest_id}", async ({ params, request, response }) => guarded(request, async () => {
      const admitted = await admit("updateServiceRequest", request, params);
      if (!admitted.ok) return admitted.response;
      const requestId = requestIdOf(request);
      const path = new URL(request.url).pathname;
      if (requestId !== undefined) {
        const first = parts.idempotency.recall(requestId, request.method, path);
        if (first) return new Response(first.body, { status: first.status, headers: partnerCenterResponseHeaders(request, undefined, context) });
      }
      const answer = await updateServiceRequest(request, params.servicerequest_id, admitted.caller, (updated) => response(200).json(updated, headers(request)));
      if (requestId !== undefined) parts.idempotency.remember(requestId, request.method, path, { status: answer.status, body: await answer.clone().text() });
      return answer;
    })),
  ];

  async function updateServiceRequest(request: Request, id: string, caller: Caller, answer: (updated: ServiceRequest) => Response): Promise<Response> {
    const parsed = parseJsonBody("updateServiceRequest", await request.text(), request.headers.get("Content-Type"));
    if (!parsed.ok) return badRequest(request, parsed.problem);
    const reading = readServiceRequestPatch(parsed.body);
    if (!reading.ok) return badRequest(request, { code: 800002, description: reading.problem });
    const serviceRequest = store.serviceRequests.get(id);
    if (!serviceRequest) return notFound(request, 1000, `Not found: service request ${previewValue(id)} does not exist.`);
    applyReadServiceRequestPatch(serviceRequest, reading.patch, context.now(), caller.userName ?? MOCK_NOTE_AUTHOR);
    return answer(serviceRequest);
  }
}
