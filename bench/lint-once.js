// One ESLint run in a fresh process, through ESLint's Node API; prints one JSON line.
//
//   node bench/lint-once.js --config <file.mjs> --cwd <dir> --pattern <glob> [--stats]
//
// With --stats, ESLint's per-file `stats.times.passes` are summed over all files: parse time, each
// rule's time, and the total. The parent measures wall time and peak memory from outside.

import { ESLint } from "eslint";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    config: { type: "string" },
    cwd: { type: "string" },
    pattern: { type: "string", multiple: true },
    stats: { type: "boolean", default: false },
  },
});

/** @param {unknown} value */
const out = (value) => process.stdout.write(`${JSON.stringify(value)}\n`);

try {
  const started = performance.now();
  const eslint = new ESLint({
    cwd: resolve(values.cwd ?? "."),
    overrideConfigFile: resolve(String(values.config)),
    stats: values.stats,
    errorOnUnmatchedPattern: false,
    cache: false,
  });
  const results = await eslint.lintFiles(values.pattern ?? ["."]);
  const lintMs = performance.now() - started;

  let errorCount = 0;
  let warningCount = 0;
  let fatalCount = 0;
  /** @type {Record<string, number>} */
  const messagesByRule = {};
  /** @type {string[]} */
  const fatalExamples = [];
  let parseMs = 0;
  let totalMs = 0;
  /** @type {Record<string, number>} */
  const rulesMs = {};
  for (const result of results) {
    errorCount += result.errorCount;
    warningCount += result.warningCount;
    fatalCount += result.fatalErrorCount;
    for (const m of result.messages) {
      const key = m.ruleId ?? (m.fatal ? "(parse error)" : "(no rule)");
      messagesByRule[key] = (messagesByRule[key] ?? 0) + 1;
      if (m.fatal && fatalExamples.length < 3) fatalExamples.push(`${result.filePath}:${m.line}:${m.column} ${m.message}`);
    }
    for (const pass of result.stats?.times.passes ?? []) {
      parseMs += pass.parse?.total ?? 0;
      totalMs += pass.total ?? 0;
      for (const [ruleId, t] of Object.entries(pass.rules ?? {})) rulesMs[ruleId] = (rulesMs[ruleId] ?? 0) + t.total;
    }
  }
  const usage = process.resourceUsage();
  out({
    ok: true,
    files: results.length,
    errorCount,
    warningCount,
    fatalCount,
    fatalExamples,
    messagesByRule,
    lintMs,
    stats: values.stats ? { parseMs, totalMs, rulesMs } : null,
    maxRssKb: usage.maxRSS,
    cpuS: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
  });
} catch (error) {
  const e = /** @type {Error} */ (error);
  out({ ok: false, error: `${e.name}: ${e.message}`.slice(0, 2000) });
  process.exitCode = 2;
}
