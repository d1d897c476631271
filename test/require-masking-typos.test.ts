import rule from "../src/rules/require-masking.js";
import { createHtmlTester, runUnderBothParsers } from "./helpers/rule-tester.js";

type Marker = [marker: string, vendor: string, inserted: string];
const LOGROCKET: Marker = ["data-private", "LogRocket", " data-private"];
const FULLSTORY: Marker = ['class "fs-exclude"', "FullStory", ' className="fs-exclude"'];
const SENTRY: Marker = ["data-sentry-mask", "Sentry Session Replay", " data-sentry-mask"];
const HOTJAR: Marker = ["data-hj-suppress", "Hotjar", " data-hj-suppress"];
const DATADOG: Marker = ['data-dd-privacy="mask"', "Datadog RUM", ' data-dd-privacy="mask"'];

/** Expected quick fixes: each marker inserted right after the tag name at `at`. */
function suggestions(code: string, at: number, markers: Marker[], replace: Partial<Record<string, string>> = {}) {
  return markers.map(([marker, vendor, inserted]) => ({
    messageId: "addMarker",
    data: { marker, vendor },
    output: replace[marker] ?? `${code.slice(0, at)}${inserted}${code.slice(at)}`,
  }));
}

const cardCode = `<input name="cardNumber" data-hj-surpress />`;
const cvvCode = `<input name="cvv" className="fs_exclude" />`;
const ibanCode = `<div fs-exclude=""><input name="iban" /></div>`;
const ssnCode = `<input name="ssn" className="data-private" />`;
const peselCode = `<input name="pesel" data-dd-privacy="masked" />`;
// React Native: a near miss of posthog-react-native's accessibilityLabel marker (any other label is just a label).
const nativePinCode = `<View accessibilityLabel="ph-no-captur"><TextInput placeholder="PIN" secureTextEntry={hidden} /></View>`;
const POSTHOG: Marker = ['class "ph-no-capture"', "PostHog", ' className="ph-no-capture"'];

runUnderBothParsers("require-masking: markers that do nothing", rule, {
  valid: [
    // A correctly spelled marker is not a typo.
    `<input name="cardNumber" data-hj-suppress />`,
    // Marker-like names on fields that are not sensitive are none of this rule's business.
    `<input name="city" data-privte />`,
  ],
  invalid: [
    {
      code: nativePinCode,
      errors: [
        {
          messageId: "misspelledMarker",
          data: { category: "Credential", evidence: 'type="password"', written: 'accessibilitylabel="ph-no-captur"', intended: 'accessibilityLabel="ph-no-capture"', vendor: "PostHog" },
          line: 1,
          column: 42,
          endColumn: 51,
          suggestions: suggestions(nativePinCode, 50, [POSTHOG, LOGROCKET, FULLSTORY, SENTRY, HOTJAR]),
        },
      ],
    },
    {
      code: cardCode,
      errors: [
        {
          messageId: "misspelledMarker",
          data: { category: "Payment card", evidence: 'name "cardNumber"', written: "data-hj-surpress", intended: "data-hj-suppress", vendor: "Hotjar" },
          line: 1,
          column: 2,
          endColumn: 7,
          suggestions: suggestions(cardCode, 6, [HOTJAR, LOGROCKET, FULLSTORY, SENTRY]),
        },
      ],
    },
    {
      code: cvvCode,
      errors: [
        {
          messageId: "misspelledMarker",
          data: { category: "Card security code / PIN", evidence: 'name "cvv"', written: 'class "fs_exclude"', intended: 'class "fs-exclude"', vendor: "FullStory" },
          line: 1,
          column: 2,
          suggestions: suggestions(cvvCode, 6, [FULLSTORY, LOGROCKET, SENTRY, HOTJAR], {
            'class "fs-exclude"': `<input name="cvv" className="fs_exclude fs-exclude" />`,
          }),
        },
      ],
    },
    {
      code: ibanCode,
      errors: [
        {
          messageId: "wrongMarkerForm",
          data: { category: "Bank account", evidence: 'name "iban"', written: "fs-exclude", intended: 'class "fs-exclude"', vendor: "FullStory" },
          line: 1,
          column: 21,
          suggestions: suggestions(ibanCode, 25, [FULLSTORY, LOGROCKET, SENTRY, HOTJAR]),
        },
      ],
    },
    {
      code: ssnCode,
      errors: [
        {
          messageId: "wrongMarkerForm",
          data: { category: "Government ID", evidence: 'name "ssn"', written: 'class "data-private"', intended: "data-private", vendor: "LogRocket" },
          line: 1,
          column: 2,
          suggestions: suggestions(ssnCode, 6, [LOGROCKET, FULLSTORY, SENTRY, HOTJAR], {
            'class "fs-exclude"': `<input name="ssn" className="data-private fs-exclude" />`,
          }),
        },
      ],
    },
    {
      code: peselCode,
      errors: [
        {
          messageId: "misspelledMarker",
          data: { category: "Government ID", evidence: 'name "pesel"', written: 'data-dd-privacy="masked"', intended: 'data-dd-privacy="mask"', vendor: "Datadog RUM" },
          line: 1,
          column: 2,
          suggestions: suggestions(peselCode, 6, [DATADOG, LOGROCKET, FULLSTORY, SENTRY, HOTJAR]),
        },
      ],
    },
  ],
});

const dobCode = `<input name="dob" data-privte>`;
createHtmlTester().run("require-masking: markers that do nothing (HTML)", rule, {
  valid: [`<input name="cardNumber" data-private>`],
  invalid: [
    {
      code: dobCode,
      errors: [
        {
          messageId: "misspelledMarker",
          data: { category: "Date of birth", evidence: 'name "dob"', written: "data-privte", intended: "data-private", vendor: "LogRocket" },
          line: 1,
          column: 2,
          endColumn: 7,
          suggestions: suggestions(dobCode, 6, [LOGROCKET, [FULLSTORY[0], FULLSTORY[1], ' class="fs-exclude"'], SENTRY, HOTJAR]),
        },
      ],
    },
  ],
});
