/**
 * require-consent on JS/JSX: how recorder starts are read (src/core/recorder-starts.ts).
 * Start options that switch replay off, defer it or depend on consent; Sentry's replay sample
 * rates; recorder components; loaders and snippet strings, and where each start is reported.
 */
import rule from "../../src/rules/require-consent.js";
import { createJsxTester } from "../helpers/rule-tester.js";

/** Hotjar's tracking-code IIFE (the host is passed in as an argument). */
const HOTJAR_IIFE =
  "(function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};h._hjSettings={hjid:3456789,hjsv:6};" +
  "a=o.getElementsByTagName('head')[0];r=o.createElement('script');r.async=1;r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;a.appendChild(r);})";
const HOTJAR_SNIPPET = `${HOTJAR_IIFE}(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');`;
const LOGROCKET_SNIPPET = "window.LogRocket && window.LogRocket.init('acme/web');";

/** 1-based end column of a one-line report that runs to `end` (exclusive) on `line` of `code`. */
function endOf(code: string, line: number, end: string): number {
  const text = code.split("\n")[line - 1] ?? "";
  const index = text.lastIndexOf(end);
  if (index < 0) throw new Error(`${end} not on line ${line}`);
  return index + end.length + 1;
}

const scriptTextCode = `const script = document.createElement("script");
script.text = "${HOTJAR_SNIPPET}";
document.head.appendChild(script);`;
const memberTextCode = `export class HotjarLoader {
  load() {
    this.script.textContent = "${HOTJAR_SNIPPET}";
  }
}`;
const functionCode = `new Function("${HOTJAR_SNIPPET}")();`;
const callCode = `${HOTJAR_IIFE}.call(window, window, document, "https://static.hotjar.com/c/hotjar-", ".js?sv=");`;

