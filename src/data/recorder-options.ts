import type { VendorId } from "./vendors.js";

/**
 * Recorder SDK options that weaken a vendor's default privacy, per vendor, from
 * ../shared/reference/vendors.md ("Defaults" and "Options that WEAKEN privacy" rows).
 * Facts only: `src/core/unsafe-options.ts` evaluates them, the rule wires them up.
 *
 * Paths are read from the options object the SDK call receives. `"[]"` stands for every element
 * of an array (`privacyConfig.urlMaskLevels[].maskLevel`).
 */

/** What a weakening option gives away. Users can switch a category off. */
export type OptionCategory =
  /** Text, input or media masking switched off or narrowed. */
  | "masking"
  /** Request/response headers or bodies captured. */
  | "network"
  /** Capture widened beyond the page: canvas, iframes, inlined images, IP addresses, keystrokes. */
  | "capture-scope";

export const OPTION_CATEGORIES: readonly OptionCategory[] = ["masking", "network", "capture-scope"];

export type Literal = string | number | boolean | null;

/** What a CSS selector's subject can match, for selector-list options. */
export type SelectorTarget =
  /** Form fields: input, textarea, select, `[type=...]`, `[autocomplete]`, or a form container. */
  | "inputs"
  /** Media the vendor blocks by default (Sentry's `blockAllMedia` list). */
  | "media"
  /** Every element: `*`, `html`, `body`, `:root`. */
  | "everything";

/** A declarative test on one resolved option value. */
export type ValueTest =
  /** The value is one of these literals. */
  | { kind: "equals"; values: readonly Literal[] }
  /** A feature switched on: `true`, or a settings object/array in its place. */
  | { kind: "enabled" }
  /** A non-empty array or a non-empty string. */
  | { kind: "nonEmpty" }
  /** Written at all, whatever its value. */
  | { kind: "present" }
  /** Not written, and no unknown spread could supply it (top-level options only). */
  | { kind: "absent" }
  /**
   * A selector (list, or array of selector lists) with a selector whose subject matches one of
   * `targets`. `inherited`: the vendor applies the option to descendants too, so a container
   * (`form`) reaches the fields inside it.
   */
  | { kind: "selectorMatches"; targets: readonly SelectorTarget[]; inherited: boolean }
  /** `null`, `''`, or a selector list with no selector that matches every element. */
  | { kind: "selectorMissesEverything" }
  /** An array that lacks one of these strings. */
  | { kind: "missingItems"; items: readonly string[] }
  /** An object that does not set every one of these keys to `true`. */
  | { kind: "lacksTrueKeys"; keys: readonly string[] }
  /** An object that sets every one of these keys to `true`. */
  | { kind: "setsTrueKeys"; keys: readonly string[] }
  /** A function that returns its first parameter unchanged. */
  | { kind: "identityFunction" };

/** Keeps an option quiet when another option of the same object passes (or may pass) a test. */
export interface QuietWhen {
  path: readonly string[];
  test: ValueTest;
}

/** A value to offer as a suggestion in place of the unsafe one. */
export interface SafeValue {
  value: Literal;
  /** Shown in the suggestion: what the value does. */
  note: string;
}

export interface UnsafeOption {
  vendor: VendorId;
  path: readonly string[];
  test: ValueTest;
  quietWhen?: readonly QuietWhen[];
  category: OptionCategory;
  /** What the setting does, completing "`<option>: <value>` ..." (no trailing period). */
  exposes: string;
  safeValues?: readonly SafeValue[];
  /**
   * Equals a vendor default that still records page text; reported only with
   * `reportWeakDefaults` (the option is not switching masking off, it is spelling out a default).
   */
  weakDefault?: boolean;
  /** Where the fact is recorded in ../shared/reference/vendors.md. */
  source: string;
  /** Read only by the vendor's calls of this group (see `OptionSite.group`); absent: the main calls. */
  group?: string;
}

