// One fixed seed for every randomised test of the mocks, printed so a failure can be replayed.
// `npm test` uses the default; a longer or different run sets the environment:
//   FC_SEED=123 FC_NUM_RUNS=20000 FUZZ_REQUESTS=100000 npx vitest run test/property.test.ts test/fuzz-server.test.ts
import fc from "fast-check";

/** The seed `npm test` runs with. */
export const DEFAULT_SEED = 20_250_301;

function wholeNumberFromEnvironment(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) throw new RangeError(`${name} must be a whole number from ${min}, got ${JSON.stringify(raw)}`);
  return value;
}

/** The seed of this run: `FC_SEED`, or {@link DEFAULT_SEED}. */
export const SEED = wholeNumberFromEnvironment("FC_SEED", DEFAULT_SEED, -(2 ** 31));

const runsOverride = process.env.FC_NUM_RUNS === undefined ? undefined : wholeNumberFromEnvironment("FC_NUM_RUNS", 1, 1);

/** How many cases a property runs: `FC_NUM_RUNS` when set, otherwise the property's own default (sized for `npm test`). */
export function numRuns(defaultRuns: number): number {
  return runsOverride ?? defaultRuns;
}

/**
 * How many connections the HTTP fuzz test opens: `FUZZ_REQUESTS`, default 10 000 (issue 8's
 * full run), about 5 s on a 2-core machine (well under 1 ms of CPU each, client and server in
 * one process).
 */
export const FUZZ_REQUESTS = wholeNumberFromEnvironment("FUZZ_REQUESTS", 10_000, 1);

fc.configureGlobal({ seed: SEED });

/** Prints the seed once per test file, with how to change it. */
export function announceSeed(file: string): void {
  console.log(`${file}: seed ${SEED}${SEED === DEFAULT_SEED ? " (the default)" : ""}; set FC_SEED (and FC_NUM_RUNS, FUZZ_REQUESTS) for another or a longer run`);
}
