/**
 * The `SourceCode` of an HTML-family file: the tree (built once per file), ESTree-style locations
 * from `TextSourceCodeBase`, traversal over `visitorKeys`, inline `<!-- eslint-* -->` directives,
 * and a few lookups that keep rules simple.
 */
import { TextSourceCodeBase, VisitNodeStep } from "../../util/eslint-shared.js";
import type { FileProblem, SourceLocation } from "@eslint/core";
import type { Directive } from "@eslint/plugin-kit";
import { findDirectiveComments, readDisableDirectives, readInlineConfigs, type InlineConfig } from "./directives.js";
import { LINE_BREAK } from "./line-locator.js";
import { asciiLowerCase } from "./names.js";
import type { HtmlAttribute, HtmlComment, HtmlDocument, HtmlElement, HtmlNode } from "./types.js";

export type HtmlLanguageOptions = Record<string, unknown>;

export interface HtmlSourceCodeTypeOptions {
  LangOptions: HtmlLanguageOptions;
  RootNode: HtmlDocument;
  SyntaxElementWithLoc: HtmlNode;
  ConfigNode: HtmlComment;
}

const ENTER = 1;
const EXIT = 2;

export class HtmlSourceCode extends TextSourceCodeBase<HtmlSourceCodeTypeOptions> {
  declare ast: HtmlDocument;
  #directiveComments: HtmlComment[] | undefined;
  #elementsByName: Map<string, HtmlElement[]> | undefined;

  constructor({ text, ast }: { text: string; ast: HtmlDocument }) {
    super({ text, ast, lineEndingPattern: LINE_BREAK });
  }

  /** Every HTML comment in document order (comments inside `<script>`/`<style>` are text). */
  get comments(): readonly HtmlComment[] {
    return this.ast.comments;
  }

  getParent(node: HtmlNode): HtmlNode | undefined {
    return node.parent ?? undefined;
  }

  /**
   * Enter/exit steps in document order: HtmlDocument -> children; HtmlElement -> attributes, then
   * children. Made one at a time as ESLint walks (ESLint >= 9 iterates the steps once), so a large
   * page never holds two step objects per node in memory at once; iterative, so deep markup cannot
   * overflow the stack.
   */
  traverse(): Iterable<VisitNodeStep> {
    return walkSteps(this.ast);
  }

  getInlineConfigNodes(): HtmlComment[] {
    this.#directiveComments ??= findDirectiveComments(this.ast.comments);
    return this.#directiveComments;
  }

  getDisableDirectives(): { directives: Directive[]; problems: FileProblem[] } {
    return readDisableDirectives(this.getInlineConfigNodes());
  }

  applyInlineConfig(): { configs: InlineConfig[]; problems: FileProblem[] } {
    return readInlineConfigs(this.getInlineConfigNodes());
  }

  /** The attribute the browser keeps for `name` (matched case-insensitively, as HTML does). */
  getAttribute(element: HtmlElement, name: string): HtmlAttribute | undefined {
    const wanted = asciiLowerCase(name);
    return element.attributes.find((attribute) => attribute.name === wanted || asciiLowerCase(attribute.name) === wanted);
  }

  /** All elements with this tag name, in document order (`<template>` content included). Indexed once. */
  getElementsByTagName(name: string): readonly HtmlElement[] {
    this.#elementsByName ??= indexElements(this.ast);
    return this.#elementsByName.get(asciiLowerCase(name)) ?? [];
  }

  /** Concatenated text of the element's descendants, e.g. a `<label>`'s text or an inline script. */
  getTextContent(element: HtmlElement): string {
    let text = "";
    const stack = [...element.children].reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === "HtmlText") text += node.value;
      else if (node.type === "HtmlElement") for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
    return text;
  }

  /** Convenience for reports that point at a slice of a node, e.g. an attribute value. */
  getLocFromRange(range: readonly [number, number]): SourceLocation {
    return { start: this.getLocFromIndex(range[0]), end: this.getLocFromIndex(range[1]) };
  }
}

/** A node's listener arguments, shared by its enter and exit steps. */
type StepArgs = [node: HtmlNode, parent: HtmlNode | undefined];

function* walkSteps(root: HtmlDocument): Generator<VisitNodeStep> {
  // A node on the stack is still to enter; its arguments array, pushed when it is entered, marks
  // the point where its subtree is done and it is exited.
  const stack: (HtmlNode | StepArgs)[] = [root];
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (Array.isArray(top)) {
      yield new VisitNodeStep({ target: top[0], phase: EXIT, args: top });
      continue;
    }
    const args: StepArgs = [top, top.parent ?? undefined];
    yield new VisitNodeStep({ target: top, phase: ENTER, args });
    stack.push(args);
    if (top.type === "HtmlDocument" || top.type === "HtmlElement") {
      for (let i = top.children.length - 1; i >= 0; i--) stack.push(top.children[i]!);
    }
    if (top.type === "HtmlElement") {
      for (let i = top.attributes.length - 1; i >= 0; i--) stack.push(top.attributes[i]!);
    }
  }
}

function indexElements(root: HtmlDocument): Map<string, HtmlElement[]> {
  const index = new Map<string, HtmlElement[]>();
  const stack: HtmlNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== "HtmlElement") continue;
    const key = asciiLowerCase(node.name);
    const list = index.get(key);
    if (list) list.push(node);
    else index.set(key, [node]);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return index;
}
