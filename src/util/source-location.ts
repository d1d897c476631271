/** A position as ESLint reports it: line 1-based, column 0-based. */
export interface Position {
  line: number;
  column: number;
}

interface Locating {
  getLocFromIndex(index: number): Position;
}

/** Offset -> position by ESLint's own line counting (parsers may count U+2028 or a lone CR differently). */
export function locatorOf(sourceCode: unknown): (index: number) => Position {
  const locating = sourceCode as Locating;
  return (index) => locating.getLocFromIndex(index);
}

export type RangeLocator = (range: readonly [number, number]) => { start: Position; end: Position };

/** Range -> location by ESLint's own line counting, for front ends that rebuild another parser's nodes. */
export function rangeLocatorOf(sourceCode: unknown): RangeLocator {
  const locate = locatorOf(sourceCode);
  return ([start, end]) => ({ start: locate(start), end: locate(end) });
}

/** The report location of a range, by ESLint's own line counting. */
export function rangeLoc(sourceCode: unknown, range: readonly [number, number] | undefined): { start: Position; end: Position } {
  return rangeLocatorOf(sourceCode)(range ?? [0, 0]);
}

/** Whether `inner` lies within `outer` (by source range; a node encloses itself). */
export function encloses(outer: { range?: readonly [number, number] }, inner: { range?: readonly [number, number] }): boolean {
  const [from, to] = outer.range ?? [0, 0];
  const [start, end] = inner.range ?? [0, 0];
  return from <= start && end <= to;
}
