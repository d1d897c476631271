/**
 * Finds references to session-recorder SDKs by reference, not by name.
 *
 * Public API (stable; extend only):
 * - `findRecorderCalls(sourceCode, scope?, table?)`: every call / `new` of a recorder API in a file,
 *   reached through ESM imports (default, named, namespace, renamed), `require()` (also
 *   destructured), dynamic `import()` (`await import(...)`, `import(...).then(m => ...)`), consts
 *   that alias any of those, and the vendors' browser globals (`hj(...)`, `window.FS(...)`,
 *   `posthog.init(...)`) when the name is not a local binding.
 * - `findRecorderElements(sourceCode, table?)`: JSX elements of recorder components
 *   (`<PostHogProvider apiKey=...>`).
 * - `mayReferenceRecorder(text, table?)`: a cheap text pre-check; false means the file cannot
 *   call, construct or render any recorder API (nor hold a recorder host or snippet), so callers
 *   can skip all work.
 *
 * Results are cached per file (AST) for the default table, so several rules share one analysis.
 */
import type { Rule, Scope, SourceCode } from "eslint";
import type * as ESTree from "estree";
import { escapeRegExp } from "../util/strings.js";
import { CALL, CONSTRUCT, ESM, ReferenceTracker, findVariable, getInnermostScope, getStringIfConstant } from "../util/eslint-shared.js";
import {
  GLOBAL_OBJECT_NAMES,
  RECORDER_SDKS,
  type RecorderApi,
  type RecorderCallback,
  type RecorderSdk,
  type RecorderVendorId,
} from "../data/recorder-sdks.js";
import { getNodeIndex } from "./node-index.js";

export type RecorderReferenceSource = "import" | "require" | "dynamic-import" | "global";

export interface RecorderReference {
  /** The vendor's table entry. */
  sdk: RecorderSdk;
  vendor: RecorderVendorId;
  /** The API that was called, from the table (`api.name`, `api.role`, `api.options`...). */
  api: RecorderApi;
  /** The call or `new` expression. */
  node: Rule.Node & (ESTree.CallExpression | ESTree.NewExpression);
  /**
   * Module or global name followed by the member path, `default` left out:
   * `["logrocket", "init"]`, `["@sentry/react", "replayIntegration"]`, `["hj"]`,
   * `["@openreplay/tracker", "Tracker", "start"]` (a method of a returned instance).
   */
  path: readonly string[];
  source: RecorderReferenceSource;
}

export interface RecorderElement {
  sdk: RecorderSdk;
  vendor: RecorderVendorId;
  api: RecorderApi;
  /** The JSX opening element. */
  node: Rule.Node;
  path: readonly string[];
}

/** What the trace maps carry at each CALL / CONSTRUCT leaf. */
interface ApiTarget {
  sdk: RecorderSdk;
  api: RecorderApi;
}

type TraceMap = Record<string, TraceNode>;
interface TraceNode {
  [key: string]: TraceNode;
  [CALL]?: ApiTarget[];
  [CONSTRUCT]?: ApiTarget[];
  [ESM]?: boolean;
}

interface CompiledTable {
  /** Package name -> trace map of its namespace (ESM and interop paths). */
  packages: Map<string, TraceNode>;
  /** Global name -> trace map of the global itself. */
  globals: Map<string, TraceNode>;
  /** Element (JSX component) APIs by package. */
  elements: Map<string, { target: ApiTarget; exportName: string }[]>;
  /** Vue plugins by package: the module's default export, installed with `app.use()`. */
  installs: Map<string, ApiTarget[]>;
  /** Pre-check regexes: package names and hosts, and globals (short ones need a call or member shape). */
  hint: RegExp;
  globalHint: RegExp;
  /**
   * Second pre-check, for files that passed the first: a word every recorder use needs (an API's
   * member name, a global or package that is itself called, a host, a snippet start). A file that
   * imports `@sentry/react` only for `captureException` has none of them.
   */
  actionHint: RegExp;
}

const compiledTables = new WeakMap<readonly RecorderSdk[], CompiledTable>();

