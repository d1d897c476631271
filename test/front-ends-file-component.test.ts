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
