/**
 * Text scans for recorder snippets and script hosts, with no JS parser: used for inline `<script>`
 * text in HTML pages and for snippet strings inside JS (`dangerouslySetInnerHTML`, `innerHTML`).
 */
import { RECORDER_SDKS, type RecorderSdk, type RecorderVendorId } from "../data/recorder-sdks.js";
import { escapeRegExp } from "../util/strings.js";

export type SnippetStatus = "records" | "deferred";

export interface SnippetMatch {
  sdk: RecorderSdk;
  /** Offset of the match that starts the recorder. */
  index: number;
  length: number;
  status: SnippetStatus;
}

export interface HostMatch {
  sdk: RecorderSdk;
  host: string;
  autostart: boolean;
}

interface CompiledSnippet {
  sdk: RecorderSdk;
  start: RegExp;
  requires: RegExp | null;
  off: RegExp | null;
  defer: RegExp | null;
}

interface CompiledHost {
  sdk: RecorderSdk;
  host: string;
  autostart: boolean;
}

const SNIPPETS: readonly CompiledSnippet[] = RECORDER_SDKS.flatMap((sdk) =>
  sdk.snippet
    ? [
        {
          sdk,
          start: new RegExp(sdk.snippet.start),
          requires: sdk.snippet.requires ? new RegExp(sdk.snippet.requires) : null,
          off: sdk.snippet.off ? new RegExp(sdk.snippet.off) : null,
          defer: sdk.snippet.defer ? new RegExp(sdk.snippet.defer) : null,
        },
      ]
    : [],
);

const HOSTS: readonly CompiledHost[] = RECORDER_SDKS.flatMap((sdk) => sdk.hosts.map((host) => ({ sdk, host: host.host, autostart: host.autostart })));

/** Any recorder host, preceded by a non-host character (so `notstatic.hotjar.com` does not match). */
const ANY_HOST = new RegExp(`(?:^|[^\\w-])(?:${HOSTS.map((host) => escapeRegExp(host.host)).join("|")})`, "i");
/** Any snippet start signature (one pass before the per-vendor checks). */
const ANY_SNIPPET = new RegExp(SNIPPETS.map((snippet) => `(?:${snippet.start.source})`).join("|"));

const HOST_PATTERNS: readonly { host: CompiledHost; pattern: RegExp }[] = HOSTS.map((host) => ({
  host,
  pattern: new RegExp(`(?:^|[^\\w-])${escapeRegExp(host.host)}`, "i"),
}));

/** The recorder host a URL or string points at, autostart hosts first. */
export function matchHost(text: string, vendors?: ReadonlySet<RecorderVendorId>): HostMatch | null {
  if (!ANY_HOST.test(text)) return null;
  let fallback: HostMatch | null = null;
  for (const { host, pattern } of HOST_PATTERNS) {
    if (vendors && !vendors.has(host.sdk.id)) continue;
    if (!pattern.test(text)) continue;
    const match = { sdk: host.sdk, host: host.host, autostart: host.autostart };
    if (host.autostart) return match;
    fallback ??= match;
  }
  return fallback;
}

/** Whether a text may hold a recorder snippet or host (cheap). */
export function mayHoldSnippet(text: string): boolean {
  return ANY_HOST.test(text) || ANY_SNIPPET.test(text);
}

/**
 * A loader that makes its script element inert for a consent manager, which turns it back into a
 * script once the visitor agrees: `r.setAttribute('type', 'text/plain')` with `data-src` and
 * `data-name` (Klaro), as Cookiebot and other platforms gate a `<script type="text/plain">`.
 */
