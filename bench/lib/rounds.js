// Runs scenarios as fresh ESLint processes (bench/lint-once.js): a warm-up that also drops broken
// scenarios, then interleaved rounds whose scenario order rotates each round.

import { runNode } from "./measure.js";
import { LINT_ONCE } from "./paths.js";
import { FAMILIES } from "./families.js";
import { rotate } from "./stats.js";

/**
 * @typedef {import("./scenarios.js").Scenario} Scenario
 * @typedef {import("./summarize.js").RunRecord} RunRecord
 */

/**
 * One lint run of a scenario over a folder.
 * @param {Scenario} s
 * @param {string} config
 * @param {string} cwd
 * @param {boolean} stats
 * @returns {Promise<RunRecord>}
 */
export async function lintRun(s, config, cwd, stats) {
  const args = ["--config", config, "--cwd", cwd, "--pattern", FAMILIES[s.family].glob];
  if (stats) args.push("--stats");
  const m = await runNode(LINT_ONCE, args);
  const r = m.report;
  if (!r?.ok) return { ok: false, wallMs: m.wallMs, rssMb: m.rssMb, cpuS: m.cpuS, error: r?.error ?? (m.stderr.trim() || `exit code ${m.code}`) };
  return {
    ok: true,
    wallMs: m.wallMs,
    rssMb: m.rssMb,
    cpuS: m.cpuS,
    files: r.files,
    fatalCount: r.fatalCount,
    errorCount: r.errorCount,
    messagesByRule: r.messagesByRule,
    stats: r.stats,
    ...(r.fatalExamples?.length ? { fatalExamples: r.fatalExamples } : {}),
  };
}

/**
 * @param {Scenario[]} scenarios
 * @param {number} rounds
 * @param {(s: Scenario) => Promise<RunRecord>} runOne
 * @param {(msg: string) => void} progress
 * @returns {Promise<Record<string, (RunRecord | undefined)[]>>}
 */
export async function interleaved(scenarios, rounds, runOne, progress) {
  /** @type {Record<string, (RunRecord | undefined)[]>} */
  const out = Object.fromEntries(scenarios.map((s) => [s.id, []]));
  for (let r = 0; r < rounds; r++) {
    const started = Date.now();
    for (const s of rotate(scenarios, r)) out[s.id][r] = await runOne(s);
    progress(`round ${r + 1}/${rounds} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return out;
}
