import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  // Declarations: `tsc -p tsconfig.build.json` then scripts/declarations.mjs (see there why not tsup's dts).
  dts: false,
  clean: true,
  target: "node20",
});
