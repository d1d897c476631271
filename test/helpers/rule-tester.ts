import { RuleTester } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { afterAll, describe, it } from "vitest";
import plugin from "../../src/index.js";

// ESLint's RuleTester runs inside vitest's describe/it.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
(RuleTester as unknown as { afterAll: typeof afterAll }).afterAll = afterAll;

const plugins = { "replay-privacy": plugin };

/** JS/JSX cases under espree. */
export function createJsxTester(settings: Record<string, unknown> = {}): RuleTester {
  return new RuleTester({
    plugins,
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    settings,
  });
}

/** TS/TSX cases under @typescript-eslint/parser. */
export function createTsxTester(settings: Record<string, unknown> = {}): RuleTester {
  return new RuleTester({
    plugins,
    languageOptions: {
      parser: tsParser,
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    settings,
  });
}

/** HTML-family cases under the plugin's own `replay-privacy/html` language. */
export function createHtmlTester(settings: Record<string, unknown> = {}): RuleTester {
  return new RuleTester({ plugins, language: "replay-privacy/html", settings });
}

/**
 * Runs the same cases under espree and under @typescript-eslint/parser (the JSX front end must not
 * depend on which parser built the tree).
 */
export function runUnderBothParsers(
  name: string,
  rule: Parameters<RuleTester["run"]>[1],
  tests: Parameters<RuleTester["run"]>[2],
  settings: Record<string, unknown> = {},
): void {
  createJsxTester(settings).run(`${name} (espree)`, rule, tests);
  createTsxTester(settings).run(`${name} (typescript-eslint)`, rule, tests);
}
