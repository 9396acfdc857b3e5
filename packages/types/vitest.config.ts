import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The test files only read and generate; they share one module graph per worker rather than
    // loading openapi-typescript and the spec again for each file.
    isolate: false,
    // test/*.test-d.ts prove what must and must not compile; vitest runs them through tsc.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
