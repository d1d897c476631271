/**
 * The plugin on ESLint 9 (`eslint-v9`, an npm alias of the latest 9.x): the example project's
 * config (configs.recommended, HTML language included) must give the same findings as on ESLint 10.
 */
import { ESLint } from "eslint";
import { ESLint as ESLint9 } from "eslint-v9";
import { beforeAll, describe, expect, it } from "vitest";
import { compareFindings, type Finding, formatDifference, lintExamples, readExpected, toFindings } from "../examples/run-demo.js";

interface Located extends Finding {
  column: number;
}

function located(results: ESLint.LintResult[]): Located[] {
  const columns = results.flatMap((result) => result.messages.map((message) => message.column));
  return toFindings(results).map((finding, index) => ({ ...finding, column: columns[index] ?? 0 }));
}

describe("ESLint 9", () => {
  let on9: ESLint.LintResult[];
  let on10: ESLint.LintResult[];

  beforeAll(async () => {
    [on9, on10] = await Promise.all([
      lintExamples(ESLint9).then(({ results }) => results),
      lintExamples(ESLint).then(({ results }) => results),
    ]);
  }, 60_000);

  it("is ESLint 9.x", () => {
    expect(ESLint9.version).toMatch(/^9\./u);
  });

  it("reports exactly the findings in examples/expected-findings.json", () => {
    expect(formatDifference(compareFindings(toFindings(on9), readExpected().findings))).toBe("");
  });

  it("reports the same messages at the same places as ESLint 10", () => {
    expect(located(on9)).toEqual(located(on10));
  });

  it("lints HTML files with the plugin's language", () => {
    const html = on9.filter((result) => result.filePath.endsWith(".html"));
    expect(html.length).toBeGreaterThan(0);
    expect(html.flatMap((result) => result.messages.map((message) => message.ruleId))).toContain("replay-privacy/require-masking");
  });
});
