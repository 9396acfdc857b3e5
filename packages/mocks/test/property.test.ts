// Property-based: random paths, headers and bodies (huge and binary among them), from a fixed,
// printed seed (test/support/seeds.ts: FC_SEED, FC_NUM_RUNS for other or longer runs). The mock
// never throws, never answers 5xx unless a scenario asked for it, and whatever it answers for one
// of its operations matches the spec. Run counts are sized for npm test; the raw HTTP edge cases
// are fuzz-server.test.ts's.
import fc from "fast-check";
import { getResponse } from "msw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockAccessToken, createPartnerCenterMock, MOCK_SERVICE_REQUEST_ID, PARTNER_CENTER_AUDIENCE, type MockScenario } from "../src/index.js";
import { startMockServer, type MockServer } from "../src/transport/server.js";
import { checkResponse, mockOptions, operationFor } from "./support/openapi-contract.js";
import { announceSeed, numRuns } from "./support/seeds.js";
import { exampleCall, exampleOf, pascalCase, specOperations } from "./support/spec-calls.js";

announceSeed("property.test.ts");

/** Runs of each property in npm test, and the time each may take on a loaded 2-core machine. */
const RUNS = { inProcess: numRuns(400), casing: numRuns(60), scenarios: numRuns(80), overHttp: numRuns(40) };
/** A timeout that fits the runs: msPerRun on a loaded machine, and never under 30 s. */
const timeoutFor = (runs: number, msPerRun: number) => Math.max(30_000, runs * msPerRun);

// Everything below is derived from the spec: its operations, their parameters and examples.
const operations = specOperations();
const KNOWN_IDS = [...new Set(operations.flatMap((operation) => operation.parameters.filter((parameter) => parameter.in === "path").map((parameter) => String(exampleOf(parameter)))))];

// A header value fetch accepts: visible ASCII, inner spaces.
const headerValue = fc.stringMatching(/^[\x21-\x7e]([\x20-\x7e]{0,58}[\x21-\x7e])?$/);

const segment = fc.oneof(
  fc.uuid().map((id) => id),
  fc.constantFrom(...KNOWN_IDS, KNOWN_IDS[0]!.toUpperCase(), "", "..", "%", "v1"),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.stringMatching(/^\d{1,20}$/),
);
const encoded = segment.map((value) => encodeURIComponent(value));
/** A path of one of the spec's operations, each parameter either its example or a random segment. */
const operationPath = fc.constantFrom(...operations).chain((operation) =>
  fc
    .array(fc.oneof(fc.constant(undefined), encoded), { minLength: 4, maxLength: 4 })
    .map((randoms) => {
      let index = 0;
      return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
        const random = randoms[index++ % randoms.length];
        const declared = operation.parameters.find((parameter) => parameter.in === "path" && parameter.name === name);
        return random ?? encodeURIComponent(String(declared ? exampleOf(declared) : name));
      });
    }),
);
const path = fc.oneof(
  { weight: 6, arbitrary: operationPath },
  { weight: 1, arbitrary: fc.array(encoded, { maxLength: 6 }).map((parts) => `/v1/${parts.join("/")}`) },
  { weight: 1, arbitrary: fc.array(encoded, { maxLength: 6 }).map((parts) => `/${parts.join("/")}`) },
);

// Query parameters the spec declares, with their examples, random text or random JSON.
const queryNames = [...new Set(operations.flatMap((operation) => operation.parameters.filter((parameter) => parameter.in === "query").map((parameter) => String(parameter.name))))];
const query = fc.option(
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...queryNames),
        fc.oneof(fc.string({ maxLength: 30 }), fc.integer({ min: -2, max: 50 }).map(String), fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? "")),
      ),
      { maxLength: 4 },
    )
    .map((pairs) => new URLSearchParams(pairs).toString()),
  { nil: undefined },
);

const jwt = fc
  .record({
    kind: fc.constantFrom("app+user" as const, "app-only" as const),
    audience: fc.oneof(fc.constant(PARTNER_CENTER_AUDIENCE), fc.string({ maxLength: 30 })),
    expiresInSeconds: fc.integer({ min: -3600, max: 7200 }),
    claims: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  })
  .map((options) => createMockAccessToken(options));
const authorization = fc.option(
  fc.oneof(
    fc.stringMatching(/^[A-Za-z0-9._~+/-]{12,60}$/).map((token) => `Bearer ${token}`),
    jwt.map((token) => `Bearer ${token}`),
    headerValue,
    fc.constant("Bearer"),
  ),
  { nil: undefined },
);
const headers = fc.record(
  {
    Authorization: authorization,
    "MS-RequestId": fc.oneof(fc.uuid(), headerValue),
    "MS-CorrelationId": fc.oneof(fc.uuid(), headerValue),
    "MS-CV": headerValue,
    "X-Locale": headerValue,
    "Content-Type": fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "application/octet-stream", "text/json"),
  },
  { requiredKeys: [] },
);

