import type { AttributeValue, ClassToken } from "../../core/field.js";
import { UNKNOWN_VALUE } from "../../core/field.js";
import { splitTopLevel } from "../../util/strings.js";

/**
 * Framework binding syntax inside markup (Angular templates, Vue/Alpine markup in HTML files):
 * `[attr.x]`, `[x]`, `:x`, `v-bind:x`, `[class.x]`, `[ngClass]`, `:class`, and the model bindings
 * that name a field (`formControlName`, `v-model`, `[(ngModel)]`, `th:field`, `asp-for`, ...).
 */
export type Binding =
  | { kind: "attribute"; name: string }
  | { kind: "class"; name: string }
  | { kind: "classObject" }
  | { kind: "model" }
  | { kind: "plain" };

const ATTRIBUTE_BINDING = /^(?:\[attr\.([^\]]+)\]|\[([^\].]+)\]|(?:v-bind)?:([\w-]+)|x-bind:([\w-]+)|bind:([\w-]+))$/u;
const CLASS_BINDING = /^(?:\[class\.([^\]]+)\]|class:([\w-]+))$/u;
const CLASS_OBJECT_BINDINGS: ReadonlySet<string> = new Set(["[ngclass]", ":class", "v-bind:class", "x-bind:class", "[class]"]);
/** Attributes whose value names the model property behind the field. */
const MODEL_BINDINGS: ReadonlySet<string> = new Set([
  "formcontrolname", "[formcontrolname]", "[formcontrol]", "ngmodel", "[ngmodel]", "[(ngmodel)]", "v-model", "x-model",
  "wire:model", "th:field", "th:name",
  "asp-for", "bind:value", "bind:group", "bind:checked", "data-bind", "ng-model", "formfield", "[field]", "value.bind", "value.two-way",
]);

/**
 * Knockout's `data-bind` lists several bindings (`attr: {...}, enable: ok, value: creditCardNumber`, as Magento's
 * checkout templates write them): only the one that holds the field's value names it.
 */
const KNOCKOUT_VALUE_BINDING = /^\s*(?:value|textInput|textinput|checked|selectedOptions)\s*:(.*)$/su;

/** The model expression of a model binding's value: Knockout's value binding out of its list, or the value itself. */
export function modelExpression(attributeName: string, value: string): string {
  if (attributeName !== "data-bind") return value;
  for (const part of splitTopLevel(value)) {
    const binding = KNOCKOUT_VALUE_BINDING.exec(part);
    if (binding) return binding[1]!.trim();
  }
  return "";
}

/** Model bindings with modifiers: `v-model.trim`, `x-model.lazy`, `wire:model.live.debounce.250ms`. */
const MODIFIED_MODEL = /^(?:v-model|x-model\.|wire:model\.)/u;

export function classifyAttributeName(name: string): Binding {
  if (MODEL_BINDINGS.has(name) || MODIFIED_MODEL.test(name)) return { kind: "model" };
  if (CLASS_OBJECT_BINDINGS.has(name)) return { kind: "classObject" };
  const classMatch = CLASS_BINDING.exec(name);
  if (classMatch) return { kind: "class", name: (classMatch[1] ?? classMatch[2])! };
  const attributeMatch = ATTRIBUTE_BINDING.exec(name);
  if (attributeMatch) {
    const target = attributeMatch[1] ?? attributeMatch[2] ?? attributeMatch[3] ?? attributeMatch[4] ?? attributeMatch[5];
    if (target) return { kind: "attribute", name: target === "classname" ? "class" : target };
  }
  return { kind: "plain" };
}

const QUOTED_STRING = /^(['"`])([^'"`]*)\1$/u;
const QUOTED_STRINGS = /(['"`])([^'"`]*)\1/gu;
const LITERAL_TERNARY = /^[^'"`?:]+\?\s*(['"`])[^'"`]*\1\s*:\s*(['"`])[^'"`]*\2$/u;

/** The value of a bound expression: a literal, a ternary of literals, or unknown with candidates. */
export function boundExpressionValue(expression: string): AttributeValue {
  const text = expression.trim();
  const quoted = QUOTED_STRING.exec(text);
  if (quoted) return { kind: "static", value: quoted[2] ?? "" };
  if (text === "true" || text === "false" || /^\d+$/u.test(text)) return { kind: "static", value: text };
  if (text === "null" || text === "undefined") return { kind: "dynamic", candidates: [], mayBeAbsent: true, hasUnknown: false };
  const candidates = [...text.matchAll(QUOTED_STRINGS)].map((match) => match[2] ?? "");
  if (candidates.length === 0) return UNKNOWN_VALUE;
  const closed = LITERAL_TERNARY.test(text);
  return { kind: "dynamic", candidates, mayBeAbsent: !closed, hasUnknown: !closed };
}

// eslint-disable-next-line regexp/no-super-linear-move -- inputs are capped at MAX_BOUND_EXPRESSION characters
const OBJECT_ENTRY = /(?:(['"])([^'"]+)\1|([\w-]+))\s*:\s*([^,}]+)/gu;

/** Bound class expressions longer than this are not read (keeps the entry scan linear in practice). */
const MAX_BOUND_EXPRESSION = 2000;

/** Classes of `[ngClass]="{ 'fs-exclude': hide }"`, `:class="['a', b]"` or `:class="'a b'"`. */
export function boundClassTokens(expression: string, out: ClassToken[]): void {
  if (expression.length > MAX_BOUND_EXPRESSION) return;
  const text = expression.trim();
  if (text.startsWith("{")) {
    for (const match of text.matchAll(OBJECT_ENTRY)) {
      const names = match[2] ?? match[3] ?? "";
      const always = match[4]?.trim() === "true";
      for (const name of names.split(/\s+/u)) if (name) out.push({ name, conditional: !always });
    }
    return;
  }
  const plain = QUOTED_STRING.exec(text);
  if (plain) {
    for (const name of (plain[2] ?? "").split(/\s+/u)) if (name) out.push({ name, conditional: false });
    return;
  }
  if (text.startsWith("[")) {
    // `['input', hide ? 'fs-exclude' : '', a && 'x']`: only plain string elements are always there.
    for (const element of splitTopLevel(text.slice(1, text.lastIndexOf("]") === -1 ? undefined : text.lastIndexOf("]")))) {
      const conditional = !QUOTED_STRING.test(element.trim());
      for (const match of element.matchAll(QUOTED_STRINGS)) {
        for (const name of (match[2] ?? "").split(/\s+/u)) if (name) out.push({ name, conditional });
      }
    }
    return;
  }
  // Ternaries and other expressions: any class named in them is conditional.
  for (const match of text.matchAll(QUOTED_STRINGS)) {
    for (const name of (match[2] ?? "").split(/\s+/u)) if (name) out.push({ name, conditional: true });
  }
}

