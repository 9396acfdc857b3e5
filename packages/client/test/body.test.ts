// An answer whose body breaks off (or stalls) after the status line and headers, over a real
// connection: msw cannot drop a connection half-way through a body.
import { describe, expect, it } from "vitest";
import { customerExample, MOCK_CUSTOMER_ID, MOCK_SERVICE_REQUEST_ID, serviceRequestExample } from "@partnercenter/mocks";
import { addServiceRequestNote, getCustomer, PartnerCenterError, type PartnerCenterClient } from "../src/index.js";
import { answerJson, answerThenDrop, sentHeader as header, useLoopbackClient, type LoopbackHandler } from "./loopback.js";
import { GUID } from "./support.js";

const serve = useLoopbackClient();
const CUSTOMER_BODY = JSON.stringify(customerExample);
const customerPath = { params: { path: { customer_id: MOCK_CUSTOMER_ID } } };

/** The first `broken` answers break off after the headers and half the body; the others are whole. */
const brokenThenWhole =
  (broken: number, status = 200, body = CUSTOMER_BODY): LoopbackHandler =>
  (_, response, index) => {
    if (index < broken) answerThenDrop(response, status, body);
    else answerJson(response, status, JSON.parse(body));
  };

describe("an answer whose body breaks off after the headers", () => {
  it("is sent again by the raw client, with the same MS-RequestId and MS-CorrelationId", async () => {
    const { client, received } = await serve(brokenThenWhole(2));
    const { data, response } = await client.GET("/v1/customers/{customer_id}", customerPath);
    expect(response.status).toBe(200);
    expect(data).toEqual(customerExample);
    expect(received).toHaveLength(3);
    const [requestId] = header(received, "MS-RequestId");
    expect(requestId).toMatch(GUID);
    expect(header(received, "MS-RequestId")).toEqual([requestId, requestId, requestId]);
    expect(new Set(header(received, "MS-CorrelationId")).size).toBe(1);
  });

  it("is sent again by an operation function", async () => {
    const { client, received } = await serve(brokenThenWhole(1));
    expect(await getCustomer(client, MOCK_CUSTOMER_ID)).toEqual(customerExample);
    expect(received).toHaveLength(2);
    expect(header(received, "MS-RequestId")[1]).toBe(header(received, "MS-RequestId")[0]);
  });

  it("whatever its status: a 404 whose body breaks off is a failure, not a 404", async () => {
    const notFound = JSON.stringify({ code: 60003, description: "Tenant not found.", data: [], source: "PartnerFD" });
    const { client, received } = await serve(brokenThenWhole(1, 404, notFound));
    await expect(getCustomer(client, MOCK_CUSTOMER_ID)).rejects.toMatchObject({ status: 404, code: "60003", description: "Tenant not found." });
    expect(received).toHaveLength(2);
  });

  it("replays a PATCH with its body and MS-RequestId", async () => {
    const { client, received } = await serve(brokenThenWhole(1, 200, JSON.stringify(serviceRequestExample)));
    expect(await addServiceRequestNote(client, MOCK_SERVICE_REQUEST_ID, "Fixed ✓")).toEqual(serviceRequestExample);
    expect(received.map((request) => [request.method, request.body])).toEqual(Array(2).fill(["PATCH", '{"newNote":{"text":"Fixed ✓"}}']));
    expect(header(received, "MS-RequestId")[1]).toBe(header(received, "MS-RequestId")[0]);
  });

  it("sends a PATCH without MS-RequestId only once, as for a failure before the headers", async () => {
    const { client, received } = await serve(brokenThenWhole(1, 200, JSON.stringify(serviceRequestExample)));
    client.use({ onRequest: ({ request }) => request.headers.delete("MS-RequestId") });
    const error = await client
      .PATCH("/v1/servicerequests/{servicerequest_id}", { params: { path: { servicerequest_id: MOCK_SERVICE_REQUEST_ID } }, body: { newNote: { text: "x" } } })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PartnerCenterError);
    expect(error).toMatchObject({ status: 0, category: "NotSpecified", requestId: undefined });
    expect(received).toHaveLength(1);
  });

  it.each([
    ["an operation function", (client: PartnerCenterClient) => getCustomer(client, MOCK_CUSTOMER_ID)],
    ["the raw client", (client: PartnerCenterClient) => client.GET("/v1/customers/{customer_id}", customerPath)],
  ])("ends, through %s, in a PartnerCenterError (status 0) with the IDs sent and the failure as cause", async (_, call) => {
    const { client, received } = await serve(brokenThenWhole(Number.POSITIVE_INFINITY), { retry: { maxRetries: 2, initialDelayMs: 0 } });
    const error = await call(client).catch((thrown: unknown) => thrown);
    expect(received).toHaveLength(3);
    expect(error).toBeInstanceOf(PartnerCenterError);
    expect(error).toMatchObject({
      status: 0,
      category: "NotSpecified",
      requestId: header(received, "MS-RequestId")[0],
      correlationId: header(received, "MS-CorrelationId")[0],
    });
    const { cause, message } = error as PartnerCenterError;
    expect(message).toContain("no answer after 3 attempts (TypeError: the body of the HTTP 200 answer broke off");
    expect(cause).toBeInstanceOf(TypeError);
    expect((cause as Error).cause).toBeInstanceOf(Error); // undici's own failure, e.g. `terminated`
  });

  it("counts a body that stalls against the attempt's timeout", async () => {
    const { client, received } = await serve(
      (_, response) => {
        response.writeHead(200, { "Content-Type": "application/json", "Content-Length": String(CUSTOMER_BODY.length) });
        response.write(CUSTOMER_BODY.slice(0, 10)); // and never the rest
      },
      { timeoutMs: 300, retry: { maxRetries: 1, initialDelayMs: 0 } },
    );
    const error = await getCustomer(client, MOCK_CUSTOMER_ID).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ name: "PartnerCenterError", status: 0, category: "RequestTimeout" });
    expect((error as Error).message).toContain("no answer after 2 attempts (TimeoutError");
    expect(received).toHaveLength(2);
  });

  it("is cancelled by the caller's signal, with the signal's reason, and not sent again", async () => {
    let halfSent: () => void = () => undefined;
    const sent = new Promise<void>((resolve) => (halfSent = resolve));
    const { client, received } = await serve((_, response) => {
      response.writeHead(200, { "Content-Type": "application/json", "Content-Length": String(CUSTOMER_BODY.length) });
      response.write(CUSTOMER_BODY.slice(0, 10), () => halfSent());
    });
    const controller = new AbortController();
    const call = getCustomer(client, MOCK_CUSTOMER_ID, { signal: controller.signal }).catch((thrown: unknown) => thrown);
    await sent;
    const reason = new Error("user navigated away");
    controller.abort(reason);
    expect(await call).toBe(reason);
    expect(received).toHaveLength(1);
  });
});

