import { Linter, type RuleTester } from "eslint";
import { describe, expect, it } from "vitest";
import { createTsxTester, runUnderBothParsers } from "./helpers/rule-tester.js";
import plugin from "../src/index.js";

const rule = plugin.rules["no-unsafe-recorder-options"];
type Invalid = RuleTester.InvalidTestCase;
type Error = RuleTester.TestCaseError;

/** Line and column span of the `occurrence`-th appearance of `snippet` in `code` (1-based). */
function span(code: string, snippet: string, occurrence = 1): { line: number; column: number; endLine: number; endColumn: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = code.indexOf(snippet, index + 1);
    if (index < 0) throw new Error(`${snippet} not found in test code`);
  }
  const before = code.slice(0, index).split("\n");
  const inside = snippet.split("\n");
  const line = before.length;
  const column = before.at(-1)!.length + 1;
  const endLine = line + inside.length - 1;
  const endColumn = inside.length === 1 ? column + snippet.length : inside.at(-1)!.length + 1;
  return { line, column, endLine, endColumn };
}

interface Expect {
  /** The reported text (a property `key: value`, or a selector string). */
  at: string;
  messageId?: "unsafeOption" | "unsafeSelector" | "unsafeMissing";
  /** Exact message, when checked. */
  message?: string;
  /** `[from, to]`: each suggestion replaces `from` (the value, as written at `at`) with `to`. */
  suggest?: [string, string][];
  occurrence?: number;
}

function error(code: string, expected: Expect): Error {
  const located = span(code, expected.at, expected.occurrence ?? 1);
  const start = code.split("\n").slice(0, located.line - 1).join("\n").length + (located.line > 1 ? 1 : 0) + located.column - 1;
  const suggestions = (expected.suggest ?? []).map(([from, to]) => {
    const offset = code.indexOf(from, start);
    return { messageId: "useSafeValue", output: code.slice(0, offset) + to + code.slice(offset + from.length) };
  });
  return {
    messageId: expected.messageId ?? "unsafeOption",
    ...located,
    suggestions: expected.messageId && expected.messageId !== "unsafeOption" ? [] : suggestions,
  };
}

/** Exact message texts, checked by a separate Linter run (RuleTester takes messageId or message). */
const MESSAGES: { code: string; options?: Record<string, unknown>; at: string; message: string; occurrence?: number }[] = [];

function invalid(code: string, ...expected: Expect[]): Invalid {
  for (const e of expected) if (e.message) MESSAGES.push({ code, at: e.at, message: e.message, ...(e.occurrence ? { occurrence: e.occurrence } : {}) });
  // RuleTester compares errors in report order, which is source order.
  const errors = expected.map((e) => error(code, e)).sort((a, b) => a.line! - b.line! || a.column! - b.column!);
  return { code, errors };
}

function invalidWith(options: Record<string, unknown>, code: string, ...expected: Expect[]): Invalid {
  return { ...invalid(code, ...expected), options: [options] };
}

// Sentry ------------------------------------------------------------------------------------------

const sentryNext = `import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: process.env.NEXT_PUBLIC_SENTRY_DSN,
  tracesSampleRate: 1,
  replaysSessionSampleRate: 0.1,
  replaysOnErrorSampleRate: 1.0,
  integrations: [
    Sentry.replayIntegration({
      maskAllText: false,
      blockAllMedia: false,
    }),
  ],
});
`;

const sentryShared = `import { replayIntegration, init } from "@sentry/react";

const REPLAY_DEFAULTS = { maskAllInputs: false, networkDetailAllowUrls: [window.location.origin] };
const replayOptions = { ...REPLAY_DEFAULTS, unmask: [".sentry-unmask", "[data-sentry-unmask]", "input[type=email]"] };

init({ dsn: "https://k@o1.ingest.sentry.io/1", integrations: [replayIntegration(replayOptions)] });
`;

const sentryLegacy = `const Sentry = require("@sentry/browser");
const { Replay } = require("@sentry/replay");

Sentry.init({ dsn: "x", integrations: [new Replay({ maskAllText: false, maskAttributes: ["title"] })] });
`;

