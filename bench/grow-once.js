// Linear-growth check, in one process: the same content at 1x and 10x size, linted through our
// recommended config with ESLint's Linter. Per round: ten 1x runs and one 10x run, each with
// `stats` (parse and rule times). Prints one JSON line.
//
//   node --expose-gc --min-semi-space-size=256 --max-semi-space-size=256 bench/grow-once.js [--rounds 15] [--only jsx|html]
//
// Why the large young generation: a scavenge lands in whichever listener allocates when the young
// generation fills, and it copies the freshly parsed tree, so it costs more in a 10x file than in ten
// 1x files. With the default young generation, one scavenge more or less inside our 2 ms at 1x made
// the ratio swing from ×7 to ×12 between runs, and ESLint's own parse "grew" ×11.4 for ×9.8 the size.
// A 256 MB young generation holds a whole 10x lint (about 130 MB allocated), so each timed run, after
// the forced collection before it, times the work itself. Memory is gated by the peak-RSS target.

import { Linter } from "eslint";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import * as tsParserModule from "@typescript-eslint/parser";
import { DIST_ENTRY } from "./lib/paths.js";
import { repeatedModule } from "./lib/corpus/jsx-files.js";
import { repeatedPage } from "./lib/corpus/html-files.js";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "15" }, only: { type: "string" } } });
const rounds = Number(values.rounds);
const SEED = 424242;
const FACTOR = 10;

const plugin = (await import(pathToFileURL(DIST_ENTRY).href)).default;
const namespace = plugin.meta?.namespace ?? "replay-privacy";
const htmlLanguage = typeof plugin.languages?.html?.parse === "function";
const tsParser = tsParserModule.default ?? tsParserModule;
/** @type {any[]} */
const recommended = plugin.configs.recommended;
const jsBlocks = recommended.filter((b) => b.language !== `${namespace}/html`);
const htmlBlocks = recommended.filter((b) => b.language === `${namespace}/html`);

const linter = new Linter({ configType: "flat" });
const OFF = { linterOptions: { reportUnusedDisableDirectives: "off" } };

/**
 * @param {string} text
 * @param {any[]} config
 * @param {string} filename
 */
function lintOnce(text, config, filename) {
  const started = performance.now();
  // `stats` is a documented Linter option that @types for FixOptions do not list yet.
  const { messages } = linter.verifyAndFix(text, config, /** @type {any} */ ({ filename, fix: false, stats: true }));
  const totalMs = performance.now() - started;
  const pass = linter.getTimes().passes[0] ?? {};
  const rulesMs = Object.entries(pass.rules ?? {}).filter(([id]) => id.startsWith(`${namespace}/`)).reduce((s, [, t]) => s + t.total, 0);
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${filename}: ${fatal.message} (${fatal.line}:${fatal.column})`);
  return { totalMs, parseMs: pass.parse?.total ?? 0, rulesMs, reports: messages.filter((m) => m.ruleId?.startsWith(`${namespace}/`)).length };
}

const gc = /** @type {() => void} */ (globalThis.gc ?? (() => {}));

/**
 * Every timed run starts from a collected heap, so garbage left by the previous run is not
 * charged to the next one (run with --expose-gc and the young-generation flags above; without
 * them the numbers are noisier).
 * @param {string} small
 * @param {string} large
 * @param {any[]} config
 * @param {string} filename
 */
function measure(small, large, config, filename) {
  for (let i = 0; i < 5; i++) lintOnce(small, config, filename);
  for (let i = 0; i < 2; i++) lintOnce(large, config, filename);
  /** @type {number[][]} */
  const [total1, total10, parse1, parse10, rules1, rules10] = [[], [], [], [], [], []];
  const out = { bytes1: Buffer.byteLength(small), bytes10: Buffer.byteLength(large), total1, total10, parse1, parse10, rules1, rules10, reports1: 0, reports10: 0 };
  for (let r = 0; r < rounds; r++) {
    let total = 0;
    let parse = 0;
    let rules = 0;
    for (let i = 0; i < FACTOR; i++) {
      gc();
      const t = lintOnce(small, config, filename);
      total += t.totalMs;
      parse += t.parseMs;
      rules += t.rulesMs;
      out.reports1 = t.reports;
    }
    gc();
    const big = lintOnce(large, config, filename);
    out.reports10 = big.reports;
    out.total1.push(total / FACTOR);
    out.parse1.push(parse / FACTOR);
    out.rules1.push(rules / FACTOR);
    out.total10.push(big.totalMs);
    out.parse10.push(big.parseMs);
    out.rules10.push(big.rulesMs);
  }
  return out;
}

/** @type {Record<string, unknown>} */
const result = { ok: true, factor: FACTOR, rounds, gc: Boolean(globalThis.gc) };
try {
  if (values.only !== "html") {
    const base = { files: ["**/*.tsx"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } };
    result.jsx = { ruleCount: jsBlocks.reduce((n, b) => n + Object.keys(b.rules ?? {}).length, 0), ...measure(repeatedModule(SEED, 1), repeatedModule(SEED, FACTOR), [OFF, base, ...jsBlocks], "growth.tsx") };
  }
  if (values.only !== "jsx") {
    result.html = htmlLanguage
      ? { ruleCount: htmlBlocks.reduce((n, b) => n + Object.keys(b.rules ?? {}).length, 0), ...measure(repeatedPage(SEED, 1), repeatedPage(SEED, FACTOR), [OFF, ...htmlBlocks], "growth.html") }
      : { skipped: "our HTML language has no parse() yet" };
  }
} catch (error) {
  result.ok = false;
  result.error = String(/** @type {Error} */ (error).stack ?? error).slice(0, 2000);
  process.exitCode = 2;
}
process.stdout.write(`${JSON.stringify(result)}\n`);
