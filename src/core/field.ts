import type { Rule } from "eslint";
import type { MarkerFact } from "../data/markers.js";

/**
 * The value of an attribute as far as the source tells.
 * - static: the one string the browser gets (`""` for a bare attribute)
 * - dynamic: known only at run time; `candidates` are the statically known possible values
 *   (both branches of `show ? "text" : "password"`), `mayBeAbsent` when the attribute can be
 *   left out (`cond && "x"`, `undefined`), `hasUnknown` when other values are possible too.
 */
export type AttributeValue =
  | { kind: "static"; value: string }
  | { kind: "dynamic"; candidates: readonly string[]; mayBeAbsent: boolean; hasUnknown: boolean };

export const UNKNOWN_VALUE: AttributeValue = { kind: "dynamic", candidates: [], mayBeAbsent: true, hasUnknown: true };

export interface ClassToken {
  name: string;
  /** Present only under a condition (`clsx({ "fs-exclude": hide })`, template `{{#if}}`). */
  conditional: boolean;
}

/** Attributes and classes of one element, as far as masking markers go. */
export interface MarkerCarrier {
  /** Attributes by their HTML name (lowercase: `class`, `data-private`, `type`). */
  attributes: ReadonlyMap<string, AttributeValue>;
  classes: readonly ClassToken[];
  /** A spread or bound object that could add attributes we cannot see. */
  hasUnknownAttributes: boolean;
}

export type FieldTag = "input" | "textarea" | "select" | "contenteditable";

/** A form field in any syntax (JSX, HTML, Vue, lit, Angular, Svelte), as the core sees it. */
export interface Field extends MarkerCarrier {
  tag: FieldTag;
  /** The component as written when the field is a design-system component (`TextField`). */
  componentName: string | null;
  /** Name-like strings besides attributes: `register("cardNumber")`, `formControlName`, `v-model`. */
  identifiers: readonly string[];
  /** Label text: associated `<label>`, `aria-labelledby` text, design-system `label` props. */
  labels: readonly string[];
  /** Question text of a radio/checkbox group (`<legend>`). */
  groupLabel: string | null;
  /** Markers of ancestor elements, nearest first. */
  ancestors: readonly MarkerCarrier[];
  /** Fields with the same scope (a form, a component file) give each other context. */
  scope: object;
  /** Whether a CAPTCHA image or refresh control sits beside the field (what is typed is the picture's text); asked only of code fields. */
  besideCaptcha?: () => boolean;
  /** Whether a control beside the field sends the code to type ("发送验证码", `sendSmsCode`); asked only of CAPTCHA-named fields. */
  codeSentBeside?: () => boolean;
  /** The component that renders the field (`PetForm`): what its form is about, when the front end knows. */
  subject?: string | null;
  /**
   * A select whose options are only answers (Yes / No / Unknown): it answers the question before it, like
   * a radio group, and holds nothing but the kind of data such a question asks (health, special, criminal).
   */
  answersQuestion?: boolean;
  /**
   * One of a row of one-character boxes (`maxlength="1"`, four to eight side by side, or one box
   * repeated by a template loop): how one-time codes and PINs are typed. A string is the evidence of
   * a code component that draws its own boxes (`codeLength={6}`).
   */
  codeBox?: boolean | string;
  /** Where to report, in ESLint's coordinates. */
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
  /** Builds the quick fix that adds a marker to this element, or null when it cannot be written. */
  addMarkerFix(marker: MarkerFact): Rule.ReportFixer | null;
}

export function attributeText(field: MarkerCarrier, name: string): string | null {
  const value = field.attributes.get(name);
  return value?.kind === "static" ? value.value : null;
}

/** Every string the attribute may hold (static value or known candidates). */
export function attributeCandidates(field: MarkerCarrier, name: string): readonly string[] {
  const value = field.attributes.get(name);
  if (!value) return [];
  return value.kind === "static" ? [value.value] : value.candidates;
}
