import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import rule from "../src/rules/require-masking.js";
import { createTsxTester, runUnderBothParsers } from "./helpers/rule-tester.js";

type Rule = Parameters<typeof runUnderBothParsers>[1];
const RULE = rule as unknown as Rule;

// ---------------------------------------------------------------------------------------------
// Helpers: where an element's name is, and the quick fixes the rule offers for it.
// ---------------------------------------------------------------------------------------------

interface Marker {
  marker: string;
  vendor: string;
  /** Text inserted after the tag name, or a function for class markers merged into `className`. */
  insert: string;
}

const LOGROCKET: Marker = { marker: "data-private", vendor: "LogRocket", insert: " data-private" };
const FULLSTORY: Marker = { marker: 'class "fs-exclude"', vendor: "FullStory", insert: ' className="fs-exclude"' };
const SENTRY: Marker = { marker: "data-sentry-mask", vendor: "Sentry Session Replay", insert: " data-sentry-mask" };
const HOTJAR: Marker = { marker: "data-hj-suppress", vendor: "Hotjar", insert: " data-hj-suppress" };
const DEFAULT_MARKERS = [LOGROCKET, FULLSTORY, SENTRY, HOTJAR];

/** Offset just after the tag name of the `nth` occurrence of `anchor` (which starts with `<Name`). */
function afterName(code: string, anchor: string, nth = 0): number {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = code.indexOf(anchor, index + 1);
  if (index < 0) throw new Error(`anchor ${anchor} not in ${code}`);
  const name = /^<([\w.-]+)/u.exec(code.slice(index))?.[1] ?? "";
  return index + 1 + name.length;
}

/** Line and column (1-based, as ESLint reports them) of the tag name at `anchor`. */
function position(code: string, anchor: string, nth = 0) {
  const end = afterName(code, anchor, nth);
  let start = end;
  while (start > 0 && code[start - 1] !== "<") start--;
  const lineOf = (offset: number) => code.slice(0, offset).split("\n").length;
  const columnOf = (offset: number) => offset - code.lastIndexOf("\n", offset - 1);
  return { line: lineOf(start), column: columnOf(start), endLine: lineOf(end), endColumn: columnOf(end) };
}

/**
 * The default quick fixes for the element at `anchor`. `classOutput`: the output when the class is
 * merged into an existing `className`; null when it cannot be merged (no class suggestion then).
 */
function fixes(code: string, anchor: string, options: { nth?: number; classOutput?: string | null; markers?: Marker[] } = {}) {
  const at = afterName(code, anchor, options.nth ?? 0);
  const markers = (options.markers ?? DEFAULT_MARKERS).filter((m) => !(m === FULLSTORY && options.classOutput === null));
  return markers.map(({ marker, vendor, insert }) => ({
    messageId: "addMarker",
    data: { marker, vendor },
    output: m(insert, options.classOutput) ?? `${code.slice(0, at)}${insert}${code.slice(at)}`,
  }));
}

const m = (insert: string, classOutput: string | null | undefined): string | undefined => (insert === FULLSTORY.insert && typeof classOutput === "string" ? classOutput : undefined);

type MessageId = "unmasked" | "conditional" | "textOnly";

/** One expected report on the element at `anchor`, with its position and quick fixes. */
function report(code: string, anchor: string, category: string, options: { messageId?: MessageId; evidence?: string; nth?: number; classOutput?: string | null; markers?: Marker[]; marker?: string } = {}) {
  const data: Record<string, string> = { category };
  if (options.evidence !== undefined) data.evidence = options.evidence;
  if (options.marker !== undefined) data.marker = options.marker;
  return {
    messageId: options.messageId ?? "unmasked",
    // RuleTester fills the message from `data`, so every placeholder must be given to check it.
    ...(options.evidence === undefined ? {} : { data }),
    ...position(code, anchor, options.nth),
    suggestions: fixes(code, anchor, options),
  };
}

/** An invalid case with one report on `anchor`. */
function invalid(code: string, anchor: string, category: string, options: Parameters<typeof report>[3] & { options?: unknown[]; settings?: Record<string, unknown> } = {}) {
  return {
    code,
    ...(options.options ? { options: options.options } : {}),
    ...(options.settings ? { settings: options.settings } : {}),
    errors: [report(code, anchor, category, options)],
  };
}

// An insurance questionnaire: a yes/no question, then a field for the details.
const FOLLOW_UP = `<div><div><p>Diabetes?</p><p>Y</p><input type="checkbox" /><p>N</p><input type="checkbox" /></div><div><p>If Yes, please describe</p><input /></div></div>`;

const CARD = "Payment card";
const CVC = "Card security code / PIN";
const CREDENTIAL = "Credential";
const OTP = "One-time code";
const GOV = "Government ID";
const BANK = "Bank account";
const CRYPTO = "Crypto wallet secret";
const HEALTH = "Health data";
const SPECIAL = "Special-category data (GDPR Art. 9)";
const CRIMINAL = "Criminal-record data";
const DOB = "Date of birth";

// ---------------------------------------------------------------------------------------------
// Categories: the recommended ones are reported; the strict ones only when switched on.
// ---------------------------------------------------------------------------------------------

const perCategory = [
  invalid(`<input name="cardNumber" />`, "<input", CARD, { evidence: 'name "cardNumber"' }),
  invalid(`<input name="cvc" />`, "<input", CVC, { evidence: 'name "cvc"' }),
  invalid(`<input name="securityAnswer" />`, "<input", CREDENTIAL, { evidence: 'name "securityAnswer"' }),
  invalid(`<input name="otpCode" />`, "<input", OTP, { evidence: 'name "otpCode"' }),
  // The code's own name may end with where it was sent or what it is called there.
  invalid(`<input name="phoneOtp" />`, "<input", OTP, { evidence: 'name "phoneOtp"' }),
  invalid(`<input name="otp_number" />`, "<input", OTP, { evidence: 'name "otp_number"' }),
  invalid(`<input name="ssn" />`, "<input", GOV, { evidence: 'name "ssn"' }),
  invalid(`<input name="iban" />`, "<input", BANK, { evidence: 'name "iban"' }),
  invalid(`<textarea name="seedPhrase" />`, "<textarea", CRYPTO, { evidence: 'name "seedPhrase"' }),
  invalid(`<textarea name="allergies" />`, "<textarea", HEALTH, { evidence: 'name "allergies"' }),
  invalid(`<select name="ethnicity"><option>Asian</option></select>`, "<select", SPECIAL, { evidence: 'name "ethnicity"' }),
  invalid(`<textarea name="criminalRecord" />`, "<textarea", CRIMINAL, { evidence: 'name "criminalRecord"' }),
  invalid(`<input name="dateOfBirth" type="date" />`, "<input", DOB, { evidence: 'name "dateOfBirth"' }),
];

const strictCategories = [
  { code: `<input type="email" name="email" />`, id: "contact-email", label: "Email address", evidence: 'name "email"' },
  { code: `<input type="email" />`, id: "contact-email", label: "Email address", evidence: 'type="email"' },
  { code: `<input type="tel" name="phone" />`, id: "contact-phone", label: "Phone number", evidence: 'name "phone"' },
  { code: `<input name="street" autoComplete="street-address" />`, id: "address", label: "Postal address", evidence: 'autocomplete="street-address"' },
  { code: `<input name="firstName" autoComplete="given-name" />`, id: "person-name", label: "Person name", evidence: 'autocomplete="given-name"' },
  { code: `<input name="username" autoComplete="username" />`, id: "other-identifier", label: "Personal identifier", evidence: 'autocomplete="username"' },
];

const FLAT_OPTIONS = `<form><label>Full name</label><input name="fullName" /><label>Do you use tobacco products?</label><input type="radio" name="t" value="yes" /><label>Yes</label><input type="radio" name="t" value="no" /><label>No</label></form>`;

runUnderBothParsers("require-masking: categories", RULE, {
  valid: [
    // Strict categories stay quiet under the defaults.
    ...strictCategories.map(({ code }) => code),
    // A recommended category switched off.
    { code: `<input name="cardNumber" />`, options: [{ categories: { "payment-card": false } }] },
    { code: `<textarea name="allergies" />`, options: [{ categories: { health: false } }] },
    // Traps: a long question that asks nothing sensitive; a caption that long is no caption of a text field.
    `<div><p>Would you like us to keep your delivery preferences, saved addresses and the order history of this account for your next purchases?</p><label><input type="radio" name="keep" value="yes" /> Yes</label></div>`,
    `<div><p>Please tell us whether your family has a history of diabetes, asthma or heart disease, and how it affected your daily routine at home.</p><input name="notes" /></div>`,
    // Trap: an instruction is skipped, but the heading above it asks nothing sensitive.
    `<div><h4>Toppings</h4><p>Choose all that apply</p><label><input type="checkbox" value="olives" /> Olives</label></div>`,
    // Traps: a component's `text` caption says more than a heading above it (a 2FA page's new phone number);
    // a search box named as one holds a search term, whatever its placeholder says it finds.
    `<div><h2>Update Two-Factor Authentication</h2><AdornedInput text="New Phone Number" value={code} /></div>`,
    `<input name="search" placeholder="Enter name, identification or MRN" />`,
    `<input id="q" type="text" placeholder="Search patients by SSN" />`,
    // Traps: an antd-mobile nickname; what an imported wallet is called is no secret of it.
    `<List><InputItem placeholder="Nickname" /><List.Item>Settings</List.Item></List>`,
    `<InputItem testID="import-wallet-name" label={i18n.wallets.add.inputLabel} setValue={onLabelChange} />`,
    // Traps: a drawing tool's stroke, and bleeding-edge features, are no health data.
    `<div><input name="stroke" type="color" /><input name="strokeWidth" /><label><input type="checkbox" name="bleedingEdge" /> Enable bleeding-edge features</label></div>`,
    // Trap: an invitation form's bare code is no one-time code.
    `<form id="invite-form"><input name="code" value={code} /></form>`,
    // Traps: a format wrapper named for nothing sensitive, or for nothing at all; a `Mask` overlay.
    `export const DateMask = (props) => <NumberFormat format="##/##/####" {...props} />;`,
    `export const PhoneNumberFormat = (props) => <NumberFormat format="+1 (###) ###-####" {...props} />;`,
    `export const Mask = (props) => <NumberFormat {...props} />;`,
    // Trap: text that is not styled as a label says less than a named field's own name.
    `<div><span className="badge">Card number</span><input type="text" name="nickname" /></div>`,
    // Traps: a rental application's monthly card payment is an amount, so its occupants' names are no cardholders;
    // a Yes / No select answers only a sensitive question, and a select mapped from a list says nothing of its answers.
    `<form><label htmlFor="cp">Credit Card Payment:</label><input type="number" name="card-payment" id="cp" /><label htmlFor="n1">Name:</label><input name="occupant-name1" id="n1" /></form>`,
    `<div><label>Do you have a credit card with us?</label><select name="q1"><option value="">Select One</option><option>Yes</option><option>No</option></select></div>`,
    `<div><p>In the past year, did you receive mental health counseling or therapy for personal or emotional issues, or take any prescribed medication for them?</p><select name="q2">{answers.map((a) => <option key={a}>{a}</option>)}</select></div>`,
    // Trap: a bank's routing number alone identifies the bank, not the visitor's account.
    `<div><h2>Bank Routing Number</h2><input type="number" /><h2>Amount</h2><input type="number" /></div>`,
    // Trap: a bank form's holder is the account's, not a cardholder.
    `<form><input name="holder_name" /><input name="iban_number" data-private /></form>`,
    // Trap: a pharmacy catalogue names one medicine, not the medicines a patient takes.
    `<form><input name="medicineName" /><input name="medicine_price" type="number" /></form>`,
    // Trap: Polish order notes ("Uwagi do zamówienia") are no health data.
    `<div><label htmlFor="u">Uwagi do zamówienia</label><textarea id="u" name="uwagi" /></div>`,
    // Trap: the group's own label (for its name, no such id) is its question, not the paragraph above it.
    `<div><p>We do not discriminate on the basis of race, religion or disability.</p><label htmlFor="gender">What is your gender?</label><div><label><input type="radio" name="gender" value="m" /> Male</label></div></div>`,
  ],
  invalid: [
    ...perCategory,
    ...strictCategories.map(({ code, id, label, evidence }) => invalid(code, "<input", label, { evidence, options: [{ categories: { [id]: true } }] })),
  ],
});

// ---------------------------------------------------------------------------------------------
// Signals.
// ---------------------------------------------------------------------------------------------

