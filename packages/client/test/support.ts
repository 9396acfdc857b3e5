// Shared set-up for the client's tests: an msw server with the Partner Center mocks, and a
// recorder of every request that reaches it.
import { setupServer, type SetupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, vi } from "vitest";
import { createHandlers } from "@partnercenter/mocks";

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const API = "https://api.partnercenter.microsoft.com";

/** Starts an msw server with `createHandlers()` (fresh data per test) for the current test file. */
export function useMockApi(): SetupServer {
  const server = setupServer(...createHandlers());
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    server.resetHandlers(...createHandlers());
    server.events.removeAllListeners();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  afterAll(() => server.close());
  return server;
}

/** Every request that reaches `server` from now on (clones, so bodies can still be read). */
export function recordRequests(server: SetupServer): Request[] {
  const seen: Request[] = [];
  server.events.on("request:start", ({ request }) => {
    seen.push(request.clone());
  });
  return seen;
}

/** Resolves once every promise callback queued so far (and those they queue) has run: one macrotask turn, no clock time. */
export function afterPendingMicrotasks(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
