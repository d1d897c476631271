import type { TSESTree } from "@typescript-eslint/utils";
import type { Field } from "../../core/field.js";
import { parseHtmlTree } from "../../languages/html/build-tree.js";
import { TEMPLATE_PLACEHOLDER } from "../../languages/html/template-syntax.js";
import { forEachElement, MarkupFieldCollector } from "./index.js";

/**
 * Markup written inside a script file as a template literal or a string: lit's `html` templates,
 * Angular's inline `template:`, a Vue component's `template:` string (also one joined with `+`). The
 * markup is parsed in place, so reports and suggestions land on the script's own lines and columns.
 */

export interface ScriptSourceCode {
  text: string;
  getLocFromIndex(index: number): { line: number; column: number };
}

const HAS_MARKUP = /<[a-zA-Z]/u;

/**
 * The template's raw text with every `${...}` replaced by placeholders of the same length, so
 * parse5's offsets map 1:1 to the file and bound attributes (`.value=${x}`) come out dynamic.
 */
function blankedTemplate(text: string, quasi: TSESTree.TemplateLiteral): { start: number; text: string; source: string } {
  const start = quasi.range[0] + 1;
  const end = quasi.range[1] - 1;
  const source = text.slice(start, end);
  let blanked = "";
  let cursor = start;
  quasi.expressions.forEach((_expression, index) => {
    const before = quasi.quasis[index]!;
    const after = quasi.quasis[index + 1]!;
    // The quasi before ends just after `${`; the one after starts at `}`.
    const holeStart = text.lastIndexOf("${", before.range[1]);
    const holeEnd = after.range[0] + 1;
    blanked += text.slice(cursor, holeStart) + TEMPLATE_PLACEHOLDER.repeat(holeEnd - holeStart);
    cursor = holeEnd;
  });
  blanked += text.slice(cursor, end);
  return { start, text: blanked, source };
}

/** A string built by `+` from literals and other values (`'<div>' + '<input name="' + name + '">'`), left to right. */
export type ConcatenatedMarkup = TSESTree.BinaryExpression;

function concatenationParts(node: TSESTree.Expression | TSESTree.PrivateIdentifier, out: (TSESTree.Expression | TSESTree.PrivateIdentifier)[]): void {
  if (node.type === "BinaryExpression" && node.operator === "+") {
    concatenationParts(node.left, out);
    concatenationParts(node.right, out);
  } else {
    out.push(node);
  }
}

/**
 * A concatenation's text as written, from inside its first quote to inside its last: the literals'
 * contents as they stand, other values as placeholders (bound, so dynamic), and the quotes, `+` and line
 * breaks between two literals as spaces. Every offset maps 1:1 to the file. Null when it does not start
 * and end with a literal.
 */
function blankedConcatenation(text: string, node: ConcatenatedMarkup): { start: number; text: string; source: string; doubleQuoted: boolean } | null {
  const parts: (TSESTree.Expression | TSESTree.PrivateIdentifier)[] = [];
  concatenationParts(node, parts);
  const isLiteral = (part: TSESTree.Node): part is TSESTree.StringLiteral | TSESTree.TemplateLiteral => part.type === "TemplateLiteral" || (part.type === "Literal" && typeof part.value === "string");
  const first = parts[0];
  const last = parts.at(-1);
  if (!first || !last || !isLiteral(first) || !isLiteral(last)) return null;
  const start = first.range[0] + 1;
  const end = last.range[1] - 1;
  let blanked = "";
  let cursor = start;
  let doubleQuoted = false;
  for (const part of parts) {
    if (isLiteral(part)) {
      // The delimiters and what lies between two literals read as blank space.
      blanked += " ".repeat(Math.max(0, part.range[0] + 1 - cursor));
      const inner = part.type === "TemplateLiteral" ? blankedTemplate(text, part).text : text.slice(part.range[0] + 1, part.range[1] - 1);
      if (part.type === "Literal" && text[part.range[0]] === '"') doubleQuoted = true;
      blanked += inner;
      cursor = part.range[1] - 1;
    } else {
      blanked += " ".repeat(Math.max(0, part.range[0] - cursor)) + TEMPLATE_PLACEHOLDER.repeat(part.range[1] - part.range[0]);
      cursor = part.range[1];
    }
  }
  return { start, text: blanked, source: text.slice(start, end), doubleQuoted };
}

/**
 * The form fields of markup written as a concatenation of strings (`template: '<div>' + '<input ...>'`,
 * as Vue 2 components without a build step hold theirs). Its marker suggestions are left out where a
 * `"`-quoted string would take the marker's own quotes.
 */
export function concatenatedMarkupFields(sourceCode: ScriptSourceCode, node: ConcatenatedMarkup, owner: object, options: { templateSyntax: boolean }): Field[] {
  const blanked = blankedConcatenation(sourceCode.text, node);
  if (!blanked || !HAS_MARKUP.test(blanked.text)) return [];
  const fields = markupFields(sourceCode, blanked, owner, options);
  return blanked.doubleQuoted ? fields.map((field) => ({ ...field, addMarkerFix: () => null })) : fields;
}

function markupFields(sourceCode: ScriptSourceCode, blanked: { start: number; text: string; source: string }, owner: object, options: { templateSyntax: boolean }): Field[] {
  const parsed = parseHtmlTree(blanked.text, {
    baseOffset: blanked.start,
    locFromIndex: (index) => sourceCode.getLocFromIndex(index),
    mode: "fragment",
    templateSyntax: options.templateSyntax,
    sourceText: blanked.source,
  });
  if (!parsed.ok) return [];
  const collector = new MarkupFieldCollector(owner);
  forEachElement(parsed.ast.children, (element) => {
    collector.add(element);
  });
  return collector.size > 0 ? collector.finish() : [];
}

/**
 * The form fields of markup held by a template literal or a string literal. `owner` is the node the
 * fields' form scope defaults to; `templateSyntax` blanks `{{ ... }}` interpolation (Angular) first.
 */
export function templateLiteralFields(
  sourceCode: ScriptSourceCode,
  literal: TSESTree.TemplateLiteral | TSESTree.StringLiteral,
  owner: object,
  options: { templateSyntax: boolean },
): Field[] {
  const { start, text, source } =
    literal.type === "TemplateLiteral"
      ? blankedTemplate(sourceCode.text, literal)
      : { start: literal.range[0] + 1, text: sourceCode.text.slice(literal.range[0] + 1, literal.range[1] - 1), source: sourceCode.text.slice(literal.range[0] + 1, literal.range[1] - 1) };
  if (!HAS_MARKUP.test(text)) return [];
  return markupFields(sourceCode, { start, text, source }, owner, options);
}
