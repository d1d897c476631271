/**
 * The CI gate with the real CLI (`node node_modules/eslint/bin/eslint.js`) on examples/:
 * `--max-warnings 0`, `--cache` (second run from the cache), `--concurrency 2`, and SARIF output
 * for code scanning (@microsoft/eslint-formatter-sarif). Run from examples/, whose
 * eslint.config.js is found the way a user's is.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rules } from "../src/index.js";
import { readExpected } from "../examples/run-demo.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const EXAMPLES = path.join(ROOT, "examples");
const ESLINT_BIN = path.join(ROOT, "node_modules", "eslint", "bin", "eslint.js");
const WARNINGS_CONFIG = path.join(ROOT, "test", "fixtures", "cli", "warnings.config.js");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function eslint(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [ESLINT_BIN, ...args], {
      cwd: EXAMPLES,
      maxBuffer: 32 * 1024 * 1024,
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof code !== "number") throw error;
    return { code, stdout: stdout ?? "", stderr: stderr ?? "" };
  }
}

/** What must not change between runs: every message of every file, in a stable order. */
function normalize(run: Run): unknown {
  let results: ESLint.LintResult[];
  try {
    results = JSON.parse(run.stdout) as ESLint.LintResult[];
  } catch {
    throw new Error(`ESLint did not print JSON (exit ${run.code}):\n${run.stderr || run.stdout}`);
  }
  return results
    .map((result) => ({
      file: path.relative(EXAMPLES, result.filePath),
      messages: result.messages.map(({ ruleId, severity, line, column, endLine, endColumn, message }) => ({
        ruleId, severity, line, column, endLine, endColumn, message,
      })),
    }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

interface SarifLog {
  runs: {
    tool: { driver: { rules?: { id: string; helpUri?: string; shortDescription?: { text: string } }[] } };
    results: { ruleId: string }[];
  }[];
}

describe("CLI gate on examples/", () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), "replay-privacy-cache-"));
  const cacheFile = path.join(cacheDir, "eslintcache");
  // `plain` is the reference run; it starts with an empty cache, so it also writes the cache.
  let plain: Run;
  let cached: Run;
  let warnings: Run;
  let concurrent: Run;
  let sarif: Run;

  beforeAll(async () => {
    const cache = ["--cache", "--cache-location", cacheFile, "--cache-strategy", "content"];
    [plain, warnings, concurrent, sarif] = await Promise.all([
      eslint(...cache, "--max-warnings", "0", "--format", "json", "."),
      eslint("--config", WARNINGS_CONFIG, "--max-warnings", "0", "--format", "json", "."),
      eslint("--concurrency", "2", "--format", "json", "."),
      eslint("--format", "@microsoft/eslint-formatter-sarif", "."),
    ]);
    // The second run reads every result from the cache the first one wrote.
    cached = await eslint(...cache, "--format", "json", ".");
  }, 180_000);

  afterAll(() => {
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it("exits 1 on the examples' errors", () => {
    expect(plain.code, plain.stderr).toBe(1);
    expect(JSON.stringify(normalize(plain))).toContain("replay-privacy/");
  });

  it("--max-warnings 0 fails the gate when every finding is only a warning", () => {
    const results = JSON.parse(warnings.stdout) as ESLint.LintResult[];
    expect(results.reduce((sum, r) => sum + r.errorCount, 0)).toBe(0);
    expect(results.reduce((sum, r) => sum + r.warningCount, 0)).toBe(readExpected().findings.length);
    expect(warnings.code, warnings.stderr).toBe(1);
    expect(warnings.stdout + warnings.stderr).toMatch(/too many warnings/i);
  });

  it("--cache gives identical results on the second run, from the cache", () => {
    expect(existsSync(cacheFile)).toBe(true);
    expect(readFileSync(cacheFile, "utf8")).toContain("AccountPage.tsx");
    expect(cached.code, cached.stderr).toBe(plain.code);
    expect(normalize(cached)).toEqual(normalize(plain));
  });

  it("--concurrency 2 gives identical results", () => {
    expect(concurrent.code, concurrent.stderr).toBe(plain.code);
    expect(normalize(concurrent)).toEqual(normalize(plain));
  });

  it("SARIF output carries each reported rule's docs.description and docs.url", () => {
    expect(sarif.code, sarif.stderr).toBe(1);
    const log = JSON.parse(sarif.stdout) as SarifLog;
    const [run] = log.runs;
    const described = new Map((run?.tool.driver.rules ?? []).map((rule) => [rule.id, rule]));
    const reported = new Set(run?.results.map((result) => result.ruleId));
    expect([...reported].sort()).toEqual([...new Set(readExpected().findings.map((f) => f.ruleId))].sort());
    for (const ruleId of reported) {
      const name = ruleId.replace(/^replay-privacy\//u, "") as keyof typeof rules;
      const { docs } = rules[name].meta;
      expect(described.get(ruleId)?.shortDescription?.text, ruleId).toBe(docs.description);
      expect(described.get(ruleId)?.helpUri, ruleId).toBe(docs.url);
    }
  });
});
