import type { OperationId } from "@partnercenter/types";
import type { ResponseHeaderContext } from "../response-headers.js";
import { errorAnswer, gatewayAnswer, type MockAnswer, type MockRequest } from "./exchange.js";

/** Which calls a scenario applies to. */
export interface ScenarioScope {
  /** Operation(s) it applies to, by `operationId` (e.g. `"getCustomer"`). Default: every operation. */
  operation?: OperationId | readonly OperationId[];
  /** How many matching calls it applies to, a whole number from 1. Default: every call until it is removed or the mock is reset. */
  times?: number;
}

/**
 * Throttling as the gateway does it: 429 with `Retry-After` (seconds) and the gateway body
 * `{"statusCode":429,"message":"Rate limit is exceeded. Try again in N seconds."}`.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/api-throttling-guidance
 */
export interface ThrottleScenario extends ScenarioScope {
  kind: "throttle";
  /** The `Retry-After` value in seconds, a whole number from 0. Default `1` (the documented example shows 57; 1 keeps a test that honours it quick). */
  retryAfterSeconds?: number;
}

/**
 * A failing service: `500` with the Partner Center envelope (code 800003, "Unexpected service
 * error"), or `503` with the gateway body, as the spec declares both for every operation.
 */
export interface ServerErrorScenario extends ScenarioScope {
  kind: "server-error";
  /** HTTP status, `500` or `503`. Default `500`. */
  status?: 500 | 503;
  /** Adds `Retry-After` in seconds (whole number from 0) when given; default: no `Retry-After`. */
  retryAfterSeconds?: number;
}

/** No answer at all: in-process `fetch` rejects with a `TypeError`; the HTTP server drops the connection. */
export interface NetworkErrorScenario extends ScenarioScope {
  kind: "network-error";
}

/** A slow service: the answer (whatever it is) comes `latencyMs` milliseconds later. */
export interface LatencyScenario extends ScenarioScope {
  kind: "latency";
  /** Delay in milliseconds, from 0 to 2147483647. */
  latencyMs: number;
}

/** Something a test can switch on for the next calls of some operations. */
export type MockScenario = ThrottleScenario | ServerErrorScenario | NetworkErrorScenario | LatencyScenario;

/** A scenario that is switched on. */
export interface ActiveScenario {
  /** The scenario as it was added. */
  readonly scenario: Readonly<MockScenario>;
  /** Matching calls it still applies to; `Infinity` until removed or reset. */
  readonly remaining: number;
  /** Switches it off. */
  remove(): void;
}

/** The scenarios of one mock. */
export interface ScenarioController {
  /**
   * Switches a scenario on. Scenarios apply in the order added, to calls routed to an operation
   * of the spec, before authentication (like a gateway in front of the service): the first
   * matching `latency` delays the answer and the first matching other scenario replaces it.
   * Each counts one use per call it applies to.
   *
   * @throws TypeError naming the field when the scenario is malformed (unknown kind or
   * operation, `times` not a whole number from 1, negative `retryAfterSeconds` or `latencyMs`, ...)
   */
  add(scenario: MockScenario): ActiveScenario;
  /** The scenarios switched on, in order. */
  list(): ActiveScenario[];
  /** Switches every scenario off. */
  reset(): void;
}

/** The controller plus what the handlers need: the answer a scenario imposes on a call. */
export interface ScenarioRunner extends ScenarioController {
  /** Waits for a matching latency, then returns the answer a matching scenario imposes, or `undefined`. */
  respond(operationId: string, request: MockRequest, context: ResponseHeaderContext): Promise<MockAnswer | undefined>;
}

const MAX_DELAY_MS = 2_147_483_647;

function fail(message: string): never {
  throw new TypeError(`scenarios.add: ${message}`);
}

