import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // fixture/ is the partner project the test copies out of the workspace; its tests run there.
    include: ["test/**/*.test.ts"],
    // npm pack, npm install from the registry (cache first) and Node downloads take a while.
    hookTimeout: 600_000,
    testTimeout: 180_000,
  },
});
