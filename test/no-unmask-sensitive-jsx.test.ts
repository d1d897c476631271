import plugin from "../src/index.js";
import { runUnderBothParsers } from "./helpers/rule-tester.js";
import { tagNameAt } from "./helpers/locations.js";

/**
 * `no-unmask-sensitive` in JSX/TSX, under espree and typescript-eslint: every vendor's unmask marker
 * and its reach, the vendors' exceptions, recorder filtering, suggestions.
 */

const rule = plugin.rules["no-unmask-sensitive"];

type MessageId = "unmasked" | "unmaskedByAncestor";

function invalid(name: string, code: string, messageId: MessageId, data: Record<string, string>, options: { needle?: string; output?: string; settings?: Record<string, unknown> } = {}) {
  const { needle = "<input", output, settings } = options;
  return {
    name,
    code,
    ...(settings ? { settings } : {}),
    errors: [{ messageId, data, ...tagNameAt(code, needle), suggestions: output ? [{ messageId: "addMask" as const, output }] : [] }],
  };
}

const component = (jsx: string): string => `export function Form({ debug, show }) {\n  return (\n    ${jsx}\n  );\n}\n`;

runUnderBothParsers("no-unmask-sensitive (JSX)", rule, {
  valid: [
    { name: "Clarity never unmasks input values", code: component(`<section data-clarity-unmask><input name="card_number" /></section>`) },
    { name: "Clarity on the input itself", code: component(`<input name="iban" data-clarity-unmask="" />`) },
    { name: "Datadog always masks type=password/email/tel/hidden", code: component(`<div data-dd-privacy="allow"><input type="tel" name="card_number" /><input type="hidden" name="ssn" /></div>`) },
    { name: "Datadog always masks autocomplete cc-*", code: component(`<div data-dd-privacy="allow"><input autoComplete="cc-csc" name="cvc" /></div>`) },
    { name: "Datadog: a nearer mask wins", code: component(`<div data-dd-privacy="allow"><div data-dd-privacy="mask-user-input"><input name="iban" /></div></div>`) },
    { name: "Datadog: hidden is final", code: component(`<div className="dd-privacy-hidden"><div className="dd-privacy-allow"><input name="iban" /></div></div>`) },
    { name: "Sentry's unmask markers need configuration", code: component(`<div className="sentry-unmask"><input name="ssn" data-sentry-unmask /></div>`) },
    { name: "Hotjar's allow does not reach descendants", code: component(`<div data-hj-allow><input name="passport_number" /></div>`) },
    { name: "Highlight's record attribute does not reach descendants", code: component(`<div data-hl-record="true"><input name="ssn" /></div>`) },
    { name: "OpenReplay's unmask does not reach descendants", code: component(`<div data-openreplay-unmask><input name="iban" /></div>`) },
    { name: "New Relic's unmask does not reach descendants", code: component(`<div className="nr-unmask"><input name="cvv" /></div>`) },
    { name: "FullStory: mask wins over unmask", code: component(`<main className="fs-unmask"><div className="fs-mask"><input name="cvc" /></div></main>`) },
    { name: "Amplitude: mask wins over unmask", code: component(`<div className="amp-unmask"><input name="iban" className="amp-mask" /></div>`) },
    { name: "a static password is never recorded", code: component(`<input type="password" name="password" className="fs-unmask" />`) },
    { name: "harmless fields", code: component(`<div className="fs-unmask"><input type="search" name="q" /><input name="coupon" /></div>`) },
    { name: "recorders: only vendors in use count", code: component(`<input name="passport" data-hj-allow />`), settings: { "replay-privacy": { recorders: ["sentry"] } } },
    { name: "ignoreNames", code: component(`<input name="demo_card_number" className="fs-unmask" />`), options: [{ ignoreNames: ["demo_card_number"] }] },
  ],
  invalid: [
    invalid(
      "FullStory: fs-unmask in a static className; fs-exclude merges in",
      component(`<input name="card_number" className="form-control fs-unmask" />`),
      "unmasked",
      { marker: `class "fs-unmask"`, vendor: "FullStory", category: "payment card", evidence: `name "card_number"` },
      { output: component(`<input name="card_number" className="form-control fs-unmask fs-exclude" />`) },
    ),
    invalid(
      "FullStory: fs-unmask on an ancestor",
      component(`<main className="fs-unmask"><label>IBAN <input name="iban" /></label></main>`),
      "unmaskedByAncestor",
      { marker: `class "fs-unmask"`, vendor: "FullStory", category: "bank account", evidence: `name "iban"` },
      { output: component(`<main className="fs-unmask"><label>IBAN <input className="fs-exclude" name="iban" /></label></main>`) },
    ),
    invalid(
      "FullStory: fs-unmask in clsx()",
      component(`<input name="ssn" className={clsx("input", "fs-unmask")} />`),
      "unmasked",
      { marker: `class "fs-unmask"`, vendor: "FullStory", category: "government id", evidence: `name "ssn"` },
      { output: component(`<input name="ssn" className={clsx("input", "fs-unmask", "fs-exclude")} />`) },
    ),
    invalid(
      "FullStory: a conditional fs-unmask may still unmask",
      component(`<div className={debug ? "fs-unmask" : ""}><input name="iban" /></div>`),
      "unmaskedByAncestor",
      { marker: `class "fs-unmask"`, vendor: "FullStory", category: "bank account", evidence: `name "iban"` },
      { output: component(`<div className={debug ? "fs-unmask" : ""}><input className="fs-exclude" name="iban" /></div>`) },
    ),
    invalid(
      "Hotjar: data-hj-allow on the field",
      component(`<input name="passport" data-hj-allow />`),
      "unmasked",
      { marker: "data-hj-allow", vendor: "Hotjar", category: "government id", evidence: `name "passport"` },
    ),
    invalid(
      "Hotjar: data-hj-allow as a class on a textarea",
      component(`<textarea name="symptoms" className="data-hj-allow" />`),
      "unmasked",
      { marker: `class "data-hj-allow"`, vendor: "Hotjar", category: "health data", evidence: `name "symptoms"` },
      { needle: "<textarea" },
    ),
    invalid(
      "Clarity: data-clarity-unmask on editable text",
      component(`<div contentEditable aria-label="Diagnosis" data-clarity-unmask />`),
      "unmasked",
      { marker: "data-clarity-unmask", vendor: "Microsoft Clarity", category: "health data", evidence: `aria-label "Diagnosis"` },
      { needle: "<div" },
    ),
    invalid(
      "Datadog: allow on an ancestor; the field's own mask level wins",
      component(`<section data-dd-privacy="allow"><input name="ssn" /></section>`),
      "unmaskedByAncestor",
      { marker: `data-dd-privacy="allow"`, vendor: "Datadog RUM", category: "government id", evidence: `name "ssn"` },
      { output: component(`<section data-dd-privacy="allow"><input data-dd-privacy="mask" name="ssn" /></section>`) },
    ),
    invalid(
      "Datadog: a show-password toggle is not always a password",
      component(`<div className="dd-privacy-allow"><input name="password" type={show ? "text" : "password"} /></div>`),
      "unmaskedByAncestor",
      { marker: `class "dd-privacy-allow"`, vendor: "Datadog RUM", category: "credential", evidence: `type="password"` },
      { output: component(`<div className="dd-privacy-allow"><input data-dd-privacy="mask" name="password" type={show ? "text" : "password"} /></div>`) },
    ),
    invalid(
      "Amplitude: amp-unmask on an ancestor",
      component(`<div className="amp-unmask"><input name="tax_id" /></div>`),
      "unmaskedByAncestor",
      { marker: `class "amp-unmask"`, vendor: "Amplitude Session Replay", category: "government id", evidence: `name "tax_id"` },
      { output: component(`<div className="amp-unmask"><input className="amp-mask" name="tax_id" /></div>`) },
    ),
    invalid(
      "Highlight: data-hl-record on the field",
      component(`<input name="drivers_license_number" data-hl-record="true" />`),
      "unmasked",
      { marker: "data-hl-record", vendor: "Highlight.io", category: "government id", evidence: `name "drivers_license_number"` },
    ),
    invalid(
      "OpenReplay: data-openreplay-unmask on the field",
      component(`<input name="bank_account_number" data-openreplay-unmask="" />`),
      "unmasked",
      { marker: "data-openreplay-unmask", vendor: "OpenReplay", category: "bank account", evidence: `name "bank_account_number"` },
    ),
    invalid(
      "New Relic: nr-unmask on the field",
      component(`<input name="cvv" className="nr-unmask" />`),
      "unmasked",
      { marker: `class "nr-unmask"`, vendor: "New Relic Browser", category: "card security code / pin", evidence: `name "cvv"` },
    ),
    invalid(
      "recorders: the vendor in use",
      component(`<input name="passport" data-hj-allow />`),
      "unmasked",
      { marker: "data-hj-allow", vendor: "Hotjar", category: "government id", evidence: `name "passport"` },
      { settings: { "replay-privacy": { recorders: ["hotjar"] } } },
    ),
  ],
});
