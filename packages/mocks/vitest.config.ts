import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The files share one module graph per worker instead of loading msw, ajv and the bundled
    // spec again for each of them (about 10 s of CPU on two cores). It is safe because no file
    // leaves global state behind: each makes its own mock and its own msw server and closes it,
    // and fake timers are put back after each test. A file that patches globals must undo it.
    isolate: false,
  },
});
