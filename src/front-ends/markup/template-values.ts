/**
 * Reads server-template syntax inside attribute names, attribute values and label text
 * (Django/Jinja/Nunjucks/Twig/Liquid `{% %}`, Handlebars/Mustache `{{#x}} {{^x}} {{/x}}`, EJS/ERB
 * `<% %>`, PHP `<?php ?>`, lit `${}`): what is literal text, what is template output, and which
 * literal text only renders under a condition (`{% if x %}fs-exclude{% endif %}`).
 *
 * The language blanks these blocks before parse5 sees them and gives names and values back as
 * written, so the block boundaries are found again here with the same scanner.
 */
import { blankTemplateSyntax, TEMPLATE_PLACEHOLDER } from "../../languages/html/template-syntax.js";

export interface TemplatePiece {
  /** `text`: literal text; `block`: one template block as written (`{% if x %}`). */
  kind: "text" | "block";
  text: string;
  /** How many template conditionals (or loops) enclose this piece. */
  depth: number;
}

/** Opens a conditional or a loop: what follows renders zero, one or many times. */
const OPENS =
  /^(?:\{%-?\s*(?:if|unless|for|case|with|ifchanged|ifequal|ifnotequal)\b|\{\{~?\s*[#^]|<%[-=_]?\s*(?:if|unless|case|for|while|until)\b|<\?(?:php)?\s*(?:if|foreach|for|while|switch)\b|<c:(?:if|when|otherwise|forEach)\b(?![^>]*\/>))/iu;
/** Closes one. */
const CLOSES = /^(?:\{%-?\s*end[a-z]*\b|\{\{~?\s*\/|<%[-_]?\s*(?:end\b|\})|<\?(?:php)?\s*(?:end[a-z]*\b|\})|<\/c:(?:if|when|otherwise|forEach)\b)/iu;
/** An EJS/PHP block that opens a brace body: `<% if (x) { %>`, `<?php if ($x) { ?>`. */
const OPENS_BRACE = /\{\s*[-_]?(?:%>|\?>)$/u;
/** An ERB block that opens a `do` body: `<% items.each do |item| %>`. */
const OPENS_DO = /\bdo(?:\s*\|[^|%]*\|)?\s*-?%>$/u;
/** An "else" that is spelled like an opener: Handlebars `{{^}}`. */
const MIDDLE = /^\{\{~?\s*\^\s*~?\}\}$/u;
/** An expression that renders only under a condition: `{{ 'x' if y }}`, `<%= a ? 'x' : '' %>`, `${a && "x"}`. */
const INLINE_CONDITION = /\?|&&|\|\||\b(?:if|unless|and|or)\b/u;
/** Quoted string literals inside a block; a quote may be escaped in them (`__('Cardholder\'s Name')`). */
const QUOTED = /'((?:[^'\\\r\n]|\\.)*)'|"((?:[^"\\\r\n]|\\.)*)"|`([^`\\$]*)`/gu;
const ESCAPED = /\\(.)/gu;

/** A literal's text: `Cardholder\'s` reads `Cardholder's`. */
function literalText(match: RegExpMatchArray): string {
  const text = match[1] ?? match[2] ?? match[3] ?? "";
  return text.includes("\\") ? text.replace(ESCAPED, "$1") : text;
}

/** Template delimiters around a block's code. */
const DELIMITERS = /^(?:\{\{[{#^/~]?|\{%-?|\{#|<%[-=_#]?|<\?(?:php|=)?|\$\{)|(?:[-~_]?\}\}\}?|-?%\}|#\}|[-_]?%>|\?>|\})$/gu;
/** `{{ form.card_number.html_name }}`: accessors that say nothing about the field. */
const GENERIC_ACCESSORS: ReadonlySet<string> = new Set([
  "html_name", "id_for_label", "auto_id", "name", "id", "value", "data", "field", "vars", "full_name",
]);
const PATH_SEPARATOR = /[.[\]'"]+/u;

/**
 * Template blocks of `raw`, plus runs of placeholder characters (parts an adapter blanked because it
 * could not give their source back, e.g. a lit value whose text could not be restored).
 */
function blockRanges(raw: string): Array<[number, number]> {
  const { ranges } = blankTemplateSyntax(raw);
  if (!raw.includes(TEMPLATE_PLACEHOLDER)) return ranges;
  const merged: Array<[number, number]> = [];
  let next = 0;
  for (let i = raw.indexOf(TEMPLATE_PLACEHOLDER); i !== -1; i = raw.indexOf(TEMPLATE_PLACEHOLDER, i)) {
    const start = i;
    while (raw[i] === TEMPLATE_PLACEHOLDER) i++;
    // Both lists are in source order: walk them together. A run inside a block belongs to it.
    while (next < ranges.length && ranges[next]![1] <= start) merged.push(ranges[next++]!);
    const block = ranges[next];
    if (!block || start < block[0]) merged.push([start, Math.min(i, block?.[0] ?? i)]);
  }
  while (next < ranges.length) merged.push(ranges[next++]!);
  return merged;
}

/** How a block changes the conditional depth: opens one, closes one, or (`<% } else { %>`) neither. */
function depthAfter(block: string, depth: number): { before: number; after: number } {
  if (CLOSES.test(block)) {
    const closed = Math.max(0, depth - 1);
    // `<% } else { %>` closes and reopens: still inside.
    return OPENS_BRACE.test(block) ? { before: closed + 1, after: closed + 1 } : { before: closed, after: closed };
  }
  if (MIDDLE.test(block)) return { before: depth, after: depth };
  if (OPENS.test(block) || OPENS_BRACE.test(block) || OPENS_DO.test(block)) return { before: depth, after: depth + 1 };
  return { before: depth, after: depth };
}

/**
 * Splits raw text into literal text and template blocks, with the conditional depth of each;
 * `depth` is the depth the text starts at (a start tag's attributes continue each other's blocks).
 */
export function templatePieces(raw: string, depth = 0): TemplatePiece[] {
  const pieces: TemplatePiece[] = [];
  let current = depth;
  let last = 0;
  for (const [start, end] of blockRanges(raw)) {
    if (start > last) pieces.push({ kind: "text", text: raw.slice(last, start), depth: current });
    const block = raw.slice(start, end);
    const { before, after } = depthAfter(block, current);
    pieces.push({ kind: "block", text: block, depth: before });
    current = after;
    last = end;
  }
  if (last < raw.length) pieces.push({ kind: "text", text: raw.slice(last), depth: current });
  return pieces;
}

/** The conditional depth after the blocks of `raw`, starting at `depth`. */
export function depthAfterText(raw: string, depth: number): number {
  let current = depth;
  for (const [start, end] of blockRanges(raw)) current = depthAfter(raw.slice(start, end), current).after;
  return current;
}

/** Whether `raw` holds template blocks (or placeholders standing for them). */
export function hasTemplateSyntax(raw: string): boolean {
  return raw.includes(TEMPLATE_PLACEHOLDER) || blankTemplateSyntax(raw).ranges.length > 0;
}

/** A string literal a block may print, and whether it prints only under a condition. */
export interface BlockLiteral {
  text: string;
  conditional: boolean;
}

/**
 * The string literals of an output block (`<%= masked ? 'rr-block' : '' %>`), which may end up in
 * the attribute. A block that is itself a conditional tag prints none of its literals.
 */
export function blockLiterals(piece: TemplatePiece): BlockLiteral[] {
  if (piece.kind !== "block" || OPENS.test(piece.text) || CLOSES.test(piece.text)) return [];
  // Delimiters off first: the `?` of `<?= ?>` is not a ternary.
  const conditional = piece.depth > 0 || INLINE_CONDITION.test(blockCode(piece.text));
  const literals: BlockLiteral[] = [];
  for (const match of piece.text.matchAll(QUOTED)) {
    const text = literalText(match);
    if (text.trim()) literals.push({ text, conditional });
  }
  return literals;
}

/** The code inside a block, without its delimiters. */
export function blockCode(block: string): string {
  return block.replace(DELIMITERS, "").trim();
}

/** Template block code longer than this is not read for a field name. */
const MAX_BLOCK_CODE = 500;
/**
 * Helpers that print a submitted field's value by the field's name: Laravel's `old('iban')`,
 * CodeIgniter's `set_value('iban')`.
 */
const FIELD_VALUE_HELPER = /^(?:old|set_value)\(\s*(['"])([^'"]+)\1/u;

/**
 * What a template-built `name`, `id` or `value` says about the field: its literal text when it has
 * some (`GiftCard-{{ section.id }}` -> `GiftCard-`), else the names in its expressions without
 * generic accessors (`{{ form.card_number.html_name }}` -> `form card_number`).
 */

export function templateIdentifier(raw: string): string {
  const pieces = templatePieces(raw);
  const literal = pieces.filter((p) => p.kind === "text").map((p) => p.text).join(" ").trim();
  if (/\p{L}/u.test(literal)) return literal;
  const names: string[] = [];
  for (const piece of pieces) {
    if (piece.kind !== "block") continue;
    // Filters (`|e`, `| default('')`) and call arguments add nothing.
    // eslint-disable-next-line regexp/no-super-linear-move -- block code is bounded by MAX_BLOCK_CODE
    const code = (blockCode(piece.text).slice(0, MAX_BLOCK_CODE).split(/\s*\|(?!\|)/u)[0] ?? "").replace(/^(?:echo|print)\s+/u, "");
    const helper = FIELD_VALUE_HELPER.exec(code);
    if (helper) {
      names.push(helper[2] ?? "");
      continue;
    }
    const path = code.split(/[\s(,)]/u)[0] ?? "";
    for (const part of path.split(PATH_SEPARATOR)) {
      const name = part.replace(/^\$/u, "");
      if (name && !GENERIC_ACCESSORS.has(name.toLowerCase())) names.push(name);
    }
  }
  return names.join(" ");
}

/**
 * Text as a reader sees it: template blocks give their string literals (`{% trans "Card number" %}`,
 * `{{ _("Date of birth") }}`, `<?php esc_html_e( 'Card number', 'shop' ); ?>`) and nothing else.
 */
export function readableTemplateText(raw: string): string {
  if (!hasTemplateSyntax(raw)) return raw;
  const parts: string[] = [];
  for (const piece of templatePieces(raw)) {
    if (piece.kind === "text") {
      parts.push(piece.text);
    } else if (!OPENS.test(piece.text) && !CLOSES.test(piece.text)) {
      // The first literal is the message; later ones are text domains or defaults.
      const first = piece.text.matchAll(QUOTED).next();
      if (!first.done) parts.push(` ${literalText(first.value)} `);
    }
  }
  return parts.join("");
}
