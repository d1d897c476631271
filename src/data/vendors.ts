/**
 * Canonical ids of the session-recorder vendors the plugin knows, as users name them in
 * `settings["replay-privacy"].recorders`. Facts per vendor live in the other data modules.
 */
export const VENDORS = {
  fullstory: "FullStory",
  hotjar: "Hotjar",
  logrocket: "LogRocket",
  clarity: "Microsoft Clarity",
  sentry: "Sentry Session Replay",
  posthog: "PostHog",
  datadog: "Datadog RUM",
  rrweb: "rrweb",
  amplitude: "Amplitude Session Replay",
  mixpanel: "Mixpanel Session Replay",
  highlight: "Highlight.io",
  openreplay: "OpenReplay",
  smartlook: "Smartlook",
  newrelic: "New Relic Browser",
  heap: "Heap",
  contentsquare: "Contentsquare",
  dynatrace: "Dynatrace",
  livesession: "LiveSession",
  mouseflow: "Mouseflow",
  quantummetric: "Quantum Metric",
  glassbox: "Glassbox",
  sessioncam: "SessionCam",
  inspectlet: "Inspectlet",
  luckyorange: "Lucky Orange",
  crazyegg: "Crazy Egg",
  medallia: "Medallia DXA",
  noibu: "Noibu",
  uxcam: "UXCam",
  yandexmetrica: "Yandex Metrica Session Replay",
} as const;

export type VendorId = keyof typeof VENDORS;

export const VENDOR_IDS = Object.keys(VENDORS) as VendorId[];

export function isVendorId(value: string): value is VendorId {
  return Object.hasOwn(VENDORS, value);
}
