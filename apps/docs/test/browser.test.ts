// Opens the built page over http in Debian's Chromium with every request to any other origin
// blocked, as a reader with no network would, and reaches every operation of the bundled spec
// from the navigation: its path, a parameter, its statuses, its response example and its
// TypeScript code sample must show. One browser and one page for all of them: on 2 cores a
// page load costs about as much as visiting a dozen operations.
import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import sirv from "sirv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentedOperations, pageDefinition, readBundledSpec } from "./spec-operations.js";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const screenshots = fileURLToPath(new URL("../test-results/", import.meta.url));
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const operations = documentedOperations(readBundledSpec());
// Code samples are added by the docs build, so they come from the page's own definition.
const samples = new Map(
  documentedOperations(pageDefinition(readFileSync(`${dist}index.html`, "utf8"))).map((operation) => [operation.operationId, operation.codeSamples?.[0]?.source]),
);
/** How long one element may take to appear: generous for a loaded 2-core machine, far below the test's timeout. */
const APPEAR_MS = 10_000;

let server: Server;
let origin: string;
let browser: Browser;
let tab: Page;
const blocked: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  server = createServer(sirv(dist, { dev: true }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    blocked.push(url);
    return route.abort("internetdisconnected");
  });
  tab = await context.newPage();
  tab.setDefaultTimeout(APPEAR_MS);
  tab.on("pageerror", (error) => errors.push(error.message));
  tab.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await tab.goto(`${origin}/index.html`, { waitUntil: "load" });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** A navigation entry (a tag or an operation), by its exact label. */
const menuEntry = (label: string) => tab.locator(`[data-testid="menu-item-label"] span[data-text=${JSON.stringify(label)}]`);
/** The rendered section of one operation, found by its heading (Redoc marks sections `data-item-kind="httpItem"`). */
const operationSection = (summary: string) => tab.locator('[data-item-kind="httpItem"]').filter({ has: tab.locator("h2").getByText(summary, { exact: true }) });
const shows = (locator: Locator) => locator.first().waitFor({ state: "visible" });

/**
 * What a rendered operation section shows, read in the page: the exact texts of its visible
 * elements, its visible response tabs (the statuses), the first JSON example's text and the
 * text of every code block that imports the client.
 */
function readSection(section: Element) {
  const visible = (element: Element) => element.checkVisibility();
  const elements = [...section.querySelectorAll("*")].filter(visible);
  return {
    texts: [...new Set(elements.map((element) => element.textContent?.trim() ?? ""))],
    tabs: elements.filter((element) => element.getAttribute("role") === "tab").map((element) => element.textContent?.trim() ?? ""),
    example: (elements.find((element) => element.getAttribute("data-component-name") === "JsonViewer/JsonViewer") as HTMLElement | undefined)?.innerText,
    samples: elements
      .filter((element) => element.getAttribute("data-component-name") === "CodeBlock/CodeBlock")
      .map((element) => element.textContent ?? "")
      .filter((text) => text.includes('"@partnercenter/client"')),
  };
}

