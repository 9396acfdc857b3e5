import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createMockAccessToken,
  createPartnerCenterMock,
  MOCK_CUSTOMER_ID,
  MOCK_SERVICE_REQUEST_ID,
  PARTNER_CENTER_AUDIENCE,
  serviceRequestExample,
  type PartnerCenterMock,
} from "../src/index.js";

const API = "https://api.partnercenter.microsoft.com";
/** The challenge the error-codes page documents for a 401. */
const WWW_AUTHENTICATE = "OAuth realm=urn:cpsvc:cpid:00000000-0000-0000-0000-000000000000";
let mock: PartnerCenterMock;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(() => {
  mock = createPartnerCenterMock();
  server.resetHandlers(...mock.handlers);
});
afterAll(() => server.close());

const operations = [
  ["getCustomer", `/v1/customers/${MOCK_CUSTOMER_ID}`, "GET"],
  ["listManagedServices", `/v1/customers/${MOCK_CUSTOMER_ID}/managedservices`, "GET"],
  ["listCustomerServiceIncidents", `/v1/customers/${MOCK_CUSTOMER_ID}/serviceincidents/office`, "GET"],
  ["updateServiceRequest", `/v1/servicerequests/${MOCK_SERVICE_REQUEST_ID}`, "PATCH"],
] as const;

function call(path: string, method: string, authorization: string | undefined) {
  return fetch(`${API}${path}`, {
    method,
    headers: { ...(authorization === undefined ? {} : { Authorization: authorization }), "Content-Type": "application/json" },
    ...(method === "PATCH" ? { body: JSON.stringify({ newNote: { text: "auth test" } }) } : {}),
  });
}

async function statuses(authorization: string | undefined) {
  const result: Record<string, number> = {};
  for (const [operationId, path, method] of operations) result[operationId] = (await call(path, method, authorization)).status;
  return result;
}

describe("token kinds", () => {
  it("treats an opaque (non-JWT) token as App+User, so every operation answers", async () => {
    expect(await statuses("Bearer test-token")).toEqual({ getCustomer: 200, listManagedServices: 200, listCustomerServiceIncidents: 200, updateServiceRequest: 200 });
  });

  it("lets an App+User JWT (it has scp) call every operation", async () => {
    const token = createMockAccessToken({ kind: "app+user" });
    expect(await statuses(`Bearer ${token}`)).toEqual({ getCustomer: 200, listManagedServices: 200, listCustomerServiceIncidents: 200, updateServiceRequest: 200 });
  });

  it("answers 403 (code 2032) to an App-only JWT (no scp) on the App+User-only operations, as the spec's security says", async () => {
    const token = createMockAccessToken({ kind: "app-only" });
    expect(await statuses(`Bearer ${token}`)).toEqual({ getCustomer: 200, listManagedServices: 403, listCustomerServiceIncidents: 200, updateServiceRequest: 403 });
    const denied = await call(operations[1][1], "GET", `Bearer ${token}`);
    expect(await denied.json()).toEqual({ code: 2032, description: expect.stringMatching(/App\+User tokens only.*App-only token/), data: [], source: "PartnerFD" });
    expect(denied.headers.get("WWW-Authenticate")).toBeNull();
    expect(mock.store.get("serviceRequests", MOCK_SERVICE_REQUEST_ID)?.notes).toEqual(serviceRequestExample.notes);
  });

  it("tells kinds apart by scp alone: a JWT without scp is App-only whatever else it says", async () => {
    const noScp = createMockAccessToken({ kind: "app+user", claims: { scp: undefined } });
    expect((await statuses(`Bearer ${noScp}`)).listManagedServices).toBe(403);
    const withScp = createMockAccessToken({ kind: "app-only", claims: { scp: "user_impersonation" } });
    expect((await statuses(`Bearer ${withScp}`)).listManagedServices).toBe(200);
  });
});

