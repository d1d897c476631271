/**
 * The `replay-privacy/html` ESLint language (`language: "replay-privacy/html"`): HTML pages, server
 * templates and Angular component templates, parsed by parse5 as a browser (and a session
 * recorder) would see them. Lines 1-based and columns 0-based, like ESTree.
 */
import type { File, Language, OkParseResult, ParseResult } from "@eslint/core";
import { parseHtmlTree } from "./build-tree.js";
import { HtmlSourceCode, type HtmlLanguageOptions } from "./source-code.js";
import type { HtmlDocument, HtmlNode } from "./types.js";
import { visitorKeys } from "./visitor-keys.js";

export interface HtmlLanguageTypeOptions {
  LangOptions: HtmlLanguageOptions;
  Code: HtmlSourceCode;
  RootNode: HtmlDocument;
  Node: HtmlNode;
}

const textDecoder = new TextDecoder();

function fileText(file: File): string {
  // fileType "text" means ESLint passes a string (BOM already stripped); decode bytes just in case.
  return typeof file.body === "string" ? file.body : textDecoder.decode(file.body);
}

export const htmlLanguage: Language<HtmlLanguageTypeOptions> = {
  fileType: "text",
  lineStart: 1,
  columnStart: 0,
  nodeTypeKey: "type",
  visitorKeys,
  defaultLanguageOptions: {},

  /** No options yet; unknown keys (e.g. from a shared `languageOptions` block) are ignored. */
  validateLanguageOptions(languageOptions) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- config values are untyped at run time
    if (languageOptions === null || typeof languageOptions !== "object" || Array.isArray(languageOptions)) {
      throw new TypeError("replay-privacy/html: languageOptions must be an object.");
    }
  },

  parse(file): ParseResult<HtmlDocument> {
    return parseHtmlTree(fileText(file), { mode: "auto" });
  },

  createSourceCode(file, parseResult: OkParseResult<HtmlDocument>) {
    return new HtmlSourceCode({ text: fileText(file), ast: parseResult.ast });
  },
};
