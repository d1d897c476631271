import type { TSESTree } from "@typescript-eslint/utils";
import type { Rule, Scope } from "eslint";
import type { AttributeValue, ClassToken, Field, FieldTag, MarkerCarrier } from "../../core/field.js";
import type { MarkerFact } from "../../data/markers.js";
import type { RuleListener } from "../../util/create-rule.js";
import { classesOfExpression, classHelperName } from "./classes.js";
import { type ComponentSettings, componentNameEvidence, resolveComponentField } from "./components.js";
import { jsxElementName, textOf } from "./text.js";
import { resolveAttributeExpression, unwrapTs } from "./values.js";

type OpeningElement = TSESTree.JSXOpeningElement;
type JSXElement = TSESTree.JSXElement;

interface SourceCodeLike {
  getScope(node: unknown): Scope.Scope;
}

/** React prop names that differ from the HTML attribute besides case. */
const PROP_TO_ATTRIBUTE: Readonly<Record<string, string>> = { classname: "class", htmlfor: "for" };
/** Props whose object value lands on the inner native input (MUI, Chakra). */
const INNER_INPUT_PROPS: ReadonlySet<string> = new Set(["inputProps", "htmlInputProps"]);
const SLOT_PROPS_INPUT_KEYS: ReadonlySet<string> = new Set(["input", "htmlInput"]);
/** Props of design-system fields that carry label text. */
const LABEL_PROPS: ReadonlySet<string> = new Set(["label", "floatingLabel", "labelText", "legend", "helperText", "description"]);
/** Calls spread into a field that name it: react-hook-form `register`, Formik `getFieldProps`, ... */
const NAMING_CALLS: ReadonlySet<string> = new Set(["register", "getFieldProps", "getInputProps", "field", "useField", "control"]);
/** Wrappers that give their descendants a field name and label (react-hook-form, antd, shadcn). */
const FIELD_WRAPPER = /^(?:Controller|FormField|Form\.Item|FormItem|Form\.Field|Field|FastField|ConnectedField|FormControl|Form\.Group|FormGroup)$/u;
const LABEL_ELEMENT = /^(?:label|legend|[A-Z][\w.]*Label)$/u;
const FORM_ELEMENT = /^(?:form|Form|[A-Z][\w.]*Form)$/u;
const CONTENT_EDITABLE_ON: ReadonlySet<string> = new Set(["", "true", "plaintext-only"]);
const NEARBY_LABEL_LEVELS = 3;

function attributeName(attribute: TSESTree.JSXAttribute): string | null {
  if (attribute.name.type !== "JSXIdentifier") return null;
  const lower = attribute.name.name.toLowerCase();
  return PROP_TO_ATTRIBUTE[lower] ?? lower;
}

function propName(attribute: TSESTree.JSXAttribute): string | null {
  return attribute.name.type === "JSXIdentifier" ? attribute.name.name : null;
}

function objectKey(property: TSESTree.Property): string | null {
  if (property.computed) return null;
  if (property.key.type === "Identifier") return property.key.name;
  if (property.key.type === "Literal") return String(property.key.value);
  return null;
}

interface Collected extends MarkerCarrier {
  attributes: Map<string, AttributeValue>;
  classes: ClassToken[];
  hasUnknownAttributes: boolean;
  identifiers: string[];
  labels: string[];
  classNode: TSESTree.JSXAttribute | null;
}

function namingCallName(expression: TSESTree.Expression, scope: Scope.Scope | null): string | null {
  const node = unwrapTs(expression);
  if (node.type !== "CallExpression") return null;
  const callee = node.callee;
  const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" && callee.property.type === "Identifier" ? callee.property.name : null;
  if (!name || !NAMING_CALLS.has(name)) return null;
  const first = node.arguments[0];
  if (!first || first.type === "SpreadElement") return null;
  const value = resolveAttributeExpression(first, scope);
  return value.kind === "static" ? value.value : null;
}

