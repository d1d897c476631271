import type { Rule, Scope, SourceCode } from "eslint";
import type * as ESTree from "estree";
import { importedFrom } from "./imports.js";
import { findVariable, getStaticValue } from "../util/eslint-shared.js";
import type { OptionEnum } from "../data/recorder-options.js";

/**
 * Resolves the option objects a recorder SDK receives, as far as the file shows them: object
 * literals, `const`s (also nested and member-accessed), spreads and `Object.assign`, arrays of
 * constants, TypeScript casts. Anything else (parameters, env, calls) is unknown, and unknown is
 * never reported: callers ask "does it certainly hold?".
 */

// TypeScript and parenthesised wrappers that do not change the value.
const TRANSPARENT_WRAPPERS = new Set([
  "TSAsExpression", "TSSatisfiesExpression", "TSNonNullExpression", "TSTypeAssertion",
  "TSInstantiationExpression", "ParenthesizedExpression", "ChainExpression",
]);
// Guards against pathological const chains; real configs are a few levels deep.
const MAX_DEPTH = 12;

export type AnyNode = ESTree.Node;

/** One property in effect in a resolved object (the last writer of its key). */
export interface OptionEntry {
  key: string;
  /** The value expression as written (wrappers removed). */
  value: AnyNode;
  /** The object-literal property that wrote it; null when it came from elsewhere. */
  property: ESTree.Property | null;
  /** A later spread, computed key or mutation we cannot see may replace this value. */
  overridable: boolean;
}

export interface OptionObject {
  readonly entries: ReadonlyMap<string, OptionEntry>;
  /** Keys we cannot see may exist (an unknown spread or computed key). */
  readonly open: boolean;
}

export interface OptionArray {
  readonly elements: readonly AnyNode[];
  /** Elements we cannot see may exist (an unknown spread or a hole). */
  readonly open: boolean;
}

/** Optional knowledge from outside the file's own code, e.g. SDK enum members. */
export type ExternalValue = (node: AnyNode, scope: Scope.Scope) => { value: unknown } | null;

export function unwrap(node: AnyNode): AnyNode {
  let current = node as AnyNode & { expression?: AnyNode };
  while (TRANSPARENT_WRAPPERS.has(current.type) && current.expression) {
    current = current.expression as AnyNode & { expression?: AnyNode };
  }
  return current;
}

