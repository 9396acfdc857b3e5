import { redact, secretsOf } from "./redaction.js";
import { readResponseInfo } from "./response-info.js";
import { parseRetryAfterMs } from "./retry-after.js";

// `instanceof` across copies of this package: its CommonJS and ESM builds loaded in one process
// (the dual-package hazard), or two installed versions. Every instance carries its class's brand
// under a key all copies share (`Symbol.for`), and each class answers `instanceof` for any value
// with its brand. A caller's own subclass keeps the ordinary prototype check.
// The brand sits on the prototype, so no instance, its JSON or its util.inspect output shows it.
const BRAND = Symbol.for("@partnercenter/client:error-class");

/**
 * Brands the instances of `errorClass` as `name`, and names the class so: esbuild renames a class
 * whose body refers to it (`class _PartnerCenterError`), which util.inspect and console.error
 * print. (tsup's `keepNames` would too, but its `__name()` call after every function is a side
 * effect to a user's bundler, which then keeps the whole package: +1.6 kB gzipped measured.)
 */
function brand(errorClass: { prototype: object }, name: string): void {
  Object.defineProperty(errorClass, "name", { value: name, configurable: true });
  Object.defineProperty(errorClass.prototype, BRAND, { value: name });
}

/** `value instanceof target`, where `target` is `ownClass` (branded `name`) or a subclass of it. */
function isInstance(target: unknown, ownClass: unknown, name: string, value: unknown): boolean {
  if (Function.prototype[Symbol.hasInstance].call(target, value)) return true;
  return target === ownClass && typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === name;
}

/**
 * Thrown synchronously by {@link createPartnerCenterClient} (and by the token step of a request)
 * when an option is missing or malformed. `option` names the offending option; the message
 * never contains a token.
 */
export class PartnerCenterOptionsError extends TypeError {
  override readonly name = "PartnerCenterOptionsError";
  /** The option that was wrong, e.g. `"accessToken"` or `"baseUrl"`. */
  readonly option: string;

  constructor(option: string, message: string) {
    super(`Invalid Partner Center client option \`${option}\`: ${message}`);
    this.option = option;
  }

  /** Also true for an instance from another copy of this package (its CommonJS or ESM build). */
  static [Symbol.hasInstance](value: unknown): boolean {
    return isInstance(this, PartnerCenterOptionsError, "PartnerCenterOptionsError", value);
  }

  static {
    brand(this, "PartnerCenterOptionsError");
  }
}

/**
 * Thrown (or the call's promise rejected) before anything is sent when a call's argument is
 * wrong: a path parameter that is empty, has white space, is `.` or `..` or would change the
 * request's path, a customer tenant ID that is not a GUID, a malformed update or filter, or a
 * request to a host other than the client's (which would carry the token elsewhere).
 */
export class PartnerCenterArgumentError extends TypeError {
  override readonly name = "PartnerCenterArgumentError";
  /** The argument that was wrong, e.g. `"customer_id"`, `"update.status"` or `"url"`. */
  readonly argument: string;

  constructor(argument: string, message: string) {
    super(`Invalid Partner Center call argument \`${argument}\`: ${message}`);
    this.argument = argument;
  }

  /** Also true for an instance from another copy of this package (its CommonJS or ESM build). */
  static [Symbol.hasInstance](value: unknown): boolean {
    return isInstance(this, PartnerCenterArgumentError, "PartnerCenterArgumentError", value);
  }

  static {
    brand(this, "PartnerCenterArgumentError");
  }
}

/** `value` for an error message: quoted, and cut at 64 characters. */
export function quote(value: unknown): string {
  const text = String(value);
  return JSON.stringify(text.length > 64 ? `${text.slice(0, 64)}…` : text);
}

// The message is only built on failure: these checks run on every call.
const expected = (what: string, got: unknown[]) => `expected ${what}${got.length ? `, got ${quote(got[0])}` : ""}`;

/** Throws {@link PartnerCenterOptionsError} "expected <what>[, got <got>]" for `option` unless `ok`. */
export function checkOption(ok: unknown, option: string, what: string, ...got: [unknown] | []): void {
  if (!ok) throw new PartnerCenterOptionsError(option, expected(what, got));
}

