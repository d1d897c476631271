/**
 * Words the fuzzers build from: field names, labels, markers, recorder packages and globals, option
 * names, consent checks. Most come from the plugin's own data (so the fuzzers follow the data as it
 * grows), the rest are hand-picked edge cases (astral characters, look-alike tokens, odd whitespace).
 */
import { CONSENT_PLATFORMS } from "../../../src/data/consent-platforms.js";
import { CATEGORIES } from "../../../src/data/lexicon.js";
import { MARKERS } from "../../../src/data/markers.js";
import { OPTION_SITES, UNSAFE_OPTIONS, type ValueTest } from "../../../src/data/recorder-options.js";
import { RECORDER_SDKS, type RecorderApi } from "../../../src/data/recorder-sdks.js";
import { VENDOR_IDS } from "../../../src/data/vendors.js";

/** Object.prototype member names: lookups in plain objects must not find them. */
export const PROTOTYPE_NAMES: readonly string[] = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf", "__defineGetter__"];

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** Every `step`-th element (keeps long lexicon lists cheap while still spanning all categories). */
function sample<T>(values: readonly T[], max: number): T[] {
  if (values.length <= max) return [...values];
  const step = values.length / max;
  return Array.from({ length: max }, (_, index) => values[Math.floor(index * step)] as T);
}

// --- Field-ish words -------------------------------------------------------------------------------

export const NAME_TOKENS: readonly string[] = unique([
  ...CATEGORIES.flatMap((category) => sample(category.nameTokens, 8)),
  ...CATEGORIES.flatMap((category) => sample(category.strictOnly.nameTokens, 3)),
  ...CATEGORIES.flatMap((category) => sample(category.nameBigrams, 3).map((bigram) => bigram.join("_"))),
  // Harmless and look-alike words (`spinner` holds `pin`, `adobe` holds `dob`).
  "search", "query", "q", "coupon", "promo", "quantity", "spinner", "adobe", "newsletter", "comment", "color", "size",
  "cardNumber", "card_number", "CARD-NUMBER", "cc-number", "cvv2", "ssn4", "pinCode", "passWord", "user[password]",
  "billing.address.line1", "payment[card][cvc]", "données", "kartennummer", "номер_карты", "卡号", "𝒄𝒂𝒓𝒅", "emoji😀name",
  "", " ", "a".repeat(200), ...PROTOTYPE_NAMES,
]);

export const LABEL_PHRASES: readonly string[] = unique([
  ...CATEGORIES.flatMap((category) => sample(category.labelPhrases, 6)),
  ...CATEGORIES.flatMap((category) => sample(category.contextualLabelPhrases, 2)),
  "Search", "Your favourite colour", "Coupon code", "Kartennummer", "Numéro de carte", "Número de tarjeta", "カード番号",
  "Card number 💳", "𝐂𝐚𝐫𝐝 𝐧𝐮𝐦𝐛𝐞𝐫", "CVV\u00a0code", "Pass\u200bword", "date of birth (dd/mm/yyyy)",
]);

export const AUTOCOMPLETE_TOKENS: readonly string[] = unique([
  ...CATEGORIES.flatMap((category) => category.autocompleteTokens),
  "off", "on", "nope", "section-blue shipping cc-number", "billing cc-csc", "one-time-code", "new-password", "current-password", "",
  ...PROTOTYPE_NAMES, "cc-number constructor",
]);

export const INPUT_TYPES: readonly string[] = unique([
  ...CATEGORIES.flatMap((category) => category.inputTypes),
  "text", "password", "email", "tel", "number", "search", "hidden", "checkbox", "radio", "date", "month", "file", "submit",
  "PASSWORD", "Text", "", "unknown-type",
]);

// --- Markers ---------------------------------------------------------------------------------------

export const MARKER_CLASSES: readonly string[] = unique([
  ...MARKERS.filter((marker) => marker.form === "class").map((marker) => marker.name),
  // Typos and wrong forms (the rule suggests "did you mean").
  "fs-excluded", "fs_exclude", "FS-EXCLUDE", "data-private", "sentry-mask ", "rr-blok", "hj-suppress",
]);

export const MARKER_ATTRIBUTES: readonly { name: string; values: readonly string[] }[] = [
  ...MARKERS.filter((marker) => marker.form === "attribute").map((marker) => ({ name: marker.name, values: marker.values ?? ["", "true"] })),
  { name: "data-private", values: ["", "true", "false", "lipsum", "redact"] },
  { name: "data-dd-privacy", values: ["allow", "mask", "hidden", "mask-user-input", "ALLOW", ""] },
  { name: "data-hj-allow", values: [""] },
  { name: "data-fs-exclude", values: ["", "true"] },
  { name: "data-sentry-maks", values: [""] },
];

