import { parse } from "@typescript-eslint/parser";
import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { keyText, textOf } from "../../src/front-ends/jsx/text.js";
import rule from "../../src/rules/require-masking.js";
import { runUnderBothParsers } from "../helpers/rule-tester.js";

/**
 * The JSX front end, by what it reads: i18n label text, `contentEditable`, spreads and inner-input
 * props, class helpers, captions, group questions and mapped constant lists. Every case names one
 * recorder, so each report carries exactly one quick fix whose output is checked.
 */

type Rule = Parameters<typeof runUnderBothParsers>[1];
type Tests = Parameters<typeof runUnderBothParsers>[2];
const RULE = rule as unknown as Rule;

const LOGROCKET = { "replay-privacy": { recorders: ["logrocket"] } };
const FULLSTORY = { "replay-privacy": { recorders: ["fullstory"] } };

const CARD = "Payment card";
const CVC = "Card security code / PIN";
const GOV = "Government ID";
const BANK = "Bank account";
const HEALTH = "Health data";
const OTP = "One-time code";
const CREDENTIAL = "Credential";
const SPECIAL = "Special-category data (GDPR Art. 9)";
const CRIMINAL = "Criminal-record data";

/** Offset just after the tag name of the `nth` start tag that begins with `anchor` (`<input`, `<TextField`). */
function afterTagName(code: string, anchor: string, nth: number): number {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = code.indexOf(anchor, index + 1);
  if (index < 0) throw new Error(`${anchor} (#${nth}) not in ${code}`);
  const name = /^<([\w.:]+)/u.exec(code.slice(index))?.[1] ?? "";
  return index + 1 + name.length;
}

function locationOf(code: string, anchor: string, nth: number) {
  const end = afterTagName(code, anchor, nth);
  let start = end;
  while (start > 0 && code[start - 1] !== "<") start--;
  const lineOf = (offset: number) => code.slice(0, offset).split("\n").length;
  const columnOf = (offset: number) => offset - code.lastIndexOf("\n", offset - 1);
  return { line: lineOf(start), column: columnOf(start), endLine: lineOf(end), endColumn: columnOf(end) };
}

interface ReportOptions {
  nth?: number;
  /** The recorder whose quick fix is expected (and which alone is configured). */
  recorder?: "logrocket" | "fullstory";
  messageId?: "unmasked" | "conditional";
  /** For `conditional`: the marker found under a condition. */
  marker?: string;
  /** The FullStory fix's output when the class is merged into an existing `className`; null: no class fix. */
  classOutput?: string | null;
}

/** One expected report on the `nth` element starting with `anchor`, with its one quick fix. */
function report(code: string, anchor: string, category: string, evidence: string, options: ReportOptions = {}) {
  const nth = options.nth ?? 0;
  const at = afterTagName(code, anchor, nth);
  const data: Record<string, string> = { category, evidence };
  if (options.marker !== undefined) data.marker = options.marker;
  const suggestions =
    options.recorder === "fullstory"
      ? options.classOutput === null
        ? []
        : [{ messageId: "addMarker", data: { marker: 'class "fs-exclude"', vendor: "FullStory" }, output: options.classOutput ?? `${code.slice(0, at)} className="fs-exclude"${code.slice(at)}` }]
      : [{ messageId: "addMarker", data: { marker: "data-private", vendor: "LogRocket" }, output: `${code.slice(0, at)} data-private${code.slice(at)}` }];
  return { messageId: options.messageId ?? "unmasked", data, ...locationOf(code, anchor, nth), suggestions };
}

/** An invalid case with one report. */
function invalid(name: string, code: string, anchor: string, category: string, evidence: string, options: ReportOptions & { options?: unknown[] } = {}) {
  return {
    name,
    code,
    ...(options.options ? { options: options.options } : {}),
    settings: options.recorder === "fullstory" ? FULLSTORY : LOGROCKET,
    errors: [report(code, anchor, category, evidence, options)],
  };
}

function valid(name: string, code: string, settings: Record<string, unknown> = LOGROCKET) {
  return { name, code, settings };
}

