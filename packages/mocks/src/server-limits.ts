// The HTTP server's defaults, apart from the server so the bin can print them in its usage
// without loading the mock (msw, ajv, the bundled spec) first.

/** Default `maxBodyBytes` of `startMockServer`: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1_048_576;
/** Default `closeTimeoutMs` of `startMockServer`: 5 seconds. */
export const DEFAULT_CLOSE_TIMEOUT_MS = 5_000;
