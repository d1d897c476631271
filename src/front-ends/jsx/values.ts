import { findVariable, getStaticValue } from "../../util/eslint-shared.js";
import type { TSESTree } from "@typescript-eslint/utils";
import type { Scope } from "eslint";
import type * as ESTree from "estree";
import { type AttributeValue, UNKNOWN_VALUE } from "../../core/field.js";
import { calleeName, textOf } from "./text.js";
import { soleDeclaration } from "../script-bindings.js";
import { STATE_HOOKS } from "../../core/state-hooks.js";

type Expression = TSESTree.Expression;

const ABSENT: AttributeValue = { kind: "dynamic", candidates: [], mayBeAbsent: true, hasUnknown: false };
const MAX_DEPTH = 6;
/** Array methods whose first callback parameter is each element (`FIELDS.map((f) => <input name={f.name} />)`). */
const ELEMENT_CALLBACKS: ReadonlySet<string> = new Set(["map", "flatMap", "forEach", "filter"]);
/** A longer list is data, not a form's fields or questions. */
const MAX_MAPPED = 50;

/** Every text an expression may hold: `"ssn"`, or both branches of `isCompany ? "vatNumber" : "ssn"`. */
export function possibleTexts(expression: Expression, scope: Scope.Scope | null): string[] {
  const value = resolveAttributeExpression(expression, scope, true);
  return value.kind === "static" ? [value.value] : [...value.candidates];
}

/** Unwraps TypeScript-only wrappers (`x as const`, `x!`, `<T>x`, `x satisfies T`). */
export function unwrapTs(expression: Expression): Expression {
  let current = expression;
  while (
    current.type === "TSAsExpression" ||
    current.type === "TSNonNullExpression" ||
    current.type === "TSSatisfiesExpression" ||
    current.type === "TSTypeAssertion"
  ) {
    current = current.expression;
  }
  return current;
}

/** The static value of an expression through constants in scope, or undefined. */
export function staticValueOf(expression: Expression, scope: Scope.Scope | null): { value: unknown } | null {
  const result = getStaticValue(expression as unknown as ESTree.Expression, scope ?? undefined);
  return result ? { value: result.value } : null;
}

/** An attribute value from a statically known JS value (`undefined` leaves the attribute out). */
export function staticAttributeValue(value: unknown): AttributeValue {
  if (value === null || value === undefined) return ABSENT;
  if (typeof value === "string") return { kind: "static", value };
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return { kind: "static", value: String(value) };
  }
  // antd and final-form name paths: `name={["billing", "iban"]}`.
  if (Array.isArray(value) && value.length > 0 && value.every((part) => typeof part === "string" || typeof part === "number")) {
    return { kind: "static", value: value.join(".") };
  }
  return UNKNOWN_VALUE;
}

function merge(a: AttributeValue, b: AttributeValue): AttributeValue {
  const candidatesOf = (v: AttributeValue): readonly string[] => (v.kind === "static" ? [v.value] : v.candidates);
  const candidates = [...new Set([...candidatesOf(a), ...candidatesOf(b)])];
  return {
    kind: "dynamic",
    candidates,
    mayBeAbsent: (a.kind === "dynamic" && a.mayBeAbsent) || (b.kind === "dynamic" && b.mayBeAbsent),
    hasUnknown: (a.kind === "dynamic" && a.hasUnknown) || (b.kind === "dynamic" && b.hasUnknown),
  };
}

/** The initialiser of a `const` the identifier refers to (`const type = shown ? "text" : "password"`). */
function constInit(node: TSESTree.Identifier, scope: Scope.Scope | null): Expression | null {
  const declaration = soleDeclaration(node, scope);
  return declaration?.kind === "const" ? declaration.init : null;
}

/** The first definition of the variable an identifier refers to. */
function definitionOf(node: TSESTree.Identifier, scope: Scope.Scope | null): Scope.Definition | null {
  return scope ? (findVariable(scope, node.name)?.defs[0] ?? null) : null;
}

/** Whether an identifier names a parameter of a function around it (`({ secure }) => ...`, `function f(props)`). */
export function isParameter(node: TSESTree.Identifier, scope: Scope.Scope | null): boolean {
  return definitionOf(node, scope)?.type === "Parameter";
}

/** A text the value starts as, which something else may replace (a setter, a caller's argument). */
function startingText(expression: TSESTree.Node | undefined): AttributeValue | null {
  const value = expression?.type === "SpreadElement" || !expression ? null : unwrapTs(expression as Expression);
  if (value?.type !== "Literal" || typeof value.value !== "string" || !value.value.trim()) return null;
  return { kind: "dynamic", candidates: [value.value], mayBeAbsent: false, hasUnknown: true };
}

/**
 * A state that starts as a text and has a setter: `const [type, setType] = useState("password")` is
 * "password" at first and whatever the setter makes it later (a show-password toggle's "text").
 */
function stateValue(node: TSESTree.Identifier, scope: Scope.Scope | null): AttributeValue | null {
  const definition = definitionOf(node, scope);
  if (definition?.type !== "Variable") return null;
  const declarator = definition.node as unknown as TSESTree.VariableDeclarator;
  const pattern = declarator.id;
  if (pattern.type !== "ArrayPattern" || pattern.elements.length < 2 || pattern.elements[0] !== (definition.name as unknown) || !declarator.init) return null;
  const call = unwrapTs(declarator.init);
  if (call.type !== "CallExpression" || !STATE_HOOKS.has(calleeName(call.callee) ?? "")) return null;
  return startingText(call.arguments[0]);
}

