#!/usr/bin/env node
// Builds apps/docs/dist/index.html: the bundled spec with a TypeScript code sample per operation
// (scripts/code-samples.mjs), every sample type-checked against the built client, and
// `redocly build-docs` into one self-contained page. The samples are not part of the spec, so
// editing one rebuilds the docs and nothing else. The type-check and the page do not wait for each
// other (the page embeds the samples' text, not their types): they run side by side, and the
// build fails when either fails.
import { spawn } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { timed } from "@partnercenter/openapi/build-timing";
import { codeSamples } from "./code-samples.mjs";

const require = createRequire(import.meta.url);
const docsDir = fileURLToPath(new URL("..", import.meta.url));
const repoRoot = path.resolve(docsDir, "../..");
const workDir = path.join(docsDir, ".samples");
/** TypeScript 7's `tsc` (the root's `typescript-native`; its exports leave out `bin/`). */
const nativeTsc = path.join(path.dirname(require.resolve("typescript-native/package.json")), "bin/tsc");

/** Runs a Node script with its output shown; rejects naming the script when it fails. */
function run(script, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: docsDir, stdio: "inherit" });
    child.on("error", reject);
    child.on("close", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${path.basename(script)} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`))));
  });
}

const spec = JSON.parse(await readFile(fileURLToPath(import.meta.resolve("@partnercenter/openapi/openapi.json")), "utf8"));
const samples = await codeSamples(spec, repoRoot);
await rm(workDir, { recursive: true, force: true });
await mkdir(workDir, { recursive: true });
for (const { operationId, source } of samples) await writeFile(path.join(workDir, `${operationId}.ts`), source);

const byId = new Map(samples.map((sample) => [sample.operationId, sample.source]));
for (const pathItem of Object.values(spec.paths)) {
  for (const operation of Object.values(pathItem)) {
    const source = byId.get(operation?.operationId);
    if (source !== undefined) operation["x-codeSamples"] = [{ lang: "TypeScript", source }];
  }
}
const documented = path.join(workDir, "openapi.json");
await writeFile(documented, JSON.stringify(spec));

const results = await Promise.allSettled([
  // One program for every sample: a spec change that breaks one fails the build here.
  timed("code samples type-check", () => run(nativeTsc, ["-p", "tsconfig.samples.json"])),
  timed("docs", async () => {
    await run(require.resolve("@redocly/cli/bin/cli.js"), [
      "build-docs",
      documented,
      "--config",
      path.join(repoRoot, "redocly.yaml"),
      "--inlineBundle",
      "--title",
      "Partner Center REST API",
      "--output",
      "dist/index.html",
    ]);
    await run(path.join(docsDir, "scripts/inline-attribution-logo.mjs"), ["dist/index.html"]);
    // "Changes since the last release", from the breaking-change gate, next to the reference.
    await run(path.join(docsDir, "scripts/add-changes-page.mjs"), ["dist"]);
  }),
]);
const failed = results.find((result) => result.status === "rejected");
if (failed) {
  console.error(`docs: ${failed.reason.message}`);
  process.exit(1);
}
const generated = samples.filter((sample) => !sample.handWritten).length;
console.log(`docs: ${samples.length} operations, ${generated} generated and ${samples.length - generated} hand-written code samples, all type-checked`);
