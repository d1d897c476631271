import type { TSESTree } from "@typescript-eslint/utils";
import type { ReadText } from "./element.js";
import { jsxElementName, textOf } from "./text.js";
import { withoutVariantSuffix } from "./components.js";
import { isAnswerInstruction, isAnswerWord, LABEL_COLON } from "../captions.js";
import { DATE_PART_NAME, DATE_PART_PLACEHOLDER, MAX_PARTS_BEFORE, PART_SEPARATOR } from "../../core/date-parts.js";

type JSXElement = TSESTree.JSXElement;
type Node = TSESTree.Node;
/** What holds a field and its caption as siblings: an element, or a fragment (`<><label>SSN</label><input /></>`). */
export type JSXContainer = TSESTree.JSXElement | TSESTree.JSXFragment;

/** Label elements: `<label>`, `<legend>`, shadcn `<Label>`, `<FormLabel>`, `<Form.Label>`, MUI `<InputLabel>`. */
export const LABEL_ELEMENT = /^(?:label|legend|Label|[A-Z][\w.]*Label)$/u;
/** Elements that hold a question or a caption in forms without `<label>`: "Have you ever been convicted of a felony?". */
const TEXT_ELEMENT = /^(?:p|span|div|strong|b|dt|h[1-6]|Typography|Text|Heading|Title|Subtitle|Paragraph|[A-Z][\w.]*(?:Title|Heading|Question))$/u;
/** A text element styled as a field's label (`<div className="input-label">`, Bootstrap's `form-label`). */
const LABEL_CLASS = /(?:^|[\s_-])label(?:$|\s)/u;

function hasLabelClass(element: JSXElement): boolean {
  return element.openingElement.attributes.some((a) =>
    a.type === "JSXAttribute" && a.name.type === "JSXIdentifier" && (a.name.name === "className" || a.name.name === "class") &&
    a.value?.type === "Literal" && typeof a.value.value === "string" && LABEL_CLASS.test(a.value.value));
}

/** Longer text is content, not a caption. */
const MAX_CAPTION = 120;
/**
 * Text written as a label, right before the field: a few words ending in a colon ("Medical History:").
 * It names even a field with a name of its own, as a `<label>` would.
 */
const COLON_CAPTION = /^\s*[^\s:][^:\n]{0,40}:[\s*]*$/u;
const MAX_COLON_CAPTION_WORDS = 5;
const WHITESPACE_RUN = /\s+/u;

/** Whether the element's own text (its last text child) ends like a label. */
function endsWithColon(element: TSESTree.JSXElement): boolean {
  for (let index = element.children.length - 1; index >= 0; index--) {
    const child = element.children[index]!;
    if (child.type !== "JSXText") return false;
    const text = child.value.trim();
    if (text) return LABEL_COLON.test(text);
  }
  return false;
}

function isColonCaption(text: string): boolean {
  return COLON_CAPTION.test(text) && text.trim().split(WHITESPACE_RUN).length <= MAX_COLON_CAPTION_WORDS;
}

/** Body text (not a heading, not a badge or an emphasis inside a line) that can title the field right after it. */
const BODY_TEXT_ELEMENT = /^(?:p|Text|Paragraph|Typography)$/u;
/** A title of a few words, no sentence: "Seed phrase", "Card number", not "We send you a code." */
const SHORT_TITLE = /^[^.?!:\n]{1,30}$/u;
const MAX_TITLE_WORDS = 3;

function isShortTitle(text: string): boolean {
  const trimmed = text.trim();
  return SHORT_TITLE.test(trimmed) && trimmed.split(WHITESPACE_RUN).length <= MAX_TITLE_WORDS;
}

/** Whether an element contains (or is) another form field whose caption it would be. */
export type ContainsField = (node: Node) => boolean;

/** Input types a date's part is typed into. */
const DATE_PART_INPUT_TYPES: ReadonlySet<string> = new Set(["text", "number", "tel"]);

function staticAttribute(element: JSXElement, name: string): string | null {
  for (const a of element.openingElement.attributes) {
    if (a.type === "JSXAttribute" && a.name.type === "JSXIdentifier" && a.name.name === name) {
      return a.value?.type === "Literal" && typeof a.value.value === "string" ? a.value.value : null;
    }
  }
  return null;
}

/**
 * A native `<select>` named for one part of a date (`name="exp_month"`, `id="dobYear"`), or a text
 * input named or shown as one (`<input placeholder="MM" /> <input placeholder="YY" />`).
 */
