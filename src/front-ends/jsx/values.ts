import { getStaticValue } from "@eslint-community/eslint-utils";
import type { TSESTree } from "@typescript-eslint/utils";
import type { Scope } from "eslint";
import type * as ESTree from "estree";
import { type AttributeValue, UNKNOWN_VALUE } from "../../core/field.js";

type Expression = TSESTree.Expression;

const ABSENT: AttributeValue = { kind: "dynamic", candidates: [], mayBeAbsent: true, hasUnknown: false };

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

function fromStatic(value: unknown): AttributeValue {
  if (value === null || value === undefined) return ABSENT;
  if (typeof value === "string") return { kind: "static", value };
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return { kind: "static", value: String(value) };
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

/**
 * What an attribute expression can evaluate to: a constant, or the candidates of both branches
 * of a conditional (`show ? "text" : "password"`), `cond && "x"` (may be absent), `a ?? "b"`.
 */
export function resolveAttributeExpression(expression: Expression, scope: Scope.Scope | null, depth = 0): AttributeValue {
  const node = unwrapTs(expression);
  if (depth > 6) return UNKNOWN_VALUE;
  if (node.type === "ConditionalExpression") {
    return merge(resolveAttributeExpression(node.consequent, scope, depth + 1), resolveAttributeExpression(node.alternate, scope, depth + 1));
  }
  if (node.type === "LogicalExpression") {
    const right = resolveAttributeExpression(node.right, scope, depth + 1);
    if (node.operator === "&&") return merge(ABSENT, right);
    return merge(resolveAttributeExpression(node.left, scope, depth + 1), right);
  }
  const known = staticValueOf(node, scope);
  return known ? fromStatic(known.value) : UNKNOWN_VALUE;
}
