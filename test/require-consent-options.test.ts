/**
 * require-consent options (`consentGuards`, `vendors`, `allowIn`, `trustAutoBlockers`), the shared
 * `settings["replay-privacy"].consentGuards`, and the rule's metadata.
 */
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import rule from "../src/rules/require-consent.js";
import { createJsxTester } from "./helpers/rule-tester.js";
import { missingConsent } from "./helpers/probe.js";

const missing = missingConsent;

createJsxTester().run("require-consent options", rule, {
  valid: [
    {
      name: "consentGuards: a function read in a condition",
      options: [{ consentGuards: ["isTrackingPermitted"] }],
      code: `import LogRocket from "logrocket";
if (isTrackingPermitted()) LogRocket.init("acme/web");`,
    },
    {
      name: "consentGuards: a dotted member",
      options: [{ consentGuards: ["privacy.canRecord"] }],
      code: `import LogRocket from "logrocket";
if (privacy.canRecord) LogRocket.init("acme/web");`,
    },
    {
      name: "consentGuards: a callback registration",
      options: [{ consentGuards: ["whenTrackingAllowedBy"] }],
      code: `import LogRocket from "logrocket";
whenTrackingAllowedBy("analytics", () => LogRocket.init("acme/web"));`,
    },
    {
      name: "consentGuards: a JSX wrapper",
      options: [{ consentGuards: ["PrivacyShield"] }],
      code: `import Script from "next/script";
export const Tags = () => <PrivacyShield><Script src="https://static.hotjar.com/c/hotjar-1.js?sv=6" /></PrivacyShield>;`,
    },
    {
      name: "consentGuards from shared settings",
      settings: { "replay-privacy": { consentGuards: ["mayRecord"] } },
      code: `import LogRocket from "logrocket";
if (mayRecord) LogRocket.init("acme/web");`,
    },
    {
      name: "vendors: only the listed recorders are checked",
      options: [{ vendors: ["hotjar", "clarity"] }],
      code: `import LogRocket from "logrocket";
LogRocket.init("acme/web");`,
    },
    {
      name: "allowIn: a file loaded only after consent",
      options: [{ allowIn: ["src/after-consent/**"] }],
      filename: "src/after-consent/recorders.js",
      code: `import LogRocket from "logrocket";
LogRocket.init("acme/web");`,
    },
    {
      name: "allowIn: a file name pattern matches in any folder",
      options: [{ allowIn: ["*.consented.{js,ts}"] }],
      filename: "/repo/app/analytics.consented.js",
      code: `import LogRocket from "logrocket";
LogRocket.init("acme/web");`,
    },
  ],
  invalid: [
    {
      name: "consentGuards do not change unrelated conditions",
      options: [{ consentGuards: ["isTrackingPermitted"] }],
      code: `import LogRocket from "logrocket";
if (isFeatureOn()) LogRocket.init("acme/web");`,
      errors: [missing("LogRocket", 2, 20, 2, 46)],
    },
    {
      name: "a consentGuard naming an always-on category is still a trap",
      options: [{ consentGuards: ["hasConsentFor"] }],
      code: `import LogRocket from "logrocket";
if (hasConsentFor("necessary")) LogRocket.init("acme/web");`,
      errors: [missing("LogRocket", 2, 33, 2, 59)],
    },
    {
      name: "vendors: listed recorders are still checked",
      options: [{ vendors: ["logrocket"] }],
      code: `import LogRocket from "logrocket";
import Hotjar from "@hotjar/browser";
LogRocket.init("acme/web");
Hotjar.init(1, 6);`,
      errors: [missing("LogRocket", 3, 1, 3, 27)],
    },
    {
      name: "allowIn: other files are checked",
      options: [{ allowIn: ["src/after-consent/**"] }],
      filename: "src/app.js",
      code: `import LogRocket from "logrocket";
LogRocket.init("acme/web");`,
      errors: [missing("LogRocket", 2, 1, 2, 27)],
    },
  ],
});

describe("require-consent metadata", () => {
  it("is recommended, runs on JS and the plugin's HTML language, and documents every option", () => {
    expect(rule.meta.docs.recommended).toBe(true);
    expect(rule.meta.languages).toEqual(["js/js", "replay-privacy/html"]);
    expect(rule.meta.docs.url).toMatch(/rules-docs\/require-consent\.md$/);
    const schema = rule.meta.schema as [{ properties: Record<string, { description?: string }>; additionalProperties: boolean }];
    expect(schema[0].additionalProperties).toBe(false);
    for (const [name, property] of Object.entries(schema[0].properties)) {
      expect(property.description, name).toBeTruthy();
    }
    expect(rule.meta.defaultOptions).toEqual([{ consentGuards: [], vendors: [], allowIn: [], trustAutoBlockers: false }]);
  });

  it("rejects unknown options and unknown vendors", () => {
    const linter = new Linter({ configType: "flat" });
    const lint = (options: unknown) =>
      linter.verify("x", [{ plugins: { "replay-privacy": plugin }, rules: { "replay-privacy/require-consent": ["error", options] } }]);
    expect(() => lint({ vendor: ["hotjar"] })).toThrow(/additional properties|should NOT have additional properties|must NOT have additional properties/i);
    expect(() => lint({ vendors: ["not-a-recorder"] })).toThrow(/equal to one of the allowed values|allowed values/i);
  });

  it("stays silent on a large file that mentions no recorder", () => {
    const linter = new Linter({ configType: "flat" });
    const code = Array.from({ length: 300 }, (_, i) => `export function f${i}(a) { if (a.consent) return init(a); return fs.readFile(a); }`).join("\n");
    const messages = linter.verify(code, [
      { plugins: { "replay-privacy": plugin }, rules: { "replay-privacy/require-consent": "error" } },
    ]);
    expect(messages).toEqual([]);
  });
});
