/**
 * ConsentConditions in depth: how each shape of test (literals, ternaries, comparisons, relational
 * `indexOf` checks, locals, destructured hooks, listener parameters, CMP check functions, helpers)
 * reads as a consent check, in which direction, and which look-alikes do not.
 *
 * `evaluate` runs a probe rule over `code` and reads the test of the last `if` in source order:
 * `[whenTrue, whenFalse]` = [the test being truthy implies consent, the test being falsy implies consent].
 */
import { Linter, type Rule, type SourceCode } from "eslint";
import tsParser from "@typescript-eslint/parser";
import type * as ESTree from "estree";
import { describe, expect, it } from "vitest";
import { calleeName, dottedName, isFunction, unwrap } from "../../src/core/consent-conditions.js";
import { ConsentGates } from "../../src/core/consent-gates.js";

interface ProbeOptions {
  guards?: string[];
  typescript?: boolean;
}

interface Probe {
  whenTrue: boolean;
  whenFalse: boolean;
  readsConsent: boolean;
}

/** Runs `inspect` on the last node of `selector`'s type in `code` (AST in hand, scopes ready). */
function probe(code: string, options: ProbeOptions = {}): Probe {
  let result: Probe | null = null;
  const linter = new Linter({ configType: "flat" });
  const messages = linter.verify(code, [
    {
      languageOptions: {
        ecmaVersion: "latest",
        sourceType: "module",
        ...(options.typescript ? { parser: tsParser } : {}),
      },
      plugins: {
        probe: {
          rules: {
            conditions: {
              create(context) {
                let last: ESTree.Expression | null = null;
                return {
                  IfStatement(node: Rule.Node) {
                    last = (node as unknown as ESTree.IfStatement).test;
                  },
                  "Program:exit"() {
                    if (last === null) return;
                    const gates = new ConsentGates(context.sourceCode as SourceCode, { guards: options.guards ?? [] });
                    result = {
                      whenTrue: gates.conditions.whenTrue(last),
                      whenFalse: gates.conditions.whenFalse(last),
                      readsConsent: gates.conditions.readsConsent(last),
                    };
                  },
                };
              },
            },
          },
        },
      },
      rules: { "probe/conditions": "error" },
    },
  ]);
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(fatal.message);
  if (result === null) throw new Error("no if statement in the probe code");
  return result;
}

function evaluate(code: string, options: ProbeOptions = {}): [boolean, boolean] {
  const { whenTrue, whenFalse } = probe(code, options);
  return [whenTrue, whenFalse];
}

/** Parses one expression and hands it (with its parents) to `inspect`. */
function withExpression<T>(source: string, inspect: (expr: ESTree.Expression) => T, typescript = false): T {
  let value: { result: T } | null = null;
  const linter = new Linter({ configType: "flat" });
  const messages = linter.verify(`(${source});`, [
    {
      languageOptions: { ecmaVersion: "latest", sourceType: "module", ...(typescript ? { parser: tsParser } : {}) },
      plugins: {
        probe: {
          rules: {
            expr: {
              create() {
                return {
                  "Program > ExpressionStatement"(node: Rule.Node) {
                    value = { result: inspect((node as unknown as ESTree.ExpressionStatement).expression) };
                  },
                };
              },
            },
          },
        },
      },
      rules: { "probe/expr": "error" },
    },
  ]);
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(fatal.message);
  if (value === null) throw new Error("expression not visited");
  return (value as { result: T }).result;
}

