import { readFileSync } from "node:fs";
import tsParser from "@typescript-eslint/parser";
import { ESLint, Linter, RuleTester } from "eslint";
import { Linter as Linter9 } from "eslint-v9";
import * as svelteParser from "svelte-eslint-parser";
import { describe, expect, it } from "vitest";
import { CATEGORY_LABELS } from "../src/data/lexicon.js";
import { isSvelteSource } from "../src/front-ends/svelte.js";
import plugin from "../src/index.js";
import { createJsxTester } from "./helpers/rule-tester.js";

/**
 * The Svelte front end: `.svelte` files parsed by svelte-eslint-parser (with typescript-eslint for
 * `<script lang="ts">`), read through the markup front end.
 */

const requireMasking = plugin.rules["require-masking"];
const noUnmaskSensitive = plugin.rules["no-unmask-sensitive"];
const plugins = { "replay-privacy": plugin };
const FULLSTORY = { "replay-privacy": { recorders: ["fullstory"] } };
const LOGROCKET = { "replay-privacy": { recorders: ["logrocket"] } };
const BOTH = { "replay-privacy": { recorders: ["fullstory", "logrocket"] } };

function svelteTester(settings: Record<string, unknown>): RuleTester {
  return new RuleTester({ plugins, languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } }, settings });
}

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/svelte/${name}`, import.meta.url), "utf8");

/** `code` with `text` inserted at a 1-based line and a 1-based column (ESLint's endColumn of the tag name). */
function insertAt(code: string, line: number, column: number, text: string): string {
  let offset = 0;
  for (let current = 1; current < line; current++) offset = code.indexOf("\n", offset) + 1;
  offset += column - 1;
  return code.slice(0, offset) + text + code.slice(offset);
}

const FS_EXCLUDE = ' class="fs-exclude"';

interface ExpectedReport {
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Output of each suggestion, in order; omitted when the suggestions are not under test. */
  outputs?: string[];
}

/**
 * Lints with the Linter rather than RuleTester where a finding's suggestions are not under test:
 * for a class bound under a condition (`class:fs-exclude={hide}`), the suggested static class does
 * not help at run time (the directive still removes it), so those suggestions are not asserted.
 */
function expectReports(code: string, rule: string, settings: Record<string, unknown>, expected: ExpectedReport[]): void {
  const linter = new Linter({ configType: "flat" });
  const config: Linter.Config[] = [
    { files: ["**/*.svelte"], plugins, languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } }, settings, rules: { [`replay-privacy/${rule}`]: "error" } },
  ];
  const messages = linter.verify(code, config, { filename: "Fixture.svelte" });
  expect(messages.map(({ messageId, line, column, endLine, endColumn }) => ({ messageId, line, column, endLine, endColumn }))).toEqual(
    expected.map(({ messageId, line, column, endLine, endColumn }) => ({ messageId, line, column, endLine, endColumn })),
  );
  expected.forEach((report, index) => {
    if (!report.outputs) return;
    const outputs = (messages[index]!.suggestions ?? []).map(({ fix }) => code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]));
    expect(outputs).toEqual(report.outputs);
    // Every suggestion leaves a component the parser still accepts.
    for (const output of outputs) expect(linter.verify(output, config, { filename: "Fixture.svelte" }).filter((m) => m.fatal)).toEqual([]);
  });
}

describe("SvelteKit checkout (fixture)", () => {
  const code = fixture("routes/checkout/+page.svelte");

  it("reports the unmasked card number and the conditionally masked CVC", () => {
    expectReports(code, "require-masking", BOTH, [
      { messageId: "unmasked", line: 14, column: 4, endLine: 14, endColumn: 9, outputs: [insertAt(code, 14, 9, FS_EXCLUDE), insertAt(code, 14, 9, " data-private")] },
      // `class:fs-exclude={hideCvc}` only applies while hideCvc is true.
      { messageId: "conditional", line: 20, column: 4, endLine: 20, endColumn: 9 },
    ]);
  });

  it("counts only the configured recorder's markers", () => {
    // With LogRocket alone, fs-exclude does not count; the data-private <div> around {#if} does.
    expectReports(code, "require-masking", LOGROCKET, [
      { messageId: "unmasked", line: 14, column: 4, endLine: 14, endColumn: 9, outputs: [insertAt(code, 14, 9, " data-private")] },
      { messageId: "unmasked", line: 17, column: 6, endLine: 17, endColumn: 11, outputs: [insertAt(code, 17, 11, " data-private")] },
      { messageId: "unmasked", line: 20, column: 4, endLine: 20, endColumn: 9, outputs: [insertAt(code, 20, 9, " data-private")] },
    ]);
  });

  it("names the category and the evidence", () => {
    const linter = new Linter({ configType: "flat" });
    const config: Linter.Config = { files: ["**/*.svelte"], plugins, languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } }, settings: BOTH, rules: { "replay-privacy/require-masking": "error" } };
    const [, cvc] = linter.verify(code, [config], { filename: "+page.svelte" });
    expect(cvc?.message).toBe('Card security code / PIN field (autocomplete="cc-csc") is masked only under a condition (class "fs-exclude"). Make the marker unconditional.');
  });
});

describe("SvelteKit signup with a show-password toggle (fixture)", () => {
  const code = fixture("routes/signup/+page.svelte");
  svelteTester(FULLSTORY).run("require-masking", requireMasking, {
    valid: [],
    invalid: [
      {
        code,
        filename: "src/routes/signup/+page.svelte",
        // The toggled field is reported; the static type="password" one is masked by every recorder.
        errors: [{ messageId: "unmasked", line: 12, column: 4, endLine: 12, endColumn: 9, suggestions: [{ messageId: "addMarker", output: insertAt(code, 12, 9, FS_EXCLUDE) }] }],
      },
    ],
  });
  it("reads markers bound under a condition as conditional", () => {
    // The suggestion replaces the bound attribute (a second `data-private` would not compile).
    expectReports('<input name="cvc" autocomplete="cc-csc" data-private={maskInputs} />', "require-masking", LOGROCKET, [
      { messageId: "conditional", line: 1, column: 2, endLine: 1, endColumn: 7, outputs: ['<input name="cvc" autocomplete="cc-csc" data-private />'] },
    ]);
    expectReports("<input bind:value={cardNumber} class={{ 'fs-exclude': hide }} />", "require-masking", FULLSTORY, [
      { messageId: "conditional", line: 1, column: 2, endLine: 1, endColumn: 7, outputs: [] },
    ]);
    expectReports("<input bind:value={cardNumber} class=\"fs-{variant}\" />", "require-masking", FULLSTORY, [
      { messageId: "unmasked", line: 1, column: 2, endLine: 1, endColumn: 7, outputs: [] },
    ]);
  });

  svelteTester(FULLSTORY).run("no-unmask-sensitive", noUnmaskSensitive, { valid: [{ code, filename: "src/routes/signup/+page.svelte" }], invalid: [] });
});

const FORMSNAP_SSN = '<Form.Field {form} name="ssn">\n  <Form.Control let:attrs>\n    <Form.Label>SSN</Form.Label>\n    <Input {...attrs} bind:value={$formData.ssn} />\n  </Form.Control>\n</Form.Field>';

describe("Svelte template syntax", () => {
  svelteTester(FULLSTORY).run("require-masking", requireMasking, {
    valid: [
      "<input bind:value={cardNumber} class:fs-exclude={true} />",
      "<input bind:value={cardNumber} class=\"fs-exclude {extra}\" />",
      // Markers on an element around blocks and components reach the fields inside them.
      `<div class="fs-exclude">
  {#each cards as card (card.id)}<input bind:value={card.number} />{/each}
  {#await saved}<input autocomplete="cc-number" />{:then card}<input autocomplete="cc-csc" />{:catch error}<input autocomplete="cc-exp" />{/await}
  {#key step}<input autocomplete="cc-number" />{/key}
  {#snippet row()}<input autocomplete="cc-number" />{/snippet}
  <Card><input autocomplete="cc-number" /></Card>
</div>`,
      '<input type="password" name="password" />',
      // Design-system detection switched off: only components mapped in settings are read.
      {
        code: '<Input bind:value={cardNumber} autocomplete="cc-number" />\n<FieldGroupText placeholder="IBAN" bind:value={iban} />',
        settings: { "replay-privacy": { recorders: ["fullstory"], detectDesignSystemFields: false } },
      },
      // A field component that wraps the native input is a wrapper; the input is the field (static password).
      '<Field class="form-field" name="password" let:uniqueId>\n  <label for={uniqueId}>New password</label>\n  <input type="password" id={uniqueId} bind:value={password} />\n</Field>',
      // So is formsnap's Form.Field (and its Form.Control) around a field component: a static password again.
      '<Form.Field {form} name="password">\n  <Form.Control let:attrs>\n    <Form.Label>Password</Form.Label>\n    <Input {...attrs} type="password" bind:value={$formData.password} />\n  </Form.Control>\n</Form.Field>',
      // A component bound to a value under the IBAN's object names that value (an amount), not the IBAN; one without
      // a placeholder is no text field (a card's picture showing the number typed elsewhere).
      '<FieldGroup><FieldGroupLabel>Amount</FieldGroupLabel><FieldGroupNumber placeholder="e.g. 3.14" bind:value={$constructor.iban.params.amount.value} /></FieldGroup>',
      '<CardArt bind:value={$form.cardNumber} />',
      // Choice components and other components are not fields.
      '<Checkbox name="disability" label="I have a disability" />\n<Card title="Card number" />',
      // A script without markup.
      '<script>\n  let cardNumber = $state("");\n</script>\n\n<p>{cardNumber}</p>',
      // An `inputType` bound to an enum member says no password (Immich's settings fields).
      '<SettingInputField inputType={SettingInputFieldType.TEXT} label={$t("host")} bind:value={config.smtp.host} />',
      // A bound type the script only ever sets to "password" is a plain password field.
      '<script>\n  let kind = "password";\n</script>\n<input type={kind} name="pw" />',
      // A text input bound to another value than the password input's is no twin of it.
      '{#if !shown}<input bind:value={password} type="password" />{:else}<input bind:value={hint} type="text" />{/if}',
      // The component's script reveals another field, not this one.
      '<script>\n  function reveal() { document.querySelector("#api-key").type = "text"; }\n</script>\n<input id="password-input" type="password" bind:value={password} />',
    ],
    invalid: [
      {
        // Any component bound two ways that shows a placeholder takes typed text.
        code: '<FieldGroup>\n  <FieldGroupLabel>IBAN *</FieldGroupLabel>\n  <FieldGroupText placeholder="e.g. IE12BOFI90000112345678" bind:value={$constructor.iban.iban} />\n</FieldGroup>',
        errors: [{ messageId: "unmasked", line: 3, column: 4, endColumn: 18, data: { category: "Bank account", evidence: 'name "$constructor.iban.iban"' }, suggestions: [{ messageId: "addMarker", output: '<FieldGroup>\n  <FieldGroupLabel>IBAN *</FieldGroupLabel>\n  <FieldGroupText class="fs-exclude" placeholder="e.g. IE12BOFI90000112345678" bind:value={$constructor.iban.iban} />\n</FieldGroup>' }] }],
      },
      {
        // The field component inside formsnap's wrappers is the field, reported once.
        code: FORMSNAP_SSN,
        errors: [{ messageId: "unmasked", line: 4, column: 6, endColumn: 11, data: { category: "Government ID", evidence: 'name "$formData.ssn"' }, suggestions: [{ messageId: "addMarker", output: FORMSNAP_SSN.replace("<Input ", '<Input class="fs-exclude" ') }] }],
      },
      {
        // The component's own script shows the password: `document.querySelector('#password-input').type = 'text'`.
        code: "<script>\n  function togglePasswordVisibility() {\n    const passwordInput = document.querySelector('#password-input');\n    passwordInput.type = 'text';\n  }\n</script>\n<input id=\"password-input\" type=\"password\" bind:value={password} />",
        errors: [{ messageId: "unmasked", line: 7, column: 2, endColumn: 7, data: { category: "Credential", evidence: 'type="password"' }, suggestions: [{ messageId: "addMarker", output: "<script>\n  function togglePasswordVisibility() {\n    const passwordInput = document.querySelector('#password-input');\n    passwordInput.type = 'text';\n  }\n</script>\n<input class=\"fs-exclude\" id=\"password-input\" type=\"password\" bind:value={password} />" }] }],
      },
      {
        // Svelte needs a static type with bind:value, so a show-password toggle swaps in a text input bound
        // to the same value: that twin shows the password.
        code: '{#if !showPassword}\n  <input id={label} bind:value type="password" />\n{:else}\n  <input id="text" bind:value type="text" />\n{/if}',
        errors: [{ messageId: "unmasked", line: 4, column: 4, endColumn: 9, data: { category: "Credential", evidence: 'type="password"' }, suggestions: [{ messageId: "addMarker", output: '{#if !showPassword}\n  <input id={label} bind:value type="password" />\n{:else}\n  <input class="fs-exclude" id="text" bind:value type="text" />\n{/if}' }] }],
      },
      {
        // A class inside an expression part of the class attribute is conditional; a dynamic class
        // attribute cannot be extended safely, so no class suggestion is offered.
        code: "<input bind:value={cardNumber} class=\"input {hide ? 'fs-exclude' : ''}\" />",
        errors: [{ messageId: "conditional", suggestions: [] }],
      },
      {
        code: "<input bind:value={$form.cardNumber} class={hide ? 'fs-exclude' : undefined} />",
        errors: [{ messageId: "conditional", data: { category: "Payment card", evidence: 'name "$form.cardNumber"', marker: 'class "fs-exclude"' }, suggestions: [] }],
      },
      {
        // Label text around the field; an existing static class is extended.
        code: "<label>\n  Card number\n  <input class='field' bind:value={number} />\n</label>",
        errors: [{ messageId: "unmasked", line: 3, column: 4, endColumn: 9, suggestions: [{ messageId: "addMarker", output: "<label>\n  Card number\n  <input class='field fs-exclude' bind:value={number} />\n</label>" }] }],
      },
      {
        code: "<label for=\"cc\">Card number</label>\n<input id=\"cc\" class=field {placeholder} />",
        errors: [{ messageId: "unmasked", line: 2, column: 2, suggestions: [{ messageId: "addMarker", output: "<label for=\"cc\">Card number</label>\n<input id=\"cc\" class=\"field fs-exclude\" {placeholder} />" }] }],
      },
      {
        // An expression in a label is read for its literal, as template text is in HTML files.
        code: '<label for="c">{$t("checkout.cardNumber")}</label>\n<input id="c" />',
        errors: [
          {
            messageId: "unmasked",
            data: { category: "Payment card", evidence: 'label "checkout.cardNumber"' },
            line: 2,
            column: 2,
            suggestions: [{ messageId: "addMarker", output: '<label for="c">{$t("checkout.cardNumber")}</label>\n<input class="fs-exclude" id="c" />' }],
          },
        ],
      },
      {
        // A checkbox group's bound variable names what the group collects; `toppings` names nothing sensitive.
        code: '<input type="checkbox" bind:group={healthConditions} value="Disability" />\n<input type="checkbox" bind:group={toppings} value="Cheese" />',
        errors: [{ messageId: "unmasked", data: { category: "Health data", evidence: 'name "healthConditions"' }, line: 1, column: 2, suggestions: [{ messageId: "addMarker", output: '<input class="fs-exclude" type="checkbox" bind:group={healthConditions} value="Disability" />\n<input type="checkbox" bind:group={toppings} value="Cheese" />' }] }],
      },
      {
        // Svelte's show-password idiom: `{type}` bound to a reactive declaration (`type` cannot sit beside bind:value).
        code: '<script>\n  let shown = false;\n  $: type = shown ? "text" : "password";\n</script>\n<input {type} on:input={onInput} />',
        errors: [{ messageId: "unmasked", data: { category: "Credential", evidence: 'type="password"' }, line: 5, column: 2, suggestions: [{ messageId: "addMarker", output: '<script>\n  let shown = false;\n  $: type = shown ? "text" : "password";\n</script>\n<input class="fs-exclude" {type} on:input={onInput} />' }] }],
      },
      {
        // ...or a variable a handler flips.
        code: '<script>\n  let inputType = "password";\n  const toggle = () => { inputType = inputType === "password" ? "text" : "password"; };\n</script>\n<input type={inputType} />',
        errors: [{ messageId: "unmasked", data: { category: "Credential", evidence: 'type="password"' }, line: 5, column: 2, suggestions: [{ messageId: "addMarker", output: '<script>\n  let inputType = "password";\n  const toggle = () => { inputType = inputType === "password" ? "text" : "password"; };\n</script>\n<input class="fs-exclude" type={inputType} />' }] }],
      },
      {
        // A spread may add attributes we cannot see, but never turns a known field harmless.
        code: "<input {...rest} autocomplete=\"cc-number\" />",
        errors: [{ messageId: "unmasked", suggestions: [{ messageId: "addMarker", output: "<input class=\"fs-exclude\" {...rest} autocomplete=\"cc-number\" />" }] }],
      },
      {
        // Every kind of block, component content and <svelte:boundary> is walked.
        code: [
          "{#each cards as card (card.id)}<input autocomplete=\"cc-number\" />{:else}<input autocomplete=\"cc-csc\" />{/each}",
          "{#await saved}<input autocomplete=\"cc-exp\" />{:then card}<input autocomplete=\"cc-number\" />{:catch error}<input autocomplete=\"cc-csc\" />{/await}",
          "{#key step}<input autocomplete=\"cc-exp\" />{/key}{#snippet row()}<input autocomplete=\"cc-number\" />{/snippet}",
          "<Card><input autocomplete=\"cc-csc\" /></Card><svelte:boundary><input autocomplete=\"cc-exp\" /></svelte:boundary>",
        ].join("\n"),
        errors: [
          { messageId: "unmasked", line: 1, column: 33 },
          { messageId: "unmasked", line: 1, column: 74 },
          { messageId: "unmasked", line: 2, column: 16 },
          { messageId: "unmasked", line: 2, column: 59 },
          { messageId: "unmasked", line: 2, column: 107 },
          { messageId: "unmasked", line: 3, column: 13 },
          { messageId: "unmasked", line: 3, column: 66 },
          { messageId: "unmasked", line: 4, column: 8 },
          { messageId: "unmasked", line: 4, column: 63 },
        ].map((error) => ({ ...error, suggestions: 1 })),
      },
      {
        // Fields inside blocks keep their own locations.
        code: "{#if paying}\n  <input autocomplete=\"cc-number\" />\n{:else if saving}\n  <textarea autocomplete=\"cc-csc\"></textarea>\n{/if}",
        errors: [
          { messageId: "unmasked", line: 2, column: 4, suggestions: [{ messageId: "addMarker", output: "{#if paying}\n  <input class=\"fs-exclude\" autocomplete=\"cc-number\" />\n{:else if saving}\n  <textarea autocomplete=\"cc-csc\"></textarea>\n{/if}" }] },
          { messageId: "unmasked", line: 4, column: 4, suggestions: [{ messageId: "addMarker", output: "{#if paying}\n  <input autocomplete=\"cc-number\" />\n{:else if saving}\n  <textarea class=\"fs-exclude\" autocomplete=\"cc-csc\"></textarea>\n{/if}" }] },
        ],
      },
      {
        // Design-system fields are read by name, like in JSX: the component's name and label prop count.
        code: '<form>\n  <CardNumberField id="cc" bind:value={number} />\n  <InputField name="holder" label="Cardholder name" />\n</form>',
        settings: { "replay-privacy": { recorders: ["fullstory"] } },
        errors: [
          { messageId: "unmasked", line: 2, column: 4, endColumn: 19, suggestions: [{ messageId: "addMarker", output: '<form>\n  <CardNumberField class="fs-exclude" id="cc" bind:value={number} />\n  <InputField name="holder" label="Cardholder name" />\n</form>' }] },
          { messageId: "unmasked", line: 3, column: 4, endColumn: 14, suggestions: [{ messageId: "addMarker", output: '<form>\n  <CardNumberField id="cc" bind:value={number} />\n  <InputField class="fs-exclude" name="holder" label="Cardholder name" />\n</form>' }] },
        ],
      },
      {
        // A component mapped to a native field in settings is read like one.
        code: "<Input bind:value={cardNumber} />",
        settings: { "replay-privacy": { recorders: ["fullstory"], components: { Input: "input" } } },
        errors: [{ messageId: "unmasked", line: 1, column: 2, endColumn: 7, suggestions: [{ messageId: "addMarker", output: '<Input class="fs-exclude" bind:value={cardNumber} />' }] }],
      },
      {
        // Windows line endings.
        code: "<form>\r\n  <label for=\"n\">Card number</label>\r\n  <input id=\"n\" />\r\n</form>",
        errors: [{ messageId: "unmasked", line: 3, column: 4, endColumn: 9, suggestions: [{ messageId: "addMarker", output: "<form>\r\n  <label for=\"n\">Card number</label>\r\n  <input class=\"fs-exclude\" id=\"n\" />\r\n</form>" }] }],
      },
    ],
  });

  it("reads markers bound under a condition as conditional", () => {
    // The suggestion replaces the bound attribute (a second `data-private` would not compile).
    expectReports('<input name="cvc" autocomplete="cc-csc" data-private={maskInputs} />', "require-masking", LOGROCKET, [
      { messageId: "conditional", line: 1, column: 2, endLine: 1, endColumn: 7, outputs: ['<input name="cvc" autocomplete="cc-csc" data-private />'] },
    ]);
    expectReports("<input bind:value={cardNumber} class={{ 'fs-exclude': hide }} />", "require-masking", FULLSTORY, [
      { messageId: "conditional", line: 1, column: 2, endLine: 1, endColumn: 7, outputs: [] },
    ]);
    expectReports("<input bind:value={cardNumber} class=\"fs-{variant}\" />", "require-masking", FULLSTORY, [
      { messageId: "unmasked", line: 1, column: 2, endLine: 1, endColumn: 7, outputs: [] },
    ]);
  });

  svelteTester(FULLSTORY).run("no-unmask-sensitive", noUnmaskSensitive, {
    valid: ['<div class="fs-unmask"><input name="coupon" /></div>'],
    invalid: [
      {
        code: '<fieldset class="fs-unmask">\n  <legend>Payment</legend>\n  {#if paying}<input autocomplete="cc-number" />{/if}\n</fieldset>',
        errors: [
          {
            messageId: "unmaskedByAncestor",
            line: 3,
            column: 16,
            suggestions: [{ messageId: "addMask", output: '<fieldset class="fs-unmask">\n  <legend>Payment</legend>\n  {#if paying}<input class="fs-exclude" autocomplete="cc-number" />{/if}\n</fieldset>' }],
          },
        ],
      },
    ],
  });
});

describe("Svelte files without the Svelte parser", () => {
  // The plugin's own HTML language reads a .svelte file as markup: plain attributes and
  // `bind:value` still work, Svelte expressions do not (hence the adapter).
  it("still reads plain attributes and bind:value under the plugin's HTML language", () => {
    const linter = new Linter({ configType: "flat" });
    const messages = linter.verify(
      fixture("routes/checkout/+page.svelte"),
      [{ files: ["**/*.svelte"], plugins, language: "replay-privacy/html", settings: FULLSTORY, rules: { "replay-privacy/require-masking": "error" } }],
      { filename: "+page.svelte" },
    );
    // The same three findings as the adapter gives with FullStory alone (data-private is not
    // FullStory's marker); Svelte expressions are where the two readings part (see the corpus).
    expect(messages.map((m) => [m.messageId, m.line, m.column])).toEqual([
      ["unmasked", 14, 4],
      ["conditional", 20, 4],
      ["unmasked", 24, 8],
    ]);
    expectReports(fixture("routes/checkout/+page.svelte"), "require-masking", FULLSTORY, [
      { messageId: "unmasked", line: 14, column: 4, endLine: 14, endColumn: 9 },
      { messageId: "conditional", line: 20, column: 4, endLine: 20, endColumn: 9 },
      { messageId: "unmasked", line: 24, column: 8, endLine: 24, endColumn: 13 },
    ]);
  });

  createJsxTester(FULLSTORY).run("require-masking (espree)", requireMasking, {
    valid: ["export const payment = { cardNumber: '', cvc: '' };"],
    invalid: [],
  });

  it("recognises Svelte only by the parser's services", () => {
    expect(isSvelteSource({})).toBe(false);
    expect(isSvelteSource({ parserServices: {} })).toBe(false);
    expect(isSvelteSource({ parserServices: { isSvelte: true } })).toBe(true);
  });
});

describe("JSX corpus forms rewritten as Svelte components", () => {
  // [JSX original in test/corpus/jsx, Svelte rewrite in test/fixtures/svelte/corpus]
  const PAIRS = [
    ["checkout/CheckoutPaymentForm.tsx", "CheckoutPaymentForm.svelte"],
    ["auth/SignupForm.tsx", "SignupForm.svelte"],
    ["masked/ConditionalMasking.tsx", "ConditionalMasking.svelte"],
    ["kyc/UsIdentityForm.tsx", "UsIdentityForm.svelte"],
    ["masked/MaskedCheckout.tsx", "MaskedCheckout.svelte"],
    ["banking/UkBankDetails.tsx", "UkBankDetails.svelte"],
  ] as const;
  const RULE = "replay-privacy/require-masking";
  const recommended = plugin.configs.recommended.flatMap((config) => Object.entries(config.rules ?? {})).find(([name]) => name === RULE)?.[1] ?? "error";
  const categoryOf = new Map(Object.entries(CATEGORY_LABELS).map(([id, label]) => [label, id]));
  const EXPECT = /expect:\s*([a-z|-]+)(?:\s+(conditional|textOnly))?/u;
  const linter = new Linter({ configType: "flat" });

  /** Each report as `line category kind`, in order. */
  function findings(code: string, filename: string, config: Linter.Config): string[] {
    return linter
      .verify(code, [{ ...config, plugins, rules: { [RULE]: recommended } }], { filename })
      .map((m) => {
        if (m.fatal) throw new Error(`${filename}:${m.line} ${m.message}`);
        return `${m.line} ${categoryOf.get(m.message.slice(0, m.message.indexOf(" field ("))) ?? m.message} ${m.messageId}`;
      });
  }

  const results = PAIRS.map(([jsx, rewrite]) => {
    const jsxFound = findings(readFileSync(new URL(`./corpus/jsx/${jsx}`, import.meta.url), "utf8"), jsx, {
      files: ["**/*.tsx"],
      languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    });
    const code = fixture(`corpus/${rewrite}`);
    const found = findings(code, rewrite, { files: ["**/*.svelte"], languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } } });
    const expected = code.split("\n").flatMap((text, index) => {
      const match = EXPECT.exec(text);
      return match ? [`${index + 1} ${match[1]} ${match[2] ?? "unmasked"}`] : [];
    });
    return { jsx, rewrite, jsxFound, found, expected };
  });

  for (const { jsx, rewrite, jsxFound, found } of results) {
    it(`${rewrite} reports the fields that ${jsx} reports`, () => {
      const withoutLine = (list: string[]): string[] => list.map((entry) => entry.slice(entry.indexOf(" ") + 1));
      expect(withoutLine(found)).toEqual(withoutLine(jsxFound));
    });
  }

  it("scores at least 95% precision and recall against the expect: comments", () => {
    const hit = (expected: string, found: string): boolean => {
      const [line, categories, kind] = expected.split(" ");
      const [foundLine, category, foundKind] = found.split(" ");
      return line === foundLine && kind === foundKind && categories!.split("|").includes(category!);
    };
    let truePositives = 0;
    let foundCount = 0;
    let recalled = 0;
    let expectedCount = 0;
    const misses: string[] = [];
    const falsePositives: string[] = [];
    for (const { rewrite, found, expected } of results) {
      foundCount += found.length;
      expectedCount += expected.length;
      for (const f of found) {
        if (expected.some((e) => hit(e, f))) truePositives++;
        else falsePositives.push(`${rewrite} ${f}`);
      }
      for (const e of expected) {
        if (found.some((f) => hit(e, f))) recalled++;
        else misses.push(`${rewrite} ${e}`);
      }
    }
    const score = { precision: foundCount === 0 ? 1 : truePositives / foundCount, recall: recalled / expectedCount, misses, falsePositives };
    expect(expectedCount).toBeGreaterThanOrEqual(15);
    expect(score.precision, JSON.stringify(score)).toBeGreaterThanOrEqual(0.95);
    expect(score.recall, JSON.stringify(score)).toBeGreaterThanOrEqual(0.95);
  });
});

describe("ESLint 9", () => {
  it("gives the same findings, locations and suggestions as ESLint 10", () => {
    const rules = { "replay-privacy/require-masking": "error", "replay-privacy/no-unmask-sensitive": "error" } as const;
    const config = [{ files: ["**/*.svelte"], plugins, languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } }, settings: BOTH, rules }];
    const code = fixture("routes/checkout/+page.svelte");
    const pick = (messages: Linter.LintMessage[]): unknown[] => messages.map(({ ruleId, messageId, line, column, endLine, endColumn, suggestions }) => ({ ruleId, messageId, line, column, endLine, endColumn, suggestions }));
    const on10 = new Linter({ configType: "flat" }).verify(code, config, { filename: "+page.svelte" });
    const on9 = new Linter9({ configType: "flat" }).verify(code, config, { filename: "+page.svelte" });
    expect(Linter9.version).toMatch(/^9\./u);
    expect(on10.length).toBeGreaterThan(0);
    expect(pick(on9)).toEqual(pick(on10));
  });
});

describe("the flat config in rules-docs/frameworks.md", () => {
  it("checks markup and recorder start-up in .svelte files, and leaves the presets as they are", async () => {
    const [jsBlock] = plugin.configs.recommended as [Linter.Config, Linter.Config];
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [
        ...plugin.configs.recommended,
        {
          files: ["**/*.svelte"],
          plugins: jsBlock.plugins,
          languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser, extraFileExtensions: [".svelte"] } },
          rules: jsBlock.rules,
        },
      ],
    });
    const layout = [
      '<script lang="ts">',
      '  import posthog from "posthog-js";',
      '  import { onMount } from "svelte";',
      '  onMount(() => posthog.init("phc_key", { session_recording: { maskAllInputs: false } }));',
      "</script>",
      '<input autocomplete="cc-number" />',
      "",
    ].join("\n");
    const [result] = await eslint.lintText(layout, { filePath: "src/routes/+layout.svelte" });
    expect(result!.messages.map((m) => [m.ruleId, m.line])).toEqual([
      ["replay-privacy/require-consent", 4],
      ["replay-privacy/no-unsafe-recorder-options", 4],
      ["replay-privacy/require-masking", 6],
    ]);
  });
});
