import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { STRICT_REQUIRE_MASKING_OPTIONS } from "../src/rules/require-masking.js";
import { createHtmlTester } from "./helpers/rule-tester.js";
import { tagNameAt } from "./helpers/locations.js";

/**
 * `no-unmask-sensitive` on the HTML language: every vendor's unmask marker with its reach (the
 * element itself or its descendants), the cases where a vendor ignores it, recorder filtering,
 * suggestions (only where the vendor lets a mask marker win), strict categories.
 */

const rule = plugin.rules["no-unmask-sensitive"];

type MessageId = "unmasked" | "unmaskedByAncestor";

interface Case {
  name: string;
  code: string;
  needle?: string;
  messageId: MessageId;
  marker: string;
  vendor: string;
  category: string;
  evidence: string;
  /** Expected suggestion: the marker it adds and the code after it, or none. */
  fix?: { marker: string; output: string };
  settings?: Record<string, unknown>;
}

function invalid({ name, code, needle = "<input", messageId, marker, vendor, category, evidence, fix, settings }: Case) {
  return {
    name,
    code,
    ...(settings ? { settings } : {}),
    errors: [
      {
        messageId,
        data: { marker, vendor, category, evidence },
        ...tagNameAt(code, needle),
        suggestions: fix ? [{ messageId: "addMask" as const, data: { marker: fix.marker, vendor }, output: fix.output }] : [],
      },
    ],
  };
}

