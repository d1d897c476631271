/**
 * Reads a condition and answers two questions:
 * - `whenTrue(test)`: does the test being truthy imply the visitor consented?
 * - `whenFalse(test)`: does the test being falsy imply the visitor consented? (early returns, `else`)
 *
 * A condition reads consent when it reads a consent decision: a consent-named variable, member or
 * call (`hasConsent('analytics')`, `consent.analytics`, `cookiesAccepted`), a consent platform's API
 * (`Cookiebot.consent.statistics`, `OnetrustActiveGroups.includes('C0002')`), a value from a consent
 * hook or callback, a comparison of a consent source with an "accepted" value, or a user guard.
 * Traps read as "no consent information": environment checks, feature flags, ID presence, a
 * consent cookie merely existing, always-on categories (`necessary`, `C0001`).
 */
import type { Rule, Scope, SourceCode } from "eslint";
import type * as ESTree from "estree";
import { encloses } from "../util/source-location.js";
import { importedFrom } from "./imports.js";
import { findVariable, getPropertyName, getStaticValue } from "../util/eslint-shared.js";
import { STATE_HOOKS } from "./state-hooks.js";
import {
  classifyCategory,
  classifyName,
  classifyValue,
  CMP_CHECK_FUNCTIONS,
  CMP_GLOBALS,
  encodesAcceptedConsent,
  isCheckName,
  isConsentModulePath,
  tokenize,
} from "./consent-names.js";

export interface ConditionContext {
  sourceCode: SourceCode;
  /** Names the user declared as consent guards (`consentGuards`). */
  guards: ReadonlySet<string>;
  /** Whether a function is a callback of a consent API or event (its parameters carry consent). */
  isConsentCallback(fn: Rule.Node): boolean;
}

/** What an expression is, seen as a consent read. */
type State =
  | "consent" // truthy means consent given
  | "rejected" // truthy means consent refused
  | "source" // a consent object or value whose truthiness alone means nothing (needs a category or a comparison)
  | "reader" // a cookie / storage read (existence is not acceptance)
  | "trap" // an always-on category or similar: never consent
  | null;

const READER_METHODS = new Set(["get", "getItem", "getCookie", "readCookie", "getCookieValue", "read", "getJSON", "parse"]);
const MEMBERSHIP_METHODS = new Set(["includes", "indexOf", "has", "contains", "some", "startsWith", "endsWith", "find", "match", "test", "search"]);
const HOOK_PREFIX = /^use[A-Z]/;
const SOURCE_FIRST_TOKENS = new Set(["get", "read", "load", "fetch", "use", "retrieve", "parse"]);
const CONTAINER_TOKENS = new Set(["preferences", "prefs", "settings", "choices", "choice", "permissions", "status", "state", "categories", "groups"]);
const CONTAINER_CONTEXT = new Set(["cookie", "cookies", "privacy", "tracking", "gdpr", "cmp"]);
const MAX_DEPTH = 14;

export class ConsentConditions {
  private readonly ctx: ConditionContext;
  private depth = 0;
  /** State variables being resolved (a setter called under its own state must not recurse). */
  private readonly resolving = new Set<Scope.Variable>();

  constructor(ctx: ConditionContext) {
    this.ctx = ctx;
  }

  /** The test being truthy implies consent. */
  whenTrue(node: ESTree.Node): boolean {
    const expr = truthOf(node);
    switch (expr.type) {
      case "Literal":
        return !expr.value; // never truthy: vacuously true
      case "UnaryExpression":
        if (expr.operator === "~") return this.isFoundCheck(expr.argument); // minified `~groups.indexOf(",C0002,")`
        return expr.operator === "!" ? this.whenFalse(expr.argument) : false;
      case "LogicalExpression":
        if (expr.operator === "&&") return this.whenTrue(expr.left) || this.whenTrue(expr.right);
        // `a ?? b` is truthy through `a` or, when `a` is unset, through `b` (`consent?.statistics ?? false`).
        return this.whenTrue(expr.left) && this.whenTrue(expr.right);
      case "ConditionalExpression":
        return (this.whenTrue(expr.test) || this.whenTrue(expr.consequent)) && (this.whenFalse(expr.test) || this.whenTrue(expr.alternate));
      case "SequenceExpression":
        return this.whenTrue(expr.expressions[expr.expressions.length - 1] as ESTree.Expression);
      case "BinaryExpression":
        return this.compare(expr) === "consent";
      default:
        return this.state(expr) === "consent" || this.viaHelper(expr, true);
    }
  }

  /** The test being falsy implies consent. */
  whenFalse(node: ESTree.Node): boolean {
    const expr = truthOf(node);
    switch (expr.type) {
      case "Literal":
        return Boolean(expr.value); // never falsy
      case "UnaryExpression":
        return expr.operator === "!" ? this.whenTrue(expr.argument) : false;
      case "LogicalExpression":
        if (expr.operator === "&&") return this.whenFalse(expr.left) && this.whenFalse(expr.right);
        if (expr.operator === "||") return this.whenFalse(expr.left) || this.whenFalse(expr.right);
        // `a ?? b` is falsy through a falsy `a`, or through `b` when `a` is unset: both must mean consent.
        return this.whenFalse(expr.left) && this.whenFalse(expr.right);
      case "ConditionalExpression":
        return (this.whenTrue(expr.test) || this.whenFalse(expr.consequent)) && (this.whenFalse(expr.test) || this.whenFalse(expr.alternate));
      case "SequenceExpression":
        return this.whenFalse(expr.expressions[expr.expressions.length - 1] as ESTree.Expression);
      case "BinaryExpression":
        return this.compare(expr) === "rejected";
      default:
        return this.state(expr) === "rejected" || this.viaHelper(expr, false);
    }
  }

