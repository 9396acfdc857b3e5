import { rmSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

const OUT_DIR = "dist";

/** The bin's imports of the package's own entry points stay imports of the built files. */
const ownEntriesExternal: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "own-entries-external",
  setup(build) {
    build.onResolve({ filter: /^\.\/(index|server)\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

export default defineConfig((): Options[] => {
  // One clean of dist/ before both builds (tsup's own `clean` runs per build, and the two run at
  // once), so no file of an earlier build, such as a chunk of another spec, survives a build.
  rmSync(OUT_DIR, { recursive: true, force: true });
  return [
    {
      entry: { index: "src/index.ts", server: "src/server.ts", browser: "src/browser.ts" },
      format: ["esm", "cjs"],
      dts: true,
      outDir: OUT_DIR,
      target: "node20",
    },
    {
      // The bin (package.json "bin") is ESM only; it loads the built index.js and server.js, and
      // only once its options are read.
      entry: { cli: "src/cli.ts" },
      format: ["esm"],
      outDir: OUT_DIR,
      target: "node20",
      esbuildPlugins: [ownEntriesExternal],
    },
  ];
});
