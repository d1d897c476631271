import type { TSESTree } from "@typescript-eslint/utils";
import type { HtmlElement } from "../languages/html/types.js";
import { parentElementOf } from "./markup/tree.js";

/**
 * A CAPTCHA beside a field (`<img src="/captcha">`, `<div @click="getCaptcha">`): what is typed is
 * the picture's text, not a code sent to the visitor, even when the label says "验证码" or
 * "Verification code".
 */
const CAPTCHA = /captcha/iu;
/**
 * A picture of the code, named for what it shows (`:src="verificationCodeSrc"`, `/checkCode.jsp`,
 * `yzm.php`, Kaptcha): an image beside a code field is its CAPTCHA. A QR code is not: a two-factor
 * set-up shows one beside the field for the code an app generates.
 */
const CODE_PICTURE = /verif\w*code|verifyimg|checkcode|validatecode|valicode|vcode|imgcode|codeimg|imagecode|piccode|yzm|kaptcha/iu;
const QR = /qr/iu;

function picturesCode(element: string, values: readonly string[]): boolean {
  return element === "img" && values.some((value) => CODE_PICTURE.test(value) && !QR.test(value));
}
/** How far up from the field its CAPTCHA may sit: the field's wrapper and the row around it. */
const LEVELS = 2;
/** Elements looked at under one ancestor, so a large form costs little. */
const MAX_ELEMENTS = 40;

/** What one ancestor of the field holds besides the field: the element looked for, another field. */
interface Seen {
  found: boolean;
  otherField: boolean;
  count: number;
}

/**
 * Whether an element that `matches` (a CAPTCHA, a control that sends the code) sits beside the field:
 * looks through the field's wrapper, then the row around it, and stops at the first ancestor that
 * holds another field, since what is there may be that field's.
 */
function besideField<E>(field: E, parentOf: (element: E) => E | null, children: (element: E) => readonly E[], matches: (element: E) => boolean, isField: (element: E) => boolean): boolean {
  let ancestor = parentOf(field);
  for (let level = 0; ancestor && level < LEVELS; level++, ancestor = parentOf(ancestor)) {
    const seen: Seen = { found: false, otherField: false, count: 0 };
    const visit = (element: E): void => {
      if (seen.otherField || ++seen.count > MAX_ELEMENTS) return;
      if (element !== field) {
        if (isField(element)) seen.otherField = true;
        else if (matches(element)) seen.found = true;
      }
      for (const child of children(element)) visit(child);
    };
    visit(ancestor);
    if (seen.otherField) return false;
    if (seen.found) return true;
  }
  return false;
}

function markupChildren(element: HtmlElement): HtmlElement[] {
  return element.children.filter((child): child is HtmlElement => child.type === "HtmlElement");
}

/** The same walk over markup elements. */
function besideMarkupField(field: HtmlElement, matches: (element: HtmlElement) => boolean, isField: (element: HtmlElement) => boolean): boolean {
  return besideField(field, parentElementOf, markupChildren, matches, isField);
}

/** An element that names a CAPTCHA (`<img src="/captcha.php">`, `data-captcha`), or a picture of the code. */
function markupNamesCaptcha(element: HtmlElement): boolean {
  return element.attributes.some((attribute) => CAPTCHA.test(attribute.value) || CAPTCHA.test(attribute.name)) ||
    picturesCode(element.name, element.attributes.map((attribute) => attribute.value));
}

/**
 * A control that sends the code (`<el-button @click="handleSendCaptcha">发送验证码</el-button>`, "Get
 * SMS code"): what is typed is a one-time code, even in a field its code calls a captcha (验证码 means
 * both). A form's own "Send" button names no code.
 */
const SENDS_CODE = /(?:send|get|resend|request)[\s_-]*(?:an? |the |new )?(?:sms|otp|code|captcha|verification)|sms[\s_-]*code|发送|获取(?:短信|验证码|手机)|重新发送|重新获取/iu;
/**
 * A control beside the field (in its wrapper or row) that sends the code to type: by a handler or
 * attribute (`@click="handleSendCaptcha"`), or by its text as the front end reads it (`text`).
 */
