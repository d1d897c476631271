import { Linter } from "eslint";
import tsParser from "@typescript-eslint/parser";
import vueParser from "vue-eslint-parser";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";

/**
 * Realistic recorder setups as teams write them (framework entry files, providers, CDN snippets)
 * and traps (the same option names off a recorder, env-driven values, local functions). Each file
 * lists what the rule must report as "<vendor> <option>", so precision and recall are both checked.
 */
interface Sample {
  name: string;
  file: string;
  code: string;
  expected: string[];
}

const SAMPLES: Sample[] = [
  // --- Sentry ----------------------------------------------------------------------------------
  {
    name: "Next.js instrumentation-client with Sentry defaults",
    file: "instrumentation-client.ts",
    code: `import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: process.env.NEXT_PUBLIC_SENTRY_DSN,
  integrations: [Sentry.replayIntegration()],
  tracesSampleRate: 1,
  replaysSessionSampleRate: 0.1,
  replaysOnErrorSampleRate: 1.0,
  debug: false,
});

export const onRouterTransitionStart = Sentry.captureRouterTransitionStart;`,
    expected: [],
  },
  {
    name: "Next.js sentry.client.config with text and media unmasked",
    file: "sentry.client.config.ts",
    code: `// This file configures the initialization of Sentry on the client.
import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: "https://examplePublicKey@o0.ingest.sentry.io/0",
  tracesSampleRate: 1,
  debug: false,
  replaysOnErrorSampleRate: 1.0,
  replaysSessionSampleRate: 0.1,
  integrations: [
    Sentry.replayIntegration({
      // Additional Replay configuration goes in here, for example:
      maskAllText: false,
      blockAllMedia: false,
    }),
  ],
});`,
    expected: ["Sentry Session Replay maskAllText", "Sentry Session Replay blockAllMedia"],
  },
  {
    name: "React main.tsx with network details",
    file: "main.tsx",
    code: `import React from "react";
import ReactDOM from "react-dom/client";
import * as Sentry from "@sentry/react";
import App from "./App";

Sentry.init({
  dsn: import.meta.env.VITE_SENTRY_DSN,
  environment: import.meta.env.MODE,
  integrations: [
    Sentry.browserTracingIntegration(),
    Sentry.replayIntegration({
      maskAllText: false,
      maskAllInputs: false,
      networkDetailAllowUrls: [window.location.origin, /^https:\\/\\/api\\.example\\.com/],
      networkRequestHeaders: ["X-Custom-Header"],
    }),
  ],
  tracePropagationTargets: ["localhost", /^https:\\/\\/yourserver\\.io\\/api/],
  replaysSessionSampleRate: 0.1,
  replaysOnErrorSampleRate: 1.0,
});

ReactDOM.createRoot(document.getElementById("root")!).render(<App />);`,
    expected: ["Sentry Session Replay maskAllText", "Sentry Session Replay maskAllInputs", "Sentry Session Replay networkDetailAllowUrls"],
  },
  {
    name: "Vue main.ts restoring v7 unmask markers",
    file: "main.ts",
    code: `import { createApp } from "vue";
import * as Sentry from "@sentry/vue";
import App from "./App.vue";
import router from "./router";

const app = createApp(App);

Sentry.init({
  app,
  dsn: import.meta.env.VITE_SENTRY_DSN,
  integrations: [
    Sentry.browserTracingIntegration({ router }),
    Sentry.replayIntegration({
      unmask: [".sentry-unmask", "[data-sentry-unmask]"],
      unblock: [".sentry-unblock", "[data-sentry-unblock]"],
    }),
  ],
  replaysSessionSampleRate: 0.1,
  replaysOnErrorSampleRate: 1.0,
});

app.use(router).mount("#app");`,
    expected: [],
  },
  {
    name: "Angular main.ts with extra mask selectors",
    file: "main.ts",
    code: `import { bootstrapApplication } from "@angular/platform-browser";
import * as Sentry from "@sentry/angular";
import { AppComponent } from "./app/app.component";
import { appConfig } from "./app/app.config";

Sentry.init({
  dsn: "https://key@o1.ingest.sentry.io/2",
  integrations: [Sentry.replayIntegration({ mask: [".secret", "[data-private]"], maskAllText: true, block: [".chart"] })],
  replaysSessionSampleRate: 0.05,
  replaysOnErrorSampleRate: 1,
});

bootstrapApplication(AppComponent, appConfig).catch((err) => console.error(err));`,
    expected: [],
  },
  {
    name: "SvelteKit hooks.client with a dev-only switch",
    file: "hooks.client.ts",
    code: `import { handleErrorWithSentry, replayIntegration } from "@sentry/sveltekit";
import * as Sentry from "@sentry/sveltekit";
import { dev } from "$app/environment";

Sentry.init({
  dsn: "https://key@o1.ingest.sentry.io/3",
  tracesSampleRate: 1.0,
  replaysSessionSampleRate: 0.1,
  replaysOnErrorSampleRate: 1.0,
  integrations: [replayIntegration({ maskAllInputs: dev ? false : true })],
});

export const handleError = handleErrorWithSentry();`,
    expected: [],
  },
  {
    name: "Sentry v7 Replay class",
    file: "sentry.js",
    code: `import * as Sentry from "@sentry/react";

Sentry.init({
  dsn: process.env.REACT_APP_SENTRY_DSN,
  integrations: [new Sentry.BrowserTracing(), new Sentry.Replay({ maskAllText: false, blockAllMedia: false })],
  tracesSampleRate: 0.2,
  replaysSessionSampleRate: 0.1,
  replaysOnErrorSampleRate: 1.0,
});`,
    expected: ["Sentry Session Replay maskAllText", "Sentry Session Replay blockAllMedia"],
  },
  {
    name: "Remix entry.client with an env-driven mask",
    file: "entry.client.tsx",
    code: `import { RemixBrowser, useLocation, useMatches } from "@remix-run/react";
import * as Sentry from "@sentry/remix";
import { useEffect } from "react";

Sentry.init({
  dsn: window.ENV.SENTRY_DSN,
  integrations: [
    Sentry.browserTracingIntegration({ useEffect, useLocation, useMatches }),
    Sentry.replayIntegration({ maskAllText: window.ENV.NODE_ENV === "production" }),
  ],
  replaysSessionSampleRate: 0.1,
});`,
    expected: [],
  },
  {
    name: "Gatsby config unmasking everything",
    file: "sentry.config.js",
    code: `import * as Sentry from "@sentry/gatsby";

Sentry.init({
  dsn: process.env.GATSBY_SENTRY_DSN,
  integrations: [Sentry.replayIntegration({ unmask: ["*"], maskAllInputs: true })],
  replaysSessionSampleRate: 1,
});`,
    expected: ["Sentry Session Replay unmask"],
  },
  {
    name: "Sentry replay options from a shared const with a spread",
    file: "sentry.client.ts",
    code: `import { init, replayIntegration, replayCanvasIntegration } from "@sentry/browser";

const baseReplay = { maskAllInputs: true, blockAllMedia: true };
const replayOptions = { ...baseReplay, maskAllInputs: false, maskAttributes: ["title"] };

init({
  dsn: "https://key@o1.ingest.sentry.io/4",
  replaysSessionSampleRate: 0.2,
  integrations: [replayIntegration(replayOptions), replayCanvasIntegration({ enableManualSnapshot: true })],
});`,
    expected: ["Sentry Session Replay maskAllInputs", "Sentry Session Replay maskAttributes"],
  },
  {
    name: "Sentry lazy-loaded replay after consent",
    file: "consent.ts",
    code: `import * as Sentry from "@sentry/browser";

export async function onConsent() {
  const replayIntegration = await Sentry.lazyLoadIntegration("replayIntegration");
  Sentry.addIntegration(replayIntegration({ maskAllText: false }));
}`,
    expected: ["Sentry Session Replay maskAllText"],
  },
  {
    name: "Sentry Loader Script config in a page",
    file: "sentry-loader.js",
    code: `window.sentryOnLoad = function () {
  Sentry.init({
    integrations: [Sentry.replayIntegration({ maskAllText: false, maskAllInputs: true, blockAllMedia: true })],
    replaysSessionSampleRate: 0.1,
  });
};`,
    expected: ["Sentry Session Replay maskAllText"],
  },

  // --- PostHog ---------------------------------------------------------------------------------
  {
    name: "Next.js PostHog provider with session_recording",
    file: "providers.tsx",
    code: `"use client";

import posthog from "posthog-js";
import { PostHogProvider as PHProvider } from "posthog-js/react";
import { useEffect } from "react";

export function PostHogProvider({ children }: { children: React.ReactNode }) {
  useEffect(() => {
    posthog.init(process.env.NEXT_PUBLIC_POSTHOG_KEY as string, {
      api_host: process.env.NEXT_PUBLIC_POSTHOG_HOST || "https://us.i.posthog.com",
      person_profiles: "identified_only",
      capture_pageview: false,
      session_recording: {
        maskAllInputs: false,
        maskTextSelector: "*",
      },
    });
  }, []);

  return <PHProvider client={posthog}>{children}</PHProvider>;
}`,
    expected: ["PostHog session_recording.maskAllInputs"],
  },
  {
    name: "PostHog reverse-proxied, recording defaults",
    file: "instrumentation-client.ts",
    code: `import posthog from "posthog-js";

posthog.init(process.env.NEXT_PUBLIC_POSTHOG_KEY!, {
  api_host: "/ingest",
  ui_host: "https://us.posthog.com",
  capture_pageview: "history_change",
  capture_exceptions: true,
  debug: process.env.NODE_ENV === "development",
});`,
    expected: [],
  },
  {
    name: "PostHogProvider with inline options",
    file: "main.jsx",
    code: `import React from "react";
import { createRoot } from "react-dom/client";
import { PostHogProvider } from "posthog-js/react";
import App from "./App";

createRoot(document.getElementById("root")).render(
  <PostHogProvider
    apiKey={import.meta.env.VITE_PUBLIC_POSTHOG_KEY}
    options={{ api_host: import.meta.env.VITE_PUBLIC_POSTHOG_HOST, session_recording: { recordCrossOriginIframes: true, recordHeaders: true } }}
  >
    <App />
  </PostHogProvider>,
);`,
    expected: ["PostHog session_recording.recordCrossOriginIframes", "PostHog session_recording.recordHeaders"],
  },
  {
    name: "Nuxt PostHog plugin with masking kept",
    file: "posthog.client.ts",
    code: `import { defineNuxtPlugin, useRuntimeConfig } from "#app";
import posthog from "posthog-js";

export default defineNuxtPlugin(() => {
  const runtimeConfig = useRuntimeConfig();
  const posthogClient = posthog.init(runtimeConfig.public.posthogPublicKey, {
    api_host: runtimeConfig.public.posthogHost,
    person_profiles: "identified_only",
    loaded: (ph) => {
      if (import.meta.env.MODE === "development") ph.debug();
    },
    session_recording: { maskAllInputs: true, maskInputOptions: { password: true } },
  });
  return { provide: { posthog: () => posthogClient } };
});`,
    expected: [],
  },
  {
    name: "PostHog autocapture options are not replay options",
    file: "analytics.js",
    code: `import posthog from "posthog-js";

posthog.init("phc_key", { api_host: "https://eu.i.posthog.com", mask_all_text: false, mask_all_element_attributes: false, autocapture: true });`,
    expected: [],
  },
  {
    name: "PostHog HTML snippet with network capture",
    file: "posthog-snippet.js",
    code: `!function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){function g(t,e){var o=e.split(".");2==o.length&&(t=t[o[0]],e=o[1]),t[e]=function(){t.push([e].concat(Array.prototype.slice.call(arguments,0)))}}(p=t.createElement("script")).type="text/javascript",p.async=!0,p.src=s.api_host+"/static/array.js",(r=t.getElementsByTagName("script")[0]).parentNode.insertBefore(p,r)},e.__SV=1)}(document,window.posthog||[]);
posthog.init('phc_key',{api_host:'https://us.i.posthog.com', session_recording: { recordBody: true, recordHeaders: false }})`,
    expected: ["PostHog session_recording.recordBody"],
  },

  // --- Datadog ---------------------------------------------------------------------------------
  {
    name: "Angular main.ts with Datadog's v7 default spelled out",
    file: "main.ts",
    code: `import { datadogRum } from "@datadog/browser-rum";
import { environment } from "./environments/environment";

datadogRum.init({
  applicationId: environment.ddApplicationId,
  clientToken: environment.ddClientToken,
  site: "datadoghq.com",
  service: "shop-frontend",
  env: environment.name,
  version: environment.version,
  sessionSampleRate: 100,
  sessionReplaySampleRate: 20,
  trackUserInteractions: true,
  trackResources: true,
  trackLongTasks: true,
  defaultPrivacyLevel: "mask-user-input",
});`,
    expected: [],
  },
  {
    name: "Datadog with allow",
    file: "datadog.ts",
    code: `import { datadogRum } from "@datadog/browser-rum";

export function initRum() {
  datadogRum.init({
    applicationId: "aaaa-bbbb",
    clientToken: "pubxxxx",
    site: "datadoghq.eu",
    service: "backoffice",
    sessionSampleRate: 100,
    sessionReplaySampleRate: 100,
    defaultPrivacyLevel: "allow",
  });
  datadogRum.startSessionReplayRecording();
}`,
    expected: ["Datadog RUM defaultPrivacyLevel"],
  },
  {
    name: "Datadog CDN async snippet",
    file: "datadog-snippet.js",
    code: `(function(h,o,u,n,d) {
  h=h[d]=h[d]||{q:[],onReady:function(c){h.q.push(c)}}
  d=o.createElement(u);d.async=1;d.src=n
  n=o.getElementsByTagName(u)[0];n.parentNode.insertBefore(d,n)
})(window,document,'script','https://www.datadoghq-browser-agent.com/us1/v6/datadog-rum.js','DD_RUM')
window.DD_RUM.onReady(function() {
  window.DD_RUM.init({
    clientToken: 'pub',
    applicationId: 'app',
    site: 'datadoghq.com',
    sessionSampleRate: 100,
    sessionReplaySampleRate: 100,
    defaultPrivacyLevel: 'allow',
    enablePrivacyForActionName: false,
  });
})`,
    expected: ["Datadog RUM defaultPrivacyLevel", "Datadog RUM enablePrivacyForActionName"],
  },
  {
    name: "Datadog with the enum",
    file: "rum.ts",
    code: `import { datadogRum, DefaultPrivacyLevel } from "@datadog/browser-rum";

const common = { site: "datadoghq.com", sessionSampleRate: 100 };
datadogRum.init({ ...common, applicationId: "a", clientToken: "b", defaultPrivacyLevel: DefaultPrivacyLevel.MASK });
datadogRum.init({ ...common, applicationId: "a", clientToken: "b", defaultPrivacyLevel: DefaultPrivacyLevel.ALLOW });`,
    expected: ["Datadog RUM defaultPrivacyLevel"],
  },
  {
    name: "Datadog logs SDK and an env-driven level",
    file: "observability.ts",
    code: `import { datadogLogs } from "@datadog/browser-logs";
import { datadogRum } from "@datadog/browser-rum";

datadogLogs.init({ clientToken: "pub", site: "datadoghq.com", forwardErrorsToLogs: true, defaultPrivacyLevel: "allow" });
datadogRum.init({ applicationId: "a", clientToken: "pub", defaultPrivacyLevel: process.env.DD_PRIVACY_LEVEL as "mask" });`,
    expected: [],
  },

  // --- rrweb -----------------------------------------------------------------------------------
  {
    name: "rrweb recorder with inputs and canvas",
    file: "recorder.ts",
    code: `import { record } from "rrweb";
import type { eventWithTime } from "@rrweb/types";

let events: eventWithTime[] = [];

export function startRecording() {
  return record({
    emit(event) {
      events.push(event);
    },
    maskAllInputs: false,
    recordCanvas: true,
    sampling: { mousemove: 50 },
  });
}`,
    expected: ["rrweb maskAllInputs", "rrweb recordCanvas"],
  },
  {
    name: "rrweb defaults",
    file: "replay.js",
    code: `import * as rrweb from "rrweb";

const events = [];
rrweb.record({ emit(event) { events.push(event); }, blockClass: "rr-block", maskTextClass: "rr-mask" });
setInterval(() => fetch("/replay", { method: "POST", body: JSON.stringify(events.splice(0)) }), 10000);`,
    expected: [],
  },
  {
    name: "rrweb masking every input",
    file: "replay.ts",
    code: `import { record } from "@rrweb/record";

const stop = record({ emit: (e) => queue.push(e), maskAllInputs: true, maskTextSelector: "*" });`,
    expected: [],
  },
  {
    name: "rrweb maskInputOptions without password",
    file: "session.js",
    code: `import { record } from "rrweb";

record({
  emit: upload,
  maskInputOptions: { password: false, email: true },
  inlineImages: true,
});`,
    expected: ["rrweb maskInputOptions", "rrweb inlineImages"],
  },

  // --- Amplitude -------------------------------------------------------------------------------
  {
    name: "Amplitude plugin defaults",
    file: "amplitude.ts",
    code: `import * as amplitude from "@amplitude/analytics-browser";
import { sessionReplayPlugin } from "@amplitude/plugin-session-replay-browser";

amplitude.add(sessionReplayPlugin({ sampleRate: 0.1 }));
amplitude.init(process.env.NEXT_PUBLIC_AMPLITUDE_API_KEY!, { autocapture: { elementInteractions: true } });`,
    expected: [],
  },
  {
    name: "Amplitude plugin conservative",
    file: "amplitude.js",
    code: `import * as amplitude from "@amplitude/analytics-browser";
import { sessionReplayPlugin } from "@amplitude/plugin-session-replay-browser";

const plugin = sessionReplayPlugin({ sampleRate: 1, privacyConfig: { defaultMaskLevel: "conservative", blockSelector: [".secret"] } });
amplitude.add(plugin);
amplitude.init("API_KEY");`,
    expected: [],
  },
  {
    name: "Amplitude standalone SDK light",
    file: "replay.ts",
    code: `import * as sessionReplay from "@amplitude/session-replay-browser";

await sessionReplay.init(AMPLITUDE_API_KEY, {
  deviceId: getDeviceId(),
  sessionId: getSessionId(),
  sampleRate: 1,
  privacyConfig: { defaultMaskLevel: "light" },
}).promise;`,
    expected: ["Amplitude Session Replay privacyConfig.defaultMaskLevel"],
  },

  // --- Mixpanel --------------------------------------------------------------------------------
  {
    name: "Mixpanel recording defaults",
    file: "mixpanel.js",
    code: `import mixpanel from "mixpanel-browser";

mixpanel.init(process.env.REACT_APP_MIXPANEL_TOKEN, {
  debug: true,
  track_pageview: true,
  persistence: "localStorage",
  record_sessions_percent: 100,
});`,
    expected: [],
  },
  {
    name: "Mixpanel with text unmasked and canvas",
    file: "analytics.ts",
    code: `import mixpanel from "mixpanel-browser";

mixpanel.init("token", {
  record_sessions_percent: 50,
  record_mask_all_text: false,
  record_mask_text_selector: ".pii",
  record_canvas: true,
});`,
    expected: ["Mixpanel Session Replay record_mask_all_text", "Mixpanel Session Replay record_canvas"],
  },
  {
    name: "Mixpanel unmasking one field by id",
    file: "analytics.ts",
    code: `import mixpanel from "mixpanel-browser";

mixpanel.init("token", { record_sessions_percent: 5, record_unmask_input_selector: "#search-query" });`,
    expected: [],
  },

  // --- Highlight, LogRocket, New Relic, OpenReplay, Smartlook, FullStory, Clarity, Hotjar -----
  {
    name: "Highlight default privacy with network recording",
    file: "highlight.ts",
    code: `import { H } from "highlight.run";

H.init("<YOUR_PROJECT_ID>", {
  serviceName: "frontend-app",
  tracingOrigins: true,
  networkRecording: { enabled: true, recordHeadersAndBody: true, urlBlocklist: ["https://www.googleapis.com/identitytoolkit"] },
});`,
    // Recording every request and response body records what forms post.
    expected: ["Highlight.io networkRecording.recordHeadersAndBody"],
  },
  {
    name: "Highlight privacy none",
    file: "highlight.ts",
    code: `import { H } from "highlight.run";

H.init(import.meta.env.VITE_HIGHLIGHT_PROJECT_ID, { privacySetting: "none", manualStart: false });`,
    expected: ["Highlight.io privacySetting"],
  },
  {
    name: "LogRocket with sanitizers on",
    file: "logrocket.js",
    code: `import LogRocket from "logrocket";
import setupLogRocketReact from "logrocket-react";

LogRocket.init("acme/prod", {
  dom: { textSanitizer: true, inputSanitizer: true },
  network: {
    requestSanitizer: (request) => {
      request.headers["Authorization"] = null;
      return request;
    },
  },
});
setupLogRocketReact(LogRocket);`,
    expected: [],
  },
  {
    name: "LogRocket merging iframes",
    file: "logrocket.ts",
    code: `import LogRocket from "logrocket";

if (process.env.NODE_ENV === "production") {
  LogRocket.init("acme/app", { mergeIframes: true, console: { isEnabled: false } });
}`,
    expected: ["LogRocket mergeIframes"],
  },
  {
    name: "New Relic copy-paste snippet defaults",
    file: "newrelic.js",
    code: `;window.NREUM||(NREUM={});NREUM.init={distributed_tracing:{enabled:true},privacy:{cookies_enabled:true},ajax:{deny_list:["bam.nr-data.net"]},session_replay:{enabled:true,block_selector:'',mask_text_selector:'*',sampling_rate:10.0,error_sampling_rate:100.0,mask_all_inputs:true,collect_fonts:true,inline_images:false,inline_stylesheet:true,fix_stylesheets:true,preload:false,mask_input_options:{}}};
;NREUM.loader_config={accountID:"1",trustKey:"1",agentID:"2",licenseKey:"NRJS-1",applicationID:"2"};
;NREUM.info={beacon:"bam.nr-data.net",errorBeacon:"bam.nr-data.net",licenseKey:"NRJS-1",applicationID:"2",sa:1};`,
    expected: [],
  },
  {
    name: "New Relic npm agent with inputs unmasked",
    file: "newrelic.ts",
    code: `import { BrowserAgent } from "@newrelic/browser-agent/loaders/browser-agent";

const options = {
  init: { session_replay: { enabled: true, sampling_rate: 100, error_sampling_rate: 100, mask_all_inputs: false } },
  info: { beacon: "bam.nr-data.net", errorBeacon: "bam.nr-data.net", licenseKey: "NRJS-x", applicationID: "1", sa: 1 },
  loader_config: { accountID: "1", trustKey: "1", agentID: "1", licenseKey: "NRJS-x", applicationID: "1" },
};

new BrowserAgent(options);`,
    expected: ["New Relic Browser init.session_replay.mask_all_inputs"],
  },
  {
    name: "OpenReplay without e-mail obscuring",
    file: "tracker.ts",
    code: `import Tracker from "@openreplay/tracker";
import trackerAssist from "@openreplay/tracker-assist";

const tracker = new Tracker({
  projectKey: import.meta.env.VITE_OPENREPLAY_KEY,
  ingestPoint: "https://openreplay.example.com/ingest",
  obscureInputEmails: false,
  __DISABLE_SECURE_MODE: true,
});
tracker.use(trackerAssist());
tracker.start();`,
    expected: ["OpenReplay obscureInputEmails"],
  },
  {
    name: "OpenReplay defaults",
    file: "tracker.js",
    code: `import Tracker from "@openreplay/tracker";

export const tracker = new Tracker({ projectKey: "abc", respectDoNotTrack: true });`,
    expected: [],
  },
  {
    name: "Smartlook recording forms after consent",
    file: "smartlook.ts",
    code: `import Smartlook from "smartlook-client";

Smartlook.init("0123456789abcdef", { region: "eu" });
export function onConsentGiven() {
  Smartlook.record({ forms: true, numbers: false, emails: false, ips: false });
}`,
    expected: ["Smartlook forms"],
  },
  {
    name: "FullStory, Clarity and Hotjar have no code-level masking options",
    file: "trackers.ts",
    code: `import { init as initFullStory } from "@fullstory/browser";
import Clarity from "@microsoft/clarity";
import Hotjar from "@hotjar/browser";

initFullStory({ orgId: "o-ABC-na1", devMode: process.env.NODE_ENV !== "production" });
Clarity.init("abcdefghij");
Hotjar.init(1234567, 6);`,
    expected: [],
  },

  {
    name: "Vue single-file component starting PostHog",
    file: "App.vue",
    code: `<script setup lang="ts">
import { onMounted } from "vue";
import posthog from "posthog-js";

onMounted(() => {
  posthog.init(import.meta.env.VITE_POSTHOG_KEY, { api_host: "https://eu.i.posthog.com", session_recording: { maskAllInputs: false } });
});
</script>

<template><RouterView /></template>`,
    expected: ["PostHog session_recording.maskAllInputs"],
  },

  // --- Traps -----------------------------------------------------------------------------------
  {
    name: "a config module no recorder receives here",
    file: "replay-config.ts",
    code: `export const replayConfig = { maskAllText: false, maskAllInputs: false, blockAllMedia: false };
export const ddConfig = { defaultPrivacyLevel: "allow" as const };`,
    expected: [],
  },
  {
    name: "a test asserting the options",
    file: "sentry.test.ts",
    code: `import * as Sentry from "@sentry/react";
jest.mock("@sentry/react");

it("configures replay", () => {
  expect(Sentry.replayIntegration).toHaveBeenCalledWith({ maskAllText: false });
});`,
    expected: [],
  },
  {
    name: "a local record function",
    file: "audio.js",
    code: `function record(options) {
  return navigator.mediaDevices.getUserMedia({ audio: true }).then((stream) => ({ stream, ...options }));
}
record({ maskAllInputs: false, recordCanvas: true });`,
    expected: [],
  },
  {
    name: "a PostHog mock in Storybook",
    file: "preview.tsx",
    code: `const posthog = { init: (...args: unknown[]) => args, capture: () => undefined };
posthog.init("test", { session_recording: { maskAllInputs: false } });`,
    expected: [],
  },
  {
    name: "options overridden by an unknown spread",
    file: "sentry.ts",
    code: `import * as Sentry from "@sentry/browser";
import { replayOverrides } from "./config";

Sentry.init({ integrations: [Sentry.replayIntegration({ maskAllText: false, ...replayOverrides })] });`,
    expected: [],
  },
];

