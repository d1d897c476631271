import { ANIMAL_FORM_PAIRS, ANIMAL_FORM_TOKENS, ANIMAL_SUBJECT_EXEMPT, ANIMAL_SUBJECT_TOKENS, BODY_MEASUREMENT_TOKENS, type CategoryId, CATEGORY_LABELS, DOCUMENT_TYPE_PAIRS, DOCUMENT_TYPE_TOKENS, PRODUCT_DIMENSION_TOKENS, RECOMMENDED_CATEGORIES } from "../data/lexicon.js";
import { DEFAULT_SUGGESTION_VENDORS, type MarkerFact, SUGGESTED_MARKERS } from "../data/markers.js";
import { VENDORS, type VendorId } from "../data/vendors.js";
import { classificationKey, classifyField, DOCUMENT_CONTEXT_CATEGORY, givesAccountContext, givesCardContext, givesHealthContext, resolveSensitivity, type Sensitivity, staticType } from "./classify.js";
import { attributeCandidates, attributeText, type AttributeValue, type Field } from "./field.js";
import { findMarkerTypos, type MarkerTypo } from "./marker-typos.js";
import { DATE_PART_NAME, DATE_PART_PLACEHOLDER } from "./date-parts.js";
import { tokenize } from "./tokens.js";
import { type FoundMarker, maskingVerdict } from "./markers.js";
import { effectiveUnmask } from "./unmask.js";

export interface MaskingPolicy {
  enabled: ReadonlySet<CategoryId>;
  /** "dynamic": a static `type="password"` is masked by every major recorder by default. */
  passwords: "dynamic" | "always";
  weakSignals: boolean;
  /** Field names or ids a team reviewed and accepts. */
  ignoreNames: ReadonlySet<string>;
  /** Recorders in use (settings); null = any vendor's marker counts. */
  recorders: readonly VendorId[] | null;
}

const RECOMMENDED_ONLY: ReadonlySet<CategoryId> = new Set<CategoryId>(RECOMMENDED_CATEGORIES);
// Rules are created once per file; options objects repeat across files.
const ENABLED_BY_OPTIONS = new WeakMap<object, ReadonlySet<CategoryId>>();

/** The categories a rule reports: the recommended ones, switched on and off by the `categories` option. */
export function enabledCategories(overrides: Partial<Record<CategoryId, boolean>> | undefined): ReadonlySet<CategoryId> {
  if (!overrides) return RECOMMENDED_ONLY;
  let enabled = ENABLED_BY_OPTIONS.get(overrides);
  if (!enabled) {
    enabled = computeEnabled(overrides);
    ENABLED_BY_OPTIONS.set(overrides, enabled);
  }
  return enabled;
}

function computeEnabled(overrides: Partial<Record<CategoryId, boolean>>): Set<CategoryId> {
  const enabled = new Set<CategoryId>(RECOMMENDED_CATEGORIES);
  for (const [id, on] of Object.entries(overrides) as [CategoryId, boolean][]) {
    if (on) enabled.add(id);
    else enabled.delete(id);
  }
  return enabled;
}

export type Finding =
  | { kind: "unmasked"; field: Field; sensitivity: Sensitivity; suggestions: readonly MarkerFact[] }
  | { kind: "conditional"; field: Field; sensitivity: Sensitivity; marker: FoundMarker; suggestions: readonly MarkerFact[] }
  | { kind: "textOnly"; field: Field; sensitivity: Sensitivity; marker: FoundMarker; suggestions: readonly MarkerFact[] }
  | { kind: "typo"; field: Field; sensitivity: Sensitivity; typo: MarkerTypo; suggestions: readonly MarkerFact[] };

/** A password field whose type is always `password` is masked by recorders without any marker. */
export function isAlwaysPassword(field: Field): boolean {
  if (field.tag !== "input") return false;
  const types = attributeCandidates(field, "type");
  const type = field.attributes.get("type");
  return types.length > 0 && types.every((t) => t.trim().toLowerCase() === "password") && !(type?.kind === "dynamic" && (type.hasUnknown || type.mayBeAbsent));
}

/** What a field is called in code: its name and id attributes and its identifiers (`register("x")`). */
function namesOf(field: Field): string[] {
  return [...attributeCandidates(field, "name"), ...attributeCandidates(field, "id"), ...field.identifiers];
}

