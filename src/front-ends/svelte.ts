import type { Field } from "../core/field.js";
import type { HtmlAttribute, HtmlChildNode, HtmlElement, HtmlSourceLocation } from "../languages/html/types.js";
import type { RuleListener } from "../util/create-rule.js";
import { MarkupFieldCollector } from "./markup/index.js";
import type { RangeLocator } from "../util/source-location.js";
import { kebabCase, stringOf } from "../util/strings.js";
import { type ComponentSettings, namedAsNonField, resolveComponentField } from "./jsx/components.js";
import { type ScriptAssignments, scriptAssignments } from "./svelte-script-values.js";

/**
 * The Svelte front end, for `.svelte` files parsed by `svelte-eslint-parser`. Each `SvelteElement`
 * of kind `html` is rebuilt as an `HtmlElement` whose attributes use spellings the markup front end
 * already reads, so Svelte gets every markup check without field logic of its own:
 * - `bind:value={x}`: a model binding that names the field;
 * - `class:x={cond}`: a class, conditional unless bound to `true`;
 * - `name={expression}` as `:name` (a bound attribute whose literal candidates are read), and
 *   `class={expression}` as a dynamic `class` plus a `:class` binding;
 * - text with `{expression}` parts as template text with `{{ expression }}` blocks;
 * - `{...spread}` as `{...}` (attributes nobody can see).
 *
 * The parser is an optional peer dependency and is never imported: the shapes below are the few
 * fields we read, checked against svelte-eslint-parser 1.10 with Svelte 5.
 */

type Range = [number, number];

interface SvNode {
  type: string;
  range: Range;
  loc: HtmlSourceLocation;
  parent?: SvNode | null;
}

interface SvName extends SvNode {
  name?: unknown;
}

/** `SvelteLiteral` (decoded text) or `SvelteMustacheTag` (`{expression}`). */
interface SvValuePart extends SvNode {
  value?: unknown;
  expression?: SvNode;
}

interface SvAttribute extends SvNode {
  key?: SvName;
  boolean?: boolean;
  value?: SvValuePart[] | SvNode;
}

interface SvDirective extends SvNode {
  type: "SvelteDirective";
  kind: string;
  key: SvNode & { name: SvName };
  expression: SvNode | null;
}

interface SvElement extends SvNode {
  type: "SvelteElement";
  kind: "html" | "component" | "special";
  name: SvName;
  startTag: SvNode & { attributes: SvNode[]; selfClosing?: boolean };
  children: SvNode[];
}

interface SvelteSourceCode {
  text: string;
  parserServices?: { isSvelte?: unknown };
}

/** True when `svelte-eslint-parser` parsed the file as a Svelte component. */
export function isSvelteSource(sourceCode: unknown): boolean {
  return (sourceCode as SvelteSourceCode).parserServices?.isSvelte === true;
}

/**
 * Properties through which markup nests inside blocks (`{#if}`/`{:else}`, `{#each}`, `{#await}`
 * branches, `{#key}`, `{#snippet}`) and components (slot or snippet content). The nearest real
 * element stays the DOM parent of what is inside them.
 */
const CONTENT_KEYS = ["children", "else", "pending", "then", "catch"] as const;
/** Native field tags a component may be mapped to in `settings["replay-privacy"].components`. */
const MAPPABLE_TAGS: ReadonlySet<string> = new Set(["input", "textarea", "select"]);
const NOT_NAME_CHARACTERS = /[^A-Za-z\d]+/u;
const STARTS_WITH_LETTER = /^[a-z]/u;

/**
 * The custom-element name a design-system field component stands for: its words in kebab case,
 * then what it renders (`CardNumberField` -> `card-number-field-input`,
 * `PasswordInput` -> `password-input-password`). The markup front end reads such a name as a
 * component field whose name says what it holds, and reads its `label` prop.
 */
function componentFieldName(name: string, tag: string, impliedType: string | null): string {
  const words = kebabCase(name).split(NOT_NAME_CHARACTERS).filter(Boolean).join("-");
  return `${STARTS_WITH_LETTER.test(words) ? words : `x-${words}`}-${impliedType === "password" ? "password" : tag}`;
}

/** Directives that say something about the field; actions, transitions and handlers do not. */
const DIRECTIVE_PREFIX: ReadonlyMap<string, string> = new Map([
  ["Binding", "bind:"],
  ["Class", "class:"],
]);

