/**
 * Full page or fragment? A page starts with a doctype or `<html>` once leading whitespace, comments,
 * an XML prolog and template blocks are skipped; anything else (a partial, an Angular component
 * template, a lit template) parses as a fragment, so parse5 invents no html/head/body around it.
 */
import { TEMPLATE_PLACEHOLDER } from "./template-syntax.js";

const PLACEHOLDER_CODE = TEMPLATE_PLACEHOLDER.charCodeAt(0);
const BOM_CODE = 0xfeff;
const PAGE_START = /<(?:!doctype|html(?=[\s/>]|$))/iy;

function isSkippable(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c || code === PLACEHOLDER_CODE || code === BOM_CODE;
}

/** Reads only the head of the (blanked) text. */
export function detectMode(text: string): "document" | "fragment" {
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (isSkippable(text.charCodeAt(i))) {
      i++;
    } else if (text.startsWith("<!--", i)) {
      const close = text.indexOf("-->", i + 4);
      if (close === -1) return "fragment";
      i = close + 3;
    } else if (text.startsWith("<?", i)) {
      const close = text.indexOf(">", i + 2);
      if (close === -1) return "fragment";
      i = close + 1;
    } else {
      PAGE_START.lastIndex = i;
      return PAGE_START.test(text) ? "document" : "fragment";
    }
  }
  return "fragment";
}
