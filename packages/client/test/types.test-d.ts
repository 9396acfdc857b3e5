// What must and must not compile: the operation functions and the pager are typed by the spec.
// Every expected type below comes from openapi-typescript's `operations` map, never from a type
// declared here, so each assertion fails when the spec and the generated functions disagree.
import { describe, expectTypeOf, it } from "vitest";
import type { OperationId, operations } from "@partnercenter/types";
import * as client from "../src/index.js";
import {
  createPartnerCenterClient,
  getCustomer,
  listCustomerServiceIncidents,
  listManagedServices,
  paginate,
  updateServiceRequest,
  type OperationOptions,
  type PartnerCenterClient,
} from "../src/index.js";

declare const partnerCenter: PartnerCenterClient;
const customerId = "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10";

type SuccessJson<Id extends OperationId> = operations[Id]["responses"] extends { 200: { content: { "application/json": infer Body } } } ? Body : never;
type RequestJson<Id extends OperationId> = NonNullable<operations[Id]["requestBody"]> extends { content: { "application/json": infer Body } } ? Body : never;
type Item<Id extends OperationId> = SuccessJson<Id> extends { items?: readonly (infer I)[] } ? I : never;

describe("types", () => {
  it("exports one function per operationId of the spec", () => {
    expectTypeOf<Extract<keyof typeof client, OperationId>>().toEqualTypeOf<OperationId>();
  });

  it("each operation resolves to the JSON body of its 200 answer in the spec", () => {
    expectTypeOf(getCustomer(partnerCenter, customerId)).resolves.toEqualTypeOf<SuccessJson<"getCustomer">>();
    expectTypeOf(listManagedServices(partnerCenter, customerId)).resolves.toEqualTypeOf<SuccessJson<"listManagedServices">>();
    expectTypeOf(listCustomerServiceIncidents(partnerCenter, customerId)).resolves.toEqualTypeOf<SuccessJson<"listCustomerServiceIncidents">>();
    expectTypeOf(updateServiceRequest(partnerCenter, "1", { newNote: { text: "x" } })).resolves.toEqualTypeOf<SuccessJson<"updateServiceRequest">>();
  });

  it("takes the client, the path parameters in path order, the body, then the options", () => {
    expectTypeOf(getCustomer).parameters.toEqualTypeOf<[PartnerCenterClient, string, OperationOptions<"getCustomer">?]>();
    expectTypeOf(updateServiceRequest).parameter(2).toEqualTypeOf<RequestJson<"updateServiceRequest">>();
    expectTypeOf<OperationOptions<"listCustomerServiceIncidents">["query"]>().toMatchTypeOf<operations["listCustomerServiceIncidents"]["parameters"]["query"]>();
  });

  it("refuses what the spec refuses", () => {
    // @ts-expect-error "none" is the SDK's placeholder for "not set", not a status to set
    void updateServiceRequest(partnerCenter, "1", { status: "none" });
    // @ts-expect-error notes are set by the service; add one with newNote
    void updateServiceRequest(partnerCenter, "1", { notes: [] });
    // @ts-expect-error getCustomer declares no query parameters
    void getCustomer(partnerCenter, customerId, { query: { size: 1 } });
    // @ts-expect-error the customer tenant ID is required
    void getCustomer(partnerCenter);
  });

  it("the pager yields the collection's item type, and takes only operations and paths that answer a collection", () => {
    expectTypeOf(paginate(partnerCenter, listManagedServices, customerId)).toMatchTypeOf<AsyncIterable<Item<"listManagedServices">>>();
    expectTypeOf(paginate(partnerCenter, "/v1/customers/{customer_id}/managedservices", { params: { path: { customer_id: customerId } } })).toMatchTypeOf<
      AsyncIterable<Item<"listManagedServices">>
    >();
    // @ts-expect-error a customer is not a collection
    paginate(partnerCenter, getCustomer, customerId);
    // @ts-expect-error the operation's own arguments must follow it
    paginate(partnerCenter, listManagedServices);
    // @ts-expect-error a customer is not a collection
    paginate(partnerCenter, "/v1/customers/{customer_id}", { params: { path: { customer_id: customerId } } });
    // @ts-expect-error the path parameter is required
    paginate(partnerCenter, "/v1/customers/{customer_id}/managedservices", { params: {} });
  });

  it("the client takes a token, a token function or a TokenCredential-like object", () => {
    createPartnerCenterClient({ accessToken: "token" });
    createPartnerCenterClient({ accessToken: async () => ({ token: "t", expiresOnTimestamp: Date.now() + 3_600_000 }) });
    createPartnerCenterClient({ credential: { getToken: async () => ({ token: "t", expiresOnTimestamp: 0, refreshAfterTimestamp: 0 }) } });
    // @ts-expect-error a credential needs getToken
    createPartnerCenterClient({ credential: {} });
    // @ts-expect-error clouds are global, usgov and china
    createPartnerCenterClient({ accessToken: "t", cloud: "germany" });
  });
});
