import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // test/*.test-d.ts prove what must and must not compile; vitest runs them through tsc.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
