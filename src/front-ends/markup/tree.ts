import type { HtmlChildNode, HtmlElement, HtmlNode } from "../../languages/html/types.js";

export function parentElementOf(node: HtmlNode): HtmlElement | null {
  const parent = node.parent;
  return parent && parent.type === "HtmlElement" ? parent : null;
}

/**
 * Whether `test` holds for an element among `roots` or below them (iterative). The elements under
 * one that `enter` refuses are not visited.
 */
export function someElement(roots: readonly HtmlChildNode[], test: (element: HtmlElement) => boolean, enter: (element: HtmlElement) => boolean = () => true): boolean {
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== "HtmlElement") continue;
    if (test(node)) return true;
    if (enter(node)) stack.push(...node.children);
  }
  return false;
}
