// The walk behind "a tarball ships only files its entry points reach" (consumer.test.ts runs it
// on the real tarballs): it must find a stale chunk and accept everything a build references.
import { describe, expect, it } from "vitest";
import { unreachablePackedFiles } from "./support/packed-files.js";

const manifest = {
  main: "./dist/index.cjs",
  types: "./dist/index.d.ts",
  bin: { tool: "./dist/cli.js" },
  exports: {
    ".": { import: { types: "./dist/index.d.ts", default: "./dist/index.js" }, require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" } },
    "./server": { import: { types: "./dist/server.d.ts", default: "./dist/server.js" } },
    "./package.json": "./package.json",
  },
  typesVersions: { "*": { server: ["./dist/server.d.cts"] } },
};
const build: Record<string, string> = {
  "package.json": "{}",
  "README.md": "see ./dist/old-chunk.js",
  "dist/index.js": 'import { a } from "./chunk-NEW.js";\nexport { a };\n//# sourceMappingURL=index.js.map',
  "dist/index.js.map": "{}",
  "dist/index.cjs": 'const a = require("./shared.cjs");',
  "dist/shared.cjs": "module.exports = 1;",
  "dist/chunk-NEW.js": 'export const a = await import("./lazy-NEW.js");',
  "dist/lazy-NEW.js": "export default 1;",
  "dist/cli.js": '#!/usr/bin/env node\nimport "./chunk-NEW.js";',
  "dist/server.js": 'export * from "./chunk-NEW.js";',
  "dist/index.d.ts": "export { A as Thing } from './types-NEW.js';",
  "dist/index.d.cts": "export { A as Thing } from './types-NEW.cjs';",
  "dist/types-NEW.d.ts": "export type A = 1;",
  "dist/types-NEW.d.cts": "export type A = 1;",
  "dist/server.d.ts": 'import type { A } from "./types-NEW.js";\nexport type B = A;',
  "dist/server.d.cts": "export type B = 2;",
};
const unreachable = (files: Record<string, string>) => unreachablePackedFiles(manifest, Object.keys(files), (file) => files[file] ?? "");

describe("unreachablePackedFiles", () => {
  it("accepts a build whose every file is reached through exports, bin, main, typesVersions, imports, requires and source maps", () => {
    expect(unreachable(build)).toEqual([]);
  });

  it("names stale chunks and declarations from another build, and only those", () => {
    expect(unreachable({ ...build, "dist/chunk-OLD.js": "export const a = 0;", "dist/types-OLD.d.ts": "export type A = 0;", "dist/chunk-OLD.js.map": "{}" })).toEqual([
      "dist/chunk-OLD.js",
      "dist/chunk-OLD.js.map",
      "dist/types-OLD.d.ts",
    ]);
  });

  it("does not count a mention in a file that is not code (README) as a reference", () => {
    expect(unreachable({ ...build, "dist/old-chunk.js": "" })).toEqual(["dist/old-chunk.js"]);
  });
});