/**
 * A parameter's default text: `({ name = "cc-number", ...rest }) => <Field name={name} />` names its
 * field by the default when callers pass no name (they may pass another).
 */
function parameterDefault(node: TSESTree.Identifier, scope: Scope.Scope | null): AttributeValue | null {
  const definition = definitionOf(node, scope);
  if (definition?.type !== "Parameter") return null;
  const binding = definition.name as unknown as TSESTree.Identifier;
  const pattern = binding.parent;
  if (pattern.type !== "AssignmentPattern" || pattern.left !== binding) return null;
  return startingText(pattern.right);
}

/**
 * The values a callback parameter takes when the callback runs over a constant array:
 * `QUESTIONS.map((q) => <p>{q.text}</p>)` or `FIELDS.map(({ name }) => <input name={name} />)`.
 */
function mappedValues(node: Expression, scope: Scope.Scope | null): unknown[] | null {
  if (!scope) return null;
  const path: string[] = [];
  let base = node;
  while (base.type === "MemberExpression" && !base.computed && base.property.type === "Identifier") {
    path.unshift(base.property.name);
    base = base.object;
  }
  if (base.type !== "Identifier") return null;
  const definition = definitionOf(base, scope);
  if (definition?.type !== "Parameter") return null;
  const callback = definition.node as unknown as TSESTree.FunctionLike;
  const first = callback.params[0];
  if (first?.type === "ObjectPattern") {
    const property = first.properties.find((p) => p.type === "Property" && p.value.type === "Identifier" && p.value.name === base.name);
    if (property?.type !== "Property" || property.computed || property.key.type !== "Identifier") return null;
    path.unshift(property.key.name);
  } else if (first?.type !== "Identifier" || first.name !== base.name) {
    return null;
  }
  const call = callback.parent;
  if (call.type !== "CallExpression" || call.arguments[0] !== callback || call.callee.type !== "MemberExpression") return null;
  const method = call.callee.property;
  if (method.type !== "Identifier" || !ELEMENT_CALLBACKS.has(method.name)) return null;
  const list = staticValueOf(call.callee.object, scope);
  if (!list || !Array.isArray(list.value) || list.value.length > MAX_MAPPED) return null;
  return list.value.map((item: unknown) => path.reduce<unknown>((value, key) => (typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined), item));
}

/**
 * The props each item passes when a callback spreads it onto an element over a constant array
 * (`FIELDS.map((f) => <TextField key={f.name} {...f} />)`): each prop's values across the items.
 */
export function mappedSpreadProps(argument: Expression, scope: Scope.Scope | null): Map<string, unknown[]> | null {
  const items = mappedValues(argument, scope);
  if (!items?.every((item) => typeof item === "object" && item !== null && !Array.isArray(item))) return null;
  const props = new Map<string, unknown[]>();
  for (const item of items as Record<string, unknown>[]) {
    for (const [key, value] of Object.entries(item)) {
      const values = props.get(key);
      if (values) values.push(value);
      else props.set(key, [value]);
    }
  }
  return props;
}

/** An attribute that takes each of these values (one per item of a mapped array). */
export function fromMapped(values: readonly unknown[]): AttributeValue {
  const texts = values.filter((v): v is string | number => typeof v === "string" || typeof v === "number").map(String);
  return { kind: "dynamic", candidates: [...new Set(texts)], mayBeAbsent: texts.length < values.length, hasUnknown: false };
}

/** Text-like attributes (`name`, `placeholder`, `aria-label`) keep what their dynamic parts let through. */
function partialText(node: Expression): AttributeValue | null {
  // `seedWord${i + 1}`, `${prefix}.cardNumber`: the literal parts still name the field.
  const text = node.type === "TemplateLiteral" ? node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(" ") : textOf(node);
  return text.trim() ? { kind: "dynamic", candidates: [text], mayBeAbsent: false, hasUnknown: true } : null;
}

/**
 * What an attribute expression can evaluate to: a constant, or the candidates of both branches
 * of a conditional (`show ? "text" : "password"`), `cond && "x"` (may be absent), `a ?? "b"`,
 * also through a `const` that holds such a conditional. With `text`, the literal parts of
 * template literals and the keys of i18n calls are kept as candidates too.
 */
export function resolveAttributeExpression(expression: Expression, scope: Scope.Scope | null, text = false, depth = 0): AttributeValue {
  const node = unwrapTs(expression);
  if (depth > MAX_DEPTH) return UNKNOWN_VALUE;
  if (node.type === "ConditionalExpression") {
    return merge(resolveAttributeExpression(node.consequent, scope, text, depth + 1), resolveAttributeExpression(node.alternate, scope, text, depth + 1));
  }
  if (node.type === "LogicalExpression") {
    const right = resolveAttributeExpression(node.right, scope, text, depth + 1);
    if (node.operator === "&&") return merge(ABSENT, right);
    return merge(resolveAttributeExpression(node.left, scope, text, depth + 1), right);
  }
  const known = staticValueOf(node, scope);
  if (known) return staticAttributeValue(known.value);
  if (node.type === "Identifier") {
    const init = constInit(node, scope);
    if (init) return resolveAttributeExpression(init, scope, text, depth + 1);
    const state = stateValue(node, scope);
    if (state) return state;
  }
  if (node.type === "Identifier" || node.type === "MemberExpression") {
    const mapped = mappedValues(node, scope);
    if (mapped) return fromMapped(mapped);
  }
  if (text && node.type === "Identifier") {
    const fallback = parameterDefault(node, scope);
    if (fallback) return fallback;
  }
  return (text && partialText(node)) || UNKNOWN_VALUE;
}
