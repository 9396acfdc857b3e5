// The build's stages as turbo runs them: each `build` task of `turbo run build --dry=json`, in
// dependency order, split into the commands of its package's `build` script (`a && b`). The
// benchmark runs exactly these commands, so it measures the build the repository has, not a copy
// of it that could drift.
import { execFileSync, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT } from "./workspace-copy.mjs";

/** Environment of every command the benchmark runs: no telemetry, and `CI` unset so generators write. */
export function buildEnvironment(root, extra = {}) {
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", REDOCLY_TELEMETRY: "off", DO_NOT_TRACK: "1" };
  delete env.CI;
  delete env.PARTNERCENTER_BUILD_TIMINGS;
  Object.assign(env, extra);
  // turbo's own progress UI is for people; the benchmark reads logs.
  env.TURBO_UI = "false";
  env.PATH = `${path.join(root, "node_modules/.bin")}${path.delimiter}${env.PATH}`;
  return env;
}

/** The turbo binary installed in this checkout (a copy links the same one, or has no node_modules for a dry run). */
export function turboBin() {
  return path.join(REPO_ROOT, "node_modules/.bin/turbo");
}

/**
 * The `build` tasks turbo would run in `root`, dependencies first.
 * @returns {Array<{ taskId: string, package: string, directory: string, command: string, hash: string, cache: string, dependencies: string[] }>}
 */
export function dryRunTasks(root, task = "build") {
  // stderr kept apart: without node_modules in `root` turbo warns that it runs a global turbo.
  const out = execFileSync(turboBin(), ["run", task, "--dry=json"], { cwd: root, env: buildEnvironment(root), encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
  const summary = JSON.parse(out);
  const tasks = summary.tasks.map((entry) => ({
    taskId: entry.taskId,
    package: entry.package,
    directory: entry.directory,
    command: entry.command,
    hash: entry.hash,
    cache: entry.cache?.status,
    dependencies: entry.dependencies ?? [],
  }));
  const byId = new Map(tasks.map((entry) => [entry.taskId, entry]));
  const ordered = [];
  const seen = new Set();
  const visit = (entry) => {
    if (seen.has(entry.taskId)) return;
    seen.add(entry.taskId);
    for (const dependency of entry.dependencies) if (byId.has(dependency)) visit(byId.get(dependency));
    ordered.push(entry);
  };
  for (const entry of tasks) visit(entry);
  return ordered;
}

/** What the tables call a command of a package's build script. */
const LABELS = [
  ["@partnercenter/openapi", /redocly lint/, "lint"],
  ["@partnercenter/openapi", /redocly bundle/, "bundle"],
  ["@partnercenter/openapi", /build\.mjs/, "spec: lint + bundle"],
  ["@partnercenter/types", /generate/, "types: generators"],
  ["@partnercenter/types", /tsup|tsc|declarations/, "types: compile + bundle"],
  ["@partnercenter/client", /generate/, "client: generation"],
  ["@partnercenter/client", /tsup|tsc|declarations/, "client: type-check + bundle"],
  ["@partnercenter/mocks", /generate/, "mocks: generation"],
  ["@partnercenter/mocks", /tsup|tsc|declarations/, "mocks: type-check + bundle"],
  ["@partnercenter/sample", /.*/, "sample: bundle"],
  ["@partnercenter/docs", /.*/, "docs: build script"],
  ["@partnercenter/api-diff", /.*/, "changes page"],
];

function label(pkg, command) {
  const found = LABELS.find(([name, pattern]) => name === pkg && pattern.test(command));
  return found ? found[2] : `${pkg.replace(/^@partnercenter\//, "")}: ${command}`;
}

/**
 * The commands of the build, in order, each with the package it runs in and its label. A task's
 * `build` script `a && b` gives two commands; a task without a build script gives none.
 * @returns {Array<{ package: string, directory: string, command: string, label: string }>}
 */
export function buildCommands(root) {
  const commands = [];
  for (const entry of dryRunTasks(root)) {
    if (!entry.command || entry.command === "<NONEXISTENT>") continue;
    for (const command of entry.command.split(" && ")) {
      commands.push({ package: entry.package, directory: path.join(root, entry.directory), command, label: label(entry.package, command) });
    }
  }
  return commands;
}

/**
 * Runs one shell command as `npm run` would (the package's and the root's `node_modules/.bin` on
 * the PATH) and measures it. A command that reports its own parts through
 * `@partnercenter/openapi/build-timing` is split into them, plus `<label>: rest` for the time
 * outside the parts (start-up, loading modules, work between them); parts that run side by side
 * leave no rest.
 * @returns {Promise<Array<{ label: string, ms: number }>>}
 * @throws {Error} with the command's output when it fails
 */
export async function runCommand(root, { directory, command, label: commandLabel }) {
  const timingsDir = await mkdtemp(path.join(os.tmpdir(), "pc-build-timings-"));
  const timings = path.join(timingsDir, "timings.jsonl");
  try {
    const env = buildEnvironment(root, { PARTNERCENTER_BUILD_TIMINGS: timings });
    env.PATH = `${path.join(directory, "node_modules/.bin")}${path.delimiter}${env.PATH}`;
    const start = performance.now();
    await run("sh", ["-c", command], { cwd: directory, env });
    const total = performance.now() - start;
    const parts = (await readFile(timings, "utf8").catch(() => ""))
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    if (parts.length === 0) return [{ label: commandLabel, ms: total }];
    const rest = total - parts.reduce((sum, part) => sum + part.ms, 0);
    return [...parts.map((part) => ({ label: part.stage, ms: part.ms })), { label: `${commandLabel}: rest`, ms: Math.max(rest, 0) }];
  } finally {
    await rm(timingsDir, { recursive: true, force: true });
  }
}

/**
 * Runs a program and resolves with its output when it exits with 0.
 * @returns {Promise<string>} stdout and stderr, interleaved
 * @throws {Error} naming the command, with the end of its output, when it fails
 */
export function run(file, args, { cwd, env }) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${[file, ...args].join(" ")} in ${cwd} failed (${signal ?? `exit ${code}`}):\n${output.slice(-4000)}`));
    });
  });
}
