import type { TSESTree } from "@typescript-eslint/utils";
import type { Scope } from "eslint";
import { findVariable } from "../util/eslint-shared.js";

export interface SoleDeclaration {
  variable: Scope.Variable;
  kind: "const" | "let" | "var" | "using" | "await using";
  init: TSESTree.Expression;
}

/**
 * The one declaration, with an initialiser, of the variable an identifier refers to
 * (`const type = shown ? "text" : "password"`, `var template = \`<form>...\``), or null when the
 * variable has several definitions, no initialiser, or is not a plain identifier binding.
 */
export function soleDeclaration(identifier: TSESTree.Identifier, scope: Scope.Scope | null): SoleDeclaration | null {
  if (!scope) return null;
  const variable = findVariable(scope, identifier.name);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || definition?.type !== "Variable") return null;
  const declarator = definition.node as unknown as TSESTree.VariableDeclarator;
  if (declarator.id.type !== "Identifier" || !declarator.init) return null;
  return { variable, kind: definition.parent.kind, init: declarator.init };
}