const sentryLazy = `import * as Sentry from "@sentry/browser";

export async function enableReplay() {
  const replayIntegration = await Sentry.lazyLoadIntegration("replayIntegration");
  Sentry.addIntegration(replayIntegration({ maskAllInputs: false }));
}
`;

const sentryLazyThen = `import * as Sentry from "@sentry/browser";

Sentry.lazyLoadIntegration("replayIntegration").then((replayIntegration) => {
  Sentry.addIntegration(replayIntegration({ maskAllText: false }));
});
`;

const sentryCdn = `window.Sentry && window.Sentry.init({
  dsn: "x",
  integrations: [window.Sentry.replayIntegration({ maskFn: (text) => text, unblock: ["img", ".logo"] })],
});
`;

// PostHog -----------------------------------------------------------------------------------------

const posthogProvider = `"use client";
import posthog from "posthog-js";
import { PostHogProvider } from "posthog-js/react";

const options = {
  api_host: process.env.NEXT_PUBLIC_POSTHOG_HOST,
  person_profiles: "identified_only",
  session_recording: {
    maskAllInputs: false,
    recordHeaders: true,
  },
};

export function Providers({ children }) {
  return <PostHogProvider apiKey={process.env.NEXT_PUBLIC_POSTHOG_KEY} options={options}>{children}</PostHogProvider>;
}
`;

const posthogInit = `import posthog from "posthog-js";

if (typeof window !== "undefined") {
  posthog.init("phc_abc", {
    api_host: "https://eu.i.posthog.com",
    capture_pageview: false,
    session_recording: { recordBody: true, maskInputFn: (text, element) => text },
  });
}
`;

// Masks only the inputs marked `data-mask`, and hands every other value back raw (cashflow-projector).
const posthogMaskByException = `import posthog from "posthog-js";

posthog.init("phc_abc", {
  session_recording: {
    maskAllInputs: true,
    maskInputFn: (text, element) => {
      if (element?.dataset["mask"] === "true") return "*".repeat(text.length);
      return text;
    },
  },
});
`;

const posthogSnippet = `!function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){})}(document,window.posthog||[]);
posthog.init("phc_abc", { api_host: "https://us.i.posthog.com", session_recording: { maskAllInputs: false } });
`;

// Datadog -----------------------------------------------------------------------------------------

const datadogMain = `import { datadogRum } from "@datadog/browser-rum";

datadogRum.init({
  applicationId: "0000",
  clientToken: "pub000",
  site: "datadoghq.eu",
  service: "web",
  env: import.meta.env.MODE,
  sessionSampleRate: 100,
  sessionReplaySampleRate: 20,
  trackUserInteractions: true,
  defaultPrivacyLevel: "allow",
  enablePrivacyForActionName: false,
});
`;

const datadogCdn = `window.DD_RUM && window.DD_RUM.onReady(function () {
  window.DD_RUM.init({ clientToken: "pub", applicationId: "app", sessionReplaySampleRate: 100, defaultPrivacyLevel: 'allow' });
});
`;

const datadogEnum = `import { datadogRum, DefaultPrivacyLevel as Level } from "@datadog/browser-rum";

datadogRum.init({ applicationId: "a", clientToken: "b", defaultPrivacyLevel: Level.ALLOW });
`;

// rrweb -------------------------------------------------------------------------------------------

const rrwebSetup = `import { record } from "rrweb";

const events = [];
const stop = record({
  emit(event) {
    events.push(event);
  },
  maskAllInputs: false,
  recordCanvas: true,
});
`;

const rrwebOptions = `import * as rrweb from "rrweb";

rrweb.record({ emit: send, maskInputOptions: { email: true, tel: true } });
`;

// Others ------------------------------------------------------------------------------------------

const amplitude = `import * as amplitude from "@amplitude/analytics-browser";
import { sessionReplayPlugin } from "@amplitude/plugin-session-replay-browser";

amplitude.add(sessionReplayPlugin({
  sampleRate: 1,
  privacyConfig: {
    defaultMaskLevel: "light",
    unmaskSelector: [".amp-unmask", "textarea"],
    urlMaskLevels: [{ match: "https://app.example.com/settings/*", maskLevel: "light" }],
  },
}));
amplitude.init(process.env.AMPLITUDE_KEY);
`;

