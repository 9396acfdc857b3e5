import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", server: "src/server.ts", browser: "src/browser.ts", cli: "src/cli.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts", server: "src/server.ts", browser: "src/browser.ts" } },
  clean: true,
  target: "node20",
});
