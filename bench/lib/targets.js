// The performance targets of issue 7, evaluated on one run. Every value is a ratio (or a
// difference) between scenarios measured in the same run.

import { paired, pairedDiff, summary } from "./stats.js";
import { fmt } from "./table.js";

/**
 * @typedef {object} TargetResult
 * @property {string} id
 * @property {string} label
 * @property {string} limit   as printed
 * @property {string} value   as printed
 * @property {"PASS"|"FAIL"|"n/a"} status
 * @property {string} [note]
 */

/** @param {any} raw @param {string} kind @param {string} id @param {string} field */
const series = (raw, kind, id, field) => (raw[kind][id] ?? []).map((/** @type {any} */ r) => (r?.ok ? r[field] : undefined));

/**
 * @param {number} value @param {number} limit
 * @returns {"PASS"|"FAIL"|"n/a"}
 */
const check = (value, limit) => (Number.isFinite(value) ? (value <= limit ? "PASS" : "FAIL") : "n/a");

/** Growth: gate on our rules' own time when it is measurable, else on the whole lint. @param {any} g */
function growthValue(g) {
  if (!g) return { value: NaN, note: undefined };
  if (Number.isFinite(g.rules1Ms) && g.rules1Ms >= 0.5) return { value: g.rulesNormalized, note: `our rules: ×${fmt.n(g.rules.median)} time for ×${fmt.n(g.sizeRatio)} size; whole lint ${fmt.x(g.totalNormalized)}` };
  return { value: g.totalNormalized, note: `whole lint (our rules ${fmt.n(g.rules1Ms, 3)} ms at 1x: too cheap to time alone): ×${fmt.n(g.total.median)} time for ×${fmt.n(g.sizeRatio)} size` };
}

/**
 * @param {any} raw
 * @param {Record<string, any>} sums summarize() output
 * @param {Record<string, any> | null} parse summarizeParse() output
 * @param {{ jsx: any, html: any }} growth summarizeGrowth() outputs
 * @returns {TargetResult[]}
 */
