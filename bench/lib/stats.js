// Small statistics helpers: medians, ranges and paired ratios.

/** @param {number[]} xs */
export function median(xs) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** @param {number[]} xs */
export const min = (xs) => Math.min(...xs.filter(Number.isFinite));
/** @param {number[]} xs */
export const max = (xs) => Math.max(...xs.filter(Number.isFinite));

/**
 * Per-round ratios a[i] / b[i] (both from the same round), skipping rounds where either is missing.
 * @param {(number | undefined)[]} a
 * @param {(number | undefined)[]} b
 */
export function paired(a, b) {
  const out = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y) && y !== 0) out.push(x / y);
  }
  return out;
}

/**
 * Per-round differences a[i] - b[i].
 * @param {(number | undefined)[]} a
 * @param {(number | undefined)[]} b
 */
export function pairedDiff(a, b) {
  const out = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) out.push(x - y);
  }
  return out;
}

/** @param {number[]} xs @returns {{ median: number, min: number, max: number, n: number }} */
export function summary(xs) {
  const v = xs.filter(Number.isFinite);
  return { median: median(v), min: v.length ? min(v) : NaN, max: v.length ? max(v) : NaN, n: v.length };
}

/** Rotate a list by k (the order of scenarios changes every round). @template T @param {T[]} list @param {number} k */
export function rotate(list, k) {
  if (!list.length) return list;
  const s = ((k % list.length) + list.length) % list.length;
  return [...list.slice(s), ...list.slice(0, s)];
}
