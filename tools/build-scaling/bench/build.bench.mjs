#!/usr/bin/env node
// How the build grows with the spec, and what a one-line spec edit costs (docs/decisions, "build
// that scales"). For each size (default 4, 50, 200 and 1,000 operations) a throwaway copy of the
// repository gets a synthetic spec (src/synthetic-spec.mjs); then, in interleaved rounds:
// - the full build: `turbo run build --force` in the copy, wall time (what `npm run build` costs
//   cold, with turbo's parallelism; the previous build's outputs are removed first);
// - each stage on its own: every command of every `build` script, in dependency order, one after
//   the other (src/build-stages.mjs), so a stage's time is not blurred by another running beside it.
// Then, on a copy of the real spec: a no-op `turbo run build` (all cache hits), the build after a
// one-line schema description edit, and the regeneration alone (lint, bundle and the generators).
// Prints medians over the rounds. BENCH_ROUNDS (default 3) and BENCH_SIZES ("4,50,200,1000") change
// the run; BENCH_EDIT=0 skips the edit measurement; BENCH_REPO measures another checkout of the
// repository (an older commit, say) with this one's installed packages. The copies are removed at the end.
import { readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buildCommands, buildEnvironment, run, runCommand, turboBin } from "../src/build-stages.mjs";
import { writeSyntheticSpec } from "../src/synthetic-spec.mjs";
import { copyRepository } from "../src/workspace-copy.mjs";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? "4,50,200,1000").split(",").map(Number);
const EDIT = process.env.BENCH_EDIT !== "0";
const FROM = process.env.BENCH_REPO ? path.resolve(process.env.BENCH_REPO) : undefined;
const MAX_RATIO_200 = 1.5; // full build at 200 operations over the build at 4
const MAX_EDIT_FACTOR = 1.5; // build after a one-line edit over (no-op build + regeneration)
const LINEAR_SLACK = 0.25; // see linearVerdict
/** The stages a one-line spec edit must redo before anything is compiled: "the regeneration". */
const REGENERATION = new Set([
  ...["lint", "bundle", "spec: lint + bundle", "spec: lint + bundle: rest"],
  ...["types: generators", "types: generators: rest", "type generation", "operation table"],
  ...["client: generation", "mocks: generation"],
]);
const EDITED_SCHEMA = "openapi/components/schemas/Customer.yaml";

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const seconds = (ms) => (ms / 1000).toFixed(1);
const pad = (text, width) => String(text).padStart(width);
const copies = [];
const removeCopies = () => Promise.all(copies.map((copy) => copy.remove()));
process.once("SIGINT", () => removeCopies().finally(() => process.exit(130)));

/**
 * Removes what a previous build left in a copy (`dist/`, the declarations and `.tsbuildinfo` in
 * `.types/`, the docs' `.samples/`), so that the next build starts cold: incremental `tsc` would
 * otherwise find its work done. The generated files in `src/generated/` stay: they are committed.
 */
async function clean(point) {
  for (const directory of new Set(point.commands.map((command) => command.directory))) {
    for (const output of ["dist", ".types", ".samples"]) await rm(path.join(directory, output), { recursive: true, force: true });
  }
}

/** Wall time of `turbo run build` in `dir`, with its log (to check for FULL TURBO). */
async function turboBuild(dir, args = []) {
  const start = performance.now();
  const log = await run(turboBin(dir), ["run", "build", ...args], { cwd: dir, env: buildEnvironment(dir) });
  return { ms: performance.now() - start, log };
}

/** Runs every stage of the build in `dir` once; returns the time of each stage label. */
async function stages(dir, commands) {
  const times = new Map();
  for (const command of commands) {
    for (const { label, ms } of await runCommand(dir, command)) times.set(label, (times.get(label) ?? 0) + ms);
  }
  return times;
}

