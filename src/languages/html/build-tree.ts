/**
 * parse5 -> `Html*` tree with ESTree `range`/`loc` and `parent` links. Used by the HTML language for
 * whole files and by the lit front end for `html` templates inside JS (with `baseOffset` and the JS
 * file's `locFromIndex`, so locations land 1:1 in the JS file).
 *
 * Template syntax (`{{ }}`, `{% %}`, `{# #}`, `<% %>`, `<?php ?>`, `<?= ?>`, `${ }`) is blanked to
 * same-length placeholders first, so parse5 never sees it. Attributes that hold placeholders are
 * `dynamic`, and values and texts get the template syntax back as written in the source.
 */
import type { DefaultTreeAdapterTypes, ParserError, ParserOptions } from "parse5";
import { parse5 } from "./parse5-on-demand.js";
import { detectMode } from "./detect-mode.js";
import { createLineLocator, type LocFromIndex } from "./line-locator.js";
import { asciiLowerCase, attributeKey } from "./names.js";
import { restoreTemplateText } from "./restore.js";
import { scanStartTag, type ScannedAttribute } from "./start-tag.js";
import { blankTemplateSyntax, TEMPLATE_PLACEHOLDER } from "./template-syntax.js";
import type {
  HtmlAttribute,
  HtmlChildNode,
  HtmlComment,
  HtmlDocument,
  HtmlElement,
  HtmlParentNode,
  HtmlParseError,
  HtmlPosition,
  HtmlSourceLocation,
} from "./types.js";

type P5ChildNode = DefaultTreeAdapterTypes.ChildNode;
type P5Element = DefaultTreeAdapterTypes.Element;
type P5Attribute = P5Element["attrs"][number];

export type HtmlTreeMode = "auto" | "document" | "fragment";

export interface ParseHtmlTreeOptions {
  /** Offset of `text` inside the file (lit templates); every range is shifted by it. Default 0. */
  baseOffset?: number;
  /**
   * File offset -> position (line 1-based, column 0-based). Defaults to positions inside `text`
   * itself (then `baseOffset` only shifts ranges, not lines).
   */
  locFromIndex?: LocFromIndex;
  /** `auto` (default): a doctype or `<html>` at the start means a page, anything else a fragment. */
  mode?: HtmlTreeMode;
  /**
   * Blank template syntax before parsing (default true). The lit front end may pass false: its text
   * already has placeholders for `${...}`, and `{{` there is literal text.
   */
  templateSyntax?: boolean;
  /**
   * The original text, same length as `text`, when `text` already holds placeholders (lit: the raw
   * template with its `${...}` parts). Values and texts show this text where placeholders are.
   */
  sourceText?: string;
}

/** A failure to build the tree (never a parse error: parse5 recovers from every input). */
export interface HtmlTreeError {
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based, as in ESLint messages. */
  column: number;
}

export type ParseHtmlTreeResult = { ok: true; ast: HtmlDocument } | { ok: false; errors: HtmlTreeError[] };

/** parse5 reports one error per bad character; a hostile file could produce millions. */
export const MAX_PARSE_ERRORS = 1000;

const BOM_CODE = 0xfeff;
const FORMATTING_ELEMENTS = new Set(["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"]);

/** Never throws: a failure (a bug, a bad option) comes back as `{ ok: false, errors }`. */
export function parseHtmlTree(text: string, options: ParseHtmlTreeOptions = {}): ParseHtmlTreeResult {
  try {
    return { ok: true, ast: buildTree(text, options) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ message: `Could not build the HTML tree: ${reason}`, line: 1, column: 1 }] };
  }
}

