// Opens the built page in Debian's Chromium with every non-file request blocked, as a reader
// offline would, and checks that all four operations can be reached and rendered.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const page = fileURLToPath(new URL("../dist/index.html", import.meta.url));
const screenshots = fileURLToPath(new URL("../test-results/", import.meta.url));
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/**
 * Redoc's "API docs by Redocly" badge is the one thing the page asks the network for; Redoc
 * hides the image when it fails to load, so the page is complete without it.
 */
const ATTRIBUTION_LOGO = /^https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg$/;

const OPERATIONS = [
  { tag: "Customers", summary: "Get a customer by ID", path: "/v1/customers/{customer_id}" },
  { tag: "Managed services", summary: "List a customer's managed services", path: "/v1/customers/{customer_id}/managedservices" },
  { tag: "Service incidents", summary: "List a customer's Office service incidents", path: "/v1/customers/{customer_id}/serviceincidents/office" },
  { tag: "Service requests", summary: "Update a service request", path: "/v1/servicerequests/{servicerequest_id}" },
];

let browser: Browser;
let tab: Page;
const blocked: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    blocked.push(url);
    return route.abort("internetdisconnected");
  });
  tab = await context.newPage();
  tab.on("pageerror", (error) => errors.push(error.message));
  tab.on("console", (message) => {
    if (message.type() === "error" && !ATTRIBUTION_LOGO.test(message.location().url)) errors.push(message.text());
  });
  await tab.goto(pathToFileURL(page).href, { waitUntil: "load" });
});

afterAll(async () => {
  await browser?.close();
});

describe("the Redoc page, offline", () => {
  it("renders the API title without loading anything from the network", async () => {
    await tab.getByText("Partner Center REST API").first().waitFor();
    expect(blocked.filter((url) => !ATTRIBUTION_LOGO.test(url))).toEqual([]);
  });

  it.each(OPERATIONS)("reaches '$summary' from the navigation and shows its path", async ({ tag, summary, path }) => {
    await tab.getByText(tag, { exact: true }).first().click();
    const entry = tab.getByText(summary, { exact: true }).first();
    await entry.waitFor({ state: "visible" });
    await entry.click();
    await tab.getByText(path, { exact: true }).first().waitFor({ state: "visible", timeout: 10_000 });
    expect(await tab.getByText(summary, { exact: true }).count()).toBeGreaterThan(1);
  });

  it("logs no errors, and a screenshot is kept", async () => {
    await mkdir(screenshots, { recursive: true });
    await tab.screenshot({ path: `${screenshots}docs-offline.png`, fullPage: false });
    expect(errors).toEqual([]);
    expect(blocked.filter((url) => !ATTRIBUTION_LOGO.test(url))).toEqual([]);
  });
});