  /** `~list.indexOf(x)` is truthy exactly when `x` is found: a consent check when the list is one. */
  private isFoundCheck(node: ESTree.Node): boolean {
    const call = unwrap(node);
    return call.type === "CallExpression" && calleeName(call) === "indexOf" && this.state(call) === "consent";
  }

  /** Whether an expression reads consent at all (used for option values such as `trackingConsent`). */
  readsConsent(node: ESTree.Node): boolean {
    let expr = unwrap(node);
    if (isFunction(expr)) {
      const returned = singleReturn(expr);
      if (!returned) return false;
      expr = unwrap(returned);
    }
    const state = this.state(expr);
    return state === "consent" || state === "rejected" || state === "source";
  }

  // ---------------------------------------------------------------------------------------------

  private compare(expr: ESTree.BinaryExpression): State {
    const { operator } = expr;
    if (operator === "==" || operator === "===" || operator === "!=" || operator === "!==") {
      const negated = operator === "!=" || operator === "!==";
      const left = expr.left as ESTree.Expression;
      const right = expr.right;
      if (left.type === "UnaryExpression" && left.operator === "typeof") return null;
      const leftValue = this.staticValue(left);
      const rightValue = this.staticValue(right);
      let subject: ESTree.Expression;
      let value: unknown;
      if (rightValue && !leftValue) {
        subject = left;
        value = rightValue.value;
      } else if (leftValue && !rightValue) {
        subject = right;
        value = leftValue.value;
      } else {
        return null;
      }
      if (value === null || value === undefined) return null; // existence, not a decision
      // list.indexOf('C0002') !== -1
      const subjectExpr = unwrap(subject);
      if (typeof value === "number" && value < 0 && subjectExpr.type === "CallExpression" && calleeName(subjectExpr) === "indexOf") {
        if (this.state(subjectExpr) !== "consent") return null;
        return negated ? "consent" : "rejected";
      }
      const subjectState = this.state(subjectExpr);
      const meaning = valueMeaning(value);
      let result: State = null;
      if (meaning === "category-consent") result = isConsentRelated(subjectState) ? "consent" : null;
      else if (meaning === "category-trap") result = null;
      else if (meaning !== "unknown" && (isConsentRelated(subjectState) || this.namesConsentKey(subject) || consentSpecificValue(value, subject))) {
        const accepted = (meaning === "accept") !== (subjectState === "rejected");
        result = accepted ? "consent" : "rejected";
      }
      if (result === null) return null;
      if (!negated) return result;
      // `x !== 'category'` says nothing; `x !== 'accepted'` is a refusal (or no decision yet).
      if (meaning === "category-consent") return null;
      return result === "consent" ? "rejected" : "consent";
    }
    if (operator === ">" || operator === ">=" || operator === "<" || operator === "<=") {
      // indexOf(...) > -1 / >= 0 / < 0
      const left = unwrap(expr.left);
      const rightValue = this.staticValue(expr.right);
      if (left.type !== "CallExpression" || !rightValue || typeof rightValue.value !== "number") return null;
      const method = calleeName(left);
      if (method !== "indexOf" && method !== "search") return null;
      const state = this.state(left);
      if (state !== "consent") return null;
      const n = rightValue.value;
      const found = (operator === ">" && n >= -1) || (operator === ">=" && n >= 0);
      const missing = (operator === "<" && n <= 0) || (operator === "<=" && n < 0);
      if (found) return "consent";
      if (missing) return "rejected";
    }
    return null;
  }

  /** A read whose key names an acceptance (`localStorage.getItem('cookiesAccepted')`). */
  private namesConsentKey(subject: ESTree.Expression): boolean {
    const expr = unwrap(subject);
    if (expr.type === "CallExpression") {
      const first = expr.arguments[0];
      const key = first ? this.staticValue(first) : null;
      if (key && typeof key.value === "string") return tokenize(key.value).some((token) => token.startsWith("consent")) || classifyName(key.value).consent;
    }
    return false;
  }

  private staticValue(node: ESTree.Node): { value: unknown } | null {
    const expr = unwrap(node);
    if (expr.type === "Literal") return { value: expr.value };
    if (expr.type === "TemplateLiteral" && expr.expressions.length === 0) return { value: expr.quasis[0]?.value.cooked ?? "" };
    if (expr.type === "Identifier" && expr.name === "undefined") return { value: undefined };
    if (expr.type === "UnaryExpression" && expr.argument.type === "Literal") {
      const inner = expr.argument.value;
      if (expr.operator === "-" && typeof inner === "number") return { value: -inner };
      if (expr.operator === "!") return { value: !inner };
    }
    if (expr.type === "Identifier" || expr.type === "MemberExpression") {
      const scope = this.scopeOf(expr);
      const result = getStaticValue(expr, scope);
      if (result && (typeof result.value !== "object" || result.value === null)) return { value: result.value };
      // `ConsentStatus.Granted`, `CONSENT.ACCEPTED`: an enum-like member whose name is the value.
      if (expr.type === "MemberExpression") {
        const name = getPropertyName(expr, scope);
        // `cookieconsent.status.allow` (Osano / Insites cookieconsent v3): a status enum, lower case.
        if (name && classifyValue(name) !== "unknown" && (/^[A-Z]/.test(name) || isStatusEnum(expr.object))) return { value: name };
      }
    }
    return null;
  }

