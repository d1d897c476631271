/**
 * require-consent: the gate shapes of ConsentGates in depth. `else` branches, ternary and `||`
 * short-circuits, exits in `if/else`, `switch (true)`, component and function uses, assignments to
 * CMP callbacks, listener registrations (Osano, HubSpot, Vue `watch`, store subscriptions, promise
 * `then`), custom consent events, accept controls, and the traps next to each of them.
 */
import { Linter as Linter9 } from "eslint-v9";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import rule from "../../src/rules/require-consent.js";
import { createJsxTester, runUnderBothParsers } from "../helpers/rule-tester.js";
import { missingConsent } from "../helpers/probe.js";

const missing = missingConsent;

createJsxTester().run("require-consent gate shapes", rule, {
  valid: [
    {
      name: "the else branch of a refusal check",
      code: `import LogRocket from "logrocket";
if (!Cookiebot.consent.statistics) {
  console.info("session replay off: no statistics consent");
} else {
  LogRocket.init("acme/web");
}`,
    },
    {
      name: "the alternate of a ternary on a refusal",
      code: `import LogRocket from "logrocket";
!cookiesAccepted ? showCookieBanner() : LogRocket.init("acme/web");`,
    },
    {
      name: "|| after a negated consent check",
      code: `import LogRocket from "logrocket";
!hasConsent("analytics") || LogRocket.init("acme/web");`,
    },
    {
      name: "switch (true) with a Cookiebot category case",
      code: `import LogRocket from "logrocket";
switch (true) {
  case Cookiebot.consent.statistics:
    LogRocket.init("acme/web");
    break;
  default:
    break;
}`,
    },
    {
      name: "an early return inside a switch case",
      code: `import LogRocket from "logrocket";
export function onRouteChange(route) {
  switch (route.name) {
    case "checkout":
      if (!consent.analytics) return;
      LogRocket.init("acme/web");
      break;
    default:
      break;
  }
}`,
    },
    {
      name: "an if/else whose else returns before the start",
      code: `import LogRocket from "logrocket";
export function startReplay() {
  if (Cookiebot.consent.statistics) {
    console.debug("statistics consent given");
  } else {
    return;
  }
  LogRocket.init("acme/web");
}`,
    },
    {
      name: "a namespaced JSX consent gate",
      code: `import Script from "next/script";
export const Tags = () => (
  <Privacy.ConsentGate category="analytics">
    <Script src="https://static.hotjar.com/c/hotjar-1.js?sv=6" />
  </Privacy.ConsentGate>
);`,
    },
    {
      name: "a render-prop child of a consent gate",
      code: `import Script from "next/script";
export const Tags = () => (
  <ConsentGate category="analytics">{() => <Script src="https://www.clarity.ms/tag/abc" />}</ConsentGate>
);`,
    },
    {
      name: "an accept handler that the page calls from markup",
      code: `import LogRocket from "logrocket";
function acceptCookies() {
  document.cookie = "cookie_consent=all; path=/";
  LogRocket.init("acme/web");
}`,
    },
    {
      name: "a write-only reassignment is not a use",
      code: `import LogRocket from "logrocket";
let startReplay = () => LogRocket.init("acme/web");
if (import.meta.env.SSR) startReplay = () => {};
if (Cookiebot.consent.statistics) startReplay();`,
    },
    {
      name: "Cookiebot's accept callback assigned on window",
      code: `import LogRocket from "logrocket";
window.CookiebotCallback_OnAccept = function () {
  LogRocket.init("acme/web");
};`,
    },
    {
      name: "Cookiebot's accept callback assigned as a global in a classic script",
      code: `CookiebotCallback_OnAccept = function () {
  window.LogRocket.init("acme/web");
};`,
      languageOptions: { sourceType: "script" },
    },
    {
      name: "an accept-all handler assigned on window",
      code: `import LogRocket from "logrocket";
window.handleAcceptAllCookies = () => LogRocket.init("acme/web");`,
    },
    {
      name: "an onAllow callback assigned on a banner",
      code: `import LogRocket from "logrocket";
banner.onAllow = () => LogRocket.init("acme/web");`,
    },
    {
      name: "a consentGuards name assigned as a callback",
      options: [{ consentGuards: ["onRecordingAllowed"] }],
      code: `import LogRocket from "logrocket";
privacy.onRecordingAllowed = () => LogRocket.init("acme/web");`,
    },
    {
      name: "OptanonWrapper assigned on window with a performance group check",
      code: `import LogRocket from "logrocket";
window.OptanonWrapper = function () {
  if (OnetrustActiveGroups.includes("C0002")) LogRocket.init("acme/web");
};`,
    },
    {
      name: "Insites cookieconsent onStatusChange assigned, with an allow check",
      code: `import LogRocket from "logrocket";
cookieconsentOptions.onStatusChange = function (status) {
  if (status === "allow") LogRocket.init("acme/web");
};`,
    },
    {
      name: "HubSpot privacy consent listener with an analytics check",
      code: `import LogRocket from "logrocket";
var _hsq = (window._hsq = window._hsq || []);
_hsq.push(["addPrivacyConsentListener", function (consent) {
  if (consent.categories.analytics) LogRocket.init("acme/web");
}]);`,
    },
    {
      name: "Osano's queued onInitialized listener with an ANALYTICS check",
      code: `import LogRocket from "logrocket";
Osano("onInitialized", (consent) => {
  if (consent.ANALYTICS === "ACCEPT") LogRocket.init("acme/web");
});`,
    },
    {
      name: "a waitForConsent registration",
      code: `import LogRocket from "logrocket";
waitForConsent(() => LogRocket.init("acme/web"));`,
    },
    {
      name: "an onCookieConsent registration",
      code: `import LogRocket from "logrocket";
onCookieConsent(() => LogRocket.init("acme/web"));`,
    },
    {
      name: "Vue watch on a consent ref with the new value checked",
      code: `import { watch } from "vue";
import LogRocket from "logrocket";
watch(() => cookieConsent.value.analytics, (enabled) => {
  if (enabled) LogRocket.init("acme/web");
});`,
    },
    {
      name: "a MobX reaction to the analytics consent with the new value checked",
      code: `import { reaction } from "mobx";
import LogRocket from "logrocket";
reaction(() => cookieConsent.analytics, (analytics) => {
  if (analytics) LogRocket.init("acme/web");
});`,
    },
    {
      name: "a CMP getter's promise with a category check",
      code: `import LogRocket from "logrocket";
import { getConsent } from "./cmp";
getConsent().then((consent) => {
  if (consent.analytics) LogRocket.init("acme/web");
});`,
    },
    {
      name: "a consent store subscription with a category check",
      code: `import LogRocket from "logrocket";
consentStore.subscribe((state) => {
  if (state.analytics) LogRocket.init("acme/web");
});`,
    },
    {
      name: "a banner's onConsentChange prop with a category check",
      code: `import LogRocket from "logrocket";
export const Banner = () => (
  <CookieBanner onConsentChange={(prefs) => { if (prefs.analytics) LogRocket.init("acme/web"); }} />
);`,
    },
    {
      name: "orestbida v2 run() onAccept with an allowedCategory check",
      code: `import LogRocket from "logrocket";
const cc = initCookieConsent();
cc.run({
  onAccept: function () {
    if (cc.allowedCategory("analytics")) LogRocket.init("acme/web");
  },
});`,
    },
    {
      name: "Klaro service onAccept referencing a start function",
      code: `import LogRocket from "logrocket";
function startRecording() {
  LogRocket.init("acme/web");
}
klaro.setup({ services: [{ name: "logrocket", purposes: ["analytics"], onAccept: startRecording }] });`,
    },
    {
      name: "a class field named onAllow",
      code: `import LogRocket from "logrocket";
export class CookieBanner extends HTMLElement {
  onAllow = () => {
    LogRocket.init("acme/web");
  };
}`,
    },
    {
      name: "a web component's accept button click listener",
      code: `import LogRocket from "logrocket";
export class CookieBanner extends HTMLElement {
  connectedCallback() {
    this.acceptButton.addEventListener("click", () => LogRocket.init("acme/web"));
  }
}`,
    },
    {
      name: "an accept event name held in a const",
      code: `import LogRocket from "logrocket";
const ACCEPT_EVENT = "CookieScriptAccept";
window.addEventListener(ACCEPT_EVENT, () => LogRocket.init("acme/web"));`,
    },
    {
      name: "an accept event name in a template literal",
      code: `import LogRocket from "logrocket";
window.addEventListener(\`CookiebotOnAccept\`, () => LogRocket.init("acme/web"));`,
    },
    {
      name: "a custom consent-accepted event",
      code: `import LogRocket from "logrocket";
document.addEventListener("cookie_consent_accepted", () => LogRocket.init("acme/web"));`,
    },
    {
      name: "a custom consent-updated event with a category check on the detail",
      code: `import LogRocket from "logrocket";
window.addEventListener("consent-updated", (event) => {
  if (event.detail.analytics) LogRocket.init("acme/web");
});`,
    },
  ],
  invalid: [
    {
      name: "a start before the consent check in the same condition",
      code: `import Hotjar from "@hotjar/browser";
if (Hotjar.init(3456789, 6) && consent.analytics) Hotjar.stateChange("/checkout");`,
      errors: [missing("Hotjar", 2, 5, 2, 28)],
    },
    {
      name: "a ternary on an environment flag",
      code: `import LogRocket from "logrocket";
isProduction ? LogRocket.init("acme/web") : null;`,
      errors: [missing("LogRocket", 2, 16, 2, 42)],
    },
    {
      name: "the alternate of a ternary on a preview flag",
      code: `import LogRocket from "logrocket";
isPreview ? null : LogRocket.init("acme/web");`,
      errors: [missing("LogRocket", 2, 20, 2, 46)],
    },
    {
      name: "|| after a bot check",
      code: `import LogRocket from "logrocket";
isBot || LogRocket.init("acme/web");`,
      errors: [missing("LogRocket", 2, 10, 2, 36)],
    },
    {
      name: "an if/else whose else returns on an environment check",
      code: `import LogRocket from "logrocket";
export function startReplay() {
  if (isProduction) {
    console.debug("production");
  } else {
    return;
  }
  LogRocket.init("acme/web");
}`,
      errors: [missing("LogRocket", 8, 3, 8, 29)],
    },
    {
      name: "an unused start function",
      code: `import LogRocket from "logrocket";
function startRecording() {
  LogRocket.init("acme/web");
}`,
      errors: [missing("LogRocket", 3, 3, 3, 29)],
    },
    {
      name: "a start function exported by name",
      code: `import LogRocket from "logrocket";
function startRecording() {
  LogRocket.init("acme/web");
}
export { startRecording };`,
      errors: [missing("LogRocket", 3, 3, 3, 29)],
    },
    {
      name: "a start function exported as default",
      code: `import LogRocket from "logrocket";
function startRecording() {
  LogRocket.init("acme/web");
}
export default startRecording;`,
      errors: [missing("LogRocket", 3, 3, 3, 29)],
    },
    {
      name: "a self-scheduling start function called without consent",
      code: `import LogRocket from "logrocket";
function startWhenLoaded() {
  if (!window.LogRocket) {
    setTimeout(startWhenLoaded, 500);
    return;
  }
  window.LogRocket.init("acme/web");
}
startWhenLoaded();`,
      errors: [missing("LogRocket", 7, 3, 7, 36)],
    },
    {
      name: "a start callback handed to an inline IIFE",
      code: `import LogRocket from "logrocket";
(function (ready) {
  ready();
})(() => LogRocket.init("acme/web"));`,
      errors: [missing("LogRocket", 4, 10, 4, 36)],
    },
    {
      name: "an exported factory that returns a start callback",
      code: `import LogRocket from "logrocket";
export function createRecorderLoader(appId) {
  return () => LogRocket.init(appId);
}`,
      errors: [missing("LogRocket", 3, 16, 3, 37)],
    },
    {
      name: "OptanonWrapper assigned on window without a group check (runs on every load)",
      code: `import LogRocket from "logrocket";
window.OptanonWrapper = function () {
  LogRocket.init("acme/web");
};`,
      errors: [missing("LogRocket", 3, 3, 3, 29)],
    },
    {
      name: "a callback assigned under a computed name",
      code: `import LogRocket from "logrocket";
window[callbackName] = () => LogRocket.init("acme/web");`,
      errors: [missing("LogRocket", 2, 30, 2, 56)],
    },
    {
      name: "a start function exposed on window",
      code: `import LogRocket from "logrocket";
window.startReplay = () => LogRocket.init("acme/web");`,
      errors: [missing("LogRocket", 2, 28, 2, 54)],
    },
    {
      name: "HubSpot privacy consent listener without a category check",
      code: `import LogRocket from "logrocket";
var _hsq = (window._hsq = window._hsq || []);
_hsq.push(["addPrivacyConsentListener", function () {
  LogRocket.init("acme/web");
}]);`,
      errors: [missing("LogRocket", 4, 3, 4, 29)],
    },
    {
      name: "Osano's onInitialized listener without a category check",
      code: `import LogRocket from "logrocket";
Osano("onInitialized", () => LogRocket.init("acme/web"));`,
      errors: [missing("LogRocket", 2, 30, 2, 56)],
    },
    {
      name: "a consent-withdrawal registration",
      code: `import LogRocket from "logrocket";
onWithdrawConsent(() => LogRocket.init("acme/web"));`,
      errors: [missing("LogRocket", 2, 25, 2, 51)],
    },
    {
      name: "Vue watch on a consent ref that ignores the new value (fires on revocation too)",
      code: `import { watch } from "vue";
import LogRocket from "logrocket";
watch(() => cookieConsent.value.analytics, () => LogRocket.init("acme/web"));`,
      errors: [missing("LogRocket", 3, 50, 3, 76)],
    },
    {
      name: "Vue watch on the route",
      code: `import { watch } from "vue";
import LogRocket from "logrocket";
watch(() => route.path, () => LogRocket.init("acme/web"));`,
      errors: [missing("LogRocket", 3, 31, 3, 57)],
    },
    {
      name: "a MobX reaction to the analytics consent that ignores the new value",
      code: `import { reaction } from "mobx";
import LogRocket from "logrocket";
reaction(() => cookieConsent.analytics, () => LogRocket.init("acme/web"));`,
      errors: [missing("LogRocket", 3, 47, 3, 73)],
    },
    {
      name: "a MobX reaction to the route",
      code: `import { reaction } from "mobx";
import LogRocket from "logrocket";
reaction(() => ui.route, () => LogRocket.init("acme/web"));`,
      errors: [missing("LogRocket", 3, 32, 3, 58)],
    },
    {
      name: "a CMP getter's promise without a category check",
      code: `import LogRocket from "logrocket";
import { getConsent } from "./cmp";
getConsent().then(() => LogRocket.init("acme/web"));`,
      errors: [missing("LogRocket", 3, 25, 3, 51)],
    },
    {
      name: "a consent store subscription without a category check",
      code: `import LogRocket from "logrocket";
consentStore.subscribe(() => LogRocket.init("acme/web"));`,
      errors: [missing("LogRocket", 2, 30, 2, 56)],
    },
    {
      name: "a banner's onConsentChange prop without a category check",
      code: `import LogRocket from "logrocket";
export const Banner = () => <CookieBanner onConsentChange={() => LogRocket.init("acme/web")} />;`,
      errors: [missing("LogRocket", 2, 66, 2, 92)],
    },
    {
      name: "a cookie-settings button's onClick",
      code: `import LogRocket from "logrocket";
export const Settings = () => <button onClick={() => LogRocket.init("acme/web")}>Cookie settings</button>;`,
      errors: [missing("LogRocket", 2, 54, 2, 80)],
    },
    {
      name: "orestbida v2 run() onAccept referencing a start function (fires on every load)",
      code: `import LogRocket from "logrocket";
function startRecording() {
  LogRocket.init("acme/web");
}
const cc = initCookieConsent();
cc.run({ onAccept: startRecording });`,
      errors: [missing("LogRocket", 3, 3, 3, 29)],
    },
    {
      name: "a click listener on a settings button found by a computed id",
      code: `import LogRocket from "logrocket";
document.getElementById(\`\${bannerId}-settings\`).addEventListener("click", () => LogRocket.init("acme/web"));`,
      errors: [missing("LogRocket", 2, 81, 2, 107)],
    },
    {
      name: "a click listener on the decline button",
      code: `import LogRocket from "logrocket";
document.querySelector("#cookie-decline").addEventListener("click", () => LogRocket.init("acme/web"));`,
      errors: [missing("LogRocket", 2, 75, 2, 101)],
    },
    {
      name: "a click listener on a button picked by index",
      code: `import LogRocket from "logrocket";
buttons[i].addEventListener("click", () => LogRocket.init("acme/web"));`,
      errors: [missing("LogRocket", 2, 44, 2, 70)],
    },
    {
      name: "consentmanager.net consentscreenoff listener (the screen also closes on reject)",
      code: `import LogRocket from "logrocket";
__cmp("addEventListener", ["consentscreenoff", () => LogRocket.init("acme/web"), false], null);`,
      errors: [missing("LogRocket", 2, 54, 2, 80)],
    },
    {
      name: "consentmanager.net settings listener",
      code: `import LogRocket from "logrocket";
__cmp("addEventListener", ["settings", () => LogRocket.init("acme/web"), false], null);`,
      errors: [missing("LogRocket", 2, 46, 2, 72)],
    },
    {
      name: "a handler map keyed by a computed event name",
      code: `import LogRocket from "logrocket";
const handlers = { [window.CMP_EVENT]: () => LogRocket.init("acme/web") };
subscribeAll(handlers);`,
      errors: [missing("LogRocket", 2, 46, 2, 72)],
    },
    {
      name: "a custom consent-revoked event",
      code: `import LogRocket from "logrocket";
window.addEventListener("consent:revoked", () => LogRocket.init("acme/web"));`,
      errors: [missing("LogRocket", 2, 50, 2, 76)],
    },
    {
      name: "an accepted-terms event is not cookie consent",
      code: `import LogRocket from "logrocket";
window.addEventListener("terms-accepted", () => LogRocket.init("acme/web"));`,
      errors: [missing("LogRocket", 2, 49, 2, 75)],
    },
    {
      name: "a custom consent-updated event without a category check",
      code: `import LogRocket from "logrocket";
window.addEventListener("consent-updated", () => LogRocket.init("acme/web"));`,
      errors: [missing("LogRocket", 2, 50, 2, 76)],
    },
  ],
});