function lint(sample: Sample): string[] {
  const linter = new Linter();
  const typescript = /\.tsx?$/.test(sample.file);
  const vue = sample.file.endsWith(".vue");
  const messages = linter.verify(
    sample.code,
    [
      {
        files: ["**/*.{js,jsx,ts,tsx,vue}"],
        plugins: { "replay-privacy": plugin },
        languageOptions: {
          ecmaVersion: "latest",
          sourceType: "module",
          ...(typescript ? { parser: tsParser } : vue ? { parser: vueParser } : {}),
          parserOptions: vue ? { parser: tsParser } : { ecmaFeatures: { jsx: true } },
        },
        rules: { "replay-privacy/no-unsafe-recorder-options": "error" },
      },
    ],
    sample.file,
  );
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${sample.name}: ${fatal.message}`);
  // "<Vendor name> `<option>: ..." or "<Vendor name> `<option>` ..." -> "<Vendor name> <option>".
  return messages.map((m) => m.message.replace(/^(.*?) `([^`:]+)[`:].*$/s, "$1 $2"));
}

describe("no-unsafe-recorder-options on realistic recorder setups", () => {
  it.each(SAMPLES.map((sample) => [sample.name, sample] as const))("%s", (_name, sample) => {
    expect(lint(sample)).toEqual(sample.expected);
  });

  it("covers at least 10 vendors and both outcomes", () => {
    const vendors = new Set(SAMPLES.flatMap((sample) => sample.expected.map((e) => e.split(" ").slice(0, -1).join(" "))));
    expect(vendors.size).toBeGreaterThanOrEqual(10);
    expect(SAMPLES.filter((sample) => sample.expected.length === 0).length).toBeGreaterThanOrEqual(15);
  });
});
