// Prints what `vitest bench` measured as ratios (time per request of each client over bare
// openapi-fetch and over plain fetch), then the size of the client's bundle, minified and
// gzipped, with and without openapi-fetch. Run by `npm run bench` after the benchmark.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const RESULTS = new URL("../.bench/results.json", import.meta.url);
const MAX_RATIO = 1.15; // time per request, client over bare openapi-fetch, on loopback
const MAX_ADDED_GZIP_BYTES = 4 * 1024;

const results = JSON.parse(readFileSync(RESULTS, "utf8"));
const verdict = (ok) => (ok ? "met" : "NOT met");
console.log("\nRatios: time per request (median) over bare openapi-fetch and over plain fetch, both sending the");
console.log("client's Partner Center headers; lower is better");
for (const group of results.files.flatMap((file) => file.groups)) {
  const byName = Object.fromEntries(group.benchmarks.map((entry) => [entry.name, entry]));
  const bare = byName["bare openapi-fetch"];
  const plain = byName["plain fetch"];
  console.log(`\n${group.fullName.split(" > ").at(-1)}`);
  for (const entry of group.benchmarks) {
    const median = `${(entry.median * 1000).toFixed(1)} µs`;
    console.log(
      `  ${entry.name.padEnd(52)} ${Math.round(entry.hz).toLocaleString("en-US").padStart(8)} req/s  median ${median.padStart(9)}  ` +
        `x${(entry.median / bare.median).toFixed(2)} openapi-fetch  x${(entry.median / plain.median).toFixed(2)} fetch`,
    );
  }
  if (group.fullName.includes("loopback")) {
    const client = byName["@partnercenter/client"].median;
    const ratio = client / bare.median;
    const minimal = client / byName["bare openapi-fetch, Authorization and Accept only"].median;
    console.log(`  target: the client costs at most ${MAX_RATIO}x bare openapi-fetch per request: x${ratio.toFixed(2)}, ${verdict(ratio <= MAX_RATIO)}`);
    console.log(`  (x${minimal.toFixed(2)} over bare openapi-fetch sending only Authorization and Accept: the extra headers' bytes included)`);
  }
}

// The bundle a user ships: dist/index.js (what the package exports), minified by esbuild.
const bundle = async (entry) => {
  const result = await build({ ...entry, bundle: true, minify: true, write: false, format: "esm", platform: "neutral", target: "es2022", logLevel: "silent" });
  const bytes = result.outputFiles[0].contents;
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const dist = new URL("../dist/index.js", import.meta.url).pathname;
const withFetch = await bundle({ entryPoints: [dist] });
const alone = await bundle({ entryPoints: [dist], external: ["openapi-fetch"] });
const openapiFetch = await bundle({ stdin: { contents: 'export { default } from "openapi-fetch";', resolveDir: process.cwd() } });
const kB = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;
const added = withFetch.gzip - openapiFetch.gzip;
console.log("\nBundle size (esbuild --minify, gzip -9)");
for (const [name, size] of [
  ["openapi-fetch alone", openapiFetch],
  ["@partnercenter/client, openapi-fetch external", alone],
  ["@partnercenter/client with openapi-fetch", withFetch],
]) {
  console.log(`  ${name.padEnd(46)} ${kB(size.min).padStart(9)} min  ${kB(size.gzip).padStart(8)} gzip`);
}
console.log(`  target: adds at most ${kB(MAX_ADDED_GZIP_BYTES)} gzip on top of openapi-fetch: ${kB(added)}, ${verdict(added <= MAX_ADDED_GZIP_BYTES)}\n`);
