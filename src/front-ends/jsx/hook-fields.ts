import { findVariable } from "../../util/eslint-shared.js";
import type { TSESTree } from "@typescript-eslint/utils";
import type { Scope } from "eslint";
import { calleeName } from "./text.js";
import { possibleTexts, unwrapTs } from "./values.js";

type Expression = TSESTree.Expression;

/**
 * Form hooks that bind one named field and return the props to spread into its input:
 * react-hook-form `useController({ name })` -> `{ field }`, Formik `useField(name)` -> `[field]`,
 * react-final-form `useField(name)` -> `{ input }`.
 */
const FIELD_HOOKS: ReadonlySet<string> = new Set(["useController", "useField"]);
/** The part of a hook's result that holds the input props. */
const PROPS_KEYS: ReadonlySet<string> = new Set(["field", "input"]);

/** The field names a hook call binds: `useField("iban")`, `useController({ name: "ssn", control })`. */
function hookCallNames(init: Expression | null | undefined, scope: Scope.Scope): string[] | null {
  if (!init) return null;
  const call = unwrapTs(init);
  if (call.type !== "CallExpression") return null;
  const hook = calleeName(call.callee);
  if (!hook || !FIELD_HOOKS.has(hook)) return null;
  const first = call.arguments[0];
  if (!first || first.type === "SpreadElement") return null;
  let nameNode: Expression | null = first;
  if (first.type === "ObjectExpression") {
    nameNode = null;
    for (const property of first.properties) {
      if (property.type === "Property" && !property.computed && property.key.type === "Identifier" && property.key.name === "name") nameNode = property.value;
    }
  }
  if (!nameNode) return null;
  return possibleTexts(nameNode, scope).filter((name) => name.trim());
}

/** The declarator that binds `identifier`, when it is declared by a variable declaration. */
function declaratorOf(identifier: TSESTree.Identifier, scope: Scope.Scope): TSESTree.VariableDeclarator | null {
  const variable = findVariable(scope, identifier.name);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  return definition?.type === "Variable" ? (definition.node as unknown as TSESTree.VariableDeclarator) : null;
}

/** Whether `pattern` binds `name` to the hook result's input props (`{ field }`, `{ input: props }`, `[field]`). */
function bindsProps(pattern: TSESTree.VariableDeclarator["id"], name: string): boolean {
  if (pattern.type === "ArrayPattern") {
    const first = pattern.elements[0];
    return first?.type === "Identifier" && first.name === name;
  }
  if (pattern.type !== "ObjectPattern") return false;
  return pattern.properties.some(
    (p) =>
      p.type === "Property" &&
      !p.computed &&
      p.key.type === "Identifier" &&
      PROPS_KEYS.has(p.key.name) &&
      p.value.type === "Identifier" &&
      p.value.name === name,
  );
}

/**
 * The names of a field whose props come from a form hook and are spread into it:
 * `<input {...field} />` after `const { field } = useController({ name: "ssn" })`, or
 * `<input {...ssn.field} />` after `const ssn = useController(...)`. Null when the spread is not one.
 */
export function hookFieldNames(argument: Expression, scope: Scope.Scope | null): string[] | null {
  if (!scope) return null;
  const node = unwrapTs(argument);
  if (node.type === "Identifier") {
    const declarator = declaratorOf(node, scope);
    return declarator && bindsProps(declarator.id, node.name) ? hookCallNames(declarator.init, scope) : null;
  }
  if (node.type === "MemberExpression" && !node.computed && node.property.type === "Identifier" && PROPS_KEYS.has(node.property.name)) {
    const object = unwrapTs(node.object);
    if (object.type !== "Identifier") return null;
    const declarator = declaratorOf(object, scope);
    return declarator?.id.type === "Identifier" ? hookCallNames(declarator.init, scope) : null;
  }
  return null;
}
