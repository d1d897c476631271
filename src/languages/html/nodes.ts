/**
 * Node classes behind the `Html*` interfaces. `loc` is computed from `range` on first read: a page
 * has tens of thousands of nodes and rules report a handful, so eager positions would be mostly
 * garbage. Everything else is a plain own property.
 */
import type {
  HtmlAttribute,
  HtmlChildNode,
  HtmlComment,
  HtmlDoctype,
  HtmlDocument,
  HtmlElement,
  HtmlParentNode,
  HtmlParseError,
  HtmlPosition,
  HtmlSourceLocation,
  HtmlText,
} from "./types.js";

/** File offset -> position (line 1-based, column 0-based). */
export type PositionAt = (index: number) => HtmlPosition;

abstract class LocatedNode {
  range: [number, number];
  parent: HtmlParentNode | null;
  readonly #positionAt: PositionAt;
  #loc: HtmlSourceLocation | undefined;

  constructor(range: [number, number], parent: HtmlParentNode | null, positionAt: PositionAt) {
    this.range = range;
    this.parent = parent;
    this.#positionAt = positionAt;
  }

  get loc(): HtmlSourceLocation {
    this.#loc ??= { start: this.#positionAt(this.range[0]), end: this.#positionAt(this.range[1]) };
    return this.#loc;
  }

  set loc(loc: HtmlSourceLocation) {
    this.#loc = loc;
  }
}

export class DocumentNode extends LocatedNode implements HtmlDocument {
  readonly type = "HtmlDocument";
  mode: "document" | "fragment";
  children: HtmlChildNode[] = [];
  parseErrors: HtmlParseError[];
  comments: HtmlComment[];
  templateRanges: Array<[number, number]>;
  declare parent: null;

  constructor(
    fields: Pick<HtmlDocument, "mode" | "parseErrors" | "comments" | "templateRanges" | "range">,
    positionAt: PositionAt,
  ) {
    super(fields.range, null, positionAt);
    this.mode = fields.mode;
    this.parseErrors = fields.parseErrors;
    this.comments = fields.comments;
    this.templateRanges = fields.templateRanges;
  }
}

// Positional constructors: no options object per node on the hot path.

export class ElementNode extends LocatedNode implements HtmlElement {
  readonly type = "HtmlElement";
  attributes: HtmlAttribute[] = [];
  children: HtmlChildNode[] = [];

  constructor(
    public name: string,
    public rawName: string,
    public startTagRange: [number, number],
    public selfClosing: boolean,
    public reconstructed: boolean,
    range: [number, number],
    parent: HtmlParentNode,
    positionAt: PositionAt,
  ) {
    super(range, parent, positionAt);
  }
}

export class AttributeNode extends LocatedNode implements HtmlAttribute {
  readonly type = "HtmlAttribute";

  constructor(
    public name: string,
    public rawName: string,
    public value: string,
    public valueRange: [number, number] | null,
    public quote: '"' | "'" | null,
    public dynamic: boolean,
    public conditional: boolean,
    range: [number, number],
    parent: HtmlElement,
    positionAt: PositionAt,
  ) {
    super(range, parent, positionAt);
  }
}

/** Text, comment and doctype nodes: a type, a value and a location. */
export class ValueNode<Type extends "HtmlText" | "HtmlComment" | "HtmlDoctype"> extends LocatedNode {
  readonly type: Type;
  value: string;

  constructor(type: Type, value: string, range: [number, number], parent: HtmlParentNode, positionAt: PositionAt) {
    super(range, parent, positionAt);
    this.type = type;
    this.value = value;
  }
}

export type TextNode = ValueNode<"HtmlText"> & HtmlText;
export type CommentNode = ValueNode<"HtmlComment"> & HtmlComment;
export type DoctypeNode = ValueNode<"HtmlDoctype"> & HtmlDoctype;