function isDatePart(element: JSXElement): boolean {
  const opening = element.openingElement;
  if (opening.name.type !== "JSXIdentifier") return false;
  const tag = opening.name.name;
  if (tag !== "select" && tag !== "input") return false;
  const named = ["name", "id"].some((attribute) => {
    const value = staticAttribute(element, attribute);
    return value !== null && DATE_PART_NAME.test(value);
  });
  if (tag === "input") {
    const type = staticAttribute(element, "type")?.trim().toLowerCase() ?? "text";
    if (!DATE_PART_INPUT_TYPES.has(type)) return false;
    const placeholder = staticAttribute(element, "placeholder");
    return named || (placeholder !== null && DATE_PART_PLACEHOLDER.test(placeholder));
  }
  if (named) return true;
  // `<option value="">Month</option>` first: the placeholder says which part it is.
  const firstOption = element.children.find((child): child is JSXElement => child.type === "JSXElement");
  // (An option's text is no caption, so textOf skips option elements: read its children.)
  return firstOption !== undefined && DATE_PART_PLACEHOLDER.test(firstOption.children.map((child) => textOf(child)).join(" "));
}

function childIndex(parent: JSXContainer, node: Node): number {
  return parent.children.findIndex((child) => child.range[0] <= node.range[0] && node.range[1] <= child.range[1]);
}

/**
 * Whether the element before the child at `index` (blank text aside) holds options only (`skip`
 * but not `stop` when looking for a question): the child is that option's caption.
 */
function followsOption(parent: JSXContainer, index: number, fields: { stop: ContainsField; skip: ContainsField }): boolean {
  for (let before = index - 1; before >= 0; before--) {
    const sibling = parent.children[before]!;
    if (sibling.type === "JSXText" && !sibling.value.trim()) continue;
    return sibling.type === "JSXElement" && fields.skip(sibling) && !fields.stop(sibling);
  }
  return false;
}

/** Whether a sibling before `node` inside `parent` holds a field (`contains`); the nearest is found first. */
export function fieldBefore(parent: JSXContainer, node: Node, contains: ContainsField): boolean {
  for (let index = childIndex(parent, node) - 1; index >= 0; index--) {
    const sibling = parent.children[index];
    if (sibling?.type === "JSXElement" && contains(sibling)) return true;
  }
  return false;
}

/**
 * The caption that precedes `node` inside `parent`: the nearest label-like sibling (a `<label>`
 * without `htmlFor`, a heading, a paragraph, bare text). Stops at a sibling that holds another
 * field (`stop`), since a caption above that one is that field's; passes over `skip` siblings
 * (the other options of a radio group, when looking for the group's question). With `labelsOnly`,
 * headings and paragraphs are passed over: a named field's own name says more than text nearby
 * ("We send a verification code to this number" above a phone field).
 */
export function precedingCaption(
  parent: JSXContainer,
  node: Node,
  fields: { stop: ContainsField; skip: ContainsField; ownLabelTarget?: (target: string, label: JSXElement) => boolean; options?: boolean },
  read: ReadText,
  labelsOnly = false,
  maxLength = MAX_CAPTION,
): string | null {
  // The parts of one date share the caption before the first (`Expiry <select month> / <select year>`).
  let partsBefore = node.type === "JSXElement" && isDatePart(node) ? MAX_PARTS_BEFORE : 0;
  let nearest = true;
  for (let index = childIndex(parent, node) - 1; index >= 0; index--) {
    const sibling = parent.children[index];
    if (!sibling) continue;
    if (sibling.type === "JSXText") {
      const text = sibling.value.trim();
      if (text && (isAnswerInstruction(text) || (fields.options && isAnswerWord(text)))) continue;
      if (text && !(partsBefore > 0 && PART_SEPARATOR.test(text))) return text.length <= maxLength ? text : null;
      continue;
    }
    if (sibling.type !== "JSXElement") continue;
    if (partsBefore > 0 && isDatePart(sibling)) {
      partsBefore--;
      continue;
    }
    if (fields.stop(sibling)) return null;
    // Another option of the same radio group: its label is its own.
    if (fields.skip(sibling)) continue;
    // So is the label right after another option (`<input type="radio" /><label>Yes</label>`).
    if (fields.options && followsOption(parent, index, fields)) continue;
    // A wrapper that holds only a label (`<div><label>Expiry date:</label></div>`) is that label.
    const element = soleLabel(sibling) ?? sibling;
    const name = withoutVariantSuffix(jsxElementName(element.openingElement.name));
    // A bare answer before another option is that option's caption (`<p>Y</p><input type="checkbox" />`).
    if (fields.options && TEXT_ELEMENT.test(name) && isAnswerWord(textOf(element))) continue;
    const isLabel = LABEL_ELEMENT.test(name) || (TEXT_ELEMENT.test(name) && hasLabelClass(element));
    const wasNearest = nearest;
    nearest = false;
    if (!isLabel && labelsOnly && wasNearest && TEXT_ELEMENT.test(name)) {
      // Read the text only when the element's own text ends in a colon, or is short body text that
      // titles the field (`<Paragraph>Seed phrase</Paragraph>` over a TextArea): most fields have neither.
      if (endsWithColon(sibling)) {
        const text = read(sibling);
        if (isColonCaption(text)) return text;
      } else if (BODY_TEXT_ELEMENT.test(name) && isShortTitle(textOf(sibling))) {
        return read(sibling) || null;
      }
      continue;
    }
    if (!isLabel && (labelsOnly || !TEXT_ELEMENT.test(name))) continue;
    // A label that names another element by `htmlFor` is that element's; one for the group itself
    // (`htmlFor="race"` over radios named race, with no element of that id) is the group's question,
    // and one for an id no element has names the field after it.
    if (isLabel && labelsOtherElement(element, fields.ownLabelTarget)) return null;
    // Judge the length by the text as written: a list of questions mapped into one `<p>` is still one caption.
    if (!isLabel && textOf(sibling).length > maxLength) return null;
    const text = read(sibling);
    // "Select all that apply" says how to answer; the question is before it.
    if (text && !isAnswerInstruction(text)) return text;
  }
  return null;
}

