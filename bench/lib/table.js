// Aligned plain-text tables for the console and Markdown tables for results/*.md.

/**
 * @param {string[]} headers
 * @param {string[][]} rows
 * @param {string} [align] one letter per column: "l" or "r" (default: first left, others right)
 */
export function textTable(headers, rows, align) {
  const a = align ?? `l${"r".repeat(headers.length - 1)}`;
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  /** @param {string[]} cells */
  const line = (cells) => cells.map((c, i) => (a[i] === "l" ? (c ?? "").padEnd(widths[i]) : (c ?? "").padStart(widths[i]))).join("  ").trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/**
 * @param {string[]} headers
 * @param {string[][]} rows
 * @param {string} [align]
 */
export function markdownTable(headers, rows, align) {
  const a = align ?? `l${"r".repeat(headers.length - 1)}`;
  /** @param {string} s */
  const esc = (s) => (s ?? "").replaceAll("|", "\\|");
  return [
    `| ${headers.map(esc).join(" | ")} |`,
    `|${headers.map((_, i) => (a[i] === "l" ? "---" : "--:")).join("|")}|`,
    ...rows.map((r) => `| ${r.map(esc).join(" | ")} |`),
  ].join("\n");
}

/** Number formatting helpers. */
export const fmt = {
  /** @param {number} x @param {number} [d] */
  n: (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : "–"),
  /** @param {number} ms */
  s: (ms) => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) : "–"),
  /** @param {number} x */
  x: (x) => (Number.isFinite(x) ? `×${x.toFixed(2)}` : "–"),
  /** @param {number} x fraction */
  pct: (x) => (Number.isFinite(x) ? `${(x * 100).toFixed(x < 0.1 ? 2 : 1)} %` : "–"),
  /** @param {{ median: number, min: number, max: number }} s @param {(x: number) => string} f */
  range: (s, f) => (Number.isFinite(s.median) ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : "–"),
};
