/**
 * Re-reads a start tag the way the HTML tokenizer does, to recover what parse5 does not keep:
 * the name as written, the exact value span and quote, `/>`, and attributes that parse5 dropped as
 * duplicates (they still matter for telling where template conditionals begin and end).
 */

export interface ScannedAttribute {
  nameStart: number;
  nameEnd: number;
  /** Value span without quotes; both -1 for a bare attribute. */
  valueStart: number;
  valueEnd: number;
  quote: '"' | "'" | null;
  /** End of the whole attribute (after the closing quote). */
  end: number;
}

export interface ScannedStartTag {
  /** End of the tag name (it starts right after `<`). */
  nameEnd: number;
  /** Every attribute as written, duplicates included, in source order. */
  attributes: ScannedAttribute[];
  selfClosing: boolean;
}

const SLASH = 0x2f;
const GREATER = 0x3e;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/** HTML whitespace inside tags: tab, LF, FF, CR (read as LF) and space. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c;
}

/**
 * Scans `text[start, end)`, which parse5 located as a start tag (`<` ... `>`), so it is complete.
 * Follows the tokenizer states from "tag name" to "after attribute value (quoted)".
 */
export function scanStartTag(text: string, start: number, end: number): ScannedStartTag {
  let i = start + 1;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpace(code) || code === SLASH || code === GREATER) break;
    i++;
  }
  const nameEnd = i;
  const attributes: ScannedAttribute[] = [];
  let selfClosing = false;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    if (code === GREATER) break;
    if (code === SLASH) {
      if (text.charCodeAt(i + 1) === GREATER) {
        selfClosing = true;
        break;
      }
      i++;
      continue;
    }
    // Attribute name: the first character is always part of it, even `=`.
    const nameStart = i;
    i++;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (isSpace(c) || c === SLASH || c === GREATER || c === EQUALS) break;
      i++;
    }
    const attributeNameEnd = i;
    let afterName = i;
    while (afterName < end && isSpace(text.charCodeAt(afterName))) afterName++;
    if (text.charCodeAt(afterName) !== EQUALS) {
      attributes.push({ nameStart, nameEnd: attributeNameEnd, valueStart: -1, valueEnd: -1, quote: null, end: attributeNameEnd });
      i = afterName;
      continue;
    }
    i = afterName + 1;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    const first = text.charCodeAt(i);
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      const quote = first === DOUBLE_QUOTE ? '"' : "'";
      const close = text.indexOf(quote, i + 1);
      // parse5 located a complete tag, so the quote closes before `end`; stay inside it regardless.
      const valueEnd = close === -1 || close >= end ? end - 1 : close;
      attributes.push({ nameStart, nameEnd: attributeNameEnd, valueStart: i + 1, valueEnd, quote, end: valueEnd + 1 });
      i = valueEnd + 1;
    } else {
      // Unquoted value (empty when `>` follows `=` directly).
      const valueStart = i;
      while (i < end) {
        const c = text.charCodeAt(i);
        if (isSpace(c) || c === GREATER) break;
        i++;
      }
      attributes.push({ nameStart, nameEnd: attributeNameEnd, valueStart, valueEnd: i, quote: null, end: i });
    }
  }
  return { nameEnd, attributes, selfClosing };
}
