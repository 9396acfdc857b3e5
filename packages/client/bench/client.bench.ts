// Per-request cost of the client's whole stack (path check, headers, auth, retry and timeout
// policies; no logger) against bare openapi-fetch and plain fetch: once with fetch stubbed, so
// only client-side work is measured (as openapi-fetch's own benchmark does), once against a
// loopback HTTP server in a worker thread. The baselines send the same Partner Center headers
// the client sends, so the comparison is of client-side work, not of bytes on the wire; one
// extra baseline sends only Authorization and Accept.
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
const minimalHeaders = { Authorization: "Bearer bench-token", Accept: "application/json" };
const headers = {
  ...minimalHeaders,
  "MS-RequestId": "f9a030bd-e492-4c1a-9c70-021f18234981",
  "MS-CorrelationId": "03d6064a-f048-4aee-8892-ed46dc5c8bee",
  "X-Locale": "en-US",
};

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

function benchAll(baseUrl: string, fetch: typeof stubFetch) {
  const bare = createClient<paths>({ baseUrl, fetch, headers });
  const bareMinimal = createClient<paths>({ baseUrl, fetch, headers: minimalHeaders });
  const partnerCenter = createPartnerCenterClient({ accessToken: "bench-token", baseUrl, fetch });
  bench("plain fetch", async () => {
    await (await fetch(`${baseUrl}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers })).json();
  }, options);
  bench("bare openapi-fetch", async () => {
    await bare.GET("/v1/customers/{customer_id}", params);
  }, options);
  bench("bare openapi-fetch, Authorization and Accept only", async () => {
    await bareMinimal.GET("/v1/customers/{customer_id}", params);
  }, options);
  bench("@partnercenter/client", async () => {
    await partnerCenter.GET("/v1/customers/{customer_id}", params);
  }, options);
  bench("@partnercenter/client getCustomer()", async () => {
    await getCustomer(partnerCenter, MOCK_CUSTOMER_ID);
  }, options);
}

describe("GET /v1/customers/{customer_id}, fetch stubbed", () => {
  benchAll(STUBBED, stubFetch);
});

describe("GET /v1/customers/{customer_id}, loopback HTTP server", () => {
  benchAll(LOOPBACK, (input, init) => globalThis.fetch(input, init));
});