/**
 * A component whose value is bound two ways and that shows a placeholder takes typed text, whatever
 * its name (a design system's `<FieldGroupText placeholder="e.g. IE12BOFI..." bind:value={iban} />`).
 */
function bindsTypedText(node: SvElement, name: string): boolean {
  if (namedAsNonField(name)) return false;
  let bindsValue = false;
  let hasPlaceholder = false;
  for (const attribute of node.startTag.attributes) {
    if (attribute.type === "SvelteDirective") {
      const directive = attribute as SvDirective;
      bindsValue ||= directive.kind === "Binding" && identifierName(directive.key.name) === "value";
    } else if (attribute.type === "SvelteAttribute" || attribute.type === "SvelteShorthandAttribute") {
      hasPlaceholder ||= identifierName((attribute as SvAttribute).key) === "placeholder";
    }
  }
  return bindsValue && hasPlaceholder;
}

function isSvelteElement(node: SvNode | null | undefined): node is SvElement {
  return node?.type === "SvelteElement";
}

function identifierName(node: SvName | undefined): string | null {
  const name = node?.name;
  if (typeof name === "string") return name;
  // Directive keys hold an Identifier or SvelteName in `name`.
  if (name !== null && typeof name === "object" && typeof (name as SvName).name === "string") return (name as SvName).name as string;
  return null;
}

class SvelteConverter {
  readonly #text: string;
  readonly #settings: ComponentSettings;
  readonly #wrappers = new WeakMap<SvElement, boolean>();
  readonly #converted = new Map<SvElement, HtmlElement>();

  /** ESLint's own line counting: svelte-eslint-parser does not break lines at U+2028. */
  readonly #locOf: RangeLocator;

  readonly #program: unknown;
  #assignments: ScriptAssignments | null = null;

  constructor(text: string, settings: ComponentSettings, locOf: RangeLocator, program: unknown = null) {
    this.#text = text;
    this.#locOf = locOf;
    this.#settings = settings;
    this.#program = program;
  }

  /**
   * The value a bound `type` may take: what the script assigns to its variable (`{type}` after
   * `$: type = show ? "text" : "password"`), else the variable's name.
   */
  #boundType(variable: string): string {
    this.#assignments ??= scriptAssignments(this.#program);
    const ranges = this.#assignments.get(variable);
    return ranges ? ranges.map((range) => this.#slice(range)).join(" || ") : variable;
  }

