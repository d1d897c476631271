import type { VendorId } from "./vendors.js";

/**
 * What a marker does to the element it is on (from ../shared/reference/vendors.md):
 * - mask:   content replaced (text and/or input values) but the element stays
 * - block:  element and descendants replaced by a placeholder; nothing inside is recorded
 * - ignore: input events of the element itself are not recorded
 * - unmask: re-exposes content that the vendor (or an ancestor marker) would hide
 */
export type MarkerKind = "mask" | "block" | "ignore" | "unmask";

export interface MarkerFact {
  vendor: VendorId;
  kind: MarkerKind;
  /** How the marker is written: as an attribute name or as a class name. */
  form: "attribute" | "class";
  name: string;
  /** Attribute values that make it this marker; absent means any value (presence). */
  values?: readonly string[];
  /** Whether it keeps typed input values out of the recording (`rr-mask` and `ph-mask` do not). */
  coversInputValues: boolean;
  /** Whether it reaches descendants (ignore markers and Hotjar's allow reach the element only). */
  inherits: boolean;
  /** Offered as the quick fix for this vendor. */
  suggested?: boolean;
  /** Only in effect when configured in the SDK options (e.g. Sentry's v7 unmask classes since v8). */
  needsConfiguration?: boolean;
  /** Only reaches form fields (inputs, textareas, selects), e.g. Hotjar's allow marker. */
  fieldsOnly?: boolean;
  /** The attribute has other uses (React Native's `accessibilityLabel`): only a value close to a marker value is a typo. */
  sharedAttribute?: boolean;
}

const DD_MASK_VALUES = ["mask", "mask-user-input", "mask-unless-allowlisted"] as const;

