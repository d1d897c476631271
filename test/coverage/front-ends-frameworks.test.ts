import angularParser from "@angular-eslint/template-parser";
import tsParser from "@typescript-eslint/parser";
import { Linter, RuleTester } from "eslint";
import * as svelteParser from "svelte-eslint-parser";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import { createJsxTester, createTsxTester } from "../helpers/rule-tester.js";

/**
 * Svelte directives, lit tag detection, Angular templates linted by both rules at once, and the
 * reporting decisions of `require-masking` (password types, misspelled markers, recorders
 * without a suggested marker).
 */

const requireMasking = plugin.rules["require-masking"];
const noUnmaskSensitive = plugin.rules["no-unmask-sensitive"];
const plugins = { "replay-privacy": plugin };
const recorders = (...ids: string[]) => ({ "replay-privacy": { recorders: ids } });
const CVC = "Card security code / PIN";
const CARD = "Payment card";

/** Line/column of the tag name of the start tag `needle` (which must occur once). */
function tagAt(code: string, needle: string) {
  const index = code.indexOf(needle);
  if (index === -1 || code.indexOf(needle, index + 1) !== -1) throw new Error(`"${needle}" must occur once in ${code}`);
  const before = code.slice(0, index);
  const line = before.split("\n").length;
  const column = index - (before.lastIndexOf("\n") + 1) + 2;
  const tag = /^<([^\s/>]+)/u.exec(needle)?.[1] ?? "";
  return { line, column, endLine: line, endColumn: column + tag.length, after: index + 1 + tag.length };
}

/** `code` with `insert` right after the tag name of `needle`. */
function inserted(code: string, needle: string, insert: string): string {
  const { after } = tagAt(code, needle);
  return `${code.slice(0, after)}${insert}${code.slice(after)}`;
}

function where(code: string, needle: string) {
  const { line, column, endLine, endColumn } = tagAt(code, needle);
  return { line, column, endLine, endColumn };
}

const FS_EXCLUDE = { marker: 'class "fs-exclude"', vendor: "FullStory" };

// ---------------------------------------------------------------------------------------------
// Svelte directives.
// ---------------------------------------------------------------------------------------------

describe("Svelte directives", () => {
  const tester = new RuleTester({ plugins, languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } }, settings: recorders("fullstory") });
  const shorthand = `<script>\n  let value = $state("");\n  let invalid = $state(false);\n</script>\n<input autocomplete="cc-number" bind:value class:invalid style:width="20ch" />`;
  const styled = `<input bind:value={cvc} style:width="6ch" class:fs-exclude={true} />`;
  tester.run("require-masking (Svelte)", requireMasking, {
    valid: [{ code: styled, name: "a style directive does not hide a marker next to it" }],
    invalid: [
      {
        code: shorthand,
        errors: [
          {
            messageId: "unmasked",
            data: { category: CARD, evidence: 'autocomplete="cc-number"' },
            line: 5,
            column: 2,
            endLine: 5,
            endColumn: 7,
            suggestions: [{ messageId: "addMarker", data: FS_EXCLUDE, output: inserted(shorthand, "<input", ' class="fs-exclude"') }],
          },
        ],
        name: "shorthand bind:/class: directives and a style directive leave the field unmasked",
      },
    ],
  });
});

// ---------------------------------------------------------------------------------------------
// lit: which tagged templates are lit's `html`.
// ---------------------------------------------------------------------------------------------

describe("lit tag detection", () => {
  const stringImport = `import { "html" as h } from "lit";\nexport const cvc = h\`<input name="cvc">\`;\n`;
  const tests = {
    valid: [
      { name: "lit has no default export: a default import named html is not lit's tag", code: `import html from "lit";\nexport const cvc = html\`<input name="cvc">\`;\n` },
      { name: "lit's css tag holds no markup fields", code: `import * as lit from "lit";\nexport const styles = lit.css\`<input name="cvc">\`;\n` },
      { name: "a method called html is not lit's tag", code: `class Mailer {\n  html(strings) { return strings; }\n  body() { return this.html\`<input name="cvc">\`; }\n}\n` },
      { name: "a tag returned by a call is not lit's tag", code: `export const view = getTag()\`<input name="cvc">\`;\n` },
      { name: "a lit template without fields reports nothing", code: `import { html } from "lit";\nexport const thanks = html\`<p>Thanks for your order</p>\`;\n` },
    ],
    invalid: [
      {
        name: "an import by string name (`{ \"html\" as h }`) is lit's tag",
        code: stringImport,
        errors: [
          {
            messageId: "unmasked",
            data: { category: CVC, evidence: 'name "cvc"' },
            ...where(stringImport, "<input"),
            suggestions: [{ messageId: "addMarker", data: FS_EXCLUDE, output: inserted(stringImport, "<input", ' class="fs-exclude"') }],
          },
        ],
      },
    ],
  };
  createJsxTester(recorders("fullstory")).run("require-masking (lit, espree)", requireMasking, tests);
  createTsxTester(recorders("fullstory")).run("require-masking (lit, typescript-eslint)", requireMasking, tests);
});

// ---------------------------------------------------------------------------------------------
// Angular: one template, two rules.
// ---------------------------------------------------------------------------------------------

