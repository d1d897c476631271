import { readFileSync } from "node:fs";
import angularParser from "@angular-eslint/template-parser";
import tsParser from "@typescript-eslint/parser";
import { ESLint, Linter, RuleTester } from "eslint";
import { Linter as Linter9 } from "eslint-v9";
import { describe, expect, it } from "vitest";
import { CATEGORY_LABELS } from "../src/data/lexicon.js";
import { angularTemplateProgram, angularTemplateVisitor } from "../src/front-ends/angular.js";
import plugin from "../src/index.js";
import { createHtmlTester, createJsxTester } from "./helpers/rule-tester.js";

/**
 * The Angular front end: templates parsed by @angular-eslint/template-parser, read through the
 * markup front end. Locations are checked exactly (the adapter computes them from Angular's spans).
 */

const requireMasking = plugin.rules["require-masking"];
const noUnmaskSensitive = plugin.rules["no-unmask-sensitive"];
const plugins = { "replay-privacy": plugin };
const FULLSTORY = { "replay-privacy": { recorders: ["fullstory"] } };
const LOGROCKET = { "replay-privacy": { recorders: ["logrocket"] } };
const BOTH = { "replay-privacy": { recorders: ["fullstory", "logrocket"] } };

function angularTester(settings: Record<string, unknown>): RuleTester {
  return new RuleTester({ plugins, languageOptions: { parser: angularParser }, settings });
}

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/angular/${name}`, import.meta.url), "utf8");

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
 * for a class bound under a condition (`[class.fs-exclude]="hide"`), the suggested static class does
 * not help at run time (the binding still removes it), so those suggestions are not asserted.
 */
function expectReports(code: string, rule: string, settings: Record<string, unknown>, expected: ExpectedReport[]): void {
  const linter = new Linter({ configType: "flat" });
  const config: Linter.Config[] = [{ files: ["**/*.html"], plugins, languageOptions: { parser: angularParser }, settings, rules: { [`replay-privacy/${rule}`]: "error" } }];
  const messages = linter.verify(code, config, { filename: "fixture.component.html" });
  expect(messages.map(({ messageId, line, column, endLine, endColumn }) => ({ messageId, line, column, endLine, endColumn }))).toEqual(
    expected.map(({ messageId, line, column, endLine, endColumn }) => ({ messageId, line, column, endLine, endColumn })),
  );
  expected.forEach((report, index) => {
    if (!report.outputs) return;
    const outputs = (messages[index]!.suggestions ?? []).map(({ fix }) => code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]));
    expect(outputs).toEqual(report.outputs);
    // Every suggestion leaves a template the parser still accepts.
    for (const output of outputs) expect(linter.verify(output, config, { filename: "fixture.component.html" }).filter((m) => m.fatal)).toEqual([]);
  });
}

describe("Angular Material checkout (fixture)", () => {
  const code = fixture("material-checkout.component.html");

  it("reports the unmasked card number and the conditionally masked CVC", () => {
    expectReports(code, "require-masking", BOTH, [
      { messageId: "unmasked", line: 5, column: 6, endLine: 5, endColumn: 11, outputs: [insertAt(code, 5, 11, FS_EXCLUDE), insertAt(code, 5, 11, " data-private")] },
      // `[class.fs-exclude]="hideCvc"` only applies while hideCvc is true.
      { messageId: "conditional", line: 15, column: 8, endLine: 15, endColumn: 13 },
    ]);
  });

  it("counts only the configured recorder's markers", () => {
    // With LogRocket alone, fs-exclude does not count; [attr.data-private]="true" does.
    expectReports(code, "require-masking", LOGROCKET, [
      { messageId: "unmasked", line: 5, column: 6, endLine: 5, endColumn: 11, outputs: [insertAt(code, 5, 11, " data-private")] },
      { messageId: "unmasked", line: 11, column: 8, endLine: 11, endColumn: 13, outputs: [insertAt(code, 11, 13, " data-private")] },
      { messageId: "unmasked", line: 15, column: 8, endLine: 15, endColumn: 13, outputs: [insertAt(code, 15, 13, " data-private")] },
    ]);
  });

  it("names the category and the evidence", () => {
    const linter = new Linter({ configType: "flat" });
    const [first] = linter.verify(code, [{ files: ["**/*.html"], plugins, languageOptions: { parser: angularParser }, settings: BOTH, rules: { "replay-privacy/require-masking": "error" } }], { filename: "payment.component.html" });
    expect(first?.message).toBe('Payment card field (autocomplete="cc-number") has no session-replay masking marker. Add one so recordings never show what is typed.');
  });
});

describe("Angular signup with a show-password toggle (fixture)", () => {
  const code = fixture("signup.component.html");
  angularTester(FULLSTORY).run("require-masking", requireMasking, {
    valid: [],
    invalid: [
      {
        code,
        filename: "signup.component.html",
        // The toggled field is reported; the static type="password" one is masked by every recorder.
        errors: [
          {
            messageId: "unmasked",
            line: 8,
            column: 6,
            endLine: 8,
            endColumn: 11,
            suggestions: [{ messageId: "addMarker", output: insertAt(code, 8, 11, FS_EXCLUDE) }],
          },
        ],
      },
    ],
  });
  angularTester(FULLSTORY).run("no-unmask-sensitive", noUnmaskSensitive, { valid: [{ code, filename: "signup.component.html" }], invalid: [] });
});

describe("Angular template syntax", () => {
  angularTester(FULLSTORY).run("require-masking", requireMasking, {
    valid: [
      // Markers on an element around control-flow blocks reach the fields inside them.
      `<div class="fs-exclude">
  @if (paying) { <input autocomplete="cc-number" /> }
  @for (card of cards; track card.id) { <input [name]="'cvc-' + card.id" autocomplete="cc-csc" /> }
  @switch (step) { @case ('card') { <input formControlName="cardNumber" /> } @default { <input autocomplete="cc-exp" /> } }
  @defer { <input autocomplete="cc-number" /> } @placeholder { <input autocomplete="cc-number" /> }
  <ng-template #later><input autocomplete="cc-number" /></ng-template>
