// Proof from outside the monorepo: the three packages are packed with `npm pack`, installed
// from their tarballs into a fresh project in the system's temporary folder (no workspace
// links, no path aliases), type-checked there under `node16` and `bundler` resolution with
// TypeScript 5.9 and with TypeScript 7 (npm's `latest`), run as ESM and as CommonJS, and used by
// a partner-style vitest suite, on this Node and on Node 22 and 24 (downloaded as the npm
// registry's `node-<platform>-<arch>` packages).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { cp, mkdir, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unreachablePackedFiles } from "./support/packed-files.js";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const fixture = fileURLToPath(new URL("../fixture/", import.meta.url));
const PACKAGES = ["@partnercenter/types", "@partnercenter/client", "@partnercenter/mocks"];
/** Node majors measured besides the one running the tests. */
const OTHER_NODE_MAJORS = [22, 24];
/** Downloaded Node binaries are kept here between local runs. */
const nodeCache = path.join(repoRoot, "node_modules/.cache/partnercenter-consumer-node");

/** Stops every command still running when the suite ends (e.g. an install its hook timed out on). */
const stopCommands = new AbortController();

/** Runs a command and returns its standard output; on failure the error carries all its output. */
async function sh(file: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<string> {
  try {
    const { stdout } = await run(file, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CI: "true", NO_COLOR: "1", ...env }, signal: stopCommands.signal });
    return stdout;
  } catch (error) {
    const failed = error as Error & { stdout?: string; stderr?: string };
    throw new Error(`${file} ${args.join(" ")} failed in ${cwd}:\n${failed.stdout ?? ""}\n${failed.stderr ?? ""}`);
  }
}

const installedVersion = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;

/** Installs `node-<platform>-<arch>@<major>` from the npm registry and returns its binary. */
async function nodeBinary(major: number): Promise<string> {
  const prefix = path.join(nodeCache, String(major));
  const packageName = `node-${process.platform}-${process.arch}`;
  const binary = path.join(prefix, "node_modules", packageName, "bin", "node");
  try {
    await sh(binary, ["--version"], prefix);
  } catch {
    await mkdir(prefix, { recursive: true });
    await sh("npm", ["install", "--prefix", prefix, "--no-save", "--no-audit", "--no-fund", `${packageName}@${major}`], prefix);
  }
  return binary;
}

interface PackedPackage {
  name: string;
  filename: string;
  files: Array<{ path: string }>;
}
let project: string;
let tarballContents: PackedPackage[] = [];
/** Node binary by label: "current" and each of OTHER_NODE_MAJORS. */
const runtimes = new Map<string, string>();

let setup: Promise<void> | undefined;

beforeAll(() => (setup = prepareProject()));

/** Packs the packages, makes the partner project from them and gets the other Node versions. */
async function prepareProject(): Promise<void> {
  // Made synchronously, so afterAll knows what to remove even when this hook times out.
  project = mkdtempSync(path.join(tmpdir(), "partnercenter-consumer-"));
  const tarballs = path.join(project, ".tarballs");
  await mkdir(tarballs);
  const packed = JSON.parse(
    await sh("npm", ["pack", "--json", "--pack-destination", tarballs, ...PACKAGES.flatMap((name) => ["--workspace", name])], repoRoot),
  ) as PackedPackage[];
  expect(packed.map((entry) => entry.name).sort()).toEqual([...PACKAGES].sort());
  tarballContents = packed;

  await cp(fixture, project, { recursive: true });
  const dependencies = Object.fromEntries(packed.map((entry) => [entry.name, `file:${path.join(tarballs, entry.filename)}`]));
  await writeFile(
    path.join(project, "package.json"),
    JSON.stringify(
      {
        name: "partner-app",
        private: true,
        type: "module",
        dependencies: { ...dependencies, msw: installedVersion("msw") },
        devDependencies: {
          typescript: installedVersion("typescript"),
          // A partner who installs TypeScript today gets 7 (native); the declarations must suit both.
          "typescript-native": `npm:typescript@${installedVersion("typescript-native")}`,
          vitest: installedVersion("vitest"),
          "@types/node": installedVersion("@types/node"),
        },
      },
      null,
      2,
    ),
  );
  // The install and the downloads mostly wait on the disk and the registry: run them together.
  runtimes.set("current", process.execPath);
  const [, ...binaries] = await Promise.all([
    sh("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts"], project),
    ...OTHER_NODE_MAJORS.map((major) => nodeBinary(major)),
  ]);
  OTHER_NODE_MAJORS.forEach((major, index) => runtimes.set(String(major), binaries[index] as string));
  // Settled promises, so a failure is reported by its test rather than as an unhandled rejection.
  for (const { name, tsc, args } of COMPILERS) {
    for (const config of TYPE_CHECKS) {
      typeChecks.set(
        `${name} ${config}`,
        sh(process.execPath, [tsc, "-p", config, ...args], project).then(
          () => ({ ok: true as const }),
          (error: unknown) => ({ ok: false as const, error }),
        ),
      );
    }
  }
}

