/** Which properties hold child nodes, per node type (traversal, esquery `>`/`:has`, getAncestors). */
export const visitorKeys: Record<string, string[]> = {
  HtmlDocument: ["children"],
  HtmlElement: ["attributes", "children"],
  HtmlAttribute: [],
  HtmlText: [],
  HtmlComment: [],
  HtmlDoctype: [],
};
