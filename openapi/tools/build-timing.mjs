// Lets a build script report how long each of its parts took, for the build benchmark
// (tools/build-scaling): when PARTNERCENTER_BUILD_TIMINGS names a file, `timed()` appends one JSON
// line `{"stage": "...", "ms": 123.4}` to it per part. Without the variable it only runs the part.
import { appendFileSync } from "node:fs";

/**
 * Runs `work` and, when the benchmark asks for it, records its duration (ms) under `stage`.
 * @template T
 * @param {string} stage the part's name as the benchmark prints it, e.g. "type generation"
 * @param {() => T | Promise<T>} work
 * @returns {Promise<T>}
 */
export async function timed(stage, work) {
  const file = process.env.PARTNERCENTER_BUILD_TIMINGS;
  if (!file) return work();
  const start = performance.now();
  const result = await work();
  appendFileSync(file, `${JSON.stringify({ stage, ms: performance.now() - start })}\n`);
  return result;
}
