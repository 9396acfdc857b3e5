// Fuzzes the mock HTTP server over raw TCP, one connection per request, from a fixed, printed seed
// (FC_SEED): 10 000 requests in npm test (FUZZ_REQUESTS for another count). Bad percent-escapes,
// huge and binary headers, bodies of 5 MB and nested 100 000 levels deep, wrong content types,
// and broken framing (lengths that lie, bodies cut off, chunked encodings that break, pipelining,
// requests that are not HTTP at all). No scenario is switched on, so no answer may be 5xx, and
// every connection must get complete HTTP answers before the server closes it: no dropped
// connection, no hang.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MOCK_CUSTOMER_ID, MOCK_SERVICE_REQUEST_ID, createMockAccessToken } from "../src/index.js";
import { FIXTURE_IDS } from "./support/fixtures.js";
import { startMockServer, type MockServer } from "../src/transport/server.js";
import { announceSeed, FUZZ_REQUESTS, SEED } from "./support/seeds.js";

announceSeed("fuzz-server.test.ts");

/** mulberry32: a small seeded generator, so the same seed sends the same bytes. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const bytes = (length: number) => {
    const out = Buffer.allocUnsafe(length);
    for (let index = 0; index < length; index += 1) out[index] = Math.floor(next() * 256);
    return out;
  };
  const text = (length: number, alphabet: string) => {
    const out = Buffer.allocUnsafe(length);
    for (let index = 0; index < length; index += 1) out[index] = alphabet.charCodeAt(Math.floor(next() * alphabet.length));
    return out.toString("latin1");
  };
  return { next, int, pick, bytes, text, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof seededRandom>;

const CUSTOMERS = [MOCK_CUSTOMER_ID, FIXTURE_IDS.withoutDelegatedAccess, FIXTURE_IDS.throughIndirectReseller];
const SERVICE_REQUESTS = [MOCK_SERVICE_REQUEST_ID, FIXTURE_IDS.closedServiceRequest, FIXTURE_IDS.attentionNeededServiceRequest];
const TOKENS = ["Bearer fuzz-token-0123456789", `Bearer ${createMockAccessToken({ kind: "app+user" })}`, `Bearer ${createMockAccessToken({ kind: "app-only" })}`, "Bearer", "Basic dXNlcjpwYXNz"];
const VISIBLE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@";

/** A request as bytes, and how many answers it must get. */
interface FuzzCase {
  kind: string;
  bytes: Buffer;
  /** Answers the connection must carry; `undefined`: at least one (the server may close after the first). */
  answers?: number;
  /** A HEAD request: its answer has a Content-Length but no body. */
  head?: boolean;
}

function target(random: Random): string {
  const customer = random.pick(CUSTOMERS);
  const escape = () => random.pick(["%zz", "%", "%4", "%G0", "%E0%A4%A", "%C3%28", "%ED%A0%80", "%FF", "%00", "%25", "%2F", "%u0041"]);
  switch (random.int(0, 9)) {
    case 0:
      return `/v1/customers/${escape()}${random.chance(0.5) ? "/managedservices" : ""}`;
    case 1:
      return `/v1/customers/${customer}/${escape()}`;
    case 2:
      return `/v1/servicerequests/${random.pick(SERVICE_REQUESTS)}${escape()}`;
    case 3:
      return `/${escape()}${random.text(random.int(0, 20), VISIBLE)}`;
    case 4:
      return `/v1/customers/${customer}/serviceincidents/office?filter=${encodeURIComponent(random.pick(['{"Field":"Resolved","Value":"false","Operator":"equals"}', "{", "[]", "null", `${'{"LeftFilter":'.repeat(5_000)}{}${"}".repeat(5_000)}`]))}&filter.operator=${random.pick(["equals", "3", "11", "-1", "%zz", "x"])}`;
    case 5:
      return `/v1/customers/${random.text(random.int(0, 60), VISIBLE)}`;
    default:
      return random.pick([`/v1/customers/${customer}`, `/v1/customers/${customer}/managedservices`, `/v1/customers/${customer}/serviceincidents/office`, `/v1/servicerequests/${random.pick(SERVICE_REQUESTS)}`, "/", "/v1", "/v1/customers"]);
  }
}