export const MARKERS: readonly MarkerFact[] = [
  // FullStory: priority Exclude > Mask > Unmask.
  { vendor: "fullstory", kind: "block", form: "class", name: "fs-exclude", coversInputValues: true, inherits: true, suggested: true },
  { vendor: "fullstory", kind: "mask", form: "class", name: "fs-mask", coversInputValues: true, inherits: true },
  { vendor: "fullstory", kind: "unmask", form: "class", name: "fs-unmask", coversInputValues: true, inherits: true },
  // Hotjar: data-hj-suppress is seen as attribute and as class in public code (official page not found).
  { vendor: "hotjar", kind: "mask", form: "attribute", name: "data-hj-suppress", coversInputValues: true, inherits: true, suggested: true },
  { vendor: "hotjar", kind: "mask", form: "class", name: "data-hj-suppress", coversInputValues: true, inherits: true },
  // data-hj-allow "will not work recursively" and only on form fields.
  { vendor: "hotjar", kind: "unmask", form: "attribute", name: "data-hj-allow", coversInputValues: true, inherits: false, fieldsOnly: true },
  { vendor: "hotjar", kind: "unmask", form: "class", name: "data-hj-allow", coversInputValues: true, inherits: false, fieldsOnly: true },
  // LogRocket: any data-private value redacts the element and all its children.
  { vendor: "logrocket", kind: "block", form: "attribute", name: "data-private", coversInputValues: true, inherits: true, suggested: true },
  // Clarity: presence of the attribute, any value.
  { vendor: "clarity", kind: "mask", form: "attribute", name: "data-clarity-mask", coversInputValues: true, inherits: true, suggested: true },
  // Clarity's unmask never reveals <input>/<select>/<textarea> values (they are always masked).
  { vendor: "clarity", kind: "unmask", form: "attribute", name: "data-clarity-unmask", coversInputValues: false, inherits: true },
  // Sentry: mask selectors apply to text and inputs alike.
  { vendor: "sentry", kind: "mask", form: "attribute", name: "data-sentry-mask", coversInputValues: true, inherits: true, suggested: true },
  { vendor: "sentry", kind: "mask", form: "class", name: "sentry-mask", coversInputValues: true, inherits: true },
  { vendor: "sentry", kind: "block", form: "attribute", name: "data-sentry-block", coversInputValues: true, inherits: true },
  { vendor: "sentry", kind: "block", form: "class", name: "sentry-block", coversInputValues: true, inherits: true },
  { vendor: "sentry", kind: "ignore", form: "attribute", name: "data-sentry-ignore", coversInputValues: true, inherits: false },
  { vendor: "sentry", kind: "ignore", form: "class", name: "sentry-ignore", coversInputValues: true, inherits: false },
  // Since v8 the v7 unmask markers only work when passed in `unmask: [...]`.
  { vendor: "sentry", kind: "unmask", form: "class", name: "sentry-unmask", coversInputValues: true, inherits: true, needsConfiguration: true },
  { vendor: "sentry", kind: "unmask", form: "attribute", name: "data-sentry-unmask", coversInputValues: true, inherits: true, needsConfiguration: true },
  // PostHog: ph-mask is rrweb's maskTextClass (text only, not input values).
  { vendor: "posthog", kind: "block", form: "class", name: "ph-no-capture", coversInputValues: true, inherits: true, suggested: true },
  { vendor: "posthog", kind: "mask", form: "class", name: "ph-mask", coversInputValues: false, inherits: true },
  // React Native (not in the reference): posthog-react-native redacts a view whose `accessibilityLabel` is
  // ph-no-capture.
  { vendor: "posthog", kind: "block", form: "attribute", name: "accessibilityLabel", values: ["ph-no-capture"], coversInputValues: true, inherits: true, sharedAttribute: true },
  { vendor: "posthog", kind: "ignore", form: "class", name: "ph-ignore-input", coversInputValues: true, inherits: false },
  // Datadog: a descendant's own level overrides an inherited one (except under hidden).
  { vendor: "datadog", kind: "mask", form: "attribute", name: "data-dd-privacy", values: DD_MASK_VALUES, coversInputValues: true, inherits: true, suggested: true },
  { vendor: "datadog", kind: "block", form: "attribute", name: "data-dd-privacy", values: ["hidden"], coversInputValues: true, inherits: true },
  { vendor: "datadog", kind: "unmask", form: "attribute", name: "data-dd-privacy", values: ["allow"], coversInputValues: true, inherits: true },
  { vendor: "datadog", kind: "mask", form: "class", name: "dd-privacy-mask", coversInputValues: true, inherits: true },
  { vendor: "datadog", kind: "mask", form: "class", name: "dd-privacy-mask-user-input", coversInputValues: true, inherits: true },
  { vendor: "datadog", kind: "mask", form: "class", name: "dd-privacy-mask-unless-allowlisted", coversInputValues: true, inherits: true },
  { vendor: "datadog", kind: "block", form: "class", name: "dd-privacy-hidden", coversInputValues: true, inherits: true },
  { vendor: "datadog", kind: "unmask", form: "class", name: "dd-privacy-allow", coversInputValues: true, inherits: true },
  // rrweb: rr-mask masks text nodes only; rr-ignore reaches the element itself only.
  { vendor: "rrweb", kind: "block", form: "class", name: "rr-block", coversInputValues: true, inherits: true, suggested: true },
  { vendor: "rrweb", kind: "mask", form: "class", name: "rr-mask", coversInputValues: false, inherits: true },
  { vendor: "rrweb", kind: "ignore", form: "class", name: "rr-ignore", coversInputValues: true, inherits: false },
  // Amplitude: amp-mask covers text and input values; mask wins over unmask.
  { vendor: "amplitude", kind: "mask", form: "class", name: "amp-mask", coversInputValues: true, inherits: true, suggested: true },
  { vendor: "amplitude", kind: "block", form: "class", name: "amp-block", coversInputValues: true, inherits: true },
  { vendor: "amplitude", kind: "unmask", form: "class", name: "amp-unmask", coversInputValues: true, inherits: true },
  // Mixpanel also honours other vendors' block and mask classes.
  { vendor: "mixpanel", kind: "block", form: "class", name: "mp-block", coversInputValues: true, inherits: true },
  { vendor: "mixpanel", kind: "mask", form: "class", name: "mp-mask", coversInputValues: true, inherits: true, suggested: true },
  ...(["fs-exclude", "amp-block", "rr-block", "ph-no-capture"] as const).map(
    (name): MarkerFact => ({ vendor: "mixpanel", kind: "block", form: "class", name, coversInputValues: true, inherits: true }),
  ),
  ...(["fs-mask", "amp-mask"] as const).map(
    (name): MarkerFact => ({ vendor: "mixpanel", kind: "mask", form: "class", name, coversInputValues: true, inherits: true }),
  ),
  // Yandex Metrica (not in the reference; yandex.com/support/metrica, "Setting up data collection"): its
  // classes hold for the element and its children. ym-disable-keys keeps what is typed in fields out of
  // Session Replay (Webvisor); ym-hide-content hides elements; ym-record-keys and ym-show-content record them.
  { vendor: "yandexmetrica", kind: "mask", form: "class", name: "ym-disable-keys", coversInputValues: true, inherits: true, suggested: true },
  { vendor: "yandexmetrica", kind: "block", form: "class", name: "ym-hide-content", coversInputValues: true, inherits: true },
  { vendor: "yandexmetrica", kind: "unmask", form: "class", name: "ym-record-keys", coversInputValues: true, inherits: true, fieldsOnly: true },
  { vendor: "yandexmetrica", kind: "unmask", form: "class", name: "ym-show-content", coversInputValues: false, inherits: true },
  // Highlight: highlight-mask is its rrweb fork's maskTextClass (text); data-hl-record unmasks the element only.
  { vendor: "highlight", kind: "block", form: "class", name: "highlight-block", coversInputValues: true, inherits: true, suggested: true },
  { vendor: "highlight", kind: "mask", form: "class", name: "highlight-mask", coversInputValues: false, inherits: true },
  { vendor: "highlight", kind: "ignore", form: "class", name: "highlight-ignore", coversInputValues: true, inherits: false },
  { vendor: "highlight", kind: "unmask", form: "attribute", name: "data-hl-record", coversInputValues: true, inherits: false },
  // OpenReplay.
  { vendor: "openreplay", kind: "mask", form: "attribute", name: "data-openreplay-obscured", coversInputValues: true, inherits: true, suggested: true },
  { vendor: "openreplay", kind: "mask", form: "attribute", name: "data-openreplay-masked", coversInputValues: true, inherits: true },
  { vendor: "openreplay", kind: "block", form: "attribute", name: "data-openreplay-hidden", coversInputValues: true, inherits: true },
  { vendor: "openreplay", kind: "block", form: "attribute", name: "data-openreplay-htmlmasked", coversInputValues: true, inherits: true },
  { vendor: "openreplay", kind: "unmask", form: "attribute", name: "data-openreplay-unmask", coversInputValues: true, inherits: false },
  // New Relic: nr-mask / data-nr-mask feed mask_text_selector (text); unmask works on form fields only.
  { vendor: "newrelic", kind: "block", form: "attribute", name: "data-nr-block", coversInputValues: true, inherits: true, suggested: true },
  { vendor: "newrelic", kind: "block", form: "class", name: "nr-block", coversInputValues: true, inherits: true },
  { vendor: "newrelic", kind: "mask", form: "attribute", name: "data-nr-mask", coversInputValues: false, inherits: true },
  { vendor: "newrelic", kind: "mask", form: "class", name: "nr-mask", coversInputValues: false, inherits: true },
  { vendor: "newrelic", kind: "ignore", form: "class", name: "nr-ignore", coversInputValues: true, inherits: false },
  { vendor: "newrelic", kind: "unmask", form: "attribute", name: "data-nr-unmask", coversInputValues: true, inherits: false, fieldsOnly: true },
  { vendor: "newrelic", kind: "unmask", form: "class", name: "nr-unmask", coversInputValues: true, inherits: false, fieldsOnly: true },
  // Heap: the whole element is redacted in replay.
  { vendor: "heap", kind: "block", form: "attribute", name: "data-heap-redact-text", coversInputValues: true, inherits: true, suggested: true },
  { vendor: "heap", kind: "block", form: "attribute", name: "data-heap-redact-attributes", coversInputValues: true, inherits: true },
  // Contentsquare (third-party source, unverified by the vendor).
  { vendor: "contentsquare", kind: "mask", form: "attribute", name: "data-cs-mask", coversInputValues: true, inherits: true, suggested: true },
  // Mouseflow (unverified).
  { vendor: "mouseflow", kind: "block", form: "attribute", name: "data-mf-replace", coversInputValues: true, inherits: false },
  // SessionCam / Glassbox: value masking class on form fields.
  { vendor: "sessioncam", kind: "mask", form: "class", name: "sessioncamexclude", coversInputValues: true, inherits: false, suggested: true },
  { vendor: "sessioncam", kind: "mask", form: "class", name: "sessioncamhidetext", coversInputValues: false, inherits: true },
  { vendor: "glassbox", kind: "mask", form: "class", name: "sessioncamexclude", coversInputValues: true, inherits: false },
];

