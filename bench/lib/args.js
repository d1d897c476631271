// Command-line flags of bench/run.js.

import { parseArgs } from "node:util";

export const USAGE = `usage: npm run bench -- [options]     (or: node bench/run.js [options] after npm run build)

  --dir <path>      lint a folder of real code instead of the generated corpus
                    (JS/TS files and HTML-family files found by extension)
  --real            lint 7.6 MB of real TSX instead: the sources of six pinned npm packages
                    (Medusa's admin dashboard, react-admin's UI, refine, Docusaurus's theme),
                    fetched once from the npm registry into bench/.tmp/real-tsx/
  --only jsx|html   run one family only
  --rounds N        whole-process rounds per scenario (default 7; --quick 2)
  --stats-rounds N  --stats rounds per scenario (default 3; --quick 1)
  --quick           smoke run: 1/8 of the corpus, few rounds (about 2 minutes)
  --app-mix         JSX/TSX corpus in the proportions of an application rather than a form
                    library: every file without fields or recorder code, forms as 10 % of the
                    files and recorder set-up as 0.5 % (the generated corpus has 33 % and 3.5 %)
  --budget MIN      soft time budget; rounds not fixed by flags shrink to fit (default 15; --quick 2)
  --check           exit with status 1 when a target fails
  --help`;

/**
 * @typedef {object} Options
 * @property {string | null} dir
 * @property {boolean} real  dir is the pinned real-TSX corpus (see lib/real-code.js)
 * @property {("jsx"|"html")[]} families
 * @property {number} rounds
 * @property {number} statsRounds
 * @property {number} startupRounds
 * @property {number} parsePasses
 * @property {number} growthRounds
 * @property {boolean} roundsFixed  rounds came from flags: do not shrink them
 * @property {boolean} quick
 * @property {number} budgetMin
 * @property {boolean} check
 * @property {number} subsetStep  every n-th corpus file (1 = all)
 * @property {boolean} appMix  JSX corpus in application proportions (see USAGE)
 */

/**
 * @param {string[]} argv
 * @returns {Options | null} null when --help was asked for
 */
export function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      dir: { type: "string" },
      real: { type: "boolean", default: false },
      only: { type: "string" },
      rounds: { type: "string" },
      "stats-rounds": { type: "string" },
      quick: { type: "boolean", default: false },
      "app-mix": { type: "boolean", default: false },
      budget: { type: "string" },
      check: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return null;
  if (values.real && values.dir) throw new Error("--real and --dir cannot be combined");
  if (values.only && values.only !== "jsx" && values.only !== "html") throw new Error(`--only must be jsx or html, not ${values.only}`);
  const quick = Boolean(values.quick);
  /** @param {string | undefined} v @param {number} fallback @param {string} name */
  const int = (v, fallback, name) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer`);
    return n;
  };
  const rounds = int(values.rounds, quick ? 2 : 7, "--rounds");
  return {
    dir: values.dir ?? null,
    real: Boolean(values.real),
    families: values.only ? [/** @type {"jsx"|"html"} */ (values.only)] : ["jsx", "html"],
    rounds,
    statsRounds: int(values["stats-rounds"], quick ? 1 : 3, "--stats-rounds"),
    startupRounds: quick ? 3 : Math.max(10, rounds),
    parsePasses: quick ? 3 : 15,
    growthRounds: quick ? 3 : 30,
    roundsFixed: values.rounds !== undefined,
    quick,
    budgetMin: Number(values.budget ?? (quick ? 2 : 15)),
    check: Boolean(values.check),
    subsetStep: quick && !values.dir && !values.real ? 8 : 1,
    appMix: Boolean(values["app-mix"]) && !values.dir && !values.real,
  };
}