/** Where nuxt.config lists @nuxt/scripts' registry scripts. */
export const NUXT_REGISTRY_HINT = /\bregistry\s*:/u;

function compile(table: readonly RecorderSdk[]): CompiledTable {
  const cached = compiledTables.get(table);
  if (cached) return cached;
  const packages = new Map<string, TraceNode>();
  const globals = new Map<string, TraceNode>();
  const elements = new Map<string, { target: ApiTarget; exportName: string }[]>();
  const installs = new Map<string, ApiTarget[]>();
  const hints: string[] = [];
  const globalHints: string[] = [];
  const actionWords = new Set<string>();
  const actionTexts = new Set<string>();
  let nuxtRegistry = false;

  for (const sdk of table) {
    for (const pkg of sdk.packages) {
      // Scoped packages share one hint (`@sentry/`): fewer alternatives keep the pre-check cheap.
      hints.push(escapeRegExp(pkg.name.startsWith("@") ? pkg.name.slice(0, pkg.name.indexOf("/") + 1) : pkg.name));
      const root = packages.get(pkg.name) ?? ({ [ESM]: true });
      packages.set(pkg.name, root);
      for (const api of pkg.apis) {
        if (api.kind === "element") {
          addActionHint(api.path, pkg.name);
          const list = elements.get(pkg.name) ?? [];
          list.push({ target: { sdk, api }, exportName: api.path[0] ?? "default" });
          elements.set(pkg.name, list);
          continue;
        }
        if (api.kind === "install") {
          addActionHint([], pkg.name);
          installs.set(pkg.name, [...(installs.get(pkg.name) ?? []), { sdk, api }]);
          continue;
        }
        addPath(root, api.path, { sdk, api });
        addActionHint(api.path, pkg.name);
        // Interop: a CJS package's module.exports is both the namespace and `default`
        // (`import * as LR`, `require()`, `(await import('react-hotjar')).default.hotjar`).
        if (api.path[0] === "default" && api.path.length > 1) addPath(root, api.path.slice(1), { sdk, api });
        else if (api.path[0] !== "default" && api.path.length > 0) addPath(root, ["default", ...api.path], { sdk, api });
      }
    }
    for (const global of sdk.globals) {
      globalHints.push(global.name.length <= 2 ? String.raw`\b${escapeRegExp(global.name)}\s*[.(]` : escapeRegExp(global.name));
      const root = globals.get(global.name) ?? ({});
      globals.set(global.name, root);
      for (const api of global.apis) {
        addPath(root, api.path, { sdk, api });
        addActionHint(api.path, global.name);
      }
    }
    for (const host of sdk.hosts) {
      hints.push(escapeRegExp(host.host));
      actionTexts.add(escapeRegExp(host.host));
    }
    if (sdk.snippet) actionTexts.add(`(?:${sdk.snippet.start})`);
    // A snippet pasted as code names its configuration global (`window["_fs_org"] = ...`).
    if (sdk.snippet?.config) globalHints.push(escapeRegExp(sdk.snippet.config.global));
    if (sdk.nuxtRegistryKey) nuxtRegistry = true;
    for (const module of [...(sdk.nuxtModules ?? []), ...(sdk.sitePlugins ?? [])]) {
      hints.push(escapeRegExp(module));
      actionTexts.add(escapeRegExp(module));
    }
  }

  /** The member name a use of `path` must spell; the package or global itself when it is called. */
  function addActionHint(path: readonly string[], owner: string): void {
    const last = path.at(-1);
    if (last === undefined || last === "default") actionTexts.add(escapeRegExp(owner));
    else actionWords.add(escapeRegExp(last));
  }
  // nuxt.config's `scripts: { registry: { ... } }` loads the recorders it lists.
  if (nuxtRegistry) {
    globalHints.push(NUXT_REGISTRY_HINT.source);
    actionTexts.add(NUXT_REGISTRY_HINT.source);
  }
  const actionParts = [...(actionWords.size > 0 ? [String.raw`\b(?:${[...actionWords].join("|")})\b`] : []), ...actionTexts];
  const compiled: CompiledTable = {
    packages,
    globals,
    elements,
    installs,
    // Package names and hosts follow a quote, a slash or a dot (`from "logrocket"`,
    // `"https://static.hotjar.com/..."`, `cdn.decibelinsight.net`): starting there halves the scan.
    hint: new RegExp(hints.length > 0 ? `["'\`/.](?:${[...new Set(hints)].join("|")})` : "(?!)", "u"),
    // Every global starts a word (`window._fs_org`, `hj(`): a leading word boundary lets the scan skip
    // the inside of words, a fifth faster.
    globalHint: new RegExp(globalHints.length > 0 ? `\\b(?:${globalHints.join("|")})` : "(?!)"),
    // An empty table gives an empty (always-true) regex here, but its first check already says no.
    actionHint: new RegExp(actionParts.join("|")),
  };
  compiledTables.set(table, compiled);
  return compiled;
}