const mixpanel = `import mixpanel from "mixpanel-browser";

mixpanel.init(import.meta.env.VITE_MIXPANEL_TOKEN, {
  debug: false,
  track_pageview: true,
  record_sessions_percent: 100,
  record_mask_text_selector: ".sensitive",
  record_mask_all_inputs: false,
});
`;

// React Native: Sentry's mobile replay and PostHog's screen recording mask text, inputs and images by default.
const sentryNative = `import * as Sentry from "@sentry/react-native";
Sentry.init({ dsn: "x", replaysSessionSampleRate: 1, integrations: [Sentry.mobileReplayIntegration({ maskAllText: false, maskAllImages: false, maskAllVectors: false })] });
`;
const posthogNative = `import PostHog from "posthog-react-native";
export const posthog = new PostHog("phc_abc", { enableSessionReplay: true, sessionReplayConfig: { maskAllTextInputs: false, maskAllImages: false } });
`;

// @highlight-run/next's element takes the init options as its props.
const highlightInitElement = `import { HighlightInit } from "@highlight-run/next/client";
export const Highlight = () => <HighlightInit projectId="p" serviceName="web" networkRecording={{ enabled: true, recordHeadersAndBody: true, urlBlocklist: [] }} />;
`;

const highlight = `import { H } from "highlight.run";

H.init("1jdkoe52", {
  environment: "production",
  privacySetting: "none",
  networkRecording: { enabled: true, recordHeadersAndBody: true },
});
`;

const logrocket = `import LogRocket from "logrocket";
import setupLogRocketReact from "logrocket-react";

LogRocket.init("acme/web-app", {
  release: process.env.REACT_APP_VERSION,
  dom: { inputSanitizer: false, textSanitizer: false },
  shouldCaptureIP: true,
});
setupLogRocketReact(LogRocket);
`;

const newRelicAgent = `import { BrowserAgent } from "@newrelic/browser-agent/loaders/browser-agent";

new BrowserAgent({
  init: {
    privacy: { cookies_enabled: true },
    session_replay: { enabled: true, sampling_rate: 10, mask_all_inputs: false, mask_text_selector: null },
  },
  info: { beacon: "bam.nr-data.net", licenseKey: "NRJS-x", applicationID: "1" },
  loader_config: {},
});
`;

const newRelicSnippet = `;window.NREUM||(NREUM={});NREUM.init={distributed_tracing:{enabled:true},privacy:{cookies_enabled:true},session_replay:{enabled:true,block_selector:'',mask_text_selector:'.pii',sampling_rate:10.0,mask_all_inputs:true,inline_images:true}};
`;

const openReplay = `import Tracker from "@openreplay/tracker";

const tracker = new Tracker({
  projectKey: process.env.OPENREPLAY_KEY,
  defaultInputMode: 0,
  obscureTextEmails: false,
});
tracker.start();
`;

const smartlook = `import Smartlook from "smartlook-client";

Smartlook.init("abc123", { region: "eu", advancedNetwork: true });
Smartlook.record({ forms: true, numbers: true, emails: false });
`;

const smartlookGlobal = `smartlook('init', 'abc123', { region: 'eu' });
smartlook('record', { forms: true });
`;

const fullstory = `import { init as initFullStory } from "@fullstory/browser";

initFullStory({ orgId: "o-1", recordCrossDomainIFrames: true });
`;

const livesession = `import ls from "@livesession/browser";

ls.init("abc.def", { keystrokes: true });
ls.newPageView();
`;

const tsCases = {
  sentry: `import * as Sentry from "@sentry/angular";
import type { BrowserOptions } from "@sentry/angular";

const replay = { maskAllInputs: false } as const satisfies Record<string, boolean>;
Sentry.init({ dsn: "x", integrations: [Sentry.replayIntegration(replay)] } as BrowserOptions);
`,
  datadog: `import { datadogRum, DefaultPrivacyLevel } from "@datadog/browser-rum";

const level: DefaultPrivacyLevel = DefaultPrivacyLevel.ALLOW;
datadogRum.init({ applicationId: env.APP_ID!, clientToken: "t", defaultPrivacyLevel: level });
`,
};

