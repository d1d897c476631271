import { classifyField, staticType } from "../core/classify.js";
import { attributeText, type Field } from "../core/field.js";
import { tokenize } from "../core/tokens.js";
import { namesItselfNowhere } from "./file-component.js";

/**
 * A bare "Code" field on a second sign-in step is the one-time code: the step is named by the page's
 * file name or by the form (or another element) around the field.
 */

/** A page's file name before its extensions (`TwoFactorAuthenticationSignIn.aspx`, `totp2fa_validate.tpl`, `VerifyCode.cshtml`). */
const PAGE_NAME = /(?:^|[/\\])([A-Za-z][\w-]*)(?:\.[\w-]+)+$/u;
/** The words of a field that asks only for "a code" (`name="code"`, "Code:", `ID="Code"`); a promo or postal code says more. */
const CODE_WORDS: ReadonlySet<string> = new Set(["code", "token"]);
const PLAIN_WORDS: ReadonlySet<string> = new Set(["enter", "your", "the", "a", "verification", "verify", "security", "auth", "authentication", "input", "txt", "text", "field", "value"]);
const TEXT_TAGS: ReadonlySet<string> = new Set(["input", "textarea"]);
/** A word a sign-in step's page name holds (`TwoFactor`, `2fa`, `totp`, `Verify`), checked before any field is read. */
const SIGN_IN_STEP_WORD = /factor|2fa|otp|mfa|verif|one.?time|code|token|auth/iu;

/**
 * A template page named for a second sign-in step (`TwoFactorAuthenticationSignIn.aspx`, ASP.NET's
 * `VerifyCode.cshtml`, `totp2fa_validate.tpl`) says what its bare "Code" field holds: the one-time code.
 * Only a text field whose own words are a code and nothing more that is sensitive takes the page's name.
 */
export function withOneTimeCodePage(fields: Field[], filename: string): Field[] {
  const page = PAGE_NAME.exec(filename)?.[1];
  if (!page || !SIGN_IN_STEP_WORD.test(page)) return fields;
  let pageNamesCode: boolean | null = null;
  return fields.map((field) => {
    if (!TEXT_TAGS.has(field.tag) || !asksForACode(field) || !namesItselfNowhere(field)) return field;
    pageNamesCode ??= namesOneTimeCode(page, field);
    return pageNamesCode ? { ...field, identifiers: [...field.identifiers, page] } : field;
  });
}

/** Attributes that name a form or a section for what it does (`<form id="form-register-2fa" hx-post="/2fa/code">`). */
const STEP_NAMING_ATTRIBUTES = ["id", "name", "action", "hx-post", "class"] as const;

/**
 * A form (or another element around the field) named for a second sign-in step says what its bare
 * "Code" field holds, as the page's name does: `<form id="form-register-2fa">` around `<input name="code">`.
 */
export function withOneTimeCodeForm(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (!TEXT_TAGS.has(field.tag)) return field;
    const steps = stepNamesAround(field);
    if (steps.length === 0 || !asksForACode(field) || !namesItselfNowhere(field)) return field;
    const step = steps.find((name) => namesOneTimeCode(name, field));
    return step === undefined ? field : { ...field, identifiers: [...field.identifiers, step] };
  });
}

/** The names of the field's ancestors that hold a sign-in step's word, nearest first (a text check only). */
function stepNamesAround(field: Field): string[] {
  const names: string[] = [];
  for (const ancestor of field.ancestors) {
    for (const attribute of STEP_NAMING_ATTRIBUTES) {
      const text = attributeText(ancestor, attribute);
      if (text !== null && SIGN_IN_STEP_WORD.test(text)) names.push(text);
    }
  }
  return names;
}

/** The name alone, read as this field's name, is a one-time code's: the field's own words (a CSRF token) do not count. */
function namesOneTimeCode(name: string, field: Field): boolean {
  return classifyField({ ...field, identifiers: [name], labels: [], groupLabel: null, attributes: new Map() }).some(
    (signal) => signal.category === "one-time-code" && signal.strength !== "weak",
  );
}

/** Types that hold no typed code, or a password the recorders mask anyway. */
const NOT_A_CODE_TYPE: ReadonlySet<string | null> = new Set(["password", "checkbox", "radio", "hidden"]);

function asksForACode(field: Field): boolean {
  if (NOT_A_CODE_TYPE.has(staticType(field))) return false;
  const texts = [...field.identifiers, ...field.labels, attributeText(field, "name"), attributeText(field, "id"), attributeText(field, "placeholder")];
  const tokens = texts.flatMap((text) => (text === null ? [] : tokenize(text).tokens));
  return tokens.some((token) => CODE_WORDS.has(token)) && tokens.every((token) => CODE_WORDS.has(token) || PLAIN_WORDS.has(token));
}
