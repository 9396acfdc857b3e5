#!/usr/bin/env node
// `npm run build` of the spec: `redocly lint` (recommended-strict: any problem fails the build)
// and `redocly bundle` into dist/openapi.json. The bundle does not need the lint's verdict, only
// the build does, so the two Redocly CLI runs go side by side; the build fails when either fails,
// and a failed build is neither cached by turbo nor followed by the packages generated from the
// bundle. Each run's output is printed whole, the lint's first.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { timed } from "./build-timing.mjs";

const require = createRequire(import.meta.url);
const cli = require.resolve("@redocly/cli/bin/cli.js");
const specDir = fileURLToPath(new URL("..", import.meta.url));

/** Runs the Redocly CLI with `args`; resolves with its exit code and its output. */
function redocly(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: specDir, stdio: ["ignore", "pipe", "pipe"] });
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? 1, signal, output: Buffer.concat(output).toString() }));
  });
}

const [lint, bundle] = await Promise.all([
  timed("lint", () => redocly(["lint", "--config", "../redocly.yaml"])),
  timed("bundle", () => redocly(["bundle", "partner-center@v1", "--config", "../redocly.yaml", "--output", "dist/openapi.json"])),
]);
for (const [name, run] of [["redocly lint", lint], ["redocly bundle", bundle]]) {
  process.stdout.write(run.output);
  if (run.code !== 0) {
    console.error(`${name} failed (${run.signal ?? `exit ${run.code}`})`);
    process.exitCode = 1;
  }
}
