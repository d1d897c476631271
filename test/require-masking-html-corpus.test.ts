import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import vueParser from "vue-eslint-parser";
import { describe, expect, it } from "vitest";
import { CATEGORY_LABELS, type CategoryId } from "../src/data/lexicon.js";
import plugin from "../src/index.js";

/**
 * Lints the markup corpus (HTML pages, server templates, Angular, Vue, lit; see
 * test/corpus/html/README.md) with `configs.recommended` and scores `require-masking` and
 * `no-unmask-sensitive` per field against the inline `<!-- expect: ... -->` comments.
 */

const CORPUS = fileURLToPath(new URL("./corpus", import.meta.url));
const FOLDERS = ["html", "templates", "vue", "lit"] as const;
const MASKING = "replay-privacy/require-masking";
const UNMASK = "replay-privacy/no-unmask-sensitive";
const THRESHOLD = 0.95;

const EXPECT = /<!--\s*expect:\s*([a-z|-]+)(?:\s+([A-Za-z|]+))?\s*-->/gu;
const KINDS: ReadonlySet<string> = new Set(["unmasked", "conditional", "textOnly", "misspelledMarker", "wrongMarkerForm", "unmask"]);
const NEXT_TAG = /<[a-zA-Z]/gu;
const CORPUS_FILE = /\.(?:html?|hbs|mustache|njk|ejs|erb|twig|liquid|jinja2?|j2|php|phtml|vue|js|ts)$/u;
const CATEGORY_BY_LABEL = new Map(Object.entries(CATEGORY_LABELS).map(([id, label]) => [label.toLowerCase(), id as CategoryId]));
/** no-unmask-sensitive names the category in the middle of its message. */
const UNMASK_CATEGORY = /re-exposes this (.+?) field \(/u;

interface Expected {
  file: string;
  line: number;
  categories: readonly string[];
  kinds: readonly string[];
}

interface Found {
  file: string;
  line: number;
  category: string;
  kind: string;
  message: string;
}

function corpusFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return CORPUS_FILE.test(entry.name) ? [path] : [];
    });
  return FOLDERS.flatMap((folder) => walk(join(CORPUS, folder)));
}

function lineAt(code: string, offset: number): number {
  let line = 1;
  for (let i = code.indexOf("\n"); i !== -1 && i < offset; i = code.indexOf("\n", i + 1)) line++;
  return line;
}

/** Each `expect` comment applies to the next start tag after it. */
function expectations(file: string, code: string): Expected[] {
  const found: Expected[] = [];
  for (const match of code.matchAll(EXPECT)) {
    NEXT_TAG.lastIndex = match.index + match[0].length;
    const tag = NEXT_TAG.exec(code);
    if (!tag || !match[1]) throw new Error(`${file}: an expect comment with no element after it`);
    const kinds = (match[2] ?? "unmasked").split("|");
    if (kinds.some((kind) => !KINDS.has(kind))) throw new Error(`${file}: unknown kind in ${match[0]}`);
    found.push({ file, line: lineAt(code, tag.index), categories: match[1].split("|"), kinds });
  }
  return found;
}

function categoryOf(message: Linter.LintMessage): string {
  const label =
    message.ruleId === UNMASK
      ? (UNMASK_CATEGORY.exec(message.message)?.[1] ?? "")
      : message.message.slice(0, message.message.indexOf(" field ("));
  return CATEGORY_BY_LABEL.get(label.toLowerCase()) ?? `?${label}`;
}

const recommended = plugin.configs.recommended;
const jsRules = recommended.find((config) => config.name?.endsWith("/js"))?.rules ?? {};

/** `configs.recommended`, plus the block Vue users add (see rules-docs/require-masking.md). */
function configFor(file: string): Linter.Config[] {
  if (file.endsWith(".vue")) {
    return [
      ...recommended,
      {
        files: ["**/*.vue"],
        plugins: { "replay-privacy": plugin },
        languageOptions: { parser: vueParser, parserOptions: { parser: tsParser, ecmaVersion: "latest", sourceType: "module" } },
        rules: jsRules,
      },
    ];
  }
  if (file.endsWith(".ts")) return [...recommended, { files: ["**/*.ts"], languageOptions: { parser: tsParser } }];
  return recommended;
}

function lintCorpus(): { files: number; expected: Expected[]; found: Found[]; fatal: string[] } {
  const linter = new Linter({ configType: "flat", cwd: CORPUS });
  const expected: Expected[] = [];
  const found: Found[] = [];
  const fatal: string[] = [];
  const paths = corpusFiles();
  for (const path of paths) {
    const file = relative(CORPUS, path);
    const code = readFileSync(path, "utf8");
    expected.push(...expectations(file, code));
    for (const message of linter.verify(code, configFor(file), { filename: path })) {
      if (message.fatal || message.ruleId === null) {
        fatal.push(`${file}:${message.line} ${message.message}`);
        continue;
      }
      if (message.ruleId !== MASKING && message.ruleId !== UNMASK) continue;
      found.push({
        file,
        line: message.line,
        category: categoryOf(message),
        kind: message.ruleId === UNMASK ? "unmask" : (message.messageId ?? "?"),
        message: `${message.ruleId}: ${message.message}`,
      });
    }
  }
  return { files: paths.length, expected, found, fatal };
}

describe("require-masking and no-unmask-sensitive on the markup corpus (configs.recommended)", () => {
  const { files, expected, found, fatal } = lintCorpus();
  const key = (file: string, line: number): string => `${file}:${line}`;
  const expectedAt = new Map(expected.map((e) => [key(e.file, e.line), e]));
  const matches = (e: Expected, f: Found): boolean => e.categories.includes(f.category) && e.kinds.includes(f.kind);
  const truePositives = found.filter((f) => {
    const e = expectedAt.get(key(f.file, f.line));
    return e !== undefined && matches(e, f);
  });
  const falsePositives = found.filter((f) => !truePositives.includes(f));
  const misses = expected.filter((e) => !found.some((f) => f.file === e.file && f.line === e.line && matches(e, f)));
  const precision = found.length === 0 ? 1 : truePositives.length / found.length;
  const recall = expected.length === 0 ? 1 : (expected.length - misses.length) / expected.length;

  it("has a corpus worth scoring", () => {
    expect(files).toBeGreaterThanOrEqual(30);
    expect(expected.length).toBeGreaterThanOrEqual(120);
    for (const kind of ["unmasked", "conditional", "textOnly", "unmask"]) {
      expect(expected.some((e) => e.kinds.includes(kind)), kind).toBe(true);
    }
    expect(new Set(expectedAt.keys()).size).toBe(expected.length);
  });

  it("lints every file without a fatal message", () => {
    expect(fatal).toEqual([]);
  });

  it(`scores precision and recall >= ${THRESHOLD}`, () => {
    const lines = [
      `markup corpus: ${files} files, ${expected.length} expected findings, ${found.length} reported, ${truePositives.length} right`,
      `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
      ...misses.map((e) => {
        const got = found.filter((f) => f.file === e.file && f.line === e.line).map((f) => `${f.category}/${f.kind}`);
        return `  missed ${key(e.file, e.line)} expected ${e.categories.join("|")}/${e.kinds.join("|")}${got.length ? ` got ${got.join(", ")}` : ""}`;
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
