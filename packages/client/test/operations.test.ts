import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { customerExample, MOCK_CUSTOMER_ID, MOCK_SERVICE_REQUEST_ID, serviceRequestExample } from "@partnercenter/mocks";
import { startMockServer } from "@partnercenter/mocks/server";
import {
  addServiceRequestNote,
  createPartnerCenterClient,
  getCustomer,
  listCustomerServiceIncidents,
  listManagedServices,
  PartnerCenterArgumentError,
  PartnerCenterError,
  serviceIncidentFilter,
  updateServiceRequest,
} from "../src/index.js";
import type { ServiceRequestUpdate } from "@partnercenter/types";
import { GUID, recordRequests, useMockApi } from "./support.js";

const server = useMockApi();
const client = () => createPartnerCenterClient({ accessToken: "t" });

describe("the first operations of the spec against @partnercenter/mocks", () => {
  it("getCustomer returns the customer", async () => {
    expect(await getCustomer(client(), MOCK_CUSTOMER_ID)).toEqual(customerExample);
  });

  it("getCustomer throws NotFound for an unknown customer", async () => {
    await expect(getCustomer(client(), "11111111-2222-3333-4444-555555555555")).rejects.toMatchObject({
      name: "PartnerCenterError",
      status: 404,
      category: "NotFound",
      code: "60003",
      source: "PartnerFD",
    });
  });

  it("listManagedServices returns the collection", async () => {
    const services = await listManagedServices(client(), MOCK_CUSTOMER_ID);
    expect(services.items?.map((service) => service.id)).toEqual(["Exchange", "MicrosoftCommunicationsOnline"]);
    expect(services.attributes?.objectType).toBe("Collection");
  });

  it.each([
    [false, '{"Field":"Resolved","Value":"false","Operator":"equals"}'],
    [true, '{"Field":"Resolved","Value":"true","Operator":"equals"}'],
  ])("listCustomerServiceIncidents with serviceIncidentFilter(%s) sends the SDK's filter and gets only those", async (resolved, filter) => {
    const seen = recordRequests(server);
    const incidents = await listCustomerServiceIncidents(client(), MOCK_CUSTOMER_ID, { query: { filter: serviceIncidentFilter(resolved) } });
    expect(new URL(seen[0]!.url).searchParams.get("filter")).toBe(filter);
    expect(new URL(seen[0]!.url).search).toBe(`?filter=${encodeURIComponent(filter)}`);
    expect(incidents.items?.length).toBeGreaterThan(0);
    expect(incidents.items?.every((incident) => incident.resolved === resolved)).toBe(true);
  });

  it("listCustomerServiceIncidents without a filter gets them all", async () => {
    const seen = recordRequests(server);
    const all = await listCustomerServiceIncidents(client(), MOCK_CUSTOMER_ID);
    expect(new URL(seen[0]!.url).search).toBe("");
    const resolvedOnes = all.items?.filter((incident) => incident.resolved) ?? [];
    expect(resolvedOnes.length).toBeGreaterThan(0);
    expect(resolvedOnes.length).toBeLessThan(all.items?.length ?? 0);
  });

  it("serviceIncidentFilter gives raw callers the same filter", () => {
    expect(serviceIncidentFilter(false)).toBe('{"Field":"Resolved","Value":"false","Operator":"equals"}');
  });

  it("updateServiceRequest sends only the fields given, and returns the updated request", async () => {
    const seen = recordRequests(server);
    const updated = await updateServiceRequest(client(), MOCK_SERVICE_REQUEST_ID, { status: "attention_needed", title: undefined });
    expect(await seen[0]?.text()).toBe('{"status":"attention_needed"}');
    expect(seen[0]?.headers.get("Content-Type")).toBe("application/json");
    expect(updated.status).toBe("attention_needed");
    expect(updated.title).toBe(serviceRequestExample.title);
  });

  it("addServiceRequestNote adds a note in one call", async () => {
    const seen = recordRequests(server);
    const updated = await addServiceRequestNote(client(), MOCK_SERVICE_REQUEST_ID, "Customer confirmed the fix.");
    expect(seen).toHaveLength(1);
    expect(await seen[0]?.text()).toBe('{"newNote":{"text":"Customer confirmed the fix."}}');
    expect(updated.notes?.at(-1)?.text).toBe("Customer confirmed the fix.");
  });

  it("updateServiceRequest throws NotFound for an unknown service request", async () => {
    await expect(addServiceRequestNote(client(), "999999999999999", "x")).rejects.toMatchObject({ status: 404, code: "1000" });
  });
});

describe("per-call options", () => {
  it("sends the call's MS-RequestId and MS-CorrelationId, and reports the answer's IDs", async () => {
    const seen = recordRequests(server);
    const onResponse = vi.fn();
    const requestId = "f9a030bd-e492-4c1a-9c70-021f18234981";
    const correlationId = "aaaa0000-bb11-2222-33cc-444444dddddd";
    await getCustomer(client(), MOCK_CUSTOMER_ID, { requestId, correlationId, onResponse });
    expect(seen[0]?.headers.get("MS-RequestId")).toBe(requestId);
    expect(seen[0]?.headers.get("MS-CorrelationId")).toBe(correlationId);
    expect(onResponse).toHaveBeenCalledWith({
      status: 200,
      requestId,
      correlationId,
      correlationVector: expect.any(String),
      serverId: expect.any(String),
    });
  });

  it("reports the IDs of an error answer too, before throwing", async () => {
    const onResponse = vi.fn();
    await expect(getCustomer(client(), "11111111-2222-3333-4444-555555555555", { onResponse })).rejects.toBeInstanceOf(PartnerCenterError);
    expect(onResponse).toHaveBeenCalledWith(expect.objectContaining({ status: 404, requestId: expect.stringMatching(GUID) }));
  });

  it.each([
    ["options.requestId", { requestId: "not-a-guid" }],
    ["options.correlationId", { correlationId: "42" }],
  ])("refuses a malformed %s, sending nothing", async (argument, options) => {
    const seen = recordRequests(server);
    await expect(getCustomer(client(), MOCK_CUSTOMER_ID, options)).rejects.toMatchObject({ name: "PartnerCenterArgumentError", argument });
    expect(seen).toHaveLength(0);
  });
});