describe("the Redoc page over http, with the network blocked", () => {
  it("renders the API description and asks no other origin for anything", async () => {
    await shows(tab.getByText("Partner Center REST API"));
    for (const heading of ["Clouds", "Authentication", "Paging", "Throttling", "Errors"]) await shows(tab.locator("h2").getByText(heading, { exact: true }));
    expect(blocked).toEqual([]);
  });

  it("groups the tags in the navigation as x-tagGroups says", async () => {
    for (const group of readBundledSpec()["x-tagGroups"] ?? []) {
      await shows(tab.getByText(group.name, { exact: true }));
      for (const tag of group.tags) await shows(menuEntry(tag));
    }
  });

  it.each(operations)("reaches $operationId from the navigation, with its path, a parameter, its statuses, example and sample", async (operation) => {
    const entry = menuEntry(operation.summary);
    // Redoc 3 lists a tag's operations only once the tag is expanded; clicking an open tag would close it.
    if (!(await entry.isVisible())) await menuEntry(operation.tag).click();
    const atOperation = (url: URL) => url.hash.toLowerCase().endsWith(`/${operation.operationId.toLowerCase()}`);
    // Opening a tag scrolls to it, and Redoc's scroll spy may write the tag's hash back after the
    // operation's click has landed (seen under load on the first operation of a tag): click again
    // then, three times at most, and fail naming the hash it stayed on.
    for (let attempt = 1; ; attempt++) {
      await entry.click();
      try {
        await tab.waitForURL(atOperation, { timeout: APPEAR_MS / 2 });
        break;
      } catch (error) {
        if (attempt === 3) throw new Error(`${operation.operationId}: the page stayed at ${new URL(tab.url()).hash} after three clicks`, { cause: error });
      }
    }

    // One round trip for everything the section shows once it is on screen (each locator
    // wait is a round trip to the browser, and 44 operations make that most of the test's time).
    const section = operationSection(operation.summary);
    await shows(section);
    const shown = await section.first().evaluate(readSection);
    expect(shown.texts, `${operation.operationId}: path`).toContain(operation.path);
    expect(shown.texts, `${operation.operationId}: parameter`).toContain(operation.parameter);
    expect(shown.tabs, `${operation.operationId}: statuses`).toEqual(expect.arrayContaining(operation.statuses));
    if (operation.example) {
      // Redoc shows the first example of the success response (nested objects folded): every
      // top-level property must be there, with its value where it is a plain one.
      expect(shown.example, `${operation.operationId}: example`).toBeDefined();
      for (const [name, value] of Object.entries(operation.example.value as object)) {
        expect(shown.example, `${operation.operationId}: ${name}`).toContain(value !== null && typeof value === "object" ? `"${name}":` : `"${name}": ${JSON.stringify(value)}`);
      }
    }

    const sample = samples.get(operation.operationId);
    expect(sample, operation.operationId).toBeDefined();
    expect(shown.samples, `${operation.operationId}: code sample`).toContain(sample);
  });

  it("opens an operation in a collapsed tag from a Redoc 2 deep link (#tag/<tag>/operation/<operationId>)", async () => {
    // A fresh page, so that no tag is expanded yet; Redoc 2 wrote spaces in tag names as '-'.
    const operation = operations.at(-1)!;
    const fresh = await tab.context().newPage();
    fresh.on("pageerror", (error) => errors.push(error.message));
    try {
      await fresh.goto(`${origin}/index.html#tag/${operation.tag.replaceAll(" ", "-")}/operation/${operation.operationId}`, { waitUntil: "load" });
      const heading = fresh.locator("h2").getByText(operation.summary, { exact: true });
      await heading.waitFor({ state: "visible", timeout: APPEAR_MS });
      // Scrolled to it, not merely rendered somewhere below.
      expect(await heading.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(1000);
    } finally {
      await fresh.close();
    }
  });

  it("logs no errors, and keeps a screenshot as a build artifact", async () => {
    await mkdir(screenshots, { recursive: true });
    await tab.screenshot({ path: `${screenshots}docs-offline.png` });
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  });
});

describe("the changes page, reached from the reference", () => {
  it("is linked above the reference and renders the gate's report offline", async () => {
    await tab.goto(`${origin}/index.html`, { waitUntil: "load" });
    await tab.getByRole("link", { name: "Changes since the last release" }).click();
    await tab.waitForURL(`${origin}/changes.html`);
    await tab.getByRole("heading", { name: "Changes since the last release", level: 1 }).waitFor({ state: "visible" });
    for (const section of ["Breaking changes", "Non-breaking changes", "Annotation-only changes"]) {
      await tab.getByRole("heading", { name: new RegExp(`^${section}`), level: 2 }).waitFor({ state: "visible" });
    }
    await tab.getByRole("link", { name: /API reference/ }).waitFor({ state: "visible" });
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  });
});
