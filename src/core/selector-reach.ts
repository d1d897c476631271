import type { SelectorTarget } from "../data/recorder-options.js";
import { SENTRY_MEDIA_TAGS } from "../data/recorder-options.js";

/**
 * Which elements a CSS selector written in a recorder option (`unmask: ['input']`) reaches, by kind.
 * Only the selector's subject (its last compound) decides; ancestors narrow the region but not the
 * kind of element. A subject that names one element (class, id, `name`, `data-*`) is a targeted,
 * reviewed choice, like a marker in the markup, and is left to `no-unmask-sensitive`.
 */

const FIELD_TAGS = new Set(["input", "textarea", "select"]);
/** Containers whose unmasking reaches every field inside, when the vendor's option is inherited. */
const FIELD_CONTAINER_TAGS = new Set(["form", "fieldset"]);
const MEDIA_TAGS = new Set(SENTRY_MEDIA_TAGS);
/** Subjects that match (or, inherited, contain) every element. */
const ROOT_TAGS = new Set(["html", "body"]);
/** Attributes that select fields by kind, not by identity. */
const FIELD_KIND_ATTRIBUTES = new Set(["type", "autocomplete", "inputmode", "contenteditable"]);
/** `type` values that hold nothing a person types. */
const HARMLESS_TYPES = new Set(["checkbox", "radio", "submit", "button", "reset", "range", "color", "image", "file"]);
/** Pseudo-classes that only form fields match. */
const FIELD_PSEUDOS = new Set([
  "read-write", "placeholder-shown", "required", "optional", "invalid", "valid", "user-invalid", "user-valid",
  "autofill", "-webkit-autofill", "in-range", "out-of-range",
]);
/** Pseudo-classes whose argument is itself a selector list matching the same element. */
const MATCHES_ANY_PSEUDOS = new Set(["is", "where", "matches", "-webkit-any", "-moz-any"]);

interface Compound {
  tag: string | null;
  /** Class, id or an attribute that identifies particular elements. */
  identifies: boolean;
  attributes: { name: string; value: string | null }[];
  pseudos: { name: string; argument: string | null }[];
}

