/**
 * The properties every fuzz case and every sweep file must keep, checked through ESLint's `Linter`
 * with the plugin's flat configs and real parsers:
 *
 * 1. no rule throws (ESLint rethrows a rule's exception from `verify`), and there is no fatal
 *    message (a parse error of input that should parse, or a crash reported as a message);
 * 2. every report and every fix range lies inside the file (lines, columns, offsets), and no fix
 *    splits a surrogate pair;
 * 3. every suggestion, applied, gives output that lints without a crash or a fatal message, and the
 *    rule does not report the same element with a message it did not have before.
 */
import { Linter } from "eslint";
import { Linter as Linter9 } from "eslint-v9";
import * as fc from "fast-check";
import tsParser from "@typescript-eslint/parser";
import vueParser from "vue-eslint-parser";
import plugin from "../../src/index.js";

export type Preset = "recommended" | "strict" | "all";
export const PRESETS: readonly Preset[] = ["recommended", "strict", "all"];

const PLUGIN_PREFIX = "replay-privacy/";

// --- Run parameters ----------------------------------------------------------------------------

function envInteger(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, got ${JSON.stringify(raw)}`);
  return value;
}

/** Fixed by default so CI is deterministic; `FUZZ_SEED=<n>` explores elsewhere. */
export const FUZZ_SEED = envInteger("FUZZ_SEED") ?? 20_250_611;
const RUNS_OVERRIDE = envInteger("FUZZ_RUNS");

/** fast-check parameters: the given run count unless `FUZZ_RUNS` overrides it. */
export function fuzzParameters(defaultRuns: number): fc.Parameters<unknown> {
  return { seed: FUZZ_SEED, numRuns: RUNS_OVERRIDE ?? defaultRuns, verbose: 0 };
}

/** Test timeout that grows with `FUZZ_RUNS` (long local campaigns must not hit vitest's timeout). */
export function fuzzTimeout(defaultRuns: number, budgetMs: number): number {
  const runs = RUNS_OVERRIDE ?? defaultRuns;
  return Math.max(budgetMs, Math.ceil((budgetMs * runs) / defaultRuns) * 2);
}

// --- Configs -----------------------------------------------------------------------------------

/** Shared settings the cases rotate through: no recorders, one, several, all, custom components. */
export const SETTINGS_VARIANTS: readonly Record<string, unknown>[] = [
  {},
  { "replay-privacy": { recorders: ["fullstory"] } },
  { "replay-privacy": { recorders: ["logrocket", "sentry", "hotjar"], consentGuards: ["hasConsent", "consent.analytics", "userAgreed"] } },
  {
    "replay-privacy": {
      recorders: ["datadog", "posthog", "clarity", "openreplay", "rrweb", "amplitude", "mixpanel", "highlight", "newrelic"],
      components: { MoneyField: "input", SecretBox: "textarea", Weird: "div", "Form.Control": "select" },
      polymorphicPropName: "component",
      htmlTemplateTags: ["markup", "svg"],
    },
  },
  { "replay-privacy": { detectDesignSystemFields: false, recorders: [] } },
];

export type ParserName = "espree" | "typescript" | "vue" | "none";
export type EslintMajor = 9 | 10;

export interface LintSetup {
  preset: Preset;
  settings: number;
  /** Parser for JS-family files (`none` for the HTML language). */
  parser: ParserName;
  eslint: EslintMajor;
  /** Extra config blocks (after the preset and parser blocks), e.g. a parser for `.svelte` files. */
  extra?: Linter.Config[];
  /** Blocks that replace the preset entirely (the settings block is still appended). */
  override?: Linter.Config[];
}

const configCache = new Map<string, Linter.Config[]>();

function parserBlocks(setup: LintSetup): Linter.Config[] {
  switch (setup.parser) {
    case "typescript":
      return [{ files: ["**/*"], languageOptions: { parser: tsParser } }];
    case "vue": {
      // A .vue file gets the preset's JS rules with vue-eslint-parser (what the README tells users to write).
      const [js] = plugin.configs[setup.preset];
      return [{
        files: ["**/*.vue"],
        plugins: js?.plugins ?? {},
        languageOptions: { parser: vueParser, parserOptions: { parser: tsParser, sourceType: "module", ecmaVersion: "latest" } },
        rules: js?.rules ?? {},
      }];
    }
    case "espree":
    case "none":
      return [];
  }
}

/** The preset's flat config, a parser block, extra blocks and the settings block (cached; never mutated). */
export function configFor(setup: LintSetup): Linter.Config[] {
  if (setup.extra || setup.override) return buildConfig(setup);
  const key = `${setup.preset}|${setup.settings}|${setup.parser}`;
  let config = configCache.get(key);
  if (!config) {
    config = buildConfig(setup);
    configCache.set(key, config);
  }
  return config;
}

function buildConfig(setup: LintSetup): Linter.Config[] {
  if (setup.override) return [...setup.override, { settings: SETTINGS_VARIANTS[setup.settings] ?? {} }];
  return [...plugin.configs[setup.preset], ...parserBlocks(setup), ...(setup.extra ?? []), { settings: SETTINGS_VARIANTS[setup.settings] ?? {} }];
}

const linters = { 9: new Linter9({ configType: "flat" }), 10: new Linter({ configType: "flat" }) } as const;

// --- Linting and checking ----------------------------------------------------------------------

export interface Violation {
  property: string;
  detail: string;
}

export class PropertyViolation extends Error {
  constructor(
    readonly violations: readonly Violation[],
    filename: string,
    code: string,
  ) {
    super(`${violations.map((v) => `[${v.property}] ${v.detail}`).join("\n")}\n${describeInput(filename, code)}`);
    this.name = "PropertyViolation";
  }
}

/** Short, readable input for failure messages (long inputs are cut in the middle). */
export function describeInput(filename: string, code: string): string {
  const shown = code.length > 4000 ? `${code.slice(0, 2000)}\n[... ${code.length - 4000} characters ...]\n${code.slice(-2000)}` : code;
  return `--- ${filename} (${code.length} chars) as JSON string ---\n${JSON.stringify(shown)}\n--- end ---`;
}

interface SourceCodeLike {
  text: string;
  lines: readonly string[];
  getIndexFromLoc(loc: { line: number; column: number }): number;
}

export interface LintOutcome {
  messages: Linter.LintMessage[];
  /** Set when linting threw (a rule or the language crashed). */
  crash: unknown;
  sourceCode: SourceCodeLike | null;
}

export function lint(code: string, filename: string, setup: LintSetup): LintOutcome {
  const linter = linters[setup.eslint] as unknown as Linter;
  try {
    const messages = linter.verify(code, configFor(setup), { filename });
    return { messages, crash: null, sourceCode: linter.getSourceCode() };
  } catch (error) {
    return { messages: [], crash: error ?? new Error("undefined was thrown"), sourceCode: null };
  }
}

/** The first lines of an error's stack (enough to find the frame in src/). */
export function stackTop(error: unknown, frames = 6): string {
  if (error instanceof Error) {
    const lines = (error.stack ?? String(error)).split("\n");
    const message = error.message.split("\n");
    const at = lines.filter((line) => line.trimStart().startsWith("at ")).slice(0, frames);
    return [...message, ...at].join("\n");
  }
  return String(error);
}

/**
 * ESLint's own (correct) answer to a second `eslint` config comment for the same rule, which the
 * generated markup may contain; every other config problem is a finding.
 */
const DUPLICATE_INLINE_CONFIG = /^Rule "[^"]+" is already configured by another configuration comment/u;

function isOurs(message: Linter.LintMessage): boolean {
  return message.ruleId?.startsWith(PLUGIN_PREFIX) ?? false;
}

/** Crash, fatal messages, foreign messages. `allowParseError`: a fatal parse error is expected. */
export function checkNoCrash(outcome: LintOutcome, allowParseError = false): Violation[] {
  if (outcome.crash !== null) return [{ property: "no-crash", detail: stackTop(outcome.crash) }];
  const violations: Violation[] = [];
  for (const message of outcome.messages) {
    if (message.fatal) {
      if (allowParseError && message.ruleId === null) continue;
      violations.push({ property: "no-fatal", detail: `${message.ruleId ?? "(parser)"} ${message.line}:${message.column} ${message.message}` });
    } else if (!isOurs(message) && message.ruleId !== null) {
      violations.push({ property: "only-plugin-messages", detail: `${message.ruleId}: ${message.message}` });
    } else if (message.ruleId === null && message.severity === 2 && !DUPLICATE_INLINE_CONFIG.test(message.message)) {
      violations.push({ property: "no-config-error", detail: message.message });
    }
  }
  return violations;
}

function positionProblem(lines: readonly string[], line: number | undefined, column: number | undefined, what: string): string | null {
  if (line === undefined || column === undefined) return null;
  if (!Number.isInteger(line) || line < 1 || line > lines.length) return `${what} line ${line} outside 1..${lines.length}`;
  const length = (lines[line - 1] ?? "").length;
  if (!Number.isInteger(column) || column < 1 || column > length + 1) return `${what} column ${column} outside 1..${length + 1} on line ${line}`;
  return null;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether offset falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

function fixProblem(text: string, fix: { range: [number, number]; text: string } | undefined, what: string): string | null {
  if (!fix) return null;
  const [start, end] = fix.range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    return `${what} range [${start}, ${end}] outside [0, ${text.length}]`;
  }
  if (typeof fix.text !== "string") return `${what} text is not a string`;
  if (splitsPair(text, start) || splitsPair(text, end)) return `${what} range [${start}, ${end}] splits a surrogate pair`;
  return null;
}

/** Report locations and fix ranges inside the file. */
export function checkLocations(outcome: LintOutcome): Violation[] {
  const { sourceCode } = outcome;
  if (!sourceCode) return [];
  const violations: Violation[] = [];
  for (const message of outcome.messages.filter(isOurs)) {
    const where = `${message.ruleId} (${message.messageId ?? "?"})`;
    const problems = [
      positionProblem(sourceCode.lines, message.line, message.column, "start"),
      positionProblem(sourceCode.lines, message.endLine, message.endColumn, "end"),
      fixProblem(sourceCode.text, message.fix, "fix"),
      ...(message.suggestions ?? []).map((suggestion, index) => fixProblem(sourceCode.text, suggestion.fix, `suggestion ${index}`)),
    ];
    if (
      !problems[0] && !problems[1] && message.endLine !== undefined && message.endColumn !== undefined &&
      (message.endLine < message.line || (message.endLine === message.line && message.endColumn < message.column))
    ) {
      problems.push(`end ${message.endLine}:${message.endColumn} before start ${message.line}:${message.column}`);
    }
    for (const problem of problems) if (problem) violations.push({ property: "location-inside-file", detail: `${where}: ${problem}` });
  }
  return violations;
}

function offsetOf(sourceCode: SourceCodeLike, line: number, column: number): number {
  return sourceCode.getIndexFromLoc({ line, column: column - 1 });
}

interface Applied {
  output: string;
  /** Offset range of the reported element in the output (where "the same element" is). */
  elementStart: number;
  elementEnd: number;
}

/** Applies one suggestion and says where the reported element lands in the output. */
function applySuggestion(sourceCode: SourceCodeLike, message: Linter.LintMessage, fix: { range: [number, number]; text: string }): Applied {
  const { text } = sourceCode;
  const [from, to] = fix.range;
  const output = text.slice(0, from) + fix.text + text.slice(to);
  const delta = fix.text.length - (to - from);
  const start = offsetOf(sourceCode, message.line, message.column);
  const map = (offset: number): number => (offset < from ? offset : offset >= to ? offset + delta : from);
  if (start >= from && start < to) {
    // The fix rewrote where the report starts: the element is whatever now starts in the new text.
    return { output, elementStart: from, elementEnd: from + fix.text.length };
  }
  const mapped = map(start);
  return { output, elementStart: mapped, elementEnd: mapped };
}

function messageKey(message: Linter.LintMessage): string {
  return `${message.ruleId}|${message.messageId ?? message.message}`;
}

export interface CheckOptions {
  /** Suggestions checked per case at most (spread over all reports); default 24. */
  maxSuggestions?: number;
  /** Lint the result of applying suggestions (default true). */
  suggestions?: boolean;
  /** The input may fail to parse (a deliberately broken file); the rules still must not throw. */
  allowParseError?: boolean;
}

/**
 * Lints `code` and checks every property. Returns the first lint's outcome; throws a
 * `PropertyViolation` naming every broken property, the stack top of a crash and the input.
 */
export function checkAll(code: string, filename: string, setup: LintSetup, options: CheckOptions = {}): LintOutcome {
  const outcome = lint(code, filename, setup);
  const violations = [...checkNoCrash(outcome, options.allowParseError), ...checkLocations(outcome)];
  if (violations.length === 0 && options.suggestions !== false && outcome.sourceCode) {
    const bom = code.startsWith("\uFEFF") ? "\uFEFF" : "";
    violations.push(...checkSuggestions(outcome, filename, setup, options.maxSuggestions ?? 24, bom));
  }
  if (violations.length > 0) throw new PropertyViolation(violations, filename, code);
  return outcome;
}

function checkSuggestions(outcome: LintOutcome, filename: string, setup: LintSetup, max: number, bom: string): Violation[] {
  const sourceCode = outcome.sourceCode;
  if (!sourceCode) return [];
  const candidates = outcome.messages.filter(isOurs).flatMap((message) => (message.suggestions ?? []).map((suggestion) => ({ message, suggestion })));
  const step = Math.max(1, Math.ceil(candidates.length / max));
  const violations: Violation[] = [];
  for (let index = 0; index < candidates.length; index += step) {
    const candidate = candidates[index];
    if (!candidate) continue;
    const { message, suggestion } = candidate;
    const where = `suggestion "${suggestion.desc}" of ${message.ruleId} at ${message.line}:${message.column}`;
    const applied = applySuggestion(sourceCode, message, suggestion.fix);
    const after = lint(bom + applied.output, filename, setup);
    const afterProblems = [...checkNoCrash(after), ...checkLocations(after)];
    if (afterProblems.length > 0) {
      for (const problem of afterProblems) violations.push({ property: `suggestion-output-${problem.property}`, detail: `${where}: ${problem.detail}\n  output: ${JSON.stringify(excerpt(applied.output, applied.elementStart))}` });
      continue;
    }
    const afterSource = after.sourceCode;
    if (!afterSource) continue;
    const start = offsetOf(sourceCode, message.line, message.column);
    const before = outcome.messages.filter((m) => m.ruleId === message.ruleId && offsetOf(sourceCode, m.line, m.column) === start).map(messageKey);
    const onElement = after.messages.filter((m) => {
      if (m.ruleId !== message.ruleId) return false;
      const offset = offsetOf(afterSource, m.line, m.column);
      return offset >= applied.elementStart && offset <= applied.elementEnd;
    });
    const remaining = [...before];
    for (const report of onElement) {
      const at = remaining.indexOf(messageKey(report));
      if (at === -1) {
        violations.push({
          property: "suggestion-no-new-report",
          detail: `${where} leads to a new ${report.ruleId} report (${report.messageId}): ${report.message}\n  output: ${JSON.stringify(excerpt(applied.output, applied.elementStart))}`,
        });
      } else {
        remaining.splice(at, 1);
      }
    }
  }
  return violations;
}

function excerpt(text: string, around: number): string {
  const from = Math.max(0, around - 120);
  return `${from > 0 ? "…" : ""}${text.slice(from, around + 160)}${around + 160 < text.length ? "…" : ""}`;
}

/** fast-check property runner: a failure message with the seed and path comes from fast-check. */
export function assertProperty<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, defaultRuns: number): void {
  fc.assert(fc.property(arbitrary, predicate), fuzzParameters(defaultRuns) as fc.Parameters<[T]>);
}
