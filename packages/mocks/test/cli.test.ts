// The built bin (dist/cli.js, as `npx partnercenter-mock-server` runs it); turbo builds before testing.
import { execFile, spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { MOCK_CUSTOMER_ID } from "../src/index.js";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
let child: ChildProcessWithoutNullStreams | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  child = undefined;
});

/** Starts the bin and resolves with its URL once it says it listens; collects its output. */
function start(args: string[]): Promise<{ url: string; output: () => string; exit: Promise<number | null> }> {
  const started = spawn(process.execPath, [cli, ...args], { env: { PATH: process.env.PATH ?? "" } });
  child = started;
  let output = "";
  const exit = new Promise<number | null>((resolve) => started.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    started.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ url, output: () => output, exit });
    });
    started.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    void exit.then((code) => reject(new Error(`the bin exited with ${code} before listening:\n${output}`)));
  });
}

const run = promisify(execFile);
async function runToEnd(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { timeout: 20_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// Each test starts Node (and one of them npm) and loads the built bundle: about half a second
// alone, several seconds on two cores busy with the rest of npm test.
describe("partnercenter-mock-server", { timeout: 30_000 }, () => {
  it("serves the mock on a free port, logs requests without tokens, and exits 0 on SIGTERM", async () => {
    const server = await start(["--port", "0", "--log"]);
    expect(server.output()).toContain(`/v1/customers/${MOCK_CUSTOMER_ID}`);
    const token = "cli-secret-token-0123456789";
    const response = await fetch(`${server.url}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    child?.kill("SIGTERM");
    expect(await server.exit).toBe(0);
    expect(server.output()).toMatch(new RegExp(`GET /v1/customers/${MOCK_CUSTOMER_ID} 200 \\d+ms`));
    expect(server.output()).not.toContain(token);
  });

  it("takes --random-seed and --max-body-bytes", async () => {
    const server = await start(["--port", "0", "--random-seed", "11", "--max-body-bytes", "64"]);
    expect(server.output()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+ \(\d+ operations\)/);
    const response = await fetch(`${server.url}/v1/servicerequests/616122292874576`, {
      method: "PATCH",
      headers: { Authorization: "Bearer t", "Content-Type": "application/json" },
      body: JSON.stringify({ newNote: { text: "x".repeat(100) } }),
    });
    expect(response.status).toBe(413);
    child?.kill("SIGINT");
    expect(await server.exit).toBe(0);
  });

  it.each([
    [["--port", "70000"], /--port must be a whole number from 0 to 65535, got "70000"/],
    [["--port", "abc"], /--port must be a whole number/],
    [["--max-body-bytes=-1"], /--max-body-bytes must be a whole number from 0/],
    [["--random-seed", "1.5"], /--random-seed must be a whole number/],
    [["--colour"], /Unknown option '--colour'/],
  ])("exits 2 naming the bad option for %j", async (args, message) => {
    const result = await runToEnd(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain("Usage: partnercenter-mock-server");
  });

  it("prints its usage with --help", async () => {
    const result = await runToEnd(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/--max-body-bytes <number>/);
  });

  it("starts from the repository root with the command the README gives", async () => {
    // `npm run serve -w @partnercenter/mocks -- --port 4010`, with a free port; its own process
    // group, so npm, its shell and the server all stop together.
    const started = spawn("npm", ["run", "serve", "-w", "@partnercenter/mocks", "--", "--port", "0"], {
      cwd: repoRoot,
      detached: true,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
    });
    let output = "";
    const exited = new Promise<void>((resolve) => started.on("exit", () => resolve()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        started.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          const found = /listening on (http:\/\/\S+)/.exec(output)?.[1];
          if (found) resolve(found);
        });
        started.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
        void exited.then(() => reject(new Error(`npm run serve exited before listening:\n${output}`)));
      });
      const response = await fetch(`${url}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: { Authorization: "Bearer root-command" } });
      expect(response.status).toBe(200);
    } finally {
      if (started.pid !== undefined && started.exitCode === null) process.kill(-started.pid, "SIGTERM");
      await exited;
    }
  });
});
