/**
 * The two kinds of Microsoft Entra access token Partner Center takes, told apart the way the
 * real tokens differ: an App+User (delegated) token carries the delegated scope claim `scp`
 * (`user_impersonation`) and the signed-in user (`upn`, `oid`, `idtyp: "user"`); an App-only
 * (client credentials) token has no `scp`, only application claims (`roles`, `idtyp: "app"`).
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/partner-center-authentication
 */
export type AccessTokenKind = "app+user" | "app-only";

/** The audience of tokens for the Partner Center API, global and US Government clouds. */
export const PARTNER_CENTER_AUDIENCE = "https://api.partnercenter.microsoft.com";

/**
 * Audiences the mock accepts by default: the Partner Center API resource in the global cloud
 * (its URI and its application ID, which v2 tokens may carry) and in 21Vianet.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/enable-secure-app-model
 */
export const PARTNER_CENTER_AUDIENCES: readonly string[] = [
  PARTNER_CENTER_AUDIENCE,
  `${PARTNER_CENTER_AUDIENCE}/`,
  "fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd",
  "https://partner.partnercenterapi.microsoftonline.cn",
];

/** Options of {@link createMockAccessToken}. */
export interface MockAccessTokenOptions {
  /** `"app+user"` (has `scp: "user_impersonation"` and a user) or `"app-only"` (no `scp`, `idtyp: "app"`). */
  kind: AccessTokenKind;
  /** The `aud` claim. Default {@link PARTNER_CENTER_AUDIENCE}; e.g. `https://graph.windows.net` for a token the API rejects (401). */
  audience?: string;
  /** Seconds from `issuedAt` to `exp`. Default `3600` (one hour, as Entra issues them); `0` or less makes an expired token. */
  expiresInSeconds?: number;
  /** When the token was issued (`iat`, `nbf`). Default: now. */
  issuedAt?: Date;
  /** Extra claims, merged last (they win), e.g. `{ name: "Avery Smith" }`; `undefined` values remove a claim. */
  claims?: Record<string, unknown>;
}

const TEST_TENANT_ID = "9c1a7f42-5e3b-4d8a-b6f0-2e4c8a1d7b93";
const TEST_APP_ID = "3e8b2d61-9f4a-4c7e-a5d0-6b1f9c2e4a87";

/**
 * Makes an unsigned access token of either kind for tests: a JWT (`alg: "none"`, empty
 * signature) whose claims look like the ones Entra issues for Partner Center. The mock decodes
 * tokens without verifying signatures, so this is all a test needs; the real service rejects it.
 *
 * @example
 * const appOnly = createMockAccessToken({ kind: "app-only" });
 * const expired = createMockAccessToken({ kind: "app+user", expiresInSeconds: -60 });
 * @throws TypeError when `kind` is not `"app+user"` or `"app-only"`, or a number option is not finite
 * @see https://learn.microsoft.com/en-us/partner-center/developer/partner-center-authentication
 */
export function createMockAccessToken(options: MockAccessTokenOptions): string {
  if (options?.kind !== "app+user" && options?.kind !== "app-only") {
    throw new TypeError(`createMockAccessToken: kind must be "app+user" or "app-only", got ${JSON.stringify(options?.kind)}`);
  }
  const expiresInSeconds = options.expiresInSeconds ?? 3600;
  if (!Number.isFinite(expiresInSeconds)) throw new TypeError("createMockAccessToken: expiresInSeconds must be a finite number of seconds");
  const issuedAtMs = (options.issuedAt ?? new Date()).getTime();
  if (!Number.isFinite(issuedAtMs)) throw new TypeError("createMockAccessToken: issuedAt must be a valid Date");
  const iat = Math.floor(issuedAtMs / 1000);
  const common = {
    aud: options.audience ?? PARTNER_CENTER_AUDIENCE,
    iss: `https://sts.windows.net/${TEST_TENANT_ID}/`,
    iat,
    nbf: iat,
    exp: iat + expiresInSeconds,
    appid: TEST_APP_ID,
    tid: TEST_TENANT_ID,
    ver: "1.0",
  };
  const kindClaims =
    options.kind === "app+user"
      ? {
          scp: "user_impersonation",
          idtyp: "user",
          upn: "admin@contosopartner.onmicrosoft.com",
          oid: "5b7c2e90-1d4f-4a8b-9e36-c0f2a4d8b715",
          name: "Partner Admin",
        }
      : { idtyp: "app", oid: "0f6e3a2c-7b91-4d5e-8a4c-2d9b1e7f6c03", roles: [] };
  const claims = Object.fromEntries(
    Object.entries({ ...common, ...kindClaims, ...options.claims }).filter(([, value]) => value !== undefined),
  );
  return `${base64UrlJson({ alg: "none", typ: "JWT" })}.${base64UrlJson(claims)}.`;
}

/** What the mock reads from a bearer token. Nothing here is ever put in a response. */
export type ReadAccessToken =
  | { ok: true; kind: AccessTokenKind; format: "jwt" | "opaque"; audience?: string; expiresAtMs?: number; notBeforeMs?: number; userName?: string }
  | { ok: false; reason: string };

// RFC 6750 b64token: the characters a bearer token may have.
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/**
 * Reads a bearer token the way the mock tells token kinds apart, without verifying any
 * signature:
 * - a JWT (three dot-separated parts, the first decoding to a JSON header) is App+User when its
 *   payload has a non-empty `scp` claim and App-only otherwise; its `aud`, `exp` and `nbf` are
 *   returned for the caller to check;
 * - any other well-formed token is opaque and counts as App+User, so a test can send
 *   `Bearer test-token` to every operation.
 *
 * @returns `ok: false` with a reason (never containing the token) when it is not a well-formed
 * bearer token or looks like a JWT whose parts do not decode
 */
export function readAccessToken(token: string): ReadAccessToken {
  if (token.length === 0) return { ok: false, reason: "The bearer token is empty." };
  if (!B64TOKEN.test(token)) return { ok: false, reason: "The bearer token has characters a bearer token cannot have." };
  const parts = token.split(".");
  if (parts.length !== 3 || !token.startsWith("eyJ")) return { ok: true, kind: "app+user", format: "opaque" };
  const header = decodeJsonPart(parts[0] ?? "");
  const payload = decodeJsonPart(parts[1] ?? "");
  if (!isRecord(header) || !isRecord(payload)) return { ok: false, reason: "The bearer token looks like a JWT but its header or payload is not base64url-encoded JSON." };
  const scp = payload.scp;
  const audience = typeof payload.aud === "string" ? payload.aud : undefined;
  const userName = [payload.name, payload.upn].find((value): value is string => typeof value === "string" && value.trim() !== "");
  return {
    ok: true,
    kind: typeof scp === "string" && scp.trim() !== "" ? "app+user" : "app-only",
    format: "jwt",
    ...(audience !== undefined ? { audience } : {}),
    ...(typeof payload.exp === "number" ? { expiresAtMs: payload.exp * 1000 } : {}),
    ...(typeof payload.nbf === "number" ? { notBeforeMs: payload.nbf * 1000 } : {}),
    ...(userName !== undefined ? { userName } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function decodeJsonPart(part: string): unknown {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(part)) return undefined;
  try {
    const base64 = part.replaceAll("-", "+").replaceAll("_", "/");
    const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="));
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function base64UrlJson(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}