function addPath(root: TraceNode, path: readonly string[], target: ApiTarget): void {
  let node = root;
  for (const key of path) {
    const next: TraceNode = node[key] ?? ({});
    node[key] = next;
    node = next;
  }
  const slot = target.api.kind === "construct" ? CONSTRUCT : CALL;
  const list = node[slot] ?? [];
  list.push(target);
  node[slot] = list;
}

/**
 * ESM CDNs that serve an npm package by URL (`https://cdn.jsdelivr.net/npm/@hotjar/browser@1.0.0/dist/index.js`,
 * `https://esm.sh/posthog-js@1`, `https://unpkg.com/rrweb`): group 1 is the package name, version left out.
 */
const CDN_PACKAGE = /^(?:https?:)?\/\/(?:cdn\.jsdelivr\.net\/npm\/|unpkg\.com\/|esm\.sh\/(?:v\d+\/)?|cdn\.skypack\.dev\/|esm\.run\/|ga\.jspm\.io\/npm:)((?:@[\w.-]+\/)?[\w.-]+)/u;

/**
 * What a table holds for the package a module specifier names: itself, the package a CDN URL serves, or
 * the package of a subpath the table does not list (`@openreplay/tracker/cjs`, `logrocket/dist/build.umd`).
 */
function byPackage<T>(packages: ReadonlyMap<string, T>, specifier: string): T | undefined {
  const name = CDN_PACKAGE.exec(specifier)?.[1] ?? specifier;
  const exact = packages.get(name);
  if (exact) return exact;
  if (RELATIVE_PATH.test(name)) return vendoredPackage(packages, name);
  const scoped = name.startsWith("@");
  const parts = name.split("/");
  const root = parts.slice(0, scoped ? 2 : 1).join("/");
  return parts.length > (scoped ? 2 : 1) ? packages.get(root) : undefined;
}

const RELATIVE_PATH = /^\.{0,2}\//u;

/**
 * A package's build copied into the app (browser extensions cannot load remote code):
 * `./posthog-js/dist/ph-full.js`, `../vendor/logrocket/dist/build.umd.js`. A folder named after the
 * package counts only with its build folder inside: `./logrocket` alone is more often the app's own wrapper.
 */
function vendoredPackage<T>(packages: ReadonlyMap<string, T>, path: string): T | undefined {
  const parts = path.split("/");
  for (let index = 0; index < parts.length - 1; index += 1) {
    const part = parts[index]!;
    const scoped = part.startsWith("@") && index < parts.length - 2;
    const found = scoped ? packages.get(`${part}/${parts[index + 1]}`) : packages.get(part);
    // The package's own build folder follows its name (`posthog-js/dist/...`); an app's folder named
    // after the package (`./logrocket/index.ts`) holds the app's own wrapper.
    if (found && BUILD_FOLDERS.has(parts[index + (scoped ? 2 : 1)] ?? "")) return found;
  }
  return undefined;
}

const BUILD_FOLDERS: ReadonlySet<string> = new Set(["dist", "build", "lib", "umd", "esm", "es", "cjs", "bundle", "bundles"]);

/** The last pre-check's question and answer. */
let lastCheck: { text: string | null; table: readonly RecorderSdk[] | null; result: boolean } = { text: null, table: null, result: false };

