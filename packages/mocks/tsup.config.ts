import { rmSync } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";
import { defineConfig, type Options } from "tsup";

const OUT_DIR = "dist";
// The mock's copy of the spec ships once, as dist/generated/mock-spec.json, loaded by every
// entry (ESM `import ... with { type: "json" }`, CommonJS `require`) instead of being inlined
// into each bundle.
const MOCK_SPEC = "./generated/mock-spec.json";

/** The bin's imports of the package's own entry points stay imports of the built files beside it. */
const ownEntriesExternal: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "own-entries-external",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/(index|server)\.js$/ }, (args) => ({ path: `./${args.path.split("/").pop()}`, external: true }));
  },
};

export default defineConfig((): Options[] => {
  // One clean of dist/ before both builds (tsup's own `clean` runs per build, and the two run at
  // once), so no file of an earlier build, such as a chunk of another spec, survives a build.
  rmSync(OUT_DIR, { recursive: true, force: true });
  return [
    {
      entry: { index: "src/index.ts", server: "src/transport/server.ts", browser: "src/transport/browser.ts" },
      format: ["esm", "cjs"],
      // Declarations come from `tsc -p tsconfig.build.json` (which also type-checks src/,
      // incrementally, in one program); tsup only bundles them, building no TypeScript program of
      // its own.
      dts: { entry: { index: ".types/index.d.ts", server: ".types/transport/server.d.ts", browser: ".types/transport/browser.d.ts" } },
      splitting: true,
      outDir: OUT_DIR,
      // node20.19: the first Node 20 whose ESM loader takes JSON import attributes (engines says >=20.19).
      target: "node20.19",
      external: [MOCK_SPEC],
      async onSuccess() {
        await mkdir(`${OUT_DIR}/generated`, { recursive: true });
        await copyFile("src/generated/mock-spec.json", `${OUT_DIR}/generated/mock-spec.json`);
      },
    },
    {
      // The bin (package.json "bin") is ESM only; it loads the built index.js and server.js, and
      // only once its options are read.
      entry: { cli: "src/transport/cli.ts" },
      format: ["esm"],
      outDir: OUT_DIR,
      target: "node20.19",
      esbuildPlugins: [ownEntriesExternal],
    },
  ];
});
