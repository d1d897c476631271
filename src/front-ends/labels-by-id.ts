/**
 * Pages and components repeat ids (one form per list item or product card): a few distinct label
 * texts per id are plenty, and an unbounded list would give every field every copy of its label,
 * which makes a file of repeated forms quadratic.
 */
const MAX_LABELS_PER_ID = 3;

/** Records the text of a `<label for>` / `htmlFor` under its id; `text` is read only when kept. */
export function rememberLabel(labelsFor: Map<string, string[]>, id: string, text: () => string): void {
  const list = labelsFor.get(id) ?? [];
  if (list.length >= MAX_LABELS_PER_ID) return;
  const value = text();
  if (!list.includes(value)) list.push(value);
  labelsFor.set(id, list);
}