/** Throws {@link PartnerCenterArgumentError} "expected <what>[, got <got>]" for `argument` unless `ok`. */
export function checkArgument(ok: unknown, argument: string, what: string, ...got: [unknown] | []): void {
  if (!ok) throw new PartnerCenterArgumentError(argument, expected(what, got));
}

/**
 * How the official .NET SDK classifies a failed call (`PartnerErrorCategory`): 400 `BadInput`,
 * 401 `Unauthorized`, 403 `Forbidden`, 404 `NotFound`, 405 `InvalidOperation`, 406
 * `UnsupportedDataFormat`, 408 `RequestTimeout`, 409 `AlreadyExists`, 429 `TooManyRequests`, 503
 * `ServerBusy`, 504 `GatewayTimeout`, any other status (500, 501, 502, 412, 417, a 3xx)
 * `ServerError`; `ResponseParsing` when a 2xx body cannot be read. Without any answer:
 * `RequestTimeout` when every attempt timed out, otherwise `NotSpecified` (a network failure).
 *
 * @see https://github.com/microsoft/partner-center-sdk-for-dotNET (the official .NET SDK, `PartnerErrorCategory`)
 * @see https://learn.microsoft.com/en-us/partner-center/developer/error-codes
 */
export type PartnerCenterErrorCategory =
  | "NotSpecified"
  | "BadInput"
  | "Unauthorized"
  | "Forbidden"
  | "NotFound"
  | "UnsupportedDataFormat"
  | "AlreadyExists"
  | "InvalidOperation"
  | "ServerError"
  | "ServerBusy"
  | "RequestTimeout"
  | "GatewayTimeout"
  | "ResponseParsing"
  | "TooManyRequests";

const CATEGORIES: Partial<Record<number, PartnerCenterErrorCategory>> = {
  400: "BadInput",
  401: "Unauthorized",
  403: "Forbidden",
  404: "NotFound",
  405: "InvalidOperation",
  406: "UnsupportedDataFormat",
  408: "RequestTimeout",
  409: "AlreadyExists",
  429: "TooManyRequests",
  503: "ServerBusy",
  504: "GatewayTimeout",
};

/** The {@link PartnerCenterErrorCategory} of an HTTP status (2xx: `ResponseParsing`). */
export function categoryOfStatus(status: number): PartnerCenterErrorCategory {
  return CATEGORIES[status] ?? (status >= 200 && status < 300 ? "ResponseParsing" : "ServerError");
}

/** What a {@link PartnerCenterError} is made of. */
export interface PartnerCenterErrorDetails {
  /** HTTP status; `0` when no answer arrived. */
  status: number;
  category: PartnerCenterErrorCategory;
  description: string;
  code?: string | undefined;
  data?: unknown[] | undefined;
  source?: string | undefined;
  retryAfterSeconds?: number | undefined;
  requestId?: string | undefined;
  correlationId?: string | undefined;
  correlationVector?: string | undefined;
  serverId?: string | undefined;
}

const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/** `details` with `secrets` and token-shaped strings redacted from every string in them, `data` included. */
function redactDetails(details: PartnerCenterErrorDetails, secrets: readonly string[]): PartnerCenterErrorDetails {
  const redacted = Object.fromEntries(
    Object.entries(details).map(([name, value]) => [name, typeof value === "string" ? redact(value, secrets) : value]),
  ) as unknown as PartnerCenterErrorDetails;
  redacted.data = details.data?.length ? (JSON.parse(redact(JSON.stringify(details.data), secrets)) as unknown[]) : [];
  return redacted;
}

/**
 * A {@link PartnerCenterError} about a call whose request or answer carried `secrets` (the
 * tokens sent, from `secretsOf`): they are redacted from every field, but never stored.
 */
export function createPartnerCenterError(
  details: PartnerCenterErrorDetails,
  options: { cause?: unknown; secrets: readonly string[] },
): PartnerCenterError {
  const { secrets, ...errorOptions } = options;
  return new PartnerCenterError(redactDetails(details, secrets), errorOptions);
}

/**
 * A Partner Center call that failed: the service answered with an error status (or a 2xx body
 * that is not JSON), or no answer came after every attempt. Thrown by the operation functions
 * (`getCustomer`, ...) and the pager; the raw client's fetch rejects with one (status `0`) when
 * no attempt got an answer.
 *
 * It reads the Partner Center envelope `{code, description, data, source}` (`code` a number or
 * a string), the gateway's `{statusCode, message}`, and an empty or non-JSON body. The token
 * the client sent (by its exact value, however it is echoed), bearer tokens and JWT-shaped
 * strings a server echoes back are replaced by `[REDACTED]` in every field, `data` included; the
 * client never puts its token into an error, its JSON or its `util.inspect` output.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/error-codes
 */