createHtmlTester().run("no-unmask-sensitive (HTML language, every vendor)", rule, {
  valid: [
    // Microsoft Clarity never unmasks <input>/<select>/<textarea> values.
    { name: "Clarity: data-clarity-unmask on an input", code: `<input name="card_number" data-clarity-unmask>` },
    { name: "Clarity: data-clarity-unmask above a textarea", code: `<section data-clarity-unmask><textarea name="diagnosis" aria-label="Diagnosis"></textarea></section>` },
    { name: "Clarity: data-clarity-unmask above a select", code: `<div data-clarity-unmask><label>Birth year <select name="birth_year"><option>1980</option></select></label></div>` },
    // Datadog always masks these inputs, whatever the privacy level.
    ...["password", "email", "tel", "hidden"].map((type) => ({
      name: `Datadog: allow never reaches type="${type}"`,
      code: `<form data-dd-privacy="allow"><input type="${type}" name="card_number"></form>`,
      options: [{ categories: { "contact-email": true, "contact-phone": true } }],
    })),
    { name: "Datadog: allow never reaches autocomplete=cc-*", code: `<div data-dd-privacy="allow"><input name="n" autocomplete="cc-number"><input name="c" autocomplete="billing cc-csc"></div>` },
    { name: "Datadog: allow never reaches autocomplete=*-password", code: `<div class="dd-privacy-allow"><input type="text" name="pw" autocomplete="current-password"></div>` },
    { name: "Datadog: a nearer mask level wins", code: `<div data-dd-privacy="allow"><div data-dd-privacy="mask"><input name="iban"></div></div>` },
    { name: "Datadog: hidden cannot be re-allowed", code: `<div data-dd-privacy="hidden"><div data-dd-privacy="allow"><input name="iban"></div></div>` },
    { name: "Datadog: a mask class beside allow on the same element", code: `<input name="iban" class="dd-privacy-mask" data-dd-privacy="allow">` },
    { name: "Datadog: a privacy level we cannot read", code: `<div data-dd-privacy="{{ level }}"><input name="iban"></div>` },
    // Sentry's unmask markers only work when passed in `unmask: [...]` since v8.
    { name: "Sentry: .sentry-unmask needs configuration", code: `<div class="sentry-unmask"><input name="iban"></div>` },
    { name: "Sentry: [data-sentry-unmask] needs configuration", code: `<input name="ssn" data-sentry-unmask>` },
    // Element-only markers do not reach descendants.
    { name: "Hotjar: data-hj-allow on an ancestor", code: `<div data-hj-allow><input name="card_number"></div>` },
    { name: "Hotjar: class data-hj-allow on an ancestor", code: `<div class="data-hj-allow"><input name="card_number"></div>` },
    { name: "Highlight: data-hl-record on an ancestor", code: `<div data-hl-record="true"><input name="passport_number"></div>` },
    { name: "OpenReplay: data-openreplay-unmask on an ancestor", code: `<div data-openreplay-unmask><input name="iban"></div>` },
    { name: "New Relic: nr-unmask on an ancestor", code: `<div class="nr-unmask"><input name="cvv"></div>` },
    // Form-control-only markers do nothing on editable text.
    { name: "Hotjar: data-hj-allow on a contenteditable", code: `<div contenteditable data-hj-allow aria-label="Card number"></div>` },
    { name: "New Relic: data-nr-unmask on a contenteditable", code: `<div contenteditable data-nr-unmask aria-label="Diagnosis"></div>` },
    // Mask wins over unmask (FullStory: Exclude > Mask > Unmask; Amplitude).
    { name: "FullStory: fs-mask below fs-unmask", code: `<main class="fs-unmask"><div class="fs-mask"><input name="cvc"></div></main>` },
    { name: "FullStory: fs-exclude on the field itself", code: `<main class="fs-unmask"><input name="cvc" class="fs-exclude"></main>` },
    { name: "FullStory: fs-mask above fs-unmask", code: `<div class="fs-mask"><div class="fs-unmask"><input name="cvc"></div></div>` },
    { name: "Amplitude: amp-mask beats amp-unmask", code: `<section class="amp-unmask"><input name="tin" class="amp-mask"></section>` },
    // Not sensitive, or never recorded.
    { name: "an unmasked search box", code: `<div class="fs-unmask"><input type="search" name="q"><input name="coupon_code"></div>` },
    { name: "a static password: recorders never record it", code: `<input type="password" name="password" class="fs-unmask">` },
    { name: "email is a strict-only category", code: `<input type="text" name="email" autocomplete="email" class="fs-unmask">` },
    { name: "ignoreNames", code: `<input name="test_card_number" class="fs-unmask">`, options: [{ ignoreNames: ["test_card_number"] }] },
    { name: "weak signals are off by default", code: `<input name="expiry" class="fs-unmask">` },
    // Recorder filtering: only the recorders in use count.
    { name: "recorders: a Hotjar marker when only FullStory records", code: `<input name="passport" data-hj-allow>`, settings: { "replay-privacy": { recorders: ["fullstory"] } } },
    { name: "recorders: a FullStory marker when only Datadog records", code: `<div class="fs-unmask"><input name="iban"></div>`, settings: { "replay-privacy": { recorders: ["datadog"] } } },
    { name: "an eslint-disable-next-line comment", code: `<!-- eslint-disable-next-line -- reviewed: test data only -->\n<input name="card_number" class="fs-unmask">` },
  ],
  invalid: [
    invalid({
      name: "FullStory: fs-unmask on the field; the suggestion merges fs-exclude, which wins",
      code: `<input name="card_number" class="form-control fs-unmask">`,
      messageId: "unmasked",
      marker: `class "fs-unmask"`,
      vendor: "FullStory",
      category: "payment card",
      evidence: `name "card_number"`,
      fix: { marker: `class "fs-exclude"`, output: `<input name="card_number" class="form-control fs-unmask fs-exclude">` },
    }),
    invalid({
      name: "FullStory: fs-unmask on an ancestor reaches descendants",
      code: `<main class="fs-unmask">\n  <form>\n    <label for="cc">Card number</label>\n    <input id="cc" name="cc">\n  </form>\n</main>`,
      messageId: "unmaskedByAncestor",
      marker: `class "fs-unmask"`,
      vendor: "FullStory",
      category: "payment card",
      evidence: `label "Card number"`,
      fix: { marker: `class "fs-exclude"`, output: `<main class="fs-unmask">\n  <form>\n    <label for="cc">Card number</label>\n    <input class="fs-exclude" id="cc" name="cc">\n  </form>\n</main>` },
    }),
    invalid({
      name: "FullStory: another vendor's mask does not stop FullStory's unmask",
      code: `<div class="fs-unmask"><input name="iban" data-private></div>`,
      messageId: "unmaskedByAncestor",
      marker: `class "fs-unmask"`,
      vendor: "FullStory",
      category: "bank account",
      evidence: `name "iban"`,
      fix: { marker: `class "fs-exclude"`, output: `<div class="fs-unmask"><input class="fs-exclude" name="iban" data-private></div>` },
    }),
    invalid({
      name: "Hotjar: data-hj-allow on the field",
      code: `<label>Passport number <input name="passport" data-hj-allow></label>`,
      messageId: "unmasked",
      marker: "data-hj-allow",
      vendor: "Hotjar",
      category: "government id",
      evidence: `label "Passport number"`,
    }),
    invalid({
      name: "Hotjar: data-hj-allow as a class on a textarea",
      code: `<textarea name="symptoms" class="data-hj-allow"></textarea>`,
      needle: "<textarea",
      messageId: "unmasked",
      marker: `class "data-hj-allow"`,
      vendor: "Hotjar",
      category: "health data",
      evidence: `name "symptoms"`,
    }),
    invalid({
      name: "Clarity: data-clarity-unmask on editable text",
      code: `<div contenteditable="true" data-clarity-unmask aria-label="Describe your symptoms"></div>`,
      needle: "<div",
      messageId: "unmasked",
      marker: "data-clarity-unmask",
      vendor: "Microsoft Clarity",
      category: "health data",
      evidence: `aria-label "Describe your symptoms"`,
    }),
    invalid({
      name: "Clarity: data-clarity-unmask reaches editable text below it",
      code: `<section data-clarity-unmask><p>Notes</p><div contenteditable aria-label="Diagnosis"></div></section>`,
      needle: "<div",
      messageId: "unmaskedByAncestor",
      marker: "data-clarity-unmask",
      vendor: "Microsoft Clarity",
      category: "health data",
      evidence: `aria-label "Diagnosis"`,
    }),
    invalid({
      name: "Datadog: allow on an ancestor; the suggestion masks the field, whose own level wins",
      code: `<section data-dd-privacy="allow"><input name="ssn"></section>`,
      messageId: "unmaskedByAncestor",
      marker: `data-dd-privacy="allow"`,
      vendor: "Datadog RUM",
      category: "government id",
      evidence: `name "ssn"`,
      fix: { marker: `data-dd-privacy="mask"`, output: `<section data-dd-privacy="allow"><input data-dd-privacy="mask" name="ssn"></section>` },
    }),
    invalid({
      name: "Datadog: allow on the field; the suggestion replaces the level instead of adding a second attribute",
      code: `<input name="ssn" data-dd-privacy="allow">`,
      messageId: "unmasked",
      marker: `data-dd-privacy="allow"`,
      vendor: "Datadog RUM",
      category: "government id",
      evidence: `name "ssn"`,
      fix: { marker: `data-dd-privacy="mask"`, output: `<input name="ssn" data-dd-privacy="mask">` },
    }),
    invalid({
      name: "Datadog: a nearer allow re-allows inside a masked ancestor",
      code: `<div data-dd-privacy="mask"><div class="dd-privacy-allow"><input name="date_of_birth"></div></div>`,
      messageId: "unmaskedByAncestor",
      marker: `class "dd-privacy-allow"`,
      vendor: "Datadog RUM",
      category: "date of birth",
      evidence: `name "date_of_birth"`,
      fix: { marker: `data-dd-privacy="mask"`, output: `<div data-dd-privacy="mask"><div class="dd-privacy-allow"><input data-dd-privacy="mask" name="date_of_birth"></div></div>` },
    }),
    invalid({
      name: "Datadog: a type that may be text is not always masked",
      code: `<div data-dd-privacy="allow"><input type="{{ kind }}" name="password"></div>`,
      messageId: "unmaskedByAncestor",
      marker: `data-dd-privacy="allow"`,
      vendor: "Datadog RUM",
      category: "credential",
      evidence: `name "password"`,
      fix: { marker: `data-dd-privacy="mask"`, output: `<div data-dd-privacy="allow"><input data-dd-privacy="mask" type="{{ kind }}" name="password"></div>` },
    }),
    invalid({
      name: "Amplitude: amp-unmask on an ancestor; amp-mask wins",
      code: `<section class="amp-unmask"><label>Tax identification number <input name="tin"></label></section>`,
      messageId: "unmaskedByAncestor",
      marker: `class "amp-unmask"`,
      vendor: "Amplitude Session Replay",
      category: "government id",
      evidence: `label "Tax identification number"`,
      fix: { marker: `class "amp-mask"`, output: `<section class="amp-unmask"><label>Tax identification number <input class="amp-mask" name="tin"></label></section>` },
    }),
    invalid({
      name: "Highlight: data-hl-record on the field",
      code: `<input name="drivers_license_number" data-hl-record="true">`,
      messageId: "unmasked",
      marker: "data-hl-record",
      vendor: "Highlight.io",
      category: "government id",
      evidence: `name "drivers_license_number"`,
    }),
    invalid({
      name: "OpenReplay: data-openreplay-unmask on the field",
      code: `<input name="bank_account_number" data-openreplay-unmask>`,
      messageId: "unmasked",
      marker: "data-openreplay-unmask",
      vendor: "OpenReplay",
      category: "bank account",
      evidence: `name "bank_account_number"`,
    }),
    invalid({
      name: "New Relic: nr-unmask class on the field",
      code: `<input name="cvv" class="nr-unmask">`,
      messageId: "unmasked",
      marker: `class "nr-unmask"`,
      vendor: "New Relic Browser",
      category: "card security code / pin",
      evidence: `name "cvv"`,
    }),
    invalid({
      name: "New Relic: data-nr-unmask on a select",
      code: `<form><input name="card_number" class="nr-block"><select name="card_exp_month" data-nr-unmask><option>01</option></select></form>`,
      needle: "<select",
      messageId: "unmasked",
      marker: "data-nr-unmask",
      vendor: "New Relic Browser",
      category: "payment card",
      evidence: `name "card_exp_month"`,
    }),
    invalid({
      name: "recorders: the vendor in use is reported",
      code: `<input name="passport" data-hj-allow>`,
      messageId: "unmasked",
      marker: "data-hj-allow",
      vendor: "Hotjar",
      category: "government id",
      evidence: `name "passport"`,
      settings: { "replay-privacy": { recorders: ["hotjar", "fullstory"] } },
    }),
    invalid({
      name: "a show-password toggle under fs-unmask",
      code: `<div class="fs-unmask"><input type="{{ 'text' if show else 'password' }}" name="pw"></div>`,
      messageId: "unmaskedByAncestor",
      marker: `class "fs-unmask"`,
      vendor: "FullStory",
      category: "credential",
      evidence: `type="password"`,
      fix: { marker: `class "fs-exclude"`, output: `<div class="fs-unmask"><input class="fs-exclude" type="{{ 'text' if show else 'password' }}" name="pw"></div>` },
    }),
    invalid({
      name: "an unmask marker inside a template conditional still may unmask",
      code: `<div {% if debug %}class="fs-unmask"{% endif %}><input name="iban"></div>`,
      messageId: "unmaskedByAncestor",
      marker: `class "fs-unmask"`,
      vendor: "FullStory",
      category: "bank account",
      evidence: `name "iban"`,
      fix: { marker: `class "fs-exclude"`, output: `<div {% if debug %}class="fs-unmask"{% endif %}><input class="fs-exclude" name="iban"></div>` },
    }),
    {
      name: "two fields under one unmasked section: each is reported",
      code: `<section data-dd-privacy="allow">\n  <input name="ssn">\n  <input name="iban">\n  <input name="q" type="search">\n</section>`,
      errors: [
        { messageId: "unmaskedByAncestor", line: 2, column: 4, endLine: 2, endColumn: 9, suggestions: [{ messageId: "addMask", output: `<section data-dd-privacy="allow">\n  <input data-dd-privacy="mask" name="ssn">\n  <input name="iban">\n  <input name="q" type="search">\n</section>` }] },
        { messageId: "unmaskedByAncestor", line: 3, column: 4, endLine: 3, endColumn: 9, suggestions: [{ messageId: "addMask", output: `<section data-dd-privacy="allow">\n  <input name="ssn">\n  <input data-dd-privacy="mask" name="iban">\n  <input name="q" type="search">\n</section>` }] },
      ],
    },
  ],
});

