#!/usr/bin/env node
// partnercenter-mock-server: serves the Partner Center mock API on loopback until interrupted.
import { parseArgs } from "node:util";
import { startMockServer } from "./server.js";
import { MOCK_CUSTOMER_ID, MOCK_SERVICE_REQUEST_ID } from "./store.js";

const USAGE = `Usage: partnercenter-mock-server [--port <number>] [--host <address>]

Serves a mock of the Partner Center REST API (get a customer, managed services, Office service
incidents, update a service request). Any bearer token is accepted.

  --port <number>   port to listen on (default 4010; 0 picks a free one)
  --host <address>  address to listen on (default 127.0.0.1)
  --help            show this text`;

let values: { port?: string; host?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: { port: { type: "string", default: "4010" }, host: { type: "string", default: "127.0.0.1" }, help: { type: "boolean" } },
  }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, got ${JSON.stringify(values.port)}\n\n${USAGE}`);
  process.exit(2);
}

startMockServer({ port, host: values.host }).then(
  (server) => {
    console.log(`Partner Center mock API listening on ${server.url}`);
    console.log(`  try: curl -H "Authorization: Bearer mock" ${server.url}/v1/customers/${MOCK_CUSTOMER_ID}`);
    console.log(`  known customer tenant ID: ${MOCK_CUSTOMER_ID}; service request ID: ${MOCK_SERVICE_REQUEST_ID}`);
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        void server.close().then(() => process.exit(0));
      });
    }
  },
  (error: unknown) => {
    console.error(`could not start the mock server: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
