// Prints what `vitest bench` measured as ratios (time per request of each client over bare
// openapi-fetch and over plain fetch), checks the loopback target with requests interleaved
// one by one (robust to the machine's load changing between benches), then prints the size of
// the client's bundle, minified and gzipped, with and without openapi-fetch. Run by
// `npm run bench` after the benchmark.
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import createClient from "openapi-fetch";
import { customerExample, MOCK_CUSTOMER_ID } from "@partnercenter/mocks";
import { createPartnerCenterClient } from "../dist/index.js";

const RESULTS = new URL("../.bench/results.json", import.meta.url);
const MAX_RATIO = 1.15; // time per request, client over bare openapi-fetch, on loopback
const MAX_ADDED_GZIP_BYTES = 4 * 1024;

const results = JSON.parse(readFileSync(RESULTS, "utf8"));
const verdict = (ok) => (ok ? "met" : "NOT met");
console.log("\nRatios: time per request (median) over bare openapi-fetch and over plain fetch, both sending the");
console.log("client's Partner Center headers; lower is better");
for (const group of results.files.flatMap((file) => file.groups)) {
  const byName = Object.fromEntries(group.benchmarks.map((entry) => [entry.name, entry]));
  const bare = byName["bare openapi-fetch"];
  const plain = byName["plain fetch"];
  console.log(`\n${group.fullName.split(" > ").at(-1)}`);
  for (const entry of group.benchmarks) {
    const median = `${(entry.median * 1000).toFixed(1)} µs`;
    console.log(
      `  ${entry.name.padEnd(52)} ${Math.round(entry.hz).toLocaleString("en-US").padStart(8)} req/s  median ${median.padStart(9)}  ` +
        `x${(entry.median / bare.median).toFixed(2)} openapi-fetch  x${(entry.median / plain.median).toFixed(2)} fetch`,
    );
  }
}

// The same loopback comparison with bare openapi-fetch and the client taking turns request by
// request, so both see the same load; the target is judged on these medians.
const ROUNDS = 3000;
const server = new Worker(new URL("./loopback-server.mjs", import.meta.url), { workerData: { body: JSON.stringify(customerExample) } });
const [port] = await once(server, "message");
const baseUrl = `http://127.0.0.1:${port}`;
const minimalHeaders = { Authorization: "Bearer bench-token", Accept: "application/json" };
const headers = { ...minimalHeaders, "MS-RequestId": crypto.randomUUID(), "MS-CorrelationId": crypto.randomUUID(), "X-Locale": "en-US" };
const params = { params: { path: { customer_id: MOCK_CUSTOMER_ID } } };
const contenders = {
  "bare openapi-fetch": createClient({ baseUrl, headers }),
  "bare openapi-fetch, Authorization and Accept only": createClient({ baseUrl, headers: minimalHeaders }),
  "@partnercenter/client": createPartnerCenterClient({ accessToken: "bench-token", baseUrl }),
};
const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
for (let round = -300; round < ROUNDS; round++) {
  for (const [name, client] of Object.entries(contenders)) {
    const started = performance.now();
    await client.GET("/v1/customers/{customer_id}", params);
    if (round >= 0) samples[name].push(performance.now() - started);
  }
}
server.postMessage("close");
const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
const medians = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
const ratio = medians["@partnercenter/client"] / medians["bare openapi-fetch"];
const minimal = medians["@partnercenter/client"] / medians["bare openapi-fetch, Authorization and Accept only"];
console.log(`\nLoopback, ${ROUNDS} rounds interleaved (median per request)`);
for (const [name, value] of Object.entries(medians)) console.log(`  ${name.padEnd(52)} ${(value * 1000).toFixed(1).padStart(7)} µs`);
console.log(`  target: the client costs at most ${MAX_RATIO}x bare openapi-fetch per request: x${ratio.toFixed(2)}, ${verdict(ratio <= MAX_RATIO)}`);
console.log(`  (x${minimal.toFixed(2)} over bare openapi-fetch sending only Authorization and Accept: the extra headers' bytes included)`);

// The bundle a user ships: what it imports from dist/index.js, bundled and minified by esbuild.
// Tree-shaking drops what a user does not import, so the size is reported per import set.
const bundle = async (contents, external = []) => {
  const result = await build({
    stdin: { contents, resolveDir: fileURLToPath(new URL(".", import.meta.url)) },
    bundle: true, minify: true, write: false, format: "esm", platform: "neutral", target: "es2022", external, logLevel: "silent",
  });
  const bytes = result.outputFiles[0].contents;
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const dist = "../dist/index.js";
const openapiFetch = await bundle('export { default } from "openapi-fetch";');
const IMPORT_SETS = [
  ["createPartnerCenterClient (the whole middleware stack)", `export { createPartnerCenterClient } from "${dist}";`],
  ["+ the five operation functions", `export { createPartnerCenterClient, getCustomer, listManagedServices, listCustomerServiceIncidents, updateServiceRequest, addServiceRequestNote } from "${dist}";`],
  ["everything (+ paginate, errors, helpers)", `export * from "${dist}";`],
];
const kB = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;
console.log("\nBundle size (esbuild --minify, gzip -9), added on top of openapi-fetch");
console.log(`  ${"openapi-fetch alone".padEnd(58)} ${kB(openapiFetch.min).padStart(9)} min  ${kB(openapiFetch.gzip).padStart(8)} gzip`);
const added = {};
for (const [name, contents] of IMPORT_SETS) {
  const size = await bundle(contents);
  added[name] = size.gzip - openapiFetch.gzip;
  console.log(`  ${name.padEnd(58)} ${kB(size.min - openapiFetch.min).padStart(9)} min  ${kB(added[name]).padStart(8)} gzip added`);
}
for (const [name] of IMPORT_SETS) {
  console.log(`  target: adds at most ${kB(MAX_ADDED_GZIP_BYTES)} gzip: ${name}: ${kB(added[name])}, ${verdict(added[name] <= MAX_ADDED_GZIP_BYTES)}`);
}
console.log("");
