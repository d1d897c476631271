/**
 * Recorder starts in a JS/TS/JSX file: where a session recorder begins recording.
 *
 * Sources, each reported once:
 * - SDK calls found by reference (`LogRocket.init`, `posthog.init` unless recording is off,
 *   `datadogRum.init` with a replay sample rate, `FS('start')`...), with their options read for
 *   switches that turn replay off or defer it until consent;
 * - replay plugins (Sentry `replayIntegration()` / `new Replay()`, Amplitude `sessionReplayPlugin()`),
 *   reported at the plugin, gated when the plugin or every call that receives it is gated;
 * - recorder components (`<PostHogProvider apiKey=...>`);
 * - loaders that inject a script host which records on load (`s.src = 'https://static.hotjar.com/...'`,
 *   the Hotjar/Clarity IIFEs, `<Script src="https://www.clarity.ms/tag/...">`);
 * - snippet code inside strings that become script content (`dangerouslySetInnerHTML`, `innerHTML`).
 */
import type { Rule, SourceCode } from "eslint";
import type * as ESTree from "estree";
import { findVariable, getStaticValue } from "../util/eslint-shared.js";
import { GLOBAL_OBJECT_NAMES, RECORDER_SDKS, type OptionSwitch, type RecorderApi, type RecorderSdk, type RecorderVendorId, type StartOptions } from "../data/recorder-sdks.js";
import type { ConsentConditions } from "./consent-conditions.js";
import { calleeName, isFunction, unwrap } from "./consent-conditions.js";
import { scriptMarkupVerdict, type MarkupVerdict, type ScriptAttribute } from "./consent-markup.js";
import { classifyCategory, classifyName } from "./consent-names.js";
import { scriptTextHasConsentGate } from "./consent-text.js";
import { getNodeIndex } from "./node-index.js";
import { findRecorderCalls, findRecorderElements, NUXT_REGISTRY_HINT, type RecorderReference } from "./recorder-references.js";
import { looksLikeCode, makesScriptInert, matchHost, mayHoldSnippet, scanSnippetText, snippetStartBefore, textDefers } from "./recorder-snippets.js";
import { memberKey, propertyKey } from "./estree-keys.js";
import { encloses } from "../util/source-location.js";

export type StartKind = "call" | "plugin" | "element" | "loader" | "snippet";

export interface RecorderStart {
  sdk: RecorderSdk;
  kind: StartKind;
  /** Where to report. */
  node: Rule.Node;
  /** The start is gated when `node` is gated, or when every one of these is (e.g. the calls that use a plugin). */
  consumers: readonly Rule.Node[];
  /** Where dominance is checked when it differs from `node` (the host string inside a snippet). */
  gateAt?: Rule.Node;
  /**
   * Reported there instead of at `node`: where the snippet's code begins, when it is held in a string
   * (`<Script>{`\n(function(c,l,a...`); the `Sentry.init` call that receives a replay integration.
   */
  codeRange?: [number, number];
  /** The API role for SDK calls (`start`, `resume`, `grant`...), null for loaders and snippets. */
  role?: RecorderApi["role"] | null;
  /** Options or markup already keep it behind consent (not reported). */
  gatedBy: "option" | "markup" | "text" | null;
  /** Markup that runs without consent despite a CMP attribute (category mismatch, `ignore`). */
  markup: MarkupVerdict | null;
}

export interface StartOptionsContext {
  sourceCode: SourceCode;
  conditions: ConsentConditions;
  vendors: ReadonlySet<RecorderVendorId> | null;
  guards: ReadonlySet<string>;
}

type OptionResult = "records" | "off" | "deferred" | "gated" | "unknown";