  /** A call to a same-file helper whose body returns a consent check (`function canTrack() { return ... }`). */
  /** The function a call's callee names in this file (`function getPreferences() {...}`, `const f = () => ...`). */
  private localFunction(call: ESTree.Node): ESTree.Function | null {
    if (call.type !== "CallExpression" || call.callee.type !== "Identifier" || this.depth >= MAX_DEPTH) return null;
    const def = findVariable(this.scopeOf(call), call.callee)?.defs[0];
    if (!def) return null;
    const fn = def.type === "FunctionName" ? def.node : def.type === "Variable" && def.node.init && isFunction(def.node.init) ? def.node.init : null;
    return fn && isFunction(fn) ? fn : null;
  }

  /**
   * A local helper that hands back the stored consent: every return that is not empty reads it
   * (`function getPreferences() { const saved = localStorage.getItem("cookie-preferences"); if (!saved) return null; return JSON.parse(saved); }`).
   */
  private storedConsentHelper(call: ESTree.CallExpression): State {
    const fn = this.localFunction(call);
    if (!fn) return null;
    this.depth += 1;
    try {
      const returns = fn.body.type === "BlockStatement" ? returnStatements(fn.body).map((statement) => statement.argument) : [fn.body];
      let found: State = null;
      for (const value of returns) {
        if (!value || this.isFalsyValue(value)) continue;
        const state = this.state(value);
        if (state !== "source" && state !== "reader") return null;
        found = state;
      }
      return found === null ? null : "source";
    } finally {
      this.depth -= 1;
    }
  }

  private viaHelper(expr: ESTree.Node, truthy: boolean): boolean {
    const call = expr.type === "AwaitExpression" ? unwrap(expr.argument) : expr;
    const fn = this.localFunction(call);
    if (!fn) return false;
    this.depth += 1;
    try {
      if (truthy) return this.truthyOnlyWithConsent(fn);
      const returned = singleReturn(fn);
      return returned !== null && (fn.body.type !== "BlockStatement" || returnStatements(fn.body).length === 1) && this.whenFalse(returned);
    } finally {
      this.depth -= 1;
    }
  }

  /**
   * Every return that can give a truthy value gives it only with consent: `if (ok) return true;
   * return false`, `let rate = 0; if (hasConsent()) rate = 0.1; return rate`.
   */
  private truthyOnlyWithConsent(fn: ESTree.Function): boolean {
    if (fn.body.type !== "BlockStatement") return this.whenTrue(fn.body);
    let truthy = 0;
    for (const statement of returnStatements(fn.body)) {
      const value = statement.argument;
      if (!value || this.isFalsyValue(value)) continue;
      if (!this.whenTrue(value) && !this.underConsent(statement as ESTree.ReturnStatement & Rule.Node)) return false;
      truthy += 1;
    }
    return truthy > 0;
  }

  private isFalsyValue(node: ESTree.Node): boolean {
    const known = this.staticValue(node);
    return known !== null && !known.value;
  }

  /** `let rate = 0` and every later write of a truthy value is under a consent check (or reads consent). */
  private writtenOnlyWithConsent(variable: Scope.Variable, declarator: ESTree.VariableDeclarator): State {
    if (this.resolving.has(variable)) return null;
    this.resolving.add(variable);
    try {
      let writes = 0;
      for (const ref of variable.references) {
        if (!ref.isWrite() || ref.init) continue;
        const id = ref.identifier as ESTree.Identifier & Rule.Node;
        const assignment = id.parent;
        if (assignment.type !== "AssignmentExpression" || assignment.operator !== "=" || assignment.left !== id || encloses(declarator, assignment)) return null;
        if (this.isFalsyValue(assignment.right)) continue;
        if (!this.whenTrue(assignment.right) && !this.underConsent(assignment)) return null;
        writes += 1;
      }
      return writes > 0 ? "consent" : null;
    } finally {
      this.resolving.delete(variable);
    }
  }

  private scopeOf(node: ESTree.Node): Scope.Scope {
    return this.ctx.sourceCode.getScope(node);
  }

  // State of a value read -----------------------------------------------------------------------

  private state(expr: ESTree.Node): State {
    if (this.depth >= MAX_DEPTH) return null;
    this.depth += 1;
    try {
      const state = this.stateOf(expr);
      return state;
    } finally {
      this.depth -= 1;
    }
  }