/**
 * A field that says only "number" (`name="number"`, the label "Number"): in a card form, the card's
 * number, unless another field of the form is already named for the card (a house number beside
 * `cardNumber` in a checkout that asks for the address too).
 */
function saysOnlyNumber(field: Field): boolean {
  const texts = [...namesOf(field), ...field.labels];
  return texts.length > 0 && texts.every((text) => {
    const { tokens } = tokenize(text);
    return tokens.length === 1 && tokens[0] === "number";
  });
}

/** A card signal of the field's own, neither borrowed from the form's context nor strict-only. */
function namesTheCard(signals: readonly Sensitivity[]): boolean {
  return signals.some((signal) => signal.category === "payment-card" && !signal.formOnly && !signal.contextual && !signal.strictOnly);
}

function isIgnored(field: Field, ignoreNames: ReadonlySet<string>): boolean {
  return ignoreNames.size > 0 && namesOf(field).some((name) => ignoreNames.has(name));
}

const SUGGESTIONS_BY_RECORDERS = new WeakMap<readonly VendorId[], readonly MarkerFact[]>();

/** The markers a quick fix offers, in order (computed once per settings' recorder list). */
export function suggestionMarkers(recorders: readonly VendorId[] | null): readonly MarkerFact[] {
  const vendors = recorders ?? DEFAULT_SUGGESTION_VENDORS;
  let markers = SUGGESTIONS_BY_RECORDERS.get(vendors);
  if (!markers) {
    markers = vendors.flatMap((vendor) => SUGGESTED_MARKERS.get(vendor) ?? []);
    SUGGESTIONS_BY_RECORDERS.set(vendors, markers);
  }
  return markers;
}

const CAPTCHA_NAME = /captcha/iu;

function captchaValue(value: AttributeValue): boolean {
  return value.kind === "static" ? CAPTCHA_NAME.test(value.value) : value.candidates.some((candidate) => CAPTCHA_NAME.test(candidate));
}

/** Whether the field's own names call it a captcha (`v-model="form.captcha"`, `name="captcha"`). */
function namesCaptcha(field: Field): boolean {
  return field.identifiers.some((identifier) => CAPTCHA_NAME.test(identifier)) || [...field.attributes.values()].some(captchaValue);
}

/** The field as the lexicon would read it without the names that call it a captcha. */
function withoutCaptchaNames(field: Field): Field {
  return {
    ...field,
    identifiers: field.identifiers.filter((identifier) => !CAPTCHA_NAME.test(identifier)),
    attributes: new Map([...field.attributes].filter(([, value]) => !captchaValue(value))),
  };
}

/**
 * Ids pasted onto several fields of a file, each field with a name of its own: `id="pwd"` on a patient's
 * "Age", "Gender" and "Disease" (W3Schools' example), Bootstrap's `id="exampleInputEmail1"` on every field.
 * Such an id is copied markup and says nothing about a field. Fields that share their name as well (one
 * field rendered in two branches) keep their id.
 */
function pastedIds(fields: readonly Field[]): ReadonlySet<string> {
  let firstNameById: Map<string, string> | null = null;
  let pasted: Set<string> | null = null;
  for (const field of fields) {
    const id = attributeText(field, "id");
    const name = id ? attributeText(field, "name") : null;
    if (!id || !name) continue;
    firstNameById ??= new Map();
    const first = firstNameById.get(id);
    if (first === undefined) firstNameById.set(id, name);
    else if (first !== name) (pasted ??= new Set()).add(id);
  }
  return pasted ?? NO_IDS;
}

const NO_IDS: ReadonlySet<string> = new Set();

/** The field as the lexicon would read it without its id. */
function withoutId(field: Field): Field {
  return { ...field, attributes: new Map([...field.attributes].filter(([name]) => name !== "id")) };
}

/** What a CAPTCHA's answer looks like to the lexicon: a code or a security code. */
const CAPTCHA_TYPED: ReadonlySet<CategoryId> = new Set(["one-time-code", "payment-auth"]);

const ANIMAL_SUBJECTS = new Map<string, boolean>();

/** Whether a component's name says its form is about an animal (`PetForm`, `AddDogModal`). */
function isAnimalSubject(subject: string): boolean {
  let animal = ANIMAL_SUBJECTS.get(subject);
  if (animal === undefined) {
    animal = tokenize(subject).tokens.some((token) => ANIMAL_SUBJECT_TOKENS.has(token));
    if (ANIMAL_SUBJECTS.size < 10_000) ANIMAL_SUBJECTS.set(subject, animal);
  }
  return animal;
}

