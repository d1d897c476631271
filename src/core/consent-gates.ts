/**
 * Is a node dominated by a consent check in the same file?
 *
 * Gates, from the node outwards:
 * - an enclosing `if` / `?:` / `&&` / `||` / `switch` whose test reads consent in the right
 *   direction, or an earlier early return (`if (!consent) return;`) in an enclosing statement list;
 * - a JSX wrapper that renders its children only with consent (`<ConsentGate>`);
 * - a callback that only runs on acceptance: a consent API's accept event
 *   (`addEventListener('CookiebotOnAccept', fn)`), an accept prop or option (`onAccept={fn}`),
 *   a registration such as `onConsentGranted(fn)`, a handler named like `acceptCookies`;
 * - a function in the same file whose every use is gated (calls, JSX uses, callback uses).
 * Listeners that also fire on reject or every load (`OneTrustGroupsUpdated`, `cc:onConsent`,
 * `OptanonWrapper`) are not gates by themselves; their parameters still count as consent sources,
 * so a category check inside them is.
 */
import type { Rule, Scope, SourceCode } from "eslint";
import type * as ESTree from "estree";
import { findVariable, getInnermostScope, getStaticValue } from "../util/eslint-shared.js";
import {
  ACCEPT_CALLBACK_KEYS,
  LISTENER_CONFIG_CALLS,
  LISTENER_METHODS,
} from "../data/consent-platforms.js";
import { ConsentConditions, calleeName, unwrap } from "./consent-conditions.js";
import { ACCEPT_EVENTS, LISTENER_EVENTS, classifyName, isAcceptHandlerName, tokenize } from "./consent-names.js";
import { getNodeIndex } from "./node-index.js";
import { memberKey, propertyKey } from "./estree-keys.js";
import { encloses } from "../util/source-location.js";

export interface ConsentGateOptions {
  /** Names of functions, variables or members that mean consent (`consentGuards`). */
  guards: readonly string[];
}

/** How a function value is used where it appears. */
type CallbackKind =
  | "accept" // runs only after acceptance
  | "listener" // a consent listener that also fires on reject / every load
  | "continue" // runs whenever the surrounding code runs: keep walking outwards from `at`
  | "external"; // called from outside the file (exported, a method, a global): not provable

interface CallbackUse {
  kind: CallbackKind;
  at?: Rule.Node;
}

const LISTENER_KEYS = new Set([
  "consentCallback",
  "onConsent",
  "onConsentChange",
  "onConsentChanged",
  "onConsentUpdate",
  "onConsentUpdated",
  "onStatusChange",
  "onInitialise",
  "onPreferenceExpressed",
  "onFirstConsent",
  "onFirstAction",
  "callback",
]);
const ACCEPT_TEXT = /\b(?:accept|agree|allow|consent|opt[\s-]?in|got it|ok|okay|yes|akzeptieren|zustimmen|accepter|aceptar|accetta|accepteren)\b/i;
const WRAPPER_WORDS = new Set(["gate", "guard", "required", "require", "if", "when", "with", "only", "check", "conditional", "given", "granted", "accepted", "allowed", "protected", "blocker", "wall"]);
/**
 * Props of conditional-rendering components that hold the condition: SolidJS `<Show when>`,
 * react-if `<If condition>`, an app's `<Conditional showWhen>`.
 */
