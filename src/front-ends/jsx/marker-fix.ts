import type { TSESTree } from "@typescript-eslint/utils";
import type { Rule } from "eslint";
import type { MarkerFact } from "../../data/markers.js";
import { classHelperName } from "./classes.js";
import type { Collected } from "./element.js";
import { unwrapTs } from "./values.js";
import { markerAttributeText } from "../../core/markers.js";


/**
 * The quick fix that adds a marker: an attribute after the tag name; a class merged into a static
 * `className`, appended to a `clsx`/`cn` call or a template literal, or a new `className`.
 * Null when the class list cannot be extended safely (an arbitrary expression).
 */
export function markerFix(node: TSESTree.JSXOpeningElement, own: Collected, marker: MarkerFact): Rule.ReportFixer | null {
  const afterName = (node.typeArguments ?? node.name).range[1];
  if (marker.form === "attribute") {
    return (fixer) => fixer.insertTextAfterRange([afterName, afterName], ` ${markerAttributeText(marker)}`);
  }
  const classAttribute = own.classNode;
  if (!classAttribute) {
    return (fixer) => fixer.insertTextAfterRange([afterName, afterName], ` className="${marker.name}"`);
  }
  const value = classAttribute.value;
  if (value?.type === "Literal" && typeof value.value === "string") return appendToStringLiteral(value, marker);
  if (value?.type === "JSXExpressionContainer" && value.expression.type !== "JSXEmptyExpression") {
    const expression = unwrapTs(value.expression);
    if (expression.type === "Literal" && typeof expression.value === "string") return appendToStringLiteral(expression, marker);
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

/**
 * Appends a class before the closing quote, keeping the string as written (entities, escapes):
 * rebuilding it from the decoded value would turn `&quot;` or `\"` into a bare quote.
 */
function appendToStringLiteral(literal: TSESTree.Literal, marker: MarkerFact): Rule.ReportFixer {
  const inner = literal.raw.slice(1, -1);
  const separator = inner.trim() === "" || /\s$/u.test(inner) ? "" : " ";
  const closing = literal.range[1] - 1;
  return (fixer) => fixer.insertTextAfterRange([closing, closing], `${separator}${marker.name}`);
}
