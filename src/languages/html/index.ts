/** Public surface of the `replay-privacy/html` language and its reusable tree builder. */
export { htmlLanguage, type HtmlLanguageTypeOptions } from "./language.js";
export { HtmlSourceCode, type HtmlLanguageOptions, type HtmlSourceCodeTypeOptions } from "./source-code.js";
export {
  parseHtmlTree,
  MAX_PARSE_ERRORS,
  type HtmlTreeError,
  type HtmlTreeMode,
  type ParseHtmlTreeOptions,
  type ParseHtmlTreeResult,
} from "./build-tree.js";
export { blankTemplateSyntax, TEMPLATE_PLACEHOLDER, type BlankedText } from "./template-syntax.js";
export { createLineLocator, type LocFromIndex } from "./line-locator.js";
export { visitorKeys } from "./visitor-keys.js";
export type * from "./types.js";
