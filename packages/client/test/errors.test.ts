import { inspect } from "node:util";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { gatewayErrorResponse, MOCK_CUSTOMER_ID, partnerCenterErrorResponse } from "@partnercenter/mocks";
import { createPartnerCenterClient, getCustomer, PartnerCenterError, readResponseInfo } from "../src/index.js";
import { API, GUID, recordRequests, useMockApi } from "./support.js";

const server = useMockApi();
const customerUrl = `${API}/v1/customers/:id`;
const client = () => createPartnerCenterClient({ accessToken: "t", retry: { maxRetries: 0 } });

async function failure(answer: (request: Request) => Response): Promise<PartnerCenterError> {
  server.use(http.get(customerUrl, ({ request }) => answer(request)));
  const thrown = await getCustomer(client(), MOCK_CUSTOMER_ID).catch((error: unknown) => error);
  expect(thrown).toBeInstanceOf(PartnerCenterError);
  return thrown as PartnerCenterError;
}

describe("PartnerCenterError reads every error body the service sends", () => {
  it("the Partner Center envelope with a numeric code, and the answer's IDs", async () => {
    const error = await failure((request) =>
      partnerCenterErrorResponse(request, 400, { code: 60012, description: "Out of licenses", data: ["LicenseQuotaExceededException : ..."] }),
    );
    expect(error).toMatchObject({
      name: "PartnerCenterError",
      status: 400,
      category: "BadInput",
      code: "60012",
      description: "Out of licenses",
      data: ["LicenseQuotaExceededException : ..."],
      source: "PartnerFD",
      retryAfterSeconds: undefined,
      requestId: expect.stringMatching(GUID),
      correlationId: expect.stringMatching(GUID),
      correlationVector: expect.stringMatching(/\.0$/),
      serverId: expect.any(String),
    });
    expect(error.message).toBe(`Partner Center 400 BadInput (code 60012): Out of licenses [MS-RequestId ${error.requestId}]`);
  });

  it("a string code", async () => {
    const error = await failure(() =>
      HttpResponse.json({ code: "900420", description: "Invalid token audience", data: [], source: "PartnerFD" }, { status: 401 }),
    );
    expect(error).toMatchObject({ status: 401, category: "Unauthorized", code: "900420", description: "Invalid token audience" });
  });

  it("the gateway's { statusCode, message } with Retry-After", async () => {
    const error = await failure((request) =>
      gatewayErrorResponse(request, 429, "Rate limit is exceeded. Try again in 57 seconds.", { "Retry-After": "57" }),
    );
    expect(error).toMatchObject({
      status: 429,
      category: "TooManyRequests",
      code: undefined,
      source: undefined,
      description: "Rate limit is exceeded. Try again in 57 seconds.",
      retryAfterSeconds: 57,
    });
  });

  it("an empty body", async () => {
    const error = await failure(() => new HttpResponse(null, { status: 401, headers: { "Content-Length": "0" } }));
    expect(error).toMatchObject({ status: 401, category: "Unauthorized", description: "HTTP 401 with no error body", data: [] });
  });

  it("a body that is not JSON", async () => {
    const error = await failure(() => new HttpResponse("<html>Bad gateway</html>", { status: 502, headers: { "Content-Type": "text/html" } }));
    expect(error).toMatchObject({ status: 502, category: "ServerError", description: "<html>Bad gateway</html>" });
  });

  it("JSON of another shape, shown as it is", async () => {
    const error = await failure(() => HttpResponse.json({ error: { code: "Oops" } }, { status: 500 }));
    expect(error.description).toBe('{"error":{"code":"Oops"}}');
  });

  it("a 2xx body that is not JSON: ResponseParsing", async () => {
    server.use(http.get(customerUrl, () => new HttpResponse("not json", { status: 200 })));
    await expect(getCustomer(client(), MOCK_CUSTOMER_ID)).rejects.toMatchObject({
      name: "PartnerCenterError",
      status: 200,
      category: "ResponseParsing",
      description: "the body is not JSON",
    });
  });

  it("an empty 2xx body: ResponseParsing", async () => {
    server.use(http.get(customerUrl, () => new HttpResponse(null, { status: 200 })));
    await expect(getCustomer(client(), MOCK_CUSTOMER_ID)).rejects.toMatchObject({ category: "ResponseParsing", description: "the body is empty" });
  });

  it("names the request and correlation IDs sent when the answer does not echo them", async () => {
    const seen = recordRequests(server);
    const error = await failure(() => HttpResponse.json({ statusCode: 429, message: "Slow down" }, { status: 429 }));
    expect(error.requestId).toBe(seen[0]?.headers.get("MS-RequestId"));
    expect(error.correlationId).toBe(seen[0]?.headers.get("MS-CorrelationId"));
  });
});