const SCRIPT_ELEMENT = /^script$/i;
const LOADER_CALLEE = /script|inject|loadjs|^load$|^include/i;
const SCRIPT_LIST_KEY = /^scripts?$/i;
const SRC_KEY = /^(?:src|_fs_script|scriptUrl|scriptSrc|script_url|__ls_script_url)$/i;
const CONTENT_KEYS = new Set(["__html", "innerHTML", "textContent", "innerText", "text", "children"]);
const HTML_INSERT_CALLEES = new Set(["write", "writeln", "append", "prepend", "html", "after", "before", "insertAdjacentHTML", "createContextualFragment", "createTextNode"]);
const SCRIPT_CREATION = /createElement\s*\(|\.src\s*=|setAttribute\s*\(\s*['"]src/;

export function collectRecorderStarts(ctx: StartOptionsContext): RecorderStart[] {
  const { sourceCode } = ctx;
  const references = findRecorderCalls(sourceCode).filter((ref) => !ctx.vendors || ctx.vendors.has(ref.vendor));
  const starts: RecorderStart[] = [];
  const apiVendors = new Set<RecorderVendorId>();

  const deferredVendors = new Set<RecorderVendorId>();
  for (const ref of references) {
    const start = startFromReference(ref, references, ctx);
    if (start === "deferred") deferredVendors.add(ref.vendor);
    if (start !== null && start !== "deferred") starts.push(start);
    if (ref.api.role === "start" || ref.api.role === "resume" || ref.api.role === "integration") apiVendors.add(ref.vendor);
  }
  // A vendor's own consent grant starts a deferred recorder (`posthog.opt_in_capturing()`).
  for (const ref of references) {
    if (ref.api.role !== "grant" || !deferredVendors.has(ref.vendor)) continue;
    if (ref.vendor === "datadog" && staticString(ref.node.arguments[0], sourceCode) !== "granted") continue;
    starts.push({ sdk: ref.sdk, kind: "call", role: "grant", node: ref.node, consumers: [], gatedBy: null, markup: null });
  }

  for (const element of findRecorderElements(sourceCode)) {
    if (ctx.vendors && !ctx.vendors.has(element.vendor)) continue;
    const start = startFromElement(element.node, element.sdk, element.api, ctx);
    if (start) {
      starts.push(start);
      apiVendors.add(element.vendor);
    }
  }

  starts.push(...stringStarts(ctx, apiVendors), ...snippetConfigStarts(ctx, apiVendors), ...nuxtRegistryStarts(ctx), ...nuxtModuleStarts(ctx), ...sitePluginStarts(ctx));
  return dedupe(starts).sort((a, b) => (a.node.range?.[0] ?? 0) - (b.node.range?.[0] ?? 0));
}

// SDK calls --------------------------------------------------------------------------------------

function startFromReference(ref: RecorderReference, all: readonly RecorderReference[], ctx: StartOptionsContext): RecorderStart | "deferred" | null {
  const { api } = ref;
  switch (api.role) {
    case "start": {
      const result = api.options ? evaluateOptions(optionsArgument(ref.node, api.options, ctx.sourceCode), api.options, ctx, false) : "records";
      return fromResult(result, ref.sdk, "call", ref.node, []);
    }
    case "resume":
      return { sdk: ref.sdk, kind: "call", role: "resume", node: ref.node, consumers: [], gatedBy: null, markup: null };
    case "integration":
      return startFromPlugin(ref, all, ctx);
    default:
      return null;
  }
}

function fromResult(result: OptionResult, sdk: RecorderSdk, kind: StartKind, node: Rule.Node, consumers: Rule.Node[]): RecorderStart | "deferred" | null {
  if (result === "off" || result === "unknown") return null;
  if (result === "deferred") return "deferred";
  return { sdk, kind, node, consumers, gatedBy: result === "gated" ? "option" : null, markup: null };
}

function startFromPlugin(ref: RecorderReference, all: readonly RecorderReference[], ctx: StartOptionsContext): RecorderStart | "deferred" | null {
  const { api } = ref;
  if (api.name === "lazyLoadIntegration" && staticString(ref.node.arguments[0], ctx.sourceCode) !== "replayIntegration") return null;
  const consumers = consumerCalls(ref.node, ctx.sourceCode);
  let result: OptionResult = api.options ? evaluateOptions(optionsArgument(ref.node, api.options, ctx.sourceCode), api.options, ctx, false) : "records";
  if (result === "records" && ref.vendor === "sentry") result = sentryRates(ref, consumers, all, ctx);
  const start = fromResult(result, ref.sdk, "plugin", ref.node, consumers);
  if (start === null || start === "deferred") return start;
  // `Sentry.init({ integrations: [replayIntegration()] })` starts the replay: the report points at the
  // `init` call, where a reader looks for it (the integration's own call only configures it).
  const host = ref.vendor === "sentry" ? all.find((other) => other.vendor === "sentry" && other.api.name === "init" && consumers.includes(other.node)) : undefined;
  const hostCallee = host?.node.type === "CallExpression" ? host.node.callee : undefined;
  return hostCallee?.range ? { ...start, codeRange: hostCallee.range } : start;
}

/**
 * Sentry records replays only with a non-zero session or on-error sample rate, read from the
 * `init` that receives the integration (or any `init` in the file); v7's integration options
 * `sessionSampleRate` / `errorSampleRate` count too.
 */
function sentryRates(ref: RecorderReference, consumers: readonly Rule.Node[], all: readonly RecorderReference[], ctx: StartOptionsContext): OptionResult {
  const inits = all.filter((other) => other.vendor === "sentry" && other.api.name === "init");
  const host = inits.find((init) => consumers.includes(init.node)) ?? (inits.length === 1 ? inits[0] : undefined);
  const ownOptions = optionsArgument(ref.node, { argument: 0 }, ctx.sourceCode);
  const own = evaluateOptions(ownOptions, { argument: 0, requiresAny: [["sessionSampleRate"], ["errorSampleRate"]] }, ctx, true);
  if (own === "records" || own === "gated") return own;
  if (!host || !host.api.options) return "records";
  const hostOptions = optionsArgument(host.node, host.api.options, ctx.sourceCode);
  if (hostOptions === null && host.node.arguments.length > 0) return "records"; // options we cannot see
  // The integration is there on purpose: rates the file cannot see are assumed to record.
  const result = evaluateOptions(hostOptions, host.api.options, ctx, true);
  return result === "unknown" ? "records" : result;
}

/** Calls that receive a plugin value: `init({ integrations: [plugin] })`, `add(plugin)`, through consts. */
function consumerCalls(node: Rule.Node, sourceCode: SourceCode, depth = 0): Rule.Node[] {
  const found: Rule.Node[] = [];
  let current: Rule.Node = node;
  for (;;) {
    const parent: Rule.Node | null = current.parent;
    if (!parent) break;
    const type = parent.type as string;
    if (type === "CallExpression" || type === "NewExpression") {
      if ((parent as ESTree.CallExpression).callee !== current) found.push(parent);
      break;
    }
    if (type === "VariableDeclarator" && (parent as ESTree.VariableDeclarator).init === current && depth < 2) {
      const id = (parent as ESTree.VariableDeclarator).id;
      if (id.type === "Identifier") {
        const variable = findVariable(sourceCode.getScope(parent), id);
        for (const ref of variable?.references ?? []) {
          if (ref.init || !ref.isRead()) continue;
          found.push(...consumerCalls(ref.identifier as Rule.Node, sourceCode, depth + 1));
        }
      }
      break;
    }
    if (
      type === "ArrayExpression" ||
      type === "ObjectExpression" ||
      type === "Property" ||
      type === "SpreadElement" ||
      type === "ConditionalExpression" ||
      type === "LogicalExpression" ||
      type === "ArrowFunctionExpression" ||
      type === "ReturnStatement" ||
      type === "BlockStatement" ||
      type === "ChainExpression" ||
      type === "TSAsExpression" ||
      type === "AwaitExpression"
    ) {
      current = parent;
      continue;
    }
    break;
  }
  return found;
}

// JSX components ---------------------------------------------------------------------------------

function startFromElement(opening: Rule.Node, sdk: RecorderSdk, api: RecorderApi, ctx: StartOptionsContext): RecorderStart | null {
  const attributes = jsxAttributes(opening);
  // <PostHogProvider client={posthog}> reuses a client initialised elsewhere.
  if (api.name === "PostHogProvider" && !attributes.has("apiKey")) return null;
  const spec = api.options;
  let result: OptionResult = "records";
  if (spec?.prop) {
    const value = attributes.get(spec.prop);
    const expr = value && (value.type as string) === "JSXExpressionContainer" ? (value as unknown as { expression: ESTree.Node }).expression : null;
    result = evaluateOptions(expr ? resolveObject(expr, ctx.sourceCode) : null, spec, ctx, false);
  } else if (spec) {
    result = propSwitches(attributes, spec, ctx);
  }
  const start = fromResult(result, sdk, "element", opening, []);
  return start === "deferred" ? null : start;
}

// Options ----------------------------------------------------------------------------------------

function optionsArgument(node: ESTree.CallExpression | ESTree.NewExpression, spec: StartOptions, sourceCode: SourceCode): ESTree.ObjectExpression | null {
  const arg = node.arguments[spec.argument];
  if (!arg || arg.type === "SpreadElement") return null;
  return resolveObject(arg, sourceCode);
}

function resolveObject(node: ESTree.Node, sourceCode: SourceCode, depth = 0): ESTree.ObjectExpression | null {
  const expr = unwrap(node);
  if (expr.type === "ObjectExpression") return expr;
  if (depth >= 3) return null;
  if (expr.type === "Identifier") {
    const variable = findVariable(sourceCode.getScope(expr), expr);
    const def = variable?.defs[0];
    if (def?.type === "Variable") {
      const init = (def.node).init;
      if (init) return resolveObject(init, sourceCode, depth + 1);
    }
  }
  // `...configForConsent()`: a local function that returns the options (PostHog's consent example).
  if (expr.type === "CallExpression" && expr.callee.type === "Identifier") {
    const fn = localFunction(expr.callee, sourceCode);
    const returned = fn ? returnedExpression(fn) : null;
    if (returned) return resolveObject(returned, sourceCode, depth + 1);
  }
  return null;
}

/** The function a name is declared as in this file (`function f() {}`, `const f = () => ...`). */
function localFunction(name: ESTree.Identifier, sourceCode: SourceCode): ESTree.Function | null {
  const def = findVariable(sourceCode.getScope(name), name)?.defs[0];
  if (def?.type === "FunctionName") return def.node;
  const init = def?.type === "Variable" ? def.node.init : null;
  return init && isFunction(init) ? init : null;
}

type PropertyLookup = { kind: "found"; value: ESTree.Node } | { kind: "absent" } | { kind: "unknown" };

function lookup(object: ESTree.ObjectExpression, path: readonly string[], sourceCode: SourceCode): PropertyLookup {
  let current: ESTree.ObjectExpression = object;
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i] as string;
    let value: ESTree.Node | null = null;
    let spreadUnknown = false;
    for (const property of current.properties) {
      if (property.type === "SpreadElement") {
        const spread = resolveObject(property.argument, sourceCode);
        if (!spread) {
          spreadUnknown = true;
          continue;
        }
        const inner = lookup(spread, [key], sourceCode);
        if (inner.kind === "found") value = inner.value;
        else if (inner.kind === "unknown") spreadUnknown = true;
        continue;
      }
      const name = property.computed ? null : property.key.type === "Identifier" ? property.key.name : property.key.type === "Literal" ? String(property.key.value) : null;
      if (name === key) value = property.value;
    }
    if (value === null) return spreadUnknown ? { kind: "unknown" } : { kind: "absent" };
    if (i === path.length - 1) return { kind: "found", value };
    const next = resolveObject(value, sourceCode);
    if (!next) return { kind: "unknown" };
    current = next;
  }
  return { kind: "absent" };
}

/**
 * Reads a start call's options:
 * - `off`: replay is off here (`disable_session_recording: true`, no replay sample rate);
 * - `deferred`: recording waits for consent (`opt_out_capturing_by_default: true`);
 * - `gated`: an option's value depends on consent (`trackingConsent: consent ? 'granted' : 'not-granted'`);
 * - `unknown`: the options cannot be seen and recording needs an explicit option.
 */
function evaluateOptions(object: ESTree.ObjectExpression | null, spec: StartOptions, ctx: StartOptionsContext, hostRates: boolean): OptionResult {
  const { sourceCode } = ctx;
  let gated = false;
  if (spec.requiresAny && spec.requiresAny.length > 0) {
    if (!object) return hostRates ? "off" : "unknown";
    // Recording needs one of these options; options hidden behind a spread leave it unknown.
    let any: OptionResult = "off";
    for (const path of spec.requiresAny) {
      const found = lookup(object, path, sourceCode);
      if (found.kind === "unknown") {
        if (any === "off") any = "unknown";
        continue;
      }
      if (found.kind === "absent") continue;
      const value = valueResult(found.value, { path, values: [0, false], zero: true }, ctx);
      if (value === "records") any = "records";
      else if (value === "gated" && any !== "records") any = "gated";
    }
    if (any === "off" || any === "unknown") return any;
    if (any === "gated") gated = true;
  }
  if (object) {
    for (const option of spec.off ?? []) {
      const found = lookup(object, option.path, sourceCode);
      if (found.kind !== "found") continue;
      const value = valueResult(found.value, option, ctx);
      if (value === "off") return "off";
      if (value === "gated") gated = true;
    }
    for (const option of spec.defer ?? []) {
      const found = lookup(object, option.path, sourceCode);
      if (found.kind !== "found") continue;
      const value = valueResult(found.value, option, ctx);
      if (value === "off") return "deferred";
      if (value === "gated") gated = true;
    }
  }
  return gated ? "gated" : "records";
}

/** Whether an option's value switches recording off, depends on consent, or records. */
function valueResult(node: ESTree.Node, option: OptionSwitch, ctx: StartOptionsContext): "off" | "gated" | "records" {
  const expr = unwrap(node);
  if (option.trigger && readsConsentValue(expr, ctx)) return "gated";
  if (option.callback) {
    if (!isFunction(expr)) return "records";
    const returned = returnedExpression(expr);
    return returned && ctx.conditions.whenTrue(returned) ? "gated" : "records";
  }
  const isOff = (value: unknown): boolean => {
    if (option.zero && (value === 0 || value === "0" || value === false)) return true;
    return (option.values ?? []).some((candidate) => candidate === value);
  };
  const value = staticValue(expr, ctx.sourceCode);
  if (value !== undefined) return isOff(value.value) ? "off" : "records";
  if (expr.type === "ConditionalExpression") {
    const whenYes = valueResult(expr.consequent, option, ctx);
    const whenNo = valueResult(expr.alternate, option, ctx);
    if (whenYes === whenNo) return whenYes;
    if (whenYes !== "off" && whenNo === "off") return ctx.conditions.whenTrue(expr.test) ? "gated" : "records";
    if (whenYes === "off" && whenNo !== "off") return ctx.conditions.whenFalse(expr.test) ? "gated" : "records";
    return "records";
  }
  // Boolean-ish switches: `disable_session_recording: !consent`, `sessionReplaySampleRate: consent && 100`.
  const offWhenTruthy = (option.values ?? []).some((candidate) => candidate === true);
  const offWhenFalsy = option.zero === true || (option.values ?? []).some((candidate) => candidate === false);
  if (offWhenTruthy && ctx.conditions.whenFalse(expr)) return "gated";
  if (offWhenFalsy && ctx.conditions.whenTrue(expr)) return "gated";
  // The visitor's consent state passed as it is (`trackingConsent: getConsent()`).
  if (option.consentState && readsConsentValue(expr, ctx)) return "gated";
  return "records";
}

function returnedExpression(fn: ESTree.Function): ESTree.Node | null {
  if (fn.body.type !== "BlockStatement") return fn.body;
  const last = fn.body.body[fn.body.body.length - 1];
  return last?.type === "ReturnStatement" && last.argument ? last.argument : null;
}

function staticValue(node: ESTree.Node, sourceCode: SourceCode): { value: unknown } | undefined {
  const expr = unwrap(node);
  if (expr.type === "Literal") return { value: expr.value };
  if (expr.type === "UnaryExpression" && expr.operator === "!" && expr.argument.type === "Literal") return { value: !expr.argument.value };
  const result = getStaticValue(expr, sourceCode.getScope(expr));
  return result ? { value: result.value } : undefined;
}

function staticString(node: ESTree.Node | ESTree.SpreadElement | undefined, sourceCode: SourceCode): string | null {
  if (!node || node.type === "SpreadElement") return null;
  const value = staticValue(node, sourceCode);
  return typeof value?.value === "string" ? value.value : null;
}

// Loaders and snippet strings --------------------------------------------------------------------

function stringStarts(ctx: StartOptionsContext, apiVendors: ReadonlySet<RecorderVendorId>): RecorderStart[] {
  const { sourceCode } = ctx;
  const starts: RecorderStart[] = [];
  for (const node of getNodeIndex(sourceCode).strings) {
    const text = stringText(node);
    if (text === null || !mayHoldSnippet(text)) continue;
    const code = looksLikeCode(text);
    const direct = code && isScriptContent(node);
    // `const content = `...`; <Script>{content}</Script>`: the variable's use is the script content.
    const use = code && !direct ? scriptContentUse(node, sourceCode) : null;
    if (direct || use !== null) {
      const script = enclosingJsxScript(use ?? node);
      const gatedByText = scriptTextHasConsentGate(text, ctx.guards);
      for (const match of scanSnippetText(text, ctx.vendors ?? undefined)) {
        if (match.status === "deferred") continue;
        const inTag = script !== null || use !== null || isTagDescriptionContent(node);
        const reportNode = inTag ? valueRoot(node) : reportNodeFor(node);
        const codeRange = inTag ? snippetCodeRange(sourceCode.text, valueRoot(node), match.sdk.id) : undefined;
        const start: RecorderStart = { sdk: match.sdk, kind: "snippet", node: script && !use ? script : reportNode, gateAt: use ?? node, consumers: [], gatedBy: gatedByText ? "text" : null, markup: null, ...(codeRange ? { codeRange } : {}) };
        starts.push(withMarkup(start, script));
      }
      continue;
    }
    const host = matchHost(text, ctx.vendors ?? undefined);
    if (!host || !host.autostart || apiVendors.has(host.sdk.id)) continue;
    if (!hasLoaderEvidence(node, sourceCode)) continue;
    if (textDefers(host.sdk, sourceCode.text) || makesScriptInert(sourceCode.text)) continue;
    const script = enclosingJsxScript(node);
    const gatedBy = loaderTriggeredByConsent(node, ctx) ? "option" : null;
    starts.push(withMarkup({ sdk: host.sdk, kind: "loader", node: script ?? reportNodeFor(node), gateAt: node, consumers: [], gatedBy, markup: null }, script));
  }
  return starts;
}

/**
 * A vendor snippet pasted as code, found by its configuration global (`window["_fs_org"] = "36A30"`)
 * when the file also holds the path it loads. Reported at the assignment.
 */
function snippetConfigStarts(ctx: StartOptionsContext, apiVendors: ReadonlySet<RecorderVendorId>): RecorderStart[] {
  const { sourceCode } = ctx;
  const starts: RecorderStart[] = [];
  for (const sdk of RECORDER_SDKS) {
    const config = sdk.snippet?.config;
    if (!config || apiVendors.has(sdk.id) || (ctx.vendors && !ctx.vendors.has(sdk.id))) continue;
    if (!sourceCode.text.includes(config.global) || !sourceCode.text.includes(config.loader) || textDefers(sdk, sourceCode.text)) continue;
    const assignment = globalAssignments(sourceCode, config.global)[0];
    if (assignment) starts.push({ sdk, kind: "snippet", node: assignment, consumers: [], gatedBy: null, markup: null });
  }
  return starts;
}

/** Where nuxt.config holds the registry: at the top and in its environment overrides. */
const NUXT_REGISTRY_PATHS: readonly (readonly string[])[] = [
  ["scripts", "registry"],
  ...["$production", "$development", "$test"].map((env) => [env, "scripts", "registry"]),
];

/**
 * Recorders that nuxt.config loads through @nuxt/scripts' registry: `defineNuxtConfig({ scripts:
 * { registry: { clarity: { id } } } })`, reported at the registry entry. A `"manual"` trigger (the
 * app calls `.load()` later) defers it; an entry holding only a string (`"mock"`) loads nothing.
 */
function nuxtRegistryStarts(ctx: StartOptionsContext): RecorderStart[] {
  const { sourceCode } = ctx;
  if (!NUXT_REGISTRY_HINT.test(sourceCode.text)) return [];
  const byKey = new Map(RECORDER_SDKS.filter((sdk) => sdk.nuxtRegistryKey && (!ctx.vendors || ctx.vendors.has(sdk.id))).map((sdk) => [sdk.nuxtRegistryKey!, sdk]));
  const starts: RecorderStart[] = [];
  for (const call of getNodeIndex(sourceCode).calls) {
    const config = (call as unknown as ESTree.CallExpression).arguments[0];
    if (calleeName(call as unknown as ESTree.CallExpression) !== "defineNuxtConfig" || config?.type !== "ObjectExpression") continue;
    for (const path of NUXT_REGISTRY_PATHS) {
      const registry = objectFound(lookup(config, path, sourceCode), sourceCode);
      for (const entry of registry?.properties ?? []) {
        const sdk = entry.type === "Property" ? byKey.get(propertyKey(entry) ?? "") : undefined;
        if (!sdk || entry.type !== "Property" || registryEntryWaits(entry.value as ESTree.Expression, sourceCode)) continue;
        starts.push({ sdk, kind: "loader", node: entry as unknown as Rule.Node, consumers: [], gatedBy: null, markup: null });
      }
    }
  }
  return starts;
}

/** Where nuxt.config lists its modules (`buildModules` in Nuxt 2). */
const NUXT_MODULE_KEYS: readonly string[] = ["modules", "buildModules"];
/** Every recorder's Nuxt modules, for the text check before the config is read. */
const NUXT_MODULE_NAMES: readonly string[] = RECORDER_SDKS.flatMap((sdk) => sdk.nuxtModules ?? []);

/** nuxt.config's objects: `defineNuxtConfig({...})`, and Nuxt 2's `export default {...}`. */
function nuxtConfigObjects(sourceCode: SourceCode): ESTree.ObjectExpression[] {
  const configs: ESTree.ObjectExpression[] = [];
  for (const call of getNodeIndex(sourceCode).calls) {
    const config = (call as unknown as ESTree.CallExpression).arguments[0];
    if (calleeName(call as unknown as ESTree.CallExpression) === "defineNuxtConfig" && config?.type === "ObjectExpression") configs.push(config);
  }
  for (const statement of sourceCode.ast.body) {
    if (statement.type === "ExportDefaultDeclaration" && statement.declaration.type === "ObjectExpression") configs.push(statement.declaration);
  }
  return configs;
}

/**
 * Recorders that a Nuxt module loads on every page: `defineNuxtConfig({ modules: ["nuxt-module-hotjar"] })`
 * or `["@yabhq/nuxt-hotjar", { hjid }]`, reported at the module's entry. The config runs at build time,
 * so no consent check can gate it there.
 */
function nuxtModuleStarts(ctx: StartOptionsContext): RecorderStart[] {
  const { sourceCode } = ctx;
  if (!NUXT_MODULE_NAMES.some((name) => sourceCode.text.includes(name))) return [];
  const byModule = new Map(RECORDER_SDKS.filter((sdk) => !ctx.vendors || ctx.vendors.has(sdk.id)).flatMap((sdk) => (sdk.nuxtModules ?? []).map((name) => [name, sdk] as const)));
  const starts: RecorderStart[] = [];
  for (const config of nuxtConfigObjects(sourceCode)) {
    for (const key of NUXT_MODULE_KEYS) {
      const found = lookup(config, [key], sourceCode);
      if (found.kind !== "found" || found.value.type !== "ArrayExpression") continue;
      for (const element of found.value.elements) {
        const entry = element?.type === "ArrayExpression" ? element.elements[0] : element;
        const name = entry && entry.type !== "SpreadElement" ? staticString(entry, sourceCode) : null;
        const sdk = name === null ? undefined : byModule.get(name);
        if (sdk && element) starts.push({ sdk, kind: "loader", node: element as unknown as Rule.Node, consumers: [], gatedBy: null, markup: null });
      }
    }
  }
  return starts;
}

/** Every recorder's Gatsby and Docusaurus plugins, for the text check before the config is read. */
const SITE_PLUGIN_NAMES: readonly string[] = RECORDER_SDKS.flatMap((sdk) => sdk.sitePlugins ?? []);

/** A site config's object: `module.exports = {...}` (Gatsby), `export default config` (Docusaurus), also through a `const`. */
function siteConfigObjects(sourceCode: SourceCode): ESTree.ObjectExpression[] {
  const configs: ESTree.ObjectExpression[] = [];
  for (const statement of sourceCode.ast.body) {
    const exported =
      statement.type === "ExportDefaultDeclaration" ? statement.declaration
      : statement.type === "ExpressionStatement" && statement.expression.type === "AssignmentExpression" && isModuleExports(statement.expression.left) ? statement.expression.right
      : null;
    const config = exported && exported.type !== "FunctionDeclaration" && exported.type !== "ClassDeclaration" ? resolveObject(exported, sourceCode) : null;
    if (config) configs.push(config);
  }
  return configs;
}

function isModuleExports(node: ESTree.Node): boolean {
  return node.type === "MemberExpression" && node.object.type === "Identifier" && node.object.name === "module" && memberKey(node) === "exports";
}

/** A `plugins` entry's package: `"name"`, `["name", options]` (Docusaurus), `{ resolve: "name", options }` (Gatsby). */
function sitePluginName(entry: ESTree.Expression | ESTree.SpreadElement, sourceCode: SourceCode): string | null {
  if (entry.type === "SpreadElement") return null;
  if (entry.type === "ArrayExpression") return entry.elements[0] ? staticString(entry.elements[0], sourceCode) : null;
  if (entry.type === "ObjectExpression") {
    const resolve = lookup(entry, ["resolve"], sourceCode);
    return resolve.kind === "found" ? staticString(resolve.value, sourceCode) : null;
  }
  return staticString(entry, sourceCode);
}

/**
 * Recorders that a Gatsby or Docusaurus plugin puts on every page: `plugins: [{ resolve: "gatsby-plugin-hotjar" }]`
 * in gatsby-config, reported at the plugin's entry. The config is read at build time, so no consent
 * check can gate it there (a consent plugin such as gatsby-plugin-gdpr-cookies loads its own tags).
 */
function sitePluginStarts(ctx: StartOptionsContext): RecorderStart[] {
  const { sourceCode } = ctx;
  if (!SITE_PLUGIN_NAMES.some((name) => sourceCode.text.includes(name))) return [];
  const byPlugin = new Map(RECORDER_SDKS.filter((sdk) => !ctx.vendors || ctx.vendors.has(sdk.id)).flatMap((sdk) => (sdk.sitePlugins ?? []).map((name) => [name, sdk] as const)));
  const starts: RecorderStart[] = [];
  for (const config of siteConfigObjects(sourceCode)) {
    const found = lookup(config, ["plugins"], sourceCode);
    if (found.kind !== "found" || found.value.type !== "ArrayExpression") continue;
    for (const element of found.value.elements) {
      const name = element ? sitePluginName(element, sourceCode) : null;
      const sdk = name === null ? undefined : byPlugin.get(name);
      if (sdk && element) starts.push({ sdk, kind: "loader", node: element as unknown as Rule.Node, consumers: [], gatedBy: null, markup: null });
    }
  }
  return starts;
}

function objectFound(found: PropertyLookup, sourceCode: SourceCode): ESTree.ObjectExpression | null {
  return found.kind === "found" ? resolveObject(found.value, sourceCode) : null;
}

/** A registry entry that loads nothing on its own: a string (`"mock"`), `false`, or a `"manual"` trigger. */
function registryEntryWaits(value: ESTree.Expression, sourceCode: SourceCode): boolean {
  if (value.type === "Literal") return value.value !== true;
  // `[input, scriptOptions]` or `{ id, scriptOptions: { trigger } }`
  const second = value.type === "ArrayExpression" ? value.elements[1] : null;
  const options =
    second && second.type !== "SpreadElement" ? resolveObject(second, sourceCode)
    : value.type === "ObjectExpression" ? objectFound(lookup(value, ["scriptOptions"], sourceCode), sourceCode)
    : null;
  const trigger = options ? lookup(options, ["trigger"], sourceCode) : null;
  return trigger?.kind === "found" && staticString(trigger.value, sourceCode) === "manual";
}

/** Assignments to a browser global: `_fs_org = ...`, `window._fs_org = ...`, `window["_fs_org"] = ...`. */
function globalAssignments(sourceCode: SourceCode, name: string): Rule.Node[] {
  const globalScope = sourceCode.scopeManager.globalScope;
  if (!globalScope) return [];
  const found: Rule.Node[] = [];
  for (const ref of globalScope.through) {
    const id = ref.identifier as ESTree.Identifier & Rule.Node;
    if (id.name === name && ref.isWrite() && id.parent.type === "AssignmentExpression") found.push(id.parent);
    if (!GLOBAL_OBJECT_NAMES.includes(id.name)) continue;
    const member = id.parent;
    if (member.type !== "MemberExpression" || member.object !== id || memberKey(member) !== name) continue;
    const assignment = member.parent;
    if (assignment.type === "AssignmentExpression" && assignment.left === member) found.push(assignment);
  }
  return found.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
}

function withMarkup(start: RecorderStart, script: Rule.Node | null): RecorderStart {
  if (!script) return start;
  const attributes = jsxStaticAttributes(script);
  const verdict = scriptMarkupVerdict(attributes, attributes.has("src"));
  if (verdict.kind === "blocked" || verdict.kind === "dynamic") return { ...start, gatedBy: "markup", markup: verdict };
  if (verdict.kind === "mismatch" || verdict.kind === "exempt") return { ...start, markup: verdict };
  return start;
}

function stringText(node: Rule.Node): string | null {
  if (node.type === "Literal") return typeof node.value === "string" ? node.value : null;
  if (node.type === "TemplateLiteral") return node.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join("${}");
  return null;
}

/** The string (possibly inside a concatenation or template) becomes a script's code. */
function isScriptContent(node: Rule.Node): boolean {
  const value = valueRoot(node);
  const parent = value.parent;
  if (!parent) return false;
  switch (parent.type as string) {
    case "Property": {
      const key = propertyKey(parent as unknown as ESTree.Property);
      if (key === null || !CONTENT_KEYS.has(key)) return false;
      // dangerouslySetInnerHTML on a <script>, or a head-manager script entry ({ script: [{ innerHTML }] }),
      // or a tag described as an object (Docusaurus' injectHtmlTags: { tagName: "script", innerHTML }).
      return enclosingJsxScript(node) !== null || inScriptList(parent) || describesScriptTag(parent.parent);
    }
    case "ArrayExpression":
      // VitePress' head config writes a tag as [tag, attributes, content]: ["script", {}, "..."].
      return isScriptTagTuple(parent as ESTree.ArrayExpression, value);
    case "AssignmentExpression": {
      const left = (parent as ESTree.AssignmentExpression).left;
      const key = left.type === "MemberExpression" ? memberKey(left) : null;
      // script.text = "...", el.innerHTML = "..." only runs when the element is a script.
      // (HTML with <script> tags set through innerHTML never runs.)
      if (key === "innerHTML" && /<script\b/i.test(stringText(node) ?? "")) return false;
      return key !== null && CONTENT_KEYS.has(key) && left.type === "MemberExpression" && namesScriptElement(left.object);
    }
    case "JSXExpressionContainer":
      return enclosingJsxScript(node) !== null || isComponentScriptProp(parent);
    case "CallExpression":
    case "NewExpression": {
      const call = parent as ESTree.CallExpression;
      const name = calleeName(call);
      if (name === "Function" || name === "eval") return true;
      return name !== null && HTML_INSERT_CALLEES.has(name) && /<script\b/i.test(stringText(node) ?? "");
    }
    default:
      return false;
  }
}

/**
 * Where a string held in a variable becomes script content: `const content = `...`` used as
 * `<Script>{content}</Script>` or `{ __html: content }`. The first such use, or null.
 */
function scriptContentUse(node: Rule.Node, sourceCode: SourceCode): Rule.Node | null {
  const declarator = valueRoot(node).parent;
  if (declarator?.type !== "VariableDeclarator" || declarator.id.type !== "Identifier") return null;
  const variable = findVariable(sourceCode.getScope(declarator), declarator.id);
  for (const reference of variable?.references ?? []) {
    const identifier = reference.identifier as Rule.Node;
    if (reference.isRead() && isScriptContent(identifier)) return identifier;
  }
  return null;
}

/** Climbs from a string through concatenations and templates to the value that is used. */
function valueRoot(node: Rule.Node): Rule.Node {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return current;
    const type = parent.type as string;
    if ((type === "BinaryExpression" && (parent as ESTree.BinaryExpression).operator === "+") || type === "TemplateLiteral" || type === "TSAsExpression") {
      current = parent;
      continue;
    }
    if (type === "ConditionalExpression" && (parent as ESTree.ConditionalExpression).test !== current) {
      current = parent;
      continue;
    }
    if (type === "LogicalExpression" && (parent as ESTree.LogicalExpression).right === current) {
      current = parent;
      continue;
    }
    // "https://...".concat(id) and `${host}`.replace(...)
    if (type === "MemberExpression" && (parent as ESTree.MemberExpression).object === current && parent.parent?.type === "CallExpression") {
      current = parent.parent;
      continue;
    }
    return current;
  }
}

