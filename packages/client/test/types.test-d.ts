// What must and must not compile: the operation functions and the pager are typed by the spec.
// Every expected type comes from the spec's `operations` (openapi-typescript output), never from
// a type this package declares, so a spec change the client does not follow fails here.
import { describe, expectTypeOf, it } from "vitest";
import type { operations } from "@partnercenter/types";
import {
  addServiceRequestNote,
  createPartnerCenterClient,
  getCustomer,
  listCustomerServiceIncidents,
  listManagedServices,
  paginate,
  updateServiceRequest,
  type PartnerCenterClient,
  type ServiceRequestUpdate,
} from "../src/index.js";

/** The JSON body of an operation's 200 answer, as the spec declares it. */
type Ok<Id extends keyof operations> = operations[Id]["responses"] extends { 200: { content: { "application/json": infer Body } } } ? Body : never;
/** The JSON request body of an operation, as the spec declares it. */
type RequestBody<Id extends keyof operations> = operations[Id] extends { requestBody: { content: { "application/json": infer Body } } } ? Body : never;
type ItemsOf<Collection> = Collection extends { items?: (infer Item)[] } ? Item : never;
type Yielded<Iterable> = Iterable extends AsyncIterable<infer Item> ? Item : never;

declare const client: PartnerCenterClient;
const customerId = "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10";

describe("types", () => {
  it("each operation resolves to its spec's 200 body", () => {
    expectTypeOf(getCustomer(client, customerId)).resolves.toEqualTypeOf<Ok<"getCustomer">>();
    expectTypeOf(listManagedServices(client, customerId)).resolves.toEqualTypeOf<Ok<"listManagedServices">>();
    expectTypeOf(listCustomerServiceIncidents(client, customerId, { resolved: false })).resolves.toEqualTypeOf<Ok<"listCustomerServiceIncidents">>();
    expectTypeOf(updateServiceRequest(client, "1", { newNote: { text: "x" } })).resolves.toEqualTypeOf<Ok<"updateServiceRequest">>();
    expectTypeOf(addServiceRequestNote(client, "1", "x")).resolves.toEqualTypeOf<Ok<"updateServiceRequest">>();
    // The spec's bodies are real types: an `any` or `never` here would make the checks above hollow.
    expectTypeOf<Ok<"getCustomer">>().not.toBeAny();
    expectTypeOf<Ok<"getCustomer">>().not.toBeNever();
    expectTypeOf<Ok<"getCustomer">>().toHaveProperty("companyProfile");
  });

  it("each operation takes the spec's path parameter type", () => {
    expectTypeOf(getCustomer).parameter(1).toEqualTypeOf<operations["getCustomer"]["parameters"]["path"]["customer_id"]>();
    expectTypeOf(updateServiceRequest).parameter(1).toEqualTypeOf<operations["updateServiceRequest"]["parameters"]["path"]["servicerequest_id"]>();
  });

  it("the pager yields the spec's item type, and takes only collection paths", () => {
    const services = paginate(client, "/v1/customers/{customer_id}/managedservices", { params: { path: { customer_id: customerId } } });
    expectTypeOf<Yielded<typeof services>>().toEqualTypeOf<ItemsOf<Ok<"listManagedServices">>>();
    expectTypeOf<Yielded<ReturnType<typeof services.byPage>>>().toEqualTypeOf<Ok<"listManagedServices">>();
    const incidents = paginate(client, "/v1/customers/{customer_id}/serviceincidents/office", {
      params: { path: { customer_id: customerId }, query: { filter: "{}" } },
    });
    expectTypeOf<Yielded<typeof incidents>>().toEqualTypeOf<ItemsOf<Ok<"listCustomerServiceIncidents">>>();
    expectTypeOf<Yielded<typeof incidents>>().not.toBeNever();
    // @ts-expect-error a customer is not a collection
    paginate(client, "/v1/customers/{customer_id}", { params: { path: { customer_id: customerId } } });
    // @ts-expect-error the path parameter is required
    paginate(client, "/v1/customers/{customer_id}/managedservices", { params: {} });
  });

  it("an update is a part of the spec's PATCH body, with only settable values", () => {
    type PatchBody = RequestBody<"updateServiceRequest">;
    expectTypeOf<ServiceRequestUpdate>().toExtend<PatchBody>();
    expectTypeOf<keyof ServiceRequestUpdate>().toEqualTypeOf<"status" | "newNote" | "title" | "description" | "severity">();
    // The spec's statuses and severities, less the SDK's "not set" placeholders.
    expectTypeOf<NonNullable<ServiceRequestUpdate["status"]>>().toEqualTypeOf<Exclude<NonNullable<PatchBody["status"]>, "none">>();
    expectTypeOf<NonNullable<ServiceRequestUpdate["severity"]>>().toEqualTypeOf<Exclude<NonNullable<PatchBody["severity"]>, "unknown">>();
    expectTypeOf<NonNullable<ServiceRequestUpdate["status"]>>().toEqualTypeOf<"open" | "closed" | "attention_needed">();
    updateServiceRequest(client, "1", { status: "closed", newNote: { text: "x" } });
    // @ts-expect-error "none" is the SDK's placeholder for "not set", not a status to set
    updateServiceRequest(client, "1", { status: "none" });
    // @ts-expect-error notes are read-only; add one with newNote
    updateServiceRequest(client, "1", { notes: [] });
    // @ts-expect-error a note is sent as { text }
    updateServiceRequest(client, "1", { newNote: "x" });
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
