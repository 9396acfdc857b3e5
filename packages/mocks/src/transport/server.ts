import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { getResponse, type RequestHandler } from "msw";
import { createPartnerCenterMock, PIPELINE, type MockWithPipeline, type PartnerCenterMock, type PartnerCenterMockOptions } from "../partner-center-mock.js";
import { errorAnswer, gatewayAnswer, jsonAnswer, type HeaderReader, type MockAnswer, type MockRequest } from "../pipeline/exchange.js";
import { hasMalformedEscape, malformedPath } from "../pipeline/pipeline.js";
import type { MockScenario } from "../pipeline/scenarios.js";
import { createValueSource } from "../value-source.js";

import { CONTROL_PATH, DEFAULT_CLOSE_TIMEOUT_MS, DEFAULT_MAX_BODY_BYTES } from "./server-limits.js";

export { CONTROL_PATH, DEFAULT_CLOSE_TIMEOUT_MS, DEFAULT_MAX_BODY_BYTES };

/** Options of {@link startMockServer}; the mock options apply when neither `mock` nor `handlers` is given. */
export interface StartMockServerOptions extends PartnerCenterMockOptions {
  /** TCP port to listen on, 0 to 65535. Default `0`: a free port chosen by the system. */
  port?: number;
  /** Address to listen on. Default `"127.0.0.1"`. */
  host?: string;
  /** The mock to serve. Default: `createPartnerCenterMock(options)`. */
  mock?: PartnerCenterMock;
  /** Other msw handlers to serve instead of a mock (then `MockServer.mock` is `undefined`). */
  handlers?: RequestHandler[];
  /** Largest request body accepted, in bytes; larger ones get 413. Default {@link DEFAULT_MAX_BODY_BYTES} (1 MiB). */
  maxBodyBytes?: number;
  /** How long `close()` lets requests in flight finish before it drops their connections, in milliseconds. Default {@link DEFAULT_CLOSE_TIMEOUT_MS} (5 s). */
  closeTimeoutMs?: number;
  /**
   * Serves `GET`, `POST` and `DELETE /_mock/scenarios` and `POST /_mock/reset`, so a client in
   * another process or language can switch scenarios on and reset the mock. Loopback only:
   * refused unless `host` is a loopback address. Default `true` on loopback.
   */
  controlRoutes?: boolean;
  /**
   * Called once per answered request with `METHOD /path STATUS DURATIONms`. Only the method,
   * the path (no query) and the status are logged, never headers or bodies, so no token can leak.
   * Default: no log.
   */
  log?: (line: string) => void;
}

/** A running mock server. */
export interface MockServer {
  /** Base URL to give a client, e.g. `http://127.0.0.1:4010` (no trailing slash, no `/v1`). */
  url: string;
  /** The port actually listened on. */
  port: number;
  /** The mock behind the server (store, scenarios, reset), unless custom `handlers` were given. */
  mock: PartnerCenterMock | undefined;
  /**
   * Stops accepting connections, closes idle keep-alive connections at once, lets requests in
   * flight finish (their connections close afterwards) and, after `closeTimeoutMs`, drops any
   * still open. Resolves once the server is closed; calling it again returns the same promise.
   */
  close(): Promise<void>;
}