  private stateOf(node: ESTree.Node): State {
    const expr = unwrap(node);
    if (this.matchesGuard(expr)) return expr.type === "CallExpression" && hasAlwaysOnArgument(expr) ? "trap" : "consent";
    // Build-time and operator configuration is not the visitor's consent.
    if (isConfigRead(expr)) return null;
    switch (expr.type) {
      case "Identifier":
        return this.identifierState(expr);
      case "MemberExpression":
        return this.memberState(expr);
      case "CallExpression":
        return this.callState(expr);
      case "AwaitExpression":
        return this.state(expr.argument);
      case "UnaryExpression":
        if (expr.operator === "!") {
          const inner = this.state(expr.argument);
          return inner === "consent" ? "rejected" : inner === "rejected" ? "consent" : null;
        }
        return null;
      case "LogicalExpression": {
        // `localStorage.getItem('consent') || '{}'`: a default keeps the read's nature.
        if (expr.operator === "||" || expr.operator === "??") {
          const left = this.state(expr.left);
          if (left === "reader" || left === "source") return left;
          // `Cookiebot.consent || {}`, `consent.analytics ?? false`: an empty default adds no consent.
          if ((left === "consent" || left === "rejected") && isEmptyDefault(expr.right)) return left;
        }
        return this.whenTrue(expr) ? "consent" : this.whenFalse(expr) && !this.whenTrue(expr) ? "rejected" : null;
      }
      case "BinaryExpression":
      case "ConditionalExpression":
        return this.whenTrue(expr) ? "consent" : this.whenFalse(expr) && !this.whenTrue(expr) ? "rejected" : null;
      default:
        return null;
    }
  }

  private identifierState(id: ESTree.Identifier): State {
    const variable = findVariable(this.scopeOf(id), id);
    const def = variable?.defs[0];
    if (variable && def) {
      const resolved = this.definitionState(variable, def, id.name);
      if (resolved !== undefined) return resolved;
    } else if (CMP_GLOBALS.has(id.name)) {
      return "source";
    }
    return nameState(id.name);
  }

  /** State of a variable from its definition; `undefined` = fall back to the name. */
  private definitionState(variable: Scope.Variable, def: Scope.Definition, name: string): State | undefined {
    if (def.type === "Variable") {
      const declarator = def.node;
      const init = declarator.init;
      // The declaration's own writes (its initialiser, a destructuring default) do not count.
      const [from, to] = (declarator as ESTree.Node & { range: [number, number] }).range;
      const laterWrites = variable.references.some((ref) => {
        if (!ref.isWrite()) return false;
        const [start] = (ref.identifier as ESTree.Node & { range: [number, number] }).range;
        return start < from || start >= to;
      });
      if (laterWrites && init && declarator.id.type === "Identifier" && this.isFalsyValue(init)) return this.writtenOnlyWithConsent(variable, declarator) ?? undefined;
      if (!init || laterWrites) return undefined;
      if (declarator.id.type === "Identifier") {
        const initState = this.state(init);
        if (initState === "reader" || initState === "trap") return initState === "trap" ? "trap" : readerState(init);
        if (initState === "consent" || initState === "rejected") return initState;
        if (initState === "source") return keyState(name) ?? "source";
        // const sampleRate = getSessionSampleRate(): a helper that gives a truthy value only with consent.
        if (this.viaHelper(init, true)) return "consent";
        return undefined;
      }
      if (declarator.id.type === "ArrayPattern" && declarator.id.elements[0]?.type === "Identifier" && declarator.id.elements[0].name === name) {
        return this.stateHookState(declarator.id, init) ?? undefined;
      }
      if (declarator.id.type === "ObjectPattern") {
        const initState = this.state(init);
        if (initState === "consent" || initState === "source" || initState === "reader" || isConsentHook(init)) {
          // const { analytics } = useCookieConsent(); const { has } = useConsentManager();
          return decisionKeyState(keyOfBinding(declarator.id, name) ?? name) ?? "source";
        }
        return undefined;
      }
      return undefined;
    }
    if (def.type === "Parameter") {
      const fn = def.node as Rule.Node;
      if (this.ctx.isConsentCallback(fn)) {
        const param = def.name as ESTree.Identifier & Rule.Node;
        // A destructured parameter keeps its key (`({ analytics }) => ...`).
        const pattern = param.parent;
        if (pattern.type === "Property" && (pattern.parent.type as string) === "ObjectPattern") {
          return decisionKeyState(keyName(pattern.key) ?? name);
        }
        return decisionKeyState(name) ?? "source";
      }
    }
    return undefined;
  }

  /**
   * `const [shouldLoad, setShouldLoad] = useState(false)`: the state means consent when it starts
   * falsy and every setter call that may make it truthy is under a consent check or passes consent
   * (`if (consentGiven) setShouldLoad(true)`, `setShouldLoad(consent.analytics)`).
   */
  private stateHookState(pattern: ESTree.ArrayPattern, init: ESTree.Expression): State {
    const call = unwrap(init);
    const setter = pattern.elements[1];
    if (call.type !== "CallExpression" || !STATE_HOOKS.has(calleeName(call) ?? "") || setter?.type !== "Identifier") return null;
    // The initial value must be falsy or itself a consent read (`useState(() => hasConsent())`).
    const initial = call.arguments[0];
    if (initial && (initial.type === "SpreadElement" || !(this.isFalsyValue(initial) || this.readsConsentInitially(initial)))) return null;
    const variable = findVariable(this.scopeOf(setter), setter);
    if (!variable || this.resolving.has(variable)) return null;
    this.resolving.add(variable);
    try {
      let sets = 0;
      for (const ref of variable.references) {
        const id = ref.identifier as ESTree.Identifier & Rule.Node;
        const parent = id.parent;
        // Handed on (`onAccept={setShouldLoad}`): who calls it is out of sight.
        if (parent.type !== "CallExpression" || parent.callee !== id) {
          if (ref.init) continue;
          return null;
        }
        const value = parent.arguments[0];
        if (!value || value.type === "SpreadElement") return null;
        const known = this.staticValue(value);
        if (known && !known.value) continue;
        if (!this.whenTrue(value) && !this.underConsent(parent)) return null;
        sets += 1;
      }
      return sets > 0 ? "consent" : null;
    } finally {
      this.resolving.delete(variable);
    }
  }

