import tsParser from "@typescript-eslint/parser";
import { RuleTester } from "eslint";
import * as svelteParser from "svelte-eslint-parser";
import vueParser from "vue-eslint-parser";
import { describe, expect, it } from "vitest";
import { fileComponentName } from "../src/front-ends/file-component.js";
import plugin from "../src/index.js";
import { createHtmlTester } from "./helpers/rule-tester.js";

/**
 * A template file's component is named by its file: the one field of `OtpInput.svelte` or
 * `InputCreditCard.vue` holds what the name says, when the field's own words say nothing.
 */

const rule = plugin.rules["require-masking"];
const plugins = { "replay-privacy": plugin };
const FULLSTORY = { "replay-privacy": { recorders: ["fullstory"] } };

describe("fileComponentName", () => {
  it("reads the component a template file defines, in Pascal case", () => {
    expect(fileComponentName("/app/src/components/InputCreditCard.vue")).toBe("InputCreditCard");
    expect(fileComponentName("src/app/card-number-input/card-number-input.component.html")).toBe("CardNumberInput");
    expect(fileComponentName("src\\fields\\masterPassword.svelte")).toBe("MasterPassword");
    expect(fileComponentName("resources/views/components/ssn_input.blade.php")).toBe("SsnInput");
    expect(fileComponentName("checkout.tsx")).toBeNull();
    expect(fileComponentName("routes/+page.svelte")).toBeNull();
  });
});

const SSN_INPUT = `<script>\n  export let value = "";\n</script>\n\n<input type="text" bind:value autocomplete="off" />`;
const TWO_FIELDS = `<input type="text" bind:value={a} />\n<input type="text" bind:value={b} />`;
const OWN_WORDS = `<script>\n  let shown = false;\n</script>\n<input id="password" type={shown ? "text" : "password"} bind:value />`;

new RuleTester({ plugins, languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } }, settings: FULLSTORY }).run("require-masking (Svelte file names)", rule, {
  valid: [
    // A name that reads as no field component, and a field component whose name says nothing sensitive.
    { filename: "Signup.svelte", code: SSN_INPUT },
    { filename: "SearchInput.svelte", code: SSN_INPUT },
    // Two fields: the name says what the component is, not what each field holds.
    { filename: "CardNumberInput.svelte", code: TWO_FIELDS },
  ],
  invalid: [
    {
      filename: "UnitedStatesSocialSecurityNumberInput.svelte",
      code: SSN_INPUT,
      errors: [{ messageId: "unmasked", line: 5, column: 2, endLine: 5, endColumn: 7, data: { category: "Government ID", evidence: 'name "UnitedStatesSocialSecurityNumber"' }, suggestions: [{ messageId: "addMarker", output: SSN_INPUT.replace("<input", '<input class="fs-exclude"') }] }],
    },
    {
      // The field's own words outrank the file's: `ToggleInputPassword` is a password, not a toggle.
      filename: "ToggleInputPassword.svelte",
      code: OWN_WORDS,
      errors: [{ messageId: "unmasked", line: 4, column: 2, endLine: 4, endColumn: 7, data: { category: "Credential", evidence: 'type="password"' }, suggestions: [{ messageId: "addMarker", output: OWN_WORDS.replace("<input", '<input class="fs-exclude"') }] }],
    },
  ],
});

const CARD_SFC = `<template>\n  <div class="input-container">\n    <input type="text" inputmode="numeric" :name="formInput.name" />\n  </div>\n</template>\n`;

new RuleTester({ plugins, languageOptions: { parser: vueParser, parserOptions: { parser: tsParser, sourceType: "module" } }, settings: FULLSTORY }).run("require-masking (Vue file names)", rule, {
  valid: [{ filename: "CurrencyInput.vue", code: CARD_SFC }],
  invalid: [
    {
      filename: "InputCreditCard.vue",
      code: CARD_SFC,
      errors: [{ messageId: "unmasked", line: 3, column: 6, endLine: 3, endColumn: 11, data: { category: "Payment card", evidence: 'name "InputCreditCard"' }, suggestions: [{ messageId: "addMarker", output: CARD_SFC.replace("<input", '<input class="fs-exclude"') }] }],
    },
  ],
});

const ANGULAR = `<mat-form-field>\n  <input matInput [formControl]="control" />\n</mat-form-field>`;

createHtmlTester(FULLSTORY).run("require-masking (Angular template file names)", rule, {
  valid: [{ code: ANGULAR, filename: "quantity-input.component.html" }],
  invalid: [
    {
      code: ANGULAR,
      filename: "iban-input.component.html",
      errors: [{ messageId: "unmasked", line: 2, column: 4, endLine: 2, endColumn: 9, data: { category: "Bank account", evidence: 'name "Iban"' }, suggestions: [{ messageId: "addMarker", output: ANGULAR.replace("<input", '<input class="fs-exclude"') }] }],
    },
  ],
});