/** `useScript(url, { trigger: useScriptTriggerConsent() })`: the loader waits for a consent trigger. */
function loaderTriggeredByConsent(node: Rule.Node, ctx: StartOptionsContext): boolean {
  let current: Rule.Node | null = node.parent;
  for (let steps = 0; current && steps < 6; steps += 1) {
    if (current.type === "CallExpression") {
      for (const arg of (current as ESTree.CallExpression).arguments) {
        if (arg.type !== "ObjectExpression") continue;
        for (const property of arg.properties) {
          if (property.type !== "Property") continue;
          const key = propertyKey(property);
          if ((key === "trigger" || key === "consent") && readsConsentValue(property.value, ctx)) return true;
        }
      }
      return false;
    }
    current = current.parent;
  }
  return false;
}

function readsConsentValue(value: ESTree.Node, ctx: StartOptionsContext): boolean {
  const expr = unwrap(value);
  if (expr.type === "CallExpression" && /consent/i.test(calleeName(expr) ?? "")) return true;
  return ctx.conditions.readsConsent(expr);
}

/** A host string that ends up as a script's `src` (or is handed to a script loader). */
function hasLoaderEvidence(node: Rule.Node, sourceCode: SourceCode, depth = 0): boolean {
  const value = valueRoot(node);
  const parent = value.parent;
  if (!parent) return false;
  switch (parent.type as string) {
    case "AssignmentExpression": {
      const assignment = parent as ESTree.AssignmentExpression;
      if (assignment.right !== value) return false;
      const key = assignment.left.type === "MemberExpression" ? memberKey(assignment.left) : null;
      return key !== null && SRC_KEY.test(key);
    }
    case "Property": {
      const key = propertyKey(parent as unknown as ESTree.Property);
      // { script: [{ src }] } in useHead / Helmet; a consent manager's own list of scripts is not a load.
      return key !== null && SRC_KEY.test(key) && (key.toLowerCase() !== "src" || inScriptList(parent));
    }
    case "JSXAttribute":
    case "JSXExpressionContainer": {
      const attribute = (parent.type as string) === "JSXAttribute" ? parent : parent.parent;
      const name = (attribute as unknown as { name?: { name?: string } } | null)?.name?.name;
      return name === "src" && enclosingJsxScript(node) !== null;
    }
    case "CallExpression":
    case "NewExpression": {
      const call = parent as ESTree.CallExpression & Rule.Node;
      if (isFunction(call.callee) || isFunctionCall(call)) {
        // IIFE snippets take the host as an argument and build the script inside.
        const callee = unwrap(call.callee);
        return SCRIPT_CREATION.test(sourceCode.getText(callee));
      }
      const name = calleeName(call);
      if (name === "setAttribute") return staticString(call.arguments[0], sourceCode) === "src" && call.arguments[1] === value;
      return name !== null && LOADER_CALLEE.test(name) && !/^fetch$/i.test(name);
    }
    case "VariableDeclarator": {
      const declarator = parent as ESTree.VariableDeclarator;
      if (declarator.init !== value || declarator.id.type !== "Identifier" || depth > 1) return false;
      const variable = findVariable(sourceCode.getScope(parent), declarator.id);
      return (variable?.references ?? []).some((ref) => !ref.init && ref.isRead() && hasLoaderEvidence(ref.identifier as Rule.Node, sourceCode, depth + 1));
    }
    default:
      return false;
  }
}

