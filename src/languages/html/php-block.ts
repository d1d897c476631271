/**
 * Finds where a PHP block ends. PHP leaves PHP mode at the first `?>` that is not inside a string
 * or a block comment (a `//` or `#` comment does end at `?>`), and a file may end inside PHP mode.
 * One forward pass, no regex backtracking.
 */

const QUESTION = 0x3f; // ?
const GREATER = 0x3e; // >
const SINGLE_QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;
const BACKTICK = 0x60;
const BACKSLASH = 0x5c;
const SLASH = 0x2f;
const STAR = 0x2a;
const HASH = 0x23;
const OPEN_BRACKET = 0x5b; // [ (PHP 8 attributes `#[...]` are code, not comments)
const LESS = 0x3c;
const LF = 0x0a;
const CR = 0x0d;

const HEREDOC_OPENER = /<<<[ \t]*(["']?)([A-Za-z_\x80-\uffff][\w\x80-\uffff]*)\1\r?\n/y;

/** Offset just past the `?>` that closes the PHP block whose code starts at `from`, else `text.length`. */
export function findPhpBlockEnd(text: string, from: number): number {
  const length = text.length;
  let i = from;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === QUESTION) {
      if (text.charCodeAt(i + 1) === GREATER) return i + 2;
      i++;
    } else if (code === SINGLE_QUOTE || code === DOUBLE_QUOTE || code === BACKTICK) {
      i = skipQuoted(text, i + 1, code);
    } else if (code === SLASH && text.charCodeAt(i + 1) === STAR) {
      const close = text.indexOf("*/", i + 2);
      if (close === -1) return length;
      i = close + 2;
    } else if ((code === SLASH && text.charCodeAt(i + 1) === SLASH) || (code === HASH && text.charCodeAt(i + 1) !== OPEN_BRACKET)) {
      const end = lineCommentEnd(text, i + 1);
      if (end.closesBlock) return end.index;
      i = end.index;
    } else if (code === LESS && text.startsWith("<<<", i)) {
      i = skipHeredoc(text, i);
    } else {
      i++;
    }
  }
  return length;
}

/** Index after the closing quote (escapes honoured), or `text.length` when the string never ends. */
function skipQuoted(text: string, from: number, quote: number): number {
  const length = text.length;
  for (let i = from; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) i++;
    else if (code === quote) return i + 1;
  }
  return length;
}

/** A line comment ends at a line break, or at `?>`, which also ends the PHP block. */
function lineCommentEnd(text: string, from: number): { index: number; closesBlock: boolean } {
  const length = text.length;
  for (let i = from; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || code === CR) return { index: i, closesBlock: false };
    if (code === QUESTION && text.charCodeAt(i + 1) === GREATER) return { index: i + 2, closesBlock: true };
  }
  return { index: length, closesBlock: false };
}

/** Skips a heredoc/nowdoc body: up to the line whose first word is the identifier again. */
function skipHeredoc(text: string, from: number): number {
  HEREDOC_OPENER.lastIndex = from;
  const match = HEREDOC_OPENER.exec(text);
  if (!match) return from + 3;
  const identifier = match[2] ?? "";
  const length = text.length;
  let lineStart = HEREDOC_OPENER.lastIndex;
  while (lineStart < length) {
    let i = lineStart;
    while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
    if (text.startsWith(identifier, i) && !isIdentifierPart(text.charCodeAt(i + identifier.length))) {
      return i + identifier.length;
    }
    const nextBreak = text.indexOf("\n", i);
    if (nextBreak === -1) return length;
    lineStart = nextBreak + 1;
  }
  return length;
}

function isIdentifierPart(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x5f ||
    code >= 0x80
  );
}
