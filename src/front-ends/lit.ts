import type { TSESTree } from "@typescript-eslint/utils";
import type { Scope } from "eslint";
import type { Field } from "../core/field.js";
import type { RuleListener } from "../util/create-rule.js";
import { templateLiteralFields } from "./markup/script-templates.js";
import { calleeName } from "./jsx/text.js";

/** Packages whose `html` tag builds lit templates. */
const LIT_MODULES: ReadonlySet<string> = new Set(["lit", "lit-html", "lit-element", "@lit/reactive-element", "lit/html.js", "lit-html/lit-html.js", "lit/static-html.js", "lit-element/lit-element.js"]);
const LIT_TAG_EXPORTS: ReadonlySet<string> = new Set(["html", "staticHtml"]);
/** Modules whose `html` tag only re-indents a string (e-mail bodies, generated code), never a page. */
const STRING_TAG_MODULES: ReadonlySet<string> = new Set(["common-tags", "proper-tags"]);

interface LitSourceCode {
  text: string;
  getScope(node: unknown): Scope.Scope;
  getLocFromIndex(index: number): { line: number; column: number };
}

export interface LitOptions {
  sourceCode: LitSourceCode;
  /** Extra tag names treated as HTML templates (`settings["replay-privacy"].htmlTemplateTags`). */
  extraTags: readonly string[];
}

/** The import that declares `name` in scope, if any. */
function importOf(name: string, scope: Scope.Scope): { source: string; imported: string | null } | null {
  for (let current: Scope.Scope | null = scope; current; current = current.upper) {
    const variable = current.set.get(name);
    if (!variable) continue;
    const def = variable.defs.find((d) => d.type === "ImportBinding");
    if (!def) return null;
    const declaration = def.parent as unknown as TSESTree.ImportDeclaration;
    const specifier = def.node as unknown as TSESTree.ImportClause;
    // `import { html as litHtml }` -> "html"; `import * as lit` -> null (a namespace).
    const imported = specifier.type === "ImportSpecifier" ? (specifier.imported.type === "Identifier" ? specifier.imported.name : specifier.imported.value) : null;
    return { source: declaration.source.value, imported: specifier.type === "ImportNamespaceSpecifier" ? null : (imported ?? "default") };
  }
  return null;
}

/**
 * Whether the tag is lit's `html` by import, whatever it is called locally: `html`, `litHtml`
 * (`import { html as litHtml }`), or `lit.html` through `import * as lit from "lit"`.
 */
function isLitTag(tag: TSESTree.Expression, scope: Scope.Scope): boolean {
  if (tag.type === "Identifier") {
    // An `html` export builds HTML wherever it comes from: lit re-exported by the app's own module
    // (`import { html } from "/src/main.js"`), Polymer, FAST, uhtml, htm.
    const binding = importOf(tag.name, scope);
    return binding !== null && binding.imported !== null && LIT_TAG_EXPORTS.has(binding.imported) && !STRING_TAG_MODULES.has(binding.source);
  }
  if (tag.type === "MemberExpression" && !tag.computed && tag.property.type === "Identifier" && tag.object.type === "Identifier") {
    if (!LIT_TAG_EXPORTS.has(tag.property.name)) return false;
    const binding = importOf(tag.object.name, scope);
    return binding !== null && LIT_MODULES.has(binding.source) && binding.imported === null;
  }
  return false;
}

/**
 * Whether this file can hold a lit template: it imports a lit module or an `html` tag, or the
 * settings name extra tags. Most script files do neither, and then every tagged template
 * (styled-components, gql) would be looked at for nothing.
 */
export function mayHoldLitTemplates(program: TSESTree.Program, extraTags: readonly string[]): boolean {
  if (extraTags.length > 0) return true;
  return program.body.some((statement) => statement.type === "ImportDeclaration" && (LIT_MODULES.has(statement.source.value) || importsHtmlTag(statement)));
}

function importsHtmlTag(declaration: TSESTree.ImportDeclaration): boolean {
  return declaration.specifiers.some(
    (specifier) =>
      specifier.type === "ImportSpecifier" &&
      LIT_TAG_EXPORTS.has(specifier.imported.type === "Identifier" ? specifier.imported.name : specifier.imported.value) &&
      !STRING_TAG_MODULES.has(declaration.source.value),
  );
}

/** Finds lit `html` templates and hands their form fields to the core. */
export function litFieldVisitor(options: LitOptions, onFields: (fields: Field[]) => void): RuleListener {
  const extraTags = new Set(options.extraTags);
  return {
    TaggedTemplateExpression(node: TSESTree.TaggedTemplateExpression) {
      const name = calleeName(node.tag);
      if (name === null) return;
      const isLit = extraTags.has(name) || isLitTag(node.tag, options.sourceCode.getScope(node));
      if (!isLit) return;
      const fields = templateLiteralFields(options.sourceCode, node.quasi, node, { templateSyntax: false });
      if (fields.length > 0) onFields(fields);
    },
  };
}
