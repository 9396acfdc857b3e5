import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Copying the repository and a few turbo dry runs: seconds, more on a loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
