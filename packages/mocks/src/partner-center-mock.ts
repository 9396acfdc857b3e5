import type { HttpHandler } from "msw";
import { createIdempotencyCache } from "./idempotency.js";
import { fromFetchRequest, toFetchResponse } from "./pipeline/exchange.js";
import { createPipeline, type Pipeline } from "./pipeline/pipeline.js";
import { createScenarioRunner, type ScenarioController } from "./pipeline/scenarios.js";
import { gatewayErrorResponse } from "./errors.js";
import { builtInSpec, prepareSpec } from "./spec/built-in.js";
import { SpecDocument, type OpenApiDocument } from "./spec/document.js";
import { rules } from "./state/rules/index.js";
import { seedFromSpec } from "./state/seed.js";
import { createMockStore, type MockSeedData, type MockStore } from "./state/store.js";
import { createMswHandlers } from "./transport/msw.js";
import { createValueSource, DEFAULT_VALUE_SEED } from "./value-source.js";

/** Options of {@link createPartnerCenterMock}. */
export interface PartnerCenterMockOptions {
  /**
   * Origin (and optional path prefix) the msw handler matches. Default `"*"`: any origin, so the
   * same handler answers `https://api.partnercenter.microsoft.com/v1/...` in-process and
   * `http://127.0.0.1:<port>/v1/...` behind the mock HTTP server.
   */
  baseUrl?: string;
  /** The state to serve and change. Default: a new store holding `seedData`. */
  store?: MockStore;
  /**
   * The records a new store starts with (and goes back to on `reset()`), by collection:
   * `{ customers: [{ record }], users: [{ scope: { customer_id }, record }] }`. Default: the
   * spec's examples plus the records the spec asks to generate (`x-mock.generate`). Ignored
   * when `store` is given. Every record must match its schema.
   */
  seedData?: MockSeedData;
  /**
   * Seed of the mock's pseudo-random values: IDs it makes up and generated records. The mock is
   * deterministic without it too (a fixed default seed). Any finite number; truncated to 32 bits.
   */
  randomSeed?: number;
  /** The mock's clock: note times, `Date`, token expiry, replay window, audit times. Default: the system clock. */
  now?: () => Date;
  /** Audiences (`aud`) a JWT bearer token may carry. Default: the Partner Center API's (`PARTNER_CENTER_AUDIENCES`). */
  acceptedAudiences?: readonly string[];
  /** How long a write's answer is replayed for the same `MS-RequestId`, in milliseconds. Default 86 400 000 (24 hours). */
  idempotencyWindowMs?: number;
  /**
   * The most write answers remembered for replay; beyond it the least recently used are
   * forgotten (a retry with a forgotten `MS-RequestId` is applied again). Default 10 000.
   */
  idempotencyMaxEntries?: number;
  /**
   * The most memory the remembered write answers may take, in bytes (two per character of each
   * answer's body, as JavaScript strings take); beyond it the least recently used are forgotten,
   * and an answer larger than this is not remembered at all. Default 16 777 216 (16 MiB).
   */
  idempotencyMaxBytes?: number;
  /**
   * A bundled OpenAPI document to mock instead of the built-in Partner Center spec (one written
   * with this project's conventions and `x-mock` bindings). Default: the spec this package was
   * built from.
   */
  spec?: object;
}

/** A mock of the Partner Center REST API: msw handlers, a fetch function and the state behind them. */
export interface PartnerCenterMock {
  /** msw handlers for `setupServer` (msw/node), `setupWorker` (msw/browser) or `startMockServer`. */
  handlers: HttpHandler[];
  /**
   * Answers a fetch `Request` as the service would, without msw or a network: pass it as the
   * client's `fetch`. A path the spec does not have gets the gateway's 404; a `network-error`
   * scenario rejects with a `TypeError`, as `fetch` does when the connection drops.
   */
  fetch(request: Request): Promise<Response>;
  /** The data served; read it, change it, reset it. */
  store: MockStore;
  /** Throttling, server errors, network errors and latency a test switches on. */
  scenarios: ScenarioController;
  /** The `operationId`s the mock serves: every operation of the spec. */
  operationIds: readonly string[];
  /** Back to the start: the store's initial data, no scenarios, no remembered write answers. */
  reset(): void;
}

/** The pipeline behind a mock, for the HTTP server (which skips fetch objects). */
export const PIPELINE: unique symbol = Symbol("partnercenter.mock.pipeline");

/** A {@link PartnerCenterMock} with its pipeline reachable by the package's own transports. */
export type MockWithPipeline = PartnerCenterMock & { [PIPELINE]: Pipeline };

const DATA_SEED_SALT = 0x2f6b_d1c3;

