// Per-request cost of the client's middleware over bare openapi-fetch and plain fetch, with
// fetch stubbed so only client-side work is measured (as openapi-fetch's own benchmark does).
// Run with `npm run bench` at the repository root; vitest prints operations per second.
import createClient from "openapi-fetch";
import { bench, describe } from "vitest";
import type { paths } from "@partnercenter/types";
import { customerExample, MOCK_CUSTOMER_ID } from "@partnercenter/mocks";
import { createPartnerCenterClient } from "../src/index.js";

const BASE_URL = "https://api.partnercenter.microsoft.com";
const body = JSON.stringify(customerExample);
const stubFetch = async (_input: Request | string | URL, _init?: RequestInit) =>
  new Response(body, { status: 200, headers: { "Content-Type": "application/json; charset=utf-8" } });

const bare = createClient<paths>({ baseUrl: BASE_URL, fetch: stubFetch });
const partnerCenter = createPartnerCenterClient({ accessToken: "bench-token", fetch: stubFetch });
const params = { params: { path: { customer_id: MOCK_CUSTOMER_ID } } };

describe("GET /v1/customers/{customer_id}, fetch stubbed", () => {
  bench("plain fetch + JSON.parse", async () => {
    const response = await stubFetch(`${BASE_URL}/v1/customers/${MOCK_CUSTOMER_ID}`, {
      headers: { Authorization: "Bearer bench-token", Accept: "application/json" },
    });
    await response.json();
  });

  bench("bare openapi-fetch", async () => {
    await bare.GET("/v1/customers/{customer_id}", params);
  });

  bench("@partnercenter/client", async () => {
    await partnerCenter.GET("/v1/customers/{customer_id}", params);
  });
});
