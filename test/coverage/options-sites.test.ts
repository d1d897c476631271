/**
 * no-unsafe-recorder-options: where options are read (src/core/option-sites.ts) and how the rule
 * words and fixes what it finds (namespace enum members, options passed by reference, categories).
 */
import rule from "../../src/rules/no-unsafe-recorder-options.js";
import { createJsxTester } from "../helpers/rule-tester.js";

const namespaceEnum = `
import * as DD from "@datadog/browser-rum";
DD.datadogRum.init({ applicationId: "app", clientToken: "pub", defaultPrivacyLevel: DD.DefaultPrivacyLevel.ALLOW });`;

const nreumSnippet = `
window.NREUM ||= {};
NREUM.init = { session_replay: { enabled: true, mask_all_inputs: false } };`;

createJsxTester().run("no-unsafe-recorder-options: option sites", rule, {
  valid: [
    {
      name: "categories: rrweb masking options are not checked when only network is",
      code: `
import { record } from "rrweb";
record({ emit: send, maskAllInputs: false, recordCanvas: true });`,
      options: [{ categories: ["network"] }],
    },
    {
      name: "vendors: rrweb is not checked when only Sentry is",
      code: `
import { record } from "rrweb";
record({ emit: send, maskAllInputs: false });`,
      options: [{ vendors: ["sentry"] }],
    },
    {
      name: "NREUM as a property of an ordinary object is not New Relic's global",
      code: `
const settings = {};
settings.NREUM = { init: { session_replay: { enabled: true, mask_all_inputs: false } } };`,
    },
    {
      name: "Smartlook command queue with a command the file cannot see",
      code: `
export function track(action) {
  window.smartlook(action, { forms: true });
}`,
    },
    {
      name: "lazy-loaded Sentry replay integration called without options",
      code: `
import * as Sentry from "@sentry/browser";
const replayIntegration = await Sentry.lazyLoadIntegration("replayIntegration");
Sentry.addIntegration(replayIntegration());`,
    },
    {
      name: "react-fullstory component takes no privacy options",
      code: `
import FullStory from "react-fullstory";
export const Recorder = () => <FullStory org="ABC12" />;`,
    },
  ],
  invalid: [
    {
      name: "namespace-imported Datadog enum: suggestions keep the namespace",
      code: namespaceEnum,
      errors: [
        {
          messageId: "unsafeOption",
          line: 3,
          column: 64,
          endLine: 3,
          endColumn: 113,
          suggestions: [
            { messageId: "useSafeValue", output: namespaceEnum.replace("DD.DefaultPrivacyLevel.ALLOW", "DD.DefaultPrivacyLevel.MASK_USER_INPUT") },
            { messageId: "useSafeValue", output: namespaceEnum.replace("DD.DefaultPrivacyLevel.ALLOW", "DD.DefaultPrivacyLevel.MASK") },
          ],
        },
      ],
    },
    {
      name: "reportWeakDefaults: options passed as a const without defaultPrivacyLevel (no suggestion at a reference)",
      code: `
import { datadogRum } from "@datadog/browser-rum";
const rumConfig = { applicationId: "app", clientToken: "pub", sessionReplaySampleRate: 20 };
datadogRum.init(rumConfig);`,
      options: [{ reportWeakDefaults: true }],
      errors: [{ messageId: "unsetOption", line: 4, column: 17, endLine: 4, endColumn: 26, suggestions: [] }],
    },
    {
      name: "reportWeakDefaults: an empty options literal gets the option added",
      code: `
import { datadogRum } from "@datadog/browser-rum";
datadogRum.init({});`,
      options: [{ reportWeakDefaults: true }],
      errors: [
        {
          messageId: "unsetOption",
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 19,
          suggestions: [
            {
              messageId: "addSafeValue",
              output: `
import { datadogRum } from "@datadog/browser-rum";
datadogRum.init({ defaultPrivacyLevel: "mask" });`,
            },
          ],
        },
      ],
    },
    {
      name: "New Relic snippet: `NREUM ||= {}` is skipped, `NREUM.init = {...}` is read",
      code: nreumSnippet,
      errors: [
        {
          messageId: "unsafeOption",
          line: 3,
          column: 49,
          endLine: 3,
          endColumn: 71,
          suggestions: [{ messageId: "useSafeValue", output: nreumSnippet.replace("mask_all_inputs: false", "mask_all_inputs: true") }],
        },
      ],
    },
  ],
});
