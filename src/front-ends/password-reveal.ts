import type { AttributeValue } from "../core/field.js";

/**
 * Props and attributes that add a show-password button to a password field, so the typed value can
 * turn into visible text: Shoelace and Web Awesome `password-toggle` (`passwordToggle` in React),
 * PrimeNG / PrimeReact `toggleMask`, Element Plus `show-password`, Naive UI `show-password-on`,
 * Fluent UI `canRevealPassword`, Buefy `password-reveal`, Livewire Flux UI `viewable`. Kept as written in each syntax; `isRevealProp` compares them
 * without case, dashes, Angular's binding brackets or Vue's and lit's binding prefixes.
 */
const REVEAL_NAMES: ReadonlySet<string> = new Set(["passwordtoggle", "togglemask", "showpassword", "showpasswordon", "canrevealpassword", "passwordreveal", "viewable"]);
const DECORATION = /[-[\]]/gu;
/**
 * Vue's binding prefix (`:password-reveal="true"`, `v-bind:show-password`) and lit's boolean and
 * property bindings (`?password-toggle=${field.passwordToggle}`, `.passwordToggle=${true}`).
 */
const BINDING_PREFIX = /^(?:v-bind:|[:?.])/u;

export function isRevealProp(name: string): boolean {
  return REVEAL_NAMES.has(name.toLowerCase().replace(BINDING_PREFIX, "").replace(DECORATION, ""));
}

/** Components whose reveal prop makes them a password field whatever their `type`: Element Plus's `<el-input show-password>`. */
const PASSWORD_BY_REVEAL: ReadonlySet<string> = new Set(["el-input"]);

export function revealMakesPassword(elementName: string): boolean {
  return PASSWORD_BY_REVEAL.has(elementName);
}

/**
 * Password components whose show-password button is opt-in: PrimeReact's and PrimeVue's `<Password>`
 * and PrimeNG's `<p-password>` show one only with `toggleMask`. Without it they are a plain password
 * input, which recorders mask; other libraries' password fields (Mantine, Ant Design, Vaadin) show
 * the button by default.
 */
const REVEAL_OPT_IN: ReadonlySet<string> = new Set(["password", "p-password"]);

export function revealIsOptIn(componentName: string): boolean {
  return REVEAL_OPT_IN.has(componentName.toLowerCase());
}

/**
 * A variable named for a password field's type (`passwordFieldType`, `pwdType`, `typePassword`):
 * it exists to be flipped to "text" by a show-password button, the Vue idiom
 * `<input :type="passwordFieldType">` with `passwordFieldType = shown ? "text" : "password"`.
 */
const PASSWORD_TYPE_VARIABLE = /^(?:[\w$]+\.)*(?:[\w$]*(?:password|passwd|pwd|pass(?!port))[\w$]*type|type[\w$]*(?:password|passwd|pwd|pass(?!port))[\w$]*)$/iu;

export function namesPasswordType(expression: string): boolean {
  return PASSWORD_TYPE_VARIABLE.test(expression.trim());
}

/** The type of a password field a show-password button can turn into text. */
export const REVEALABLE_PASSWORD_TYPE: AttributeValue = { kind: "dynamic", candidates: ["password", "text"], mayBeAbsent: false, hasUnknown: false };
