import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Launching Chromium and rendering a 2.5 MB Redoc page takes a few seconds on 2 cores.
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