// Request bodies: the spec's request examples as they are, in PascalCase, with a value changed,
// random JSON, binary and huge or deep ones.
const examples = operations.flatMap((operation) => operation.requestBody?.examples ?? []).filter((example) => example !== null && typeof example === "object");
const exampleBody = fc.constantFrom(...examples).chain((example) =>
  fc.oneof(
    fc.constant(JSON.stringify(example)),
    fc.constant(JSON.stringify(pascalCase(example))),
    fc.tuple(fc.constantFrom(...Object.keys(example as object)), fc.jsonValue({ maxDepth: 2 })).map(([name, value]) => JSON.stringify({ ...(example as object), [name]: value })),
  ),
);
const body = fc.oneof(
  { weight: 6, arbitrary: exampleBody },
  { weight: 4, arbitrary: fc.json({ maxDepth: 3 }) },
  { weight: 3, arbitrary: fc.uint8Array({ maxLength: 4096 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 2000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 10_000, max: 200_000 }).map((depth) => `${"[".repeat(depth)}${"]".repeat(depth)}`) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000_000, max: 2_500_000 }).map((size) => JSON.stringify({ NewNote: { Text: "x".repeat(size) } })) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000_000, max: 2_500_000 }).map((size) => new Uint8Array(size).fill(0xff)) },
);

const anyRequest = fc.record({
  method: fc.constantFrom("GET", "GET", "PATCH", "POST", "POST", "PUT", "DELETE", "HEAD", "OPTIONS") as fc.Arbitrary<string>,
  path,
  query,
  headers,
  body: fc.option(body, { nil: undefined }),
});
// Requests that get past the first checks often, so the later ones (404, bodies, state) are
// exercised too: an operation's example call, with a valid token of either kind and one change.
const plausibleRequest = fc.constantFrom(...operations).chain((operation) =>
  fc
    .record({
      token: fc.oneof(fc.constant("Bearer plausible-token-123"), fc.constantFrom("app+user" as const, "app-only" as const).map((kind) => `Bearer ${createMockAccessToken({ kind })}`)),
      requestId: fc.uuid(),
      body: fc.option(exampleBody, { nil: undefined }),
      query,
    })
    .map(({ token, requestId, body: changed, query: extra }) => {
      const call = exampleCall(operation);
      const [pathname, search = ""] = call.target.split("?");
      const merged = [search, extra].filter(Boolean).join("&");
      return {
        method: call.method,
        path: pathname as string,
        query: merged || undefined,
        headers: { ...call.headers, Authorization: token, "MS-RequestId": requestId, ...(call.body !== undefined ? { "Content-Type": call.headers["Content-Type"] ?? "application/json" } : {}) } as Record<string, string | undefined>,
        body: changed ?? call.body,
      };
    }),
);
/** A random request: method, path, query, headers and body as fetch takes them. */
interface RandomRequest {
  method: string;
  path: string;
  query: string | undefined;
  headers: Record<string, string | undefined>;
  body: string | Uint8Array | undefined;
}
const request: fc.Arbitrary<RandomRequest> = fc.oneof(anyRequest as fc.Arbitrary<RandomRequest>, plausibleRequest);

function toRequest(origin: string, random: RandomRequest): Request {
  const url = `${origin}${random.path}${random.query ? `?${random.query}` : ""}`;
  const withBody = random.body !== undefined && random.method !== "GET" && random.method !== "HEAD";
  const headerEntries = Object.entries(random.headers).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return new Request(url, { method: random.method, headers: headerEntries, ...(withBody ? { body: random.body as BodyInit } : {}) });
}

function tokenOf(random: RandomRequest): string | undefined {
  const token = /^Bearer (.+)$/.exec(random.headers.Authorization ?? "")?.[1];
  return token && token.length >= 12 ? token : undefined;
}

