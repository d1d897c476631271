import { BASE_PART, FIELD_NAME_ENDINGS, INPUT_PREFIX, VARIANT_TAG, WITH_PART_START } from "./jsx/components.js";
import type { PluginSettings } from "../util/settings.js";
import { escapeRegExp } from "../util/strings.js";

/**
 * A text pre-check for script files (JSX/TSX, lit): can this file render a form field at all? Most
 * components render none, and skipping them costs one regex pass instead of a listener per element.
 * It must never say no to a file that has one: it accepts every tag a front end can turn into a field.
 * It may say yes too often (it ignores case); that only costs time.
 */
const TAG_SHAPES = [
  // Native fields in JSX and in lit `html` templates.
  String.raw`(?:input|textarea|select)(?![\w$-])`,
  // Design-system components by name (`<TextField`, `<Input.Password`, `<Form.Control`).
  // A variant tag (`<Input_Shadcn_`) or what the component adds (`<InputWithLabel`) may follow.
  String.raw`[\w$.:-]*(?:${FIELD_NAME_ENDINGS})(?:${VARIANT_TAG}|${WITH_PART_START}[\w$]*|${BASE_PART})?(?![\w$])`,
  // An app's own inputs named prefix-first (`<InputSocialSecurityNumber`, `<Form.InputSeller`).
  String.raw`(?:[\w$]+\.)?${INPUT_PREFIX}`,
  // Web components in lit templates and JSX (`<sl-input`, `<vaadin-password-field`, `<ion-textarea`, `<vui-textbox`).
  String.raw`[a-z][\da-z]*-[\w-]*(?:input|text-?field|text-?area|text-?box|select|password|otp|date-?picker)`,
];

const BY_SETTINGS = new WeakMap<PluginSettings, readonly RegExp[]>();

/**
 * The field shapes as a few regexes, the settings' own included (mapped component names, the
 * polymorphic prop). Every tag shape shares one regex that starts at `<`; the other two start with
 * a literal. Each regex starts with one character or word, so the scan can skip ahead: one
 * alternation of all three would be tried at every position of the text.
 */
function fieldHintsOf(settings: PluginSettings): readonly RegExp[] {
  let hints = BY_SETTINGS.get(settings);
  if (!hints) {
    const tags = [...TAG_SHAPES];
    const names = Object.keys(settings.components).map(escapeRegExp);
    if (names.length > 0) tags.push(String.raw`(?:${names.join("|")})(?![\w$])`);
    hints = [
      // No `u`: the shapes are ASCII, and irregexp scans a third faster without Unicode case folding.
      new RegExp(`<(?:${tags.join("|")})`, "i"),
      /contenteditable/iu,
      // An app's own field component known only by its props (`<FormElement name="iban" placeholder="IBAN" />`).
      /placeholder=/u,
      new RegExp(`(?<![\\w$])${escapeRegExp(settings.polymorphicPropName)}=\\{?\\s*["'\`](?:input|textarea|select)\\b`, "u"),
    ];
    BY_SETTINGS.set(settings, hints);
  }
  return hints;
}

export function mayRenderField(text: string, settings: PluginSettings): boolean {
  return fieldHintsOf(settings).some((hint) => hint.test(text));
}
