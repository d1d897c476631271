// Decides what each family lints: the generated corpus (or its --quick subset) or a --dir folder,
// plus one-line inputs for start-up runs, and writes the HTML file list for the parse bench.

import { writeFile, mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { ensureCorpus, CORPUS_DIR, GENERATOR_VERSION } from "../generate-corpus.js";
import { appMixCopy, listFamilies, subsetCopy, tinyInputs } from "./files.js";
import { TMP_DIR } from "./paths.js";

/**
 * @typedef {object} Inputs
 * @property {Record<"jsx"|"html", import("./files.js").FileSet>} sets
 * @property {Record<"jsx"|"html", string>} tiny  folder with one one-line file
 * @property {string} htmlList  file listing the HTML files, one path a line
 * @property {number | null} corpusVersion
 */

/**
 * @param {import("./args.js").Options} options
 * @param {(msg: string) => void} log
 * @returns {Promise<Inputs>}
 */
export async function prepareInputs(options, log) {
  /** @type {Record<"jsx"|"html", import("./files.js").FileSet>} */
  let sets;
  let corpusVersion = null;
  if (options.dir) {
    const all = await listFamilies(resolve(options.dir));
    sets = all;
  } else {
    const meta = await ensureCorpus({ log });
    corpusVersion = meta.version;
    const jsx = (await listFamilies(join(CORPUS_DIR, "jsx"))).jsx;
    const html = (await listFamilies(join(CORPUS_DIR, "html"))).html;
    sets = { jsx, html };
    if (options.appMix) {
      await appMixCopy(jsx, join(TMP_DIR, "app-mix", "jsx"), `v${GENERATOR_VERSION}-s${meta.seed}`);
      sets = { ...sets, jsx: (await listFamilies(join(TMP_DIR, "app-mix", "jsx"))).jsx };
    }
    if (options.subsetStep > 1) {
      const stamp = `v${GENERATOR_VERSION}-s${meta.seed}`;
      const jsxDest = join(TMP_DIR, "quick", options.appMix ? "jsx-app-mix" : "jsx");
      await subsetCopy(sets.jsx, jsxDest, options.subsetStep, stamp);
      await subsetCopy(html, join(TMP_DIR, "quick", "html"), options.subsetStep, stamp);
      sets = { jsx: (await listFamilies(jsxDest)).jsx, html: (await listFamilies(join(TMP_DIR, "quick", "html"))).html };
    }
  }
  await mkdir(TMP_DIR, { recursive: true });
  const htmlList = join(TMP_DIR, "html-files.txt");
  await writeFile(htmlList, `${sets.html.files.join("\n")}\n`);
  return { sets, tiny: await tinyInputs(join(TMP_DIR, "tiny")), htmlList, corpusVersion };
}
