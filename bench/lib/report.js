// Renders a run as text (console) or Markdown (bench/results/*.md): the scenario tables, --stats
// sums, per-rule times, in-process parse speeds, the growth check and the targets.

import { fmt, markdownTable, textTable } from "./table.js";
import { REAL_PACKAGES } from "./real-code.js";

/** @param {number} n @param {string} word @param {string} [plural] */
const count = (n, word, plural = `${word}s`) => `${n} ${n === 1 ? word : plural}`;

/**
 * @param {any} raw
 * @param {Record<string, any>} sums
 * @param {Record<string, any> | null} parse
 * @param {{ jsx: any, html: any }} growth
 * @param {import("./targets.js").TargetResult[]} targets
 * @param {"text"|"md"} mode
 */
export function render(raw, sums, parse, growth, targets, mode) {
  const table = mode === "md" ? markdownTable : textTable;
  const h = (/** @type {string} */ t) => (mode === "md" ? `### ${t}` : `== ${t}`);
  const m = raw.meta;
  const parts = [];

  parts.push(mode === "md" ? `## replay-privacy benchmark, ${m.date}` : `replay-privacy benchmark, ${m.date}`);
  const corpus = Object.entries(m.corpus).filter(([k, c]) => /** @type {any} */ (c).files && m.options.families.includes(k)).map(([k, c]) => `${k}: ${/** @type {any} */ (c).files} files, ${fmt.n(/** @type {any} */ (c).bytes / 1e6)} MB, ${/** @type {any} */ (c).lines} lines`).join("; ");
  const lines = [
    `machine: ${m.cpus} × ${m.cpuModel}, Node ${m.node}, load average ${m.loadStart.map((/** @type {number} */ x) => x.toFixed(1)).join("/")} at start, ${m.loadEnd.map((/** @type {number} */ x) => x.toFixed(1)).join("/")} at end`,
    `tools: ESLint ${m.versions.eslint}, @typescript-eslint/parser ${m.versions.tsParser}, parse5 ${m.versions.parse5}, eslint-plugin-jsx-a11y ${m.versions.jsxA11y}, @html-eslint ${m.versions.htmlEslint}`,
    `plugin: ${m.plugin.namespace} ${m.plugin.version}; recommended turns on ${m.plugin.recommended.js.length} JS/TS and ${m.plugin.recommended.html.length} HTML rules; HTML language ${m.plugin.htmlLanguage ? "present" : "missing"}`,
    `input: ${m.options.real ? `--real (${REAL_PACKAGES.join(", ")})` : m.options.dir ? `--dir ${m.options.dir}` : `generated corpus v${m.corpusVersion}${m.options.appMix ? " (--app-mix: JSX in application proportions)" : ""}${m.options.quick ? " (--quick subset)" : ""}`}; ${corpus}`,
    `rounds: ${m.rounds.wall} wall + ${m.rounds.stats} --stats + ${m.rounds.startup} start-up (interleaved, order rotated each round), after 1 warm-up; in-process parse ${m.rounds.parse} passes; growth ${m.rounds.growth} rounds; took ${fmt.n(m.durationS / 60, 1)} min`,
  ];
  parts.push(mode === "md" ? lines.map((l) => `- ${l}`).join("\n") : lines.join("\n"));
  if (m.notes.length) parts.push((mode === "md" ? "Notes:\n" : "notes:\n") + m.notes.map((/** @type {string} */ n) => `- ${n}`).join("\n"));

  for (const family of /** @type {const} */ (["jsx", "html"])) {
    const rows = Object.values(sums).filter((s) => s.family === family && !s.startupOnly);
    if (!rows.length) continue;
    const lines1k = m.corpus[family].lines / 1000;
    parts.push(h(`${family === "jsx" ? "JS/TS (JSX) corpus" : "HTML corpus"}: whole process, ${count(m.rounds.wall, "round")} (median, min–max)`));
    parts.push(table(
      ["scenario", "wall s", "× baseline (paired)", "net MB/s", "net files/s", "CPU s", "peak RSS MB", "× RSS", "start-up s", "our reports"],
      rows.map((s) => [
        `${s.id}: ${s.label}`,
        fmt.range(s.wall, fmt.s),
        s.baseline ? "1.00 (baseline)" : fmt.range(s.ratio, (x) => fmt.n(x, 3)),
        fmt.n(s.mbpsNet),
        fmt.n(s.filesPerSNet, 0),
        fmt.n(s.cpu.median, 1),
        `${fmt.n(s.rss.median, 0)} (${fmt.n(s.rss.max, 0)})`,
        s.baseline ? "1.00" : fmt.n(s.rssRatio.median, 3),
        fmt.s(s.startup.median),
        raw.scenarios.find((/** @type {any} */ x) => x.id === s.id)?.ours ? String(s.ourReports) : "",
      ]),
    ));
    parts.push(h(`${family === "jsx" ? "JS/TS" : "HTML"}: ESLint --stats, Σ over files, ${count(m.rounds.stats, "run")} (median)`));
    parts.push(table(
      ["scenario", "Σ lint ms", "Σ parse ms", "Σ rules ms", "rules ÷ parse", "rules ms / 1k lines", "parse errors"],
      rows.map((s) => [s.id, fmt.n(s.statsTotal.median, 0), fmt.n(s.statsParse.median, 0), fmt.n(s.statsRules.median, 1), s.statsRules.median ? fmt.pct(s.rulesPct.median) : "–", fmt.n(s.statsRules.median / lines1k, 3), String(s.fatal)]),
    ));
    const ruleRows = [];
    for (const s of rows) {
      const sorted = Object.entries(/** @type {Record<string, number>} */ (s.perRule)).sort((a, b) => b[1] - a[1]);
      const mine = raw.scenarios.find((/** @type {any} */ x) => x.id === s.id)?.ours;
      for (const [rule, ms] of mine ? sorted : sorted.slice(0, 3)) ruleRows.push([`${s.id}: ${rule}`, fmt.n(ms, 1), fmt.pct(ms / s.statsParse.median), fmt.n(ms / lines1k, 3)]);
    }
    if (ruleRows.length) {
      parts.push(h(`${family === "jsx" ? "JS/TS" : "HTML"}: per rule (--stats; all of ours, top 3 of the others)`));
      parts.push(table(["rule", "ms", "÷ parse", "ms / 1k lines"], ruleRows));
    }
  }

  if (parse) {
    parts.push(h(`HTML: in-process parse, ${count(m.rounds.parse, "pass", "passes")} over the same files (median, min–max)`));
    parts.push(table(
      ["parser", "ms per pass", "MB/s", "files/s", "× parse5 loc (paired)"],
      Object.entries(parse).map(([name, p]) => [name, fmt.range(p.ms, (x) => fmt.n(x, 0)), fmt.n(p.mbps), fmt.n(p.filesPerS, 0), fmt.range(p.ratio, (x) => fmt.n(x, 2))]),
    ));
  }

  const growthRows = [];
  for (const family of /** @type {const} */ (["jsx", "html"])) {
    const g = growth[family];
    if (!g) continue;
    growthRows.push([family, `${g.ruleCount}`, `×${fmt.n(g.sizeRatio)}`, fmt.n(g.total1Ms, 1), fmt.n(g.rules1Ms, 2), fmt.x(g.total.median), fmt.x(g.parse.median), fmt.x(g.rules.median), String(g.reports1), String(g.reports10)]);
  }
  if (growthRows.length) {
    parts.push(h(`Growth: the same content 1x and 10x in one file, through our recommended rules (${count(m.rounds.growth, "round")})`));
    parts.push(table(["family", "rules", "size", "1x ms", "1x rules ms", "× time", "× parse", "× our rules", "reports 1x", "reports 10x"], growthRows));
  }

  parts.push(h("Targets (issue 7)"));
  parts.push(table(["target", "limit", "value", "result"], targets.map((t) => [t.label, t.limit, t.value, t.status]), "lrrl"));
  const notes = targets.filter((t) => t.note).map((t) => `- ${t.id}: ${t.note}`);
  if (notes.length) parts.push(notes.join("\n"));
  return `${parts.join("\n\n")}\n`;
}