</div>`,
      '<input formControlName="cardNumber" class="fs-exclude" />',
      '<input formControlName="cardNumber" [class.fs-exclude]="true" />',
      `<input formControlName="cardNumber" [ngClass]="{ 'fs-exclude': true }" />`,
      { code: '<input formControlName="cardNumber" [attr.data-private]="true" />', settings: LOGROCKET },
      // Angular's canonical-prefix spelling of [attr.data-private].
      { code: '<input formControlName="cardNumber" bind-attr.data-private="true" />', settings: LOGROCKET },
      '<input type="password" formControlName="password" />',
      '<input type="text" formControlName="couponCode" />',
      // Inline disable comments work through the parser's comment tokens.
      '<!-- eslint-disable-next-line -->\n<input autocomplete="cc-number" />',
    ],
    invalid: [
      {
        // A structural directive wraps the field in a Template; the marker goes after `<input`.
        code: '<input *ngIf="paying" autocomplete="cc-number" />',
        errors: [{ messageId: "unmasked", line: 1, column: 2, endColumn: 7, suggestions: [{ messageId: "addMarker", output: '<input class="fs-exclude" *ngIf="paying" autocomplete="cc-number" />' }] }],
      },
      {
        // <ng-container> renders no element: its class never reaches the DOM.
        code: '<ng-container class="fs-exclude"><input [(ngModel)]="card.number" /></ng-container>',
        errors: [{ messageId: "unmasked", data: { category: "Payment card", evidence: 'name "card.number"' }, line: 1, column: 35, suggestions: [{ messageId: "addMarker", output: '<ng-container class="fs-exclude"><input class="fs-exclude" [(ngModel)]="card.number" /></ng-container>' }] }],
      },
      {
        // Fields in every block branch are found, with their own locations.
        code: "@if (a) {\n  <input autocomplete=\"cc-number\" />\n} @else {\n  <textarea autocomplete=\"cc-csc\"></textarea>\n}",
        errors: [
          { messageId: "unmasked", line: 2, column: 4, suggestions: [{ messageId: "addMarker", output: "@if (a) {\n  <input class=\"fs-exclude\" autocomplete=\"cc-number\" />\n} @else {\n  <textarea autocomplete=\"cc-csc\"></textarea>\n}" }] },
          { messageId: "unmasked", line: 4, column: 4, suggestions: [{ messageId: "addMarker", output: "@if (a) {\n  <input autocomplete=\"cc-number\" />\n} @else {\n  <textarea class=\"fs-exclude\" autocomplete=\"cc-csc\"></textarea>\n}" }] },
        ],
      },
      {
        // Every kind of block and template is walked: each unmasked field is found where it is.
        code: [
          "@for (card of cards; track card.id) { <input autocomplete=\"cc-number\" /> } @empty { <input autocomplete=\"cc-csc\" /> }",
          "@switch (step) { @case ('card') { <input autocomplete=\"cc-exp\" /> } @default { <input autocomplete=\"cc-number\" /> } }",
          "@defer { <input autocomplete=\"cc-csc\" /> } @placeholder { <input autocomplete=\"cc-exp\" /> } @loading { <input autocomplete=\"cc-number\" /> }",
          "<ng-template #later><input autocomplete=\"cc-csc\" /></ng-template><ng-content><input autocomplete=\"cc-exp\" /></ng-content>",
        ].join("\n"),
        errors: [
          { messageId: "unmasked", line: 1, column: 40 },
          { messageId: "unmasked", line: 1, column: 86 },
          { messageId: "unmasked", line: 2, column: 36 },
          { messageId: "unmasked", line: 2, column: 81 },
          { messageId: "unmasked", line: 3, column: 11 },
          { messageId: "unmasked", line: 3, column: 60 },
          { messageId: "unmasked", line: 3, column: 105 },
          { messageId: "unmasked", line: 4, column: 22 },
          { messageId: "unmasked", line: 4, column: 79 },
        ].map((error) => ({ ...error, suggestions: 1 })),
      },
      {
        // An interpolated label is read for its literal, as template text is in HTML files.
        code: `<mat-form-field><mat-label>{{ 'checkout.cardNumber' | translate }}</mat-label><input matInput /></mat-form-field>`,
        errors: [
          {
            messageId: "unmasked",
            data: { category: "Payment card", evidence: 'label "checkout.cardNumber"' },
            line: 1,
            column: 80,
            suggestions: [{ messageId: "addMarker", output: `<mat-form-field><mat-label>{{ 'checkout.cardNumber' | translate }}</mat-label><input class="fs-exclude" matInput /></mat-form-field>` }],
          },
        ],
      },
      {
        // A static class is extended rather than duplicated.
        code: `<input matInput class='mat-input' formControlName="cardNumber" />`,
        errors: [{ messageId: "unmasked", suggestions: [{ messageId: "addMarker", output: `<input matInput class='mat-input fs-exclude' formControlName="cardNumber" />` }] }],
      },
      {
        // An interpolated type binds like [type]: both candidates are known.
        code: `<input formControlName="password" type="{{ show ? 'text' : 'password' }}" />`,
        errors: [{ messageId: "unmasked", data: { category: "Credential", evidence: 'type="password"' }, suggestions: [{ messageId: "addMarker", output: `<input class="fs-exclude" formControlName="password" type="{{ show ? 'text' : 'password' }}" />` }] }],
      },
      {
        // Label association by id, and an uppercase tag (the fix follows the written name).
        code: '<label for="num">Card number</label>\n<INPUT ID="num" />',
        errors: [{ messageId: "unmasked", line: 2, column: 2, endColumn: 7, suggestions: [{ messageId: "addMarker", output: '<label for="num">Card number</label>\n<INPUT class="fs-exclude" ID="num" />' }] }],
      },
      {
        // A custom form control (ControlValueAccessor) named like a field.
        code: '<app-card-number-input formControlName="cardNumber"></app-card-number-input>',
        errors: [{ messageId: "unmasked", line: 1, column: 2, endColumn: 23, suggestions: [{ messageId: "addMarker", output: '<app-card-number-input class="fs-exclude" formControlName="cardNumber"></app-card-number-input>' }] }],
      },
      {
        // Windows line endings: locations and fixes still land on the field.
        code: '<form>\r\n  <mat-label>CVC</mat-label>\r\n  <input matInput formControlName="cvc" />\r\n</form>',
        errors: [{ messageId: "unmasked", line: 3, column: 4, endColumn: 9, suggestions: [{ messageId: "addMarker", output: '<form>\r\n  <mat-label>CVC</mat-label>\r\n  <input class="fs-exclude" matInput formControlName="cvc" />\r\n</form>' }] }],
      },
    ],
  });

  it("reads markers bound under a condition as conditional", () => {
    // The suggestion replaces the binding, which would otherwise still remove the attribute.
    expectReports('<input formControlName="cardNumber" [attr.data-private]="hide ? \'\' : null" />', "require-masking", LOGROCKET, [
      { messageId: "conditional", line: 1, column: 2, endLine: 1, endColumn: 7, outputs: ['<input formControlName="cardNumber" data-private />'] },
    ]);
    expectReports(`<input formControlName="cardNumber" [ngClass]="{ 'fs-exclude': hide }" />`, "require-masking", FULLSTORY, [
      { messageId: "conditional", line: 1, column: 2, endLine: 1, endColumn: 7 },
    ]);
    expectReports('<input formControlName="cardNumber" class="fs-exclude {{ extra }}" />', "require-masking", FULLSTORY, []);
  });

  angularTester(FULLSTORY).run("no-unmask-sensitive", noUnmaskSensitive, {
    valid: ['<div class="fs-unmask"><input formControlName="couponCode" /></div>'],
    invalid: [
      {
        code: '<div class="fs-unmask">\n  @if (paying) {\n    <input formControlName="cardNumber" autocomplete="cc-number" />\n  }\n</div>',
        errors: [
          {
            messageId: "unmaskedByAncestor",
            line: 3,
            column: 6,
            suggestions: [{ messageId: "addMask", output: '<div class="fs-unmask">\n  @if (paying) {\n    <input class="fs-exclude" formControlName="cardNumber" autocomplete="cc-number" />\n  }\n</div>' }],
          },
        ],
      },
      {
        code: '<input autocomplete="cc-number" [class.fs-unmask]="true" />',
        errors: [
          {
            messageId: "unmasked",
            data: { marker: 'class "fs-unmask"', category: "payment card", evidence: 'autocomplete="cc-number"', vendor: "FullStory" },
            suggestions: [{ messageId: "addMask", output: '<input class="fs-exclude" autocomplete="cc-number" [class.fs-unmask]="true" />' }],
          },
        ],
      },
      {
        code: `<input autocomplete="cc-number" [attr.data-hj-allow]="''" />`,
        settings: { "replay-privacy": { recorders: ["hotjar"] } },
        errors: [{ messageId: "unmasked", data: { marker: "data-hj-allow", category: "payment card", evidence: 'autocomplete="cc-number"', vendor: "Hotjar" } }],
      },
    ],
  });
});

describe("Angular templates without the Angular parser", () => {
  // The same component template on the plugin's own HTML language: it reads the binding spellings.
  createHtmlTester(FULLSTORY).run("require-masking (replay-privacy/html)", requireMasking, {
    valid: [],
    invalid: [
      {
        code: fixture("signup.component.html"),
        filename: "signup.component.html",
        errors: [{ messageId: "unmasked", line: 8, column: 6, suggestions: [{ messageId: "addMarker", output: insertAt(fixture("signup.component.html"), 8, 11, FS_EXCLUDE) }] }],
      },
    ],
  });

  // Plain scripts: no template, nothing reported, nothing thrown.
  createJsxTester(FULLSTORY).run("require-masking (espree)", requireMasking, {
    valid: ["const template = { cardNumber: '' };\nexport default template;"],
    invalid: [],
  });

  it("recognises only the Angular template root", () => {
    expect(angularTemplateProgram({ type: "Program", body: [] })).toBeNull();
    expect(angularTemplateProgram(null)).toBeNull();
    expect(angularTemplateProgram({ type: "Program", templateNodes: [] })).not.toBeNull();
  });

  it("skips template nodes it cannot read instead of throwing", () => {
    const fields: unknown[] = [];
    const program = {
      type: "Program",
      templateNodes: [
        null,
        { type: "Element", name: "input" },
        { type: "Element", name: "input", startSourceSpan: { start: { offset: 0 }, end: { offset: 7 } }, sourceSpan: { start: { offset: 0 }, end: { offset: 7 } }, attributes: [{ type: "TextAttribute", name: "name", value: "cvc" }] },
        { type: "Icu", vars: {} },
      ],
    };
    const source = { ast: program, text: "<input>", getLocFromIndex: (index: number) => ({ line: 1, column: index }) };
    const visitor = angularTemplateVisitor(source, (batch) => fields.push(...batch)) as { Program(node: unknown): void };
    visitor.Program(program);
    expect(fields).toHaveLength(1);
  });
});

describe("inline templates in @Component({ template }) of .ts files", () => {
  const component = `import { Component } from "@angular/core";

