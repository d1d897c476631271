/**
 * Consent checks found by reading text, for code we do not parse: inline `<script>` bodies and
 * snippet strings, and server-template conditionals around a `<script>` (`{% if consent %}`).
 * Deliberately narrow: a condition counts when it names consent or a consent platform's category.
 */
import { ACCEPT_CALLBACK_KEYS } from "../data/consent-platforms.js";
import { ACCEPT_EVENTS, CMP_CHECK_FUNCTIONS, CMP_GLOBALS, classifyCategory, classifyName, classifyValue, encodesAcceptedConsent } from "./consent-names.js";

const IF_CONDITION = /\bif\s*\(/g;
const IDENTIFIER_OR_STRING = /[A-Z_$][\w$]*|'[^'\n]*'|"[^"\n]*"|`[^`\n]*`/gi;
const EVENT_REGISTRATION = /addEventListener\s*\(\s*['"]([^'"]+)['"]/g;
const ACCEPT_KEY = new RegExp(`\\b(?:${[...ACCEPT_CALLBACK_KEYS].join("|")})\\s*[:=(]`);
const ACCEPT_GLOBAL_CALLBACK = new RegExp(`\\b(?:${[...ACCEPT_EVENTS].filter((name) => /^\w+$/.test(name)).join("|")})\\b\\s*(?:=|\\()|function\\s+(?:${[...ACCEPT_EVENTS].filter((name) => /^\w+$/.test(name)).join("|")})\\b`);

/** Whether a condition's text reads a consent decision. */
const QUOTED = /^['"`]/u;
/**
 * Where code reads the visitor's cookies: PHP `$_COOKIE`, Django `request.COOKIES`, Rails `cookies[...]`,
 * js-cookie's `Cookies.get(...)`, and a page's own reader (`getCookie('cookies-accepted')`, `readCookie`).
 */
const COOKIE_STORES = /^\$?(?:_COOKIE|COOKIES|cookies|cookie|Cookies|Cookie)$|^(?:get|read|has|check)_?[Cc]ookie(?:Value)?$/u;

export function conditionTextReadsConsent(condition: string, guards: ReadonlySet<string> = new Set()): boolean {
  let consent = false;
  let cmp = false;
  let category = false;
  let store = false;
  let consentKey = false;
  for (const match of condition.matchAll(IDENTIFIER_OR_STRING)) {
    const token = match[0];
    const quoted = QUOTED.test(token);
    const value = quoted ? token.slice(1, -1) : token;
    if (quoted) {
      if (encodesAcceptedConsent(value)) consent = true;
      if (classifyName(value).consent) consentKey = true;
      for (const part of value.split(/[\s,]+/)) {
        const kind = classifyCategory(part);
        if (kind === "always-on") return false;
        if (kind !== "unknown") category = true;
      }
      continue;
    }
    if (guards.has(value)) return true;
    if (COOKIE_STORES.test(value)) store = true;
    const kind = classifyCategory(value);
    if (kind === "always-on") return false;
    if (kind !== "unknown") category = true;
    if (CMP_GLOBALS.has(value) || CMP_CHECK_FUNCTIONS.has(value)) cmp = true;
    if (classifyName(value).consent) consent = true;
  }
  // `<?php if (isset($_COOKIE['cookie_consent'])): ?>`: a consent key read from the visitor's cookies.
  return consent || (cmp && category) || (store && consentKey);
}

/** Balanced-parenthesis condition text after `if (`. */
function conditionAt(text: string, open: number): string {
  let depth = 1;
  let i = open;
  for (; i < text.length && depth > 0; i += 1) {
    const char = text[i];
    if (char === "(") depth += 1;
    else if (char === ")") depth -= 1;
  }
  return text.slice(open, i - 1);
}

/** Where a page's own banner keeps the visitor's choice. */
const BROWSER_STORAGE = /\b(?:localStorage|sessionStorage)\b|document\.cookie/u;

/** The quoted strings of a text, without their quotes. */
function* quotedStrings(text: string): Generator<string> {
  for (const match of text.matchAll(IDENTIFIER_OR_STRING)) {
    if (QUOTED.test(match[0])) yield match[0].slice(1, -1);
  }
}

/** Whether the condition compares with an accepting value (`read() === "granted"`, `choice == 'yes'`). */
function comparesWithAcceptValue(condition: string): boolean {
  for (const value of quotedStrings(condition)) if (classifyValue(value) === "accept") return true;
  return false;
}

/**
 * A banner written in the page: the script keeps the choice in browser storage under a consent key
 * (`var KEY = "cookie_consent"; ... localStorage.getItem(KEY)`), so a condition comparing a value with
 * an accepting one (`if (read() === "granted") enableAll()`) is its consent check.
 */
function storesConsentChoice(text: string): boolean {
  if (!BROWSER_STORAGE.test(text)) return false;
  for (const value of quotedStrings(text)) if (classifyName(value).consent) return true;
  return false;
}

/** Whether script text holds a consent check or an accept-only callback (anywhere in it). */
export function scriptTextHasConsentGate(text: string, guards: ReadonlySet<string> = new Set()): boolean {
  let storesChoice: boolean | undefined;
  for (const match of text.matchAll(IF_CONDITION)) {
    const condition = conditionAt(text, match.index + match[0].length);
    if (conditionTextReadsConsent(condition, guards)) return true;
    if (comparesWithAcceptValue(condition) && (storesChoice ??= storesConsentChoice(text))) return true;
  }
  for (const match of text.matchAll(EVENT_REGISTRATION)) {
    const event = match[1] ?? "";
    if (ACCEPT_EVENTS.has(event) || (/consent|cookie/i.test(event) && /accept|granted|given/i.test(event))) return true;
  }
  if (ACCEPT_KEY.test(text) || ACCEPT_GLOBAL_CALLBACK.test(text)) return true;
  return false;
}

// Server-template conditionals -------------------------------------------------------------------

/** Openers and closers of the common template languages; group 1 = an opener's condition. */
const TEMPLATE_BLOCK = new RegExp(
  [
    String.raw`\{%-?\s*(?:if|elif|unless)\b([^%]*)%\}`, // Jinja, Django, Twig, Liquid, Nunjucks
    String.raw`\{\{#(?:if|unless)\b([^}]*)\}\}`, // Handlebars
    String.raw`<%[-=]?\s*(?:if|unless)\b([^%]*)%>`, // EJS, ERB
    String.raw`<\?php\s+if\b([^?]*)\?>`, // PHP
    String.raw`@if\b([^\n]*)`, // Blade
    // closers
    String.raw`(\{%-?\s*end(?:if|unless)\b[^%]*%\}|\{\{\/(?:if|unless)\}\}|<%[-=]?\s*(?:\}|end\b)[^%]*%>|<\?php\s+(?:endif|\})[^?]*\?>|@endif)`,
  ].join("|"),
  "g",
);

/**
 * Whether the position in a template file is inside a template conditional that reads consent
 * (`{% if cookie_consent.analytics %}...{% endif %}`, `{{#if consentGiven}}`, `<% if consent %>`).
 */
export function insideConsentTemplateBlock(text: string, position: number, guards: ReadonlySet<string> = new Set()): boolean {
  const stack: boolean[] = [];
  TEMPLATE_BLOCK.lastIndex = 0;
  for (let match = TEMPLATE_BLOCK.exec(text); match && match.index < position; match = TEMPLATE_BLOCK.exec(text)) {
    if (match[6]) {
      stack.pop();
      continue;
    }
    const condition = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? "";
    stack.push(conditionTextReadsConsent(condition, guards));
  }
  return stack.some(Boolean);
}
