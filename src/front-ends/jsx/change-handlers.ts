import type { TSESTree } from "@typescript-eslint/utils";
import { calleeName } from "./text.js";
import { unwrapTs } from "./values.js";

type Expression = TSESTree.Expression;
type Node = TSESTree.Node;

/** Props that hand a field's typed value to the app. */
export const CHANGE_HANDLER_PROPS: ReadonlySet<string> = new Set(["onChange", "onInput", "onChangeText", "onValueChange", "onAccept"]);

/** A React state setter: `setCardNumber` -> `CardNumber` (some write `setmnemonic`). */
const SETTER = /^set([A-Za-z][\w$]{2,})$/u;
/** Setters that take the field's name first: react-hook-form `setValue("ssn", v)`, Formik `setFieldValue`. */
const NAMED_SETTER = /^(?:setValue|setFieldValue|setFieldsValue|change)$/u;
/** Handler statements read for names; a longer handler is an app's logic, not a binding. */
const MAX_STATEMENTS = 3;
/** How deep an argument is searched for the typed value (`format(e.target.value.trim())`). */
const MAX_DEPTH = 4;

/** `setX` -> `x`: the name as the field would be written. */
function stateName(setter: string): string | null {
  const match = SETTER.exec(setter);
  if (!match?.[1]) return null;
  return match[1].charAt(0).toLowerCase() + match[1].slice(1);
}

/** Whether `node` reads the typed value: `e.target.value`, `e.currentTarget.value`, or the handler's value parameter. */
function readsTypedValue(node: Node | null | undefined, valueParameter: string | null, depth = 0): boolean {
  if (!node || depth > MAX_DEPTH) return false;
  switch (node.type) {
    case "Identifier":
      return node.name === valueParameter;
    case "MemberExpression": {
      const { object, property } = node;
      if (!node.computed && property.type === "Identifier" && property.name === "value" && object.type === "MemberExpression") {
        const owner = object.property;
        if (!object.computed && owner.type === "Identifier" && (owner.name === "target" || owner.name === "currentTarget")) return true;
      }
      return readsTypedValue(object, valueParameter, depth + 1);
    }
    case "CallExpression":
      return readsTypedValue(node.callee, valueParameter, depth + 1) || node.arguments.some((argument) => readsTypedValue(argument, valueParameter, depth + 1));
    case "TSAsExpression":
    case "TSNonNullExpression":
    case "ChainExpression":
      return readsTypedValue(node.expression, valueParameter, depth + 1);
    case "LogicalExpression":
    case "BinaryExpression":
      return readsTypedValue(node.left, valueParameter, depth + 1) || readsTypedValue(node.right, valueParameter, depth + 1);
    case "ConditionalExpression":
      return readsTypedValue(node.consequent, valueParameter, depth + 1) || readsTypedValue(node.alternate, valueParameter, depth + 1);
    default:
      return false;
  }
}

/** Keys of an object the typed value is stored under: `{ ...form, cvc: e.target.value }` -> `cvc`. */
function keysHolding(node: Node, valueParameter: string | null): string[] {
  let object: Node = node;
  // `setForm((previous) => ({ ...previous, cvc: value }))`
  if ((object.type === "ArrowFunctionExpression" || object.type === "FunctionExpression") && object.body.type === "ObjectExpression") object = object.body;
  if (object.type !== "ObjectExpression") return [];
  const keys: string[] = [];
  for (const property of object.properties) {
    if (property.type !== "Property" || property.computed) continue;
    const key = property.key.type === "Identifier" ? property.key.name : String(property.key.value);
    if (readsTypedValue(property.value, valueParameter)) keys.push(key);
  }
  return keys;
}

/** The names one call of a handler stores the typed value under. */
function namesOfCall(call: TSESTree.CallExpression, valueParameter: string | null): string[] {
  const callee = calleeName(call.callee);
  const [first, ...rest] = call.arguments;
  if (!first || first.type === "SpreadElement") return [];
  // `setValue("ssn", e.target.value)`, `handleField("accountNumber", e.target.value)`
  if (first.type === "Literal" && typeof first.value === "string" && rest.some((argument) => readsTypedValue(argument, valueParameter))) return [first.value];
  if (callee === null || NAMED_SETTER.test(callee)) return [];
  const held = keysHolding(first, valueParameter);
  if (held.length > 0) return held;
  const state = stateName(callee);
  return state !== null && readsTypedValue(first, valueParameter) ? [state] : [];
}

/** The calls a handler body makes at its top level (a few statements at most). */
function topLevelCalls(body: TSESTree.BlockStatement | Expression): TSESTree.CallExpression[] {
  if (body.type !== "BlockStatement") {
    const expression = unwrapTs(body);
    return expression.type === "CallExpression" ? [expression] : [];
  }
  if (body.body.length > MAX_STATEMENTS) return [];
  const calls: TSESTree.CallExpression[] = [];
  for (const statement of body.body) {
    if (statement.type !== "ExpressionStatement") continue;
    const expression = unwrapTs(statement.expression);
    if (expression.type === "CallExpression") calls.push(expression);
  }
  return calls;
}

/**
 * The names a change handler stores a field's value under, for fields that carry no `name`:
 * `onChange={(e) => setSsn(e.target.value)}`, `onChangeText={setIban}`,
 * `onChange={(e) => setForm({ ...form, cvc: e.target.value })}`, `onChange={handleChange("cvv")}`.
 */
export function changeHandlerNames(expression: Expression): string[] {
  const handler = unwrapTs(expression);
  if (handler.type === "Identifier") {
    const state = stateName(handler.name);
    return state === null ? [] : [state];
  }
  if (handler.type === "CallExpression") {
    // A curried handler: `handleChange("cvv")`.
    const [first] = handler.arguments;
    return first?.type === "Literal" && typeof first.value === "string" ? [first.value] : [];
  }
  if (handler.type !== "ArrowFunctionExpression" && handler.type !== "FunctionExpression") return [];
  const [parameter] = handler.params;
  // `(e) => ...` reads `e.target.value`; `(text) => setSsn(text)` is handed the value itself.
  const valueParameter = parameter?.type === "Identifier" ? parameter.name : null;
  return topLevelCalls(handler.body).flatMap((call) => namesOfCall(call, valueParameter));
}
