import type { TSESTree } from "@typescript-eslint/utils";
import type { Scope } from "eslint";
import { type AttributeValue, type ClassToken, type MarkerCarrier, UNKNOWN_VALUE } from "../../core/field.js";
import { classesOfExpression, pushWords } from "./classes.js";
import { CHANGE_HANDLER_PROPS, changeHandlerNames } from "./change-handlers.js";
import { hookFieldNames } from "./hook-fields.js";
import { calleeName } from "./text.js";
import { LazyAttributes } from "./lazy-attributes.js";
import { fromMapped, mappedSpreadProps, possibleTexts, resolveAttributeExpression, staticAttributeValue, staticValueOf, unwrapTs } from "./values.js";

type OpeningElement = TSESTree.JSXOpeningElement;
type Expression = TSESTree.Expression;

/** React prop names that differ from the HTML attribute besides case (react-datepicker's `placeholderText`). */
const PROP_TO_ATTRIBUTE: Readonly<Record<string, string>> = { classname: "class", htmlfor: "for", placeholdertext: "placeholder" };

/** The HTML attribute a prop sets (own keys only: a prop named `constructor` is just a prop). */
function attributeFor(lowerProp: string): string {
  return Object.hasOwn(PROP_TO_ATTRIBUTE, lowerProp) ? PROP_TO_ATTRIBUTE[lowerProp]! : lowerProp;
}
/** Props whose object value lands on the inner native input (MUI, Chakra). */
const INNER_INPUT_PROPS: ReadonlySet<string> = new Set(["inputProps", "htmlInputProps"]);
const SLOT_PROPS_INPUT_KEYS: ReadonlySet<string> = new Set(["input", "htmlInput"]);
/** Props (lower case) of design-system fields that carry label text (help text is not a label: "We send a verification code to this phone"). */
// An app's own field components also caption their input with `text` (`<AdornedInput text="New Phone Number">`).
const LABEL_PROPS: ReadonlySet<string> = new Set(["label", "floatinglabel", "labeltext", "labelname", "legend", "question", "text"]);
/** Attributes whose dynamic values still tell something by their literal parts or i18n keys. */
const TEXT_ATTRIBUTES: ReadonlySet<string> = new Set([
  "name", "id", "placeholder", "aria-label", "title", "label", "source",
  "data-testid", "data-test", "data-test-id", "data-cy", "data-qa", "testid",
]);
/** Props whose values say nothing about masking or sensitivity: present, but not worth resolving. */
const OPAQUE_PROPS: ReadonlySet<string> = new Set([
  "value", "defaultValue", "checked", "defaultChecked", "style", "sx", "ref", "key", "children", "render", "control",
  "rules", "validate", "options", "items", "data", "css", "columns", "dataSource",
]);
const EVENT_HANDLER = /^on[A-Z]/u;
/** Props (lower case) of form kits that name the field they bind (`<form.Input formKey="iban" />`, `<TextInput fieldName="ssn" />`). */
const NAMING_PROPS: ReadonlySet<string> = new Set(["formkey", "fieldname", "fieldkey", "field", "inputname", "controlname", "formcontrolname"]);
/** Props whose expression is the state a field shows. */
const VALUE_PROPS: ReadonlySet<string> = new Set(["value", "defaultValue"]);

/**
 * The key a controlled field's state is read from: `cardNumber`, `state.cvc`, `values?.iban`,
 * `form.values["ssn"]`, the left of `??` / `||`. Only the last key: the objects around it name the
 * form (`uniqueCodeFormData.email` is an e-mail field).
 */
function valuePath(expression: TSESTree.Expression): string | null {
  let node: TSESTree.Node = unwrapTs(expression);
  if (node.type === "LogicalExpression") node = unwrapTs(node.left);
  if (node.type === "ChainExpression") node = node.expression;
  let key: string | null = null;
  if (node.type === "Identifier") key = node.name;
  else if (node.type === "MemberExpression") {
    const { property } = node;
    if (!node.computed && property.type === "Identifier") key = property.name;
    else if (node.computed && property.type === "Literal" && typeof property.value === "string") key = property.value;
  }
  // `field.value` (react-hook-form's render prop) and `e.target.value` say nothing.
  return key === "value" ? null : key;
}
/** Calls that hand an element everything a native input takes (name, ref, onChange, value): react-hook-form `register`, Formik `getFieldProps`, Mantine `getInputProps`. */
export const INPUT_PROPS_CALLS: ReadonlySet<string> = new Set(["register", "getFieldProps", "getInputProps"]);
/** Calls spread into a field that name it: the input-props calls, and the field helpers of form libraries. */
const NAMING_CALLS: ReadonlySet<string> = new Set([...INPUT_PROPS_CALLS, "field", "useField", "control"]);