/**
 * Cheap text pre-check in two steps: does the text name a recorder (a package, a host, a global;
 * short globals such as `FS`, `hj`, `H` need a call or member shape), and if so, does it spell one
 * of the APIs that start or configure one? A `false` answer means no recorder can be started here.
 */
export function mayReferenceRecorder(text: string, table: readonly RecorderSdk[] = RECORDER_SDKS): boolean {
  // Several rules ask about the same file in a row: answer the repeat without scanning again.
  if (text === lastCheck.text && table === lastCheck.table) return lastCheck.result;
  const compiled = compile(table);
  const result = (compiled.hint.test(text) || compiled.globalHint.test(text)) && compiled.actionHint.test(text);
  lastCheck = { text, table, result };
  return result;
}

const callCache = new WeakMap<object, WeakMap<readonly RecorderSdk[], RecorderReference[]>>();

/**
 * Every call or `new` of a recorder API in the file, in source order.
 * `scope` defaults to the file's global scope.
 */
export function findRecorderCalls(
  sourceCode: SourceCode,
  scope?: Scope.Scope,
  table: readonly RecorderSdk[] = RECORDER_SDKS,
): readonly RecorderReference[] {
  const program = sourceCode.ast;
  const perTable = callCache.get(program) ?? new WeakMap<readonly RecorderSdk[], RecorderReference[]>();
  callCache.set(program, perTable);
  const cached = perTable.get(table);
  if (cached && !scope) return cached;

  const globalScope = scope ?? sourceCode.scopeManager.globalScope;
  if (!globalScope) return [];
  const compiled = compile(table);
  const collector = new Collector(globalScope);

  // ESM: static imports and re-exports.
  const esmMap: TraceMap = {};
  for (const [name, map] of compiled.packages) esmMap[name] = map;
  // `import Hotjar from "https://cdn.jsdelivr.net/npm/@hotjar/browser@1/dist/index.js"`: the URL is the package.
  for (const statement of (sourceCode.ast as ESTree.Program).body) {
    const source = "source" in statement && statement.source ? statement.source.value : null;
    if (typeof source !== "string" || Object.hasOwn(esmMap, source)) continue;
    const map = byPackage(compiled.packages, source);
    if (map) esmMap[source] = map;
  }
  if (compiled.packages.size > 0) {
    for (const found of collector.tracker.iterateEsmReferences(esmMap)) {
      collector.add(found, "import", []);
    }
  }

  // CommonJS: `require("pkg")`, whether or not `require` is a configured global.
  for (const ref of globalReferences(globalScope, "require")) {
    const call = (ref.identifier as Rule.Node).parent;
    if (call?.type !== "CallExpression" || call.callee !== ref.identifier) continue;
    const name = getStringIfConstant(call.arguments[0] as ESTree.Node);
    const map = name === null ? undefined : byPackage(compiled.packages, name);
    if (!map || name === null) continue;
    for (const found of collector.tracker.iteratePropertyReferences(call, map)) collector.add(found, "require", [name]);
  }

  // Vue plugins: `import VueHotjar from "vue-hotjar-next"` (or `require`) then `app.use(VueHotjar, options)`.
  if (compiled.installs.size > 0) {
    for (const { binding, targets, path } of pluginBindings(sourceCode, globalScope, compiled.installs)) {
      const variable = findVariable(globalScope, binding);
      for (const ref of variable?.references ?? []) {
        const call = ref.isRead() ? pluginInstall(ref.identifier as Rule.Node) : null;
        if (call) collector.addInstall(call, targets, path);
      }
    }
  }

  // Dynamic import().
  if (compiled.packages.size > 0) {
    for (const node of getNodeIndex(sourceCode).imports) {
      const source = (node as unknown as ESTree.ImportExpression).source;
      const name = getStringIfConstant(source);
      const map = name === null ? undefined : byPackage(compiled.packages, name);
      if (!map || name === null) continue;
      collector.trackDynamicImport(node, map, name);
    }
  }

  // Browser globals, directly or through window / globalThis / self.
  for (const [name, map] of compiled.globals) {
    for (const ref of globalReferences(globalScope, name)) {
      for (const found of collector.tracker.iteratePropertyReferences(ref.identifier as ESTree.Expression, map)) {
        collector.add(found, "global", [name]);
      }
    }
  }
  if (compiled.globals.size > 0) {
    const windowMap: TraceNode = {};
    for (const [name, map] of compiled.globals) windowMap[name] = map;
    for (const objectName of GLOBAL_OBJECT_NAMES) {
      for (const ref of globalReferences(globalScope, objectName)) {
        for (const found of collector.tracker.iteratePropertyReferences(ref.identifier as ESTree.Expression, windowMap)) {
          collector.add(found, "global", []);
        }
      }
    }
  }

  const result = collector.results();
  if (!scope) perTable.set(table, result);
  return result;
}