/** Inside `{ script: [...] }` / `script={[...]}` (head managers), and not under a consent category key. */
function inScriptList(node: Rule.Node): boolean {
  let found = false;
  let current: Rule.Node | null = node.parent;
  for (let steps = 0; current && steps < 8; steps += 1) {
    const type = current.type as string;
    let key: string | null = null;
    if (type === "Property") key = propertyKey(current as unknown as ESTree.Property);
    else if (type === "JSXAttribute") key = (current as unknown as { name?: { name?: string } }).name?.name ?? null;
    if (key !== null) {
      if (SCRIPT_LIST_KEY.test(key)) found = true;
      else if (classifyCategory(key) !== "unknown" || classifyName(key).consent) return false;
    }
    if (type.endsWith("Statement") || isFunction(current)) break;
    current = current.parent;
  }
  return found;
}

const TAG_NAME_KEYS: ReadonlySet<string> = new Set(["tagName", "tag"]);

/** An object literal that describes a `<script>` tag: `{ tagName: "script", innerHTML: "..." }`. */
function describesScriptTag(object: Rule.Node | null): boolean {
  if (object?.type !== "ObjectExpression") return false;
  return object.properties.some((property) => {
    if (property.type !== "Property") return false;
    const key = propertyKey(property);
    return key !== null && TAG_NAME_KEYS.has(key) && property.value.type === "Literal" && typeof property.value.value === "string" && SCRIPT_ELEMENT.test(property.value.value);
  });
}

