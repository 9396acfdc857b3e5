import { copyFile, mkdir } from "node:fs/promises";
import { defineConfig } from "tsup";

// The mock's copy of the spec ships once, as dist/generated/mock-spec.json, loaded by every
// entry (ESM `import ... with { type: "json" }`, CommonJS `require`) instead of being inlined
// into each bundle.
const MOCK_SPEC = "./generated/mock-spec.json";

export default defineConfig({
  entry: { index: "src/index.ts", server: "src/transport/server.ts", browser: "src/transport/browser.ts", cli: "src/transport/cli.ts" },
  format: ["esm", "cjs"],
  // Declarations come from `tsc -p tsconfig.build.json` (which also type-checks src/, incrementally,
  // in one program); tsup only bundles them. Given .d.ts files, its dts step builds no TypeScript
  // program of its own (from the .ts entries it built two, one per source folder).
  dts: { entry: { index: ".types/index.d.ts", server: ".types/transport/server.d.ts", browser: ".types/transport/browser.d.ts" } },
  clean: true,
  splitting: true,
  // node20.19: the first Node 20 whose ESM loader takes JSON import attributes (engines says >=20.19).
  target: "node20.19",
  external: [MOCK_SPEC],
  async onSuccess() {
    await mkdir("dist/generated", { recursive: true });
    await copyFile("src/generated/mock-spec.json", "dist/generated/mock-spec.json");
  },
});