export class OptionResolver {
  private readonly objects = new WeakMap<AnyNode, OptionObject | null>();

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly external: ExternalValue | null = null,
  ) {}

  scopeOf(node: AnyNode): Scope.Scope {
    return this.sourceCode.getScope(node);
  }

  /** The possible static values of an expression, or null when one of them is unknown. */
  candidates(node: AnyNode, depth = 0): unknown[] | null {
    const expr = unwrap(node);
    if (depth > MAX_DEPTH) return null;
    if (expr.type === "ConditionalExpression") {
      const consequent = this.candidates(expr.consequent, depth + 1);
      const alternate = this.candidates(expr.alternate, depth + 1);
      return consequent && alternate ? [...consequent, ...alternate] : null;
    }
    const scope = this.scopeOf(expr);
    const outside = this.external?.(expr, scope);
    if (outside) return [outside.value];
    if (expr.type === "Identifier") {
      // A const that holds a conditional or an enum member: follow it ourselves.
      const init = this.constInit(expr);
      if (init && (unwrap(init).type === "ConditionalExpression" || unwrap(init).type === "MemberExpression")) {
        return this.candidates(init, depth + 1);
      }
    }
    const result = getStaticValue(expr, scope);
    return result ? [result.value] : null;
  }

  /** The object an expression evaluates to, when the file shows it. */
  object(node: AnyNode, depth = 0): OptionObject | null {
    const expr = unwrap(node);
    if (this.objects.has(expr)) return this.objects.get(expr) ?? null;
    // Mark as in progress so that cycles (`a = {...b}; b = {...a}`) end as unknown.
    this.objects.set(expr, null);
    const resolved = depth > MAX_DEPTH ? null : this.resolveObject(expr, depth);
    this.objects.set(expr, resolved);
    return resolved;
  }

  /** The elements of an array expression, when the file shows them. */
  array(node: AnyNode, depth = 0): OptionArray | null {
    const expr = unwrap(node);
    if (depth > MAX_DEPTH) return null;
    if (expr.type === "Identifier") {
      const init = this.constInit(expr);
      return init ? this.array(init, depth + 1) : null;
    }
    if (expr.type !== "ArrayExpression") return null;
    const elements: AnyNode[] = [];
    let open = false;
    for (const element of expr.elements) {
      if (element === null) continue;
      if (element.type === "SpreadElement") {
        const spread = this.array(element.argument, depth + 1);
        if (spread) {
          elements.push(...spread.elements);
          open ||= spread.open;
        } else open = true;
      } else elements.push(element);
    }
    return { elements, open };
  }

  /**
   * The function an expression refers to (inline, or a const/function declaration in the file).
   */
  functionOf(node: AnyNode): ESTree.Function | null {
    const expr = unwrap(node);
    if (expr.type === "ArrowFunctionExpression" || expr.type === "FunctionExpression") return expr;
    if (expr.type !== "Identifier") return null;
    const variable = findVariable(this.scopeOf(expr), expr);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.type === "FunctionName" && def.node.type === "FunctionDeclaration") return def.node;
    const init = this.constInit(expr);
    return init ? this.functionOf(init) : null;
  }

  /** The initializer of a `const` (or a never-reassigned `let`/`var`) with one declaration. */
  constInit(identifier: ESTree.Identifier): AnyNode | null {
    const variable = findVariable(this.scopeOf(identifier), identifier);
    if (!variable || variable.defs.length !== 1) return null;
    const def = variable.defs[0]!;
    if (def.type !== "Variable" || def.node.id.type !== "Identifier" || !def.node.init) return null;
    const reassigned = variable.references.some((reference) => reference.isWrite() && !reference.init);
    return reassigned ? null : def.node.init;
  }

  private resolveObject(expr: AnyNode, depth: number): OptionObject | null {
    switch (expr.type) {
      case "ObjectExpression":
        return this.objectLiteral(expr, depth);
      case "Identifier": {
        const init = this.constInit(expr);
        if (!init) return null;
        const target = this.object(init, depth + 1);
        return target ? this.withMutations(expr, target) : null;
      }
      case "MemberExpression": {
        const key = this.memberKey(expr);
        if (key === null || expr.object.type === "Super") return null;
        const owner = this.object(expr.object, depth + 1);
        const entry = owner?.entries.get(key);
        if (!entry || entry.overridable) return null;
        return this.object(entry.value, depth + 1);
      }
      case "CallExpression":
        return this.objectAssign(expr, depth);
      default:
        return null;
    }
  }

  private objectLiteral(expr: ESTree.ObjectExpression, depth: number): OptionObject {
    const entries = new Map<string, OptionEntry>();
    let open = false;
    const overrideAll = (): void => {
      for (const [key, entry] of entries) entries.set(key, { ...entry, overridable: true });
      open = true;
    };
    for (const property of expr.properties) {
      if (property.type === "SpreadElement") {
        const spread = this.object(property.argument, depth + 1);
        if (!spread) {
          overrideAll();
          continue;
        }
        if (spread.open) overrideAll();
        for (const [key, entry] of spread.entries) entries.set(key, entry);
        continue;
      }
      const key = this.propertyKey(property);
      if (key === null) {
        overrideAll();
        continue;
      }
      entries.set(key, { key, value: unwrap(property.value), property, overridable: false });
    }
    return { entries, open };
  }

  /** `Object.assign(target, ...sources)` with the global `Object`. */
  private objectAssign(expr: ESTree.CallExpression, depth: number): OptionObject | null {
    const callee = expr.callee;
    if (
      callee.type !== "MemberExpression" || callee.computed || callee.object.type !== "Identifier" ||
      callee.object.name !== "Object" || callee.property.type !== "Identifier" || callee.property.name !== "assign"
    ) return null;
    const variable = findVariable(this.scopeOf(callee.object), callee.object);
    if (variable && variable.defs.length > 0) return null;
    const entries = new Map<string, OptionEntry>();
    let open = false;
    for (const argument of expr.arguments) {
      const source = argument.type === "SpreadElement" ? null : this.object(argument, depth + 1);
      if (!source || source.open) {
        for (const [key, entry] of entries) entries.set(key, { ...entry, overridable: true });
        open = true;
      }
      if (source) for (const [key, entry] of source.entries) entries.set(key, entry);
    }
    return { entries, open };
  }

  /** `opts.maskAllText = true` after the declaration may replace what the literal says. */
  private withMutations(identifier: ESTree.Identifier, target: OptionObject): OptionObject {
    const variable = findVariable(this.scopeOf(identifier), identifier);
    if (!variable) return target;
    let changed: Map<string, OptionEntry> | null = null;
    let open = target.open;
    for (const reference of variable.references) {
      const parent = (reference.identifier as Rule.Node).parent;
      if (parent?.type !== "MemberExpression" || parent.object !== reference.identifier) continue;
      const grand = parent.parent;
      const written =
        (grand.type === "AssignmentExpression" && grand.left === parent) ||
        (grand.type === "UpdateExpression" && grand.argument === parent) ||
        (grand.type === "UnaryExpression" && grand.operator === "delete");
      if (!written) continue;
      changed ??= new Map(target.entries);
      const key = this.memberKey(parent);
      if (key === null) {
        for (const [name, entry] of changed) changed.set(name, { ...entry, overridable: true });
        open = true;
      } else {
        const entry = changed.get(key);
        if (entry) changed.set(key, { ...entry, overridable: true });
        else open = true;
      }
    }
    return changed ? { entries: changed, open } : target;
  }

  private propertyKey(property: ESTree.Property): string | null {
    if (!property.computed) {
      if (property.key.type === "Identifier") return property.key.name;
      if (property.key.type === "Literal") return String(property.key.value);
      return null;
    }
    const value = getStaticValue(property.key, this.scopeOf(property.key));
    return value ? String(value.value) : null;
  }

  private memberKey(member: ESTree.MemberExpression): string | null {
    if (!member.computed) return member.property.type === "Identifier" ? member.property.name : null;
    const value = getStaticValue(member.property, this.scopeOf(member.property));
    return value ? String(value.value) : null;
  }
}

