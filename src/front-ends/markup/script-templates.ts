import type { TSESTree } from "@typescript-eslint/utils";
import type { Field } from "../../core/field.js";
import { parseHtmlTree } from "../../languages/html/build-tree.js";
import { TEMPLATE_PLACEHOLDER } from "../../languages/html/template-syntax.js";
import { forEachElement, MarkupFieldCollector } from "./index.js";

/**
 * Markup written inside a script file as a template literal or a string: lit's `html` templates,
 * Angular's inline `template:`. The markup is parsed in place, so reports and suggestions land on
 * the script's own lines and columns.
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
  const parsed = parseHtmlTree(text, {
    baseOffset: start,
    locFromIndex: (index) => sourceCode.getLocFromIndex(index),
    mode: "fragment",
    templateSyntax: options.templateSyntax,
    sourceText: source,
  });
  if (!parsed.ok) return [];
  const collector = new MarkupFieldCollector(owner);
  forEachElement(parsed.ast.children, (element) => {
    collector.add(element);
  });
  return collector.size > 0 ? collector.finish() : [];
}