function headerLines(random: Random): string[] {
  const lines = ["Host: 127.0.0.1"];
  if (random.chance(0.8)) lines.push(`Authorization: ${random.pick(TOKENS)}`);
  if (random.chance(0.3)) lines.push(`MS-RequestId: ${random.chance(0.7) ? random.bytes(16).toString("hex").replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, "$1-$2-$3-$4-$5") : random.text(random.int(1, 40), VISIBLE)}`);
  if (random.chance(0.2)) lines.push(`MS-CorrelationId: ${random.text(random.int(0, 80), VISIBLE)}`);
  if (random.chance(0.2)) lines.push(`MS-CV: ${random.text(random.int(0, 80), VISIBLE)}`);
  if (random.chance(0.1)) lines.push(`X-Locale: ${random.text(random.int(0, 10), VISIBLE)}`);
  return lines;
}

const CONTENT_TYPES = ["application/json", "text/json", "application/json; charset=utf-8", "text/plain", "application/xml", "application/merge-patch+json", "multipart/form-data; boundary=x", "application/octet-stream", "", ";;;", "application/json; charset=\u00ff"];

function body(random: Random): Buffer {
  const depth = random.int(10_000, 100_000);
  switch (random.int(0, 11)) {
    case 0:
      return Buffer.from(`${"[".repeat(depth)}${"]".repeat(depth)}`);
    case 1:
      return Buffer.from(`{"newNote":${'{"text":'.repeat(depth)}"x"${"}".repeat(depth)}}`);
    case 2:
      return Buffer.from(`{"status":${"[".repeat(depth)}${"]".repeat(depth)}}`);
    case 3:
      return random.bytes(random.int(0, 4096));
    case 4:
      return Buffer.from(JSON.stringify({ NewNote: { Text: random.text(random.int(0, 200), VISIBLE) }, Status: random.pick(["open", "closed", "none", "unknown", "pending", 3, null]) }));
    case 5:
      return Buffer.from(random.pick(["", "{", "null", "[]", '"x"', "1e999", '{"__proto__":{"x":1}}', '{"status":"open","Status":"closed"}']));
    default:
      return Buffer.from(JSON.stringify({ newNote: { text: `fuzz ${random.int(0, 1e6)}` } }));
  }
}

function request(method: string, path: string, headers: string[], payload?: Buffer, version = "HTTP/1.1"): Buffer {
  const lines = [`${method} ${path} ${version}`, ...headers, ...(payload ? [`Content-Length: ${payload.length}`] : [])];
  return Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1"), payload ?? Buffer.alloc(0)]);
}

function fuzzCase(random: Random): FuzzCase {
  const method = random.pick(["GET", "GET", "PATCH", "PATCH", "POST", "PUT", "DELETE", "HEAD", "OPTIONS"]);
  const withBody = method !== "GET" && method !== "HEAD";
  const headers = headerLines(random);
  const roll = random.next();
  if (roll < 0.3) {
    // Plausible requests with random parts: paths, tokens, bodies and content types.
    if (withBody) headers.push(`Content-Type: ${random.pick(CONTENT_TYPES)}`);
    return { kind: "plausible", bytes: request(method, target(random), headers, withBody ? body(random) : undefined), answers: 1, head: method === "HEAD" };
  }
  if (roll < 0.4) {
    // Huge headers: a few kB (served) to tens of kB (Node's 16 KiB header limit answers 431).
    headers.push(`X-Fuzz: ${random.text(random.int(1_000, 40_000), VISIBLE)}`);
    if (random.chance(0.3)) headers.push(`Authorization: Bearer ${random.text(random.int(1_000, 20_000), VISIBLE)}`);
    return { kind: "huge header", bytes: request(method === "HEAD" ? "GET" : method, target(random), headers, withBody ? body(random) : undefined) };
  }
  if (roll < 0.5) {
    // Binary header values and names: obs-text, control characters, NUL.
    const value = random.bytes(random.int(1, 200)).toString("latin1").replace(/[\r\n]/g, " ");
    const name = random.chance(0.8) ? random.pick(["Authorization", "MS-RequestId", "MS-CV", "Content-Type", "X-Binary"]) : random.bytes(random.int(1, 10)).toString("latin1").replace(/[\r\n:]/g, "x");
    headers.push(`${name}: ${value}`);
    return { kind: "binary header", bytes: request(method === "HEAD" ? "GET" : method, target(random), headers, withBody ? body(random) : undefined) };
  }
  if (roll < 0.51) {
    // 5 MB and 1.5 MB bodies: over the 1 MiB limit, within the eightfold drain.
    const size = random.pick([5_000_000, 1_500_000, 1_048_577]);
    headers.push("Content-Type: application/json");
    const payload = Buffer.alloc(size, random.pick(["x", "[", " "]));
    return { kind: "big body", bytes: request(random.pick(["PATCH", "POST", "PUT"]), target(random), headers, payload), answers: 1 };
  }
  return brokenFraming(random, headers);
}

