// What must and must not compile: the operation functions and the pager are typed by the spec.
import { describe, expectTypeOf, it } from "vitest";
import type { Customer, ManagedService, ManagedServiceCollection, ServiceIncidentDetail, ServiceRequest } from "@partnercenter/types";
import {
  createPartnerCenterClient,
  getCustomer,
  listCustomerServiceIncidents,
  listManagedServices,
  paginate,
  updateServiceRequest,
  type PartnerCenterClient,
  type ServiceRequestUpdate,
} from "../src/index.js";

declare const client: PartnerCenterClient;
const customerId = "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10";

describe("types", () => {
  it("each operation resolves to its schema type", () => {
    expectTypeOf(getCustomer(client, customerId)).resolves.toEqualTypeOf<Customer>();
    expectTypeOf(listManagedServices(client, customerId)).resolves.toEqualTypeOf<ManagedServiceCollection>();
    expectTypeOf(listCustomerServiceIncidents(client, customerId, { resolved: false })).resolves.toHaveProperty("items");
    expectTypeOf(updateServiceRequest(client, "1", { newNote: { text: "x" } })).resolves.toEqualTypeOf<ServiceRequest>();
  });

  it("the pager yields the collection's item type, and takes only collection paths", () => {
    const services = paginate(client, "/v1/customers/{customer_id}/managedservices", { params: { path: { customer_id: customerId } } });
    expectTypeOf(services).toMatchTypeOf<AsyncIterable<ManagedService>>();
    const incidents = paginate(client, "/v1/customers/{customer_id}/serviceincidents/office", {
      params: { path: { customer_id: customerId }, query: { filter: "{}" } },
    });
    expectTypeOf(incidents).toMatchTypeOf<AsyncIterable<ServiceIncidentDetail>>();
    // @ts-expect-error a customer is not a collection
    paginate(client, "/v1/customers/{customer_id}", { params: { path: { customer_id: customerId } } });
    // @ts-expect-error the path parameter is required
    paginate(client, "/v1/customers/{customer_id}/managedservices", { params: {} });
  });

  it("an update takes only settable values", () => {
    expectTypeOf<{ status: "closed"; newNote: { text: string } }>().toMatchTypeOf<ServiceRequestUpdate>();
    // @ts-expect-error "none" is the SDK's placeholder for "not set", not a status to set
    const placeholder: ServiceRequestUpdate = { status: "none" };
    // @ts-expect-error notes are read-only; add one with newNote
    const notes: ServiceRequestUpdate = { notes: [] };
    expectTypeOf(placeholder).toEqualTypeOf(notes);
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
