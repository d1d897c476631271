// Where things live. Everything the bench writes stays under bench/ (corpus/ and .tmp/ are gitignored).

import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const BENCH_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
export const REPO_DIR = dirname(BENCH_DIR);
export const TMP_DIR = join(BENCH_DIR, ".tmp");
export const CONFIG_DIR = join(TMP_DIR, "configs");
export const RESULTS_DIR = join(BENCH_DIR, "results");
export const DIST_ENTRY = join(REPO_DIR, "dist", "index.js");
export const LINT_ONCE = join(BENCH_DIR, "lint-once.js");
export const PARSE_ONCE = join(BENCH_DIR, "parse-once.js");
export const GROW_ONCE = join(BENCH_DIR, "grow-once.js");