/** The label a wrapper holds and nothing else (text around it included), or null. */
function soleLabel(wrapper: JSXElement): JSXElement | null {
  let label: JSXElement | null = null;
  for (const child of wrapper.children) {
    if (child.type === "JSXText" && !child.value.trim()) continue;
    if (child.type !== "JSXElement" || label !== null || !LABEL_ELEMENT.test(jsxElementName(child.openingElement.name))) return null;
    label = child;
  }
  return label;
}

/** Whether a label names another element by `htmlFor` (not a target that is the field's own: its group, or an id no element has). */
function labelsOtherElement(element: JSXElement, ownLabelTarget?: (target: string, label: JSXElement) => boolean): boolean {
  return element.openingElement.attributes.some((a) => {
    if (a.type !== "JSXAttribute" || a.name.type !== "JSXIdentifier" || a.name.name !== "htmlFor") return false;
    const target = a.value?.type === "Literal" && typeof a.value.value === "string" ? a.value.value : null;
    return target === null || !ownLabelTarget?.(target, element);
  });
}

/**
 * A `<label>` written right after the field (Bootstrap's floating labels, `<input><label>` pairs in
 * one wrapper): it names the field when nothing else does. Only the next element counts, and only
 * when the wrapper holds no other field or label: in `<input/><label>Next</label><input/>` the label
 * is the next field's.
 */
export function followingLabel(parent: JSXContainer, node: Node, containsField: ContainsField, read: ReadText): string | null {
  const children = parent.children;
  const at = childIndex(parent, node);
  let next: JSXElement | null = null;
  for (let index = at + 1; index < children.length && next === null; index++) {
    const sibling = children[index]!;
    if (sibling.type === "JSXElement") next = sibling;
    else if (sibling.type !== "JSXText" || sibling.value.trim()) return null;
  }
  if (next === null || !isLabelElement(next) || jsxElementName(next.openingElement.name) === "legend" || labelsOtherElement(next)) return null;
  const field = children[at];
  for (const other of children) {
    if (other.type !== "JSXElement" || other === field || other === next) continue;
    if (containsField(other) || isLabelElement(other)) return null;
  }
  return read(next) || null;
}

/**
 * The text right after a checkbox or radio in its own wrapper (`<input type="checkbox" /> Diabetes`,
 * `<input type="radio" /><span>Yes</span>`): its caption, when the wrapper holds no other field.
 */
export function followingCaption(parent: JSXContainer, node: Node, containsField: ContainsField, read: ReadText): string | null {
  const children = parent.children;
  const at = childIndex(parent, node);
  const field = children[at];
  if (children.some((other) => other !== field && other.type === "JSXElement" && containsField(other))) return null;
  for (let index = at + 1; index < children.length; index++) {
    const sibling = children[index]!;
    if (sibling.type === "JSXText") {
      const text = sibling.value.trim();
      if (text) return text.length <= MAX_CAPTION ? text : null;
      continue;
    }
    if (sibling.type !== "JSXElement") return null;
    const name = withoutVariantSuffix(jsxElementName(sibling.openingElement.name));
    if (!LABEL_ELEMENT.test(name) && !TEXT_ELEMENT.test(name)) return null;
    const text = read(sibling);
    return text && textOf(sibling).length <= MAX_CAPTION ? text : null;
  }
  return null;
}

function isLabelElement(element: JSXElement): boolean {
  return LABEL_ELEMENT.test(withoutVariantSuffix(jsxElementName(element.openingElement.name)));
}
