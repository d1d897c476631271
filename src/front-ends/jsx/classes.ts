import type { TSESTree } from "@typescript-eslint/utils";
import type { Scope } from "eslint";
import type { ClassToken } from "../../core/field.js";
import { staticValueOf, unwrapTs } from "./values.js";

type Expression = TSESTree.Expression;

/** Class-name helpers whose arguments are class lists (strings, arrays, `{ cls: cond }` objects). */
export const CLASS_HELPERS: ReadonlySet<string> = new Set([
  "clsx", "classnames", "classNames", "cn", "cx", "twMerge", "twJoin", "cva", "tw", "classes", "mergeClasses",
]);

const WHITESPACE = /\s+/u;

/** The words of a class list, as class tokens. */
export function pushWords(text: string, conditional: boolean, out: ClassToken[]): void {
  for (const name of text.split(WHITESPACE)) if (name) out.push({ name, conditional });
}

export function classHelperName(node: TSESTree.CallExpression): string | null {
  const callee = node.callee;
  if (callee.type === "Identifier") return CLASS_HELPERS.has(callee.name) ? callee.name : null;
  if (callee.type === "MemberExpression" && callee.property.type === "Identifier" && CLASS_HELPERS.has(callee.property.name)) {
    return callee.property.name;
  }
  return null;
}

function isTrueLiteral(node: TSESTree.Node): boolean {
  return node.type === "Literal" && node.value === true;
}

/**
 * Class tokens of a `className` expression. A class inside a condition (`cond && "x"`, a ternary
 * branch, `{ x: cond }`, an interpolation) is `conditional`.
 */
export function classesOfExpression(expression: Expression, scope: Scope.Scope | null, conditional: boolean, out: ClassToken[], depth = 0): void {
  const node = unwrapTs(expression);
  if (depth > 8) return;
  const known = staticValueOf(node, scope);
  if (known && typeof known.value === "string") {
    pushWords(known.value, conditional, out);
    return;
  }
  switch (node.type) {
    case "TemplateLiteral":
      node.quasis.forEach((quasi, index) => {
        const text = quasi.value.cooked ?? quasi.value.raw;
        // Words glued to an interpolation (`fs-${x}`) are not whole class names.
        const words = text.split(WHITESPACE);
        const first = index > 0 && !/^\s/u.test(text) ? 1 : 0;
        const last = index < node.expressions.length && !/\s$/u.test(text) ? words.length - 1 : words.length;
        for (const word of words.slice(first, last)) if (word) out.push({ name: word, conditional });
      });
      for (const inner of node.expressions) classesOfExpression(inner, scope, true, out, depth + 1);
      return;
    case "ConditionalExpression":
      classesOfExpression(node.consequent, scope, true, out, depth + 1);
      classesOfExpression(node.alternate, scope, true, out, depth + 1);
      return;
    case "LogicalExpression":
      if (node.operator !== "&&") classesOfExpression(node.left, scope, true, out, depth + 1);
      classesOfExpression(node.right, scope, true, out, depth + 1);
      return;
    case "ArrayExpression":
      for (const element of node.elements) {
        if (element && element.type !== "SpreadElement") classesOfExpression(element, scope, conditional, out, depth + 1);
      }
      return;
    case "ObjectExpression":
      for (const property of node.properties) {
        if (property.type !== "Property") continue;
        const key = property.computed ? null : property.key.type === "Identifier" ? property.key.name : String(property.key.value);
        if (key !== null) pushWords(key, conditional || !isTrueLiteral(property.value), out);
      }
      return;
    case "CallExpression":
      if (classHelperName(node)) {
        for (const argument of node.arguments) {
          if (argument.type !== "SpreadElement") classesOfExpression(argument, scope, conditional, out, depth + 1);
        }
      }
      return;
    default:
      return;
  }
}