/**
 * Where a vendor's options object is passed: an API found by `src/core/recorder-references.ts`
 * (`api` is its `name` in src/data/recorder-sdks.ts) and the argument or JSX prop that holds it.
 */
export interface OptionSite {
  vendor: VendorId;
  api: string;
  /** Command-queue calls (`smartlook('record', {...})`): the command in the first argument. */
  command?: string;
  /** Index of the options argument. */
  argument?: number;
  /** JSX elements: the prop that holds the options (`<PostHogProvider options={...}>`). */
  prop?: string;
  /** A vendor whose calls read different options (Smartlook `init` vs `record`) groups them. */
  group?: string;
  /** Where the passed object sits in the vendor's option tree (paths below start there). */
  rootPath?: readonly string[];
}

export const OPTION_SITES: readonly OptionSite[] = [
  // Sentry.replayIntegration({...}); legacy v7 new Replay({...}).
  { vendor: "sentry", api: "replayIntegration", argument: 0 },
  { vendor: "sentry", api: "Replay", argument: 0 },
  { vendor: "sentry", api: "mobileReplayIntegration", argument: 0 },
  // posthog.init(key, {...}); <PostHogProvider apiKey options={{...}}>.
  { vendor: "posthog", api: "init", argument: 1 },
  { vendor: "posthog", api: "PostHogProvider", prop: "options" },
  // posthog-react-native: new PostHog(apiKey, {...}).
  { vendor: "posthog", api: "PostHog", argument: 1 },
  // datadogRum.init({...}); DD_RUM.init({...}).
  { vendor: "datadog", api: "init", argument: 0 },
  { vendor: "rrweb", api: "record", argument: 0 },
  // sessionReplayPlugin({...}); sessionReplay.init(key, {...}).
  { vendor: "amplitude", api: "sessionReplayPlugin", argument: 0 },
  { vendor: "amplitude", api: "init", argument: 1 },
  { vendor: "mixpanel", api: "init", argument: 1 },
  { vendor: "highlight", api: "init", argument: 1 },
  // <HighlightInit networkRecording={{...}} />: each prop is an init option.
  { vendor: "highlight", api: "HighlightInit", prop: "networkRecording", rootPath: ["networkRecording"] },
  { vendor: "logrocket", api: "init", argument: 1 },
  // new BrowserAgent({ init: { session_replay } }); the snippet's NREUM.init is matched by the rule.
  { vendor: "newrelic", api: "BrowserAgent", argument: 0 },
  { vendor: "newrelic", api: "Agent", argument: 0 },
  { vendor: "openreplay", api: "Tracker", argument: 0 },
  // new MicroAgent({ init: { session_replay } }); the singleton `tracker.configure({...})`.
  { vendor: "newrelic", api: "MicroAgent", argument: 0 },
  { vendor: "openreplay", api: "configure", argument: 0 },
  // Smartlook.init(key, params) / smartlook('init', key, params); Smartlook.record({...}) / smartlook('record', {...}).
  { vendor: "smartlook", api: "init", argument: 1 },
  { vendor: "smartlook", api: "init", command: "init", argument: 2 },
  { vendor: "smartlook", api: "record", argument: 0, group: "record" },
  { vendor: "smartlook", api: "command", command: "record", argument: 1, group: "record" },
  { vendor: "fullstory", api: "init", argument: 0 },
  // ls.init(trackID, options) / __ls('init', trackID, options).
  { vendor: "livesession", api: "init", argument: 1 },
  { vendor: "livesession", api: "init", command: "init", argument: 2 },
];

/**
 * Members of SDK enums that stand for option values (`DefaultPrivacyLevel.ALLOW` is `'allow'`).
 * Not in the reference: from `@datadog/browser-core`'s public `DefaultPrivacyLevel` export, whose
 * values are the reference's level strings.
 */
export interface OptionEnum {
  vendor: VendorId;
  packages: readonly string[];
  exportName: string;
  members: Readonly<Record<string, Literal>>;
}