/**
 * Where a snippet in a string that becomes a script's content starts, as in an HTML page: the
 * `(function(...){` around the vendor's signature, else the signature's line (`smartlook('init', ...)`
 * after its loader). A signature spelled with escapes in the source is found in the cooked text
 * only: then the string's first code character. The range ends with the string.
 */
function snippetCodeRange(text: string, value: Rule.Node, vendor: RecorderVendorId): [number, number] | undefined {
  const [start, end] = value.range ?? [0, 0];
  if (value.type !== "Literal" && value.type !== "TemplateLiteral") return undefined;
  const code = text.slice(start + 1, end - 1);
  const first = code.search(NOT_WHITE_SPACE);
  if (first < 0) return undefined;
  const signature = scanSnippetText(code, new Set([vendor]))[0];
  const begin = signature ? Math.max(first, snippetStartBefore(code, signature.index, signature.sdk)) : first;
  return [start + 1 + begin, end - 1];
}
const NOT_WHITE_SPACE = /\S/u;

/**
 * Script content held by a tag description (an object or a head tuple) or handed to an app's script
 * component: reported at the content itself.
 */
function isTagDescriptionContent(node: Rule.Node): boolean {
  const value = valueRoot(node);
  const parent = value.parent;
  if (parent?.type === "ArrayExpression") return true;
  if ((parent?.type as string) === "JSXExpressionContainer") return isComponentScriptProp(parent as Rule.Node);
  return parent?.type === "Property" && (describesScriptTag(parent.parent) || inHeadScriptList(parent.parent));
}

