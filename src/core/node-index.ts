import type { Rule, SourceCode } from "eslint";

/**
 * Nodes of a few types, collected in one walk of a file and cached per AST, so that the recorder
 * and consent analyses never walk the tree twice (and never walk it at all for files without a
 * recorder hint).
 */
export interface NodeIndex {
  /** `import("x")` expressions. */
  imports: Rule.Node[];
  /** JSX opening elements. */
  jsxOpenings: Rule.Node[];
  /** String literals and template literals. */
  strings: Rule.Node[];
  /** Call and new expressions (used for callers and consumers). */
  calls: Rule.Node[];
  /** Assignments (`x.src = ...`). */
  assignments: Rule.Node[];
}

const cache = new WeakMap<object, NodeIndex>();

/** Keys that never hold child nodes (ESLint adds `parent`; TS adds type info we skip). */
const SKIPPED_KEYS = new Set(["parent", "loc", "range", "tokens", "comments", "typeAnnotation", "returnType", "typeParameters", "typeArguments"]);

export function getNodeIndex(sourceCode: SourceCode): NodeIndex {
  const program = sourceCode.ast;
  const cached = cache.get(program);
  if (cached) return cached;

  const index: NodeIndex = { imports: [], jsxOpenings: [], strings: [], calls: [], assignments: [] };
  const visitorKeys = sourceCode.visitorKeys as Record<string, readonly string[] | undefined>;
  const stack: unknown[] = [program];
  while (stack.length > 0) {
    const node = stack.pop() as Rule.Node & Record<string, unknown>;
    switch (node.type as string) {
      case "ImportExpression":
        index.imports.push(node);
        break;
      case "JSXOpeningElement":
        index.jsxOpenings.push(node);
        break;
      case "Literal":
        if (typeof (node as { value?: unknown }).value === "string") index.strings.push(node);
        break;
      case "TemplateLiteral":
        index.strings.push(node);
        break;
      case "CallExpression":
      case "NewExpression":
        index.calls.push(node);
        break;
      case "AssignmentExpression":
        index.assignments.push(node);
        break;
      default:
        break;
    }
    const keys = visitorKeys[node.type] ?? Object.keys(node).filter((key) => !SKIPPED_KEYS.has(key));
    for (let i = keys.length - 1; i >= 0; i -= 1) {
      const key = keys[i] as string;
      if (SKIPPED_KEYS.has(key)) continue;
      const child = node[key];
      if (Array.isArray(child)) {
        for (let j = child.length - 1; j >= 0; j -= 1) {
          const item: unknown = child[j];
          if (isNode(item)) stack.push(item);
        }
      } else if (isNode(child)) {
        stack.push(child);
      }
    }
  }
  // The walk is depth-first in source order already; keep it that way for stable reports.
  cache.set(program, index);
  return index;
}

function isNode(value: unknown): value is { type: string } {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}
