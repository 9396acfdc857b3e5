#!/usr/bin/env node
// partnercenter-sample: a partner's day on the built-in mock API, or read-only calls to the real service.
import { parseArgs } from "node:util";
import {
  createPartnerCenterClient,
  PARTNER_CENTER_BASE_URLS,
  PartnerCenterArgumentError,
  PartnerCenterError,
  PartnerCenterOptionsError,
} from "@partnercenter/client";
import { runPartnerDay } from "./day.js";
import { formatError } from "./format.js";
import { READ_ONLY_PAGE_SIZE, runReadOnly } from "./read-only.js";
import { Report } from "./report.js";

const USAGE = `Usage: partnercenter-sample [options]

A partner's day in Partner Center, through @partnercenter/client.

Mock mode (no access token; what \`npm start\` runs):
  Starts the built-in mock API on 127.0.0.1 and walks through a day's work: lists
  every customer, creates a customer, accepts the Microsoft Customer Agreement,
  orders a subscription through a cart, changes its quantity, adds a user with a
  role and a license, and prints the audit trail of what it did. It writes only to
  the mock's in-memory data, which is gone when the sample exits; no request
  leaves this machine.

Real-service mode (with an access token):
  Read-only calls to the Partner Center REST API: the first pages of customers,
  one customer with its subscriptions and users, and the online-services products
  of a country. GET requests only: nothing is created, changed or deleted. The
  token is never printed.

Options:
  --access-token <token>  App+User access token for the Partner Center API; turns on
                          real-service mode. Prefer the environment variable
                          PARTNER_CENTER_ACCESS_TOKEN: arguments show up in process
                          lists and shell history.
  --base-url <url>        API base URL, without /v1 (env PARTNER_CENTER_BASE_URL;
                          default ${PARTNER_CENTER_BASE_URLS.global}).
  --customer-id <guid>    customer tenant ID to read (default: the first customer
                          listed).
  --max-pages <n>         most pages of ${READ_ONLY_PAGE_SIZE} read of each list (customers, users,
                          products); default 1.
  --country <code>        two-letter country code of the product list; default US.
  --help                  show this text and exit.
  --base-url, --customer-id, --max-pages and --country need real-service mode.

Exit status: 0 done; 1 a call failed (its HTTP status, category, Partner Center
error code, description and request ID are printed on stderr); 2 bad usage.`;

/** Options that only make sense against the real service. */
const REAL_SERVICE_OPTIONS = ["base-url", "customer-id", "max-pages", "country"] as const;

/** A command line the sample cannot run: exit status 2, with the usage. */
class UsageError extends Error {}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        "access-token": { type: "string" },
        "base-url": { type: "string" },
        "customer-id": { type: "string" },
        "max-pages": { type: "string" },
        country: { type: "string" },
        help: { type: "boolean" },
      },
    }).values;
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    // Node quotes a stray argument, which may be a token pasted without its option name.
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") throw new UsageError("This command takes no arguments other than options.");
    throw new UsageError(message ?? String(error));
  }
}

function wholeNumber(option: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^[1-9]\d{0,5}$/.test(text)) throw new UsageError(`--${option} must be a whole number from 1 to 999999, got ${JSON.stringify(text)}`);
  return Number(text);
}

async function main(argv: string[], report: Report): Promise<number> {
  const options = parse(argv);
  if (options.help) {
    report.say(USAGE);
    return 0;
  }
  const accessToken = options["access-token"] ?? process.env.PARTNER_CENTER_ACCESS_TOKEN;

  if (accessToken === undefined || accessToken === "") {
    const misplaced = REAL_SERVICE_OPTIONS.filter((name) => options[name] !== undefined);
    if (misplaced.length > 0) {
      throw new UsageError(`${misplaced.map((name) => `--${name}`).join(", ")} ${misplaced.length === 1 ? "needs" : "need"} an access token (real-service mode).`);
    }
    const startedAt = new Date();
    // Loaded only here: real-service mode, --help and usage errors never load msw and the mock.
    const { startMockServer } = await import("@partnercenter/mocks/server");
    const server = await startMockServer();
    try {
      report.say(
        `A partner's day on the built-in mock API at ${server.url}`,
        "(no access token given: every write goes to the mock's in-memory data, gone on exit)",
      );
      // The mock takes any bearer token; this one never leaves the machine.
      const client = createPartnerCenterClient({ accessToken: "mock-access-token", baseUrl: server.url, application: "partnercenter-sample" });
      await runPartnerDay({ client, report, startedAt });
      report.say("", "Done: the day above happened on the mock only.");
      return 0;
    } finally {
      await server.close();
    }
  }

  const country = options.country ?? "US";
  if (!/^[A-Za-z]{2}$/.test(country)) throw new UsageError(`--country must be a two-letter country code, got ${JSON.stringify(country)}`);
  const maxPages = wholeNumber("max-pages", options["max-pages"], 1);
  const customerId = options["customer-id"];
  // Checked here too (the client would refuse it at the second step), so that nothing is sent.
  if (customerId !== undefined && !/^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(customerId)) {
    throw new UsageError(`--customer-id must be a customer tenant ID (a GUID), got ${JSON.stringify(customerId)}`);
  }
  const baseUrl = options["base-url"] ?? process.env.PARTNER_CENTER_BASE_URL ?? PARTNER_CENTER_BASE_URLS.global;
  const client = createPartnerCenterClient({ accessToken, baseUrl, application: "partnercenter-sample" });
  report.say(`Read-only calls to ${baseUrl} (GET requests only; the token is not printed)`);
  await runReadOnly({ client, report, customerId, maxPages, country: country.toUpperCase() });
  report.say("", "Done: nothing was changed.");
  return 0;
}

const report = new Report((line) => console.log(line));
const fail = (...lines: string[]) => console.error(lines.join("\n"));
const during = () => (report.current === undefined ? "" : ` in step ${report.current}`);
try {
  process.exitCode = await main(process.argv.slice(2), report);
} catch (error) {
  if (error instanceof UsageError || error instanceof PartnerCenterOptionsError || error instanceof PartnerCenterArgumentError) {
    fail(error.message, "", USAGE);
    process.exitCode = 2;
  } else if (error instanceof PartnerCenterError) {
    fail("", `The sample stopped: a call failed${during()}.`, ...formatError(error));
    process.exitCode = 1;
  } else {
    fail("", `The sample stopped${during()}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
