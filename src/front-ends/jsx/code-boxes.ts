import type { TSESTree } from "@typescript-eslint/utils";
import { isCodeBoxRow } from "../code-boxes.js";

type JSXElement = TSESTree.JSXElement;
type Node = TSESTree.Node;

/** `maxLength={1}` or `maxLength="1"` on the element. */
function isOneCharacter(element: JSXElement): boolean {
  return element.openingElement.attributes.some((attribute) => {
    if (attribute.type !== "JSXAttribute" || attribute.name.type !== "JSXIdentifier" || attribute.name.name.toLowerCase() !== "maxlength") return false;
    const value = attribute.value;
    if (value?.type === "Literal") return String(value.value).trim() === "1";
    return value?.type === "JSXExpressionContainer" && value.expression.type === "Literal" && value.expression.value === 1;
  });
}

/** The one-character box a child is or wraps alone. */
function boxOf(node: Node, isField: (element: JSXElement) => boolean): JSXElement | null {
  if (node.type !== "JSXElement") return null;
  if (isField(node) && isOneCharacter(node)) return node;
  const children = node.children.filter((child): child is JSXElement => child.type === "JSXElement");
  const only = children.length === 1 ? children[0]! : null;
  return only && isField(only) && isOneCharacter(only) ? only : null;
}

/** Rendered once per item of a list: the element (or its wrapper) is what a `.map(...)` callback returns. */
function repeatedByMap(element: JSXElement): boolean {
  let node: Node = element;
  for (let level = 0; level < 3 && node.parent; level++, node = node.parent) {
    const parent: Node = node.parent;
    const fn = parent.type === "ArrowFunctionExpression" ? parent : parent.type === "ReturnStatement" ? parent.parent.parent : null;
    if (fn && (fn.type === "ArrowFunctionExpression" || fn.type === "FunctionExpression")) {
      const call = fn.parent;
      return call.type === "CallExpression" && call.callee.type === "MemberExpression" && call.callee.property.type === "Identifier" && call.callee.property.name === "map";
    }
    if (parent.type !== "JSXElement" && parent.type !== "JSXExpressionContainer" && parent.type !== "JSXFragment") return false;
  }
  return false;
}

/**
 * One of a row of one-character boxes (four to eight side by side, each bare or in a wrapper of its
 * own), or one box rendered per item by `.map(...)`: how one-time codes and PINs are typed.
 */
export function isCodeBox(element: JSXElement, isField: (element: JSXElement) => boolean): boolean {
  if (!isOneCharacter(element)) return false;
  if (repeatedByMap(element)) return true;
  let holder: Node = element.parent;
  for (let level = 0; holder.type === "JSXElement" && level < 2; holder = holder.parent, level++) {
    const boxes = holder.children.filter((child) => boxOf(child, isField) !== null).length;
    if (boxes > 1) return isCodeBoxRow(boxes);
  }
  return false;
}

/**
 * Props by which a code component draws its own boxes: react-native-smooth-pincode-input's
 * `codeLength`, react-native-confirmation-code-field's `cellCount`, `pinCount`, react-otp-input's `numInputs`.
 */
const CELL_COUNT_PROPS: ReadonlySet<string> = new Set(["codeLength", "cellCount", "pinCount", "numInputs", "numberOfInputs", "otpLength"]);
const MIN_CELLS = 4;
const MAX_CELLS = 8;

/** The evidence of a component that takes a code box by box (`codeLength={6}`), or null. */
export function cellCountProp(element: JSXElement): string | null {
  for (const attribute of element.openingElement.attributes) {
    if (attribute.type !== "JSXAttribute" || attribute.name.type !== "JSXIdentifier" || !CELL_COUNT_PROPS.has(attribute.name.name)) continue;
    const value = attribute.value;
    const count = value?.type === "JSXExpressionContainer" && value.expression.type === "Literal" ? value.expression.value : value?.type === "Literal" ? Number(value.value) : null;
    if (typeof count === "number" && count >= MIN_CELLS && count <= MAX_CELLS) return `${attribute.name.name}={${count}}`;
  }
  return null;
}