const signalCases = [
  // Autocomplete tokens, with section-*, billing/shipping prefixes and the webauthn suffix.
  invalid(`<input autoComplete="cc-number" />`, "<input", CARD, { evidence: 'autocomplete="cc-number"' }),
  invalid(`<input autoComplete="section-payment billing cc-exp" />`, "<input", CARD, { evidence: 'autocomplete="section-payment billing cc-exp"' }),
  invalid(`<input autoComplete="shipping cc-name" />`, "<input", CARD, { evidence: 'autocomplete="shipping cc-name"' }),
  invalid(`<input autoComplete="cc-csc" />`, "<input", CVC, { evidence: 'autocomplete="cc-csc"' }),
  invalid(`<input autoComplete="one-time-code" inputMode="numeric" />`, "<input", OTP, { evidence: 'autocomplete="one-time-code"' }),
  invalid(`<input autoComplete="bday" />`, "<input", DOB, { evidence: 'autocomplete="bday"' }),
  invalid(`<input type={shown ? "text" : "password"} autoComplete="current-password webauthn" />`, "<input", CREDENTIAL, { evidence: 'autocomplete="current-password webauthn"' }),
  // Input type: a password field whose type can become text.
  invalid(`<input type={visible ? "text" : "password"} />`, "<input", CREDENTIAL, { evidence: 'type="password"' }),
  // A type held in a variable named for a password's type (a class component's state).
  invalid(`<input type={this.state.passwordType} onChange={this.onChange} />`, "<input", CREDENTIAL, { evidence: 'type="password"' }),
  // A type held in state that starts as "password": its setter is the show-password toggle.
  invalid(`function Navbar(props) {\n  const [passwordType, setPasswordType] = useState("password");\n  return <div><button onClick={() => setPasswordType("text")}>eye</button><input type={passwordType} {...props} /></div>;\n}`, "<input", CREDENTIAL, { evidence: 'type="password"' }),
  // Payment SDK attributes.
  invalid(`<input data-stripe="number" />`, "<input", CARD, { evidence: 'data-stripe="number"' }),
  invalid(`<input data-stripe="cvc" />`, "<input", CVC, { evidence: 'data-stripe="cvc"' }),
  invalid(`<input data-braintree-name="expiration_date" />`, "<input", CARD, { evidence: 'data-braintree-name="expiration_date"' }),
  invalid(`<input data-recurly="number" />`, "<input", CARD, { evidence: 'data-recurly="number"' }),
  invalid(`<input paycomet-name="pan" />`, "<input", CARD, { evidence: 'paycomet-name="pan"' }),
  invalid(`<input x-autocompletetype="cc-number" />`, "<input", CARD, { evidence: 'x-autocompletetype="cc-number"' }),
  // Identifiers: name, id, test ids; separators, camelCase and run-together compounds.
  invalid(`<input id="card_number" />`, "<input", CARD, { evidence: 'id "card_number"' }),
  invalid(`<input data-testid="checkout-cvv-input" />`, "<input", CVC, { evidence: 'data-testid "checkout-cvv-input"' }),
  invalid(`<input name="cardnumber" />`, "<input", CARD, { evidence: 'name "cardnumber"' }),
  invalid(`<input name="stripe[cc-number]" />`, "<input", CARD, { evidence: 'name "stripe[cc-number]"' }),
  invalid(`<input name="user.ssn" />`, "<input", GOV, { evidence: 'name "user.ssn"' }),
  invalid(`<input name="cvv2" />`, "<input", CVC, { evidence: 'name "cvv2"' }),
  // Label text: aria-label, aria-labelledby, <label htmlFor>, a wrapping label, a nearby label.
  invalid(`<input aria-label="Card number" />`, "<input", CARD, { evidence: 'aria-label "Card number"' }),
  invalid(`<div><span id="l1">Social security number</span><input aria-labelledby="l1" /></div>`, "<input", GOV, { evidence: 'label "Social security number"' }),
  invalid(`<form><label htmlFor="x">IBAN</label><input id="x" /></form>`, "<input", BANK, { evidence: 'label "IBAN"' }),
  invalid(`<label>Date of birth <input /></label>`, "<input", DOB, { evidence: 'label "Date of birth"' }),
  invalid(`<div className="field"><label>Passport number</label><input /></div>`, "<input", GOV, { evidence: 'label "Passport number"' }),
  invalid(`<div><h3>Secret recovery phrase</h3><textarea rows={3} /></div>`, "<textarea", CRYPTO, { evidence: 'label "Secret recovery phrase"' }),
  // Placeholders (weak, still counted) and placeholder masks.
  invalid(`<input placeholder="Card number" />`, "<input", CARD, { evidence: 'placeholder "Card number"' }),
  invalid(`<input placeholder="1234 5678 9012 3456" />`, "<input", CARD, { evidence: 'placeholder "1234 5678 9012 3456"' }),
  invalid(`<input placeholder="XXX-XX-XXXX" />`, "<input", GOV, { evidence: 'placeholder "XXX-XX-XXXX"' }),
  invalid(`<input placeholder="ABCDE1234F" />`, "<input", GOV, { evidence: 'placeholder "ABCDE1234F"' }),
  invalid(`<InputMask mask="9999 9999 9999 9999" />`, "<InputMask", CARD, { evidence: 'mask "9999 9999 9999 9999"' }),
  // A contextual word confirmed by an ID shape on the same field.
  invalid(`<input name="numeroDocumento" placeholder="12345678Z" />`, "<input", GOV, { evidence: 'name "numeroDocumento" with placeholder "12345678Z"' }),
  // Bigrams: tokens of one identifier, in any order.
  invalid(`<input name="numberOfCard" />`, "<input", CARD, { evidence: 'name "numberOfCard"' }),
  invalid(`<input name="security_question_answer" />`, "<input", CREDENTIAL, { evidence: 'name "security_question_answer"' }),
  // The question of a radio group: a fieldset legend, a paragraph before the options, a radiogroup's name.
  invalid(`<fieldset><legend>Have you ever been convicted of a felony?</legend><label><input type="radio" name="q7" value="yes" /> Yes</label></fieldset>`, "<input", CRIMINAL, { evidence: 'question "Have you ever been convicted of a fel..."' }),
  invalid(`<div><p>Do you have a disability?</p><label><input type="radio" name="q2" value="no" /> No</label></div>`, "<input", HEALTH, { evidence: 'question "Do you have a disability?"' }),
  // A field bound to state named "code" is named by nothing: the text before it is its caption (React Native).
  invalid(`<View><Text>Enter OTP</Text><TextInput value={code} onChangeText={setCode} /></View>`, "<TextInput", OTP, { evidence: 'label "Enter OTP"' }),
  // Short body text right before a named field titles it (Tamagui's Paragraph over a TextArea).
  invalid(`<Card><Paragraph fontWeight="600">Seed phrase</Paragraph><TextArea value={phrase} onChangeText={setPhrase} /></Card>`, "<TextArea", CRYPTO, { evidence: 'label "Seed phrase"' }),
  // A text element styled as a label names even a named field (alpha-shop's card form).
  invalid(`<div className="input-group"><div className="input-label">持卡人姓名</div><input type="text" name="visaName" /></div>`, "<input", CARD, { evidence: 'label "持卡人姓名"' }),
  // A label for the group's name, which no element has as its id, asks the group's question.
  invalid(`<div><label htmlFor="race">What is your race/ethnicity?</label><div><label><input type="radio" name="race" value="a" /> Asian</label></div></div>`, "<input", SPECIAL, { evidence: 'question "What is your race/ethnicity?"' }),
  // A bare answer before its checkbox (an insurance questionnaire's Y / N) is the option's; the question is before it.
  invalid(`<div><p>Diabetes?</p><p>Y</p><input type="checkbox" /></div>`, "<input", HEALTH, { evidence: 'label "Diabetes?"' }),
  // A follow-up field ("If Yes, please describe") details the answer before it: it holds the question's data.
  {
    code: FOLLOW_UP,
    errors: [
      report(FOLLOW_UP, "<input", HEALTH, { evidence: 'label "Diabetes?"' }),
      report(FOLLOW_UP, "<input", HEALTH, { nth: 1, evidence: 'label "Diabetes?"' }),
      report(FOLLOW_UP, "<input", HEALTH, { nth: 2, evidence: 'follow-up to label "Diabetes?"' }),
    ],
  },
  // ...also over a nearer caption that only introduces some options.
  invalid(
    `<div><label htmlFor="race">What is your race/ethnicity?</label><div><p>If not, then I am:</p><label><input type="radio" name="race" value="asian" /> Asian</label></div></div>`,
    "<input",
    SPECIAL,
    { evidence: 'question "What is your race/ethnicity?"' },
  ),
  // Options side by side with their labels after them: the label before the second option is the
  // first option's, so both options take the question.
  {
    code: FLAT_OPTIONS,
    errors: [
      report(FLAT_OPTIONS, "<input", HEALTH, { evidence: 'label "Do you use tobacco products?"', nth: 1 }),
      report(FLAT_OPTIONS, "<input", HEALTH, { evidence: 'label "Do you use tobacco products?"', nth: 2 }),
    ],
  },
  // "Select all that apply" between the question and the options says how to answer.
  invalid(`<div><h4>Race / Ethnicity</h4><p>Select all that apply.</p><label><input type="checkbox" value="asian" /> Asian</label></div>`, "<input", SPECIAL, { evidence: 'question "Race / Ethnicity"' }),
  // An insurance questionnaire's question lists the conditions it asks about.
  invalid(
    `<div><p>Have you or any member of your family proposed for this insurance suffered at any time from rheumatism, diabetes, gastric or duodenal ulceration, paralysis, gout or asthma?</p><label><input type="radio" name="q4" value="yes" /> Yes</label></div>`,
    "<input",
    HEALTH,
    { evidence: 'question "Have you or any member of your family..."' },
  ),
  invalid(`<div role="radiogroup" aria-label="Sexual orientation"><label><input type="radio" name="q3" /> Prefer not to say</label></div>`, "<input", SPECIAL, { evidence: 'question "Sexual orientation"' }),
  // Lexicon additions seen in real forms.
  invalid(`<input name="recruitment_personal[sss_number]" />`, "<input", GOV, { evidence: 'name "recruitment_personal[sss_number]"' }),
  invalid(`<input name="tin_number" />`, "<input", GOV, { evidence: 'name "tin_number"' }),
  // Nigeria's NIN, as the whole identifier (a KYC form's `name="nin"`).
  invalid(`<input name="nin" />`, "<input", GOV, { evidence: 'name "nin"' }),
  invalid(`<input name="pagibig_number" />`, "<input", GOV, { evidence: 'name "pagibig_number"' }),
  // A form named for a second sign-in step names its bare code.
  invalid(`<form id="two-factor-form" onSubmit={submit}><input name="code" value={code} /></form>`, "<input", OTP, { evidence: 'name "two-factor-form"' }),
  // Indonesia's taxpayer number, asked of an employee.
  invalid(`<div><label htmlFor="npwp">NPWP Number</label><input type="text" name="npwp" id="npwp" /></div>`, "<input", GOV, { evidence: 'name "npwp"' }),
  // An app's own field component captions its input with `text`; a search box's own name still lets an ID be searched by it.
  invalid(`<AdornedInput text="Card number" value={value} />`, "<AdornedInput", CARD, { evidence: 'label "Card number"' }),
  invalid(`<input name="ssn" placeholder="Search by SSN" />`, "<input", GOV, { evidence: 'name "ssn"' }),
  // antd-mobile's fields are list items; React Native's testID names a field as data-testid does.
  invalid(`<List><InputItem type="bankCard" placeholder="Card number">Card</InputItem></List>`, "<InputItem", CARD, { evidence: 'placeholder "Card number"' }),
  invalid(`<TextAreaItem testID="import-wallet-seed-phrase-input" value={text} onChangeText={setText} />`, "<TextAreaItem", CRYPTO, { evidence: 'testid "import-wallet-seed-phrase-input"' }),
  // A dental intake's conditions.
  invalid(`<label><input type="checkbox" name="heartAilment" /> Heart Ailment</label>`, "<input", HEALTH, { evidence: 'name "heartAilment"' }),
  invalid(`<label><input type="checkbox" name="ulcers" /> Stomach Ulcers</label>`, "<input", HEALTH, { evidence: 'name "ulcers"' }),
  invalid(`<label><input type="checkbox" name="herpes" /> Canker Sores or Herpes</label>`, "<input", HEALTH, { evidence: 'name "herpes"' }),
  invalid(`<label><input type="checkbox" name="excessiveBleeding" /> Excessive Bleeding</label>`, "<input", HEALTH, { evidence: 'name "excessiveBleeding"' }),
  // Costa Rica's residence document for foreigners, chosen beside the cédula.
  invalid(`<input placeholder="DIMEX" type="text" />`, "<input", GOV, { evidence: 'placeholder "DIMEX"' }),
  invalid(`<input name="employeeDimex" />`, "<input", GOV, { evidence: 'name "employeeDimex"' }),
  invalid(`<textarea name="sexualHistory" />`, "<textarea", SPECIAL, { evidence: 'name "sexualHistory"' }),
  invalid(`<textarea id="wallet_confirm_phrase" />`, "<textarea", CRYPTO, { evidence: 'id "wallet_confirm_phrase"' }),
  invalid(`<TextField value={code} type="number" label="Authenticator App Code" />`, "<TextField", OTP, { evidence: 'label "Authenticator App Code"' }),
  invalid(`<div><label>Do you have any chronic illnesses?</label><textarea name="q1" /></div>`, "<textarea", HEALTH, { evidence: 'label "Do you have any chronic illnesses?"' }),
  // A Yes / No select answers the question before it, as a radio group does, however long the question.
  invalid(
    `<div><p>In the past year, did you receive mental health counseling or therapy for personal or emotional issues, or take any prescribed medication for them?</p><select name="q3"><option value="">Select One</option><option>Yes</option><option>No</option></select></div>`,
    "<select",
    HEALTH,
    { evidence: 'label "In the past year, did you receive men..."' },
  ),
  // A payment card's own number says so, whatever else its name holds; Polish intake forms ask for the condition.
  invalid(`<form><label htmlFor="pcn">Payment card number</label><input name="paymentCardNumber" id="pcn" /></form>`, "<input", CARD, { evidence: 'name "paymentCardNumber"' }),
  // The number of instalments a card payment is split into is a plan, beside the card's own number.
  invalid(`<form><input name="creditCardNumber" /><select name="creditCardInstallments"><option>1x</option></select><select name="cuotas"></select></form>`, "<input", CARD, { evidence: 'name "creditCardNumber"' }),
  invalid(`<FormTextarea labelText="Opis schorzenia" />`, "<FormTextarea", HEALTH, { evidence: 'label "Opis schorzenia"' }),
  // A holder's name in a card form is the cardholder's.
  {
    code: `<form><input name="card_number" data-private /><input name="holder_name" /></form>`,
    errors: [report(`<form><input name="card_number" data-private /><input name="holder_name" /></form>`, "<input", CARD, { nth: 1, evidence: 'name "holder_name"' })],
  },
  // Keys that only complete what is before them, however deep the path: the card's number.
  invalid(`<input name="payment.creditCard.number.value" />`, "<input", CARD, { evidence: 'name "payment.creditCard.number.value"' }),
  // A Russian patient form's СНИЛС as code writes it; childhood illnesses; a report's medicines; when a patient was born.
  invalid(`<input name="snils" />`, "<input", GOV, { evidence: 'name "snils"' }),
  invalid(`<label><input type="checkbox" name="ill_3" value="Measles" /> Measles</label>`, "<input", HEALTH, { evidence: 'name "Measles"' }),
  invalid(`<input name="medicines" />`, "<input", HEALTH, { evidence: 'name "medicines"' }),
  invalid(`<input type="date" value={patient.bornDate} />`, "<input", DOB, { evidence: 'name "bornDate"' }),
  invalid(`<input name="grupaKrwi" />`, "<input", HEALTH, { evidence: 'name "grupaKrwi"' }),
  {
    code: `<form><label htmlFor="cn">Номер карты:</label><input id="cn" name="cn" /><label htmlFor="ex">Срок действия:</label><input id="ex" name="ex" /></form>`,
    errors: [
      report(`<form><label htmlFor="cn">Номер карты:</label><input id="cn" name="cn" /><label htmlFor="ex">Срок действия:</label><input id="ex" name="ex" /></form>`, "<input", CARD, { evidence: 'label "Номер карты:"' }),
      report(`<form><label htmlFor="cn">Номер карты:</label><input id="cn" name="cn" /><label htmlFor="ex">Срок действия:</label><input id="ex" name="ex" /></form>`, "<input", CARD, { nth: 1, evidence: 'label "Срок действия:"' }),
    ],
  },
  // A bare field's wrapper component says what it holds; so does a form kit's naming prop.
  invalid(`export default function InputCPF(props) { return <InputMask mask={MASK} {...props} />; }`, "<InputMask", GOV, { evidence: 'name "InputCPF"' }),
  invalid(`const CardNumberInput = forwardRef((props, ref) => <input ref={ref} {...props} />);`, "<input", CARD, { evidence: 'name "CardNumber"' }),
  // A wrapper that formats its one field is named for what it formats (react-number-format inside `AccountNumberMask`).
  invalid(`export const AccountNumberMask = ({ inputRef, ...other }) => <NumberFormat {...other} format="PL## #### #### #### #### #### ####" getInputRef={inputRef} />;`, "<NumberFormat", BANK, { evidence: 'name "AccountNumber"' }),
  invalid(`function CpfFormat(props) { return <NumericFormat customInput={TextField} {...props} />; }`, "<NumericFormat", GOV, { evidence: 'name "Cpf"' }),
  invalid(`<form.Input formKey="iban" />`, "<form.Input", BANK, { evidence: 'name "iban"' }),
  // A class component's render() belongs to its class: a bare passport series field in PassportInput.
  invalid(`class PassportInput extends Component { render() { return <View><Text>Серия</Text><TextInput placeholder="Введите серию" /></View>; } }`, "<TextInput", GOV, { evidence: 'name "Passport"' }),
  // A tenant's own birth date before a rental application's pet questions is the tenant's.
  invalid(`<form><label htmlFor="d">Date of birth</label><input id="d" name="dob" type="date" /><label htmlFor="b">Breed</label><input id="b" name="breed" /></form>`, "<input", DOB, { evidence: 'label "Date of birth"' }),
  // ...and the one field it renders, even one named for its state (a word of the phrase) or rendered per word.
  invalid(`const NewWalletSeedInput = ({ word, setWord }) => <div><input type="text" value={word} onChange={(e) => setWord(e.target.value)} /></div>;`, "<input", CRYPTO, { evidence: 'name "NewWalletSeed"' }),
  invalid("export const MnemonicInput = () => <section>{words.map((w, i) => <InputField key={i} labelName={`Word ${i + 1}`} />)}</section>;", "<InputField", CRYPTO, { evidence: 'name "Mnemonic"' }),
  // "Bank Routing #" is no bank account number (`routing` cancels that), and still the routing number beside one.
  {
    code: `<div><h2>Bank Routing #</h2><input type="number" /><h2>Account #</h2><input type="number" /></div>`,
    errors: [
      report(`<div><h2>Bank Routing #</h2><input type="number" /><h2>Account #</h2><input type="number" /></div>`, "<input", BANK, { evidence: 'label "Bank Routing #"' }),
      report(`<div><h2>Bank Routing #</h2><input type="number" /><h2>Account #</h2><input type="number" /></div>`, "<input", BANK, { nth: 1, evidence: 'label "Account #"' }),
    ],
  },
  // A component named for its question asks it of its Yes / No answers (the question's text comes as data).
  invalid(`const MedicalHistoryQuestion = ({ question }) => <div><h3>{question.title}</h3><label><input type="checkbox" /> Yes</label></div>;`, "<input", HEALTH, { evidence: 'question "MedicalHistory"' }),
  // So does a textarea's or a select's: what comes before the ending.
  invalid(`function RecoveryPhraseTextarea({ field, label }) { return <Textarea {...field} aria-label={label} />; }`, "<Textarea", CRYPTO, { evidence: 'name "RecoveryPhrase"' }),
  invalid(`<BirthYearSelect value={year} onChange={setYear} />`, "<BirthYearSelect", DOB, { evidence: 'name "BirthYear"' }),
  // KYC forms ask for a government ID; wallets say "mnemonics" for the whole phrase.
  invalid(`<input type="text" placeholder="Government ID Number" required />`, "<input", GOV, { evidence: 'placeholder "Government ID Number"' }),
  invalid(`<div><label>NIC Number</label><input name="pNIC" /></div>`, "<input", GOV, { evidence: 'label "NIC Number"' }),
  invalid(`<input name="cnic" />`, "<input", GOV, { evidence: 'name "cnic"' }),
  // Only verbs of what a visitor does with a password make a page: a ConfirmPassword is still a field.
  invalid(`<ConfirmPassword name="confirm" />`, "<ConfirmPassword", CREDENTIAL, { evidence: 'type="password"' }),
  invalid(`<Form.Field control={form.control} name="iban" render={({ field }) => (<Form.Item><Form.Control><Input {...field} /></Form.Control></Form.Item>)} />`, "<Input", BANK, { evidence: 'name "iban"' }),
  invalid(`<input type="text" placeholder="Personal ID number" />`, "<input", GOV, { evidence: 'placeholder "Personal ID number"' }),
  {
    code: `<form><input name="cardNumber" data-private /><div><label>Expiry</label><select name="month"></select> / <select name="year"></select></div></form>`,
    errors: [
      report(`<form><input name="cardNumber" data-private /><div><label>Expiry</label><select name="month"></select> / <select name="year"></select></div></form>`, "<select", CARD, { nth: 0, evidence: 'label "Expiry"' }),
      report(`<form><input name="cardNumber" data-private /><div><label>Expiry</label><select name="month"></select> / <select name="year"></select></div></form>`, "<select", CARD, { nth: 1, evidence: 'label "Expiry"' }),
    ],
  },
  {
    code: `<form><input name="cardNumber" data-private /><div><label>Expiry</label><select><option value="">MM</option></select><select><option value="">YY</option></select></div></form>`,
    errors: [
      report(`<form><input name="cardNumber" data-private /><div><label>Expiry</label><select><option value="">MM</option></select><select><option value="">YY</option></select></div></form>`, "<select", CARD, { nth: 0, evidence: 'label "Expiry"' }),
      report(`<form><input name="cardNumber" data-private /><div><label>Expiry</label><select><option value="">MM</option></select><select><option value="">YY</option></select></div></form>`, "<select", CARD, { nth: 1, evidence: 'label "Expiry"' }),
    ],
  },
  {
    code: `<div className="otp">${'<input type="text" maxLength={1} />'.repeat(4)}</div>`,
    errors: [0, 1, 2, 3].map((nth) => report(`<div className="otp">${'<input type="text" maxLength={1} />'.repeat(4)}</div>`, "<input", OTP, { nth, evidence: 'maxlength="1" code box' })),
  },
  invalid(`const Code = ({ digits }) => <div>{digits.map((d, i) => <input key={i} maxLength={1} value={d} />)}</div>;`, "<input", OTP, { evidence: 'maxlength="1" code box' }),
  invalid(`<Form.Group controlId="exam"><Form.Label>Physical Examination</Form.Label><Form.Control as="textarea" /></Form.Group>`, "<Form.Control", HEALTH, { evidence: 'label "Physical Examination"' }),
  invalid(`<Form.Item name="mnemonics"><Input.TextArea placeholder={t("Mnemonics words")} /></Form.Item>`, "<Input.TextArea", CRYPTO, { evidence: 'name "mnemonics"' }),
  // A component whose type toggles to password is a field, whatever its name (Blueprint's InputGroup).
  invalid(`const PasswordField = (props) => <InputGroup {...props} type={shown ? "text" : "password"} />;`, "<InputGroup", CREDENTIAL, { evidence: 'type="password"' }),
  // A label copied with its htmlFor unchanged names the field beside it, not the one its htmlFor names.
  invalid(`<form><div className="form-group"><label htmlFor="inputName">Full Name</label><input id="inputName" /></div><div className="form-group"><label htmlFor="inputName">Date Of Birth</label><input type="date" id="inputDOB" /></div></form>`, `<input type="date"`, DOB, { evidence: 'label "Date Of Birth"' }),
  // react-flatpickr's date picker, in an app's own wrapper.
  invalid(`<KontainerFlatpickr id="tglLahirPasien" />`, "<KontainerFlatpickr", DOB, { evidence: 'id "tglLahirPasien"' }),
  // An insurance member ID in a form that asks about health is the patient's health-insurance number.
  {
    code: `<form><input name="allergies" className="fs-exclude" /><input name="insuranceMemberId" /></form>`,
    errors: [report(`<form><input name="allergies" className="fs-exclude" /><input name="insuranceMemberId" /></form>`, "<input", HEALTH, { evidence: 'name "insuranceMemberId"', nth: 1 })],
  },
  // Grommet's FormField with nothing inside renders its own text input.
  invalid(`<FormField name="cardnumber" autoComplete="cc-number" label="Card Number" type="tel" />`, "<FormField", CARD, { evidence: 'autocomplete="cc-number"' }),
  // An app's own field component known only by its props: a name and a placeholder.
  invalid(`<FormElement form={form} name="card_number" placeholder="Card Number" type="number" />`, "<FormElement", CARD, { evidence: 'name "card_number"' }),
  // A password field with a reveal button (Fluent UI, PrimeReact).
  invalid(`<TextField type="password" canRevealPassword value={pw} />`, "<TextField", CREDENTIAL, { evidence: 'type="password"' }),
  invalid(`<Password type="password" toggleMask value={pin} />`, "<Password", CREDENTIAL, { evidence: 'type="password"' }),
  // A Rails model's name in the generated id is not a modifier either (`order` is one for bank accounts).
  invalid(`<input name="order[account_number]" id="order_account_number" />`, "<input", BANK, { evidence: 'name "order[account_number]"' }),
  // A longer label only mentions what it says besides; the field's name still counts.
  invalid(`<div><label htmlFor="cc">Card number, sorry we do not take gift cards</label><input id="cc" name="cardNumber" /></div>`, "<input", CARD, { evidence: 'name "cardNumber"' }),
  // An app's base atom of a field is that field; "Citizen ID" is a national ID.
  invalid(`<TextFieldBase id={FIELD} label="Card holder’s name" />`, "<TextFieldBase", CARD, { evidence: 'label "Card holder’s name"' }),
  invalid(`<label><h3>What is your Citizen ID?</h3><input placeholder="AO123345" /></label>`, "<input", GOV, { evidence: 'label "What is your Citizen ID?"' }),
  // Expiry as forms also write it, next to a card field; birth-date selects named in capitals.
  {
    code: `<form><input name="cardNumber" data-private /><label htmlFor="v">Valid thru</label><input id="v" /><input name="Credit[expired_date]" /></form>`,
    errors: [
      report(`<form><input name="cardNumber" data-private /><label htmlFor="v">Valid thru</label><input id="v" /><input name="Credit[expired_date]" /></form>`, "<input", CARD, { nth: 1, evidence: 'label "Valid thru"' }),
      report(`<form><input name="cardNumber" data-private /><label htmlFor="v">Valid thru</label><input id="v" /><input name="Credit[expired_date]" /></form>`, "<input", CARD, { nth: 2, evidence: 'name "Credit[expired_date]"' }),
    ],
  },
  // nopCommerce names the expiry ExpireMonth / ExpireYear: card data next to a card number.
  invalid(`<form><input name="CardNumber" data-private /><select name="ExpireYear" /></form>`, "<select", CARD, { evidence: 'name "ExpireYear"' }),
  // A label that only wraps the field says nothing: the caption before it names the field.
  invalid(`<div><span>Card number</span><label><input /></label></div>`, "<input", CARD, { evidence: 'label "Card number"' }),
  // A form about an animal: the owner's card is still card data; a person's form keeps its birth date.
  invalid(`function PetInsuranceCheckout() { return <form><input name="cardNumber" /></form>; }`, "<input", CARD, { evidence: 'name "cardNumber"' }),
  invalid(`function PatientForm() { return <form><label htmlFor="d">Date of Birth</label><input id="d" name="dob" /></form>; }`, "<input", DOB, { evidence: 'label "Date of Birth"' }),
  // The CAPTCHA of another row is not this field's.
  {
    code: `<form><div><label>Code</label><input name="captcha_answer" /><img src="/captcha.png" /></div><div><label>Verification code</label><input name="sms" /><button>Send</button></div></form>`,
    errors: [report(`<form><div><label>Code</label><input name="captcha_answer" /><img src="/captcha.png" /></div><div><label>Verification code</label><input name="sms" /><button>Send</button></div></form>`, "<input", OTP, { nth: 1, evidence: 'label "Verification code"' })],
  },
  // One element with an id takes every label for it.
  {
    code: `<div><label htmlFor="cc">Card number</label><input id="cc" /><label htmlFor="cc">(required)</label></div>`,
    errors: [report(`<div><label htmlFor="cc">Card number</label><input id="cc" /><label htmlFor="cc">(required)</label></div>`, "<input", CARD, { evidence: 'label "Card number"' })],
  },
  // A few words ending in a colon right before the field are its label, even for a field with a name of its own.
  invalid(`<div><div>Familiy Medical History:</div><label><textarea name="familyHistory" /></label></div>`, "<textarea", HEALTH, { evidence: 'label "Familiy Medical History:"' }),
  invalid(`<select id="DOBDD" name="DOBDD"><option>1</option></select>`, "<select", DOB, { evidence: 'name "DOBDD"' }),
  // India's identity cards are cards, but not payment cards.
  invalid(`<div><label htmlFor="a">Adhaar Card No</label><input id="a" /></div>`, "<input", GOV, { evidence: 'label "Adhaar Card No"' }),
  invalid(`<input name="aadharCardNo" />`, "<input", GOV, { evidence: 'name "aadharCardNo"' }),
  // A label right after the field (Bootstrap floating labels).
  invalid(`<div className="form-floating"><input id="pan" placeholder="" /><label>Card number</label></div>`, "<input", CARD, { evidence: 'label "Card number"' }),
  // Medical-history questionnaires ask condition by condition.
  invalid(`<input type="checkbox" name="arthritis" />`, "<input", HEALTH, { evidence: 'name "arthritis"' }),
  invalid(`<label><input type="checkbox" name="q7" /> High blood pressure</label>`, "<input", HEALTH, { evidence: 'label "High blood pressure"' }),
  invalid(`<textarea name="surgicalHistory" />`, "<textarea", HEALTH, { evidence: 'name "surgicalHistory"' }),
  // Indonesian: the national ID number (NIK) and religion (agama); a Spanish "nro" confirms a DNI.
  invalid(`<div><Form.Label>Nik</Form.Label><Form.Control type="text" /></div>`, "<Form.Control", GOV, { evidence: 'label "Nik"' }),
  invalid(`<select name="agama"><option>Islam</option></select>`, "<select", SPECIAL, { evidence: 'name "agama"' }),
  invalid(`<input name="tanggal_lahir" />`, "<input", DOB, { evidence: 'name "tanggal_lahir"' }),
  invalid(`<input name="nroDni" />`, "<input", GOV, { evidence: 'name "nroDni"' }),
  invalid(`<input name="uscis_number" />`, "<input", GOV, { evidence: 'name "uscis_number"' }),
  // Thai writes no spaces: its phrases match inside a label ("the number on the back of the ID card").
  invalid(`<TextField id="LaserId" label="หมายเลขหลังบัตรประชาชน" name="laserId" />`, "<TextField", GOV, { evidence: 'label "หมายเลขหลังบัตรประชาชน"' }),
  invalid(`<label>วันเกิด <input name="bd" /></label>`, "<input", DOB, { evidence: 'label "วันเกิด"' }),
  // A date about a person's health or record is that data; STI testing is sexual health.
  invalid(`<input type="date" name="last_menstrual_cycle" />`, "<input", HEALTH, { evidence: 'name "last_menstrual_cycle"' }),
  invalid(`<input type="date" name="convictionDate" />`, "<input", CRIMINAL, { evidence: 'name "convictionDate"' }),
  invalid(`<label>Would you like to be checked for STIs? <input type="checkbox" name="q9" /></label>`, "<input", HEALTH, { evidence: 'label "Would you like to be checked for STIs?"' }),
  // Nigeria's NIN and BVN; a project's field asks its question in a `question` prop.
  invalid(`<div><FormLabel htmlFor="nin">National Identification Number</FormLabel><AppFormFields.Input type="text" id="nin" /></div>`, "<AppFormFields.Input", GOV, { evidence: 'label "National Identification Number"' }),
  invalid(`<input name="bvn" maxLength={11} />`, "<input", GOV, { evidence: 'name "bvn"' }),
  invalid(`<TextField label="License #" question="What is your drivers license?" />`, "<TextField", GOV, { evidence: 'label "What is your drivers license?"' }),
  invalid(`<input name="criminalCautions" type="text" />`, "<input", CRIMINAL, { evidence: 'name "criminalCautions"' }),
  // The driver's licence as British and Commonwealth forms spell it, and a Russian one.
  invalid(`<input type="text" name="drivers_licence_number" placeholder="optional" />`, "<input", GOV, { evidence: 'name "drivers_licence_number"' }),
  invalid(`<label>Driver's licence number <input type="text" name="dl" /></label>`, "<input", GOV, { evidence: 'label "Driver\'s licence number"' }),
  invalid(`<input type="text" placeholder="Номер водительского удостоверения" />`, "<input", GOV, { evidence: 'placeholder "Номер водительского удостоверения"' }),
  // A research survey's political ideology, named alone or asked in words.
  invalid(`<input type="radio" name="ideology" id="ideology-1" value="1" />`, "<input", SPECIAL, { evidence: 'name "ideology"' }),
  invalid(`<label>What is your political ideology? <select name="q3"><option>Liberal</option></select></label>`, "<select", SPECIAL, { evidence: 'label "What is your political ideology?"' }),
  // A car-insurance quote asks about drink-driving convictions.
  invalid(`<input type="radio" name="dui_dwi_7_years" value="yes" />`, "<input", CRIMINAL, { evidence: 'name "dui_dwi_7_years"' }),
  invalid(`<label>DUI or DWI in the last 7 years? <input type="checkbox" name="q7" /></label>`, "<input", CRIMINAL, { evidence: 'label "DUI or DWI in the last 7 years?"' }),
  invalid(`<input name="mothersMaidenName" />`, "<input", CREDENTIAL, { evidence: 'name "mothersMaidenName"' }),
  invalid(`<textarea name="comorbidities" />`, "<textarea", HEALTH, { evidence: 'name "comorbidities"' }),
  // A checkbox's caption may follow it as plain text, and its value names the answer.
  invalid(`<div><input type="checkbox" onChange={toggle} /> <span>Do you have diabetes?</span></div>`, "<input", HEALTH, { evidence: 'label "Do you have diabetes?"' }),
  invalid(`<input type="checkbox" name="conditions" value="hepatitis" />`, "<input", HEALTH, { evidence: 'name "hepatitis"' }),
  // Identifiers in other languages, a select's prompt option, Mantine's Input.Wrapper, a project's lower-case props.
  invalid(`<input type="date" name="nacimiento" />`, "<input", DOB, { evidence: 'name "nacimiento"' }),
  invalid(`<input name="alergias" />`, "<input", HEALTH, { evidence: 'name "alergias"' }),
  invalid(`<input name="kontonr" />`, "<input", BANK, { evidence: 'name "kontonr"' }),
  invalid(`<input type="radio" name="criminalRecordsItem1" value="yes" />`, "<input", CRIMINAL, { evidence: 'name "criminalRecordsItem1"' }),
  invalid(`<select onChange={pick}><option value="" disabled>Blood type</option><option>A+</option></select>`, "<select", HEALTH, { evidence: 'placeholder "Blood type"' }),
  invalid(`<Input.Wrapper label="DNI" withAsterisk><Input /></Input.Wrapper>`, "<Input />", GOV, { evidence: 'label "DNI"' }),
  invalid(`<TextBoxWithLabel labelname="Passport Number" fieldname="passportnumber" />`, "<TextBoxWithLabel", GOV, { evidence: 'label "Passport Number"' }),
  // A component imported under another name is the library's component; a getter's name argument names its field.
  invalid(`import { PasswordInput as PasswordInputMantine } from "@mantine/core";\nconst P = () => <form><TextInput label="Email" /><PasswordInputMantine label="Password" /></form>;`, "<PasswordInputMantine", CREDENTIAL, { evidence: 'type="password"' }),
  invalid(`const F = ({ getFunctionalInputProps }) => <input {...getFunctionalInputProps("ssn")} />;`, "<input", GOV, { evidence: 'name "ssn"' }),
  // A placeholder that is an instruction ("Type here") does not say what the field is not.
  invalid(`<Input.Wrapper label="Social security number"><Input placeholder="Type here" /></Input.Wrapper>`, "<Input placeholder", GOV, { evidence: 'label "Social security number"' }),
  {
    code: `<form><input name="KreditKartenNummer" data-private /><input name="KreditKartenGueltigBis" /></form>`,
    errors: [report(`<form><input name="KreditKartenNummer" data-private /><input name="KreditKartenGueltigBis" /></form>`, "<input", CARD, { nth: 1, evidence: 'name "KreditKartenGueltigBis"' })],
  },
  // A caption beside the field inside a fragment, and French birth-date selects known by their placeholder option.
  invalid(`const Ssn = () => (<><label>Social security number</label><input value={v} /></>);`, "<input", GOV, { evidence: 'label "Social security number"' }),
  {
    code: `const Dob = () => (<><label>Date de naissance</label><div><select><option value="">Jour</option></select><select><option value="">Mois</option></select><select><option value="">Année</option></select></div></>);`,
    errors: [0, 1, 2].map((nth) => report(`const Dob = () => (<><label>Date de naissance</label><div><select><option value="">Jour</option></select><select><option value="">Mois</option></select><select><option value="">Année</option></select></div></>);`, "<select", DOB, { nth, evidence: 'label "Date de naissance"' })),
  },
];

