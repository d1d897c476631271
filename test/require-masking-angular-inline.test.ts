import { Linter } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { createTsxTester } from "./helpers/rule-tester.js";
import { tagNameAt } from "./helpers/locations.js";

/**
 * `require-masking` on Angular components with an inline template (`@Component({ template })`),
 * read from the TypeScript file: Angular bindings, interpolation, and suggestions placed in the
 * template where it is written.
 */

const rule = plugin.rules["require-masking"];
const FULLSTORY = { recorders: ["fullstory"] };

function error(code: string, needle: string, insert = ` class="fs-exclude"`) {
  const at = tagNameAt(code, needle);
  const name = needle.slice(1).split(/\s/u)[0]!;
  const index = code.indexOf(needle) + 1 + name.length;
  return { messageId: "unmasked" as const, ...at, suggestions: [{ messageId: "addMarker" as const, output: code.slice(0, index) + insert + code.slice(index) }] };
}

const PAY = `import { Component } from "@angular/core";

@Component({
  selector: "app-pay",
  template: \`
    <form [formGroup]="form">
      <mat-form-field>
        <mat-label>{{ 'Card number' | translate }}</mat-label>
        <input matInput formControlName="cardNumber">
      </mat-form-field>
      <input matInput formControlName="nickname" placeholder="Nickname">
      <input [type]="hide ? 'password' : 'text'" formControlName="pin">
    </form>
  \`,
})
export class PayComponent {}
`;

const STRING_TEMPLATE = `import { Component } from "@angular/core";
@Component({ selector: "app-ssn", template: '<input formControlName="ssn">' })
export class SsnComponent {}
`;

createTsxTester({ "replay-privacy": FULLSTORY }).run("require-masking (Angular inline templates)", rule, {
  valid: [
    {
      name: "masked fields in an inline template",
      code: `import { Component } from "@angular/core";\n@Component({ template: \`<div class="fs-exclude"><input formControlName="cvv"></div>\` })\nexport class A {}`,
    },
    {
      name: "a template of another decorator, or a file that does not import @angular/core",
      code: `import { Component } from "./my-decorators";\n@Component({ template: \`<input formControlName="cvv">\` })\nexport class A {}\nconst config = { template: \`<input name="iban">\` };`,
    },
  ],
  invalid: [
    {
      name: "a template literal: fields, bindings and a show-password toggle",
      code: PAY,
      errors: [error(PAY, `<input matInput formControlName="cardNumber"`), error(PAY, `<input [type]`)],
    },
    { name: "a string template", code: STRING_TEMPLATE, errors: [error(STRING_TEMPLATE, `<input formControlName="ssn"`)] },
  ],
});

describe("inline templates extracted by angular-eslint's processor", () => {
  it("are not read again: the component file reports them", () => {
    const linter = new Linter();
    const config = [{ files: ["**/*.html"], ...plugin.configs.recommended[1] }];
    const html = `<input name="cardNumber">`;
    const extracted = linter.verify(html, config, { filename: "app/pay.component.ts/1_inline-template-pay.component.ts-1.component.html" });
    const ordinary = linter.verify(html, config, { filename: "app/pay.component.html" });
    expect(extracted.map((message) => message.message)).toEqual([]);
    expect(ordinary.map((message) => message.ruleId)).toEqual(["replay-privacy/require-masking"]);
  });
});

describe("an inline template under typescript-eslint", () => {
  it("reports on the template's own line", () => {
    const linter = new Linter();
    const messages = linter.verify(PAY, [...plugin.configs.recommended, { files: ["**/*.ts"], languageOptions: { parser: tsParser } }], { filename: "pay.component.ts" });
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([
      ["replay-privacy/require-masking", 9],
      ["replay-privacy/require-masking", 12],
    ]);
  });
});
