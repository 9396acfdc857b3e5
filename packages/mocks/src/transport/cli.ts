#!/usr/bin/env node
// partnercenter-mock-server: serves the Partner Center mock API on loopback until interrupted.
import { parseArgs } from "node:util";
import type { MockScenario } from "../pipeline/scenarios.js";
import { CONTROL_PATH, DEFAULT_MAX_BODY_BYTES } from "./server-limits.js";

const USAGE = `Usage: partnercenter-mock-server [options]

Serves a mock of the Partner Center REST API, every operation of the project's spec, that
behaves like the service: validation, 401/403 by token kind, 404, state that writes change,
paged lists, replay of writes by MS-RequestId and an audit trail.

Tokens: any opaque bearer token counts as App+User; a JWT counts as App+User when it has an
"scp" claim and App-only when it has none (its "aud" must be https://api.partnercenter.microsoft.com).

  --port <number>            port to listen on, 0 to 65535 (default 4010; 0 picks a free one)
  --host <address>           address to listen on (default 127.0.0.1)
  --random-seed <number>     seed of the IDs and generated records (default: a fixed seed)
  --max-body-bytes <number>  largest request body before 413 (default ${DEFAULT_MAX_BODY_BYTES})
  --scenario <json>          switch a scenario on at start, e.g.
                             '{"kind":"throttle","operation":"getCustomer","times":1}'
                             (kinds: throttle, server-error, network-error, latency); repeatable
  --log                      print one line per request (method, path, status; never headers)
  --help                     show this text

While it runs (on loopback), other processes can switch scenarios and reset it:
  GET|POST|DELETE ${CONTROL_PATH}/scenarios, POST ${CONTROL_PATH}/reset`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function wholeNumber(option: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isInteger(value) || value < min || value > max) {
    fail(`--${option} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  }
  return value;
}

let values: { port?: string; host?: string; "random-seed"?: string; "max-body-bytes"?: string; scenario?: string[]; log?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      "random-seed": { type: "string" },
      "max-body-bytes": { type: "string" },
      scenario: { type: "string", multiple: true },
      log: { type: "boolean" },
      help: { type: "boolean" },
    },
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = wholeNumber("port", values.port, 0, 65_535);
const randomSeed = wholeNumber("random-seed", values["random-seed"], 0, 2 ** 32 - 1);
const maxBodyBytes = wholeNumber("max-body-bytes", values["max-body-bytes"], 0, 2 ** 31 - 1);
const scenarios = (values.scenario ?? []).map((raw) => {
  try {
    return JSON.parse(raw) as MockScenario;
  } catch {
    return fail(`--scenario must be a scenario as JSON, got ${JSON.stringify(raw)}`);
  }
});

// The mock (msw, ajv, the spec) loads only once the options are read: --help and bad options answer at once.
const [{ startMockServer }, { MOCK_CUSTOMER_ID }] = await Promise.all([import("./server.js"), import("../index.js")]);

startMockServer({
  ...(port !== undefined ? { port } : {}),
  ...(values.host !== undefined ? { host: values.host } : {}),
  ...(randomSeed !== undefined ? { randomSeed } : {}),
  ...(maxBodyBytes !== undefined ? { maxBodyBytes } : {}),
  ...(values.log ? { log: (line: string) => console.log(line) } : {}),
}).then(
  async (server) => {
    for (const scenario of scenarios) {
      try {
        server.mock?.scenarios.add(scenario);
      } catch (error) {
        await server.close();
        fail(`--scenario ${JSON.stringify(scenario)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    // One write, so a reader sees the whole banner at once.
    console.log(
      [
        `Partner Center mock API listening on ${server.url} (${server.mock?.operationIds.length ?? 0} operations)`,
        `  try: curl -H "Authorization: Bearer mock" ${server.url}/v1/customers/${MOCK_CUSTOMER_ID}`,
        `  scenarios: ${server.url}${CONTROL_PATH}/scenarios${scenarios.length ? ` (${scenarios.length} switched on)` : ""}`,
      ].join("\n"),
    );
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        void server.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      });
    }
  },
  (error: unknown) => {
    console.error(`could not start the mock server: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