  /**
   * The DOM tag an element stands for: its own name for HTML elements, the mapped native tag for
   * components listed in settings, a component-field name for design-system fields
   * (`<CardNumberField>`, `<TextInput>`), otherwise null (other components, `<svelte:*>` elements).
   * Choice components (`<Checkbox>`) are left out: their label is their question, which a
   * component's slot does not show us.
   */
  tagOf(node: SvElement): string | null {
    if (node.kind === "html") {
      const name = identifierName(node.name);
      return name ? name.toLowerCase() : null;
    }
    if (node.kind === "component") {
      const field = this.#componentField(node);
      // `<Field name="password"><input type="password"></Field>` is a wrapper: the input is the field.
      if (!field || (!field.mapped && this.#wrapsField(node))) return null;
      return field.tag;
    }
    return null;
  }

  /**
   * The field a component renders: the native tag settings map it to, or a design-system field by its
   * name. Null for other components and for choices, whose question a component's slot does not show.
   */
  #componentField(node: SvElement): { tag: string; mapped: boolean } | null {
    const name = this.#slice(node.name.range);
    const { components } = this.#settings;
    const mapped = Object.hasOwn(components, name) ? components[name]?.toLowerCase() : undefined;
    if (mapped !== undefined) return MAPPABLE_TAGS.has(mapped) ? { tag: mapped, mapped: true } : null;
    const field = resolveComponentField(name, null, this.#settings);
    if (!field) return this.#settings.detectDesignSystemFields && bindsTypedText(node, name) ? { tag: componentFieldName(name, "input", null), mapped: false } : null;
    if (field.impliedType === "checkbox" || field.impliedType === "radio") return null;
    return { tag: componentFieldName(name, field.tag, field.impliedType), mapped: false };
  }

  /**
   * Whether a field is written inside the component (its slot or snippet content): a native one, or a
   * field component (formsnap's `<Form.Field name="ssn">` around `<Form.Control>` and shadcn's `<Input>`).
   */
  #wrapsField(node: SvElement): boolean {
    let wraps = this.#wrappers.get(node);
    if (wraps === undefined) {
      wraps = false;
      const stack: SvNode[] = [...node.children];
      while (stack.length > 0 && !wraps) {
        const current = stack.pop()!;
        if (isSvelteElement(current) && (current.kind === "html" ? MAPPABLE_TAGS.has(identifierName(current.name)?.toLowerCase() ?? "") : current.kind === "component" && this.#componentField(current) !== null)) wraps = true;
        const container = current as unknown as Record<string, unknown>;
        for (const key of CONTENT_KEYS) {
          const value = container[key];
          if (Array.isArray(value)) stack.push(...(value as SvNode[]));
          else if (value !== null && typeof value === "object" && typeof (value as SvNode).type === "string") stack.push(value as SvNode);
        }
      }
      this.#wrappers.set(node, wraps);
    }
    return wraps;
  }

  #slice([start, end]: Range): string {
    return this.#text.slice(start, end);
  }

  #make(name: string, node: SvNode, owner: HtmlElement, value: string, valueRange: Range | null, dynamic: boolean): HtmlAttribute {
    const before = valueRange && !dynamic ? this.#text[valueRange[0] - 1] : undefined;
    return {
      type: "HtmlAttribute",
      name,
      rawName: name,
      value,
      valueRange,
      quote: before === '"' || before === "'" ? before : null,
      dynamic,
      conditional: false,
      range: node.range,
      loc: this.#locOf(node.range),
      parent: owner,
    };
  }

  /** Appends the markup reading of one start-tag attribute or directive to `out`. */
  #attribute(node: SvNode, owner: HtmlElement, out: HtmlAttribute[]): void {
    switch (node.type) {
      case "SvelteAttribute":
        this.#plainAttribute(node, owner, out);
        return;
      case "SvelteShorthandAttribute": {
        // `{placeholder}` is `placeholder={placeholder}`.
        const name = identifierName((node as SvAttribute).key);
        if (name === "class") this.#boundClass(node, owner, name, out);
        else if (name) out.push(this.#make(`:${name.toLowerCase()}`, node, owner, name === "type" ? this.#boundType(name) : name, null, true));
        return;
      }
      case "SvelteSpreadAttribute":
        out.push(this.#make("{...}", node, owner, this.#slice(node.range), null, true));
        return;
      case "SvelteDirective": {
        const directive = node as SvDirective;
        const prefix = DIRECTIVE_PREFIX.get(directive.kind);
        const name = identifierName(directive.key.name);
        if (!prefix || !name) return;
        // A shorthand directive (`bind:value`, `class:active`) reads the variable of the same name.
        const value = directive.expression ? this.#slice(directive.expression.range) : name;
        out.push(this.#make(`${prefix}${name.toLowerCase()}`, node, owner, value, directive.expression?.range ?? null, true));
        return;
      }
      default:
        return;
    }
  }

  #plainAttribute(node: SvAttribute, owner: HtmlElement, out: HtmlAttribute[]): void {
    const name = identifierName(node.key)?.toLowerCase();
    if (!name) return;
    const parts = Array.isArray(node.value) ? node.value : [];
    if (node.boolean || parts.length === 0) {
      out.push(this.#make(name, node, owner, "", null, false));
      return;
    }
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    const valueRange: Range = [first.range[0], last.range[1]];
    const expressions = parts.flatMap((part) => (part.type === "SvelteMustacheTag" && part.expression ? [part.expression] : []));
    if (expressions.length === 0) {
      out.push(this.#make(name, node, owner, parts.map((part) => stringOf(part.value)).join(""), valueRange, false));
      return;
    }
    if (parts.length === 1) {
      const expression = this.#slice(expressions[0]!.range);
      if (name === "class") {
        this.#boundClass(node, owner, expression, out);
        return;
      }
      // `type={show ? "text" : "password"}` binds like Vue's `:type`; the markup front end then
      // reads the literal candidates of the expression (of a variable's assignments, for `type={inputType}`).
      const bound = name === "type" && expressions[0]!.type === "Identifier" ? this.#boundType(expression) : expression;
      out.push(this.#make(`:${name}`, node, owner, bound, expressions[0]!.range, true));
      return;
    }
    // Text with `{...}` parts (`class="input {hide ? 'fs-exclude' : ''}"`, `name="card-{i}"`): each
    // part is written as a `{{ }}` block, whose literals the markup front end reads as template
    // output (conditional under `?`/`&&`) and next to which glued classes are conditional.
    const value = parts.map((part) => (part.type === "SvelteMustacheTag" && part.expression ? `{{ ${this.#slice(part.expression.range)} }}` : stringOf(part.value))).join("");
    out.push(this.#make(name, node, owner, value, valueRange, true));
  }

  /**
   * `class={expression}` and `{class}`: a dynamic `class` attribute (so a suggestion never adds a
   * second one, which Svelte rejects) plus the expression as a class binding, read like Vue's
   * `:class` (objects: conditional unless `true`; ternaries: conditional).
   */
  #boundClass(node: SvNode, owner: HtmlElement, expression: string, out: HtmlAttribute[]): void {
    out.push(this.#make("class", node, owner, "", null, true));
    out.push(this.#make(":class", node, owner, expression, null, true));
  }

  /** The nearest ancestor that is a DOM element we convert; blocks and components are skipped. */
  #parentElement(node: SvNode): SvElement | null {
    for (let current = node.parent; current; current = current.parent) {
      if (isSvelteElement(current) && this.tagOf(current) !== null) return current;
    }
    return null;
  }

  /** Converts an element (with its ancestors and, from the outermost one, its whole subtree). */
  element(node: SvElement): HtmlElement {
    const cached = this.#converted.get(node);
    if (cached) return cached;
    const parentNode = this.#parentElement(node);
    const parent = parentNode ? this.element(parentNode) : null;
    // Converting the parent converts its subtree, this element included.
    const again = this.#converted.get(node);
    if (again) return again;
    return this.#build(node, parent);
  }

  #build(node: SvElement, parent: HtmlElement | null): HtmlElement {
    const element: HtmlElement = {
      type: "HtmlElement",
      name: this.tagOf(node) ?? "",
      rawName: this.#slice(node.name.range),
      attributes: [],
      children: [],
      startTagRange: node.startTag.range,
      selfClosing: node.startTag.selfClosing === true,
      reconstructed: false,
      range: node.range,
      loc: this.#locOf(node.range),
      parent,
    };
    this.#converted.set(node, element);
    for (const attribute of node.startTag.attributes) this.#attribute(attribute, element, element.attributes);
    this.#content(node.children, element, element.children);
    return element;
  }

  #content(nodes: readonly SvNode[], parent: HtmlElement, out: HtmlChildNode[]): void {
    for (const node of nodes) {
      if (isSvelteElement(node) && this.tagOf(node) !== null) {
        out.push(this.#converted.get(node) ?? this.#build(node, parent));
        continue;
      }
      if (node.type === "SvelteText") {
        out.push({ type: "HtmlText", value: stringOf((node as SvValuePart).value), range: node.range, loc: this.#locOf(node.range), parent });
        continue;
      }
      const expression = node.type === "SvelteMustacheTag" ? (node as SvValuePart).expression : undefined;
      if (expression) {
        // `{$t("checkout.cardNumber")}` in a label: a `{{ }}` block, whose string literal the markup
        // front end reads as the text, as it does for template text in HTML files.
        out.push({ type: "HtmlText", value: `{{ ${this.#slice(expression.range)} }}`, range: node.range, loc: this.#locOf(node.range), parent });
        continue;
      }
      const container = node as unknown as Record<string, unknown>;
      for (const key of CONTENT_KEYS) {
        const value = container[key];
        if (Array.isArray(value)) this.#content(value as SvNode[], parent, out);
        else if (value !== null && typeof value === "object" && typeof (value as SvNode).type === "string") this.#content([value as SvNode], parent, out);
      }
    }
  }
}

/** Visitor for a `.svelte` file: every DOM element in document order, fields when the file is done. */
export function svelteTemplateVisitor(
  text: string,
  settings: ComponentSettings,
  locOf: RangeLocator,
  onFields: (fields: Field[]) => void,
): RuleListener {
  let converter: SvelteConverter | null = null;
  let collector: MarkupFieldCollector | null = null;
  return {
    Program(node: object) {
      converter = new SvelteConverter(text, settings, locOf, node);
      collector = new MarkupFieldCollector(node);
      collector.addComponentScripts(text);
    },
    SvelteElement(node: SvElement) {
      if (!converter || !collector || converter.tagOf(node) === null) return;
      collector.add(converter.element(node));
    },
    "Program:exit"() {
      if (collector && collector.size > 0) onFields(collector.finish());
      converter = null;
      collector = null;
    },
  };
}
