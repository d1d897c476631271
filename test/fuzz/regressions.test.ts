/**
 * Smallest inputs for the violations the fuzzers found, as plain test cases (see harness.ts for the
 * properties). Each failed until its bug was fixed and now guards the fix; each also checks that
 * the field is still reported, so a case cannot pass by the rule going quiet. While a bug is open,
 * known-issues.ts may keep the fuzzers away from its input shape (see README.md).
 */
import tsParser from "@typescript-eslint/parser";
import * as svelteParser from "svelte-eslint-parser";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import { checkAll, lint, type LintSetup } from "./harness.js";

const HTML: LintSetup = { preset: "recommended", settings: 0, parser: "none", eslint: 10 };
const VUE: LintSetup = { preset: "recommended", settings: 0, parser: "vue", eslint: 10 };
const JSX: LintSetup = { preset: "recommended", settings: 0, parser: "espree", eslint: 10 };
const [jsBlock] = plugin.configs.recommended;
const SVELTE: LintSetup = {
  ...JSX,
  extra: [{ files: ["**/*.svelte"], plugins: jsBlock?.plugins ?? {}, languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } }, rules: jsBlock?.rules ?? {} }],
};

/** Where `rule` reports (line, column) and whether it offers suggestions there. */
function reports(code: string, filename: string, setup: LintSetup, rule: string): { line: number; column: number; suggests: boolean }[] {
  return lint(code, filename, setup)
    .messages.filter((message) => message.ruleId === `replay-privacy/${rule}`)
    .map(({ line, column, suggestions }) => ({ line, column, suggests: (suggestions?.length ?? 0) > 0 }));
}

/** The properties hold, and `rule` still reports the field at `line:column` with suggestions. */
function expectFieldWithSuggestions(code: string, filename: string, setup: LintSetup, line: number, column: number, rule = "require-masking"): void {
  checkAll(code, filename, setup);
  expect(reports(code, filename, setup, rule)).toContainEqual({ line, column, suggests: true });
}

