/**
 * Consent-platform (CMP) facts used to recognise consent checks: HTML script-blocking markup, JS
 * globals and check functions, callbacks and events (and which of them fire on reject or on every
 * load), consent categories, and the vocabulary of consent values.
 *
 * Source: ../shared/reference/consent.md and consent.json. Facts only; the logic lives in
 * src/core/consent-*.ts.
 */

export interface ConsentPlatformMarkup {
  /** Non-JavaScript script types the platform uses (`text/plain`, `didomi/javascript`...). */
  types: readonly string[];
  /** Attributes that carry the consent category or service of a blocked script. */
  categoryAttributes: readonly string[];
  /** Class names that mark a blocked script (a trailing `*` matches any suffix: `optanon-category-*`). */
  categoryClasses: readonly string[];
  /**
   * Attributes that block an executable `<script src>` at run time without a type change
   * (CookieYes, Osano). Only honoured on scripts with their own `src`.
   */
  runtimeBlockingAttributes: readonly string[];
}

/** The markup that blocks a recorder script until analytics consent, offered as a suggestion. */
export interface BlockingSuggestion {
  /** New `type` of the script, or null when the platform blocks by attribute alone. */
  type: string | null;
  /** Attributes to add; `{vendor}` stands for the recorder's name (service-based platforms). */
  attributes: Readonly<Record<string, string>>;
  /** The platform only blocks scripts with their own `src` (CookieYes, Osano). */
  srcOnly: boolean;
}

export interface ConsentPlatform {
  name: string;
  markup: ConsentPlatformMarkup | null;
  /** Fragments of the platform's own loader script URL, to recognise it on a page. */
  loaders?: readonly string[];
  suggestion?: BlockingSuggestion;
  /** Globals whose reads are consent reads when they name a category (`Cookiebot.consent.statistics`). */
  globals: readonly string[];
  /** Functions whose result is a consent decision (`cmplz_has_consent('statistics')`). */
  checkFunctions: readonly string[];
  /** Events and callbacks that fire only when the visitor accepts. */
  acceptEvents: readonly string[];
  /** Events and callbacks that also fire on reject or on every page load (need a category check inside). */
  listenerEvents: readonly string[];
  /** Page-level auto-blocker scripts (host + path fragments). */
  autoBlockers: readonly string[];
}

const NO_MARKUP = null;

