/**
 * No-crash sweep: every rule, with configs.recommended, configs.strict and configs.all (configs
 * that are identical today are linted once, see SWEPT_PRESETS), over every file under
 * test/fixtures/, test/corpus/ and examples/ (found at run time, so new fixtures and corpora are
 * picked up without touching this file), plus large and deep generated inputs.
 *
 * Each file is linted the ways a project would lint it: parser by extension (JS files alternate
 * between espree and @typescript-eslint/parser); `.vue` with and without vue-eslint-parser;
 * `.svelte` with svelte-eslint-parser; Angular templates with both our HTML language and
 * @angular-eslint/template-parser; ESLint 10, and ESLint 9 for every third file's first pass.
 * These must hold (see test/fuzz/harness.ts): no rule throws; no fatal message, except a parse
 * error in a deliberately broken file (its name contains `.parse-error.`); every report and fix
 * range lies inside the file; and, for configs.all on every other file, an applied suggestion gives
 * code that still lints and adds no report on the element.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import angularParser from "@angular-eslint/template-parser";
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import * as svelteParser from "svelte-eslint-parser";
import { describe, expect, it } from "vitest";
import { HTML_FILE_EXTENSIONS } from "../src/configs/files.js";
import plugin from "../src/index.js";
import {
  checkAll,
  checkLocations,
  checkNoCrash,
  configFor,
  type EslintMajor,
  lint,
  type LintSetup,
  type Preset,
  PRESETS,
  PropertyViolation,
  stackTop,
  type Violation,
} from "./fuzz/harness.js";
import { deepHtml, deepJsx, largeHtml, largeJsx, TWO_MB } from "./fuzz/large-files.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SWEPT_DIRECTORIES = ["test/fixtures", "test/corpus", "examples"];
const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(["node_modules", "dist", ".git"]);

/**
 * Settings per preset (indexes into SETTINGS_VARIANTS): recommended with none; strict with three
 * recorders and consent guards; all with many recorders and custom components.
 */
const SETTINGS_FOR: Record<Preset, number> = { recommended: 0, strict: 2, all: 3 };

/**
 * Presets that configure something different. While every rule is recommended, configs.strict and
 * configs.all are the same blocks (same rules, same options): lint with one of them, and give it
 * both presets' settings on alternate files. A rule that only one of them enables separates them
 * again without a change here.
 */
function presetKey(preset: Preset): string {
  return JSON.stringify(plugin.configs[preset].map(({ files, ignores, language, rules }) => ({ files, ignores, language, rules })));
}
/** The last of each group of identical presets (so configs.all stands for configs.strict today). */
const SWEPT_PRESETS: readonly Preset[] = PRESETS.filter((preset, index) => !PRESETS.slice(index + 1).some((later) => presetKey(later) === presetKey(preset)));

/** The settings of the presets a swept preset stands for, taking turns file by file. */
function settingsFor(preset: Preset, fileIndex: number): number {
  const group = PRESETS.filter((other) => presetKey(other) === presetKey(preset));
  return SETTINGS_FOR[group[fileIndex % group.length] ?? preset];
}

/** Suggestions re-linted per file (configs.all, every other file); `SWEEP_SUGGESTIONS` overrides. */
const SUGGESTIONS_PER_FILE = Number(process.env.SWEEP_SUGGESTIONS ?? 1);
/**
 * Generous: only catches super-linear behaviour, not ordinary slowness on a busy machine. It bounds
 * the plugin's own time (ESLint `stats`: our rules, and our parse for HTML), not ESLint's JS parse.
 */
const LARGE_FILE_BOUND_MS = 20_000;

const JS_FILE = /\.(?:[cm]?jsx?|[cm]?tsx?)$/u;
const TS_FILE = /\.[cm]?tsx?$/u;
const HTML_FILE = new RegExp(`\\.(?:${HTML_FILE_EXTENSIONS.join("|")})$`, "u");
const ANGULAR_TEMPLATE = /(?:\.component|\.page)\.html$|(?:^|\/)angular\/.*\.html$/u;
/** Deliberately broken files: a parse error is their point (rules must still not crash). */
const EXPECTS_PARSE_ERROR = /\.parse-error\.[^/]+$/u;

function listFiles(directory: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(ROOT, directory), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = `${directory}/${entry.name}`;
    if (entry.isDirectory()) return SKIPPED_DIRECTORIES.has(entry.name) ? [] : listFiles(path);
    return entry.isFile() ? [path] : [];
  });
}

const jsBlock = (preset: Preset): Linter.Config => plugin.configs[preset][0] ?? {};
const htmlBlock = (preset: Preset): Linter.Config => plugin.configs[preset][1] ?? {};

interface Pass {
  label: string;
  setup: LintSetup;
  /** A parse error (fatal, no rule id, "Parsing error: ...") is what this pass expects or tolerates. */
  parseErrorAllowed: boolean;
  /** The file must produce no report of the plugin (it is not configured for it). */
  expectNoReports?: boolean;
  suggestions: boolean;
}

