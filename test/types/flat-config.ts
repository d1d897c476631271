// Type test: what a user writes in `eslint.config.ts`. It must compile without casts.
// `npm run typecheck` compiles it against the sources; test/types/types.test.ts compiles it again as
// a consumer would, against the published declarations (dist/index.d.ts), with ESLint 10's and
// ESLint 9's types and with several compiler settings.
import type { Linter } from "eslint";
import { defineConfig } from "eslint/config";
import replayPrivacy from "../../src/index.js";

export default defineConfig(
  replayPrivacy.configs.recommended,
  {
    files: ["src/admin/**"],
    extends: [replayPrivacy.configs.strict],
  },
  {
    settings: {
      "replay-privacy": {
        recorders: ["fullstory", "sentry"],
        components: { MoneyField: "input" },
        polymorphicPropName: "as",
        detectDesignSystemFields: true,
        consentGuards: ["hasAnalyticsConsent"],
        htmlTemplateTags: ["html", "svg"],
      },
    },
    rules: {
      "replay-privacy/require-masking": ["error", { passwords: "always" }],
    },
  },
);

// Without defineConfig: the presets are plain arrays of ESLint config objects.
export const spread: Linter.Config[] = [...replayPrivacy.configs.recommended, ...replayPrivacy.configs.all];

// The plugin object itself fits where ESLint expects a plugin.
export const plugins: Linter.Config["plugins"] = { "replay-privacy": replayPrivacy };

// @ts-expect-error -- there is no such preset; the configs are typed, not a string index.
export type UnknownPreset = (typeof replayPrivacy.configs)["unknown"];