/**
 * Whether a function hands back its first parameter unchanged: always (`(text) => text`), or by
 * default, as its last statement after masking only the cases it picks
 * (`if (el.dataset.mask === "true") return "*".repeat(text.length); return text;`).
 */
export function isIdentityFunction(fn: ESTree.Function): boolean {
  const [first] = fn.params;
  if (first?.type !== "Identifier") return false;
  const returnsFirst = (expr: AnyNode | null | undefined): boolean => {
    const value = expr ? unwrap(expr) : null;
    return value?.type === "Identifier" && value.name === first.name;
  };
  if (fn.body.type !== "BlockStatement") return returnsFirst(fn.body);
  const last = fn.body.body.at(-1);
  return last?.type === "ReturnStatement" && returnsFirst(last.argument);
}

/** An SDK enum member written in code (`DefaultPrivacyLevel.ALLOW`), resolved through its import. */
export interface EnumMember {
  fact: OptionEnum;
  /** The expression naming the enum (`DefaultPrivacyLevel`, `DD.DefaultPrivacyLevel`). */
  owner: AnyNode;
  member: string;
}

/** Finds `Enum.MEMBER` or `namespace.Enum.MEMBER` for one of `enums`. */
export function enumMemberOf(node: AnyNode, scope: Scope.Scope, enums: readonly OptionEnum[]): EnumMember | null {
  const expr = unwrap(node);
  if (expr.type !== "MemberExpression" || expr.computed || expr.property.type !== "Identifier") return null;
  const member = expr.property.name;
  const owner = unwrap(expr.object);
  let binding: ESTree.Identifier | null = null;
  let exportName: string | null = null;
  if (owner.type === "Identifier") binding = owner;
  else if (owner.type === "MemberExpression" && !owner.computed && owner.property.type === "Identifier" && unwrap(owner.object).type === "Identifier") {
    binding = unwrap(owner.object) as ESTree.Identifier;
    exportName = owner.property.name;
  }
  if (!binding) return null;
  const origin = importedFrom(scope, binding);
  if (!origin) return null;
  // `import { DefaultPrivacyLevel }` names the export; `import * as dd` needs `dd.DefaultPrivacyLevel`.
  const name = exportName === null ? origin.imported : origin.imported === null ? exportName : null;
  const fact = enums.find((candidate) => candidate.exportName === name && candidate.packages.includes(origin.source));
  return fact && Object.hasOwn(fact.members, member) ? { fact, owner, member } : null;
}

/** An `ExternalValue` that knows the members of SDK enums imported in the file. */
export function enumValues(enums: readonly OptionEnum[]): ExternalValue {
  return (node, scope) => {
    const found = enumMemberOf(node, scope, enums);
    return found ? { value: found.fact.members[found.member] } : null;
  };
}