export const PLAIN_CLASSES: readonly string[] = ["form-control", "input", "btn btn-primary", "sr-only", "mask", "private", "hidden", "col-6", "w-full", "exclude"];

// --- Tags ------------------------------------------------------------------------------------------

/** Native field and layout tags (lowercase, as written in HTML and JSX). */
export const NATIVE_TAGS: readonly string[] = [
  "input", "input", "input", "select", "textarea", "option", "optgroup", "label", "form", "fieldset", "legend", "div", "span", "p",
  "button", "output", "datalist", "section", "main", "iframe", "img", "a", "table", "td", "ul", "li",
];

/** JSX-only tags: design-system components, member expressions, namespaced names, custom elements. */
export const COMPONENT_TAGS: readonly string[] = [
  "Input", "TextField", "TextInput", "PasswordField", "PasswordInput", "CardNumberInput", "CvcField", "OtpInput", "PinInputField",
  "MaskedInput", "InputMask", "PatternFormat", "NumericFormat", "Cleave", "Select", "NativeSelect", "Autocomplete", "Combobox",
  "Textarea", "TextArea", "TextareaAutosize", "Checkbox", "Radio", "Switch", "Form", "FormField", "FormControl", "FormItem",
  "Controller", "Field", "FastField", "FieldArray", "InputGroup", "InputLabel", "Label", "Box", "Stack", "MoneyField", "SecretBox",
  "Form.Control", "Form.Item", "Form.Group", "Form.Field", "Input.Password", "Form.Control.Feedback", "UI.Fields.Card.Number",
  "svg:rect", "xlink:use", "my-input", "x-card-field", "this.Field", "Trans",
];

// --- Attribute names -------------------------------------------------------------------------------

export const COMMON_ATTRIBUTES: readonly string[] = [
  "type", "name", "id", "autocomplete", "placeholder", "aria-label", "aria-labelledby", "aria-describedby", "title", "value",
  "inputmode", "pattern", "maxlength", "role", "for", "class", "style", "contenteditable", "hidden", "disabled", "readonly",
  "data-testid", "data-field", "label", "source", "formcontrolname", "ng-model",
];

export const JSX_ONLY_ATTRIBUTES: readonly string[] = [
  "className", "autoComplete", "htmlFor", "inputMode", "maxLength", "defaultValue", "onChange", "onAccept", "ref", "key", "as",
  "component", "controlId", "render", "slotProps", "inputProps", "InputProps", "classNames", "contentEditable", "dangerouslySetInnerHTML",
  "xlink:href", "aria-hidden", "data-hj-allow", "tw", "sx", "fieldName", "valueName", ...PROTOTYPE_NAMES,
];

// --- Recorders --------------------------------------------------------------------------------------

export interface RecorderCallTemplate {
  vendor: string;
  /** The API's stable name in the data (`init`, `replayIntegration`, ...). */
  name: string;
  /** Module specifier, or null for a global. */
  packageName: string | null;
  /** Global name or export path. */
  path: readonly string[];
  kind: RecorderApi["kind"];
  command: string | undefined;
  /** Index of the options argument (-1 when the API has none). */
  optionsArgument: number;
  /** JSX prop that holds options. */
  optionsProp: string | undefined;
}

function templatesOf(api: RecorderApi, vendor: string, packageName: string | null, prefix: readonly string[]): RecorderCallTemplate[] {
  // Where the options object goes: the unsafe-option site if there is one, else the start options.
  const site = OPTION_SITES.find((candidate) => candidate.vendor === vendor && candidate.api === api.name && (candidate.command ?? null) === (api.command ?? null));
  const own: RecorderCallTemplate = {
    vendor,
    name: api.name,
    packageName,
    path: [...prefix, ...api.path],
    kind: api.kind,
    command: api.command,
    optionsArgument: site?.argument ?? api.options?.argument ?? -1,
    optionsProp: site?.prop ?? api.options?.prop,
  };
  const returned = (api.returns ?? []).flatMap((inner) => templatesOf(inner, vendor, packageName, [...prefix, ...api.path, "()"]));
  return [own, ...returned];
}

/** One template per recorder API in the data: npm exports and globals, with their option positions. */
export const RECORDER_CALLS: readonly RecorderCallTemplate[] = RECORDER_SDKS.flatMap((sdk) => [
  ...sdk.packages.flatMap((pkg) => pkg.apis.flatMap((api) => templatesOf(api, sdk.id, pkg.name, []))),
  ...sdk.globals.flatMap((global) => global.apis.flatMap((api) => templatesOf(api, sdk.id, null, [global.name]))),
]);

export const RECORDER_HOSTS: readonly string[] = unique([
  ...RECORDER_SDKS.flatMap((sdk) => sdk.hosts.map((host) => host.host)),
  ...CONSENT_PLATFORMS.flatMap((platform) => [...(platform.loaders ?? []), ...platform.autoBlockers]),
  "example.com/app.js", "cdn.jsdelivr.net/npm/rrweb@latest/dist/rrweb.min.js",
]);

