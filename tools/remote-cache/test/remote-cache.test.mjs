// Proves the self-hosted remote cache: a fresh clone of this repository builds against the
// server (uploading signed artifacts), then a second fresh clone's `npm run build` replays every
// task from it (FULL TURBO). Slow (two `npm ci` and one cold build), so it runs in
// `npm run test:cache`, which .ci/run also runs, not in `npm test`.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRemoteCache } from "../server.mjs";

const exec = promisify(execFile);
const repository = path.resolve(fileURLToPath(new URL("../../..", import.meta.url)));

/** @type {string} */
let work;
/** @type {import("../server.mjs").RemoteCache | undefined} */
let cache;
/** @type {Record<string, string | undefined>} */
let env;

/** Runs a command in `cwd` with the clients' environment; rejects with its output on failure. */
async function run(/** @type {string} */ command, /** @type {string[]} */ args, /** @type {string} */ cwd) {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return `${stdout}${stderr}`;
  } catch (error) {
    const failed = /** @type {{ stdout?: string, stderr?: string, message: string }} */ (error);
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}: ${failed.message}\n${failed.stdout ?? ""}${failed.stderr ?? ""}`);
  }
}

/** A fresh clone of the repository's committed HEAD, installed from the shared npm cache. */
async function freshClone(/** @type {string} */ name) {
  const dir = path.join(work, name);
  await run("git", ["clone", "--quiet", "--no-hardlinks", repository, dir], work);
  await run("npm", ["ci", "--no-audit", "--no-fund", "--prefer-offline"], dir);
  return dir;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "remote-cache-test-"));
  const token = randomBytes(24).toString("hex");
  const signatureKey = randomBytes(32).toString("hex");
  cache = await startRemoteCache({ token, signatureKey, storagePath: path.join(work, "artifacts") });
  // Both clones get exactly this environment: turbo hashes CI (globalEnv), so it is pinned.
  env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    npm_config_cache: process.env.npm_config_cache,
    CHROMIUM_PATH: process.env.CHROMIUM_PATH,
    CI: "true",
    TURBO_TELEMETRY_DISABLED: "1",
    REDOCLY_TELEMETRY: "off",
    DO_NOT_TRACK: "1",
    TURBO_API: cache.url,
    TURBO_TOKEN: token,
    TURBO_TEAM: "partnercenter",
    TURBO_REMOTE_CACHE_SIGNATURE_KEY: signatureKey,
  };
});

afterAll(async () => {
  await cache?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe("a self-hosted Turborepo remote cache", () => {
  it("answers GET /v8/artifacts/status on loopback, and serves artifacts only for the token", async () => {
    expect(cache?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const status = await fetch(`${cache?.url}/v8/artifacts/status`);
    expect(status.status).toBe(200);
    const artifact = `${cache?.url}/v8/artifacts/0123456789abcdef?slug=partnercenter`;
    expect((await fetch(artifact, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    expect((await fetch(artifact, { headers: { authorization: `Bearer ${env.TURBO_TOKEN}` } })).status).toBe(404);
  });

  it("makes a second fresh clone's npm run build a full cache hit, every task replayed from the server", async () => {
    const first = await freshClone("first");
    const cold = await run("npm", ["run", "build"], first);
    expect(cold).not.toContain("FULL TURBO");
    const built = /Tasks:\s+(\d+) successful, (\d+) total/.exec(cold);
    expect(built?.[1]).toBe(built?.[2]);

    const second = await freshClone("second");
    const warm = await run("npm", ["run", "build", "--", "--output-logs=full"], second);
    const tasks = Number(/Tasks:\s+(\d+) successful, (\d+) total/.exec(warm)?.[2]);
    expect(tasks).toBeGreaterThan(5);
    expect(warm).toMatch(new RegExp(`Cached:\\s+${tasks} cached, ${tasks} total`));
    expect(warm).toContain("FULL TURBO");
    expect(warm.match(/cache hit, replaying logs/g)).toHaveLength(tasks);
    expect(warm).not.toContain("cache miss");
    // Signed artifacts: a client with another key rejects them (and rebuilds).
    env.TURBO_REMOTE_CACHE_SIGNATURE_KEY = randomBytes(32).toString("hex");
    await rm(path.join(second, ".turbo"), { recursive: true, force: true });
    const otherKey = await run("npm", ["run", "build", "--", "--filter=@partnercenter/openapi"], second);
    expect(otherKey).toContain("cache miss");
  });
});