runUnderBothParsers("no-unsafe-recorder-options", rule, {
  valid: [
    // Safe or default values.
    `import * as Sentry from "@sentry/nextjs";
Sentry.init({ integrations: [Sentry.replayIntegration({ maskAllText: true, maskAllInputs: true, blockAllMedia: true })] });`,
    `import { replayIntegration } from "@sentry/react";
replayIntegration({ unmask: [".sentry-unmask", "[data-sentry-unmask]", "#search-box", "input.public"], unblock: [".sentry-unblock"] });`,
    `import { replayIntegration } from "@sentry/react";
replayIntegration({ maskAttributes: ["title", "placeholder", "aria-label", "alt"], networkDetailAllowUrls: [], maskFn: (s) => "*".repeat(s.length) });`,
    `import { replayIntegration } from "@sentry/react";
replayIntegration({ networkDetailAllowUrls: ["/api"], networkCaptureBodies: false });`,
    // Sentry.init options are not replay options.
    `import * as Sentry from "@sentry/browser";
Sentry.init({ dsn: "x", maskAllText: false });`,
    // Unknown values stay quiet: env, parameters, later spreads, conditionals with a safe branch.
    `import { replayIntegration } from "@sentry/react";
replayIntegration({ maskAllText: process.env.NODE_ENV !== "production", blockAllMedia: isDev ? false : true });`,
    `import { replayIntegration } from "@sentry/react";
export const makeReplay = (opts) => replayIntegration(opts);`,
    `import { replayIntegration } from "@sentry/react";
replayIntegration({ maskAllText: false, ...window.__REPLAY_OVERRIDES__ });`,
    `import { replayIntegration } from "@sentry/react";
import { replayOptions } from "./replay-options";
replayIntegration(replayOptions);`,
    // The same names on objects no recorder receives, and local functions.
    `const config = { maskAllInputs: false, defaultPrivacyLevel: "allow" };
export default config;`,
    `function init(options) { return options; }
init({ maskAllText: false, session_recording: { maskAllInputs: false } });`,
    `const posthog = { init() {} };
posthog.init("k", { session_recording: { maskAllInputs: false } });`,
    `import { datadogLogs } from "@datadog/browser-logs";
datadogLogs.init({ clientToken: "x", defaultPrivacyLevel: "allow" });`,
    `import posthog from "posthog-js";
posthog.capture("signup", { maskAllInputs: false });`,
    // PostHog: top-level mask_all_text is autocapture; maskTextSelector only adds masking.
    `import posthog from "posthog-js";
posthog.init("k", { mask_all_text: false, mask_all_element_attributes: false, session_recording: { maskTextSelector: ".pii", maskAllInputs: true } });`,
    // Datadog levels that mask, and the v7 default spelled out.
    `import { datadogRum } from "@datadog/browser-rum";
datadogRum.init({ applicationId: "a", defaultPrivacyLevel: "mask" });
datadogRum.init({ applicationId: "a", defaultPrivacyLevel: "mask-user-input", enablePrivacyForActionName: true });`,
    // rrweb: passwords stay masked through maskInputOptions; every sensitive type listed.
    `import { record } from "rrweb";
record({ emit() {}, maskInputOptions: { password: true, email: true } });
record({ emit() {}, maskAllInputs: false, maskInputOptions: { password: true, email: true, tel: true, text: true, number: true } });
record({ emit() {}, maskAllInputs: true, maskInputOptions: {} });`,
    // Mixpanel: mask selector with mask-all set.
    `import mixpanel from "mixpanel-browser";
mixpanel.init("t", { record_sessions_percent: 1, record_mask_all_text: true, record_mask_text_selector: ".x", record_block_selector: "img, video, audio" });`,
    `import { H } from "highlight.run";
H.init("p", { privacySetting: "strict", networkRecording: { enabled: true, recordHeadersAndBody: false } });`,
    `import { HighlightInit } from "@highlight-run/next/client";
export const Highlight = () => <HighlightInit projectId="p" networkRecording={{ enabled: true }} />;`,
    `import * as Sentry from "@sentry/react-native";
Sentry.init({ dsn: "x", integrations: [Sentry.mobileReplayIntegration({ maskAllText: true, maskAllImages: true })] });`,
    `import PostHog from "posthog-react-native";
export const posthog = new PostHog("phc_abc", { enableSessionReplay: true, sessionReplayConfig: { maskAllTextInputs: true, captureLog: false } });`,
    `import LogRocket from "logrocket";
LogRocket.init("a/b", { dom: { inputSanitizer: true, textSanitizer: "lipsum" }, shouldCaptureIP: false });`,
    // New Relic snippet with the defaults spelled out.
    `;window.NREUM||(NREUM={});NREUM.init={session_replay:{enabled:true,block_selector:'',mask_text_selector:'*',mask_all_inputs:true,inline_images:false}};`,
    // A local NREUM is not the snippet global.
    `const NREUM = {}; NREUM.init = { session_replay: { mask_all_inputs: false } };`,
    `import Tracker from "@openreplay/tracker";
new Tracker({ projectKey: "k", defaultInputMode: 1, obscureInputEmails: true });`,
    `import Smartlook from "smartlook-client";
Smartlook.init("k", { region: "eu" }); Smartlook.record({ forms: false, emails: false });`,
    // Option names of another vendor on this vendor's call.
    `import LogRocket from "logrocket";
LogRocket.init("a/b", { maskAllText: false, defaultPrivacyLevel: "allow" });`,
    // Files without any recorder.
    `export const settings = { maskAllText: false, privacySetting: "none", record_mask_all_text: false };`,
  ],
  invalid: [
    invalid(
      sentryNext,
      {
        at: "maskAllText: false",
        message: "Sentry Session Replay `maskAllText: false` records all page text unmasked (names, e-mail addresses, account details shown on the page).",
        suggest: [["false", "true"]],
      },
      { at: "blockAllMedia: false", suggest: [["false", "true"]] },
    ),
    invalid(
      sentryShared,
      { at: "maskAllInputs: false", suggest: [["false", "true"]] },
      { at: "networkDetailAllowUrls: [window.location.origin]" },
      {
        at: '"input[type=email]"',
        messageId: "unsafeSelector",
        message:
          "Sentry Session Replay `unmask` selector `input[type=email]` matches form fields: it unmasks the text and typed values of what it matches.",
      },
    ),
    invalid(
      sentryLegacy,
      { at: "maskAllText: false", suggest: [["false", "true"]] },
      {
        at: 'maskAttributes: ["title"]',
        messageId: "unsafeMissing",
        message:
          "Sentry Session Replay `maskAttributes` leaves out `placeholder`, `aria-label`: it drops the default masking of `title`, `placeholder` and `aria-label` attributes, which often carry personal data.",
      },
    ),
    invalid(sentryLazy, { at: "maskAllInputs: false", suggest: [["false", "true"]] }),
    invalid(sentryLazyThen, { at: "maskAllText: false", suggest: [["false", "true"]] }),
    invalid(
      sentryCdn,
      { at: "maskFn: (text) => text" },
      { at: '"img"', messageId: "unsafeSelector", message: "Sentry Session Replay `unblock` selector `img` matches media elements: it records media and blocked elements it matches." },
    ),
    invalid(
      posthogProvider,
      {
        at: "maskAllInputs: false",
        message: "PostHog `session_recording.maskAllInputs: false` records the values typed into form fields (only password inputs stay masked).",
        suggest: [["false", "true"]],
      },
      { at: "recordHeaders: true", suggest: [["true", "false"]] },
    ),
    invalid(posthogInit, { at: "recordBody: true", suggest: [["true", "false"]] }, { at: "maskInputFn: (text, element) => text" }),
    invalid(posthogSnippet, { at: "maskAllInputs: false", suggest: [["false", "true"]] }),
    invalid(posthogMaskByException, {
      at: `maskInputFn: (text, element) => {
      if (element?.dataset["mask"] === "true") return "*".repeat(text.length);
      return text;
    }`,
    }),
    invalid(
      datadogMain,
      {
        at: 'defaultPrivacyLevel: "allow"',
        message:
          "Datadog RUM `defaultPrivacyLevel: \"allow\"` records all page text and input values (only password, email, tel, hidden and cc-* inputs stay masked).",
        suggest: [
          ['"allow"', '"mask-user-input"'],
          ['"allow"', '"mask"'],
        ],
      },
      { at: "enablePrivacyForActionName: false", suggest: [["false", "true"]] },
    ),
    invalid(datadogCdn, {
      at: "defaultPrivacyLevel: 'allow'",
      suggest: [
        ["'allow'", "'mask-user-input'"],
        ["'allow'", "'mask'"],
      ],
    }),
    invalid(datadogEnum, {
      at: "defaultPrivacyLevel: Level.ALLOW",
      suggest: [
        ["Level.ALLOW", "Level.MASK_USER_INPUT"],
        ["Level.ALLOW", "Level.MASK"],
      ],
    }),
    invalidWith(
      { reportWeakDefaults: true },
      `import { datadogRum } from "@datadog/browser-rum";\ndatadogRum.init({ defaultPrivacyLevel: "mask-user-input" });\n`,
      { at: 'defaultPrivacyLevel: "mask-user-input"', suggest: [['"mask-user-input"', '"mask"']] },
    ),
    // With reportWeakDefaults, an unset level is reported on the options object, with the v7 meaning.
    {
      code: `import { datadogRum } from "@datadog/browser-rum";\ndatadogRum.init({ applicationId: "a" });\ndatadogRum.init({});\ndatadogRum.init({ ...shared });\n`,
      options: [{ reportWeakDefaults: true }],
      errors: [
        {
          messageId: "unsetOption",
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 39,
          suggestions: [
            {
              messageId: "addSafeValue",
              output: `import { datadogRum } from "@datadog/browser-rum";\ndatadogRum.init({ defaultPrivacyLevel: "mask", applicationId: "a" });\ndatadogRum.init({});\ndatadogRum.init({ ...shared });\n`,
            },
          ],
        },
        {
          messageId: "unsetOption",
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 19,
          suggestions: [
            {
              messageId: "addSafeValue",
              output: `import { datadogRum } from "@datadog/browser-rum";\ndatadogRum.init({ applicationId: "a" });\ndatadogRum.init({ defaultPrivacyLevel: "mask" });\ndatadogRum.init({ ...shared });\n`,
            },
          ],
        },
      ],
    },
    invalid(rrwebSetup, { at: "maskAllInputs: false", suggest: [["false", "true"]] }, { at: "recordCanvas: true", suggest: [["true", "false"]] }),
    invalid(rrwebOptions, {
      at: "maskInputOptions: { email: true, tel: true }",
      messageId: "unsafeMissing",
      message: "rrweb `maskInputOptions` leaves out `password`: it replaces rrweb's default `{ password: true }`, so password inputs are recorded as typed.",
    }),
    invalid(
      amplitude,
      { at: 'defaultMaskLevel: "light"', suggest: [['"light"', '"medium"'], ['"light"', '"conservative"']] },
      { at: 'maskLevel: "light"', occurrence: 1, suggest: [['"light"', '"medium"']] },
      { at: '"textarea"', messageId: "unsafeSelector" },
    ),
    invalid(
      mixpanel,
      {
        at: 'record_mask_text_selector: ".sensitive"',
        message:
          "Mixpanel Session Replay `record_mask_text_selector: \".sensitive\"` without `record_mask_all_text` silently turns text mask-all off, so page text outside the selector is recorded.",
      },
      { at: "record_mask_all_inputs: false", suggest: [["false", "true"]] },
    ),
    invalid(sentryNative, { at: "maskAllText: false", suggest: [["false", "true"]] }, { at: "maskAllImages: false", suggest: [["false", "true"]] }),
    invalid(posthogNative, { at: "maskAllTextInputs: false", suggest: [["false", "true"]] }, { at: "maskAllImages: false", suggest: [["false", "true"]] }),
    invalid(highlightInitElement, { at: "recordHeadersAndBody: true", suggest: [["true", "false"]] }),
    invalid(highlight, { at: 'privacySetting: "none"', suggest: [['"none"', '"default"'], ['"none"', '"strict"']] }, { at: "recordHeadersAndBody: true", suggest: [["true", "false"]] }),
    invalid(
      logrocket,
      { at: "inputSanitizer: false", message: "LogRocket `dom.inputSanitizer: false` records every input value except passwords.", suggest: [["false", "true"]] },
      { at: "textSanitizer: false", suggest: [["false", "true"]] },
      { at: "shouldCaptureIP: true", suggest: [["true", "false"]] },
    ),
    invalid(newRelicAgent, { at: "mask_all_inputs: false", suggest: [["false", "true"]] }, { at: "mask_text_selector: null", suggest: [["null", '"*"']] }),
    invalid(newRelicSnippet, { at: "mask_text_selector:'.pii'", suggest: [["'.pii'", "'*'"]] }, { at: "inline_images:true", suggest: [["true", "false"]] }),
    invalid(openReplay, { at: "defaultInputMode: 0", suggest: [["0", "1"], ["0", "2"]] }, { at: "obscureTextEmails: false", suggest: [["false", "true"]] }),
    invalid(
      smartlook,
      { at: "advancedNetwork: true" },
      { at: "forms: true", suggest: [["true", "false"]] },
      { at: "numbers: true", suggest: [["true", "false"]] },
    ),
    invalid(`import { tracker } from "@openreplay/tracker";\ntracker.configure({ projectKey: "k", defaultInputMode: 0 });\ntracker.start();\n`, {
      at: "defaultInputMode: 0",
      suggest: [["0", "1"], ["0", "2"]],
    }),
    invalid(
      `import { MicroAgent } from "@newrelic/browser-agent/loaders/micro-agent";\nnew MicroAgent({ init: { session_replay: { mask_all_inputs: false } }, info: {} });\n`,
      { at: "mask_all_inputs: false", suggest: [["false", "true"]] },
    ),
    invalid(`window.NREUM = { init: { session_replay: { enabled: true, mask_all_inputs: !1 } }, info: {} };\n`, {
      at: "mask_all_inputs: !1",
      suggest: [["!1", "true"]],
    }),
    invalid(`const LogRocket = require("logrocket");\nLogRocket.init("a/b", { dom: { textSanitizer: false } });\n`, {
      at: "textSanitizer: false",
      suggest: [["false", "true"]],
    }),
    invalid(`export async function boot() {\n  const { H } = await import("highlight.run");\n  H.init("p", { privacySetting: 'none' });\n}\n`, {
      at: "privacySetting: 'none'",
      suggest: [["'none'", "'default'"], ["'none'", "'strict'"]],
    }),
    invalid(smartlookGlobal, { at: "forms: true", suggest: [["true", "false"]] }),
    invalid(fullstory, { at: "recordCrossDomainIFrames: true", suggest: [["true", "false"]] }),
    invalid(livesession, { at: "keystrokes: true", suggest: [["true", "false"]] }),
    // Shorthand properties are rewritten whole.
    {
      code: `import { replayIntegration } from "@sentry/react";\nconst maskAllText = false;\nreplayIntegration({ maskAllText });\n`,
      errors: [
        {
          messageId: "unsafeOption",
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 32,
          suggestions: [
            { messageId: "useSafeValue", output: `import { replayIntegration } from "@sentry/react";\nconst maskAllText = false;\nreplayIntegration({ maskAllText: true });\n` },
          ],
        },
      ],
    },
    // A const options object shared by two calls is reported once, where it is written.
    {
      code: `import { record } from "rrweb";\nconst opts = { emit() {}, inlineImages: true };\nrecord(opts);\nrecord(opts);\n`,
      errors: [
        {
          messageId: "unsafeOption",
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 45,
          suggestions: [{ messageId: "useSafeValue", output: `import { record } from "rrweb";\nconst opts = { emit() {}, inlineImages: false };\nrecord(opts);\nrecord(opts);\n` }],
        },
      ],
    },
    // Options: vendors, categories and allow narrow the report.
    invalidWith({ vendors: ["datadog"] }, `${sentryNext}\n${datadogMain}`, { at: 'defaultPrivacyLevel: "allow"', suggest: [['"allow"', '"mask-user-input"'], ['"allow"', '"mask"']] }, {
      at: "enablePrivacyForActionName: false",
      suggest: [["false", "true"]],
    }),
    invalidWith({ categories: ["network"] }, posthogInit, { at: "recordBody: true", suggest: [["true", "false"]] }),
    invalidWith({ allow: ["sentry:blockAllMedia", "enablePrivacyForActionName"] }, `${sentryNext}\n${datadogMain}`, { at: "maskAllText: false", suggest: [["false", "true"]] }, {
      at: 'defaultPrivacyLevel: "allow"',
      suggest: [['"allow"', '"mask-user-input"'], ['"allow"', '"mask"']],
    }),
  ],
});

