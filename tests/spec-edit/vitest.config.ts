import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // beforeAll runs Redocly lint and bundle and every generator on a copy of the spec, and the
    // type-check builds one TypeScript program of the whole client: seconds each on 2 cores.
    hookTimeout: 120_000,
    testTimeout: 60_000,
  },
});
