/**
 * Docs that stay true.
 *
 * 1. `eslint-doc-generator --check` (options in .eslint-doc-generatorrc.js): the README rule table
 *    and every rules-docs/<rule>.md header match the rules' meta, and each doc exists and mentions
 *    every option. Fix drift with `npm run docs:update` (after `npm run build`).
 *
 * 2. Every wrong/right example in rules-docs/*.md is linted with the plugin.
 *
 *    Which code blocks are examples: fenced blocks in js, jsx, ts, tsx, vue, svelte or html (or an
 *    HTML-family template extension such as hbs, njk, ejs, erb, php) that are marked
 *      - by the nearest heading above them: a heading containing "Incorrect", "Wrong" or ❌ marks
 *        wrong examples; "Correct", "Right" or ✅ marks right ones (a heading with neither ends the
 *        section), or
 *      - by a marker on the last non-blank line before the block, which wins over the heading:
 *        `<!-- wrong -->` / `<!-- right -->`, or a line containing ❌ / ✅.
 *    A marker comment may name the file the block stands for and shared settings:
 *      `<!-- wrong file=payment.component.html settings={"replay-privacy":{"recorders":["sentry"]}} -->`
 *    Rule options go into the block itself, as an inline config comment the reader sees too:
 *      `/* eslint replay-privacy/require-masking: ["error", { "passwords": "always" }] *\/`
 *
 *    In rules-docs/<rule>.md only that rule runs (with its default options): each wrong example must
 *    get at least one report from it, each right example none (and neither may fail to parse). In
 *    other docs (e.g. frameworks.md) every rule of the plugin runs.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import svelteParser from "svelte-eslint-parser";
import vueParser from "vue-eslint-parser";
import { describe, expect, it } from "vitest";
import { HTML_FILE_EXTENSIONS, JS_FILES } from "../src/configs/files.js";
import { VENDOR_IDS } from "../src/data/vendors.js";
import plugin, { rules } from "../src/index.js";
import { readSettings } from "../src/util/settings.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DOCS_DIR = path.join(ROOT, "rules-docs");
const GENERATOR = path.join(ROOT, "node_modules", "eslint-doc-generator", "dist", "bin", "eslint-doc-generator.js");
const HTML_LANGUAGE = "replay-privacy/html";

type Kind = "wrong" | "right";

interface Example {
  doc: string;
  line: number;
  kind: Kind;
  lang: string;
  code: string;
  file: string;
  settings: Record<string, unknown>;
}

const JS_LANGS = new Set(["js", "jsx", "ts", "tsx", "vue", "svelte"]);
const HTML_LANGS = new Set<string>(HTML_FILE_EXTENSIONS);

function headingKind(heading: string): Kind | null {
  if (/incorrect|wrong|❌/iu.test(heading)) return "wrong";
  if (/correct|right|✅/iu.test(heading)) return "right";
  return null;
}

function markerKind(line: string): { kind: Kind; file?: string; settings?: Record<string, unknown> } | null {
  const comment = /^<!--\s*(wrong|right)\b(.*?)-->$/u.exec(line.trim());
  if (comment) {
    const [, kind, rest = ""] = comment;
    const file = /\bfile=(\S+)/u.exec(rest)?.[1];
    const settings = /\bsettings=(\{.*\})\s*$/u.exec(rest)?.[1];
    return {
      kind: kind as Kind,
      ...(file ? { file } : {}),
      ...(settings ? { settings: JSON.parse(settings) as Record<string, unknown> } : {}),
    };
  }
  if (line.includes("❌")) return { kind: "wrong" };
  if (line.includes("✅")) return { kind: "right" };
  return null;
}

/** The marked examples of one markdown document, with the line of their opening fence. */
function extractExamples(doc: string, markdown: string): Example[] {
  const lines = markdown.split(/\r?\n/u);
  const examples: Example[] = [];
  let section: Kind | null = null;
  let lastText = "";
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    const fence = /^\s*(`{3,}|~{3,})\s*([\w-]*)/u.exec(line);
    if (fence) {
      const [, ticks = "```", lang = ""] = fence;
      const start = index;
      const body: string[] = [];
      for (index += 1; index < lines.length && !(lines[index] ?? "").trim().startsWith(ticks); index += 1) body.push(lines[index] ?? "");
      const marker = markerKind(lastText);
      const kind = marker?.kind ?? section;
      const language = lang.toLowerCase();
      if (kind && (JS_LANGS.has(language) || HTML_LANGS.has(language))) {
        examples.push({
          doc,
          line: start + 1,
          kind,
          lang: language,
          code: `${body.join("\n")}\n`,
          file: marker?.file ?? `example.${language}`,
          settings: marker?.settings ?? {},
        });
      }
      lastText = "";
      continue;
    }
    const heading = /^#{1,6}\s(.*)$/u.exec(line);
    if (heading) section = headingKind(heading[1] ?? "");
    if (line.trim() !== "") lastText = line;
  }
  return examples;
}