/** An entry of a head config's script list (Nuxt's and unhead's `head: { script: [{ innerHTML }] }`). */
function inHeadScriptList(object: Rule.Node | null): boolean {
  const list = object?.type === "ObjectExpression" ? object.parent : null;
  const property = list?.type === "ArrayExpression" ? list.parent : null;
  return property?.type === "Property" && propertyKey(property) === "script";
}

/**
 * An app's own component that injects the code it is given: `<ThirdParty name="smartlook" content={`...`} />`,
 * `<InlineScript script={...} />`. A component that shows code (`<CodeBlock>`, `<SyntaxHighlighter>`) runs none.
 */
function isComponentScriptProp(container: Rule.Node): boolean {
  const attribute = container.parent as unknown as { type: string; name?: { type: string; name?: unknown }; parent?: { name?: { type: string; name?: unknown } } } | null;
  if (attribute?.type !== "JSXAttribute" || attribute.name?.type !== "JSXIdentifier" || !SCRIPT_PROPS.has(String(attribute.name.name))) return false;
  const component = attribute.parent?.name;
  return component?.type === "JSXIdentifier" && typeof component.name === "string" && COMPONENT_NAME.test(component.name) && !SHOWS_CODE.test(component.name);
}

const COMPONENT_NAME = /^[A-Z]/u;

