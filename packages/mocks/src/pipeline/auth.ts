import { PARTNER_CENTER_AUDIENCES, readAccessToken, type AccessTokenKind } from "../access-tokens.js";
import type { ResponseHeaderContext } from "../response-headers.js";
import { errorAnswer, type MockAnswer, type MockRequest } from "./exchange.js";

/** `WWW-Authenticate` value of a 401, in the form the error-codes page documents. */
export const WWW_AUTHENTICATE = "OAuth realm=urn:cpsvc:cpid:00000000-0000-0000-0000-000000000000";

/** Documented code: "Partner token missing in request context". */
const TOKEN_MISSING = 800001;
/** Observed code for a token the API does not accept (reported for a wrong audience). */
const TOKEN_INVALID = 900420;
/** Documented 403 code: "Access denied". */
const ACCESS_DENIED = 2032;

/** The security schemes of the spec and the token kind each stands for. */
const SCHEME_KINDS: Readonly<Record<string, AccessTokenKind>> = { AppUser: "app+user", AppOnly: "app-only" };

/** The bearer token of a request, or `undefined` when there is no `Authorization: Bearer <token>`. */
export function bearerToken(request: MockRequest): string | undefined {
  const match = /^Bearer[ ]+([^\s]+)\s*$/i.exec(request.headers.get("Authorization") ?? "");
  return match?.[1];
}

/**
 * The token kinds an operation accepts, from its `security` in the spec (`AppUser` is App+User,
 * `AppOnly` App-only).
 *
 * @throws Error when the spec names a security scheme the mock does not know
 */
export function acceptedTokenKinds(securitySchemes: readonly string[]): AccessTokenKind[] {
  return securitySchemes.map((scheme) => {
    const kind = SCHEME_KINDS[scheme];
    if (!kind) throw new Error(`the spec's security scheme ${scheme} is not one the mock knows (AppUser, AppOnly)`);
    return kind;
  });
}

/** How {@link authorize} judges a token. */
export interface AuthorizationSettings {
  /** Audiences (`aud`) a JWT may carry. Default {@link PARTNER_CENTER_AUDIENCES}. */
  acceptedAudiences?: readonly string[];
  /** The clock `exp` and `nbf` are compared with. */
  now: () => Date;
  /** Generated header values and the clock of the error answers. */
  context: ResponseHeaderContext;
}

/** Who is calling, once {@link authorize} let the call through. */
export interface Caller {
  kind: AccessTokenKind;
  /** The user's `name` (or `upn`) claim of an App+User JWT, when it has one. */
  userName?: string;
}

/**
 * Authenticates and authorises a call the way Partner Center answers it, without verifying
 * signatures (see `readAccessToken` for how token kinds are told apart):
 * - no `Authorization: Bearer <token>` header (absent, empty or another scheme): 401, code 800001;
 * - a malformed token, a JWT whose `aud` is not the Partner Center API, an expired one (`exp`)
 *   or one not yet valid (`nbf`): 401, code 900420;
 * - a valid token of a kind the operation does not accept (App-only on an App+User-only
 *   operation): 403, code 2032 "Access denied".
 * 401 answers carry `WWW-Authenticate`. No answer ever contains the token.
 *
 * @returns the caller, or the error response to send
 * @see https://learn.microsoft.com/en-us/partner-center/developer/partner-center-authentication
 * @see https://learn.microsoft.com/en-us/partner-center/developer/error-codes
 */
export function authorize(
  request: MockRequest,
  securitySchemes: readonly string[],
  settings: AuthorizationSettings,
): { ok: true; caller: Caller } | { ok: false; answer: MockAnswer } {
  const unauthorized = (code: number, description: string) => ({
    ok: false as const,
    answer: errorAnswer(request, 401, { code, description }, settings.context, { "WWW-Authenticate": WWW_AUTHENTICATE }),
  });
  const token = bearerToken(request);
  if (token === undefined) {
    return unauthorized(TOKEN_MISSING, "Partner token missing in request context: send Authorization: Bearer <access token>.");
  }
  const read = readAccessToken(token);
  if (!read.ok) return unauthorized(TOKEN_INVALID, `Invalid token: ${read.reason}`);
  if (read.format === "jwt") {
    const audiences = settings.acceptedAudiences ?? PARTNER_CENTER_AUDIENCES;
    if (read.audience === undefined || !audiences.includes(read.audience)) {
      const shown = read.audience === undefined ? "(none)" : `'${read.audience.slice(0, 200)}'`;
      return unauthorized(TOKEN_INVALID, `The audience ${shown} in the token is invalid and is not supported in Partner Center API.`);
    }
    const nowMs = settings.now().getTime();
    if (read.expiresAtMs !== undefined && read.expiresAtMs <= nowMs) return unauthorized(TOKEN_INVALID, "The token has expired.");
    if (read.notBeforeMs !== undefined && read.notBeforeMs > nowMs) return unauthorized(TOKEN_INVALID, "The token is not valid yet (nbf is in the future).");
  }
  const accepted = acceptedTokenKinds(securitySchemes);
  if (!accepted.includes(read.kind)) {
    const wanted = accepted.map((kind) => (kind === "app+user" ? "App+User" : "App-only")).join(" or ");
    const got = read.kind === "app+user" ? "an App+User" : "an App-only";
    return {
      ok: false,
      answer: errorAnswer(request, 403, { code: ACCESS_DENIED, description: `Access denied: this operation supports ${wanted} tokens only, and the call used ${got} token.` }, settings.context),
    };
  }
  return { ok: true, caller: { kind: read.kind, ...(read.userName !== undefined ? { userName: read.userName.slice(0, 100) } : {}) } };
}
