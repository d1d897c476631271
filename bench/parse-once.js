// In-process parse speed over the HTML files: raw parse5 with source locations (the floor any
// parse5-based language starts from) against our HTML language's parse(), plus, for context, our
// parse() + createSourceCode() and @html-eslint/parser. Prints one JSON line.
//
//   node --expose-gc bench/parse-once.js --list <file> [--passes 15] [--warmup 3] [--html-eslint-parser <entry>]

import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { parse as parse5 } from "parse5";
import { DIST_ENTRY } from "./lib/paths.js";

const { values } = parseArgs({
  options: {
    list: { type: "string" },
    passes: { type: "string", default: "15" },
    warmup: { type: "string", default: "3" },
    "html-eslint-parser": { type: "string" },
  },
});

const paths = readFileSync(String(values.list), "utf8").split("\n").filter(Boolean);
const texts = paths.map((p) => readFileSync(p, "utf8"));
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);

/** @type {Record<string, (text: string, i: number) => unknown>} */
const parsers = {
  "parse5-loc": (text) => parse5(text, { sourceCodeLocationInfo: true }),
};
const notes = [];

const plugin = (await import(pathToFileURL(DIST_ENTRY).href)).default;
const language = plugin?.languages?.html;
if (typeof language?.parse === "function") {
  const languageOptions = language.defaultLanguageOptions ?? {};
  const files = paths.map((p, i) => ({ path: p, physicalPath: p, body: texts[i], bom: false }));
  parsers.ours = (_, i) => language.parse(files[i], { languageOptions });
  if (typeof language.createSourceCode === "function") {
    parsers["ours+sourcecode"] = (_, i) => {
      const result = language.parse(files[i], { languageOptions });
      return result.ok ? language.createSourceCode(files[i], result, { languageOptions }) : result;
    };
  }
} else {
  notes.push("our HTML language has no parse() yet");
}
if (values["html-eslint-parser"]) {
  const require = createRequire(import.meta.url);
  const { parseForESLint } = require(values["html-eslint-parser"]);
  parsers["html-eslint-parser"] = (text) => parseForESLint(text, {});
}

/** Files our parse() rejected (ok: false) in the last pass; set after the loop. */
let rejected = 0;
const gc = /** @type {() => void} */ (globalThis.gc ?? (() => {}));
const names = Object.keys(parsers);
/** @type {Record<string, number[]>} */
const ms = Object.fromEntries(names.map((n) => [n, []]));
const warmup = Number(values.warmup);
const passes = Number(values.passes);

for (let pass = 0; pass < warmup + passes; pass++) {
  const order = names.map((_, k) => names[(k + pass) % names.length]);
  for (const name of order) {
    const parse = parsers[name];
    gc();
    const started = performance.now();
    for (let i = 0; i < texts.length; i++) parse(texts[i], i);
    const elapsed = performance.now() - started;
    if (pass >= warmup) ms[name].push(elapsed);
  }
}

if (parsers.ours) {
  const languageOptions = language.defaultLanguageOptions ?? {};
  rejected = paths.filter((p, i) => !language.parse({ path: p, physicalPath: p, body: texts[i], bom: false }, { languageOptions }).ok).length;
  if (rejected) notes.push(`our parse() returned ok: false for ${rejected} of ${paths.length} files`);
}
process.stdout.write(`${JSON.stringify({ ok: true, files: texts.length, bytes, ms, notes, rejected, gc: Boolean(globalThis.gc) })}\n`);