const plugins = { "replay-privacy": plugin };
const ruleNames = Object.keys(rules) as (keyof typeof rules)[];

/** The config an example is linted with: `rules` (the doc's rule, or every rule) per language. */
function configFor(rulesUnderTest: readonly (keyof typeof rules)[], settings: Record<string, unknown>): Linter.Config[] {
  const rulesFor = (language: string): Linter.RulesRecord =>
    Object.fromEntries(
      rulesUnderTest
        .filter((name) => rules[name].meta.languages.includes(language))
        .map((name) => [`replay-privacy/${name}`, "error"]),
    );
  const js = rulesFor("js/js");
  return [
    {
      files: ["**/*.{js,jsx,mjs,cjs}"],
      plugins,
      settings,
      languageOptions: { ecmaVersion: "latest", sourceType: "module", parserOptions: { ecmaFeatures: { jsx: true } } },
      rules: js,
    },
    { files: ["**/*.{ts,tsx,mts,cts}"], plugins, settings, languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } }, rules: js },
    {
      files: ["**/*.vue"],
      plugins,
      settings,
      languageOptions: { parser: vueParser, parserOptions: { parser: tsParser, sourceType: "module" } },
      rules: js,
    },
    { files: ["**/*.svelte"], plugins, settings, languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } }, rules: js },
    { files: [`**/*.{${HTML_FILE_EXTENSIONS.join(",")}}`], plugins, settings, language: HTML_LANGUAGE, rules: rulesFor(HTML_LANGUAGE) },
  ];
}

function docFiles(): string[] {
  return existsSync(DOCS_DIR) ? readdirSync(DOCS_DIR).filter((file) => file.endsWith(".md")).sort() : [];
}

