import { LRUCache } from "lru-cache";

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

/** Default {@link IdempotencyCacheOptions.windowMs}: 24 hours. */
export const DEFAULT_IDEMPOTENCY_WINDOW_MS = 86_400_000;
/** Default {@link IdempotencyCacheOptions.maxEntries}. */
export const DEFAULT_IDEMPOTENCY_MAX_ENTRIES = 10_000;
/** Default {@link IdempotencyCacheOptions.maxBytes}: 16 MiB. */
export const DEFAULT_IDEMPOTENCY_MAX_BYTES = 16 * 1_048_576;

/** Options of {@link createIdempotencyCache}. */
export interface IdempotencyCacheOptions {
  /** How long an answer is remembered, in milliseconds. Default {@link DEFAULT_IDEMPOTENCY_WINDOW_MS} (24 hours). */
  windowMs?: number;
  /** The most answers kept; the least recently used go first. Default {@link DEFAULT_IDEMPOTENCY_MAX_ENTRIES} (10 000). */
  maxEntries?: number;
  /**
   * The most bytes of answers kept (each counted as two bytes per character of its key and body,
   * as JavaScript strings take); the least recently used go first, and a single answer larger
   * than this is not remembered. Default {@link DEFAULT_IDEMPOTENCY_MAX_BYTES} (16 MiB).
   */
  maxBytes?: number;
  /** The clock. Default: the system clock. */
  now?: () => Date;
}

interface Entry extends RememberedAnswer {
  atMs: number;
}

/** Bytes an entry holds on the heap, roughly: UTF-16 strings plus a little for the object. */
const ENTRY_OVERHEAD_BYTES = 64;

/**
 * Remembers the answers of changing calls (PATCH) by `(MS-RequestId, method, path)` so that a
 * retry with the same request ID gets the first answer and changes nothing. Partner Center
 * documents `MS-RequestId` as the idempotency key a client reuses when it retries after a
 * timeout; how long the service remembers it is not documented, so the window is an option.
 * Memory is bounded in entries and in bytes (least recently used first, `lru-cache`): a retry
 * follows its first attempt within seconds, so the recent answers are the ones worth keeping.
 *
 * @throws TypeError when `windowMs` is not a positive number, or `maxEntries` or `maxBytes` is not a whole number from 1
 * @see https://learn.microsoft.com/en-us/partner-center/developer/headers
 */
export function createIdempotencyCache(options: IdempotencyCacheOptions = {}): IdempotencyCache {
  const windowMs = options.windowMs ?? DEFAULT_IDEMPOTENCY_WINDOW_MS;
  const maxEntries = options.maxEntries ?? DEFAULT_IDEMPOTENCY_MAX_ENTRIES;
  const maxBytes = options.maxBytes ?? DEFAULT_IDEMPOTENCY_MAX_BYTES;
  if (!(typeof windowMs === "number" && windowMs > 0)) throw new TypeError(`idempotencyWindowMs must be a positive number of milliseconds, got ${String(windowMs)}`);
  if (!(Number.isSafeInteger(maxEntries) && maxEntries > 0)) throw new TypeError(`idempotencyMaxEntries must be a whole number from 1, got ${String(maxEntries)}`);
  if (!(Number.isSafeInteger(maxBytes) && maxBytes > 0)) throw new TypeError(`idempotencyMaxBytes must be a whole number of bytes from 1, got ${String(maxBytes)}`);
  const now = options.now ?? (() => new Date());
  // The window is judged here, on the mock's own clock (a test may fix it), not by lru-cache's TTL.
  const entries = new LRUCache<string, Entry>({
    max: maxEntries,
    maxSize: maxBytes,
    sizeCalculation: (entry, key) => 2 * (key.length + entry.body.length) + ENTRY_OVERHEAD_BYTES,
  });
  // Request IDs are GUIDs, matched case-insensitively.
  const key = (requestId: string, method: string, path: string) => `${requestId.toLowerCase()} ${method.toUpperCase()} ${path}`;
  return {
    recall(requestId, method, path) {
      const k = key(requestId, method, path);
      const entry = entries.get(k);
      if (!entry) return undefined;
      if (now().getTime() - entry.atMs >= windowMs) {
        entries.delete(k);
        return undefined;
      }
      return { status: entry.status, body: entry.body };
    },
    remember(requestId, method, path, answer) {
      // An answer over maxBytes is refused by lru-cache (and any older one under the key dropped).
      entries.set(key(requestId, method, path), { status: answer.status, body: answer.body, atMs: now().getTime() });
    },
    clear: () => entries.clear(),
  };
}
