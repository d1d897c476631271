import type { Field } from "../core/field.js";
import type { HtmlAttribute, HtmlChildNode, HtmlElement } from "../languages/html/types.js";
import type { RuleListener } from "../util/create-rule.js";
import type { RangeLocator } from "../util/source-location.js";
import { MarkupFieldCollector } from "./markup/index.js";
import { kebabCase } from "../util/strings.js";

/**
 * The Vue front end, through vue-eslint-parser's template visitor. A `VElement` is read as a
 * markup element (`:type`, `v-bind:class`, `v-model` keep their Vue spelling, which the markup
 * front end already understands), so Vue templates get the same checks as HTML and Angular.
 */

type Range = [number, number];
interface Position {
  line: number;
  column: number;
}
interface VNode {
  type: string;
  range: Range;
  loc: { start: Position; end: Position };
  parent?: VNode | null;
}
interface VIdentifier extends VNode {
  name: string;
  rawName: string;
}
interface VLiteral extends VNode {
  type: "VLiteral";
  value: string;
}
interface VExpressionContainer extends VNode {
  type: "VExpressionContainer";
}
interface VDirectiveKey extends VNode {
  type: "VDirectiveKey";
  name: VIdentifier;
  argument: VIdentifier | VExpressionContainer | null;
  modifiers: VIdentifier[];
}
interface VAttribute extends VNode {
  type: "VAttribute";
  directive: boolean;
  key: VIdentifier | VDirectiveKey;
  value: VLiteral | VExpressionContainer | null;
}
interface VElement extends VNode {
  type: "VElement";
  name: string;
  rawName: string;
  startTag: VNode & { attributes: VAttribute[]; selfClosing: boolean };
  children: (VElement | (VNode & { value?: string }))[];
}

export interface VueParserServices {
  defineTemplateBodyVisitor(templateVisitor: RuleListener, scriptVisitor?: RuleListener): RuleListener;
}

export function vueParserServices(sourceCode: unknown): VueParserServices | null {
  const services = (sourceCode as { parserServices?: Partial<VueParserServices> }).parserServices;
  return typeof services?.defineTemplateBodyVisitor === "function" ? (services as VueParserServices) : null;
}


/**
 * The DOM-style name of an element: Vue lets components be written in PascalCase (`<ElInput>`,
 * `<VTextField>`), which is the same component as `<el-input>` / `<v-text-field>`.
 */
function kebabName(node: VElement): string {
  if (!/[A-Z]/u.test(node.rawName)) return node.name;
  return kebabCase(node.rawName);
}

function directiveName(key: VDirectiveKey): string | null {
  const argument = key.argument && key.argument.type === "VIdentifier" ? (key.argument).rawName : null;
  switch (key.name.name) {
    case "bind":
      // `v-bind="$attrs"` and `:[name]="x"` add attributes nobody can see.
      return argument ? `:${argument.toLowerCase()}` : "v-bind";
    case "model":
      return "v-model";
    case "on":
      // `@click="togglePassword"`, `@click="getCaptcha"`: what a control does, for reveal controls and CAPTCHAs.
      return argument ? `@${argument.toLowerCase()}` : null;
    case "for":
      // A loop repeats the element: one `<input maxlength="1">` under `v-for` is a row of code boxes.
      return "v-for";
    default:
      return null;
  }
}

class VueConverter {
  readonly #text: string;
  readonly #converted = new Map<VElement, HtmlElement>();

  /**
   * Locations from ESLint's own line counting: vue-eslint-parser counts lines differently for a
   * lone CR or U+2028, and reports must land where ESLint shows the file.
   */
  readonly #loc: RangeLocator;

  constructor(text: string, loc: RangeLocator) {
    this.#text = text;
    this.#loc = loc;
  }

  #attribute(attribute: VAttribute, owner: HtmlElement): HtmlAttribute | null {
    let name: string | null;
    let value = "";
    let valueRange: Range | null = null;
    let quote: HtmlAttribute["quote"] = null;
    if (attribute.directive) {
      name = directiveName(attribute.key as VDirectiveKey);
      if (attribute.value) {
        const [start, end] = attribute.value.range;
        const first = this.#text[start];
        const quoted = first === '"' || first === "'";
        valueRange = quoted ? [start + 1, end - 1] : [start, end];
        value = this.#text.slice(valueRange[0], valueRange[1]);
      }
    } else {
      name = (attribute.key as VIdentifier).rawName.toLowerCase();
      if (attribute.value) {
        value = (attribute.value as VLiteral).value;
        const [start, end] = attribute.value.range;
        const first = this.#text[start];
        quote = first === '"' || first === "'" ? first : null;
        valueRange = quote ? [start + 1, end - 1] : [start, end];
      }
    }
    if (name === null) return null;
    return {
      type: "HtmlAttribute",
      name,
      rawName: name,
      value,
      valueRange,
      quote,
      dynamic: attribute.directive,
      range: attribute.range,
      loc: this.#loc(attribute.range),
      parent: owner,
    } as HtmlAttribute;
  }

  element(node: VElement): HtmlElement {
    const cached = this.#converted.get(node);
    if (cached) return cached;
    const parentNode = node.parent && node.parent.type === "VElement" ? this.element(node.parent as VElement) : null;
    const element = {
      type: "HtmlElement",
      name: kebabName(node),
      rawName: node.rawName,
      attributes: [] as HtmlAttribute[],
      children: [] as HtmlChildNode[],
      startTagRange: node.startTag.range,
      selfClosing: node.startTag.selfClosing,
      range: node.range,
      loc: this.#loc(node.range),
      parent: parentNode,
    } as unknown as HtmlElement;
    this.#converted.set(node, element);
    for (const attribute of node.startTag.attributes) {
      const converted = this.#attribute(attribute, element);
      if (converted) element.attributes.push(converted);
    }
    for (const child of node.children) {
      if (child.type === "VElement") element.children.push(this.element(child as VElement));
      else if (child.type === "VText") {
        element.children.push({ type: "HtmlText", value: child.value ?? "", range: child.range, loc: this.#loc(child.range), parent: element });
      } else if (child.type === "VExpressionContainer") {
        // `{{ $t("checkout.cardNumber") }}` in a label: kept as template text, whose string
        // literals the markup front end reads as the label.
        const value = this.#text.slice(child.range[0], child.range[1]);
        element.children.push({ type: "HtmlText", value, range: child.range, loc: this.#loc(child.range), parent: element });
      }
    }
    return element;
  }
}

/** The template-side visitor for `.vue` files; fields are reported when the template is done. */
export function vueTemplateVisitor(text: string, loc: RangeLocator, onFields: (fields: Field[]) => void): RuleListener {
  const converter = new VueConverter(text, loc);
  let collector: MarkupFieldCollector | null = null;
  return {
    VElement(node: VElement) {
      if (node.parent?.type === "VDocumentFragment") {
        collector = new MarkupFieldCollector(node);
        collector.addComponentScripts(text);
        return;
      }
      collector?.add(converter.element(node));
    },
    "VElement:exit"(node: VElement) {
      if (node.parent?.type !== "VDocumentFragment" || !collector) return;
      if (collector.size > 0) onFields(collector.finish());
      collector = null;
    },
  };
}
