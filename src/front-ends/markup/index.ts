import type { Rule } from "eslint";
import type { AttributeValue, ClassToken, Field, MarkerCarrier } from "../../core/field.js";
import type { MarkerFact } from "../../data/markers.js";
import type { HtmlAttribute, HtmlChildNode, HtmlElement, HtmlParentNode, HtmlText } from "../../languages/html/types.js";
import { classifyAttributeName, modelExpression } from "./bindings.js";
import { type ElementReading, readElement } from "./read-element.js";
import { readableTemplateText } from "./template-values.js";
import { markerAttributeText } from "../../core/markers.js";
import { markupCaptchaBeside, markupCodeSenderBeside } from "../captcha.js";
import { isAnswerInstruction, isAnswerWord, LABEL_COLON, MAX_QUESTION, offersOnlyAnswers } from "../captions.js";
import { type IdPositions, labelsOf, type LabelsById, rememberId, rememberLabel } from "../labels-by-id.js";
import { isRevealProp, REVEALABLE_PASSWORD_TYPE, revealIsOptIn, revealMakesPassword } from "../password-reveal.js";
import type { RangeLocator } from "../../util/source-location.js";
import { type HelperField, helperFieldsIn, MAY_HOLD_HELPER, type TemplateTraits } from "./form-helpers.js";
import { hasRevealControlBeside, hasRevealController, PageScripts } from "./reveal-controls.js";
import { DATE_PART_NAME, DATE_PART_PLACEHOLDER, MAX_PARTS_BEFORE, PART_SEPARATOR } from "../../core/date-parts.js";
import { isCodeBox } from "./code-boxes.js";
import { ASP_TEXT_MODE_TYPES, type FieldKind, fieldKind, holdsField, NATIVE_FIELDS, notePrintedField } from "./field-kinds.js";
import { cellAbove, columnHeaderCell, headerRow, TABLE_CELLS } from "./tables.js";
import { parentElementOf, someElement } from "./tree.js";

export { readElement, type ElementReading } from "./read-element.js";

type Loc = Field["loc"];

/**
 * Component-library form items whose `label` attribute labels the field inside: Element Plus,
 * Ant Design Vue (`<a-form-model-item>` in 1.x, `<Form.Item>` imported by name), Naive UI (and its grid
 * item `<n-form-item-gi>`), TDesign, BootstrapVue, Buefy.
 */
const LABELLED_FORM_ITEMS: ReadonlySet<string> = new Set(["el-form-item", "a-form-item", "a-form-model-item", "n-form-item", "n-form-item-gi", "t-form-item", "form-item", "form.item", "b-form-group", "b-field"]);
/**
 * Labels, and the server tags that render one: ASP.NET's `<asp:Label>`, JSF's `<h:outputLabel>` and
 * PrimeFaces' `<p:outputLabel>`, Spring's `<form:label>`, Struts' `<s:label>`.
 */
const LABEL_LIKE = /^(?:label|legend|[a-z][a-z\d]*(?:-[a-z\d]+)*-label|(?:asp|form|s):label|[hp]:outputlabel)$/u;
const NON_TEXT: ReadonlySet<string> = new Set(["script", "style", "select", "option", "textarea", "input", "button", "svg", "template"]);
const MAX_TEXT = 240;
const CHOICE_TYPES: ReadonlySet<string> = new Set(["radio", "checkbox"]);
/** Ionic's reveal button, placed inside `<ion-input type="password">`. */
const REVEAL_CHILDREN: ReadonlySet<string> = new Set(["ion-input-password-toggle"]);
const NEARBY_LABEL_LEVELS = 3;

/**
 * The attribute of a label that names its field's id: HTML's `for`, JSF's `<h:outputLabel for>`,
 * ASP.NET's `<asp:Label AssociatedControlID>`.
 */
const LABEL_TARGET_ATTRIBUTE: ReadonlyMap<string, string> = new Map([
  ["label", "for"], ["h:outputlabel", "for"], ["p:outputlabel", "for"], ["asp:label", "associatedcontrolid"],
]);
/** Attributes of a server tag that name the message it prints: JSTL `<fmt:message key>`, `<spring:message code>`. */
const MESSAGE_KEY_ATTRIBUTES = ["key", "code"] as const;
/**
 * Server label controls that take their text in an attribute: ASP.NET's `<asp:Label Text="Card Number">`,
 * JSF's and PrimeFaces' `<h:outputLabel value="Card number">`, Struts' `<s:label value>`.
 */
const TEXT_ATTRIBUTE_OF_TAG: ReadonlyMap<string, string> = new Map([
  ["asp:label", "text"], ["asp:literal", "text"], ["h:outputlabel", "value"], ["p:outputlabel", "value"], ["h:outputtext", "value"], ["s:label", "value"],
]);

/**
 * What a server tag prints: the text of a label control, or the message key of an i18n tag
 * (`<fmt:message key="checkout.card.number"/>`), which, like an i18n key in JSX, says what the text is about.
 */
function printedText(element: HtmlElement): string | null {
  if (!element.name.includes(":")) return null;
  const textAttribute = TEXT_ATTRIBUTE_OF_TAG.get(element.name);
  for (const name of textAttribute === undefined ? MESSAGE_KEY_ATTRIBUTES : [textAttribute]) {
    const attribute = element.attributes.find((a) => a.name === name);
    if (attribute?.value.trim()) return attribute.value;
  }
  return null;
}

/** Visible text of an element (labels, legends), bounded in length. */
const WHITESPACE_RUN = /\s+/gu;

/** A text node as a reader sees it: template syntax read as written, whitespace collapsed. */
function readableText(text: HtmlText): string {
  return readableTemplateText(text.value).replace(WHITESPACE_RUN, " ").trim();
}