function run(title: string, tests: Tests): void {
  runUnderBothParsers(`require-masking: ${title}`, RULE, tests);
}

// ---------------------------------------------------------------------------------------------
// Label text from i18n helpers and message components.
// ---------------------------------------------------------------------------------------------

run("i18n label text", {
  valid: [
    valid("a formatter that is not an i18n helper contributes no label text", `<label>{formatCurrency(tipAmount)}<input name="tip" /></label>`),
    valid("a gift card message key is not a payment card field", `<label>{t("checkout.giftCard.message")}<textarea name="giftMessage" /></label>`),
    valid("an i18nKey held in a variable gives no text", `<label><Trans i18nKey={keys.iban} /><input /></label>`),
    valid("another object's property passed to a translator is a variable, not a message key", `<label>{t(keys.iban)}<input /></label>`),
    valid("a tagged template that is no translation (styled, css) is no label text", "<label>{css`card-number`}<input /></label>"),
    valid("a localized message for a harmless text", `<label>{Utils.localizeMessage("search.placeholder", "Search")}<input /></label>`),
    valid("a message descriptor named for a harmless text", `<label>{intl.formatMessage(messages.title)}<input /></label>`),
    valid("a descriptor of any object handed to formatMessage, named for a harmless text", `<label>{formatMessage(card.title)}<input /></label>`),
  ],
  invalid: [
    invalid("a member-call translator (`i18n.t`) reads the key without its generic `label` segment", `<label>{i18n.t("kyc.ssn.label")}<input /></label>`, "<input", GOV, 'label "kyc ssn"'),
    invalid(
      "Mattermost's localizeMessage(id, default) gives its key and its default text",
      `<label>{Utils.localizeMessage("payment_form.name_on_card", "Name on Card")}<input /></label>`,
      "<input",
      CARD,
      'label "payment_form name_on_card Name on Card"',
    ),
    invalid("a one-segment key keeps its field name after the generic segment is dropped", `<label>{t("iban.label")}<input /></label>`, "<input", BANK, 'label "iban"'),
    invalid(
      "formatMessage's argument is a message descriptor whatever its object is called (island.is: `card.cardNumber`)",
      `<label>{formatMessage(card.cardNumber)}<input /></label>`,
      "<input",
      CARD,
      'label "cardNumber"',
    ),
    invalid(
      "a formatMessage descriptor gives its id key and default message, past a spread",
      `<label>{intl.formatMessage({ id: "checkout.cvc", defaultMessage: "Security code", ...extra })}<input /></label>`,
      "<input",
      CVC,
      'label "checkout cvc Security code"',
    ),
    invalid(
      "a formatMessage descriptor with quoted keys reads the same",
      `<label>{intl.formatMessage({ "id": "checkout.cvc", "defaultMessage": "Security code" })}<input /></label>`,
      "<input",
      CVC,
      'label "checkout cvc Security code"',
    ),
    invalid("a FormattedMessage id written as an expression is read as a key", `<label><FormattedMessage id={"kyc.passportNumber"} /><input /></label>`, "<input", GOV, 'label "kyc passportNumber"'),
    invalid("ttag: a translated tagged template is label text", "<label>{c(\"Label\").t`Card number`}<input /></label>", "<input", CARD, 'label "Card number"'),
    invalid("react-intl: a message descriptor looked up by its key", `<label>{intl.formatMessage(messages["account.settings.field.dob.month"])}<select name="month" /></label>`, "<select", "Date of birth", 'label "dob month"'),
    invalid("react-intl: a message descriptor's name in defineMessages", `<label>{intl.formatMessage(messages.cardNumber)}<input /></label>`, "<input", CARD, 'label "cardNumber"'),
    invalid("a numeric message id is no text; the default message is", `<label><FormattedMessage id={42} defaultMessage="IBAN" /><input /></label>`, "<input", BANK, 'label "IBAN"'),
    invalid("text inside a namespaced element (fbt:param) is label text", `<label><fbt:param name="x">Card number</fbt:param><input /></label>`, "<input", CARD, 'label "Card number"'),
    invalid("text inside a fragment is label text", `<label><>Card number</><input /></label>`, "<input", CARD, 'label "Card number"'),
    invalid("a template literal without interpolations is label text", "<label>{`Card number`}<input /></label>", "<input", CARD, 'label "Card number"'),
    invalid("the fallback of `||` is label text", `<label>{labels.iban || "IBAN"}<input /></label>`, "<input", BANK, 'label "IBAN"'),
    invalid("a constant shown as label text is resolved", `const CARD_LABEL = "Card number";\n<label>{CARD_LABEL}<input /></label>`, "<input", CARD, 'label "Card number"'),
  ],
});

