import type { Field } from "../core/field.js";
import type { HtmlAttribute, HtmlChildNode, HtmlElement, HtmlSourceLocation, HtmlText } from "../languages/html/types.js";
import type { RuleListener } from "../util/create-rule.js";
import { MarkupFieldCollector } from "./markup/index.js";
import { stringOf } from "../util/strings.js";

/**
 * The Angular front end, for files parsed by `@angular-eslint/template-parser` (component
 * templates, and inline templates that angular-eslint's processor extracts into virtual
 * `*.component.html` files). Each template `Element` is rebuilt as an `HtmlElement` whose attribute
 * names keep their Angular spelling (`[attr.data-private]`, `[class.fs-exclude]`, `[type]`,
 * `formControlName`, `[(ngModel)]`), which the markup front end already understands, so Angular
 * gets every markup check without field logic of its own.
 *
 * The parser is an optional peer dependency and is never imported: the shapes below are the few
 * fields we read, checked against version 22 (`Element`, `TextAttribute`, `BoundAttribute`,
 * `Template`, control-flow blocks), and every read is defensive.
 */

type Range = [number, number];

interface NgSpan {
  start: { offset: number };
  end: { offset: number };
}

interface NgNode {
  type: string;
  sourceSpan?: NgSpan;
}

/** `TextAttribute` (`value` is the decoded string) or `BoundAttribute` (`value` is an AST with `source`). */
interface NgAttribute extends NgNode {
  name: string;
  value: unknown;
  valueSpan?: NgSpan | null;
}

interface NgElement extends NgNode {
  type: "Element";
  name: string;
  startSourceSpan: NgSpan;
  attributes?: NgAttribute[];
  inputs?: NgAttribute[];
  children?: NgNode[];
}

/** The root the parser returns: an ESTree-looking `Program` that holds the template nodes. */
interface NgTemplateProgram {
  type: "Program";
  templateNodes: NgNode[];
}

interface AngularSourceCode {
  ast: unknown;
  text: string;
  getLocFromIndex(index: number): { line: number; column: number };
}

/**
 * Properties through which template content nests without being a DOM element: `Template`
 * (`*ngIf`, `<ng-template>`) and the control-flow blocks (`@if` branches, `@for` + `@empty`,
 * `@switch` groups/cases across versions, `@defer` sub-blocks). Expression and attribute properties
 * are deliberately absent.
 */
const CONTENT_KEYS = ["children", "branches", "groups", "cases", "empty", "placeholder", "loading", "error", "errorBlocks"] as const;
/** `<ng-container>` renders no element, so whatever it carries never reaches the DOM. */
const TRANSPARENT_ELEMENTS: ReadonlySet<string> = new Set(["ng-container"]);
/** Angular names namespaced elements `:svg:path`; the DOM name is the local part. */
const NAMESPACE_PREFIX = /^:[^:]+:/u;
const WRITTEN_TAG_NAME = /^<([^\s/>]+)/u;
const WRITTEN_ATTRIBUTE_NAME = /^[^\s=]+/u;
/** Angular's canonical-prefix spellings, rewritten to the bracket forms the markup front end reads. */
const BIND_PREFIX = /^bind-(.+)$/u;
const BINDON_PREFIX = /^bindon-(.+)$/u;
/** An attribute value that is one interpolation and nothing else: `type="{{ kind }}"`. */
const SOLE_INTERPOLATION = /^\s*\{\{((?:(?!\{\{|\}\})[\s\S])*)\}\}\s*$/u;

/** The template root when the file was parsed by `@angular-eslint/template-parser`, else null. */
export function angularTemplateProgram(ast: unknown): NgTemplateProgram | null {
  const root = ast as Partial<NgTemplateProgram> | null;
  return root !== null && typeof root === "object" && root.type === "Program" && Array.isArray(root.templateNodes) ? (root as NgTemplateProgram) : null;
}


function spanRange(span: NgSpan | null | undefined): Range | null {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- parser nodes are untrusted input
  return span && typeof span.start?.offset === "number" && typeof span.end?.offset === "number" ? [span.start.offset, span.end.offset] : null;
}

function isElement(node: NgNode): node is NgElement {
  return node.type === "Element" && typeof (node as Partial<NgElement>).name === "string" && spanRange((node as Partial<NgElement>).startSourceSpan) !== null;
}

class AngularConverter {
  readonly #source: AngularSourceCode;
  /** Every converted element, in document order. */
  readonly elements: HtmlElement[] = [];

  constructor(source: AngularSourceCode) {
    this.#source = source;
  }

  #loc([start, end]: Range): HtmlSourceLocation {
    return { start: this.#source.getLocFromIndex(start), end: this.#source.getLocFromIndex(end) };
  }

