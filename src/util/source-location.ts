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

/** The report location of a range, by ESLint's own line counting. */
export function rangeLoc(sourceCode: unknown, range: readonly [number, number] | undefined): { start: Position; end: Position } {
  const locate = locatorOf(sourceCode);
  const [start, end] = range ?? [0, 0];
  return { start: locate(start), end: locate(end) };
}