export const OPTION_ENUMS: readonly OptionEnum[] = [
  {
    vendor: "datadog",
    packages: ["@datadog/browser-rum", "@datadog/browser-rum-slim", "@datadog/browser-rum-core", "@datadog/browser-core"],
    exportName: "DefaultPrivacyLevel",
    members: {
      ALLOW: "allow",
      MASK: "mask",
      MASK_USER_INPUT: "mask-user-input",
    },
  },
];

const TRUE_SAFE: readonly SafeValue[] = [{ value: true, note: "the vendor default" }];
const FALSE_SAFE: readonly SafeValue[] = [{ value: false, note: "the vendor default" }];
const FALSE_OFF: readonly SafeValue[] = [{ value: false, note: "keeps it off" }];
const IS_TRUE: ValueTest = { kind: "equals", values: [true] };
const IS_FALSE: ValueTest = { kind: "equals", values: [false] };
const IDENTITY: ValueTest = { kind: "identityFunction" };

/** Sentry's media selectors under `blockAllMedia` (reference: Sentry "BLOCK / exclude markers"). */
export const SENTRY_MEDIA_TAGS: readonly string[] = [
  "img", "image", "svg", "video", "object", "picture", "embed", "map", "audio",
];

/** rrweb input types a team must list in `maskInputOptions` before `maskAllInputs: false` is safe. */
export const RRWEB_SENSITIVE_INPUT_TYPES: readonly string[] = ["password", "email", "tel", "text", "number"];