async function scaling() {
  const points = [];
  for (const size of SIZES) {
    const copy = await copyRepository({ prefix: `pc-bench-${size}-`, from: FROM });
    copies.push(copy);
    const spec = await writeSyntheticSpec(copy.dir, size);
    points.push({ size, dir: copy.dir, spec, commands: buildCommands(copy.dir), full: [], stages: [] });
  }
  for (let round = 0; round < ROUNDS; round += 1) {
    // Interleaved, and in a different order each round, so a change in the machine's load is shared out.
    const order = points.map((_, index) => points[(index + round) % points.length]);
    for (const point of order) {
      await clean(point);
      const full = await turboBuild(point.dir, ["--force"]);
      point.full.push(full.ms);
      await clean(point);
      point.stages.push(await stages(point.dir, point.commands));
      console.error(`round ${round + 1}/${ROUNDS}: ${point.size} operations, full build ${seconds(full.ms)} s`);
    }
  }
  return points;
}

/**
 * "linear" unless the stage's time at the largest size exceeds the straight line through the
 * first and the second-largest sizes by more than a quarter of itself and more than 1 s (the
 * noise of a shared machine; a slope that noise makes negative counts as flat).
 */
function linearVerdict(sizes, values) {
  if (sizes.length < 3) return "";
  const [a, b, last] = [0, sizes.length - 2, sizes.length - 1];
  const slope = Math.max(0, (values[b] - values[a]) / (sizes[b] - sizes[a]));
  const predicted = values[b] + slope * (sizes[last] - sizes[b]);
  return values[last] - predicted <= Math.max(LINEAR_SLACK * values[last], 1000) ? "linear" : "SUPER-LINEAR";
}

function printScaling(points) {
  const sizes = points.map((point) => point.size);
  // A part that never takes a measurable time (the rest of a script whose parts run side by side) is left out.
  const labels = [...new Set(points.flatMap((point) => point.stages.flatMap((times) => [...times.keys()])))].filter((label) =>
    points.some((point) => point.stages.some((times) => (times.get(label) ?? 0) >= 50)),
  );
  const width = Math.max(28, ...labels.map((text) => text.length)) + 2;
  const header = (first) => `${first.padEnd(width)}${sizes.map((size) => pad(size, 8)).join("")}`;
  console.log(`\nBuild stages, each command run alone (parts of one script may run side by side), seconds (median of ${ROUNDS}); columns: operations in the spec`);
  console.log(`${header("stage")}${pad(`x ${sizes.at(-1)}/${sizes[0]}`, 11)}${pad("ms/op", 8)}  growth`);
  const medians = new Map();
  for (const label of labels) {
    const values = points.map((point) => median(point.stages.map((times) => times.get(label) ?? 0)));
    medians.set(label, values);
    const perOperation = (values.at(-1) - values[0]) / (sizes.at(-1) - sizes[0]);
    const growth = values[0] >= 50 ? `${(values.at(-1) / values[0]).toFixed(1)}x` : "-";
    console.log(`${label.padEnd(width)}${values.map((ms) => pad(seconds(ms), 8)).join("")}${pad(growth, 11)}${pad(perOperation.toFixed(1), 8)}  ${linearVerdict(sizes, values)}`);
  }
  const sums = points.map((_, index) => [...medians.values()].reduce((sum, values) => sum + values[index], 0));
  console.log(`${"sum of the stages".padEnd(width)}${sums.map((ms) => pad(seconds(ms), 8)).join("")}${pad(`${(sums.at(-1) / sums[0]).toFixed(1)}x`, 11)}`);

  const full = points.map((point) => median(point.full));
  console.log(`\nFull build, \`turbo run build --force\`, wall time in seconds (median of ${ROUNDS}), and its ratio to the ${sizes[0]}-operation build`);
  console.log(header("operations"));
  console.log(`${"full build".padEnd(width)}${full.map((ms) => pad(seconds(ms), 8)).join("")}`);
  console.log(`${"ratio of the medians".padEnd(width)}${full.map((ms) => pad(`${(ms / full[0]).toFixed(2)}x`, 8)).join("")}`);
  // Each round builds every size back to back, so the ratio within a round compares builds that
  // shared the machine's load; its median over the rounds is what the target is judged on.
  const paired = points.map((point) => median(point.full.map((ms, round) => ms / points[0].full[round])));
  console.log(`${"median of the rounds' ratios".padEnd(width)}${paired.map((ratio) => pad(`${ratio.toFixed(2)}x`, 8)).join("")}`);
  const at200 = sizes.indexOf(200);
  if (at200 > 0 && sizes[0] === 4) {
    const ratio = paired[at200];
    console.log(`target: the build at 200 operations at most ${MAX_RATIO_200}x the build at 4, within a round: ${ratio <= MAX_RATIO_200 ? "met" : "NOT met"} (${ratio.toFixed(2)}x; rounds ${points[at200].full.map((ms, round) => (ms / points[0].full[round]).toFixed(2)).join(", ")})`);
  }
  const superLinear = labels.filter((label) => linearVerdict(sizes, medians.get(label)) === "SUPER-LINEAR");
  if (sizes.length >= 3) console.log(`target: no stage super-linear in the operation count: ${superLinear.length ? `NOT met (${superLinear.join(", ")})` : "met"}`);
}

