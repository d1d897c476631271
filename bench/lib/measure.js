// Runs one child process and measures it from outside: wall time (process.hrtime around spawn ->
// exit), peak RSS and CPU time through GNU time when /usr/bin/time exists, else the child's own
// process.resourceUsage() report.

import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { TMP_DIR } from "./paths.js";

const GNU_TIME = "/usr/bin/time";
export const HAS_GNU_TIME = existsSync(GNU_TIME);

/**
 * @typedef {object} Measured
 * @property {number} wallMs
 * @property {number | null} rssMb peak resident set size
 * @property {number | null} cpuS  user + system
 * @property {number} code
 * @property {any} report  the child's JSON line (null if none)
 * @property {string} stderr
 */

let counter = 0;

/**
 * @param {string} script node script to run
 * @param {string[]} args
 * @param {{ nodeArgs?: string[], timeoutMs?: number }} [options]
 * @returns {Promise<Measured>}
 */
export function runNode(script, args, { nodeArgs = [], timeoutMs = 15 * 60_000 } = {}) {
  const timeFile = join(TMP_DIR, `time-${process.pid}-${counter++}.txt`);
  const command = HAS_GNU_TIME ? GNU_TIME : process.execPath;
  const argv = HAS_GNU_TIME
    ? ["-o", timeFile, "-f", "%M %U %S", process.execPath, ...nodeArgs, script, ...args]
    : [...nodeArgs, script, ...args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, argv, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      let report = null;
      const line = stdout.trim().split("\n").pop();
      try {
        report = line ? JSON.parse(line) : null;
      } catch {
        report = null;
      }
      let rssMb = report?.maxRssKb ? report.maxRssKb / 1024 : null;
      let cpuS = report?.cpuS ?? null;
      if (HAS_GNU_TIME) {
        try {
          // GNU time may print "Command exited with non-zero status N" first; the numbers are last.
          const last = readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? "";
          const [kb, user, sys] = last.split(" ").map(Number);
          if (Number.isFinite(kb)) rssMb = kb / 1024;
          if (Number.isFinite(user) && Number.isFinite(sys)) cpuS = user + sys;
        } catch {
          /* keep the child's own numbers */
        }
        rmSync(timeFile, { force: true });
      }
      resolve({ wallMs, rssMb, cpuS, code: code ?? -1, report, stderr: stderr.slice(-4000) });
    });
  });
}
