#!/usr/bin/env node
// The breaking-change gate. Commands:
//   gate       compare the bundled spec with the baseline, print the report, exit 1 when a
//              breaking change has no major changeset for every package generated from the spec
//   page       write the "Changes since the last release" HTML page (--out FILE)
//   baseline   copy the bundled spec over the baseline (run by `npm run version` at a release)
// Options: --baseline FILE, --current FILE (default: @partnercenter/openapi's bundle),
//          --root DIR (the folder holding .changeset/; default: the repository root).
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { compareSpecs, majorCoverage, renderHtml, renderText } from "../src/index.mjs";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    baseline: { type: "string", default: path.join(packageDir, "baseline/openapi.json") },
    current: { type: "string" },
    root: { type: "string", default: path.resolve(packageDir, "../..") },
    out: { type: "string" },
    annotations: { type: "boolean", default: false },
  },
});
const command = positionals[0] ?? "gate";
const current = values.current ?? fileURLToPath(import.meta.resolve("@partnercenter/openapi/openapi.json"));
const shown = (/** @type {string} */ file) => path.relative(values.root, file) || file;

/** @param {string} file @param {string} what */
async function readSpec(file, what) {
  const text = await readFile(file, "utf8").catch((error) => {
    throw new Error(`Cannot read ${what} ${file} (${error.code ?? error.message}).${what === "the bundled spec" ? " Run `npm run build` first." : ""}`);
  });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${what} ${file} is not JSON: ${/** @type {Error} */ (error).message}`);
  }
}

try {
  if (command === "baseline") {
    await readSpec(current, "the bundled spec");
    await mkdir(path.dirname(values.baseline), { recursive: true });
    await copyFile(current, values.baseline);
    console.log(`${shown(values.baseline)} is now the bundled spec (${shown(current)}): the baseline of the next release`);
  } else if (command === "gate" || command === "page") {
    const [before, after] = await Promise.all([readSpec(values.baseline, "the baseline"), readSpec(current, "the bundled spec")]);
    const changes = compareSpecs(before, after);
    if (command === "page") {
      if (!values.out) throw new Error("page needs --out FILE");
      await mkdir(path.dirname(values.out), { recursive: true });
      await writeFile(values.out, renderHtml(changes, { baselineVersion: before.info?.version ?? "?", currentVersion: after.info?.version ?? "?" }));
      console.log(`${shown(values.out)}: ${changes.length} changes since the last release`);
    } else {
      const coverage = await majorCoverage(values.root);
      process.stdout.write(renderText(changes, { baseline: shown(values.baseline), current: shown(current), coverage, annotations: values.annotations }));
      if (changes.some((c) => c.classification === "breaking") && !coverage.covered) process.exitCode = 1;
    }
  } else {
    throw new Error(`unknown command ${command}: use gate, page or baseline`);
  }
} catch (error) {
  console.error(`api-diff: ${/** @type {Error} */ (error).message}`);
  process.exitCode = 2;
}
