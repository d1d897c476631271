// Writes the benchmark corpus to bench/corpus/ (gitignored): JS/TS React code in jsx/ and
// HTML-family files in html/. Deterministic: the same seed and generator version always give the
// same bytes. Regenerates only when the corpus is missing or was made by another version.
//
//   node bench/generate-corpus.js [--force]

import { mkdir, readFile, rm, writeFile, rename } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deriveSeed } from "./lib/prng.js";
import { jsxFile, moduleFile } from "./lib/corpus/jsx-files.js";
import { htmlFile } from "./lib/corpus/html-files.js";

/** Bump when any generator under lib/corpus/ changes its output. */
export const GENERATOR_VERSION = 1;
export const SEED = 20261129;
export const COUNTS = { jsx: 2000, modules: 200, html: 540 };

const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = join(here, "corpus");

/**
 * @typedef {object} CorpusMeta
 * @property {number} version
 * @property {number} seed
 * @property {Record<"jsx"|"html", { files: number, bytes: number, lines: number, largest: number }>} families
 */

/** @returns {Promise<CorpusMeta | null>} */
async function readMeta() {
  try {
    return JSON.parse(await readFile(join(CORPUS_DIR, "meta.json"), "utf8"));
  } catch {
    return null;
  }
}

/**
 * Make sure the corpus exists and is current.
 * @param {{ force?: boolean, log?: (msg: string) => void }} [options]
 * @returns {Promise<CorpusMeta>}
 */
export async function ensureCorpus({ force = false, log = () => {} } = {}) {
  const meta = await readMeta();
  if (!force && meta && meta.version === GENERATOR_VERSION && meta.seed === SEED) return meta;
  log(`generating corpus (generator v${GENERATOR_VERSION}, seed ${SEED}) ...`);
  const started = Date.now();
  const tmp = `${CORPUS_DIR}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });

  const families = { jsx: { files: 0, bytes: 0, lines: 0, largest: 0 }, html: { files: 0, bytes: 0, lines: 0, largest: 0 } };
  /** @param {"jsx"|"html"} family @param {{ path: string, text: string }} file */
  const write = async (family, file) => {
    const target = join(tmp, family, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.text);
    const f = families[family];
    const bytes = Buffer.byteLength(file.text);
    f.files++;
    f.bytes += bytes;
    f.lines += file.text.split("\n").length;
    f.largest = Math.max(f.largest, bytes);
  };
  for (let i = 0; i < COUNTS.jsx; i++) await write("jsx", jsxFile(deriveSeed(SEED, "jsx", i), i));
  for (let i = 0; i < COUNTS.modules; i++) await write("jsx", moduleFile(deriveSeed(SEED, "module", i), COUNTS.jsx + i));
  for (let i = 0; i < COUNTS.html; i++) await write("html", htmlFile(deriveSeed(SEED, "html", i), i));

  /** @type {CorpusMeta} */
  const next = { version: GENERATOR_VERSION, seed: SEED, families };
  await writeFile(join(tmp, "meta.json"), `${JSON.stringify(next, null, 2)}\n`);
  await rm(CORPUS_DIR, { recursive: true, force: true });
  await rename(tmp, CORPUS_DIR);
  log(`corpus ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ` + Object.entries(families).map(([k, f]) => `${k} ${f.files} files, ${(f.bytes / 1e6).toFixed(2)} MB`).join("; "));
  return next;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const meta = await ensureCorpus({ force: process.argv.includes("--force"), log: console.log });
  console.log(JSON.stringify(meta.families));
}
