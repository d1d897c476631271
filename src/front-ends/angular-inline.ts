import type { TSESTree } from "@typescript-eslint/utils";
import type { Field } from "../core/field.js";
import type { RuleListener } from "../util/create-rule.js";
import { type ScriptSourceCode, templateLiteralFields } from "./markup/script-templates.js";
import { calleeName } from "./jsx/text.js";

/**
 * Angular components with an inline template (`@Component({ template: `<input ...>` })`), read from
 * the TypeScript file itself: no angular-eslint processor is needed, and suggestions land in the
 * template where it is written.
 */

const ANGULAR_CORE = "@angular/core";

/**
 * The virtual files angular-eslint's processor extracts inline templates into
 * (`pay.component.ts/1_inline-template-pay.component.ts-1.component.html`): the component file is
 * read already, so reading these too would report each field twice.
 */
const EXTRACTED_INLINE_TEMPLATE = /\.[cm]?ts[/\\]\d+_inline-template-[^/\\]*\.html$/u;

export function isExtractedInlineTemplate(filename: string): boolean {
  return EXTRACTED_INLINE_TEMPLATE.test(filename);
}

/** Whether the file can declare an Angular component: it imports `@angular/core`. */
export function mayDeclareAngularComponents(program: TSESTree.Program): boolean {
  return program.body.some((statement) => statement.type === "ImportDeclaration" && statement.source.value === ANGULAR_CORE);
}

function isComponentDecorator(decorator: TSESTree.Decorator): TSESTree.ObjectExpression | null {
  const call = decorator.expression;
  if (call.type !== "CallExpression") return null;
  const config = call.arguments[0];
  return calleeName(call.callee) === "Component" && config?.type === "ObjectExpression" ? config : null;
}

function templateOf(config: TSESTree.ObjectExpression): TSESTree.TemplateLiteral | TSESTree.StringLiteral | null {
  for (const property of config.properties) {
    if (property.type !== "Property" || property.computed) continue;
    const key = property.key.type === "Identifier" ? property.key.name : property.key.value;
    if (key !== "template") continue;
    const value = property.value;
    if (value.type === "TemplateLiteral") return value;
    if (value.type === "Literal" && typeof value.value === "string") return value;
  }
  return null;
}

export function angularInlineTemplateVisitor(sourceCode: ScriptSourceCode, onFields: (fields: Field[]) => void): RuleListener {
  return {
    Decorator(node: TSESTree.Decorator) {
      const config = isComponentDecorator(node);
      const template = config ? templateOf(config) : null;
      if (!template) return;
      // Angular interpolation (`{{ ... }}`) is template syntax: it is blanked before parsing.
      const fields = templateLiteralFields(sourceCode, template, node, { templateSyntax: true });
      if (fields.length > 0) onFields(fields);
    },
  };
}