/**
 * JSX elements of recorder components imported from a recorder package (by reference: the element
 * name must resolve to the import).
 */
export function findRecorderElements(
  sourceCode: SourceCode,
  table: readonly RecorderSdk[] = RECORDER_SDKS,
): readonly RecorderElement[] {
  const compiled = compile(table);
  if (compiled.elements.size === 0) return [];
  const globalScope = sourceCode.scopeManager.globalScope;
  if (!globalScope) return [];
  const imported = new Map<Scope.Variable, { target: ApiTarget; pkg: string }>();
  for (const statement of (sourceCode.ast as ESTree.Program).body) {
    if (statement.type !== "ImportDeclaration") continue;
    const pkg = String(statement.source.value);
    const list = byPackage(compiled.elements, pkg);
    if (!list) continue;
    for (const specifier of statement.specifiers) {
      const exportName =
        specifier.type === "ImportDefaultSpecifier"
          ? "default"
          : specifier.type === "ImportSpecifier"
            ? specifier.imported.type === "Identifier"
              ? specifier.imported.name
              : String(specifier.imported.value)
            : null;
      const entry = list.find((item) => item.exportName === exportName);
      const variable = findVariable(globalScope, specifier.local);
      if (entry && variable) imported.set(variable, { target: entry.target, pkg });
    }
  }
  if (imported.size === 0) return [];
  const found: RecorderElement[] = [];
  for (const opening of getNodeIndex(sourceCode).jsxOpenings) {
    const name = (opening as unknown as { name: { type: string; name?: string } }).name;
    if (name.type !== "JSXIdentifier" || typeof name.name !== "string") continue;
    const variable = findVariable(getInnermostScope(globalScope, opening), name.name);
    const entry = variable ? imported.get(variable) : undefined;
    if (!entry) continue;
    found.push({
      sdk: entry.target.sdk,
      vendor: entry.target.sdk.id,
      api: entry.target.api,
      node: opening,
      path: [entry.pkg, entry.target.api.name],
    });
  }
  return found;
}

/**
 * References to a global name that are not shadowed by any local binding: unresolved references
 * plus references to a configured global (a variable without definitions).
 */
function globalReferences(globalScope: Scope.Scope, name: string): Scope.Reference[] {
  const refs = globalScope.through.filter((ref) => ref.identifier.name === name && ref.isRead());
  const variable = globalScope.set.get(name);
  if (variable && variable.defs.length === 0) {
    for (const ref of variable.references) if (ref.isRead()) refs.push(ref);
  }
  return refs;
}

interface Found {
  node: Rule.Node;
  path: string[];
  type: typeof CALL | typeof CONSTRUCT | symbol;
  info: unknown;
}

/** Collects tracker results, resolves command-style calls and follows returned instances. */
class Collector {
  readonly tracker: ReferenceTracker;
  private readonly seen = new Map<Rule.Node, Set<RecorderApi>>();
  private readonly list: RecorderReference[] = [];

  constructor(private readonly globalScope: Scope.Scope) {
    this.tracker = new ReferenceTracker(globalScope);
  }

