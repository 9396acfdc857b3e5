// Proof from outside the monorepo: the three packages are packed with `npm pack`, installed
// from their tarballs into a fresh project in the system's temporary folder (no workspace
// links, no path aliases), type-checked there under `node16` and `bundler` resolution, run as
// ESM and as CommonJS, and used by a partner-style vitest suite, on this Node and on Node 22
// and 24 (downloaded as the npm registry's `node-<platform>-<arch>` packages).
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const fixture = fileURLToPath(new URL("../fixture/", import.meta.url));
const PACKAGES = ["@partnercenter/types", "@partnercenter/client", "@partnercenter/mocks"];
/** Node majors measured besides the one running the tests. */
const OTHER_NODE_MAJORS = [22, 24];
/** Downloaded Node binaries are kept here between local runs. */
const nodeCache = path.join(repoRoot, "node_modules/.cache/partnercenter-consumer-node");

/** Runs a command and returns its standard output; on failure the error carries all its output. */
async function sh(file: string, args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run(file, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CI: "true", NO_COLOR: "1" } });
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

let project: string;
/** Node binary by label: "current" and each of OTHER_NODE_MAJORS. */
const runtimes = new Map<string, string>();

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), "partnercenter-consumer-"));
  const tarballs = path.join(project, ".tarballs");
  await mkdir(tarballs);
  const packed = JSON.parse(
    await sh("npm", ["pack", "--json", "--pack-destination", tarballs, ...PACKAGES.flatMap((name) => ["--workspace", name])], repoRoot),
  ) as Array<{ name: string; filename: string }>;
  expect(packed.map((entry) => entry.name).sort()).toEqual([...PACKAGES].sort());

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
          vitest: installedVersion("vitest"),
          "@types/node": installedVersion("@types/node"),
        },
      },
      null,
      2,
    ),
  );
  await sh("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts"], project);

  runtimes.set("current", process.execPath);
  for (const major of OTHER_NODE_MAJORS) runtimes.set(String(major), await nodeBinary(major));
});

afterAll(async () => {
  if (project && !process.env.KEEP_CONSUMER_PROJECT) await rm(project, { recursive: true, force: true });
});

describe("the packed packages in a fresh project", () => {
  it("installs from the tarballs, not from the workspace", async () => {
    for (const name of PACKAGES) {
      const installed = await realpath(path.join(project, "node_modules", name));
      expect(installed.startsWith(await realpath(project))).toBe(true);
      const manifest = JSON.parse(await readFile(path.join(installed, "package.json"), "utf8")) as { files?: string[] };
      expect(manifest.files).toContain("dist");
    }
  });

  it("runs the mock server's bin with npx, as the README says", async () => {
    const usage = await sh("npx", ["--no", "partnercenter-mock-server", "--help"], project);
    expect(usage).toContain("Usage: partnercenter-mock-server");
  });

  it("type-checks under moduleResolution node16, as ESM", async () => {
    await sh(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.node16.json"], project);
  });

  it("type-checks under moduleResolution node16, as CommonJS", async () => {
    await sh(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.node16-cjs.json"], project);
  });

  it("type-checks under moduleResolution bundler", async () => {
    await sh(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.bundler.json"], project);
  });

  // Runs the JavaScript the node16 type-checks above emitted into dist/.
  it.each(["current", ...OTHER_NODE_MAJORS.map(String)])("runs as ESM, as CommonJS and under vitest on Node %s", async (label) => {
    const node = runtimes.get(label);
    if (!node) throw new Error(`Node ${label} was not prepared`);
    const version = (await sh(node, ["--version"], project)).trim();
    expect(version).toMatch(label === "current" ? `v${process.versions.node}` : new RegExp(`^v${label}\\.`));

    const esm = JSON.parse(await sh(node, ["dist/consumer.js"], project));
    expect(esm).toEqual({ format: "esm", companyName: "Contoso Retail", statuses: 4 });
    const cjs = JSON.parse(await sh(node, ["dist/consumer-cjs.cjs"], project));
    expect(cjs).toEqual({ format: "cjs", companyName: "Contoso Retail", statuses: 4 });

    const vitest = await sh(node, ["node_modules/vitest/vitest.mjs", "run"], project);
    expect(vitest, vitest).toMatch(/Tests\s+4 passed \(4\)/);
  });
});
