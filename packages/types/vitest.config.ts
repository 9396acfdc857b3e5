import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The test files only read and generate; they share one module graph per worker rather than
    // loading openapi-typescript and the spec again for each file.
    isolate: false,
    // test/*.test-d.ts (what must and must not compile) are not run here: `npm run lint`'s
    // `tsc -p tsconfig.json` checks them with the rest of the package. Vitest's typecheck would
    // run that same program a second time.
  },
});