  /** `hasConsent()` or a lazy initializer returning it (`() => Cookies.get("consent") === "yes"`). */
  private readsConsentInitially(initial: ESTree.Expression): boolean {
    const value = unwrap(initial);
    if (isFunction(value)) {
      const returned = singleReturn(value);
      return returned !== null && this.whenTrue(returned);
    }
    return this.whenTrue(value);
  }

  /** Inside a branch that runs only with consent, or a consent callback, within the same function. */
  private underConsent(node: Rule.Node): boolean {
    let child: Rule.Node = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (parent.type === "IfStatement" || parent.type === "ConditionalExpression") {
        if (parent.consequent === child && this.whenTrue(parent.test)) return true;
        if (parent.alternate === child && this.whenFalse(parent.test)) return true;
      } else if (parent.type === "LogicalExpression" && parent.right === child) {
        if (parent.operator === "&&" ? this.whenTrue(parent.left) : this.whenFalse(parent.left)) return true;
      } else if (isFunction(parent)) {
        return this.ctx.isConsentCallback(parent);
      }
    }
    return false;
  }

  private memberState(expr: ESTree.MemberExpression): State {
    const property = getPropertyName(expr, this.scopeOf(expr)) ?? null;
    const object = unwrap(expr.object);
    // document.cookie and storage objects are readers.
    if (property === "cookie" && object.type === "Identifier" && object.name === "document") return "reader";
    const objectState = this.state(object);
    if (property === null) {
      // `tcData.purpose.consents[1]`, `consents[id]`
      return objectState === "consent" || objectState === "source" ? "consent" : null;
    }
    if (objectState === "consent" || objectState === "source" || objectState === "reader" || isContainerName(object)) {
      const category = classifyCategory(property);
      if (category === "always-on") return "trap";
      if (category === "analytics" || category === "other") return "consent";
      const named = nameState(property);
      if (named === "consent" || named === "rejected") return named;
      return objectState === "reader" ? "reader" : objectState === "consent" ? "consent" : "source";
    }
    if (objectState === "trap") return "trap";
    const named = nameState(property);
    if (named) return named;
    if (CMP_GLOBALS.has(property) && isGlobalObject(object)) return "source";
    return null;
  }

  private callState(expr: ESTree.CallExpression): State {
    const callee = unwrap(expr.callee);
    const name = calleeName(expr);
    const args = expr.arguments.map((arg) => this.staticValue(arg as ESTree.Node));
    const stringArgs = args.filter((arg): arg is { value: string } => typeof arg?.value === "string").map((arg) => arg.value);
    const trap = stringArgs.some((arg) => arg.split(/[\s,;|]+/).some((part) => part !== "" && classifyCategory(part) === "always-on"));

    if (callee.type === "MemberExpression") {
      const object = unwrap(callee.object);
      // /consent=true/.test(document.cookie)
      if (name === "test" && object.type === "Literal" && "regex" in object) {
        return encodesAcceptedConsent(object.regex.pattern) ? "consent" : null;
      }
      if (name === "parse" && object.type === "Identifier" && object.name === "JSON") {
        const first = expr.arguments[0];
        return first ? this.state(first) : null;
      }
      const objectState = this.state(object);
      if (name && MEMBERSHIP_METHODS.has(name)) {
        const regexArg = expr.arguments[0];
        const pattern = regexArg && regexArg.type === "Literal" && "regex" in regexArg ? regexArg.regex.pattern : null;
        if (trap) return "trap";
        if (stringArgs.some(encodesAcceptedConsent) || (pattern !== null && encodesAcceptedConsent(pattern))) return "consent";
        if (objectState === "consent" || objectState === "source" || isContainerName(object)) {
          if (stringArgs.length > 0 || expr.arguments.length > 0) return "consent";
        }
        if (objectState === "reader") {
          // document.cookie.includes('cookiesAccepted'): the key itself says accepted.
          return stringArgs.some((arg) => classifyName(arg).consent && !arg.toLowerCase().includes("consent")) ? "consent" : null;
        }
        return null;
      }
      if (objectState === "consent" || objectState === "source") {
        // consentManager.has('analytics'), manager.getConsent('hotjar'), zaraz.consent.get('x')
        if (trap) return "trap";
        if (name && (classifyName(name).consent || CMP_CHECK_FUNCTIONS.has(name))) return stringArgs.length > 0 || !isSourceName(name) ? "consent" : "source";
        if (stringArgs.length > 0 && name && /^(?:get|has|is|check|accepted|allowed)/i.test(name)) return "consent";
        return "source";
      }
      if (name && READER_METHODS.has(name) && isStorageObject(object)) return "reader";
    }
    if (!name) return null;
    if (this.ctx.guards.has(name)) return trap ? "trap" : "consent";
    // has('measurement') where `has` came from a consent hook or callback.
    if (callee.type === "Identifier" && stringArgs.length > 0) {
      const calleeState = this.identifierState(callee);
      if (calleeState === "source" || calleeState === "consent") return trap ? "trap" : "consent";
    }
    if (name === "getCookieConsentValue") return "reader";
    // useContext(CookieConsentContext), Vue's inject(ConsentKey): the provided value is the consent.
    if (CONTEXT_READERS.has(name) && namesConsentContext(expr.arguments[0])) return "source";
    if (READER_METHODS.has(name) || /^(?:get|read)Cookies?$/.test(name)) return "reader";
    if (CMP_CHECK_FUNCTIONS.has(name)) return trap ? "trap" : isSourceName(name) && stringArgs.length === 0 ? "source" : "consent";
    const meaning = classifyName(name);
    if (meaning.rejected) return "rejected";
    if (meaning.consent) {
      if (trap) return "trap";
      // getConsent() / useConsent() return a consent object; with a category they answer it.
      if (isSourceName(name) && stringArgs.length === 0) return "source";
      return "consent";
    }
    // useSelector(selectAnalyticsConsent), computed(() => store.cookiesAccepted)
    if (SELECTOR_CALLEE.test(name) && !isConsentHookName(name)) {
      for (const arg of expr.arguments) {
        if (arg.type !== "SpreadElement" && this.readsDecision(arg)) return "consent";
      }
    }
    if (HOOK_PREFIX.test(name) && isConsentHookName(name)) {
      // useConsentStore((state) => state.analytics)
      for (const arg of expr.arguments) {
        if (!isFunction(arg)) continue;
        const returned = singleReturn(arg);
        const member = returned ? unwrap(returned) : null;
        if (member?.type === "MemberExpression") {
          const key = getPropertyName(member, this.scopeOf(member)) ?? null;
          if (key !== null) return keyState(key) ?? "source";
        }
      }
      return "source";
    }
    if (callee.type === "Identifier") {
      // isCategoryAllowed("analytics") imported from "@/lib/consent": the app's own consent check.
      const origin = isCheckName(name) ? importedFrom(this.scopeOf(callee), callee) : null;
      if (origin && isConsentModulePath(origin.source)) return trap ? "trap" : "consent";
      // const prefs = getPreferences(): a local helper that returns what the consent store holds.
      return this.storedConsentHelper(expr);
    }
    return null;
  }

  /** A selector argument that names or returns a consent decision. */
  private readsDecision(arg: ESTree.Node): boolean {
    const expr = unwrap(arg);
    if (isFunction(expr)) {
      const returned = singleReturn(expr);
      return returned !== null && this.whenTrue(returned);
    }
    if (expr.type === "Identifier" || expr.type === "MemberExpression") {
      const name = dottedName(expr);
      const last = name?.slice(name.lastIndexOf(".") + 1) ?? "";
      return classifyName(last).consent;
    }
    return false;
  }

  private matchesGuard(expr: ESTree.Node): boolean {
    if (this.ctx.guards.size === 0) return false;
    const text = dottedName(expr);
    if (text === null) return false;
    if (this.ctx.guards.has(text)) return true;
    const last = text.slice(text.lastIndexOf(".") + 1);
    return this.ctx.guards.has(last);
  }
}

