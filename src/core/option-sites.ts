import type { Rule, Scope, SourceCode } from "eslint";
import type * as ESTree from "estree";
import { findVariable, getStringIfConstant } from "../util/eslint-shared.js";
import { OPTION_SITES, type OptionSite } from "../data/recorder-options.js";
import type { VendorId } from "../data/vendors.js";
import { getNodeIndex } from "./node-index.js";
import { unwrap, type AnyNode } from "./option-values.js";
import { findRecorderCalls, findRecorderElements, mayReferenceRecorder, type RecorderReference } from "./recorder-references.js";

/**
 * The option objects recorder SDKs receive in a file: arguments of the calls that
 * `recorder-references` finds (matched against `OPTION_SITES`), the `options` prop of recorder JSX
 * components, the function `Sentry.lazyLoadIntegration('replayIntegration')` resolves to, and New
 * Relic's copy-paste snippet (`NREUM.init = {...}`), which configures by assignment, not by a call.
 */

export interface OptionsPassed {
  vendor: VendorId;
  /** The options expression as written at the call. */
  node: AnyNode;
  group: string | undefined;
  rootPath: readonly string[];
}

// New Relic's snippet global; the recorder table knows it only by its loader host.
const NREUM = "NREUM";
const NREUM_HINT = /\bNREUM\b/;
const GLOBAL_OBJECTS = new Set(["window", "globalThis", "self"]);

const SITES_BY_VENDOR_API = new Map<string, OptionSite[]>();
for (const site of OPTION_SITES) {
  const key = `${site.vendor}:${site.api}`;
  SITES_BY_VENDOR_API.set(key, [...(SITES_BY_VENDOR_API.get(key) ?? []), site]);
}

/** False when the file cannot pass options to any recorder (a text check; no tree walk). */
export function mayPassRecorderOptions(text: string): boolean {
  return mayReferenceRecorder(text) || NREUM_HINT.test(text);
}

/** The part of a JSX attribute we read (JSX types are not in @types/estree). */
interface JsxAttributeLike {
  type: string;
  name?: { type: string; name?: unknown };
  value?: { type: string; expression?: AnyNode } | null;
}

function siteFor(vendor: string, apiName: string, command: string | undefined, firstArgument: string | null): OptionSite | undefined {
  const sites = SITES_BY_VENDOR_API.get(`${vendor}:${apiName}`);
  if (!sites) return undefined;
  // Generic command-queue calls (`smartlook('record', ...)`) name their command in the first argument.
  const wanted = apiName === "command" ? (firstArgument ?? undefined) : command;
  return sites.find((site) => site.prop === undefined && site.command === wanted);
}

function argumentAt(node: ESTree.CallExpression | ESTree.NewExpression, index: number | undefined): AnyNode | null {
  if (index === undefined) return null;
  const argument = node.arguments[index];
  return argument && argument.type !== "SpreadElement" ? argument : null;
}

function passed(site: OptionSite, node: AnyNode): OptionsPassed {
  return { vendor: site.vendor, node, group: site.group, rootPath: site.rootPath ?? [] };
}

/**
 * The loaded replay integration: `const replayIntegration = await Sentry.lazyLoadIntegration(...)`,
 * or the parameter of `.then((replayIntegration) => ...)`. Calls of it receive replay options.
 */
function lazyIntegrationCalls(sourceCode: SourceCode, ref: RecorderReference): (ESTree.CallExpression)[] {
  let current = ref.node as Rule.Node;
  while (current.parent && (current.parent.type === "AwaitExpression" || (current.parent.type as string) === "TSAsExpression")) {
    current = current.parent;
  }
  const holder = current.parent;
  let binding: ESTree.Identifier | null = null;
  if (holder?.type === "VariableDeclarator" && holder.init === current && holder.id.type === "Identifier") binding = holder.id;
  else if (holder?.type === "MemberExpression" && holder.object === current) binding = thenParameter(holder);
  if (!binding) return [];
  const variable = findVariable(sourceCode.getScope(binding), binding);
  if (!variable) return [];
  const calls: ESTree.CallExpression[] = [];
  for (const reference of variable.references) {
    const parent = (reference.identifier as Rule.Node).parent;
    if (parent?.type === "CallExpression" && parent.callee === reference.identifier) calls.push(parent);
  }
  return calls;
}