createTsxTester().run("no-unsafe-recorder-options (TypeScript syntax)", rule, {
  valid: [
    `import { datadogRum, DefaultPrivacyLevel } from "@datadog/browser-rum";
datadogRum.init({ applicationId: "a", defaultPrivacyLevel: DefaultPrivacyLevel.MASK });`,
    // An enum of the same name that is not Datadog's.
    `enum DefaultPrivacyLevel { ALLOW = "mask" }
import { datadogRum } from "@datadog/browser-rum";
datadogRum.init({ applicationId: "a", defaultPrivacyLevel: DefaultPrivacyLevel.ALLOW });`,
  ],
  invalid: [
    invalid(tsCases.sentry, { at: "maskAllInputs: false", suggest: [["false", "true"]] }),
    invalid(tsCases.datadog, {
      at: "defaultPrivacyLevel: level",
      suggest: [
        ["level", '"mask-user-input"'],
        ["level", '"mask"'],
      ],
    }),
  ],
});

MESSAGES.push({
  code: `import { datadogRum } from "@datadog/browser-rum";\ndatadogRum.init({ applicationId: "a" });\n`,
  options: { reportWeakDefaults: true },
  at: '{ applicationId: "a" }',
  message:
    "Datadog RUM `defaultPrivacyLevel` is not set: that means 'mask-user-input' since v7.0.0 (it was 'mask' before), which records all page text.",
});