function buildTree(text: string, options: ParseHtmlTreeOptions): HtmlDocument {
  const source = options.sourceText ?? text;
  if (source.length !== text.length) {
    throw new Error(`sourceText has ${source.length} characters but text has ${text.length}; they must match 1:1.`);
  }
  const blanked = options.templateSyntax === false ? { text, ranges: [] } : blankTemplateSyntax(text);
  // A BOM is not whitespace to parse5 and would push a page into implied <body>; read it as a space.
  const parsed = openSelfClosedTextareas(blanked.text.charCodeAt(0) === BOM_CODE ? ` ${blanked.text.slice(1)}` : blanked.text);
  const mode = options.mode === "document" || options.mode === "fragment" ? options.mode : detectMode(parsed);

  const rawErrors: ParserError[] = [];
  const parserOptions: ParserOptions<DefaultTreeAdapterTypes.DefaultTreeAdapterMap> = {
    sourceCodeLocationInfo: true,
    onParseError(error) {
      if (rawErrors.length < MAX_PARSE_ERRORS) rawErrors.push(error);
    },
  };
  const { parse, parseFragment } = parse5();
  const root = mode === "document" ? parse(parsed, parserOptions) : parseFragment(parsed, parserOptions);

  const baseOffset = options.baseOffset ?? 0;
  const converter = new TreeConverter({
    parsed,
    source,
    baseOffset,
    locFromIndex: options.locFromIndex ?? shifted(createLineLocator(text), baseOffset),
    restore: blanked.ranges.length > 0 || options.sourceText !== undefined,
    hasPlaceholders: parsed.includes(TEMPLATE_PLACEHOLDER),
  });
  return converter.convert(root.childNodes, mode, rawErrors, blanked.ranges);
}