/** The first parameter of the callback in `promise.then((value) => ...)`, when it is a plain name. */
function thenParameter(member: ESTree.MemberExpression & Rule.Node): ESTree.Identifier | null {
  if (member.computed || member.property.type !== "Identifier" || member.property.name !== "then") return null;
  const call = member.parent;
  if (call.type !== "CallExpression" || call.callee !== member) return null;
  const callback = call.arguments[0];
  if (callback?.type !== "ArrowFunctionExpression" && callback?.type !== "FunctionExpression") return null;
  const parameter = callback.params[0];
  return parameter?.type === "Identifier" ? parameter : null;
}

/** Whether `NREUM` here is the browser global, not a local binding. */
function isGlobalNreum(scope: Scope.Scope, identifier: ESTree.Identifier): boolean {
  const variable = findVariable(scope, identifier);
  return !variable || variable.defs.length === 0;
}

/** `NREUM` or `window.NREUM` (also `globalThis`/`self`). */
function nreumTarget(sourceCode: SourceCode, node: AnyNode): boolean {
  const expr = unwrap(node);
  if (expr.type === "Identifier") return expr.name === NREUM && isGlobalNreum(sourceCode.getScope(expr), expr);
  if (expr.type !== "MemberExpression" || expr.computed || expr.property.type !== "Identifier" || expr.property.name !== NREUM) return false;
  const owner = unwrap(expr.object);
  if (owner.type !== "Identifier" || !GLOBAL_OBJECTS.has(owner.name)) return false;
  return isGlobalNreum(sourceCode.getScope(owner), owner);
}

/** `NREUM = { init }`, `window.NREUM = { init }`, `NREUM.init = {...}`. */
function newRelicSnippets(sourceCode: SourceCode): OptionsPassed[] {
  const found: OptionsPassed[] = [];
  for (const node of getNodeIndex(sourceCode).assignments) {
    const assignment = node as unknown as ESTree.AssignmentExpression;
    if (assignment.operator !== "=") continue;
    const left = assignment.left as AnyNode;
    if (nreumTarget(sourceCode, left)) {
      found.push({ vendor: "newrelic", node: assignment.right, group: undefined, rootPath: [] });
    } else if (
      left.type === "MemberExpression" && !left.computed && left.property.type === "Identifier" &&
      left.property.name === "init" && nreumTarget(sourceCode, left.object)
    ) {
      found.push({ vendor: "newrelic", node: assignment.right, group: undefined, rootPath: ["init"] });
    }
  }
  return found;
}

/** Every options object passed to a recorder in the file, in source order of the calls. */
export function findRecorderOptions(sourceCode: SourceCode): OptionsPassed[] {
  const found: OptionsPassed[] = [];
  for (const ref of findRecorderCalls(sourceCode)) {
    if (ref.vendor === "sentry" && ref.api.name === "lazyLoadIntegration") {
      const replay = siteFor("sentry", "replayIntegration", undefined, null);
      for (const call of replay ? lazyIntegrationCalls(sourceCode, ref) : []) {
        const node = argumentAt(call, replay!.argument);
        if (node) found.push(passed(replay!, node));
      }
      continue;
    }
    const first = ref.node.arguments[0];
    const firstString = first && first.type !== "SpreadElement" ? getStringIfConstant(first) : null;
    const site = siteFor(ref.vendor, ref.api.name, ref.api.command, firstString);
    const node = site ? argumentAt(ref.node, site.argument) : null;
    if (site && node) found.push(passed(site, node));
  }
  for (const element of findRecorderElements(sourceCode)) {
    const site = SITES_BY_VENDOR_API.get(`${element.vendor}:${element.api.name}`)?.find((s) => s.prop !== undefined);
    if (!site) continue;
    for (const attribute of (element.node as unknown as { attributes: readonly JsxAttributeLike[] }).attributes) {
      if (attribute.type !== "JSXAttribute" || attribute.name?.type !== "JSXIdentifier" || attribute.name.name !== site.prop) continue;
      const expression = attribute.value?.type === "JSXExpressionContainer" ? attribute.value.expression : undefined;
      if (expression && expression.type !== ("JSXEmptyExpression" as string)) found.push(passed(site, expression));
    }
  }
  if (NREUM_HINT.test(sourceCode.text)) found.push(...newRelicSnippets(sourceCode));
  return found;
}
