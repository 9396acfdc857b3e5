/** An access token and, when known, when it expires. The shape of `@azure/identity`'s `AccessToken`. */
export interface AccessTokenInfo {
  /** The bearer token, without the `Bearer ` prefix. */
  token: string;
  /** Expiry in ms since the epoch. Without it the token is not cached: its source is asked every time. */
  expiresOnTimestamp?: number | undefined;
}

/** Hands out a valid token, fetching a new one only when needed. */
export interface TokenCache {
  /** The cached token while it is fresh, otherwise (a promise of) a new one. */
  get(): string | Promise<string>;
  /**
   * A token to use instead of `rejected`, which the service answered 401 to: the token another
   * request already refreshed, or a new one. Resolves to `rejected` itself when the source has
   * nothing newer.
   */
  refresh(rejected: string): Promise<string>;
}

/**
 * Caches the token `fetchToken` returns until `refreshBeforeExpiryMs` ms before it expires
 * (the official .NET SDK uses 30 s). Concurrent requests that find no fresh token share one
 * `fetchToken` call; a failed call is not cached.
 *
 * @param fetchToken asked for a new token; it may throw, which fails the requests waiting on it
 * @param refreshBeforeExpiryMs safety margin, in ms, before `expiresOnTimestamp`
 * @see https://github.com/microsoft/partner-center-sdk-for-dotNET (the SDK's 30 s expiry buffer)
 */
export function createTokenCache(
  fetchToken: () => AccessTokenInfo | Promise<AccessTokenInfo>,
  refreshBeforeExpiryMs: number,
): TokenCache {
  let cached: AccessTokenInfo | undefined;
  let pending: Promise<string> | undefined;
  const load = () =>
    (pending ??= (async () => {
      try {
        cached = await fetchToken();
        return cached.token;
      } finally {
        pending = undefined;
      }
    })());
  return {
    get: () =>
      cached?.expiresOnTimestamp !== undefined && Date.now() < cached.expiresOnTimestamp - refreshBeforeExpiryMs
        ? cached.token
        : load(),
    refresh: async (rejected) => {
      if (pending) return pending;
      if (cached !== undefined && cached.token !== rejected) return cached.token;
      cached = undefined;
      return load();
    },
  };
}
