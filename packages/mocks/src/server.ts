import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { getResponse, type RequestHandler } from "msw";
import { gatewayErrorResponse } from "./errors.js";
import { createHandlers } from "./handlers.js";

/** Options of {@link startMockServer}. */
export interface StartMockServerOptions {
  /** TCP port to listen on. Default `0`: a free port chosen by the system. */
  port?: number;
  /** Address to listen on. Default `"127.0.0.1"`. */
  host?: string;
  /** The msw handlers to serve. Default: `createHandlers()`, a fresh mock of the four operations. */
  handlers?: RequestHandler[];
}

/** A running mock server. */
export interface MockServer {
  /** Base URL to give a client, e.g. `http://127.0.0.1:4010` (no trailing slash, no `/v1`). */
  url: string;
  /** The port actually listened on. */
  port: number;
  /** Stops accepting connections, ends idle keep-alive connections and resolves once closed. */
  close(): Promise<void>;
}

/**
 * Serves msw handlers as a real HTTP server on loopback, so the sample app, `curl` or a
 * non-JavaScript client can reach the mock API. A request no handler answers gets the
 * gateway's `{"statusCode":404,"message":"Resource not found"}`.
 *
 * @throws the listen error (e.g. `EADDRINUSE`) when the port cannot be bound
 */
export async function startMockServer(options: StartMockServerOptions = {}): Promise<MockServer> {
  const handlers = options.handlers ?? createHandlers();
  const host = options.host ?? "127.0.0.1";
  const server = createServer((incoming, outgoing) => {
    serve(handlers, incoming, outgoing).catch((error: unknown) => {
      // A handler that throws is a bug in the mock: answer 500 rather than hang the client.
      if (!outgoing.headersSent) outgoing.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      outgoing.end(`mock server error: ${error instanceof Error ? error.message : String(error)}`);
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
  const hostInUrl = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${hostInUrl}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}

async function serve(handlers: RequestHandler[], incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  const request = toFetchRequest(incoming);
  const response = (await getResponse(handlers, request)) ?? gatewayErrorResponse(request, 404, "Resource not found");
  outgoing.writeHead(response.status, response.statusText, [...response.headers].flat());
  if (response.body) {
    for await (const chunk of Readable.fromWeb(response.body as import("node:stream/web").ReadableStream)) outgoing.write(chunk);
  }
  outgoing.end();
}

function toFetchRequest(incoming: IncomingMessage): Request {
  const url = new URL(incoming.url ?? "/", `http://${incoming.headers.host ?? "127.0.0.1"}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const hasBody = incoming.method !== "GET" && incoming.method !== "HEAD";
  return new Request(url, {
    method: incoming.method ?? "GET",
    headers,
    body: hasBody ? (Readable.toWeb(incoming) as ReadableStream<Uint8Array>) : null,
    // Node's fetch needs this for a streamed request body.
    ...(hasBody ? { duplex: "half" } : {}),
  } as RequestInit);
}