const SCRIPT_PROPS: ReadonlySet<string> = new Set(["content", "script", "scriptContent", "inlineScript", "innerHTML", "html"]);
const SHOWS_CODE = /Code|Highlight|Syntax|Editor|Playground|Markdown|Example|Pre$|Docs?$/u;

/** The content slot of a `["script", { ...attributes }, content]` head entry. */
function isScriptTagTuple(tuple: ESTree.ArrayExpression, value: Rule.Node): boolean {
  const [tag, , content] = tuple.elements;
  return (content as unknown) === value && tag?.type === "Literal" && typeof tag.value === "string" && SCRIPT_ELEMENT.test(tag.value);
}

/** `script.text = ...`: an element created with createElement('script') or named like one. */
function namesScriptElement(node: ESTree.Node): boolean {
  const expr = unwrap(node);
  const name = expr.type === "Identifier" ? expr.name : expr.type === "MemberExpression" ? memberKey(expr) : null;
  return name !== null && /script|^s$|^js$/i.test(name);
}

/** `(function(){...}).call(this, ...)` and `fn.apply(...)`. */
function isFunctionCall(call: ESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  return callee.type === "MemberExpression" && isFunction(unwrap(callee.object)) && (memberKey(callee) === "call" || memberKey(callee) === "apply");
}

