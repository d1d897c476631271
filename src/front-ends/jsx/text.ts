import type { TSESTree } from "@typescript-eslint/utils";

type Node = TSESTree.Node;

const MAX_TEXT = 240;
/** Calls whose string arguments are (keys of) the text shown: i18n helpers. */
const TRANSLATION_CALLEES: ReadonlySet<string> = new Set([
  "t", "i18n", "translate", "$t", "formatMessage", "intl", "__", "_", "gettext", "trans", "lang",
]);
/** Attributes of message components that hold the text (`<FormattedMessage defaultMessage=...>`). */
const MESSAGE_PROPS: ReadonlySet<string> = new Set(["defaultMessage", "id", "message", "i18nKey", "children", "text", "label"]);
/** Elements whose content is not label text. */
const NON_TEXT_ELEMENTS: ReadonlySet<string> = new Set(["input", "select", "textarea", "option", "button", "svg", "script", "style"]);

function calleeName(callee: TSESTree.Expression): string | null {
  if (callee.type === "Identifier") return callee.name;
  if (callee.type === "MemberExpression" && callee.property.type === "Identifier") return callee.property.name;
  return null;
}

export function jsxElementName(name: TSESTree.JSXTagNameExpression): string {
  if (name.type === "JSXIdentifier") return name.name;
  if (name.type === "JSXNamespacedName") return `${name.namespace.name}:${name.name.name}`;
  return `${jsxElementName(name.object)}.${name.property.name}`;
}

/**
 * The text a user would read in a node: JSX text, string literals, i18n keys and default messages.
 * Bounded in depth and length so a huge label cannot cost much.
 */
export function collectText(node: Node, out: string[], budget = { left: MAX_TEXT }, depth = 0): void {
  if (budget.left <= 0 || depth > 8) return;
  const push = (text: string): void => {
    const trimmed = text.replace(/\s+/g, " ").trim();
    if (!trimmed) return;
    out.push(trimmed.slice(0, budget.left));
    budget.left -= trimmed.length;
  };
  switch (node.type) {
    case "JSXText":
      push(node.value);
      return;
    case "Literal":
      if (typeof node.value === "string") push(node.value);
      return;
    case "TemplateLiteral":
      for (const quasi of node.quasis) push(quasi.value.cooked ?? quasi.value.raw);
      return;
    case "JSXExpressionContainer":
      if (node.expression.type !== "JSXEmptyExpression") collectText(node.expression, out, budget, depth + 1);
      return;
    case "JSXFragment":
      for (const child of node.children) collectText(child, out, budget, depth + 1);
      return;
    case "JSXElement": {
      const name = jsxElementName(node.openingElement.name);
      if (NON_TEXT_ELEMENTS.has(name)) return;
      for (const attribute of node.openingElement.attributes) {
        if (attribute.type === "JSXAttribute" && attribute.name.type === "JSXIdentifier" && MESSAGE_PROPS.has(attribute.name.name) && attribute.value) {
          collectText(attribute.value, out, budget, depth + 1);
        }
      }
      for (const child of node.children) collectText(child, out, budget, depth + 1);
      return;
    }
    case "CallExpression": {
      const name = calleeName(node.callee as TSESTree.Expression);
      if (name && TRANSLATION_CALLEES.has(name)) {
        for (const argument of node.arguments) collectText(argument, out, budget, depth + 1);
      }
      return;
    }
    case "ObjectExpression":
      // formatMessage({ id: "checkout.cardNumber", defaultMessage: "Card number" })
      for (const property of node.properties) {
        if (property.type === "Property" && property.key.type === "Identifier" && MESSAGE_PROPS.has(property.key.name)) {
          collectText(property.value as Node, out, budget, depth + 1);
        }
      }
      return;
    case "ConditionalExpression":
      collectText(node.consequent, out, budget, depth + 1);
      collectText(node.alternate, out, budget, depth + 1);
      return;
    case "LogicalExpression":
      collectText(node.right, out, budget, depth + 1);
      return;
    default:
      return;
  }
}

export function textOf(node: Node): string {
  const parts: string[] = [];
  collectText(node, parts);
  return parts.join(" ");
}
