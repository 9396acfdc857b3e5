/**
 * Where the mock's generated values come from: request and correlation IDs it has to invent,
 * correlation vectors, and the extra data drawn for a `randomSeed`. It is a small seeded
 * pseudo-random generator, so the same seed always gives the same sequence: the mock has no
 * randomness a test did not ask for.
 */
export interface ValueSource {
  /** A number in `[0, 1)`, the next of the sequence. */
  next(): number;
  /** A whole number in `[0, maxExclusive)`. */
  integer(maxExclusive: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A version-4-shaped GUID, lower case, e.g. `3f0b6c1e-8d2a-4b7e-9c41-0a5d2e7f1b36`. */
  guid(): string;
  /** A correlation vector like the service's `MS-CV`: 16 base64 characters, `.` and a counter (`rjLONPum/Uq94UQA.0`). */
  correlationVector(): string;
  /** An opaque ID of `length` letters and digits, like Partner Center's order IDs (`kt8dMq2JxhWq0fUC0yL5GhqGTrmMgwPb1`). */
  token(length: number): string;
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));
const TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** The seed used when none is given, so that even the default mock is reproducible. */
export const DEFAULT_VALUE_SEED = 0x5eed_2017;

/**
 * A {@link ValueSource} from a 32-bit seed (mulberry32: fast, tiny, good enough for test data;
 * not for anything secret).
 *
 * @param seed any finite number; it is truncated to 32 bits. Default {@link DEFAULT_VALUE_SEED}.
 * @throws TypeError when the seed is not a finite number
 */
export function createValueSource(seed: number = DEFAULT_VALUE_SEED): ValueSource {
  if (typeof seed !== "number" || !Number.isFinite(seed)) {
    throw new TypeError(`randomSeed must be a finite number, got ${String(seed)}`);
  }
  let state = seed >>> 0;
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const bytes = (count: number): Uint8Array => {
    const out = new Uint8Array(count);
    for (let index = 0; index < count; index += 4) {
      let word = nextUint32();
      for (let shift = 0; shift < 4 && index + shift < count; shift += 1) {
        out[index + shift] = word & 0xff;
        word >>>= 8;
      }
    }
    return out;
  };
  const source: ValueSource = {
    next: () => nextUint32() / 0x1_0000_0000,
    integer: (maxExclusive) => Math.floor(source.next() * maxExclusive),
    pick: (items) => {
      if (items.length === 0) throw new RangeError("pick() needs at least one item");
      return items[source.integer(items.length)] as (typeof items)[number];
    },
    guid: () => {
      const b = bytes(16);
      b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
      b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
      let text = "";
      for (let index = 0; index < 16; index += 1) {
        if (index === 4 || index === 6 || index === 8 || index === 10) text += "-";
        text += HEX[b[index] as number];
      }
      return text;
    },
    correlationVector: () => `${btoa(String.fromCharCode(...bytes(12)))}.0`,
    token: (length) => Array.from(bytes(length), (byte) => TOKEN_ALPHABET[byte % TOKEN_ALPHABET.length]).join(""),
  };
  return source;
}
