// Installs the comparison tools, pinned, from the npm registry into bench/.tmp/<name>/ and reuses
// them while the pins do not change.
//
// eslint-plugin-jsx-a11y 6.10.2 declares `eslint: ^3 ... || ^9`. It is installed beside ESLint
// 10.15.0 (the repo's version) with an npm `overrides` entry, and loaded into the repo's ESLint, so
// every JSX scenario runs on the same ESLint.

import { spawnSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { TMP_DIR } from "./paths.js";
import { exists } from "./files.js";

export const ESLINT_VERSION = "10.15.0";

/** @type {Record<string, { dependencies: Record<string, string>, overrides?: Record<string, unknown> }>} */
export const TOOLS = {
  "jsx-a11y": {
    dependencies: { eslint: ESLINT_VERSION, "eslint-plugin-jsx-a11y": "6.10.2" },
    overrides: { "eslint-plugin-jsx-a11y": { eslint: "$eslint" } },
  },
  "html-eslint": {
    dependencies: { eslint: ESLINT_VERSION, "@html-eslint/eslint-plugin": "0.66.1", "@html-eslint/parser": "0.66.1" },
  },
};

/**
 * @typedef {object} Tool
 * @property {string} name
 * @property {string} dir
 * @property {(pkg: string) => string} resolve absolute path of a package's entry, as require() sees it
 */

/**
 * @param {string} name key of TOOLS
 * @param {(msg: string) => void} log
 * @returns {Promise<Tool>}
 */
export async function ensureTool(name, log) {
  const spec = TOOLS[name];
  const dir = join(TMP_DIR, name);
  const manifest = { name: `bench-tool-${name}`, private: true, ...spec };
  const wanted = JSON.stringify(manifest, null, 2);
  const stamp = join(dir, ".installed");
  let current = null;
  try {
    current = await readFile(stamp, "utf8");
  } catch {
    /* not installed */
  }
  if (current !== wanted || !(await exists(join(dir, "node_modules")))) {
    log(`installing ${Object.entries(spec.dependencies).map(([k, v]) => `${k}@${v}`).join(" ")} into ${dir} ...`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "package.json"), `${wanted}\n`);
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const res = spawnSync(npm, ["install", "--prefix", dir, "--no-audit", "--no-fund", "--loglevel=error"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    if (res.status !== 0) throw new Error(`npm install for ${name} failed:\n${res.stderr || res.stdout}`);
    await writeFile(stamp, wanted);
  }
  const require = createRequire(join(dir, "package.json"));
  return { name, dir, resolve: (pkg) => require.resolve(pkg) };
}

/**
 * Version of a package as installed for a tool (or in the repo).
 * @param {string} fromDir
 * @param {string} pkg
 */
export async function installedVersion(fromDir, pkg) {
  try {
    const json = JSON.parse(await readFile(join(fromDir, "node_modules", pkg, "package.json"), "utf8"));
    return /** @type {string} */ (json.version);
  } catch {
    return "?";
  }
}