/** Reads the attributes, classes and names of one opening element. */
function collectElement(node: OpeningElement, scope: Scope.Scope | null): Collected {
  const collected: Collected = {
    attributes: new Map(),
    classes: [],
    hasUnknownAttributes: false,
    identifiers: [],
    labels: [],
    classNode: null,
  };
  const setAttribute = (name: string, value: AttributeValue): void => {
    // The browser keeps the first of duplicate attributes; React keeps the last prop.
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
      const name = PROP_TO_ATTRIBUTE[key.toLowerCase()] ?? key.toLowerCase();
      const value = property.value as TSESTree.Expression;
      if (name === "class") classesOfExpression(value, scope, false, collected.classes);
      else setAttribute(name, resolveAttributeExpression(value, scope));
    }
  };
  for (const attribute of node.attributes) {
    if (attribute.type === "JSXSpreadAttribute") {
      const argument = unwrapTs(attribute.argument);
      const named = namingCallName(argument, scope);
      if (named !== null) collected.identifiers.push(named);
      else if (argument.type === "ObjectExpression") readObject(argument);
      collected.hasUnknownAttributes ||= argument.type !== "ObjectExpression";
      continue;
    }
    const name = attributeName(attribute);
    const prop = propName(attribute);
    if (name === null || prop === null) continue;
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
      if (LABEL_PROPS.has(prop)) collected.labels.push(text);
      continue;
    }
    if (value.type === "JSXElement" || value.type === "JSXFragment") {
      if (LABEL_PROPS.has(prop)) collected.labels.push(textOf(value));
      continue;
    }
    if (value.type !== "JSXExpressionContainer" || value.expression.type === "JSXEmptyExpression") continue;
    const expression = value.expression;
    if (name === "class") {
      collected.classNode = attribute;
      classesOfExpression(expression, scope, false, collected.classes);
    } else if (INNER_INPUT_PROPS.has(prop) && unwrapTs(expression).type === "ObjectExpression") {
      readObject(unwrapTs(expression) as TSESTree.ObjectExpression);
    } else if (prop === "slotProps" && unwrapTs(expression).type === "ObjectExpression") {
      for (const slot of (unwrapTs(expression) as TSESTree.ObjectExpression).properties) {
        if (slot.type === "Property" && SLOT_PROPS_INPUT_KEYS.has(objectKey(slot) ?? "") && slot.value.type === "ObjectExpression") {
          readObject(slot.value);
        }
      }
    }
    if (LABEL_PROPS.has(prop)) {
      const text = textOf(expression);
      if (text) collected.labels.push(text);
    }
    setAttribute(name, resolveAttributeExpression(expression, scope));
  }
  return collected;
}

interface Candidate {
  node: OpeningElement;
  tag: FieldTag;
  componentName: string | null;
  impliedType: string | null;
  nameIsEvidence: boolean;
}

export interface JsxFrontEndOptions extends ComponentSettings {
  sourceCode: SourceCodeLike;
}

function isLowercaseTag(name: TSESTree.JSXTagNameExpression): name is TSESTree.JSXIdentifier {
  if (name.type !== "JSXIdentifier") return false;
  const first = name.name.charCodeAt(0);
  return first >= 97 && first <= 122;
}

function literalProp(node: OpeningElement, prop: string): string | null {
  for (const attribute of node.attributes) {
    if (attribute.type === "JSXAttribute" && attribute.name.type === "JSXIdentifier" && attribute.name.name === prop) {
      if (attribute.value?.type === "Literal" && typeof attribute.value.value === "string") return attribute.value.value;
      if (attribute.value?.type === "JSXExpressionContainer" && attribute.value.expression.type === "Literal" && typeof attribute.value.expression.value === "string") {
        return attribute.value.expression.value;
      }
      return null;
    }
  }
  return null;
}

function parentElement(element: JSXElement): JSXElement | null {
  let current: TSESTree.Node | undefined = element.parent;
  while (current) {
    if (current.type === "JSXElement") return current;
    // A field rendered by a callback prop (`render={() => <input/>}`) still sits inside that element.
    if (current.type === "Program") return null;
    current = current.parent;
  }
  return null;
}

/**
 * The JSX front end: turns form-field elements into core `Field`s. Fields are handed over at
 * `Program:exit`, once every `<label htmlFor>` and `id` of the file has been seen.
 */
