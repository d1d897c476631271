/**
 * One-time codes and PINs are often typed into a row of one-character boxes: four to eight inputs
 * with `maxlength="1"` side by side, or one such box repeated by a template loop (`*ngFor`, `v-for`,
 * `{#each}`, `.map(...)`). Longer rows are games and grids, not codes.
 */
export const MIN_CODE_BOXES = 4;
export const MAX_CODE_BOXES = 8;

export function isCodeBoxRow(boxes: number): boolean {
  return boxes >= MIN_CODE_BOXES && boxes <= MAX_CODE_BOXES;
}