/** Requests whose HTTP framing is broken or unusual. */
function brokenFraming(random: Random, headers: string[]): FuzzCase {
  const path = target(random);
  const patch = `/v1/servicerequests/${random.pick(SERVICE_REQUESTS)}`;
  const json = Buffer.from(JSON.stringify({ newNote: { text: "framing" } }));
  const head = (lines: string[]) => Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1");
  switch (random.int(0, 16)) {
    case 0: // a Content-Length that promises more than is sent, then the client stops sending
      return { kind: "framing: a Content-Length that promises more than is sent, then the client stops sending", bytes: Buffer.concat([head([`PATCH ${patch} HTTP/1.1`, ...headers, "Content-Type: application/json", `Content-Length: ${json.length + random.int(1, 1000)}`]), json]) };
    case 1: // Content-Length and Transfer-Encoding together (request smuggling)
      return { kind: "framing: Content-Length and Transfer-Encoding together", bytes: Buffer.concat([head([`PATCH ${patch} HTTP/1.1`, ...headers, `Content-Length: ${json.length}`, "Transfer-Encoding: chunked"]), json]) };
    case 2: // a chunk size that is not hexadecimal
      return { kind: "framing: a chunk size that is not hexadecimal", bytes: Buffer.concat([head([`PATCH ${patch} HTTP/1.1`, ...headers, "Transfer-Encoding: chunked"]), Buffer.from(`zz\r\n${json}\r\n0\r\n\r\n`)]) };
    case 3: // a chunked body cut off in the middle
      return { kind: "framing: a chunked body cut off in the middle", bytes: Buffer.concat([head([`PATCH ${patch} HTTP/1.1`, ...headers, "Content-Type: application/json", "Transfer-Encoding: chunked"]), Buffer.from(`${json.length.toString(16)}\r\n${json.subarray(0, 5)}`)]) };
    case 4: // a well-formed chunked body
      return { kind: "framing: a well-formed chunked body", bytes: Buffer.concat([head([`PATCH ${patch} HTTP/1.1`, ...headers, "Content-Type: application/json", "Transfer-Encoding: chunked"]), Buffer.from(`${json.length.toString(16)}\r\n${json}\r\n0\r\n\r\n`)]), answers: 1 };
    case 5: // not HTTP at all
      return { kind: "framing: not HTTP at all", bytes: Buffer.concat([Buffer.from(random.pick(["NOT HTTP AT ALL", "\x16\x03\x01\x02\x00\x01", "GET", "GET / HTTP/9.9", " / HTTP/1.1", "GET /\x00 HTTP/1.1"]), "latin1"), random.bytes(random.int(0, 100)), Buffer.from("\r\n\r\n")]) };
    case 6: // bare LF line endings
      return { kind: "framing: bare LF line endings", bytes: Buffer.from(`GET ${path} HTTP/1.1\n${headers.join("\n")}\n\n`, "latin1") };
    case 7: // a header line without a colon, or folded (obs-fold)
      return { kind: "framing: a header line without a colon, or folded", bytes: head([`GET ${path} HTTP/1.1`, ...headers, random.pick(["NoColonHere", " folded continuation", "X-A: 1\r\n\tfolded"])]) };
    case 8: // three pipelined requests in one write
      return { kind: "framing: three pipelined requests in one write", bytes: Buffer.concat([0, 1, 2].map(() => head([`GET ${random.pick([`/v1/customers/${random.pick(CUSTOMERS)}`, "/v1/nothing", "/v1/customers/%zz"])} HTTP/1.1`, ...headers]))), answers: 3 };
    case 9: // HTTP/1.0, without Host
      return { kind: "framing: HTTP/1.0, without Host", bytes: head([`GET ${path} HTTP/1.0`, ...headers.filter((line) => !line.startsWith("Host:"))]) };
    case 10: // HTTP/1.1 without Host
      return { kind: "framing: HTTP/1.1 without Host", bytes: head([`GET ${path} HTTP/1.1`, ...headers.filter((line) => !line.startsWith("Host:"))]) };
    case 11: // a negative, a non-numeric or two different Content-Lengths
      return { kind: "framing: a negative, a non-numeric or two different Content-Lengths", bytes: Buffer.concat([head([`PATCH ${patch} HTTP/1.1`, ...headers, ...random.pick([["Content-Length: -1"], ["Content-Length: abc"], [`Content-Length: ${json.length}`, "Content-Length: 3"]])]), json]) };
    case 12: // a request target that is not a path: absolute-form, asterisk, authority
      return { kind: "framing: a request target that is not a path", bytes: head([`${random.pick(["GET", "OPTIONS", "PATCH"])} ${random.pick(["http://example.com/v1/customers", "*", "example.com:443", "v1/customers"])} HTTP/1.1`, ...headers, "Content-Length: 0"]) };
    case 13: // a very long request target (Node answers 431 beyond 16 KiB of head)
      return { kind: "framing: a very long request target", bytes: head([`GET /v1/customers/${random.text(random.int(5_000, 30_000), VISIBLE)} HTTP/1.1`, ...headers]) };
    case 14: // Expect: 100-continue with the body sent straight away
      return { kind: "framing: Expect: 100-continue, body sent at once", bytes: Buffer.concat([head([`PATCH ${patch} HTTP/1.1`, ...headers, "Content-Type: application/json", "Expect: 100-continue", `Content-Length: ${json.length}`]), json]), answers: 1 };
    case 15: // methods fetch cannot represent, or unknown ones
      return { kind: "framing: methods fetch cannot represent, or unknown ones", bytes: head([`${random.pick(["TRACE", "TRACK", "PROPFIND", "BREW", "M-SEARCH", "PURGE"])} ${path} HTTP/1.1`, ...headers]) };
    default: // the head cut off before its end
      return { kind: "framing: the head cut off before its end", bytes: Buffer.from(`GET ${path} HTTP/1.1\r\n${headers.join("\r\n")}`.slice(0, random.int(1, 60)), "latin1") };
  }
}