// Helpers ----------------------------------------------------------------------------------------

/** What a compared value means: a decision, or a category (`e.detail.category === 'statistics'`). */
function valueMeaning(value: unknown): "accept" | "reject" | "category-consent" | "category-trap" | "unknown" {
  if (typeof value === "string") {
    const category = classifyCategory(value);
    if (category !== "unknown" && classifyValue(value) === "unknown") return category === "always-on" ? "category-trap" : "category-consent";
  }
  return classifyValue(value);
}

/** `hasConsent('necessary')`, `includes(',C0001,')`: an argument naming an always-on category. */
function hasAlwaysOnArgument(call: ESTree.CallExpression): boolean {
  return call.arguments.some(
    (arg) =>
      arg.type === "Literal" &&
      typeof arg.value === "string" &&
      arg.value.split(/[\s,;|]+/).some((part) => part !== "" && classifyCategory(part) === "always-on"),
  );
}

/** `cookieconsent.status`, `ConsentStatus`: an object whose members name decision values. */
function isStatusEnum(node: ESTree.Node): boolean {
  const expr = unwrap(node);
  const name = expr.type === "Identifier" ? expr.name : expr.type === "MemberExpression" && !expr.computed && expr.property.type === "Identifier" ? expr.property.name : null;
  return name !== null && tokenize(name).some((token) => token === "status" || token === "statuses");
}

const CONTEXT_READERS = new Set(["useContext", "use", "inject", "getContext"]);