describe("label text helpers", () => {
  /** The first expression statement of `code`, parsed as JSX. */
  const expression = (code: string): TSESTree.Expression => {
    const program = parse(code, { jsx: true, range: true, loc: true });
    const statement = program.body[0];
    if (statement?.type !== "ExpressionStatement") throw new Error(code);
    return statement.expression;
  };

  it("reduces i18n keys to the field's words", () => {
    expect(keyText("checkout.payment.cardNumber.label")).toBe("payment cardNumber");
    expect(keyText("settings/bank:iban.helperText")).toBe("bank iban");
    expect(keyText("iban.label")).toBe("iban");
    // Not a key: returned as written.
    expect(keyText("Card number")).toBe("Card number");
  });

  it("skips non-string literals and reads both arms of a conditional", () => {
    expect(textOf(expression(`<span>Address line {2}{null}</span>`))).toBe("Address line");
    expect(textOf(expression(`<span>{business ? "Company tax ID" : "Social security number"}</span>`))).toBe("Company tax ID Social security number");
  });

  it("reads template literals through their interpolations", () => {
    expect(textOf(expression("`Card ${t(\"checkout.number\")} ending`"))).toBe("Card ending checkout number");
  });

  it("ignores calls that are neither named translators nor member translators", () => {
    expect(textOf(expression(`<span>{getT()("kyc.ssn")}{format("kyc.ssn")}</span>`))).toBe("");
  });

  it("does not read the content of controls, or the id of components that are not message components", () => {
    expect(textOf(expression(`<div><button>Use card number</button><Badge id="kyc.ssn" label="Verified" /></div>`))).toBe("Verified");
  });

  it("stops reading after 240 characters", () => {
    const long = "Terms ".repeat(50).trim();
    const text = textOf(expression(`<span><span>${long}</span><span>Card number</span></span>`));
    expect(text).toHaveLength(240);
    expect(text).not.toContain("Card number");
  });

  it("stops descending after eight levels of nesting", () => {
    const nested = (depth: number) => `${"<span>".repeat(depth)}Card number${"</span>".repeat(depth)}`;
    expect(textOf(expression(nested(8)))).toBe("Card number");
    expect(textOf(expression(nested(10)))).toBe("");
  });
});

// ---------------------------------------------------------------------------------------------
// contentEditable regions.
// ---------------------------------------------------------------------------------------------

run("contentEditable", {
  valid: [
    valid('contentEditable="false" is not an editable field', `<div contentEditable="false" aria-label="Medical history" />`),
    valid("contentEditable={false} is not an editable field", `<div contentEditable={false} aria-label="Medical history" />`),
  ],
  invalid: [
    invalid('contentEditable="true" makes a region a field', `<div contentEditable="true" aria-label="Medical history" />`, "<div", HEALTH, 'aria-label "Medical history"'),
    invalid("contentEditable={true} makes a region a field", `<div contentEditable={true} aria-label="Medical history" />`, "<div", HEALTH, 'aria-label "Medical history"'),
    invalid('contentEditable={"plaintext-only"} makes a region a field', `<div contentEditable={"plaintext-only"} aria-label="Medical history" />`, "<div", HEALTH, 'aria-label "Medical history"'),
    invalid("contentEditable bound to state may be on", `<div contentEditable={editing} aria-label="Medical history" />`, "<div", HEALTH, 'aria-label "Medical history"'),
    invalid('a polymorphic as={"input"} written as an expression is a field', `<Box as={"input"} name="cvc" />`, "<Box", CVC, 'name "cvc"'),
  ],
});

