import { http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { customerExample, MOCK_CUSTOMER_ID, partnerCenterErrorResponse } from "@partnercenter/mocks";
import {
  createPartnerCenterClient,
  getCustomer,
  PARTNER_CENTER_TOKEN_SCOPES,
  PartnerCenterArgumentError,
  PartnerCenterError,
  PartnerCenterOptionsError,
  type TokenCredentialLike,
} from "../src/index.js";
import { afterPendingMicrotasks, API, recordRequests, useMockApi } from "./support.js";

const server = useMockApi();
const customerPath = { params: { path: { customer_id: MOCK_CUSTOMER_ID } } };
const HOUR_MS = 3_600_000;

/** A credential that hands out `token-1`, `token-2`, ... valid for `lifetimeMs`, recording the scopes asked for. */
function countingCredential(lifetimeMs = HOUR_MS) {
  const scopes: string[][] = [];
  const credential: TokenCredentialLike = {
    getToken: vi.fn(async (asked: string[]) => {
      scopes.push(asked);
      return { token: `token-${scopes.length}`, expiresOnTimestamp: Date.now() + lifetimeMs };
    }),
  };
  return { credential, scopes };
}

const authorizations = (seen: Request[]) => seen.map((request) => request.headers.get("Authorization"));

describe("TokenCredential", () => {
  it.each([
    ["global", "https://api.partnercenter.microsoft.com/.default"],
    ["usgov", "https://api.partnercenter.microsoft.com/.default"],
    ["china", "https://partner.partnercenterapi.microsoftonline.cn/.default"],
  ] as const)("asks for the %s cloud's scope %s", async (cloud, scope) => {
    expect(PARTNER_CENTER_TOKEN_SCOPES[cloud]).toBe(scope);
    const { credential, scopes } = countingCredential();
    const seen = recordRequests(server);
    await getCustomer(createPartnerCenterClient({ credential, cloud }), MOCK_CUSTOMER_ID);
    expect(scopes).toEqual([[scope]]);
    expect(authorizations(seen)).toEqual(["Bearer token-1"]);
  });

  it("keeps the cloud's scope with a custom base URL", async () => {
    server.use(http.get("http://127.0.0.1:4010/v1/customers/:id", () => HttpResponse.json(customerExample)));
    const { credential, scopes } = countingCredential();
    await getCustomer(createPartnerCenterClient({ credential, cloud: "china", baseUrl: "http://127.0.0.1:4010" }), MOCK_CUSTOMER_ID);
    expect(scopes).toEqual([[PARTNER_CENTER_TOKEN_SCOPES.china]]);
  });

  it("caches the token until 30 s before it expires, then asks again", async () => {
    vi.useFakeTimers();
    const { credential } = countingCredential(HOUR_MS);
    const seen = recordRequests(server);
    const client = createPartnerCenterClient({ credential });
    await getCustomer(client, MOCK_CUSTOMER_ID);
    vi.setSystemTime(Date.now() + HOUR_MS - 30_001);
    await getCustomer(client, MOCK_CUSTOMER_ID);
    vi.setSystemTime(Date.now() + 1);
    await getCustomer(client, MOCK_CUSTOMER_ID);
    expect(credential.getToken).toHaveBeenCalledTimes(2);
    expect(authorizations(seen)).toEqual(["Bearer token-1", "Bearer token-1", "Bearer token-2"]);
  });

  it("takes the refresh margin from refreshTokenBeforeExpiryMs", async () => {
    vi.useFakeTimers();
    const { credential } = countingCredential(HOUR_MS);
    const client = createPartnerCenterClient({ credential, refreshTokenBeforeExpiryMs: 120_000 });
    await getCustomer(client, MOCK_CUSTOMER_ID);
    vi.setSystemTime(Date.now() + HOUR_MS - 120_000);
    await getCustomer(client, MOCK_CUSTOMER_ID);
    expect(credential.getToken).toHaveBeenCalledTimes(2);
  });

  it("lets concurrent requests share one getToken call", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const credential: TokenCredentialLike = {
      getToken: vi.fn(async () => {
        await gate;
        return { token: "shared", expiresOnTimestamp: Date.now() + HOUR_MS };
      }),
    };
    const seen = recordRequests(server);
    const client = createPartnerCenterClient({ credential });
    const calls = Promise.all(Array.from({ length: 5 }, () => getCustomer(client, MOCK_CUSTOMER_ID)));
    await afterPendingMicrotasks(); // all five calls are now waiting for a token
    release();
    await calls;
    expect(credential.getToken).toHaveBeenCalledTimes(1);
    expect(authorizations(seen)).toEqual(Array(5).fill("Bearer shared"));
  });

  it("lets concurrent requests share one call of a token function, which is asked again afterwards", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const provider = vi.fn(async () => {
      await gate;
      return `token-${provider.mock.calls.length}`;
    });
    const seen = recordRequests(server);
    const client = createPartnerCenterClient({ accessToken: provider });
    const calls = Promise.all(Array.from({ length: 3 }, () => getCustomer(client, MOCK_CUSTOMER_ID)));
    await afterPendingMicrotasks();
    release();
    await calls;
    await getCustomer(client, MOCK_CUSTOMER_ID);
    expect(provider).toHaveBeenCalledTimes(2);
    expect(authorizations(seen)).toEqual(["Bearer token-1", "Bearer token-1", "Bearer token-1", "Bearer token-2"]);
  });

  it("does not cache a failed getToken: the next call asks again", async () => {
    let calls = 0;
    const credential: TokenCredentialLike = {
      getToken: async () => {
        calls += 1;
        if (calls === 1) throw new Error("AADSTS7000215: Invalid client secret provided.");
        return { token: "good", expiresOnTimestamp: Date.now() + HOUR_MS };
      },
    };
    const seen = recordRequests(server);
    const client = createPartnerCenterClient({ credential });
    await expect(getCustomer(client, MOCK_CUSTOMER_ID)).rejects.toThrow("AADSTS7000215");
    expect(seen).toHaveLength(0);
    await getCustomer(client, MOCK_CUSTOMER_ID);
    expect(authorizations(seen)).toEqual(["Bearer good"]);
  });

  it("refuses a credential that returns null, sending nothing", async () => {
    const seen = recordRequests(server);
    const client = createPartnerCenterClient({ credential: { getToken: async () => null } });
    await expect(getCustomer(client, MOCK_CUSTOMER_ID)).rejects.toBeInstanceOf(PartnerCenterOptionsError);
    expect(seen).toHaveLength(0);
  });
});