// configs.strict checks every category and weak signals.
const STRICT_OPTIONS = plugin.configs.strict.flatMap((config) => Object.entries(config.rules ?? {})).find(([name]) => name === "replay-privacy/no-unmask-sensitive")?.[1];

createHtmlTester().run("no-unmask-sensitive (HTML language, strict categories)", rule, {
  valid: [{ name: "recommended: an email field may be unmasked", code: `<input name="email" type="text" class="fs-unmask">` }],
  invalid: [
    {
      name: "strict: an email field",
      code: `<input name="email" type="text" class="fs-unmask">`,
      options: [{ categories: STRICT_REQUIRE_MASKING_OPTIONS.categories, weakSignals: true }],
      errors: [{ messageId: "unmasked", data: { category: "email address", marker: `class "fs-unmask"`, vendor: "FullStory", evidence: `name "email"` }, suggestions: [{ messageId: "addMask", output: `<input name="email" type="text" class="fs-unmask fs-exclude">` }] }],
    },
    {
      name: "strict: a postal address under Datadog allow",
      code: `<div data-dd-privacy="allow"><input name="street_address" autocomplete="street-address"></div>`,
      options: [{ categories: { address: true } }],
      errors: [{ messageId: "unmaskedByAncestor", data: { category: "postal address", marker: `data-dd-privacy="allow"`, vendor: "Datadog RUM", evidence: `autocomplete="street-address"` }, suggestions: [{ messageId: "addMask", output: `<div data-dd-privacy="allow"><input data-dd-privacy="mask" name="street_address" autocomplete="street-address"></div>` }] }],
    },
    {
      name: "weakSignals: a bare expiry field",
      code: `<input name="expiry" class="fs-unmask">`,
      options: [{ weakSignals: true }],
      errors: [{ messageId: "unmasked", suggestions: [{ messageId: "addMask", output: `<input name="expiry" class="fs-unmask fs-exclude">` }] }],
    },
  ],
});

