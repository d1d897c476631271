import { FIELD_NAME_ENDINGS } from "./jsx/components.js";
import type { PluginSettings } from "../util/settings.js";
import { escapeRegExp } from "../util/strings.js";

/**
 * A text pre-check for script files (JSX/TSX, lit): can this file render a form field at all? Most
 * components render none, and skipping them costs one regex pass instead of a listener per element.
 * It must never say no to a file that has one: it accepts every tag a front end can turn into a field.
 */
const ALWAYS: readonly RegExp[] = [
  // Native fields in JSX and in lit `html` templates.
  /<(?:input|textarea|select)(?![\w$-])/iu,
  /contenteditable/iu,
  // Design-system components by name (`<TextField`, `<Input.Password`, `<Form.Control`).
  new RegExp(`<[\\w$.:-]*(?:${FIELD_NAME_ENDINGS})(?![\\w$])`, "u"),
  // Web components in lit templates (`<sl-input`, `<vaadin-password-field`, `<ion-textarea`).
  /<[a-z][\da-z]*-[\w-]*(?:input|text-?field|text-?area|select|password|otp)/iu,
];

const BY_SETTINGS = new WeakMap<PluginSettings, RegExp[]>();

/** The settings' own ways to make a field: mapped component names and the polymorphic prop. */
function settingsPatterns(settings: PluginSettings): RegExp[] {
  let patterns = BY_SETTINGS.get(settings);
  if (!patterns) {
    patterns = [new RegExp(`\\b${escapeRegExp(settings.polymorphicPropName)}=\\{?\\s*["'\`](?:input|textarea|select)\\b`, "u")];
    const names = Object.keys(settings.components).map(escapeRegExp);
    if (names.length > 0) patterns.push(new RegExp(`<(?:${names.join("|")})(?![\\w$])`, "u"));
    BY_SETTINGS.set(settings, patterns);
  }
  return patterns;
}

export function mayRenderField(text: string, settings: PluginSettings): boolean {
  return ALWAYS.some((pattern) => pattern.test(text)) || settingsPatterns(settings).some((pattern) => pattern.test(text));
}