const TEXTAREA_START = /<textarea(?=[\s/])/i;
/** A `<textarea ... />` start tag (a quoted `/>` inside a value does not end it). */
const SELF_CLOSED_TEXTAREA = /<textarea(?=[\s/])(?:[^>"']|"[^"]*"|'[^']*')*\/>/gi;
/** Offset of the last letter of `textarea` from the `<`. */
const TEXTAREA_LAST_LETTER = 8;

/**
 * Template engines close a self-closed `<textarea ... />` (Ember's `<Textarea @value={{x}} />`,
 * Thymeleaf and JSP in XML syntax), but HTML reads everything after it, up to a `</textarea>`, as
 * its text: the fields that follow would vanish. A placeholder in its name makes parse5 read it as
 * an unknown element instead (same length, so offsets hold); the converter closes it where it is
 * written and names it from the source.
 */
function openSelfClosedTextareas(parsed: string): string {
  if (!TEXTAREA_START.test(parsed)) return parsed;
  return parsed.replace(SELF_CLOSED_TEXTAREA, (tag) => `${tag.slice(0, TEXTAREA_LAST_LETTER)}${TEMPLATE_PLACEHOLDER}${tag.slice(TEXTAREA_LAST_LETTER + 1)}`);
}

function shifted(locator: LocFromIndex, baseOffset: number): LocFromIndex {
  return baseOffset === 0 ? locator : (index) => locator(index - baseOffset);
}

interface ConverterInput {
  /** The text parse5 read (template syntax blanked). */
  parsed: string;
  /** The original text, same length. */
  source: string;
  baseOffset: number;
  locFromIndex: LocFromIndex;
  /** Whether values may need template text put back. */
  restore: boolean;
  /** Whether any placeholder exists at all (most pages: no, so every check is skipped). */
  hasPlaceholders: boolean;
}

/** A list of parse5 children still to convert, and where the converted nodes go. */
interface Frame {
  nodes: P5ChildNode[];
  index: number;
  parent: HtmlParentNode;
  out: HtmlChildNode[];
  /** The element whose children these are (its end may grow to cover them); null for lifted lists. */
  element: HtmlElement | null;
}

/**
 * A component or server tag written self-closed with no end tag (`<form:input path="x" />`,
 * `<app-card-input />`, `<x-input />`, Blazor's `<InputText />`): HTML ignores `/>` on elements it
 * does not know, but every template engine that uses the syntax closes them there.
 */
function isSelfClosedComponent(element: P5Element, parsed: string): boolean {
  const location = element.sourceCodeLocation;
  const startTag = location?.startTag;
  if (!location || !startTag || location.endTag || parsed.charCodeAt(startTag.endOffset - 2) !== 0x2f) return false; // "/" before ">"
  const first = parsed.charCodeAt(startTag.startOffset + 1);
  const capitalized = first >= 0x41 && first <= 0x5a; // `<InputText`: a component, not an HTML element
  // A placeholder in the name: template syntax (`<{{tag}} />`) or a self-closed `<textarea />`.
  return capitalized || element.tagName.includes("-") || element.tagName.includes(":") || element.tagName.includes(TEMPLATE_PLACEHOLDER);
}

class TreeConverter {
  readonly #in: ConverterInput;
  readonly #comments: HtmlComment[] = [];
  /** Start tags already emitted: a second element with the same one was re-opened by the parser. */
  readonly #startTags = new Set<number>();

  constructor(input: ConverterInput) {
    this.#in = input;
  }

  convert(
    childNodes: P5ChildNode[],
    mode: "document" | "fragment",
    rawErrors: ParserError[],
    templateRanges: Array<[number, number]>,
  ): HtmlDocument {
    const { baseOffset, parsed } = this.#in;
    const document: HtmlDocument = {
      type: "HtmlDocument",
      mode,
      children: [],
      parseErrors: rawErrors.map((error) => this.#parseError(error)),
      comments: this.#comments,
      templateRanges: templateRanges.map(([start, end]) => [start + baseOffset, end + baseOffset]),
      range: this.#range(0, parsed.length),
      loc: this.#loc(0, parsed.length),
      parent: null,
    };
    this.#walk({ nodes: childNodes, index: 0, parent: document, out: document.children, element: null });
    return document;
  }

  /** Iterative, so deeply nested markup cannot overflow the call stack. */
  #walk(first: Frame): void {
    const stack: Frame[] = [first];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.index >= frame.nodes.length) {
        stack.pop();
        if (frame.element) this.#finishElement(frame.element);
        continue;
      }
      const node = frame.nodes[frame.index++]!;
      switch (node.nodeName) {
        case "#text":
          this.#text(node as DefaultTreeAdapterTypes.TextNode, frame);
          break;
        case "#comment":
          this.#comment(node as DefaultTreeAdapterTypes.CommentNode, frame);
          break;
        case "#documentType":
          this.#doctype(node as DefaultTreeAdapterTypes.DocumentType, frame);
          break;
        default: {
          const element = node as P5Element;
          const children = "content" in element ? (element as DefaultTreeAdapterTypes.Template).content.childNodes : element.childNodes;
          const closedByItself = children.length > 0 && isSelfClosedComponent(element, this.#in.parsed);
          const converted = this.#element(element, frame, children.length > 0 && !closedByItself, closedByItself);
          if (children.length === 0) break;
          // Implied html/head/body/tbody have no location: their children move up a level. So do the
          // children the parser gave a self-closed component (`<form:input path="x" />`, `<app-card />`):
          // in the template they are its next siblings.
          stack.push(
            converted && !closedByItself
              ? { nodes: children, index: 0, parent: converted, out: converted.children, element: converted }
              : { nodes: children, index: 0, parent: frame.parent, out: frame.out, element: null },
          );
        }
      }
    }
  }

  #text(node: DefaultTreeAdapterTypes.TextNode, frame: Frame): void {
    const location = node.sourceCodeLocation;
    if (!location) return;
    const { startOffset, endOffset } = location;
    frame.out.push({
      type: "HtmlText",
      value: this.#restore(node.value, startOffset, endOffset),
      range: this.#range(startOffset, endOffset),
      loc: this.#loc(startOffset, endOffset),
      parent: frame.parent,
    });
  }

  #comment(node: DefaultTreeAdapterTypes.CommentNode, frame: Frame): void {
    const location = node.sourceCodeLocation;
    if (!location) return;
    const { startOffset, endOffset } = location;
    const comment: HtmlComment = {
      type: "HtmlComment",
      value: this.#restore(node.data, startOffset, endOffset),
      range: this.#range(startOffset, endOffset),
      loc: this.#loc(startOffset, endOffset),
      parent: frame.parent,
    };
    frame.out.push(comment);
    this.#comments.push(comment);
  }

  #doctype(node: DefaultTreeAdapterTypes.DocumentType, frame: Frame): void {
    const location = node.sourceCodeLocation;
    if (!location) return;
    const { startOffset, endOffset } = location;
    frame.out.push({
      type: "HtmlDoctype",
      value: node.name,
      range: this.#range(startOffset, endOffset),
      loc: this.#loc(startOffset, endOffset),
      parent: frame.parent,
    });
  }

  /**
   * @param hasChildren when true, the end position is filled in by `#finishElement` once the
   *   children are converted (the line cursor is near the end by then).
   */
  #element(node: P5Element, frame: Frame, hasChildren: boolean, closedByItself = false): HtmlElement | null {
    const location = node.sourceCodeLocation;
    const startTag = location?.startTag;
    if (!location || !startTag) return null;
    const { parsed, source, hasPlaceholders } = this.#in;
    const tagStart = startTag.startOffset;
    const tagEnd = startTag.endOffset;
    const scan = scanStartTag(parsed, tagStart, tagEnd);
    const rawName = source.slice(tagStart + 1, scan.nameEnd);
    // Only the parser's "active formatting elements" are ever re-opened.
    const reconstructed = FORMATTING_ELEMENTS.has(node.tagName) && this.#seenOnce(tagStart);
    const end = closedByItself ? tagEnd : Math.max(location.endOffset, tagEnd);
    const element: HtmlElement = {
      type: "HtmlElement",
      name: hasPlaceholders && node.tagName.includes(TEMPLATE_PLACEHOLDER) ? asciiLowerCase(rawName) : node.tagName,
      rawName,
      attributes: [],
      children: [],
      startTagRange: this.#range(tagStart, tagEnd),
      selfClosing: scan.selfClosing,
      reconstructed,
      range: this.#range(tagStart, end),
      loc: hasChildren ? this.#pendingLoc(tagStart) : this.#loc(tagStart, end),
      parent: frame.parent,
    };
    if (scan.attributes.length > 0) element.attributes = this.#attributes(node.attrs, scan.attributes, element);
    frame.out.push(element);
    return element;
  }

  /**
   * Pairs the scanned attributes with parse5's (same order once duplicates are dropped), taking the
   * decoded value and the browser's name from parse5, and spans and raw names from the source.
   */
  #attributes(parsedAttributes: P5Attribute[], scanned: ScannedAttribute[], element: HtmlElement): HtmlAttribute[] {
    const { parsed, source, hasPlaceholders, restore } = this.#in;
    // Names as written; `parsed` and `source` differ only where template syntax was blanked.
    const rawNames = scanned.map((attribute) => source.slice(attribute.nameStart, attribute.nameEnd));
    const keys = restore
      ? scanned.map((attribute) => attributeKey(parsed.slice(attribute.nameStart, attribute.nameEnd)))
      : rawNames.map(attributeKey);
    const [firstMarker, lastMarker] = hasPlaceholders ? markerBounds(keys) : [-1, -1];
    // Few attributes: look back in `keys`; many: a set, so a hostile tag stays linear.
    const seen = scanned.length > 8 ? new Set<string>() : null;
    const result: HtmlAttribute[] = [];
    let next = 0;
    let paired = true;
    for (let i = 0; i < scanned.length; i++) {
      const key = keys[i]!;
      // The browser keeps the first of duplicate attributes.
      if (seen ? seen.has(key) : keys.indexOf(key) < i) continue;
      seen?.add(key);
      const attribute = scanned[i]!;
      const fromParser = paired ? parsedAttributes[next++] : undefined;
      const parserName = fromParser && (fromParser.prefix ? `${fromParser.prefix}:${fromParser.name}` : fromParser.name);
      if (fromParser && parserName !== key && attributeKey(parserName!) !== key) paired = false;
      const pairedAttribute = paired ? fromParser : undefined;

      const { nameStart, valueStart, valueEnd } = attribute;
      const rawName = rawNames[i]!;
      const bare = valueStart === -1;
      const nameIsDynamic = hasPlaceholders && key.includes(TEMPLATE_PLACEHOLDER);
      const parsedValue = bare ? "" : (pairedAttribute?.value ?? parsed.slice(valueStart, valueEnd));
      const valueIsDynamic = hasPlaceholders && parsedValue.includes(TEMPLATE_PLACEHOLDER);
      const conditional = i > firstMarker && i < lastMarker && !nameIsDynamic;
      let value = parsedValue;
      if (!pairedAttribute && !bare) value = source.slice(valueStart, valueEnd);
      else if (valueIsDynamic && restore) value = restoreTemplateText(parsedValue, parsed, source, valueStart, valueEnd);
      result.push({
        type: "HtmlAttribute",
        name: nameIsDynamic || !pairedAttribute ? asciiLowerCase(rawName) : parserName!,
        rawName,
        value,
        valueRange: bare ? null : this.#range(valueStart, valueEnd),
        quote: attribute.quote,
        dynamic: nameIsDynamic || valueIsDynamic || conditional,
        conditional,
        range: this.#range(nameStart, attribute.end),
        loc: this.#loc(nameStart, attribute.end),
        parent: element,
      });
    }
    return result;
  }

  /** True when this start tag was already emitted as an element. */
  #seenOnce(tagStart: number): boolean {
    if (this.#startTags.has(tagStart)) return true;
    this.#startTags.add(tagStart);
    return false;
  }

  #restore(value: string, start: number, end: number): string {
    return this.#in.restore ? restoreTemplateText(value, this.#in.parsed, this.#in.source, start, end) : value;
  }

  #parseError(error: ParserError): HtmlParseError {
    const start = error.startOffset;
    const end = Math.max(error.endOffset, start);
    return { code: error.code, range: this.#range(start, end), loc: this.#loc(start, end) };
  }

  /** parse5 can place an EOF token one past the end (e.g. an unclosed comment): clamp to the text. */
  #range(start: number, end: number): [number, number] {
    const { baseOffset, parsed } = this.#in;
    const length = parsed.length;
    return [baseOffset + Math.min(start, length), baseOffset + Math.min(end, length)];
  }

  /** An element's end grows to cover children that parse5 placed past its own end. */
  #finishElement(element: HtmlElement): void {
    let end = element.range[1];
    for (const child of element.children) {
      if (child.range[1] > end) end = child.range[1];
    }
    element.range[1] = end;
    element.loc.end = this.#in.locFromIndex(end);
  }

  /** Start known, end filled in by `#finishElement`. */
  #pendingLoc(start: number): HtmlSourceLocation {
    const position = this.#position(start);
    return { start: position, end: position };
  }

  #loc(start: number, end: number): HtmlSourceLocation {
    return { start: this.#position(start), end: this.#position(end) };
  }

  #position(offset: number): HtmlPosition {
    const { baseOffset, parsed, locFromIndex } = this.#in;
    return locFromIndex(baseOffset + Math.min(offset, parsed.length));
  }
}

/**
 * Attributes whose name holds template syntax mark where template code sits inside a start tag.
 * Anything between the first and the last of them may be inside a conditional
 * (`<input {{#if x}} data-private {{/if}}>`), so its presence is only known at render time.
 */
function markerBounds(keys: string[]): [number, number] {
  let first = -1;
  let last = -1;
  for (let i = 0; i < keys.length; i++) {
    if (!keys[i]!.includes(TEMPLATE_PLACEHOLDER)) continue;
    if (first === -1) first = i;
    last = i;
  }
  return [first, last];
}
