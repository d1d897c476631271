/**
 * Session-recorder SDK facts used to find recorder starts: npm packages and the exports that start
 * (or configure) recording, browser globals set by the vendors' snippets, script hosts, snippet
 * signatures, and the SDK options that turn replay off or keep it off until consent.
 *
 * Source: ../shared/reference/vendors.md and vendors.json (with consent.md §4 for deferral switches).
 * Facts only; the logic that reads them lives in src/core/recorder-*.ts.
 * Vendors with no verified package, global or host (Glassbox, UXCam web) are not listed.
 */
import { VENDORS } from "./vendors.js";

export type RecorderVendorId =
  | "fullstory"
  | "hotjar"
  | "logrocket"
  | "clarity"
  | "sentry"
  | "posthog"
  | "datadog"
  | "rrweb"
  | "amplitude"
  | "mixpanel"
  | "highlight"
  | "openreplay"
  | "smartlook"
  | "newrelic"
  | "heap"
  | "contentsquare"
  | "dynatrace"
  | "livesession"
  | "mouseflow"
  | "quantummetric"
  | "sessioncam"
  | "inspectlet"
  | "luckyorange"
  | "crazyegg"
  | "medallia"
  | "noibu"
  | "uxcam"
  | "yandexmetrica";

/**
 * What a call means for recording:
 * - `start`: starts recording (unless its options turn replay off or defer it);
 * - `resume`: starts a recorder that was deferred or configured off (`FS('start')`, `H.start()`);
 * - `integration`: builds a replay plugin that records once a host SDK uses it
 *   (Sentry `replayIntegration()`, Amplitude `sessionReplayPlugin()`);
 * - `host`: a host SDK call that receives integrations (`Sentry.init`, `addIntegration`);
 * - `instance`: returns an object whose own methods are listed in `returns` (`new Tracker()`);
 * - `grant`: the vendor's own consent grant (`posthog.opt_in_capturing()`), not a gate by itself;
 * - `command`: any other API call that rules may want to see (`hj('identify')`, `Smartlook.record`).
 */
export type RecorderApiRole = "start" | "resume" | "integration" | "host" | "instance" | "grant" | "command";

/** A condition on one option of a start call (paths are property names inside the options object). */
export interface OptionSwitch {
  path: readonly string[];
  /** Values that switch recording off or defer it (compared with the option's static value). */
  values?: readonly (string | number | boolean)[];
  /** The option switches recording off/defers it when its static numeric value is 0. */
  zero?: boolean;
  /** The option is a function; recording is gated when it returns a consent check. */
  callback?: boolean;
  /** The option is a script-load trigger: gated when it waits for consent (`useScriptTriggerConsent()`). */
  trigger?: boolean;
  /** The option takes the visitor's consent state: gated when its value is read from consent (`trackingConsent: getConsent()`). */
  consentState?: boolean;
}

export interface StartOptions {
  /** Index of the options argument (-1 for JSX elements, which use `prop`). */
  argument: number;
  /** For JSX elements: the prop that holds the options (none: the element's props are the options). */
  prop?: string;
  /**
   * Recording needs at least one of these options set to a non-zero number or `true`
   * (unset means no recording, e.g. Datadog's `sessionReplaySampleRate` defaults to 0).
   */
  requiresAny?: readonly (readonly string[])[];
  /** Options that turn replay off for this call (the recorder is not started here). */
  off?: readonly OptionSwitch[];
  /** Options that keep recording off until consent (consent.md §4 "option-based deferral"). */
  defer?: readonly OptionSwitch[];
}

export interface RecorderApi {
  /** Stable name rules use, e.g. `init`, `replayIntegration`, `record`, `start`. */
  name: string;
  /** Member path below the module namespace or the global; `default` = the default export. */
  path: readonly string[];
  /**
   * `element`: a JSX component (`<PostHogProvider apiKey=...>`); `install`: a Vue plugin, started
   * when it is passed to `app.use(plugin, options)` (the `use` call is the start).
   */
  kind: "call" | "construct" | "element" | "install";
  role: RecorderApiRole;
  /** For command-queue functions (`smartlook('init', ...)`, `FS('start')`): the first argument. */
  command?: string;
  /** Options that decide whether this call records. */
  options?: StartOptions;
  /** APIs on the returned object (paths relative to the result). */
  returns?: readonly RecorderApi[];
  /** Functions in the options that receive the recorder itself (PostHog's `loaded: (posthog) => ...`). */
  callbacks?: readonly RecorderCallback[];
}

export interface RecorderCallback {
  /** Index of the options argument. */
  argument: number;
  /** The option that holds the function. */
  option: string;
  /** Index of the parameter that receives the recorder. */
  param: number;
  /** APIs on that parameter (paths relative to it). */
  apis: readonly RecorderApi[];
}

export interface RecorderPackage {
  name: string;
  /** APIs reachable from the module namespace (`default` for default-export members). */
  apis: readonly RecorderApi[];
}

export interface RecorderGlobal {
  /** Global name (also reachable as `window.<name>`, `globalThis.<name>`, `self.<name>`). */
  name: string;
  /** APIs relative to the global; an empty path means calling the global itself. */
  apis: readonly RecorderApi[];
}

export interface RecorderHost {
  /** Host plus optional path prefix, lowercase, no scheme (matched after `//`, a quote or a start). */
  host: string;
  /** Loading this script alone starts recording (no init call is needed). */
  autostart: boolean;
}

