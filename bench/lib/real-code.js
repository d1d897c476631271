// A corpus of real TSX for `--real`: the JSX/TSX sources that a few open-source React applications
// and UI libraries publish to the npm registry, pinned, fetched with `npm pack` into
// bench/.tmp/real-tsx/ and reused while the pins do not change. The registry is the one network
// the bench may use, and published tarballs do not change under a version.

import { spawnSync } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { TMP_DIR } from "./paths.js";
import { exists } from "./files.js";

/** Packages whose tarballs carry their TSX source (dashboards, admin frameworks, a docs theme). */
export const REAL_PACKAGES = [
  "@medusajs/dashboard@2.21.2",
  "@docusaurus/theme-classic@3.10.2",
  "@refinedev/core@5.0.12",
  "@refinedev/antd@6.0.3",
  "@refinedev/mui@8.0.2",
  "ra-ui-materialui@5.15.4",
];

export const REAL_DIR = join(TMP_DIR, "real-tsx");

/** Built output, type declarations and bundles are not source. */
const SOURCE_FILE = /\.(?:tsx|jsx)$/u;
const BUILD_FOLDER = /(?:^|\/)(?:dist|lib|esm|cjs|build)\//u;

/**
 * @param {(msg: string) => void} log
 * @returns {Promise<string>} the folder to lint
 */
export async function ensureRealCode(log) {
  const wanted = `${REAL_PACKAGES.join("\n")}\n`;
  const stamp = join(REAL_DIR, ".fetched");
  const current = (await exists(stamp)) ? await readFile(stamp, "utf8") : null;
  if (current === wanted) return REAL_DIR;
  log(`fetching the TSX sources of ${REAL_PACKAGES.length} npm packages into ${REAL_DIR} ...`);
  await rm(REAL_DIR, { recursive: true, force: true });
  const packs = join(REAL_DIR, ".packs");
  await mkdir(packs, { recursive: true });
  for (const spec of REAL_PACKAGES) {
    const tarball = run("npm", ["pack", spec, "--pack-destination", packs, "--silent", "--loglevel=error"], spec).trim().split("\n").pop();
    if (!tarball) throw new Error(`npm pack ${spec} printed no file name`);
    const target = join(REAL_DIR, spec.replace(/@[^@/]+$/u, "").replace(/[@/]/gu, "_").replace(/^_/u, ""));
    await mkdir(target, { recursive: true });
    const members = run("tar", ["-tzf", join(packs, tarball)], spec)
      .split("\n")
      .filter((m) => SOURCE_FILE.test(m) && !BUILD_FOLDER.test(m.replace(/^package\//u, "")));
    if (!members.length) throw new Error(`${spec} holds no TSX/JSX source`);
    run("tar", ["-xzf", join(packs, tarball), "-C", target, ...members], spec);
  }
  await rm(packs, { recursive: true, force: true });
  await writeFile(stamp, wanted);
  return REAL_DIR;
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {string} what
 */
function run(command, args, what) {
  const exe = process.platform === "win32" && command === "npm" ? "npm.cmd" : command;
  const res = spawnSync(exe, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  if (res.status !== 0) throw new Error(`${command} ${args[0]} for ${what} failed:\n${res.stderr || res.stdout}`);
  return res.stdout;
}
