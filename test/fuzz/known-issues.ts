/**
 * Input shapes the fuzzers stop generating while a known violation is open, so each open issue
 * fails exactly one group of small regression tests (test/fuzz/regressions.test.ts) instead of
 * every fuzz run, and the fuzzers keep looking for new problems. When the fix lands, the
 * regression tests pass: delete the flag (and its use) so the fuzzers cover the shape again.
 */
export const KNOWN_ISSUES = {
  /**
   * The JSX "add class" suggestion writes the decoded class string back between the raw quotes:
   * `className="a&quot;b"` and `className={"a\"b"}` become `"a"b fs-exclude"`, which does not
   * parse. The JSX fuzzer stops writing class strings with `&`, `"`, `'`, `\` or line breaks.
   * Regressions: "JSX class suggestion writes the decoded class string back".
   */
  jsxClassFixDecodedValue: true,
  /**
   * `.vue` `<script>` with a lone CR, U+2028 or U+2029: vue-eslint-parser's script `loc` counts only
   * `\n` as a line break; no-unsafe-recorder-options reports the node's `loc` as is (require-consent
   * and the template front end compute it from `range` now), so the report lands past its line.
   * The Vue fuzzer writes `\n` instead of those breaks. Regressions: "Vue: report locations ...".
   */
  vueScriptLineBreaks: true,
  /**
   * CRASH: a JSX prop or spread key named `constructor` or `__proto__` on a sensitive field:
   * `PROP_TO_ATTRIBUTE[name] ?? name` (src/front-ends/jsx/element.ts) returns Object.prototype's
   * member, and marker-typos' `normalise` calls `.trim()` on it. The JSX fuzzer leaves those two
   * names out of props and object keys. Regressions: "JSX prop named like an Object.prototype member".
   */
  jsxPrototypePropNames: true,
} as const;
