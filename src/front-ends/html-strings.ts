import type { TSESTree } from "@typescript-eslint/utils";
import type { Scope } from "eslint";
import type { Field } from "../core/field.js";
import type { RuleListener } from "../util/create-rule.js";
import { concatenatedMarkupFields, type ScriptSourceCode, templateLiteralFields } from "./markup/script-templates.js";
import { calleeName } from "./jsx/text.js";
import { soleDeclaration } from "./script-bindings.js";

/**
 * Markup that vanilla scripts and web components write as a string: `this.innerHTML = \`<form>...\``,
 * `el.insertAdjacentHTML("beforeend", \`<input ...>\`)`, a `template` variable assigned to `innerHTML`
 * later, or a literal marked `/* html *\/` for the editor; also a Vue component's `template` option.
 * The string is parsed in place.
 */

type Markup = TSESTree.TemplateLiteral | TSESTree.StringLiteral;

interface HtmlStringSourceCode extends ScriptSourceCode {
  getScope(node: unknown): Scope.Scope;
  getCommentsBefore(node: unknown): { value: string }[];
}

const HTML_SINKS: ReadonlySet<string> = new Set(["innerHTML", "outerHTML"]);
const HTML_COMMENT = /^\s*html\s*$/iu;
/**
 * Cheap test of the file's text before any listener is registered. Case-sensitive on purpose: the
 * DOM properties and the `template` option are spelled one way, and a case-insensitive alternation
 * scans five times slower (it ran on every file that may render a field).
 */
const MAY_WRITE_HTML = /(?:inner|outer|insertAdjacent)HTML|\/\*\s*[Hh][Tt][Mm][Ll]\s*\*\/|\btemplate\s*:\s*[`'"]/u;
/**
 * Options that make an object a Vue component, whose `template` string is compiled in the browser
 * (Vue from a CDN, no build step): `{ data() {...}, template: \`<form>...\` }`.
 */
const VUE_COMPONENT_OPTIONS: ReadonlySet<string> = new Set(["el", "data", "props", "methods", "computed", "components", "setup", "emits", "watch", "mounted", "created", "inject"]);
/** Calls that take a component's options: `new Vue({...})`, `Vue.component("x", {...})`, `Vue.extend`, `createApp`, `defineComponent`. */
const VUE_COMPONENT_CALLS: ReadonlySet<string> = new Set(["Vue", "component", "extend", "createApp", "defineComponent"]);

export function mayWriteHtmlStrings(text: string): boolean {
  return MAY_WRITE_HTML.test(text);
}

function asMarkup(node: TSESTree.Node): Markup | null {
  if (node.type === "TemplateLiteral") return node;
  if (node.type === "Literal" && typeof node.value === "string") return node;
  return null;
}

/** The literal an identifier was declared with, when it is never reassigned (`var template = \`...\``). */
function declaredMarkup(identifier: TSESTree.Identifier, sourceCode: HtmlStringSourceCode): Markup | null {
  const declaration = soleDeclaration(identifier, sourceCode.getScope(identifier));
  if (!declaration || declaration.variable.references.some((ref) => ref.isWrite() && !ref.init)) return null;
  return asMarkup(declaration.init);
}

function sinkValue(node: TSESTree.Expression, sourceCode: HtmlStringSourceCode): Markup | null {
  return node.type === "Identifier" ? declaredMarkup(node, sourceCode) : asMarkup(node);
}

export function htmlStringVisitor(sourceCode: HtmlStringSourceCode, onFields: (fields: Field[]) => void): RuleListener {
  const read = new WeakSet<Markup>();
  // A Vue template has `{{ }}` interpolations: template syntax there, plain text in other markup.
  const collect = (markup: Markup | null, owner: object, templateSyntax = false): void => {
    if (!markup || read.has(markup)) return;
    read.add(markup);
    const fields = templateLiteralFields(sourceCode, markup, owner, { templateSyntax });
    if (fields.length > 0) onFields(fields);
  };
  return {
    AssignmentExpression(node: TSESTree.AssignmentExpression) {
      const target = node.left;
      if (target.type !== "MemberExpression" || target.computed || target.property.type !== "Identifier" || !HTML_SINKS.has(target.property.name)) return;
      collect(sinkValue(node.right, sourceCode), node);
    },
    CallExpression(node: TSESTree.CallExpression) {
      const callee = node.callee;
      if (callee.type !== "MemberExpression" || callee.property.type !== "Identifier" || callee.property.name !== "insertAdjacentHTML") return;
      const markup = node.arguments[1];
      if (markup && markup.type !== "SpreadElement") collect(sinkValue(markup, sourceCode), node);
    },
    "Property[key.name='template']"(node: TSESTree.Property) {
      if (node.computed || !isVueComponentOptions(node.parent)) return;
      const value = node.value;
      if (value.type === "BinaryExpression" && value.operator === "+") {
        // Vue 2 pages without a build step join their template line by line: `'<div>' + '<input ...>' + ...`.
        const fields = concatenatedMarkupFields(sourceCode, value, node, { templateSyntax: true });
        if (fields.length > 0) onFields(fields);
      } else {
        collect(asMarkup(value), node, true);
      }
    },
    TemplateLiteral(node: TSESTree.TemplateLiteral) {
      // `/* html */` before a template (or before its declaration) is the editor hint for markup (es6-string-html).
      if (node.parent.type === "TaggedTemplateExpression") return;
      const declaration = node.parent.type === "VariableDeclarator" ? node.parent.parent : null;
      const hinted = [node, ...(declaration ? [declaration] : [])].some((at) => sourceCode.getCommentsBefore(at).some((comment) => HTML_COMMENT.test(comment.value)));
      if (hinted) collect(node, node);
    },
  };
}

function isVueComponentOptions(node: TSESTree.Node): boolean {
  if (node.type !== "ObjectExpression") return false;
  const holder = node.parent;
  // `new Vue({ el, template })`, `Vue.component("x", { template })`, `createApp({ template })`; Angular's
  // `@Component({ template })` is read by its own front end.
  if ((holder.type === "CallExpression" || holder.type === "NewExpression") && holder.arguments.includes(node) && holder.parent.type !== "Decorator") {
    const name = calleeName(holder.callee);
    if (name !== null && VUE_COMPONENT_CALLS.has(name)) return true;
  }
  return node.properties.some((property) => property.type === "Property" && !property.computed && property.key.type === "Identifier" && VUE_COMPONENT_OPTIONS.has(property.key.name));
}