describe("Angular templates", () => {
  const config = (rules: Linter.RulesRecord): Linter.Config[] => [
    { files: ["**/*.html"], plugins, languageOptions: { parser: angularParser }, settings: recorders("fullstory"), rules },
  ];

  it("reads a template once for both rules and reports each finding under its own rule", () => {
    const code = `<form [formGroup]="payment">\n  <input formControlName="cardNumber" />\n  <div class="fs-unmask">\n    <input formControlName="iban" />\n  </div>\n</form>\n`;
    const linter = new Linter({ configType: "flat" });
    const both = linter.verify(code, config({ "replay-privacy/require-masking": "error", "replay-privacy/no-unmask-sensitive": "error" }), { filename: "payment.component.html" });
    expect(both.map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }))).toEqual([
      { ruleId: "replay-privacy/require-masking", messageId: "unmasked", line: 2, column: 4 },
      { ruleId: "replay-privacy/no-unmask-sensitive", messageId: "unmaskedByAncestor", line: 4, column: 6 },
    ]);
  });

  it("reports nothing for a template without fields", () => {
    const linter = new Linter({ configType: "flat" });
    const messages = linter.verify(`<section>\n  <h2>Order summary</h2>\n  <p>{{ total | currency }}</p>\n</section>\n`, config({ "replay-privacy/require-masking": "error" }), { filename: "summary.component.html" });
    expect(messages).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Reporting decisions.
// ---------------------------------------------------------------------------------------------

const maybeAbsentPassword = `<input name="pin" type={masked && "password"} />`;
const unknownPassword = `<input name="password" type={props.type ?? "password"} />`;
const mouseflowTypo = `<input name="cvc" data-mf-replac />`;
const fullstoryTypo = `<input name="cvc" className="fs-maks" />`;
const hotjarTypo = `<input name="cvc" data-hj-supress />`;
const smartlook = `<input name="cvc" autoComplete="cc-csc" />`;
const themedField = `<div className="fs-unmask"><input name="iban" className={theme.input} /></div>`;

describe("reporting decisions", () => {
  createJsxTester().run("require-masking: reporting decisions", requireMasking, {
    valid: [],
    invalid: [
      {
        name: "a password type that may be left out is no password field",
        code: maybeAbsentPassword,
        settings: recorders("logrocket"),
        errors: [
          {
            messageId: "unmasked",
            data: { category: "Credential", evidence: 'type="password"' },
            ...where(maybeAbsentPassword, "<input"),
            suggestions: [{ messageId: "addMarker", data: { marker: "data-private", vendor: "LogRocket" }, output: inserted(maybeAbsentPassword, "<input", " data-private") }],
          },
        ],
      },
      {
        name: "a password type that props may override is no password field",
        code: unknownPassword,
        settings: recorders("logrocket"),
        errors: [
          {
            messageId: "unmasked",
            data: { category: "Credential", evidence: 'type="password"' },
            ...where(unknownPassword, "<input"),
            suggestions: [{ messageId: "addMarker", data: { marker: "data-private", vendor: "LogRocket" }, output: inserted(unknownPassword, "<input", " data-private") }],
          },
        ],
      },
      {
        name: "a misspelled marker of a recorder with no suggested marker gets no fix",
        code: mouseflowTypo,
        settings: recorders("mouseflow"),
        errors: [
          {
            messageId: "misspelledMarker",
            data: { category: CVC, evidence: 'name "cvc"', written: "data-mf-replac", intended: "data-mf-replace", vendor: "Mouseflow" },
            ...where(mouseflowTypo, "<input"),
            suggestions: [],
          },
        ],
      },
      {
        name: "a misspelled non-suggested marker offers the vendor's suggested marker",
        code: fullstoryTypo,
        settings: recorders("fullstory"),
        errors: [
          {
            messageId: "misspelledMarker",
            data: { category: CVC, evidence: 'name "cvc"', written: 'class "fs-maks"', intended: 'class "fs-mask"', vendor: "FullStory" },
            ...where(fullstoryTypo, "<input"),
            suggestions: [{ messageId: "addMarker", data: FS_EXCLUDE, output: `<input name="cvc" className="fs-maks fs-exclude" />` }],
          },
        ],
      },
      {
        name: "a misspelling of a recorder that is not in use is just a missing marker",
        code: hotjarTypo,
        settings: recorders("logrocket"),
        errors: [
          {
            messageId: "unmasked",
            data: { category: CVC, evidence: 'name "cvc"' },
            ...where(hotjarTypo, "<input"),
            suggestions: [{ messageId: "addMarker", data: { marker: "data-private", vendor: "LogRocket" }, output: inserted(hotjarTypo, "<input", " data-private") }],
          },
        ],
      },
      {
        name: "a recorder without a suggested marker gets the report without fixes",
        code: smartlook,
        settings: recorders("smartlook"),
        errors: [{ messageId: "unmasked", data: { category: CVC, evidence: 'autocomplete="cc-csc"' }, ...where(smartlook, "<input"), suggestions: [] }],
      },
    ],
  });

  createJsxTester(recorders("fullstory")).run("no-unmask-sensitive: no fix where the class cannot be extended", noUnmaskSensitive, {
    valid: [],
    invalid: [
      {
        name: "an ancestor's fs-unmask over a field whose className is an arbitrary expression",
        code: themedField,
        errors: [
          {
            messageId: "unmaskedByAncestor",
            data: { marker: 'class "fs-unmask"', category: "bank account", evidence: 'name "iban"', vendor: "FullStory" },
            ...where(themedField, "<input"),
            suggestions: [],
          },
        ],
      },
    ],
  });
});