export interface SourceText {
  getText(node?: unknown): string;
}

/** Reads the text a node shows (`textOf` with the file's constants resolved). */
export type ReadText = (node: TSESTree.Node) => string;

/** The attributes, classes and names of one element, read once per element. */
export interface Collected extends MarkerCarrier {
  attributes: LazyAttributes;
  classes: ClassToken[];
  hasUnknownAttributes: boolean;
  /** Names from spreads (`{...register("cardNumber")}`). */
  identifiers: string[];
  /** Text of label props (`label="Card number"`). */
  labels: string[];
  classNode: TSESTree.JSXAttribute | null;
  /** `id` as written, for `htmlFor` and `aria-labelledby` lookups (literal text, or `{expression}` source). */
  idKey: string | null;
}

function attributeName(attribute: TSESTree.JSXAttribute): string | null {
  if (attribute.name.type !== "JSXIdentifier") return null;
  const lower = attribute.name.name.toLowerCase();
  return attributeFor(lower);
}

function objectKey(property: TSESTree.Property): string | null {
  if (property.computed) return null;
  return property.key.type === "Identifier" ? property.key.name : String(property.key.value);
}

/**
 * How an `id` or `htmlFor` is written, so the two can be paired even when dynamic:
 * `htmlFor={`${id}-cvc`}` and `id={`${id}-cvc`}` name the same element.
 */
export function referenceKey(value: TSESTree.JSXAttribute["value"], source: SourceText): string | null {
  if (value === null) return null;
  if (value.type === "Literal") return typeof value.value === "string" ? value.value : null;
  if (value.type !== "JSXExpressionContainer" || value.expression.type === "JSXEmptyExpression") return null;
  const expression = unwrapTs(value.expression);
  if (expression.type === "Literal" && typeof expression.value === "string") return expression.value;
  if (expression.type === "TemplateLiteral" && expression.expressions.length === 0) return expression.quasis[0]?.value.cooked ?? null;
  return `{${source.getText(expression)}}`;
}

/**
 * A props getter that says what it is for: react-payment-inputs' `getCardNumberProps()`,
 * `getExpiryDateProps()`, `getCVCProps()` (group 1: `CardNumber`, `ExpiryDate`, `CVC`).
 */
const NAMED_PROPS_GETTER = /^get([A-Z][A-Za-z\d]*?)(?:Input)?Props$/u;