async function oneLineEdit() {
  const copy = await copyRepository({ prefix: "pc-bench-edit-", from: FROM });
  copies.push(copy);
  const commands = buildCommands(copy.dir).filter((command) => REGENERATION.has(command.label));
  await turboBuild(copy.dir); // fills the copy's cache
  const noop = [];
  const edit = [];
  const regeneration = [];
  const schemaFile = path.join(copy.dir, EDITED_SCHEMA);
  const original = await readFile(schemaFile, "utf8");
  for (let round = 0; round < ROUNDS; round += 1) {
    const idle = await turboBuild(copy.dir);
    if (!idle.log.includes("FULL TURBO")) throw new Error(`the no-op build in ${copy.dir} was not a full cache hit:\n${idle.log.slice(-3000)}`);
    noop.push(idle.ms);
    // One line: a property description, the kind of edit an author makes most.
    const edited = original.replace("description: Customer tenant ID (a GUID).", `description: Customer tenant ID (a GUID), edit ${round + 1}.`);
    if (edited === original) throw new Error(`${EDITED_SCHEMA} no longer has the line the benchmark edits`);
    await writeFile(schemaFile, edited);
    edit.push((await turboBuild(copy.dir)).ms);
    let ms = 0;
    for (const command of commands) for (const part of await runCommand(copy.dir, command)) if (REGENERATION.has(part.label)) ms += part.ms;
    regeneration.push(ms);
    console.error(`edit round ${round + 1}/${ROUNDS}: no-op ${seconds(idle.ms)} s, edit ${seconds(edit.at(-1))} s, regeneration ${seconds(ms)} s`);
  }
  const [noopMs, editMs, regenerationMs] = [median(noop), median(edit), median(regeneration)];
  const bound = MAX_EDIT_FACTOR * (noopMs + regenerationMs);
  console.log(`\nOne-line schema edit (${EDITED_SCHEMA}, a property description; the real spec), seconds (median of ${ROUNDS})`);
  console.log(`${"no-op build (FULL TURBO)".padEnd(44)}${pad(seconds(noopMs), 8)}`);
  console.log(`${"regeneration alone (lint, bundle, generators)".padEnd(44)}${pad(seconds(regenerationMs), 8)}`);
  console.log(`${"npm run build after the edit".padEnd(44)}${pad(seconds(editMs), 8)}`);
  console.log(`target: at most ${MAX_EDIT_FACTOR}x (no-op + regeneration) = ${seconds(bound)} s: ${editMs <= bound ? "met" : "NOT met"} (${(editMs / (noopMs + regenerationMs)).toFixed(2)}x)`);
}

const started = performance.now();
try {
  if (FROM) console.log(`Measuring ${FROM}`);
  console.log(`Build benchmark: ${SIZES.join(", ")} operations, ${ROUNDS} interleaved rounds, ${os.availableParallelism()} CPUs, Node ${process.version}`);
  printScaling(await scaling());
  if (EDIT) await oneLineEdit();
  console.log(`\n(benchmark took ${seconds(performance.now() - started)} s)`);
} finally {
  await removeCopies();
}