const TYPE_CHECKS = ["tsconfig.node16.json", "tsconfig.node16-cjs.json", "tsconfig.bundler.json"] as const;
/**
 * The partner project's compilers. TypeScript 5.9 also writes dist/ for the runs below;
 * TypeScript 7 only checks (`--noEmit`), so the two never write the same files.
 */
const COMPILERS = [
  { name: "TypeScript 5.9", tsc: "node_modules/typescript/bin/tsc", args: [] },
  { name: "TypeScript 7", tsc: "node_modules/typescript-native/bin/tsc", args: ["--noEmit"] },
] as const;
type Compiler = (typeof COMPILERS)[number]["name"];
/** The type-checks, started together once the project is ready: each is a second or two of one core alone, and the other core is often idle by then. */
const typeChecks = new Map<string, Promise<{ ok: true } | { ok: false; error: unknown }>>();

/** Waits for one of the type-checks started in {@link prepareProject}; throws its error. */
async function typeCheck(config: (typeof TYPE_CHECKS)[number], compiler: Compiler = "TypeScript 5.9"): Promise<void> {
  const outcome = await typeChecks.get(`${compiler} ${config}`);
  if (!outcome) throw new Error(`the ${compiler} type-check of ${config} was not started: the project setup failed`);
  if (!outcome.ok) throw outcome.error;
}

afterAll(async () => {
  // A timed-out setup may still be installing: stop it, let it settle, then remove the project.
  stopCommands.abort();
  await setup?.catch(() => undefined);
  await Promise.all(typeChecks.values());
  if (project && !process.env.KEEP_CONSUMER_PROJECT) await rm(project, { recursive: true, force: true });
});

describe("the packed packages in a fresh project", () => {
  it("ship only files their entry points reach (no stale chunk of another build)", () => {
    for (const { name, files } of tarballContents) {
      const packageDir = path.dirname(require.resolve(`${name}/package.json`));
      const read = (file: string) => readFileSync(path.join(packageDir, file), "utf8");
      const manifest = JSON.parse(read("package.json")) as Record<string, unknown>;
      const stale = unreachablePackedFiles(
        manifest,
        files.map((file) => file.path),
        read,
      );
      expect(stale, `${name} packs files nothing references; rebuild it from a clean dist/ (rm -rf ${path.relative(repoRoot, packageDir)}/dist && npm run build)`).toEqual([]);
    }
  });

  it("installs from the tarballs, not from the workspace", async () => {
    for (const name of PACKAGES) {
      const installed = await realpath(path.join(project, "node_modules", name));
      expect(installed.startsWith(await realpath(project))).toBe(true);
      const manifest = JSON.parse(await readFile(path.join(installed, "package.json"), "utf8")) as { files?: string[] };
      expect(manifest.files).toContain("dist");
    }
  });

  it("runs the mock server's bin with npx, as the README says, passing its options through", async () => {
    // Offline, so a bin that is not installed fails here instead of being looked up in the
    // registry. A port it refuses proves the option reached the bin (npx does not take it).
    await expect(sh("npx", ["partnercenter-mock-server", "--port", "not-a-port"], project, { npm_config_offline: "true" })).rejects.toThrow(
      /--port must be a whole number from 0 to 65535, got "not-a-port"[\s\S]*Usage: partnercenter-mock-server/,
    );
  });

  describe.each(COMPILERS)("with $name", ({ name: compiler }) => {
    it("type-checks under moduleResolution node16, as ESM", async () => {
      await typeCheck("tsconfig.node16.json", compiler);
    });

    it("type-checks under moduleResolution node16, as CommonJS", async () => {
      await typeCheck("tsconfig.node16-cjs.json", compiler);
    });

    it("type-checks under moduleResolution bundler", async () => {
      await typeCheck("tsconfig.bundler.json", compiler);
    });
  });

  // Runs the JavaScript the node16 type-checks above emitted into dist/. The three runtimes run
  // side by side: each waits on its own processes, and they only read the project.
  it.concurrent.for(["current", ...OTHER_NODE_MAJORS.map(String)])("runs as ESM, as CommonJS and under vitest on Node %s", async (label, { expect }) => {
    await Promise.all([typeCheck("tsconfig.node16.json"), typeCheck("tsconfig.node16-cjs.json")]);
    const node = runtimes.get(label);
    if (!node) throw new Error(`Node ${label} was not prepared`);
    const version = (await sh(node, ["--version"], project)).trim();
    expect(version).toMatch(label === "current" ? `v${process.versions.node}` : new RegExp(`^v${label}\\.`));

    const esm = JSON.parse(await sh(node, ["dist/consumer.js"], project));
    expect(esm).toEqual({ format: "esm", companyName: "Contoso Retail", statuses: 4 });
    const cjs = JSON.parse(await sh(node, ["dist/consumer-cjs.cjs"], project));
    expect(cjs).toEqual({ format: "cjs", companyName: "Contoso Retail", statuses: 4 });

    // No results cache: the three runs would write the same node_modules/.vite file at once.
    const vitest = await sh(node, ["node_modules/vitest/vitest.mjs", "run", "--no-cache"], project);
    expect(vitest, vitest).toMatch(/Tests\s+4 passed \(4\)/);
  });
});
