/**
 * Pages and components repeat ids (one form per list item or product card, or one id for every
 * field of a form): a dozen distinct label texts per id are plenty, and an unbounded list would give
 * every field every copy of its label, which makes a file of repeated forms quadratic.
 */
const MAX_LABELS_PER_ID = 12;

/** A `<label for>` / `htmlFor` text and where the label is in the file. */
export interface LabelEntry {
  text: string;
  range: readonly [number, number];
}

export type LabelsById = Map<string, LabelEntry[]>;

/** Records the text of a `<label for>` / `htmlFor` under its id; `text` is read only when kept. */
export function rememberLabel(labelsFor: LabelsById, id: string, range: readonly [number, number], text: () => string): void {
  const list = labelsFor.get(id) ?? [];
  if (list.length >= MAX_LABELS_PER_ID) return;
  const value = text();
  if (!list.some((entry) => entry.text === value)) list.push({ text: value, range });
  labelsFor.set(id, list);
}

/** Where the elements that carry each id are (start tags; more than one when a component reuses an id). */
export type IdPositions = Map<string, (readonly [number, number])[]>;

export function rememberId(positions: IdPositions, id: string, range: readonly [number, number]): void {
  const list = positions.get(id);
  if (list) list.push(range);
  else positions.set(id, [range]);
}

/**
 * The element nearest to a label: the gap between them, from the label's end to a start tag after
 * it or from a start tag's end to the label. A label usually comes first, so on a tie it is the next
 * element's. Ranges are recorded in document order, so a binary search finds the two around it: a
 * page that repeats one id a thousand times stays linear.
 */
function nearestTo(ranges: readonly (readonly [number, number])[], [labelStart, labelEnd]: readonly [number, number]): readonly [number, number] {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ranges[middle]![0] <= labelStart) low = middle + 1;
    else high = middle;
  }
  const before = ranges[low - 1];
  const after = ranges[low];
  if (!before) return after!;
  if (!after) return before;
  return Math.max(0, after[0] - labelEnd) <= Math.max(0, labelStart - before[1]) ? after : before;
}

/**
 * The label texts of an id for the field whose start tag begins at `at`. When a component reuses
 * an id (`id="yes"` for the radios of two questions), each label belongs to the element with that
 * id nearest to it; one element with the id gets every label, and so does an element no label is
 * nearest to (the copies of a repeated form).
 */
export function labelsOf(
  labelsFor: ReadonlyMap<string, readonly LabelEntry[]>,
  id: string,
  at: number,
  positions: ReadonlyMap<string, readonly (readonly [number, number])[]>,
): string[] {
  const list = labelsFor.get(id);
  if (!list) return [];
  const carriers = positions.get(id);
  if (!carriers || carriers.length <= 1) return list.map((entry) => entry.text);
  const own = list.filter((entry) => nearestTo(carriers, entry.range)[0] === at);
  // A label text is kept once per id: a repeated form's later copies take the labels the id has.
  return (own.length > 0 ? own : list).map((entry) => entry.text);
}