describe("in-process (msw handlers), no scenario", () => {
  it("never throws, never answers 5xx, matches the spec and never echoes the token, for random requests", async () => {
    const mock = createPartnerCenterMock(mockOptions);
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async (random) => {
        mock.reset();
        const outgoing = toRequest("https://api.partnercenter.microsoft.com", random);
        const response = await getResponse(mock.handlers, outgoing);
        const operationId = operationFor(random.method, new URL(outgoing.url).pathname);
        if (!response) {
          // Only requests outside the spec's paths may go unanswered (the HTTP server gives them 404).
          expect(operationId).toBeUndefined();
          return;
        }
        if (operationId === undefined) {
          // A path of the spec with a method it does not declare: the gateway's 404, or a 400 for a malformed escape.
          expect([400, 404]).toContain(response.status);
          return;
        }
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status).toBeLessThan(500);
        expect(operationId).toBeDefined();
        const text = await response.text();
        expect(checkResponse(operationId!, response, text).problems).toEqual([]);
        const token = tokenOf(random);
        if (token) {
          expect(text).not.toContain(token);
          for (const [, value] of response.headers) expect(value).not.toContain(token);
        }
      }),
      { numRuns: RUNS.inProcess },
    );
    // The generators reach every kind of answer, not only the first gate.
    expect([...statuses.keys()].sort()).toEqual(expect.arrayContaining([200, 400, 401, 403, 404]));
  }, timeoutFor(RUNS.inProcess, 50));

  it("treats property names case-insensitively: any casing of a PATCH body has the camelCase body's effect", async () => {
    const body = fc.record({
      status: fc.constantFrom("open", "closed", "attention_needed"),
      text: fc.string({ minLength: 1, maxLength: 20 }).filter((text) => text.trim() !== ""),
      names: fc.tuple(fc.mixedCase(fc.constant("status")), fc.mixedCase(fc.constant("newnote")), fc.mixedCase(fc.constant("text")), fc.mixedCase(fc.constant(""))),
    });
    const now = new Date("2025-01-01T00:00:00Z");
    const send = async (payload: unknown) => {
      const mock = createPartnerCenterMock({ now: () => now });
      const response = await getResponse(mock.handlers, new Request(`https://api.partnercenter.microsoft.com/v1/servicerequests/${MOCK_SERVICE_REQUEST_ID}`, {
        method: "PATCH",
        headers: { Authorization: "Bearer property-test", "Content-Type": "application/json" },
        body: JSON.stringify(payload),
      }));
      return { status: response?.status, body: await response?.json() };
    };
    await fc.assert(
      fc.asyncProperty(body, async ({ status, text, names: [statusName, noteName, textName] }) => {
        const camel = await send({ status, newNote: { text } });
        const mixed = await send({ [statusName]: status.toUpperCase(), [noteName]: { [textName]: text } });
        expect(mixed).toEqual(camel);
        expect(camel.status).toBe(200);
      }),
      { numRuns: RUNS.casing },
    );
  }, timeoutFor(RUNS.casing, 50));
});

describe("in-process, with random scenarios", () => {
  const scenario: fc.Arbitrary<MockScenario> = fc.oneof(
    fc.record({ kind: fc.constant("throttle" as const), times: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }, { requiredKeys: ["kind"] }),
    fc.record({ kind: fc.constant("server-error" as const), status: fc.constantFrom(500 as const, 503 as const) }),
    fc.record({ kind: fc.constant("network-error" as const) }),
    fc.record({ kind: fc.constant("latency" as const), latencyMs: fc.constant(0) }),
  ).chain((chosen) =>
    fc
      .option(fc.subarray(operations.map((operation) => operation.operationId), { minLength: 1, maxLength: 6 }), { nil: undefined })
      .map((operation) => (operation ? ({ ...chosen, operation } as MockScenario) : chosen)),
  );

  it("answers 5xx or fails the network only for operations a scenario asked it of", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(scenario, { maxLength: 3 }), fc.array(request, { minLength: 1, maxLength: 8 }), async (scenarios, requests) => {
        const mock = createPartnerCenterMock(mockOptions);
        for (const added of scenarios) mock.scenarios.add(added);
        const asked = (kind: MockScenario["kind"], operationId: string) =>
          scenarios.some((added) => added.kind === kind && (added.operation === undefined || added.operation.includes(operationId as never)));
        for (const random of requests) {
          const outgoing = toRequest("https://api.partnercenter.microsoft.com", random);
          const operationId = operationFor(random.method, new URL(outgoing.url).pathname);
          const response = await getResponse(mock.handlers, outgoing);
          if (!response) continue;
          if (response.type === "error") expect(asked("network-error", operationId ?? "")).toBe(true);
          else if (response.status >= 500) expect(asked("server-error", operationId ?? "")).toBe(true);
        }
      }),
      { numRuns: RUNS.scenarios },
    );
  }, timeoutFor(RUNS.scenarios, 200));
});

describe("over HTTP (startMockServer)", () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer(mockOptions);
  });
  afterAll(() => server.close());

  it("never answers 5xx and keeps serving, whatever arrives (huge and binary bodies included)", async () => {
    await fc.assert(
      fc.asyncProperty(request, async (random) => {
        const method = random.method === "OPTIONS" || random.method === "HEAD" ? "GET" : random.method;
        const response = await fetch(toRequest(server.url, { ...random, method }));
        expect(response.status).toBeLessThan(500);
        const text = await response.text();
        if (response.status === 413) expect(JSON.parse(text)).toEqual({ statusCode: 413, message: expect.stringMatching(/limit is 1048576 bytes/) });
        const token = tokenOf(random);
        if (token) expect(text).not.toContain(token);
      }),
      { numRuns: RUNS.overHttp },
    );
    const example = exampleCall(operations[0]!);
    expect((await fetch(`${server.url}${example.target}`, { method: example.method, headers: example.headers, ...(example.body ? { body: example.body as BodyInit } : {}) })).status).toBeLessThan(300);
  }, timeoutFor(RUNS.overHttp, 500));
});
