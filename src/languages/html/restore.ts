/**
 * Puts template syntax back into values that parse5 decoded from blanked text. parse5 decodes
 * entities and normalises line breaks, so decoded offsets differ from source offsets; but it never
 * splits, merges or resizes a run of placeholders. So the k-th placeholder run of the value is the
 * k-th placeholder run of the source span, and we swap it for the source text of that run.
 */
import { TEMPLATE_PLACEHOLDER } from "./template-syntax.js";

const PLACEHOLDER_CODE = TEMPLATE_PLACEHOLDER.charCodeAt(0);

/**
 * @param value decoded value from parse5 (may contain placeholders)
 * @param parsed the text parse5 read (blanked)
 * @param source the original text, same length as `parsed`
 * @param start span of the value in both texts
 * @param end
 * @returns the value with each placeholder run replaced by the source text it stands for; when the
 *   runs cannot be paired (e.g. `&#xE000;` in the source), the raw source text of the span.
 */
export function restoreTemplateText(value: string, parsed: string, source: string, start: number, end: number): string {
  if (!value.includes(TEMPLATE_PLACEHOLDER)) return value;
  const sourceRuns = placeholderRuns(parsed, start, end);
  const valueRuns = placeholderRuns(value, 0, value.length);
  if (sourceRuns.length !== valueRuns.length) return source.slice(start, end);
  let result = "";
  let last = 0;
  for (let k = 0; k < valueRuns.length; k += 2) {
    const valueStart = valueRuns[k]!;
    const valueEnd = valueRuns[k + 1]!;
    const sourceStart = sourceRuns[k]!;
    const sourceEnd = sourceRuns[k + 1]!;
    if (valueEnd - valueStart !== sourceEnd - sourceStart) return source.slice(start, end);
    result += value.slice(last, valueStart) + source.slice(sourceStart, sourceEnd);
    last = valueEnd;
  }
  return result + value.slice(last);
}

/** Flat [start, end, start, end, ...] of the maximal placeholder runs in text[from, to). */
function placeholderRuns(text: string, from: number, to: number): number[] {
  const runs: number[] = [];
  let i = from;
  while (i < to) {
    if (text.charCodeAt(i) !== PLACEHOLDER_CODE) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < to && text.charCodeAt(i) === PLACEHOLDER_CODE) i++;
    runs.push(runStart, i);
  }
  return runs;
}