interface Answer {
  status: number;
}

/**
 * Reads the HTTP answers in what the server wrote, in order. Throws when one is incomplete: a
 * head without its end, or fewer body bytes than its Content-Length says.
 */
function parseAnswers(data: Buffer, head: boolean): Answer[] {
  const answers: Answer[] = [];
  let offset = 0;
  while (offset < data.length) {
    const end = data.indexOf("\r\n\r\n", offset, "latin1");
    if (end === -1) throw new Error(`an incomplete head: ${JSON.stringify(data.subarray(offset, offset + 80).toString("latin1"))}`);
    const lines = data.subarray(offset, end).toString("latin1").split("\r\n");
    const status = /^HTTP\/1\.[01] (\d{3}) /.exec(`${lines[0] ?? ""} `)?.[1];
    if (!status) throw new Error(`not an HTTP answer: ${JSON.stringify(lines[0])}`);
    const fields = new Map(lines.slice(1).map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
    offset = end + 4;
    const code = Number(status);
    if (code >= 100 && code < 200) continue;
    answers.push({ status: code });
    if (head || code === 204 || code === 304) continue;
    const length = fields.get("content-length");
    if (length !== undefined) {
      if (data.length - offset < Number(length)) throw new Error(`a ${code} answer with ${data.length - offset} of its ${length} body bytes`);
      offset += Number(length);
    } else if (fields.get("transfer-encoding")?.toLowerCase() === "chunked") {
      // Node's own answers (e.g. 400 to a request without Host) are chunked: read to the last chunk.
      for (;;) {
        const lineEnd = data.indexOf("\r\n", offset, "latin1");
        if (lineEnd === -1) throw new Error(`a ${code} answer cut off in its chunked body`);
        const size = Number.parseInt(data.subarray(offset, lineEnd).toString("latin1"), 16);
        if (!Number.isFinite(size)) throw new Error(`a ${code} answer with a broken chunk size`);
        offset = lineEnd + 2 + size + 2;
        if (offset > data.length) throw new Error(`a ${code} answer cut off in its chunked body`);
        if (size === 0) break;
      }
    } else {
      offset = data.length; // delimited by the server closing the connection
    }
  }
  return answers;
}

/** Sends the bytes, stops sending, and collects everything the server writes until it closes. */
function exchange(port: number, bytes: Buffer, timeoutMs: number): Promise<{ data: Buffer; error?: string }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let error: string | undefined;
    const socket = connect(port, "127.0.0.1", () => {
      socket.end(bytes);
    });
    const timer = setTimeout(() => {
      error = `no close within ${timeoutMs} ms`;
      socket.destroy();
    }, timeoutMs);
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    // A reset after the answers is fine (the server drops what it will not read); a reset before any is not.
    socket.on("error", (cause: NodeJS.ErrnoException) => (error ??= cause.code ?? cause.message));
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ data: Buffer.concat(chunks), ...(error ? { error } : {}) });
    });
  });
}

