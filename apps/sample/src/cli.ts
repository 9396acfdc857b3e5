#!/usr/bin/env node
// partnercenter-sample: runs the four Partner Center operations and prints the results.
import { parseArgs } from "node:util";
import { createPartnerCenterClient, PartnerCenterOptionsError } from "@partnercenter/client";
import { MOCK_CUSTOMER_ID, MOCK_SERVICE_REQUEST_ID } from "@partnercenter/mocks";
import { startMockServer, type MockServer } from "@partnercenter/mocks/server";
import { runSample } from "./run.js";

const USAGE = `Usage: partnercenter-sample [options]

With no access token, starts the built-in mock API on 127.0.0.1 and runs against it.
With a token, calls the Partner Center REST API (or --base-url) instead.

  --access-token <token>      App+User access token (prefer the environment variable
                              PARTNER_CENTER_ACCESS_TOKEN: arguments show up in process lists)
  --base-url <url>            API base URL (env PARTNER_CENTER_BASE_URL;
                              default https://api.partnercenter.microsoft.com)
  --customer-id <guid>        customer tenant ID (required with a token)
  --service-request-id <id>   service request to add a note to (with a token the update
                              step runs only when this is given)
  --note <text>               text of the note to add
  --help                      show this text`;

const NOTE = "Note added by the Partner Center sample app";

function parse() {
  try {
    return parseArgs({
      options: {
        "access-token": { type: "string" },
        "base-url": { type: "string" },
        "customer-id": { type: "string" },
        "service-request-id": { type: "string" },
        note: { type: "string", default: NOTE },
        help: { type: "boolean" },
      },
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
}

const args = parse();
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const accessToken = args["access-token"] ?? process.env.PARTNER_CENTER_ACCESS_TOKEN;
const baseUrl = args["base-url"] ?? process.env.PARTNER_CENTER_BASE_URL;
let mock: MockServer | undefined;
let failures = 0;
try {
  if (accessToken === undefined || accessToken === "") {
    mock = await startMockServer();
    console.log(`Partner Center sample: no access token given, using the built-in mock API at ${mock.url}\n`);
  } else if (args["customer-id"] === undefined) {
    console.error(`--customer-id is required when calling the real service\n\n${USAGE}`);
    process.exit(2);
  } else {
    console.log(`Partner Center sample: calling ${baseUrl ?? "https://api.partnercenter.microsoft.com"}\n`);
  }
  const client = createPartnerCenterClient({
    // The mock accepts any bearer token; this one never leaves the machine.
    accessToken: mock ? "mock-access-token" : (accessToken as string),
    ...(mock ? { baseUrl: mock.url } : baseUrl ? { baseUrl } : {}),
    application: "partnercenter-sample",
  });
  failures = await runSample({
    client,
    customerId: args["customer-id"] ?? MOCK_CUSTOMER_ID,
    serviceRequestId: args["service-request-id"] ?? (mock ? MOCK_SERVICE_REQUEST_ID : undefined),
    note: args.note ?? NOTE,
    print: (line) => console.log(line),
  });
} catch (error) {
  failures = 1;
  if (error instanceof PartnerCenterOptionsError) console.error(`${error.message}\n\n${USAGE}`);
  else console.error(`The sample stopped: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await mock?.close();
}
process.exitCode = failures === 0 ? 0 : 1;