  /**
   * The attribute as the markup front end expects it: the name as written (binding syntax
   * included, lowercased like HTML), the value as written for bindings and decoded for text.
   */
  #attribute(node: NgAttribute, owner: HtmlElement): HtmlAttribute | null {
    const range = spanRange(node.sourceSpan);
    if (!range) return null;
    const text = this.#source.text;
    const written = WRITTEN_ATTRIBUTE_NAME.exec(text.slice(range[0], range[1]))?.[0] ?? node.name;
    let name = written.toLowerCase();
    name = name.replace(BINDON_PREFIX, "[($1)]").replace(BIND_PREFIX, "[$1]");
    const valueRange = spanRange(node.valueSpan);
    const bound = node.type === "BoundAttribute";
    let value: string;
    if (bound) {
      value = valueRange ? text.slice(valueRange[0], valueRange[1]) : stringOf((node.value as { source?: unknown } | null)?.source);
      // `type="{{ show ? 'text' : 'password' }}"` binds exactly like `[type]="show ? 'text' : 'password'"`;
      // the bracket form lets the markup front end see both candidate values.
      const sole = !name.startsWith("[") ? SOLE_INTERPOLATION.exec(value) : null;
      if (sole) {
        name = `[${name}]`;
        value = sole[1]!.trim();
      }
    } else {
      value = typeof node.value === "string" ? node.value : "";
    }
    const before = valueRange ? text[valueRange[0] - 1] : undefined;
    const quote = before === '"' || before === "'" ? before : null;
    return {
      type: "HtmlAttribute",
      name,
      rawName: written,
      value,
      valueRange,
      quote,
      dynamic: bound,
      conditional: false,
      range,
      loc: this.#loc(range),
      parent: owner,
    };
  }

  #element(node: NgElement, parent: HtmlElement | null): HtmlElement {
    const text = this.#source.text;
    const startTagRange = spanRange(node.startSourceSpan)!;
    const range = spanRange(node.sourceSpan) ?? startTagRange;
    const rawName = WRITTEN_TAG_NAME.exec(text.slice(startTagRange[0], startTagRange[1]))?.[1] ?? node.name;
    const element: HtmlElement = {
      type: "HtmlElement",
      name: node.name.replace(NAMESPACE_PREFIX, "").toLowerCase(),
      rawName,
      attributes: [],
      children: [],
      startTagRange,
      selfClosing: text[startTagRange[1] - 2] === "/",
      reconstructed: false,
      range,
      loc: this.#loc(range),
      parent,
    };
    // Text and bound attributes in source order (the parser lists them in two arrays).
    const attributes = [...(node.attributes ?? []), ...(node.inputs ?? [])].sort(
      (a, b) => (a.sourceSpan?.start.offset ?? 0) - (b.sourceSpan?.start.offset ?? 0),
    );
    for (const attribute of attributes) {
      const converted = this.#attribute(attribute, element);
      if (converted) element.attributes.push(converted);
    }
    this.elements.push(element);
    this.content(node.children ?? [], element, element.children);
    return element;
  }

  #text(node: NgNode, parent: HtmlElement | null): HtmlText | null {
    const range = spanRange(node.sourceSpan) ?? [0, 0];
    let value: string;
    if (node.type === "Text") value = stringOf((node as { value?: unknown }).value);
    // `{{ 'checkout.cardNumber' | translate }}`: kept as written, like template text in HTML files.
    else if (node.type === "BoundText") value = this.#source.text.slice(range[0], range[1]);
    else return null;
    return { type: "HtmlText", value, range, loc: this.#loc(range), parent };
  }

  /**
   * Converts template nodes into `out`. Templates, blocks and `<ng-container>` add no element of
   * their own, so their content is hoisted into the nearest real element: an `<input>` inside
   * `@if` or `*ngIf` keeps the markers and labels of the element around the block.
   */
  content(nodes: readonly NgNode[], parent: HtmlElement | null, out: HtmlChildNode[]): void {
    for (const node of nodes) {
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- parser nodes are untrusted input
      if (node === null || typeof node !== "object") continue;
      if (isElement(node) && !TRANSPARENT_ELEMENTS.has(node.name)) {
        out.push(this.#element(node, parent));
        continue;
      }
      const text = this.#text(node, parent);
      if (text) {
        out.push(text);
        continue;
      }
      const container = node as unknown as Record<string, unknown>;
      for (const key of CONTENT_KEYS) {
        const value = container[key];
        if (Array.isArray(value)) this.content(value as NgNode[], parent, out);
        else if (value !== null && typeof value === "object") this.content([value as NgNode], parent, out);
      }
    }
  }
}

/** Converted elements per parsed template, shared by every rule that lints the file. */
const elementsByProgram = new WeakMap<object, HtmlElement[]>();

function templateElements(program: NgTemplateProgram, source: AngularSourceCode): HtmlElement[] {
  let elements = elementsByProgram.get(program);
  if (!elements) {
    const converter = new AngularConverter(source);
    converter.content(program.templateNodes, null, []);
    elements = converter.elements;
    elementsByProgram.set(program, elements);
  }
  return elements;
}

/** Visitor for a file parsed by `@angular-eslint/template-parser`: one batch of fields per template. */
export function angularTemplateVisitor(sourceCode: AngularSourceCode, onFields: (fields: Field[]) => void): RuleListener {
  return {
    Program(node: unknown) {
      const program = angularTemplateProgram(node);
      if (!program) return;
      const collector = new MarkupFieldCollector(program);
      for (const element of templateElements(program, sourceCode)) collector.add(element);
      if (collector.size > 0) onFields(collector.finish());
    },
  };
}