export function jsxFieldVisitor(options: JsxFrontEndOptions, onFields: (fields: Field[]) => void): RuleListener {
  const candidates: Candidate[] = [];
  const labelsFor = new Map<string, string[]>();
  const textById = new Map<string, JSXElement>();
  const carriers = new WeakMap<OpeningElement, Collected>();
  const scopeOf = (node: OpeningElement): Scope.Scope | null => {
    try {
      return options.sourceCode.getScope(node);
    } catch {
      return null;
    }
  };
  const carrier = (node: OpeningElement): Collected => {
    let collected = carriers.get(node);
    if (!collected) {
      collected = collectElement(node, scopeOf(node));
      carriers.set(node, collected);
    }
    return collected;
  };

  const onOpeningElement = (node: OpeningElement): void => {
    const name = node.name;
    if (isLowercaseTag(name)) {
      const tag = name.name;
      if (tag === "input" || tag === "textarea" || tag === "select") {
        candidates.push({ node, tag, componentName: null, impliedType: null, nameIsEvidence: false });
      } else if (tag === "label") {
        const target = literalProp(node, "htmlFor");
        if (target !== null) {
          const list = labelsFor.get(target) ?? [];
          list.push(textOf(node.parent));
          labelsFor.set(target, list);
        }
      }
      if (node.attributes.length === 0) return;
      for (const attribute of node.attributes) {
        if (attribute.type !== "JSXAttribute" || attribute.name.type !== "JSXIdentifier") continue;
        const prop = attribute.name.name;
        if (prop === "id") {
          const id = literalProp(node, "id");
          if (id !== null) textById.set(id, node.parent);
        } else if (prop === "contentEditable" && tag !== "input" && tag !== "textarea" && tag !== "select") {
          const value = attribute.value === null ? "" : literalProp(node, "contentEditable") ?? (attribute.value.type === "JSXExpressionContainer" && attribute.value.expression.type === "Literal" ? String(attribute.value.expression.value) : "true");
          if (CONTENT_EDITABLE_ON.has(value)) candidates.push({ node, tag: "contenteditable", componentName: null, impliedType: null, nameIsEvidence: false });
        }
      }
      return;
    }
    const componentName = jsxElementName(name);
    const field = resolveComponentField(componentName, literalProp(node, options.polymorphicPropName), options);
    if (field) {
      candidates.push({ node, tag: field.tag, componentName, impliedType: field.impliedType, nameIsEvidence: field.nameIsEvidence });
    } else if (LABEL_ELEMENT.test(componentName)) {
      const target = literalProp(node, "htmlFor");
      if (target !== null) {
        const list = labelsFor.get(target) ?? [];
        list.push(textOf(node.parent));
        labelsFor.set(target, list);
      }
    }
  };

  const buildField = (candidate: Candidate): Field => {
    const { node } = candidate;
    const own = carrier(node);
    const attributes = new Map(own.attributes);
    if (candidate.impliedType && !attributes.has("type")) {
      // Design-system password fields come with a show-password toggle.
      attributes.set(
        "type",
        candidate.impliedType === "password"
          ? { kind: "dynamic", candidates: ["password", "text"], mayBeAbsent: false, hasUnknown: false }
          : { kind: "static", value: candidate.impliedType },
      );
    }
    const identifiers = [...own.identifiers];
    if (candidate.nameIsEvidence && candidate.componentName) identifiers.push(componentNameEvidence(candidate.componentName));
    const labels = [...own.labels];
    const id = attributes.get("id");
    if (id?.kind === "static") labels.push(...(labelsFor.get(id.value) ?? []));
    const labelledBy = attributes.get("aria-labelledby");
    if (labelledBy?.kind === "static") {
      for (const ref of labelledBy.value.split(/\s+/u)) {
        const element = textById.get(ref);
        if (element) labels.push(textOf(element));
      }
    }
    const ancestors: MarkerCarrier[] = [];
    let scope: object = options.sourceCode;
    let groupLabel: string | null = null;
    let foundWrapperName = own.identifiers.length > 0 || attributes.has("name");
    let child: JSXElement = node.parent;
    let levels = 0;
    for (let element = parentElement(node.parent); element; element = parentElement(element)) {
      const opening = element.openingElement;
      const elementName = jsxElementName(opening.name);
      const collected = carrier(opening);
      ancestors.push(collected);
      if (elementName === "label") labels.push(textOf(element));
      if (FORM_ELEMENT.test(elementName) && scope === options.sourceCode) scope = element;
      if (elementName === "fieldset" && groupLabel === null) {
        const legend = element.children.find((c) => c.type === "JSXElement" && jsxElementName(c.openingElement.name) === "legend");
        if (legend) groupLabel = textOf(legend);
      }
      if (FIELD_WRAPPER.test(elementName)) {
        if (!foundWrapperName) {
          const wrapperName = collected.attributes.get("name");
          if (wrapperName?.kind === "static") {
            identifiers.push(wrapperName.value);
            foundWrapperName = true;
          }
        }
        labels.push(...collected.labels);
      }
      if (labels.length === 0 && levels < NEARBY_LABEL_LEVELS) labels.push(...nearbyLabels(element, child));
      child = element;
      levels++;
    }
    const start = node.name.loc.start;
    const end = node.name.loc.end;
    return {
      tag: candidate.tag,
      componentName: candidate.componentName,
      attributes,
      classes: own.classes,
      hasUnknownAttributes: own.hasUnknownAttributes,
      identifiers,
      labels: labels.filter(Boolean),
      groupLabel,
      ancestors,
      scope,
      loc: { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } },
      addMarkerFix: (marker) => markerFix(node, own, marker),
    };
  };

  return {
    JSXOpeningElement: onOpeningElement,
    "Program:exit"() {
      if (candidates.length > 0) onFields(candidates.map(buildField));
    },
  };
}

