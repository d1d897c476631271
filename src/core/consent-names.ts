/**
 * Consent vocabulary: which identifiers, strings and values talk about the visitor's consent.
 * Pure functions over names; no AST.
 */
import {
  ACCEPT_VALUES,
  ALWAYS_ON_CATEGORIES,
  ANALYTICS_CATEGORIES,
  CONSENT_PLATFORMS,
  OTHER_CONSENT_CATEGORIES,
  REJECT_VALUES,
} from "../data/consent-platforms.js";

const WORD_SPLIT = /[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/;

/** `cookiesAccepted` -> ["cookies", "accepted"]; `OnetrustActiveGroups` -> ["onetrust", "active", "groups"]. */
export function tokenize(name: string): string[] {
  return name
    .split(WORD_SPLIT)
    .filter((part) => part.length > 0)
    .map((part) => part.toLowerCase());
}

const CONSENT_WORDS = new Set(["consent", "consents", "consented", "consenting", "consentment", "gdprconsent", "cookieconsent"]);
const ACCEPT_WORDS = new Set([
  "accept",
  "accepted",
  "accepts",
  "acceptance",
  "agree",
  "agreed",
  "allow",
  "allowed",
  "allows",
  "approve",
  "approved",
  "grant",
  "granted",
  "permit",
  "permitted",
]);
const CONTEXT_WORDS = new Set([
  "cookiebanner",
  "cookie",
  "cookies",
  "tracking",
  "track",
  "tracker",
  "trackers",
  "analytics",
  "analytic",
  "statistics",
  "stats",
  "privacy",
  "gdpr",
  "marketing",
  "recording",
  "replay",
  "performance",
  "measurement",
  "all",
]);
const REJECT_WORDS = new Set(["decline", "declined", "reject", "rejected", "deny", "denied", "refuse", "refused", "revoke", "revoked", "withdraw", "withdrawn"]);
/** Words that make a consent-named thing something other than "consent was given". */
const NOT_A_DECISION_WORDS = new Set([
  "banner",
  "modal",
  "dialog",
  "popup",
  "visible",
  "show",
  "shown",
  "open",
  "opened",
  "display",
  "displayed",
  "loaded",
  "loading",
  "ready",
  "initialized",
  "initialised",
  "init",
  "required",
  "needed",
  "applies",
  "apply",
  "mode",
  "version",
  "id",
  "key",
  "url",
  "name",
  "type",
  "region",
  "country",
  "expired",
  "expires",
  "expiry",
  "date",
  "timestamp",
  "set",
  "setter",
  "update",
  "save",
  "store",
  "manager",
  "provider",
  "context",
  "form",
  "text",
  "label",
  "title",
  "link",
  "button",
  "config",
  "settings",
  "options",
  "style",
  "class",
  "error",
  "api",
  "sdk",
]);

const SOLO_DECISION_WORDS = new Set(["granted", "accepted", "consented", "agreed", "optedin"]);

export interface NameMeaning {
  /** The name says consent was given (`cookiesAccepted`, `hasConsent`, `optedIn`). */
  consent: boolean;
  /** The name says consent was refused (`cookiesDeclined`). */
  rejected: boolean;
}

const nameCache = new Map<string, NameMeaning>();

/** What an identifier (variable, property, function name) says about consent. */
export function classifyName(name: string): NameMeaning {
  const cached = nameCache.get(name);
  if (cached) return cached;
  const tokens = tokenize(name);
  const meaning = classifyTokens(tokens);
  if (nameCache.size < 5000) nameCache.set(name, meaning);
  return meaning;
}

function classifyTokens(tokens: readonly string[]): NameMeaning {
  const none: NameMeaning = { consent: false, rejected: false };
  if (tokens.some((token) => NOT_A_DECISION_WORDS.has(token))) return acceptedChoice(tokens) ? { consent: true, rejected: false } : none;
  const hasConsentWord = tokens.some((token) => CONSENT_WORDS.has(token));
  const optIn = hasPair(tokens, "opt", "in") || hasPair(tokens, "opted", "in") || tokens.includes("optin") || tokens.includes("optedin");
  const optOut = hasPair(tokens, "opt", "out") || hasPair(tokens, "opted", "out") || tokens.includes("optout");
  const accept = tokens.some((token) => ACCEPT_WORDS.has(token));
  const reject = tokens.some((token) => REJECT_WORDS.has(token));
  const context = tokens.some((token) => CONTEXT_WORDS.has(token));
  if (optOut) return none;
  // A lone participle (`granted`, `accepted`) names a decision on its own.
  if (tokens.length === 1 && SOLO_DECISION_WORDS.has(tokens[0] as string)) return { consent: true, rejected: false };
  if (reject && (hasConsentWord || context)) return { consent: false, rejected: true };
  if (hasConsentWord || optIn) return { consent: true, rejected: false };
  if (accept && context) return { consent: true, rejected: false };
  // Asking permission to track (`mayWeTrackCurrentUser`): the answer is the visitor's choice. `canTrack`
  // asks whether tracking is possible (a host, a build), so only "may" counts.
  if (PERMISSION_WORDS.has(tokens[0] ?? "") && tokens.some((token) => TRACK_WORDS.has(token))) return { consent: true, rejected: false };
  return none;
}

const PERMISSION_WORDS = new Set(["may"]);
const TRACK_WORDS = new Set(["track", "tracking"]);

/** Where a visitor makes the choice: `cookie_banner_accepted` is a decision, `showBanner` is not. */
const CHOICE_CONTAINERS = new Set(["banner", "modal", "dialog", "popup"]);
const DECIDED_WORDS = new Set(["accepted", "agreed", "allowed", "granted", "approved"]);

/** A cookie banner (modal, popup) that was accepted: its container words only, and a decided participle. */
function acceptedChoice(tokens: readonly string[]): boolean {
  const container = tokens.some((token) => CHOICE_CONTAINERS.has(token));
  const otherwise = tokens.some((token) => NOT_A_DECISION_WORDS.has(token) && !CHOICE_CONTAINERS.has(token));
  return container && !otherwise && tokens.some((token) => DECIDED_WORDS.has(token)) && !tokens.some((token) => REJECT_WORDS.has(token));
}

function hasPair(tokens: readonly string[], first: string, second: string): boolean {
  for (let i = 0; i + 1 < tokens.length; i += 1) if (tokens[i] === first && tokens[i + 1] === second) return true;
  return false;
}

/** A name that says "accept" on its own (handlers: `onAccept`, `acceptCookies`, `handleAcceptAll`). */
export function isAcceptHandlerName(name: string): boolean {
  const tokens = tokenize(name);
  if (tokens.some((token) => REJECT_WORDS.has(token) || token === "out")) return false;
  // Checks (`hasAccepted`, `isAllowed`) are conditions, not handlers.
  const first = tokens[0];
  if (first === "has" || first === "is" || first === "can" || first === "should" || first === "get" || first === "was" || first === "did") {
    return false;
  }
  if (tokens.some((token) => token === "accept" || token === "accepted" || token === "agree" || token === "agreed")) return true;
  if (hasPair(tokens, "opt", "in") || tokens.includes("optin")) return true;
  const consentWord = tokens.some((token) => CONSENT_WORDS.has(token));
  if (consentWord && tokens.some((token) => token === "granted" || token === "given" || token === "grant" || token === "give")) return true;
  const verb = tokens.some((token) => token === "allow" || token === "allowed" || token === "enable" || token === "grant");
  return verb && tokens.some((token) => token === "cookies" || token === "cookie" || token === "tracking" || token === "consent");
}

/** Module paths of an app's consent code: `@/lib/consent`, `./cookie-consent`, `../gdpr`, `utils/cmp`. */
const CONSENT_MODULE_WORDS = new Set([...CONSENT_WORDS, "gdpr", "cmp", "cookiebanner"]);
const CHECK_PREFIXES = new Set(["is", "has", "can", "should", "may"]);

export function isConsentModulePath(path: string): boolean {
  return tokenize(path).some((token) => CONSENT_MODULE_WORDS.has(token));
}

/**
 * A function name that answers a question (`isCategoryAllowed`, `canTrack`, `hasAnalytics`), not one
 * that does something (`showBanner`, `onConsentChange`). Read together with where it comes from.
 */
export function isCheckName(name: string): boolean {
  const tokens = tokenize(name);
  if (tokens.some((token) => REJECT_WORDS.has(token) || token === "out")) return false;
  return CHECK_PREFIXES.has(tokens[0] ?? "") || tokens.some((token) => DECIDED_WORDS.has(token));
}

export type CategoryKind = "analytics" | "other" | "always-on" | "unknown";

/** Normalises a category value: lowercase, `-`, `_`, spaces and a leading `!` kept apart. */
export function normaliseCategory(value: string): string {
  return value.toLowerCase().replace(/[\s_-]+/g, "");
}

export function classifyCategory(value: string): CategoryKind {
  const trimmed = value.trim();
  if (trimmed.startsWith("!")) return "always-on";
  const key = normaliseCategory(trimmed);
  if (ALWAYS_ON_CATEGORIES.has(key)) return "always-on";
  if (ANALYTICS_CATEGORIES.has(key)) return "analytics";
  if (OTHER_CONSENT_CATEGORIES.has(key)) return "other";
  return "unknown";
}

/** Whether a property name (or string) names a consent category. */
export function isCategoryName(value: string): boolean {
  return classifyCategory(value) !== "unknown";
}

export type ValueMeaning = "accept" | "reject" | "unknown";

export function classifyValue(value: unknown): ValueMeaning {
  if (value === true || value === 1) return "accept";
  if (value === false || value === 0) return "reject";
  if (typeof value !== "string") return "unknown";
  const key = value.trim().toLowerCase();
  if (ACCEPT_VALUES.has(key)) return "accept";
  if (REJECT_VALUES.has(key)) return "reject";
  return "unknown";
}

/**
 * A string that encodes an accepted consent state in a cookie or storage string:
 * `cookie_consent=true`, `cookieconsent_status=allow`, `"analytics":true`.
 */
const ENCODED_ACCEPT = /(?:consent|accept|optin|opt_in|agree|allow|statistic|analytic|tracking|gdpr|cookie)[\w-]*["']?\s*[=:]\s*["']?(?:true|yes|1|allow|allowed|accept|accepted|granted|all|agree|agreed)\b/i;
export function encodesAcceptedConsent(text: string): boolean {
  return ENCODED_ACCEPT.test(text);
}

/** Globals of consent platforms (`Cookiebot`, `OnetrustActiveGroups`, `Osano`...). */
export const CMP_GLOBALS: ReadonlySet<string> = new Set(CONSENT_PLATFORMS.flatMap((platform) => platform.globals));

/** Functions whose result is a consent decision (`acceptedCategory`, `cmplz_has_consent`...). */
export const CMP_CHECK_FUNCTIONS: ReadonlySet<string> = new Set(CONSENT_PLATFORMS.flatMap((platform) => platform.checkFunctions));

/** Events and callbacks that fire only on acceptance. */
export const ACCEPT_EVENTS: ReadonlySet<string> = new Set(CONSENT_PLATFORMS.flatMap((platform) => platform.acceptEvents));

/** Events and callbacks that fire on reject or on every load too. */
export const LISTENER_EVENTS: ReadonlySet<string> = new Set(CONSENT_PLATFORMS.flatMap((platform) => platform.listenerEvents));