// Component uses: espree does not reference JSX names (the rule scans JSX openings), while
// typescript-eslint's scope manager does; both must agree.
runUnderBothParsers("require-consent component uses", rule, {
  valid: [
    {
      name: "a recorder component rendered only with analytics consent (a shadowing local is a different component)",
      code: `import { useEffect } from "react";
import LogRocket from "logrocket";
function SessionRecorder() {
  useEffect(() => {
    LogRocket.init("acme/web");
  }, []);
  return null;
}
export function App({ consent }) {
  return <Layout><Header />{consent.analytics && <SessionRecorder />}</Layout>;
}
export function Storybook() {
  const SessionRecorder = () => null;
  return <SessionRecorder />;
}`,
    },
  ],
  invalid: [
    {
      name: "a recorder component rendered unconditionally",
      code: `import { useEffect } from "react";
import LogRocket from "logrocket";
function SessionRecorder() {
  useEffect(() => {
    LogRocket.init("acme/web");
  }, []);
  return null;
}
export function App() {
  return <Layout><Header /><SessionRecorder></SessionRecorder></Layout>;
}`,
      errors: [missing("LogRocket", 5, 5, 5, 31)],
    },
  ],
});

// ESLint 9's scope manager does not reference JSX names at all: the rule finds `<Name />` uses by
// scanning JSX openings and resolving the name in the opening's scope.
describe("require-consent component uses on ESLint 9", () => {
  const recorder = `import { useEffect } from "react";
import LogRocket from "logrocket";
function SessionRecorder() {
  useEffect(() => {
    LogRocket.init("acme/web");
  }, []);
  return null;
}
`;

  function lint9(code: string): { messageId: string | undefined; line: number; column: number }[] {
    const linter = new Linter9({ configType: "flat" });
    const messages = linter.verify(code, [
      {
        plugins: { "replay-privacy": plugin as unknown as NonNullable<Linter9.Config["plugins"]>[string] },
        languageOptions: { ecmaVersion: "latest", sourceType: "module", parserOptions: { ecmaFeatures: { jsx: true } } },
        rules: { "replay-privacy/require-consent": "error" },
      },
    ]);
    return messages.map((message) => ({ messageId: message.messageId, line: message.line, column: message.column }));
  }

  it("accepts a component rendered only with consent, ignoring other components and a shadowing local", () => {
    const code = `${recorder}export function App({ consent }) {
  return <Layout><Header />{consent.analytics && <SessionRecorder />}</Layout>;
}
export function Storybook() {
  const SessionRecorder = () => null;
  return <SessionRecorder />;
}`;
    expect(lint9(code)).toEqual([]);
  });

  it("reports a component rendered unconditionally", () => {
    const code = `${recorder}export function App() {
  return <Layout><Header /><SessionRecorder /></Layout>;
}`;
    expect(lint9(code)).toEqual([{ messageId: "missingConsent", line: 5, column: 5 }]);
  });

  it("reports a component that is never rendered (no use to prove it gated)", () => {
    expect(lint9(`${recorder}export const App = () => <Layout><Header /></Layout>;`)).toEqual([{ messageId: "missingConsent", line: 5, column: 5 }]);
  });
});