describe("logical shape of the test", () => {
  it.each<[string, string, [boolean, boolean]]>([
    ["a `false` literal never runs the branch (dead code)", "if (false) {}", [true, false]],
    ["a `true` literal never skips the branch", "if (true) {}", [false, true]],
    ["an empty string literal is never truthy", 'if ("") {}', [true, false]],
    ["`typeof` of a CMP global is always a non-empty string", "if (typeof window.Cookiebot) {}", [false, false]],
    ["either of two consent checks means consent", "if (consent.analytics || Cookiebot.consent.statistics) {}", [true, false]],
    ["a disjunction with an environment check is not consent", "if (Cookiebot.consent.statistics || process.env.NODE_ENV === 'development') {}", [false, false]],
    ["two negated consent reads joined by && (early return shape)", "if (!consent.analytics && !cookiesAccepted) {}", [false, true]],
    ["a negated consent read && a non-consent test", "if (!consent.analytics && isBot) {}", [false, false]],
    ["a negated consent read || a non-consent test", "if (!Cookiebot.consent.statistics || isBot) {}", [false, true]],
    ["a ternary that only answers consent once the CMP has loaded", "if (consentLoaded ? consent.analytics : false) {}", [true, false]],
    ["a ternary that runs without consent outside the EU", "if (isEU ? consent.analytics : true) {}", [false, false]],
    ["a ternary whose falsy result means consent in both arms", "if (consentLoaded ? !consent.analytics : true) {}", [false, true]],
    ["a ternary keyed on the consent check itself", "if (Cookiebot.consent.statistics ? true : false) {}", [true, false]],
    ["a sequence ending in a consent read", "if ((refreshConsent(), consent.analytics)) {}", [true, false]],
    ["a sequence ending in a negated consent read", "if ((refreshConsent(), !consent.analytics)) {}", [false, true]],
    ["an awaited consent check", "async function f() { if (await hasConsent('analytics')) {} }", [true, false]],
  ])("%s", (_name, code, expected) => {
    expect(evaluate(code)).toEqual(expected);
  });
});

describe("comparisons", () => {
  it.each<[string, string, [boolean, boolean]]>([
    ["a yoda comparison with an accepted value", "if ('granted' === consentStatus) {}", [true, false]],
    ["a template literal with no expressions as the value", "if (consentStatus === `granted`) {}", [true, false]],
    ["a template literal with expressions is no known value", "if (consentStatus === `${prefix}granted`) {}", [false, false]],
    ["two dynamic sides", "if (consent.analytics === savedConsent.analytics) {}", [false, false]],
    ["two static sides", "if ('granted' === 'granted') {}", [false, false]],
    ["a null check is existence, not a decision", "if (consent.analytics !== null) {}", [false, false]],
    ["an undefined check is existence, not a decision", "if (Cookiebot.consent !== undefined) {}", [false, false]],
    ["`void 0` is undefined", "if (consent.analytics !== void 0) {}", [false, false]],
    ["minified `!0` is true", "if (consent.analytics === !0) {}", [true, false]],
    ["minified `!1` is false", "if (consent.analytics === !1) {}", [false, true]],
    ["a const holding an accepted value", "const GRANTED = 'granted'; if (consentStatus === GRANTED) {}", [true, false]],
    ["a const holding null is existence", "const NO_CHOICE = null; if (consent.analytics === NO_CHOICE) {}", [false, false]],
    ["an object-literal enum member", "const ConsentState = { Granted: 'granted' }; if (cmpState === ConsentState.Granted) {}", [true, false]],
    ["a stored consent read compared with a refusal", "if (localStorage.getItem('cookie-consent') === 'declined') {}", [false, true]],
    ["a consent key read through a settings helper", "if (readSetting('cookie_consent') === 'yes') {}", [true, false]],
    ["an opt-in key read through a settings helper", "if (readSetting('analytics_opt_in') === 'yes') {}", [true, false]],
    ["a settings helper read with a dynamic key", "if (readSetting(keys.tracking) === 'yes') {}", [false, false]],
    ["a settings helper read without a key", "if (readSetting() === 'yes') {}", [false, false]],
    ["a plain value compared with yes", "if (userPrefs === 'yes') {}", [false, false]],
    ["a tab name that happens to be a category", "if (route.name === 'statistics') {}", [false, false]],
    ["a consent category that is always on", "if (consent.level === 'functional') {}", [false, false]],
    ["a consent category compared with !== says nothing", "if (consent.category !== 'analytics') {}", [false, false]],
    ["a `'statistics' in` check is key existence", "if ('statistics' in Cookiebot.consent) {}", [false, false]],
  ])("%s", (_name, code, expected) => {
    expect(evaluate(code)).toEqual(expected);
  });
});