const CONDITION_PROPS = new Set(["when", "showWhen", "renderWhen", "if", "condition", "test", "show", "visible", "enabled"]);
const NOT_WRAPPER_WORDS = new Set(["provider", "banner", "manager", "context", "modal", "dialog", "popup", "form", "settings", "preferences"]);
const CONSENT_EVENT = /consent|cookie|optin|opt-in|gdpr|privacy/i;
const ACCEPT_EVENT = /accept|granted|given|agree|allow|opt-?in/i;
const REJECT_EVENT = /declin|reject|deny|denied|revok|withdraw/i;
/** `whenConsented(fn)`, `afterConsent(fn)`, `onCookieConsent(fn)`, `waitForConsent(fn)`. */
const CONSENT_REGISTRATION = /^(?:when|after|on|once|wait(?:For)?|with|run(?:If|When|After)?|if)(?:[A-Z][a-z\d]*)*?(?:Consent(?:ed|Given|Granted|Accepted)?|OptIn|OptedIn)(?:Given|Granted|Accepted)?$/;
const CLICK_EVENTS = new Set(["click", "submit", "pointerup", "touchend", "mouseup"]);
const WATCHERS = new Set(["watch", "watchEffect", "subscribe", "effect", "reaction", "autorun", "on"]);

export class ConsentGates {
  readonly conditions: ConsentConditions;
  private readonly sourceCode: SourceCode;
  private readonly guards: ReadonlySet<string>;
  private readonly gatedMemo = new Map<Rule.Node, boolean>();
  private readonly functionMemo = new Map<Rule.Node, boolean>();
  private readonly inProgress = new Set<Rule.Node>();

  constructor(sourceCode: SourceCode, options: ConsentGateOptions) {
    this.sourceCode = sourceCode;
    this.guards = new Set(options.guards);
    this.conditions = new ConsentConditions({
      sourceCode,
      guards: this.guards,
      isConsentCallback: (fn) => this.isConsentCallback(fn),
    });
  }

  /** Whether `node` only runs after the visitor consented (as far as this file shows). */
  isGated(node: Rule.Node): boolean {
    const memo = this.gatedMemo.get(node);
    if (memo !== undefined) return memo;
    const result = this.iifeGuarded(node) || this.walk(node);
    this.gatedMemo.set(node, result);
    return result;
  }

  /**
   * A snippet's IIFE that returns early unless there is consent before it loads anything:
   * `(function (h, o) { if (getCookie("cookies_granted") !== "yes") return; h.hj = ... })(window, document)`.
   */
  private iifeGuarded(node: Rule.Node): boolean {
    if (node.type !== "CallExpression") return false;
    const callee = unwrap(node.callee);
    if ((callee.type !== "FunctionExpression" && callee.type !== "ArrowFunctionExpression") || callee.body.type !== "BlockStatement") return false;
    const statements = callee.body.body;
    const last = statements.at(-1);
    return last !== undefined && this.guardedBefore(statements, last as Rule.Node);
  }

  /** Whether a function is a callback of a consent API or event (accept-only or listener). */
  isConsentCallback(fn: Rule.Node): boolean {
    // handleConsent(status), onCookieConsent(choice): a consent-named handler receives consent.
    const name = functionName(fn);
    if (name !== null && (isAcceptHandlerName(name) || tokenize(name).some((token) => token.startsWith("consent")))) return true;
    const kind = this.useOf(fn).kind;
    if (kind === "accept" || kind === "listener") return true;
    // const onUpdate = (event) => ...; window.addEventListener(CONSENT_UPDATE_EVENT, onUpdate)
    const variable = this.bindingOf(fn);
    return variable !== null && variable.references.some((ref) => {
      if (ref.init) return false;
      const use = this.useOf(ref.identifier as Rule.Node).kind;
      return use === "accept" || use === "listener";
    });
  }

  // Dominance walk ------------------------------------------------------------------------------