// ---------------------------------------------------------------------------------------------
// Attributes: ids paired with labels, spreads, inner-input props, label props.
// ---------------------------------------------------------------------------------------------

run("attributes and spreads", {
  valid: [
    valid("a marker after a spread inside inputProps counts", `<TextField label="IBAN" inputProps={{ ...inputProps, "data-private": true }} />`),
    valid("a class from a spread constant counts, extra spaces and all", `const attrs = { className: " form-control  fs-exclude" };\n<input name="iban" {...attrs} />`, FULLSTORY),
    valid("inputProps from a constant object count", `const MASKED = { "data-private": true };\n<TextField label="IBAN" inputProps={MASKED} />`),
    valid(
      "the htmlInput slot is read past other slots, spreads and computed keys",
      `<TextField label="IBAN" slotProps={{ inputLabel: { shrink: true }, ...slots, [key]: {}, htmlInput: { "data-private": true } }} />`,
    ),
    valid("a label prop from an unknown variable says nothing", `<TextField label={fieldLabel} name="nickname" />`),
    valid("a spread of an arbitrary helper names nothing", `<input {...omit(props, "cvc")} />`),
  ],
  invalid: [
    invalid("a label pairs with an id written as a string expression", `<form><label htmlFor={"field-7"}>IBAN</label><input id={"field-7"} /></form>`, "<input", BANK, 'label "IBAN"'),
    invalid("a label pairs with an id written as a plain template literal", "<form><label htmlFor={`field-7`}>IBAN</label><input id={`field-7`} /></form>", "<input", BANK, 'label "IBAN"'),
    invalid("a label pairs with an id written as the same non-string expression", `<form><label htmlFor={7}>IBAN</label><input id={7} /></form>`, "<input", BANK, 'label "IBAN"'),
    invalid("a label without a htmlFor value names no element", `<form><label htmlFor>IBAN</label><input name="payout" id={"payout-iban"} /></form>`, "<input", BANK, 'id "payout-iban"'),
    invalid("a namespaced attribute is passed over", `<input name="iban" xml:lang="de" />`, "<input", BANK, 'name "iban"'),
    invalid("a naming call without arguments leaves the field's own name", `<input name="cvc" {...register()} />`, "<input", CVC, 'name "cvc"'),
    invalid("a naming call with a spread argument leaves the aria-label", `<input {...register(...path)} aria-label="CVC" />`, "<input", CVC, 'aria-label "CVC"'),
    invalid("a computed register call names nothing, the aria-label still does", `<input {...methods["register"]("nickname")} aria-label="Card number" />`, "<input", CARD, 'aria-label "Card number"'),
    invalid("a computed key in inputProps is not a marker", `<TextField label="IBAN" inputProps={{ [MASK]: true }} />`, "<TextField", BANK, 'label "IBAN"'),
    invalid("inputProps from props are unknown, not a marker", `<TextField label="IBAN" inputProps={props.inputProps} />`, "<TextField", BANK, 'label "IBAN"'),
    invalid("inputProps from a constant array are not attributes", `const ATTRS = ["data-private"];\n<TextField label="IBAN" inputProps={ATTRS} />`, "<TextField", BANK, 'label "IBAN"'),
    invalid("a spread constant with a null className still gives its id", `const attrs = { className: null, id: "iban" };\n<input {...attrs} />`, "<input", BANK, 'id "iban"'),
    invalid("a JSX element as a label prop value is label text", `<TextField label=<b>IBAN</b> />`, "<TextField", BANK, 'label "IBAN"'),
    invalid("a JSX element in another prop is not label text", `<TextField label="IBAN" startAdornment=<LockIcon /> />`, "<TextField", BANK, 'label "IBAN"'),
    invalid("a label prop from an unknown variable leaves the name as evidence", `<TextField label={fieldLabel} name="iban" />`, "<TextField", BANK, 'name "iban"'),
  ],
});

// ---------------------------------------------------------------------------------------------
// Classes and the class quick fix.
// ---------------------------------------------------------------------------------------------

