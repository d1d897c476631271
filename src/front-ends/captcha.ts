import type { TSESTree } from "@typescript-eslint/utils";
import type { HtmlElement } from "../languages/html/types.js";
import { parentElementOf } from "./markup/tree.js";

/**
 * A CAPTCHA beside a field (`<img src="/captcha">`, `<div @click="getCaptcha">`): what is typed is
 * the picture's text, not a code sent to the visitor, even when the label says "验证码" or
 * "Verification code".
 */
const CAPTCHA = /captcha/iu;
/** How far up from the field its CAPTCHA may sit: the field's wrapper and the row around it. */
const LEVELS = 2;
/** Elements looked at under one ancestor, so a large form costs little. */
const MAX_ELEMENTS = 40;

/** What one ancestor of the field holds besides the field: a CAPTCHA, another field. */
interface Seen {
  captcha: boolean;
  otherField: boolean;
  count: number;
}

/**
 * Looks through the field's wrapper, then the row around it, and stops at the first ancestor that
 * holds another field: a CAPTCHA there may be that field's.
 */
function besideCaptcha<E>(field: E, parentOf: (element: E) => E | null, children: (element: E) => readonly E[], namesCaptcha: (element: E) => boolean, isField: (element: E) => boolean): boolean {
  let ancestor = parentOf(field);
  for (let level = 0; ancestor && level < LEVELS; level++, ancestor = parentOf(ancestor)) {
    const seen: Seen = { captcha: false, otherField: false, count: 0 };
    const visit = (element: E): void => {
      if (seen.otherField || ++seen.count > MAX_ELEMENTS) return;
      if (element !== field) {
        if (isField(element)) seen.otherField = true;
        else if (namesCaptcha(element)) seen.captcha = true;
      }
      for (const child of children(element)) visit(child);
    };
    visit(ancestor);
    if (seen.otherField) return false;
    if (seen.captcha) return true;
  }
  return false;
}

export function markupCaptchaBeside(field: HtmlElement, isField: (element: HtmlElement) => boolean): boolean {
  return besideCaptcha(
    field,
    parentElementOf,
    (element) => element.children.filter((child): child is HtmlElement => child.type === "HtmlElement"),
    (element) => element.attributes.some((attribute) => CAPTCHA.test(attribute.value) || CAPTCHA.test(attribute.name)),
    isField,
  );
}

/** The same for JSX: `<img src={captchaUrl} onClick={refreshCaptcha} />` next to the input. */
export function jsxCaptchaBeside(field: TSESTree.JSXElement, text: (node: TSESTree.Node) => string, isField: (element: TSESTree.JSXElement) => boolean): boolean {
  return besideCaptcha<TSESTree.JSXElement>(
    field,
    (element) => {
      // Fragments and `{cond && ...}` add no element between a field and its wrapper.
      let parent: TSESTree.Node = element.parent;
      while (parent.type === "JSXFragment" || parent.type === "JSXExpressionContainer" || parent.type === "LogicalExpression" || parent.type === "ConditionalExpression") parent = parent.parent;
      return parent.type === "JSXElement" ? parent : null;
    },
    (element) => element.children.filter((child): child is TSESTree.JSXElement => child.type === "JSXElement"),
    (element) => element.openingElement.attributes.some((attribute) => attribute.type === "JSXAttribute" && attribute.value !== null && CAPTCHA.test(text(attribute.value))),
    isField,
  );
}