  private walk(start: Rule.Node): boolean {
    let child: Rule.Node = start;
    let parent = child.parent;
    while (parent) {
      switch (parent.type as string) {
        case "IfStatement": {
          const statement = parent as ESTree.IfStatement & Rule.Node;
          if (child === statement.consequent && this.conditions.whenTrue(statement.test)) return true;
          if (child === statement.alternate && this.conditions.whenFalse(statement.test)) return true;
          break;
        }
        case "ConditionalExpression": {
          const expr = parent as ESTree.ConditionalExpression & Rule.Node;
          if (child === expr.consequent && this.conditions.whenTrue(expr.test)) return true;
          if (child === expr.alternate && this.conditions.whenFalse(expr.test)) return true;
          break;
        }
        case "LogicalExpression": {
          const expr = parent as ESTree.LogicalExpression & Rule.Node;
          if (child === expr.right) {
            if (expr.operator === "&&" && this.conditions.whenTrue(expr.left)) return true;
            if (expr.operator === "||" && this.conditions.whenFalse(expr.left)) return true;
          }
          break;
        }
        case "SwitchCase": {
          const switchCase = parent as ESTree.SwitchCase & Rule.Node;
          if (switchCase.test && switchCase.consequent.includes(child as ESTree.Statement) && this.switchCaseGated(switchCase)) return true;
          if (this.guardedBefore(switchCase.consequent, child)) return true;
          break;
        }
        case "BlockStatement":
        case "Program":
        case "StaticBlock":
          if (this.guardedBefore((parent as unknown as { body: ESTree.Node[] }).body, child)) return true;
          break;
        case "JSXElement":
          if (this.isConsentWrapper(parent) || this.hasConsentConditionProp(parent)) return true;
          break;
        case "ArrowFunctionExpression":
        case "FunctionExpression":
        case "FunctionDeclaration":
          if ((parent as unknown as ESTree.Function).body === child) return this.functionGated(parent);
          break;
        default:
          break;
      }
      child = parent;
      parent = parent.parent;
    }
    return false;
  }

  /** An early exit earlier in the same statement list whose test, when false, means consent. */
  private guardedBefore(statements: readonly ESTree.Node[], child: Rule.Node | null): boolean {
    const index = child === null ? statements.length : statements.indexOf(child);
    for (let i = 0; i < index; i += 1) {
      const statement = statements[i];
      // `try { const prefs = JSON.parse(saved); if (!prefs.analytics) return; } catch { return; }`:
      // the code after the try runs only when the guards inside it passed (or the handler exits too).
      if (statement?.type === "TryStatement" && (!statement.handler || exits(statement.handler.body)) && this.guardedBefore(statement.block.body, null)) return true;
      if (statement?.type !== "IfStatement") continue;
      if (exits(statement.consequent) && !statement.alternate && this.conditions.whenFalse(statement.test)) return true;
      if (statement.alternate && exits(statement.alternate) && this.conditions.whenTrue(statement.test)) return true;
    }
    return false;
  }

  private switchCaseGated(switchCase: ESTree.SwitchCase & Rule.Node): boolean {
    const statement = switchCase.parent as unknown as ESTree.SwitchStatement;
    const test = switchCase.test;
    if (!test) return false;
    const discriminant = unwrap(statement.discriminant);
    if (discriminant.type === "Literal" && discriminant.value === true) return this.conditions.whenTrue(test);
    const synthetic = { type: "BinaryExpression", operator: "===", left: statement.discriminant, right: test } as ESTree.BinaryExpression;
    return this.conditions.whenTrue(synthetic);
  }

  private isConsentWrapper(element: Rule.Node): boolean {
    const opening = (element as unknown as { openingElement: { name: { type: string; name?: string; property?: { name: string } } } }).openingElement;
    const name = opening.name.type === "JSXIdentifier" ? opening.name.name : opening.name.type === "JSXMemberExpression" ? opening.name.property?.name : undefined;
    if (!name) return false;
    if (this.guards.has(name)) return true;
    const tokens = tokenize(name);
    if (tokens.some((token) => NOT_WRAPPER_WORDS.has(token))) return false;
    const consent = tokens.some((token) => token.startsWith("consent")) || (tokens.includes("cookie") && tokens.includes("consent"));
    return consent && tokens.some((token) => WRAPPER_WORDS.has(token));
  }

