#!/usr/bin/env node
// Lints the example project with the plugin's recommended config, prints the findings with ESLint's
// stylish formatter, and compares them with examples/expected-findings.json.
//
//   npm run demo                           build the plugin, then run this
//   node examples/run-demo.js              exit 0 only when the findings match the expected ones exactly
//   node examples/run-demo.js --update     rewrite expected-findings.json from the current findings
//                                          (keeps the notes of findings that did not move; review the diff)
//
// test/examples.test.ts and test/eslint9.test.ts import the functions below, so the demo is also the
// end-to-end test, on ESLint 10 and on ESLint 9.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ESLint } from "eslint";

export const EXAMPLES_DIR = path.dirname(fileURLToPath(import.meta.url));
export const CONFIG_FILE = path.join(EXAMPLES_DIR, "eslint.config.js");
export const EXPECTED_FILE = path.join(EXAMPLES_DIR, "expected-findings.json");

/** Lints every file of examples/ with its own eslint.config.js; `ESLintClass` lets tests pass ESLint 9's. */
export async function lintExamples(ESLintClass = ESLint, options = {}) {
  const eslint = new ESLintClass({ cwd: EXAMPLES_DIR, overrideConfigFile: CONFIG_FILE, ...options });
  const results = await eslint.lintFiles(["."]);
  return { eslint, results };
}

/** One finding per message: path relative to examples/ (with `/`), line, rule id (null for a parse error). */
export function toFindings(results) {
  const findings = [];
  for (const result of results) {
    const file = path.relative(EXAMPLES_DIR, result.filePath).split(path.sep).join("/");
    for (const message of result.messages) {
      findings.push({ file, line: message.line ?? 0, ruleId: message.ruleId ?? null, message: message.message });
    }
  }
  return sortFindings(findings);
}

export function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || String(a.ruleId).localeCompare(String(b.ruleId)),
  );
}

const keyOf = (finding) => `${finding.file}:${finding.line} ${finding.ruleId}`;

/**
 * Compares two lists of findings as multisets of (file, line, ruleId).
 * Returns the expected findings that did not appear and the actual ones nobody expected.
 */
export function compareFindings(actual, expected) {
  const remaining = new Map();
  for (const finding of expected) {
    const key = keyOf(finding);
    remaining.set(key, [...(remaining.get(key) ?? []), finding]);
  }
  const unexpected = [];
  for (const finding of actual) {
    const matches = remaining.get(keyOf(finding));
    if (matches && matches.length > 0) matches.shift();
    else unexpected.push(finding);
  }
  const missing = [...remaining.values()].flat();
  return { missing: sortFindings(missing), unexpected: sortFindings(unexpected) };
}

/** `{ findings, pending }` from expected-findings.json. */
export function readExpected(file = EXPECTED_FILE) {
  const data = JSON.parse(readFileSync(file, "utf8"));
  return { findings: data.findings ?? [], pending: data.pending ?? [] };
}

/** Human-readable difference, one line per finding; empty when the lists match. */
export function formatDifference({ missing, unexpected }) {
  const lines = [];
  for (const finding of missing) {
    lines.push(`  - expected, not reported: ${keyOf(finding)}${finding.note ? ` - ${finding.note}` : ""}`);
  }
  for (const finding of unexpected) {
    lines.push(`  + reported, not expected: ${keyOf(finding)}  ${finding.message ?? ""}`.trimEnd());
  }
  return lines.join("\n");
}

/** Rewrites the expected findings from the actual ones, keeping the notes of findings that stayed put. */
export function updateExpected(actual, file = EXPECTED_FILE) {
  const data = JSON.parse(readFileSync(file, "utf8"));
  const notes = new Map();
  for (const finding of [...(data.findings ?? []), ...(data.pending ?? [])]) {
    if (finding.note) notes.set(keyOf(finding), finding.note);
  }
  const findings = actual.map(({ file: f, line, ruleId }) => {
    const note = notes.get(keyOf({ file: f, line, ruleId }));
    return note ? { file: f, line, ruleId, note } : { file: f, line, ruleId };
  });
  // A pending finding that is now reported moves to `findings`.
  const reported = new Set(findings.map(keyOf));
  const pending = (data.pending ?? []).filter((finding) => !reported.has(keyOf(finding)));
  writeFileSync(file, serializeExpected({ ...data, findings, pending }));
  return { findings, pending };
}

/** JSON with one finding per line, so a change to the examples shows as a one-line diff. */
export function serializeExpected(data) {
  const list = (items) =>
    items.length === 0 ? "[]" : `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(",\n")}\n  ]`;
  const entries = Object.entries(data).map(([key, value]) =>
    `  ${JSON.stringify(key)}: ${Array.isArray(value) ? list(value) : JSON.stringify(value)}`,
  );
  return `{\n${entries.join(",\n")}\n}\n`;
}

async function main() {
  const update = process.argv.includes("--update");
  const { eslint, results } = await lintExamples();
  const formatter = await eslint.loadFormatter("stylish");
  const output = await formatter.format(results);
  process.stdout.write(output || "No findings.\n");

  const actual = toFindings(results);
  if (update) {
    const { findings, pending } = updateExpected(actual);
    console.log(`\nWrote ${findings.length} findings (${pending.length} still pending) to ${path.relative(process.cwd(), EXPECTED_FILE)}.`);
    return 0;
  }

  const expected = readExpected();
  const counts = new Map();
  for (const finding of actual) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  console.log("\nFindings per rule:");
  for (const [ruleId, count] of [...counts].sort()) console.log(`  ${ruleId}: ${count}`);
  if (expected.pending.length > 0) {
    console.log(`\n${expected.pending.length} finding(s) wait for rules still in progress (not compared):`);
    for (const finding of expected.pending) console.log(`  ${keyOf(finding)}${finding.note ? ` - ${finding.note}` : ""}`);
  }

  const difference = compareFindings(actual, expected.findings);
  if (difference.missing.length === 0 && difference.unexpected.length === 0) {
    console.log(`\nDemo OK: all ${actual.length} findings are the expected ones (examples/expected-findings.json).`);
    return 0;
  }
  console.error(`\nDemo FAILED: the findings differ from examples/expected-findings.json:\n${formatDifference(difference)}`);
  console.error("If the change is intended, run `node examples/run-demo.js --update` and review the diff.");
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