describe("token functions", () => {
  it("caches { token, expiresOnTimestamp } like a credential's token", async () => {
    const provider = vi.fn(() => ({ token: "from-provider", expiresOnTimestamp: Date.now() + HOUR_MS }));
    const client = createPartnerCenterClient({ accessToken: provider });
    await getCustomer(client, MOCK_CUSTOMER_ID);
    await getCustomer(client, MOCK_CUSTOMER_ID);
    expect(provider).toHaveBeenCalledTimes(1);
  });
});

describe("401: one refresh, one retry", () => {
  const rejectOldTokens = (valid: string) =>
    http.get(`${API}/v1/customers/:id`, ({ request }) =>
      request.headers.get("Authorization") === `Bearer ${valid}`
        ? undefined
        : partnerCenterErrorResponse(request, 401, { code: 900420, description: "The token is expired." }),
    );

  it("refreshes the token once and sends the call once more, with the same MS-RequestId", async () => {
    server.use(rejectOldTokens("token-2"));
    const { credential } = countingCredential();
    const seen = recordRequests(server);
    const customer = await getCustomer(createPartnerCenterClient({ credential }), MOCK_CUSTOMER_ID);
    expect(customer.id).toBe(MOCK_CUSTOMER_ID);
    expect(authorizations(seen)).toEqual(["Bearer token-1", "Bearer token-2"]);
    expect(seen[1]?.headers.get("MS-RequestId")).toBe(seen[0]?.headers.get("MS-RequestId"));
  });

  it("does not loop: a second 401 ends the call with Unauthorized", async () => {
    server.use(rejectOldTokens("never"));
    const { credential } = countingCredential();
    const seen = recordRequests(server);
    const error = await getCustomer(createPartnerCenterClient({ credential }), MOCK_CUSTOMER_ID).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PartnerCenterError);
    expect(error).toMatchObject({ status: 401, category: "Unauthorized", code: "900420" });
    expect(seen).toHaveLength(2);
    expect(credential.getToken).toHaveBeenCalledTimes(2);
  });

  it("refreshes a function provider too, and shares the new token with the next call", async () => {
    server.use(rejectOldTokens("fresh"));
    const tokens = ["stale", "fresh"];
    const provider = vi.fn(() => ({ token: tokens.shift() ?? "fresh", expiresOnTimestamp: Date.now() + HOUR_MS }));
    const seen = recordRequests(server);
    const client = createPartnerCenterClient({ accessToken: provider });
    await getCustomer(client, MOCK_CUSTOMER_ID);
    await getCustomer(client, MOCK_CUSTOMER_ID);
    expect(authorizations(seen)).toEqual(["Bearer stale", "Bearer fresh", "Bearer fresh"]);
    expect(provider).toHaveBeenCalledTimes(2);
  });

  it("does not resend when the provider has nothing newer, nor for a fixed token", async () => {
    server.use(rejectOldTokens("never"));
    const seen = recordRequests(server);
    const sameToken = createPartnerCenterClient({ accessToken: () => "same" });
    await expect(getCustomer(sameToken, MOCK_CUSTOMER_ID)).rejects.toMatchObject({ status: 401 });
    const fixed = createPartnerCenterClient({ accessToken: "fixed" });
    await expect(getCustomer(fixed, MOCK_CUSTOMER_ID)).rejects.toMatchObject({ status: 401 });
    expect(authorizations(seen)).toEqual(["Bearer same", "Bearer fixed"]);
  });
});

