import type { Field } from "../core/field.js";
import type { RuleContext, RuleListener } from "../util/create-rule.js";
import type { PluginSettings } from "../util/settings.js";
import { jsxFieldVisitor } from "./jsx/index.js";

type AnyContext = RuleContext<readonly unknown[], string>;

/** Combines visitors so that several front ends can listen to the same node type. */
export function mergeVisitors(...visitors: RuleListener[]): RuleListener {
  const merged: RuleListener = {};
  for (const visitor of visitors) {
    for (const [key, handler] of Object.entries(visitor)) {
      if (!handler) continue;
      const previous = merged[key];
      merged[key] = previous
        ? (node: unknown) => {
            previous(node);
            handler(node);
          }
        : handler;
    }
  }
  return merged;
}

/**
 * Every front end's field visitor for this file's language. Rules get `Field`s and never see
 * which syntax they came from.
 */
export function fieldVisitors(context: AnyContext, settings: PluginSettings, onFields: (fields: Field[]) => void): RuleListener {
  const sourceCode = context.sourceCode as unknown as { getScope?: (node: unknown) => never };
  const visitors: RuleListener[] = [];
  if (typeof sourceCode.getScope === "function") {
    visitors.push(jsxFieldVisitor({ ...settings, sourceCode: sourceCode as never }, onFields));
  }
  return mergeVisitors(...visitors);
}