/** The marker written by the quick fix, per vendor (one each). */
export const SUGGESTED_MARKERS: ReadonlyMap<VendorId, MarkerFact> = new Map(
  MARKERS.filter((marker) => marker.suggested).map((marker) => [marker.vendor, marker]),
);

/** Vendors whose quick fixes are offered when `settings["replay-privacy"].recorders` is not set. */
export const DEFAULT_SUGGESTION_VENDORS: readonly VendorId[] = ["logrocket", "fullstory", "sentry", "hotjar"];

/**
 * How a vendor settles an unmask marker against mask markers:
 * - "mask-wins": any mask/block marker reaching the element beats unmask (FullStory: Exclude > Mask >
 *   Unmask; Amplitude: mask wins over unmask)
 * - "nearest-wins": the element's nearest own level wins, but a block (`hidden`) is final (Datadog)
 */
export const UNMASK_PRECEDENCE: Partial<Record<VendorId, "mask-wins" | "nearest-wins">> = {
  fullstory: "mask-wins",
  amplitude: "mask-wins",
  datadog: "nearest-wins",
};

/**
 * Inputs a vendor masks whatever markers say: Datadog (browser-sdk v7) never records
 * `type=password|email|tel|hidden` or `autocomplete=cc-*|*-password`.
 */
export const ALWAYS_MASKED_INPUTS: Partial<Record<VendorId, { types: readonly string[]; autocompletePrefixes: readonly string[]; autocompleteSuffixes: readonly string[] }>> = {
  datadog: { types: ["password", "email", "tel", "hidden"], autocompletePrefixes: ["cc-"], autocompleteSuffixes: ["-password"] },
};