/** Whether a field's names or labels hold one of `words`, or both words of one of `pairs`. */
function namesAnyOf(field: Field, words: ReadonlySet<string>, pairs: readonly (readonly [string, string])[]): boolean {
  for (const text of [...namesOf(field), ...field.labels]) {
    const { tokens } = tokenize(text);
    if (tokens.some((token) => words.has(token))) return true;
    if (pairs.some(([a, b]) => tokens.includes(a) && tokens.includes(b))) return true;
  }
  return false;
}

/** Whether a field asks what kind of animal the form is about (`name="species"`, "Pet Type", "Type of Animal"). */
function asksAnimalKind(field: Field): boolean {
  return namesAnyOf(field, ANIMAL_FORM_TOKENS, ANIMAL_FORM_PAIRS);
}

/** Whether a field asks which identity document the visitor holds (a "Document type" select or radio group). */
function asksDocumentType(field: Field): boolean {
  return (field.tag === "select" || isChoiceField(field)) && namesAnyOf(field, DOCUMENT_TYPE_TOKENS, DOCUMENT_TYPE_PAIRS);
}

/** Where in each form (scope) the first field that `asks` stands. */
function firstFieldByScope(fields: readonly Field[], asks: (field: Field) => boolean): ReadonlyMap<object, number> {
  const first = new Map<object, number>();
  fields.forEach((field, index) => {
    if (!first.has(field.scope) && asks(field)) first.set(field.scope, index);
  });
  return first;
}

const NO_SCOPES: ReadonlyMap<object, number> = new Map();

/** Each field classified once: the masking rules of one run receive the same Field objects. */
const SIGNALS = new WeakMap<Field, readonly Sensitivity[]>();
/** Fields that read alike, across files, share one classification (bounded: cleared when full). */
const SIGNALS_BY_KEY = new Map<string, readonly Sensitivity[]>();
const MAX_SIGNALS_BY_KEY = 5_000;

function signalsOf(field: Field): readonly Sensitivity[] {
  let signals = SIGNALS.get(field);
  if (!signals) {
    const key = classificationKey(field);
    signals = SIGNALS_BY_KEY.get(key);
    if (!signals) {
      signals = classifyField(field);
      if (SIGNALS_BY_KEY.size >= MAX_SIGNALS_BY_KEY) SIGNALS_BY_KEY.clear();
      SIGNALS_BY_KEY.set(key, signals);
    }
    SIGNALS.set(field, signals);
  }
  return signals;
}

export interface SensitiveField {
  field: Field;
  sensitivity: Sensitivity;
}

/**
 * Classifies the fields of one file or template and keeps those the policy reports. The classifier
 * reads a field's own words; what surrounds it is weighed here: fields of the same form give each
 * other card context, a product's dimensions, an animal's form and a CAPTCHA beside the field take
 * signals away.
 */
