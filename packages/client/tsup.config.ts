import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  // Declarations come from `tsc -p tsconfig.build.json` (which also type-checks src/, incrementally);
  // tsup only bundles them. Given .d.ts files, its dts step builds no TypeScript program of its own.
  dts: { entry: { index: ".types/index.d.ts" } },
  clean: true,
  target: "node20",
});