  add(found: Found, source: RecorderReferenceSource, prefix: readonly string[]): void {
    if (found.type !== CALL && found.type !== CONSTRUCT) return;
    const targets = found.info as ApiTarget[];
    const node = found.node as RecorderReference["node"];
    const path = [...prefix, ...found.path].filter((segment) => segment !== "default");
    for (const target of selectTargets(targets, node)) this.push(target, node, path, source);
  }

  addInstall(call: RecorderReference["node"], targets: readonly ApiTarget[], path: string[]): void {
    for (const target of targets) this.push(target, call, path, "import");
  }

  trackDynamicImport(node: Rule.Node, map: TraceNode, name: string): void {
    let current: Rule.Node = node;
    while (current.parent && isPassThrough(current)) current = current.parent;
    const parent = current.parent;
    if (!parent) return;
    if (parent.type === "AwaitExpression") {
      for (const found of this.tracker.iteratePropertyReferences(parent, map)) this.add(found, "dynamic-import", [name]);
      return;
    }
    // import("x").then((module) => ...) / .then(({ default: X }) => ...)
    if (parent.type === "MemberExpression" && parent.object === current && memberName(parent) === "then") {
      const call = parent.parent;
      if (call.type !== "CallExpression" || call.callee !== parent) return;
      const callback = call.arguments[0];
      if (!callback || (callback.type !== "ArrowFunctionExpression" && callback.type !== "FunctionExpression")) return;
      const param = callback.params[0];
      if (param) this.trackPattern(param as Rule.Node, map, [name]);
    }
  }

  /** Follows a binding pattern whose value is described by `map` (used for `.then` parameters). */
  private trackPattern(pattern: Rule.Node, map: TraceNode, path: readonly string[]): void {
    if (pattern.type === "Identifier") {
      const variable = findVariable(this.globalScope, pattern);
      if (!variable) return;
      for (const ref of variable.references) {
        if (!ref.isRead()) continue;
        for (const found of this.tracker.iteratePropertyReferences(ref.identifier as ESTree.Expression, map)) {
          this.add(found, "dynamic-import", path);
        }
      }
      return;
    }
    if (pattern.type === "AssignmentPattern") {
      this.trackPattern(pattern.left as Rule.Node, map, path);
      return;
    }
    if (pattern.type === "ObjectPattern") {
      for (const property of pattern.properties) {
        if (property.type !== "Property") continue;
        const key = property.computed ? getStringIfConstant(property.key) : keyName(property.key);
        if (key === null) continue;
        const next = map[key];
        if (next) this.trackPattern(property.value as Rule.Node, next, [...path, key]);
      }
    }
  }

  private push(target: ApiTarget, node: RecorderReference["node"], path: string[], source: RecorderReferenceSource): void {
    const apis = this.seen.get(node) ?? new Set<RecorderApi>();
    if (apis.has(target.api)) return;
    // The same node reached through two routes (e.g. an interop path) is one reference.
    for (const api of apis) if (api.name === target.api.name && api.role === target.api.role) return;
    apis.add(target.api);
    this.seen.set(node, apis);
    this.list.push({ sdk: target.sdk, vendor: target.sdk.id, api: target.api, node, path, source });
    // Methods of a returned instance (`new Tracker().start()`, `Sentry.getReplay()?.start()`).
    if (target.api.returns && target.api.returns.length > 0) {
      const map = {} as TraceNode;
      for (const api of target.api.returns) addPath(map, api.path, { sdk: target.sdk, api });
      for (const found of this.tracker.iteratePropertyReferences(node, map)) {
        this.add(found, source, [...path]);
      }
    }
    for (const callback of target.api.callbacks ?? []) this.trackCallback(target, callback, node, path, source);
  }