  /** A conditional-rendering wrapper whose condition prop means consent: `<Show when={hasConsent}>`. */
  private hasConsentConditionProp(element: Rule.Node): boolean {
    const { attributes } = (element as unknown as { openingElement: { attributes: { type: string; name?: { type: string; name?: string }; value?: { type: string; expression?: ESTree.Node } | null }[] } }).openingElement;
    return attributes.some(
      (attribute) =>
        attribute.type === "JSXAttribute" &&
        attribute.name?.type === "JSXIdentifier" &&
        CONDITION_PROPS.has(attribute.name.name ?? "") &&
        attribute.value?.type === "JSXExpressionContainer" &&
        attribute.value.expression !== undefined &&
        attribute.value.expression.type !== ("JSXEmptyExpression" as string) &&
        this.conditions.whenTrue(attribute.value.expression),
    );
  }

  // Functions -----------------------------------------------------------------------------------

  private functionGated(fn: Rule.Node): boolean {
    const memo = this.functionMemo.get(fn);
    if (memo !== undefined) return memo;
    if (this.inProgress.has(fn)) return false;
    this.inProgress.add(fn);
    let result: boolean;
    try {
      result = this.evaluateFunction(fn);
    } finally {
      this.inProgress.delete(fn);
    }
    this.functionMemo.set(fn, result);
    return result;
  }

  private evaluateFunction(fn: Rule.Node): boolean {
    const method = this.privateMethodGated(fn);
    if (method !== null) return method;
    const name = functionName(fn);
    const acceptNamed = name !== null && (ACCEPT_EVENTS.has(name) || this.guards.has(name) || isAcceptHandlerName(name));
    if (name !== null && LISTENER_EVENTS.has(name)) return false;
    // Named functions and consts: every use in the file must be gated. An accept handler
    // (`acceptCookies`) is trusted wherever it is handed over, but not where it is called directly.
    const variable = this.bindingOf(fn);
    if (variable) return this.allUsesGated(fn, variable, acceptNamed);
    const use = this.useOf(fn);
    // orestbida's `run({ onAccept })` fires on every page load, whatever the name promises.
    if (use.kind === "listener") return false;
    if (acceptNamed) return true;
    switch (use.kind) {
      case "accept":
        return true;
      case "continue":
        return use.at ? this.isGated(use.at) : false;
      default:
        return false;
    }
  }

  /**
   * A private class method (`private static initLogRocket()`, `#start()`): only its class can call it,
   * so it is gated when every `this.name()` / `ClassName.name()` call in the class is. `null` for
   * anything else.
   */
  private privateMethodGated(fn: Rule.Node): boolean | null {
    const member = fn.parent;
    if (member?.type !== "MethodDefinition" && (member?.type as string) !== "PropertyDefinition") return null;
    const definition = member as unknown as { key: ESTree.Node; computed: boolean; static: boolean; value: unknown; accessibility?: string; parent: Rule.Node };
    const key = definition.key;
    if (definition.value !== fn || definition.computed || (key.type !== "PrivateIdentifier" && definition.accessibility !== "private")) return null;
    const name = key.type === "PrivateIdentifier" || key.type === "Identifier" ? key.name : null;
    const classBody = definition.parent;
    const classId = (classBody.parent as unknown as { id?: ESTree.Identifier | null } | null)?.id;
    if (name === null) return null;
    const calls = getNodeIndex(this.sourceCode).calls.filter((call) => {
      const callee = (call as unknown as ESTree.CallExpression).callee;
      if (callee.type !== "MemberExpression" || !encloses(classBody, call)) return false;
      const property = callee.property;
      if ((property.type === "PrivateIdentifier") !== (key.type === "PrivateIdentifier") || !("name" in property) || property.name !== name) return false;
      return callee.object.type === "ThisExpression" || (definition.static && callee.object.type === "Identifier" && callee.object.name === classId?.name);
    });
    return calls.length > 0 && calls.every((call) => this.isGated(call));
  }