run("class helpers and class fixes", {
  valid: [
    valid("a class helper called as a member (`styles.cn`) counts", `<input name="cvc" className={styles.cn("input", "fs-exclude")} />`, FULLSTORY),
    valid("a class array is read past spreads", `<input name="cvc" className={clsx([...base, "fs-exclude"])} />`, FULLSTORY),
    valid("a helper's spread arguments are passed over", `<input name="cvc" className={clsx(...base, "fs-exclude")} />`, FULLSTORY),
    valid(
      "an object of classes is read past spreads, computed and conditional keys",
      `<input name="cvc" className={cn({ ...variants, [styles.masked]: true, active: isActive, "fs-exclude": true })} />`,
      FULLSTORY,
    ),
  ],
  invalid: [
    invalid("a member call that is not a class helper proves nothing", `<input name="cvc" className={styles.input("fs-exclude")} />`, "<input", CVC, 'name "cvc"', { recorder: "fullstory", classOutput: null }),
    invalid("a call of a call proves nothing", `<input name="cvc" className={getClasses()("fs-exclude")} />`, "<input", CVC, 'name "cvc"', { recorder: "fullstory", classOutput: null }),
    invalid("a word glued to an interpolation is no class", "<input name=\"cvc\" className={`fs-${mode}`} />", "<input", CVC, 'name "cvc"', {
      recorder: "fullstory",
      classOutput: "<input name=\"cvc\" className={`fs-${mode} fs-exclude`} />",
    }),
    invalid("a fallback class after `??` applies only sometimes", `<input name="cvc" className={props.className ?? "fs-exclude"} />`, "<input", CVC, 'name "cvc"', {
      recorder: "fullstory",
      messageId: "conditional",
      marker: 'class "fs-exclude"',
      classOutput: null,
    }),
    invalid("the class fix fills an empty className", `<input name="cvc" className="" />`, "<input", CVC, 'name "cvc"', { recorder: "fullstory", classOutput: `<input name="cvc" className="fs-exclude" />` }),
    invalid("the class fix adds no second space after a trailing one", `<input name="cvc" className="form-input " />`, "<input", CVC, 'name "cvc"', {
      recorder: "fullstory",
      classOutput: `<input name="cvc" className="form-input fs-exclude" />`,
    }),
    invalid("no class fix for a helper call without arguments", `<input name="cvc" className={clsx()} />`, "<input", CVC, 'name "cvc"', { recorder: "fullstory", classOutput: null }),
  ],
});

// ---------------------------------------------------------------------------------------------
// Captions, group questions, nested fields.
// ---------------------------------------------------------------------------------------------

const ethnicityGroup = `<RadioGroup name="ethnicity"><Radio name="ethnicity" value="asian" /><Radio value="white" /></RadioGroup>`;

