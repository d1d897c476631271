/**
 * Offsets to ESTree positions (line 1-based, column 0-based, in UTF-16 code units). Line breaks
 * are `\r\n`, `\r` and `\n`, as in HTML (and as editors count them).
 */
import type { HtmlPosition } from "./types.js";

/** The line-break pattern shared with `HtmlSourceCode` (its `lines` and `getLocFromIndex`). */
export const LINE_BREAK = /\r\n|[\r\n]/u;
const LINE_BREAK_GLOBAL = /\r\n|[\r\n]/gu;

export type LocFromIndex = (index: number) => HtmlPosition;

/** Builds the line table once; lookups are O(1) when offsets come in order, else a binary search. */
export function createLineLocator(text: string): LocFromIndex {
  const lineStarts = [0];
  LINE_BREAK_GLOBAL.lastIndex = 0;
  for (let match = LINE_BREAK_GLOBAL.exec(text); match !== null; match = LINE_BREAK_GLOBAL.exec(text)) {
    lineStarts.push(match.index + match[0].length);
  }
  const lastLine = lineStarts.length - 1;
  let hint = 0;
  return (index) => {
    // Tree conversion asks for mostly increasing offsets: try the previous line and the next one first.
    if (!(lineStarts[hint]! <= index && (hint === lastLine || index < lineStarts[hint + 1]!))) {
      if (hint < lastLine && lineStarts[hint + 1]! <= index && (hint + 1 === lastLine || index < lineStarts[hint + 2]!)) {
        hint++;
      } else {
        hint = findLine(lineStarts, index);
      }
    }
    return { line: hint + 1, column: index - lineStarts[hint]! };
  };
}

/** Index of the last line start <= index. */
function findLine(lineStarts: number[], index: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (lineStarts[mid]! <= index) low = mid;
    else high = mid - 1;
  }
  return low;
}