  /** The variable a function is bound to (`function f(){}`, `const f = () => {}`), if any. */
  private bindingOf(fn: Rule.Node): Scope.Variable | null {
    const scope = this.sourceCode.getScope(fn);
    const id = (fn as unknown as { id?: ESTree.Identifier | null }).id;
    if (fn.type === "FunctionDeclaration" && id) {
      return findVariable(scope.upper ?? scope, id);
    }
    const parent = fn.parent;
    if (parent?.type === "VariableDeclarator" && parent.init === fn && parent.id.type === "Identifier") {
      return findVariable(scope.upper ?? scope, parent.id);
    }
    return null;
  }

  private allUsesGated(fn: Rule.Node, variable: Scope.Variable, acceptNamed: boolean): boolean {
    let exported = isExported(fn);
    const uses: Rule.Node[] = [];
    for (const ref of variable.references) {
      const id = ref.identifier as Rule.Node;
      if (ref.init || (ref.isWrite() && !ref.isRead())) continue;
      // `export { start }`, `export default start`: exported like `export function start`.
      if (id.parent?.type === "ExportSpecifier" || id.parent?.type === "ExportDefaultDeclaration") {
        exported = true;
        continue;
      }
      // A retry from inside (`setTimeout(start, 500)` until the SDK loaded) runs only after an outside use.
      if (encloses(fn, id)) continue;
      uses.push(id);
    }
    // ESLint 9 does not track JSX references; find `<Name />` uses by name and scope.
    if (!uses.some((use) => (use.type as string) === "JSXIdentifier")) {
      // (typed loosely: JSX nodes are not in ESTree's union)
      const globalScope = this.sourceCode.scopeManager.globalScope;
      if (globalScope) {
        for (const opening of getNodeIndex(this.sourceCode).jsxOpenings) {
          const nameNode = (opening as unknown as { name: { type: string; name?: string } }).name;
          if (nameNode.type !== "JSXIdentifier" || nameNode.name !== variable.name) continue;
          if (findVariable(getInnermostScope(globalScope, opening), variable.name) === variable) uses.push(nameNode as unknown as Rule.Node);
        }
      }
    }
    if (uses.length === 0) return acceptNamed;
    // An exported loader the file itself calls only after consent (`if (prefs.analytics) initClarity()`)
    // is judged by those calls; one the file never calls is judged by its name alone.
    if (exported && !uses.some((use) => isDirectCall(use) || (use.type as string) === "JSXIdentifier")) return acceptNamed;
    return uses.every((use) => (acceptNamed && !isDirectCall(use) ? true : this.useGated(use)));
  }

  /** Whether one use of a function (a call, a JSX use, a callback position) is gated. */
  private useGated(use: Rule.Node): boolean {
    const parent = use.parent;
    if (!parent) return false;
    if ((use.type as string) === "JSXIdentifier") {
      const opening = (parent.type as string) === "JSXOpeningElement" ? parent : null;
      return opening ? this.isGated(opening) : false;
    }
    if ((parent.type === "CallExpression" || parent.type === "NewExpression") && parent.callee === use) return this.isGated(parent);
    if (parent.type === "ExportSpecifier" || parent.type === "ExportDefaultDeclaration") return false;
    const position = this.useOf(use);
    switch (position.kind) {
      case "accept":
        return true;
      case "continue":
        return position.at ? this.isGated(position.at) : false;
      default:
        return false;
    }
  }