describe("regressions found by fuzzing", () => {
  describe("Vue and Svelte: report locations with line breaks other than \\n", () => {
    // vue-eslint-parser's and svelte-eslint-parser's `loc` count only "\n"; ESLint's lines also
    // break at "\r", U+2028 and U+2029. Reporting the parser's `loc` put reports past the end of
    // their line or on the line above (src/front-ends/vue.ts, src/front-ends/svelte.ts,
    // require-consent, no-unsafe-recorder-options). Fixed by locating from `range`.
    it("Vue template, lone CR line endings", () => {
      const code = '<template>\r<input name="cardnumber">\r</template>\r';
      checkAll(code, "src/Card.vue", VUE);
      expect(reports(code, "src/Card.vue", VUE, "require-masking")).toEqual([{ line: 2, column: 2, suggests: true }]);
    });

    it("Vue template, U+2028 inside a start tag", () => {
      const code = "<template  \u2028><input autocomplete=cc-name></template>";
      checkAll(code, "src/Card.vue", VUE);
      expect(reports(code, "src/Card.vue", VUE, "require-masking")).toEqual([{ line: 2, column: 3, suggests: true }]);
    });

    it("Vue <script>, lone CR line endings: no-unsafe-recorder-options", () => {
      const code = '<script setup>\rimport * as Sentry from "@sentry/vue";\rSentry.replayIntegration({ maskAllText: false });\r</script>\r';
      checkAll(code, "src/Recorder.vue", VUE);
      expect(reports(code, "src/Recorder.vue", VUE, "no-unsafe-recorder-options").map(({ line }) => line)).toEqual([3]);
    });

    it("Vue <script>, U+2028 in a string: no-unsafe-recorder-options", () => {
      const code = '<script setup>\nimport * as Sentry from "@sentry/vue";\nconst note = "\u2028";\nSentry.replayIntegration({ maskAllText: false });\n</script>\n';
      checkAll(code, "src/Recorder.vue", VUE);
      expect(reports(code, "src/Recorder.vue", VUE, "no-unsafe-recorder-options").map(({ line, column }) => ({ line, column }))).toEqual([{ line: 5, column: 28 }]);
    });

    it("Vue <script>, U+2028 in a string: require-consent", () => {
      const code = '<script setup>\nimport { init } from "@fullstory/browser";\nconst note = "\u2028";\ninit({});\n</script>\n';
      checkAll(code, "src/Recorder.vue", VUE);
      expect(reports(code, "src/Recorder.vue", VUE, "require-consent").map(({ line, column }) => ({ line, column }))).toEqual([{ line: 5, column: 1 }]);
    });

    it("Svelte markup, U+2028 inside a start tag", () => {
      const code = '<div \u2028><input name="cardnumber"></div>';
      checkAll(code, "src/Card.svelte", SVELTE);
      expect(reports(code, "src/Card.svelte", SVELTE, "require-masking").map(({ line }) => line)).toEqual([2]);
    });
  });

  describe("markup marker suggestion glued the next attribute", () => {
    // src/front-ends/markup/index.ts: a bound marker (`[attr.data-private]="x"`, `:data-private`)
    // was replaced by the bare name; with no whitespace before the next attribute (`="hide"class=`,
    // which browsers and parse5 accept) the result was one attribute, `data-privateclass`.
    it("Angular binding in an HTML-language template", () => {
      expectFieldWithSuggestions('<input name="cardnumber" [attr.data-private]="hide"class="x">', "card.component.html", HTML, 1, 2);
    });

    it("Vue binding", () => {
      expectFieldWithSuggestions('<template><input name="cardnumber" :data-private="hide"class="x"></template>', "src/Card.vue", VUE, 1, 12);
    });
  });

  describe("class suggestion rewrote the class value from its decoded text", () => {
    // src/front-ends/markup/index.ts and src/front-ends/jsx/marker-fix.ts: the merged class list
    // was built from the decoded value and written between the raw quotes, so `&quot;`, `\"` or
    // `\n` became a real quote or line break: the attribute broke, or the JS stopped parsing.
    it("HTML, quoted value with &quot;", () => {
      expectFieldWithSuggestions('<input name="cardnumber" class="a&quot;b">', "page.html", HTML, 1, 2);
    });

    it("HTML, unquoted value with a quote", () => {
      expectFieldWithSuggestions('<input name="cardnumber" class=a"b>', "page.html", HTML, 1, 2);
    });

    it("JSX attribute string with &quot;", () => {
      expectFieldWithSuggestions('const field = <input name="cardnumber" className="a&quot;b" />;', "src/Card.jsx", JSX, 1, 16);
    });

    it("JSX string literal in braces with an escaped quote", () => {
      expectFieldWithSuggestions('const field = <input name="cardnumber" className={"a\\"b"} />;', "src/Card.jsx", JSX, 1, 16);
    });

    it("JSX string literal in braces with \\n", () => {
      expectFieldWithSuggestions('const field = <input name="cardnumber" className={"a\\nb"} />;', "src/Card.jsx", JSX, 1, 16);
    });
  });

  describe("no-unmask-sensitive: a suggestion revealed a second unmask marker as a new report", () => {
    // The suggestion masked against the field's own unmask marker; the ancestor's marker of another
    // vendor then showed up as a new report on the same field. Now the suggestion is only offered
    // when it ends the exposure.
    it("own data-dd-privacy=allow under an ancestor's fs-unmask", () => {
      const code = '<form class="fs-unmask"><input name="cardnumber" data-dd-privacy="allow"></form>';
      checkAll(code, "page.html", HTML);
      expect(reports(code, "page.html", HTML, "no-unmask-sensitive").map(({ line, column }) => ({ line, column }))).toEqual([{ line: 1, column: 26 }]);
    });

    it("own fs-unmask under an ancestor's data-dd-privacy=allow", () => {
      const code = '<div data-dd-privacy="allow"><input name="cardnumber" class="fs-unmask"></div>';
      checkAll(code, "page.html", HTML);
      expect(reports(code, "page.html", HTML, "no-unmask-sensitive").map(({ line, column }) => ({ line, column }))).toEqual([{ line: 1, column: 31 }]);
    });
  });

  describe("CRASH: JSX prop named like an Object.prototype member", () => {
    // TypeError: name.trim is not a function
    //   at normalise (src/core/marker-typos.ts) <- typosOn <- findMarkerTypos <- findUnmaskedFields
    //   (src/core/report-fields.ts) <- require-masking <- Program:exit (src/front-ends/jsx/index.ts)
    // Cause: `PROP_TO_ATTRIBUTE[name] ?? name` in src/front-ends/jsx/element.ts read inherited
    // members of a plain object (`constructor` -> Object, `__proto__` -> Object.prototype).
    it("a prop named constructor", () => {
      expectFieldWithSuggestions('const field = <input name="cardnumber" constructor />;', "src/Card.jsx", JSX, 1, 16);
    });

    it("a spread key named __proto__", () => {
      expectFieldWithSuggestions('const field = <input name="cardnumber" {...{ "__proto__": 1 }} />;', "src/Card.jsx", JSX, 1, 16);
    });
  });

  describe("class suggestion appends to a class attribute inside an unclosed template block (open)", () => {
    // Found by a long HTML campaign (FUZZ_SEED=62 FUZZ_RUNS=3000). A block opener in the start tag
    // whose closer comes later (`{{#if x}} class="a">` ... `{{/if}}`) makes the class attribute
    // conditional, and require-masking reports a marker there as conditional; yet the "add class"
    // suggestion appends to that attribute (src/front-ends/markup/index.ts, markupMarkerFix uses
    // `reading.classAttribute` without checking `conditional`), so applying it turns `unmasked`
    // into `conditional`. With a closed block (`{{#if x}}class="a"{{/if}}`) it already adds a new
    // class attribute instead.
    it("Handlebars block opened in the start tag and closed after it", () => {
      expectFieldWithSuggestions('<input name="cardnumber" {{#if x}} class="a">\n{{/if}}', "views/card.hbs", { ...HTML, settings: 1 }, 1, 2);
    });
  });
});
