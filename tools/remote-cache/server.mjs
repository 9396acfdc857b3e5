#!/usr/bin/env node
// Starts turborepo-remote-cache (the npm package, plain JS) on loopback with local storage.
//   TURBO_TOKEN=<secret> TURBO_REMOTE_CACHE_SIGNATURE_KEY=<key> \
//     node tools/remote-cache/server.mjs [--port 4180] [--storage DIR]
// Clients then set TURBO_API=http://127.0.0.1:<port>, TURBO_TOKEN (the same secret), TURBO_TEAM
// and TURBO_REMOTE_CACHE_SIGNATURE_KEY (see the README, "For teams and CI"). The token is never
// printed.
import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const require = createRequire(import.meta.url);
const LISTENING = /Server listening at (http:\/\/[^\s"]+)/;

/**
 * @typedef {object} RemoteCache
 * @property {string} url the base URL clients use as TURBO_API, e.g. `http://127.0.0.1:41234`
 * @property {() => Promise<void>} close stops the server and waits for it to exit
 */

/**
 * Starts the cache server as a child process and resolves once it listens.
 * @param {{ token: string, signatureKey: string, storagePath: string, port?: number, host?: string, startTimeoutMs?: number }} options
 *   `token`: the bearer token clients must send (TURBO_TOKEN); `signatureKey`: the clients'
 *   TURBO_REMOTE_CACHE_SIGNATURE_KEY (the server keeps each artifact's signature only when it has
 *   one, and signing clients treat an artifact without its signature as a miss); `storagePath`:
 *   where artifacts are kept; `port`: 0 (the default) picks a free one; `host`: default 127.0.0.1
 *   (the package's own default, 0.0.0.0, would expose it); `startTimeoutMs`: default 30000 ms
 * @returns {Promise<RemoteCache>}
 * @throws {Error} when the token or the key is empty, or the server exits or does not listen in time
 */
export async function startRemoteCache({ token, signatureKey, storagePath, port = 0, host = "127.0.0.1", startTimeoutMs = 30_000 }) {
  if (!token) throw new Error("TURBO_TOKEN is empty: set the secret clients will send");
  if (!signatureKey) throw new Error("TURBO_REMOTE_CACHE_SIGNATURE_KEY is empty: set the key the clients sign artifacts with");
  await mkdir(storagePath, { recursive: true });
  const cli = path.join(path.dirname(require.resolve("turborepo-remote-cache/package.json")), "dist/cli.js");
  const child = spawn(process.execPath, [cli], {
    env: { ...process.env, NODE_ENV: "production", HOST: host, PORT: String(port), TURBO_TOKEN: token, STORAGE_PROVIDER: "local", STORAGE_PATH: storagePath, STORAGE_PATH_USE_TMP_FOLDER: "false", TURBO_REMOTE_CACHE_SIGNATURE_KEY: signatureKey, LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  let output = "";
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`turborepo-remote-cache did not listen within ${startTimeoutMs} ms:\n${output}`)), startTimeoutMs);
    /** @param {Error} error */
    const fail = (error) => {
      clearTimeout(timer);
      child.kill();
      reject(error);
    };
    /** @param {Buffer} chunk */
    const read = (chunk) => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", (code) => fail(new Error(`turborepo-remote-cache exited (${code}) before listening:\n${output}`)));
  });
  const status = await fetch(`${url}/v8/artifacts/status`, { headers: { authorization: `Bearer ${token}` } });
  if (!status.ok) {
    child.kill();
    throw new Error(`${url}/v8/artifacts/status answered ${status.status}`);
  }
  return {
    url,
    close: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const { values } = parseArgs({ options: { port: { type: "string", default: "4180" }, storage: { type: "string", default: ".turbo/remote-cache" } } });
  try {
    const cache = await startRemoteCache({ token: process.env.TURBO_TOKEN ?? "", signatureKey: process.env.TURBO_REMOTE_CACHE_SIGNATURE_KEY ?? "", storagePath: path.resolve(values.storage), port: Number(values.port) });
    console.log(`Turborepo remote cache at ${cache.url} (artifacts in ${path.resolve(values.storage)}). Clients set:`);
    console.log(`  TURBO_API=${cache.url} TURBO_TEAM=<team> TURBO_TOKEN=<the token you set> TURBO_REMOTE_CACHE_SIGNATURE_KEY=<the key you set>`);
    for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => void cache.close());
  } catch (error) {
    console.error(`remote-cache: ${/** @type {Error} */ (error).message}`);
    process.exitCode = 1;
  }
}
