// The scenarios a run compares. Each is one ESLint config (bench/lib/configs.js) run over one
// family of files; the first scenario of each family is the baseline for its paired ratios.

/**
 * @typedef {object} Scenario
 * @property {string} id
 * @property {import("./families.js").Family} family
 * @property {string} label
 * @property {"jsx-a11y" | "html-eslint" | null} tool  comparison tool it needs installed
 * @property {boolean} oursHtml  needs our HTML language
 * @property {boolean} ours      runs our plugin's rules
 * @property {boolean} [startupOnly]  measured on the one-line file only (a start-up reference)
 */

/** @type {Scenario[]} */
export const SCENARIOS = [
  { id: "jsx-parse", family: "jsx", label: "ESLint + TS parser, no rules (a)", tool: null, oursHtml: false, ours: false },
  { id: "jsx-ours", family: "jsx", label: "+ replay-privacy recommended (b)", tool: null, oursHtml: false, ours: true },
  // Every real config turns on some rule, and the first rule with options makes ESLint load ajv
  // (~50 ms): this start-up reference separates that from what loading our plugin costs.
  { id: "jsx-core-rule", family: "jsx", label: "ESLint + TS parser + one core rule (start-up only)", tool: null, oursHtml: false, ours: false, startupOnly: true },
  { id: "jsx-a11y", family: "jsx", label: "+ jsx-a11y recommended (c)", tool: "jsx-a11y", oursHtml: false, ours: false },
  { id: "html-eslint-parse", family: "html", label: "@html-eslint language, no rules (d)", tool: "html-eslint", oursHtml: false, ours: false },
  { id: "html-eslint-rec", family: "html", label: "@html-eslint + recommended (d)", tool: "html-eslint", oursHtml: false, ours: false },
  { id: "html-ours-parse", family: "html", label: "replay-privacy/html, no rules (d)", tool: null, oursHtml: true, ours: false },
  // ESLint's own cost of running any rule at all (listener set-up, traversal, reports): the fair
  // floor for our rules' memory and time, measured beside the no-rules run.
  { id: "html-ours-noop", family: "html", label: "replay-privacy/html + one no-op rule", tool: null, oursHtml: true, ours: false },
  { id: "html-ours-rec", family: "html", label: "replay-privacy/html + recommended (d)", tool: null, oursHtml: true, ours: true },
];

/** Baseline scenario id of each family. */
export const BASELINE = { jsx: "jsx-parse", html: "html-eslint-parse" };