  /** Methods called on the recorder an options callback receives: `posthog.init(key, { loaded: (ph) => ph.startSessionRecording() })`. */
  private trackCallback(target: ApiTarget, callback: RecorderCallback, call: RecorderReference["node"], path: string[], source: RecorderReferenceSource): void {
    const options = call.arguments[callback.argument];
    if (options?.type !== "ObjectExpression") return;
    const property = options.properties.find((p): p is ESTree.Property => p.type === "Property" && !p.computed && keyName(p.key) === callback.option);
    const fn = property?.value;
    if (fn?.type !== "ArrowFunctionExpression" && fn?.type !== "FunctionExpression") return;
    const param = fn.params[callback.param];
    if (param?.type !== "Identifier") return;
    const variable = findVariable(getInnermostScope(this.globalScope, fn.body), param);
    if (!variable) return;
    const map = {} as TraceNode;
    for (const api of callback.apis) addPath(map, api.path, { sdk: target.sdk, api });
    for (const reference of variable.references) {
      if (!reference.isRead()) continue;
      for (const found of this.tracker.iteratePropertyReferences(reference.identifier as ESTree.Expression, map)) this.add(found, source, [...path]);
    }
  }

  results(): RecorderReference[] {
    return [...this.list].sort((a, b) => (a.node.range?.[0] ?? 0) - (b.node.range?.[0] ?? 0));
  }
}

/**
 * Picks the APIs a call means: for command queues (`FS('start')`), the API whose `command` equals
 * the first argument; otherwise the generic ones.
 */
function selectTargets(targets: readonly ApiTarget[], node: Rule.Node): ApiTarget[] {
  const args = (node as unknown as ESTree.CallExpression).arguments;
  const first = args[0] ? getStringIfConstant(args[0]) : null;
  const commanded = targets.filter((target) => target.api.command !== undefined);
  const withCommand = commanded.filter((target) => target.api.command === first);
  if (withCommand.length > 0) return withCommand;
  return targets.filter((target) => target.api.command === undefined);
}

/** The local names a plugin package's default export is bound to: default imports and `const X = require(...)`. */
function* pluginBindings(
  sourceCode: SourceCode,
  globalScope: Scope.Scope,
  installs: ReadonlyMap<string, ApiTarget[]>,
): Generator<{ binding: ESTree.Identifier; targets: ApiTarget[]; path: string[] }> {
  for (const statement of (sourceCode.ast as ESTree.Program).body) {
    if (statement.type !== "ImportDeclaration") continue;
    const name = String(statement.source.value);
    const targets = byPackage(installs, name);
    if (!targets) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === "ImportDefaultSpecifier") yield { binding: specifier.local, targets, path: [name, "install"] };
    }
  }
  for (const ref of globalReferences(globalScope, "require")) {
    const call = (ref.identifier as Rule.Node).parent;
    if (call?.type !== "CallExpression" || call.callee !== ref.identifier) continue;
    const name = getStringIfConstant(call.arguments[0] as ESTree.Node);
    const targets = name === null ? undefined : byPackage(installs, name);
    const declarator = call.parent;
    if (!targets || name === null || declarator.type !== "VariableDeclarator" || declarator.id.type !== "Identifier") continue;
    yield { binding: declarator.id, targets, path: [name, "install"] };
  }
}

/** `app.use(plugin, options)` / `Vue.use(plugin)` / `createApp(App).use(plugin)`: the call that installs `plugin`. */
function pluginInstall(node: Rule.Node): RecorderReference["node"] | null {
  const call = node.parent;
  if (call?.type !== "CallExpression" || call.arguments[0] !== node) return null;
  const callee = call.callee;
  return callee.type === "MemberExpression" && memberName(callee) === "use" ? call : null;
}

function isPassThrough(node: Rule.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type as string) {
    case "ChainExpression":
    case "TSAsExpression":
    case "TSSatisfiesExpression":
    case "TSNonNullExpression":
    case "TSTypeAssertion":
      return true;
    case "LogicalExpression":
      return (parent as ESTree.LogicalExpression).right === node;
    case "SequenceExpression": {
      const expressions = (parent as ESTree.SequenceExpression).expressions;
      return expressions[expressions.length - 1] === node;
    }
    default:
      return false;
  }
}

function memberName(node: ESTree.MemberExpression): string | null {
  if (!node.computed && node.property.type === "Identifier") return node.property.name;
  return getStringIfConstant(node.property);
}

function keyName(key: ESTree.Node): string | null {
  if (key.type === "Identifier") return key.name;
  if (key.type === "Literal") return String(key.value);
  return null;
}
