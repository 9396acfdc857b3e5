// End to end: the built sample CLI (dist/cli.js, as `npm start` runs it) against the built mocks.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPartnerCenterMock, MOCK_CUSTOMER_ID } from "@partnercenter/mocks";
import { startMockServer, type MockServer } from "@partnercenter/mocks/server";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const run = promisify(execFile);
// A child process on two shared cores: generous, and said per hook and test.
const CLI_TIMEOUT_MS = 60_000;

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with only the environment it is given (no token leaks in from the caller). */
async function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], {
      env: { PATH: process.env.PATH ?? "", ...env },
      timeout: CLI_TIMEOUT_MS - 5_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The lines of `output` from the one starting with `title` to the next blank line. */
function section(output: string, title: RegExp): string[] {
  const lines = output.split("\n");
  const start = lines.findIndex((line) => title.test(line));
  expect(start, `no section ${title}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, index) => index > start && line === "");
  return lines.slice(start, end === -1 ? undefined : end);
}

describe("partnercenter-sample with no access token: a partner's day on the built-in mock", () => {
  let result: CliResult;
  let seededCustomers: number;
  beforeAll(async () => {
    result = await runCli([]);
    // What the sample's own mock starts with: a fresh mock holds the same seed data.
    seededCustomers = createPartnerCenterMock().store.list("customers").length;
  }, CLI_TIMEOUT_MS);

  it("starts the mock on loopback, exits 0 and writes nothing to stderr", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^A partner's day on the built-in mock API at http:\/\/127\.0\.0\.1:\d+\n/);
    expect(result.stdout).toContain("every write goes to the mock's in-memory data");
  });

  it("prints every step's title, numbered, in order", () => {
    const titles = [
      "1. List every customer, page by page  [listCustomers, paginate]",
      "2. Check that the new customer's domain is free  [verifyDomainAvailability]",
      "3. Create the customer  [createCustomer]",
      "4. Accept the Microsoft Customer Agreement  [listAgreementMetadata, createCustomerAgreement]",
      "5. Browse the catalog (US, online services)  [listProducts, listSkus, listAvailabilities]",
      "6. Order 5 licenses through a cart  [createCart, checkoutCart]",
      "7. List the customer's subscriptions  [listSubscriptions]",
      "8. Change the subscription's quantity to 8  [updateSubscription]",
      "9. Add a user  [createUser]",
      "10. Make the user a User Administrator  [addDirectoryRoleMember]",
      "11. Assign the user a license  [listSubscribedSkus, assignLicenses, listUserLicenses]",
      "12. The audit trail of the day, oldest first  [listAuditRecords, paginate]",
    ];
    const lines = result.stdout.split("\n");
    const positions = titles.map((title) => lines.indexOf(title));
    expect(positions.every((position) => position >= 0), `missing: ${titles.filter((_, index) => positions[index] === -1).join(" | ")}`).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("counts every customer on every page of 10", () => {
    const seeded = seededCustomers;
    expect(seeded).toBeGreaterThan(10);
    const lines = section(result.stdout, /^1\. /);
    expect(lines[1]).toBe(`   ${seeded} customers on ${Math.ceil(seeded / 10)} pages of up to 10; the first 5:`);
    expect(lines[2]).toMatch(/^ {3}Company\s+Domain\s+Customer ID$/);
    expect(lines[3]).toMatch(/^ {3}Contoso Retail\s+contosoretail\.onmicrosoft\.com\s+4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10$/);
    expect(lines).toHaveLength(8);
  });

  it("checks the domain, then creates the customer and accepts the agreement for it", () => {
    expect(section(result.stdout, /^2\. /)).toContain("   tailspintoys.onmicrosoft.com is free (the service answered 404 Not Found).");
    const created = section(result.stdout, /^3\. /).join("\n");
    expect(created).toContain("Company:       Tailspin Toys (tailspintoys.onmicrosoft.com)");
    expect(created).toMatch(/Customer ID: {3}[0-9a-f-]{36}\n/);
    expect(created).toContain("(its first password is not printed)");
    expect(section(result.stdout, /^4\. /).join("\n")).toMatch(/Template 117a77b0-9360-443b-8795-c6dedc750cf9 .*\n.*accepted by Morgan Lee on \d{4}-/);
  });

  it("orders the subscription through a cart and lists it", () => {
    expect(section(result.stdout, /^5\. /).join("\n")).toContain("Catalog item CFQ7TTC0LH18:0001:CFQ7TTC0LDPB");
    const order = section(result.stdout, /^6\. /).join("\n");
    expect(order).toMatch(/Cart [0-9a-f-]{36} \(Active\) checked out into 1 order\./);
    expect(order).toMatch(/Order \S+: completed, billed monthly in USD/);
    const subscriptionId = /Tailspin Toys Business Basic\s+5\s+([0-9a-f-]{36})/.exec(order)?.[1];
    expect(subscriptionId).toBeDefined();
    expect(section(result.stdout, /^7\. /).join("\n")).toMatch(new RegExp(`${subscriptionId}\\s+Tailspin Toys Business Basic\\s+5\\s+active\\s+P1Y`));
  });

  it("changes the quantity", () => {
    expect(section(result.stdout, /^8\. /)).toContain("   Tailspin Toys Business Basic: quantity changed from 5 to 8 licenses");
  });

  it("adds a user, makes them User Administrator and assigns them a license", () => {
    const user = section(result.stdout, /^9\. /).join("\n");
    expect(user).toContain("Name:          Sam Taylor");
    expect(user).toContain("Sign-in name:  sam.taylor@tailspintoys.onmicrosoft.com (first password not printed)");
    expect(section(result.stdout, /^10\. /)).toContain("   Sam Taylor is now a User Administrator (role fe930be7-5e62-47db-91af-98c3a49a38b1).");
    const license = section(result.stdout, /^11\. /).join("\n");
    // Seats before the assignment: the 8 of the changed quantity, none used yet.
    expect(license).toMatch(/Microsoft 365 Business Basic\s+O365_BUSINESS_ESSENTIALS\s+8\s+0\s+8/);
    expect(license).toContain("Sam Taylor now holds 1 license:");
    expect(license).toContain("Microsoft 365 Business Basic (O365_BUSINESS_ESSENTIALS), with");
    expect(license).toContain("Exchange Online (Plan 1), SharePoint (Plan 1), Microsoft Teams");
  });

  it("prints the audit trail of every write, oldest first", () => {
    const lines = section(result.stdout, /^12\. /);
    expect(lines[1]).toMatch(/^ {3}7 records for Tailspin Toys since \d{4}-\d\d-\d\dT[\d:.]+Z:$/);
    expect(lines[2]).toMatch(/^ {3}Time \(UTC\)\s+Operation\s+Resource\s+Status$/);
    const rows = lines.slice(3).map((line) => /^ {3}(\d\d:\d\d:\d\d\.\d{3})\s+(\S+)\s+(.*?)\s+(\S+)$/.exec(line));
    expect(rows.map((row) => row?.[2])).toEqual([
      "add_customer",
      "create_agreement",
      "create_order",
      "update_subscription",
      "create_customer_user",
      "add_user_member",
      "update_customer_user_licenses",
    ]);
    expect(rows.map((row) => row?.[4])).toEqual(Array(7).fill("succeeded"));
    const times = rows.map((row) => row?.[1] ?? "");
    expect(times).toEqual([...times].sort());
    expect(rows[3]?.[3]).toBe("Tailspin Toys Business Basic");
    expect(rows[4]?.[3]).toBe("Sam Taylor");
    expect(result.stdout.trimEnd().endsWith("Done: the day above happened on the mock only.")).toBe(true);
  });

  it("fits a 100-column terminal and never prints the token it gives the mock", () => {
    const wide = result.stdout.split("\n").filter((line) => line.length > 100);
    expect(wide).toEqual([]);
    expect(result.stdout).not.toContain("mock-access-token");
  });
});

describe("partnercenter-sample --help and bad usage", () => {
  it(
    "--help explains both modes and every flag, and exits 0",
    async () => {
      const result = await runCli(["--help"]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      expect(result.stdout).toMatch(/^Usage: partnercenter-sample \[options\]/);
      expect(result.stdout).toContain("Mock mode (no access token; what `npm start` runs)");
      expect(result.stdout).toContain("It writes only to\n  the mock's in-memory data");
      expect(result.stdout).toContain("Real-service mode (with an access token)");
      expect(result.stdout).toContain("GET requests only: nothing is created, changed or deleted");
      for (const flag of ["--access-token <token>", "--base-url <url>", "--customer-id <guid>", "--max-pages <n>", "--country <code>", "--help"]) {
        expect(result.stdout).toContain(`  ${flag}`);
      }
      expect(result.stdout).toContain("PARTNER_CENTER_ACCESS_TOKEN");
      expect(result.stdout).toContain("PARTNER_CENTER_BASE_URL");
    },
    CLI_TIMEOUT_MS,
  );

  it(
    "exits 2 with the usage on an unknown flag, before starting anything",
    async () => {
      const result = await runCli(["--bogus"]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/^Unknown option '--bogus'\n\nUsage: partnercenter-sample \[options\]/);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    "exits 2 without echoing a stray argument, which may be a token",
    async () => {
      const result = await runCli(["stray-secret-value"]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("This command takes no arguments other than options.");
      expect(result.stdout + result.stderr).not.toContain("stray-secret-value");
    },
    CLI_TIMEOUT_MS,
  );

  it(
    "exits 2 when a real-service flag comes without a token, or a flag's value is malformed",
    async () => {
      const withoutToken = await runCli(["--customer-id", MOCK_CUSTOMER_ID]);
      expect(withoutToken.code).toBe(2);
      expect(withoutToken.stderr).toMatch(/^--customer-id needs an access token \(real-service mode\)\./);
      const badPages = await runCli(["--max-pages", "0"], { PARTNER_CENTER_ACCESS_TOKEN: "t" });
      expect(badPages.code).toBe(2);
      expect(badPages.stderr).toMatch(/^--max-pages must be a whole number/);
      const badCustomer = await runCli(["--customer-id", "contoso"], { PARTNER_CENTER_ACCESS_TOKEN: "t" });
      expect(badCustomer.code).toBe(2);
      expect(badCustomer.stderr).toMatch(/^--customer-id must be a customer tenant ID \(a GUID\)/);
      expect(badPages.stdout + badCustomer.stdout).toBe("");
    },
    CLI_TIMEOUT_MS,
  );
});

/** A mock server for the real-service mode, and the `METHOD /path STATUS` lines it logs. */
function serverWithLog() {
  const state = { server: undefined as MockServer | undefined, log: [] as string[] };
  beforeAll(async () => {
    state.server = await startMockServer({ log: (line) => state.log.push(line) });
  }, CLI_TIMEOUT_MS);
  afterAll(() => state.server?.close(), CLI_TIMEOUT_MS);
  return state;
}

describe("partnercenter-sample with an access token: read-only calls", () => {
  const token = "sample-e2e-token-7f3a9c";
  const mock = serverWithLog();
  let result: CliResult;
  beforeAll(async () => {
    result = await runCli(["--base-url", (mock.server as MockServer).url, "--max-pages", "1"], { PARTNER_CENTER_ACCESS_TOKEN: token });
  }, CLI_TIMEOUT_MS);

  it("exits 0 and reads customers, a customer, its subscriptions and users, and products", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Read-only calls to ${mock.server?.url} (GET requests only; the token is not printed)`);
    expect(result.stdout).toContain("20 customers on 1 page (more pages follow; raise --max-pages to read them):");
    expect(result.stdout).toContain("2. Get the first customer listed  [getCustomer]");
    expect(result.stdout).toContain(`Customer ID:   ${MOCK_CUSTOMER_ID}`);
    expect(result.stdout).toMatch(/Microsoft 365 Business Basic\s+5\s+active\s+P1M/);
    expect(result.stdout).toMatch(/Avery Smith\s+avery@contosoretail\.onmicrosoft\.com\s+active/);
    expect(result.stdout).toMatch(/CFQ7TTC0LH18\s+Microsoft 365 Business Basic/);
    expect(result.stdout).not.toContain("built-in mock");
  });

  it("sends only GET requests, one page of customers with --max-pages 1", () => {
    expect(mock.log.map((line) => line.replace(/ \d+ms$/, ""))).toEqual([
      "GET /v1/customers 200",
      `GET /v1/customers/${MOCK_CUSTOMER_ID} 200`,
      `GET /v1/customers/${MOCK_CUSTOMER_ID}/subscriptions 200`,
      `GET /v1/customers/${MOCK_CUSTOMER_ID}/users 200`,
      "GET /v1/products 200",
    ]);
  });

  it("never prints the token", () => {
    expect(result.stdout + result.stderr).not.toContain(token);
  });
});

describe("partnercenter-sample with an access token, when a call fails", () => {
  const token = "sample-e2e-token-b41d07";
  const missing = "11111111-2222-3333-4444-555555555555";
  const mock = serverWithLog();
  let result: CliResult;
  beforeAll(async () => {
    result = await runCli(["--access-token", token, "--base-url", (mock.server as MockServer).url, "--customer-id", missing]);
  }, CLI_TIMEOUT_MS);

  it("prints the status, category, code, description and request ID on stderr and exits 1", () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("The sample stopped: a call failed in step 2. Get the customer.");
    expect(result.stderr).toContain("Partner Center answered HTTP 404 (NotFound)");
    expect(result.stderr).toContain("  code:        60003");
    expect(result.stderr).toMatch(new RegExp(`  description: .*${missing}`));
    expect(result.stderr).toMatch(/ {2}request ID: {2}[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n/);
  });

  it("stopped at the failed GET and never prints the token", () => {
    expect(mock.log.map((line) => line.replace(/ \d+ms$/, ""))).toEqual(["GET /v1/customers 200", `GET /v1/customers/${missing} 404`]);
    expect(result.stdout + result.stderr).not.toContain(token);
  });
});