  /** How a function value at `pos` (the function itself or a reference to it) is used. */
  private useOf(pos: Rule.Node): CallbackUse {
    let node = pos;
    while (node.parent && isValueWrapper(node.parent)) node = node.parent;
    const parent = node.parent;
    if (!parent) return { kind: "external" };
    switch (parent.type as string) {
      case "CallExpression":
      case "NewExpression": {
        const call = parent as ESTree.CallExpression & Rule.Node;
        if (call.callee === node) return { kind: "continue", at: call }; // IIFE
        return this.argumentUse(call, node);
      }
      case "JSXExpressionContainer": {
        const attribute = parent.parent;
        if ((attribute?.type as string) === "JSXAttribute") return this.jsxAttributeUse(attribute as Rule.Node);
        return { kind: "continue", at: parent };
      }
      case "Property": {
        const property = parent as ESTree.Property & Rule.Node;
        if (property.value !== node) return { kind: "continue", at: parent };
        return this.propertyUse(property, propertyKey(property));
      }
      case "MethodDefinition":
      case "PropertyDefinition": {
        const key = propertyKey(parent as unknown as ESTree.Property);
        if (key !== null && (ACCEPT_CALLBACK_KEYS.has(key) || isAcceptHandlerName(key) || this.guards.has(key))) return { kind: "accept" };
        return { kind: "external" };
      }
      case "AssignmentExpression": {
        const assignment = parent as ESTree.AssignmentExpression & Rule.Node;
        if (assignment.right !== node) return { kind: "continue", at: parent };
        const target = assignment.left;
        const key = target.type === "MemberExpression" ? memberKey(target) : target.type === "Identifier" ? target.name : null;
        if (key !== null) {
          if (ACCEPT_EVENTS.has(key) || ACCEPT_CALLBACK_KEYS.has(key) || isAcceptHandlerName(key) || this.guards.has(key)) return { kind: "accept" };
          if (LISTENER_EVENTS.has(key) || LISTENER_KEYS.has(key)) return { kind: "listener" };
        }
        // `script.onload = () => LogRocket.init(...)`: whoever calls it later, the function exists only
        // once this assignment ran, so the checks around the assignment gate it.
        return { kind: "continue", at: parent };
      }
      case "ArrayExpression": {
        // _hsq.push(['addPrivacyConsentListener', fn]), didomiEventListeners.push({ event, listener })
        const first = (parent as ESTree.ArrayExpression).elements[0];
        if (first && first.type === "Literal" && typeof first.value === "string" && (LISTENER_EVENTS.has(first.value) || CONSENT_EVENT.test(first.value))) {
          return { kind: "listener" };
        }
        return { kind: "continue", at: parent };
      }
      case "ExportDefaultDeclaration":
      case "ExportNamedDeclaration":
        return { kind: "external" };
      default:
        return { kind: "continue", at: parent };
    }
  }

  private argumentUse(call: ESTree.CallExpression & Rule.Node, arg: Rule.Node): CallbackUse {
    const name = calleeName(call);
    const callee = unwrap(call.callee);
    const objectName = callee.type === "MemberExpression" ? lastName(callee.object) : null;
    // addEventListener('CookiebotOnAccept', fn), $(window).on('consent.accepted', fn), Termly.on('consent', fn)
    if (name !== null && LISTENER_METHODS.has(name)) {
      const event = this.stringValue(call.arguments[0]);
      if (event !== null && call.arguments[0] !== arg) {
        const kind = eventKind(event);
        if (kind) return { kind };
        // acceptButton.addEventListener('click', fn), $('#cookie-accept').on('click', fn)
        if (CLICK_EVENTS.has(event) && callee.type === "MemberExpression" && this.namesAcceptControl(callee.object)) return { kind: "accept" };
      }
      // addEventListener(CONSENT_UPDATE_EVENT, fn): an event constant from another module, named for consent.
      const eventArgument = call.arguments[0];
      if (event === null && eventArgument !== arg && eventArgument?.type === "Identifier" && hasConsentToken(eventArgument.name)) return { kind: "listener" };
    }
    if (name !== null) {
      if (ACCEPT_EVENTS.has(name) || ACCEPT_CALLBACK_KEYS.has(name) || this.guards.has(name)) return { kind: "accept" };
      if (LISTENER_EVENTS.has(name)) return { kind: "listener" };
      // didomiOnReady.push(fn), _axcb.push(fn), window.Osano('onInitialized', fn)
      if (name === "push" && objectName !== null && LISTENER_EVENTS.has(objectName)) return { kind: "listener" };
      const first = this.stringValue(call.arguments[0]);
      if (first !== null && call.arguments[0] !== arg && LISTENER_EVENTS.has(first)) return { kind: "listener" };
      if (isAcceptHandlerName(name) || CONSENT_REGISTRATION.test(name)) {
        return classifyName(name).rejected ? { kind: "continue", at: call } : { kind: "accept" };
      }
      // watch(() => consent.analytics, (granted) => ...): the callback receives a consent value.
      if (WATCHERS.has(name) && call.arguments[0] !== arg && call.arguments[0] && this.conditions.readsConsent(call.arguments[0])) {
        return { kind: "listener" };
      }
      // consentPromise.then(fn)
      if (name === "then" && callee.type === "MemberExpression" && this.conditions.whenTrue(callee.object)) return { kind: "accept" };
      if ((name === "then" || name === "subscribe") && callee.type === "MemberExpression" && this.conditions.readsConsent(callee.object)) {
        return { kind: "listener" };
      }
      if (name === "subscribe" && objectName !== null && /consent|status.?change/i.test(objectName)) return { kind: "listener" };
      // onConsentChange(fn), consentManager.onChange(fn): the callback receives consent state.
      if (hasConsentToken(name) || (objectName !== null && hasConsentToken(objectName))) return { kind: "listener" };
    }
    return { kind: "continue", at: call };
  }