export function sensitiveFields(fields: readonly Field[], policy: MaskingPolicy): SensitiveField[] {
  const pasted = pastedIds(fields);
  const signalsByField = fields.map((field) => signalsOf(pasted.size > 0 && pasted.has(attributeText(field, "id") ?? "") ? withoutId(field) : field));
  const cardScopes = new Set<object>();
  const accountScopes = new Set<object>();
  const healthScopes = new Set<object>();
  const dimensionScopes = new Set<object>();
  // Dimensions only matter to health signals, which few forms have: read the names only then.
  const hasHealth = signalsByField.some((signals) => signals.some((signal) => signal.category === "health"));
  const nameTokens = hasHealth ? fields.map((field) => namesOf(field).flatMap((name) => tokenize(name).tokens)) : null;
  // An animal's form (a pet clinic's appointment, a pet profile) asks the animal's kind first: the birth
  // date and symptoms after it are the animal's. A rental application's pet questions come after the tenant's own.
  const animalFrom = signalsByField.some((signals) => signals.some((signal) => ANIMAL_SUBJECT_EXEMPT.has(signal.category)))
    ? firstFieldByScope(fields, asksAnimalKind)
    : NO_SCOPES;
  // A document number after a choice of identity document is that document's (a passenger's passport).
  const documentFrom = signalsByField.some((signals) => signals.some((signal) => signal.category === DOCUMENT_CONTEXT_CATEGORY && signal.contextual))
    ? firstFieldByScope(fields, asksDocumentType)
    : NO_SCOPES;
  const namesCard = signalsByField.map(namesTheCard);
  const cardNamers = new Map<object, number>();
  fields.forEach((field, index) => {
    if (namesCard[index]) cardNamers.set(field.scope, (cardNamers.get(field.scope) ?? 0) + 1);
    if (givesCardContext(signalsByField[index] ?? [])) cardScopes.add(field.scope);
    if (givesAccountContext(signalsByField[index] ?? [])) accountScopes.add(field.scope);
    if (givesHealthContext(signalsByField[index] ?? [])) healthScopes.add(field.scope);
    if (nameTokens?.[index]?.some((token) => PRODUCT_DIMENSION_TOKENS.has(token))) dimensionScopes.add(field.scope);
  });
  const found: SensitiveField[] = [];
  const resolved: (Sensitivity | null)[] = [];
  fields.forEach((field, index) => {
    let signals = signalsByField[index] ?? [];
    if (dimensionScopes.has(field.scope) && nameTokens?.[index]?.some((token) => BODY_MEASUREMENT_TOKENS.has(token))) {
      signals = signals.filter((signal) => signal.category !== "health");
    }
    if ((field.subject && isAnimalSubject(field.subject)) || index > (animalFrom.get(field.scope) ?? fields.length)) signals = signals.filter((signal) => !ANIMAL_SUBJECT_EXEMPT.has(signal.category));
    const otherCardNamers = (cardNamers.get(field.scope) ?? 0) - (namesCard[index] ? 1 : 0);
    if (otherCardNamers > 0 && signals.some((signal) => signal.formOnly) && saysOnlyNumber(field)) signals = signals.filter((signal) => !signal.formOnly);
    if (field.codeSentBeside && namesCaptcha(field) && field.codeSentBeside()) {
      // A field its code calls a captcha, beside a control that sends the code ("发送验证码"): a one-time code.
      signals = classifyField(withoutCaptchaNames(field));
    } else if (field.besideCaptcha && signals.some((signal) => CAPTCHA_TYPED.has(signal.category)) && field.besideCaptcha()) {
      // "验证码" / "Verification code" beside a CAPTCHA picture is the picture's text (reference trap 10).
      signals = signals.filter((signal) => !CAPTCHA_TYPED.has(signal.category));
    }
    const sensitivity = signals.length === 0 ? null : resolveSensitivity(signals, {
      enabled: policy.enabled,
      cardContext: cardScopes.has(field.scope),
      accountContext: accountScopes.has(field.scope),
      healthContext: healthScopes.has(field.scope),
      documentContext: index > (documentFrom.get(field.scope) ?? fields.length),
      weakSignals: policy.weakSignals,
    });
    resolved[index] = sensitivity ?? followUpTo(fields, resolved, index) ?? laterDatePart(fields, resolved, index);
  });
  fields.forEach((field, index) => {
    const sensitivity = resolved[index];
    if (sensitivity && !isIgnored(field, policy.ignoreNames)) found.push({ field, sensitivity });
  });
  return found;
}

/** How far back a date's captioned first part may be: a date has three parts. */
const DATE_PART_REACH = 2;

/**
 * One part of a date by what it is called: no label but a part's name (`name="month"`), or labels that
 * only name the part ("Month:", "Tháng:"). A "Graduation year" is a date of its own.
 */
function isDatePartField(field: Field): boolean {
  if (field.tag !== "select" && field.tag !== "input") return false;
  if (field.labels.length > 0) return field.labels.every((label) => DATE_PART_PLACEHOLDER.test(label));
  return namesOf(field).some((name) => DATE_PART_NAME.test(name));
}

/**
 * The month and year after a birth date's day, each captioned on its own (`Ngày sinh: <select name="ngay">`,
 * `Tháng: <select>`, `Năm: <select name="year">`): parts of the birth date. An uncaptioned select in the
 * next row is not taken for one.
 */
function laterDatePart(fields: readonly Field[], resolved: readonly (Sensitivity | null)[], index: number): Sensitivity | null {
  const field = fields[index]!;
  if (field.labels.length === 0 || !isDatePartField(field)) return null;
  for (let back = 1; back <= DATE_PART_REACH; back++) {
    const before = fields[index - back];
    if (!before || before.scope !== field.scope) return null;
    const sensitivity = resolved[index - back];
    if (sensitivity?.category === "date-of-birth" && (before.tag === "select" || isDatePartField(before))) return sensitivity;
    if (!isDatePartField(before)) return null;
  }
  return null;
}