createJsxTester().run("require-consent: start options, loaders and snippet strings", rule, {
  valid: [
    // Vendor consent grants and deferral.
    {
      name: "Datadog deferred, then setTrackingConsent('not-granted') is not a grant",
      code: `
import { datadogRum } from "@datadog/browser-rum";
datadogRum.init({ applicationId: "app", clientToken: "pub", sessionReplaySampleRate: 20, trackingConsent: "not-granted" });
datadogRum.setTrackingConsent("not-granted");`,
    },
    {
      name: "Datadog deferred, setTrackingConsent with a runtime value is not a grant",
      code: `
import { datadogRum } from "@datadog/browser-rum";
datadogRum.init({ applicationId: "app", clientToken: "pub", sessionReplaySampleRate: 20, trackingConsent: "not-granted" });
onConsentChange((state) => datadogRum.setTrackingConsent(state));`,
    },
    {
      name: "vendors option: a PostHog component is not checked when only Hotjar is",
      code: `
import { PostHogProvider } from "posthog-js/react";
export const Providers = ({ children }) => <PostHogProvider apiKey="phc_abc">{children}</PostHogProvider>;`,
      options: [{ vendors: ["hotjar"] }],
    },
    {
      name: "PostHogProvider deferred by opt_out_capturing_by_default",
      code: `
import { PostHogProvider } from "posthog-js/react";
export const Providers = ({ children }) => (
  <PostHogProvider apiKey="phc_abc" options={{ api_host: "/ingest", opt_out_capturing_by_default: true }}>{children}</PostHogProvider>
);`,
    },
    // Sentry replay sample rates.
    {
      name: "Sentry v7 Replay with its own sample rates depending on consent",
      code: `
import * as Sentry from "@sentry/browser";
Sentry.init({
  dsn: "https://k@o.ingest.sentry.io/1",
  integrations: [new Sentry.Replay({ sessionSampleRate: consent.analytics ? 0.1 : 0, errorSampleRate: 0 })],
});`,
    },
    {
      name: "Sentry.init() without options leaves both replay rates at 0",
      code: `
import * as Sentry from "@sentry/react";
Sentry.init();
Sentry.addIntegration(Sentry.replayIntegration());`,
    },
    // Option values read through the file.
    {
      name: "PostHog disable_session_recording from a spread const",
      code: `
import posthog from "posthog-js";
const base = { disable_session_recording: true };
posthog.init("phc_abc", { ...base, api_host: "/ingest" });`,
    },
    {
      name: "PostHog disable_session_recording under a quoted key",
      code: `
import posthog from "posthog-js";
posthog.init("phc_abc", { "disable_session_recording": true });`,
    },
    {
      name: "PostHog disable_session_recording: !0 (minified true)",
      code: `
import posthog from "posthog-js";
posthog.init("phc_abc", { disable_session_recording: !0 });`,
    },
    {
      name: "Datadog sample rate hidden in a spread of an imported config is not a visible start",
      code: `
import { datadogRum } from "@datadog/browser-rum";
import { sharedRumOptions } from "./rum";
const base = { ...sharedRumOptions };
datadogRum.init({ ...base, applicationId: "app" });`,
    },
    {
      name: "Datadog options imported from another module (replay needs an explicit rate)",
      code: `
import { datadogRum } from "@datadog/browser-rum";
import { rumConfig } from "./rum";
datadogRum.init(rumConfig);`,
    },
    {
      name: "Datadog replay rate from a const that is 0",
      code: `
import { datadogRum } from "@datadog/browser-rum";
const REPLAY_RATE = 0;
datadogRum.init({ applicationId: "app", clientToken: "pub", sessionReplaySampleRate: REPLAY_RATE });`,
    },
    {
      name: "Datadog replay rate that is non-zero only with consent",
      code: `
import { datadogRum } from "@datadog/browser-rum";
datadogRum.init({ applicationId: "app", clientToken: "pub", sessionReplaySampleRate: consent.analytics ? 20 : 0 });`,
    },
    {
      name: "Datadog trackingConsent written as a negated consent test",
      code: `
import { datadogRum } from "@datadog/browser-rum";
datadogRum.init({ applicationId: "app", clientToken: "pub", sessionReplaySampleRate: 20, trackingConsent: !analyticsConsent ? "not-granted" : "granted" });`,
    },
    {
      name: "New Relic session_replay settings hidden in an imported object",
      code: `
import { BrowserAgent } from "@newrelic/browser-agent/loaders/browser-agent";
import { initConfig } from "./newrelic";
new BrowserAgent({ init: initConfig, info: { applicationID: "1" }, loader_config: {} });`,
    },
    {
      name: "LogRocket shouldSendData method returning consent",
      code: `
import LogRocket from "logrocket";
LogRocket.init("acme/web", {
  shouldSendData() {
    return consent.analytics;
  },
});`,
    },
    {
      name: "Amplitude replay plugin sampleRate that is 0 without consent",
      code: `
import * as amplitude from "@amplitude/analytics-browser";
import { sessionReplayPlugin } from "@amplitude/plugin-session-replay-browser";
amplitude.add(sessionReplayPlugin({ sampleRate: consent.analytics && 1 }));`,
    },
    // Loaders.
    {
      name: "useScript with a consent trigger after a spread of defaults",
      code: `
import { useScript } from "#imports";
useScript("https://static.hotjar.com/c/hotjar-3456789.js?sv=6", { ...scriptDefaults, trigger: useScriptTriggerConsent() });`,
    },
    {
      name: "useScript triggered by a consent value",
      code: `
import { useScript } from "#imports";
useScript("https://static.hotjar.com/c/hotjar-3456789.js?sv=6", { trigger: cookieConsent.analytics });`,
    },
    {
      name: "a recorder host passed to fetch is not a load",
      code: `fetch("https://static.hotjar.com/c/hotjar-3456789.js?sv=6");`,
    },
    {
      name: "a recorder host in setAttribute('data-src') is not a load",
      code: `
const s = document.createElement("script");
s.setAttribute("data-src", "https://static.hotjar.com/c/hotjar-3456789.js?sv=6");`,
    },
    {
      name: "FullStory loader with _fs_capture_on_startup = false waits for FS('start')",
      code: `
window._fs_capture_on_startup = false;
const s = document.createElement("script");
s.src = "https://edge.fullstory.com/s/fs.js";
document.head.appendChild(s);`,
    },
    {
      name: "loader host chosen by a consent conditional",
      code: `
const s = document.createElement("script");
s.src = consent.analytics ? "https://static.hotjar.com/c/hotjar-3456789.js?sv=6" : "";
document.head.appendChild(s);`,
    },
    // Snippet strings.
    {
      name: "snippet string with a deferral switch (PostHog opt_out_capturing_by_default)",
      code: `export const Tags = () => <script dangerouslySetInnerHTML={{ __html: "posthog.init('phc_abc', { api_host: '/ingest', opt_out_capturing_by_default: true });" }} />;`,
    },
    {
      name: "snippet string with its own consent check",
      code: `export const Tags = () => <script dangerouslySetInnerHTML={{ __html: "if (hasConsent('analytics')) { ${LOGROCKET_SNIPPET} }" }} />;`,
    },
    {
      name: "snippet string chosen by a consent conditional",
      code: `
import Script from "next/script";
export const Tags = () => <Script id="lr" dangerouslySetInnerHTML={{ __html: hasConsent("analytics") ? "${LOGROCKET_SNIPPET}" : "" }} />;`,
    },
    {
      name: "vendors option: a LogRocket snippet string is not checked when only Hotjar is",
      code: `export const Tags = () => <script dangerouslySetInnerHTML={{ __html: "${LOGROCKET_SNIPPET}" }} />;`,
      options: [{ vendors: ["hotjar"] }],
    },
    {
      name: "snippet code shown as text in a <pre> is not a script",
      code: `export const Docs = () => <pre>{"${HOTJAR_SNIPPET}"}</pre>;`,
    },
    {
      name: "snippet code kept in a string constant is not a start",
      code: `export const hotjarSnippet = "${HOTJAR_SNIPPET}";`,
    },
    {
      name: "snippet code under a non-script key (documentation data) is not a start",
      code: `export const examples = [{ title: "Hotjar", code: "${HOTJAR_SNIPPET}" }];`,
    },
    {
      name: "snippet code assigned to a plain variable is not a start",
      code: `
let code;
code = "${HOTJAR_SNIPPET}";`,
    },
    {
      name: "innerHTML of a non-script element does not run code",
      code: `
const container = document.getElementById("snippet");
container.innerHTML = "${HOTJAR_SNIPPET}";`,
    },
    {
      name: "jQuery append of code without a <script> tag inserts text",
      code: `$("head").append("${LOGROCKET_SNIPPET}");`,
    },
    {
      name: "a style tag described as a VitePress head tuple, or a noscript object, runs no code",
      code: `
export const head = [["style", {}, "${HOTJAR_SNIPPET}"]];
export const tags = { headTags: [{ tagName: "noscript", innerHTML: "${HOTJAR_SNIPPET}" }] };`,
    },
    {
      name: "a component that shows code (a docs page's CodeBlock) runs none of it",
      code: `export const Install = () => <CodeBlock language="html" content={\`${HOTJAR_SNIPPET}\`} />;`,
    },
    {
      name: "a snippet in a variable that only a code block shows, or that a blocked <Script> holds, runs nowhere unblocked",
      code: `
import Script from "next/script";
const content = \`${HOTJAR_SNIPPET}\`;
export const Docs = () => <CodeBlock>{content}</CodeBlock>;
export const Tags = () => <Script id="hj" type="text/plain" data-cookieconsent="statistics">{content}</Script>;`,
    },
    {
      name: "a snippet in a variable rendered by a <Script> only after consent",
      code: `
import Script from "next/script";
const content = \`${HOTJAR_SNIPPET}\`;
export const Tags = ({ consent }) => (consent.analytics ? <Script id="hj">{content}</Script> : null);`,
    },
    {
      name: "a component's prop that is not its script (a title) holds no code to run",
      code: `export const Tags = () => <ThirdParty name="hotjar" title={\`${HOTJAR_SNIPPET}\`} />;`,
    },
    // JSX <Script> markup.
    {
      name: "<Script> blocked by type and category written as JSX expressions",
      code: `
import Script from "next/script";
export const Tags = () => <Script type={"text/plain"} data-cookieconsent={\`statistics\`} src="https://static.hotjar.com/c/hotjar-3456789.js?sv=6" />;`,
    },
    {
      name: "<Script> whose type depends on consent",
      code: `
import Script from "next/script";
export const Tags = ({ consent }) => <Script type={consent ? "text/javascript" : "text/plain"} data-cookieconsent="statistics" src="https://static.hotjar.com/c/hotjar-3456789.js?sv=6" />;`,
    },
    {
      name: "blocked <Script> with a Cookiebot category from a prop",
      code: `
import Script from "next/script";
export const Tags = ({ category }) => <Script type="text/plain" data-cookieconsent={category} src="https://static.hotjar.com/c/hotjar-3456789.js?sv=6" />;`,
    },
    {
      name: "<Script src> with Osano's runtime blocking attribute from a prop",
      code: `
import Script from "next/script";
export const Tags = ({ category }) => <Script data-osano={category} src="https://static.hotjar.com/c/hotjar-3456789.js?sv=6" />;`,
    },
    {
      name: "exempted <Script> rendered only with consent",
      code: `
import Script from "next/script";
export const Tags = ({ consent }) => <>{consent.analytics && <Script data-cookieconsent="ignore" src="https://static.hotjar.com/c/hotjar-3456789.js?sv=6" />}</>;`,
    },
  ],
  invalid: [
    // Vendor consent grants.
    {
      name: "Datadog setTrackingConsent('granted') at top level starts the deferred recorder",
      code: `
import { datadogRum } from "@datadog/browser-rum";
datadogRum.init({ applicationId: "app", clientToken: "pub", sessionReplaySampleRate: 20, trackingConsent: "not-granted" });
datadogRum.setTrackingConsent("granted");`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Datadog RUM" }, line: 4, column: 1, endLine: 4, endColumn: 41 }],
    },
    // Components.
    {
      name: "PostHogProvider with an apiKey and no options",
      code: `
import { PostHogProvider } from "posthog-js/react";
export const Providers = ({ children }) => <PostHogProvider apiKey="phc_abc">{children}</PostHogProvider>;`,
      errors: [{ messageId: "missingConsent", data: { vendor: "PostHog" }, line: 3, column: 44, endLine: 3, endColumn: 78 }],
    },
    // Sentry replay sample rates.
    {
      name: "Sentry v7 Replay with its own sample rates, passed through a const",
      code: `
import * as Sentry from "@sentry/browser";
const replay = new Sentry.Replay({ sessionSampleRate: 0.1, errorSampleRate: 1.0 });
Sentry.init({ dsn: "https://k@o.ingest.sentry.io/1", integrations: [replay] });`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Sentry Session Replay" }, line: 4, column: 1, endLine: 4, endColumn: 12 }],
    },
    {
      name: "Sentry init options built by a helper the file cannot see",
      code: `
import * as Sentry from "@sentry/react";
import { buildSentryOptions } from "./sentry-options";
Sentry.init(buildSentryOptions({ integrations: [Sentry.replayIntegration()] }));`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Sentry Session Replay" }, line: 4, column: 49, endLine: 4, endColumn: 75 }],
    },
    {
      name: "Sentry init options spread from an import (rates assumed to record)",
      code: `
import * as Sentry from "@sentry/react";
import { baseOptions } from "./sentry-options";
Sentry.init({ ...baseOptions, integrations: [Sentry.replayIntegration()] });`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Sentry Session Replay" }, line: 4, column: 1, endLine: 4, endColumn: 12 }],
    },
    // Option values.
    {
      name: "Datadog replay rate after a spread of a local const without it",
      code: `
import { datadogRum } from "@datadog/browser-rum";
const base = { service: "web", env: "prod" };
datadogRum.init({ ...base, applicationId: "app", clientToken: "pub", sessionReplaySampleRate: 20 });`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Datadog RUM" }, line: 4, column: 1, endLine: 4, endColumn: 100 }],
    },
    {
      name: "Datadog: one replay rate records even when another depends on consent",
      code: `
import { datadogRum } from "@datadog/browser-rum";
datadogRum.init({ applicationId: "app", clientToken: "pub", sessionReplaySampleRate: 20, premiumSampleRate: consent.analytics ? 100 : 0 });`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Datadog RUM" }, line: 3, column: 1, endLine: 3, endColumn: 139 }],
    },
    {
      name: "Datadog replay rate that is non-zero either way",
      code: `
import { datadogRum } from "@datadog/browser-rum";
datadogRum.init({ applicationId: "app", clientToken: "pub", sessionReplaySampleRate: isMobile ? 10 : 20 });`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Datadog RUM" }, line: 3, column: 1, endLine: 3, endColumn: 107 }],
    },
    {
      name: "Datadog replay rate that depends on the environment, not consent",
      code: `
import { datadogRum } from "@datadog/browser-rum";
datadogRum.init({ applicationId: "app", clientToken: "pub", sessionReplaySampleRate: isProd ? 20 : 0 });`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Datadog RUM" }, line: 3, column: 1, endLine: 3, endColumn: 104 }],
    },
    {
      name: "Datadog trackingConsent that depends on the region, not consent",
      code: `
import { datadogRum } from "@datadog/browser-rum";
datadogRum.init({ applicationId: "app", clientToken: "pub", sessionReplaySampleRate: 20, trackingConsent: isEU ? "not-granted" : "granted" });`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Datadog RUM" }, line: 3, column: 1, endLine: 3, endColumn: 142 }],
    },
    {
      name: "PostHog opt_out_capturing_by_default: false records",
      code: `
import posthog from "posthog-js";
posthog.init("phc_abc", { opt_out_capturing_by_default: false });`,
      errors: [{ messageId: "missingConsent", data: { vendor: "PostHog" }, line: 3, column: 1, endLine: 3, endColumn: 65 }],
    },
    {
      name: "LogRocket shouldSendData that does not read consent",
      code: `
import LogRocket from "logrocket";
LogRocket.init("acme/web", { shouldSendData: () => !isInternalUser });`,
      errors: [{ messageId: "missingConsent", data: { vendor: "LogRocket" }, line: 3, column: 1, endLine: 3, endColumn: 70 }],
    },
    {
      name: "LogRocket shouldSendData that returns nothing",
      code: `
import LogRocket from "logrocket";
LogRocket.init("acme/web", {
  shouldSendData() {
    track("lr-check");
  },
});`,
      errors: [{ messageId: "missingConsent", data: { vendor: "LogRocket" }, line: 3, column: 1, endLine: 7, endColumn: 3 }],
    },
    {
      name: "LogRocket shouldSendData given as a reference (not read)",
      code: `
import LogRocket from "logrocket";
LogRocket.init("acme/web", { shouldSendData: shouldSend });`,
      errors: [{ messageId: "missingConsent", data: { vendor: "LogRocket" }, line: 3, column: 1, endLine: 3, endColumn: 59 }],
    },
    // Loaders.
    {
      name: "loader host chosen by a region conditional",
      code: `
const s = document.createElement("script");
s.src = isEU ? "https://static.hotjar.com/c/hotjar-1.js?sv=6" : "https://static.hotjar.com/c/hotjar-2.js?sv=6";
document.head.appendChild(s);`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 3, column: 1, endLine: 3, endColumn: 112 }],
    },
    {
      name: "loader host as the fallback of ||",
      code: `
const s = document.createElement("script");
s.src = customSrc || "https://static.hotjar.com/c/hotjar-3456789.js?sv=6";
document.head.appendChild(s);`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 3, column: 1, endLine: 3, endColumn: 75 }],
    },
    {
      name: "loader host built with String#concat",
      code: `
const s = document.createElement("script");
s.src = "https://www.clarity.ms/tag/".concat(projectId);
document.head.appendChild(s);`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Microsoft Clarity" }, line: 3, column: 1, endLine: 3, endColumn: 57 }],
    },
    {
      name: "loader host through two consts",
      code: `
const HOTJAR_URL = "https://static.hotjar.com/c/hotjar-3456789.js?sv=6";
const url = HOTJAR_URL;
const s = document.createElement("script");
s.src = url;
document.head.appendChild(s);`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 2, column: 1, endLine: 2, endColumn: 73 }],
    },
    {
      name: "setAttribute('src', host)",
      code: `
const s = document.createElement("script");
s.setAttribute("src", "https://static.hotjar.com/c/hotjar-3456789.js?sv=6");`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 3, column: 1, endLine: 3, endColumn: 77 }],
    },
    {
      name: "a loadScript helper",
      code: `loadScript("https://static.hotjar.com/c/hotjar-3456789.js?sv=6");`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 1, column: 1, endLine: 1, endColumn: 66 }],
    },
    {
      name: "useScript triggered by something other than consent",
      code: `
import { useScript } from "#imports";
useScript("https://static.hotjar.com/c/hotjar-3456789.js?sv=6", { trigger: onNuxtReady() });`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 3, column: 1, endLine: 3, endColumn: 93 }],
    },
    {
      name: "<Script src={`...${id}`}> template in an expression container",
      code: `
import Script from "next/script";
export const Clarity = ({ id }) => <Script src={\`https://www.clarity.ms/tag/\${id}\`} strategy="afterInteractive" />;`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Microsoft Clarity" }, line: 3, column: 36, endLine: 3, endColumn: 115 }],
    },
    {
      name: "<Script> with spread props and a recorder src",
      code: `
import Script from "next/script";
export const Clarity = (props) => <Script {...props} src="https://www.clarity.ms/tag/abc" />;`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Microsoft Clarity" }, line: 3, column: 35, endLine: 3, endColumn: 93 }],
    },
    {
      name: "<Script src> with a Cookiebot category from a prop still runs (no blocking type)",
      code: `
import Script from "next/script";
export const Tags = ({ category }) => <Script data-cookieconsent={category} src="https://static.hotjar.com/c/hotjar-3456789.js?sv=6" />;`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 3, column: 39, endLine: 3, endColumn: 136 }],
    },
    {
      name: "Hotjar IIFE invoked with .call(window, ...)",
      code: callCode,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 1, column: 1, endLine: 1, endColumn: endOf(callCode, 1, `".js?sv=")`) }],
    },
    // Snippet strings.
    {
      name: "<Script>{`...`}</Script> with the Clarity snippet",
      code: `
import Script from "next/script";
export const Clarity = () => (
  <Script id="clarity">{\`(function(c,l,a,r,i,t,y){t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);})(window, document, "clarity", "script", "abc");\`}</Script>
);`,
      // Reported at the snippet's code in the string, not at the <Script> element around it.
      errors: [{ messageId: "missingConsent", data: { vendor: "Microsoft Clarity" }, line: 4, column: 26, endLine: 4, endColumn: 231 }],
    },
    {
      name: "<script>{'...'}</script> with the LogRocket snippet",
      code: `export const Tags = () => <script>{"${LOGROCKET_SNIPPET}"}</script>;`,
      errors: [{ messageId: "missingConsent", data: { vendor: "LogRocket" }, line: 1, column: 37, endLine: 1, endColumn: 91 }],
    },
    {
      name: "script.text on an element created as a script",
      code: scriptTextCode,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 2, column: 1, endLine: 2, endColumn: endOf(scriptTextCode, 2, `";`) }],
    },
    {
      name: "this.script.textContent in a loader class",
      code: memberTextCode,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 3, column: 5, endLine: 3, endColumn: endOf(memberTextCode, 3, `";`) }],
    },
    {
      name: "new Function(snippet)()",
      code: functionCode,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 1, column: 1, endLine: 1, endColumn: endOf(functionCode, 1, `")();`) }],
    },
    {
      name: "a script tag described as an object (Docusaurus injectHtmlTags) holds the snippet",
      code: `
module.exports = () => ({
  injectHtmlTags() {
    return { headTags: [{ tagName: "script", innerHTML: "${HOTJAR_SNIPPET}" }] };
  },
});`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 4, column: 58, endLine: 4, endColumn: 58 + HOTJAR_SNIPPET.length }],
    },
    {
      name: "a Nuxt head config's script list holds the snippet: reported at the init call after the loader, as in a page",
      code: `
export default defineAppConfig({
  head: {
    script: [{
      hid: "yandex-metrika",
      innerHTML: \`(function(m,e,t,r,i,k,a){k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})
        (window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");
        ym(103178484, "init", { webvisor: true });\`,
    }],
  },
});`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Yandex Metrica Session Replay" }, line: 8, column: 9, endLine: 8, endColumn: 51 }],
    },
    {
      name: "a script tag as a VitePress head tuple [tag, attributes, content] holds the snippet",
      code: `
export const head = [
  ["meta", { name: "referrer", content: "never" }],
  ["script", {}, "${HOTJAR_SNIPPET}"],
];`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 4, column: 19, endLine: 4, endColumn: 19 + HOTJAR_SNIPPET.length }],
    },
    {
      name: "a loader wrapped in the app's own async IIFE is reported at the statement that sets the host",
      code: `
export const initialize = async () => {
  return await (async () => {
    const script = document.createElement("script");
    script.src = "//static.hotjar.com/c/hotjar-" + id + ".js?sv=6";
    document.body.appendChild(script);
  })();
};`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 5, column: 5, endLine: 5, endColumn: 68 }],
    },
    {
      name: "an app's script component given the snippet as content: reported at the init call after the loader",
      code: `
export const Scripts = () => (
  <ThirdParty
    name="smartlook"
    content={\`
      window.smartlook||(function(d) {
      var o=smartlook=function(){ o.api.push(arguments)},h=d.getElementsByTagName('head')[0];
      var c=d.createElement('script');o.api=new Array();c.async=true;c.src='https://rec.smartlook.com/recorder.js';h.appendChild(c);
      })(document);
      smartlook('init', '\${process.env.SMARTLOOK_ID}');
    \`}
  />
);`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Smartlook" }, line: 10, column: 7, endLine: 11, endColumn: 5 }],
    },
    {
      name: "a <Script> string with a snippet IIFE is reported where the IIFE opens, not at the string's first line",
      code: `
import Script from "next/script";
export const Tags = () => (
  <Script id="hotjar">{\`
    window.dataLayer = window.dataLayer || [];
    ${HOTJAR_SNIPPET}
  \`}</Script>
);`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 6, column: 5, endLine: 7, endColumn: 3 }],
    },
    {
      name: "a snippet in a variable that a <Script> renders: reported where the snippet starts in the variable",
      code: `
import Script from "next/script";
export function ClarityScript() {
  const content = \`
    ${HOTJAR_SNIPPET}\`;
  return <Script id="hj" strategy="afterInteractive">{content}</Script>;
}`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 5, column: 5, endLine: 5, endColumn: 5 + HOTJAR_SNIPPET.length }],
    },
    {
      name: "eval(snippet)",
      code: `eval("${LOGROCKET_SNIPPET}");`,
      errors: [{ messageId: "missingConsent", data: { vendor: "LogRocket" }, line: 1, column: 1, endLine: 1, endColumn: 64 }],
    },
    {
      name: "a snippet split over two concatenated strings is one start",
      code: `export const Tags = () => <script dangerouslySetInnerHTML={{ __html: "window._hjSettings={hjid:3456789,hjsv:6}; window.hj=window.hj||function(){};" + "(function(){var r=document.createElement('script');r.src='https://static.hotjar.com/c/hotjar-3456789.js?sv=6';document.head.appendChild(r);})();" }} />;`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 1, column: 27, endLine: 1, endColumn: 303 }],
    },
    {
      name: "an SDK call and a snippet string of the same recorder are two starts",
      code: `
import LogRocket from "logrocket";
LogRocket.init("acme/web");
export const Tags = () => <script dangerouslySetInnerHTML={{ __html: "${LOGROCKET_SNIPPET}" }} />;`,
      errors: [
        { messageId: "missingConsent", data: { vendor: "LogRocket" }, line: 3, column: 1, endLine: 3, endColumn: 27 },
        { messageId: "missingConsent", data: { vendor: "LogRocket" }, line: 4, column: 71, endLine: 4, endColumn: 125 },
      ],
    },
    {
      name: "vendors option: a Hotjar loader is not checked, PostHog is",
      code: `
import posthog from "posthog-js";
import { useScript } from "#imports";
posthog.init("phc_abc", { api_host: "/ingest" });
useScript("https://static.hotjar.com/c/hotjar-3456789.js?sv=6");`,
      options: [{ vendors: ["posthog"] }],
      errors: [{ messageId: "missingConsent", data: { vendor: "PostHog" }, line: 4, column: 1, endLine: 4, endColumn: 49 }],
    },
  ],
});
