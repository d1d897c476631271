import { FIELD_NAME_ENDINGS } from "./jsx/components.js";
import type { PluginSettings } from "../util/settings.js";
import { escapeRegExp } from "../util/strings.js";

/**
 * A text pre-check for script files (JSX/TSX, lit): can this file render a form field at all? Most
 * components render none, and skipping them costs one regex pass instead of a listener per element.
 * It must never say no to a file that has one: it accepts every tag a front end can turn into a field.
 * It may say yes too often (it ignores case throughout); that only costs time.
 */
const TAG_SHAPES = [
  // Native fields in JSX and in lit `html` templates.
  String.raw`(?:input|textarea|select)(?![\w$-])`,
  // Design-system components by name (`<TextField`, `<Input.Password`, `<Form.Control`).
  String.raw`[\w$.:-]*(?:${FIELD_NAME_ENDINGS})(?![\w$])`,
  // Web components in lit templates (`<sl-input`, `<vaadin-password-field`, `<ion-textarea`).
  String.raw`[a-z][\da-z]*-[\w-]*(?:input|text-?field|text-?area|select|password|otp)`,
];

const BY_SETTINGS = new WeakMap<PluginSettings, RegExp>();

/**
 * One regex for every way to make a field, the settings' own included (mapped component names, the
 * polymorphic prop): one pass over the text costs about a third of one pass per shape.
 */
function fieldHintOf(settings: PluginSettings): RegExp {
  let hint = BY_SETTINGS.get(settings);
  if (!hint) {
    const tags = [...TAG_SHAPES];
    const names = Object.keys(settings.components).map(escapeRegExp);
    if (names.length > 0) tags.push(String.raw`(?:${names.join("|")})(?![\w$])`);
    const polymorphic = `(?<![\\w$])${escapeRegExp(settings.polymorphicPropName)}=\\{?\\s*["'\`](?:input|textarea|select)\\b`;
    hint = new RegExp(`<(?:${tags.join("|")})|contenteditable|${polymorphic}`, "iu");
    BY_SETTINGS.set(settings, hint);
  }
  return hint;
}

export function mayRenderField(text: string, settings: PluginSettings): boolean {
  return fieldHintOf(settings).test(text);
}
