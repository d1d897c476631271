import type { TSESTree } from "@typescript-eslint/utils";

type Node = TSESTree.Node;

const MAX_TEXT = 240;
/** Calls whose string arguments are (keys of) the text shown: i18n helpers (Mattermost's `Utils.localizeMessage(id, default)`). */
const TRANSLATION_CALLEES: ReadonlySet<string> = new Set([
  "t", "i18n", "translate", "$t", "formatMessage", "intl", "__", "_", "gettext", "trans", "lang", "localizeMessage",
]);
/** Tags of translated template literals besides the i18n helpers: ttag's `msgid`, `jt`, `gettext`. */
const TRANSLATION_TAGS: ReadonlySet<string> = new Set(["msgid", "jt", "ngettext", "msg"]);
/** Attributes that hold the text shown (`<FormattedMessage defaultMessage=...>`, `<Trans i18nKey=...>`). */
const MESSAGE_PROPS: ReadonlySet<string> = new Set(["defaultMessage", "message", "i18nKey", "children", "text", "label"]);
/** Message components, whose `id` is the message key; on any other element `id` is not text. */
const MESSAGE_COMPONENT = /(?:^|\.)(?:FormattedMessage|Trans|Translate|Translation|T|Msg|Message|I18n|Localized)$/u;
/** i18n keys (`settings.bank.iban`): their last segments name the field, the first ones the screen. */
const MESSAGE_KEY = /^[\w$-]+(?:[.:/][\w$-]+)+$/u;
const KEY_SEPARATOR = /[.:/]/u;
/** Trailing key segments that say which text of a field it is, not which field. */
const GENERIC_KEY_SEGMENTS: ReadonlySet<string> = new Set([
  "label", "placeholder", "title", "text", "hint", "help", "helper", "helpertext", "description", "tooltip", "caption", "heading", "aria", "arialabel",
]);
/** Key segments that name the screen rather than the field. */
const KEPT_KEY_SEGMENTS = 2;

/** Resolves an identifier or member expression to the text it holds (`{q.text}` over a constant list). */
export type TextResolver = (node: TSESTree.Expression) => string | null;

/** The words of an i18n key worth reading: `checkout.payment.cardNumber.label` -> `payment cardNumber`. */
export function keyText(text: string): string {
  if (!MESSAGE_KEY.test(text)) return text;
  const segments = text.split(KEY_SEPARATOR);
  while (segments.length > 1 && GENERIC_KEY_SEGMENTS.has((segments.at(-1) ?? "").toLowerCase())) segments.pop();
  return segments.slice(-KEPT_KEY_SEGMENTS).join(" ");
}

/** Elements whose content is not label text. */
const NON_TEXT_ELEMENTS: ReadonlySet<string> = new Set(["input", "select", "textarea", "option", "button", "svg", "script", "style"]);

/** The name a call goes by: `t` for `t(...)` and `i18n.t(...)`, `register` for `form.register(...)`. */
export function calleeName(callee: TSESTree.Expression): string | null {
  if (callee.type === "Identifier") return callee.name;
  if (callee.type === "MemberExpression" && !callee.computed && callee.property.type === "Identifier") return callee.property.name;
  return null;
}

export function jsxElementName(name: TSESTree.JSXTagNameExpression): string {
  if (name.type === "JSXIdentifier") return name.name;
  if (name.type === "JSXNamespacedName") return `${name.namespace.name}:${name.name.name}`;
  return `${jsxElementName(name.object)}.${name.property.name}`;
}

/**
 * The text a user would read in a node: JSX text, string literals, i18n keys and default messages,
 * and (with a resolver) what constants and mapped list items hold. Bounded in depth and length so a
 * huge label cannot cost much.
 */
