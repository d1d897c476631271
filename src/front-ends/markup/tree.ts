import type { HtmlElement, HtmlNode } from "../../languages/html/types.js";

export function parentElementOf(node: HtmlNode): HtmlElement | null {
  const parent = node.parent;
  return parent && parent.type === "HtmlElement" ? parent : null;
}