/**
 * Creates a mock of the Partner Center REST API from its spec: every operation routed, every
 * request validated against the spec (400), bearer tokens and their kind checked (401, 403),
 * state kept in one in-memory store that the spec's `x-mock` bindings read and write (lists
 * paged the way the service pages them, unknown records 404), writes replayed by
 * `MS-RequestId`, an audit trail, and scenarios for throttling (429), server errors (500, 503),
 * network errors and latency. Answers carry the service's headers.
 *
 * @example
 * const mock = createPartnerCenterMock();
 * const server = setupServer(...mock.handlers); // msw/node
 * mock.scenarios.add({ kind: "throttle", operation: "getCustomer", times: 1, retryAfterSeconds: 2 });
 * @throws TypeError naming the option when an option is invalid, or a seed record does not match its schema
 * @see https://learn.microsoft.com/en-us/partner-center/developer/
 */
export function createPartnerCenterMock(options: PartnerCenterMockOptions = {}): PartnerCenterMock {
  if (options === null || typeof options !== "object") throw new TypeError("options must be an object");
  if (options.baseUrl !== undefined && typeof options.baseUrl !== "string") throw new TypeError('baseUrl must be a string such as "*" or "https://api.partnercenter.microsoft.com"');
  if (options.now !== undefined && typeof options.now !== "function") throw new TypeError("now must be a function returning a Date");
  if (options.acceptedAudiences !== undefined && (!Array.isArray(options.acceptedAudiences) || options.acceptedAudiences.some((audience) => typeof audience !== "string"))) {
    throw new TypeError("acceptedAudiences must be an array of strings");
  }
  const { spec, operations, router, model } = options.spec === undefined ? builtInSpec() : prepareSpec(new SpecDocument(options.spec as OpenApiDocument));
  const randomSeed = options.randomSeed ?? DEFAULT_VALUE_SEED;
  const values = createValueSource(randomSeed);
  const now = options.now ?? (() => new Date());
  const check = (collection: string, record: object, where: string) => {
    const pointer = model.recordSchemas.get(collection);
    if (!pointer) return;
    const validate = spec.validatorAt(pointer);
    if (!validate(record)) {
      const [first] = validate.errors ?? [];
      throw new TypeError(`store: ${where}${first?.instancePath.replaceAll("/", ".") ?? ""} ${first?.message ?? "does not match its schema"}`);
    }
  };
  const store =
    options.store ?? createMockStore(options.seedData ?? seedFromSpec(spec, operations, model, createValueSource(randomSeed ^ DATA_SEED_SALT)), check, model.idFields);
  const scenarios = createScenarioRunner(operations.map((operation) => operation.operationId));
  const idempotency = createIdempotencyCache({
    now,
    ...(options.idempotencyWindowMs !== undefined ? { windowMs: options.idempotencyWindowMs } : {}),
    ...(options.idempotencyMaxEntries !== undefined ? { maxEntries: options.idempotencyMaxEntries } : {}),
    ...(options.idempotencyMaxBytes !== undefined ? { maxBytes: options.idempotencyMaxBytes } : {}),
  });
  const context = { values, now };
  const pipeline = createPipeline({
    spec,
    router,
    model,
    store,
    scenarios,
    idempotency,
    rules,
    context,
    ...(options.acceptedAudiences ? { acceptedAudiences: options.acceptedAudiences } : {}),
  });
  const mock: MockWithPipeline = {
    handlers: createMswHandlers((options.baseUrl ?? "*").replace(/\/+$/, ""), pipeline),
    async fetch(request) {
      const answer = await pipeline(fromFetchRequest(request, request.body ? await request.text() : undefined));
      // No answer at all, as fetch reports a dropped connection.
      if (answer?.networkError) throw new TypeError("fetch failed", { cause: new Error("the mock's network-error scenario dropped the connection") });
      return answer ? toFetchResponse(answer) : gatewayErrorResponse(request, 404, "Resource not found");
    },
    store,
    scenarios,
    operationIds: operations.map((operation) => operation.operationId),
    reset() {
      store.reset();
      scenarios.reset();
      idempotency.clear();
    },
    [PIPELINE]: pipeline,
  };
  return mock;
}

/** Options of {@link createHandlers}: the same as {@link createPartnerCenterMock}'s. */
export type CreateHandlersOptions = PartnerCenterMockOptions;

/**
 * msw request handlers for the Partner Center API with their own fresh store:
 * `createPartnerCenterMock(options).handlers`. Use {@link createPartnerCenterMock} to reach the
 * store and scenarios too.
 *
 * @example
 * import { setupServer } from "msw/node";
 * const server = setupServer(...createHandlers());
 */
export function createHandlers(options: CreateHandlersOptions = {}): HttpHandler[] {
  return createPartnerCenterMock(options).handlers;
}
