// Opens the built page over http in Debian's Chromium with every request to any other origin
// blocked, as a reader with no network would, and checks that all four operations can be
// reached from the navigation and show their parameters, responses and examples.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import sirv from "sirv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const screenshots = fileURLToPath(new URL("../test-results/", import.meta.url));
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const OPERATIONS = [
  {
    tag: "Customers",
    summary: "Get a customer by ID",
    path: "/v1/customers/{customer_id}",
    parameter: "customer_id",
    example: "Contoso Retail",
  },
  {
    tag: "Managed services",
    summary: "List a customer's managed services",
    path: "/v1/customers/{customer_id}/managedservices",
    parameter: "customer_id",
    example: "items copied unchanged",
  },
  {
    tag: "Service incidents",
    summary: "List a customer's Office service incidents",
    path: "/v1/customers/{customer_id}/serviceincidents/office",
    parameter: "filter.operator",
    example: "Illustrative only",
  },
  {
    tag: "Service requests",
    summary: "Update a service request",
    path: "/v1/servicerequests/{servicerequest_id}",
    parameter: "servicerequest_id",
    example: "update a service request\" article, unchanged",
  },
];

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

describe("the Redoc page over http, with the network blocked", () => {
  it("renders the API description and asks no other origin for anything", async () => {
    await tab.getByText("Partner Center REST API").first().waitFor();
    await tab.getByText("Clouds", { exact: true }).first().waitFor();
    expect(blocked).toEqual([]);
  });

  it.each(OPERATIONS)("reaches '$summary' from the navigation, with its parameters, responses and example", async (operation) => {
    await tab.getByText(operation.tag, { exact: true }).first().click();
    const entry = tab.getByText(operation.summary, { exact: true }).first();
    await entry.waitFor({ state: "visible" });
    await entry.click();
    const visible = (text: string) => tab.getByText(text, { exact: true }).first().waitFor({ state: "visible", timeout: 10_000 });
    await visible(operation.path);
    // The x-codeSamples tab: the TypeScript call with our client.
    await tab.getByText("createPartnerCenterClient").first().waitFor({ state: "visible", timeout: 10_000 });
    await visible(operation.parameter);
    await visible("MS-CorrelationId");
    for (const status of ["200", "401", "404", "429"]) await visible(status);
    // The response example (200 is selected by default) with its description.
    await tab.getByText(operation.example).first().scrollIntoViewIfNeeded();
    await tab.getByText(operation.example).first().waitFor({ state: "visible", timeout: 10_000 });
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