export const CONSENT_PLATFORMS: readonly ConsentPlatform[] = [
  {
    name: "Cookiebot",
    loaders: ["consent.cookiebot.com/", "consent.cookiebot.eu/"],
    suggestion: { type: "text/plain", attributes: { "data-cookieconsent": "statistics" }, srcOnly: false },
    markup: { types: ["text/plain"], categoryAttributes: ["data-cookieconsent"], categoryClasses: [], runtimeBlockingAttributes: [] },
    globals: ["Cookiebot", "CookieConsent"],
    checkFunctions: [],
    acceptEvents: ["CookiebotOnAccept", "CookiebotCallback_OnAccept"],
    listenerEvents: ["CookiebotOnConsentReady", "CookiebotOnLoad", "CookiebotOnTagsExecuted", "CookiebotOnDecline", "CookiebotCallback_OnDecline", "CookiebotCallback_OnLoad"],
    autoBlockers: ["consent.cookiebot.com/uc.js"],
  },
  {
    name: "OneTrust",
    loaders: ["cdn.cookielaw.org/", "otsdkstub.js", "cookiepro.com/"],
    suggestion: { type: "text/plain", attributes: { class: "optanon-category-C0002" }, srcOnly: false },
    markup: { types: ["text/plain"], categoryAttributes: [], categoryClasses: ["optanon-category-*"], runtimeBlockingAttributes: [] },
    globals: ["OnetrustActiveGroups", "OptanonActiveGroups", "OneTrust", "Optanon"],
    checkFunctions: [],
    acceptEvents: [],
    listenerEvents: ["OneTrustGroupsUpdated", "OTConsentApplied", "OnConsentChanged", "OptanonWrapper"],
    autoBlockers: ["otautoblock.js"],
  },
  {
    name: "Usercentrics",
    loaders: ["usercentrics.eu/"],
    suggestion: { type: "text/plain", attributes: { "data-usercentrics": "{vendor}" }, srcOnly: false },
    markup: { types: ["text/plain"], categoryAttributes: ["data-usercentrics"], categoryClasses: [], runtimeBlockingAttributes: [] },
    globals: ["UC_UI", "__ucCmp"],
    checkFunctions: ["areAllConsentsAccepted", "getServicesBaseInfo"],
    acceptEvents: [],
    listenerEvents: ["UC_UI_INITIALIZED", "UC_UI_CMP_EVENT", "ucEvent", "UC_CMP_API_READY", "UC_CONSENT"],
    autoBlockers: ["usercentrics.eu/modules/autoblocker.js"],
  },
  {
    name: "iubenda",
    loaders: ["cdn.iubenda.com/", "cs.iubenda.com/"],
    suggestion: { type: "text/plain", attributes: { class: "_iub_cs_activate", "data-iub-purposes": "4" }, srcOnly: false },
    markup: {
      types: ["text/plain"],
      categoryAttributes: ["data-iub-purposes"],
      categoryClasses: ["_iub_cs_activate", "_iub_cs_activate-inline"],
      runtimeBlockingAttributes: [],
    },
    globals: ["_iub"],
    checkFunctions: ["isConsentGiven"],
    acceptEvents: ["onConsentGiven"],
    listenerEvents: ["onPreferenceExpressed", "onConsentRead"],
    autoBlockers: ["cs.iubenda.com/autoblocking/"],
  },
  {
    name: "Osano",
    loaders: ["cmp.osano.com/"],
    suggestion: { type: null, attributes: { "data-osano": "ANALYTICS" }, srcOnly: true },
    markup: { types: [], categoryAttributes: [], categoryClasses: [], runtimeBlockingAttributes: ["data-osano"] },
    globals: ["Osano"],
    checkFunctions: ["getConsent"],
    acceptEvents: [],
    // Per-category events (`osano-cm-analytics`, ...; Osano's bundle names them CONSENT_ACCEPT_*) are not
    // in the reference; their callback gets "ACCEPT" or "DENY", so the check inside still counts.
    listenerEvents: ["osano-cm-initialized", "osano-cm-consent-changed", "osano-cm-consent-saved", "osano-cm-script-blocked", "onInitialized",
      "osano-cm-analytics", "osano-cm-marketing", "osano-cm-personalization"],
    autoBlockers: ["cmp.osano.com/"],
  },
  {
    name: "Didomi",
    markup: {
      types: ["didomi/javascript", "didomi/html"],
      categoryAttributes: ["data-vendor", "data-vendor-raw", "data-purposes"],
      categoryClasses: [],
      runtimeBlockingAttributes: [],
    },
    globals: ["Didomi", "didomiOnReady", "didomiEventListeners"],
    checkFunctions: ["getUserConsentStatusForPurpose", "getUserConsentStatusForVendor", "getUserStatusForVendor", "getCurrentUserStatus"],
    acceptEvents: [],
    listenerEvents: ["didomiOnReady", "consent.changed"],
    autoBlockers: [],
  },
  {
    name: "Klaro",
    markup: { types: ["text/plain"], categoryAttributes: ["data-name"], categoryClasses: [], runtimeBlockingAttributes: [] },
    globals: ["klaro"],
    checkFunctions: ["getConsent"],
    acceptEvents: ["onAccept"],
    listenerEvents: ["onInit", "onDecline", "watch"],
    autoBlockers: [],
  },
  {
    name: "orestbida cookieconsent",
    loaders: ["orestbida/cookieconsent", "vanilla-cookieconsent"],
    suggestion: { type: "text/plain", attributes: { "data-category": "analytics" }, srcOnly: false },
    markup: {
      types: ["text/plain"],
      categoryAttributes: ["data-category", "data-cookiecategory"],
      categoryClasses: [],
      runtimeBlockingAttributes: [],
    },
    globals: ["CookieConsent", "cc"],
    checkFunctions: ["acceptedCategory", "acceptedService", "allowedCategory"],
    acceptEvents: [],
    listenerEvents: ["cc:onFirstConsent", "cc:onConsent", "cc:onChange", "onFirstConsent", "onConsent", "onChange", "onFirstAction"],
    autoBlockers: [],
  },
  {
    name: "CookieYes",
    loaders: ["cdn-cookieyes.com/"],
    suggestion: { type: null, attributes: { "data-cookieyes": "cookieyes-analytics" }, srcOnly: true },
    markup: {
      types: ["text/plain"],
      categoryAttributes: ["data-cli-script-type", "data-cookieyes"],
      categoryClasses: [],
      runtimeBlockingAttributes: ["data-cookieyes"],
    },
    globals: ["CLI", "getCkyConsent"],
    checkFunctions: ["getCkyConsent"],
    acceptEvents: [],
    listenerEvents: ["cookieyes_consent_update", "cookieyes_banner_load"],
    autoBlockers: [],
  },
  {
    name: "Complianz",
    loaders: ["/complianz-gdpr", "/complianz-gdpr-premium"],
    suggestion: { type: "text/plain", attributes: { "data-category": "statistics" }, srcOnly: false },
    markup: {
      types: ["text/plain"],
      categoryAttributes: ["data-category", "data-service"],
      categoryClasses: [],
      runtimeBlockingAttributes: [],
    },
    globals: [],
    checkFunctions: ["cmplz_has_consent", "cmplz_has_service_consent"],
    acceptEvents: [],
    listenerEvents: [
      "cmplz_enable_category",
      "cmplz_status_change",
      "cmplz_status_change_service",
      "cmplz_fire_categories",
      "cmplz_run_after_all_scripts",
      "cmplz_cookie_warning_loaded",
      "cmplz_before_category",
      "cmplz_banner_status",
    ],
    autoBlockers: [],
  },
  {
    name: "Termly",
    loaders: ["app.termly.io/"],
    suggestion: { type: "text/plain", attributes: { "data-categories": "analytics" }, srcOnly: false },
    markup: { types: ["text/plain"], categoryAttributes: ["data-categories"], categoryClasses: [], runtimeBlockingAttributes: [] },
    globals: ["Termly"],
    checkFunctions: ["getConsentState"],
    acceptEvents: [],
    listenerEvents: ["initialized", "consent", "userPrefUpdate"],
    autoBlockers: ["resource-blocker/"],
  },
  {
    name: "TrustArc",
    markup: NO_MARKUP,
    globals: ["truste"],
    checkFunctions: [],
    acceptEvents: [],
    listenerEvents: [],
    autoBlockers: [],
  },
  {
    name: "Quantcast Choice / IAB TCF v2",
    markup: NO_MARKUP,
    globals: ["__tcfapi", "tcData"],
    checkFunctions: [],
    acceptEvents: [],
    listenerEvents: ["__tcfapi"],
    autoBlockers: [],
  },
  {
    name: "Axeptio",
    markup: NO_MARKUP,
    globals: ["_axcb"],
    checkFunctions: [],
    acceptEvents: [],
    listenerEvents: ["cookies:complete", "_axcb"],
    autoBlockers: [],
  },
  {
    name: "Borlabs Cookie",
    markup: NO_MARKUP,
    globals: ["BorlabsCookie"],
    checkFunctions: ["hasConsentForServiceGroup", "hasConsent"],
    acceptEvents: [],
    listenerEvents: ["borlabs-cookie-handle-unblock", "borlabs-cookie-consent-saved", "borlabs_cookie_consent_saved"],
    autoBlockers: [],
  },
  {
    name: "CookieFirst",
    loaders: ["consent.cookiefirst.com/"],
    suggestion: { type: "text/plain", attributes: { "data-cookiefirst-category": "performance" }, srcOnly: false },
    markup: {
      types: ["text/plain"],
      categoryAttributes: ["data-cookiefirst-category"],
      categoryClasses: [],
      runtimeBlockingAttributes: [],
    },
    globals: ["CookieFirst"],
    checkFunctions: [],
    acceptEvents: [],
    listenerEvents: ["cf_init", "cf_consent"],
    autoBlockers: [],
  },
  {
    name: "Sourcepoint",
    markup: NO_MARKUP,
    globals: ["_sp_", "_sp_queue", "__gpp"],
    checkFunctions: [],
    acceptEvents: [],
    listenerEvents: ["onConsentReady"],
    autoBlockers: [],
  },
  {
    name: "Ketch",
    markup: NO_MARKUP,
    globals: ["ketch"],
    checkFunctions: ["getConsent"],
    acceptEvents: [],
    listenerEvents: ["consent"],
    autoBlockers: [],
  },
  {
    name: "Google Consent Mode",
    markup: NO_MARKUP,
    globals: ["google_tag_data"],
    checkFunctions: ["getConsentState"],
    acceptEvents: [],
    listenerEvents: [],
    autoBlockers: [],
  },
  {
    name: "WP Consent API",
    markup: NO_MARKUP,
    globals: ["wp_consent_type"],
    checkFunctions: ["wp_has_consent"],
    acceptEvents: [],
    listenerEvents: ["wp_listen_for_consent_change", "wp_consent_type_defined"],
    autoBlockers: [],
  },
  {
    name: "consentmanager.net",
    markup: {
      types: ["text/plain"],
      categoryAttributes: ["data-cmp-vendor", "data-cmp-purpose"],
      categoryClasses: ["cmplazyload"],
      runtimeBlockingAttributes: [],
    },
    globals: ["__cmp"],
    checkFunctions: [],
    acceptEvents: [],
    listenerEvents: [],
    autoBlockers: ["consentmanager.net/delivery/autoblocking/"],
  },
  {
    name: "Pandectes",
    markup: { types: ["javascript/blocked"], categoryAttributes: ["data-cookiecategory"], categoryClasses: [], runtimeBlockingAttributes: [] },
    globals: [],
    checkFunctions: [],
    acceptEvents: [],
    listenerEvents: [],
    autoBlockers: [],
  },
  {
    name: "CookieScript",
    markup: {
      types: ["text/plain"],
      categoryAttributes: ["data-cookiecategory", "data-cookiescript"],
      categoryClasses: [],
      runtimeBlockingAttributes: [],
    },
    globals: ["CookieScript"],
    checkFunctions: [],
    acceptEvents: ["CookieScriptAccept", "CookieScriptAcceptAll"],
    listenerEvents: ["CookieScriptReject", "CookieScriptClose", "CookieScriptLoaded"],
    autoBlockers: [],
  },
  {
    name: "HubSpot cookie banner",
    markup: NO_MARKUP,
    globals: ["_hsq"],
    checkFunctions: [],
    acceptEvents: [],
    listenerEvents: ["addPrivacyConsentListener"],
    autoBlockers: [],
  },
  {
    name: "Cloudflare Zaraz",
    markup: NO_MARKUP,
    globals: ["zaraz"],
    checkFunctions: [],
    acceptEvents: [],
    listenerEvents: ["zarazConsentAPIReady", "zarazConsentChoicesUpdated"],
    autoBlockers: [],
  },
  {
    name: "Insites / Osano cookieconsent v3",
    markup: NO_MARKUP,
    globals: ["cookieconsent"],
    checkFunctions: ["hasConsented"],
    acceptEvents: [],
    listenerEvents: ["onInitialise", "onStatusChange", "onRevokeChoice"],
    autoBlockers: [],
  },
  {
    name: "Cookie Information",
    markup: {
      types: ["text/plain"],
      categoryAttributes: ["data-category-consent"],
      categoryClasses: [],
      runtimeBlockingAttributes: [],
    },
    globals: ["CookieInformation"],
    checkFunctions: ["getConsentGivenFor"],
    acceptEvents: [],
    listenerEvents: ["CookieInformationConsentGiven"],
    autoBlockers: [],
  },
  {
    name: "Civic Cookie Control",
    markup: { types: ["text/plain"], categoryAttributes: ["data-cc-category"], categoryClasses: [], runtimeBlockingAttributes: [] },
    globals: ["CookieControl"],
    checkFunctions: ["getCategoryConsent"],
    acceptEvents: [],
    listenerEvents: [],
    autoBlockers: [],
  },
  {
    name: "CCM19",
    markup: { types: ["text/x-ccm-loader"], categoryAttributes: ["data-ccm-loader-group"], categoryClasses: [], runtimeBlockingAttributes: [] },
    globals: ["CCM"],
    checkFunctions: [],
    acceptEvents: [],
    listenerEvents: [],
    autoBlockers: [],
  },
  {
    name: "CookieHub",
    markup: { types: ["text/plain"], categoryAttributes: ["data-consent"], categoryClasses: [], runtimeBlockingAttributes: [] },
    globals: ["cookiehub"],
    checkFunctions: ["hasConsented"],
    acceptEvents: [],
    listenerEvents: [],
    autoBlockers: [],
  },
];

