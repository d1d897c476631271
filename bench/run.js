// `npm run bench`: builds nothing itself (the npm script runs `npm run build` first), then measures
// this plugin against ESLint's parse-only floor and against jsx-a11y and @html-eslint, in one run,
// with paired ratios from interleaved rounds. Progress goes to stderr, the tables to stdout; raw
// JSON and a Markdown copy of the tables go to bench/results/. See bench/README.md.

import os from "node:os";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseOptions, USAGE } from "./lib/args.js";
import { writeConfigs } from "./lib/configs.js";
import { prepareInputs } from "./lib/inputs.js";
import { ensureRealCode } from "./lib/real-code.js";
import { runNode } from "./lib/measure.js";
import { GROW_ONCE, PARSE_ONCE, REPO_DIR, RESULTS_DIR } from "./lib/paths.js";
import { fitPlan } from "./lib/plan.js";
import { probePlugin } from "./lib/plugin.js";
import { render } from "./lib/report.js";
import { interleaved, lintRun } from "./lib/rounds.js";
import { SCENARIOS } from "./lib/scenarios.js";
import { summarize, summarizeGrowth, summarizeParse } from "./lib/summarize.js";
import { evaluateTargets } from "./lib/targets.js";
import { ensureTool, installedVersion } from "./lib/tools.js";

const log = (/** @type {string} */ msg) => console.error(`[bench] ${msg}`);