/** The `<script>` / `<Script>` JSX element a string belongs to (src, children or dangerouslySetInnerHTML). */
function enclosingJsxScript(node: Rule.Node): Rule.Node | null {
  let current: Rule.Node | null = node;
  for (let steps = 0; current && steps < 8; steps += 1) {
    const type = current.type as string;
    if (type === "JSXOpeningElement") return isScriptName(current) ? current : null;
    if (type === "JSXElement") {
      const opening = (current as unknown as { openingElement: Rule.Node }).openingElement;
      return isScriptName(opening) ? opening : null;
    }
    if (type.endsWith("Statement") || type.endsWith("Declaration") || isFunction(current)) return null;
    current = current.parent;
  }
  return null;
}

function isScriptName(opening: Rule.Node): boolean {
  const name = (opening as unknown as { name: { type: string; name?: string } }).name;
  return name.type === "JSXIdentifier" && typeof name.name === "string" && SCRIPT_ELEMENT.test(name.name);
}

/**
 * Whether an immediately called function is the vendor's snippet itself: it takes the page's globals
 * (`(function(h,o,t,j,a,r){...})(window,document,...)`) or stands alone at the top of the script
 * (Mouseflow's `(function() {...})();`). An app's own `(async () => {...})()` inside a function only wraps the loader.
 */
function isSnippetWrapper(call: ESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  const params = callee.type === "FunctionExpression" || callee.type === "ArrowFunctionExpression" ? callee.params.length : 0;
  if (call.arguments.length > 0 || params > 0) return true;
  const statement = (call as unknown as { parent?: { type: string; parent?: { type: string } | null } | null }).parent;
  return statement?.type === "ExpressionStatement" && statement.parent?.type === "Program";
}

/** Report at the innermost snippet IIFE holding the string, else at its statement. */
function reportNodeFor(node: Rule.Node): Rule.Node {
  let statement: Rule.Node | null = null;
  let current: Rule.Node | null = node.parent;
  while (current) {
    const type = current.type as string;
    if (type === "CallExpression" && (isFunction(unwrap((current as unknown as ESTree.CallExpression).callee)) || isFunctionCall(current as unknown as ESTree.CallExpression))) {
      if (isSnippetWrapper(current as unknown as ESTree.CallExpression)) return current;
    }
    if (isFunction(current)) {
      const parent = current.parent;
      const isIife = parent.type === "CallExpression" && unwrap(parent.callee) === (current as unknown);
      const isCallApply = parent.type === "MemberExpression" && parent.parent.type === "CallExpression";
      if (!isIife && !isCallApply) break;
    } else if (statement === null && (type.endsWith("Statement") || type === "VariableDeclaration") && type !== "BlockStatement") {
      statement = current;
    }
    current = current.parent;
  }
  return statement ?? node;
}

function dedupe(starts: RecorderStart[]): RecorderStart[] {
  const seen = new Set<string>();
  const result: RecorderStart[] = [];
  for (const start of starts) {
    const key = `${start.sdk.id}@${start.node.range?.[0] ?? 0}:${start.node.range?.[1] ?? 0}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(start);
  }
  // A loader or snippet inside another start's node is the same start.
  return result.filter(
    (start) =>
      start.kind === "call" ||
      start.kind === "plugin" ||
      start.kind === "element" ||
      !result.some(
        (other) =>
          other !== start &&
          other.sdk === start.sdk &&
          (other.kind === "call" || other.kind === "plugin") &&
          encloses(start.node, other.node),
      ),
  );
}


// JSX attributes ---------------------------------------------------------------------------------

/**
 * Options given as the element's own props (`<HighlightInit disableSessionRecording />`), read like
 * the same options in an object; a bare prop is `true`.
 */
function propSwitches(attributes: ReadonlyMap<string, Rule.Node | null>, spec: StartOptions, ctx: StartOptionsContext): OptionResult {
  let gated = false;
  for (const [switches, result] of [[spec.off, "off"], [spec.defer, "deferred"]] as const) {
    for (const option of switches ?? []) {
      const [name] = option.path;
      if (option.path.length !== 1 || name === undefined || !attributes.has(name)) continue;
      const value = attributes.get(name) ?? null;
      const verdict =
        value === null ? ((option.values ?? []).includes(true) ? "off" : "records")
        : valueResult((value.type as string) === "JSXExpressionContainer" ? (value as unknown as { expression: ESTree.Node }).expression : value, option, ctx);
      if (verdict === "off") return result;
      if (verdict === "gated") gated = true;
    }
  }
  return gated ? "gated" : "records";
}

function jsxAttributes(opening: Rule.Node): Map<string, Rule.Node | null> {
  const map = new Map<string, Rule.Node | null>();
  for (const attribute of (opening as unknown as { attributes: { type: string; name?: { name?: string }; value: Rule.Node | null }[] }).attributes) {
    if (attribute.type !== "JSXAttribute" || typeof attribute.name?.name !== "string") continue;
    map.set(attribute.name.name, attribute.value);
  }
  return map;
}

/** Static JSX attribute values (`type="text/plain"`, `className="optanon-category-C0002"`). */
function jsxStaticAttributes(opening: Rule.Node): Map<string, ScriptAttribute> {
  const map = new Map<string, ScriptAttribute>();
  for (const [rawName, value] of jsxAttributes(opening)) {
    const name = rawName === "className" ? "class" : rawName.toLowerCase();
    if (value === null) {
      map.set(name, { value: "", dynamic: false });
    } else if (value.type === "Literal") {
      map.set(name, { value: String((value as ESTree.Literal).value ?? ""), dynamic: false });
    } else if ((value.type as string) === "JSXExpressionContainer") {
      const expression = (value as unknown as { expression: ESTree.Node }).expression;
      const literal = expression.type === "Literal" ? String(expression.value) : expression.type === "TemplateLiteral" && expression.expressions.length === 0 ? (expression.quasis[0]?.value.cooked ?? "") : null;
      map.set(name, literal === null ? { value: "", dynamic: true } : { value: literal, dynamic: false });
    }
  }
  return map;
}


