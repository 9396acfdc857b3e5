// A real HTTP server on 127.0.0.1 (port 0) for the tests that need a real connection: a body
// cut off mid-way, exactly what the server sent. msw cannot drop a connection after the headers.
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, vi } from "vitest";
import { createPartnerCenterClient, type PartnerCenterClient, type PartnerCenterClientOptions } from "../src/index.js";

/** What the server received: method, path, headers (lower-case names) and body. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** Answers the n-th request (from 0), given what it received. */
export type LoopbackHandler = (request: ReceivedRequest, response: ServerResponse, index: number) => void;

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>`, the client's `baseUrl`. */
  url: string;
  /** Every request received so far, in order. */
  received: ReceivedRequest[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1, port 0, that hands each request (body read) to `handler`. */
export async function startLoopbackServer(handler: LoopbackHandler): Promise<LoopbackServer> {
  const received: ReceivedRequest[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const entry = { method: request.method ?? "", url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") };
    received.push(entry);
    handler(entry, response, received.length - 1);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

/**
 * Sends the status line, the headers and the first half of `body`, then drops the connection:
 * the client sees the headers and then a body that breaks off (undici: `TypeError: terminated`).
 */
export function answerThenDrop(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)), ...headers });
  response.write(body.slice(0, Math.floor(body.length / 2)), () => {
    // Once the half is flushed, so the client has the headers before the connection goes.
    response.socket?.destroy();
  });
}

/** Answers JSON. */
export function answerJson(response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value);
  response.writeHead(status, { "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)), ...headers });
  response.end(body);
}

/** The value of header `name` in each request received, in order. */
export function sentHeader(received: readonly ReceivedRequest[], name: string): (string | string[] | undefined)[] {
  return received.map((request) => request.headers[name.toLowerCase()]);
}

/**
 * For a test file: `serve(handler, options)` starts a loopback server and returns a client of it
 * (token `loopback-token`, no back-off wait unless `options` say otherwise). After each test the
 * server is closed, timers are real again and mocks restored.
 */
export function useLoopbackClient() {
  let server: LoopbackServer | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    await server?.close();
    server = undefined;
  });
  return async function serve(
    handler: LoopbackHandler,
    options: Partial<PartnerCenterClientOptions> = {},
  ): Promise<{ client: PartnerCenterClient; received: ReceivedRequest[] }> {
    server = await startLoopbackServer(handler);
    const client = createPartnerCenterClient({ accessToken: "loopback-token", baseUrl: server.url, retry: { initialDelayMs: 0 }, ...options });
    return { client, received: server.received };
  };
}
