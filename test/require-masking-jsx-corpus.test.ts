import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { CATEGORY_LABELS, type CategoryId } from "../src/data/lexicon.js";
import plugin from "../src/index.js";

/**
 * Lints the hand-written corpus under test/corpus/jsx with `require-masking` as
 * `configs.recommended` configures it, and scores it per field against the inline
 * `expect: <category> [conditional|textOnly]` comments (see test/corpus/jsx/README.md).
 */

const CORPUS = fileURLToPath(new URL("./corpus/jsx", import.meta.url));
const RULE = "replay-privacy/require-masking";
const THRESHOLD = 0.95;

const EXPECT = /expect:\s*([a-z|-]+)(?:\s+(conditional|textOnly))?/u;
const CATEGORY_BY_LABEL = new Map(Object.entries(CATEGORY_LABELS).map(([id, label]) => [label, id as CategoryId]));
const MESSAGE_KIND: ReadonlyMap<string, string> = new Map([
  ["unmasked", "unmasked"],
  ["conditional", "conditional"],
  ["textOnly", "textOnly"],
]);

interface Expected {
  file: string;
  line: number;
  categories: readonly string[];
  kind: string;
}

interface Found {
  file: string;
  line: number;
  category: string;
  kind: string;
  message: string;
}

function corpusFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return corpusFiles(path);
    return /\.(?:jsx|tsx)$/u.test(entry.name) ? [path] : [];
  });
}

function expectations(file: string, code: string): Expected[] {
  const found: Expected[] = [];
  code.split("\n").forEach((text, index) => {
    const match = EXPECT.exec(text);
    if (match?.[1]) found.push({ file, line: index + 1, categories: match[1].split("|"), kind: match[2] ?? "unmasked" });
  });
  return found;
}

function categoryOf(message: string): string {
  const label = message.slice(0, message.indexOf(" field ("));
  return CATEGORY_BY_LABEL.get(label) ?? `?${label}`;
}

const recommendedEntry = plugin.configs.recommended.flatMap((config) => Object.entries(config.rules ?? {})).find(([name]) => name === RULE)?.[1];

function lintCorpus(): { expected: Expected[]; found: Found[]; fatal: string[] } {
  const linter = new Linter({ configType: "flat" });
  const expected: Expected[] = [];
  const found: Found[] = [];
  const fatal: string[] = [];
  for (const path of corpusFiles(CORPUS)) {
    const file = relative(CORPUS, path);
    const code = readFileSync(path, "utf8");
    expected.push(...expectations(file, code));
    const config: Linter.Config[] = [
      {
        files: ["**/*.jsx", "**/*.tsx"],
        plugins: { "replay-privacy": plugin },
        languageOptions: {
          ...(file.endsWith(".tsx") ? { parser: tsParser } : {}),
          ecmaVersion: "latest",
          sourceType: "module",
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
        rules: { [RULE]: recommendedEntry ?? "error" },
      },
    ];
    for (const message of linter.verify(code, config, { filename: path })) {
      if (message.fatal || message.ruleId === null) {
        fatal.push(`${file}:${message.line} ${message.message}`);
        continue;
      }
      if (message.ruleId !== RULE) continue;
      found.push({
        file,
        line: message.line,
        category: categoryOf(message.message),
        kind: MESSAGE_KIND.get(message.messageId ?? "") ?? "?",
        message: message.message,
      });
    }
  }
  return { expected, found, fatal };
}

describe("require-masking on the JSX corpus (configs.recommended)", () => {
  const { expected, found, fatal } = lintCorpus();
  const key = (file: string, line: number): string => `${file}:${line}`;
  const expectedAt = new Map(expected.map((e) => [key(e.file, e.line), e]));
  const matches = (e: Expected, f: Found): boolean => e.categories.includes(f.category) && e.kind === f.kind;
  const truePositives = found.filter((f) => {
    const e = expectedAt.get(key(f.file, f.line));
    return e !== undefined && matches(e, f);
  });
  const falsePositives = found.filter((f) => !truePositives.includes(f));
  const misses = expected.filter((e) => !found.some((f) => f.file === e.file && f.line === e.line && matches(e, f)));
  const precision = found.length === 0 ? 1 : truePositives.length / found.length;
  const recall = expected.length === 0 ? 1 : (expected.length - misses.length) / expected.length;

  it("has a corpus worth scoring", () => {
    expect(corpusFiles(CORPUS).length).toBeGreaterThanOrEqual(40);
    expect(expected.length).toBeGreaterThanOrEqual(100);
    expect(recommendedEntry).toBeDefined();
  });

  it("parses every file without a crash", () => {
    expect(fatal).toEqual([]);
  });

  it(`scores precision and recall >= ${THRESHOLD}`, () => {
    const lines = [
      `corpus: ${expected.length} expected findings, ${found.length} reported, ${truePositives.length} right`,
      `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
      ...misses.map((e) => {
        const got = found.filter((f) => f.file === e.file && f.line === e.line).map((f) => `${f.category}/${f.kind}`);
        return `  missed ${key(e.file, e.line)} expected ${e.categories.join("|")}/${e.kind}${got.length ? ` got ${got.join(", ")}` : ""}`;
      }),
      ...falsePositives
        .filter((f) => !expectedAt.has(key(f.file, f.line)))
        .map((f) => `  false positive ${key(f.file, f.line)}: ${f.message}`),
    ];
    console.log(lines.join("\n"));
    expect(precision).toBeGreaterThanOrEqual(THRESHOLD);
    expect(recall).toBeGreaterThanOrEqual(THRESHOLD);
  });
});