  private jsxAttributeUse(attribute: Rule.Node): CallbackUse {
    const nameNode = (attribute as unknown as { name: { type: string; name: string } }).name;
    const name = nameNode.type === "JSXIdentifier" ? nameNode.name : "";
    const opening = attribute.parent as Rule.Node;
    if (ACCEPT_CALLBACK_KEYS.has(name) || this.guards.has(name) || (name.startsWith("on") && isAcceptHandlerName(name))) return { kind: "accept" };
    if (LISTENER_KEYS.has(name)) return { kind: "listener" };
    if (name === "onClick" && this.isAcceptButton(opening)) return { kind: "accept" };
    return { kind: "continue", at: opening };
  }

  private propertyUse(property: ESTree.Property & Rule.Node, key: string | null): CallbackUse {
    const object = property.parent;
    const holder = object.parent;
    const inListenerConfig =
      holder?.type === "CallExpression" && (holder as ESTree.CallExpression).arguments.includes(object as ESTree.Expression) &&
      LISTENER_CONFIG_CALLS.has(calleeName(holder) ?? "");
    if (key !== null) {
      if (inListenerConfig && /^on[A-Z]/.test(key)) return { kind: "listener" };
      if (ACCEPT_CALLBACK_KEYS.has(key) || this.guards.has(key) || isAcceptHandlerName(key)) return { kind: "accept" };
      if (LISTENER_KEYS.has(key) || LISTENER_EVENTS.has(key)) return { kind: "listener" };
    }
    return { kind: "continue", at: object };
  }

