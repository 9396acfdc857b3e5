import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // fixture/ is the partner project the test copies out of the workspace; its tests run there.
    include: ["test/**/*.test.ts"],
    // The setup packs three packages, installs a project (npm cache first) and downloads Node 22
    // and 24 (about 60 MB, cached in node_modules/.cache afterwards): 20 to 60 s on 2 busy cores,
    // several minutes on a cold cache and a slow registry. A test type-checks or runs the
    // project: up to 15 s.
    hookTimeout: 300_000,
    testTimeout: 60_000,
  },
});