/**
 * Consent categories that are always on or are not about analytics consent: gating a recorder
 * behind them is a category mismatch (consent.md §8 traps). Compared lowercase, `-`/`_`/space removed.
 */
export const ALWAYS_ON_CATEGORIES: ReadonlySet<string> = new Set([
  "necessary",
  "strictlynecessary",
  "essential",
  "required",
  "functional",
  "functionality",
  "technical",
  "c0001",
  "cookieyesnecessary",
  "cookieyesfunctional",
  "functionalitystorage",
  "securitystorage",
  "statisticsanonymous",
  "ignore",
]);

/** Analytics-class categories: where every CMP files a session recorder. Normalised like above. */
export const ANALYTICS_CATEGORIES: ReadonlySet<string> = new Set([
  "analytics",
  "analytic",
  "statistics",
  "statistic",
  "stats",
  "performance",
  "measurement",
  "c0002",
  "cookieyesanalytics",
  "cookieyesperformance",
  "analyticsstorage",
  "cookiecatstatistic",
  "tracking",
]);

/** Other consent categories: consent, but not the analytics one (still a consent check). */
export const OTHER_CONSENT_CATEGORIES: ReadonlySet<string> = new Set([
  "marketing",
  "advertising",
  "targeting",
  "preferences",
  "personalization",
  "personalisation",
  "experience",
  "socialnetworking",
  "social",
  "c0003",
  "c0004",
  "c0005",
  "adstorage",
  "cookieyesadvertisement",
]);

