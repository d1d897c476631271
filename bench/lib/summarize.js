// Turns the raw per-round measurements into per-scenario summaries: medians with ranges, paired
// ratios to the family's baseline, throughput net of start-up, and --stats sums.

import { BASELINE } from "./scenarios.js";
import { median, paired, pairedDiff, summary } from "./stats.js";

/**
 * @typedef {object} RunRecord
 * @property {boolean} ok
 * @property {number} wallMs
 * @property {number | null} rssMb
 * @property {number | null} cpuS
 * @property {number} [files]
 * @property {number} [fatalCount]
 * @property {number} [errorCount]
 * @property {Record<string, number>} [messagesByRule]
 * @property {{ parseMs: number, totalMs: number, rulesMs: Record<string, number> } | null} [stats]
 * @property {string} [error]
 */

/**
 * @param {any} raw the whole raw result object of run.js
 */
export function summarize(raw) {
  /** @type {Record<string, any>} */
  const out = {};
  /**
   * @param {string} kind @param {string} id @param {(r: RunRecord) => number | null | undefined} pick
   * @returns {(number | undefined)[]}
   */
  const series = (kind, id, pick) => (raw[kind][id] ?? []).map((/** @type {RunRecord | undefined} */ r) => (r?.ok ? pick(r) ?? undefined : undefined));
  for (const s of raw.scenarios) {
    const base = BASELINE[/** @type {"jsx"|"html"} */ (s.family)];
    const wall = series("wall", s.id, (r) => r.wallMs);
    const rss = series("wall", s.id, (r) => r.rssMb);
    const startup = series("startup", s.id, (r) => r.wallMs);
    const startupMedian = median(/** @type {number[]} */ (startup.filter((x) => x !== undefined)));
    const bytes = raw.meta.corpus[s.family].bytes;
    const net = wall.map((w) => (w === undefined ? undefined : w - startupMedian));
    const netMedian = median(/** @type {number[]} */ (net.filter((x) => x !== undefined)));
    const last = [...(raw.wall[s.id] ?? []), ...(raw.stats[s.id] ?? [])].reverse().find((/** @type {RunRecord | undefined} */ r) => r?.ok);
    const statRuns = (raw.stats[s.id] ?? []).filter((/** @type {RunRecord | undefined} */ r) => r?.ok && r.stats);
    const rulesSum = (/** @type {RunRecord} */ r) => Object.values(r.stats?.rulesMs ?? {}).reduce((a, b) => a + b, 0);
    /** @type {Record<string, number>} */
    const perRule = {};
    const ruleIds = new Set(statRuns.flatMap((/** @type {RunRecord} */ r) => Object.keys(r.stats?.rulesMs ?? {})));
    for (const id of ruleIds) perRule[id] = median(statRuns.map((/** @type {RunRecord} */ r) => r.stats?.rulesMs[id] ?? 0));
    out[s.id] = {
      id: s.id,
      label: s.label,
      family: s.family,
      baseline: s.id === base,
      startupOnly: Boolean(s.startupOnly),
      wall: summary(/** @type {number[]} */ (wall.filter((x) => x !== undefined))),
      ratio: summary(paired(wall, series("wall", base, (r) => r.wallMs))),
      cpu: summary(/** @type {number[]} */ (series("wall", s.id, (r) => r.cpuS).filter((x) => x !== undefined))),
      rss: summary(/** @type {number[]} */ (rss.filter((x) => x !== undefined))),
      rssRatio: summary(paired(rss, series("wall", base, (r) => r.rssMb))),
      startup: summary(/** @type {number[]} */ (startup.filter((x) => x !== undefined))),
      netMs: netMedian,
      mbpsNet: bytes / 1e6 / (netMedian / 1000),
      mbpsGross: bytes / 1e6 / (median(/** @type {number[]} */ (wall.filter((x) => x !== undefined))) / 1000),
      filesPerSNet: raw.meta.corpus[s.family].files / (netMedian / 1000),
      files: last?.files ?? NaN,
      fatal: last?.fatalCount ?? NaN,
      errors: last?.errorCount ?? NaN,
      ourReports: Object.entries(last?.messagesByRule ?? {}).filter(([k]) => k.startsWith(`${raw.meta.plugin.namespace}/`)).reduce((a, [, n]) => a + n, 0),
      statsParse: summary(statRuns.map((/** @type {RunRecord} */ r) => r.stats?.parseMs ?? NaN)),
      statsTotal: summary(statRuns.map((/** @type {RunRecord} */ r) => r.stats?.totalMs ?? NaN)),
      statsRules: summary(statRuns.map(rulesSum)),
      rulesPct: summary(statRuns.map((/** @type {RunRecord} */ r) => rulesSum(r) / (r.stats?.parseMs ?? NaN))),
      perRule,
      startupDiffVsBase: summary(pairedDiff(startup, series("startup", base, (r) => r.wallMs))),
      failures: [...(raw.wall[s.id] ?? []), ...(raw.stats[s.id] ?? []), ...(raw.startup[s.id] ?? [])].filter((/** @type {RunRecord | undefined} */ r) => r && !r.ok).length,
    };
  }
  return out;
}

/**
 * Summary of the in-process parse bench: median ms per pass, MB/s, paired ratio to parse5.
 * @param {any} parse parse-once.js report
 */
export function summarizeParse(parse) {
  if (!parse?.ok) return null;
  /** @type {Record<string, any>} */
  const out = {};
  for (const [name, ms] of Object.entries(/** @type {Record<string, number[]>} */ (parse.ms))) {
    const m = median(ms);
    out[name] = { ms: summary(ms), mbps: parse.bytes / 1e6 / (m / 1000), filesPerS: parse.files / (m / 1000), ratio: summary(paired(ms, parse.ms["parse5-loc"])) };
  }
  return out;
}

/**
 * Growth check: median of per-round 10x/1x ratios, for total, parse and our rules, and the same
 * normalised to an exact 10x size (time ratio × 10 / size ratio).
 * @param {any} g one family of grow-once.js's report
 */
export function summarizeGrowth(g) {
  if (!g || g.skipped) return null;
  const sizeRatio = g.bytes10 / g.bytes1;
  const total = summary(paired(g.total10, g.total1));
  const rules = summary(paired(g.rules10, g.rules1));
  const parse = summary(paired(g.parse10, g.parse1));
  return {
    sizeRatio,
    total,
    parse,
    rules,
    rules1Ms: median(g.rules1),
    total1Ms: median(g.total1),
    totalNormalized: (total.median * 10) / sizeRatio,
    rulesNormalized: (rules.median * 10) / sizeRatio,
    ruleCount: g.ruleCount,
    reports1: g.reports1,
    reports10: g.reports10,
  };
}