/** "If yes, please describe", "If so, which?", "Si oui, précisez": a field that details the answer before it. */
const FOLLOW_UP = /^\s*(?:if\s+(?:yes|so)\b|si\s+(?:oui|s[ií]|es\s+as[ií])\b|se\s+sim\b|falls\s+ja\b|please\s+(?:describe|explain|specify|give\s+details)\b)/iu;
/** Categories asked as a yes/no question: a condition, a belief, a conviction. */
const QUESTION_CATEGORIES: ReadonlySet<CategoryId> = new Set(["health", "special-category", "criminal"]);
/** How far back the question may be: its Yes and No options, then the question's own field. */
const FOLLOW_UP_REACH = 3;

/**
 * A follow-up field says nothing by its own words ("If yes, please describe"): it details the answer to the
 * question right before it (`Diabetes?  Y [ ] / N [ ]`), so it holds that question's data.
 */
function followUpTo(fields: readonly Field[], resolved: readonly (Sensitivity | null)[], index: number): Sensitivity | null {
  const field = fields[index]!;
  if (isChoiceField(field)) return null;
  // The question first (a few lookups), the field's own label only then: most fields follow no question.
  for (let previous = index - 1; previous >= 0 && previous >= index - FOLLOW_UP_REACH; previous--) {
    const question = resolved[previous];
    const before = fields[previous]!;
    if (before.scope !== field.scope || !isChoiceField(before)) return null;
    if (question && QUESTION_CATEGORIES.has(question.category)) {
      return field.labels.some((label) => FOLLOW_UP.test(label)) ? { ...question, evidence: `follow-up to ${question.evidence}` } : null;
    }
  }
  return null;
}

/** Fields that answer a question: a checkbox, a radio, a select. */
const CHOICE_FIELD_TYPES: ReadonlySet<string> = new Set(["checkbox", "radio", "select"]);

function isChoiceField(field: Field): boolean {
  return CHOICE_FIELD_TYPES.has(staticType(field) ?? "");
}

/** The sensitive fields a recorder would capture: no marker, or one that does not hold. */
export function findUnmaskedFields(fields: readonly Field[], policy: MaskingPolicy): Finding[] {
  const recorders = policy.recorders ? new Set(policy.recorders) : null;
  const suggestions = suggestionMarkers(policy.recorders);
  const findings: Finding[] = [];
  for (const { field, sensitivity } of sensitiveFields(fields, policy)) {
    if (policy.passwords === "dynamic" && isAlwaysPassword(field)) continue;
    const verdict = maskingVerdict(field, recorders);
    if (verdict.protectedBy) continue;
    // An explicit unmask marker is a deliberate choice: no-unmask-sensitive reports it, once.
    if (effectiveUnmask(field, recorders)) continue;
    if (verdict.conditionalOnly) findings.push({ kind: "conditional", field, sensitivity, marker: verdict.conditionalOnly, suggestions });
    else if (verdict.textOnly) findings.push({ kind: "textOnly", field, sensitivity, marker: verdict.textOnly, suggestions });
    else {
      const typo = findMarkerTypos([field, ...field.ancestors]).find((t) => !recorders || recorders.has(t.intended.vendor));
      if (typo) {
        // Offer the marker that was meant first.
        const intended = typo.intended.suggested ? typo.intended : SUGGESTED_MARKERS.get(typo.intended.vendor);
        const ordered = intended ? [intended, ...suggestions.filter((m) => m !== intended)] : suggestions;
        findings.push({ kind: "typo", field, sensitivity, typo, suggestions: ordered });
      } else {
        findings.push({ kind: "unmasked", field, sensitivity, suggestions });
      }
    }
  }
  return findings;
}

export function describeMarker(marker: MarkerFact): string {
  const text = marker.form === "class" ? `class "${marker.name}"` : marker.values ? `${marker.name}="${marker.values[0]}"` : marker.name;
  return text;
}

export function vendorName(vendor: VendorId): string {
  return VENDORS[vendor];
}

export function categoryLabel(category: CategoryId): string {
  return CATEGORY_LABELS[category];
}