export function evaluateTargets(raw, sums, parse, growth) {
  const out = [];
  const jsxOurs = sums["jsx-ours"];
  const rulesPct = jsxOurs?.rulesPct.median ?? NaN;
  out.push({
    id: "jsx-rules-share",
    label: "JS/TS: all our rules ≤ 3 % of parse time (--stats)",
    limit: "3 %",
    value: fmt.pct(rulesPct),
    status: check(rulesPct, 0.03),
    note: jsxOurs ? `Σ rules ${fmt.n(jsxOurs.statsRules.median, 0)} ms / Σ parse ${fmt.n(jsxOurs.statsParse.median, 0)} ms; jsx-a11y: ${fmt.pct(sums["jsx-a11y"]?.rulesPct.median ?? NaN)}` : undefined,
  });

  const htmlTotal = summary(paired(series(raw, "wall", "html-ours-rec", "wallMs"), series(raw, "wall", "html-eslint-parse", "wallMs")));
  out.push({
    id: "html-total",
    label: "HTML: our language + all our rules ≤ @html-eslint language, no rules (wall, paired)",
    limit: "×1.00",
    value: fmt.x(htmlTotal.median),
    status: check(htmlTotal.median, 1),
    note: Number.isFinite(htmlTotal.median) ? `range ${fmt.x(htmlTotal.min)}–${fmt.x(htmlTotal.max)} over ${htmlTotal.n} rounds` : undefined,
  });

  const parseRatio = parse?.ours?.ratio.median ?? NaN;
  out.push({
    id: "html-parse",
    label: "HTML: our parse() ≤ 1.5× raw parse5.parse with locations (in-process)",
    limit: "×1.50",
    value: fmt.x(parseRatio),
    status: check(parseRatio, 1.5),
    note: parse?.ours ? `${fmt.n(parse.ours.mbps)} MB/s vs parse5 ${fmt.n(parse["parse5-loc"].mbps)} MB/s` : undefined,
  });

  for (const family of /** @type {const} */ (["jsx", "html"])) {
    const g = growthValue(growth[family]);
    out.push({
      id: `growth-${family}`,
      label: `${family === "jsx" ? "JS/TS" : "HTML"}: 10× the content costs ≤ 11× (size-normalised)`,
      limit: "×11",
      value: fmt.x(g.value),
      status: check(g.value, 11),
      note: g.note,
    });
  }

  // A 60 ms difference between two ~0.4 s runs needs several pairs: fewer than 5 is only shown.
  const loadPairs = jsxOurs?.startupDiffVsBase.n ?? 0;
  const load = jsxOurs?.startupDiffVsBase.median ?? NaN;
  out.push({
    id: "plugin-load",
    label: "Loading the plugin adds ≤ 60 ms to ESLint start-up (1-line .tsx, paired)",
    limit: "60 ms",
    value: Number.isFinite(load) ? `${load.toFixed(0)} ms` : "–",
    status: loadPairs >= 5 ? check(load, 60) : "n/a",
    note: jsxOurs ? `start-up ${fmt.s(sums["jsx-parse"].startup.median)} s → ${fmt.s(jsxOurs.startup.median)} s over ${loadPairs} pairs${loadPairs < 5 ? " (too few to judge)" : ""}; jsx-a11y adds ${fmt.n(sums["jsx-a11y"]?.startupDiffVsBase.median ?? NaN, 0)} ms` : undefined,
  });

  // Informative: the same start-up against a config that already turns on one core rule (as every
  // real config does), so ESLint's own option validator (ajv) is loaded on both sides.
  const withRule = summary(pairedDiff(series(raw, "startup", "jsx-ours", "wallMs"), series(raw, "startup", "jsx-core-rule", "wallMs")));
  if (withRule.n > 0) {
    out.push({
      id: "plugin-load-vs-rule",
      label: "Loading the plugin, against ESLint with one core rule on (informative)",
      limit: "60 ms",
      value: `${withRule.median.toFixed(0)} ms`,
      status: withRule.n >= 5 ? check(withRule.median, 60) : "n/a",
      note: `start-up ${fmt.s(sums["jsx-core-rule"]?.startup.median ?? NaN)} s → ${fmt.s(jsxOurs?.startup.median ?? NaN)} s over ${withRule.n} pairs; the core rule alone adds ${fmt.n(sums["jsx-core-rule"]?.startupDiffVsBase.median ?? NaN, 0)} ms to the no-rules start-up`,
    });
  }

  const rssJsx = jsxOurs?.rssRatio.median ?? NaN;
  out.push({
    id: "rss-jsx",
    label: "JS/TS: peak memory ≤ 1.1× parse only",
    limit: "×1.10",
    value: fmt.x(rssJsx),
    status: check(rssJsx, 1.1),
    note: jsxOurs ? `${fmt.n(sums["jsx-parse"].rss.median, 0)} → ${fmt.n(jsxOurs.rss.median, 0)} MB; jsx-a11y ${fmt.x(sums["jsx-a11y"]?.rssRatio.median ?? NaN)}` : undefined,
  });
  const rssHtml = summary(paired(series(raw, "wall", "html-ours-rec", "rssMb"), series(raw, "wall", "html-ours-parse", "rssMb")));
  out.push({
    id: "rss-html",
    label: "HTML: peak memory ≤ 1.1× our language with no rules",
    limit: "×1.10",
    value: fmt.x(rssHtml.median),
    status: check(rssHtml.median, 1.1),
    note: sums["html-ours-rec"] ? `${fmt.n(sums["html-ours-parse"]?.rss.median ?? NaN, 0)} → ${fmt.n(sums["html-ours-rec"].rss.median, 0)} MB` : undefined,
  });
  // Informative: one rule that registers no listener already raises ESLint's peak memory; what our
  // rules add beyond that is theirs.
  const rssHtmlNoop = summary(paired(series(raw, "wall", "html-ours-rec", "rssMb"), series(raw, "wall", "html-ours-noop", "rssMb")));
  out.push({
    id: "rss-html-noop",
    label: "HTML: peak memory ≤ 1.1× our language with one no-op rule (informative)",
    limit: "×1.10",
    value: fmt.x(rssHtmlNoop.median),
    status: Number.isFinite(rssHtmlNoop.median) ? check(rssHtmlNoop.median, 1.1) : "n/a",
    note: sums["html-ours-noop"] ? `no rules ${fmt.n(sums["html-ours-parse"]?.rss.median ?? NaN, 0)} MB, one no-op rule ${fmt.n(sums["html-ours-noop"].rss.median, 0)} MB, recommended ${fmt.n(sums["html-ours-rec"]?.rss.median ?? NaN, 0)} MB` : undefined,
  });
  return out;
}