// Card context: expiry and security-code wording counts next to a card field of the same form.
const cardForm = `<form>
  <input name="cardNumber" />
  <input name="expiry" placeholder="MM/YY" />
  <input name="securityCode" />
  <input name="name" />
  <input name="check" pattern="[0-9]{3,4}" />
</form>`;

const numberCardForm = `<form>
  <input name="number" />
  <label>Number<input /></label>
  <input name="phoneNumber" />
  <label>House number<input /></label>
  <input name="cvc" />
</form>`;

runUnderBothParsers("require-masking: signals", RULE, {
  valid: [
    // Trap: a house number after the street, in a checkout that names its card number too, is no card number.
    `<form><input name="street" placeholder="Rua" /><input name="number" placeholder="Número" /><label>Number<input /></label><input name="cardNumber" data-private /><input name="cvv" data-private /></form>`,
    // Trap: a bare number without card fields is any number, weak signals on too.
    { code: `<form><label>Number<input name="number" /></label><input name="street" /></form>`, options: [{ weakSignals: true }] },
    // Without a card field, expiry and security-code wording stays quiet (coupons, CAPTCHAs).
    `<form><input name="expiry" placeholder="MM/YY" /><input name="securityCode" /><input name="name" /><input name="check" pattern="[0-9]{3,4}" /></form>`,
    // A card field in another form gives no context.
    `<div><form><input name="cardNumber" data-private /></form><form><input name="expiry" placeholder="MM/YY" /></form></div>`,
    // `autocomplete="off"` is no evidence either way.
    `<input autoComplete="off" name="comment" />`,
    // A label for an element that exists is that element's, not the question of radios named like its id.
    `<form><label htmlFor="gender">Religion</label><select id="gender" className="fs-exclude"><option>a</option></select><label><input type="radio" name="gender" value="m" /> Male</label></form>`,
    // A form's title is no question for a radio group after other fields: the gender radios of a health insurance form.
    `<div><h2>Health Insurance Application Form</h2><form><label>Full Name:</label><input name="fullName" /><label>Gender:</label><input type="radio" name="gender" /><label>Male</label><input type="radio" name="gender" /><label>Female</label></form></div>`,
    // PrimeReact's <Password> shows its value only with toggleMask: without it, a plain password input.
    `import { Password } from "primereact/password";\nconst P = () => <Password value={pw} feedback />;`,
    // A label after a field that another field follows, or in a wrapper with its own label, is not the field's.
    `<div><input id="a" /><label>Card number</label><input id="b" data-private /></div>`,
    `<div><label>Coupon</label><input id="a" /><label>Card number</label></div>`,
    `<div><input id="a" /><label htmlFor="b">Card number</label></div>`,
    // Library textareas and selects named for their behaviour, a card *type* select, a government agency.
    `<div><AutosizeTextarea name="notes" /><MultiSelect options={tags} /><CardTypeSelect value={brand} /><CountrySelect /></div>`,
    `<input name="governmentAgency" placeholder="Government agency" />`,
    // A bare NIC is a network card too.
    `<select name="nic"><option>eth0</option></select>`,
    // One-character inputs that are no code: a middle initial beside a name, a row of ten (a grid, not a code).
    `<div><input maxLength={1} name="initial" /><input name="lastName" /></div>`,
    `<div>{[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => <span key={i}>{i}</span>)}<input maxLength={1} name="grade" /></div>`,
    `<div className="grid">${'<input maxLength={1} />'.repeat(10)}</div>`,
    // Pages and forms named for what the visitor does with a password are no password fields.
    `<>{token ? <ChooseNewPassword token={token} /> : <ResetPassword />}<ForgotPassword /><ChangePassword user={user} /></>`,
    // A label htmlFor a field in another cell is that field's, though a field sits below it.
    `<table><tbody><tr><td><label htmlFor="dob">Date of birth</label></td><td><input id="dob" data-private /></td></tr><tr><td>Nickname</td><td><input id="nick" name="nickname" /></td></tr></tbody></table>`,
    // A name and a placeholder make a field of an unknown component only: a file upload stays no field, and a name alone is no field.
    `<FileInput name="passport" placeholder="Upload a scan of your passport" />`,
    // An insurance number in a car insurer's form is no health data.
    `<form><input name="vehicleMake" /><input name="insuranceNumber" /></form>`,
    // shadcn's FormField renders what it is given; a FormField with children wraps them; a bare one says nothing.
    `<FormField control={form.control} name="ssn" render={({ field }) => <Input {...field} data-private />} />`,
    `<FormField name="ssn" label="SSN"><Input name="ssn" data-private /></FormField>`,
    `<FormField name="ssn" />`,
    // A date picker for a date that is nobody's birth stays quiet.
    `<Flatpickr id="deliveryDate" options={{ dateFormat: "Y-m-d" }} />`,
    `<SortableColumn name="cardNumber" title="Card number" />`,
    // A Form.Control that wraps the input (medusa's UI, Radix Slot) is no field itself: the static password inside is masked.
    `<Form.Field control={form.control} name="password" render={({ field }) => (<Form.Item><Form.Label>Password</Form.Label><Form.Control><Input type="password" {...field} /></Form.Control></Form.Item>)} />`,
    // Only a date's part selects share the caption before the first.
    `<div><label>Date of birth</label><select name="birth_day" data-private></select><select name="gender"></select></div>`,
    `<div><label>Date of birth</label><select name="birth_day" data-private></select><select><option value="">Gender</option></select></div>`,
    // What a visit costs is billing, not health data; a physical address is an address.
    `<div><input name="physicalExamFee" placeholder="Physical exam fee" /><input name="physicalAddress" /><input name="consultationPrice" /></div>`,
    // A type variable named for something else says nothing.
    `<input type={this.state.inputType} name="nickname" />`,
    // A type held in state that starts as something else, or a state with no setter, is no password toggle.
    `function F() {\n  const [kind, setKind] = useState("text");\n  return <input type={kind} name="nickname" />;\n}`,
    `function F() {\n  const [kind] = useState("password");\n  return <input type={kind} />;\n}`,
    // A static password field is masked by every major recorder.
    `<input type="password" name="password" />`,
    `<input type="password" name="cvv" autoComplete="cc-csc" />`,
  ],
  invalid: [
    ...signalCases,
    {
      code: cardForm,
      errors: [
        report(cardForm, "<input", CARD, { evidence: 'name "cardNumber"' }),
        report(cardForm, "<input", CARD, { nth: 1, evidence: 'name "expiry"' }),
        report(cardForm, "<input", CVC, { nth: 2, evidence: 'name "securityCode"' }),
        report(cardForm, "<input", CARD, { nth: 3, evidence: 'name "name"' }),
        report(cardForm, "<input", CVC, { nth: 4, evidence: 'pattern "[0-9]{3,4}"' }),
      ],
    },
    // A bare number that names the card itself by its placeholder is still the card's number by its name.
    {
      code: `<form><input name="number" placeholder="Card Number" /><input name="cvc" /></form>`,
      errors: [
        report(`<form><input name="number" placeholder="Card Number" /><input name="cvc" /></form>`, "<input", CARD, { evidence: 'name "number"' }),
        report(`<form><input name="number" placeholder="Card Number" /><input name="cvc" /></form>`, "<input", CVC, { nth: 1, evidence: 'name "cvc"' }),
      ],
    },
    // A stroke beside other conditions is one of them.
    {
      code: `<form><input type="checkbox" name="diabetes" /><input type="checkbox" name="stroke" /></form>`,
      errors: [
        report(`<form><input type="checkbox" name="diabetes" /><input type="checkbox" name="stroke" /></form>`, "<input", HEALTH, { evidence: 'name "diabetes"' }),
        report(`<form><input type="checkbox" name="diabetes" /><input type="checkbox" name="stroke" /></form>`, "<input", HEALTH, { nth: 1, evidence: 'name "stroke"' }),
      ],
    },
    // A bare "Number" in a card form is the card's (card.js names it `number`, a Vuetify form labels it "Number");
    // a phone or house number beside it stays a phone or house number.
    {
      code: numberCardForm,
      errors: [
        report(numberCardForm, "<input", CARD, { evidence: 'name "number"' }),
        report(numberCardForm, "<input", CARD, { nth: 1, evidence: 'label "Number"' }),
        report(numberCardForm, "<input", CVC, { nth: 4, evidence: 'name "cvc"' }),
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// Markers: on the field, on an ancestor, by class helpers; conditional and text-only markers.
// ---------------------------------------------------------------------------------------------

runUnderBothParsers("require-masking: markers", RULE, {
  valid: [
    `<input name="cardNumber" data-private />`,
    `<input name="cardNumber" className="fs-exclude" />`,
    `<input name="cardNumber" className="input fs-mask" />`,
    `<input name="cardNumber" data-sentry-mask />`,
    `<input name="cardNumber" className="sentry-block" />`,
    `<input name="cardNumber" data-hj-suppress />`,
    `<input name="cardNumber" data-dd-privacy="mask-user-input" />`,
    `<input name="cardNumber" className="dd-privacy-hidden" />`,
    `<input name="cardNumber" className="ph-no-capture" />`,
    `<input name="cardNumber" className="rr-block" />`,
    `<input name="cardNumber" className="amp-mask" />`,
    `<input name="cardNumber" className="mp-mask" />`,
    `<input name="cardNumber" data-clarity-mask="true" />`,
    `<input name="cardNumber" data-openreplay-obscured />`,
    `<input name="cardNumber" data-nr-block />`,
    `<input name="cardNumber" data-heap-redact-text="true" />`,
    `<input name="cardNumber" className="highlight-block" />`,
    // Element-only markers count on the field itself.
    `<input name="cardNumber" className="rr-ignore" />`,
    `<input name="cardNumber" className="ph-ignore-input" />`,
    `<input name="cardNumber" className="sessioncamexclude" />`,
    // Inherited from an ancestor element in the same component.
    `<form className="fs-exclude"><input name="cardNumber" /></form>`,
    `<div data-private><div><label>IBAN <input name="iban" /></label></div></div>`,
    `<section data-dd-privacy="mask"><textarea name="allergies" /></section>`,
    // Class helpers, template literals and constants.
    `<input name="ssn" className={clsx("input", "fs-exclude")} />`,
    `<input name="ssn" className={cn("input", { "fs-exclude": true })} />`,
    `<input name="ssn" className={classNames(["input", "sentry-mask"])} />`,
    "<input name=\"ssn\" className={`input ${size} fs-exclude`} />",
    `const MASK = "fs-exclude"; <input name="ssn" className={MASK} />`,
    `const privacy = { "data-dd-privacy": "mask" }; <input name="iban" {...privacy} />`,
    `<input name="iban" {...{ "data-private": true }} />`,
    // MUI props that land on the native input.
    `<TextField label="Card number" inputProps={{ "data-private": true }} />`,
    `<TextField label="Card number" slotProps={{ htmlInput: { className: "fs-exclude" } }} />`,
    `<TextField label="Card number" slotProps={{ input: { "data-sentry-mask": "" } }} />`,
  ],
  invalid: [
    // A marker under a condition does not count.
    invalid(`<input name="cardNumber" className={clsx("input", { "fs-exclude": masked })} />`, "<input", CARD, {
      messageId: "conditional",
      evidence: 'name "cardNumber"',
      marker: 'class "fs-exclude"',
      classOutput: `<input name="cardNumber" className={clsx("input", { "fs-exclude": masked }, "fs-exclude")} />`,
    }),
    invalid(`<input name="cvc" className={masked && "fs-exclude"} />`, "<input", CVC, { messageId: "conditional", marker: 'class "fs-exclude"', classOutput: null }),
    invalid(`<input name="cvc" className={masked ? "sentry-mask" : ""} />`, "<input", CVC, { messageId: "conditional", marker: 'class "sentry-mask"', classOutput: null }),
    invalid(`<input name="iban" data-private={maskInputs} />`, "<input", BANK, { messageId: "conditional", marker: "data-private" }),
    invalid(`<div data-private={level}><input name="iban" /></div>`, "<input", BANK, { messageId: "conditional", marker: "data-private" }),
    // A value-keyed marker with a value the file cannot show may or may not mask.
    invalid(`<div data-dd-privacy={level}><input name="iban" /></div>`, "<input", BANK, { messageId: "conditional", marker: 'data-dd-privacy="mask"' }),
    invalid(`<div className={clsx(recording && "ph-no-capture")}><input name="ssn" /></div>`, "<input", GOV, { messageId: "conditional", marker: 'class "ph-no-capture"' }),
    // Text-only markers hide page text, not typed values.
    invalid(`<input name="ssn" className="rr-mask" />`, "<input", GOV, { messageId: "textOnly", marker: 'class "rr-mask"', classOutput: `<input name="ssn" className="rr-mask fs-exclude" />` }),
    invalid(`<div className="ph-mask"><textarea name="allergies" /></div>`, "<textarea", HEALTH, { messageId: "textOnly", marker: 'class "ph-mask"' }),
    invalid(`<div data-nr-mask><input name="ssn" /></div>`, "<input", GOV, { messageId: "textOnly", marker: "data-nr-mask" }),
    // Element-only markers do not reach descendants.
    invalid(`<div className="rr-ignore"><input name="cvc" /></div>`, "<input", CVC),
    invalid(`<div className="sessioncamexclude"><input name="cvc" /></div>`, "<input", CVC),
    // An unknown spread can add anything but proves nothing.
    invalid(`<input name="cvc" {...props} />`, "<input", CVC),
  ],
});

// ---------------------------------------------------------------------------------------------
// Suggestions: every way a marker is written, with the exact output.
// ---------------------------------------------------------------------------------------------

describe("suggestions write each marker kind", () => {
  const datadog: Marker = { marker: 'data-dd-privacy="mask"', vendor: "Datadog RUM", insert: ' data-dd-privacy="mask"' };
  const posthog = { marker: 'class "ph-no-capture"', vendor: "PostHog" };
  const only = (recorder: string) => ({ "replay-privacy": { recorders: [recorder] } });
  runUnderBothParsers("require-masking: suggestions", RULE, {
    valid: [],
    invalid: [
      // An attribute inserted after the tag name (generics included under TS).
      invalid(`<input name="ssn" />`, "<input", GOV, { markers: [datadog], settings: only("datadog") }),
      // A class merged into a static className.
      {
        code: `<input name="ssn" className="form-input" />`,
        settings: only("posthog"),
        errors: [{ messageId: "unmasked", suggestions: [{ messageId: "addMarker", data: posthog, output: `<input name="ssn" className="form-input ph-no-capture" />` }] }],
      },
      {
        code: `<input name="ssn" className={"form-input"} />`,
        settings: only("posthog"),
        errors: [{ messageId: "unmasked", suggestions: [{ messageId: "addMarker", data: posthog, output: `<input name="ssn" className={"form-input ph-no-capture"} />` }] }],
      },
      // Into a clsx call.
      {
        code: `<input name="ssn" className={clsx("a", b && "c")} />`,
        settings: only("posthog"),
        errors: [{ messageId: "unmasked", suggestions: [{ messageId: "addMarker", data: posthog, output: `<input name="ssn" className={clsx("a", b && "c", "ph-no-capture")} />` }] }],
      },
      // Into a template literal.
      {
        code: "<input name=\"ssn\" className={`a ${b}`} />",
        settings: only("posthog"),
        errors: [{ messageId: "unmasked", suggestions: [{ messageId: "addMarker", data: posthog, output: "<input name=\"ssn\" className={`a ${b} ph-no-capture`} />" }] }],
      },
      // A new className.
      {
        code: `<input name="ssn" />`,
        settings: only("posthog"),
        errors: [{ messageId: "unmasked", suggestions: [{ messageId: "addMarker", data: posthog, output: `<input className="ph-no-capture" name="ssn" />` }] }],
      },
      // A className the fix cannot extend: no class suggestion, the attribute ones remain.
      {
        code: `<input name="ssn" className={styles.field} />`,
        errors: [{ messageId: "unmasked", suggestions: fixes(`<input name="ssn" className={styles.field} />`, "<input", { markers: [LOGROCKET, SENTRY, HOTJAR] }) }],
      },
    ],
  });

  createTsxTester().run("require-masking: suggestions after type arguments", RULE, {
    valid: [],
    invalid: [
      {
        code: `<Input<FormValues> name="iban" />`,
        settings: { "replay-privacy": { recorders: ["logrocket"] } },
        errors: [{ messageId: "unmasked", line: 1, column: 2, endColumn: 7, suggestions: [{ messageId: "addMarker", data: { marker: "data-private", vendor: "LogRocket" }, output: `<Input<FormValues> data-private name="iban" />` }] }],
      },
    ],
  });
});

// ---------------------------------------------------------------------------------------------
// Names from form libraries, constants, spreads and conditionals.
// ---------------------------------------------------------------------------------------------

runUnderBothParsers("require-masking: names and values", RULE, {
  valid: [
    `<input {...register("couponCode")} />`,
    `const NAME = "promoCode"; <input name={NAME} />`,
    `function Coupon({ control }) { const { field } = useController({ name: "couponCode", control }); return <input {...field} />; }`,
    // Not a form hook's field: a local object that happens to be called field.
    `function Row() { const { field } = useTableColumn({ name: "cardNumber" }); return <input {...field} />; }`,
    // A controlled value names the field by its last key only: the objects around it name the form.
    `<input type="email" value={uniqueCodeFormData.email} onChange={onEmail} />`,
    `<input value={field.value ?? ""} onChange={field.onChange} />`,
    // A props getter that names nothing sensitive.
    `<input {...getToggleButtonProps()} />`,
    // Change handlers that store nothing sensitive, or nothing the field typed.
    `<input onChange={(e) => setQuery(e.target.value)} />`,
    `<input onChange={() => setCardNumberTouched(true)} />`,
    `<input onChange={(e) => setValues({ ...values, [e.target.name]: e.target.value })} />`,
    `<input onChange={(e) => { track("cardNumber"); setNote(e.target.value); }} />`,
    `<input onChange={(e) => { a(); b(); c(); setCardNumber(e.target.value); }} />`,
    // React Native: a constant secureTextEntry is a password field, shown as dots on every screen.
    `<TextInput placeholder="Password" secureTextEntry />`,
    `<TextInput placeholder="PIN" secureTextEntry={true} />`,
    // posthog-react-native redacts a view labelled ph-no-capture, with what it holds.
    `<View accessibilityLabel="ph-no-capture"><TextInput placeholder="PIN" secureTextEntry={hidden} /></View>`,
    // A generic wrapper hands its caller's secureTextEntry on: it is no password field of its own.
    `export function CustomInputNumeric(props) { return <TextInput placeholder={props.placeholder} secureTextEntry={props.secureText} keyboardType="numeric" />; }`,
    `export const AppInput = ({ label, secure = false }) => <View>{[label].map((l) => <TextInput key={l} placeholder={l} secureTextEntry={secure} />)}</View>;`,
    `class FormInput extends Component { render() { return <TextInput placeholder={this.props.placeholder} secureTextEntry={this.props.secure} />; } }`,
    // Items spread onto a field over a constant array: a marker any item carries counts; items that name nothing sensitive.
    `const FIELDS = [{ name: "cardNumber", label: "Card number", className: "fs-exclude" }, { name: "email", label: "Email" }]; FIELDS.map((f) => <TextField key={f.name} {...f} />)`,
    `const FIELDS = [{ name: "city", label: "City" }, { name: "zip", label: "ZIP" }]; FIELDS.map((f) => <input key={f.name} {...f} />)`,
  ],
  invalid: [
    invalid(`<input {...register("cardNumber", { required: true })} />`, "<input", CARD, { evidence: 'name "cardNumber"' }),
    // react-payment-inputs: the props getter names the field.
    invalid(`<input {...getCardNumberProps({ onChange })} />`, "<input", CARD, { evidence: 'name "CardNumber"' }),
    invalid(`<Input {...getCVCProps()} id={id} />`, "<Input", CVC, { evidence: 'name "CVC"' }),
    // A controlled field's state names it (`useState` forms often have no name attribute).
    invalid(`<input value={cardNumber} onChange={(e) => setCardNumber(e.target.value)} />`, "<input", CARD, { evidence: 'name "cardNumber"' }),
    invalid(`<input value={formik.values?.iban ?? ""} onChange={formik.handleChange} />`, "<input", BANK, { evidence: 'name "iban"' }),
    // So does the state its change handler writes, when the field is not controlled.
    invalid(`<input onChange={(e) => setSsn(e.target.value)} />`, "<input", GOV, { evidence: 'name "ssn"' }),
    // A field wrapper's name from a parameter default (callers may pass another).
    invalid(
      `const CreditCardField = ({ name = "cc-number", ...rest }) => <Field name={name} render={({ input }) => <input {...input} type="tel" {...rest} />} />;`,
      "<input",
      CARD,
      { evidence: 'name "cc-number"' },
    ),
    invalid(`<input onChange={(event) => { setCardCvv(event.currentTarget.value.replace(/\\D/g, "")); setError(null); }} />`, "<input", CVC, { evidence: 'name "cardCvv"' }),
    invalid(`<input onChange={(e) => setForm({ ...form, iban: e.target.value })} />`, "<input", BANK, { evidence: 'name "iban"' }),
    invalid(`<input onChange={(e) => setForm((previous) => ({ ...previous, cvc: e.target.value }))} />`, "<input", CVC, { evidence: 'name "cvc"' }),
    invalid(`<input onChange={(e) => formik.setFieldValue("dateOfBirth", e.target.value)} />`, "<input", "Date of birth", { evidence: 'name "dateOfBirth"' }),
    invalid(`<input onChange={handleChange("cardNumber")} />`, "<input", CARD, { evidence: 'name "cardNumber"' }),
    invalid(`<TextInput onChangeText={setPassportNumber} />`, "<TextInput", GOV, { evidence: 'name "passportNumber"' }),
    // secureTextEntry bound to state is a show-password toggle; turned off, the field is read as text.
    invalid(`class InputPassword extends Component { render() { return <TextInput {...this.props} secureTextEntry={this.state.hidden} />; } }`, "<TextInput", CREDENTIAL, { evidence: 'type="password"' }),
    // A wrapper's own show-password state is a toggle, whatever props it takes.
    invalid(`export const AppInput = ({ label }) => { const [hidden, setHidden] = useState(true); return <TextInput placeholder={label} secureTextEntry={hidden} />; };`, "<TextInput", CREDENTIAL, { evidence: 'type="password"' }),
    invalid(`<TextInput placeholder="PIN" secureTextEntry={false} />`, "<TextInput", CREDENTIAL, { evidence: 'placeholder "PIN"' }),
    // Any other accessibility label is no marker.
    invalid(`<View accessibilityLabel="PIN entry"><TextInput placeholder="PIN" secureTextEntry={false} /></View>`, "<TextInput", CREDENTIAL, { evidence: 'placeholder "PIN"' }),
    invalid(`<TextInput onChangeText={(text) => setTaxId(text)} />`, "<TextInput", GOV, { evidence: 'name "taxId"' }),
    invalid(`<input onChange={function (e) { setIban(e.target.value || ""); }} />`, "<input", BANK, { evidence: 'name "iban"' }),
    invalid(`<input onChange={(e) => setCvc(valid ? e.target.value : cvc)} />`, "<input", CVC, { evidence: 'name "cvc"' }),
    invalid(`<input onChange={(e) => update({ ...card, "cardNumber": e.target.value })} />`, "<input", CARD, { evidence: 'name "cardNumber"' }),
    invalid(`<input defaultValue={profile["ssn"]} />`, "<input", GOV, { evidence: 'name "ssn"' }),
    invalid(`<input {...register(first ? "securityAnswer1" : "securityAnswer2")} />`, "<input", CREDENTIAL, { evidence: 'name "securityAnswer1"' }),
    invalid(`<input {...formik.getFieldProps("iban")} />`, "<input", BANK, { evidence: 'name "iban"' }),
    invalid(`<TextInput {...form.getInputProps("ssn")} />`, "<TextInput", GOV, { evidence: 'name "ssn"' }),
    invalid(`function Ssn({ control }) { const { field } = useController({ name: "ssn", control }); return <input {...field} />; }`, "<input", GOV, { evidence: 'name "ssn"' }),
    invalid(`function Iban() { const [field, meta] = useField("iban"); return <input {...field} aria-invalid={!!meta.error} />; }`, "<input", BANK, { evidence: 'name "iban"' }),
    invalid(`function Cvc() { const { input } = useField("cvc", { parse }); return <input {...input} />; }`, "<input", CVC, { evidence: 'name "cvc"' }),
    invalid(`function Pan({ control }) { const pan = useController({ name: "cardNumber", control }); return <input {...pan.field} />; }`, "<input", CARD, { evidence: 'name "cardNumber"' }),
    invalid(`const NAME = "cardNumber"; <input name={NAME} />`, "<input", CARD, { evidence: 'name "cardNumber"' }),
    invalid(`const FIELDS = { pan: "cardNumber" }; <input name={FIELDS.pan} />`, "<input", CARD, { evidence: 'name "cardNumber"' }),
    invalid("<input name={`${prefix}.cardNumber`} />", "<input", CARD, { evidence: 'name ".cardNumber"' }),
    invalid(`<input name={["billing", "iban"]} />`, "<input", BANK, { evidence: 'name "billing.iban"' }),
    invalid(`<input name={isCompany ? "vatNumber" : "ssn"} />`, "<input", GOV, { evidence: 'name "ssn"' }),
    invalid(`const type = shown ? "text" : "password"; <input name="pwd" type={type} />`, "<input", CREDENTIAL, { evidence: 'type="password"' }),
    invalid(`const FIELDS = [{ name: "cardNumber" }, { name: "coupon" }]; FIELDS.map((f) => <input key={f.name} name={f.name} />)`, "<input", CARD, { evidence: 'name "cardNumber"' }),
    invalid(`const FIELDS = [{ name: "email", label: "Email" }, { name: "iban", label: "IBAN" }]; FIELDS.map((f) => <TextField key={f.name} {...f} />)`, "<TextField", BANK, { evidence: 'name "iban"' }),
    invalid(`const QUESTIONS = [{ id: "q1", text: "Do you take any medications?" }]; QUESTIONS.map((q) => <div><p>{q.text}</p><label><input type="radio" name={q.id} /> Yes</label></div>)`, "<input", HEALTH),
    invalid(`<label>{t("checkout.payment.cardNumber")}<input /></label>`, "<input", CARD, { evidence: 'label "payment cardNumber"' }),
    invalid(`<input placeholder={t("settings.bank.iban.placeholder")} />`, "<input", BANK, { evidence: 'placeholder "bank iban"' }),
  ],
});

// ---------------------------------------------------------------------------------------------
// Components: design-system names, settings.components, polymorphic `as`, wrappers.
// ---------------------------------------------------------------------------------------------

runUnderBothParsers("require-masking: components", RULE, {
  valid: [
    // Not fields, whatever their props say.
    `<Icon name="pin" />`,
    `<Ionicons name="pin" size={24} />`,
    `<CardTitle>Card number</CardTitle>`,
    `<Tooltip title="What is a CVV?"><InfoIcon /></Tooltip>`,
    `<Form.Item name="cardNumber" label="Card number"><Input data-private /></Form.Item>`,
    `<FormField name="ssn" render={({ field }) => <FormItem><FormLabel>SSN</FormLabel><FormControl><Input className="fs-exclude" {...field} /></FormControl></FormItem>} />`,
    `<Controller name="iban" render={({ field }) => <TextField {...field} data-private />} />`,
    `<Controller name="promoCode" render={({ field }) => <Input name={field.name} label="Promo code" />} />`,
    // Stripe Elements render cross-origin iframes.
    `<CardNumberElement options={{}} />`,
    // A \`control\` prop that is no field kind, or react-hook-form's control object, makes no field.
    `<FormControl control="button" name="cardNumber" />`,
    `<Widget control={control} name="cardNumber" />`,
    // ProFormCaptcha without its send handler is a CAPTCHA answer; an app's own Textfield named for a title holds nothing sensitive.
    `<ProFormCaptcha name="captcha" label="验证码" />`,
    `<Textfield name="title" label="Title" />`,
    // A custom element not named for a field, one named for a city; a company's CNPJ and a postal code as mask types.
    `<sl-card label="Card number"></sl-card>`,
    `<sl-input label="City" name="city"></sl-input>`,
    `<TextInputMask type="cnpj" value={v} onChangeText={setV} />`,
    `<TextInputMask type="zip-code" value={v} onChangeText={setV} />`,
    // supabase's shadcn parts carry a variant tag: still fields, and still masked by a marker.
    `<FormField_Shadcn_ name="iban" render={({ field }) => <FormItem_Shadcn_><FormControl_Shadcn_><Input_Shadcn_ {...field} data-private /></FormControl_Shadcn_></FormItem_Shadcn_>} />`,
    // A variant tag on something that is not a field.
    `<Badge_Shadcn_ title="IBAN" />`,
    // A group with its own marker covers its options.
    `<RadioGroup name="ethnicity" className="fs-exclude"><Radio value="a" /><Radio value="b" /></RadioGroup>`,
    // Parts around an input, named prefix-first, are not fields.
    `<InputGroup label="IBAN"><InputLeftAddon>IBAN</InputLeftAddon><InputError message="Invalid IBAN" /></InputGroup>`,
    // auth0 Lock's `InputWrap` frames the input it is handed, under the same name: the input is the field.
    `<InputWrap name="verification-code"><input name="verification-code" className="fs-exclude" /></InputWrap>`,
    // Named after what holds the field: a card or a form is not one.
    `<CardWithInput title="Card number" />`,
    `<FormWithValidation name="ssn" />`,
    // An app's own version of a library component, prefixed My: not Japan's My Number.
    `<MyNumberInput name="price" label="Prix" />`,
    // Input props from register() make a component a field; other props getters do not.
    `<FormField label="Gift card message" {...register("giftMessage")} />`,
    `<UploadZone label="Passport scan" {...getRootProps()} />`,
    // Autofill hints that name nothing sensitive, and a plural that is not a code's boxes.
    `<TextInput textContentType="emailAddress" autoComplete="email" />`,
    `<TextInput textContentType="username" />`,
    `<TagInputs tags={tags} />`,
    // A component handed to a wrapper that is no field component (a route, a layout, MUI's polymorphic Box).
    `<Route path="/iban" component={IbanPage} />`,
    `<Box component={Paper} label="IBAN" />`,
    `<InputWrapper InputComponent={TextInput} inputID="nickname" label="Nickname" />`,
    `<Field component={TextField} name="nickname" label="Nickname" />`,
  ],
  invalid: [
    invalid(`<TextField label="IBAN" />`, "<TextField", BANK, { evidence: 'label "IBAN"' }),
    invalid(`<Form.Control placeholder="Card number" />`, "<Form.Control", CARD),
    invalid(`<FormInput label="Numer karty" name="x" />`, "<FormInput", CARD, { evidence: 'label "Numer karty"' }),
    invalid(`<CardNumberInput />`, "<CardNumberInput", CARD, { evidence: 'name "CardNumber"' }),
    invalid(`<MyCardNumberInput />`, "<MyCardNumberInput", CARD, { evidence: 'name "CardNumber"' }),
    // The component's cell count is the strongest word on a code component (its name says it too).
    invalid(`<OtpInput numInputs={6} />`, "<OtpInput", OTP, { evidence: "numInputs={6}" }),
    invalid(`<OtpInputs handleChange={setCode} numberOfInputs={6} />`, "<OtpInputs", OTP, { evidence: "numberOfInputs={6}" }),
    invalid(`<OtpInput />`, "<OtpInput", OTP, { evidence: 'name "Otp"' }),
    // react-native-smooth-pincode-input: "PinCode" alone may be India's postal code; six cells are a code.
    invalid(`<SmoothPinCodeInput codeLength={6} value={pin} onTextChange={setPin} />`, "<SmoothPinCodeInput", OTP, { evidence: "codeLength={6}" }),
    // React Native's autofill hints, as Android (autoComplete) and iOS (textContentType) spell them.
    invalid(`<CodeField value={value} onChangeText={setValue} cellCount={6} textContentType="oneTimeCode" />`, "<CodeField", OTP, { evidence: 'autocomplete="one-time-code"' }),
    invalid(`<TextInput autoComplete="sms-otp" />`, "<TextInput", OTP, { evidence: 'autocomplete="one-time-code"' }),
    invalid(`<TextInput textContentType="creditCardNumber" />`, "<TextInput", CARD, { evidence: 'autocomplete="cc-number"' }),
    invalid(`<InputOTP maxLength={6}><InputOTPGroup><InputOTPSlot index={0} /></InputOTPGroup></InputOTP>`, "<InputOTP", OTP),
    invalid(`<PasswordInput label="Password" />`, "<PasswordInput", CREDENTIAL),
    invalid(`<Input.Password />`, "<Input.Password", CREDENTIAL),
    invalid(`<Textarea label="Medical history" />`, "<Textarea", HEALTH),
    invalid(`<Select label="Blood type" />`, "<Select", HEALTH),
    invalid(`<DatePicker label="Date of birth" />`, "<DatePicker", DOB),
    // react-datepicker's placeholder prop is \`placeholderText\`.
    invalid(`<DatePicker selected={day} onChange={setDay} placeholderText="Дата рождения" />`, "<DatePicker", DOB, { evidence: 'placeholder "Дата рождения"' }),
    invalid(`<PatternFormat format="#### #### #### ####" />`, "<PatternFormat", CARD, { evidence: 'format "#### #### #### ####"' }),
    invalid(`<TextInput source="ssn" />`, "<TextInput", GOV, { evidence: 'name "ssn"' }),
    // A wrapper given the field component it renders (Expensify's InputWrapper, redux-form's Field under another name).
    invalid(`<InputWrapper InputComponent={TextInput} inputID={INPUT_IDS.IBAN} label="IBAN" />`, "<InputWrapper", BANK, { evidence: 'label "IBAN"' }),
    invalid(`<Row><InputWrapper component={Form.Input} name="ssn" /></Row>`, "<InputWrapper", GOV, { evidence: 'name "ssn"' }),
    // redux-form's generic Field given a component named for what it holds, the field's name passed through.
    invalid(`<Field component={CardNumberInput} label={label} name={name} />`, "<Field", CARD, { evidence: 'name "CardNumber"' }),
    // The Formik tutorial's switch component: its \`control\` prop names the field it renders.
    invalid(`<FormControl control="input" name="paymentDetails.cardNumber" label="Card Number" />`, "<FormControl", CARD, { evidence: 'name "paymentDetails.cardNumber"' }),
    invalid(`<FormControl control="date" name="dob" />`, "<FormControl", DOB, { evidence: 'name "dob"' }),
    // ant-design pro-components: ProFormText, and ProFormCaptcha sending an SMS code by its own button (验证码 means both).
    invalid(`<ProFormText name="iban" label="IBAN" />`, "<ProFormText", BANK, { evidence: 'name "iban"' }),
    invalid(`<ProFormCaptcha name="captcha" label="验证码" onGetCaptcha={sendSms} />`, "<ProFormCaptcha", OTP, { evidence: 'label "验证码"' }),
    // A wrapper holding only a label for an id no element has names the field after it (Tailwind forms).
    invalid(`<form><input name="cardNumber" data-private /><div><div><label htmlFor="code">Expiry Date:</label></div><input type="number" name="month" placeholder="MM" /></div></form>`, '<input type="number"', CARD, { evidence: 'label "Expiry Date:"' }),
    // The typed parts of one date share the caption before the first, as in markup; also in Russian ("Годен до", valid thru).
    {
      code: `<form><input name="cardNumber" data-private /><label>Expires</label><input type="text" placeholder="MM" /><input type="text" placeholder="YY" /></form>`,
      errors: [0, 1].map((nth) => report(`<form><input name="cardNumber" data-private /><label>Expires</label><input type="text" placeholder="MM" /><input type="text" placeholder="YY" /></form>`, '<input type="text"', CARD, { nth, evidence: 'label "Expires"' })),
    },
    {
      code: `<form><input name="cardNumber" data-private /><label>Годен до</label><input type="text" placeholder="ММ" /><input type="text" placeholder="ГГ" /></form>`,
      errors: [0, 1].map((nth) => report(`<form><input name="cardNumber" data-private /><label>Годен до</label><input type="text" placeholder="ММ" /><input type="text" placeholder="ГГ" /></form>`, '<input type="text"', CARD, { nth, evidence: 'label "Годен до"' })),
    },
    invalid(`<form><input name="cardNumber" data-private /><input type="text" placeholder="ММ/ГГ" /></form>`, '<input type="text"', CARD, { evidence: 'placeholder "ММ/ГГ"' }),
    // A field its code calls a captcha, beside a button that sends the code: a one-time code, as in markup.
    invalid(`<Row><Input name="captcha" placeholder="验证码" /><Button onClick={getSmsCode}>获取验证码</Button></Row>`, "<Input", OTP, { evidence: 'placeholder "验证码"' }),
    // Custom elements in JSX (Stencil, Shoelace in React) are read as in markup.
    invalid(`<sl-input label="Social security number" name="ssn"></sl-input>`, "<sl-input", GOV, { evidence: 'label "Social security number"' }),
    invalid(`<vui-textbox label="Verification code" name="code" />`, "<vui-textbox", OTP, { evidence: 'label "Verification code"' }),
    // react-native-masked-text names its mask by \`type\`: a CPF is Brazil's personal tax ID.
    invalid(`<TextInputMask type={'cpf'} value={value} onChangeText={onChange} />`, "<TextInputMask", GOV, { evidence: 'type "cpf"' }),
    invalid(`<TextInputMask type="credit-card" value={v} onChangeText={setV} />`, "<TextInputMask", CARD, { evidence: 'type "credit-card"' }),
    // An app's own input named in lower case after its first letter (React Native's \`Inputtext\`).
    invalid(`<Inputtext name={'Adhaar Number'} place={'Enter 12 Digits Adhaar Number'} value={adharno} />`, "<Inputtext", GOV, { evidence: 'name "Adhaar Number"' }),
    // PrimeReact's InputText / InputNumber, and an app's own inputs named prefix-first.
    invalid(`<InputText id="iban" />`, "<InputText", BANK, { evidence: 'id "iban"' }),
    invalid(`<InputNumber inputId="cvc" name="cvc" />`, "<InputNumber", CVC, { evidence: 'name "cvc"' }),
    invalid(`<InputSeller title="IBAN" name="iban" />`, "<InputSeller", BANK, { evidence: 'name "iban"' }),
    // Named after what the component adds to the field (shadcn's InputWithLabel, HospitalRun's form groups).
    invalid(`<InputWithLabel label="IBAN" />`, "<InputWithLabel", BANK, { evidence: 'label "IBAN"' }),
    invalid(`<TextInputWithLabelFormGroup name="ssn" label="SSN" isEditable />`, "<TextInputWithLabelFormGroup", GOV, { evidence: 'name "ssn"' }),
    // A component given an input's props by react-hook-form, Mantine or Formik renders that input, whatever its name.
    invalid(`<FormField label="Nomor Rekening" {...register("noRekening", { required: true })} />`, "<FormField", BANK, { evidence: 'name "noRekening"' }),
    invalid(`<FormControl label="IBAN" {...form.getInputProps("iban")} />`, "<FormControl", BANK, { evidence: 'name "iban"' }),
    invalid(`<InputGroup label="CVV" {...formik.getFieldProps("cvv")} />`, "<InputGroup", CVC, { evidence: 'name "cvv"' }),
    invalid(`<InputSocialSecurityNumber control={control} />`, "<InputSocialSecurityNumber", GOV, { evidence: 'name "InputSocialSecurityNumber"' }),
    // supabase's shadcn naming: `Input_Shadcn_`, its wrapper `FormField_Shadcn_` naming the field inside.
    invalid(`<Input_Shadcn_ id="iban" placeholder="IBAN" />`, "<Input_Shadcn_", BANK, { evidence: 'id "iban"' }),
    invalid(`<FormField_Shadcn_ name="cvc" render={({ field }) => <FormItem_Shadcn_><FormControl_Shadcn_><Input_Shadcn_ {...field} /></FormControl_Shadcn_></FormItem_Shadcn_>} />`, "<Input_Shadcn_", CVC, { evidence: 'name "cvc"' }),
    // Polymorphic components by their `as`.
    invalid(`<Box as="input" name="ssn" />`, "<Box", GOV),
    invalid(`<Field as="select" name="ethnicity"><option>Asian</option></Field>`, "<Field", SPECIAL),
    // Wrappers name the field inside: react-hook-form, antd, shadcn, react-bootstrap, final-form.
    invalid(`<Controller name="iban" render={({ field }) => <TextField {...field} />} />`, "<TextField", BANK, { evidence: 'name "iban"' }),
    invalid(`<Form.Item name="cvc" label="CVC"><Input /></Form.Item>`, "<Input", CVC, { evidence: 'name "cvc"' }),
    invalid(`<Form.Item name={["card", "number"]}><Input /></Form.Item>`, "<Input", CARD, { evidence: 'name "card.number"' }),
    invalid(`<FormField name="allergies" render={({ field }) => <FormItem><FormLabel>Allergies</FormLabel><FormControl><Textarea {...field} /></FormControl></FormItem>} />`, "<Textarea", HEALTH, { evidence: 'name "allergies"' }),
    invalid(`<Form.Group controlId="ccNumber"><Form.Label>Card number</Form.Label><Form.Control /></Form.Group>`, "<Form.Control", CARD, { evidence: 'name "ccNumber"' }),
    invalid(`<Field name="ssn">{({ input }) => <input {...input} />}</Field>`, "<input", GOV, { evidence: 'name "ssn"' }),
    // `name={field.name}` only passes the wrapper's name on (island.is's card form, inside an InputMask).
    invalid(`<Controller name="cardCVC" render={({ field }) => <InputMask mask="999" {...field}><Input name={field.name} /></InputMask>} />`, "<Input ", CVC, { evidence: 'name "cardCVC"' }),
    // react-input-mask renders the field it wraps: that field is reported, with the mask's name.
    invalid(`<ReactInputMask name="data_nascimento" mask="99/99/9999"><TextField label="Data de nascimento" /></ReactInputMask>`, "<TextField", DOB),
    invalid(`<InputMask mask="999.999.999-99" name="cpf" />`, "<InputMask", GOV, { evidence: 'name "cpf"' }),
    invalid(`<FormControl id="password"><FormLabel>Password</FormLabel><Input type={show ? "text" : "password"} /></FormControl>`, "<Input", CREDENTIAL),
    // A group reports once, not per option.
    invalid(`<RadioGroup name="ethnicity"><Radio value="a" /><Radio value="b" /></RadioGroup>`, "<RadioGroup", SPECIAL),
  ],
});

runUnderBothParsers(
  "require-masking: settings.components and polymorphicPropName",
  RULE,
  {
    valid: [
      // Mapped to a tag that is not a field.
      `<MoneyBadge name="cardNumber" />`,
      // The default `as` is not the configured polymorphic prop.
      `<Box as="input" name="ssn" />`,
    ],
    invalid: [
      invalid(`<MoneyField name="cardNumber" />`, "<MoneyField", CARD),
      invalid(`<Box component="input" name="ssn" />`, "<Box", GOV),
      invalid(`<Notes name="allergies" />`, "<Notes", HEALTH),
    ],
  },
  { "replay-privacy": { components: { MoneyField: "input", MoneyBadge: "span", Notes: "textarea" }, polymorphicPropName: "component" } },
);

runUnderBothParsers(
  "require-masking: detectDesignSystemFields off",
  RULE,
  { valid: [`<TextField label="IBAN" />`, `<PasswordInput label="Password" />`], invalid: [invalid(`<input name="iban" />`, "<input", BANK)] },
  { "replay-privacy": { detectDesignSystemFields: false } },
);

// ---------------------------------------------------------------------------------------------
// Options: passwords, weakSignals, ignoreNames; settings.recorders.
// ---------------------------------------------------------------------------------------------

runUnderBothParsers("require-masking: options", RULE, {
  valid: [
    `<input type="password" name="password" autoComplete="new-password" />`,
    { code: `<input name="testCardNumber" />`, options: [{ ignoreNames: ["testCardNumber"] }] },
    { code: `<input id="cvc-demo" name="x" />`, options: [{ ignoreNames: ["cvc-demo"] }] },
    `<form><label>Expiry date</label><input name="expiry" /></form>`,
    // Under weakSignals too: a bare name or number shape is a card's only in a card form, and a
    // weight beside a width is a product's.
    { code: `<form><input name="name" /><input name="description" /></form>`, options: [{ weakSignals: true, categories: { "person-name": false } }] },
    { code: `<form><input name="quantity" placeholder="100" /></form>`, options: [{ weakSignals: true }] },
    { code: `<form><input name="enabled" /><label>Disabled<input type="checkbox" name="disabled" /></label></form>`, options: [{ weakSignals: true }] },
    { code: `<form><input name="weight" type="number" /><input name="width" /><input name="height" /></form>`, options: [{ weakSignals: true }] },
  ],
  invalid: [
    // A card form makes the bare name the cardholder's.
    {
      code: `<form><input name="cardNumber" className="fs-exclude" /><input name="name" /></form>`,
      options: [{ weakSignals: true, categories: { "person-name": false } }],
      errors: [report(`<form><input name="cardNumber" className="fs-exclude" /><input name="name" /></form>`, '<input name="name"', CARD, { evidence: 'name "name"' })],
    },
    // Without a product dimension beside it, a weight is a body measurement.
    invalid(`<form><input name="weight" type="number" /><input name="email" /></form>`, "<input", HEALTH, { evidence: 'name "weight"', options: [{ weakSignals: true }] }),
    invalid(`<input type="password" name="password" />`, "<input", CREDENTIAL, { evidence: 'type="password"', options: [{ passwords: "always" }] }),
    invalid(`<input type={t} name="password" />`, "<input", CREDENTIAL, { evidence: 'name "password"' }),
    invalid(`<form><label>Expiry date</label><input name="expiry" /></form>`, "<input", CARD, { options: [{ weakSignals: true }] }),
    invalid(`<input name="security_code" />`, "<input", CVC, { options: [{ weakSignals: true }] }),
    invalid(`<input name="cardNumber" />`, "<input", CARD, { options: [{ ignoreNames: ["otherField"] }] }),
  ],
});

runUnderBothParsers(
  "require-masking: settings.recorders",
  RULE,
  {
    valid: [`<input name="ssn" className="ph-no-capture" />`, `<input name="ssn" className="ph-ignore-input" />`],
    invalid: [
      // Only PostHog's markers count, and only PostHog's marker is offered.
      {
        code: `<input name="ssn" data-private />`,
        errors: [{ messageId: "unmasked", suggestions: [{ messageId: "addMarker", data: { marker: 'class "ph-no-capture"', vendor: "PostHog" }, output: `<input className="ph-no-capture" name="ssn" data-private />` }] }],
      },
    ],
  },
  { "replay-privacy": { recorders: ["posthog"] } },
);

runUnderBothParsers(
  "require-masking: Mixpanel honours other vendors' classes",
  RULE,
  {
    valid: [`<input name="ssn" className="fs-exclude" />`, `<input name="ssn" className="mp-mask" />`],
    invalid: [
      {
        code: `<input name="ssn" data-private />`,
        errors: [{ messageId: "unmasked", suggestions: [{ messageId: "addMarker", data: { marker: 'class "mp-mask"', vendor: "Mixpanel Session Replay" }, output: `<input className="mp-mask" name="ssn" data-private />` }] }],
      },
    ],
  },
  { "replay-privacy": { recorders: ["mixpanel"] } },
);

// ---------------------------------------------------------------------------------------------
// Languages of labels.
// ---------------------------------------------------------------------------------------------

const languages: [string, string, string][] = [
  ["de", "Kartennummer", CARD],
  ["de", "Prüfziffer", CVC],
  ["de", "Steuer-ID", GOV],
  ["fr", "Numéro de carte", CARD],
  ["fr", "Cryptogramme visuel", CVC],
  ["fr", "Numéro de sécurité sociale", GOV],
  ["es", "Número de tarjeta", CARD],
  ["es", "Fecha de nacimiento", DOB],
  ["it", "Codice fiscale", GOV],
  ["it", "Numero carta", CARD],
  ["pt", "Número do cartão", CARD],
  ["pt", "Senha", CREDENTIAL],
  ["nl", "Burgerservicenummer (BSN)", GOV],
  ["nl", "Rekeningnummer", BANK],
  ["pl", "Numer karty", CARD],
  ["pl", "PESEL", GOV],
  ["sv", "Personnummer", GOV],
  ["sv", "Kortnummer", CARD],
  ["ja", "カード番号", CARD],
  ["zh", "身份证号", GOV],
  ["ko", "주민등록번호", GOV],
  ["tr", "Doğum Tarihi", DOB],
  // Taiwan writes the identity card 身分證; a patient's condition and the medication taken.
  ["zh-TW", "病人身分證", GOV],
  ["zh", "病情", HEALTH],
  ["zh", "用药", HEALTH],
  ["id", "Cacat Tubuh", HEALTH],
  ["id", "KTP Number", GOV],
  ["en", "RTGS Acc Number", BANK],
];

runUnderBothParsers("require-masking: label languages", RULE, {
  valid: [
    // Words of one language that are acronyms of another stay quiet in running text.
    `<label>Okres ważności (dni)<input /></label>`,
    `<label>Teléfono (sin prefijo)<input /></label>`,
    `<label>Din e-postadress<input /></label>`,
    `<label>Palabra clave<input /></label>`,
    `<label>Ne pas remplir<input /></label>`,
    // A user name (用户名) is no medication (用药); a defective product (produk cacat) no disability; an account manager no account number.
    `<label>用户名<input /></label>`,
    `<label>Produk cacat<input /></label>`,
    `<label>Acc Manager<input /></label>`,
    `<label>KTP Address<input /></label>`,
  ],
  invalid: languages.map(([, label, category]) => {
    const code = `<label>${label} <input /></label>`;
    return invalid(code, "<input", category, { evidence: `label "${label}"` });
  }),
});

// ---------------------------------------------------------------------------------------------
// False-positive traps (all valid).
// ---------------------------------------------------------------------------------------------

const traps = [
  // A first or last name beside a card field is a person's name, not the cardholder's; an
  // employee's probation period is HR data; a drawing tool's stroke is no stroke; a tag select is no date part.
  `<form><input name="cardNumber" data-private /><input name="firstName" /><label htmlFor="ln">Last name</label><input id="ln" /></form>`,
  `<input name="probationPeriod" type="number" />`,
  // A second-factor sign-in form prefixes every field; where a code is sent and the factor's settings are no code.
  `<form><input type="text" id="tfa_j_username" name="username" /><input type="text" id="tfa_sessionid" name="sessionId" /></form>`,
  `<input name="otp_phone" />`,
  // Only another part of the date passes on its caption: the field after an expiry month is not the expiry.
  `<form><input name="cardNumber" data-private /><label>Expires</label><input type="text" placeholder="MM" data-private /><input type="text" name="nickname" /></form>`,
  // A company's or a brand's ideology is no political opinion.
  `<input name="companyIdeology" />`,
  `<label>Brand ideology <input name="brand" /></label>`,
  // A licence number alone may be a business's or a software licence's.
  `<label>Licence number <input type="text" name="licence_number" /></label>`,
  `<input type="text" name="twoFactorStatus" readOnly={false} />`,
  `<input name="mfaDeviceName" />`,
  // A law firm's contact form asks which attorney; a team (队, `dui` in pinyin) is no record.
  `<label>DUI attorney name <input name="attorney" /></label>`,
  `<input name="dui_name" />`,
  `<div><input type="checkbox" value="yes" /> <span>Send me the newsletter</span></div>`,
  `<input name="lugar_nacimiento" />`,
  `<select name="size"><option value="">Choose a size</option><option>M</option></select>`,
  `import { Box as CardNumberBox } from "ui";\nconst B = () => <CardNumberBox />;`,
  // A getter's argument and a wrapper's label that name nothing sensitive; a placeholder that names
  // the field still qualifies it (a gift card); a caption in a fragment belongs to the field right after it.
  `const F = ({ getFunctionalInputProps }) => <input {...getFunctionalInputProps("nickname")} />;`,
  `<Input.Wrapper label="Nickname"><Input placeholder="Type here" /></Input.Wrapper>`,
  `<input name="cardNumber" placeholder="Gift card number" />`,
  `const F = () => (<><label>Social security number</label><input name="ssn" data-private /><input name="nickname" /></>);`,
  `<label>Stroke width <input name="strokeWidth" type="number" /></label>`,
  `<><label>Tags</label><select name="tag"><option value="">Tag</option></select></>`,
  // "Suku bunga" is an interest rate, not an ethnic group.
  `<div><label>Suku bunga</label><input name="rate" /></div>`,
  // "Срок действия" (valid thru) is a card's expiry only in a card form; a tin is not a TIN number.
  `<form><label htmlFor="x">Срок действия</label><input id="x" /><input name="tin_can_count" /></form>`,
  // A short label qualifies the field's own name: a gift card's number.
  `<div><label htmlFor="cardNumber">Gift Card Number</label><input id="cardNumber" value={cardNumber} /></div>`,
  // A ration card is no payment card; India's "Pincode" (and a PIN code by the city) is a postal code.
  `<input name="rationCardNo" />`,
  // Without a card field, an expired date is any date.
  `<form><label htmlFor="v">Expired date</label><input id="v" /></form>`,
  `<form><input name="couponCode" /><input name="ExpireDate" /></form>`,
  `<div><span>Notes</span><label><input /></label></div>`,
  // A "verification code" beside a CAPTCHA picture is the picture's text (reference trap 10).
  `<div><label>验证码</label><input name="code" /><img src={captchaUrl} onClick={refreshCaptcha} /></div>`,
  // A wrapped label for an element that exists (\`htmlFor="code"\` and the security code's \`id="code"\`) is that element's.
  `<form><div><label htmlFor="card">Card Number:</label><input name="card" id="card" data-private /></div><div><div><label htmlFor="code">Expiry Date:</label></div><input type="number" name="month" /></div><div><label htmlFor="code">Promo</label><input name="promo" id="code" /></div></form>`,
  // A field named captcha beside its picture and the form's own Send button is a CAPTCHA.
  `<div><Input name="captcha" placeholder="验证码" /><img src={captchaUrl} /><Button>Send</Button></div>`,
  // The birth date and health history in a form about an animal are the animal's.
  `function PetForm() { return <form><label htmlFor="d">Date of Birth</label><input id="d" name="dateOfBirth" /><textarea name="allergies" /><input name="breed" /></form>; }`,
  `const AddDogModal = () => <form><label>Дата народження:<input type="date" /></label></form>;`,
  // ...also as a class component's render() or a named function expression.
  `class NewPet extends React.Component { render() { return <form><p>Birthdate:<input name="birthdate" type="date" /></p></form>; } }`,
  `module.exports = function PetProfile() { return <div><label htmlFor="b">Date of birth</label><input id="b" name="birthDate" type="date" /></div>; };`,
  // A form that asks an animal's kind first: what comes after is about the animal (a pet clinic's appointment).
  `<form><label htmlFor="t">Pet Type</label><select id="t"><option>Dog</option></select><p>Symptom checker</p><input type="checkbox" name="symptoms" /></form>`,
  // A passport's date of issue and issuing office (Russian) are not its number.
  `class PassportInput extends Component { render() { return <View><Text>Дата выдачи</Text><TextInput placeholder="Введите дату выдачи" /><Text>Кем выдан</Text><TextInput placeholder="Введите наименование отделения" /></View>; } }`,
  // A component that reuses an id: each label belongs to the element with that id next to it.
  `<fieldset><div><input type="radio" id="yes" name="disability" className="fs-exclude" /><label htmlFor="yes">Yes, I have a disability</label></div><div><input type="radio" id="yes" name="veteran" /><label htmlFor="yes">Yes, I am a veteran</label></div></fieldset>`,
  // A sentence ending in a colon is an instruction, and a caption is only read from the element right before the field.
  `<div><p>We sent a verification code to this number, please confirm it:</p><input name="phone" /></div>`,
  `<div><span>Card number:</span><span>optional</span><input name="nickname" /></div>`,
  // MUI's InputBase is excluded by name, as before; a citizen's name is no citizen ID.
  `<InputBase name="search" />`,
  `<input name="citizenName" />`,
  // Wrappers named for harmless fields, forms that are not fields, a reveal turned off, a naming prop that names nothing sensitive.
  `export function CityInput(props) { return <input {...props} />; }`,
  `export function LoginForm() { return <form><input /></form>; }`,
  `<TextField type="password" canRevealPassword={false} value={pw} />`,
  `<TextInput field="city" />`,
  // A component whose type toggles between other values is no field; a wallet's name and an
  // authenticator's name are neither a seed phrase nor a code.
  `<Button type={submitting ? "button" : "submit"} />`,
  `<input name="walletName" />`,
  `<input name="authenticatorName" />`,
  `<form><input name="cardNumber" data-private /><input name="pincode" /><label htmlFor="c">Pin code</label><input id="c" name="cityPin" /></form>`,
  `<input name="giftCardMessage" />`,
  `<input name="giftCardNumber" />`,
  `<input name="giftCardPin" />`,
  `<input name="cardTitle" />`,
  `<input name="cardType" />`,
  `<input name="cardColor" type="color" />`,
  `<select name="card_template"><option>Birthday</option></select>`,
  `<input type="checkbox" name="pinned" />`,
  `<input name="spinner" />`,
  `<input name="pincode" placeholder="Pincode" maxLength={6} />`,
  // An India postal PIN's length is no code box.
  `<AddressInput pinLength={6} name="pincode" />`,
  `<input name="adobeId" />`,
  `<input name="businessName" />`,
  `<input type="checkbox" name="singleSignOn" />`,
  `<form className="securitySettings"><input name="sessionTimeout" type="number" /></form>`,
  `<input name="expiry_date" type="date" />`,
  `<input name="couponExpiry" placeholder="MM/YY" />`,
  `<input name="expYears" type="number" />`,
  `<input name="experience" />`,
  `<input name="taxRate" type="number" />`,
  `<select name="tax_id"><option value="1">19%</option></select>`,
  `<input name="sortOrder" type="number" />`,
  `<textarea name="routingRules" />`,
  `<input name="routing_key" />`,
  `<input name="ssid" />`,
  `<input name="passenger" />`,
  `<input name="compass" />`,
  `<input name="bypass" />`,
  `<input name="cc" type="email" />`,
  `<input name="discard" />`,
  `<input name="wildcard" />`,
  `<div><img src="/captcha.png" alt="" /><label htmlFor="c">Security code</label><input id="c" name="security_code" /></div>`,
  `<input name="captchaCode" placeholder="Enter the code shown" />`,
  `<input name="promoCode" />`,
  `<input name="referralCode" />`,
  `<input name="postalCode" />`,
  `<input name="healthCheckUrl" />`,
  `<select name="condition"><option>Used</option></select>`,
  `<input type="checkbox" name="acceptTerms" /> `,
  `<input name="passwordMinLength" type="number" />`,
  `<input name="accessTokenTtl" type="number" />`,
  `<select name="securityQuestion"><option>First pet?</option></select>`,
  `<input name="publicKey" />`,
  `<input name="walletAddress" />`,
  `<input name="randomSeed" />`,
  `<input name="raceEvent" />`,
  `<select name="orientation"><option>Portrait</option></select>`,
  `<input name="thirdParty" />`,
  `<input name="birthdayMessage" />`,
  `<input name="vatNumber" />`,
  `<input name="companyTaxNumber" />`,
  `<input name="passportPhoto" type="file" />`,
  `<input name="passportExpiry" type="date" />`,
  `<input name="licensePlate" />`,
  `<input name="fileName" />`,
  `<input type="checkbox" name="ssn" />`,
  `<input type="hidden" name="cardNumber" value={token} />`,
  `<input type="submit" name="cvv" value="Pay" />`,
  `<input type="search" name="q" placeholder="Search by card number" />`,
  `<input name="bic" />`,
  `<input name="sortCode" />`,
  `<input name="accountName" />`,
  `<input name="accountType" />`,
  `<input name="routingNumber" />`,
  `<button name="cvv">What is CVV?</button>`,
  `<span className="cardnumber">4242</span>`,
  `<input name="seasonPassNumber" />`,
  // Text near a named field is not its label.
  `<div><p>We will send a verification code to this number</p><input name="phone" type="tel" /></div>`,
  `<View><Text>We will send a verification code to this number</Text><TextInput value={phone} onChangeText={setPhone} /></View>`,
  `<div><h2>Card details</h2><input name="nickname" /></div>`,
  // Body text titles a named field only when it is a few words (a sentence or a longer line is not its title).
  `<div><p>Your saved card details</p><input name="nickname" /></div>`,
  `<div><p>Card number.</p><input name="nickname" /></div>`,
  `<input name="frequentFlyerNumber" />`,
  `<input name="libraryCardNumber" />`,
  `<input name="studentCardNumber" />`,
  `<input name="loyaltyCardNumber" />`,
  `<input name="doorCode" />`,
  `<label>Name (as on your passport) <input name="fullName" /></label>`,
  `<label>Date of birth (as on PAN card) <input type="date" name="dob" data-private /></label>`,
  `<input name="fingerprint" />`,
  `<input name="sshKeyFingerprint" />`,
  `<input name="dietaryRequirements" />`,
  `<input name="heightCm" type="number" />`,
  `<input name="vin" />`,
  `<input name="pronouns" />`,
  `<input name="gender" />`,
  `<input name="veteranStatus" />`,
  `<input name="ninja" />`,
  // STI is a whole word: not in a stitch count.
  `<label>Stitches <input name="stitchCount" /></label>`,
  // Thai: the address as on the ID card is an address; a name is a name.
  `<label>ที่อยู่ตามบัตรประชาชน <input name="addr" /></label>`,
  `<label>ชื่อ <input name="n" /></label>`,
  // A date about a document is not its number; an appointment's date names no health data.
  `<input type="date" name="passport_expiry" />`,
  `<input type="date" name="id_issue_date" />`,
  `<input type="date" name="appointmentDate" />`,
  `<DatePicker selected={day} onChange={setDay} placeholderText="Delivery date" />`,
  // A follow-up after a harmless question, or after a field that is no question, says nothing.
  `<div><p>Newsletter?</p><input type="checkbox" name="news" /><p>If yes, please specify</p><input name="topics" /></div>`,
  `<div><label>Medical history<textarea name="history" className="fs-exclude" /></label><p>If yes, please describe</p><input name="more" /></div>`,
  // A bare answer is passed over only for a checkbox or radio: "No" is no question, and a harmless question stays harmless.
  `<div><p>Newsletter?</p><p>Y</p><input type="checkbox" /><p>N</p><input type="checkbox" /></div>`,
  // A component named for a secret says what its one field holds, not what each of several holds; a banner is no field.
  `function PassportInput() { return <div><input name="nickname" /><input name="notes" /></div>; }`,
  // A question component about something harmless, and a text field in a health question's component, say nothing.
  `const NewsletterQuestion = () => <label><input type="checkbox" /> Yes</label>;`,
  `const MedicalHistoryQuestion = () => <input name="nickname" />;`,
  `const WalletSeedBanner = ({ word }) => <input value={word} />;`,
  // NIN inside another name needs a confirming word (the reference's ambiguous token).
  `<input name="ninCount" />`,
  `<input name="minimum" />`,
  `<TextField label="Name" question="What is your first name?" />`,
];

runUnderBothParsers("require-masking: false-positive traps", RULE, { valid: traps, invalid: [] });

// ---------------------------------------------------------------------------------------------
// Positions of multi-line elements and data-independent message text.
// ---------------------------------------------------------------------------------------------

const multiLine = `function Pay() {
  return (
    <form>
      <Form.Control
        name="cardNumber"
      />
    </form>
  );
}`;

runUnderBothParsers("require-masking: locations and messages", RULE, {
  valid: [],
  invalid: [
    {
      code: multiLine,
      errors: [
        {
          message: 'Payment card field (name "cardNumber") has no session-replay masking marker. Add one so recordings never show what is typed.',
          line: 4,
          column: 8,
          endLine: 4,
          endColumn: 20,
          suggestions: fixes(multiLine, "<Form.Control"),
        },
      ],
    },
    {
      code: `<input name="cardNumber" className={clsx({ "fs-exclude": on })} />`,
      errors: [
        {
          message: 'Payment card field (name "cardNumber") is masked only under a condition (class "fs-exclude"). Make the marker unconditional.',
          suggestions: fixes(`<input name="cardNumber" className={clsx({ "fs-exclude": on })} />`, "<input", {
            classOutput: `<input name="cardNumber" className={clsx({ "fs-exclude": on }, "fs-exclude")} />`,
          }),
        },
      ],
    },
    {
      code: `<input name="ssn" className="rr-mask" />`,
      errors: [
        {
          message: 'Government ID field (name "ssn"): class "rr-mask" masks page text, not typed values. Use a marker that masks input.',
          suggestions: fixes(`<input name="ssn" className="rr-mask" />`, "<input", { classOutput: `<input name="ssn" className="rr-mask fs-exclude" />` }),
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// TypeScript-only syntax.
// ---------------------------------------------------------------------------------------------

createTsxTester().run("require-masking: TypeScript syntax", RULE, {
  valid: [
    `const MASK = "fs-exclude" as const; <input name="ssn" className={MASK} />`,
    `const privacy = { "data-dd-privacy": "mask" } satisfies Record<string, string>; <input name="iban" {...privacy} />`,
    `<Input<Values> name="iban" data-private />`,
  ],
  invalid: [
    invalid(`const NAME = "cardNumber" as const; <input name={NAME} />`, "<input", CARD, { evidence: 'name "cardNumber"' }),
    invalid(`const NAME = "cvc" satisfies string; <input name={NAME!} />`, "<input", CVC, { evidence: 'name "cvc"' }),
    {
      code: `<Input<Values> name="iban" />`,
      errors: [
        {
          messageId: "unmasked",
          data: { category: BANK, evidence: 'name "iban"' },
          line: 1,
          column: 2,
          endLine: 1,
          endColumn: 7,
          suggestions: DEFAULT_MARKERS.map(({ marker, vendor, insert }) => ({ messageId: "addMarker", data: { marker, vendor }, output: `<Input<Values>${insert} name="iban" />` })),
        },
      ],
    },
    invalid(`<input {...register("ssn" as keyof Values)} />`, "<input", GOV, { evidence: 'name "ssn"' }),
    invalid(`const type = (shown ? "text" : "password") as const; <input name="pw" type={type} />`, "<input", CREDENTIAL),
  ],
});

// ---------------------------------------------------------------------------------------------
// Invalid options and settings.
// ---------------------------------------------------------------------------------------------

describe("invalid options and settings", () => {
  const lint = (options: unknown, settings: Record<string, unknown> = {}) => {
    const linter = new Linter({ configType: "flat" });
    return () =>
      linter.verify(`<input name="ssn" />`, [
        {
          files: ["**/*.jsx"],
          plugins: { "replay-privacy": plugin },
          languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
          settings,
          rules: { "replay-privacy/require-masking": ["error", options] },
        },
      ], { filename: "form.jsx" });
  };

  it("names an unknown option", () => {
    expect(lint({ bogus: true })).toThrow(/Unexpected property "bogus"/u);
  });

  it("names an unknown category", () => {
    expect(lint({ categories: { "credit-card": true } })).toThrow(/Unexpected property "credit-card"/u);
  });

  it("names a bad enum value", () => {
    expect(lint({ passwords: "sometimes" })).toThrow(/"sometimes" should be equal to one of the allowed values/u);
  });

  it("rejects a wrong type", () => {
    expect(lint({ ignoreNames: "cardNumber" })).toThrow(/should be array/u);
  });

  it("explains unknown recorders", () => {
    expect(lint({}, { "replay-privacy": { recorders: ["nope"] } })).toThrow(/settings\["replay-privacy"\]\.recorders names unknown recorders: nope\. Known: fullstory/u);
  });

  it("explains malformed components", () => {
    expect(lint({}, { "replay-privacy": { components: ["MoneyField"] } })).toThrow(/settings\["replay-privacy"\]\.components must map component names to native tags/u);
  });

  it("explains a malformed polymorphicPropName", () => {
    expect(lint({}, { "replay-privacy": { polymorphicPropName: 3 } })).toThrow(/polymorphicPropName must be a string/u);
  });

  it("accepts a valid configuration", () => {
    expect(lint({ categories: { "contact-email": true }, passwords: "always", weakSignals: true, ignoreNames: ["x"] })()).toHaveLength(1);
  });
});