/** Snippet signatures for text scans (HTML inline scripts, snippet strings in JS): regex sources. */
export interface SnippetSignature {
  /** Text that starts the recorder. */
  start: string;
  /** Recording needs this as well (e.g. a non-zero replay sample rate). */
  requires?: string;
  /** Text that turns replay off. */
  off?: string;
  /** Text that defers recording until consent. */
  defer?: string;
  /**
   * The snippet written as code: assigning this browser global configures it (`window["_fs_org"] = ...`),
   * and `loader` (plain text) is the script path it then loads. Both in one file make a start.
   */
  config?: { global: string; loader: string };
  /**
   * The signature starts recording where it stands, even inside the loader's function: Yandex's older
   * `new Ya.Metrika2({ webvisor: true })` runs in a callback its loader calls. Otherwise a snippet is
   * reported at the function around its signature (Hotjar's `(function(h,o,t,j,a,r){`).
   */
  startsInPlace?: true;
}

export interface RecorderSdk {
  id: RecorderVendorId;
  /** Display name used in messages. */
  name: string;
  /** Its key in @nuxt/scripts' registry (`defineNuxtConfig({ scripts: { registry: { hotjar: { id } } } })`). */
  nuxtRegistryKey?: string;
  /** Nuxt modules that load it on every page once listed in nuxt.config's `modules` (`"nuxt-module-hotjar"`). */
  nuxtModules?: readonly string[];
  /**
   * Gatsby and Docusaurus plugins that load it on every page once listed in the site config's `plugins`
   * (`{ resolve: "gatsby-plugin-hotjar", options: { id, sv } }`, `"docusaurus-plugin-hotjar"`).
   */
  sitePlugins?: readonly string[];
  packages: readonly RecorderPackage[];
  globals: readonly RecorderGlobal[];
  hosts: readonly RecorderHost[];
  snippet: SnippetSignature | null;
}

const TRUE = [true] as const;

// Shared API shapes -------------------------------------------------------------------------------

const sentryInitOptions: StartOptions = {
  argument: 0,
  // Replay records only with a non-zero session or on-error rate (both default to 0).
  // @sentry/react-native 5.x took the mobile replay rates under `_experiments`.
  requiresAny: [["replaysSessionSampleRate"], ["replaysOnErrorSampleRate"], ["_experiments", "replaysSessionSampleRate"], ["_experiments", "replaysOnErrorSampleRate"]],
  // `enabled: false` turns the whole SDK off (`enabled: consent.analytics` is a consent gate).
  off: [{ path: ["enabled"], values: [false] }],
};

const sentryReplayReturns: readonly RecorderApi[] = [
  { name: "start", path: ["start"], kind: "call", role: "resume" },
  { name: "startBuffering", path: ["startBuffering"], kind: "call", role: "resume" },
];

function sentryApis(prefix: readonly string[]): RecorderApi[] {
  return [
    { name: "init", path: [...prefix, "init"], kind: "call", role: "host", options: sentryInitOptions },
    { name: "replayIntegration", path: [...prefix, "replayIntegration"], kind: "call", role: "integration" },
    // @sentry/react-native records the app's screens with its mobile replay integration.
    { name: "mobileReplayIntegration", path: [...prefix, "mobileReplayIntegration"], kind: "call", role: "integration" },
    { name: "Replay", path: [...prefix, "Replay"], kind: "construct", role: "integration" },
    { name: "addIntegration", path: [...prefix, "addIntegration"], kind: "call", role: "host" },
    {
      name: "lazyLoadIntegration",
      path: [...prefix, "lazyLoadIntegration"],
      kind: "call",
      role: "integration",
      command: "replayIntegration",
    },
    { name: "getReplay", path: [...prefix, "getReplay"], kind: "call", role: "instance", returns: sentryReplayReturns },
    {
      name: "getClient",
      path: [...prefix, "getClient"],
      kind: "call",
      role: "instance",
      returns: [{ name: "addIntegration", path: ["addIntegration"], kind: "call", role: "host" }],
    },
  ];
}

/** vue-hotjar / vue-hotjar-next: `isProduction: false` keeps the plugin from loading Hotjar. */
const vueHotjarOptions: StartOptions = { argument: 1, off: [{ path: ["isProduction"], values: [false] }] };

/**
 * @nuxt/scripts registry composables (`useScriptHotjar({ id })`): `scriptOptions.trigger` decides when
 * the tag loads, `"manual"` only on `.load()`. Auto-imported in Nuxt, or imported from `#imports`.
 */
const nuxtScriptOptions: StartOptions = { argument: 0, defer: [{ path: ["scriptOptions", "trigger"], values: ["manual"], trigger: true }] };

function nuxtScriptApis(composable: string): { globals: RecorderGlobal[]; packages: RecorderPackage[] } {
  const api = (path: string[]): RecorderApi => ({ name: composable, path, kind: "call", role: "start", options: nuxtScriptOptions });
  return { globals: [{ name: composable, apis: [api([])] }], packages: [{ name: "#imports", apis: [api([composable])] }] };
}

const NUXT_HOTJAR = nuxtScriptApis("useScriptHotjar");
const NUXT_CLARITY = nuxtScriptApis("useScriptClarity");

const postHogInitOptions: StartOptions = {
  argument: 1,
  off: [{ path: ["disable_session_recording"], values: TRUE }],
  defer: [
    { path: ["opt_out_capturing_by_default"], values: TRUE },
    { path: ["cookieless_mode"], values: ["always", "on_reject"] },
  ],
};