run("captions and groups", {
  valid: [
    valid(
      "a long instruction sentence before a field is content, not its caption",
      `<div>Card number is the sixteen digit number on the front of the card, it should be typed without spaces or dashes, exactly as printed on the plastic <input /></div>`,
    ),
    valid(
      "a long paragraph before a field is content, not its caption",
      `<div><p>Please enter the card number exactly as printed on the front of your card, without spaces or dashes, so that your payment can be processed.</p><input /></div>`,
    ),
    valid("an aria-labelledby that names no element gives no label", `<input aria-labelledby="missing" name="nickname" />`),
    valid("a fieldset without a legend asks no question", `<fieldset><label><input type="radio" name="q7" value="yes" /> Yes</label></fieldset>`),
    valid("a legend holding only an icon asks no question", `<fieldset><legend><HelpIcon /></legend><label><input type="radio" name="q7" value="yes" /> Yes</label></fieldset>`),
    valid("a radiogroup without a name asks no question", `<div role="radiogroup"><label><input type="radio" name="q9" value="yes" /> Yes</label></div>`),
    valid("a radiogroup labelled by a missing element asks no question", `<div role="radiogroup" aria-labelledby="nowhere"><label><input type="radio" name="q9" value="yes" /> Yes</label></div>`),
    valid("a coupon code caption is not sensitive", `<div>Coupon code <input name="coupon" /></div>`),
  ],
  invalid: [
    invalid("bare text before a field is its caption", `<div>Card number <input /></div>`, "<input", CARD, 'label "Card number"'),
    invalid("an element without text is passed over on the way to the caption", `<div><p>Social security number</p><span><InfoIcon /></span><input /></div>`, "<input", GOV, 'label "Social security number"'),
    invalid("aria-labelledby reads the ids it finds and skips the missing ones", `<div><input aria-labelledby="iban-label missing" /><span id="iban-label">IBAN</span></div>`, "<input", BANK, 'label "IBAN"'),
    invalid(
      "a radiogroup labelled by a heading asks that heading's question",
      `<div><h4 id="q-conv">Have you ever been convicted of a felony?</h4><div role="radiogroup" aria-labelledby="q-conv"><label><input type="radio" name="q9" value="yes" /> Yes</label></div></div>`,
      "<input",
      CRIMINAL,
      'question "Have you ever been convicted of a fel..."',
    ),
    invalid("an id without a value does not break the caption lookup", `<div><span id>Passport number</span><input name="passport" /></div>`, "<input", GOV, 'name "passport"'),
    {
      name: "a named option inside a named group is a field of its own",
      code: ethnicityGroup,
      settings: LOGROCKET,
      errors: [report(ethnicityGroup, "<RadioGroup", SPECIAL, 'name "ethnicity"'), report(ethnicityGroup, "<Radio", SPECIAL, 'name "ethnicity"', { nth: 1 })],
    },
    invalid("an unnamed part of a group field is covered by the group", `<PinInput><PinInputField /><PinInputField /></PinInput>`, "<PinInput", CREDENTIAL, 'name "Pin"'),
  ],
});

// ---------------------------------------------------------------------------------------------
// Values: class components, mapped lists, fallbacks.
// ---------------------------------------------------------------------------------------------

run("attribute values", {
  valid: [
    valid("a destructured parameter with a default is not resolved through the list", `const FIELDS = [{ name: "iban" }];\nFIELDS.map(({ name = "city" }) => <input name={name} />);`),
    valid("a computed destructured key is not resolved through the list", `const FIELDS = [{ name: "iban" }];\nFIELDS.map(({ ["name"]: n }) => <input name={n} />);`),
    valid("a computed map call is not a mapped list", `const FIELDS = [{ name: "iban" }];\nFIELDS["map"]((f) => <input name={f.name} />);`),
    valid("reduce's first parameter is not a list element", `const FIELDS = [{ name: "iban" }];\nFIELDS.reduce((acc) => <input name={acc.name} />);`),
    valid("an interpolation-only name says nothing", "<input name={`${fieldName}`} />"),
    valid("an unknown name says nothing", `<input name={fieldName} />`),
  ],
  invalid: [
    invalid("a prop read through `this` is unknown, the aria-label names the field", `class Card extends Component {\n  render() {\n    return <input name={this.props.fieldName} aria-label="Card number" />;\n  }\n}`, "<input", CARD, 'aria-label "Card number"'),
    invalid("a second callback parameter is not a list element", `const FIELDS = [{ name: "iban", label: "IBAN" }];\nFIELDS.map((field, i) => <input id={i} aria-label={field.label} />);`, "<input", BANK, 'aria-label "IBAN"'),
    invalid(
      "a mapped path missing on some items still gives the others",
      `const FIELDS = [{ name: "iban", hint: { text: "IBAN" } }, { name: "bic" }];\nFIELDS.map((f) => <input key={f.name} aria-label={f.hint.text} />);`,
      "<input",
      BANK,
      'aria-label "IBAN"',
    ),
    invalid("the fallback of `??` is a candidate name", `<input name={fieldName ?? "cvc"} />`, "<input", CVC, 'name "cvc"'),
    invalid("the fallback of `||` is a candidate name", `<input name={fieldName || "otp"} />`, "<input", OTP, 'name "otp"'),
  ],
});