function validate(scenario: MockScenario, known: ReadonlySet<string>): MockScenario {
  if (scenario === null || typeof scenario !== "object") fail("expected a scenario object such as { kind: \"throttle\" }");
  const kinds = ["throttle", "server-error", "network-error", "latency"];
  if (!kinds.includes(scenario.kind)) fail(`kind must be one of ${kinds.join(", ")}, got ${JSON.stringify(scenario.kind)}`);
  const operations = scenario.operation === undefined ? [] : typeof scenario.operation === "string" ? [scenario.operation] : scenario.operation;
  if (!Array.isArray(operations) && typeof scenario.operation !== "string") fail("operation must be an operationId or an array of them");
  for (const operation of operations) {
    if (!known.has(operation)) fail(`operation ${JSON.stringify(operation)} is not an operationId of the spec (for example ${[...known].slice(0, 3).join(", ")})`);
  }
  if (scenario.times !== undefined && (!Number.isInteger(scenario.times) || scenario.times < 1)) {
    fail(`times must be a whole number from 1 (or left out for "until reset"), got ${String(scenario.times)}`);
  }
  if ("retryAfterSeconds" in scenario && scenario.retryAfterSeconds !== undefined) {
    const seconds = scenario.retryAfterSeconds;
    if (!Number.isInteger(seconds) || seconds < 0) fail(`retryAfterSeconds must be a whole number of seconds from 0, got ${String(seconds)}`);
  }
  if (scenario.kind === "server-error" && scenario.status !== undefined && scenario.status !== 500 && scenario.status !== 503) {
    fail(`status must be 500 or 503, got ${String(scenario.status)}`);
  }
  if (scenario.kind === "latency" && (typeof scenario.latencyMs !== "number" || !(scenario.latencyMs >= 0 && scenario.latencyMs <= MAX_DELAY_MS))) {
    fail(`latencyMs must be a number of milliseconds from 0 to ${MAX_DELAY_MS}, got ${String(scenario.latencyMs)}`);
  }
  return structuredClone(scenario);
}

interface Entry {
  scenario: MockScenario;
  operations: ReadonlySet<string> | undefined;
  remaining: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A fresh, empty {@link ScenarioRunner}.
 *
 * @param operationIds the operations of the spec, which scenarios may name
 */
export function createScenarioRunner(operationIds: Iterable<string>): ScenarioRunner {
  const known = new Set(operationIds);
  let entries: Entry[] = [];
  const handle = (entry: Entry): ActiveScenario => ({
    scenario: entry.scenario,
    get remaining() {
      return entry.remaining;
    },
    remove: () => {
      entry.remaining = 0;
      entries = entries.filter((candidate) => candidate !== entry);
    },
  });
  const take = (operationId: string, latency: boolean): MockScenario | undefined => {
    const entry = entries.find(
      (candidate) => (candidate.scenario.kind === "latency") === latency && (candidate.operations?.has(operationId) ?? true) && candidate.remaining > 0,
    );
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) entries = entries.filter((candidate) => candidate !== entry);
    return entry.scenario;
  };
  return {
    add(scenario) {
      const checked = validate(scenario, known);
      const operations = checked.operation === undefined ? undefined : new Set(typeof checked.operation === "string" ? [checked.operation] : checked.operation);
      const entry: Entry = { scenario: checked, operations, remaining: checked.times ?? Number.POSITIVE_INFINITY };
      entries.push(entry);
      return handle(entry);
    },
    list: () => entries.map(handle),
    reset() {
      for (const entry of entries) entry.remaining = 0;
      entries = [];
    },
    async respond(operationId, request, context) {
      const latency = take(operationId, true);
      if (latency?.kind === "latency" && latency.latencyMs > 0) await sleep(latency.latencyMs);
      const outcome = take(operationId, false);
      if (!outcome) return undefined;
      switch (outcome.kind) {
        case "throttle": {
          const seconds = outcome.retryAfterSeconds ?? 1;
          return gatewayAnswer(request, 429, `Rate limit is exceeded. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`, context, { "Retry-After": String(seconds) });
        }
        case "server-error": {
          const retryAfter = outcome.retryAfterSeconds === undefined ? undefined : { "Retry-After": String(outcome.retryAfterSeconds) };
          return (outcome.status ?? 500) === 503
            ? gatewayAnswer(request, 503, "The service is unavailable. Try again later.", context, retryAfter)
            : errorAnswer(request, 500, { code: 800003, description: "Unexpected service error" }, context, retryAfter);
        }
        case "network-error":
          return { status: 0, headers: {}, networkError: true };
        default:
          return undefined;
      }
    },
  };
}