describe("no-unsafe-recorder-options messages", () => {
  it.each(MESSAGES.map((m) => [m.message, m] as const))("%s", (_text, { code, options, at, message, occurrence }) => {
    const linter = new Linter();
    const messages = linter.verify(
      code,
      [
        {
          files: ["**/*.jsx"],
          plugins: { "replay-privacy": plugin },
          languageOptions: { ecmaVersion: "latest", sourceType: "module", parserOptions: { ecmaFeatures: { jsx: true } } },
          rules: { "replay-privacy/no-unsafe-recorder-options": options ? ["error", options] : "error" },
        },
      ],
      "file.jsx",
    );
    const { line, column } = span(code, at, occurrence ?? 1);
    const found = messages.find((m) => m.line === line && m.column === column);
    expect(found?.message).toBe(message);
  });
});

describe("no-unsafe-recorder-options bail-out", () => {
  const create = (text: string): object =>
    rule.create({
      sourceCode: { text },
      options: [{ vendors: ["sentry"], allow: [], categories: ["masking"], reportWeakDefaults: false }],
    } as never);

  it("registers no listener when the file names no recorder", () => {
    expect(create("const options = { maskAllText: false, defaultPrivacyLevel: 'allow' };")).toEqual({});
  });

  it("registers a listener when it may", () => {
    expect(Object.keys(create('import { replayIntegration } from "@sentry/react";'))).toEqual(["Program"]);
    expect(Object.keys(create("NREUM.init = {};"))).toEqual(["Program"]);
  });
});
