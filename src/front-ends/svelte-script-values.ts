/**
 * What a Svelte component's script assigns to its variables, so that markup bound to one
 * (`<input {type}>`) can be read by the values it may hold. Svelte's own show-password idiom binds
 * `type` this way, since `type={...}` cannot sit beside `bind:value`:
 * `$: type = showPassword ? "text" : "password"`, or `let type = "password"` flipped in a handler.
 */

type Range = [number, number];

interface ScriptNode {
  type: string;
  range: Range;
  [key: string]: unknown;
}

/** Ranges of every expression the script's code assigns to each variable (declarations, `=`, `$:`). */
export type ScriptAssignments = ReadonlyMap<string, readonly Range[]>;

/** Bounds the walk over a long script. */
const MAX_NODES = 20_000;

function isNode(value: unknown): value is ScriptNode {
  return value !== null && typeof value === "object" && typeof (value as ScriptNode).type === "string" && Array.isArray((value as ScriptNode).range);
}

function identifierName(node: unknown): string | null {
  return isNode(node) && node.type === "Identifier" && typeof node.name === "string" ? node.name : null;
}

/** Collects the assignments in the `<script>` elements of a svelte-eslint-parser program. */
export function scriptAssignments(program: unknown): ScriptAssignments {
  const found = new Map<string, Range[]>();
  const add = (name: string | null, value: unknown): void => {
    if (name === null || !isNode(value)) return;
    const ranges = found.get(name) ?? [];
    ranges.push(value.range);
    found.set(name, ranges);
  };
  const body = isNode(program) && Array.isArray(program.body) ? (program.body as unknown[]) : [];
  const stack: unknown[] = body.filter((node) => isNode(node) && node.type === "SvelteScriptElement");
  let visited = 0;
  while (stack.length > 0 && visited < MAX_NODES) {
    const node = stack.pop();
    if (!isNode(node)) continue;
    visited++;
    if (node.type === "VariableDeclarator") add(identifierName(node.id), node.init);
    else if (node.type === "AssignmentExpression" && node.operator === "=") add(identifierName(node.left), node.right);
    for (const [key, value] of Object.entries(node)) {
      if (key === "parent" || key === "loc" || key === "range") continue;
      if (Array.isArray(value)) stack.push(...(value as unknown[]));
      else if (isNode(value)) stack.push(value);
    }
  }
  return found;
}
