// Types of run-demo.js, for the tests that import it.
import type { ESLint } from "eslint";

export interface Finding {
  /** Path relative to examples/, with `/`. */
  file: string;
  line: number;
  /** `null` for a parse error. */
  ruleId: string | null;
  message?: string;
  note?: string;
}

export interface Difference {
  missing: Finding[];
  unexpected: Finding[];
}

/** The parts of ESLint 9's and ESLint 10's `ESLint` class the demo uses. */
export interface ESLintLike {
  lintFiles(patterns: string[]): Promise<ESLint.LintResult[]>;
  loadFormatter(name: string): Promise<ESLint.LoadedFormatter>;
}

export const EXAMPLES_DIR: string;
export const CONFIG_FILE: string;
export const EXPECTED_FILE: string;

export function lintExamples(
  ESLintClass?: new (options: Record<string, unknown>) => ESLintLike,
  options?: Record<string, unknown>,
): Promise<{ eslint: ESLintLike; results: ESLint.LintResult[] }>;
export function toFindings(results: readonly ESLint.LintResult[]): Finding[];
export function sortFindings(findings: readonly Finding[]): Finding[];
export function compareFindings(actual: readonly Finding[], expected: readonly Finding[]): Difference;
export function readExpected(file?: string): { findings: Finding[]; pending: Finding[] };
export function formatDifference(difference: Difference): string;
export function updateExpected(actual: readonly Finding[], file?: string): { findings: Finding[]; pending: Finding[] };
export function serializeExpected(data: Record<string, unknown>): string;