describe("invalid path parameters are never sent", () => {
  const bad = ["", " ", " 4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10", ".", "..", "a/b", "a\\b", "a?b=1", "a#b", "%2e%2e", "a\u0000b", "tab\there"];

  it.each(bad.map((value) => [JSON.stringify(value), value]))("service request ID %s", async (_, value) => {
    const seen = recordRequests(server);
    const error = await addServiceRequestNote(client(), value, "note").catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PartnerCenterArgumentError);
    expect((error as PartnerCenterArgumentError).argument).toBe("servicerequest_id");
    expect((error as Error).message).toContain("`servicerequest_id`");
    expect(seen).toHaveLength(0);
  });

  it.each([...bad, "not-a-guid", "4d2d4d7a2a0c4c1d9d6b3a6d7a1f2b10", "{4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10}"].map((value) => [JSON.stringify(value), value]))(
    "customer tenant ID %s (must be a GUID)",
    async (_, value) => {
      const seen = recordRequests(server);
      for (const operation of [getCustomer, listManagedServices, listCustomerServiceIncidents]) {
        await expect(operation(client(), value)).rejects.toMatchObject({ name: "PartnerCenterArgumentError", argument: "customer_id" });
      }
      expect(seen).toHaveLength(0);
    },
  );

  it("through the raw client as well", async () => {
    const seen = recordRequests(server);
    await expect(
      client().GET("/v1/customers/{customer_id}/managedservices", { params: { path: { customer_id: "../../servicerequests" } } }),
    ).rejects.toBeInstanceOf(PartnerCenterArgumentError);
    await expect(
      client().PATCH("/v1/servicerequests/{servicerequest_id}", { params: { path: { servicerequest_id: ".." } }, body: {} }),
    ).rejects.toBeInstanceOf(PartnerCenterArgumentError);
    expect(seen).toHaveLength(0);
  });

  it("quotes the bad value in the message", async () => {
    await expect(getCustomer(client(), "abc")).rejects.toThrow('Invalid Partner Center call argument `customer_id`: expected a GUID, got "abc"');
  });
});

describe("invalid updates are never sent", () => {
  it.each([
    ["update", null],
    ["update", {}],
    ["update", { title: undefined }],
    ["update.status", { status: "none" }],
    ["update.status", { status: "Closed" }],
    ["update.severity", { severity: "unknown" }],
    ["update.title", { title: 42 }],
    ["update.newNote.text", { newNote: { text: "  " } }],
    ["update.newNote", { newNote: "a note" }],
    ["update.notes", { notes: [{ text: "x" }] }],
    ["update.toString", { toString: "x" }],
  ])("refuses %s in %j", async (argument, update) => {
    const seen = recordRequests(server);
    const error = await updateServiceRequest(client(), MOCK_SERVICE_REQUEST_ID, update as ServiceRequestUpdate).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PartnerCenterArgumentError);
    expect((error as PartnerCenterArgumentError).argument).toBe(argument);
    expect(seen).toHaveLength(0);
  });

  it("refuses a `resolved` that is not a boolean", async () => {
    const seen = recordRequests(server);
    await expect(async () => listCustomerServiceIncidents(client(), MOCK_CUSTOMER_ID, { query: { filter: serviceIncidentFilter("false" as never) } })).rejects.toMatchObject({ argument: "resolved" });
    expect(seen).toHaveLength(0);
  });
});

describe("over real HTTP, against the loopback mock server", () => {
  let mock: Awaited<ReturnType<typeof startMockServer>>;
  beforeAll(async () => {
    server.close(); // let requests reach the network
    mock = await startMockServer();
  });
  afterAll(async () => {
    await mock.close();
    server.listen({ onUnhandledRequest: "error" });
  });

  it("runs getCustomer, listManagedServices, listCustomerServiceIncidents and updateServiceRequest", async () => {
    const loopback = createPartnerCenterClient({ accessToken: "loopback-token", baseUrl: mock.url });
    expect((await getCustomer(loopback, MOCK_CUSTOMER_ID)).id).toBe(MOCK_CUSTOMER_ID);
    expect((await listManagedServices(loopback, MOCK_CUSTOMER_ID)).items).toHaveLength(2);
    expect((await listCustomerServiceIncidents(loopback, MOCK_CUSTOMER_ID, { query: { filter: serviceIncidentFilter(false) } })).items?.every((i) => !i.resolved)).toBe(true);
    const updated = await updateServiceRequest(loopback, MOCK_SERVICE_REQUEST_ID, { status: "closed", newNote: { text: "Closed over HTTP" } });
    expect(updated).toMatchObject({ status: "closed" });
    expect(updated.notes?.at(-1)?.text).toBe("Closed over HTTP");
  });
});

it("keeps the raw client's PATCH typed by the spec", async () => {
  const { data } = await client().PATCH("/v1/servicerequests/{servicerequest_id}", {
    params: { path: { servicerequest_id: MOCK_SERVICE_REQUEST_ID } },
    body: { newNote: { text: "raw" } },
  });
  expect(data?.notes?.at(-1)?.text).toBe("raw");
});