describe("relational indexOf / search checks", () => {
  it.each<[string, string, [boolean, boolean]]>([
    ["OneTrust group found with >= 0", "if (OptanonActiveGroups.indexOf(',C0002,') >= 0) {}", [true, false]],
    ["OneTrust group missing with < 0", "if (OptanonActiveGroups.indexOf(',C0002,') < 0) {}", [false, true]],
    ["OneTrust group missing with <= -1", "if (OnetrustActiveGroups.indexOf('C0002') <= -1) {}", [false, true]],
    ["OneTrust group missing with === -1", "if (OptanonActiveGroups.indexOf(',C0002,') === -1) {}", [false, true]],
    ["an accepted cookie found with search()", "if (document.cookie.search(/cookie_consent=true/) >= 0) {}", [true, false]],
    ["`>= -1` is always true", "if (OptanonActiveGroups.indexOf(',C0002,') >= -1) {}", [false, false]],
    ["an ID list lookup is not consent", "if (hotjarSiteIds.indexOf(siteId) > -1) {}", [false, false]],
    ["an ID list lookup with !== -1 is not consent", "if (hotjarSiteIds.indexOf(siteId) !== -1) {}", [false, false]],
    ["a consent-banner version check", "if (getBannerVersion() > 2) {}", [false, false]],
    ["a relational check against a dynamic bound", "if (OptanonActiveGroups.indexOf(',C0002,') > minIndex) {}", [false, false]],
    ["a count of consent categories", "if (consent.categories.length > 0) {}", [false, false]],
  ])("%s", (_name, code, expected) => {
    expect(evaluate(code)).toEqual(expected);
  });
});

describe("locals", () => {
  it.each<[string, string, [boolean, boolean]]>([
    ["a let without an initialiser falls back to its name", "let cookiesAccepted; if (cookiesAccepted) {}", [true, false]],
    ["a reassigned local is not trusted", "let ok = consent.analytics; if (debug) ok = true; if (ok) {}", [false, false]],
    ["a local holding an always-on category", "const essential = Cookiebot.consent.necessary; if (essential) {}", [false, false]],
    ["a local holding a negated consent check", "const noConsent = !hasConsent('analytics'); if (noConsent) {}", [false, true]],
    ["a local holding a negated refusal", "const allowed = !cookiesDeclined; if (allowed) {}", [true, false]],
    ["a local holding a negated ID", "const missing = !hotjarId; if (missing) {}", [false, false]],
    ["a local holding a typeof", "const cmpType = typeof window.Cookiebot; if (cmpType) {}", [false, false]],
    ["a local holding a conjunction", "const allowed = consentLoaded && consent.analytics; if (allowed) {}", [true, false]],
    ["a local holding a disjunction of refusals", "const skip = !consent.analytics || isBot; if (skip) {}", [false, true]],
    ["a local holding a disjunction of unrelated flags", "const skip = isBot || isPreview; if (skip) {}", [false, false]],
    ["a local holding a comparison", "const granted = consentStatus === 'granted'; if (granted) {}", [true, false]],
    ["a local holding an indexOf check", "const performance = OptanonActiveGroups.indexOf(',C0002,') !== -1; if (performance) {}", [true, false]],
    ["a local holding a negative comparison", "const declined = localStorage.getItem('cookie-consent') !== 'accepted'; if (declined) {}", [false, true]],
    ["a local holding a ternary that is not a check", "const allowed = isEU ? consent.analytics : true; if (allowed) {}", [false, false]],
    ["a CMP global with a default, then a group check", "const activeGroups = window.OnetrustActiveGroups || ''; if (activeGroups.includes('C0002')) {}", [true, false]],
    ["a raw cookie string is existence", "const raw = document.cookie; if (raw) {}", [false, false]],
    ["a stored flag whose key says accepted", "const accepted = localStorage.getItem('cookiesAccepted'); if (accepted) {}", [true, false]],
    ["a refusal-named flag", "if (cookiesDeclined) {}", [false, true]],
    ["a refusal-named call", "if (userDeclinedCookies()) {}", [false, true]],
  ])("%s", (_name, code, expected) => {
    expect(evaluate(code)).toEqual(expected);
  });
});

