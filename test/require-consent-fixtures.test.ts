/**
 * require-consent over a corpus of realistic files (React effects, Next.js pages, Vue plugins,
 * Angular services, analytics modules, snippets, WordPress-style pages with CMP markup).
 * Each fixture states the lines it expects reports on in a header comment: `expect: 4, 12` or
 * `expect: none`; an `options: {...}` comment sets rule options.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Linter } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";

const dir = fileURLToPath(new URL("./fixtures/consent/", import.meta.url));
const files = readdirSync(dir).filter((name) => /\.(?:[cm]?[jt]sx?|html)$/.test(name)).sort();
const EXPECT = /expect:\s*([^\n*>-]*)/;
const OPTIONS = /options:\s*(\{[^\n]*\})/;

function lint(name: string, code: string, options: unknown): Linter.LintMessage[] {
  const linter = new Linter({ configType: "flat" });
  const rules: Linter.RulesRecord = { "replay-privacy/require-consent": ["error", options] };
  if (name.endsWith(".html")) {
    return linter.verify(code, [{ files: ["**/*.html"], plugins: { "replay-privacy": plugin }, language: "replay-privacy/html", rules }], { filename: name });
  }
  return linter.verify(
    code,
    [
      {
        files: ["**/*.{js,jsx,ts,tsx,cjs,mjs}"],
        plugins: { "replay-privacy": plugin },
        languageOptions: {
          ...(/\.tsx?$/.test(name) ? { parser: tsParser } : {}),
          ecmaVersion: "latest",
          sourceType: name.endsWith(".cjs") ? "commonjs" : "module",
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
        rules,
      },
    ],
    { filename: name },
  );
}

describe("require-consent fixtures", () => {
  it("has a realistic corpus", () => {
    expect(files.length).toBeGreaterThanOrEqual(80);
  });

  it.each(files)("%s", (name) => {
    const code = readFileSync(join(dir, name), "utf8");
    const expected = (EXPECT.exec(code)?.[1] ?? "").trim();
    const lines = expected === "none" ? [] : expected.split(",").map((part) => Number(part.trim()));
    const options = JSON.parse(OPTIONS.exec(code)?.[1] ?? "{}") as unknown;
    const messages = lint(name, code, options);
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    expect(messages.map((message) => message.line).sort((a, b) => a - b)).toEqual(lines.sort((a, b) => a - b));
  });
});
