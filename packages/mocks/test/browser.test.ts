// The mock in a real browser: test/browser/page.ts is bundled with esbuild (browser platform, so
// any node: import in the browser entry would break the build), served with msw's worker script
// from a loopback server, and opened in Debian's Chromium through playwright-core.
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { builtinModules, createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customerExample } from "../src/index.js";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const require = createRequire(import.meta.url);
const workerScript = readFileSync(require.resolve("msw/mockServiceWorker.js"), "utf8");

let server: Server;
let origin: string;
let browser: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL("./browser/page.ts", import.meta.url))],
    bundle: true,
    write: false,
    platform: "browser",
    format: "esm",
    target: "es2022",
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]?.text ?? "";
  const files: Record<string, [string, string]> = {
    "/": ["text/html; charset=utf-8", '<!doctype html><html><head><meta charset="utf-8"><title>mock</title></head><body><script type="module" src="/page.js"></script></body></html>'],
    "/page.js": ["text/javascript; charset=utf-8", script],
    "/mockServiceWorker.js": ["text/javascript; charset=utf-8", workerScript],
  };
  server = createServer((request, response) => {
    const file = files[new URL(request.url ?? "/", "http://127.0.0.1").pathname];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": file[0], "Cache-Control": "no-store" }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

describe("in the browser, with msw's setupWorker", () => {
  it("answers the page's fetch calls from the mock, same-origin and on the real API's origin", async () => {
    const page = await browser.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(origin, { waitUntil: "load" });
    await page.waitForFunction(() => window.mockResults !== undefined, undefined, { timeout: 20_000 });
    const results = (await page.evaluate(() => window.mockResults)) as Record<string, { status: number; requestId: string | null; body: unknown }> & { error?: string };
    expect(results.error).toBeUndefined();
    expect(pageErrors).toEqual([]);
    expect(results.customerSameOrigin).toEqual({ status: 200, requestId: "4ff57220-f17b-4d8f-8e09-78334c57ba00", body: customerExample });
    expect(results.managedServicesAppOnly?.status).toBe(403);
    expect(results.managedServicesAppOnly?.body).toMatchObject({ code: 2032, source: "PartnerFD" });
    expect(results.patch?.status).toBe(200);
    expect(results.patch?.body).toMatchObject({ status: "closed" });
    expect((results.patch?.body as { notes: { text: string }[] }).notes.at(-1)?.text).toBe("from the browser");
    expect(results.throttled).toMatchObject({ status: 429, body: { statusCode: 429 } });
    expect(results.storeAfterPatch?.body).toBe("closed");
    await page.close();
  }, 60_000);
});

describe("the published browser-safe entries", () => {
  /** Every module specifier a built file imports, following its local chunks. */
  function importsOf(file: string, seen = new Set<string>()): string[] {
    if (seen.has(file)) return [];
    seen.add(file);
    const source = readFileSync(fileURLToPath(new URL(`../dist/${file}`, import.meta.url)), "utf8");
    const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((match) => match[1] ?? "");
    return specifiers.flatMap((specifier) => (specifier.startsWith("./") ? importsOf(specifier.slice(2), seen) : [specifier]));
  }

  it.each(["index.js", "browser.js"])("dist/%s imports no Node.js built-in module (the server stays in ./server)", (file) => {
    const imports = importsOf(file);
    expect(imports).toContain("msw");
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    expect(imports.filter((specifier) => builtins.has(specifier) || specifier.startsWith("node:"))).toEqual([]);
  });
});
