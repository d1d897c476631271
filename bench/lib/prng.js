// Seeded pseudo-random numbers (mulberry32) with the few helpers the corpus generator needs.

/**
 * @typedef {object} Rng
 * @property {() => number} next        uniform in [0, 1)
 * @property {(min: number, max: number) => number} int  integer in [min, max]
 * @property {<T>(items: readonly T[]) => T} pick
 * @property {(p: number) => boolean} chance
 * @property {<T>(items: readonly T[], n: number) => T[]} sample  n distinct items, in random order
 * @property {<T>(entries: readonly (readonly [T, number])[]) => T} weighted  pick by weight
 */

/**
 * @param {number} seed
 * @returns {Rng}
 */
export function createRng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (/** @type {number} */ min, /** @type {number} */ max) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
    sample(items, n) {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, Math.min(n, copy.length));
    },
    weighted(entries) {
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [value, w] of entries) {
        r -= w;
        if (r < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
  };
}

/**
 * Derive an independent seed for item `index` of stream `label`, so one file's content does not
 * depend on how many random numbers the previous files used.
 * @param {number} seed
 * @param {string} label
 * @param {number} index
 */
export function deriveSeed(seed, label, index) {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const ch of `${label}:${index}`) {
    h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  }
  return h;
}