  /** An element reference whose name or selector says "accept" (`acceptBtn`, `#cookie-accept`). */
  private namesAcceptControl(node: ESTree.Node): boolean {
    const texts: string[] = [];
    let current: ESTree.Node = unwrap(node);
    for (let steps = 0; steps < 6; steps += 1) {
      if (current.type === "Identifier") {
        texts.push(current.name);
        break;
      }
      if (current.type === "MemberExpression") {
        const key = memberKey(current);
        if (key) texts.push(key);
        current = unwrap(current.object);
        continue;
      }
      if (current.type === "CallExpression") {
        for (const arg of current.arguments) {
          const value = this.stringValue(arg);
          if (value !== null) texts.push(value);
        }
        current = unwrap(current.callee);
        continue;
      }
      break;
    }
    return texts.some((text) => {
      const words = text.split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])/).map((word) => word.toLowerCase());
      return words.some((word) => word === "accept" || word === "agree" || word === "allow" || word === "optin") && !words.some((word) => /^(?:decline|reject|deny|refuse)/.test(word));
    });
  }

  /** `<button onClick={...}>Accept all</button>` */
  private isAcceptButton(opening: Rule.Node): boolean {
    const element = opening.parent as unknown as { children?: { type: string; value?: string }[] } | undefined;
    const text = (element?.children ?? [])
      .filter((child) => child.type === "JSXText")
      .map((child) => child.value ?? "")
      .join(" ");
    return ACCEPT_TEXT.test(text) && !REJECT_EVENT.test(text);
  }

  private stringValue(node: ESTree.Node | undefined): string | null {
    if (!node) return null;
    if (node.type === "Literal" && typeof node.value === "string") return node.value;
    if (node.type === "TemplateLiteral" && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? null;
    if (node.type === "Identifier" || node.type === "MemberExpression") {
      const result = getStaticValue(node, this.sourceCode.getScope(node));
      if (result && typeof result.value === "string") return result.value;
    }
    return null;
  }
}

// Helpers ----------------------------------------------------------------------------------------

function eventKind(event: string): CallbackKind | null {
  if (ACCEPT_EVENTS.has(event)) return "accept";
  if (LISTENER_EVENTS.has(event)) return "listener";
  if (CONSENT_EVENT.test(event) || ACCEPT_EVENT.test(event)) {
    if (REJECT_EVENT.test(event)) return "listener";
    if (ACCEPT_EVENT.test(event) && CONSENT_EVENT.test(event)) return "accept";
    if (/^(?:consent|cookie)s?[-_:.]?(?:accepted|granted|given)$/i.test(event)) return "accept";
    return "listener";
  }
  return null;
}

function hasConsentToken(name: string): boolean {
  return tokenize(name).some((token) => token.startsWith("consent") || token === "cmp" || token === "gdpr");
}

function isDirectCall(use: Rule.Node): boolean {
  const parent = use.parent;
  return ((parent?.type === "CallExpression" || parent?.type === "NewExpression") && parent.callee === use) || (use.type as string) === "JSXIdentifier";
}

function exits(statement: ESTree.Statement): boolean {
  if (statement.type === "ReturnStatement" || statement.type === "ThrowStatement") return true;
  if (statement.type === "BlockStatement") {
    const last = statement.body[statement.body.length - 1];
    return last !== undefined && exits(last);
  }
  return false;
}

function isValueWrapper(node: Rule.Node): boolean {
  const type = node.type as string;
  return type === "TSAsExpression" || type === "TSNonNullExpression" || type === "TSSatisfiesExpression" || type === "ChainExpression";
}

function functionName(fn: Rule.Node): string | null {
  const node = fn as unknown as ESTree.Function;
  if ("id" in node && node.id) return node.id.name;
  const parent = fn.parent;
  if (!parent) return null;
  if (parent.type === "VariableDeclarator" && parent.id.type === "Identifier") return parent.id.name;
  if (parent.type === "Property" || parent.type === "MethodDefinition" || parent.type === "PropertyDefinition") {
    return propertyKey(parent as unknown as ESTree.Property);
  }
  return null;
}



function lastName(node: ESTree.Node): string | null {
  const expr = unwrap(node);
  if (expr.type === "Identifier") return expr.name;
  if (expr.type === "MemberExpression") return memberKey(expr);
  return null;
}

function isExported(fn: Rule.Node): boolean {
  // `export function f` / `export default function` / `export const f = () => {}`
  const fnParent = parentOf(fn);
  const holder = fnParent?.type === "VariableDeclarator" ? parentOf(fnParent) : fn;
  const parent = holder ? parentOf(holder) : null;
  return parent !== null && (parent.type === "ExportNamedDeclaration" || parent.type === "ExportDefaultDeclaration");
}

function parentOf(node: Rule.Node): Rule.Node | null {
  return (node as { parent?: Rule.Node | null }).parent ?? null;
}