describe("destructuring from consent hooks and callbacks", () => {
  it.each<[string, string, [boolean, boolean]]>([
    ["a status field from a consent hook compared with accepted", "const { status } = useCookieConsent(); if (status === 'accepted') {}", [true, false]],
    ["a status field alone is not a decision", "const { status } = useCookieConsent(); if (status) {}", [false, false]],
    ["a category next to a defaulted one from a consent hook", "const { necessary = true, analytics } = useCookieConsent(); if (analytics) {}", [true, false]],
    ["a quoted category key", "const { 'analytics_storage': analyticsStorage } = useConsentState(); if (analyticsStorage) {}", [true, false]],
    ["the rest of a consent hook's result, then a category", "const { necessary, ...rest } = useCookieConsent(); if (rest.statistics) {}", [true, false]],
    ["a cookie-preferences hook", "const { analytics } = useCookiePreferences(); if (analytics) {}", [true, false]],
    ["a plain props object is not a consent source", "const { analytics } = props; if (analytics) {}", [false, false]],
    ["a destructured listener parameter", "onConsentChange(({ analytics }) => { if (analytics) {} });", [true, false]],
    ["a renamed destructured listener parameter", "onConsentChange(({ statistics: stats }) => { if (stats) {} });", [true, false]],
    ["a destructured listener parameter that is not a decision", "onConsentChange(({ version }) => { if (version) {} });", [false, false]],
    ["a defaulted listener parameter keeps its name", "onConsentChange((granted = false) => { if (granted) {} });", [true, false]],
    ["a listener parameter destructured under a computed key keeps its name", "onConsentChange(({ [CATEGORY.ANALYTICS]: granted }) => { if (granted) {} });", [true, false]],
    ["a consent store selector with a block body", "const stats = useConsentStore((s) => { return s.statistics; }); if (stats) {}", [true, false]],
    ["a consent store selector returning a flag that is not a decision", "const hydrated = useConsentStore((s) => s.hydrated); if (hydrated) {}", [false, false]],
    ["a consent store selector that is a named function", "const hydrated = useConsentStore(selectHydrated); if (hydrated) {}", [false, false]],
    ["a consent store selector returning a comparison", "const ok = useConsentStore((s) => s.status === 'granted'); if (ok) {}", [false, false]],
    ["a consent store selector with a dynamic category", "const allowed = useConsentStore((s) => s.categories[category]); if (allowed) {}", [false, false]],
    ["a consent store selector that runs code", "const stats = useConsentStore((s) => { track(); track(); track(); return s.statistics; }); if (stats) {}", [true, false]],
    ["a Redux selector returning a consent check", "const allowed = useSelector((state) => state.consent.analytics); if (allowed) {}", [true, false]],
    ["a Redux selector that runs code", "const allowed = useSelector((state) => { track(); track(); track(); return state.consent.analytics; }); if (allowed) {}", [false, false]],
    ["a Redux selector with a string path", "const allowed = useSelector('consent.analytics'); if (allowed) {}", [false, false]],
    ["a Redux selector picked from a table", "const allowed = useSelector(selectors[kind]); if (allowed) {}", [false, false]],
  ])("%s", (_name, code, expected) => {
    expect(evaluate(code)).toEqual(expected);
  });
});