// ASP.NET Web Forms' two-factor sign-in page, as its project template writes it.
const TWO_FACTOR_PAGE = `<asp:Label Text="Code:" runat="server" AssociatedControlID="Code" />
<asp:TextBox runat="server" ID="Code" CssClass="form-control" />
<asp:CheckBox Text="" ID="RememberBrowser" runat="server" />`;
const CODE_AND_TOKEN = `<form method="POST">
  <input type="text" name="code" placeholder="Code">
  <input type="hidden" name="csrf_token" value="{{.}}">
</form>`;
const OTHER_CODES = `<form>
  <input type="text" name="promo_code" placeholder="Promo code">
  <input type="text" name="phone" placeholder="Phone">
  <input type="text" name="code">
</form>`;

createHtmlTester(FULLSTORY).run("require-masking (a second sign-in step's page names its code)", rule, {
  valid: [
    // A page that asks for no second step: its bare code stays a code.
    { code: TWO_FACTOR_PAGE, filename: "Account/Manage.aspx" },
    // On a verification page, a promo code and a phone number say more than "code".
    { code: OTHER_CODES.replace(`\n  <input type="text" name="code">`, ""), filename: "Views/Account/VerifyCode.cshtml" },
  ],
  invalid: [
    {
      code: TWO_FACTOR_PAGE,
      filename: "Account/TwoFactorAuthenticationSignIn.aspx",
      errors: [{ messageId: "unmasked", line: 2, column: 2, endLine: 2, endColumn: 13, data: { category: "One-time code", evidence: 'name "TwoFactorAuthenticationSignIn"' }, suggestions: [{ messageId: "addMarker", output: TWO_FACTOR_PAGE.replace(`CssClass="form-control"`, `CssClass="form-control fs-exclude"`) }] }],
    },
    {
      // The page is read as a name once, whatever field comes first (here the list of providers to send the code by).
      code: `<asp:DropDownList runat="server" ID="Providers"></asp:DropDownList>\n${TWO_FACTOR_PAGE}`,
      filename: "Account/TwoFactorAuthenticationSignIn.aspx",
      errors: [{ messageId: "unmasked", line: 3, column: 2, endLine: 3, endColumn: 13, data: { category: "One-time code", evidence: 'name "TwoFactorAuthenticationSignIn"' }, suggestions: [{ messageId: "addMarker", output: `<asp:DropDownList runat="server" ID="Providers"></asp:DropDownList>\n${TWO_FACTOR_PAGE.replace(`CssClass="form-control"`, `CssClass="form-control fs-exclude"`)}` }] }],
    },
    {
      // A CSRF token on the page does not speak for it; the bare code does take the page's name.
      code: CODE_AND_TOKEN,
      filename: "html-templates/totp2fa_validate.tpl",
      errors: [{ messageId: "unmasked", line: 2, column: 4, endLine: 2, endColumn: 9, data: { category: "One-time code", evidence: 'name "totp2fa_validate"' }, suggestions: [{ messageId: "addMarker", output: CODE_AND_TOKEN.replace(`<input type="text" name="code"`, `<input class="fs-exclude" type="text" name="code"`) }] }],
    },
    {
      code: OTHER_CODES,
      filename: "Views/Account/VerifyCode.cshtml",
      errors: [{ messageId: "unmasked", line: 4, column: 4, endLine: 4, endColumn: 9, data: { category: "One-time code", evidence: 'name "VerifyCode"' }, suggestions: [{ messageId: "addMarker", output: OTHER_CODES.replace(`<input type="text" name="code">`, `<input class="fs-exclude" type="text" name="code">`) }] }],
    },
  ],
});

// A form named for the second step says the same of its bare code, in any file (an htmx 2FA form in PHP).
const TWO_FACTOR_FORM = `<form method="POST" id="form-register-2fa" hx-post="<?=route('2fa.code')?>">
  <input type="tel" placeholder="Enter your code" name="code" maxlength="6" />
</form>`;
const OTHER_FORMS = `<form action="/checkout/apply" id="promo-form"><input type="text" placeholder="Enter your code" name="code" /></form>
<div class="auth-page"><form id="login-form"><input name="code" placeholder="Company code" /></form></div>`;

createHtmlTester(FULLSTORY).run("require-masking (a second sign-in step's form names its code)", rule, {
  // A promo form's code, and a company code on a sign-in page, are no one-time codes.
  valid: [{ code: OTHER_FORMS, filename: "templates/checkout.php" }],
  invalid: [
    {
      code: TWO_FACTOR_FORM,
      filename: "templates/auth/form/keypad.php",
      errors: [{ messageId: "unmasked", line: 2, column: 4, endLine: 2, endColumn: 9, data: { category: "One-time code", evidence: 'name "form-register-2fa"' }, suggestions: [{ messageId: "addMarker", output: TWO_FACTOR_FORM.replace(`<input type="tel"`, `<input class="fs-exclude" type="tel"`) }] }],
    },
  ],
});
