// One server of the benchmark, in its own process so that its memory and its share of the CPU
// are its own: `node bench/serve.mjs mock|mock-1000|bare <answer.json>` prints
// `{"url", "rssBytes", "heapUsedBytes"}` once listening (after a warm-up), then serves until killed.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { createPartnerCenterMock } from "../dist/index.js";
import { startMockServer } from "../dist/server.js";
import { syntheticSpec } from "./synthetic-spec.mjs";

const [kind, answerFile] = process.argv.slice(2);
let url;
if (kind === "bare") {
  // The same bytes the mock answers, from a server that does nothing else.
  const answer = JSON.parse(await readFile(answerFile, "utf8"));
  const server = createServer((request, response) => {
    request.resume();
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${server.address().port}`;
} else {
  const spec = kind === "mock-1000" ? await syntheticSpec(1000) : undefined;
  const server = await startMockServer(spec ? { spec } : {});
  url = server.url;
}
// Warm up: the first request compiles the operation's validators.
for (let index = 0; index < 200; index += 1) {
  await fetch(`${url}/v1/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10`, { headers: { Authorization: "Bearer bench" } }).then((response) => response.arrayBuffer());
}
globalThis.gc?.();
const memory = process.memoryUsage();
console.log(JSON.stringify({ url, rssBytes: memory.rss, heapUsedBytes: memory.heapUsed }));
void createPartnerCenterMock;