/** Text of label-like elements that precede `child` inside `parent` (`<div><label>Card</label><input/></div>`). */
function nearbyLabels(parent: JSXElement, child: JSXElement): string[] {
  const found: string[] = [];
  for (const sibling of parent.children) {
    if (sibling === child) break;
    if (sibling.type !== "JSXElement") continue;
    const name = jsxElementName(sibling.openingElement.name);
    if (LABEL_ELEMENT.test(name) && literalProp(sibling.openingElement, "htmlFor") === null) {
      found.length = 0;
      found.push(textOf(sibling));
    }
  }
  return found;
}

function markerAttributeText(marker: MarkerFact): string {
  return marker.values ? `${marker.name}="${marker.values[0]}"` : marker.name;
}

/** Inserts an attribute marker, or merges a class marker into a static `className`. */
function markerFix(node: OpeningElement, own: Collected, marker: MarkerFact): Rule.ReportFixer | null {
  const afterName = (node.typeArguments ?? node.name).range[1];
  if (marker.form === "attribute") {
    return (fixer) => fixer.insertTextAfterRange([afterName, afterName], ` ${markerAttributeText(marker)}`);
  }
  const classAttribute = own.classNode;
  if (!classAttribute) {
    return (fixer) => fixer.insertTextAfterRange([afterName, afterName], ` className="${marker.name}"`);
  }
  const value = classAttribute.value;
  if (value?.type === "Literal" && typeof value.value === "string") {
    const raw = value.raw;
    const quote = raw[0] ?? '"';
    const merged = `${quote}${value.value ? `${value.value} ` : ""}${marker.name}${quote}`;
    return (fixer) => fixer.replaceTextRange(value.range, merged);
  }
  if (value?.type === "JSXExpressionContainer") {
    const expression = unwrapTs(value.expression as TSESTree.Expression);
    if (expression.type === "CallExpression" && classHelperName(expression) && expression.arguments.length > 0) {
      const lastArgument = expression.arguments.at(-1);
      if (lastArgument) return (fixer) => fixer.insertTextAfterRange(lastArgument.range, `, "${marker.name}"`);
    }
    if (expression.type === "TemplateLiteral") {
      const closing = expression.range[1] - 1;
      return (fixer) => fixer.insertTextAfterRange([closing, closing], ` ${marker.name}`);
    }
  }
  return null;
}
