import type { Scope } from "eslint";
import type * as ESTree from "estree";
import { findVariable } from "../util/eslint-shared.js";

/**
 * Where an identifier is imported from: the module and the name it has there (`"default"` for a
 * default import, null for a namespace), or null when it is not an import binding.
 */
export function importedFrom(scope: Scope.Scope, identifier: ESTree.Identifier): { source: string; imported: string | null } | null {
  const variable = findVariable(scope, identifier);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== "ImportBinding") return null;
  const spec = def.node;
  const imported =
    spec.type === "ImportSpecifier"
      ? spec.imported.type === "Identifier" ? spec.imported.name : String(spec.imported.value)
      : spec.type === "ImportDefaultSpecifier" ? "default" : null;
  return { source: String(def.parent.source.value), imported };
}
