#!/usr/bin/env node
// Puts the declarations tsc wrote to .types/ (tsconfig.build.json) into dist/, once for each entry
// format: `*.d.ts` beside the ES module build and `*.d.cts` beside the CommonJS one, the latter
// importing each other as `./x.cjs`, so that TypeScript reads CommonJS types for `require` (what
// `exports` in package.json promises). They are not bundled into one file: the generated schema's
// declarations are as large as the spec, and bundling them (tsup's dts step, rollup-plugin-dts)
// cost more than compiling them, a cost that grew with every operation.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const from = path.join(packageDir, ".types");
const to = path.join(packageDir, "dist");

/** `./generated/schema.js` -> `./generated/schema.cjs`, in `from "..."` and `import("...")`. */
export function toCommonJsDeclaration(text) {
  return text.replace(/((?:\bfrom\s*|\bimport\s*\(\s*)["'])(\.{1,2}\/[^"']*)\.js(["'])/g, "$1$2.cjs$3");
}

const files = (await readdir(from, { recursive: true })).filter((file) => file.endsWith(".d.ts"));
if (!files.includes("index.d.ts")) throw new Error(`${from} has no index.d.ts: run tsc -p tsconfig.build.json first`);
for (const file of files) {
  const text = await readFile(path.join(from, file), "utf8");
  await mkdir(path.dirname(path.join(to, file)), { recursive: true });
  await writeFile(path.join(to, file), text);
  await writeFile(path.join(to, file.replace(/\.d\.ts$/, ".d.cts")), toCommonJsDeclaration(text));
}
