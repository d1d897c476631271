/**
 * The structure of a form laid out as a data table: which header cell heads a cell's column, which
 * cell sits right above a cell, and whether a table has a header row at all (a page laid out as a
 * table has none).
 */
import type { HtmlElement } from "../../languages/html/types.js";
import { parentElementOf } from "./tree.js";

export const TABLE_CELLS: ReadonlySet<string> = new Set(["td", "th"]);
const ROW_GROUPS: ReadonlySet<string> = new Set(["thead", "tbody", "tfoot"]);

function cellSpan(cell: HtmlElement): number {
  const span = Number.parseInt(cell.attributes.find((attribute) => attribute.name === "colspan")?.value ?? "1", 10);
  return Number.isFinite(span) && span > 0 ? span : 1;
}

function rowCells(row: HtmlElement): HtmlElement[] {
  return row.children.filter((child): child is HtmlElement => child.type === "HtmlElement" && TABLE_CELLS.has(child.name));
}

/** The first row of a table or of one of its row groups (past a `<caption>` or `<colgroup>`). */
function firstRow(section: HtmlElement): HtmlElement | null {
  for (const child of section.children) {
    if (child.type !== "HtmlElement") continue;
    if (child.name === "tr") return child;
    if (ROW_GROUPS.has(child.name)) return firstRow(child);
  }
  return null;
}

/** The table's first row, when it holds header cells. */
export function headerRow(table: HtmlElement): HtmlElement | null {
  const first = firstRow(table);
  return first && rowCells(first).some((cell) => cell.name === "th") ? first : null;
}

/** The header cell of the column a body cell is in (column spans counted), or null. */
export function columnHeaderCell(cell: HtmlElement): HtmlElement | null {
  const row = parentElementOf(cell);
  if (row?.name !== "tr") return null;
  let table = parentElementOf(row);
  if (table && ROW_GROUPS.has(table.name)) table = parentElementOf(table);
  if (table?.name !== "table") return null;
  const header = headerRow(table);
  if (!header || header === row) return null;
  return cellAtColumn(rowCells(header), columnOf(cell, rowCells(row)));
}

/** The column a cell starts at in its row (column spans counted). */
function columnOf(cell: HtmlElement, cells: readonly HtmlElement[]): number {
  let column = 0;
  for (const other of cells) {
    if (other === cell) break;
    column += cellSpan(other);
  }
  return column;
}

/** The cell of a row that covers a column, or null when the row is shorter. */
function cellAtColumn(cells: readonly HtmlElement[], column: number): HtmlElement | null {
  let reached = 0;
  for (const cell of cells) {
    reached += cellSpan(cell);
    if (reached > column) return cell;
  }
  return null;
}

/** The row right before a row in its table section, or null (the first row, or text between rows). */
function previousRow(row: HtmlElement): HtmlElement | null {
  const siblings = parentElementOf(row)?.children ?? [];
  for (let i = siblings.indexOf(row) - 1; i >= 0; i--) {
    const sibling = siblings[i]!;
    if (sibling.type === "HtmlElement") return sibling.name === "tr" ? sibling : null;
  }
  return null;
}

/** A body cell, the cell right above it (column spans counted), and both rows' cells. */
export interface CellAbove {
  above: HtmlElement;
  aboveCells: HtmlElement[];
  rowCells: HtmlElement[];
}

/** The cell in the row right before a cell's own row that covers the same column, or null. */
export function cellAbove(cell: HtmlElement): CellAbove | null {
  const row = parentElementOf(cell);
  if (row?.name !== "tr") return null;
  const before = previousRow(row);
  if (!before) return null;
  const cells = rowCells(row);
  const aboveCells = rowCells(before);
  const above = cellAtColumn(aboveCells, columnOf(cell, cells));
  return above ? { above, aboveCells, rowCells: cells } : null;
}
