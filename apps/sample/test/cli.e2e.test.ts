// End to end: the built sample CLI (dist/cli.js, as `npm start` runs it) against the built mocks.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customerExample, MOCK_CUSTOMER_ID, MOCK_SERVICE_REQUEST_ID } from "@partnercenter/mocks";
import { startMockServer, type MockServer } from "@partnercenter/mocks/server";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const run = promisify(execFile);

/** Runs the CLI with only the environment it is given (no token leaks in from the caller). */
async function runCli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { env: { PATH: process.env.PATH ?? "", ...env }, timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("partnercenter-sample with no credentials", () => {
  let result: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    result = await runCli([]);
  });

  it("starts the built-in mock API and exits 0", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/using the built-in mock API at http:\/\/127\.0\.0\.1:\d+/);
  });

  it("prints the customer", () => {
    expect(result.stdout).toContain(`Customer ${MOCK_CUSTOMER_ID}`);
    expect(result.stdout).toContain(`${customerExample.companyProfile?.companyName} (${customerExample.companyProfile?.domain})`);
    expect(result.stdout).toMatch(/Relationship:\s+reseller/);
  });

  it("prints both managed services", () => {
    expect(result.stdout).toContain("Managed services (2)");
    expect(result.stdout).toMatch(/Exchange\s+Exchange\s+Office/);
    expect(result.stdout).toMatch(/MicrosoftCommunicationsOnline\s+SkypeforBusiness\s+Office/);
  });

  it("prints the Office service incidents, resolved and not", () => {
    expect(result.stdout).toContain("Office service incidents (2)");
    expect(result.stdout).toMatch(/EX123456\s+incident\s+warning\s+no/);
    expect(result.stdout).toMatch(/MC123456\s+message_center\s+information\s+yes/);
  });

  it("prints the service request after the note is added", () => {
    expect(result.stdout).toContain(`Service request ${MOCK_SERVICE_REQUEST_ID}: TrialSR`);
    expect(result.stdout).toContain("Notes (2):");
    expect(result.stdout).toMatch(/Account: Sample Note/);
    expect(result.stdout).toMatch(/\d{4}-\d\d-\d\dT[\d:.]+Z {2}Partner Center mock: Note added by the Partner Center sample app/);
  });

  it("never prints the token it uses with the mock", () => {
    expect(result.stdout).not.toContain("mock-access-token");
  });
});

describe("partnercenter-sample with a token", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer();
  });
  afterAll(() => mock.close());

  it("calls the given base URL instead of starting its own mock, and skips the update unless asked", async () => {
    const result = await runCli(["--customer-id", MOCK_CUSTOMER_ID], {
      PARTNER_CENTER_ACCESS_TOKEN: "token-from-env",
      PARTNER_CENTER_BASE_URL: mock.url,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`calling ${mock.url}`);
    expect(result.stdout).not.toContain("built-in mock");
    expect(result.stdout).toContain("Managed services (2)");
    expect(result.stdout).toContain("Update a service request: skipped");
    expect(result.stdout + result.stderr).not.toContain("token-from-env");
  });

  it("prints the service's error and exits 1 when a call fails", async () => {
    const result = await runCli(["--access-token", "t", "--base-url", mock.url, "--customer-id", "11111111-2222-3333-4444-555555555555"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/Get a customer failed: HTTP 404 NotFound \(code 60003\): .*11111111-2222-3333-4444-555555555555.* \[MS-RequestId [0-9a-f-]{36}\]/);
  });

  it("refuses to run against the real service without a customer tenant ID", async () => {
    const result = await runCli([], { PARTNER_CENTER_ACCESS_TOKEN: "t" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--customer-id is required");
  });

  it("names a bad option instead of sending anything", async () => {
    const result = await runCli(["--access-token", "t", "--base-url", "not a url", "--customer-id", MOCK_CUSTOMER_ID]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("`baseUrl`");
  });
});