describe("no-unmask-sensitive and require-masking together (configs.recommended)", () => {
  const linter = new Linter();
  const lint = (code: string, config: readonly Linter.Config[] = plugin.configs.recommended): string[] =>
    linter
      .verify(code, [...config], { filename: "account.html" })
      .filter((m) => m.ruleId?.startsWith("replay-privacy/"))
      .map((m) => `${m.line} ${m.ruleId} ${m.messageId}`);

  const page = [
    `<main class="fs-unmask">`,
    `  <input name="card_number">`,
    `  <div class="fs-mask"><input name="cvc"></div>`,
    `</main>`,
    `<section data-clarity-unmask><input name="iban"></section>`,
    `<section data-dd-privacy="allow">`,
    `  <input name="ssn">`,
    `  <input name="cc" autocomplete="cc-number">`,
    `</section>`,
    `<input name="passport" data-hj-allow>`,
    `<div class="sentry-unmask"><input name="tax_id"></div>`,
  ].join("\n");

  it("a field with an effective unmask marker is reported once, by no-unmask-sensitive only", () => {
    expect(lint(page)).toEqual([
      "2 replay-privacy/no-unmask-sensitive unmaskedByAncestor",
      "5 replay-privacy/require-masking unmasked",
      "7 replay-privacy/no-unmask-sensitive unmaskedByAncestor",
      "8 replay-privacy/require-masking unmasked",
      "10 replay-privacy/no-unmask-sensitive unmasked",
      "11 replay-privacy/require-masking unmasked",
    ]);
  });

  it("configs.strict also runs both rules with the strict categories", () => {
    expect(STRICT_OPTIONS).toEqual(["error", { categories: STRICT_REQUIRE_MASKING_OPTIONS.categories, weakSignals: true }]);
    expect(lint(`<input name="email" type="text" class="fs-unmask">\n<input name="phone" type="text">`, plugin.configs.strict)).toEqual([
      "1 replay-privacy/no-unmask-sensitive unmasked",
      "2 replay-privacy/require-masking unmasked",
    ]);
  });
});