function passesFor(path: string, fileIndex = 0): Pass[] {
  const broken = EXPECTS_PARSE_ERROR.test(path);
  const passes: Pass[] = [];
  for (const preset of SWEPT_PRESETS) {
    const settings = settingsFor(preset, fileIndex);
    // Applied suggestions are re-linted on every other file (the fuzzers check suggestions in depth).
    const base = { parseErrorAllowed: broken, suggestions: preset === "all" && SUGGESTIONS_PER_FILE > 0 && fileIndex % 2 === 0 };
    // ESLint 9 (still supported) lints every third file in the first preset.
    const eslint: EslintMajor = preset === SWEPT_PRESETS[0] && fileIndex % 3 === 2 ? 9 : 10;
    if (JS_FILE.test(path)) {
      // JS and JSX must not depend on which parser built the tree: alternate files go through
      // @typescript-eslint/parser in the first preset.
      const typescript = TS_FILE.test(path) || (preset === "recommended" && fileIndex % 2 === 1);
      passes.push({ ...base, label: typescript && !TS_FILE.test(path) ? `${preset}, @typescript-eslint/parser` : preset, setup: { preset, settings, eslint, parser: typescript ? "typescript" : "espree" } });
    } else if (HTML_FILE.test(path)) {
      passes.push({ ...base, label: `${preset}, replay-privacy/html`, parseErrorAllowed: false, setup: { preset, settings, eslint, parser: "none" } });
      if (ANGULAR_TEMPLATE.test(path)) {
        // The README's split: angular-eslint's parser for component templates, the JS rules there.
        const override: Linter.Config[] = [
          jsBlock(preset),
          { ...htmlBlock(preset), ignores: [path] },
          { files: [path], plugins: jsBlock(preset).plugins ?? {}, languageOptions: { parser: angularParser }, rules: jsBlock(preset).rules ?? {} },
        ];
        passes.push({ ...base, label: `${preset}, @angular-eslint/template-parser`, setup: { preset, settings, eslint, parser: "none", override } });
      }
    } else if (path.endsWith(".vue")) {
      passes.push({ ...base, label: `${preset}, vue-eslint-parser`, setup: { preset, settings, eslint, parser: "vue" } });
      if (preset === "recommended") {
        // Without vue-eslint-parser: the presets do not match .vue files at all ...
        passes.push({ ...base, label: "presets only (no block for .vue)", expectNoReports: true, suggestions: false, setup: { preset, settings, eslint, parser: "espree" } });
        // ... and the JS rules on .vue with the default parser can only fail to parse.
        const override: Linter.Config[] = [{ files: ["**/*.vue"], plugins: jsBlock(preset).plugins ?? {}, rules: jsBlock(preset).rules ?? {} }];
        passes.push({ ...base, label: "JS rules on .vue with espree", parseErrorAllowed: true, suggestions: false, setup: { preset, settings, eslint, parser: "none", override } });
      }
    } else if (path.endsWith(".svelte")) {
      const extra: Linter.Config[] = [
        { files: ["**/*.svelte"], plugins: jsBlock(preset).plugins ?? {}, languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } }, rules: jsBlock(preset).rules ?? {} },
      ];
      passes.push({ ...base, label: `${preset}, svelte-eslint-parser`, setup: { preset, settings, eslint, parser: "espree", extra } });
    }
  }
  return passes.map((pass) => (pass.setup.eslint === 9 ? { ...pass, label: `${pass.label}, ESLint 9` } : pass));
}

function runPass(code: string, path: string, pass: Pass): Violation[] {
  const tagged = (violations: Violation[]): Violation[] => violations.map((v) => ({ property: `${pass.label}: ${v.property}`, detail: v.detail }));
  if (pass.suggestions) {
    try {
      checkAll(code, path, pass.setup, { maxSuggestions: SUGGESTIONS_PER_FILE, allowParseError: pass.parseErrorAllowed });
      return [];
    } catch (error) {
      if (error instanceof PropertyViolation) return tagged([...error.violations]);
      throw error;
    }
  }
  const outcome = lint(code, path, pass.setup);
  const violations = [...checkNoCrash(outcome, pass.parseErrorAllowed), ...checkLocations(outcome)];
  if (pass.expectNoReports) {
    const ours = outcome.messages.filter((message) => message.ruleId?.startsWith("replay-privacy/"));
    if (ours.length > 0) violations.push({ property: "no-reports", detail: `${ours.length} report(s) from a config that does not cover the file` });
  }
  return tagged(violations);
}

const files = SWEPT_DIRECTORIES.flatMap(listFiles)
  .filter((path) => passesFor(path).length > 0)
  .sort();

