/**
 * Props and attributes that add a show-password button to a password field, so the typed value can
 * turn into visible text: Shoelace and Web Awesome `password-toggle` (`passwordToggle` in React),
 * PrimeNG / PrimeReact `toggleMask`, Element Plus `show-password`, Naive UI `show-password-on`,
 * Fluent UI `canRevealPassword`. Kept as written in each syntax; `isRevealProp` compares them
 * without case, dashes or Angular's binding brackets.
 */
const REVEAL_NAMES: ReadonlySet<string> = new Set(["passwordtoggle", "togglemask", "showpassword", "showpasswordon", "canrevealpassword"]);
const DECORATION = /[-[\]]/gu;

export function isRevealProp(name: string): boolean {
  return REVEAL_NAMES.has(name.toLowerCase().replace(DECORATION, ""));
}