function namesConsentContext(arg: ESTree.Node | undefined): boolean {
  if (!arg) return false;
  const expr = unwrap(arg);
  const name = expr.type === "Identifier" ? expr.name : expr.type === "MemberExpression" && !expr.computed && expr.property.type === "Identifier" ? expr.property.name : expr.type === "Literal" && typeof expr.value === "string" ? expr.value : null;
  return name !== null && isConsentHookName(name);
}

const SELECTOR_CALLEE = /^(?:use\w*Selector|useStore|useAtomValue|useRecoilValue|select|computed|toValue|unref|get)$/;
/** Decision words that count once the value is known to come from consent (`const { allowed } = useConsent('analytics')`). */
const DECISION_WORDS = new Set(["allowed", "granted", "accepted", "given", "agreed", "enabled", "permitted", "approved", "consented", "ok", "optedin", "value", "status"]);

function decisionKeyState(key: string): State {
  const state = keyState(key);
  if (state !== null) return state;
  const tokens = tokenize(key);
  const last = tokens[tokens.length - 1];
  if (last === "value" || last === "status") return "source";
  return last !== undefined && DECISION_WORDS.has(last) && !tokens.some((token) => token === "is" && tokens.length === 1) ? "consent" : null;
}

const CONFIG_ROOTS = new Set(["process", "env", "ENV", "config", "CONFIG", "appConfig", "environment", "flags", "featureFlags", "features", "FEATURES", "settings_env", "runtimeConfig", "publicRuntimeConfig"]);
const ALL_CAPS = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** `process.env.X`, `import.meta.env.X`, `config.allowTracking`, `ALLOW_TRACKING`: configuration, not consent. */
function isConfigRead(expr: ESTree.Node): boolean {
  let current: ESTree.Node = expr;
  for (;;) {
    if (current.type === "MemberExpression") {
      current = unwrap(current.object);
      continue;
    }
    if (current.type === "CallExpression" && current.callee.type === "MemberExpression") {
      current = unwrap(current.callee.object);
      continue;
    }
    break;
  }
  if (current.type === "MetaProperty") return true;
  if (current.type !== "Identifier") return false;
  if (CMP_GLOBALS.has(current.name)) return false;
  if (CONFIG_ROOTS.has(current.name)) return true;
  return expr.type === "Identifier" && ALL_CAPS.test(current.name);
}

/** Values only consent code uses (`'granted'`, `'accepted'`): the subject need not be consent-named. */
const CONSENT_SPECIFIC_VALUES = new Set(["granted", "accepted", "consented", "agreed", "opt-in", "opted-in", "optin", "accept_all", "acceptall", "denied", "declined", "rejected", "opt-out", "opted-out"]);

function consentSpecificValue(value: unknown, subject: ESTree.Expression): boolean {
  if (typeof value !== "string" || !CONSENT_SPECIFIC_VALUES.has(value.toLowerCase())) return false;
  const name = dottedName(subject) ?? "";
  return !/permission|notification|geolocation|camera|microphone|clipboard|push/i.test(name);
}

function isConsentRelated(state: State): boolean {
  return state === "consent" || state === "rejected" || state === "source" || state === "reader";
}

function nameState(name: string): State {
  const meaning = classifyName(name);
  if (meaning.consent) return "consent";
  if (meaning.rejected) return "rejected";
  return null;
}

function keyState(key: string): State {
  const category = classifyCategory(key);
  if (category === "always-on") return "trap";
  if (category === "analytics" || category === "other") return "consent";
  return nameState(key);
}

function readerState(init: ESTree.Node): State {
  // A bare read is existence; only a key that says "accepted" is a decision.
  const expr = unwrap(init);
  if (expr.type === "CallExpression") {
    const first = expr.arguments[0];
    if (first && first.type === "Literal" && typeof first.value === "string") {
      const meaning = classifyName(first.value);
      if (meaning.consent && !first.value.toLowerCase().includes("consent")) return "consent";
    }
  }
  return "reader";
}

function isSourceName(name: string): boolean {
  const first = tokenize(name)[0];
  return first !== undefined && SOURCE_FIRST_TOKENS.has(first);
}

function isConsentHookName(name: string): boolean {
  const tokens = tokenize(name);
  return tokens.some((token) => token.startsWith("consent") || token === "gdpr" || token === "cmp") ||
    (tokens.includes("cookie") || tokens.includes("cookies")) && tokens.some((token) => CONTAINER_TOKENS.has(token) || token === "banner");
}

function isConsentHook(init: ESTree.Node): boolean {
  const expr = unwrap(init);
  if (expr.type !== "CallExpression") return false;
  const name = calleeName(expr);
  return name !== null && (isConsentHookName(name) || CMP_CHECK_FUNCTIONS.has(name));
}

/** `cookiePreferences`, `privacySettings`, `trackingChoices`: containers of consent categories. */
function isContainerName(node: ESTree.Node): boolean {
  const expr = unwrap(node);
  let name: string | null = null;
  if (expr.type === "Identifier") name = expr.name;
  else if (expr.type === "MemberExpression" && !expr.computed && expr.property.type === "Identifier") name = expr.property.name;
  if (name === null) return false;
  const tokens = tokenize(name);
  return tokens.some((token) => CONTAINER_CONTEXT.has(token)) && tokens.some((token) => CONTAINER_TOKENS.has(token));
}

