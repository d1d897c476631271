// Lists the files of a family under a folder the way ESLint would find them (skipping
// node_modules and .git), and makes the small fixed inputs the bench needs.

import { readdir, readFile, stat, mkdir, writeFile, copyFile, rm } from "node:fs/promises";
import { join, relative, dirname } from "node:path";
import { familyOf } from "./families.js";

/**
 * @typedef {object} FileSet
 * @property {string} root
 * @property {string[]} files  absolute paths, sorted
 * @property {number} bytes
 * @property {number} lines
 */

/**
 * @param {string} root
 * @returns {Promise<Record<import("./families.js").Family, FileSet>>}
 */
export async function listFamilies(root) {
  /** @type {Record<string, string[]>} */
  const found = { jsx: [], html: [] };
  /** @param {string} dir */
  async function walk(dir) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name === ".git") continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        const family = familyOf(entry.name);
        if (family) found[family].push(full);
      }
    }
  }
  await walk(root);
  const out = /** @type {Record<import("./families.js").Family, FileSet>} */ ({});
  for (const family of /** @type {const} */ (["jsx", "html"])) {
    const files = found[family].sort();
    let bytes = 0;
    let lines = 0;
    for (const f of files) {
      const text = await readFile(f, "utf8");
      bytes += Buffer.byteLength(text);
      lines += text.split("\n").length;
    }
    out[family] = { root, files, bytes, lines };
  }
  return out;
}

/**
 * Copy every `step`-th file of `set` into `dest` (same relative paths), once per `stamp`.
 * @param {FileSet} set
 * @param {string} dest
 * @param {number} step
 * @param {string} stamp identifies the source corpus version
 */
export async function subsetCopy(set, dest, step, stamp) {
  const stampFile = join(dest, ".subset-stamp");
  const want = `${stamp}:${step}:${set.files.length}`;
  try {
    if ((await readFile(stampFile, "utf8")) === want) return;
  } catch {
    /* not made yet */
  }
  await rm(dest, { recursive: true, force: true });
  for (let i = 0; i < set.files.length; i += step) {
    const target = join(dest, relative(set.root, set.files[i]));
    await mkdir(dirname(target), { recursive: true });
    await copyFile(set.files[i], target);
  }
  await writeFile(stampFile, want);
}

/** Form fields of any kind the corpus renders; recorder set-up (imports, globals, script hosts). */
const FIELD_SHAPE = /<input\b|<textarea\b|<select\b|<TextField\b|<Field\b|register\(|getFieldProps\(/u;
const RECORDER_SHAPE = /logrocket|posthog|@sentry\/|fullstory|hotjar|clarity|@datadog\/browser-rum|rrweb|smartlook|mouseflow|openreplay|@amplitude\/|mixpanel|heap\.|\bhj\(|\bFS\(/iu;
export const APP_MIX = { forms: 0.1, recorders: 0.005 };

/**
 * The corpus in an application's proportions: every file with neither fields nor recorder code,
 * plus evenly spaced form files (10 % of the result) and recorder set-up files (0.5 %, at least 3).
 * @param {FileSet} set
 * @param {string} dest
 * @param {string} stamp identifies the source corpus version
 */
export async function appMixCopy(set, dest, stamp) {
  const stampFile = join(dest, ".subset-stamp");
  const want = `${stamp}:app-mix:${APP_MIX.forms}:${APP_MIX.recorders}:${set.files.length}`;
  try {
    if ((await readFile(stampFile, "utf8")) === want) return;
  } catch {
    /* not made yet */
  }
  /** @type {string[]} */ const plain = [];
  /** @type {string[]} */ const forms = [];
  /** @type {string[]} */ const recorders = [];
  for (const file of set.files) {
    const text = await readFile(file, "utf8");
    (RECORDER_SHAPE.test(text) ? recorders : FIELD_SHAPE.test(text) ? forms : plain).push(file);
  }
  const rest = 1 - APP_MIX.forms - APP_MIX.recorders;
  /** @param {string[]} files @param {number} count */
  const spread = (files, count) => Array.from({ length: Math.min(count, files.length) }, (_, i) => files[Math.floor((i * files.length) / count)]);
  const chosen = [
    ...plain,
    ...spread(forms, Math.round((plain.length * APP_MIX.forms) / rest)),
    ...spread(recorders, Math.max(3, Math.round((plain.length * APP_MIX.recorders) / rest))),
  ];
  await rm(dest, { recursive: true, force: true });
  for (const file of chosen) {
    const target = join(dest, relative(set.root, /** @type {string} */ (file)));
    await mkdir(dirname(target), { recursive: true });
    await copyFile(/** @type {string} */ (file), target);
  }
  await writeFile(stampFile, want);
}

/**
 * One-line files for start-up measurements.
 * @param {string} dir
 */
export async function tinyInputs(dir) {
  await mkdir(join(dir, "jsx"), { recursive: true });
  await mkdir(join(dir, "html"), { recursive: true });
  await writeFile(join(dir, "jsx", "one.tsx"), "export const One = () => <p>one</p>;\n");
  await writeFile(join(dir, "html", "one.html"), "<p>one</p>\n");
  return { jsx: join(dir, "jsx"), html: join(dir, "html") };
}

/** @param {string} path */
export async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