describe("rule docs and README are generated and current", () => {
  it("eslint-doc-generator --check passes (fix: npm run build && npm run docs:update)", async () => {
    const result = await promisify(execFile)(process.execPath, [GENERATOR, "--check"], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (error: unknown) => {
        const { code, stdout, stderr } = error as { code?: number; stdout?: string; stderr?: string };
        return { code: code ?? 1, output: `${stdout ?? ""}${stderr ?? ""}` };
      },
    );
    expect(result.code, result.output).toBe(0);
  }, 60_000);

  it("relative links in README.md and rules-docs/*.md point at files that exist", () => {
    const broken: string[] = [];
    for (const file of ["README.md", ...docFiles().map((doc) => `rules-docs/${doc}`)]) {
      const full = path.join(ROOT, file);
      if (!existsSync(full)) {
        broken.push(`${file} (missing)`);
        continue;
      }
      for (const [, target = ""] of readFileSync(full, "utf8").matchAll(/\]\(([^)\s]+)\)/gu)) {
        if (/^[a-z]+:|^#/u.test(target)) continue;
        const withoutAnchor = target.split("#")[0] ?? "";
        if (!existsSync(path.resolve(path.dirname(full), withoutAnchor))) broken.push(`${file} -> ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

/** The text of a README section, from its heading to the next heading of the same or a higher level. */
function readmeSection(heading: string): string {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const level = /^#+/u.exec(heading)?.[0].length ?? 2;
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "${heading}" section`);
  const rest = readme.slice(start + heading.length + 2);
  const next = new RegExp(`^#{1,${String(level)}} `, "mu").exec(rest);
  return next ? rest.slice(0, next.index) : rest;
}

describe("README facts match the code", () => {
  it("the settings table lists every setting with its default", () => {
    const rows = new Map(
      [...readmeSection("## Settings").matchAll(/^\| `(\w+)` \| ([^|]+) \|/gmu)].map(([, key = "", value = ""]) => [key, value.trim()]),
    );
    const defaults = readSettings(undefined) as unknown as Record<string, unknown>;
    expect([...rows.keys()].sort()).toEqual(Object.keys(defaults).sort());
    for (const [key, value] of Object.entries(defaults)) {
      if (value !== null) expect(rows.get(key), key).toBe(`\`${JSON.stringify(value)}\``);
    }
  });

  it("the recorders setting lists every known vendor id", () => {
    const row = readmeSection("## Settings").split("\n").find((line) => line.startsWith("| `recorders` |")) ?? "";
    const listed = [...row.matchAll(/`([a-z]+)`/gu)].map(([, id = ""]) => id).filter((id) => id !== "recorders");
    expect(listed).toEqual([...VENDOR_IDS]);
  });

  it("the Configs section gives the JS block's files pattern", () => {
    expect(readmeSection("### Configs")).toContain(`\`${JS_FILES.join(", ")}\``);
  });

  it("the server-template table names every extension of the HTML block", () => {
    const table = readmeSection("### Plain HTML and server templates");
    expect(HTML_FILE_EXTENSIONS.filter((extension) => !table.includes(`\`.${extension}\``))).toEqual([]);
  });
});

describe("example extraction (the convention above)", () => {
  it("reads headings and markers", () => {
    const markdown = [
      "## Examples", "### Incorrect", "```jsx", "<input />", "```",
      "<!-- right file=x.component.html -->", "```html", "<p></p>", "```",
      "### Correct", "```ts", "const a = 1;", "```",
      "❌ also wrong:", "", "```vue", "<template><p/></template>", "```",
      "## Options", "```js", "export default [];", "```",
      "### ✅ Right", "```json", "{}", "```",
    ].join("\n");
    expect(extractExamples("x.md", markdown).map(({ kind, lang, file, line }) => `${line} ${kind} ${lang} ${file}`)).toEqual([
      "3 wrong jsx example.jsx",
      "7 right html x.component.html",
      "11 right ts example.ts",
      "16 wrong vue example.vue",
    ]);
  });
});

const examples = docFiles().flatMap((doc) => extractExamples(doc, readFileSync(path.join(DOCS_DIR, doc), "utf8")));

describe("wrong examples in rules-docs/ are reported, right ones are not", () => {
  it("rules-docs/ has wrong and right examples for every rule", () => {
    const missing = ruleNames.flatMap((name) =>
      (["wrong", "right"] as const)
        .filter((kind) => !examples.some((example) => example.doc === `${name}.md` && example.kind === kind))
        .map((kind) => `${name}.md: no ${kind} example`),
    );
    expect(missing).toEqual([]);
  });

  const linter = new Linter();
  it.each(examples.map((example) => [`${example.doc}:${example.line} (${example.kind}, ${example.lang})`, example] as const))(
    "%s",
    (_name, example) => {
      const rule = example.doc.replace(/\.md$/u, "");
      const isRuleDoc = (ruleNames as string[]).includes(rule);
      const rulesUnderTest = isRuleDoc ? [rule as keyof typeof rules] : ruleNames;
      const messages = linter.verify(example.code, configFor(rulesUnderTest, example.settings), { filename: example.file });
      const fatal = messages.filter((message) => message.fatal || message.ruleId === null);
      expect(fatal.map((message) => `${message.line}:${message.column} ${message.message}`), "the example must parse and configure").toEqual([]);
      const reports = messages.filter((message) => message.ruleId !== null && rulesUnderTest.some((name) => message.ruleId === `replay-privacy/${name}`));
      if (example.kind === "wrong") {
        expect(reports.length, `a wrong example must get a report from ${isRuleDoc ? `replay-privacy/${rule}` : "the plugin"}`).toBeGreaterThan(0);
      } else {
        expect(reports.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`)).toEqual([]);
      }
    },
  );
});
