import type { HttpHandler } from "msw";
import { createOperationHandlers } from "./handlers.js";
import { createIdempotencyCache } from "./idempotency.js";
import { createScenarioRunner, type ScenarioController } from "./scenarios.js";
import { createDefaultSeedData, createGeneratedSeedData, mergeSeedData, type MockSeedData } from "./seed-data.js";
import { createMockStore, type MockStore } from "./store.js";
import { createValueSource, DEFAULT_VALUE_SEED } from "./value-source.js";

/** Mixed into `randomSeed` for the generated data, so data and generated IDs are different sequences. */
const DATA_SEED_SALT = 0x2f6b_d1c3;

/** Options of {@link createPartnerCenterMock}. */
export interface PartnerCenterMockOptions {
  /**
   * Origin (and optional path prefix) the handlers match. Default `"*"`: any origin, so the same
   * handlers answer `https://api.partnercenter.microsoft.com/v1/...` in-process and
   * `http://127.0.0.1:<port>/v1/...` behind the mock HTTP server.
   */
  baseUrl?: string;
  /** The state to serve and change. Default: a new store holding `seedData`. */
  store?: MockStore;
  /**
   * The data a new store starts with (and goes back to on `reset()`). Default: the spec's
   * examples plus a small fixed set of customers, managed services, incidents and service
   * requests (`createDefaultSeedData()`, IDs in `MOCK_IDS`). Ignored when `store` is given.
   */
  seedData?: MockSeedData;
  /**
   * Seed of the mock's pseudo-random values. Without it the mock is fully deterministic anyway
   * (generated IDs come from a fixed seed); with it, the store also gets
   * `generatedCustomerCount` extra customers drawn from the seed (unless `store` is given), and
   * generated IDs follow it. Any finite number; truncated to 32 bits.
   */
  randomSeed?: number;
  /** How many extra customers to draw when `randomSeed` is given, 0 to 100. Default `3`. */
  generatedCustomerCount?: number;
  /** The mock's clock: note times, `lastModifiedDate`, `Date`, token expiry, replay window. Default: the system clock. */
  now?: () => Date;
  /** Audiences (`aud`) a JWT bearer token may carry. Default: the Partner Center API's (`PARTNER_CENTER_AUDIENCES`). */
  acceptedAudiences?: readonly string[];
  /** How long a PATCH answer is replayed for the same `MS-RequestId`, in milliseconds. Default 86 400 000 (24 hours). */
  idempotencyWindowMs?: number;
  /**
   * The most PATCH answers remembered for replay; beyond it the least recently used are
   * forgotten (a retry with a forgotten `MS-RequestId` is applied again). Default 10 000.
   */
  idempotencyMaxEntries?: number;
  /**
   * The most memory the remembered PATCH answers may take, in bytes (two per character of each
   * answer's body, as JavaScript strings take); beyond it the least recently used are forgotten,
   * and an answer larger than this is not remembered at all. Default 16 777 216 (16 MiB).
   */
  idempotencyMaxBytes?: number;
}

/** A mock of the four Partner Center operations: msw handlers and the state behind them. */
export interface PartnerCenterMock {
  /** msw handlers for `setupServer` (msw/node), `setupWorker` (msw/browser) or `startMockServer`. */
  handlers: HttpHandler[];
  /** The data served; seed it, read it, reset it. */
  store: MockStore;
  /** Throttling, server errors, network errors and latency a test switches on. */
  scenarios: ScenarioController;
  /** Back to the start: the store's initial data, no scenarios, no remembered PATCH answers. */
  reset(): void;
}

/**
 * Creates a mock of the Partner Center REST API's four documented operations (get a customer,
 * list its managed services, list its Office service incidents, update a service request) that
 * behaves like the service: requests validated against the spec (400), bearer tokens and their
 * kind checked (401, 403), unknown resources 404, changes kept in an in-memory store, PATCH
 * replays answered from the first call, and scenarios for throttling (429), server errors
 * (500, 503), network errors and latency. Responses carry the service's headers.
 *
 * @example
 * const mock = createPartnerCenterMock();
 * const server = setupServer(...mock.handlers); // msw/node
 * mock.scenarios.add({ kind: "throttle", operation: "getCustomer", times: 1, retryAfterSeconds: 2 });
 * @throws TypeError or RangeError naming the option when an option is invalid, or the seed data does not match the spec
 * @see https://learn.microsoft.com/en-us/partner-center/developer/
 */
export function createPartnerCenterMock(options: PartnerCenterMockOptions = {}): PartnerCenterMock {
  if (options.baseUrl !== undefined && typeof options.baseUrl !== "string") throw new TypeError("baseUrl must be a string such as \"*\" or \"https://api.partnercenter.microsoft.com\"");
  if (options.now !== undefined && typeof options.now !== "function") throw new TypeError("now must be a function returning a Date");
  if (options.acceptedAudiences !== undefined && (!Array.isArray(options.acceptedAudiences) || options.acceptedAudiences.some((audience) => typeof audience !== "string"))) {
    throw new TypeError("acceptedAudiences must be an array of strings");
  }
  const values = createValueSource(options.randomSeed ?? DEFAULT_VALUE_SEED);
  const now = options.now ?? (() => new Date());
  const base = options.seedData ?? createDefaultSeedData();
  // Generated data comes from a source of its own, so it does not depend on how many IDs were generated before.
  const initial =
    options.randomSeed === undefined ? base : mergeSeedData(base, createGeneratedSeedData(createValueSource(options.randomSeed ^ DATA_SEED_SALT), options.generatedCustomerCount ?? 3));
  const store = options.store ?? createMockStore(initial);
  const scenarios = createScenarioRunner();
  const idempotency = createIdempotencyCache({
    now,
    ...(options.idempotencyWindowMs !== undefined ? { windowMs: options.idempotencyWindowMs } : {}),
    ...(options.idempotencyMaxEntries !== undefined ? { maxEntries: options.idempotencyMaxEntries } : {}),
    ...(options.idempotencyMaxBytes !== undefined ? { maxBytes: options.idempotencyMaxBytes } : {}),
  });
  const handlers = createOperationHandlers({
    baseUrl: (options.baseUrl ?? "*").replace(/\/+$/, ""),
    store,
    scenarios,
    idempotency,
    context: { values, now },
    ...(options.acceptedAudiences ? { acceptedAudiences: options.acceptedAudiences } : {}),
  });
  return {
    handlers,
    store,
    scenarios,
    reset() {
      store.reset();
      scenarios.reset();
      idempotency.clear();
    },
  };
}

/** Options of {@link createHandlers}: the same as {@link createPartnerCenterMock}'s. */
export type CreateHandlersOptions = PartnerCenterMockOptions;

/**
 * msw request handlers for the four Partner Center operations with their own fresh store:
 * `createPartnerCenterMock(options).handlers`. Use {@link createPartnerCenterMock} to reach the
 * store and scenarios too.
 *
 * @example
 * import { setupServer } from "msw/node";
 * const server = setupServer(...createHandlers());
 * @see https://learn.microsoft.com/en-us/partner-center/developer/error-codes
 */
export function createHandlers(options: CreateHandlersOptions = {}): HttpHandler[] {
  return createPartnerCenterMock(options).handlers;
}