describe("member reads", () => {
  it.each<[string, string, [boolean, boolean]]>([
    ["an IAB TCF purpose read by a dynamic id", "if (tcData.purpose.consents[purposeId]) {}", [true, false]],
    ["an ID lookup by a dynamic key", "if (hotjarSiteIds[siteId]) {}", [false, false]],
    ["the length of a stored consent string", "if (localStorage.getItem('cookie_consent').length) {}", [false, false]],
    ["Google consent mode's analytics_storage state", "if (google_tag_data.ics.entries.analytics_storage.granted) {}", [true, false]],
    ["Google consent mode's functionality_storage is always granted", "if (google_tag_data.ics.entries.functionality_storage.granted) {}", [false, false]],
    ["a CMP global read off globalThis", "if (globalThis.OnetrustActiveGroups.includes('C0002')) {}", [true, false]],
    ["a CMP global read off self", "if (self.Cookiebot.consent.statistics) {}", [true, false]],
    ["localStorage read off window", "if (window.localStorage.getItem('cookie_consent') === 'accepted') {}", [true, false]],
    ["localStorage read off window with brackets", "if (window['localStorage'].getItem('cookie_consent') === 'accepted') {}", [true, false]],
    ["a per-vendor status compared with granted", "if (vendorStatus[vendorId] === 'granted') {}", [true, false]],
    ["a guard read on this", "class Recorder { start() { if (this.canRecord) {} } }", [true, false]],
  ])("%s", (_name, code, expected) => {
    expect(evaluate(code, { guards: ["canRecord"] })).toEqual(expected);
  });
});

describe("calls", () => {
  it.each<[string, string, [boolean, boolean]]>([
    ["a regex that only finds the cookie name", "if (/cookie_consent=/.test(document.cookie)) {}", [false, false]],
    ["a cookie match() with an accepted value", "if (document.cookie.match(/cookie_consent=true/)) {}", [true, false]],
    ["a cookie match() with the name only", "if (document.cookie.match(/cookie_consent=/)) {}", [false, false]],
    ["a cookie whose name says accepted", "if (document.cookie.includes('cookiesAccepted')) {}", [true, false]],
    ["an ID list includes() is not consent", "if (siteIds.includes(currentSite)) {}", [false, false]],
    ["a OneTrust group check with a dynamic group", "if (OnetrustActiveGroups.includes(performanceGroup)) {}", [true, false]],
    ["Cloudflare Zaraz consent get()", "if (zaraz.consent.get('hotjar')) {}", [true, false]],
    ["orestbida v2 allowedCategory on its instance", "const cc = initCookieConsent(); if (cc.allowedCategory('analytics')) {}", [true, false]],
    ["orestbida v2 allowedCategory('necessary') is always true", "const cc = initCookieConsent(); if (cc.allowedCategory('necessary')) {}", [false, false]],
    ["a consent-named method with an always-on category", "if (user.hasConsentedTo('essential')) {}", [false, false]],
    ["a CMP getter without a category returns the whole object", "if (cmp.getConsent()) {}", [false, false]],
    ["a CMP getter without a category, read for a category", "if (cmp.getConsent().analytics) {}", [true, false]],
    ["a check reached through a dynamic method name", "if (checks[category]()) {}", [false, false]],
  ])("%s", (_name, code, expected) => {
    expect(evaluate(code)).toEqual(expected);
  });

  it("honours a guard called through a bracket member, but not with an always-on category", () => {
    expect(evaluate('if (window.privacy["canRecord"]()) {}', { guards: ["canRecord"] })).toEqual([true, false]);
    expect(evaluate('if (window.privacy["canRecord"]("necessary")) {}', { guards: ["canRecord"] })).toEqual([false, false]);
  });

  it("ignores a guard list that does not name the test", () => {
    expect(evaluate("if (hotjarId) {}", { guards: ["mayRecord"] })).toEqual([false, false]);
    expect(evaluate("if (window['mayRecord']) {}", { guards: ["mayRecord"] })).toEqual([false, false]);
  });
});

describe("same-file helpers", () => {
  it.each<[string, string, [boolean, boolean]]>([
    ["an arrow helper returning a CMP check", "const canRecord = () => Cookiebot.consent.statistics; if (canRecord()) {}", [true, false]],
    ["an arrow helper returning a refusal, negated", "const declined = () => consentStatus === 'denied'; if (!declined()) {}", [true, false]],
    ["a helper without a return value", "function loadConsent() { consentLoaded = true; } if (loadConsent()) {}", [false, false]],
    ["a const that is not a function", "const canRecord = Cookiebot.consent; if (canRecord()) {}", [false, false]],
    ["a self-recursive helper terminates", "function canRecord() { return canRecord(); } if (canRecord()) {}", [false, false]],
  ])("%s", (_name, code, expected) => {
    expect(evaluate(code)).toEqual(expected);
  });
});

