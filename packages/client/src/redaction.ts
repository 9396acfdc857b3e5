// The client must never write its token anywhere (an error, a log line), even when a server
// echoes it back bare, where no pattern can tell it from other text. Only the auth policy knows
// the token; it records it here against the request it signed and the answer that came back,
// and whoever builds an error or a log line from that request or answer looks it up. A WeakMap,
// so the token lives exactly as long as the request and answer do and is never put on an error.
const sentSecrets = new WeakMap<Request | Response, readonly string[]>();

// Shorter values would blank out ordinary words wherever they occur; Entra ID access tokens run
// to a thousand characters or more.
const MIN_SECRET_LENGTH = 8;

/** Records `secrets` (access tokens) as sent with `carrier`, a request or the answer to it. */
export function rememberSecrets(carrier: Request | Response, secrets: readonly string[]): void {
  const kept = secrets.filter((secret) => secret.length >= MIN_SECRET_LENGTH);
  if (kept.length) sentSecrets.set(carrier, [...new Set([...secretsOf(carrier), ...kept])]);
}

/** The secrets recorded for `carrier` by {@link rememberSecrets}; none for an object it never saw. */
export function secretsOf(carrier: Request | Response): readonly string[] {
  return sentSecrets.get(carrier) ?? [];
}

/** `request.clone()`, carrying the same secrets (a retry sends clones of the signed request). */
export function cloneWithSecrets(request: Request): Request {
  const clone = request.clone();
  rememberSecrets(clone, secretsOf(request));
  return clone;
}

// A bearer token, or anything shaped like a JWT, that a misbehaving server echoes back.
const SECRET_PATTERN = /\b(Bearer\s+)[^\s"',;]+|\beyJ[\w-]*\.[\w-]+\.[\w-]*/gi;

/**
 * `text` with every occurrence of `secrets` (exact values), every `Bearer <credential>` and every
 * JWT-shaped string replaced by `[REDACTED]` (`Bearer ` itself is kept).
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let redacted = text;
  for (const secret of secrets) redacted = redacted.split(secret).join("[REDACTED]");
  return redacted.replace(SECRET_PATTERN, (_, bearer?: string) => `${bearer ?? ""}[REDACTED]`);
}
