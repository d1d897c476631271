/**
 * Smallest inputs for the violations the fuzzers and the sweep found, as plain test cases: each
 * fails until its bug is fixed, and then guards against the bug coming back. Each case names the
 * property it breaks (see harness.ts) and, where the fuzzers stopped generating the input shape
 * while the bug is open, the flag in known-issues.ts to switch back off after the fix.
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

describe("regressions found by fuzzing", () => {
  describe("Vue: report locations with line breaks other than \\n (known-issues: vueLineBreaks)", () => {
    // vue-eslint-parser's `loc` (template and <script>) counts only "\n"; ESLint's lines also break
    // at "\r", U+2028 and U+2029. The Vue front end (src/front-ends/vue.ts) and require-consent
    // report the parser's `loc`; computing it from `range` (sourceCode.getLocFromIndex) avoids it.
    it("lone CR line endings: the report stays on its line", () => {
      const code = '<template>\r<input name="cardnumber">\r</template>\r';
      checkAll(code, "src/Card.vue", VUE);
      expect(lint(code, "src/Card.vue", VUE).messages.map(({ line, column }) => ({ line, column }))).toEqual([{ line: 2, column: 2 }]);
    });

    it("U+2028 inside a start tag: the report stays on its line", () => {
      checkAll('<template  \u2028><input autocomplete=cc-name></template>', "src/Card.vue", VUE);
    });

    it("lone CR line endings in <script>: no-unsafe-recorder-options reports inside the file (known-issues: vueScriptLineBreaks)", () => {
      checkAll('<script setup>\rimport * as Sentry from "@sentry/vue";\rSentry.replayIntegration({ maskAllText: false });\r</script>\r', "src/Recorder.vue", VUE);
    });

    it("U+2028 in a <script> string: no-unsafe-recorder-options reports the option's line (known-issues: vueScriptLineBreaks)", () => {
      const code = '<script setup>\nimport * as Sentry from "@sentry/vue";\nconst note = "\u2028";\nSentry.replayIntegration({ maskAllText: false });\n</script>\n';
      checkAll(code, "src/Recorder.vue", VUE);
      const unsafe = lint(code, "src/Recorder.vue", VUE).messages.filter((message) => message.ruleId === "replay-privacy/no-unsafe-recorder-options");
      expect(unsafe.map(({ line, column }) => ({ line, column }))).toEqual([{ line: 5, column: 28 }]);
    });

    it("U+2028 in a <script> string: require-consent reports the init call's line", () => {
      const code = '<script setup>\nimport { init } from "@fullstory/browser";\nconst note = "\u2028";\ninit({});\n</script>\n';
      checkAll(code, "src/Recorder.vue", VUE);
      expect(lint(code, "src/Recorder.vue", VUE).messages.map(({ ruleId, line, column }) => ({ ruleId, line, column }))).toEqual([
        { ruleId: "replay-privacy/require-consent", line: 5, column: 1 },
      ]);
    });
  });

  describe("Svelte: report locations with U+2028 (found by probing the Vue finding)", () => {
    // Like vue-eslint-parser, svelte-eslint-parser's element `loc` does not break lines at U+2028;
    // the Svelte front end (src/front-ends/svelte.ts) reports it as is.
    it("U+2028 inside a start tag: the report stays on its line", () => {
      checkAll('<div \u2028><input name="cardnumber"></div>', "src/Card.svelte", SVELTE);
    });
  });

  describe("marker suggestion glues the next attribute (known-issues: markerFixGluesNextAttribute)", () => {
    // src/front-ends/markup/index.ts, markupMarkerFix: a bound marker attribute is replaced by the
    // bare attribute name; with no whitespace before the next attribute (`...="hide"class=`, which
    // browsers and parse5 accept) the result is one attribute `data-privateclass`.
    it("Angular binding in an HTML-language template", () => {
      checkAll('<input name="cardnumber" [attr.data-private]="hide"class="x">', "card.component.html", HTML);
    });

    it("Vue binding", () => {
      checkAll('<template><input name="cardnumber" :data-private="hide"class="x"></template>', "src/Card.vue", VUE);
    });
  });

  describe("class suggestion rewrites the class value from its decoded text (known-issues: classFixRewritesDecodedValue)", () => {
    // src/front-ends/markup/index.ts, markupMarkerFix: the merged class list is built from the
    // decoded `value` and written over the raw value, so `&quot;` turns into a real quote and an
    // unquoted value with a quote gets wrapped in quotes that the quote inside then closes.
    it("quoted value with &quot;", () => {
      checkAll('<input name="cardnumber" class="a&quot;b">', "page.html", HTML);
    });

    it("unquoted value with a quote", () => {
      checkAll('<input name="cardnumber" class=a"b>', "page.html", HTML);
    });
  });

  describe("JSX class suggestion writes the decoded class string back (known-issues: classFixRewritesDecodedValue)", () => {
    // src/front-ends/jsx/marker-fix.ts: the merged className is built from the string's decoded
    // `value` inside the raw quotes, so an entity or an escape turns into a quote or a line break
    // and the output no longer parses. Appending before the closing quote keeps the raw text.
    it("JSX attribute string with &quot;", () => {
      checkAll('const field = <input name="cardnumber" className="a&quot;b" />;', "src/Card.jsx", JSX);
    });

    it("string literal in braces with an escaped quote", () => {
      checkAll('const field = <input name="cardnumber" className={"a\\"b"} />;', "src/Card.jsx", JSX);
    });

    it("string literal in braces with \\n", () => {
      checkAll('const field = <input name="cardnumber" className={"a\\nb"} />;', "src/Card.jsx", JSX);
    });
  });

  describe("no-unmask-sensitive: a suggestion reveals a second unmask marker", () => {
    // The rule reports one unmask marker per field (src/rules/no-unmask-sensitive.ts); after its
    // suggestion masks against that one, the next marker is reported as new: report every marker
    // that reaches the field, or offer a suggestion that masks against all of them.
    it("own data-dd-privacy=allow under an ancestor's fs-unmask", () => {
      checkAll('<form class="fs-unmask"><input name="cardnumber" data-dd-privacy="allow"></form>', "page.html", HTML);
    });

    it("own fs-unmask under an ancestor's data-dd-privacy=allow", () => {
      checkAll('<div data-dd-privacy="allow"><input name="cardnumber" class="fs-unmask"></div>', "page.html", HTML);
    });
  });

  describe("CRASH: JSX prop named like an Object.prototype member (known-issues: jsxPrototypePropNames)", () => {
    // TypeError: name.trim is not a function
    //   at normalise (src/core/marker-typos.ts) <- typosOn <- findMarkerTypos <- findUnmaskedFields
    //   (src/core/report-fields.ts) <- require-masking <- Program:exit (src/front-ends/jsx/index.ts)
    // Cause: `PROP_TO_ATTRIBUTE[name] ?? name` in src/front-ends/jsx/element.ts reads inherited
    // members of a plain object (`constructor` -> Object, `__proto__` -> Object.prototype).
    it("a prop named constructor", () => {
      checkAll('const field = <input name="cardnumber" constructor />;', "src/Card.jsx", JSX);
    });

    it("a spread key named __proto__", () => {
      checkAll('const field = <input name="cardnumber" {...{ "__proto__": 1 }} />;', "src/Card.jsx", JSX);
    });
  });
});