/** `<PostHogProvider apiKey options>`: the `options` prop holds the init options (argument = prop). */
const postHogProviderOptions: StartOptions = { ...postHogInitOptions, argument: -1, prop: "options" };

/**
 * posthog-react-native (not in the reference): `new PostHog(apiKey, options)` or `<PostHogProvider apiKey
 * options>` records the screens only with `enableSessionReplay: true`; `defaultOptIn: false` keeps
 * capture off until `optIn()`.
 */
const postHogNativeOptions: StartOptions = {
  argument: 1,
  requiresAny: [["enableSessionReplay"]],
  off: [{ path: ["disabled"], values: TRUE }],
  defer: [{ path: ["defaultOptIn"], values: [false] }],
};
const postHogNativeProviderOptions: StartOptions = { ...postHogNativeOptions, argument: -1, prop: "options" };

/** What a PostHog instance offers beside `init`, under `prefix` (the module, the global, or nothing for the instance itself). */
function postHogInstanceApis(prefix: readonly string[]): RecorderApi[] {
  return [
    { name: "startSessionRecording", path: [...prefix, "startSessionRecording"], kind: "call", role: "resume" },
    { name: "opt_in_capturing", path: [...prefix, "opt_in_capturing"], kind: "call", role: "grant" },
  ];
}

function postHogApis(prefix: readonly string[]): RecorderApi[] {
  // `loaded: (ph) => { ph.startSessionRecording(); }`: the callback receives the initialised instance.
  const loaded: RecorderCallback = { argument: 1, option: "loaded", param: 0, apis: postHogInstanceApis([]) };
  return [{ name: "init", path: [...prefix, "init"], kind: "call", role: "start", options: postHogInitOptions, callbacks: [loaded] }, ...postHogInstanceApis(prefix)];
}

const datadogInitOptions: StartOptions = {
  argument: 0,
  // v5+ default for sessionReplaySampleRate is 0; replaySampleRate/premiumSampleRate are the v3/v4 names.
  requiresAny: [["sessionReplaySampleRate"], ["replaySampleRate"], ["premiumSampleRate"]],
  off: [{ path: ["startSessionReplayRecordingManually"], values: TRUE }],
  defer: [{ path: ["trackingConsent"], values: ["not-granted"], consentState: true }],
};

function datadogApis(prefix: readonly string[]): RecorderApi[] {
  return [
    { name: "init", path: [...prefix, "init"], kind: "call", role: "start", options: datadogInitOptions },
    {
      name: "startSessionReplayRecording",
      path: [...prefix, "startSessionReplayRecording"],
      kind: "call",
      role: "resume",
    },
    { name: "setTrackingConsent", path: [...prefix, "setTrackingConsent"], kind: "call", role: "grant" },
  ];
}

const mixpanelInitOptions: StartOptions = {
  argument: 1,
  requiresAny: [["record_sessions_percent"]],
  defer: [{ path: ["opt_out_tracking_by_default"], values: TRUE }],
};

function mixpanelApis(prefix: readonly string[]): RecorderApi[] {
  return [
    { name: "init", path: [...prefix, "init"], kind: "call", role: "start", options: mixpanelInitOptions },
    { name: "start_session_recording", path: [...prefix, "start_session_recording"], kind: "call", role: "resume" },
    { name: "opt_in_tracking", path: [...prefix, "opt_in_tracking"], kind: "call", role: "grant" },
  ];
}

const highlightInitOptions: StartOptions = {
  argument: 1,
  off: [{ path: ["disableSessionRecording"], values: TRUE }],
  defer: [{ path: ["manualStart"], values: TRUE }],
};

/** `<HighlightInit disableSessionRecording />`: the init options are the element's own props. */
const highlightInitProps: StartOptions = { ...highlightInitOptions, argument: -1 };

function highlightApis(prefix: readonly string[]): RecorderApi[] {
  return [
    { name: "init", path: [...prefix, "init"], kind: "call", role: "start", options: highlightInitOptions },
    { name: "start", path: [...prefix, "start"], kind: "call", role: "resume" },
  ];
}

const amplitudePluginOptions: StartOptions = {
  argument: 0,
  off: [{ path: ["sampleRate"], zero: true }],
  defer: [{ path: ["optOut"], values: TRUE }],
};

const amplitudeInitOptions: StartOptions = { ...amplitudePluginOptions, argument: 1 };

const fullStoryInitOptions: StartOptions = {
  argument: 0,
  off: [{ path: ["devMode"], values: TRUE }],
  defer: [{ path: ["startCaptureManually"], values: TRUE }],
};

const newRelicAgentOptions: StartOptions = {
  argument: 0,
  requiresAny: [["init", "session_replay", "enabled"]],
  off: [{ path: ["init", "session_replay", "autoStart"], values: [false] }],
  defer: [{ path: ["init", "browser_consent_mode", "enabled"], values: TRUE }],
};

const openReplayTrackerReturns: readonly RecorderApi[] = [
  { name: "start", path: ["start"], kind: "call", role: "start" },
];

const logRocketInitOptions: StartOptions = {
  argument: 1,
  off: [{ path: ["dom", "isEnabled"], values: [false] }],
  // `shouldSendData` decides at each moment whether anything is sent.
  defer: [{ path: ["shouldSendData"], callback: true }],
};