export const UNSAFE_OPTIONS: readonly UnsafeOption[] = [
  // --- Sentry Session Replay: defaults mask all text and inputs and block all media.
  {
    vendor: "sentry", path: ["maskAllText"], test: IS_FALSE, category: "masking",
    exposes: "records all page text unmasked (names, e-mail addresses, account details shown on the page)",
    safeValues: TRUE_SAFE, source: "Sentry: Defaults, Options that WEAKEN privacy",
  },
  {
    vendor: "sentry", path: ["maskAllInputs"], test: IS_FALSE, category: "masking",
    exposes: "records the values typed into form fields (only password inputs stay masked)",
    safeValues: TRUE_SAFE, source: "Sentry: Defaults, Options that WEAKEN privacy",
  },
  // Not in the reference: @sentry/react-native's mobileReplayIntegration masks all text, images and
  // vector drawings by default; its docs show turning all three off for apps "without sensitive data".
  // Unmasked vectors are mostly icons, so `maskAllVectors: false` is left alone.
  {
    vendor: "sentry", path: ["maskAllImages"], test: IS_FALSE, category: "masking",
    exposes: "records the app's images unmasked (profile photos, scanned documents)",
    safeValues: TRUE_SAFE, source: "Sentry React Native: mobileReplayIntegration privacy options (not in the reference)",
  },
  {
    vendor: "sentry", path: ["blockAllMedia"], test: IS_FALSE, category: "masking",
    exposes: "records images, SVGs, videos, audio and embeds (profile photos, scanned documents)",
    safeValues: TRUE_SAFE, source: "Sentry: Defaults, BLOCK markers, Options that WEAKEN privacy",
  },
  {
    // Sentry applies its mask/unmask selectors to text and inputs alike, with closest() reach.
    vendor: "sentry", path: ["unmask"], test: { kind: "selectorMatches", targets: ["inputs", "everything"], inherited: true },
    category: "masking", exposes: "unmasks the text and typed values of what it matches",
    source: "Sentry: MASK markers (text and input selectors are the same), Options that WEAKEN privacy",
  },
  {
    vendor: "sentry", path: ["unblock"], test: { kind: "selectorMatches", targets: ["media", "everything"], inherited: true },
    category: "masking", exposes: "records media and blocked elements it matches",
    source: "Sentry: BLOCK markers (blockAllMedia selectors), Options that WEAKEN privacy",
  },
  {
    vendor: "sentry", path: ["maskAttributes"], test: { kind: "missingItems", items: ["title", "placeholder", "aria-label"] },
    category: "masking", exposes: "drops the default masking of `title`, `placeholder` and `aria-label` attributes, which often carry personal data",
    source: "Sentry: Defaults (maskAttributes), Options that WEAKEN privacy",
  },
  {
    vendor: "sentry", path: ["maskFn"], test: IDENTITY, category: "masking",
    exposes: "returns the text unchanged, so masked text and inputs are recorded as written",
    source: "Sentry: Options that WEAKEN privacy (maskFn returning input unchanged)",
  },
  {
    vendor: "sentry", path: ["networkDetailAllowUrls"], test: { kind: "nonEmpty" },
    quietWhen: [{ path: ["networkCaptureBodies"], test: IS_FALSE }],
    category: "network", exposes: "records request and response bodies of those URLs (form posts, API payloads with personal data)",
    source: "Sentry: Options that WEAKEN privacy (networkDetailAllowUrls / networkCaptureBodies)",
  },
  {
    vendor: "sentry", path: ["_experiments", "recordCrossOriginIframes"], test: IS_TRUE, category: "capture-scope",
    exposes: "records the content of cross-origin iframes", safeValues: FALSE_SAFE,
    source: "Sentry: Options that WEAKEN privacy",
  },

  // --- PostHog (`session_recording` in posthog.init options): inputs masked, text not.
  {
    vendor: "posthog", path: ["session_recording", "maskAllInputs"], test: IS_FALSE, category: "masking",
    exposes: "records the values typed into form fields (only password inputs stay masked)",
    safeValues: TRUE_SAFE, source: "PostHog: Defaults, Options that WEAKEN privacy",
  },
  {
    vendor: "posthog", path: ["session_recording", "maskInputFn"], test: IDENTITY, category: "masking",
    exposes: "returns input values unchanged, so they are recorded as typed",
    source: "PostHog: Options that WEAKEN privacy (maskInputFn returning raw text)",
  },
  {
    vendor: "posthog", path: ["session_recording", "maskTextFn"], test: IDENTITY, category: "masking",
    exposes: "returns masked text unchanged, so it is recorded as written",
    source: "PostHog: Options that WEAKEN privacy (maskTextFn returning raw text)",
  },
  {
    vendor: "posthog", path: ["session_recording", "recordCrossOriginIframes"], test: IS_TRUE, category: "capture-scope",
    exposes: "records the content of cross-origin iframes", safeValues: FALSE_SAFE,
    source: "PostHog: Defaults, Options that WEAKEN privacy",
  },
  // Not in the reference: posthog-react-native's `sessionReplayConfig` masks text inputs and images by default.
  {
    vendor: "posthog", path: ["sessionReplayConfig", "maskAllTextInputs"], test: IS_FALSE, category: "masking",
    exposes: "records the values typed into the app's text inputs", safeValues: TRUE_SAFE,
    source: "PostHog React Native: sessionReplayConfig (not in the reference)",
  },
  {
    vendor: "posthog", path: ["sessionReplayConfig", "maskAllImages"], test: IS_FALSE, category: "masking",
    exposes: "records the app's images unmasked (profile photos, scanned documents)", safeValues: TRUE_SAFE,
    source: "PostHog React Native: sessionReplayConfig (not in the reference)",
  },
  {
    vendor: "posthog", path: ["session_recording", "recordHeaders"], test: IS_TRUE, category: "network",
    exposes: "records request and response headers (cookies, tokens)", safeValues: FALSE_SAFE,
    source: "PostHog: Options that WEAKEN privacy (network capture)",
  },
  {
    vendor: "posthog", path: ["session_recording", "recordBody"], test: IS_TRUE, category: "network",
    exposes: "records request and response bodies (form posts, API payloads with personal data)", safeValues: FALSE_SAFE,
    source: "PostHog: Options that WEAKEN privacy (network capture)",
  },

  // --- Datadog RUM: since v7 an unset defaultPrivacyLevel is 'mask-user-input' (not 'mask').
  {
    vendor: "datadog", path: ["defaultPrivacyLevel"], test: { kind: "equals", values: ["allow"] }, category: "masking",
    exposes: "records all page text and input values (only password, email, tel, hidden and cc-* inputs stay masked)",
    safeValues: [
      { value: "mask-user-input", note: "the v7 default: masks form input, records page text" },
      { value: "mask", note: "masks page text and form input" },
    ],
    source: "Datadog: Defaults (v7 change), Options that WEAKEN privacy",
  },
  {
    vendor: "datadog", path: ["defaultPrivacyLevel"], test: { kind: "equals", values: ["mask-user-input"] }, category: "masking",
    exposes: "records all page text (the default since v7.0.0; it was 'mask' before)",
    safeValues: [{ value: "mask", note: "masks page text and form input" }],
    weakDefault: true, source: "Datadog: Defaults, Options that WEAKEN privacy",
  },
  {
    vendor: "datadog", path: ["defaultPrivacyLevel"], test: { kind: "absent" }, category: "masking",
    exposes: "means 'mask-user-input' since v7.0.0 (it was 'mask' before), which records all page text",
    safeValues: [{ value: "mask", note: "masks page text and form input" }],
    weakDefault: true, source: "Datadog: Defaults (v7 change), things easily got wrong #1",
  },
  {
    vendor: "datadog", path: ["enablePrivacyForActionName"], test: IS_FALSE, category: "masking",
    exposes: "sends action names (the text of clicked elements) unmasked",
    safeValues: TRUE_SAFE, source: "Datadog: Options that WEAKEN privacy (default true since v7)",
  },

  // --- rrweb: masks only passwords by default, through maskInputOptions.
  {
    vendor: "rrweb", path: ["maskAllInputs"], test: IS_FALSE,
    quietWhen: [{ path: ["maskInputOptions"], test: { kind: "setsTrueKeys", keys: RRWEB_SENSITIVE_INPUT_TYPES } }],
    category: "masking",
    exposes: "records the values typed into form fields other than those `maskInputOptions` lists (only passwords by default)",
    safeValues: [{ value: true, note: "masks every input type" }],
    source: "rrweb: Defaults (maskInputOptions, maskAllInputs)",
  },
  {
    vendor: "rrweb", path: ["maskInputOptions"], test: { kind: "lacksTrueKeys", keys: ["password"] },
    quietWhen: [{ path: ["maskAllInputs"], test: IS_TRUE }],
    category: "masking",
    exposes: "replaces rrweb's default `{ password: true }`, so password inputs are recorded as typed",
    source: "rrweb: Defaults, Options that WEAKEN privacy (maskInputOptions without password)",
  },
  {
    vendor: "rrweb", path: ["maskInputFn"], test: IDENTITY, category: "masking",
    exposes: "returns input values unchanged, so masked inputs are recorded as typed",
    source: "rrweb: Options that WEAKEN privacy (maskInputFn returning raw text)",
  },
  {
    vendor: "rrweb", path: ["recordCanvas"], test: IS_TRUE, category: "capture-scope",
    exposes: "records canvas content (signatures, charts with personal data)", safeValues: FALSE_SAFE,
    source: "rrweb: Defaults, Options that WEAKEN privacy",
  },
  {
    vendor: "rrweb", path: ["inlineImages"], test: IS_TRUE, category: "capture-scope",
    exposes: "copies image data into the recording (profile photos, scanned documents)", safeValues: FALSE_SAFE,
    source: "rrweb: Defaults, Options that WEAKEN privacy",
  },
  {
    vendor: "rrweb", path: ["recordCrossOriginIframes"], test: IS_TRUE, category: "capture-scope",
    exposes: "records the content of cross-origin iframes", safeValues: FALSE_SAFE,
    source: "rrweb: Options that WEAKEN privacy",
  },

  // --- Amplitude Session Replay: default mask level 'medium' masks all form inputs.
  {
    vendor: "amplitude", path: ["privacyConfig", "defaultMaskLevel"], test: { kind: "equals", values: ["light"] }, category: "masking",
    exposes: "records form input values (only password, hidden, email, tel and cc-* autocomplete inputs stay masked)",
    safeValues: [
      { value: "medium", note: "the default: masks all form inputs" },
      { value: "conservative", note: "masks all inputs and text" },
    ],
    source: "Amplitude: Defaults, Options that WEAKEN privacy",
  },
  {
    vendor: "amplitude", path: ["privacyConfig", "urlMaskLevels", "[]", "maskLevel"], test: { kind: "equals", values: ["light"] },
    category: "masking",
    exposes: "records form input values on matching pages (only password, hidden, email, tel and cc-* autocomplete inputs stay masked)",
    safeValues: [{ value: "medium", note: "the default: masks all form inputs" }],
    source: "Amplitude: Options that WEAKEN privacy (urlMaskLevels with maskLevel 'light')",
  },
  {
    vendor: "amplitude", path: ["privacyConfig", "unmaskSelector"], test: { kind: "selectorMatches", targets: ["inputs", "everything"], inherited: true },
    category: "masking", exposes: "unmasks what it matches and its descendants",
    source: "Amplitude: UNMASK markers (element + descendants), Options that WEAKEN privacy",
  },

  // --- Mixpanel Session Replay: masks all text and inputs and blocks media by default.
  {
    vendor: "mixpanel", path: ["record_mask_all_text"], test: IS_FALSE, category: "masking",
    exposes: "records page text outside `record_mask_text_selector` and the common mask classes",
    safeValues: TRUE_SAFE, source: "Mixpanel: Defaults, Options that WEAKEN privacy",
  },
  {
    vendor: "mixpanel", path: ["record_mask_all_inputs"], test: IS_FALSE, category: "masking",
    exposes: "records form input values (only password, email, tel, hidden and autocomplete inputs stay masked)",
    safeValues: TRUE_SAFE, source: "Mixpanel: Defaults, Options that WEAKEN privacy",
  },
  {
    vendor: "mixpanel", path: ["record_mask_text_selector"], test: { kind: "present" },
    quietWhen: [{ path: ["record_mask_all_text"], test: { kind: "present" } }],
    category: "masking",
    exposes: "without `record_mask_all_text` silently turns text mask-all off, so page text outside the selector is recorded",
    source: "Mixpanel: things easily got wrong #6, Options that WEAKEN privacy",
  },
  {
    vendor: "mixpanel", path: ["record_unmask_text_selector"], test: { kind: "selectorMatches", targets: ["everything"], inherited: false },
    category: "masking", exposes: "unmasks the page text it matches",
    source: "Mixpanel: Options that WEAKEN privacy (record_unmask_text_selector)",
  },
  {
    vendor: "mixpanel", path: ["record_unmask_input_selector"], test: { kind: "selectorMatches", targets: ["inputs", "everything"], inherited: false },
    category: "masking", exposes: "unmasks the input values it matches (except always-masked types)",
    source: "Mixpanel: Options that WEAKEN privacy (record_unmask_input_selector)",
  },
  {
    vendor: "mixpanel", path: ["record_block_selector"], test: { kind: "equals", values: [""] }, category: "masking",
    exposes: "unblocks images, videos and audio (blocked by default with 'img, video, audio')",
    safeValues: [{ value: "img, video, audio", note: "the default" }],
    source: "Mixpanel: BLOCK markers, Options that WEAKEN privacy",
  },
  {
    vendor: "mixpanel", path: ["record_canvas"], test: IS_TRUE, category: "capture-scope",
    exposes: "records canvas content", safeValues: FALSE_OFF, source: "Mixpanel: Options that WEAKEN privacy",
  },
  {
    vendor: "mixpanel", path: ["record_network"], test: IS_TRUE, category: "network",
    exposes: "records network requests", safeValues: FALSE_OFF, source: "Mixpanel: Options that WEAKEN privacy",
  },

  // --- Highlight.io: privacySetting 'default' masks inputs and PII-looking text.
  {
    vendor: "highlight", path: ["privacySetting"], test: { kind: "equals", values: ["none"] }, category: "masking",
    exposes: "records page text and input values (only password inputs stay masked)",
    safeValues: [
      { value: "default", note: "the default: masks inputs and PII-looking text" },
      { value: "strict", note: "masks all text and images" },
    ],
    source: "Highlight: Defaults, Options that WEAKEN privacy",
  },
  {
    vendor: "highlight", path: ["recordCrossOriginIframe"], test: IS_TRUE, category: "capture-scope",
    exposes: "records the content of cross-origin iframes", safeValues: FALSE_OFF,
    source: "Highlight: Options that WEAKEN privacy",
  },
  {
    vendor: "highlight", path: ["inlineImages"], test: IS_TRUE, category: "capture-scope",
    exposes: "copies image data into the recording (profile photos, scanned documents)", safeValues: FALSE_OFF,
    source: "Highlight: Options that WEAKEN privacy",
  },

  // Not in the reference: Highlight's NetworkRecordingOptions (highlight.run types) record request and
  // response headers and bodies with `recordHeadersAndBody`, like Sentry's networkCaptureBodies.
  {
    vendor: "highlight", path: ["networkRecording", "recordHeadersAndBody"], test: IS_TRUE, category: "network",
    exposes: "records request and response headers and bodies (form posts, API payloads with personal data)", safeValues: FALSE_OFF,
    source: "Highlight SDK: NetworkRecordingOptions.recordHeadersAndBody (not in the reference)",
  },

  // --- LogRocket: records everything but password inputs unless sanitizers are on.
  {
    vendor: "logrocket", path: ["dom", "inputSanitizer"], test: IS_FALSE, category: "masking",
    exposes: "records every input value except passwords",
    safeValues: [{ value: true, note: "redacts all input values" }],
    source: "LogRocket: Privacy init options, Defaults, Options that WEAKEN privacy",
  },
  {
    vendor: "logrocket", path: ["dom", "textSanitizer"], test: IS_FALSE, category: "masking",
    exposes: "records all page text",
    safeValues: [{ value: true, note: "redacts all page text" }],
    source: "LogRocket: Privacy init options, Defaults, Options that WEAKEN privacy",
  },
  {
    vendor: "logrocket", path: ["mergeIframes"], test: IS_TRUE, category: "capture-scope",
    exposes: "extends recording into iframes", safeValues: FALSE_OFF, source: "LogRocket: Options that WEAKEN privacy",
  },
  {
    vendor: "logrocket", path: ["childDomains"], test: { kind: "nonEmpty" }, category: "capture-scope",
    exposes: "extends recording into iframes of those domains", source: "LogRocket: Options that WEAKEN privacy",
  },
  {
    vendor: "logrocket", path: ["shouldCaptureIP"], test: IS_TRUE, category: "capture-scope",
    exposes: "records visitors' IP addresses", safeValues: FALSE_OFF, source: "LogRocket: Options that WEAKEN privacy",
  },

  // --- New Relic Browser: masks all text ('*') and all inputs by default.
  {
    vendor: "newrelic", path: ["init", "session_replay", "mask_all_inputs"], test: IS_FALSE, category: "masking",
    exposes: "records the values typed into form fields (only password inputs stay masked)",
    safeValues: TRUE_SAFE, source: "New Relic: Defaults, Options that WEAKEN privacy",
  },
  {
    vendor: "newrelic", path: ["init", "session_replay", "mask_text_selector"], test: { kind: "selectorMissesEverything" },
    category: "masking", exposes: "records page text outside that selector (the default '*' masks all text)",
    safeValues: [{ value: "*", note: "the default: masks all text" }],
    source: "New Relic: Defaults, Options that WEAKEN privacy",
  },
  {
    vendor: "newrelic", path: ["init", "session_replay", "inline_images"], test: IS_TRUE, category: "capture-scope",
    exposes: "copies image data into the recording", safeValues: FALSE_SAFE,
    source: "New Relic: Defaults, Options that WEAKEN privacy",
  },

  // --- OpenReplay: inputs obscured (mode 1), emails and long numbers obscured.
  {
    vendor: "openreplay", path: ["defaultInputMode"], test: { kind: "equals", values: [0] }, category: "masking",
    exposes: "records input values as typed (plain mode; password inputs stay hidden)",
    safeValues: [
      { value: 1, note: "the default: obscured" },
      { value: 2, note: "hidden" },
    ],
    source: "OpenReplay: Defaults, Options that WEAKEN privacy",
  },
  {
    vendor: "openreplay", path: ["obscureInputEmails"], test: IS_FALSE, category: "masking",
    exposes: "records e-mail addresses typed into inputs", safeValues: TRUE_SAFE,
    source: "OpenReplay: Defaults, Options that WEAKEN privacy",
  },
  {
    vendor: "openreplay", path: ["obscureInputNumbers"], test: IS_FALSE, category: "masking",
    exposes: "records numbers typed into inputs (card, account and phone numbers)", safeValues: TRUE_SAFE,
    source: "OpenReplay: Defaults, Options that WEAKEN privacy",
  },
  {
    vendor: "openreplay", path: ["obscureTextEmails"], test: IS_FALSE, category: "masking",
    exposes: "records e-mail addresses shown in page text", safeValues: TRUE_SAFE,
    source: "OpenReplay: Defaults, Options that WEAKEN privacy",
  },

  // --- Smartlook: privacy-first; sensitive categories only through record({...}).
  {
    vendor: "smartlook", group: "record", path: ["forms"], test: IS_TRUE, category: "masking",
    exposes: "records form input values", safeValues: FALSE_SAFE, source: "Smartlook: Defaults, Options that WEAKEN privacy",
  },
  {
    vendor: "smartlook", group: "record", path: ["emails"], test: IS_TRUE, category: "masking",
    exposes: "records e-mail addresses shown on the page", safeValues: FALSE_SAFE, source: "Smartlook: Defaults, Options that WEAKEN privacy",
  },
  {
    vendor: "smartlook", group: "record", path: ["numbers"], test: IS_TRUE, category: "masking",
    exposes: "records numbers shown on the page", safeValues: FALSE_SAFE, source: "Smartlook: Defaults, Options that WEAKEN privacy",
  },
  {
    vendor: "smartlook", group: "record", path: ["ips"], test: IS_TRUE, category: "capture-scope",
    exposes: "records visitors' IP addresses", safeValues: FALSE_SAFE, source: "Smartlook: Defaults, Options that WEAKEN privacy",
  },
  {
    vendor: "smartlook", group: "record", path: ["api"], test: IS_TRUE, category: "network",
    exposes: "records API calls", safeValues: FALSE_SAFE, source: "Smartlook: Options that WEAKEN privacy",
  },
  {
    vendor: "smartlook", path: ["advancedNetwork"], test: { kind: "enabled" }, category: "network",
    exposes: "records network requests in detail (URLs, headers)", source: "Smartlook: Init calls, Options that WEAKEN privacy",
  },

  // --- FullStory: privacy is account-side; one SDK option widens capture.
  {
    vendor: "fullstory", path: ["recordCrossDomainIFrames"], test: IS_TRUE, category: "capture-scope",
    exposes: "records the content of cross-domain iframes", safeValues: FALSE_OFF,
    source: "FullStory: Init options, Options that WEAKEN privacy",
  },

  // --- LiveSession
  {
    vendor: "livesession", path: ["keystrokes"], test: IS_TRUE, category: "masking",
    exposes: "records keystrokes", safeValues: FALSE_OFF, source: "LiveSession: Options that WEAKEN privacy",
  },
];

/**
 * Vendors whose privacy is configured outside code (dashboard, account settings) or not verified:
 * the doc lists them so users know the rule is silent on purpose.
 */
export const VENDORS_WITHOUT_CODE_OPTIONS: readonly VendorId[] = ["clarity", "hotjar", "heap", "dynatrace", "contentsquare"];