describe("where the token may go", () => {
  it.each(["http://api.partnercenter.microsoft.com", "http://10.0.0.5:8080", "http://localhost.example.com"])(
    "refuses plain http:// to %s",
    (baseUrl) => {
      expect(() => createPartnerCenterClient({ accessToken: "t", baseUrl })).toThrow(PartnerCenterOptionsError);
    },
  );

  it.each(["http://localhost:4010", "http://127.0.0.1", "http://127.10.0.1:80", "http://[::1]:4010", "http://mock.localhost", "https://example.test"])(
    "accepts %s",
    (baseUrl) => {
      expect(() => createPartnerCenterClient({ accessToken: "t", baseUrl })).not.toThrow();
    },
  );

  it("refuses a per-call baseUrl on another host, sending nothing", async () => {
    const seen = recordRequests(server);
    server.use(http.all("https://evil.example/*", () => HttpResponse.json({ stolen: true })));
    const client = createPartnerCenterClient({ accessToken: "secret-token" });
    const error = await client
      .GET("/v1/customers/{customer_id}", { ...customerPath, baseUrl: "https://evil.example" })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PartnerCenterArgumentError);
    expect((error as PartnerCenterArgumentError).argument).toBe("url");
    expect(String(error)).not.toContain("secret-token");
    expect(seen).toHaveLength(0);
  });

  it("refuses a look-alike host that merely starts with the API host's name", async () => {
    const seen = recordRequests(server);
    const client = createPartnerCenterClient({ accessToken: "t" });
    await expect(
      client.GET("/v1/customers/{customer_id}", { ...customerPath, baseUrl: `${API}.evil.example` }),
    ).rejects.toBeInstanceOf(PartnerCenterArgumentError);
    expect(seen).toHaveLength(0);
  });

  it("does not follow a redirect, so the token cannot be carried to its target", async () => {
    const seen = recordRequests(server);
    server.use(
      http.get(`${API}/v1/customers/:id`, () => new HttpResponse(null, { status: 302, headers: { Location: "https://evil.example/steal" } })),
      http.all("https://evil.example/*", () => HttpResponse.json({ stolen: true })),
    );
    const client = createPartnerCenterClient({ accessToken: "t" });
    const { response } = await client.GET("/v1/customers/{customer_id}", customerPath);
    expect(response.status).toBe(302);
    expect(seen.map((request) => new URL(request.url).host)).toEqual(["api.partnercenter.microsoft.com"]);
    await expect(getCustomer(client, MOCK_CUSTOMER_ID)).rejects.toMatchObject({ status: 302, category: "ServerError" });
  });
});

describe("auth options", () => {
  it.each([
    ["credential", { accessToken: "t", credential: { getToken: async () => null } }],
    ["credential", { credential: {} }],
    ["credential", { credential: null }],
  ])("throws PartnerCenterOptionsError naming `%s`", (option, options) => {
    expect(() => createPartnerCenterClient(options as never)).toThrow(expect.objectContaining({ option }));
  });
});