describe("401 answers", () => {
  it.each([
    ["no Authorization header", undefined, 800001],
    ["an empty bearer token", "Bearer ", 800001],
    ["another scheme", "Basic dXNlcjpwYXNz", 800001],
    ["a token with characters a bearer token cannot have", "Bearer abc\u00e9", 900420],
    ["a JWT whose payload is not JSON", "Bearer eyJhbGciOiJub25lIn0.bm90IGpzb24.", 900420],
    ["a token for https://graph.windows.net", `Bearer ${createMockAccessToken({ kind: "app+user", audience: "https://graph.windows.net" })}`, 900420],
    ["a JWT with no audience", `Bearer ${createMockAccessToken({ kind: "app+user", claims: { aud: undefined } })}`, 900420],
    ["an expired token", `Bearer ${createMockAccessToken({ kind: "app+user", expiresInSeconds: -1 })}`, 900420],
    ["a token not valid yet", `Bearer ${createMockAccessToken({ kind: "app-only", issuedAt: new Date(Date.now() + 600_000) })}`, 900420],
  ])("for %s, on every operation, with WWW-Authenticate and code %i", async (_, authorization, code) => {
    for (const [, path, method] of operations) {
      const response = await call(path, method, authorization);
      expect(response.status).toBe(401);
      expect(response.headers.get("WWW-Authenticate")).toBe(WWW_AUTHENTICATE);
      expect(await response.json()).toMatchObject({ code, source: "PartnerFD" });
    }
    expect(mock.store.get("serviceRequests", MOCK_SERVICE_REQUEST_ID)?.notes).toEqual(serviceRequestExample.notes);
  });

  it("names the wrong audience the way the service does", async () => {
    const token = createMockAccessToken({ kind: "app+user", audience: "https://graph.windows.net" });
    const body = await (await call(operations[0][1], "GET", `Bearer ${token}`)).json();
    expect(body.description).toBe("The audience 'https://graph.windows.net' in the token is invalid and is not supported in Partner Center API.");
  });

  it("accepts the Partner Center audience in its URI and application-ID forms, and others when told to", async () => {
    for (const audience of [PARTNER_CENTER_AUDIENCE, "fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd", "https://partner.partnercenterapi.microsoftonline.cn"]) {
      expect((await call(operations[0][1], "GET", `Bearer ${createMockAccessToken({ kind: "app-only", audience })}`)).status).toBe(200);
    }
    const custom = createPartnerCenterMock({ acceptedAudiences: ["api://my-test"] });
    server.resetHandlers(...custom.handlers);
    expect((await call(operations[0][1], "GET", `Bearer ${createMockAccessToken({ kind: "app-only", audience: "api://my-test" })}`)).status).toBe(200);
    expect((await call(operations[0][1], "GET", `Bearer ${createMockAccessToken({ kind: "app-only" })}`)).status).toBe(401);
  });

  it("judges expiry by the mock's clock", async () => {
    const issuedAt = new Date("2030-01-01T00:00:00Z");
    const token = createMockAccessToken({ kind: "app+user", issuedAt, expiresInSeconds: 3600 });
    let now = new Date("2030-01-01T00:59:59Z");
    server.resetHandlers(...createPartnerCenterMock({ now: () => now }).handlers);
    expect((await call(operations[0][1], "GET", `Bearer ${token}`)).status).toBe(200);
    now = new Date("2030-01-01T01:00:00Z");
    expect((await call(operations[0][1], "GET", `Bearer ${token}`)).status).toBe(401);
  });
});

describe("no token is ever echoed", () => {
  it("in any answer body or header, whatever the outcome", async () => {
    const tokens = [
      "opaque-secret-token-value-1234567890",
      createMockAccessToken({ kind: "app-only" }),
      createMockAccessToken({ kind: "app+user", audience: "https://graph.windows.net" }),
      createMockAccessToken({ kind: "app+user", expiresInSeconds: -5 }),
      "eyJzZWNyZXQiOiJ2YWx1ZSJ9.eyJub3QiOiJhIHRva2VuIn0.c2lnbmF0dXJl-secret",
    ];
    for (const token of tokens) {
      for (const [, path, method] of operations) {
        const response = await call(path, method, `Bearer ${token}`);
        const text = await response.text();
        expect(text).not.toContain(token);
        for (const part of token.split(".").filter((piece) => piece.length > 8)) expect(text).not.toContain(part);
        for (const [, value] of response.headers) expect(value).not.toContain(token);
      }
    }
  });
});

describe("createMockAccessToken", () => {
  it("makes an unsigned JWT whose claims look like Entra's for each kind", () => {
    const issuedAt = new Date("2025-01-01T00:00:00Z");
    const decode = (token: string) => JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"));
    const appUser = decode(createMockAccessToken({ kind: "app+user", issuedAt }));
    expect(appUser).toMatchObject({ aud: PARTNER_CENTER_AUDIENCE, scp: "user_impersonation", idtyp: "user", iat: 1_735_689_600, exp: 1_735_693_200 });
    expect(appUser.upn).toEqual(expect.any(String));
    const appOnly = decode(createMockAccessToken({ kind: "app-only", issuedAt, expiresInSeconds: 60 }));
    expect(appOnly).toMatchObject({ idtyp: "app", roles: [], exp: 1_735_689_660 });
    expect(appOnly).not.toHaveProperty("scp");
    expect(createMockAccessToken({ kind: "app-only" }).split(".")).toHaveLength(3);
  });

  it.each([
    [{ kind: "app" }, /kind must be "app\+user" or "app-only", got "app"/],
    [{ kind: "app+user", expiresInSeconds: Number.NaN }, /expiresInSeconds must be a finite number of seconds/],
    [{ kind: "app+user", issuedAt: new Date("nope") }, /issuedAt must be a valid Date/],
  ])("throws a TypeError naming the bad option (%j)", (options, message) => {
    expect(() => createMockAccessToken(options as never)).toThrow(TypeError);
    expect(() => createMockAccessToken(options as never)).toThrow(message);
  });
});