@Component({
  selector: "app-pay",
  template: \`
    <input autocomplete="cc-number" />
  \`,
})
export class PayComponent {}
`;
  const rule = { "replay-privacy/require-masking": "error" } as const;

  it("are read from the component file under a TypeScript parser", () => {
    const linter = new Linter({ configType: "flat" });
    const messages = linter.verify(component, [{ files: ["**/*.ts"], plugins, languageOptions: { parser: tsParser }, rules: rule }], { filename: "pay.component.ts" });
    expect(messages.map((m) => [m.ruleId, m.messageId, m.line, m.column])).toEqual([["replay-privacy/require-masking", "unmasked", 6, 6]]);
  });

  it("are reported once when angular-eslint's processor also extracts them into virtual *.component.html files", () => {
    // Stands in for angular-eslint's `processInlineTemplates`, which names each extracted template
    // `inline-template-<file>-<n>.component.html`, so a `**/*.component.html` block applies to it.
    const extractInlineTemplates: Linter.Processor = {
      preprocess(text, filename) {
        const template = /template:\s*`([^`]*)`/u.exec(text)?.[1];
        const base = filename.slice(filename.lastIndexOf("/") + 1);
        return template === undefined ? [text] : [text, { text: template, filename: `inline-template-${base}-1.component.html` }];
      },
      postprocess: (messages) => messages.flat(),
    };
    const linter = new Linter({ configType: "flat" });
    const messages = linter.verify(
      component,
      [
        { files: ["**/*.ts"], plugins, languageOptions: { parser: tsParser }, processor: extractInlineTemplates, rules: rule },
        { files: ["**/*.component.html"], plugins, languageOptions: { parser: angularParser }, rules: rule },
      ],
      { filename: "pay.component.ts", filterCodeBlock: () => true },
    );
    expect(messages.map((m) => [m.ruleId, m.messageId, m.line, m.column])).toEqual([["replay-privacy/require-masking", "unmasked", 6, 6]]);
  });
});

describe("JSX corpus forms rewritten as Angular templates", () => {
  // [JSX original in test/corpus/jsx, Angular rewrite in test/fixtures/angular/corpus]
  const PAIRS = [
    ["checkout/CheckoutPaymentForm.tsx", "checkout-payment-form.component.html"],
    ["auth/SignupForm.tsx", "signup-form.component.html"],
    ["masked/ConditionalMasking.tsx", "conditional-masking.component.html"],
    ["kyc/UsIdentityForm.tsx", "us-identity-form.component.html"],
    ["masked/MaskedCheckout.tsx", "masked-checkout.component.html"],
    ["banking/UkBankDetails.tsx", "uk-bank-details.component.html"],
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
    const found = findings(code, rewrite, { files: ["**/*.html"], languageOptions: { parser: angularParser } });
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
    const config = [{ files: ["**/*.html"], plugins, languageOptions: { parser: angularParser }, settings: BOTH, rules }];
    const code = fixture("material-checkout.component.html");
    const pick = (messages: Linter.LintMessage[]): unknown[] => messages.map(({ ruleId, messageId, line, column, endLine, endColumn, suggestions }) => ({ ruleId, messageId, line, column, endLine, endColumn, suggestions }));
    const on10 = new Linter({ configType: "flat" }).verify(code, config, { filename: "payment.component.html" });
    const on9 = new Linter9({ configType: "flat" }).verify(code, config, { filename: "payment.component.html" });
    expect(Linter9.version).toMatch(/^9\./u);
    expect(on10.length).toBeGreaterThan(0);
    expect(pick(on9)).toEqual(pick(on10));
  });
});

describe("the flat config in rules-docs/frameworks.md", () => {
  const [jsBlock, htmlBlock] = plugin.configs.recommended as [Linter.Config, Linter.Config];
  const ANGULAR_TEMPLATES = ["**/*.component.html"];
  // <ng-container> renders no element: only the Angular front end knows its class masks nothing.
  const template = '<ng-container class="fs-exclude"><input autocomplete="cc-number" /></ng-container>';

  async function lint(config: Linter.Config[], code: string, filePath: string): Promise<[string | null, number, number][]> {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config });
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.map((m) => [m.ruleId, m.line, m.column]);
  }

  const documented: Linter.Config[] = [
    jsBlock,
    { ...htmlBlock, ignores: ANGULAR_TEMPLATES },
    { files: ANGULAR_TEMPLATES, plugins: jsBlock.plugins, languageOptions: { parser: angularParser }, rules: jsBlock.rules },
  ];

  it("lints component templates with the Angular parser and other HTML with the plugin's language", async () => {
    expect(await lint(documented, template, "src/app/pay/pay.component.html")).toEqual([["replay-privacy/require-masking", 1, 35]]);
    expect(await lint(documented, template, "src/index.html")).toEqual([]);
    expect(await lint(documented, '<input autocomplete="cc-number" />', "src/index.html")).toEqual([["replay-privacy/require-masking", 1, 2]]);
  });

  it("needs the ignores: a parser alone does not take the templates off the plugin's language", async () => {
    const withoutIgnores: Linter.Config[] = [...plugin.configs.recommended, { files: ANGULAR_TEMPLATES, languageOptions: { parser: angularParser } }];
    expect(await lint(withoutIgnores, template, "src/app/pay/pay.component.html")).toEqual([]);
  });
});