export function collectText(node: Node, out: string[], resolve: TextResolver | null = null, budget = { left: MAX_TEXT }, depth = 0): void {
  if (budget.left <= 0 || depth > 8) return;
  const push = (text: string): void => {
    const trimmed = text.replace(/\s+/g, " ").trim();
    if (!trimmed) return;
    out.push(trimmed.slice(0, budget.left));
    budget.left -= trimmed.length;
  };
  const pushKey = (value: Node, descriptor = false): void => {
    if (value.type === "Literal" && typeof value.value === "string") push(keyText(value.value));
    else if (value.type === "JSXExpressionContainer" && value.expression.type === "Literal" && typeof value.expression.value === "string") push(keyText(value.expression.value));
    else if (value.type === "MemberExpression") {
      // react-intl's message descriptors: `formatMessage(messages.cardNumber)`, `messages["account.dob.month"]`.
      const key = resolve?.(value) ?? messageKeyOf(value, descriptor);
      if (key) push(keyText(key));
    } else collectText(value, out, resolve, budget, depth + 1);
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
      for (const expression of node.expressions) collectText(expression, out, resolve, budget, depth + 1);
      return;
    case "JSXExpressionContainer":
      if (node.expression.type !== "JSXEmptyExpression") collectText(node.expression, out, resolve, budget, depth + 1);
      return;
    case "JSXFragment":
      for (const child of node.children) collectText(child, out, resolve, budget, depth + 1);
      return;
    case "JSXElement": {
      const name = jsxElementName(node.openingElement.name);
      if (NON_TEXT_ELEMENTS.has(name)) return;
      const isMessage = MESSAGE_COMPONENT.test(name);
      for (const attribute of node.openingElement.attributes) {
        if (attribute.type !== "JSXAttribute" || attribute.name.type !== "JSXIdentifier" || !attribute.value) continue;
        const prop = attribute.name.name;
        if (prop === "i18nKey" || (isMessage && prop === "id")) pushKey(attribute.value);
        else if (MESSAGE_PROPS.has(prop)) collectText(attribute.value, out, resolve, budget, depth + 1);
      }
      for (const child of node.children) collectText(child, out, resolve, budget, depth + 1);
      return;
    }
    case "CallExpression": {
      const name = calleeName(node.callee);
      if (name && TRANSLATION_CALLEES.has(name)) {
        for (const argument of node.arguments) pushKey(argument, name === DESCRIPTOR_FORMATTER);
      }
      return;
    }
    case "TaggedTemplateExpression": {
      // ttag and Lingui translate tagged templates: c("Label").t`Card number`, t`IBAN`, msgid`...`.
      const name = calleeName(node.tag);
      if (name && (TRANSLATION_CALLEES.has(name) || TRANSLATION_TAGS.has(name))) collectText(node.quasi, out, resolve, budget, depth + 1);
      return;
    }
    case "ObjectExpression":
      // formatMessage({ id: "checkout.cardNumber", defaultMessage: "Card number" })
      for (const property of node.properties) {
        if (property.type !== "Property") continue;
        // `{ id: ... }` and `{ "id": ... }` alike.
        const key = property.key.type === "Identifier" && !property.computed ? property.key.name : property.key.type === "Literal" ? String(property.key.value) : null;
        if (key === "id") pushKey(property.value);
        else if (key !== null && MESSAGE_PROPS.has(key)) collectText(property.value, out, resolve, budget, depth + 1);
      }
      return;
    case "ConditionalExpression":
      collectText(node.consequent, out, resolve, budget, depth + 1);
      collectText(node.alternate, out, resolve, budget, depth + 1);
      return;
    case "LogicalExpression":
      collectText(node.right, out, resolve, budget, depth + 1);
      return;
    case "Identifier":
    case "MemberExpression": {
      const text = resolve?.(node);
      if (text) push(text);
      return;
    }
    default:
      return;
  }
}

/** react-intl's `defineMessages` result, by convention `messages` (`intlMessages`, `msgs`). */
const MESSAGES_OBJECT = /(?:^|[a-z])(?:[Mm]essages|[Mm]sgs)$/u;

/** react-intl's formatter: its argument is always a message descriptor, whatever its object's name. */
const DESCRIPTOR_FORMATTER = "formatMessage";

/**
 * The key a message descriptor is looked up by: `messages["account.dob.month"]`, or the property of
 * `messages.cardNumber` (of `card.cardNumber` too when handed to `formatMessage`). Another object's
 * property given to a translator (`t(keys.iban)`) is a variable, not a key.
 */
function messageKeyOf(member: TSESTree.MemberExpression, descriptor: boolean): string | null {
  const property = member.property;
  if (member.computed) return property.type === "Literal" && typeof property.value === "string" ? property.value : null;
  const object = member.object;
  const named = object.type === "Identifier" && (descriptor || MESSAGES_OBJECT.test(object.name));
  return named && property.type === "Identifier" ? property.name : null;
}

export function textOf(node: Node, resolve: TextResolver | null = null): string {
  const parts: string[] = [];
  collectText(node, parts, resolve);
  return parts.join(" ");
}