describe("TypeScript wrappers", () => {
  it.each<[string, string, [boolean, boolean]]>([
    ["a non-null assertion", "if (window.Cookiebot!.consent.statistics) {}", [true, false]],
    ["an `as` cast", "if ((consent.analytics as boolean) === true) {}", [true, false]],
    ["a `satisfies` check", "if (!(cookiesAccepted satisfies boolean)) {}", [false, true]],
  ])("%s", (_name, code, expected) => {
    expect(evaluate(code, { typescript: true })).toEqual(expected);
  });
});

describe("readsConsent (option values)", () => {
  it.each<[string, string, boolean]>([
    ["a function returning a consent check", "if (() => hasConsent('analytics')) {}", true],
    ["a function with a block body returning a CMP object", "if (() => { return Cookiebot.consent; }) {}", true],
    ["a function that returns nothing", "if (() => { track(); }) {}", false],
    ["a refusal-named flag", "if (cookiesDeclined) {}", true],
    ["an ID", "if (hotjarId) {}", false],
    ["a consent cookie read (existence only)", "if (Cookies.get('cookie_consent')) {}", false],
  ])("%s", (_name, code, expected) => {
    expect(probe(code).readsConsent).toBe(expected);
  });
});

describe("exported AST helpers", () => {
  it("calleeName reads identifiers, members and string-literal members", () => {
    expect(withExpression("hasConsent('analytics')", (expr) => calleeName(expr as ESTree.CallExpression))).toBe("hasConsent");
    expect(withExpression("Cookiebot.renew()", (expr) => calleeName(expr as ESTree.CallExpression))).toBe("renew");
    expect(withExpression("consentApi['hasConsent']('analytics')", (expr) => calleeName(expr as ESTree.CallExpression))).toBe("hasConsent");
    expect(withExpression("handlers[type]()", (expr) => calleeName(expr as ESTree.CallExpression))).toBeNull();
    expect(withExpression("handlers[0]()", (expr) => calleeName(expr as ESTree.CallExpression))).toBeNull();
    expect(withExpression("(() => true)()", (expr) => calleeName(expr as ESTree.CallExpression))).toBeNull();
    expect(withExpression("new Replay({})", (expr) => calleeName(expr as ESTree.NewExpression))).toBe("Replay");
  });

  it("dottedName spells simple member chains and calls of them", () => {
    expect(withExpression("window.Cookiebot.consent.statistics", dottedName)).toBe("window.Cookiebot.consent.statistics");
    expect(withExpression("this.privacy.canRecord", dottedName)).toBe("this.privacy.canRecord");
    expect(withExpression("privacy.canRecord()", dottedName)).toBe("privacy.canRecord");
    expect(withExpression("consents[purposeId]", dottedName)).toBeNull();
    expect(withExpression("getApi()[0].canRecord", dottedName)).toBeNull();
  });

  it("unwrap strips optional chains, await and TypeScript wrappers", () => {
    const inner = (source: string, typescript = false): string => withExpression(source, (expr) => unwrap(expr).type, typescript);
    expect(inner("window.Cookiebot?.consent")).toBe("MemberExpression");
    expect(inner("await hasConsent('analytics')")).toBe("CallExpression");
    expect(inner("(consent as Consent)!.analytics satisfies boolean", true)).toBe("MemberExpression");
    expect(inner("<boolean>cookiesAccepted", true)).toBe("Identifier");
  });

  it("isFunction accepts function expressions and arrows only", () => {
    expect(withExpression("function () {}", isFunction)).toBe(true);
    expect(withExpression("() => consent.analytics", isFunction)).toBe(true);
    expect(withExpression("class {}", isFunction)).toBe(false);
  });
});