describe("categories, as the official SDK maps statuses", () => {
  it.each([
    [400, "BadInput"],
    [401, "Unauthorized"],
    [403, "Forbidden"],
    [404, "NotFound"],
    [405, "InvalidOperation"],
    [406, "UnsupportedDataFormat"],
    [408, "RequestTimeout"],
    [409, "AlreadyExists"],
    [412, "ServerError"],
    [417, "ServerError"],
    [429, "TooManyRequests"],
    [500, "ServerError"],
    [501, "ServerError"],
    [502, "ServerError"],
    [503, "ServerBusy"],
    [504, "GatewayTimeout"],
  ])("%i is %s", async (status, category) => {
    const error = PartnerCenterError.fromResponse(new Response(null, { status }), undefined);
    expect(error.category).toBe(category);
  });
});

describe("the token never shows", () => {
  const TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2FwaS5wYXJ0bmVyY2VudGVyLm1pY3Jvc29mdC5jb20ifQ.c2lnbmF0dXJl";

  it("not in the message, the JSON or util.inspect of an error, even when the server echoes it", async () => {
    server.use(
      http.get(customerUrl, ({ request }) =>
        HttpResponse.json(
          {
            code: 401,
            description: `Rejected ${request.headers.get("Authorization")} and ${TOKEN}`,
            data: [{ header: request.headers.get("Authorization") }],
            source: "PartnerFD",
          },
          { status: 401 },
        ),
      ),
    );
    const error = await getCustomer(createPartnerCenterClient({ accessToken: TOKEN }), MOCK_CUSTOMER_ID).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PartnerCenterError);
    const shown = [String(error), JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })];
    for (const text of shown) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(TOKEN.split(".")[2]);
    }
    expect((error as PartnerCenterError).description).toBe("Rejected Bearer [REDACTED] and [REDACTED]");
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: "PartnerCenterError", status: 401, message: (error as Error).message });
  });

  it("not in a no-answer error either", async () => {
    server.use(http.get(customerUrl, () => HttpResponse.error()));
    const error = await getCustomer(createPartnerCenterClient({ accessToken: TOKEN, retry: { maxRetries: 1, initialDelayMs: 0 } }), MOCK_CUSTOMER_ID).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toMatchObject({ status: 0, category: "NotSpecified" });
    expect(inspect(error, { depth: 10, showHidden: true })).not.toContain(TOKEN);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });
});

describe("readResponseInfo", () => {
  it("gives the raw client's caller the answer's Partner Center IDs", async () => {
    const seen = recordRequests(server);
    const { response } = await client().GET("/v1/customers/{customer_id}", { params: { path: { customer_id: MOCK_CUSTOMER_ID } } });
    expect(readResponseInfo(response)).toEqual({
      status: 200,
      requestId: seen[0]?.headers.get("MS-RequestId"),
      correlationId: seen[0]?.headers.get("MS-CorrelationId"),
      correlationVector: response.headers.get("MS-CV"),
      serverId: response.headers.get("MS-ServerId"),
    });
  });
});
