/**
 * require-consent: consent shapes that review of the gate logic turned up (each valid case was a false
 * positive, each invalid one a false negative or the trap beside a fix). Runs under espree and
 * @typescript-eslint/parser.
 */
import rule from "../src/rules/require-consent.js";
import { runUnderBothParsers } from "./helpers/rule-tester.js";
import { spanAt } from "./helpers/locations.js";

const IMPORT = `import LogRocket from "logrocket";\n`;

/** The report on the one `needle` (the start call) in `code`. */
function missingAt(code: string, needle: string) {
  return { messageId: "missingConsent" as const, data: { vendor: "LogRocket" }, ...spanAt(code, needle) };
}

function invalid(name: string, body: string, needle = `LogRocket.init("acme/web")`) {
  const code = `${IMPORT}${body}`;
  return { name, code, errors: [missingAt(code, needle)] };
}

runUnderBothParsers("require-consent: consent shapes from review", rule, {
  valid: [
    {
      name: "an exported loader that the file itself calls only after consent",
      code: `${IMPORT}export const initReplay = () => { LogRocket.init("acme/web"); };\nexport function Replay() {\n  const prefs = JSON.parse(localStorage.getItem("cookiePreferences") || "{}");\n  if (prefs.analytics) initReplay();\n  return null;\n}`,
    },
    { name: "whenConsented registers a callback that runs after consent", code: `${IMPORT}whenConsented(() => LogRocket.init("acme/web"));` },
    { name: "afterConsent registers a callback that runs after consent", code: `${IMPORT}afterConsent("statistics", () => LogRocket.init("acme/web"));` },
    {
      name: "a destructured consent flag with a default",
      code: `${IMPORT}export function Replay() {\n  const { analytics = false } = useCookieConsent();\n  if (analytics) LogRocket.init("acme/web");\n  return null;\n}`,
    },
    { name: "?? false after an optional consent read", code: `${IMPORT}if (window.Cookiebot?.consent?.statistics ?? false) LogRocket.init("acme/web");` },
    { name: "minified ~indexOf on OneTrust groups", code: `${IMPORT}if (~OptanonActiveGroups.indexOf(",C0002,")) LogRocket.init("acme/web");` },
    { name: "a consent object with an empty default", code: `${IMPORT}const prefs = window.Cookiebot?.consent || {};\nif (prefs.statistics) LogRocket.init("acme/web");` },
    {
      name: "a retry loop that waits for the SDK, entered only after consent",
      code: `${IMPORT}function start() {\n  if (!window.LogRocket) { setTimeout(start, 500); return; }\n  LogRocket.init("acme/web");\n}\nif (Cookiebot.consent.statistics) start();`,
    },
    {
      name: "Osano / Insites cookieconsent v3: a status compared with cookieconsent.status.allow",
      code: `${IMPORT}window.cookieconsent.initialise({
  type: "opt-in",
  onStatusChange: function (status) {
    if (status === cookieconsent.status.allow) LogRocket.init("acme/web");
  },
});`,
    },
    {
      name: "a helper that returns true only inside a consent branch",
      code: `${IMPORT}function allowRecording() {
  const analyticsConsent = getPreferenceValue("analytics");
  if (analyticsConsent && !isInIFrame()) {
    return true;
  }
  return false;
}
if (allowRecording()) LogRocket.init("acme/web");`,
    },
    {
      name: "a rate that only a consent branch raises from 0, read through a helper",
      code: `${IMPORT}function sessionRate() {
  let rate = 0;
  if (hasConsent("analytics")) rate = 0.25;
  return rate;
}
const rate = sessionRate();
if (rate) LogRocket.init("acme/web");`,
    },
    {
      name: "a private method that only a consented method calls",
      code: `${IMPORT}export class Analytics {
  static init() {
    if (!hasConsent("analytics")) return;
    Analytics.#startReplay();
  }
  static #startReplay() {
    LogRocket.init("acme/web");
  }
}`,
    },
    {
      name: "a state flag that only a consent branch sets",
      code: `${IMPORT}export function Replay({ consentGiven }) {
  const [shouldLoad, setShouldLoad] = useState(false);
  useEffect(() => { if (consentGiven) setShouldLoad(true); else setShouldLoad(false); }, [consentGiven]);
  useEffect(() => { if (shouldLoad) LogRocket.init("acme/web"); }, [shouldLoad]);
  return null;
}`,
    },
    {
      name: "a state flag that starts from a consent read",
      code: `${IMPORT}export function Replay() {
  const [tracking, setTracking] = useState(() => Cookies.get("cookie_consent") === "accepted");
  useEffect(() => { if (tracking) LogRocket.init("acme/web"); }, [tracking]);
  return <CookieBanner onAccept={() => setTracking(true)} />;
}`,
    },
    {
      name: "a state flag set from a consent read",
      code: `${IMPORT}export function Replay() {
  const [enabled, setEnabled] = React.useState();
  useEffect(() => setEnabled(window.Cookiebot.consent.statistics), []);
  if (!enabled) return null;
  LogRocket.init("acme/web");
  return null;
}`,
    },
    {
      name: "a flag read from a consent context",
      code: `${IMPORT}export function Replay() {
  const { analytics } = useContext(CookieConsentContext);
  if (!analytics) return null;
  LogRocket.init("acme/web");
  return null;
}`,
    },
    {
      name: "a check imported from the app's consent module, kept in React state (cryptoreflex's Clarity loader)",
      code: `${IMPORT}import { isCategoryAllowed, onConsentChange } from "@/lib/consent";
export function Replay() {
  const [allowed, setAllowed] = useState(false);
  useEffect(() => {
    setAllowed(isCategoryAllowed("analytics"));
    return onConsentChange(() => setAllowed(isCategoryAllowed("analytics")));
  }, []);
  useEffect(() => {
    if (!allowed) return;
    LogRocket.init("acme/web");
  }, [allowed]);
  return null;
}`,
    },
    { name: "a check imported from a cookie-consent module", code: `${IMPORT}import { canTrack } from "../utils/cookie-consent";\nif (canTrack()) LogRocket.init("acme/web");` },
    {
      name: "a check that asks permission to track (WordPress.com's mayWeTrackByTracker)",
      code: `${IMPORT}import { mayWeTrackByTracker } from "./tracker-buckets";\nexport function load() {\n  if (!mayWeTrackByTracker("logrocket")) return;\n  LogRocket.init("acme/web");\n}`,
    },
    {
      name: "a load callback assigned after an early return on consent",
      code: `${IMPORT}export function load() {\n  if (!hasConsent("analytics")) return;\n  const script = document.createElement("script");\n  script.onload = () => { LogRocket.init("acme/web"); };\n  document.head.appendChild(script);\n}`,
    },
  ],
  invalid: [
    invalid("trap: an exported loader that the file never calls", `export const initReplay = () => { LogRocket.init("acme/web"); };`),
    invalid(
      "trap: an exported loader that the file also calls without consent",
      `export const initReplay = () => { LogRocket.init("acme/web"); };\nif (prefs.analytics) initReplay();\nwindow.addEventListener("load", () => initReplay());`,
    ),
    invalid("trap: a loader exported by name and called once without consent", `const initReplay = () => { LogRocket.init("acme/web"); };\ninitReplay();\nexport { initReplay };`),
    invalid(
      "trap: a helper that returns true for any host but localhost",
      `function canTrack() {
  if (window.location.hostname !== "localhost") {
    return true;
  }
  return false;
}
if (canTrack()) LogRocket.init("acme/web");`,
    ),
    invalid(
      "trap: a flag that consent sets, and an admin check too",
      `let enabled = false;
if (hasConsent("analytics")) enabled = true;
if (user.isAdmin) enabled = true;
if (enabled) LogRocket.init("acme/web");`,
    ),
    invalid(
      "trap: a private method that an unguarded method calls as well",
      `export class Analytics {
  init() {
    if (!hasConsent("analytics")) return;
    this.#startReplay();
  }
  retry() {
    this.#startReplay();
  }
  #startReplay() {
    LogRocket.init("acme/web");
  }
}`,
    ),
    invalid("trap: a status enum compared with a value that is not a consent read", `if (request.status === RequestStatus.allow) LogRocket.init("acme/web");`),
    invalid(
      "trap: the same check imported from a module that is not about consent",
      `import { isCategoryAllowed } from "@/lib/catalog";\nif (isCategoryAllowed("analytics")) LogRocket.init("acme/web");`,
    ),
    invalid(
      "trap: a consent module's function that does something rather than answer",
      `import { initConsent } from "@/lib/consent";\nif (initConsent()) LogRocket.init("acme/web");`,
    ),
    invalid(
      "trap: cookieconsent.status.deny is a refusal",
      `window.cookieconsent.initialise({
  onStatusChange: function (status) {
    if (status === cookieconsent.status.deny) LogRocket.init("acme/web");
  },
});`,
    ),
    invalid(
      "trap: a state flag also set on mount, without consent",
      `export function Replay({ consentGiven }) {
  const [shouldLoad, setShouldLoad] = useState(false);
  useEffect(() => { if (consentGiven) setShouldLoad(true); }, [consentGiven]);
  useEffect(() => setShouldLoad(true), []);
  if (shouldLoad) LogRocket.init("acme/web");
}`,
    ),
    invalid(
      "trap: a state flag that starts from a prop",
      `export function Replay({ enabled, consentGiven }) {
  const [shouldLoad, setShouldLoad] = useState(enabled);
  useEffect(() => { if (consentGiven) setShouldLoad(true); }, [consentGiven]);
  if (shouldLoad) LogRocket.init("acme/web");
}`,
    ),
    invalid(
      "trap: a state setter handed to code out of sight",
      `export function Replay() {
  const [ready, setReady] = useState(false);
  onSdkReady(setReady);
  if (ready) LogRocket.init("acme/web");
}`,
    ),
    invalid(
      "trap: a state flag that starts out true",
      `export function Replay({ consentGiven }) {
  const [shouldLoad, setShouldLoad] = useState(true);
  useEffect(() => { if (consentGiven) setShouldLoad(true); }, [consentGiven]);
  if (shouldLoad) LogRocket.init("acme/web");
}`,
    ),
    invalid(
      "trap: a flag from a context that is not about consent",
      `export function Replay() {
  const { analytics } = useContext(FeatureFlagsContext);
  if (!analytics) return null;
  LogRocket.init("acme/web");
}`,
    ),
    invalid("orestbida's run({ onAccept }) fires on every page load", `cc.run({ onAccept: () => LogRocket.init("acme/web") });`),
    invalid("onConsentChange also fires on a refusal", `onConsentChange(() => LogRocket.init("acme/web"));`),
    invalid("trap: a defaulted flag from a hook that is not about consent", `const { analytics = true } = useFeatureFlags();\nif (analytics) LogRocket.init("acme/web");`),
    invalid("trap: ?? true records visitors who have not decided", `if (window.Cookiebot?.consent?.statistics ?? true) LogRocket.init("acme/web");`),
    invalid("trap: ~indexOf on a list of site ids", `if (~siteIds.indexOf(siteId)) LogRocket.init("acme/web");`),
    invalid("trap: a consent object with a default that grants", `const prefs = window.Cookiebot?.consent || { statistics: true };\nif (prefs.statistics) LogRocket.init("acme/web");`),
    invalid("trap: a check that asks whether tracking is possible, not permitted", `import { shouldTrack } from "./env";\nif (shouldTrack()) LogRocket.init("acme/web");`),
    invalid("trap: a load callback assigned with no check before it", `const script = document.createElement("script");\nscript.onload = () => { LogRocket.init("acme/web"); };\ndocument.head.appendChild(script);`),
    invalid(
      "trap: a load callback assigned before the consent check",
      `export function load() {\n  const script = document.createElement("script");\n  script.onload = () => { LogRocket.init("acme/web"); };\n  if (!hasConsent("analytics")) return;\n  document.head.appendChild(script);\n}`,
    ),
    invalid("trap: a retry loop nobody enters behind consent", `function start() {\n  if (!window.LogRocket) { setTimeout(start, 500); return; }\n  LogRocket.init("acme/web");\n}\nstart();`),
  ],
});
