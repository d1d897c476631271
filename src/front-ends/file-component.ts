import { classifyField } from "../core/classify.js";
import type { Field } from "../core/field.js";
import { componentNameEvidence, type ComponentSettings, resolveComponentField } from "./jsx/components.js";

/** A template file's base name (`InputCreditCard.vue`, `ssn-input.component.html`, `card-input.blade.php`). */
const BASE_NAME = /(?:^|[/\\])([A-Za-z][\w-]*)(?:\.component\.html?|\.blade\.php|\.(?:vue|svelte|html?))$/u;
const KEBAB_PART = /(?:^|[-_])([a-z\d])/gu;
const LOWER_START = /^[a-z]/u;

/**
 * The component a template file defines, named by its file: `InputCreditCard.vue`, and Angular's
 * `card-number-input.component.html` and a Blade component's `card-input.blade.php` in Pascal case. Null for other files.
 */
export function fileComponentName(filename: string): string | null {
  const base = BASE_NAME.exec(filename)?.[1];
  if (!base) return null;
  return base.includes("-") || base.includes("_") || LOWER_START.test(base) ? base.replace(KEBAB_PART, (_, letter: string) => letter.toUpperCase()) : base;
}

/**
 * A template file whose component renders one field says what that field holds by its name, as a JSX
 * component does: `InputCreditCard.vue` around `<input :name="formInput.name" inputmode="numeric">`. Only a
 * name that reads as a field component's counts (`...Input`, `Input...`, `...Field`), and only for a field
 * whose own words say nothing: they outrank its file's (`ToggleInputPassword.vue` is no toggle).
 */
export function withFileComponent(fields: Field[], filename: string, settings: ComponentSettings): Field[] {
  if (fields.length !== 1 || !namesItselfNowhere(fields[0]!)) return fields;
  const name = fileComponentName(filename);
  if (name === null || !resolveComponentField(name, null, settings)?.nameIsEvidence) return fields;
  const field = fields[0]!;
  return [{ ...field, identifiers: [...field.identifiers, componentNameEvidence(name)] }];
}

/** Nothing of the field's own but weak hints says what it holds (a shape, a placeholder). */
export function namesItselfNowhere(field: Field): boolean {
  return classifyField(field).every((signal) => signal.strength === "weak");
}