export class PartnerCenterError extends Error {
  override readonly name = "PartnerCenterError";
  /** HTTP status; `0` when no attempt got an answer (see `cause`). */
  declare readonly status: number;
  /** The SDK's category for `status`, see {@link PartnerCenterErrorCategory}. */
  declare readonly category: PartnerCenterErrorCategory;
  /** Partner Center error code as a string (the service sends `60003` or `"60003"`), e.g. `"60003"`. */
  declare readonly code: string | undefined;
  /** The service's explanation (envelope `description`, gateway `message`, or the body text). */
  declare readonly description: string;
  /** Envelope `data`: extra details, usually empty. */
  declare readonly data: unknown[];
  /** Envelope `source`, e.g. `"PartnerFD"`; `undefined` for gateway errors. */
  declare readonly source: string | undefined;
  /**
   * Seconds the service asked to wait (`Retry-After`, delta-seconds or an HTTP date, rounded up),
   * when it did; `undefined` when the header is absent or malformed (`1.5`, `-1`, `abc`).
   */
  declare readonly retryAfterSeconds: number | undefined;
  /** `MS-RequestId` of the failed call (the answer's, or else the one sent). */
  declare readonly requestId: string | undefined;
  /** `MS-CorrelationId` of the failed call (the answer's, or else the one sent). */
  declare readonly correlationId: string | undefined;
  /** `MS-CV` of the answer. */
  declare readonly correlationVector: string | undefined;
  /** `MS-ServerId` of the answer. */
  declare readonly serverId: string | undefined;

  /**
   * @param details the fields; bearer tokens and JWT-shaped strings in any of them are redacted
   * @param options `cause`: what made the call fail, as for `Error`
   */
  constructor(details: PartnerCenterErrorDetails, options?: { cause?: unknown }) {
    const safe = redactDetails(details, []);
    const code = safe.code === undefined ? "" : ` (code ${safe.code})`;
    const ids = safe.requestId === undefined ? "" : ` [MS-RequestId ${safe.requestId}]`;
    super(`Partner Center ${safe.status || "call"} ${safe.category}${code}: ${safe.description}${ids}`, options);
    Object.assign(this, safe);
  }

  /**
   * The error a failed answer stands for. For an answer the client returned (the raw client's
   * `response`), the token that request was sent with is redacted too.
   *
   * @param response the answer (status and headers are read; the body is not)
   * @param body the body, parsed as JSON where it was JSON (as the raw client's `error`), a
   *   string when it was not, `undefined` when empty
   */
  static fromResponse(response: Response, body: unknown): PartnerCenterError {
    const { status } = response;
    const isObject = body !== null && typeof body === "object";
    const fields = (isObject ? body : {}) as Record<string, unknown>;
    const code = fields.code;
    const retryAfterMs = parseRetryAfterMs(response.headers.get("Retry-After"));
    return createPartnerCenterError({
      ...readResponseInfo(response),
      category: categoryOfStatus(status),
      code: typeof code === "number" || typeof code === "string" ? String(code) : undefined,
      description: (
        text(fields.description) ??
        text(fields.message) ??
        (isObject ? JSON.stringify(body) : String(body ?? "").trim() || `HTTP ${status} with no error body`)
      ).slice(0, 1024),
      data: Array.isArray(fields.data) ? fields.data : undefined,
      source: text(fields.source),
      retryAfterSeconds: retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000),
    }, { secrets: secretsOf(response) });
  }

  /**
   * Also true for an instance from another copy of this package, such as an error thrown by its
   * CommonJS build tested against the class imported from its ESM build.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    return isInstance(this, PartnerCenterError, "PartnerCenterError", value);
  }

  static {
    brand(this, "PartnerCenterError");
  }

  /** The fields above as plain JSON (what `JSON.stringify` writes), with `name` and `message`. */
  toJSON(): PartnerCenterErrorDetails & { name: string; message: string } {
    return { ...this, message: this.message };
  }
}
