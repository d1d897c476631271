/**
 * `npm run demo` as an end-to-end test: examples/ linted with its own eslint.config.js (the built
 * plugin's configs.recommended) must report exactly examples/expected-findings.json.
 */
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { rules } from "../src/index.js";
import {
  compareFindings,
  EXAMPLES_DIR,
  type Finding,
  formatDifference,
  lintExamples,
  readExpected,
  toFindings,
} from "../examples/run-demo.js";

const ruleIds = Object.keys(rules).map((name) => `replay-privacy/${name}`);

/** Every file of examples/ a user would lint (the demo's own harness aside). */
function exampleSources(dir = EXAMPLES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return exampleSources(full);
    return /\.(?:tsx?|jsx?|vue|html)$/u.test(entry.name) && !entry.name.startsWith("run-demo")
      ? [path.relative(EXAMPLES_DIR, full).split(path.sep).join("/")]
      : [];
  });
}

describe("examples/ (npm run demo)", () => {
  let results: ESLint.LintResult[];
  let actual: Finding[];
  const expected = readExpected();

  beforeAll(async () => {
    ({ results } = await lintExamples(ESLint));
    actual = toFindings(results);
  }, 60_000);

  it("reports exactly the findings in examples/expected-findings.json", () => {
    const difference = compareFindings(actual, expected.findings);
    // An empty string when they match; otherwise one line per finding that differs.
    expect(formatDifference(difference)).toBe("");
  });

  it("lints every example file (none ignored, none unparsable)", () => {
    const linted = results.map((result) => path.relative(EXAMPLES_DIR, result.filePath).split(path.sep).join("/"));
    expect(linted.sort()).toEqual(exampleSources().sort());
    expect(results.flatMap((result) => result.messages.filter((message) => message.fatal))).toEqual([]);
  });

  it("shows every rule of the plugin (reported, or pending while the rule is in progress)", () => {
    const shown = new Set([...expected.findings, ...expected.pending].map((finding) => finding.ruleId));
    expect(ruleIds.filter((id) => !shown.has(id))).toEqual([]);
  });

  it("lists as pending only findings that are not reported yet, for rules of the plugin", () => {
    for (const finding of expected.pending) expect(ruleIds).toContain(finding.ruleId);
    const stillPending = compareFindings(actual, expected.pending).missing;
    expect(stillPending).toEqual(expected.pending);
  });

  it("shows findings from TSX, TS, Vue and HTML files", () => {
    const extensions = new Set(actual.map((finding) => path.extname(finding.file)));
    expect([...extensions].sort()).toEqual([".html", ".ts", ".tsx", ".vue"]);
  });

  it("compareFindings catches a finding that moved to another line", () => {
    const [first, ...rest] = expected.findings;
    if (!first) throw new Error("expected-findings.json lists no findings");
    const moved = { ...first, line: first.line + 1 };
    const difference = compareFindings([moved, ...rest], expected.findings);
    expect(difference.missing).toEqual([first]);
    expect(difference.unexpected).toEqual([moved]);
    expect(formatDifference(difference)).toContain(`${first.file}:${first.line + 1} ${first.ruleId}`);
  });

  it("the demo script prints the stylish report and exits 0", async () => {
    const script = path.join(EXAMPLES_DIR, "run-demo.js");
    const { stdout } = await promisify(execFile)(process.execPath, [script], { maxBuffer: 16 * 1024 * 1024 });
    expect(stdout).toContain("Demo OK");
    expect(stdout).toMatch(/✖ \d+ problems?/u);
  }, 60_000);
});