function checkWholeNumber(name: string, value: number | undefined, min: number, max: number): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= min && value <= max)) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got ${String(value)}`);
  }
}

const isLoopback = (host: string) => /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i.test(host);

/** Reads the headers of an `IncomingMessage` (already lower-cased by Node) without building a `Headers`. */
function headerReader(incoming: IncomingMessage): HeaderReader {
  return {
    get(name) {
      const value = incoming.headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

// Answers the server makes on its own (framing, limits) use these generated values.
const serverContext = { values: createValueSource(), now: () => new Date() };

/**
 * Serves the Partner Center mock (or other msw handlers) as a real HTTP server, so a client in
 * another process or language, `curl` or the sample app can reach it. Requests go straight to
 * the mock's pipeline (no fetch objects, no handler scan); custom `handlers` go through msw's
 * `getResponse`. Paths the spec does not have get the gateway's
 * `{"statusCode":404,"message":"Resource not found"}`; bodies over `maxBodyBytes` get 413; a
 * body that breaks off gets 400; a `network-error` scenario drops the connection. Every other
 * request gets a complete answer, also when the mock fails (500 with the Partner Center envelope).
 *
 * @example
 * const server = await startMockServer({ port: 4010 });
 * // ... point the client at server.url ...
 * await server.close();
 * @throws RangeError naming the option when `port`, `maxBodyBytes` or `closeTimeoutMs` is out of range
 * @throws the listen error (e.g. `EADDRINUSE`) when the port cannot be bound
 */
export async function startMockServer(options: StartMockServerOptions = {}): Promise<MockServer> {
  checkWholeNumber("port", options.port, 0, 65_535);
  checkWholeNumber("maxBodyBytes", options.maxBodyBytes, 0, 2 ** 31 - 1);
  checkWholeNumber("closeTimeoutMs", options.closeTimeoutMs, 0, 2 ** 31 - 1);
  const host = options.host ?? "127.0.0.1";
  const mock = (options.handlers ? undefined : (options.mock ?? createPartnerCenterMock(options))) as MockWithPipeline | undefined;
  const pipeline = mock?.[PIPELINE];
  if (mock && !pipeline) throw new TypeError("mock must come from createPartnerCenterMock");
  const controlRoutes = (options.controlRoutes ?? isLoopback(host)) && mock !== undefined;
  if (options.controlRoutes && !isLoopback(host)) throw new RangeError("controlRoutes are served on a loopback host only");
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const closeTimeoutMs = options.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS;
  let closing = false;
  let origin = "";

  const answerRequest = async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    const target = incoming.url ?? "/";
    // Origin-form targets only ("/v1/..."): never the client's Host header, and "//x" stays a path.
    if (!target.startsWith("/")) {
      incoming.resume();
      return write(outgoing, gatewayAnswer(plainRequest(incoming, "/"), 400, "Bad Request: the request target is not a valid path.", serverContext), true);
    }
    const queryAt = target.indexOf("?");
    const path = queryAt === -1 ? target : target.slice(0, queryAt);
    const method = incoming.method ?? "GET";
    const body = method === "GET" || method === "HEAD" ? ({ ok: true, bytes: undefined } as const) : await readBody(incoming, maxBodyBytes);
    const request: MockRequest = {
      method,
      path,
      query: new URLSearchParams(queryAt === -1 ? "" : target.slice(queryAt + 1)),
      headers: headerReader(incoming),
      body: body.ok && body.bytes ? new TextDecoder().decode(body.bytes) : undefined,
    };
    if (!body.ok && body.incomplete) return write(outgoing, gatewayAnswer(request, 400, "Bad Request: the request body ended before its declared length.", serverContext), true);
    if (!body.ok) return write(outgoing, gatewayAnswer(request, 413, `Request body too large: the limit is ${maxBodyBytes} bytes.`, serverContext), true, body.drained ? undefined : incoming);
    if (controlRoutes && mock && (path === CONTROL_PATH || path.startsWith(`${CONTROL_PATH}/`))) return write(outgoing, control(mock, request), closing);

    let answer: MockAnswer | undefined;
    if (pipeline) {
      answer = await pipeline(request);
    } else if (hasMalformedEscape(path)) {
      // msw's path matching would throw on it in every custom handler.
      answer = malformedPath(request, serverContext);
    } else {
      const fetchRequest = toFetchRequest(incoming, request, origin, body.bytes);
      if (!fetchRequest) return write(outgoing, gatewayAnswer(request, 404, "Resource not found", serverContext), true);
      const response = await getResponse(options.handlers ?? [], fetchRequest);
      answer = response && (response.type === "error" ? { status: 0, headers: {}, networkError: true } : { status: response.status, headers: Object.fromEntries(response.headers), body: new Uint8Array(await response.arrayBuffer()) });
    }
    answer ??= gatewayAnswer(request, 404, "Resource not found", serverContext);
    if (answer.networkError) {
      // No answer: the client sees the connection drop, as with a network failure.
      outgoing.destroy();
      return;
    }
    return write(outgoing, answer, closing);
  };

  const server = createServer((incoming, outgoing) => {
    const started = Date.now();
    answerRequest(incoming, outgoing)
      .catch((error: unknown) => {
        // A failure here is a bug in the mock (or in custom handlers): answer rather than leave the
        // client to take a dropped connection for a network failure and retry. Only an answer under
        // way, or a client that went away, cannot be answered. (`incoming.destroyed` says nothing:
        // Node sets it once the body has been read.)
        if (outgoing.headersSent || outgoing.writableEnded || !incoming.socket || incoming.socket.destroyed) {
          outgoing.destroy();
          return;
        }
        const reason = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).replace(/\s+/g, " ").slice(0, 200);
        return write(outgoing, errorAnswer(plainRequest(incoming, "/"), 500, { code: 800003, description: `Unexpected service error (in the mock: ${reason})` }, serverContext), true);
      })
      .finally(() => {
        options.log?.(`${incoming.method ?? "?"} ${pathOf(incoming.url)} ${outgoing.headersSent ? outgoing.statusCode : "dropped"} ${Date.now() - started}ms`);
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  let closed: Promise<void> | undefined;
  return {
    url: origin,
    port,
    mock,
    close: () =>
      (closed ??= new Promise<void>((resolve, reject) => {
        closing = true;
        const force = setTimeout(() => server.closeAllConnections(), closeTimeoutMs);
        force.unref();
        server.close((error) => {
          clearTimeout(force);
          if (error) reject(error);
          else resolve();
        });
        server.closeIdleConnections();
      })),
  };
}

function plainRequest(incoming: IncomingMessage, path: string): MockRequest {
  return { method: incoming.method ?? "GET", path, query: new URLSearchParams(), headers: headerReader(incoming), body: undefined };
}

/** A fetch `Request` for custom msw handlers; `undefined` for a method or header fetch cannot carry (TRACE, CONNECT, ...). */
function toFetchRequest(incoming: IncomingMessage, request: MockRequest, origin: string, bytes: Uint8Array | undefined): Request | undefined {
  try {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      for (const item of [value ?? []].flat()) headers.append(name, item);
    }
    const search = request.query.toString();
    return new Request(`${origin}${request.path}${search ? `?${search}` : ""}`, { method: request.method, headers, ...(bytes ? { body: bytes as BodyInit } : {}) });
  } catch {
    return undefined;
  }
}

/**
 * The control routes: `GET /_mock/scenarios` lists the scenarios switched on, `POST` (a scenario
 * as JSON, e.g. `{"kind":"throttle","operation":"getCustomer","times":1}`) switches one on,
 * `DELETE` switches them all off; `POST /_mock/reset` puts the mock back to its start.
 */
function control(mock: PartnerCenterMock, request: MockRequest): MockAnswer {
  const path = request.path.slice(CONTROL_PATH.length);
  const list = () => mock.scenarios.list().map((active) => ({ ...active.scenario, remaining: Number.isFinite(active.remaining) ? active.remaining : null }));
  if (path === "/scenarios" && request.method === "GET") return jsonAnswer(request, 200, { scenarios: list() }, serverContext);
  if (path === "/scenarios" && request.method === "DELETE") {
    mock.scenarios.reset();
    return jsonAnswer(request, 200, { scenarios: [] }, serverContext);
  }
  if (path === "/scenarios" && request.method === "POST") {
    let scenario: unknown;
    try {
      scenario = JSON.parse(request.body ?? "");
    } catch {
      return gatewayAnswer(request, 400, "Bad Request: send a scenario as JSON, e.g. {\"kind\":\"throttle\",\"operation\":\"getCustomer\",\"times\":1}.", serverContext);
    }
    try {
      mock.scenarios.add(scenario as MockScenario);
    } catch (error) {
      return gatewayAnswer(request, 400, `Bad Request: ${error instanceof Error ? error.message : String(error)}`, serverContext);
    }
    return jsonAnswer(request, 201, { scenarios: list() }, serverContext);
  }
  if (path === "/reset" && request.method === "POST") {
    mock.reset();
    return jsonAnswer(request, 200, { reset: true }, serverContext);
  }
  return gatewayAnswer(request, 404, "Resource not found", serverContext);
}

function pathOf(url: string | undefined): string {
  const path = (url ?? "/").split("?")[0] ?? "/";
  return path.length > 200 ? `${path.slice(0, 200)}...` : path;
}

type BodyRead =
  | { ok: true; bytes: Uint8Array | undefined }
  | { ok: false; bytes: undefined; drained: boolean; incomplete?: false }
  | { ok: false; bytes: undefined; drained: true; incomplete: true };

/** The largest body read (and thrown away) after the limit, so the client still gets the 413; beyond that the connection is dropped. */
const DRAIN_FACTOR = 8;

async function readBody(incoming: IncomingMessage, maxBodyBytes: number): Promise<BodyRead> {
  const drainLimit = Math.max(maxBodyBytes * DRAIN_FACTOR, 64 * 1024);
  const declared = Number(incoming.headers["content-length"]);
  if (Number.isFinite(declared) && declared > drainLimit) return { ok: false, bytes: undefined, drained: false };
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of incoming as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > drainLimit) return { ok: false, bytes: undefined, drained: false };
      if (total <= maxBodyBytes) chunks.push(chunk);
    }
  } catch {
    // The client ended its side before the declared length (or a chunked body broke off).
    return { ok: false, bytes: undefined, drained: true, incomplete: true };
  }
  if (total > maxBodyBytes) return { ok: false, bytes: undefined, drained: true };
  if (total === 0) return { ok: true, bytes: undefined };
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

function write(outgoing: ServerResponse, answer: MockAnswer, closeConnection: boolean, destroyAfter?: IncomingMessage): void {
  const body = answer.body === undefined ? Buffer.alloc(0) : typeof answer.body === "string" ? Buffer.from(answer.body) : Buffer.from(answer.body);
  // Names compared case-insensitively: custom handlers' answers may already carry them.
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(answer.headers)) if (!/^(content-length|connection|transfer-encoding)$/i.test(name)) headers[name] = value;
  headers["Content-Length"] = String(body.length);
  if (closeConnection) headers.Connection = "close";
  outgoing.writeHead(answer.status, headers);
  outgoing.end(body, () => destroyAfter?.destroy());
}
