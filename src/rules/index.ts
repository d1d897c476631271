import type { ReplayPrivacyRule } from "../util/create-rule.js";
import noUnmaskSensitive from "./no-unmask-sensitive.js";
import noUnsafeRecorderOptions from "./no-unsafe-recorder-options.js";
import requireConsent from "./require-consent.js";
import requireMasking from "./require-masking.js";

/** Every rule of the plugin, by its name without the `replay-privacy/` prefix. */
export const rules = {
  "no-unmask-sensitive": noUnmaskSensitive,
  "no-unsafe-recorder-options": noUnsafeRecorderOptions,
  "require-consent": requireConsent,
  "require-masking": requireMasking,
} satisfies Record<string, ReplayPrivacyRule>;

export type RuleName = keyof typeof rules;
