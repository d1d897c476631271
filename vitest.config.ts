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
      // Enforced in `npm test`. Branches sit at 85% today; the target is 90% (see issue 7).
      thresholds: { lines: 95, branches: 84 },
    },
  },
});
