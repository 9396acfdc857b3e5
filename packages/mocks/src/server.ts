import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { getResponse, type RequestHandler } from "msw";
import { gatewayErrorResponse, partnerCenterErrorResponse, unexpectedErrorResponse } from "./errors.js";
import { malformedPathProblem } from "./request-validation.js";
import { createPartnerCenterMock, type PartnerCenterMock, type PartnerCenterMockOptions } from "./partner-center-mock.js";

import { DEFAULT_CLOSE_TIMEOUT_MS, DEFAULT_MAX_BODY_BYTES } from "./server-limits.js";

export { DEFAULT_CLOSE_TIMEOUT_MS, DEFAULT_MAX_BODY_BYTES };

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

/**
 * Serves the Partner Center mock (or other msw handlers) as a real HTTP server, so a client in
 * another process or language, `curl` or the sample app can reach it. Requests go through msw's
 * `getResponse`; routes no handler answers get the gateway's `{"statusCode":404,"message":"Resource not found"}`;
 * bodies over `maxBodyBytes` get 413 with the gateway body; a `network-error` scenario drops the
 * connection.
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
  const mock = options.handlers ? undefined : (options.mock ?? createPartnerCenterMock(options));
  const handlers: RequestHandler[] = options.handlers ?? mock?.handlers ?? [];
  const host = options.host ?? "127.0.0.1";
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const closeTimeoutMs = options.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS;
  let closing = false;
  let origin = "";

  const server = createServer((incoming, outgoing) => {
    const started = Date.now();
    serve({ handlers, maxBodyBytes, origin, isClosing: () => closing }, incoming, outgoing)
      .catch((error: unknown) => {
        // A handler that throws is a bug in the mock (or in custom handlers): answer rather than
        // hang the client, which would take a dropped connection for a network failure and retry.
        // Only an answer already under way, or a client that went away, cannot be answered.
        // (`incoming.destroyed` says nothing here: Node sets it once the body has been read.)
        if (outgoing.headersSent || outgoing.writableEnded || !incoming.socket || incoming.socket.destroyed) {
          outgoing.destroy();
          return;
        }
        return send(outgoing, unexpectedErrorResponse(new Request(`${origin}/`), error), true);
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

function pathOf(url: string | undefined): string {
  const path = (url ?? "/").split("?")[0] ?? "/";
  return path.length > 200 ? `${path.slice(0, 200)}...` : path;
}

interface ServeSettings {
  handlers: RequestHandler[];
  maxBodyBytes: number;
  origin: string;
  isClosing: () => boolean;
}

async function serve(settings: ServeSettings, incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  let url: URL;
  try {
    // Origin-form targets only ("/v1/..."), put after the server's own origin: never the client's
    // Host header, and "//x" stays a path.
    const target = incoming.url ?? "/";
    if (!target.startsWith("/")) throw new TypeError("not an origin-form request target");
    url = new URL(`${settings.origin}${target}`);
  } catch {
    incoming.resume();
    return send(outgoing, gatewayErrorResponse(new Request(`${settings.origin}/`), 400, "Bad Request: the request target is not a valid path."), true);
  }
  const method = incoming.method ?? "GET";
  const body = method === "GET" || method === "HEAD" ? { ok: true as const, bytes: undefined } : await readBody(incoming, settings.maxBodyBytes);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  let request: Request;
  try {
    request = new Request(url, { method, headers, ...(body.bytes ? { body: body.bytes } : {}) });
  } catch {
    // A method fetch refuses (TRACE, CONNECT, TRACK) or a header it cannot hold: no route serves it.
    return send(outgoing, gatewayErrorResponse(new Request(url), 404, "Resource not found"), true);
  }
  if (!body.ok && body.incomplete) {
    return send(outgoing, gatewayErrorResponse(request, 400, "Bad Request: the request body ended before its declared length."), true);
  }
  if (!body.ok) {
    const response = gatewayErrorResponse(request, 413, `Request body too large: the limit is ${settings.maxBodyBytes} bytes.`);
    return send(outgoing, response, true, body.drained ? undefined : incoming);
  }
  // msw's path matching throws on a malformed percent-escape, in every handler: answer before routing.
  const malformed = malformedPathProblem(url.pathname);
  if (malformed) return send(outgoing, partnerCenterErrorResponse(request, 400, malformed), settings.isClosing());
  const response = (await getResponse(settings.handlers, request)) ?? gatewayErrorResponse(request, 404, "Resource not found");
  if (response.type === "error") {
    // msw's HttpResponse.error(): a network error, so the client sees the connection drop.
    outgoing.destroy();
    return;
  }
  return send(outgoing, response, settings.isClosing());
}

type BodyRead =
  | { ok: true; bytes: Uint8Array<ArrayBuffer> | undefined }
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
    // The client ended its side before the declared length (or the chunked body broke off).
    return { ok: false, bytes: undefined, drained: true, incomplete: true };
  }
  if (total > maxBodyBytes) return { ok: false, bytes: undefined, drained: true };
  if (total === 0) return { ok: true, bytes: undefined };
  const bytes = new Uint8Array(new ArrayBuffer(total));
  bytes.set(Buffer.concat(chunks, total));
  return { ok: true, bytes };
}

async function send(outgoing: ServerResponse, response: Response, closeConnection: boolean, destroyAfter?: IncomingMessage): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  const headers = new Headers(response.headers);
  headers.set("Content-Length", String(body.length));
  if (closeConnection) headers.set("Connection", "close");
  const rawHeaders = [...headers].flat();
  if (response.statusText) outgoing.writeHead(response.status, response.statusText, rawHeaders);
  else outgoing.writeHead(response.status, rawHeaders);
  outgoing.end(body, () => destroyAfter?.destroy());
}
