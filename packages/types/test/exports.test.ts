import { describe, expect, expectTypeOf, it } from "vitest";
import {
  customerPartnerRelationshipValues,
  messageTypeValues,
  serviceIncidentStatusValues,
  serviceRequestSeverityValues,
  serviceRequestStatusValues,
  type Customer,
  type ManagedServiceCollection,
  type PartnerCenterError,
  type paths,
  type ServiceIncidentDetailCollection,
  type ServiceRequest,
} from "../src/index.js";

describe("named exports", () => {
  it("carries every documented enum value, in the SDK's ordinal order", () => {
    expect(serviceRequestStatusValues).toEqual(["none", "open", "closed", "attention_needed"]);
    expect(serviceRequestSeverityValues).toEqual(["unknown", "critical", "moderate", "minimal"]);
    expect(serviceIncidentStatusValues).toEqual(["normal", "information", "warning", "critical"]);
    expect(messageTypeValues).toEqual(["none", "incident", "message_center", "all"]);
    expect(customerPartnerRelationshipValues).toEqual(["unknown", "reseller", "advisor", "syndication", "microsoft_support", "none"]);
  });

  it("types each operation's 200 body by its schema", () => {
    type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
      responses: { 200: { content: { "application/json": infer Body } } };
    }
      ? Body
      : never;
    expectTypeOf<Ok<"/v1/customers/{customer_id}", "get">>().toEqualTypeOf<Customer>();
    expectTypeOf<Ok<"/v1/customers/{customer_id}/managedservices", "get">>().toEqualTypeOf<ManagedServiceCollection>();
    expectTypeOf<Ok<"/v1/customers/{customer_id}/serviceincidents/office", "get">>().toEqualTypeOf<ServiceIncidentDetailCollection>();
    expectTypeOf<Ok<"/v1/servicerequests/{servicerequest_id}", "patch">>().toEqualTypeOf<ServiceRequest>();
  });

  it("types the error envelope's code as a number or a string, as the service sends both", () => {
    expectTypeOf<PartnerCenterError["code"]>().toEqualTypeOf<string | number>();
    const observed: PartnerCenterError = { code: 20002, description: "No relationship between caller and account.", data: [], source: "PartnerFD" };
    expect(observed.code).toBe(20002);
  });

  it("marks server-set service request fields read-only", () => {
    const serviceRequest: ServiceRequest = { id: "616122292874576", status: "open" };
    // @ts-expect-error notes are set by the service (readOnly in the spec)
    serviceRequest.notes = [];
    // @ts-expect-error lastModifiedDate is set by the service (readOnly in the spec)
    serviceRequest.lastModifiedDate = "2017-01-09T23:31:15.373Z";
    serviceRequest.status = "closed";
    expect(serviceRequest.status).toBe("closed");
  });
});
