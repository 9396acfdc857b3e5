import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The test files share one module graph per worker instead of importing msw, the mocks and
    // the client again for each file: half the suite's CPU time on 2 cores. Each file's shared
    // set-up (test/support.ts, test/loopback.ts) closes its servers and restores timers and mocks
    // after every test, so nothing one file does reaches the next.
    isolate: false,
    // test/*.test-d.ts (what must and must not compile) are not run here: `npm run lint`'s
    // `tsc -p tsconfig.json` checks them with the rest of the package. Vitest's typecheck would
    // run that same program a second time.
  },
});
