import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.mjs"],
    // Two `npm ci` and one cold build of the monorepo: minutes on 2 cores.
    testTimeout: 900_000,
    hookTimeout: 120_000,
  },
});
