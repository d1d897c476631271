import { AUTOCOMPLETE_CATEGORIES, type CategoryId, VENDOR_FIELD_ATTRIBUTES } from "../data/lexicon.js";
import { attributeCandidates, attributeText, type Field } from "./field.js";
import { type CompiledCategory, containsSequence, isConfirmedToken, lexiconIndexOf, phraseMatches } from "./lexicon-index.js";
import { foldLabel, tokenize, tokenizeLabel, type TokenizedText, UNSPACED_SCRIPT } from "./tokens.js";

export type Strength = "strong" | "medium" | "weak";

/** Why a field looks sensitive. */
export interface Sensitivity {
  category: CategoryId;
  /** Human-readable evidence, e.g. `autocomplete="cc-number"` or `name "cardNumber"`. */
  evidence: string;
  strength: Strength;
  /** Counts only with card context in the same form (expiry wording, bare "security code"). */
  contextual: boolean;
  /** Counts only under the strict preset (weak tokens, downgraded by a modifier). */
  strictOnly: boolean;
  /** Counts only with card context, under the strict preset too (a bare `name`, a `100` placeholder). */
  formOnly: boolean;
  /** Tokens the match used; longer matches are more specific (`idCardNumber` is an ID). */
  weight: number;
}

const STRENGTH_RANK: Readonly<Record<Strength, number>> = { strong: 3, medium: 2, weak: 1 };

/** Input types no one types a secret into. */
const NEVER_SENSITIVE_TYPES: ReadonlySet<string> = new Set([
  "hidden", "submit", "button", "reset", "image", "file", "range", "color",
]);
const CHOICE_TYPES: ReadonlySet<string> = new Set(["checkbox", "radio"]);
/** A ticked box or radio only reveals something for questions of these kinds. */
const CHOICE_CATEGORIES: ReadonlySet<CategoryId> = new Set(["health", "special-category", "criminal"]);
/** What a `<select>` can reveal: the chosen option (expiry month, birth year, ethnicity...). */
const SELECT_CATEGORIES: ReadonlySet<CategoryId> = new Set([
  "payment-card", "date-of-birth", "health", "special-category", "criminal", "address",
]);

const WHITESPACE = /\s+/u;
const AUTOCOMPLETE_MODIFIERS: ReadonlySet<string> = new Set([
  "shipping", "billing", "home", "work", "mobile", "fax", "pager",
]);

// React Native names its test ids `testID` (read in lower case).
const IDENTIFIER_ATTRIBUTES = [
  "name", "id", "data-testid", "data-test", "data-test-id", "data-cy", "data-qa", "testid", "formcontrolname", "ng-model",
] as const;
const LABEL_ATTRIBUTES = ["aria-label", "title"] as const;
/**
 * The input types of HTML. A component's `type` outside them names its mask (react-native-masked-text's
 * `<TextInputMask type="cpf">`, `type="credit-card"`): what it holds, like a name.
 */
const HTML_INPUT_TYPES: ReadonlySet<string> = new Set([
  "text", "password", "email", "tel", "number", "url", "search", "date", "month", "week", "time", "datetime-local", "datetime",
  "checkbox", "radio", "hidden", "submit", "button", "reset", "image", "file", "range", "color", "textarea", "select",
]);
// Django renders every id as `id_<name>`: the prefix is not the word "ID" (`id_name_on_card` is no ID card).
const ID_PREFIX = /^id_\B/u;
/**
 * Ids copied from Bootstrap's documentation examples (`defaultCheck1`, `flexCheckDefault`,
 * `exampleCheck1`, `flexSwitchCheckChecked`, `inlineRadio2`): they say nothing about the field, and
 * their "check" read as a health check's would cancel the field's real name. So do the example
 * inputs' ids, pasted onto every field of a form: `<label for="exampleInputEmail1">date of birth</label>
 * <input type="date" id="exampleInputEmail1">` holds no email.
 */
const BOILERPLATE_ID =
  /^(?:(?:default|flex|flexSwitch|grid|example|invalid|valid|custom|btn|inline|disabled)(?:Check|Checkbox|Radio|Switch)(?:Default|Checked|Disabled|Indeterminate)?|example(?:Input|FormControl)(?:Email|Password|Text|Input|Textarea|Select|File)?|floating(?:Input|Password|Textarea|Select))\d*$/u;