/** @type {import("./lib/args.js").Options | null} */
let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${/** @type {Error} */ (error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (!options) {
  console.log(USAGE);
  process.exit(0);
}
const startedAt = Date.now();
const loadStart = os.loadavg();

const plugin = await probePlugin();
if (!plugin.available) throw new Error(plugin.notes.join("; "));
const notes = [...plugin.notes];
if (options.real) {
  options.dir = await ensureRealCode(log);
  options.families = ["jsx"];
}
const inputs = await prepareInputs(options, log);
const families = options.families.filter((f) => inputs.sets[f].files.length > 0);
if (!families.length) throw new Error(`no JS/TS or HTML-family files to lint${options.dir ? ` under ${options.dir}` : ""}`);

/** @type {Record<string, import("./lib/tools.js").Tool>} */
const tools = {};
for (const name of new Set(SCENARIOS.filter((s) => families.includes(s.family) && s.tool).map((s) => /** @type {string} */ (s.tool)))) {
  try {
    tools[name] = await ensureTool(name, log);
  } catch (error) {
    notes.push(`${name} could not be installed, its scenarios are skipped: ${String(/** @type {Error} */ (error).message).split("\n")[0]}`);
  }
}

let scenarios = SCENARIOS.filter((s) => families.includes(s.family) && (!s.tool || tools[s.tool]) && (!s.oursHtml || plugin.htmlLanguage));
const configs = await writeConfigs(scenarios.map((s) => s.id), {
  namespace: plugin.namespace,
  htmlLanguage: plugin.htmlLanguage,
  a11y: tools["jsx-a11y"]?.resolve,
  html: tools["html-eslint"]?.resolve,
});
const target = (/** @type {import("./lib/scenarios.js").Scenario} */ s) => inputs.sets[s.family].root;

// Warm-up: one run each on the corpus and on the one-line file (page cache, V8 code cache); a
// scenario that fails here is dropped. Its times size the plan.
log(`warm-up: ${scenarios.map((s) => s.id).join(", ")}`);
let roundMs = 0;
let startupRoundMs = 0;
for (const s of [...scenarios]) {
  const rec = await lintRun(s, configs[s.id], s.startupOnly ? inputs.tiny[s.family] : target(s), false);
  if (!s.startupOnly) roundMs += rec.wallMs;
  startupRoundMs += (await lintRun(s, configs[s.id], inputs.tiny[s.family], false)).wallMs;
  if (!rec.ok) {
    notes.push(`${s.id} failed in the warm-up and is skipped: ${rec.error?.split("\n")[0]}`);
    scenarios = scenarios.filter((x) => x !== s);
  } else if (rec.fatalCount) {
    notes.push(`${s.id}: ${rec.fatalCount} files did not parse (counted in every run)`);
  }
}

const corpusScenarios = scenarios.filter((s) => !s.startupOnly);
const { plan, estimateMs, cut } = fitPlan(options, {
  roundMs,
  startupRoundMs,
  scenarios: scenarios.length,
  htmlMb: families.includes("html") ? inputs.sets.html.bytes / 1e6 : 0,
  elapsedMs: Date.now() - startedAt,
});
if (cut) {
  notes.push(`rounds cut to fit the ${options.budgetMin}-minute budget (a warm-up round took ${(roundMs / 1000).toFixed(0)} s, start-up of all scenarios ${(startupRoundMs / 1000).toFixed(1)} s; load average ${os.loadavg()[0].toFixed(1)}; estimated ${(estimateMs / 60_000).toFixed(1)} min after the warm-up even so): a busy machine; rerun when it is quiet, or fix the counts with --rounds/--stats-rounds`);
}
const { rounds, statsRounds } = plan;
log(`plan: ${rounds} wall + ${plan.statsRounds} --stats rounds of ${corpusScenarios.length} scenarios, ${plan.startupRounds} start-up rounds, ${plan.parsePasses} parse passes, ${plan.growthRounds} growth rounds: ≈ ${(estimateMs / 60_000).toFixed(1)} min`);

const wall = await interleaved(corpusScenarios, rounds, (s) => lintRun(s, configs[s.id], target(s), false), (m) => log(`wall ${m}`));
const stats = await interleaved(corpusScenarios, statsRounds, (s) => lintRun(s, configs[s.id], target(s), true), (m) => log(`--stats ${m}`));
const startup = await interleaved(scenarios, plan.startupRounds, (s) => lintRun(s, configs[s.id], inputs.tiny[s.family], false), (m) => log(`start-up ${m}`));

let parse = null;
if (families.includes("html")) {
  log(`in-process parse: ${plan.parsePasses} passes`);
  const args = ["--list", inputs.htmlList, "--passes", String(plan.parsePasses), "--warmup", options.quick ? "1" : "3"];
  if (tools["html-eslint"]) args.push("--html-eslint-parser", tools["html-eslint"].resolve("@html-eslint/parser"));
  parse = (await runNode(PARSE_ONCE, args, { nodeArgs: ["--expose-gc"] })).report;
  if (!parse?.ok) notes.push(`in-process parse bench failed: ${parse?.error ?? "no report"}`);
  else notes.push(...parse.notes.map((/** @type {string} */ n) => `parse bench: ${n}`));
}
log(`growth check: ${plan.growthRounds} rounds`);
const growthArgs = ["--rounds", String(plan.growthRounds)];
if (families.length === 1) growthArgs.push("--only", families[0]);
// A young generation that holds a whole 10x lint: see grow-once.js for why.
const growth = (await runNode(GROW_ONCE, growthArgs, { nodeArgs: ["--expose-gc", "--min-semi-space-size=256", "--max-semi-space-size=256"] })).report ?? { ok: false, error: "no report" };
if (!growth.ok) notes.push(`growth check failed: ${String(growth.error).split("\n")[0]}`);
if (growth.html?.skipped) notes.push(`growth check, HTML: ${growth.html.skipped}`);

for (const [kind, runs] of Object.entries({ wall, stats, startup })) {
  for (const [id, list] of Object.entries(runs)) {
    const failed = list.filter((r) => r && !r.ok);
    if (failed.length) notes.push(`${id}: ${failed.length} ${kind} runs failed: ${failed[0]?.error?.split("\n")[0]}`);
  }
}

const raw = {
  meta: {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? "?",
    loadStart,
    loadEnd: os.loadavg(),
    durationS: (Date.now() - startedAt) / 1000,
    versions: {
      eslint: await installedVersion(REPO_DIR, "eslint"),
      tsParser: await installedVersion(REPO_DIR, "@typescript-eslint/parser"),
      parse5: await installedVersion(REPO_DIR, "parse5"),
      jsxA11y: tools["jsx-a11y"] ? await installedVersion(tools["jsx-a11y"].dir, "eslint-plugin-jsx-a11y") : "–",
      htmlEslint: tools["html-eslint"] ? await installedVersion(tools["html-eslint"].dir, "@html-eslint/eslint-plugin") : "–",
    },
    plugin,
    options,
    corpusVersion: inputs.corpusVersion,
    corpus: Object.fromEntries(Object.entries(inputs.sets).map(([k, v]) => [k, { root: v.root, files: v.files.length, bytes: v.bytes, lines: v.lines }])),
    rounds: { wall: rounds, stats: statsRounds, startup: plan.startupRounds, parse: plan.parsePasses, growth: plan.growthRounds },
    notes,
  },
  scenarios,
  wall,
  stats,
  startup,
  parse,
  growth,
};

const sums = summarize(raw);
const parseSummary = summarizeParse(parse);
const growthSummary = { jsx: growth.ok ? summarizeGrowth(growth.jsx) : null, html: growth.ok ? summarizeGrowth(growth.html) : null };
const targets = evaluateTargets(raw, sums, parseSummary, growthSummary);

console.log(render(raw, sums, parseSummary, growthSummary, targets, "text"));

await mkdir(RESULTS_DIR, { recursive: true });
const stamp = raw.meta.date.replace(/[:.]/g, "-");
const jsonPath = join(RESULTS_DIR, `run-${stamp}.json`);
await writeFile(jsonPath, `${JSON.stringify({ ...raw, summary: sums, parseSummary, growthSummary, targets }, null, 1)}\n`);
const mdName = `latest${options.real ? "-real" : options.dir ? "-dir" : ""}${options.appMix ? "-app-mix" : ""}${options.quick ? "-quick" : ""}${options.families.length === 1 ? `-${options.families[0]}` : ""}.md`;
await writeFile(join(RESULTS_DIR, mdName), render(raw, sums, parseSummary, growthSummary, targets, "md"));
log(`raw results: ${jsonPath}; tables: ${join(RESULTS_DIR, mdName)}`);

if (options.check && targets.some((t) => t.status === "FAIL")) process.exitCode = 1;
