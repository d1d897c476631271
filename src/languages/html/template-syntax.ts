/**
 * Blanks server-side and client-side template syntax before parse5 sees the text: each block
 * becomes a run of placeholder characters of the same length, so every offset stays identical and
 * attributes that hold template syntax are recognisable (they contain the placeholder).
 */
import { findPhpBlockEnd } from "./php-block.js";

/**
 * Stands in for template syntax (and, in the lit front end, for `${...}` parts): one per UTF-16 code
 * unit. A private-use character: parse5 treats it as an ordinary character without parse errors.
 */
export const TEMPLATE_PLACEHOLDER = "\uE000";

export interface BlankedText {
  /** The text with every template block blanked (the same string when there was none). */
  text: string;
  /** [start, end) of each blanked block, in source order (offsets in the input text). */
  ranges: Array<[number, number]>;
}

// The start of every block we know: `{{`, `{%`, `{#`, `<%`, `<?`, `${`, a JSTL core tag (`<c:if ...>`,
// `</c:if>`, which JSP pages write inside other start tags: `<input <c:if test="${x}">checked</c:if> ...>`);
// and `<script`/`<style`, whose raw text holds JS/CSS where `{{`, `{#` (private fields) or `${` can be plain code.
const OPENER = /\{[{%#]|<[%?]|\$\{|<\/?c:[a-z]|<(script|style)(?=[\s/>])/gi;
const RAW_TEXT_END: Record<string, RegExp> = { script: /<\/script/gi, style: /<\/style/gi };
// Line breaks survive blanking, so parse5's own line numbers (in parse errors) stay right.
const NOT_LINE_BREAK = /[^\r\n]/g;
const PHP_OPEN_TAG = /^<\?(?:=|php(?![\w-]))/i;

/**
 * Remembers the next occurrence of each closing delimiter, so that many unterminated openers
 * (`{{` with no `}}` after it) cost one scan in total instead of one scan each.
 */
class CloserFinder {
  readonly #text: string;
  readonly #next = new Map<string, { from: number; found: number }>();

  constructor(text: string) {
    this.#text = text;
  }

  find(closer: string, from: number): number {
    const cached = this.#next.get(closer);
    // A miss (-1) after an earlier start stays a miss for any later start.
    if (cached && from >= cached.from && (cached.found === -1 || cached.found >= from)) return cached.found;
    const found = this.#text.indexOf(closer, from);
    this.#next.set(closer, { from, found });
    return found;
  }
}

/** End offset (exclusive) of the block that starts at `start`, or -1 when it is not a block. */
function blockEnd(text: string, start: number, closers: CloserFinder): number {
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  let closer: string;
  let bodyStart = start + 2;
  if (first === 0x3c /* < */) {
    if (second === 0x63 /* c */ || second === 0x2f /* / */) return jstlTagEnd(text, start);
    if (second === 0x25 /* % */) {
      closer = "%>";
    } else {
      // `<?php` and `<?=` are PHP; anything else (`<?xml ...?>`) is left to the HTML parser.
      const head = text.slice(start, start + 6);
      const php = PHP_OPEN_TAG.exec(head);
      return php ? findPhpBlockEnd(text, start + php[0].length) : -1;
    }
  } else if (first === 0x24 /* $ */) {
    closer = "}";
  } else if (second === 0x25 /* % */) {
    closer = "%}";
  } else if (second === 0x23 /* # */) {
    closer = "#}";
  } else if (text.startsWith("{{!--", start)) {
    // Handlebars block comments may contain `}}`.
    closer = "--}}";
    bodyStart = start + 5;
  } else {
    // `{{`, `{{{` (unescaped), `{{{{` (raw block): close with as many braces.
    let braces = 2;
    while (braces < 4 && text.charCodeAt(start + braces) === 0x7b) braces++;
    closer = "}".repeat(braces);
    bodyStart = start + braces;
  }
  const close = closers.find(closer, bodyStart);
  return close === -1 ? -1 : close + closer.length;
}

/** End (exclusive) of a JSTL tag: its `>`, past quoted attribute values (`test="${a > b}"`); -1 when unclosed. */
function jstlTagEnd(text: string, start: number): number {
  let quote = 0;
  for (let index = start + 2; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 /* " */ || code === 0x27 /* ' */) {
      quote = code;
    } else if (code === 0x3e /* > */) {
      return index + 1;
    } else if (code === 0x3c /* < */) {
      return -1;
    }
  }
  return -1;
}

/** Where the raw text of a `<script>`/`<style>` that opens at `from` ends (its end tag, or EOF). */
class RawTextEndFinder {
  readonly #text: string;
  readonly #next = new Map<string, { from: number; found: number }>();

  constructor(text: string) {
    this.#text = text;
  }

  find(tagName: string, from: number): number {
    const cached = this.#next.get(tagName);
    if (cached && from >= cached.from && from <= cached.found) return cached.found;
    const pattern = RAW_TEXT_END[tagName]!;
    pattern.lastIndex = from;
    const found = pattern.exec(this.#text)?.index ?? this.#text.length;
    this.#next.set(tagName, { from, found });
    return found;
  }
}

/**
 * Replaces each template block by placeholders (line breaks kept). Linear in the text length.
 * Inside `<script>`/`<style>` a `{...}`/`${...}` block must close before the end tag, so JS such
 * as `class A {#x = 1}` can never blank the markup that follows the script.
 */
export function blankTemplateSyntax(text: string): BlankedText {
  const ranges: Array<[number, number]> = [];
  const closers = new CloserFinder(text);
  const rawTextEnds = new RawTextEndFinder(text);
  let rawTextEnd = -1;
  const frontMatter = frontMatterRange(text);
  if (frontMatter) ranges.push(frontMatter);
  OPENER.lastIndex = frontMatter?.[1] ?? 0;
  for (let match = OPENER.exec(text); match !== null; match = OPENER.exec(text)) {
    const start = match.index;
    const rawTextTag = match[1];
    if (rawTextTag !== undefined) {
      rawTextEnd = rawTextEnds.find(rawTextTag.toLowerCase(), start);
      OPENER.lastIndex = start + 1;
      continue;
    }
    // `<% %>` and `<?php ?>` run on the server before any HTML exists, so no end tag bounds them.
    const limit = start < rawTextEnd && text.charCodeAt(start) !== 0x3c /* < */ ? rawTextEnd : text.length;
    const end = blockEnd(text, start, closers);
    if (end === -1 || end > limit) {
      OPENER.lastIndex = start + 1;
    } else {
      ranges.push([start, end]);
      OPENER.lastIndex = end;
    }
  }
  if (ranges.length === 0) return { text, ranges };
  const parts: string[] = [];
  let last = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(last, start), blank(text.slice(start, end)));
    last = end;
  }
  parts.push(text.slice(last));
  return { text: parts.join(""), ranges };
}

/**
 * A front matter block at the very start of the file: Astro's `---` fence around the component's
 * script, or Jekyll/Eleventy/Hugo YAML. Its code is no markup (`Array<string>` is no tag). [start, end)
 * from the opening `---` to the end of the closing `---` line, or null.
 */
function frontMatterRange(text: string): [number, number] | null {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith("---", start)) return null;
  const openingLineEnd = text.indexOf("\n", start);
  if (openingLineEnd === -1 || text.slice(start + 3, openingLineEnd).trim() !== "") return null;
  for (let from = openingLineEnd; ;) {
    const fence = text.indexOf("\n---", from);
    if (fence === -1) return null;
    const lineEnd = text.indexOf("\n", fence + 4);
    const end = lineEnd === -1 ? text.length : lineEnd;
    if (text.slice(fence + 4, end).trim() === "") return [start, end];
    from = fence + 4;
  }
}

/** Same-length run of placeholders, keeping `\r` and `\n` where they were. */
export function blank(source: string): string {
  return source.replace(NOT_LINE_BREAK, TEMPLATE_PLACEHOLDER);
}