describe("the mock HTTP server under fuzzed requests", () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer();
  });
  afterAll(() => server.close());

  it(
    `gives every connection complete answers, none 5xx, for ${FUZZ_REQUESTS} requests (seed ${SEED})`,
    async () => {
      const random = seededRandom(SEED);
      // Generated one at a time, in index order (workers take indices in turn), so the same seed sends the same bytes.

      const failures: string[] = [];
      const kinds = new Map<string, number>();
      const statuses = new Map<number, number>();
      let next = 0;
      const worker = async () => {
        while (next < FUZZ_REQUESTS) {
          const index = next++;
          const fuzz = fuzzCase(random);
          const { data, error } = await exchange(server.port, fuzz.bytes, 15_000);
          kinds.set(fuzz.kind, (kinds.get(fuzz.kind) ?? 0) + 1);
          const describe = () => `#${index} (${fuzz.kind}) ${JSON.stringify(fuzz.bytes.subarray(0, 120).toString("latin1"))}`;
          let answers: Answer[];
          try {
            answers = parseAnswers(data, fuzz.head === true);
          } catch (problem) {
            failures.push(`${describe()}: ${(problem as Error).message}${error ? ` (${error})` : ""}`);
            continue;
          }
          for (const answer of answers) statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          if (answers.length === 0) failures.push(`${describe()}: no answer${error ? ` (${error})` : ""}`);
          else if (fuzz.answers !== undefined && answers.length !== fuzz.answers) failures.push(`${describe()}: ${answers.length} answers, expected ${fuzz.answers}`);
          const serverErrors = answers.filter((answer) => answer.status >= 500);
          if (serverErrors.length > 0) failures.push(`${describe()}: answered ${serverErrors.map((answer) => answer.status).join(", ")}`);
          if (error === `no close within 15000 ms`) failures.push(`${describe()}: ${error}`);
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));
      console.log(`fuzz-server.test.ts: ${FUZZ_REQUESTS} connections by kind ${JSON.stringify(Object.fromEntries(kinds))}; answers by status ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`);
      expect(failures.slice(0, 20)).toEqual([]);
      // The cases reach the answers they are meant to: served, refused, too large, and parse errors
      // (a run of a thousand requests or more reaches them all, whatever the seed).
      if (FUZZ_REQUESTS >= 1_000) {
        for (const status of [200, 400, 401, 404, 413, 431]) expect(statuses.get(status) ?? 0, `answers with status ${status}`).toBeGreaterThan(0);
      }
      // And the server still serves.
      expect((await fetch(`${server.url}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: { Authorization: "Bearer still-serving" } })).status).toBe(200);
    },
    Math.max(60_000, FUZZ_REQUESTS * 10),
  );
});