/** A form model's name before the field's own key in brackets: `order` in `order[account_number]`. */
const MODEL_PREFIX = /^[A-Za-z_][\w-]*(?=\[)/u;
/** A label this short names the field ("Gift Card Number"); a longer one may mention other things. */
const NAMING_LABEL_TOKENS = 4;
/** The objects before a bound property's own key: `ruleForm.` in `ruleForm.serviceSecret`. */
const OBJECT_PATH_PREFIX = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\.(?=[A-Za-z_$][\w$]*$)/u;

/**
 * Placeholder and input-mask shapes (`#`, `9`, `0`, `X` stand for digits) that only a card field shows.
 * Russian forms type the X on a Cyrillic keyboard: "ХХХХ ХХХХ ХХХХ ХХХХ" (U+0425).
 */
const CARD_NUMBER_PLACEHOLDER = /^(?:[\d•*xх#]{4}[\s-]?){3}[\d•*xх#]{2,4}$/iu;
const CARD_EXPIRY_PLACEHOLDER = /^(?:mm|мм|\d\d|##)\s?\/\s?(?:yy|yyyy|aa|aaaa|jj|jjjj|rr|rrrr|åå|åååå|гг|гггг|\d\d|\d{4}|##|####)$/iu;
const CARD_CODE_PLACEHOLDER = /^(?:cvc|cvv|cvv2|cvc2|csc)$/iu;
/** A code's shape without its name (`123`, `•••`): a quantity or a password hint outside a card form. */
const CODE_SHAPE_PLACEHOLDER = /^(?:\d{3,4}|[•*xх]{3,4})$/iu;
const THREE_OR_FOUR_DIGITS_PATTERN = /^\^?(?:\\d|\[0-9\])\{3,4\}\$?$/u;
const CARD_NUMBER_PATTERN = /^\^?(?:\\d|\[0-9\]|\[0-9 \]|\[\\d ?\]|\[\\d\| \])\{1[2-6],(?:1[69]|2[0-3])\}\$?$/u;
const CARD_EXPIRY_PATTERN = /^\^?(?:\\d\\d|\\d\{2\})\s?\\?\/\s?(?:\\d\\d|\\d\{2\}|\\d\{4\})\$?$/u;
/** A placeholder's "for example" in front of a shape: `e.g. AB123456C`, `Ex: 123-45-6789`, `z. B. ...`. */
const EXAMPLE_PREFIX = /^(?:e\.\s?g\.|eg:|ex(?:ample)?[.:]|z\.\s?b\.|p\.\s?ex\.|ej(?:emplo)?[.:]|bsp[.:])\s*/iu;
/** Attributes that hold a placeholder or an input mask (`react-input-mask`, `react-number-format`). */
const SHAPE_ATTRIBUTES = ["placeholder", "mask", "format"] as const;

/** Identity-number shapes. Those specific to one identifier fire alone; the others only confirm a word. */
const ID_SHAPES: readonly { shape: RegExp; alone: boolean }[] = [
  // US SSN `XXX-XX-XXXX`, India PAN `ABCDE1234F`, UK NINO `QQ 12 34 56 C`.
  { shape: /^(?:[x#*]{3}|\d{3})-(?:[x#*]{2}|\d{2})-(?:[x#*]{4}|\d{4})$/iu, alone: true },
  { shape: /^[A-Z]{5}\d{4}[A-Z]$/u, alone: true },
  { shape: /^[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]$/u, alone: true },
  // Spain DNI `12345678Z` / NIE `X1234567L`, Brazil CPF `000.000.000-00`, Italy codice fiscale.
  { shape: /^\d{8}-?[A-Z]$/u, alone: false },
  { shape: /^[XYZ]-?\d{7}-?[A-Z]$/u, alone: false },
  { shape: /^(?:\d{3}|x{3})\.(?:\d{3}|x{3})\.(?:\d{3}|x{3})-(?:\d{2}|x{2})$/iu, alone: false },
  { shape: /^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/u, alone: false },
];

/** Categories whose contextual words a shape on the same field confirms. */
const SHAPE_CONFIRMED: ReadonlySet<CategoryId> = new Set(["government-id"]);

/** Input types whose value is a date or time: only a birth date or a card expiry is sensitive there. */
const DATE_TYPES: ReadonlySet<string> = new Set(["date", "month", "week", "datetime-local", "time"]);
/** Inputs that take a full day: a card's expiry is a month, so one of these is a card's only in a card form (a product's `exp_date`). */
const FULL_DATE_TYPES: ReadonlySet<string> = new Set(["date", "datetime-local"]);
// A date about a document (a passport's expiry, an ID's issue date) is not its number; a date about a
// person's health or record ("When was your last menstrual cycle?", "Date of conviction") is that data.
const DATE_CATEGORIES: ReadonlySet<CategoryId> = new Set(["date-of-birth", "payment-card", "health", "criminal"]);

/** A name or label read once: tokens, folded text, and what the lexicon finds in it. */
interface ReadText {
  text: TokenizedText;
  folded: string;
  /** Holds letters of scripts written without spaces (CJK, Hangul), matched by substring. */
  unspaced: boolean;
  /** The tokens as a set, for bigram and phrase lookups. */
  distinct: ReadonlySet<string>;
  /** Lexicon matches, as a whole label and as a part of one (an aside), computed on first use. */
  matches: Map<boolean, ReadonlyMap<CompiledCategory, Match>>;
}

interface Source extends ReadText {
  /** The words whose modifiers count: all of them, except a form model's name (`order[account_number]`). */
  modifiers: TokenizedText;
  describe: string;
  isLabel: boolean;
  strength: Strength;
  /** The parenthesised part of a label ("Full name (as on passport)"), with its label's index. */
  aside: number | null;
  /** One of several values an attribute may take (`name={a ? "coupon" : "cardNumber"}`). */
  alternative: boolean;
  /** A bound path's object and own key (`creditcard` and `note` in `creditcard.note`). */
  path: { object: string; key: string } | null;
}

// "Full name (as on passport)", "Date of birth (as on PAN card)": the aside names another document.
const LABEL_ASIDE = /\(([^()]*)\)/gu;

// Names and labels repeat across a project's fields ("email", "Card number"): read each once.
// One cache per kind, keyed by the string itself, whose hash V8 keeps (a prefixed key is a new string
// to hash on every lookup).
const READ_CACHES = { label: new Map<string, ReadText>(), name: new Map<string, ReadText>() };
const MAX_READ_CACHE = 10_000;

function readText(value: string, isLabel: boolean): ReadText {
  const cache = isLabel ? READ_CACHES.label : READ_CACHES.name;
  let read = cache.get(value);
  if (!read) {
    const text = isLabel ? tokenizeLabel(value) : tokenize(value);
    read = { text, folded: isLabel ? foldLabel(value) : "", unspaced: isLabel && UNSPACED_SCRIPT.test(value), distinct: new Set(text.tokens), matches: new Map() };
    if (cache.size >= MAX_READ_CACHE) cache.clear();
    cache.set(value, read);
  }
  return read;
}

function describe(kind: string, value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
  return `${kind} "${shown}"`;
}

/** The field type as the browser sees it; `null` when dynamic. */
export function staticType(field: Field): string | null {
  if (field.tag !== "input") return field.tag;
  const value = field.attributes.get("type");
  if (!value) return "text";
  return value.kind === "static" ? value.value.trim().toLowerCase() || "text" : null;
}

function autocompleteCategory(value: string): CategoryId | null {
  const tokens = value.trim().toLowerCase().split(WHITESPACE).filter((t) => t && !t.startsWith("section-"));
  const meaningful = tokens.filter((t) => !AUTOCOMPLETE_MODIFIERS.has(t));
  const last = meaningful.length > 1 && meaningful.at(-1) === "webauthn" ? meaningful.at(-2) : meaningful.at(-1);
  if (!last || !Object.hasOwn(AUTOCOMPLETE_CATEGORIES, last)) return null;
  return AUTOCOMPLETE_CATEGORIES[last] ?? null;
}

/**
 * `autocomplete="new-password"` on a field that is no password input and is named for something else
 * (`<el-input autocomplete="new-password" placeholder="郵便番号">`) is the usual trick to stop browsers
 * autofilling it: it says nothing about what the field holds. A field named for a password still says so itself.
 */
function suppressesAutofill(field: Field, value: string): boolean {
  if (value.trim().toLowerCase() !== "new-password") return false;
  const type = staticType(field);
  if (type === null || type === "password") return false;
  return field.identifiers.length > 0 || field.labels.length > 0 || NAMING_ATTRIBUTES.some((name) => field.attributes.has(name));
}

const NAMING_ATTRIBUTES: readonly string[] = ["name", "id", "placeholder", "aria-label"];

function strongSignals(field: Field, found: Sensitivity[]): void {
  for (const value of attributeCandidates(field, "autocomplete")) {
    const category = autocompleteCategory(value);
    if (category && !suppressesAutofill(field, value)) found.push(signal(category, `autocomplete="${value}"`, "strong", 3));
  }
  const type = field.attributes.get("type");
  if (field.tag === "input" && type) {
    const types = type.kind === "static" ? [type.value] : type.candidates;
    for (const candidate of types) {
      const lower = candidate.trim().toLowerCase();
      if (lower === "password") found.push(signal("credential", `type="password"`, "strong", 3));
      // email and tel are weak: card numbers and codes use type="tel" for the numeric keypad.
      else if (lower === "email") found.push(signal("contact-email", `type="email"`, "weak", 1));
      else if (lower === "tel") found.push(signal("contact-phone", `type="tel"`, "weak", 1));
    }
  }
  for (const vendorAttribute of VENDOR_FIELD_ATTRIBUTES) {
    for (const value of attributeCandidates(field, vendorAttribute.attribute)) {
      const category = Object.hasOwn(vendorAttribute.values, value) ? vendorAttribute.values[value] : undefined;
      if (category) found.push(signal(category, `${vendorAttribute.attribute}="${value}"`, "strong", 3));
    }
  }
}

function signal(category: CategoryId, evidence: string, strength: Strength, weight: number): Sensitivity {
  return { category, evidence, strength, contextual: false, strictOnly: false, formOnly: false, weight };
}

/** Built property by property: spreading the cached `ReadText` made classification five times slower. */
function sourceOf(read: ReadText, shown: string, isLabel: boolean, strength: Strength, aside: number | null, alternative: boolean, modifiers = read.text, path: Source["path"] = null): Source {
  return { text: read.text, modifiers, folded: read.folded, unspaced: read.unspaced, distinct: read.distinct, matches: read.matches, describe: shown, isLabel, strength, aside, alternative, path };
}

/** Keys that only complete what their object says: `creditcard.number` is the card's number. */
const COMPLETING_KEYS: ReadonlySet<string> = new Set(["number", "no", "num", "nr", "nummer", "numero", "code", "value", "id", "digits"]);

/** The last bracketed key of a form name and what comes before it: `Relation[BankAccount]` and `ascription`. */
const BRACKET_KEY = /^([^[\]]+(?:\[[^[\]]*\])*)\[([^[\]]+)\]$/u;

/**
 * A bound path's parts, for `objectOnly`: `creditcard.note` is a note about a card, and
 * `Relation[BankAccount][ascription]` the account's holder, not its number.
 */
function pathOf(text: string, objectPrefix: string | null): Source["path"] {
  if (objectPrefix !== null) return { object: objectPrefix.slice(0, -1), key: text.slice(objectPrefix.length) };
  const bracket = text.endsWith("]") ? BRACKET_KEY.exec(text) : null;
  return bracket ? { object: bracket[1]!, key: bracket[2]! } : null;
}

/**
 * Whether a bound path's category comes from its object alone (`creditcard.note`, `creditcard.data_crypt`),
 * or only from words split between object and key (`account.name_bank`): the object names the form,
 * the key the field. A key that only completes its object counts with it (`bank.account`, `card.number`).
 */
function objectOnly(source: Source, category: CompiledCategory): boolean {
  if (!source.path) return false;
  let { object, key: ownKey } = source.path;
  // Deeper in a path, a completing key completes the property before it: `iban.params.amount.value` is an amount.
  while (COMPLETING_KEYS.has(ownKey.toLowerCase())) {
    const dot = object.lastIndexOf(".");
    if (dot === -1) return false;
    ownKey = object.slice(dot + 1);
    object = object.slice(0, dot);
  }
  const key = readText(ownKey, false);
  const matches = (read: ReadText): boolean => matchSource(sourceOf(read, "", false, "medium", null, false)).has(category);
  if (matches(key)) return false;
  // A key of its own words names its own field (`account.name_bank`, the bank's name): a bigram
  // that only forms across object and key ("bank" + "account") is no evidence.
  return matches(readText(object, false)) || key.text.tokens.length > 1;
}

/** The `model_` an id generated from a `model[key]` name starts with (`order_` in `order_account_number`). */
function modelIdPrefix(id: string, models: readonly string[]): string | null {
  const model = models.find((name) => id.startsWith(`${name}_`));
  return model === undefined ? null : `${model}_`;
}

const ID_SEPARATOR = /[-_.]/u;
/** An id generated from a bracketed name ends with its key: `form_relation-bank_account-ascription`. */
function idPath(id: string, keys: readonly string[]): Source["path"] {
  const lower = id.toLowerCase();
  const key = keys.find((k) => lower.length > k.length && lower.endsWith(k.toLowerCase()) && ID_SEPARATOR.test(lower.charAt(lower.length - k.length - 1)));
  return key === undefined ? null : { object: id.slice(0, -key.length - 1), key };
}

function collectSources(field: Field): Source[] {
  const sources: Source[] = [];
  // Form names in brackets (`order[account_number]`) name the ids generated from them.
  const bracketNames = attributeCandidates(field, "name").filter((name) => name.includes("["));
  const models = bracketNames.flatMap((name) => MODEL_PREFIX.exec(name.trim())?.[0] ?? []);
  const nameKeys = bracketNames.flatMap((name) => BRACKET_KEY.exec(name.trim())?.[2] ?? []);
  const add = (kind: string, value: string, isLabel: boolean, strength: Strength, alternative = false): void => {
    const trimmed = value.trim();
    if (!trimmed) return;
    const read = readText(value, isLabel);
    if (read.text.tokens.length === 0 && !isLabel) return;
    const shown = describe(kind, trimmed);
    if (isLabel && trimmed.includes("(")) {
      const main = trimmed.replace(LABEL_ASIDE, " ").trim();
      const aside = [...trimmed.matchAll(LABEL_ASIDE)].map((m) => m[1] ?? "").join(" ").trim();
      if (main && aside && main !== trimmed) {
        const index = sources.length;
        sources.push(sourceOf(readText(main, true), shown, isLabel, strength, null, alternative));
        sources.push(sourceOf(readText(aside, true), shown, isLabel, strength, index, alternative));
        return;
      }
    }
    // `order[account_number]` (Rails, PHP): the model names the form, so its modifiers ("order") do not
    // count; nor in the id generated from it (`order_account_number`).
    // Nor do the objects of a bound path: `ruleForm.serviceSecret` (Element Plus names its forms `ruleForm`).
    const objectPath = isLabel || !trimmed.includes(".") ? null : OBJECT_PATH_PREFIX.exec(trimmed)?.[0];
    const model = isLabel ? null : (MODEL_PREFIX.exec(trimmed)?.[0] ?? objectPath ?? (kind === "id" ? modelIdPrefix(trimmed, models) : null));
    const modifiers = model ? readText(trimmed.slice(model.length), false).text : read.text;
    const path = isLabel ? null : (pathOf(trimmed, objectPath ?? null) ?? (kind === "id" && nameKeys.length > 0 ? idPath(trimmed, nameKeys) : null));
    sources.push(sourceOf(read, shown, isLabel, strength, null, alternative, modifiers, path));
  };
  for (const name of IDENTIFIER_ATTRIBUTES) {
    const values = attributeCandidates(field, name);
    for (const value of values) {
      if (name === "id" && BOILERPLATE_ID.test(value)) continue;
      add(name, name === "id" ? value.replace(ID_PREFIX, "") : value, false, "medium", values.length > 1);
    }
  }
  for (const identifier of field.identifiers) add("name", identifier, false, "medium");
  if (field.componentName) {
    for (const type of attributeCandidates(field, "type")) if (!HTML_INPUT_TYPES.has(type.trim().toLowerCase())) add("type", type, false, "medium");
  }
  for (const name of LABEL_ATTRIBUTES) {
    for (const value of attributeCandidates(field, name)) add(name, value, true, "medium");
  }
  for (const label of field.labels) add("label", label, true, "medium");
  if (field.groupLabel) add("question", field.groupLabel, true, "medium");
  for (const value of attributeCandidates(field, "placeholder")) add("placeholder", value, true, "weak");
  return sources;
}

function hasModifier(single: ReadonlySet<string>, sequences: readonly (readonly string[])[], substrings: readonly string[], source: Source): boolean {
  if (single.size === 0 && sequences.length === 0) return false;
  const { tokens, compound } = source.modifiers;
  if (single.has(compound)) return true;
  for (const token of tokens) if (single.has(token)) return true;
  if (source.unspaced && substrings.some((substring) => source.folded.includes(substring))) return true;
  return sequences.some((sequence) => containsSequence(tokens, sequence));
}

/** Whether an identifier ends with a word that names what it is, the category's word only qualifying it (`otp_phone`). */
function endsWithNegativeHead(heads: ReadonlySet<string>, source: Source): boolean {
  if (heads.size === 0 || source.isLabel) return false;
  const { tokens } = source.modifiers;
  const last = tokens.at(-1);
  if (last === undefined || tokens.length < 2) return false;
  return heads.has(last) || (tokens.length > 2 && heads.has(`${tokens.at(-2)}${last}`));
}

/** Whether the source's modifiers cancel a match of the category: every match, or (`recommended`) a recommended one. */
function hasNegative(category: CompiledCategory, source: Source, recommended: boolean): boolean {
  if (hasModifier(category.negative, category.negativeSequences, category.negativeSubstrings, source)) return true;
  if (endsWithNegativeHead(category.negativeHeads, source)) return true;
  return recommended && hasModifier(category.recommendedNegative, category.recommendedNegativeSequences, category.recommendedNegativeSubstrings, source);
}

interface Match {
  contextual: boolean;
  formOnly: boolean;
  strictEvenInForm: boolean;
  weight: number;
  /** The category's best contextual match in the same source, behind a recommended one. */
  contextualFallback?: Match;
}

function isBetterMatch(match: Match, current: Match): boolean {
  return contextNeed(match) < contextNeed(current) || (contextNeed(match) === contextNeed(current) && match.weight > current.weight);
}

function withContextualFallbacks(best: Map<CompiledCategory, Match>, bestContextual: ReadonlyMap<CompiledCategory, Match>): Map<CompiledCategory, Match> {
  for (const [category, contextual] of bestContextual) {
    const match = best.get(category);
    if (match && match !== contextual) best.set(category, { ...match, contextualFallback: contextual });
  }
  return best;
}

/** The rank of a match's context need: none, form context or `strict`, form context only. */
function contextNeed(match: { contextual: boolean; formOnly: boolean }): number {
  return match.formOnly ? 2 : match.contextual ? 1 : 0;
}

/**
 * The best match of each category in one source: its whole-token and compound names, bigrams of
 * its tokens, and for labels the phrases (as token sequences, or substrings in unspaced scripts).
 * Looks up the source's own tokens in the shared index instead of walking every category's lists.
 */
function matchSource(source: Source): ReadonlyMap<CompiledCategory, Match> {
  const wholeLabel = source.aside === null;
  let cached = source.matches.get(wholeLabel);
  if (!cached) {
    cached = findMatches(source, wholeLabel);
    source.matches.set(wholeLabel, cached);
  }
  return cached;
}

function findMatches(source: ReadText & { isLabel: boolean }, wholeLabel: boolean): Map<CompiledCategory, Match> {
  const { tokens, compound } = source.text;
  const { distinct } = source;
  const index = lexiconIndexOf();
  const best = new Map<CompiledCategory, Match>();
  const bestContextual = new Map<CompiledCategory, Match>();
  const offer = (category: CompiledCategory, { contextual, formOnly, strictEvenInForm }: Omit<Match, "weight">, weight: number): void => {
    const match = { contextual, formOnly, strictEvenInForm, weight };
    const current = best.get(category);
    if (!current || isBetterMatch(match, current)) best.set(category, match);
    if (contextNeed(match) === 0) return;
    const contextualSoFar = bestContextual.get(category);
    if (!contextualSoFar || isBetterMatch(match, contextualSoFar)) bestContextual.set(category, match);
  };
  const alone = tokens.length === 1 && wholeLabel;
  if (tokens.length > 1) {
    for (const filed of index.tokens.get(compound) ?? []) offer(filed.category, filed, tokens.length);
  }
  for (const token of distinct) {
    const named = index.tokens.get(token);
    if (named && isConfirmedToken(token, tokens, alone)) for (const filed of named) offer(filed.category, filed, 1);
    for (const filed of index.bigrams.get(token) ?? []) {
      if (filed.entry.every((t) => distinct.has(t))) offer(filed.category, filed, filed.entry.length);
    }
  }
  if (!source.isLabel) return withContextualFallbacks(best, bestContextual);
  for (const token of distinct) {
    for (const filed of index.phrases.get(token) ?? []) {
      if (phraseMatches(filed.entry, source.text, source.folded, wholeLabel)) offer(filed.category, filed, Math.max(1, filed.entry.tokens?.length ?? 1));
    }
  }
  if (source.unspaced) {
    for (const filed of index.substringPhrases) {
      if (phraseMatches(filed.entry, source.text, source.folded, wholeLabel)) offer(filed.category, filed, 2);
    }
  }
  return withContextualFallbacks(best, bestContextual);
}

/**
 * Shape signals from placeholders, masks and patterns. Card-expiry and code shapes are contextual:
 * the same `MM/YY` labels a resume date. They still confirm a contextual word on the same field
 * ("Expiry" with `MM/YY` is a card expiry), see `corroborate`. A bare number shape (`100`, a
 * three-digit pattern, a month input) counts only in a card form, under `strict` too.
 */
function structuralSignals(field: Field, found: Sensitivity[]): void {
  const contextual = (category: CategoryId, evidence: string): Sensitivity => ({ ...signal(category, evidence, "weak", 1), contextual: true });
  const formOnly = (category: CategoryId, evidence: string): Sensitivity => ({ ...contextual(category, evidence), formOnly: true });
  for (const attribute of SHAPE_ATTRIBUTES) {
    for (const value of attributeCandidates(field, attribute)) {
      const text = value.trim().replace(EXAMPLE_PREFIX, "");
      const evidence = `${attribute} "${text}"`;
      if (CARD_NUMBER_PLACEHOLDER.test(text)) found.push(signal("payment-card", evidence, "medium", 2));
      else if (CARD_EXPIRY_PLACEHOLDER.test(text)) found.push(contextual("payment-card", evidence));
      else if (attribute === "placeholder" && CARD_CODE_PLACEHOLDER.test(text)) found.push(contextual("payment-auth", evidence));
      else if (attribute === "placeholder" && CODE_SHAPE_PLACEHOLDER.test(text)) found.push(formOnly("payment-auth", evidence));
      else {
        const id = ID_SHAPES.find(({ shape }) => shape.test(text));
        if (id) found.push(id.alone ? signal("government-id", evidence, "medium", 2) : contextual("government-id", evidence));
      }
    }
  }
  for (const pattern of attributeCandidates(field, "pattern")) {
    const evidence = `pattern "${pattern}"`;
    if (CARD_NUMBER_PATTERN.test(pattern)) found.push(contextual("payment-card", evidence));
    else if (CARD_EXPIRY_PATTERN.test(pattern)) found.push(contextual("payment-card", evidence));
    else if (THREE_OR_FOUR_DIGITS_PATTERN.test(pattern)) found.push(formOnly("payment-auth", evidence));
  }
  if (staticType(field) === "month") found.push(formOnly("payment-card", `type="month"`));
  if (field.codeBox) found.push(signal("one-time-code", typeof field.codeBox === "string" ? field.codeBox : `maxlength="1" code box`, "medium", 2));
}

/**
 * A contextual word confirmed by an identity-number shape on the same field counts on its own:
 * "Número de documento" with placeholder `12345678Z`. Card-expiry shapes confirm nothing by
 * themselves: a coupon's "Expires" can show `MM/YY` too; they need a card field in the form.
 */
function corroborate(structural: readonly Sensitivity[], lexical: readonly Sensitivity[], found: Sensitivity[]): void {
  for (const word of lexical) {
    if (!word.contextual || word.strictOnly || !SHAPE_CONFIRMED.has(word.category)) continue;
    const shape = structural.find((s) => s.contextual && s.category === word.category);
    if (shape) found.push({ ...word, contextual: false, formOnly: false, evidence: `${word.evidence} with ${shape.evidence}` });
  }
}

/**
 * A label that names what the field's own name says, and something else besides in part of its
 * words, uses the rest as context: "Recover password: email" on `name="email"`, "Two-factor e-mail: enter e-mail" on
 * `formControlName="email"`. The field is what its name and its label agree on.
 */
function withoutLabelContext<T extends { hit: Sensitivity; source: Source }>(hits: T[]): T[] {
  const named = new Set<CategoryId>();
  for (const { hit, source } of hits) {
    if (!source.isLabel && !source.alternative && !hit.contextual) named.add(hit.category);
  }
  if (named.size === 0) return hits;
  const agreeing = new Set<Source>();
  for (const { hit, source } of hits) if (source.isLabel && named.has(hit.category)) agreeing.add(source);
  // What stays: a match that spans the whole label ("Imię i nazwisko na karcie" is the cardholder's
  // name, not just a name), and contextual words, which already need the form's context.
  return agreeing.size === 0
    ? hits
    : hits.filter(({ hit, source }) => !agreeing.has(source) || named.has(hit.category) || hit.contextual || hit.weight >= source.text.tokens.length);
}

/**
 * A search box named as one (`name="search"`, `id="q"`): what is typed is a search term, whatever its
 * placeholder says it may match ("Enter name, identification or MRN"), as for `type="search"`.
 */
const SEARCH_BOX_NAME = /^(?:search|q|query|keywords?|search[-_ ]?(?:term|text|query|box|input|field|string)|lookup)$/iu;

function namedForSearch(field: Field): boolean {
  return [attributeText(field, "name"), attributeText(field, "id")].some((name) => name !== null && SEARCH_BOX_NAME.test(name.trim()));
}

/** Whether this kind of element can hold a value of the category at all. */
function fits(field: Field, category: CategoryId): boolean {
  if (field.answersQuestion === true) return CHOICE_CATEGORIES.has(category);
  if (field.tag === "select") return SELECT_CATEGORIES.has(category);
  const type = staticType(field);
  if (type && CHOICE_TYPES.has(type)) return CHOICE_CATEGORIES.has(category);
  // "Date of birth (as on PAN card)" on a date input is a birth date, not an ID.
  if (type && DATE_TYPES.has(type)) return DATE_CATEGORIES.has(category);
  return true;
}

/** Every attribute the classifier reads: a field's classification depends on these and nothing else of its attributes. */
const READ_ATTRIBUTES: readonly string[] = [...new Set(["type", "autocomplete", "pattern", ...VENDOR_FIELD_ATTRIBUTES.map((v) => v.attribute), ...IDENTIFIER_ATTRIBUTES, ...LABEL_ATTRIBUTES, ...SHAPE_ATTRIBUTES])];
const KEY_PART = "\u0001";
const KEY_LIST = "\u0002";

/**
 * What `classifyField` reads of a field, as one string: fields that share it are classified alike.
 * Forms repeat fields across a code base (`email`, `password`, "Card number"), so the result can be
 * reused instead of reading the same words again.
 */
export function classificationKey(field: Field): string {
  let key = `${field.tag}${field.answersQuestion === true ? "?" : ""}${KEY_PART}${field.codeBox === true ? 1 : field.codeBox || 0}`;
  for (const name of READ_ATTRIBUTES) {
    const value = field.attributes.get(name);
    key += KEY_PART + (!value ? "" : value.kind === "static" ? `s${value.value}` : `d${value.candidates.join(KEY_LIST)}`);
  }
  return `${key}${KEY_PART}${field.identifiers.join(KEY_LIST)}${KEY_PART}${field.labels.join(KEY_LIST)}${KEY_PART}${field.groupLabel ?? ""}`;
}

/** False for elements that never hold a typed or chosen personal value (buttons, hidden inputs, files). */
export function isClassifiable(field: Field): boolean {
  const type = staticType(field);
  return !(type && NEVER_SENSITIVE_TYPES.has(type));
}

/**
 * Every sensitivity signal of a field, best first. Identifiers carry negative and downgrade
 * modifiers for the whole field (`giftCardNumber`); a label's modifiers only affect that label.
 */
export function classifyField(field: Field): Sensitivity[] {
  if (!isClassifiable(field)) return [];
  const found: Sensitivity[] = [];
  strongSignals(field, found);
  const structural: Sensitivity[] = [];
  structuralSignals(field, structural);
  found.push(...structural);
  const sources = collectSources(field);
  const hits: { hit: Sensitivity; source: Source }[] = [];
  // The identifiers every rendering has: their modifiers hold for the whole field. So do those of a
  // short label, which names the field rather than describing it: "Gift Card Number" over `id="cardNumber"`.
  const identifierSources = sources.filter((s) => (!s.isLabel && !s.alternative) || (s.isLabel && s.aside === null && s.modifiers.tokens.length <= NAMING_LABEL_TOKENS));
  const searchOnly = staticType(field) === "search" || namedForSearch(field);
  const fullDate = FULL_DATE_TYPES.has(staticType(field) ?? "");
  const negatedByIdentifier = [new Map<CompiledCategory, boolean>(), new Map<CompiledCategory, boolean>()] as const;
  const isNegated = (category: CompiledCategory, recommended: boolean): boolean => {
    const cache = negatedByIdentifier[recommended ? 1 : 0];
    let negated = cache.get(category);
    if (negated === undefined) {
      // A placeholder's modifiers hold for the field only when it names the field ("Gift card number"),
      // not when it is an instruction ("Type here").
      negated = identifierSources.some((s) => hasNegative(category, s, recommended) && (s.strength !== "weak" || matchSource(s).has(category)));
      cache.set(category, negated);
    }
    return negated;
  };
  for (const source of sources) {
    for (const [category, found] of matchSource(source)) {
      // A modifier that cancels only the recommended entries leaves the contextual one the same words name:
      // "Bank Routing Number" is no bank account number, and still a routing number.
      const fallback = found.contextual ? undefined : found.contextualFallback;
      const match = fallback && (isNegated(category, true) || hasNegative(category, source, true)) ? fallback : found;
      const recommended = !match.contextual;
      if (isNegated(category, recommended) || hasNegative(category, source, recommended) || objectOnly(source, category)) continue;
      const downgraded = identifierSources.some((s) => s.modifiers.tokens.some((t) => category.downgrade.has(t))) || source.modifiers.tokens.some((t) => category.downgrade.has(t));
      hits.push({
        source,
        hit: {
          category: category.id,
          evidence: source.describe,
          strength: source.strength,
          contextual: match.contextual || (fullDate && category.id === "payment-card"),
          strictOnly: downgraded || searchOnly || match.strictEvenInForm,
          formOnly: match.formOnly,
          weight: match.weight,
        },
      });
    }
  }
  // An aside counts only when the rest of its label says nothing by itself.
  const namedByMain = new Set(hits.filter(({ hit, source }) => source.aside === null && !hit.contextual).map(({ source }) => source));
  const kept = withoutLabelContext(hits.filter(({ source }) => source.aside === null || !namedByMain.has(sources[source.aside] as Source)));
  const lexical = kept.map(({ hit }) => hit);
  // Words that a shape on the field may confirm: not the placeholder whose shape it is.
  const confirmable = kept.filter(({ source }) => source.strength !== "weak").map(({ hit }) => hit);
  corroborate(structural, confirmable, found);
  found.push(...lexical);
  return found.filter((s) => fits(field, s.category));
}

export interface ResolveOptions {
  /** Categories to report. */
  enabled: ReadonlySet<CategoryId>;
  /** Card context in the field's form: expiry and security-code wording counts. */
  cardContext: boolean;
  /** A bank account field in the field's form: the bank's routing-type codes count. */
  accountContext: boolean;
  /** A health field in the field's form: an insurance number or a member ID is the patient's. */
  healthContext: boolean;
  /** A choice of identity document before the field ("Document type"): a document number is a government ID. */
  documentContext: boolean;
  /** Strict preset: contextual and strict-only signals count without context. */
  weakSignals: boolean;
}

const compareSignals = (a: Sensitivity, b: Sensitivity): number =>
  STRENGTH_RANK[b.strength] - STRENGTH_RANK[a.strength] || b.weight - a.weight;

/**
 * Picks what to report. The strongest usable signal decides what the field is; when that is a
 * category the user did not enable (`pinCode` is a postal code), the field is not reported, unless
 * an enabled category matched just as strongly.
 */
export function resolveSensitivity(signals: readonly Sensitivity[], options: ResolveOptions): Sensitivity | null {
  const usable = signals.filter((s) => {
    if (s.formOnly && s.category === HEALTH_CONTEXT_CATEGORY) return options.healthContext || options.weakSignals;
    if (s.formOnly) return options.cardContext && CARD_CONTEXT_CATEGORIES.has(s.category) && (!s.strictOnly || options.weakSignals);
    if (s.strictOnly && !options.weakSignals) return false;
    if (!s.contextual || options.weakSignals) return true;
    return (options.cardContext && CARD_CONTEXT_CATEGORIES.has(s.category)) || (options.accountContext && s.category === ACCOUNT_CONTEXT_CATEGORY) ||
      (options.documentContext && s.category === DOCUMENT_CONTEXT_CATEGORY);
  });
  usable.sort(compareSignals);
  const best = usable[0];
  if (!best) return null;
  return usable.find((s) => options.enabled.has(s.category) && compareSignals(s, best) === 0) ?? null;
}

/** Categories whose presence in a form gives card context to expiry and security-code wording. */
export const CARD_CONTEXT_CATEGORIES: ReadonlySet<CategoryId> = new Set(["payment-card", "payment-auth"]);

/**
 * The category whose contextual entries count in a form with an account number: the bank's routing
 * number, sort code, IFSC, BSB, BLZ. The reference files them as strict-only ("identifies a bank,
 * not secret"), and as the supporting identifiers of an account: beside the account number they
 * complete the visitor's bank details. (A BIC stays strict-only: see `strictEvenInForm`.)
 */
export const ACCOUNT_CONTEXT_CATEGORY: CategoryId = "bank-account";

/** The category whose contextual entries ("Document number") count after a choice of identity document. */
export const DOCUMENT_CONTEXT_CATEGORY: CategoryId = "government-id";

/**
 * The category whose form-only entries (an insurance number, a member ID) count in a form that asks
 * about health; under `strict` they count anywhere, as the reference's strict-only entries.
 */
export const HEALTH_CONTEXT_CATEGORY: CategoryId = "health";

/**
 * Whether a field is clear evidence of one of `categories`: a signal that needs no context itself
 * (form-only signals are contextual too). Its form is then a form of that kind.
 */
function isClearly(signals: readonly Sensitivity[], categories: ReadonlySet<CategoryId>): boolean {
  return signals.some((s) => categories.has(s.category) && !s.contextual && !s.strictOnly);
}

const HEALTH_CONTEXT_CATEGORIES: ReadonlySet<CategoryId> = new Set([HEALTH_CONTEXT_CATEGORY]);
const ACCOUNT_CONTEXT_CATEGORIES: ReadonlySet<CategoryId> = new Set([ACCOUNT_CONTEXT_CATEGORY]);

/** Whether a field clearly asks about health (allergies, a diagnosis): its form is a health form. */
export function givesHealthContext(signals: readonly Sensitivity[]): boolean {
  return isClearly(signals, HEALTH_CONTEXT_CATEGORIES);
}

/** Whether a field is itself a bank account number (an IBAN, an account number): its form is a bank form. */
export function givesAccountContext(signals: readonly Sensitivity[]): boolean {
  return isClearly(signals, ACCOUNT_CONTEXT_CATEGORIES);
}

/**
 * Whether a field is itself clear evidence of a card form (a card number, CVC, `cc-*` field). A
 * placeholder that names the field ("Card Number") counts: many card forms have no other label.
 */
export function givesCardContext(signals: readonly Sensitivity[]): boolean {
  return isClearly(signals, CARD_CONTEXT_CATEGORIES);
}
