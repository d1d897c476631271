import { Linter, type SourceCode } from "eslint";
import tsParser from "@typescript-eslint/parser";
import type * as ESTree from "estree";
import type { AnyNode } from "../../src/core/option-values.js";

export interface ProbeOptions {
  /** Parse with @typescript-eslint/parser instead of espree. */
  ts?: boolean;
  sourceType?: "module" | "script" | "commonjs";
  globals?: Record<string, "readonly" | "writable">;
}

/**
 * Lints `code` (JSX on) with a one-off rule that calls `probe` with the file's SourceCode at
 * `Program:exit`, when scopes are ready, and returns what it returned. A parse error throws.
 */
export function withSourceCode<T>(code: string, probe: (sourceCode: SourceCode) => T, options: ProbeOptions = {}): T {
  let result: { value: T } | null = null;
  const linter = new Linter({ configType: "flat" });
  const messages = linter.verify(code, [
    {
      languageOptions: {
        ...(options.ts ? { parser: tsParser } : {}),
        sourceType: options.sourceType ?? "module",
        ecmaVersion: "latest",
        parserOptions: { ecmaFeatures: { jsx: true } },
        globals: options.globals ?? {},
      },
      plugins: {
        probe: {
          rules: {
            run: {
              create(context) {
                return {
                  "Program:exit"() {
                    result = { value: probe(context.sourceCode as SourceCode) };
                  },
                };
              },
            },
          },
        },
      },
      rules: { "probe/run": "error" },
    },
  ]);
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(fatal.message);
  if (!result) throw new Error("the probe did not run");
  return (result as { value: T }).value;
}

/** The `missingConsent` report of require-consent for `vendor` at a location. */
export const missingConsent = (vendor: string, line: number, column: number, endLine: number, endColumn: number) => ({
  messageId: "missingConsent",
  data: { vendor },
  line,
  column,
  endLine,
  endColumn,
});

/** The initialiser of the last `const target = ...` in the file, with its SourceCode. */
export function withTarget<T>(code: string, check: (target: AnyNode, sourceCode: SourceCode) => T, options: ProbeOptions = {}): T {
  return withSourceCode(
    code,
    (sourceCode) => {
      let target: AnyNode | null = null;
      const stack: unknown[] = [sourceCode.ast];
      while (stack.length > 0) {
        const node = stack.pop() as Record<string, unknown> & { type: string };
        if (node.type === "VariableDeclarator") {
          const declarator = node as unknown as ESTree.VariableDeclarator;
          if (declarator.id.type === "Identifier" && declarator.id.name === "target" && declarator.init && (!target || (declarator.init.range?.[0] ?? 0) > (target.range?.[0] ?? 0))) {
            target = declarator.init;
          }
        }
        for (const key of sourceCode.visitorKeys[node.type] ?? []) {
          const child = node[key];
          if (Array.isArray(child)) stack.push(...child.filter((c: unknown) => c !== null && typeof c === "object"));
          else if (child !== null && typeof child === "object") stack.push(child);
        }
      }
      if (!target) throw new Error("no `const target = ...` in the code");
      return check(target, sourceCode);
    },
    options,
  );
}
