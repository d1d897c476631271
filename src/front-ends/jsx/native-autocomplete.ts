/**
 * React Native names autofill hints its own way: Android's `autoComplete` tokens (`sms-otp`,
 * `password-new`, `birthdate-full`) and iOS's `textContentType` (`oneTimeCode`, `creditCardNumber`).
 * Each maps to the HTML autocomplete token that says the same, so a field is read as on the web.
 */
import type { AttributeValue } from "../../core/field.js";

/** `autoComplete` values that React Native spells differently from HTML. */
const ANDROID_TOKENS: ReadonlyMap<string, string> = new Map([
  ["sms-otp", "one-time-code"],
  ["password-new", "new-password"],
  ["birthdate-full", "bday"],
  ["birthdate-day", "bday-day"],
  ["birthdate-month", "bday-month"],
  ["birthdate-year", "bday-year"],
]);

/** iOS `textContentType` values with an HTML autocomplete equivalent. */
const IOS_CONTENT_TYPES: ReadonlyMap<string, string> = new Map([
  ["oneTimeCode", "one-time-code"],
  ["password", "current-password"],
  ["newPassword", "new-password"],
  ["creditCardNumber", "cc-number"],
  ["creditCardSecurityCode", "cc-csc"],
  ["creditCardExpiration", "cc-exp"],
  ["creditCardExpirationMonth", "cc-exp-month"],
  ["creditCardExpirationYear", "cc-exp-year"],
  ["creditCardName", "cc-name"],
  ["birthdate", "bday"],
  ["birthdateDay", "bday-day"],
  ["birthdateMonth", "bday-month"],
  ["birthdateYear", "bday-year"],
]);

/**
 * The HTML autocomplete token a React Native field's hints give, or null: its `autoComplete` when
 * React Native spells it differently, else its `textContentType`.
 */
export function nativeAutocomplete(autocomplete: AttributeValue | undefined, textContentType: AttributeValue | undefined): string | null {
  if (autocomplete?.kind === "static") return ANDROID_TOKENS.get(autocomplete.value.trim()) ?? null;
  if (autocomplete === undefined && textContentType?.kind === "static") return IOS_CONTENT_TYPES.get(textContentType.value.trim()) ?? null;
  return null;
}
