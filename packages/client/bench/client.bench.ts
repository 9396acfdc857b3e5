// Per-request cost of the client's whole stack (middleware, auth, retry, timeout policies)
// against bare openapi-fetch and plain fetch: once with fetch stubbed, so only client-side
// work is measured (as openapi-fetch's own benchmark does), once against a loopback HTTP server.
// `npm run bench` runs this, then bench/report.mjs prints the ratios and the bundle size.
import { once } from "node:events";
import { Worker } from "node:worker_threads";
import createClient from "openapi-fetch";
import { afterAll, bench, describe } from "vitest";
import type { paths } from "@partnercenter/types";
import { customerExample, MOCK_CUSTOMER_ID } from "@partnercenter/mocks";
import { createPartnerCenterClient, getCustomer } from "../src/index.js";

const body = JSON.stringify(customerExample);
const params = { params: { path: { customer_id: MOCK_CUSTOMER_ID } } };
const headers = { Authorization: "Bearer bench-token", Accept: "application/json" };

const STUBBED = "https://api.partnercenter.microsoft.com";
const stubFetch = async (_input: Request | string | URL, _init?: RequestInit) =>
  new Response(body, { status: 200, headers: { "Content-Type": "application/json; charset=utf-8" } });

const server = new Worker(new URL("./loopback-server.mjs", import.meta.url), { workerData: { body } });
const [port] = (await once(server, "message")) as [number];
const LOOPBACK = `http://127.0.0.1:${port}`;
afterAll(async () => {
  server.postMessage("close");
  await once(server, "exit");
});

const options = { time: 3000, warmupTime: 500 };

describe("GET /v1/customers/{customer_id}, fetch stubbed", () => {
  const bare = createClient<paths>({ baseUrl: STUBBED, fetch: stubFetch });
  const partnerCenter = createPartnerCenterClient({ accessToken: "bench-token", fetch: stubFetch });
  bench("plain fetch", async () => {
    await (await stubFetch(`${STUBBED}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers })).json();
  }, options);
  bench("bare openapi-fetch", async () => {
    await bare.GET("/v1/customers/{customer_id}", params);
  }, options);
  bench("@partnercenter/client", async () => {
    await partnerCenter.GET("/v1/customers/{customer_id}", params);
  }, options);
  bench("@partnercenter/client getCustomer()", async () => {
    await getCustomer(partnerCenter, MOCK_CUSTOMER_ID);
  }, options);
});

describe("GET /v1/customers/{customer_id}, loopback HTTP server", () => {
  const bare = createClient<paths>({ baseUrl: LOOPBACK, headers });
  const partnerCenter = createPartnerCenterClient({ accessToken: "bench-token", baseUrl: LOOPBACK });
  bench("plain fetch", async () => {
    await (await fetch(`${LOOPBACK}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers })).json();
  }, options);
  bench("bare openapi-fetch", async () => {
    await bare.GET("/v1/customers/{customer_id}", params);
  }, options);
  bench("@partnercenter/client", async () => {
    await partnerCenter.GET("/v1/customers/{customer_id}", params);
  }, options);
  bench("@partnercenter/client getCustomer()", async () => {
    await getCustomer(partnerCenter, MOCK_CUSTOMER_ID);
  }, options);
});
