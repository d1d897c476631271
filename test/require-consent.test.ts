/**
 * require-consent on JS/TS/JSX: realistic setups for every vendor with a package, global or host,
 * every gating shape and every trap. Each case runs under espree and @typescript-eslint/parser.
 */
import rule from "../src/rules/require-consent.js";
import { runUnderBothParsers } from "./helpers/rule-tester.js";

runUnderBothParsers("require-consent", rule, {
  valid: [
    {
      name: "React Native: Sentry without a replay integration records no session",
      code: `
import * as Sentry from "@sentry/react-native";
Sentry.init({ dsn: "x", tracesSampleRate: 1 });`,
    },
    {
      name: "UXCam calls that start nothing (an event, hiding a view)",
      code: `
import RNUxcam from "react-native-ux-cam";
RNUxcam.logEvent("checkout");
RNUxcam.occludeSensitiveView(cardRef);`,
    },
    {
      name: "Yandex Metrica without webvisor records no sessions; its goals and hits are no start",
      code: `
import { YMInitializer } from "react-yandex-metrika";
ym(12345678, "init", { clickmap: true, trackLinks: true });
ym(12345678, "hit", "/page");
export const Metrics = () => <YMInitializer accounts={[12345678]} options={{ clickmap: true }} />;`,
    },
    {
      name: "React Native: PostHog without enableSessionReplay records no screens; opted out by default it waits for optIn()",
      code: `
import PostHog, { PostHogProvider } from "posthog-react-native";
export const posthog = new PostHog("phc_abc", { host: "https://eu.i.posthog.com" });
export const later = new PostHog("phc_abc", { enableSessionReplay: true, defaultOptIn: false });
export const App = () => <PostHogProvider apiKey="phc_abc" options={{ enableSessionReplay: false }}><Main /></PostHogProvider>;`,
    },
    {
      name: "PostHog recording started in the loaded callback only after consent; a callback that only turns debugging on",
      code: `
import posthog from "posthog-js";
posthog.init("phc_abc", {
  disable_session_recording: true,
  loaded: (ph) => {
    ph.debug();
    if (hasAnalyticsConsent()) ph.startSessionRecording();
  },
});`,
    },
    {
      name: "if with a consent-named variable (React effect)",
      code: `
import { useEffect } from "react";
import LogRocket from "logrocket";
export function Monitoring({ consent }) {
  useEffect(() => {
    if (consent.analytics) LogRocket.init("acme/web");
  }, [consent.analytics]);
  return null;
}`,
    },
    {
      name: "early return in an effect",
      code: `
import { useEffect } from "react";
import Hotjar from "@hotjar/browser";
export function useHotjar(cookiesAccepted) {
  useEffect(() => {
    if (!cookiesAccepted) return;
    Hotjar.init(3456789, 6);
  }, [cookiesAccepted]);
}`,
    },
    {
      name: "&& and ?: with consent",
      code: `
import LogRocket from "logrocket";
import * as Sentry from "@sentry/react";
hasConsent("statistics") && LogRocket.init("acme/web");
Sentry.init({ dsn: "https://k@o.ingest.sentry.io/1", integrations: userConsent.analytics ? [Sentry.replayIntegration()] : [], replaysSessionSampleRate: 0.1 });`,
    },
    {
      name: "switch on the consent status",
      code: `
import mixpanel from "mixpanel-browser";
export function applyConsent(consentStatus) {
  switch (consentStatus) {
    case "granted":
      mixpanel.init("tok", { record_sessions_percent: 10 });
      break;
    default:
      break;
  }
}`,
    },
    {
      name: "JSX conditional rendering of a recorder script",
      code: `
import Script from "next/script";
export function Analytics({ cookieConsent }) {
  return <>{cookieConsent === "accepted" && <Script src="https://www.clarity.ms/tag/abc" strategy="afterInteractive" />}</>;
}`,
    },
    {
      name: "component early return before rendering the recorder",
      code: `
import { PostHogProvider } from "posthog-js/react";
export function Providers({ children, consent }) {
  if (!consent?.analytics) return children;
  return <PostHogProvider apiKey="phc_abc" options={{ api_host: "/ingest" }}>{children}</PostHogProvider>;
}`,
    },
    {
      name: "JSX consent wrapper component",
      code: `
import Script from "next/script";
export const Tags = () => (
  <ConsentGate category="analytics">
    <Script src="https://static.hotjar.com/c/hotjar-123.js?sv=6" />
  </ConsentGate>
);`,
    },
    {
      name: "react-cookie-consent onAccept prop",
      code: `
import CookieConsent from "react-cookie-consent";
import { hotjar } from "react-hotjar";
export const Banner = () => (
  <CookieConsent enableDeclineButton onAccept={() => hotjar.initialize({ id: 1, sv: 6 })}>
    We use cookies.
  </CookieConsent>
);`,
    },
    {
      name: "accept button with an onClick handler",
      code: `
import LogRocket from "logrocket";
export const Banner = ({ setConsent }) => (
  <button onClick={() => { setConsent(true); LogRocket.init("acme/web"); }}>Accept all</button>
);`,
    },
    {
      name: "Cookiebot accept event",
      code: `
import LogRocket from "logrocket";
window.addEventListener("CookiebotOnAccept", () => {
  LogRocket.init("acme/web");
});`,
    },
    {
      name: "Cookiebot state check",
      code: `
import { datadogRum } from "@datadog/browser-rum";
if (window.Cookiebot?.consent?.statistics) {
  datadogRum.init({ applicationId: "a", clientToken: "b", sessionReplaySampleRate: 100 });
}`,
    },
    {
      name: "Cookiebot callback function",
      code: `
function CookiebotCallback_OnAccept() {
  if (Cookiebot.consent.statistics) {
    (function (c, l, a, r, i, t, y) { c[a] = c[a] || function () { (c[a].q = c[a].q || []).push(arguments); }; t = l.createElement(r); t.async = 1; t.src = "https://www.clarity.ms/tag/" + i; y = l.getElementsByTagName(r)[0]; y.parentNode.insertBefore(t, y); })(window, document, "clarity", "script", "abc");
  }
}`,
    },
    {
      name: "OneTrust active groups with the performance group",
      code: `
import Hotjar from "@hotjar/browser";
function OptanonWrapper() {
  if (window.OnetrustActiveGroups.indexOf(",C0002,") > -1) {
    Hotjar.init(1, 6);
  }
}`,
    },
    {
      name: "OneTrust listener with a category check inside",
      code: `
import LogRocket from "logrocket";
window.addEventListener("OneTrustGroupsUpdated", (event) => {
  if (event.detail.includes("C0002")) LogRocket.init("acme/web");
});
OneTrust.OnConsentChanged(() => {
  if (OnetrustActiveGroups.includes("C0002")) LogRocket.init("acme/web");
});`,
    },
    {
      name: "IAB TCF purpose check",
      code: `
import LogRocket from "logrocket";
window.__tcfapi("addEventListener", 2, (tcData, success) => {
  if (success && tcData.purpose.consents[1]) LogRocket.init("acme/web");
});`,
    },
    {
      name: "orestbida cookieconsent category check",
      code: `
import * as CookieConsent from "vanilla-cookieconsent";
import posthog from "posthog-js";
CookieConsent.run({
  categories: { necessary: { readOnly: true }, analytics: {} },
  onConsent: () => {
    if (CookieConsent.acceptedCategory("analytics")) posthog.init("phc_abc");
  },
});`,
    },
    {
      name: "Klaro service callbacks",
      code: `
import LogRocket from "logrocket";
window.klaroConfig = {
  services: [
    { name: "logrocket", purposes: ["analytics"], callback: (consent) => { if (consent) LogRocket.init("acme/web"); } },
    { name: "logrocket-2", purposes: ["analytics"], onAccept: () => LogRocket.init("acme/two") },
  ],
};`,
    },
    {
      name: "Osano consent event with the analytics category",
      code: `
import { datadogRum } from "@datadog/browser-rum";
Osano.cm.addEventListener("osano-cm-consent-saved", (change) => {
  if (change.ANALYTICS === "ACCEPT") datadogRum.init({ applicationId: "a", clientToken: "b", sessionReplaySampleRate: 100 });
});`,
    },
    {
      name: "Osano's per-category event, its value checked",
      code: `
import LogRocket from "logrocket";
Osano.cm.addEventListener("osano-cm-analytics", (change) => { if (change === "ACCEPT") LogRocket.init("acme/web"); });`,
    },
    {
      name: "Didomi vendor consent",
      code: `
import { hotjar } from "react-hotjar";
window.didomiOnReady = window.didomiOnReady || [];
window.didomiOnReady.push((Didomi) => {
  if (Didomi.getUserConsentStatusForVendor("c:hotjar")) hotjar.initialize({ id: 1, sv: 6 });
});`,
    },
    {
      name: "Complianz and WP Consent API",
      code: `
import Clarity from "@microsoft/clarity";
if (cmplz_has_consent("statistics")) Clarity.init("abc");
if (wp_has_consent("statistics")) Clarity.init("def");
document.addEventListener("cmplz_enable_category", (e) => {
  if (e.detail.category === "statistics") Clarity.init("ghi");
});`,
    },
    {
      name: "HubSpot privacy consent listener",
      code: `
import LogRocket from "logrocket";
const _hsq = (window._hsq = window._hsq || []);
_hsq.push(["addPrivacyConsentListener", (consent) => {
  if (consent.categories.analytics) LogRocket.init("acme/web");
}]);`,
    },
    {
      name: "consent hook destructuring",
      code: `
import { useEffect } from "react";
import * as Sentry from "@sentry/react";
import { useCookieConsent } from "@/consent";
export function ReplayLoader() {
  const { analytics } = useCookieConsent();
  useEffect(() => {
    if (analytics) Sentry.addIntegration(Sentry.replayIntegration());
  }, [analytics]);
  return null;
}`,
    },
    {
      name: "stored consent value compared with an accepted value",
      code: `
import LogRocket from "logrocket";
import Cookies from "js-cookie";
if (Cookies.get("cookie_consent") === "true") LogRocket.init("a/1");
if (localStorage.getItem("analytics-consent") === "granted") LogRocket.init("a/2");
if (document.cookie.includes("cookieconsent_status=allow")) LogRocket.init("a/3");
if (/cc_analytics=yes/.test(document.cookie)) LogRocket.init("a/4");
const prefs = JSON.parse(localStorage.getItem("cookie-preferences") || "{}");
if (prefs.statistics) LogRocket.init("a/5");`,
    },
    {
      name: "a local helper that returns the stored preferences, read through a derived const",
      code: `
import LogRocket from "logrocket";
function getPreferences() {
  const saved = localStorage.getItem("cookie-preferences");
  if (!saved) return null;
  try { return JSON.parse(saved); } catch { return null; }
}
const prefs = getPreferences();
const hasAnalytics = prefs?.analytics === true;
if (hasAnalytics) LogRocket.init("a/1");`,
    },
    {
      name: "a guard inside a try block whose handler exits; a state set through Boolean(...)",
      code: `
import LogRocket from "logrocket";
import Cookies from "js-cookie";
import { getConsent } from "./consent";
export function a() {
  const consent = Cookies.get("cookieConsent");
  if (!consent) return;
  try {
    const parsed = JSON.parse(consent);
    if (!parsed.analytics) return;
  } catch {
    return;
  }
  LogRocket.init("a/1");
}
export function B() {
  const [allowed, setAllowed] = useState(false);
  useEffect(() => { setAllowed(Boolean(getConsent()?.analytics)); }, []);
  useEffect(() => { if (!allowed) return; LogRocket.init("a/2"); }, [allowed]);
}`,
    },
    {
      name: "a state set from a listener of an imported consent event constant, through a named handler",
      code: `
import { getConsent, CONSENT_UPDATE_EVENT } from "./consent";
export default function Clarity() {
  const [allowed, setAllowed] = useState(false);
  useEffect(() => {
    setAllowed(Boolean(getConsent()?.analytics));
    const onUpdate = (e) => {
      const detail = e.detail;
      setAllowed(Boolean(detail?.analytics ?? getConsent()?.analytics));
    };
    window.addEventListener(CONSENT_UPDATE_EVENT, onUpdate);
    return () => window.removeEventListener(CONSENT_UPDATE_EVENT, onUpdate);
  }, []);
  useEffect(() => {
    if (!allowed) return;
    const s = document.createElement("script"); s.src = "https://www.clarity.ms/tag/abc"; document.head.appendChild(s);
  }, [allowed]);
}`,
    },
    {
      name: "a conditional-rendering wrapper whose condition prop is the consent (<Show when>, <Conditional showWhen>)",
      code: `
import Script from "next/script";
export const A = ({ analyticsCookiesAllowed }) => (
  <Conditional showWhen={analyticsCookiesAllowed}><Script src="https://www.clarity.ms/tag/abc" /></Conditional>
);
export const B = ({ hasConsent }) => <Show when={hasConsent}><Script src="https://www.clarity.ms/tag/abc" /></Show>;`,
    },
    {
      name: "a function only called from gated places",
      code: `
function loadHotjar() {
  (function (h, o, t, j, a, r) {
    h.hj = h.hj || function () { (h.hj.q = h.hj.q || []).push(arguments); };
    h._hjSettings = { hjid: 1, hjsv: 6 };
    r = o.createElement("script"); r.async = 1;
    r.src = t + h._hjSettings.hjid + j + h._hjSettings.hjsv;
    o.head.appendChild(r);
  })(window, document, "https://static.hotjar.com/c/hotjar-", ".js?sv=");
}
if (localStorage.getItem("cookiesAccepted") === "true") loadHotjar();
document.getElementById("accept-cookies").addEventListener("click", loadHotjar);`,
    },
    {
      name: "a consent registration with a callback",
      code: `
import LogRocket from "logrocket";
import { onConsentGranted } from "./consent";
onConsentGranted(() => LogRocket.init("acme/web"));
waitForConsent().then(() => LogRocket.init("acme/web"));`,
    },
    {
      name: "an accept handler",
      code: `
import posthog from "posthog-js";
export function acceptCookies() {
  localStorage.setItem("consent", "granted");
  posthog.init("phc_abc");
}`,
    },
    {
      name: "dynamic import behind an early return",
      code: `
export async function startRecording(consent) {
  if (!consent.statistics) return;
  const { default: LogRocket } = await import("logrocket");
  LogRocket.init("acme/web");
}`,
    },
    {
      name: "consent from a store selector",
      code: `
import { useEffect } from "react";
import { datadogRum } from "@datadog/browser-rum";
export function useReplay() {
  const analytics = useConsentStore((state) => state.analytics);
  useEffect(() => {
    if (analytics) datadogRum.startSessionReplayRecording();
  }, [analytics]);
}`,
    },
    {
      name: "Vue watcher on consent",
      code: `
import posthog from "posthog-js";
import { watch } from "vue";
export function usePosthog(consent) {
  watch(() => consent.analytics, (granted) => {
    if (granted) posthog.init("phc_abc");
  });
}`,
    },
    {
      name: "consent from a Redux selector",
      code: `
import { useEffect } from "react";
import { useSelector } from "react-redux";
import LogRocket from "logrocket";
export function Monitoring() {
  const allowed = useSelector(selectAnalyticsAllowed);
  useEffect(() => { if (allowed) LogRocket.init("acme/web"); }, [allowed]);
  return null;
}`,
    },
    {
      name: "c15t consent manager",
      code: `
import { useEffect } from "react";
import { useConsentManager } from "@c15t/react";
import { datadogRum } from "@datadog/browser-rum";
export function Rum() {
  const { has } = useConsentManager();
  useEffect(() => {
    if (has("measurement")) datadogRum.init({ applicationId: "a", clientToken: "b", sessionReplaySampleRate: 20 });
  }, [has]);
  return null;
}`,
    },
    {
      name: "a consent listener passes the decision",
      code: `
import Clarity from "@microsoft/clarity";
onConsentChange((allowed) => {
  if (allowed) Clarity.init("abc");
});`,
    },
    {
      name: "Sentry enabled from consent",
      code: `
import * as Sentry from "@sentry/react";
Sentry.init({ dsn: "https://k@o.ingest.sentry.io/1", enabled: consent.analytics, integrations: [Sentry.replayIntegration()], replaysSessionSampleRate: 0.1 });`,
    },
    {
      name: "PostHog opted out unless the visitor consented",
      code: `
import posthog from "posthog-js";
posthog.init("phc_abc", { opt_out_capturing_by_default: !hasUserConsented() });`,
    },
    {
      name: "PostHog opted out by default, opted in on accept",
      code: `
import posthog from "posthog-js";
posthog.init("phc_abc", { api_host: "https://eu.i.posthog.com", opt_out_capturing_by_default: true });
window.addEventListener("CookiebotOnAccept", () => posthog.opt_in_capturing());`,
    },
    {
      name: "PostHog with recording off",
      code: `
import posthog from "posthog-js";
posthog.init("phc_abc", { disable_session_recording: true, cookieless_mode: "on_reject" });`,
    },
    {
      name: "PostHog recording switched by consent",
      code: `
import posthog from "posthog-js";
posthog.init("phc_abc", { disable_session_recording: !hasConsent("analytics") });`,
    },
    {
      name: "PostHog options spread from a local function of consent (PostHog's own consent example)",
      code: `
import posthog from "posthog-js";
const configForConsent = () => {
  const consentGiven = localStorage.getItem("cookie_consent") === "true";
  return { persistence: consentGiven ? "localStorage+cookie" : "memory", disable_session_recording: !consentGiven };
};
posthog.init("phc_abc", { api_host: "https://us.i.posthog.com", ...configForConsent() });`,
    },
    {
      name: "a snippet's IIFE that returns early without the consent cookie (GitBook's integrations)",
      code: `
(function (h, o, t, j, a, r) {
  const disableCookies = getCookie("__gitbook_cookie_granted") !== "yes";
  if (disableCookies) {
    return;
  }
  h.hj = h.hj || function () { (h.hj.q = h.hj.q || []).push(arguments); };
  h._hjSettings = { hjid: 1, hjsv: 6 };
  a = o.getElementsByTagName("head")[0];
  r = o.createElement("script"); r.async = 1;
  r.src = t + h._hjSettings.hjid + j + h._hjSettings.hjsv;
  a.appendChild(r);
})(window, document, "https://static.hotjar.com/c/hotjar-", ".js?sv=");`,
    },
    {
      name: "a snippet whose script element is made inert for a consent manager (Klaro's data-src)",
      code: `
export default ({ $config }) => {
  (function (h, o, t, j, a, r) {
    h.hj = h.hj || function () { (h.hj.q = h.hj.q || []).push(arguments); };
    h["_hjSettings"] = { hjid: $config.hotjar.id, hjsv: 6 };
    a = o.getElementsByTagName("head")[0];
    r = o.createElement("script"); r.async = 1;
    r.setAttribute("type", "text/plain");
    r.setAttribute("data-src", t + h["_hjSettings"].hjid + j + h["_hjSettings"].hjsv);
    r.setAttribute("data-name", "hotjar");
    a.appendChild(r);
  })(window, document, "https://static.hotjar.com/c/hotjar-", ".js?sv=");
};`,
    },
    {
      name: "Datadog tracking consent not granted",
      code: `
import { datadogRum } from "@datadog/browser-rum";
datadogRum.init({ applicationId: "a", clientToken: "b", sessionReplaySampleRate: 100, trackingConsent: "not-granted" });
onConsentGranted(() => datadogRum.setTrackingConsent("granted"));`,
    },
    {
      name: "Datadog tracking consent from the consent state",
      code: `
import { datadogRum } from "@datadog/browser-rum";
datadogRum.init({ applicationId: "a", clientToken: "b", sessionReplaySampleRate: 100, trackingConsent: consent.analytics ? "granted" : "not-granted" });`,
    },
    {
      name: "Datadog tracking consent read from the app's consent function (CDN global, in onReady)",
      code: `
window.DD_RUM && window.DD_RUM.onReady(function () {
  window.DD_RUM.init({ applicationId: "a", clientToken: "b", sessionReplaySampleRate: 100, trackingConsent: getConsent() });
});`,
    },
    {
      name: "Datadog manual replay start after consent",
      code: `
import { datadogRum } from "@datadog/browser-rum";
datadogRum.init({ applicationId: "a", clientToken: "b", sessionReplaySampleRate: 100, startSessionReplayRecordingManually: true });
if (consent.analytics) datadogRum.startSessionReplayRecording();`,
    },
    {
      name: "FullStory manual capture started on consent",
      code: `
import { init, FullStory } from "@fullstory/browser";
init({ orgId: "o-1", startCaptureManually: true });
window.addEventListener("CookiebotOnAccept", () => FullStory("start"));`,
    },
    {
      name: "FullStory snippet with capture off on startup",
      code: `
window["_fs_capture_on_startup"] = false;
window["_fs_script"] = "edge.fullstory.com/s/fs.js";
window["_fs_org"] = "o-1";`,
    },
    {
      name: "Mixpanel opted out by default",
      code: `
import mixpanel from "mixpanel-browser";
mixpanel.init("tok", { record_sessions_percent: 100, opt_out_tracking_by_default: true });`,
    },
    {
      name: "Highlight manual start",
      code: `
import { H } from "highlight.run";
H.init("abc", { manualStart: true });
if (userConsent.analytics) H.start();`,
    },
    {
      name: "Amplitude replay opted out",
      code: `
import { sessionReplayPlugin } from "@amplitude/plugin-session-replay-browser";
amplitude.add(sessionReplayPlugin({ sampleRate: 1, optOut: true }));`,
    },
    {
      name: "New Relic consent mode",
      code: `
import { BrowserAgent } from "@newrelic/browser-agent/loaders/browser-agent";
new BrowserAgent({ init: { session_replay: { enabled: true }, browser_consent_mode: { enabled: true } }, info: {}, loader_config: {} });`,
    },
    {
      name: "LogRocket shouldSendData asks for consent",
      code: `
import LogRocket from "logrocket";
LogRocket.init("acme/web", { shouldSendData: () => hasConsent("analytics") });`,
    },
    {
      name: "Sentry replay rates at 0 until consent",
      code: `
import * as Sentry from "@sentry/browser";
Sentry.init({ dsn: "https://k@o.ingest.sentry.io/1", integrations: [Sentry.replayIntegration()], replaysSessionSampleRate: 0, replaysOnErrorSampleRate: 0 });
if (consent.analytics) Sentry.getReplay()?.start();`,
    },
    {
      name: "Sentry replay integration without sample rates records nothing",
      code: `
import * as Sentry from "@sentry/react";
Sentry.init({ dsn: "https://k@o.ingest.sentry.io/1", integrations: [Sentry.replayIntegration()] });`,
    },
    {
      name: "Sentry without replay",
      code: `
import * as Sentry from "@sentry/react";
Sentry.init({ dsn: "https://k@o.ingest.sentry.io/1", integrations: [Sentry.browserTracingIntegration()], tracesSampleRate: 1 });`,
    },
    {
      name: "Datadog RUM without replay, and the slim bundle",
      code: `
import { datadogRum } from "@datadog/browser-rum";
import { datadogRum as slimRum } from "@datadog/browser-rum-slim";
datadogRum.init({ applicationId: "a", clientToken: "b", sessionSampleRate: 100 });
datadogRum.init({ applicationId: "a", clientToken: "b", sessionReplaySampleRate: 0 });
slimRum.init({ applicationId: "a", clientToken: "b", sessionReplaySampleRate: 100 });`,
    },
    {
      name: "Mixpanel without session recording",
      code: `
import mixpanel from "mixpanel-browser";
mixpanel.init("tok", { track_pageview: true, persistence: "localStorage" });`,
    },
    {
      name: "local functions named like vendor APIs",
      code: `
function hj(...args) { console.log(args); }
hj("identify", 1);
const FS = require("node:fs");
FS.readFileSync("x");
import { init } from "./analytics";
init();
const posthog = { init() {} };
posthog.init("x");`,
    },
    {
      name: "analytics-only SDKs",
      code: `
import { AnalyticsBrowser } from "@segment/analytics-next";
gtag("config", "G-123");
_paq.push(["trackPageView"]);
AnalyticsBrowser.load({ writeKey: "abc" });`,
    },
    {
      name: "PostHogProvider with a client initialised elsewhere, and posthog-node",
      code: `
import { PostHogProvider } from "posthog-js/react";
import { PostHog } from "posthog-node";
const server = new PostHog("phc_abc", { host: "https://eu.i.posthog.com" });
export const App = ({ client, children }) => <PostHogProvider client={client}>{children}</PostHogProvider>;`,
    },
    {
      name: "recorder hosts that are not loaded (CSP, preconnect, constants)",
      code: `
export const csp = { "script-src": ["'self'", "https://static.hotjar.com", "https://www.clarity.ms"] };
export const Head = () => <link rel="preconnect" href="https://static.hotjar.com" />;
const HOTJAR_DOCS = "https://static.hotjar.com/c/hotjar-123.js";
fetch("https://cdn.mouseflow.com/projects/status.json");`,
    },
    {
      name: "recorder script blocked by markup in JSX",
      code: `
import Script from "next/script";
export const Tags = () => (
  <>
    <Script type="text/plain" data-cookieconsent="statistics" src="https://static.hotjar.com/c/hotjar-1.js?sv=6" />
    <script type="text/plain" className="optanon-category-C0002" src="https://www.clarity.ms/tag/abc" />
    <script src="https://cdn.mouseflow.com/projects/x.js" data-cookieyes="cookieyes-analytics" />
  </>
);`,
    },
    {
      name: "recorder commands are not starts",
      code: `
hj("identify", userId, { plan: "pro" });
window.FS("setIdentity", { uid: "1" });
clarity("set", "page", "checkout");
_mfq.push(["tag", "checkout"]);
LogRocket.identify("1");`,
    },
  ],
  invalid: [
    {
      name: "Datadog tracking consent from a value that names no consent",
      code: `
import { datadogRum } from "@datadog/browser-rum";
datadogRum.init({ applicationId: "a", clientToken: "b", sessionReplaySampleRate: 100, trackingConsent: mode });`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Datadog RUM" }, line: 3, column: 1, endLine: 3, endColumn: 111 }],
    },
    {
      name: "Osano's per-category event fires on DENY too: a start without a check inside is not gated",
      code: `
import LogRocket from "logrocket";
Osano.cm.addEventListener("osano-cm-analytics", () => { LogRocket.init("acme/web"); });`,
      errors: [{ messageId: "missingConsent", data: { vendor: "LogRocket" }, line: 3, column: 57, endLine: 3, endColumn: 83 }],
    },
    {
      name: "options from a local function that does not depend on consent",
      code: `
import posthog from "posthog-js";
function baseConfig() {
  return { persistence: "memory", disable_session_recording: false };
}
posthog.init("phc_abc", { ...baseConfig() });`,
      errors: [{ messageId: "missingConsent", data: { vendor: "PostHog" }, line: 6, column: 1, endLine: 6, endColumn: 45 }],
    },
    {
      name: "a snippet's IIFE whose early return is not about consent",
      code: `
(function (h, o, t, j, a, r) {
  if (h.hj) return;
  h.hj = function () { (h.hj.q = h.hj.q || []).push(arguments); };
  h._hjSettings = { hjid: 1, hjsv: 6 };
  r = o.createElement("script"); r.src = t + h._hjSettings.hjid + j + h._hjSettings.hjsv;
  o.head.appendChild(r);
})(window, document, "https://static.hotjar.com/c/hotjar-", ".js?sv=");`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 2, column: 1, endLine: 8, endColumn: 71 }],
    },
    {
      name: "LogRocket default import, top level (CRA index.js)",
      code: `
import React from "react";
import ReactDOM from "react-dom/client";
import LogRocket from "logrocket";
import App from "./App";

LogRocket.init("acme/storefront");
LogRocket.identify(user.id, { name: user.name, email: user.email });
ReactDOM.createRoot(document.getElementById("root")).render(<App />);`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"LogRocket"}, line: 7, column: 1, endLine: 7, endColumn: 34 },
      ],
    },
    {
      name: "LogRocket through require and a renamed const",
      code: `
const LR = require("logrocket");
const logger = LR;
logger.init("acme/admin", { dom: { inputSanitizer: true } });`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"LogRocket"}, line: 4, column: 1, endLine: 4, endColumn: 61 },
      ],
    },
    {
      name: "LogRocket through dynamic import().then",
      code: `
export function loadMonitoring() {
  return import("logrocket").then(({ default: LogRocket }) => {
    LogRocket.init("acme/app");
  });
}`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"LogRocket"}, line: 4, column: 5, endLine: 4, endColumn: 31 },
      ],
    },
    {
      name: "LogRocket through the CDN global",
      code: `
window.LogRocket && window.LogRocket.init("acme/legacy");`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"LogRocket"}, line: 2, column: 21, endLine: 2, endColumn: 57 },
      ],
    },
    {
      name: "Hotjar @hotjar/browser in a React effect",
      code: `
import { useEffect } from "react";
import Hotjar from "@hotjar/browser";

export function useHotjar() {
  useEffect(() => {
    Hotjar.init(3456789, 6);
  }, []);
}`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Hotjar"}, line: 7, column: 5, endLine: 7, endColumn: 28 },
      ],
    },
    {
      name: "react-hotjar initialize (positional form)",
      code: `
import { hotjar } from "react-hotjar";
hotjar.initialize(1234567, 6);`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Hotjar"}, line: 3, column: 1, endLine: 3, endColumn: 30 },
      ],
    },
    {
      name: "Hotjar snippet IIFE inside useEffect",
      code: `
import { useEffect } from "react";
export default function HotjarSnippet() {
  useEffect(() => {
    (function (h, o, t, j, a, r) {
      h.hj = h.hj || function () { (h.hj.q = h.hj.q || []).push(arguments); };
      h._hjSettings = { hjid: 1234567, hjsv: 6 };
      a = o.getElementsByTagName("head")[0];
      r = o.createElement("script"); r.async = 1;
      r.src = t + h._hjSettings.hjid + j + h._hjSettings.hjsv;
      a.appendChild(r);
    })(window, document, "https://static.hotjar.com/c/hotjar-", ".js?sv=");
  }, []);
  return null;
}`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Hotjar"}, line: 5, column: 5, endLine: 12, endColumn: 75 },
      ],
    },
    {
      name: "Hotjar snippet in next/script dangerouslySetInnerHTML",
      code: `
import Script from "next/script";
export function Hotjar({ id }) {
  return (
    <Script
      id="hotjar-snippet"
      strategy="afterInteractive"
      dangerouslySetInnerHTML={{
        __html: \`(function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};h._hjSettings={hjid:\${id},hjsv:6};a=o.getElementsByTagName('head')[0];r=o.createElement('script');r.async=1;r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;a.appendChild(r);})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');\`,
      }}
    />
  );
}`,
      errors: [
        // At the snippet's code in the string, not at the <Script> element around it.
        { messageId: "missingConsent", data: {"vendor":"Hotjar"}, line: 9, column: 18, endLine: 9, endColumn: 341 },
      ],
    },
    {
      name: "Microsoft Clarity npm package",
      code: `
import Clarity from "@microsoft/clarity";
Clarity.init(import.meta.env.VITE_CLARITY_ID);`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Microsoft Clarity"}, line: 3, column: 1, endLine: 3, endColumn: 46 },
      ],
    },
    {
      name: "Microsoft Clarity snippet",
      code: `
(function (c, l, a, r, i, t, y) {
  c[a] = c[a] || function () { (c[a].q = c[a].q || []).push(arguments); };
  t = l.createElement(r); t.async = 1; t.src = "https://www.clarity.ms/tag/" + i;
  y = l.getElementsByTagName(r)[0]; y.parentNode.insertBefore(t, y);
})(window, document, "clarity", "script", "abcdef1234");`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Microsoft Clarity"}, line: 2, column: 1, endLine: 6, endColumn: 56 },
      ],
    },
    {
      name: "FullStory init, renamed named import",
      code: `
import { init as initFullStory } from "@fullstory/browser";
initFullStory({ orgId: "o-1ABC2D-na1" });`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"FullStory"}, line: 3, column: 1, endLine: 3, endColumn: 41 },
      ],
    },
    {
      name: "FullStory namespace import (v1 API)",
      code: `
import * as FullStory from "@fullstory/browser";
FullStory.init({ orgId: "o-1ABC2D-na1", recordCrossDomainIFrames: true });`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"FullStory"}, line: 3, column: 1, endLine: 3, endColumn: 74 },
      ],
    },
    {
      name: "FullStory deferred capture started without a check",
      code: `
import { init, FullStory } from "@fullstory/browser";
init({ orgId: "o-1ABC2D-na1", startCaptureManually: true });
FullStory("start");`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"FullStory"}, line: 4, column: 1, endLine: 4, endColumn: 19 },
      ],
    },
    {
      name: "Sentry replayIntegration inside Sentry.init (Next.js client config)",
      code: `
import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: process.env.NEXT_PUBLIC_SENTRY_DSN,
  integrations: [Sentry.replayIntegration({ maskAllText: true, blockAllMedia: true })],
  tracesSampleRate: 1.0,
  replaysSessionSampleRate: 0.1,
  replaysOnErrorSampleRate: 1.0,
});`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Sentry Session Replay"}, line: 4, column: 1, endLine: 4, endColumn: 12 },
      ],
    },
    {
      name: "Sentry replayIntegration in an Electron renderer (@sentry/electron/renderer), recording on error only",
      code: `
import * as Sentry from "@sentry/electron/renderer";
Sentry.init({ integrations: [Sentry.replayIntegration()], replaysSessionSampleRate: 0.0, replaysOnErrorSampleRate: 1.0 });`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Sentry Session Replay"}, line: 3, column: 1, endLine: 3, endColumn: 12 },
      ],
    },
    {
      name: "Sentry's Capacitor SDK (Ionic): its init receives the replay and is where the report points",
      code: `
import * as Sentry from "@sentry/capacitor";
import { Replay } from "@sentry/replay";
Sentry.init({
  dsn: "https://k@o1.ingest.sentry.io/1",
  replaysSessionSampleRate: 1.0,
  replaysOnErrorSampleRate: 1.0,
  integrations: [
    new Replay({ maskAllText: true }),
  ],
});`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Sentry Session Replay"}, line: 4, column: 1, endLine: 4, endColumn: 12 },
      ],
    },
    {
      name: "Sentry legacy new Replay() from @sentry/replay",
      code: `
import * as Sentry from "@sentry/react";
import { Replay } from "@sentry/replay";
Sentry.init({ dsn: "https://k@o1.ingest.sentry.io/2", integrations: [new Replay()], replaysSessionSampleRate: 0.05 });`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Sentry Session Replay"}, line: 4, column: 1, endLine: 4, endColumn: 12 },
      ],
    },
    {
      name: "Sentry replay integration through a const",
      code: `
import { init, replayIntegration } from "@sentry/vue";
const replay = replayIntegration({ maskAllInputs: true });
init({ app, dsn: "https://k@o1.ingest.sentry.io/3", integrations: [replay], replaysOnErrorSampleRate: 1 });`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Sentry Session Replay"}, line: 4, column: 1, endLine: 4, endColumn: 5 },
      ],
    },
    {
      name: "Sentry CDN global with the replay bundle",
      code: `
Sentry.init({
  dsn: "https://k@o1.ingest.sentry.io/4",
  integrations: [new Sentry.Replay()],
  replaysSessionSampleRate: 0.1,
});`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Sentry Session Replay"}, line: 2, column: 1, endLine: 2, endColumn: 12 },
      ],
    },
    {
      name: "Sentry replay added lazily without a check",
      code: `
import * as Sentry from "@sentry/browser";
Sentry.init({ dsn: "https://k@o1.ingest.sentry.io/5", replaysSessionSampleRate: 0.2 });
Sentry.lazyLoadIntegration("replayIntegration").then((replayIntegration) => {
  Sentry.addIntegration(replayIntegration());
});`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Sentry Session Replay"}, line: 4, column: 1, endLine: 4, endColumn: 48 },
      ],
    },
    {
      name: "Sentry buffered replay started without a check",
      code: `
import * as Sentry from "@sentry/browser";
Sentry.init({ dsn: "https://k@o1.ingest.sentry.io/6", integrations: [Sentry.replayIntegration()], replaysSessionSampleRate: 0, replaysOnErrorSampleRate: 0 });
Sentry.getReplay()?.start();`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Sentry Session Replay"}, line: 4, column: 1, endLine: 4, endColumn: 28 },
      ],
    },
    {
      name: "PostHog init with recording on",
      code: `
import posthog from "posthog-js";
posthog.init(import.meta.env.VITE_POSTHOG_KEY, {
  api_host: "https://eu.i.posthog.com",
  person_profiles: "identified_only",
  session_recording: { maskAllInputs: true },
});`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"PostHog"}, line: 3, column: 1, endLine: 7, endColumn: 3 },
      ],
    },
    {
      name: "PostHog snippet global",
      code: `
!function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){(p=t.createElement("script")).type="text/javascript",p.async=!0,p.src=s.api_host.replace(".i.posthog.com","-assets.i.posthog.com")+"/static/array.js",(r=t.getElementsByTagName("script")[0]).parentNode.insertBefore(p,r)},e.__SV=1)}(document,window.posthog||[]);
posthog.init("phc_abc", { api_host: "https://us.i.posthog.com" });`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"PostHog"}, line: 3, column: 1, endLine: 3, endColumn: 66 },
      ],
    },
    {
      name: "PostHogProvider with an apiKey (Next.js _app)",
      code: `
import { PostHogProvider } from "posthog-js/react";
export default function App({ Component, pageProps }) {
  return (
    <PostHogProvider apiKey={process.env.NEXT_PUBLIC_POSTHOG_KEY} options={{ api_host: "https://eu.i.posthog.com" }}>
      <Component {...pageProps} />
    </PostHogProvider>
  );
}`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"PostHog"}, line: 5, column: 5, endLine: 5, endColumn: 118 },
      ],
    },
    {
      name: "PostHog recording started by hand in the loaded callback, behind an admin setting that is no consent",
      code: `
import posthog from "posthog-js";
posthog.init("phc_abc", {
  disable_session_recording: true,
  loaded: (ph) => {
    if (settings.record_session) ph.startSessionRecording();
  },
});`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"PostHog"}, line: 6, column: 34, endLine: 6, endColumn: 60 },
      ],
    },
    {
      name: "React Native: LogRocket's SDK and Sentry's mobile replay start the same way",
      code: `
import LogRocket from "@logrocket/react-native";
import * as Sentry from "@sentry/react-native";
LogRocket.init("acme/app");
Sentry.init({ dsn: "x", replaysSessionSampleRate: 1, integrations: [Sentry.mobileReplayIntegration()] });`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"LogRocket"}, line: 4, column: 1, endLine: 4, endColumn: 27 },
        { messageId: "missingConsent", data: {"vendor":"Sentry Session Replay"}, line: 5, column: 1, endLine: 5, endColumn: 12 },
      ],
    },
    {
      name: "React Native: Sentry 5.x took the mobile replay rates under _experiments; PostHog records screens with enableSessionReplay",
      code: `
import * as Sentry from "@sentry/react-native";
import PostHog, { PostHogProvider } from "posthog-react-native";
Sentry.init({ dsn: "x", _experiments: { replaysSessionSampleRate: 1 }, integrations: [Sentry.mobileReplayIntegration()] });
export const posthog = new PostHog("phc_abc", { host: "https://eu.i.posthog.com", enableSessionReplay: true });
export const App = () => <PostHogProvider apiKey="phc_abc" options={{ enableSessionReplay: true }}><Main /></PostHogProvider>;`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Sentry Session Replay"}, line: 4, column: 1, endLine: 4, endColumn: 12 },
        { messageId: "missingConsent", data: {"vendor":"PostHog"}, line: 5, column: 24, endLine: 5, endColumn: 111 },
        { messageId: "missingConsent", data: {"vendor":"PostHog"}, line: 6, column: 26, endLine: 6, endColumn: 100 },
      ],
    },
    {
      name: "PostHog recording started by hand without a check",
      code: `
import posthog from "posthog-js";
posthog.init("phc_abc", { disable_session_recording: true });
posthog.startSessionRecording();`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"PostHog"}, line: 4, column: 1, endLine: 4, endColumn: 32 },
      ],
    },
    {
      name: "Datadog RUM with a replay sample rate",
      code: `
import { datadogRum } from "@datadog/browser-rum";
datadogRum.init({
  applicationId: "1d2c3b4a",
  clientToken: "pub123",
  site: "datadoghq.eu",
  sessionSampleRate: 100,
  sessionReplaySampleRate: 20,
  trackUserInteractions: true,
});`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Datadog RUM"}, line: 3, column: 1, endLine: 10, endColumn: 3 },
      ],
    },
    {
      name: "Datadog CDN global inside DD_RUM.onReady",
      code: `
window.DD_RUM && window.DD_RUM.onReady(function () {
  window.DD_RUM.init({ clientToken: "pub", applicationId: "app", site: "datadoghq.com", sessionReplaySampleRate: 100 });
});`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Datadog RUM"}, line: 3, column: 3, endLine: 3, endColumn: 120 },
      ],
    },
    {
      name: "rrweb record",
      code: `
import { record } from "rrweb";
const events = [];
const stop = record({ emit(event) { events.push(event); }, maskAllInputs: true });`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"rrweb"}, line: 4, column: 14, endLine: 4, endColumn: 82 },
      ],
    },
    {
      name: "trap: a local function named rrwebRecord is not rrweb's global; Boolean() of a value that is no consent",
      code: `
import LogRocket from "logrocket";
function rrwebRecord(options) { return options; }
rrwebRecord({ emit: send });
export function B() {
  const [allowed, setAllowed] = useState(false);
  useEffect(() => { setAllowed(Boolean(theme)); }, []);
  useEffect(() => { if (!allowed) return; LogRocket.init("a/2"); }, [allowed]);
}`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"LogRocket"}, line: 8, column: 43, endLine: 8, endColumn: 64 },
      ],
    },
    {
      name: "trap: a listener of an event constant that is no consent",
      code: `
import { getConsent, THEME_EVENT } from "./consent";
export default function Clarity() {
  const [allowed, setAllowed] = useState(false);
  useEffect(() => {
    const onUpdate = (e) => setAllowed(Boolean(e.detail?.analytics));
    window.addEventListener(THEME_EVENT, onUpdate);
  }, []);
  useEffect(() => {
    if (!allowed) return;
    const s = document.createElement("script"); s.src = "https://www.clarity.ms/tag/abc"; document.head.appendChild(s);
  }, [allowed]);
}`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Microsoft Clarity"}, line: 11, column: 49, endLine: 11, endColumn: 90 },
      ],
    },
    {
      name: "trap: a guard inside a try block whose handler carries on",
      code: `
import LogRocket from "logrocket";
export function a(saved) {
  try {
    const parsed = JSON.parse(saved);
    if (!parsed.analytics) return;
  } catch (error) {
    console.warn(error);
  }
  LogRocket.init("a/1");
}`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"LogRocket"}, line: 10, column: 3, endLine: 10, endColumn: 24 },
      ],
    },
    {
      name: "trap: a local helper that returns a config object, and a condition prop that is no consent",
      code: `
import LogRocket from "logrocket";
import Script from "next/script";
function getSettings() { return { analytics: true }; }
const settings = getSettings();
if (settings.analytics) LogRocket.init("a/1");
export const C = ({ flag }) => <Show when={flag}><Script src="https://www.clarity.ms/tag/abc" /></Show>;`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"LogRocket"}, line: 6, column: 25, endLine: 6, endColumn: 46 },
        { messageId: "missingConsent", data: {"vendor":"Microsoft Clarity"}, line: 7, column: 50, endLine: 7, endColumn: 97 },
      ],
    },
    {
      name: "rrweb's record-only bundle: the rrwebRecord global",
      code: `
rrwebRecord({ emit(event) { events.push(event); } });
if (consent.analytics) rrwebRecord({ emit: send });`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"rrweb"}, line: 2, column: 1, endLine: 2, endColumn: 53 },
      ],
    },
    {
      name: "Amplitude session replay plugin",
      code: `
import * as amplitude from "@amplitude/analytics-browser";
import { sessionReplayPlugin } from "@amplitude/plugin-session-replay-browser";
amplitude.add(sessionReplayPlugin({ sampleRate: 0.5 }));
amplitude.init(process.env.AMPLITUDE_KEY);`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Amplitude Session Replay"}, line: 4, column: 15, endLine: 4, endColumn: 55 },
      ],
    },
    {
      name: "Amplitude standalone session replay SDK",
      code: `
import * as sessionReplay from "@amplitude/session-replay-browser";
await sessionReplay.init(API_KEY, { deviceId, sessionId, sampleRate: 1 }).promise;`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Amplitude Session Replay"}, line: 3, column: 7, endLine: 3, endColumn: 74 },
      ],
    },
    {
      name: "Mixpanel with session recording",
      code: `
import mixpanel from "mixpanel-browser";
mixpanel.init("0123abcd", { debug: false, track_pageview: true, record_sessions_percent: 100 });`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Mixpanel Session Replay"}, line: 3, column: 1, endLine: 3, endColumn: 96 },
      ],
    },
    {
      name: "Highlight H.init",
      code: `
import { H } from "highlight.run";
H.init("abc123", { serviceName: "frontend", tracingOrigins: true });`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Highlight.io"}, line: 3, column: 1, endLine: 3, endColumn: 68 },
      ],
    },
    {
      name: "OpenReplay tracker started",
      code: `
import Tracker from "@openreplay/tracker";
const tracker = new Tracker({ projectKey: "abc", ingestPoint: "https://replay.example.com/ingest" });
tracker.start();`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"OpenReplay"}, line: 4, column: 1, endLine: 4, endColumn: 16 },
      ],
    },
    {
      name: "Smartlook npm init",
      code: `
import Smartlook from "smartlook-client";
Smartlook.init("0123456789abcdef", { region: "eu" });`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Smartlook"}, line: 3, column: 1, endLine: 3, endColumn: 53 },
      ],
    },
    {
      name: "Smartlook React Native SDKs: the v1 wrapper's setupAndStartRecording and v2's instance.start",
      code: `
import Smartlook from "smartlook-react-native-wrapper";
import SmartlookV2 from "react-native-smartlook-analytics";
Smartlook.setupAndStartRecording(config.smartlookKey);
SmartlookV2.instance.preferences.setProjectKey(key);
SmartlookV2.instance.start();
Smartlook.trackCustomEvent("opened");`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Smartlook"}, line: 4, column: 1, endLine: 4, endColumn: 54 },
        { messageId: "missingConsent", data: {"vendor":"Smartlook"}, line: 6, column: 1, endLine: 6, endColumn: 29 },
      ],
    },
    {
      name: "Yandex Metrica with Session Replay (webvisor: true): the ym command, the older Ya.Metrika2 and react-yandex-metrika",
      code: `
import { YMInitializer } from "react-yandex-metrika";
ym(12345678, "init", { clickmap: true, webvisor: true });
ym(12345678, "reachGoal", "order");
window.yaCounter = new Ya.Metrika2({ id: 12345678, webvisor: true });
export const Metrics = () => <YMInitializer accounts={[12345678]} options={{ webvisor: true }} />;`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Yandex Metrica Session Replay"}, line: 3, column: 1, endLine: 3, endColumn: 57 },
        { messageId: "missingConsent", data: {"vendor":"Yandex Metrica Session Replay"}, line: 5, column: 20, endLine: 5, endColumn: 69 },
        { messageId: "missingConsent", data: {"vendor":"Yandex Metrica Session Replay"}, line: 6, column: 30, endLine: 6, endColumn: 98 },
      ],
    },
    {
      name: "UXCam's React Native SDK: startWithConfiguration starts it; opting in is no consent check",
      code: `
import RNUxcam from "react-native-ux-cam";
RNUxcam.optIntoSchematicRecordings();
RNUxcam.optInOverall();
RNUxcam.startWithConfiguration({ userAppKey: "key" });`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"UXCam"}, line: 5, column: 1, endLine: 5, endColumn: 54 },
      ],
    },
    {
      name: "Smartlook global snippet call",
      code: `
smartlook("init", "0123456789abcdef", { region: "eu" });`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Smartlook"}, line: 2, column: 1, endLine: 2, endColumn: 56 },
      ],
    },
    {
      name: "New Relic browser agent with session replay",
      code: `
import { BrowserAgent } from "@newrelic/browser-agent/loaders/browser-agent";
new BrowserAgent({
  init: { session_replay: { enabled: true, sampling_rate: 10 } },
  info: { beacon: "bam.nr-data.net", licenseKey: "NRJS-1", applicationID: "1" },
  loader_config: { accountID: "1", agentID: "1", licenseKey: "NRJS-1", applicationID: "1" },
});`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"New Relic Browser"}, line: 3, column: 1, endLine: 7, endColumn: 3 },
      ],
    },
    {
      name: "Heap snippet",
      code: `
window.heap = window.heap || [], heap.load = function (e, t) { window.heap.appid = e, window.heap.config = t = t || {}; var r = document.createElement("script"); r.type = "text/javascript", r.async = !0, r.src = "https://cdn.heapanalytics.com/js/heap-" + e + ".js"; var a = document.getElementsByTagName("script")[0]; a.parentNode.insertBefore(r, a); };
heap.load("1234567890");`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Heap"}, line: 3, column: 1, endLine: 3, endColumn: 24 },
      ],
    },
    {
      name: "Contentsquare tag loader",
      code: `
window._uxa = window._uxa || [];
const mt = document.createElement("script");
mt.type = "text/javascript";
mt.async = true;
mt.src = "//t.contentsquare.net/uxa/0123456789abc.js";
document.getElementsByTagName("head")[0].appendChild(mt);`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Contentsquare"}, line: 6, column: 1, endLine: 6, endColumn: 55 },
      ],
    },
    {
      name: "Dynatrace session replay opt-in without a check",
      code: `
dtrum.enableSessionReplay(false);`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Dynatrace"}, line: 2, column: 1, endLine: 2, endColumn: 33 },
      ],
    },
    {
      name: "LiveSession npm init",
      code: `
import ls from "@livesession/browser";
ls.init("abc.def");
ls.newPageView();`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"LiveSession"}, line: 3, column: 1, endLine: 3, endColumn: 19 },
      ],
    },
    {
      name: "Mouseflow loader",
      code: `
window._mfq = window._mfq || [];
(function () {
  var mf = document.createElement("script");
  mf.type = "text/javascript"; mf.defer = true;
  mf.src = "//cdn.mouseflow.com/projects/0a1b2c3d.js";
  document.getElementsByTagName("head")[0].appendChild(mf);
})();`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Mouseflow"}, line: 3, column: 1, endLine: 8, endColumn: 5 },
      ],
    },
    {
      name: "Inspectlet loader",
      code: `
window.__insp = window.__insp || [];
__insp.push(["wid", 1234567]);
var ldinsp = function () { var insp = document.createElement("script"); insp.async = true; insp.src = "https://cdn.inspectlet.com/inspectlet.js?wid=1234567&r=" + Math.floor(Date.now() / 3600000); document.head.appendChild(insp); };
setTimeout(ldinsp, 0);`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Inspectlet"}, line: 4, column: 92, endLine: 4, endColumn: 196 },
      ],
    },
    {
      name: "Lucky Orange script in a layout",
      code: `
export const Head = () => (
  <>
    <script async defer src="https://tools.luckyorange.com/core/lo.js?site-id=a1b2c3" />
  </>
);`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Lucky Orange"}, line: 4, column: 5, endLine: 4, endColumn: 89 },
      ],
    },
    {
      name: "Crazy Egg through a script loader helper",
      code: `
import { loadScript } from "./utils";
loadScript("//script.crazyegg.com/pages/scripts/0123/4567.js");`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Crazy Egg"}, line: 3, column: 1, endLine: 3, endColumn: 64 },
      ],
    },
    {
      name: "Quantum Metric in Nuxt useHead",
      code: `
useHead({ script: [{ src: "https://cdn.quantummetric.com/qscripts/quantum-acme.js", async: true }] });`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Quantum Metric"}, line: 2, column: 1, endLine: 2, endColumn: 103 },
      ],
    },
    {
      name: "SessionCam recorder script",
      code: `
const s = document.createElement("script");
s.src = "https://d2oh4tlt9mrke9.cloudfront.net/Record/js/sessioncam.recorder.js";
document.head.appendChild(s);`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"SessionCam"}, line: 3, column: 1, endLine: 3, endColumn: 82 },
      ],
    },
    {
      name: "Medallia DXA IIFE",
      code: `
(function (d, e, c, i, b, el, it) { d[b] = d[b] || function () { (d[b].q = d[b].q || []).push(arguments); }; el = e.createElement(c); el.async = 1; el.src = i; it = e.getElementsByTagName(c)[0]; it.parentNode.insertBefore(el, it); })(window, document, "script", "https://cdn.decibelinsight.net/i/12345/67890/di.js", "decibelInsight");`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Medallia DXA"}, line: 2, column: 1, endLine: 2, endColumn: 334 },
      ],
    },
    {
      name: "Noibu script element via setAttribute",
      code: `
const noibu = document.createElement("script");
noibu.setAttribute("src", "https://cdn.noibu.com/collect-core.js");
document.head.append(noibu);`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Noibu"}, line: 3, column: 1, endLine: 3, endColumn: 68 },
      ],
    },
    {
      name: "react-microsoft-clarity wrapper",
      code: `
import { clarity } from "react-microsoft-clarity";
clarity.init(process.env.REACT_APP_CLARITY_ID);`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Microsoft Clarity"}, line: 3, column: 1, endLine: 3, endColumn: 47 },
      ],
    },
    {
      name: "react-fullstory component",
      code: `
import FullStory from "react-fullstory";
export const App = () => <FullStory org="o-1ABC2D-na1" />;`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"FullStory"}, line: 3, column: 26, endLine: 3, endColumn: 58 },
      ],
    },
    {
      name: "react-hotjar through a dynamic import of the CJS module",
      code: `
export const loadHotjar = async () => {
  const lib = await import("react-hotjar");
  lib.default.hotjar.initialize(1688041, 6);
};`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Hotjar"}, line: 4, column: 3, endLine: 4, endColumn: 44 },
      ],
    },
    {
      name: "Datadog init followed by an explicit replay start is one start",
      code: `
import { datadogRum } from "@datadog/browser-rum";
export function initRum() {
  datadogRum.init({ applicationId: "a", clientToken: "b", sessionReplaySampleRate: 100 });
  datadogRum.startSessionReplayRecording();
}`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Datadog RUM"}, line: 4, column: 3, endLine: 4, endColumn: 90 },
      ],
    },
    {
      name: "Sentry enabled only in production",
      code: `
import * as Sentry from "@sentry/nextjs";
Sentry.init({
  dsn: process.env.NEXT_PUBLIC_SENTRY_DSN,
  enabled: process.env.NODE_ENV === "production",
  integrations: [Sentry.replayIntegration()],
  replaysSessionSampleRate: 0.1,
});`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Sentry Session Replay"}, line: 3, column: 1, endLine: 3, endColumn: 12 },
      ],
    },
    {
      name: "trap: environment check",
      code: `
import LogRocket from "logrocket";
if (process.env.NODE_ENV === "production") {
  LogRocket.init("acme/web");
}`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"LogRocket"}, line: 4, column: 3, endLine: 4, endColumn: 29 },
      ],
    },
    {
      name: "trap: feature flag",
      code: `
import posthog from "posthog-js";
if (flags.sessionReplay && isFeatureEnabled("replay")) {
  posthog.init("phc_abc");
}`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"PostHog"}, line: 4, column: 3, endLine: 4, endColumn: 26 },
      ],
    },
    {
      name: "trap: ID presence",
      code: `
import * as FullStory from "@fullstory/browser";
const orgId = document.querySelector("meta[name=fs-org]")?.getAttribute("content");
if (orgId) FullStory.init({ orgId });`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"FullStory"}, line: 4, column: 12, endLine: 4, endColumn: 37 },
      ],
    },
    {
      name: "trap: the consent cookie merely exists (react-cookie-consent writes false on decline)",
      code: `
import { getCookieConsentValue } from "react-cookie-consent";
import LogRocket from "logrocket";
if (getCookieConsentValue()) {
  LogRocket.init("acme/web");
}`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"LogRocket"}, line: 5, column: 3, endLine: 5, endColumn: 29 },
      ],
    },
    {
      name: "trap: an always-on category (necessary)",
      code: `
import Hotjar from "@hotjar/browser";
if (CookieConsent.acceptedCategory("necessary")) Hotjar.init(1, 6);`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Hotjar"}, line: 3, column: 50, endLine: 3, endColumn: 67 },
      ],
    },
    {
      name: "trap: OneTrust strictly-necessary group C0001",
      code: `
import Hotjar from "@hotjar/browser";
if (window.OnetrustActiveGroups.includes("C0001")) Hotjar.init(1, 6);`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Hotjar"}, line: 3, column: 52, endLine: 3, endColumn: 69 },
      ],
    },
    {
      name: "trap: Cookiebot necessary is always true",
      code: `
import Hotjar from "@hotjar/browser";
if (Cookiebot.consent.necessary) Hotjar.init(1, 6);`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Hotjar"}, line: 3, column: 34, endLine: 3, endColumn: 51 },
      ],
    },
    {
      name: "trap: Complianz functional is always true",
      code: `
import Clarity from "@microsoft/clarity";
if (cmplz_has_consent("functional")) Clarity.init("abc");`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Microsoft Clarity"}, line: 3, column: 38, endLine: 3, endColumn: 57 },
      ],
    },
    {
      name: "trap: unconditional Clarity consent call",
      code: `
import Clarity from "@microsoft/clarity";
Clarity.consent();
Clarity.init("abc");`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Microsoft Clarity"}, line: 4, column: 1, endLine: 4, endColumn: 20 },
      ],
    },
    {
      name: "trap: Clarity consent-mode default only changes cookies",
      code: `
window.clarity("consentv2", { ad_Storage: "denied", analytics_Storage: "denied" });
(function (c, l, a, r, i, t, y) { c[a] = c[a] || function () { (c[a].q = c[a].q || []).push(arguments); }; t = l.createElement(r); t.async = 1; t.src = "https://www.clarity.ms/tag/" + i; y = l.getElementsByTagName(r)[0]; y.parentNode.insertBefore(t, y); })(window, document, "clarity", "script", "abc");`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Microsoft Clarity"}, line: 3, column: 1, endLine: 3, endColumn: 303 },
      ],
    },
    {
      name: "trap: deferred PostHog opted in unconditionally",
      code: `
import posthog from "posthog-js";
posthog.init("phc_abc", { opt_out_capturing_by_default: true });
posthog.opt_in_capturing();`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"PostHog"}, line: 4, column: 1, endLine: 4, endColumn: 27 },
      ],
    },
    {
      name: "trap: a listener that fires on every load (OneTrustGroupsUpdated) without a category check",
      code: `
import LogRocket from "logrocket";
window.addEventListener("OneTrustGroupsUpdated", () => {
  LogRocket.init("acme/web");
});`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"LogRocket"}, line: 4, column: 3, endLine: 4, endColumn: 29 },
      ],
    },
    {
      name: "trap: CookiebotOnConsentReady fires on decline too",
      code: `
import LogRocket from "logrocket";
window.addEventListener("CookiebotOnConsentReady", () => LogRocket.init("acme/web"));`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"LogRocket"}, line: 3, column: 58, endLine: 3, endColumn: 84 },
      ],
    },
    {
      name: "trap: orestbida onConsent fires for necessary-only consent",
      code: `
import * as CookieConsent from "vanilla-cookieconsent";
import posthog from "posthog-js";
CookieConsent.run({
  categories: { necessary: { readOnly: true }, analytics: {} },
  onConsent: () => {
    posthog.init("phc_abc");
  },
});`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"PostHog"}, line: 7, column: 5, endLine: 7, endColumn: 28 },
      ],
    },
    {
      name: "trap: geo check is not consent",
      code: `
import * as FullStory from "@fullstory/browser";
if (!isGdprCountry(visitor.country)) FullStory.init({ orgId: "o-1" });`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"FullStory"}, line: 3, column: 38, endLine: 3, endColumn: 70 },
      ],
    },
    {
      name: "trap: the else branch of a consent check runs without consent",
      code: `
import LogRocket from "logrocket";
if (hasConsent("analytics")) {
  showThanks();
} else {
  LogRocket.init("acme/web");
}`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"LogRocket"}, line: 6, column: 3, endLine: 6, endColumn: 29 },
      ],
    },
    {
      name: "trap: negated consent",
      code: `
import LogRocket from "logrocket";
if (!cookiesAccepted) LogRocket.init("acme/web");`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"LogRocket"}, line: 3, column: 23, endLine: 3, endColumn: 49 },
      ],
    },
    {
      name: "trap: exported helper with no gated caller in the file",
      code: `
import LogRocket from "logrocket";
export function initMonitoring(appId) {
  LogRocket.init(appId);
}`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"LogRocket"}, line: 4, column: 3, endLine: 4, endColumn: 24 },
      ],
    },
    {
      name: "trap: a consent-required flag is not consent",
      code: `
import mixpanel from "mixpanel-browser";
if (!Didomi.isConsentRequired()) mixpanel.init("t", { record_sessions_percent: 10 });`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"Mixpanel Session Replay"}, line: 3, column: 34, endLine: 3, endColumn: 85 },
      ],
    },
    {
      name: "trap: a gated function that is also called without a check",
      code: `
import LogRocket from "logrocket";
function startLogRocket() {
  LogRocket.init("acme/web");
}
if (consent.analytics) startLogRocket();
startLogRocket();`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"LogRocket"}, line: 4, column: 3, endLine: 4, endColumn: 29 },
      ],
    },
    {
      name: "trap: Do Not Track is not consent",
      code: `
import LogRocket from "logrocket";
if (navigator.doNotTrack !== "1") LogRocket.init("acme/web");`,
      errors: [
        { messageId: "missingConsent", data: {"vendor":"LogRocket"}, line: 3, column: 35, endLine: 3, endColumn: 61 },
      ],
    },
    {
      name: "markup: Next.js script blocked under an always-on category",
      code: `
import Script from "next/script";
export const HotjarTag = () => <Script type="text/plain" data-cookieconsent="necessary" src="https://static.hotjar.com/c/hotjar-1.js?sv=6" />;`,
      errors: [
        { messageId: "categoryMismatch", data: {"vendor":"Hotjar","category":"necessary"}, line: 3, column: 32, endLine: 3, endColumn: 142 },
      ],
    },
    {
      name: "markup: Cookiebot ignore exempts the script",
      code: `
export const ClarityTag = () => <script data-cookieconsent="ignore" src="https://www.clarity.ms/tag/abc" />;`,
      errors: [
        { messageId: "exempted", data: {"vendor":"Microsoft Clarity","attribute":"data-cookieconsent=\"ignore\""}, line: 2, column: 33, endLine: 2, endColumn: 108 },
      ],
    },
  ],
});
