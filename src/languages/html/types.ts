/**
 * Node types of the `replay-privacy/html` language. Prefixed `Html*` so they never collide with
 * Angular's (`Element`) or html-eslint's (`Tag`) node types in shared visitors.
 * Lines are 1-based and columns 0-based, like ESTree; `range` is [start, end) offsets in the file.
 */
export interface HtmlPosition {
  line: number;
  column: number;
}

export interface HtmlSourceLocation {
  start: HtmlPosition;
  end: HtmlPosition;
}

interface HtmlBaseNode {
  range: [number, number];
  loc: HtmlSourceLocation;
  parent: HtmlParentNode | null;
}

export type HtmlParentNode = HtmlDocument | HtmlElement;
export type HtmlChildNode = HtmlElement | HtmlText | HtmlComment | HtmlDoctype;
export type HtmlNode = HtmlDocument | HtmlChildNode | HtmlAttribute;

export interface HtmlDocument extends HtmlBaseNode {
  type: "HtmlDocument";
  /** `document` when the file is a full page (doctype or `<html>`), otherwise `fragment` (templates). */
  mode: "document" | "fragment";
  children: HtmlChildNode[];
  /** parse5 parse errors (kept as information; parsing never fails). */
  parseErrors: HtmlParseError[];
  /** Every comment in document order, including those inside `<template>` (read for directives). */
  comments: HtmlComment[];
  /**
   * [start, end) of each template block (`{{ }}`, `{% %}`, `<% %>`, `<?php ?>`, ...) that was blanked
   * before parsing, in file offsets and source order. Placeholders the caller put in are not listed.
   */
  templateRanges: Array<[number, number]>;
}

export interface HtmlParseError {
  code: string;
  range: [number, number];
  loc: HtmlSourceLocation;
}

export interface HtmlElement extends HtmlBaseNode {
  type: "HtmlElement";
  /** Tag name as the browser sees it (parse5 lowercases HTML names). */
  name: string;
  /** Tag name as written in the source (case preserved), when the element has a start tag. */
  rawName: string;
  attributes: HtmlAttribute[];
  /** Children; for `<template>` this is the template content. */
  children: HtmlChildNode[];
  /** [start, end) of the start tag `<input ...>`. */
  startTagRange: [number, number];
  /** `true` when the start tag ends with `/>`. */
  selfClosing: boolean;
  /**
   * `true` for a formatting element (`<b>`, `<a>`, ...) that the parser re-opened after it was closed
   * implicitly (e.g. `<b>x<p>y</b>`, or `<b><p>x</p>y`): it shares its start tag and attributes
   * with the original element, so rules that report attributes can skip it to avoid duplicates.
   */
  reconstructed: boolean;
}

export interface HtmlAttribute extends HtmlBaseNode {
  type: "HtmlAttribute";
  /**
   * Name as the browser sees it: ASCII-lowercased (foreign content keeps parse5's adjusted case,
   * e.g. SVG `viewBox`, `xlink:href`). A name holding template syntax is the lowercased source text.
   */
  name: string;
  /** Name as written in the source. */
  rawName: string;
  /**
   * Decoded value ("" for a bare attribute). When the value holds template syntax, each template
   * block appears as written in the source (e.g. `{{ user.email }}`) and the rest is decoded, so
   * rules can quote it. (Should parse5's attribute list ever fail to pair with the source text, the
   * raw source text of the value is used.)
   */
  value: string;
  /** [start, end) of the value text in the file, without quotes; null for a bare attribute. */
  valueRange: [number, number] | null;
  /** Quote character used around the value, or null when unquoted or bare. */
  quote: '"' | "'" | null;
  /**
   * True when the name or value holds template syntax (`{{ }}`, `{% %}`, `<% %>`, `<?php ?>`, `${ }`),
   * i.e. the value a browser gets is only known at render time. Also true when `conditional` is.
   */
  dynamic: boolean;
  /**
   * True when the attribute sits between template blocks inside its start tag, as in
   * `<input {{#if x}} data-private {{/if}}>`: whether it exists at all is decided at render time.
   */
  conditional: boolean;
}

export interface HtmlText extends HtmlBaseNode {
  type: "HtmlText";
  /** Decoded text as the browser sees it (template syntax kept as written). */
  value: string;
}

export interface HtmlComment extends HtmlBaseNode {
  type: "HtmlComment";
  /** Text between `<!--` and `-->`. */
  value: string;
}

export interface HtmlDoctype extends HtmlBaseNode {
  type: "HtmlDoctype";
  /** Doctype name as the parser reads it (`html` for `<!DOCTYPE html>`). */
  value: string;
}