/** Option names (paths) the rules read, plus noise. */
export const OPTION_PATHS: readonly (readonly string[])[] = unique([
  ...UNSAFE_OPTIONS.map((option) => option.path.join("\u0000")),
  "dom\u0000inputSanitizer", "dom\u0000textSanitizer", "maskAllInputs", "maskInputOptions\u0000password", "defaultPrivacyLevel",
  "sessionReplaySampleRate", "replaysSessionSampleRate", "replaysOnErrorSampleRate", "disable_session_recording",
  "opt_out_capturing_by_default", "cookieless_mode", "trackingConsent", "startCaptureManually", "devMode", "record",
  "network\u0000requestSanitizer", "privacySetting", "obscureTextEmails", "blockClass", "maskTextSelector", "unmask", "mask", "block",
  "0", "", ...PROTOTYPE_NAMES.filter((name) => name !== "__proto__"),
]).map((joined) => joined.split("\u0000"));

/** Source text of values that pass (or just miss) an option's test, so unsafe-option checks fire. */
function valuesFor(test: ValueTest): string[] {
  switch (test.kind) {
    case "equals":
      return [...test.values.map((value) => JSON.stringify(value)), "undefined", '"other"', "!0", "!1"];
    case "enabled":
      return ["true", "{}", "[]", "{ enabled: true }", "false"];
    case "nonEmpty":
      return ['["https://api.example.com"]', '"x"', "[]", '""', "[/\\/api\\//u]"];
    case "present":
    case "absent":
      return ["true", "null", "{}"];
    case "selectorMatches":
    case "selectorMissesEverything":
      return ['"input"', '"*"', '["input, .x", "form"]', '"img"', '"[type=password]"', '".fs-unmask input"', '":root"', '""', "null", '".x"', '"input:not("'];
    case "missingItems":
      return [JSON.stringify(test.items), JSON.stringify(test.items.slice(1)), "[]"];
    case "lacksTrueKeys":
    case "setsTrueKeys":
      return [`{ ${test.keys.map((key) => `${JSON.stringify(key)}: true`).join(", ")} }`, `{ ${test.keys.map((key) => `${JSON.stringify(key)}: false`).join(", ")} }`, "{}"];
    case "identityFunction":
      return ["(text) => text", "function (value) { return value; }", "(text) => text.replace(/./gu, \"*\")", "(a, b) => b"];
  }
}

/** Unsafe recorder options from the data, each with values that do and do not trip its test. */
export const UNSAFE_OPTION_VALUES: readonly { vendor: string; path: readonly string[]; values: readonly string[] }[] = [
  ...UNSAFE_OPTIONS.map((option) => ({
    vendor: option.vendor,
    path: option.path,
    values: [...valuesFor(option.test), ...(option.safeValues ?? []).map((safe) => JSON.stringify(safe.value)), ...(option.quietWhen ?? []).flatMap((quiet) => valuesFor(quiet.test))],
  })),
  { vendor: "datadog", path: ["defaultPrivacyLevel"], values: ["DefaultPrivacyLevel.ALLOW", "DefaultPrivacyLevel.MASK", '"allow"'] },
];

export const CONSENT_GLOBALS: readonly string[] = unique(CONSENT_PLATFORMS.flatMap((platform) => platform.globals));
export const CONSENT_CLASSES: readonly string[] = unique(CONSENT_PLATFORMS.flatMap((platform) => (platform.markup?.categoryClasses ?? []).map((name) => name.replace("*", "C0002"))));
export const CONSENT_EVENTS: readonly string[] = unique(CONSENT_PLATFORMS.flatMap((platform) => [...platform.acceptEvents, ...platform.listenerEvents]));
export const CONSENT_MARKUP_ATTRIBUTES: readonly string[] = unique(CONSENT_PLATFORMS.flatMap((platform) => [...(platform.markup?.categoryAttributes ?? []), ...(platform.markup?.runtimeBlockingAttributes ?? [])]));
export const CONSENT_TYPES: readonly string[] = unique([...CONSENT_PLATFORMS.flatMap((platform) => platform.markup?.types ?? []), "text/javascript", "module", "", "application/ld+json", "TEXT/PLAIN"]);

export { VENDOR_IDS };

// --- Text ---------------------------------------------------------------------------------------

/** Characters that break naive offset arithmetic: astral (two UTF-16 units), combining, RTL, line separators. */
export const TRICKY_TEXT: readonly string[] = [
  "😀", "𝒳", "𠀋", "👩‍👩‍👧", "e\u0301", "\u202e", "\u00a0", "\u2028", "\u2029", "\t", "ß", "İ", "ﬁ", "Σ", "\u200b", "\ufeff",
];