function isStorageObject(node: ESTree.Node): boolean {
  const expr = unwrap(node);
  const name = expr.type === "Identifier" ? expr.name : expr.type === "MemberExpression" && expr.property.type === "Identifier" ? expr.property.name : null;
  if (name === null) return false;
  return /^(?:localStorage|sessionStorage|Cookies|cookies|cookie|cookieStore|jsCookie|Cookie|storage|cookieService|cookiesService|\$cookies)$/.test(name);
}

function isGlobalObject(node: ESTree.Node): boolean {
  return node.type === "Identifier" && (node.name === "window" || node.name === "globalThis" || node.name === "self");
}

/** A default that holds no value of its own: `{}`, `[]`, `""`, `false`, `0`, `null`, `undefined`. */
function isEmptyDefault(node: ESTree.Node): boolean {
  const expr = unwrap(node);
  if (expr.type === "ObjectExpression") return expr.properties.length === 0;
  if (expr.type === "ArrayExpression") return expr.elements.length === 0;
  if (expr.type === "Literal") return !expr.value;
  return expr.type === "Identifier" && expr.name === "undefined";
}

function keyOfBinding(pattern: ESTree.ObjectPattern, localName: string): string | null {
  for (const property of pattern.properties) {
    if (property.type !== "Property") continue;
    const value = property.value.type === "AssignmentPattern" ? property.value.left : property.value;
    if (value.type === "Identifier" && value.name === localName) return keyName(property.key);
  }
  return null;
}

function keyName(key: ESTree.Node): string | null {
  if (key.type === "Identifier") return key.name;
  if (key.type === "Literal") return String(key.value);
  return null;
}

export function calleeName(call: ESTree.CallExpression | ESTree.NewExpression): string | null {
  const callee = unwrap(call.callee);
  if (callee.type === "Identifier") return callee.name;
  if (callee.type === "MemberExpression") {
    if (!callee.computed && callee.property.type === "Identifier") return callee.property.name;
    if (callee.property.type === "Literal" && typeof callee.property.value === "string") return callee.property.value;
  }
  return null;
}

/** `a.b.c` for simple member chains and calls of them (`a.b()` -> `a.b`), else null. */
export function dottedName(node: ESTree.Node): string | null {
  const expr = unwrap(node);
  if (expr.type === "Identifier") return expr.name;
  if (expr.type === "ThisExpression") return "this";
  if (expr.type === "CallExpression") return dottedName(expr.callee);
  if (expr.type === "MemberExpression" && !expr.computed && expr.property.type === "Identifier") {
    const object = dottedName(expr.object);
    return object === null ? null : `${object}.${expr.property.name}`;
  }
  return null;
}

/** Strips TS wrappers, chain expressions and `await` around a value. */
/** The value whose truth a test takes: `Boolean(consent?.analytics)` is as true as its argument. */
function truthOf(node: ESTree.Node): ESTree.Expression {
  const expr = unwrap(node);
  if (expr.type !== "CallExpression" || expr.callee.type !== "Identifier" || expr.callee.name !== "Boolean" || expr.arguments.length !== 1) return expr;
  const [argument] = expr.arguments;
  return argument && argument.type !== "SpreadElement" ? unwrap(argument) : expr;
}

export function unwrap(node: ESTree.Node): ESTree.Expression {
  let current = node as ESTree.Node & { expression?: ESTree.Node };
  for (;;) {
    const type = current.type as string;
    if (type === "ChainExpression" || type === "TSAsExpression" || type === "TSNonNullExpression" || type === "TSSatisfiesExpression" || type === "TSTypeAssertion") {
      current = current.expression as ESTree.Node & { expression?: ESTree.Node };
      continue;
    }
    if (type === "AwaitExpression") {
      current = (current as unknown as ESTree.AwaitExpression).argument as ESTree.Node & { expression?: ESTree.Node };
      continue;
    }
    return current as ESTree.Expression;
  }
}

export function isFunction(node: ESTree.Node): node is ESTree.Function {
  return node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression" || node.type === "FunctionDeclaration";
}

/** The single returned expression of a small helper, or null. */
/** The return statements of a function body, not those of functions nested in it. */
function returnStatements(node: ESTree.Node, found: ESTree.ReturnStatement[] = []): ESTree.ReturnStatement[] {
  if (node.type === "ReturnStatement") {
    found.push(node);
    return found;
  }
  const record = node as unknown as Record<string, unknown>;
  for (const key of STATEMENT_KEYS) {
    const child = record[key];
    for (const item of Array.isArray(child) ? child : [child]) {
      if (item && typeof item === "object" && "type" in item && !isFunction(item as ESTree.Node)) returnStatements(item as ESTree.Node, found);
    }
  }
  return found;
}

/** Keys under which statements nest (blocks, branches, loops, `try`, `switch`); expressions hold no `return`. */
const STATEMENT_KEYS = ["body", "consequent", "alternate", "block", "handler", "finalizer", "cases"] as const;

function singleReturn(fn: ESTree.Function): ESTree.Expression | null {
  if (fn.body.type !== "BlockStatement") return fn.body;
  const statements = fn.body.body;
  const last = statements[statements.length - 1];
  if (statements.length <= 3 && last?.type === "ReturnStatement" && last.argument) return last.argument;
  return null;
}