const INERT_SCRIPT_TYPE = /\bsetAttribute\s*\(\s*['"]type['"]\s*,\s*['"]text\/plain['"]|\.type\s*=\s*['"]text\/plain['"]/u;

export function makesScriptInert(text: string): boolean {
  return INERT_SCRIPT_TYPE.test(text);
}

/**
 * Recorder starts in snippet text: one per vendor, with options read from the same text
 * (`disable_session_recording: true`, a zero replay sample rate, `_fs_capture_on_startup = false`).
 * Script hosts that start recording on load (Hotjar, Clarity, Mouseflow...) count too.
 */
export function scanSnippetText(text: string, vendors?: ReadonlySet<RecorderVendorId>): SnippetMatch[] {
  if (!mayHoldSnippet(text)) return [];
  const found: SnippetMatch[] = [];
  for (const snippet of SNIPPETS) {
    if (vendors && !vendors.has(snippet.sdk.id)) continue;
    const match = snippet.start.exec(text);
    if (!match) continue;
    if (snippet.off?.test(text)) continue;
    if (snippet.requires && !snippet.requires.test(text)) continue;
    found.push({
      sdk: snippet.sdk,
      index: match.index,
      length: match[0].length,
      status: snippet.defer?.test(text) || INERT_SCRIPT_TYPE.test(text) ? "deferred" : "records",
    });
  }
  return found;
}

/** Rails writes an inline script as `<%= javascript_tag do %> ... <% end %>`: the text between is the script. */
const RAILS_JAVASCRIPT_TAG = /<%=\s*javascript_tag\b[^%]*\sdo\s*-?%>/gu;
const ERB_END = /<%-?\s*end\s*-?%>/u;

export interface RailsScriptBlock {
  /** [start, end) of the `<%= javascript_tag do %>` tag. */
  tag: [number, number];
  /** The script: the text up to the block's `<% end %>` (or the end of the text). */
  body: string;
  bodyStart: number;
}

/** The `javascript_tag do` blocks of a text: where each opening tag is, and the script body after it. */
export function railsScriptBlocks(text: string): RailsScriptBlock[] {
  if (!text.includes("javascript_tag")) return [];
  const blocks: RailsScriptBlock[] = [];
  for (const open of text.matchAll(RAILS_JAVASCRIPT_TAG)) {
    const bodyStart = open.index + open[0].length;
    const end = ERB_END.exec(text.slice(bodyStart));
    blocks.push({ tag: [open.index, bodyStart], body: text.slice(bodyStart, end ? bodyStart + end.index : undefined), bodyStart });
  }
  return blocks;
}

/** Whether a text carries one of a vendor's deferral switches (`_fs_capture_on_startup = false`). */
export function textDefers(sdk: RecorderSdk, text: string): boolean {
  const snippet = SNIPPETS.find((entry) => entry.sdk === sdk);
  return snippet?.defer?.test(text) ?? false;
}

/** Whether a string looks like code rather than a URL or a label. */
const CODE_SHAPE = /function\s*\(|=>|createElement|\binit\s*\(|\bload\s*\(|;\s*\S|\(\s*['"]init['"]|<script\b/;
export function looksLikeCode(text: string): boolean {
  return text.length > 12 && CODE_SHAPE.test(text);
}

/**
 * An immediately called function opening at the start of a statement: `(function(h,o,t,j,a,r){`,
 * `!function(t,e){`, `(() => {`, `(async () => {`. Not a callback (`setTimeout(function () {`).
 */
const IIFE_OPEN = /(?:^|[\s;!{}])(\(\s*(?:async\s+)?function\b|\(\s*(?:async\s*)?\([^()]*\)\s*=>|!\s*function\b)/gu;
/** How far back an enclosing snippet function may start. */
const MAX_SNIPPET_SPAN = 4000;
const NOT_WHITE_SPACE = /\S/u;

/**
 * Where a snippet starts in a script's text, for a match of its signature at `index`: the
 * immediately called function around the match (Hotjar's `(function(h,o,t,j,a,r){` above its
 * `_hjSettings=`), else the start of the match's line (`smartlook('init', ...)`, and the vendor's own
 * signature when it starts in place).
 */
export function snippetStartBefore(text: string, index: number, sdk?: RecorderSdk): number {
  if (!sdk?.snippet?.startsInPlace) {
    const from = Math.max(0, index - MAX_SNIPPET_SPAN);
    const opens = [...text.slice(from, index).matchAll(IIFE_OPEN)].map((match) => from + match.index + match[0].length - match[1]!.length);
    for (let i = opens.length - 1; i >= 0; i--) {
      if (stillOpen(text, opens[i]!, index)) return opens[i]!;
    }
  }
  const lineStart = text.lastIndexOf("\n", index - 1) + 1;
  const firstCode = text.slice(lineStart, index).search(NOT_WHITE_SPACE);
  return firstCode < 0 ? index : lineStart + firstCode;
}

/**
 * Whether `index` lies inside the immediately called function that opens at `open`: in its body, or in
 * the arguments it is called with, where snippets pass their host (OpenReplay's
 * `})("//static.openreplay.com/9.0.0/openreplay.js", 1, 0, initOpts, startOpts)`). The function is read
 * as its bracketed groups in a row: `(function(){...})` and its arguments, or `!function` with its
 * parameters, body and arguments. String contents are not read as code.
 */
function stillOpen(text: string, open: number, index: number): boolean {
  const groups = text[open] === "(" ? 2 : 3;
  let closed = 0;
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < index; i++) {
    const char = text[i]!;
    if (quote !== null) {
      if (char === "\\") i++;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'" || char === "`") quote = char;
    else if (char === "(" || char === "{" || char === "[") depth++;
    else if ((char === ")" || char === "}" || char === "]") && --depth === 0) {
      if (++closed === groups) return false;
      // Past a group, the function goes on only with its next group: `)(`, `){`.
      const next = text.slice(i + 1, index).search(NOT_WHITE_SPACE);
      if (next === -1) return false;
      const following = text[i + 1 + next];
      if (following !== "(" && following !== "{") return false;
    }
  }
  return depth > 0;
}
