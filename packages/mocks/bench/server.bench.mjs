#!/usr/bin/env node
// Throughput and latency of the mock HTTP server against a bare node:http server answering the
// same bytes, on loopback, side by side in one run (autocannon, 10 connections): the mock with the
// real spec, the mock with a 1,000-operation synthetic spec, and the bare server, each in its own
// process, measured in interleaved rounds; the figures are the medians of the rounds. Prints the
// ratios (mock / bare) of requests per second and of p99 latency, and each server's idle memory.
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { startMockServer } from "../dist/server.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = 10;
const PATH = "/v1/customers/4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10";
const HEADERS = { Authorization: "Bearer bench", Accept: "application/json" };
const serveScript = fileURLToPath(new URL("./serve.mjs", import.meta.url));

async function answerBytes() {
  const server = await startMockServer();
  try {
    const response = await fetch(`${server.url}${PATH}`, { headers: HEADERS });
    const headers = Object.fromEntries(response.headers);
    return { status: response.status, headers, body: await response.text() };
  } finally {
    await server.close();
  }
}

function serve(kind, answerFile) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", serveScript, kind, answerFile], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const line = out.split("\n")[0];
      if (out.includes("\n")) resolve({ child, ...JSON.parse(line) });
    });
    child.once("exit", (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
}

const load = (url) =>
  new Promise((resolve, reject) => {
    autocannon({ url: `${url}${PATH}`, headers: HEADERS, connections: CONNECTIONS, duration: SECONDS }, (error, result) => (error ? reject(error) : resolve(result)));
  });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dir = await mkdtemp(path.join(tmpdir(), "pc-mock-bench-"));
const servers = [];
try {
  const answerFile = path.join(dir, "answer.json");
  await writeFile(answerFile, JSON.stringify(await answerBytes()));
  for (const kind of ["bare", "mock", "mock-1000"]) servers.push({ kind, ...(await serve(kind, answerFile)) });
  const results = Object.fromEntries(servers.map((server) => [server.kind, { rps: [], p99: [] }]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const server of servers) {
      const result = await load(server.url);
      if (result.non2xx || result.errors) throw new Error(`${server.kind}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
      results[server.kind].rps.push(result.requests.average);
      results[server.kind].p99.push(result.latency.p99);
    }
  }
  const figure = (kind) => ({ rps: median(results[kind].rps), p99: median(results[kind].p99) });
  const bare = figure("bare");
  const mb = (bytes) => `${(bytes / 1_048_576).toFixed(0)} MB`;
  console.log(`Mock HTTP server vs bare node:http, GET ${PATH}, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s (medians)`);
  console.log("| server | requests/s | p99 latency | throughput vs bare | p99 vs bare | idle RSS |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const server of servers) {
    const { rps, p99 } = figure(server.kind);
    console.log(`| ${server.kind} | ${rps.toFixed(0)} | ${p99} ms | ${(rps / bare.rps).toFixed(2)}x | ${(p99 / Math.max(bare.p99, 1)).toFixed(2)}x | ${mb(server.rssBytes)} |`);
  }
  const mock = figure("mock");
  const large = figure("mock-1000");
  console.log(`\nMock with a 1,000-operation spec: ${(large.rps / mock.rps).toFixed(2)}x the throughput of the mock with the real spec (target at least 0.8x).`);
  console.log(`Mock with the real spec: ${(mock.rps / bare.rps).toFixed(2)}x the bare server's throughput (target at least 0.3x).`);
} finally {
  for (const server of servers) server.child.kill();
  await rm(dir, { recursive: true, force: true });
}
