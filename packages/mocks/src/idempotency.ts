/** A remembered answer: status and body; the tracing headers are made afresh on replay. */
export interface RememberedAnswer {
  status: number;
  body: string;
}

/** Answers of changing calls, remembered by `MS-RequestId`. */
export interface IdempotencyCache {
  /** The answer first given to this request ID, method and path, if it is still remembered. */
  recall(requestId: string, method: string, path: string): RememberedAnswer | undefined;
  /** Remembers the answer given to this request ID, method and path. */
  remember(requestId: string, method: string, path: string, answer: RememberedAnswer): void;
  /** Forgets everything. */
  clear(): void;
}

/** Options of {@link createIdempotencyCache}. */
export interface IdempotencyCacheOptions {
  /** How long an answer is remembered, in milliseconds. Default 86 400 000 (24 hours). */
  windowMs?: number;
  /** The most answers kept; the oldest go first. Default 10 000. */
  maxEntries?: number;
  /** The clock. Default: the system clock. */
  now?: () => Date;
}

/**
 * Remembers the answers of changing calls (PATCH) by `(MS-RequestId, method, path)` so that a
 * retry with the same request ID gets the first answer and changes nothing. Partner Center
 * documents `MS-RequestId` as the idempotency key a client reuses when it retries after a
 * timeout; how long the service remembers it is not documented, so the window is an option.
 *
 * @throws TypeError when `windowMs` or `maxEntries` is not a positive number
 * @see https://learn.microsoft.com/en-us/partner-center/developer/headers
 */
export function createIdempotencyCache(options: IdempotencyCacheOptions = {}): IdempotencyCache {
  const windowMs = options.windowMs ?? 86_400_000;
  const maxEntries = options.maxEntries ?? 10_000;
  if (!(typeof windowMs === "number" && windowMs > 0)) throw new TypeError(`idempotencyWindowMs must be a positive number of milliseconds, got ${String(windowMs)}`);
  if (!(Number.isInteger(maxEntries) && maxEntries > 0)) throw new TypeError(`maxEntries must be a whole number from 1, got ${String(maxEntries)}`);
  const now = options.now ?? (() => new Date());
  const entries = new Map<string, RememberedAnswer & { atMs: number }>();
  // Request IDs are GUIDs, matched case-insensitively.
  const key = (requestId: string, method: string, path: string) => `${requestId.toLowerCase()} ${method.toUpperCase()} ${path}`;
  return {
    recall(requestId, method, path) {
      const entry = entries.get(key(requestId, method, path));
      if (!entry) return undefined;
      if (now().getTime() - entry.atMs >= windowMs) {
        entries.delete(key(requestId, method, path));
        return undefined;
      }
      return { status: entry.status, body: entry.body };
    },
    remember(requestId, method, path, answer) {
      const k = key(requestId, method, path);
      entries.delete(k);
      entries.set(k, { ...answer, atMs: now().getTime() });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    clear: () => entries.clear(),
  };
}