const SENTRY_PACKAGES = [
  "@sentry/browser",
  "@sentry/react",
  "@sentry/vue",
  "@sentry/angular",
  "@sentry/angular-ivy",
  "@sentry/nextjs",
  "@sentry/svelte",
  "@sentry/sveltekit",
  "@sentry/remix",
  "@sentry/astro",
  "@sentry/nuxt",
  "@sentry/solid",
  "@sentry/solidstart",
  "@sentry/ember",
  "@sentry/gatsby",
  "@sentry/react-native",
  // Newer framework SDKs, and Electron's renderer entry (the browser SDK, replay included).
  "@sentry/react-router",
  "@sentry/tanstackstart-react",
  "@sentry/electron/renderer",
  "@sentry/electron",
  // Ionic's Capacitor SDK: `Sentry.init(options, SentryAngular.init)` hands the options (replay included) to the web SDK.
  "@sentry/capacitor",
  "@sentry/replay",
  "@sentry-internal/replay",
] as const;

// The table ---------------------------------------------------------------------------------------

export const RECORDER_SDKS: readonly RecorderSdk[] = [
  {
    id: "fullstory",
    name: VENDORS.fullstory,
    sitePlugins: ["gatsby-plugin-fullstory"],
    packages: [
      {
        name: "@fullstory/browser",
        apis: [
          { name: "init", path: ["init"], kind: "call", role: "start", options: fullStoryInitOptions },
          { name: "start", path: ["FullStory"], kind: "call", role: "resume", command: "start" },
          { name: "restart", path: ["FullStory"], kind: "call", role: "resume", command: "restart" },
          { name: "restart", path: ["restart"], kind: "call", role: "resume" },
        ],
      },
      {
        name: "@fullstory/snippet",
        apis: [{ name: "init", path: ["init"], kind: "call", role: "start", options: fullStoryInitOptions }],
      },
      // Not in the reference data: the older React component, seen in public code (`<FullStory org=... />`).
      {
        name: "react-fullstory",
        apis: [{ name: "FullStory", path: ["default"], kind: "element", role: "start" }],
      },
    ],
    globals: [
      {
        name: "FS",
        apis: [
          { name: "start", path: [], kind: "call", role: "resume", command: "start" },
          { name: "restart", path: [], kind: "call", role: "resume", command: "restart" },
          { name: "restart", path: ["restart"], kind: "call", role: "resume" },
          { name: "command", path: [], kind: "call", role: "command" },
        ],
      },
    ],
    hosts: [{ host: "fullstory.com/s/fs.js", autostart: true }],
    snippet: {
      start: String.raw`fullstory\.com/s/fs\.js|\b_fs_org\b|\bFullStory\.init\s*\(`,
      off: String.raw`\bdevMode\s*:\s*(?:true|!0)`,
      defer: String.raw`_fs_capture_on_startup['"\]]*\s*=\s*(?:false|!1)|startCaptureManually\s*:\s*(?:true|!0)`,
      // The legacy snippet pasted into a JS file builds the host from `_fs_host` + "/s/fs.js".
      config: { global: "_fs_org", loader: "/s/fs.js" },
    },
  },
  {
    id: "hotjar",
    name: VENDORS.hotjar,
    nuxtRegistryKey: "hotjar",
    // nuxt-module-hotjar (`hotjar: { hotjarId }` beside it) and @yabhq/nuxt-hotjar (`["@yabhq/nuxt-hotjar", { hjid }]`).
    nuxtModules: ["nuxt-module-hotjar", "@yabhq/nuxt-hotjar"],
    sitePlugins: ["gatsby-plugin-hotjar", "gatsby-plugin-hotjar-tracking", "docusaurus-plugin-hotjar"],
    packages: [
      {
        name: "@hotjar/browser",
        apis: [{ name: "init", path: ["default", "init"], kind: "call", role: "start" }],
      },
      {
        name: "react-hotjar",
        apis: [{ name: "initialize", path: ["hotjar", "initialize"], kind: "call", role: "start" }],
      },
      // Not in the reference data: wrappers seen in public code. Vue plugins load the tracking code
      // on `app.use(Hotjar, { id })`; Angular's `NgxHotjarModule.forRoot(id)` does it on bootstrap.
      ...["vue-hotjar", "vue-hotjar-next"].map((name) => ({
        name,
        apis: [{ name: "install", path: ["default"], kind: "install", role: "start", options: vueHotjarOptions } as const],
      })),
      {
        name: "ngx-hotjar",
        apis: [{ name: "forRoot", path: ["NgxHotjarModule", "forRoot"], kind: "call", role: "start" }],
      },
      ...NUXT_HOTJAR.packages,
    ],
    globals: [{ name: "hj", apis: [{ name: "command", path: [], kind: "call", role: "command" }] }, ...NUXT_HOTJAR.globals],
    hosts: [
      { host: "static.hotjar.com", autostart: true },
      { host: "static.hj.contentsquare.net", autostart: true },
    ],
    snippet: {
      start: String.raw`static\.hotjar\.com|static\.hj\.contentsquare\.net|\b_hjSettings\s*=|\bhotjar\.initialize\s*\(|\bHotjar\.init\s*\(`,
    },
  },
  {
    id: "logrocket",
    name: VENDORS.logrocket,
    packages: [
      {
        name: "logrocket",
        apis: [{ name: "init", path: ["default", "init"], kind: "call", role: "start", options: logRocketInitOptions }],
      },
      // The React Native SDK starts the same way: `LogRocket.init(appID, options)`.
      {
        name: "@logrocket/react-native",
        apis: [{ name: "init", path: ["default", "init"], kind: "call", role: "start", options: logRocketInitOptions }],
      },
    ],
    globals: [
      {
        name: "LogRocket",
        apis: [{ name: "init", path: ["init"], kind: "call", role: "start", options: logRocketInitOptions }],
      },
    ],
    hosts: [
      "cdn.logrocket.com",
      "cdn.logrocket.io",
      "cdn.lr-ingest.io",
      "cdn.lr-in.com",
      "cdn.lr-in-prod.com",
      "cdn.lr-ingest.com",
      "cdn.ingest-lr.com",
      "cdn.lr-intake.com",
      "cdn.intake-lr.com",
      "cdn.logr-ingest.com",
      "cdn.lrkt-in.com",
      "cdn.lgrckt-in.com",
      "cdn.logr-in.com",
    ].map((host) => ({ host, autostart: false })),
    snippet: { start: String.raw`\bLogRocket\.init\s*\(`, off: String.raw`isEnabled\s*:\s*(?:false|!1)` },
  },
  {
    id: "clarity",
    name: VENDORS.clarity,
    sitePlugins: ["gatsby-plugin-clarity"],
    nuxtRegistryKey: "clarity",
    packages: [
      {
        name: "@microsoft/clarity",
        apis: [{ name: "init", path: ["default", "init"], kind: "call", role: "start" }],
      },
      {
        name: "clarity-js",
        apis: [{ name: "start", path: ["clarity", "start"], kind: "call", role: "start" }],
      },
      // Not in the reference data: a common React wrapper seen in public code (injects the tag).
      {
        name: "react-microsoft-clarity",
        apis: [{ name: "init", path: ["clarity", "init"], kind: "call", role: "start" }],
      },
      ...NUXT_CLARITY.packages,
    ],
    globals: [
      {
        name: "clarity",
        apis: [
          { name: "start", path: [], kind: "call", role: "resume", command: "start" },
          { name: "command", path: [], kind: "call", role: "command" },
        ],
      },
      ...NUXT_CLARITY.globals,
    ],
    hosts: [
      { host: "www.clarity.ms/tag/", autostart: true },
      { host: "clarity.ms/tag/", autostart: true },
      { host: "scripts.clarity.ms", autostart: false },
    ],
    snippet: { start: String.raw`clarity\.ms/tag/|\bClarity\.init\s*\(` },
  },
  {
    id: "sentry",
    name: VENDORS.sentry,
    packages: SENTRY_PACKAGES.map((name) => ({ name, apis: sentryApis([]) })),
    globals: [{ name: "Sentry", apis: sentryApis([]) }],
    hosts: [
      { host: "browser.sentry-cdn.com", autostart: false },
      { host: "js.sentry-cdn.com", autostart: false },
    ],
    snippet: {
      start: String.raw`\breplayIntegration\s*\(|\bnew\s+(?:Sentry\.)?Replay\s*\(`,
      requires: String.raw`replays(?:Session|OnError)SampleRate\s*:\s*(?!0*(?:\.0*)?\s*[,}\s])[^\s,}]`,
    },
  },
  {
    id: "posthog",
    name: VENDORS.posthog,
    sitePlugins: ["gatsby-plugin-posthog", "gatsby-plugin-posthog-analytics"],
    packages: [
      {
        name: "posthog-js",
        apis: [
          ...postHogApis(["default"]),
          ...postHogApis(["posthog"]),
          { name: "PostHog", path: ["PostHog"], kind: "construct", role: "instance", returns: postHogApis([]) },
        ],
      },
      {
        name: "posthog-js/react",
        apis: [{ name: "PostHogProvider", path: ["PostHogProvider"], kind: "element", role: "start", options: postHogProviderOptions }],
      },
      {
        name: "@posthog/react",
        apis: [{ name: "PostHogProvider", path: ["PostHogProvider"], kind: "element", role: "start", options: postHogProviderOptions }],
      },
      {
        name: "posthog-react-native",
        apis: [
          { name: "PostHog", path: ["default"], kind: "construct", role: "start", options: postHogNativeOptions },
          { name: "PostHog", path: ["PostHog"], kind: "construct", role: "start", options: postHogNativeOptions },
          { name: "PostHogProvider", path: ["PostHogProvider"], kind: "element", role: "start", options: postHogNativeProviderOptions },
        ],
      },
    ],
    globals: [{ name: "posthog", apis: postHogApis([]) }],
    hosts: [
      { host: "us-assets.i.posthog.com", autostart: false },
      { host: "eu-assets.i.posthog.com", autostart: false },
      { host: "app.posthog.com/static/array.js", autostart: false },
    ],
    snippet: {
      start: String.raw`\bposthog\.init\s*\(`,
      off: String.raw`disable_session_recording\s*:\s*(?:true|!0)`,
      defer: String.raw`opt_out_capturing_by_default\s*:\s*(?:true|!0)|cookieless_mode\s*:\s*['"](?:always|on_reject)['"]`,
    },
  },
  {
    id: "datadog",
    name: VENDORS.datadog,
    packages: [{ name: "@datadog/browser-rum", apis: datadogApis(["datadogRum"]) }],
    globals: [{ name: "DD_RUM", apis: datadogApis([]) }],
    hosts: [{ host: "www.datadoghq-browser-agent.com", autostart: false }],
    snippet: {
      start: String.raw`\b(?:DD_RUM|datadogRum)\.init\s*\(`,
      requires: String.raw`(?:sessionReplaySampleRate|replaySampleRate|premiumSampleRate)\s*:\s*(?!0*(?:\.0*)?\s*[,}\s])[^\s,}]`,
      off: String.raw`startSessionReplayRecordingManually\s*:\s*(?:true|!0)`,
      defer: String.raw`trackingConsent\s*:\s*['"]not-granted['"]`,
    },
  },
  {
    id: "rrweb",
    name: VENDORS.rrweb,
    packages: [
      {
        name: "rrweb",
        apis: [
          { name: "record", path: ["record"], kind: "call", role: "start" },
          { name: "record", path: ["default", "record"], kind: "call", role: "start" },
        ],
      },
      { name: "@rrweb/record", apis: [{ name: "record", path: ["record"], kind: "call", role: "start" }] },
    ],
    // rrweb's record-only bundle (`rrweb-record.min.js`) exposes `rrwebRecord` itself.
    globals: [
      { name: "rrweb", apis: [{ name: "record", path: ["record"], kind: "call", role: "start" }] },
      { name: "rrwebRecord", apis: [{ name: "record", path: [], kind: "call", role: "start" }] },
    ],
    hosts: [],
    snippet: { start: String.raw`\brrweb\.record\s*\(|\brrwebRecord\s*\(` },
  },
  {
    id: "amplitude",
    name: VENDORS.amplitude,
    packages: [
      {
        name: "@amplitude/plugin-session-replay-browser",
        apis: [
          {
            name: "sessionReplayPlugin",
            path: ["sessionReplayPlugin"],
            kind: "call",
            role: "integration",
            options: amplitudePluginOptions,
          },
          { name: "sessionReplayPlugin", path: ["plugin"], kind: "call", role: "integration", options: amplitudePluginOptions },
        ],
      },
      {
        name: "@amplitude/session-replay-browser",
        apis: [
          { name: "init", path: ["init"], kind: "call", role: "start", options: amplitudeInitOptions },
          { name: "init", path: ["default", "init"], kind: "call", role: "start", options: amplitudeInitOptions },
        ],
      },
      { name: "@amplitude/segment-session-replay-plugin", apis: [] },
    ],
    globals: [
      {
        name: "sessionReplay",
        apis: [
          { name: "sessionReplayPlugin", path: ["plugin"], kind: "call", role: "integration", options: amplitudePluginOptions },
          { name: "init", path: ["init"], kind: "call", role: "start", options: amplitudeInitOptions },
        ],
      },
    ],
    hosts: [],
    snippet: {
      start: String.raw`\bsessionReplayPlugin\s*\(|\bsessionReplay\.(?:plugin|init)\s*\(`,
      off: String.raw`\bsampleRate\s*:\s*0*(?:\.0*)?\s*[,}\s]`,
      defer: String.raw`\boptOut\s*:\s*(?:true|!0)`,
    },
  },
  {
    id: "mixpanel",
    name: VENDORS.mixpanel,
    packages: [{ name: "mixpanel-browser", apis: mixpanelApis(["default"]) }],
    globals: [{ name: "mixpanel", apis: mixpanelApis([]) }],
    hosts: [{ host: "cdn.mxpnl.com", autostart: false }],
    snippet: {
      start: String.raw`\bmixpanel\.init\s*\(`,
      requires: String.raw`record_sessions_percent\s*:\s*(?!0*(?:\.0*)?\s*[,}\s])[^\s,}]`,
      defer: String.raw`opt_out_tracking_by_default\s*:\s*(?:true|!0)`,
    },
  },
  {
    id: "highlight",
    name: VENDORS.highlight,
    packages: [
      { name: "highlight.run", apis: highlightApis(["H"]) },
      // Not in the reference data: the Next.js SDK seen in public code. Its client entry re-exports the
      // browser `H` and renders `<HighlightInit projectId ...>`; the `/server` entry only traces the server.
      {
        name: "@highlight-run/next/client",
        apis: [
          ...highlightApis(["H"]),
          { name: "HighlightInit", path: ["HighlightInit"], kind: "element", role: "start", options: highlightInitProps },
        ],
      },
      { name: "@highlight-run/next", apis: highlightApis(["H"]) },
      { name: "@highlight-run/next/server", apis: [] },
    ],
    globals: [{ name: "H", apis: highlightApis([]) }],
    hosts: [{ host: "unpkg.com/highlight.run", autostart: false }],
    snippet: {
      start: String.raw`\bH\.init\s*\(`,
      off: String.raw`disableSessionRecording\s*:\s*(?:true|!0)`,
      defer: String.raw`manualStart\s*:\s*(?:true|!0)`,
    },
  },
  {
    id: "openreplay",
    name: VENDORS.openreplay,
    packages: [
      {
        name: "@openreplay/tracker",
        apis: [
          { name: "Tracker", path: ["default"], kind: "construct", role: "instance", returns: openReplayTrackerReturns },
          { name: "Tracker", path: ["Tracker"], kind: "construct", role: "instance", returns: openReplayTrackerReturns },
          { name: "start", path: ["tracker", "start"], kind: "call", role: "start" },
          // The singleton's options (privacy settings) are passed here; recording starts at start().
          { name: "configure", path: ["tracker", "configure"], kind: "call", role: "command" },
        ],
      },
    ],
    globals: [],
    hosts: [{ host: "static.openreplay.com", autostart: true }],
    snippet: { start: String.raw`static\.openreplay\.com` },
  },
  {
    id: "smartlook",
    name: VENDORS.smartlook,
    sitePlugins: ["gatsby-plugin-smartlook"],
    packages: [
      {
        name: "smartlook-client",
        apis: [
          { name: "init", path: ["default", "init"], kind: "call", role: "start" },
          { name: "record", path: ["default", "record"], kind: "call", role: "command" },
        ],
      },
      // Not in the reference: the React Native SDKs. The v1 wrapper starts with `setupAndStartRecording(key)`
      // (or `setup(key)` and then `startRecording()`); v2 with `Smartlook.instance.start()`.
      {
        name: "smartlook-react-native-wrapper",
        apis: [
          { name: "setupAndStartRecording", path: ["default", "setupAndStartRecording"], kind: "call", role: "start" },
          { name: "startRecording", path: ["default", "startRecording"], kind: "call", role: "start" },
        ],
      },
      { name: "react-native-smartlook-analytics", apis: [{ name: "start", path: ["default", "instance", "start"], kind: "call", role: "start" }] },
    ],
    globals: [
      {
        name: "smartlook",
        apis: [
          { name: "init", path: [], kind: "call", role: "start", command: "init" },
          { name: "command", path: [], kind: "call", role: "command" },
        ],
      },
    ],
    // rec.smartlook.com/recorder.js: the host of Smartlook's snippet before web-sdk (not in the reference).
    hosts: [
      { host: "web-sdk.smartlook.com", autostart: false },
      { host: "rec.smartlook.com", autostart: false },
    ],
    snippet: { start: String.raw`\bsmartlook\s*\(\s*['"]init['"]` },
  },
  {
    id: "newrelic",
    name: VENDORS.newrelic,
    packages: [
      {
        name: "@newrelic/browser-agent/loaders/browser-agent",
        apis: [{ name: "BrowserAgent", path: ["BrowserAgent"], kind: "construct", role: "start", options: newRelicAgentOptions }],
      },
      {
        name: "@newrelic/browser-agent/loaders/agent",
        apis: [{ name: "Agent", path: ["Agent"], kind: "construct", role: "start", options: newRelicAgentOptions }],
      },
      // The micro agent has no session replay feature; listed so option rules can read its config.
      {
        name: "@newrelic/browser-agent/loaders/micro-agent",
        apis: [{ name: "MicroAgent", path: ["MicroAgent"], kind: "construct", role: "command" }],
      },
    ],
    globals: [{ name: "newrelic", apis: [{ name: "recordReplay", path: ["recordReplay"], kind: "call", role: "resume" }] }],
    hosts: [{ host: "js-agent.newrelic.com", autostart: false }],
    snippet: {
      start: String.raw`session_replay\s*:\s*\{[^}]*?\benabled\s*:\s*(?:true|!0)`,
      off: String.raw`\bautoStart\s*:\s*(?:false|!1)`,
      defer: String.raw`browser_consent_mode\s*:\s*\{[^}]*?\benabled\s*:\s*(?:true|!0)`,
    },
  },
  {
    id: "heap",
    name: VENDORS.heap,
    packages: [],
    globals: [{ name: "heap", apis: [{ name: "load", path: ["load"], kind: "call", role: "start" }] }],
    hosts: [
      { host: "cdn.heapanalytics.com", autostart: true },
      { host: "cdn.us.heap-api.com", autostart: true },
    ],
    snippet: { start: String.raw`\bheap\.load\s*\(|cdn\.heapanalytics\.com|cdn\.us\.heap-api\.com` },
  },
  {
    id: "contentsquare",
    name: VENDORS.contentsquare,
    // Not in the reference data: Contentsquare's npm loader, seen in public code.
    packages: [
      {
        name: "@contentsquare/tag-sdk",
        apis: [{ name: "injectContentsquareScript", path: ["injectContentsquareScript"], kind: "call", role: "start" }],
      },
    ],
    globals: [{ name: "_uxa", apis: [{ name: "push", path: ["push"], kind: "call", role: "command" }] }],
    hosts: [{ host: "t.contentsquare.net/uxa/", autostart: true }],
    snippet: { start: String.raw`t\.contentsquare\.net/uxa/` },
  },
  {
    id: "dynatrace",
    name: VENDORS.dynatrace,
    packages: [],
    globals: [
      {
        name: "dtrum",
        apis: [{ name: "enableSessionReplay", path: ["enableSessionReplay"], kind: "call", role: "resume" }],
      },
    ],
    hosts: [],
    snippet: { start: String.raw`\bdtrum\.enableSessionReplay\s*\(` },
  },
  {
    id: "livesession",
    name: VENDORS.livesession,
    packages: [
      { name: "@livesession/browser", apis: [{ name: "init", path: ["default", "init"], kind: "call", role: "start" }] },
      // Not in the reference data: the older npm SDK with the same `init`, seen in public code.
      { name: "@livesession/sdk", apis: [{ name: "init", path: ["default", "init"], kind: "call", role: "start" }] },
    ],
    globals: [
      {
        name: "__ls",
        apis: [
          { name: "init", path: [], kind: "call", role: "start", command: "init" },
          { name: "command", path: [], kind: "call", role: "command" },
        ],
      },
    ],
    hosts: [{ host: "cdn.livesession.io", autostart: false }],
    snippet: { start: String.raw`\b__ls\s*\(\s*['"]init['"]` },
  },
  {
    id: "mouseflow",
    name: VENDORS.mouseflow,
    packages: [],
    globals: [{ name: "_mfq", apis: [{ name: "push", path: ["push"], kind: "call", role: "command" }] }],
    hosts: [{ host: "cdn.mouseflow.com", autostart: true }],
    snippet: { start: String.raw`cdn\.mouseflow\.com` },
  },
  {
    id: "quantummetric",
    name: VENDORS.quantummetric,
    packages: [],
    globals: [],
    hosts: [{ host: "cdn.quantummetric.com", autostart: true }],
    snippet: { start: String.raw`cdn\.quantummetric\.com` },
  },
  {
    id: "sessioncam",
    name: VENDORS.sessioncam,
    packages: [],
    globals: [],
    hosts: [
      { host: "d2oh4tlt9mrke9.cloudfront.net/record/js/sessioncam", autostart: true },
      { host: "sessioncam.recorder.js", autostart: true },
    ],
    snippet: { start: String.raw`sessioncam\.recorder\.js` },
  },
  {
    id: "inspectlet",
    name: VENDORS.inspectlet,
    packages: [],
    globals: [{ name: "__insp", apis: [{ name: "push", path: ["push"], kind: "call", role: "command" }] }],
    hosts: [{ host: "cdn.inspectlet.com", autostart: true }],
    snippet: { start: String.raw`cdn\.inspectlet\.com` },
  },
  // Not in the reference: UXCam's React Native SDK records the app's screens from
  // `RNUxcam.startWithConfiguration({ userAppKey })` (or the older `startWithKey(key)`).
  {
    id: "uxcam",
    name: VENDORS.uxcam,
    packages: [
      {
        name: "react-native-ux-cam",
        apis: [
          { name: "startWithConfiguration", path: ["default", "startWithConfiguration"], kind: "call", role: "start" },
          { name: "startWithKey", path: ["default", "startWithKey"], kind: "call", role: "start" },
        ],
      },
    ],
    globals: [],
    hosts: [],
    snippet: null,
  },
  // Not in the reference: Yandex Metrica records sessions (Session Replay, formerly Webvisor) only with
  // `webvisor: true` in the tag's options: `ym(12345, "init", { webvisor: true })`, the older
  // `new Ya.Metrika2({ id, webvisor: true })`, react-yandex-metrika's `<YMInitializer options={{ webvisor: true }}>`.
  {
    id: "yandexmetrica",
    name: VENDORS.yandexmetrica,
    packages: [
      {
        name: "react-yandex-metrika",
        apis: [{ name: "YMInitializer", path: ["YMInitializer"], kind: "element", role: "start", options: { argument: -1, prop: "options", requiresAny: [["webvisor"]] } }],
      },
    ],
    globals: [
      // The counter id comes first and the command second, so every call is read by its options.
      // (In a server template the id may be printed: `ym(<?php echo $id; ?>, "init", ...)`.)
      { name: "ym", apis: [{ name: "init", path: [], kind: "call", role: "start", options: { argument: 2, requiresAny: [["webvisor"]] } }] },
      {
        name: "Ya",
        apis: [
          { name: "Metrika2", path: ["Metrika2"], kind: "construct", role: "start", options: { argument: 0, requiresAny: [["webvisor"]] } },
          { name: "Metrika", path: ["Metrika"], kind: "construct", role: "start", options: { argument: 0, requiresAny: [["webvisor"]] } },
        ],
      },
    ],
    hosts: [
      { host: "mc.yandex.ru/metrika/", autostart: false },
      { host: "mc.yandex.com/metrika/", autostart: false },
      { host: "mc.webvisor.org/metrika/", autostart: false },
    ],
    snippet: {
      start: String.raw`\bym\s*\(\s*[^,()\n]{1,80},\s*["']init["']|\bnew\s+Ya\.Metrika2?\s*\(`,
      requires: String.raw`\bwebvisor["']?\s*:\s*(?:true|!0|1)\b`,
      startsInPlace: true,
    },
  },
  {
    id: "luckyorange",
    name: VENDORS.luckyorange,
    packages: [],
    globals: [],
    // The pre-2021 snippet in public code sets `window.__wtw_lucky_site_id` and loads
    // `ssl.luckyorange.com/w.js` or `cdn.luckyorange.com/w.js` (the scheme picks the host).
    hosts: [
      { host: "tools.luckyorange.com", autostart: true },
      { host: "d10lpsik1i8c69.cloudfront.net", autostart: true },
      { host: "ssl.luckyorange.com/w.js", autostart: true },
      { host: "cdn.luckyorange.com/w.js", autostart: true },
    ],
    snippet: { start: String.raw`tools\.luckyorange\.com|d10lpsik1i8c69\.cloudfront\.net|luckyorange\.com/w\.js|__wtw_lucky_site_id` },
  },
  {
    id: "crazyegg",
    name: VENDORS.crazyegg,
    packages: [],
    globals: [],
    hosts: [{ host: "script.crazyegg.com", autostart: true }],
    snippet: { start: String.raw`script\.crazyegg\.com` },
  },
  {
    id: "medallia",
    name: VENDORS.medallia,
    packages: [],
    globals: [],
    hosts: [{ host: "decibelinsight.net/i/", autostart: true }],
    snippet: { start: String.raw`decibelinsight\.net/i/` },
  },
  {
    id: "noibu",
    name: VENDORS.noibu,
    packages: [],
    globals: [],
    hosts: [{ host: "cdn.noibu.com", autostart: true }],
    snippet: { start: String.raw`cdn\.noibu\.com` },
  },
];

/** Vendor ids, for option schemas. */
export const RECORDER_VENDOR_IDS: readonly RecorderVendorId[] = RECORDER_SDKS.map((sdk) => sdk.id);

/** Names under which the browser's global object is reachable. */
export const GLOBAL_OBJECT_NAMES: readonly string[] = ["window", "globalThis", "self", "global", "top", "parent"];