export function markupCodeSenderBeside(field: HtmlElement, text: (element: HtmlElement) => string, isField: (element: HtmlElement) => boolean): boolean {
  const sendsCode = (element: HtmlElement): boolean => element.attributes.some((attribute) => SENDS_CODE.test(attribute.value)) || SENDS_CODE.test(text(element));
  return besideMarkupField(field, sendsCode, isField);
}

/** An image served from a path named `code` (`<img src="/code">`, `/servlet/code.jpg`): the picture of a code. */
const CODE_PATH = /(?:^|\/)code(?:\.\w+)?(?:[?#]|$)/iu;

/** Attributes that name a field. */
const FIELD_NAMING: ReadonlySet<string> = new Set(["name", "id"]);

/**
 * A field that names itself a CAPTCHA (`name="jcaptchaCode"`), or whose next element is the picture
 * (`<input name="inputCode"><img src="/code">`): a CAPTCHA even in a form whose other fields share its parent.
 */
function markupCaptchaItself(field: HtmlElement): boolean {
  if (field.attributes.some((attribute) => FIELD_NAMING.has(attribute.name) && CAPTCHA.test(attribute.value))) return true;
  const parent = field.parent;
  if (!parent) return false;
  const siblings = parent.children;
  for (let index = siblings.indexOf(field) + 1; index < siblings.length; index++) {
    const next = siblings[index]!;
    if (next.type === "HtmlText" && next.value.trim() === "") continue;
    if (next.type !== "HtmlElement" || next.name !== "img") return false;
    return markupNamesCaptcha(next) || next.attributes.some((attribute) => attribute.name === "src" && CODE_PATH.test(attribute.value));
  }
  return false;
}

export function markupCaptchaBeside(field: HtmlElement, isField: (element: HtmlElement) => boolean): boolean {
  return markupCaptchaItself(field) || besideMarkupField(field, markupNamesCaptcha, isField);
}

/** `besideField` over JSX: fragments and `{cond && ...}` add no element between a field and its wrapper. */
function besideJsxField(field: TSESTree.JSXElement, matches: (element: TSESTree.JSXElement) => boolean, isField: (element: TSESTree.JSXElement) => boolean): boolean {
  return besideField<TSESTree.JSXElement>(
    field,
    (element) => {
      let parent: TSESTree.Node = element.parent;
      while (parent.type === "JSXFragment" || parent.type === "JSXExpressionContainer" || parent.type === "LogicalExpression" || parent.type === "ConditionalExpression") parent = parent.parent;
      return parent.type === "JSXElement" ? parent : null;
    },
    (element) => element.children.filter((child): child is TSESTree.JSXElement => child.type === "JSXElement"),
    matches,
    isField,
  );
}

/** The source text of an element's attribute values (`onClick={sendSmsCode}`, `src="/captcha"`). */
function jsxAttributeValues(element: TSESTree.JSXElement, text: (node: TSESTree.Node) => string): string[] {
  return element.openingElement.attributes.flatMap((attribute) => (attribute.type === "JSXAttribute" && attribute.value !== null ? [text(attribute.value)] : []));
}

/** The same for JSX: `<img src={captchaUrl} onClick={refreshCaptcha} />` next to the input. */
export function jsxCaptchaBeside(field: TSESTree.JSXElement, text: (node: TSESTree.Node) => string, isField: (element: TSESTree.JSXElement) => boolean): boolean {
  return besideJsxField(
    field,
    (element) => {
      const values = jsxAttributeValues(element, text);
      const name = element.openingElement.name;
      return values.some((value) => CAPTCHA.test(value)) || picturesCode(name.type === "JSXIdentifier" ? name.name : "", values);
    },
    isField,
  );
}

/**
 * A control beside a JSX field that sends the code (`<Button onClick={getSmsCode}>获取验证码</Button>`),
 * by a handler or by its text as the front end reads it (`text`), as in markup.
 */
export function jsxCodeSenderBeside(field: TSESTree.JSXElement, source: (node: TSESTree.Node) => string, text: (element: TSESTree.JSXElement) => string, isField: (element: TSESTree.JSXElement) => boolean): boolean {
  return besideJsxField(field, (element) => jsxAttributeValues(element, source).some((value) => SENDS_CODE.test(value)) || SENDS_CODE.test(text(element)), isField);
}