describe("sweep: every rule, every config, every fixture, corpus and example file", () => {
  it("runs every rule of the plugin in the configs it sweeps with", () => {
    const swept = new Set(SWEPT_PRESETS.flatMap((preset) => plugin.configs[preset].flatMap((block) => Object.keys(block.rules ?? {}))));
    expect([...swept].sort()).toEqual(Object.keys(plugin.rules).map((name) => `replay-privacy/${name}`).sort());
    for (const preset of PRESETS) expect(SWEPT_PRESETS.some((other) => presetKey(other) === presetKey(preset))).toBe(true);
  });

  it("finds the fixtures, the corpora and the examples", () => {
    expect(files.some((path) => path.startsWith("test/fixtures/sweep/"))).toBe(true);
    expect(files.some((path) => path.startsWith("examples/"))).toBe(true);
    expect(files.filter((path) => path.startsWith("test/fixtures/")).length).toBeGreaterThan(20);
  });

  it.each(files.map((path, index) => [path, index] as const))("%s", (path, index) => {
    const code = readFileSync(join(ROOT, path.split("/").join(sep)), "utf8");
    const violations = passesFor(path, index).flatMap((pass) => runPass(code, path, pass));
    if (violations.length > 0) throw new PropertyViolation(violations, path, code);
    if (EXPECTS_PARSE_ERROR.test(path)) {
      // A broken file that parses is no longer testing what its name says.
      const outcome = lint(code, path, passesFor(path)[0]!.setup);
      expect(outcome.messages.some((message) => message.fatal && message.message.startsWith("Parsing error"))).toBe(true);
    }
  });
});

describe("sweep: large and deep generated files", () => {
  interface Timed {
    reports: number;
    /** Wall time of the whole lint (ESLint's parse and traversal included). */
    totalMs: number;
    /** The plugin's own share: its rules, plus the parse when the language is ours. */
    pluginMs: number;
  }

  /** Lints once with ESLint's `stats`, on a fresh Linter (its times accumulate per instance). */
  function timed(code: string, filename: string, setup: LintSetup, ourLanguage: boolean): Timed {
    const linter = new Linter({ configType: "flat" });
    const start = performance.now();
    let messages: Linter.LintMessage[];
    try {
      // ESLint collects `stats` in verifyAndFix only (fix: false keeps it to one pass).
      messages = linter.verifyAndFix(code, configFor(setup), { filename, fix: false, stats: true } as Linter.FixOptions).messages;
    } catch (error) {
      throw new PropertyViolation([{ property: "no-crash", detail: stackTop(error) }], filename, code);
    }
    const totalMs = performance.now() - start;
    const outcome = { messages, crash: null, sourceCode: linter.getSourceCode() };
    const violations = [...checkNoCrash(outcome), ...checkLocations(outcome)];
    if (violations.length > 0) throw new PropertyViolation(violations, filename, code);
    const pass = linter.getTimes().passes[0];
    const ruleMs = Object.entries(pass?.rules ?? {}).reduce((sum, [ruleId, time]) => sum + (ruleId.startsWith("replay-privacy/") ? time.total : 0), 0);
    return { reports: messages.length, totalMs, pluginMs: ruleMs + (ourLanguage ? (pass?.parse?.total ?? 0) : 0) };
  }

  const describeTime = ({ totalMs, pluginMs }: Timed): string => `plugin ${Math.round(pluginMs)} ms of ${Math.round(totalMs)} ms in total`;

  it("a 2 MB JSX module lints with configs.all in bounded time", () => {
    const code = largeJsx();
    expect(code.length).toBeGreaterThanOrEqual(TWO_MB);
    const result = timed(code, "src/Large.jsx", { preset: "all", settings: 3, eslint: 10, parser: "espree" }, false);
    expect(result.reports).toBeGreaterThan(1000);
    expect(result.pluginMs, describeTime(result)).toBeLessThan(LARGE_FILE_BOUND_MS);
  }, 120_000);

  it("a 2 MB HTML page lints with configs.all in bounded time", () => {
    const code = largeHtml();
    expect(code.length).toBeGreaterThanOrEqual(TWO_MB);
    const result = timed(code, "public/large.html", { preset: "all", settings: 3, eslint: 10, parser: "none" }, true);
    expect(result.reports).toBeGreaterThan(1000);
    expect(result.pluginMs, describeTime(result)).toBeLessThan(LARGE_FILE_BOUND_MS);
  }, 120_000);

  it("markup nested 5,000 deep lints without overflowing the stack", () => {
    expect(timed(deepHtml(5000), "public/deep.html", { preset: "recommended", settings: 0, eslint: 10, parser: "none" }, true).reports).toBe(1);
  }, 30_000);

  it("JSX nested 300 deep lints without overflowing the stack", () => {
    expect(timed(deepJsx(300), "src/Deep.jsx", { preset: "recommended", settings: 0, eslint: 10, parser: "espree" }, false).reports).toBe(1);
  }, 30_000);
});