export function elementText(element: HtmlElement): string {
  const own = printedText(element);
  const parts: string[] = own === null ? [] : [own.slice(0, MAX_TEXT)];
  let left = MAX_TEXT - (own?.length ?? 0);
  const stack: HtmlChildNode[] = [...element.children].reverse();
  while (stack.length > 0 && left > 0) {
    const node = stack.pop()!;
    if (node.type === "HtmlText") {
      // `{% trans "Card number" %}` reads as "Card number"; template code reads as nothing.
      const text = readableText(node);
      if (text) {
        parts.push(text.slice(0, left));
        left -= text.length;
      }
    } else if (node.type === "HtmlElement" && !NON_TEXT.has(node.name)) {
      const key = printedText(node);
      if (key !== null) {
        parts.push(key.slice(0, left));
        left -= key.length;
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return parts.join(" ");
}

/** A select written with its options, all of them answers to a yes/no question (and a "Select One" prompt). */
function selectsAnAnswer(select: HtmlElement): boolean {
  const texts: string[] = [];
  for (const child of select.children) {
    if (child.type === "HtmlElement" && child.name === "option") texts.push(elementText(child));
    // Options a template prints in a loop, or any other content, say nothing of the answers.
    else if (child.type !== "HtmlText" || !BLANK.test(child.value)) return false;
  }
  return offersOnlyAnswers(texts);
}

/**
 * A radio button or checkbox: its `<legend>` is the question it answers. Other fields have their own
 * label; a legend over them names the whole group ("Credit card") and would outweigh it.
 */
function isChoice(kind: FieldKind, attributes: ReadonlyMap<string, AttributeValue>): boolean {
  if (kind.tag !== "input") return false;
  const type = attributes.get("type");
  const types = type?.kind === "static" ? [type.value] : (type?.candidates ?? []);
  return types.some((candidate) => CHOICE_TYPES.has(candidate.trim().toLowerCase()));
}

function canReveal(element: HtmlElement): boolean {
  // `[toggleMask]="false"`, `:password-reveal="false"`: the button is turned off.
  if (element.attributes.some((attribute) => isRevealProp(attribute.name) && attribute.value.trim() !== "false")) return true;
  return element.children.some((child) => child.type === "HtmlElement" && REVEAL_CHILDREN.has(child.name));
}


const childIndexes = new WeakMap<HtmlParentNode, Map<HtmlChildNode, number>>();

/** Position of a child (indexed once per parent: a form with thousands of inputs stays linear). */
function indexInParent(parent: HtmlParentNode, child: HtmlChildNode): number {
  let indexes = childIndexes.get(parent);
  if (!indexes) {
    indexes = new Map(parent.children.map((node, index) => [node, index]));
    childIndexes.set(parent, indexes);
  }
  return indexes.get(child) ?? -1;
}


/**
 * The label-like element just before `child` inside `parent` (`<mat-label>` before `<input matInput>`,
 * a `<label>` without `for` before a wrapper `<div>`), or a short caption written right before it
 * (`Kartennummer:<br><input>`, `<b>CVV</b> <input>`). The search stops at an earlier field: a label
 * before that field, or one wrapping it, belongs to it.
 */
const DATE_PART_NAMING = new Set(["name", "id", "v-model", "formcontrolname", "[(ngmodel)]", "ng-model", "x-model", "wire:model"]);

/** Input types a part of a date is typed into: `<input id="month" placeholder="MM">`. */
const DATE_PART_INPUT_TYPES: ReadonlySet<string> = new Set(["", "text", "number", "tel"]);
/** Inputs that take a whole date. */
const FULL_DATE_INPUT_TYPES: ReadonlySet<string> = new Set(["date", "datetime-local"]);

/** A select or a text input for one part of a date (day, month, year). */
function isDatePart(element: HtmlElement): boolean {
  const type = staticInputType(element);
  if (type !== null) {
    if (!DATE_PART_INPUT_TYPES.has(type)) return false;
    return element.attributes.some((a) => (DATE_PART_NAMING.has(a.name) && DATE_PART_NAME.test(a.value)) || (a.name === "placeholder" && DATE_PART_PLACEHOLDER.test(a.value)));
  }
  if (element.name !== "select") return false;
  if (element.attributes.some((a) => DATE_PART_NAMING.has(a.name) && DATE_PART_NAME.test(a.value))) return true;
  const firstOption = element.children.find((child): child is HtmlElement => child.type === "HtmlElement" && child.name === "option");
  return firstOption !== undefined && DATE_PART_PLACEHOLDER.test(elementText(firstOption));
}

/** How far up the selects of one date may sit apart: their wrappers and columns meet in one row. */
const DATE_GROUP_LEVELS = 3;

function ancestorsOf(element: HtmlElement, levels: number): HtmlElement[] {
  const found: HtmlElement[] = [];
  for (let parent = parentElementOf(element); parent && found.length < levels; parent = parentElementOf(parent)) found.push(parent);
  return found;
}

/** Whether two elements meet in a near ancestor that holds their label itself (the row of one date). */
function shareLabelledAncestor(a: HtmlElement, b: HtmlElement, levels: number): boolean {
  const mine = new Set(ancestorsOf(a, levels));
  const shared = ancestorsOf(b, levels).find((ancestor) => mine.has(ancestor));
  return shared !== undefined && shared.children.some((child) => child.type === "HtmlElement" && LABEL_LIKE.test(child.name));
}

/**
 * The selects of one date, each in its own grid column, share the caption of the first
 * (`<label>DOB:</label> <div class="col"><select name="day"></div><div class="col"><select name="month">...`).
 * `elements[i]` is the element of `fields[i]`.
 */
function shareDateCaptions(fields: Field[], elements: readonly HtmlElement[]): Field[] {
  for (let i = 1; i < fields.length; i++) {
    const field = fields[i]!;
    const previous = fields[i - 1]!;
    // The separator between the parts (`<span> / </span>`) is no caption of the next part.
    if (field.labels.some((label) => !PART_SEPARATOR.test(label.trim())) || previous.labels.length === 0) continue;
    if (isDatePart(elements[i]!) && isDatePart(elements[i - 1]!) && shareLabelledAncestor(elements[i]!, elements[i - 1]!, DATE_GROUP_LEVELS)) {
      fields[i] = { ...field, labels: [...previous.labels] };
    }
  }
  return fields;
}

/** Whether a label is `for` an element the page has: that element's label, not the one near it. */
function labelsOtherElement(label: HtmlElement, idExists: (id: string) => boolean): boolean {
  return label.attributes.some((a) => a.name === "for" && idExists(a.value));
}

/**
 * A label `for` an element outside its own wrapper, beside a field of its own: a form group copied
 * with its `for` left as it was (`<div><label for="inputName">Date Of Birth</label><input id="inputDOB"></div>`).
 * It names the field beside it, as its author meant, and not the element its `for` names.
 */
function isMisdirectedLabel(label: HtmlElement, target: string): boolean {
  const wrapper = parentElementOf(label);
  if (!wrapper || !holdsField(wrapper)) return false;
  return !someElement(wrapper.children, (element) => element.attributes.some((a) => a.name === "id" && a.value === target));
}

/** The label a wrapper holds and nothing else (but the label's validation message), or null. */
function soleLabelOf(wrapper: HtmlElement): HtmlElement | null {
  let label: HtmlElement | null = null;
  for (const child of wrapper.children) {
    if (child.type === "HtmlText" && !child.value.trim()) continue;
    if (child.type === "HtmlElement" && isValidationMessage(child)) continue;
    if (child.type !== "HtmlElement" || label !== null || !LABEL_LIKE.test(child.name)) return null;
    label = child;
  }
  return label;
}

function nearbyLabel(parent: HtmlElement, child: HtmlElement, labelsOther: (label: HtmlElement) => boolean, headings: boolean, dateTyped: boolean): string | null {
  const siblings = parent.children;
  let adjacent = true;
  // The selects of one date share the caption before the first (`Expiry <select month> / <select year>`).
  let partsBefore = isDatePart(child) ? MAX_PARTS_BEFORE : 0;
  for (let i = indexInParent(parent, child) - 1; i >= 0; i--) {
    const sibling = siblings[i]!;
    if (sibling.type === "HtmlText") {
      const text = readableText(sibling);
      if (!text || (partsBefore > 0 && PART_SEPARATOR.test(text))) continue;
      if (adjacent && isCaption(text)) return text;
      adjacent = false;
      continue;
    }
    if (sibling.type !== "HtmlElement" || sibling.name === "br") continue;
    if (adjacent && partsBefore > 0 && isDatePart(sibling)) {
      partsBefore--;
      continue;
    }
    if (holdsField(sibling)) return null;
    // A spacer (`<td width="40"></td>`, an icon's `<i class="fa"></i>`) stands between a caption and its field.
    if (isEmptySpacer(sibling)) continue;
    // A label `for` another element is that element's; one `for` an id the page lacks is this field's.
    // So is a wrapper that holds only a label (`<div class="mb-2"><label>Expired</label></div>`).
    const label = LABEL_LIKE.test(sibling.name) ? sibling : soleLabelOf(sibling);
    if (label) return labelsOther(label) ? null : elementText(label);
    // A validation message after the previous field is that field's (`<small *ngIf="username.touched">Username is required</small>`).
    // Styled as help text at the head of the field's own wrapper, it is the caption (Bootstrap 3's
    // `<span class="help-block">Expiry Month</span><input placeholder="MM">`).
    if (isValidationMessage(sibling) && (isShownOnCondition(sibling) || someFieldBefore(siblings, i))) continue;
    if (adjacent && (CAPTION_ELEMENTS.has(sibling.name) || (headings && HEADING_ELEMENTS.has(sibling.name)))) {
      const text = elementText(sibling);
      if (isCaption(text)) return text;
    } else if (adjacent && sibling.name === "div") {
      // A `<div>` holds a caption only when it reads like a label: `<div>Medical history:</div>`. A date
      // field's may go without the colon (`<div>Date of Birth</div><div><input type="date"></div>`): only a
      // birth date or an expiry is sensitive there, and a section's title names neither.
      const text = elementText(sibling);
      if (isCaption(text) && (LABEL_COLON.test(text) || dateTyped)) return text;
    }
    adjacent = false;
  }
  return null;
}

/**
 * An element with nothing inside it but white space; a rule (`<hr>`) still ends a group. Template code
 * is something: `<div>{{ form_row(form.cardiac) }}</div>` prints a field.
 */
function isEmptySpacer(element: HtmlElement): boolean {
  return element.name !== "hr" && element.children.every((child) => child.type === "HtmlText" && BLANK.test(child.value));
}

const BLANK = /^(?:\s|&nbsp;)*$/u;

/**
 * A label's `for` and the field's `id` both computed by the template (`for="field_<?=$count++?>"`): which
 * element it names is not known here, so it counts as not naming another.
 */
function bothComputed(labelFor: HtmlAttribute, field: HtmlElement): boolean {
  return labelFor.dynamic && field.attributes.some((a) => a.name === "id" && a.dynamic);
}

/**
 * A `<label>` written right after the field (Bootstrap's `form-floating`, `<input><label>` pairs in
 * one wrapper, Ionic's `<ion-input></ion-input><ion-label>`). Only when the wrapper holds no other
 * field or label: in `<input><label>Next</label><input>` the label is the next field's. With `computedFor`,
 * also a label whose `for` the template computes, as it does the field's `id`.
 */
function followingLabel(parent: HtmlElement, child: HtmlElement, computedFor = false): string | null {
  const at = indexInParent(parent, child);
  const siblings = parent.children;
  let next: HtmlElement | null = null;
  for (let i = at + 1; i < siblings.length && next === null; i++) {
    const sibling = siblings[i]!;
    if (sibling.type === "HtmlText") {
      if (readableTemplateText(sibling.value).trim()) return null;
    } else if (sibling.type === "HtmlElement") {
      next = sibling;
    }
  }
  if (!next || next.name === "legend" || !LABEL_LIKE.test(next.name)) return null;
  const labelFor = next.attributes.find((a) => a.name === "for");
  if (labelFor && !(computedFor && bothComputed(labelFor, child))) return null;
  const others = siblings.filter((s): s is HtmlElement => s.type === "HtmlElement" && s !== child && s !== next);
  if (others.some((other) => LABEL_LIKE.test(other.name) || holdsField(other))) return null;
  return elementText(next) || null;
}

/** An `<input>`'s static type, lower case ("text" when none is written); null for other elements or a bound type. */
function staticInputType(element: HtmlElement): string | null {
  if (element.name !== "input") return null;
  const type = element.attributes.find((a) => a.name === "type");
  return type ? type.value.trim().toLowerCase() : "text";
}

/**
 * The written type of a field that a model binds: a native input's, or a component's own static `type`
 * (Element's `<el-input type="password" v-model="pw">`). A component without one is of no known type.
 */
function boundFieldType(element: HtmlElement): string | null {
  if (element.name === "input") return staticInputType(element);
  const type = element.attributes.find((a) => a.name === "type");
  return type ? type.value.trim().toLowerCase() : null;
}

/** The value a field's model binding names (`v-model="password"`, `bind:value={pw}`; Svelte's bare `bind:value` binds `value`). */
function modelOf(element: HtmlElement): string | null {
  for (const attribute of element.attributes) {
    if (classifyAttributeName(attribute.name).kind !== "model") continue;
    const value = modelExpression(attribute.name, attribute.value).trim().replace(BRACES, "$1").trim();
    if (value) return value;
    // Angular's bare `ngModel` names nothing (the field's `name` does); Svelte's bare `bind:value` binds `value`.
    if (attribute.name.startsWith("bind:")) return attribute.name.slice("bind:".length);
  }
  return null;
}

const BRACES = /^\{([^}]*)\}$/u;

/** Directives that show an element only under a condition: a message, when the condition is about validity. */
const CONDITIONAL_DIRECTIVES: ReadonlySet<string> = new Set(["*ngif", "v-if", "v-else-if", "v-show", "x-show", "x-if"]);
const VALIDATION_CONDITION = /error|invalid|valid\b|touched|dirty|required/iu;
const VALIDATION_CLASS = /(?:^|\s)(?:text-danger|invalid-feedback|(?:[a-z\d]+-)*errors?|error-message|validation-message|help-block)(?:\s|$)/u;

/** A field's validation message: shown when the field is invalid, or styled as an error. */
function isValidationMessage(element: HtmlElement): boolean {
  return isShownOnCondition(element) || element.attributes.some((attribute) => attribute.name === "class" && VALIDATION_CLASS.test(attribute.value));
}

/** Shown only when a field is invalid (`*ngIf="email.invalid && email.touched"`). */
function isShownOnCondition(element: HtmlElement): boolean {
  return element.attributes.some((attribute) => CONDITIONAL_DIRECTIVES.has(attribute.name) && VALIDATION_CONDITION.test(attribute.value));
}

/** Whether an element before `index` among `siblings` holds a field. */
function someFieldBefore(siblings: readonly HtmlChildNode[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const sibling = siblings[i]!;
    if (sibling.type === "HtmlElement" && holdsField(sibling)) return true;
  }
  return false;
}

/** Inline elements that hold a field's caption when a page has no `<label>` (`<b>Card number:</b><br>`). */
const CAPTION_ELEMENTS: ReadonlySet<string> = new Set(["b", "strong", "span", "em", "i", "small", "p", "dt", "th", "td", "font"]);
/**
 * Headings caption only a field with no name or id of its own (`<h6>Mnemonic</h6><textarea>`): a
 * section's title says less than a field's own name (`<h3>Choose a new password</h3>` above a form
 * whose first input is the username).
 */
const HEADING_ELEMENTS: ReadonlySet<string> = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const MAX_CAPTION = 48;
const MAX_CAPTION_WORDS = 6;
/** Blocks whose text before a group of options asks its question: a `<div>`, or a list item (an insurance questionnaire's numbered `<li>`). */
const QUESTION_BLOCKS: ReadonlySet<string> = new Set(["div", "li"]);

/**
 * The question a radio or checkbox answers with its group: the nearest text, caption, heading, list
 * item or label-like element before the group (`<h5>Race and Ethnicity</h5>` above a row of checkboxes). The
 * group's other options are passed over; a sibling holding another kind of field ends the search.
 */
function choiceQuestion(parent: HtmlParentNode, child: HtmlElement, idExists: (id: string) => boolean = () => true): string | null {
  for (let i = indexInParent(parent, child) - 1; i >= 0; i--) {
    const sibling = parent.children[i]!;
    if (sibling.type === "HtmlText") {
      const text = readableText(sibling);
      // Text right after another option is that option's caption (`<input type="checkbox">Asian<br>`);
      // a bare answer before one ("Y" <input type="checkbox">) is this option's.
      if (text && !isAnswerInstruction(text) && !isAnswerWord(text) && !followsChoice(parent, i)) return asQuestion(text);
      continue;
    }
    if (sibling.type !== "HtmlElement") continue;
    if (holdsField(sibling)) {
      if (holdsOnlyChoices(sibling)) continue;
      return null;
    }
    if (LABEL_LIKE.test(sibling.name)) {
      // A label for another field is not the question; one `for` a group no element stands for is
      // (Google Forms' `<label for="entry_237">Ethnicity</label>` over options with their own ids).
      if (!labelsOtherElement(sibling, idExists)) return asQuestion(elementText(sibling));
      // Another option's own label, right after or before it (`<input type="checkbox" id="stroke"><label for="stroke">`),
      // is passed over like the option.
      if (nextToChoice(parent, i, -1) || nextToChoice(parent, i, 1)) continue;
      return null;
    }
    if (CAPTION_ELEMENTS.has(sibling.name) || HEADING_ELEMENTS.has(sibling.name) || QUESTION_BLOCKS.has(sibling.name)) {
      const text = elementText(sibling);
      if (text && !isAnswerInstruction(text) && !isAnswerWord(text)) return asQuestion(text);
    }
  }
  return null;
}

function asQuestion(text: string): string | null {
  return text.length <= MAX_QUESTION && !CODE_IN_TEXT.test(text) ? text : null;
}

/**
 * The text right after a radio or checkbox in its own wrapper (`<input type="checkbox"> Diabetes`,
 * `<input type="radio"><span>Yes</span>`): its caption, when the wrapper holds no other field.
 */
function followingCaption(parent: HtmlElement, child: HtmlElement): string | null {
  const siblings = parent.children;
  if (siblings.some((sibling) => sibling !== child && sibling.type === "HtmlElement" && holdsField(sibling))) return null;
  for (let i = indexInParent(parent, child) + 1; i < siblings.length; i++) {
    const sibling = siblings[i]!;
    if (sibling.type === "HtmlText") {
      const text = readableText(sibling);
      if (text) return asQuestion(text);
      continue;
    }
    if (sibling.type !== "HtmlElement") continue;
    if (LABEL_LIKE.test(sibling.name) || CAPTION_ELEMENTS.has(sibling.name) || sibling.name === "div") {
      const text = elementText(sibling);
      if (text) return asQuestion(text);
    }
    return null;
  }
  return null;
}

/** A checkbox's or radio's own value says which answer it is (`value="diabetes"` in a list of conditions). */
function choiceValue(attributes: ReadonlyMap<string, AttributeValue>): string[] {
  const value = attributes.get("value");
  return value?.kind === "static" && value.value.trim() ? [value.value] : [];
}

/**
 * A select's prompt option (`<option value="" disabled selected>Blood type</option>`) is its
 * placeholder: the first option, when it has an empty value or cannot be chosen.
 */
function selectPrompt(select: HtmlElement): string | null {
  const first = select.children.find((child): child is HtmlElement => child.type === "HtmlElement" && child.name === "option");
  if (!first) return null;
  const value = first.attributes.find((a) => a.name === "value");
  if (!(value ? value.value.trim() === "" && !value.dynamic : first.attributes.some((a) => a.name === "disabled"))) return null;
  return elementText(first) || null;
}

/**
 * Props of field components that carry the label text (`<app-govuk-text-input labelText="...">`,
 * Quasar 0.x's `<q-input float-label="Codice fiscale">` and `stack-label`).
 */
const LABEL_TEXT_ATTRIBUTES = ["labeltext", "label-text", "float-label", "floatlabel", "stack-label", "stacklabel", "floating-label", "floatinglabel"] as const;
/** Props of a project's field components that the inner input gets as its name or id (`inputName`, `inputId`). */
const PASSED_DOWN: readonly (readonly [string, readonly string[]])[] = [
  ["name", ["inputname", "input-name", "fieldname", "field-name"]],
  ["id", ["inputid", "input-id"]],
];

/** MudBlazor's `InputType="InputType.Password"` is the rendered type; one bound to code (`InputType="@shown"`) may be text. */
const BLAZOR_INPUT_TYPE = /^(?:InputType\.([A-Za-z]+)|([a-z]+))$/u;
const RAZOR_AT = /^@/u;
const UNKNOWN_INPUT_TYPE: AttributeValue = { kind: "dynamic", candidates: ["password", "text"], mayBeAbsent: false, hasUnknown: true };

/**
 * The type an `InputType` / `inputType` prop renders. A framework binding (`inputType={FieldType.TEXT}`
 * in Svelte, `:input-type="..."` in Vue) is read by its literal candidates only: an unknown one is no
 * password (Immich's settings fields are text, number and password alike).
 */
function blazorInputType(value: AttributeValue): AttributeValue {
  if (value.kind !== "static") return value;
  const match = BLAZOR_INPUT_TYPE.exec(value.value.trim().replace(RAZOR_AT, ""));
  const written = match?.[1] ?? match?.[2];
  return written === undefined ? UNKNOWN_INPUT_TYPE : { kind: "static", value: written.toLowerCase() };
}

function passDownAttributes(attributes: Map<string, AttributeValue>): void {
  for (const [target, sources] of PASSED_DOWN) {
    if (attributes.has(target)) continue;
    const value = sources.map((source) => attributes.get(source)).find(Boolean);
    if (value) attributes.set(target, value);
  }
}

/** Whether every field inside is a radio or a checkbox (the options of one group). */
function holdsOnlyChoices(element: HtmlElement): boolean {
  return !someElement([element], (node) => {
    const kind = fieldKind(node);
    if (!kind) return false;
    const type = node.attributes.find((a) => a.name === "type")?.value.trim().toLowerCase() ?? "";
    return !kind.choiceType && !(kind.tag === "input" && CHOICE_TYPES.has(type));
  }, (node) => fieldKind(node) === null);
}

/** Whether the child at `index` comes right after a radio or checkbox (blank text between). */
function followsChoice(parent: HtmlParentNode, index: number): boolean {
  return nextToChoice(parent, index, -1);
}

/** Whether the sibling `step` away from the child at `index` (blank text passed over) is a radio or checkbox. */
function nextToChoice(parent: HtmlParentNode, index: number, step: 1 | -1): boolean {
  for (let i = index + step; i >= 0 && i < parent.children.length; i += step) {
    const sibling = parent.children[i]!;
    if (sibling.type === "HtmlText" && readableText(sibling) === "") continue;
    return sibling.type === "HtmlElement" && fieldKind(sibling) !== null && holdsOnlyChoices(sibling);
  }
  return false;
}

/**
 * The header of the column a table cell is in: a form laid out as a table (a list of convictions,
 * of medications) names each column once, in `<thead>` or a first row of `<th>` cells.
 */
function columnHeader(cell: HtmlElement): string | null {
  const header = columnHeaderCell(cell);
  const text = header ? elementText(header) : "";
  return text && isCaption(text) ? text : null;
}

/** A question or a label's colon at the end of a caption row's one cell. */
const ASKS_OR_NAMES = /[?:：？]\s*$/u;

/**
 * The caption in the row right above a cell, in a table laid out without header cells: a row of
 * captions over a row of fields, cell for cell (`<td><strong>Diagnosis</strong></td>`), or one
 * question over a row that holds one field ("Any other relevant family history?" over its
 * textarea). A section's title row ("Bank Account") names no field: it asks nothing.
 */
function rowAboveCaption(cell: HtmlElement): string | null {
  const found = cellAbove(cell);
  if (!found) return null;
  const { above, aboveCells, rowCells } = found;
  if (aboveCells.some(holdsField)) return null;
  const text = elementText(above);
  if (!text || !isCaption(text)) return null;
  if (aboveCells.length === 1) return ASKS_OR_NAMES.test(text) && rowCells.filter(holdsField).length === 1 ? text : null;
  return aboveCells.length === rowCells.length && aboveCells.every((other) => isCaption(elementText(other))) ? text : null;
}

/**
 * What a table of fields asks: its `<caption>`, else the question before it (or before its only wrapper).
 * Only a data table with header cells asks one: a page laid out as a table has headings, not questions.
 */
function tableQuestion(table: HtmlElement): string | null {
  if (!headerRow(table)) return null;
  const caption = table.children.find((child): child is HtmlElement => child.type === "HtmlElement" && child.name === "caption");
  if (caption) return asQuestion(elementText(caption));
  let node = table;
  for (let parent = parentElementOf(node); parent && parent.children.filter((child) => child.type === "HtmlElement").length === 1; parent = parentElementOf(node)) node = parent;
  return node.parent ? choiceQuestion(node.parent, node) : null;
}

/** Template code left in a text (a lit `${...}` slot, an unread block): not a caption. */
const CODE_IN_TEXT = /[<>]|\$\{|\{\{|\{%/u;

/** A caption is a few words, not a sentence of instructions, nor template code. */
function isCaption(text: string): boolean {
  return text.length <= MAX_CAPTION && text.split(" ").length <= MAX_CAPTION_WORDS && !CODE_IN_TEXT.test(text);
}

function namesAttribute(attribute: HtmlAttribute, name: string): boolean {
  if (attribute.name === name) return true;
  const binding = classifyAttributeName(attribute.name);
  return binding.kind === "attribute" && binding.name === name;
}


function markupMarkerFix(element: HtmlElement, reading: ElementReading, marker: MarkerFact): Rule.ReportFixer | null {
  const afterName = element.startTagRange[0] + 1 + element.rawName.length;
  if (marker.form === "attribute") {
    // The same attribute already written (`data-dd-privacy="allow"`), or bound (`:data-private="x"`,
    // `[attr.data-sentry-mask]="x"`, lit `data-private=${x}`): replace it, because a second attribute
    // of that name is dropped by the browser (it keeps the first), overridden by the binding (Vue
    // keeps the last), or rejected (lit). One inside a template conditional stays; ours goes first.
    const existing = element.attributes.find((attribute) => !attribute.conditional && namesAttribute(attribute, marker.name));
    if (existing) {
      // Keep a following attribute written flush against this one (`[attr.x]="y"class="z"`) apart.
      const glued = element.attributes.some((attribute) => attribute.range[0] === existing.range[1]);
      return (fixer) => fixer.replaceTextRange(existing.range, `${markerAttributeText(marker)}${glued ? " " : ""}`);
    }
    return (fixer) => fixer.insertTextAfterRange([afterName, afterName], ` ${markerAttributeText(marker)}`);
  }
  // A class attribute inside a template conditional may not render: add our own instead.
  const written = reading.classAttribute;
  const inConditional =
    written !== null &&
    (written.conditional || reading.classes.some((token) => token.conditional && written.value.split(WHITESPACE_RUN).includes(token.name)));
  const classAttribute = inConditional ? null : written;
  if (!classAttribute) return (fixer) => fixer.insertTextAfterRange([afterName, afterName], ` class="${marker.name}"`);
  if (classAttribute.dynamic) return null;
  const valueRange = classAttribute.valueRange;
  if (!valueRange) return (fixer) => fixer.replaceTextRange(classAttribute.range, `class="${marker.name}"`);
  // Append to the value as written (it may hold character references such as `&quot;`).
  const addition = `${classAttribute.value.trim() && !/\s$/u.test(classAttribute.value) ? " " : ""}${marker.name}`;
  const end: [number, number] = [valueRange[1], valueRange[1]];
  if (classAttribute.quote !== null) return (fixer) => fixer.insertTextAfterRange(end, addition);
  const quote = classAttribute.value.includes('"') ? "'" : '"';
  if (classAttribute.value.includes(quote)) return null;
  return (fixer) => [fixer.insertTextBeforeRange([valueRange[0], valueRange[0]], quote), fixer.insertTextAfterRange(end, `${addition}${quote}`)];
}

/** Elements that stand for a form helper's output: there is no tag in the source to add a marker to. */
const PRINTED = new WeakSet<HtmlElement>();

/** The element a form helper prints, placed where the helper is (`<%= f.text_field :cvc %>`). */
function printedElement(helper: HelperField, parent: HtmlParentNode | null, locOf: RangeLocator): HtmlElement {
  // The element starts one character before the helper's name, so the report points at the name.
  const range: [number, number] = [helper.nameRange[0] - 1, helper.range[1]];
  // Measured from the name, which may start a line (`woocommerce_form_field(` after `<?php`): the
  // report's column is one past the element's start column, on the name's line.
  const nameStart = locOf([helper.nameRange[0], helper.nameRange[0]]).start;
  const loc = { start: { line: nameStart.line, column: nameStart.column - 1 }, end: locOf(range).end };
  const element: HtmlElement = {
    type: "HtmlElement",
    name: helper.tag,
    rawName: helper.helper,
    attributes: [],
    children: [],
    startTagRange: range,
    selfClosing: true,
    reconstructed: false,
    range,
    loc,
    parent,
  };
  for (const [name, value] of helper.attributes) {
    element.attributes.push({ type: "HtmlAttribute", name, rawName: name, value, valueRange: null, quote: null, dynamic: false, conditional: false, range, loc, parent: element });
  }
  PRINTED.add(element);
  return element;
}

/** A single-file component's `<script>` block and its code. */
const COMPONENT_SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/gu;

/**
 * Collects the fields of one markup tree (an HTML file, an Angular template, a lit template) and
 * turns them into core `Field`s once the whole tree is known (labels may follow their inputs).
 */
export class MarkupFieldCollector {
  readonly #fields: { element: HtmlElement; kind: FieldKind }[] = [];
  readonly #labelsFor: LabelsById = new Map();
  readonly #idPositions: IdPositions = new Map();
  readonly #elementsById = new Map<string, HtmlElement>();
  readonly #readings = new WeakMap<HtmlElement, ElementReading>();
  readonly #idExists = (id: string): boolean => this.#elementsById.has(id);
  readonly #misdirectedLabels = new WeakSet<HtmlElement>();
  readonly #labelsOther = (label: HtmlElement): boolean => !this.#misdirectedLabels.has(label) && labelsOtherElement(label, this.#idExists);
  readonly #scripts = new PageScripts();
  /** What the document's text says about its template language, read at its first printed helper. */
  #traits: TemplateTraits | null = null;
  readonly #defaultScope: object;

  constructor(defaultScope: object) {
    this.#defaultScope = defaultScope;
  }

  #read(element: HtmlElement): ElementReading {
    let reading = this.#readings.get(element);
    if (!reading) {
      reading = readElement(element);
      this.#readings.set(element, reading);
    }
    return reading;
  }

  /** Call for every element, in document order. */
  add(element: HtmlElement): void {
    const kind = fieldKind(element);
    if (kind) this.#fields.push({ element, kind });
    if (element.name === "script") this.#addScript(element);
    if (element.attributes.length === 0) return;
    for (const attribute of element.attributes) {
      this.#scripts.addAttribute(attribute.name, attribute.value);
      // An empty `id` or `for` (`<label for="">`, `<select id="">`) ties nothing together.
      if (!attribute.value.trim() || attribute.dynamic) continue;
      if (attribute.name === "id") {
        this.#elementsById.set(attribute.value, element);
        rememberId(this.#idPositions, attribute.value, element.startTagRange);
      }
      else if (LABEL_TARGET_ATTRIBUTE.get(element.name) === attribute.name) {
        if (isMisdirectedLabel(element, attribute.value)) this.#misdirectedLabels.add(element);
        else rememberLabel(this.#labelsFor, attribute.value, element.range, () => elementText(element));
      }
    }
  }

  /**
   * A single-file component's own `<script>` blocks (Vue, Svelte), which its template visitor never
   * sees: a toggle there (`document.querySelector('#password-input').type = 'text'`) reveals its fields.
   */
  addComponentScripts(fileText: string): void {
    if (!fileText.includes("<script")) return;
    for (const match of fileText.matchAll(COMPONENT_SCRIPT)) this.#scripts.addScript(match[1] ?? "");
  }

  #addScript(element: HtmlElement): void {
    if (element.attributes.some((attribute) => attribute.name === "src")) return;
    for (const child of element.children) if (child.type === "HtmlText") this.#scripts.addScript(child.value);
  }

  /**
   * A static password field that a control beside it or a page script can show as text. The
   * script must name the field, by id or name, or select one of its classes.
   */
  #revealedByPage(element: HtmlElement, attributes: ReadonlyMap<string, AttributeValue>, classes: readonly ClassToken[]): boolean {
    if (hasRevealControlBeside(element) || hasRevealController(element)) return true;
    if (!this.#scripts.revealsPasswords) return false;
    const named = ["id", "name"].some((name) => {
      const value = attributes.get(name);
      return value?.kind === "static" && value.value.trim() !== "" && this.#scripts.mentions(value.value);
    });
    return named || classes.some((token) => !token.conditional && this.#scripts.mentionsClass(token.name));
  }

  /** Fields printed by server-side form helpers in a text node; call in document order, like `add`. */
  addPrinted(text: HtmlText, sourceText: string, locOf: RangeLocator): void {
    if (!MAY_HOLD_HELPER.test(text.value)) return;
    this.#traits ??= { djangoBlocks: sourceText.includes("{%") };
    for (const helper of helperFieldsIn(sourceText.slice(text.range[0], text.range[1]), text.range[0], this.#traits)) {
      notePrintedField(text.parent);
      this.add(printedElement(helper, text.parent, locOf));
    }
  }

  get size(): number {
    return this.#fields.length;
  }

  finish(): Field[] {
    const passwordModels = new Set<string>();
    for (const { element } of this.#fields) {
      const model = boundFieldType(element) === "password" ? modelOf(element) : null;
      if (model !== null) passwordModels.add(model);
    }
    const fields = this.#fields.map(({ element, kind }) => this.#buildField(element, kind, passwordModels));
    return shareDateCaptions(fields, this.#fields.map(({ element }) => element));
  }

  #buildField(element: HtmlElement, kind: FieldKind, passwordModels: ReadonlySet<string>): Field {
    const own = this.#read(element);
    const attributes = new Map(own.attributes);
    const namedBy = kind.nameFrom ? attributes.get(kind.nameFrom) : undefined;
    if (namedBy && !attributes.has("name")) attributes.set("name", namedBy);
    // JSF binds a field to its bean property by value: `<h:inputText value="#{checkout.cardNumber}" />`.
    const boundPath = kind.serverTag && !attributes.has("name") && !attributes.has("id") ? boundProperty(element) : null;
    if (boundPath) attributes.set("name", { kind: "static", value: boundPath });
    if (kind.custom) passDownAttributes(attributes);
    const inputType = attributes.get("inputtype");
    if (inputType && !attributes.has("type")) attributes.set("type", blazorInputType(inputType));
    const textMode = kind.serverTag ? attributes.get("textmode") : undefined;
    const textModeType = textMode?.kind === "static" ? ASP_TEXT_MODE_TYPES.get(textMode.value.trim().toLowerCase()) : undefined;
    if (textModeType && !attributes.has("type")) attributes.set("type", { kind: "static", value: textModeType });
    if (element.name === "select" && !attributes.has("placeholder")) {
      const prompt = selectPrompt(element);
      if (prompt) attributes.set("placeholder", { kind: "static", value: prompt });
    }
    const type = attributes.get("type");
    const revealable = type?.kind === "static" && type.value.trim().toLowerCase() === "password" && (canReveal(element) || this.#revealedByPage(element, attributes, own.classes));
    if (kind.choiceType) {
      attributes.set("type", { kind: "static", value: kind.choiceType });
    } else if (kind.renderedType && !type && !canReveal(element)) {
      attributes.set("type", { kind: "static", value: kind.renderedType });
    } else if (kind.impliedType === "password" && !type && revealIsOptIn(element.name) && !canReveal(element)) {
      // PrimeNG's `<p-password>` shows its password only with `[toggleMask]`.
      attributes.set("type", { kind: "static", value: "password" });
    } else if ((kind.impliedType === "password" && !type) || revealable || (!type && revealMakesPassword(element.name) && canReveal(element))) {
      // A show-password button turns the typed value into visible text.
      attributes.set("type", REVEALABLE_PASSWORD_TYPE);
    } else if (passwordModels.size > 0 && boundFieldType(element) === "text" && passwordModels.has(modelOf(element) ?? "")) {
      // The text twin of a password input bound to the same value, shown in its place (`{#if !shown}<input
      // type="password" bind:value>{:else}<input type="text" bind:value>{/if}`, as Svelte needs a static type).
      attributes.set("type", REVEALABLE_PASSWORD_TYPE);
    }
    const labels: string[] = [];
    // Web components (`<sl-input label="IBAN">`, `<ion-input label="...">`) render their `label` attribute.
    const labelAttribute = kind.custom ? (attributes.get("label") ?? LABEL_TEXT_ATTRIBUTES.map((name) => attributes.get(name)).find(Boolean)) : undefined;
    if (labelAttribute?.kind === "static") labels.push(labelAttribute.value);
    const id = attributes.get("id");
    if (id?.kind === "static") labels.push(...labelsOf(this.#labelsFor, id.value, element.startTagRange[0], this.#idPositions));
    const labelledBy = attributes.get("aria-labelledby");
    if (labelledBy?.kind === "static") {
      for (const ref of labelledBy.value.split(WHITESPACE_RUN)) {
        const target = this.#elementsById.get(ref);
        if (target) labels.push(elementText(target));
      }
    }
    const unnamed = !attributes.has("name") && !attributes.has("id");
    const dateTyped = FULL_DATE_INPUT_TYPES.has(staticInputType(element) ?? "");
    const choice = isChoice(kind, attributes);
    // A Yes / No select answers the question before it, as a radio group does.
    const answers = element.name === "select" && selectsAnAnswer(element);
    const asksQuestion = choice || answers;
    // A helper's choice is asked in its own wrapper only: the helper's label beside it is printed, no child
    // the walk could stop at, so a heading further up would be taken for its question (`rememberMe` under "Medical History").
    const questionLevels = PRINTED.has(element) ? 1 : NEARBY_LABEL_LEVELS;
    let computedForLabel: string | null = null;
    const ancestors: MarkerCarrier[] = [];
    let scope = this.#defaultScope;
    let groupLabel: string | null = null;
    let child = element;
    let level = 0;
    for (let parent = parentElementOf(element); parent; parent = parentElementOf(parent)) {
      const reading = this.#read(parent);
      ancestors.push(reading);
      // A label that only wraps the field (`<label><textarea></textarea></label>`) says nothing: a caption before it still may.
      if (parent.name === "label") {
        const text = elementText(parent);
        if (text) labels.push(text);
      }
      if (labels.length === 0 && LABELLED_FORM_ITEMS.has(parent.name)) {
        const itemLabel = reading.attributes.get("label");
        if (itemLabel?.kind === "static" && itemLabel.value.trim()) labels.push(itemLabel.value);
      }
      if (parent.name === "form" && scope === this.#defaultScope) scope = parent;
      if (parent.name === "fieldset" && groupLabel === null && asksQuestion) {
        const legend = parent.children.find((c): c is HtmlElement => c.type === "HtmlElement" && c.name === "legend");
        if (legend) groupLabel = elementText(legend);
      }
      if (groupLabel === null && asksQuestion && level < questionLevels) groupLabel = choiceQuestion(parent, child, this.#idExists);
      if (labels.length === 0 && level === 0) {
        // A checkbox or radio is captioned by what follows it: `<input type="checkbox"> <p>Diabetes</p>`.
        const after = followingLabel(parent, child) ?? (choice ? followingCaption(parent, child) : null);
        if (after) labels.push(after);
        // Only when nothing nearer names the field: a fieldset's "Credit Card" says more than its "Number".
        else computedForLabel = followingLabel(parent, child, true);
      }
      if (labels.length === 0 && level < NEARBY_LABEL_LEVELS) {
        const nearby = nearbyLabel(parent, child, this.#labelsOther, unnamed, dateTyped);
        if (nearby) labels.push(nearby);
      }
      if (TABLE_CELLS.has(parent.name) && level < NEARBY_LABEL_LEVELS && labels.length === 0) {
        const header = columnHeader(parent) ?? rowAboveCaption(parent);
        if (header) labels.push(header);
      }
      // An unnamed field in a table (a row of a conviction list) answers the table's question; a named or
      // bound one says what it holds itself (a page laid out as a table has a heading, not a question).
      if (parent.name === "table" && groupLabel === null && !choice && unnamed && own.identifiers.length === 0) groupLabel = tableQuestion(parent);
      child = parent;
      // A label wrapped around the field adds no layout level (Google Forms' `<li><label><input> Asian</label></li>`).
      if (parent.name !== "label") level++;
    }
    if (labels.length === 0 && computedForLabel) labels.push(computedForLabel);
    // A partial's top level: the question may be the group's sibling in the document itself.
    if (groupLabel === null && asksQuestion && level < questionLevels && child.parent?.type === "HtmlDocument") groupLabel = choiceQuestion(child.parent, child, this.#idExists);
    const nameStart = element.startTagRange[0] + 1;
    return {
      tag: kind.tag,
      componentName: NATIVE_FIELDS.has(element.name) ? null : element.rawName,
      attributes,
      classes: own.classes,
      hasUnknownAttributes: own.hasUnknownAttributes,
      // A component field's name says what it holds (`<otp-input>`, `<card-number-input>`); a tag
      // library's names (`<asp:CheckBox>`, `<h:inputText>`) never do.
      identifiers: [...own.identifiers, ...(kind.custom && !kind.serverTag ? [element.rawName] : []), ...(choice ? choiceValue(attributes) : [])],
      labels: labels.filter(Boolean),
      groupLabel,
      ...(answers ? { answersQuestion: true } : {}),
      ancestors,
      scope,
      codeBox: isCodeBox(element),
      besideCaptcha: () => markupCaptchaBeside(element, (other) => fieldKind(other) !== null),
      codeSentBeside: () => markupCodeSenderBeside(element, elementText, (other) => fieldKind(other) !== null),
      loc: nameLoc(element, nameStart),
      addMarkerFix: (marker) => (PRINTED.has(element) || (kind.serverTag && !serverTagTakes(marker, own)) ? null : markupMarkerFix(element, own, marker)),
    };
  }
}

/**
 * A server tag renders only the attributes its library knows: a class marker goes into its written
 * `cssClass` / `styleClass` (a `class` attribute would not be rendered by JSF), and no new attribute.
 */
function serverTagTakes(marker: MarkerFact, reading: ElementReading): boolean {
  return marker.form === "class" && reading.classAttribute !== null && reading.classAttribute.rawName.toLowerCase() !== "class";
}

/** `#{bean.property}` / `${bean.property}` in a server tag's `value`: the bound property's path. */
const EL_PATH = /^\s*[#$]\{\s*([\w.]+)\s*\}\s*$/u;

function boundProperty(element: HtmlElement): string | null {
  const value = element.attributes.find((attribute) => attribute.name === "value")?.value;
  return (value === undefined ? null : EL_PATH.exec(value)?.[1]) ?? null;
}

/** The location of `<name` in the start tag: where an editor shows the problem. */
function nameLoc(element: HtmlElement, nameStart: number): Loc {
  const start = element.loc.start;
  // The start tag begins at the element's start; the name follows `<` on the same line.
  const offset = nameStart - element.range[0];
  return {
    start: { line: start.line, column: start.column + offset },
    end: { line: start.line, column: start.column + offset + element.rawName.length },
  };
}

/** Visits every element of a tree in document order (iteratively). */
export function forEachElement(children: readonly HtmlChildNode[], visit: (element: HtmlElement) => void): void {
  const stack: HtmlChildNode[] = [...children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== "HtmlElement") continue;
    visit(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}