/** Values meaning "accepted" in consent state comparisons (lowercase). */
export const ACCEPT_VALUES: ReadonlySet<string> = new Set([
  "true",
  "yes",
  "y",
  "1",
  "accept",
  "accepted",
  "acceptall",
  "accept-all",
  "accept_all",
  "allow",
  "allowed",
  "allowall",
  "allow-all",
  "grant",
  "granted",
  "given",
  "agree",
  "agreed",
  "all",
  "opt-in",
  "optin",
  "opted-in",
  "optedin",
  "in",
  "on",
  "enabled",
  "approved",
  "consented",
  "full",
]);

/** Values meaning "declined" (lowercase). */
export const REJECT_VALUES: ReadonlySet<string> = new Set([
  "false",
  "no",
  "n",
  "0",
  "decline",
  "declined",
  "deny",
  "denied",
  "reject",
  "rejected",
  "rejectall",
  "reject-all",
  "refused",
  "opt-out",
  "optout",
  "opted-out",
  "off",
  "disabled",
  "revoked",
  "withdrawn",
  "not-granted",
  "necessary",
  "essential",
]);

/** Script `type` values that browsers execute as JavaScript (lowercase, parameters stripped). */
export const JAVASCRIPT_TYPES: ReadonlySet<string> = new Set([
  "",
  "module",
  "text/javascript",
  "application/javascript",
  "text/ecmascript",
  "application/ecmascript",
  "application/x-javascript",
  "application/x-ecmascript",
  "text/x-javascript",
  "text/x-ecmascript",
  "text/jscript",
  "text/livescript",
  "text/javascript1.0",
  "text/javascript1.1",
  "text/javascript1.2",
  "text/javascript1.3",
  "text/javascript1.4",
  "text/javascript1.5",
  // Run by a library on the page rather than the browser, but they do run.
  "text/babel",
  "text/jsx",
  "text/partytown",
  // Page-speed loaders that hold a script until the first scroll or click, then run it whatever the
  // visitor chose: WP Rocket, LiteSpeed Cache, Perfmatters, and Shopify themes' `lazy-script`.
  "rocketlazyloadscript",
  "litespeed/javascript",
  "pmdelayedscript",
  "lazy-script",
]);

/** Props and option keys whose callbacks run only after the visitor accepts. */
export const ACCEPT_CALLBACK_KEYS: ReadonlySet<string> = new Set([
  "onAccept",
  "onAcceptAll",
  "onAccepted",
  "onAcceptCookies",
  "onAcceptAllCookies",
  "onConsentGranted",
  "onConsentGiven",
  "onConsentAccepted",
  "onAllow",
  "onAllowAll",
  "onAgree",
  "onOptIn",
  "onGrant",
  "onGranted",
  "acceptCallback",
  "onAcceptCallback",
]);

/** Calls whose object argument's `onAccept`-like callbacks fire on every load (orestbida, Insites). */
export const LISTENER_CONFIG_CALLS: ReadonlySet<string> = new Set(["run", "initialise", "initialize"]);

/** Method names that register event listeners (`addEventListener(event, fn)`, `on(event, fn)`). */
export const LISTENER_METHODS: ReadonlySet<string> = new Set(["addEventListener", "on", "once", "bind", "subscribe", "addListener"]);