/** Splits at top-level occurrences of `separator` (outside quotes, brackets and parentheses). */
function splitTopLevel(text: string, isSeparator: (ch: string) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(" || ch === "[") depth++;
    else if (ch === ")" || ch === "]") depth = Math.max(0, depth - 1);
    else if (depth === 0 && isSeparator(ch)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Index of the `)` that closes the `(` at index 0, or -1. */
function closingParenthesis(text: string): number {
  let depth = 0;
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i;
  }
  return -1;
}

const isComma = (ch: string): boolean => ch === ",";
const isCombinator = (ch: string): boolean => ch === " " || ch === ">" || ch === "+" || ch === "~" || ch === "\n" || ch === "\t";

const TAG_AT_START = /^(?:\*|[a-z][\w-]*)(?:\|(?:\*|[a-z][\w-]*))?/i;
const ATTRIBUTE = /^\[\s*([\w-]+)\s*(?:[~|^$*]?=\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))\s*(?:[is]\s*)?)?\]/;
const PSEUDO = /^::?([\w-]+)/;
const IDENT_AFTER_PREFIX = /^[.#][\w-]+/;

/** Parses one compound selector; null when it uses syntax we do not read (then stay quiet). */
function parseCompound(text: string): Compound | null {
  const compound: Compound = { tag: null, identifies: false, attributes: [], pseudos: [] };
  let rest = text;
  const tag = TAG_AT_START.exec(rest);
  if (tag) {
    const name = tag[0].toLowerCase();
    compound.tag = name.includes("|") ? name.slice(name.indexOf("|") + 1) : name;
    rest = rest.slice(tag[0].length);
  }
  while (rest.length > 0) {
    const first = rest[0];
    if (first === "." || first === "#") {
      const ident = IDENT_AFTER_PREFIX.exec(rest);
      if (!ident) return null;
      compound.identifies = true;
      rest = rest.slice(ident[0].length);
    } else if (first === "[") {
      const attribute = ATTRIBUTE.exec(rest);
      if (!attribute) return null;
      const name = attribute[1]!.toLowerCase();
      const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? null;
      compound.attributes.push({ name, value: value === null ? null : value.toLowerCase() });
      if (!FIELD_KIND_ATTRIBUTES.has(name)) compound.identifies = true;
      rest = rest.slice(attribute[0].length);
    } else if (first === ":") {
      const pseudo = PSEUDO.exec(rest);
      if (!pseudo) return null;
      rest = rest.slice(pseudo[0].length);
      let argument: string | null = null;
      if (rest.startsWith("(")) {
        const close = closingParenthesis(rest);
        if (close < 0) return null;
        argument = rest.slice(1, close);
        rest = rest.slice(close + 1);
      }
      compound.pseudos.push({ name: pseudo[1]!.toLowerCase(), argument });
    } else {
      return null;
    }
  }
  return compound;
}

function subjectOf(selector: string): { subject: Compound; alone: boolean } | null {
  const compounds = splitTopLevel(selector.trim(), isCombinator).filter((part) => part.length > 0);
  const last = compounds.at(-1);
  if (last === undefined) return null;
  const subject = parseCompound(last);
  return subject ? { subject, alone: compounds.length === 1 } : null;
}

function matchesFields(subject: Compound, inherited: boolean): boolean {
  if (subject.identifies) return false;
  for (const pseudo of subject.pseudos) {
    if (MATCHES_ANY_PSEUDOS.has(pseudo.name) && pseudo.argument !== null) {
      if (selectorsReaching(pseudo.argument, ["inputs"], inherited).length > 0) return true;
    }
  }
  const typeValues = subject.attributes.filter((a) => a.name === "type").map((a) => a.value);
  if (typeValues.length > 0 && typeValues.every((value) => value !== null && HARMLESS_TYPES.has(value))) return false;
  if (subject.tag !== null && FIELD_TAGS.has(subject.tag)) return true;
  if (inherited && subject.tag !== null && FIELD_CONTAINER_TAGS.has(subject.tag)) return true;
  const anyTag = subject.tag === null || subject.tag === "*";
  if (!anyTag) return false;
  return subject.attributes.length > 0 || subject.pseudos.some((p) => FIELD_PSEUDOS.has(p.name));
}

function matchesEverything(subject: Compound, alone: boolean, inherited: boolean): boolean {
  if (!alone || subject.identifies || subject.attributes.length > 0) return false;
  if (subject.tag === "*") return true;
  if (!inherited) return false;
  if (subject.tag !== null) return ROOT_TAGS.has(subject.tag);
  return subject.pseudos.length === 1 && subject.pseudos[0]!.name === "root";
}

function matchesMedia(subject: Compound): boolean {
  return !subject.identifies && subject.tag !== null && MEDIA_TAGS.has(subject.tag);
}

/**
 * The selectors of a selector list whose subject reaches one of `targets`, trimmed as written.
 * Selectors we cannot read are skipped (unknown is not unsafe).
 */
export function selectorsReaching(list: string, targets: readonly SelectorTarget[], inherited: boolean): string[] {
  const found: string[] = [];
  for (const raw of splitTopLevel(list, isComma)) {
    const selector = raw.trim();
    if (!selector) continue;
    const parsed = subjectOf(selector);
    if (!parsed) continue;
    const { subject, alone } = parsed;
    const hit = targets.some((target) => {
      if (target === "everything") return matchesEverything(subject, alone, inherited);
      if (target === "inputs") return matchesEverything(subject, alone, inherited) || matchesFields(subject, inherited);
      return matchesMedia(subject);
    });
    if (hit) found.push(selector);
  }
  return found;
}

/** Whether some selector of the list matches every element (`*`; `html`, `body`, `:root` by inheritance). */
export function selectsEverything(list: string): boolean {
  return selectorsReaching(list, ["everything"], true).length > 0;
}
