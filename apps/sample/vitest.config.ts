import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Each test or hook runs the built CLI in a new Node process (execFile's own limit is 30 s):
    // about a second alone, several on two cores busy with the rest of npm test.
    hookTimeout: 40_000,
    testTimeout: 40_000,
  },
});
