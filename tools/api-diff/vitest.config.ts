import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The type tests generate types and run the TypeScript compiler several times: seconds on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