/** The names a naming call gives (both branches of `register(first ? "a" : "b")`), or null. */
function namingCallNames(expression: Expression, scope: Scope.Scope | null): string[] | null {
  const node = unwrapTs(expression);
  if (node.type !== "CallExpression") return null;
  const name = calleeName(node.callee);
  const getter = name === null ? null : NAMED_PROPS_GETTER.exec(name);
  const first = node.arguments[0];
  const argumentTexts = (): string[] => (first && first.type !== "SpreadElement" ? possibleTexts(first, scope) : []);
  // A project's own getter may also take the field's name: `getFunctionalInputProps("tax_identifier")`.
  if (getter && !NAMING_CALLS.has(name!)) return [getter[1]!, ...(first?.type === "Literal" ? argumentTexts() : [])];
  if (!name || !NAMING_CALLS.has(name)) return null;
  if (!first || first.type === "SpreadElement") return null;
  return argumentTexts();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads the attributes, classes and names of one opening element. */
export function collectElement(node: OpeningElement, scope: Scope.Scope | null, source: SourceText, read: ReadText): Collected {
  const collected: Collected = {
    attributes: new LazyAttributes(),
    classes: [],
    hasUnknownAttributes: false,
    identifiers: [],
    labels: [],
    classNode: null,
    idKey: null,
  };
  // React keeps the last of duplicate props, so a later value replaces an earlier one.
  const setAttribute = (name: string, value: AttributeValue): void => {
    collected.attributes.set(name, value);
  };
  const readObject = (object: TSESTree.ObjectExpression): void => {
    for (const property of object.properties) {
      if (property.type !== "Property") {
        collected.hasUnknownAttributes = true;
        continue;
      }
      const key = objectKey(property);
      if (key === null) continue;
      const name = attributeFor(key.toLowerCase());
      const value = property.value;
      if (name === "class") classesOfExpression(value, scope, false, collected.classes);
      else setAttribute(name, resolveAttributeExpression(value, scope, TEXT_ATTRIBUTES.has(name)));
    }
  };
  // `const privacy = { "data-dd-privacy": "mask" }; <input {...privacy} />`
  const readStaticObject = (object: Record<string, unknown>): void => {
    for (const [key, value] of Object.entries(object)) {
      const name = attributeFor(key.toLowerCase());
      if (name === "class") {
        if (typeof value === "string") pushWords(value, false, collected.classes);
      } else {
        setAttribute(name, staticAttributeValue(value));
      }
    }
  };
  // `FIELDS.map((f) => <TextField {...f} />)`: each prop takes its items' values. Which item is the
  // sensitive one is unknown, so a marker any item carries counts (a masked card field in a list
  // with an unmasked email field is masked, not conditional).
  const readMappedProps = (props: ReadonlyMap<string, unknown[]>): void => {
    for (const [key, values] of props) {
      const name = attributeFor(key.toLowerCase());
      if (name === "class") {
        for (const value of values) if (typeof value === "string") pushWords(value, false, collected.classes);
        continue;
      }
      // Label props are not read as labels here: one item's harmless label would speak for the others.
      setAttribute(name, fromMapped(values));
    }
  };
  const readInnerProps = (expression: Expression): void => {
    const node = unwrapTs(expression);
    if (node.type === "ObjectExpression") {
      readObject(node);
      return;
    }
    const known = staticValueOf(node, scope);
    if (known && isPlainObject(known.value)) readStaticObject(known.value);
  };

  for (const attribute of node.attributes) {
    if (attribute.type === "JSXSpreadAttribute") {
      const argument = unwrapTs(attribute.argument);
      const named = namingCallNames(argument, scope) ?? hookFieldNames(argument, scope);
      if (named !== null) {
        collected.identifiers.push(...named.filter((n) => n.trim()));
        collected.hasUnknownAttributes = true;
      } else if (argument.type === "ObjectExpression") {
        readObject(argument);
      } else {
        const mapped = argument.type === "Identifier" ? mappedSpreadProps(argument, scope) : null;
        const known = mapped ? null : staticValueOf(argument, scope);
        if (mapped) readMappedProps(mapped);
        else if (known && isPlainObject(known.value)) readStaticObject(known.value);
        else collected.hasUnknownAttributes = true;
      }
      continue;
    }
    const name = attributeName(attribute);
    const prop = attribute.name.type === "JSXIdentifier" ? attribute.name.name : null;
    if (name === null || prop === null) continue;
    // A project's own components spell their props as they like (`labelname`, `fieldname`).
    const lowerProp = prop.toLowerCase();
    if (name === "id") collected.idKey = referenceKey(attribute.value, source);
    const value = attribute.value;
    if (value === null) {
      setAttribute(name, { kind: "static", value: "" });
      continue;
    }
    if (value.type === "Literal") {
      const text = typeof value.value === "string" ? value.value : String(value.value);
      if (name === "class") {
        collected.classNode = attribute;
        classesOfExpression(value, scope, false, collected.classes);
      }
      setAttribute(name, { kind: "static", value: text });
      if (LABEL_PROPS.has(lowerProp)) collected.labels.push(text);
      if (NAMING_PROPS.has(lowerProp) && text.trim()) collected.identifiers.push(text);
      continue;
    }
    if (value.type === "JSXElement" || value.type === "JSXFragment") {
      if (LABEL_PROPS.has(lowerProp)) collected.labels.push(read(value));
      continue;
    }
    if (value.type !== "JSXExpressionContainer" || value.expression.type === "JSXEmptyExpression") continue;
    const expression = value.expression;
    if (OPAQUE_PROPS.has(prop) || EVENT_HANDLER.test(prop)) {
      setAttribute(name, UNKNOWN_VALUE);
      // A controlled field's state names it: `value={cardNumber}`, `value={formik.values.iban ?? ""}`.
      if (VALUE_PROPS.has(prop)) {
        const path = valuePath(expression);
        if (path) collected.identifiers.push(path);
      } else if (CHANGE_HANDLER_PROPS.has(prop)) {
        // So does the state its change handler writes: `onChange={(e) => setSsn(e.target.value)}`.
        collected.identifiers.push(...changeHandlerNames(expression));
      }
      continue;
    }
    if (name === "class") {
      collected.classNode = attribute;
      classesOfExpression(expression, scope, false, collected.classes);
    } else if (INNER_INPUT_PROPS.has(prop)) {
      readInnerProps(expression);
    } else if (prop === "slotProps" && unwrapTs(expression).type === "ObjectExpression") {
      for (const slot of (unwrapTs(expression) as TSESTree.ObjectExpression).properties) {
        if (slot.type === "Property" && SLOT_PROPS_INPUT_KEYS.has(objectKey(slot) ?? "")) readInnerProps(slot.value);
      }
    }
    if (LABEL_PROPS.has(lowerProp)) {
      const text = read(expression);
      if (text) collected.labels.push(text);
    }
    collected.attributes.setLazy(name, () => resolveAttributeExpression(expression, scope, TEXT_ATTRIBUTES.has(name)));
  }
  return collected;
}
