import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "threads",
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/data/lexicon.generated.ts"],
      reporter: ["text-summary"],
      // Enforced in `npm test` (issue 7 asks for 95% lines and 90% branches). Measured: lines 99.4%,
      // branches 95.1%; the thresholds keep a little room for new defensive code.
      thresholds: { lines: 97, branches: 92 },
    },
  },
});
