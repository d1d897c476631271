// @ts-check
// Type test: a user's plain-JS `eslint.config.js` with `// @ts-check` (editors check it this way).
// test/types/types.test.ts compiles it against the published declarations.
import { defineConfig } from "eslint/config";
import replayPrivacy from "eslint-plugin-replay-privacy";

export default defineConfig([
  { ignores: ["dist/"] },
  replayPrivacy.configs.recommended,
  {
    files: ["**/*.html"],
    rules: { "replay-privacy/require-masking": ["error", { ignoreNames: ["search"] }] },
  },
]);
