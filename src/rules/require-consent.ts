import type { Rule, SourceCode } from "eslint";
import { CONSENT_PLATFORMS, type ConsentPlatform } from "../data/consent-platforms.js";
import { RECORDER_VENDOR_IDS, type RecorderVendorId } from "../data/recorder-sdks.js";
import { ConsentGates } from "../core/consent-gates.js";
import { scriptMarkupVerdict, type ScriptAttribute } from "../core/consent-markup.js";
import { insideConsentTemplateBlock, scriptTextHasConsentGate } from "../core/consent-text.js";
import { compileGlobs } from "../core/file-globs.js";
import { mayReferenceRecorder } from "../core/recorder-references.js";
import { matchHost, railsScriptBlocks, scanSnippetText, snippetStartBefore } from "../core/recorder-snippets.js";
import { collectRecorderStarts, type RecorderStart } from "../core/recorder-starts.js";
import type { HtmlElement, HtmlText } from "../languages/html/types.js";
import { createRule, type SuggestionDescriptor } from "../util/create-rule.js";
import { rangeLoc } from "../util/source-location.js";

export interface RequireConsentOptions {
  consentGuards: string[];
  vendors: RecorderVendorId[];
  allowIn: string[];
  trustAutoBlockers: boolean;
}

export type Options = [RequireConsentOptions];
export type MessageIds = "missingConsent" | "missingConsentHtml" | "categoryMismatch" | "exempted" | "blockWithPlatform";

const AUTO_BLOCKERS = CONSENT_PLATFORMS.flatMap((platform) => platform.autoBlockers.map((host) => host.toLowerCase()));

export default createRule<Options, MessageIds>({
  name: "require-consent",
  meta: {
    type: "problem",
    docs: {
      description: "Require a consent check before a session recorder starts (SDK init, snippet, script tag, replay integration)",
      recommended: true,
    },
    messages: {
      missingConsent:
        "{{vendor}} starts here without a consent check: start it inside a consent callback or behind a check such as `if (consent.analytics)`.",
      missingConsentHtml:
        '{{vendor}} loads here without consent blocking: give the script a non-JavaScript type and your consent platform\'s category (for example `type="text/plain" data-cookieconsent="statistics"`), or load it from a consent callback.',
      categoryMismatch:
        "{{vendor}} is tied to the consent category `{{category}}`, which runs without the visitor's consent: block it until analytics/statistics consent instead.",
      exempted:
        "{{vendor}} is exempted from consent blocking by `{{attribute}}`: remove it and block the script until analytics/statistics consent.",
      blockWithPlatform: "Block the script until analytics consent with {{platform}}'s markup: `{{markup}}`.",
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        description: "Options for require-consent.",
        properties: {
          consentGuards: {
            type: "array",
            description:
              "Names that mean consent in your code base: functions, variables or members (`hasTrackingPermission`, `privacy.canRecord`) read in a condition, callback registrations whose callbacks run only after consent (`whenConsented`), JSX wrappers (`RequireConsent`) and accept-only event names. Merged with `settings[\"replay-privacy\"].consentGuards`.",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
          },
          vendors: {
            type: "array",
            description: "Check only these recorders (vendor ids such as `hotjar`, `logrocket`, `sentry`). Empty means every recorder the plugin knows.",
            items: { type: "string", enum: [...RECORDER_VENDOR_IDS] },
            uniqueItems: true,
          },
          allowIn: {
            type: "array",
            description:
              "Glob patterns (relative to the ESLint working directory) of files that are known to run only after consent, e.g. a module your consent platform loads. Prefer a config block with `files`/`ignores` where you can.",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
          },
          trustAutoBlockers: {
            type: "boolean",
            description:
              "HTML pages: treat recorder scripts after a consent platform's auto-blocker (Cookiebot `uc.js` with `data-blockingmode=\"auto\"`, OneTrust `OtAutoBlock.js`, Usercentrics, iubenda, Termly auto-blocking) as gated.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ consentGuards: [], vendors: [], allowIn: [], trustAutoBlockers: false }],
    languages: ["js/js", "replay-privacy/html"],
  },
  create(context) {
    const [options] = context.options;
    if (options.allowIn.length > 0 && compileGlobs(options.allowIn).matches(context.filename, context.cwd)) return {};
    // A script that names no recorder starts none: no listener at all (HTML pages are read by element).
    if ((context.sourceCode.ast as { type: string }).type !== "HtmlDocument" && !mayReferenceRecorder(context.sourceCode.text)) return {};
    const settings = (context.settings["replay-privacy"] ?? {}) as { consentGuards?: unknown };
    const settingsGuards = Array.isArray(settings.consentGuards) ? settings.consentGuards.filter((name): name is string => typeof name === "string") : [];
    const guards = [...options.consentGuards, ...settingsGuards];
    const guardSet = new Set(guards);
    const vendors = options.vendors.length > 0 ? new Set<RecorderVendorId>(options.vendors) : null;

    function reportJs(sourceCode: SourceCode): void {
      const gates = new ConsentGates(sourceCode, { guards });
      const starts = collectRecorderStarts({ sourceCode, conditions: gates.conditions, vendors, guards: guardSet });
      // One report per recorder: an explicit start call next to an ungated init of the same vendor
      // (`datadogRum.init(...)` then `startSessionReplayRecording()`) is the same start.
      const reported = starts.filter((start) => start.markup === null && !isResume(start) && !isGated(start, gates));
      const ungatedVendors = new Set(reported.map((start) => start.sdk.id));
      for (const start of starts) {
        if (isResume(start) && ungatedVendors.has(start.sdk.id)) continue;
        const vendor = start.sdk.name;
        if (start.markup?.kind === "mismatch" || start.markup?.kind === "exempt") {
          // Markup that does not block: judge the code around it as if the markup were absent.
          if (isGated({ ...start, markup: null, gatedBy: null }, gates)) continue;
          if (start.markup.kind === "mismatch") context.report({ loc: rangeLoc(context.sourceCode, start.node.range), messageId: "categoryMismatch", data: { vendor, category: start.markup.category } });
          else context.report({ loc: rangeLoc(context.sourceCode, start.node.range), messageId: "exempted", data: { vendor, attribute: start.markup.attribute } });
          continue;
        }
        if (!isGated(start, gates)) context.report({ loc: rangeLoc(context.sourceCode, start.codeRange ?? start.node.range), messageId: "missingConsent", data: { vendor } });
      }
    }

    return {
      "Program:exit"() {
        reportJs(context.sourceCode);
      },
      HtmlElement(node: HtmlElement) {
        if (node.name !== "script") return;
        checkHtmlScript(node);
      },
      HtmlText(node: HtmlText) {
        if (!node.value.includes("javascript_tag") || (node.parent?.type === "HtmlElement" && node.parent.name === "script")) return;
        checkRailsScripts(node);
      },
    };

    /** A consent check in the script's own text, or a template conditional on consent around its start. */
    function gatedOnPage(scriptText: string, position: number): boolean {
      return (scriptText !== "" && scriptTextHasConsentGate(scriptText, guardSet)) || insideConsentTemplateBlock(context.sourceCode.text, position, guardSet);
    }

    /** Snippets in Rails' `<%= javascript_tag do %>` blocks, which print a `<script>` the markup does not show. */
    function checkRailsScripts(node: HtmlText): void {
      const sourceCode = context.sourceCode as unknown as PageSource;
      const written = sourceCode.text.slice(node.range[0], node.range[1]);
      for (const block of railsScriptBlocks(written)) {
        for (const match of scanSnippetText(block.body, vendors ?? undefined)) {
          if (match.status !== "records") continue;
          if (gatedOnPage(block.body, node.range[0] + block.bodyStart + match.index)) continue;
          // The block prints an inline `<script>`, which an auto-blocker earlier in the page holds back like any other.
          if (options.trustAutoBlockers && autoBlockerBefore(node)) continue;
          const loc = { start: sourceCode.getLocFromIndex(node.range[0] + block.tag[0]), end: sourceCode.getLocFromIndex(node.range[0] + block.tag[1]) };
          context.report({ loc, messageId: "missingConsentHtml", data: { vendor: match.sdk.name } });
        }
      }
    }


    function checkHtmlScript(node: HtmlElement): void {
      const attributes = new Map<string, ScriptAttribute>();
      for (const attribute of node.attributes) attributes.set(attribute.name, { value: attribute.value, dynamic: attribute.dynamic });
      const src = attributes.get("src");
      // Vendor name -> where its start is (for template conditionals around it), and for an inline
      // snippet its page range, from where the snippet begins (Hotjar's `(function(h,o,t,j,a,r){`) to
      // what starts the recorder (`_hjSettings=`): reported there.
      const vendorNames = new Map<string, number>();
      const snippetRanges = new Map<string, [number, number]>();
      if (src && !src.dynamic) {
        const host = matchHost(src.value, vendors ?? undefined);
        if (host?.autostart) vendorNames.set(host.sdk.name, node.range[0]);
      }
      const texts = node.children.filter((child): child is HtmlText => child.type === "HtmlText");
      const text = texts.map((child) => child.value).join("");
      if (text.trim().length > 0) {
        const textStart = texts[0]?.range[0] ?? node.range[0];
        for (const match of scanSnippetText(text, vendors ?? undefined)) {
          if (match.status !== "records" || vendorNames.has(match.sdk.name)) continue;
          vendorNames.set(match.sdk.name, textStart + match.index);
          const start = pageOffset(context.sourceCode.text, texts, snippetStartBefore(text, match.index, match.sdk));
          const end = pageOffset(context.sourceCode.text, texts, match.index + match.length);
          if (start !== null && end !== null) snippetRanges.set(match.sdk.name, [start, end]);
        }
      }
      if (vendorNames.size === 0) return;

      const verdict = scriptMarkupVerdict(attributes, src !== undefined);
      if (verdict.kind === "blocked" || verdict.kind === "dynamic") return;
      const sourceCode = context.sourceCode as unknown as PageSource;
      const loc = {
        start: sourceCode.getLocFromIndex(node.startTagRange[0]),
        end: sourceCode.getLocFromIndex(node.startTagRange[1]),
      };
      for (const [vendor, position] of vendorNames) {
        if (verdict.kind === "mismatch") {
          context.report({ loc, messageId: "categoryMismatch", data: { vendor, category: verdict.category } });
          continue;
        }
        if (verdict.kind === "exempt") {
          context.report({ loc, messageId: "exempted", data: { vendor, attribute: verdict.attribute } });
          continue;
        }
        if (gatedOnPage(text, position)) continue;
        if (options.trustAutoBlockers && autoBlockerBefore(node)) continue;
        const snippet = snippetRanges.get(vendor);
        const at = snippet ? { start: sourceCode.getLocFromIndex(snippet[0]), end: sourceCode.getLocFromIndex(snippet[1]) } : loc;
        context.report({ loc: at, messageId: "missingConsentHtml", data: { vendor }, suggest: blockingSuggestions(node, vendor, src !== undefined) });
      }
    }
  },
});

/**
 * Where an offset into a script's joined text lies in the page (its text may be split by template
 * blocks). The parser reads each CRLF of the page as one line feed, so those are counted as one.
 */
function pageOffset(page: string, texts: readonly HtmlText[], index: number): number | null {
  let before = 0;
  for (const text of texts) {
    if (index <= before + text.value.length) return pageIndexOf(page, text.range[0], index - before);
    before += text.value.length;
  }
  return null;
}

function pageIndexOf(page: string, start: number, characters: number): number {
  let at = start;
  for (let left = characters; left > 0; left--) at += page.charCodeAt(at) === CR && page.charCodeAt(at + 1) === LF ? 2 : 1;
  return at;
}

const CR = 13;
const LF = 10;

/** What the page rules read of our HTML language's source code. */
interface PageSource {
  text: string;
  getLocFromIndex(index: number): { line: number; column: number };
}

function isResume(start: RecorderStart): boolean {
  return start.role === "resume" || start.role === "grant";
}

function isGated(start: RecorderStart, gates: ConsentGates): boolean {
  if (start.gatedBy !== null) return true;
  if (gates.isGated(start.node)) return true;
  if (start.gateAt && gates.isGated(start.gateAt)) return true;
  return start.consumers.length > 0 && start.consumers.every((consumer) => gates.isGated(consumer));
}

/** The consent platforms a page loads (by their loader scripts), once per document. */
const pagePlatforms = new WeakMap<object, ConsentPlatform[]>();

function platformsOnPage(node: HtmlElement): ConsentPlatform[] {
  let root: HtmlElement["parent"] = node.parent;
  while (root && root.type !== "HtmlDocument") root = root.parent;
  if (!root) return [];
  const cached = pagePlatforms.get(root);
  if (cached) return cached;
  const sources: string[] = [];
  const stack = [...root.children];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current || current.type !== "HtmlElement") continue;
    if (current.name === "script") {
      const src = current.attributes.find((attribute) => attribute.name === "src");
      if (src) sources.push(src.value.toLowerCase());
    }
    stack.push(...current.children);
  }
  const found = CONSENT_PLATFORMS.filter((platform) => platform.suggestion && platform.loaders?.some((loader) => sources.some((src) => src.includes(loader))));
  pagePlatforms.set(root, found);
  return found;
}

/** Suggestions that add the page's consent platform's blocking markup to the script tag. */
function blockingSuggestions(node: HtmlElement, vendor: string, hasSrc: boolean): SuggestionDescriptor<MessageIds>[] {
  const suggestions: SuggestionDescriptor<MessageIds>[] = [];
  for (const platform of platformsOnPage(node)) {
    const suggestion = platform.suggestion;
    if (!suggestion || (suggestion.srcOnly && !hasSrc)) continue;
    const added: string[] = [];
    if (suggestion.type) added.push(`type="${suggestion.type}"`);
    for (const [name, value] of Object.entries(suggestion.attributes)) added.push(`${name}="${value.replace("{vendor}", vendor)}"`);
    const markup = added.join(" ");
    suggestions.push({
      messageId: "blockWithPlatform",
      data: { platform: platform.name, markup },
      fix(fixer) {
        const fixes: Rule.Fix[] = [];
        const nameEnd = node.startTagRange[0] + 1 + node.rawName.length;
        const inserted: string[] = [];
        if (suggestion.type) {
          const type = node.attributes.find((attribute) => attribute.name === "type");
          if (type) fixes.push(fixer.replaceTextRange(type.range, `type="${suggestion.type}"`));
          else inserted.push(`type="${suggestion.type}"`);
        }
        for (const [name, raw] of Object.entries(suggestion.attributes)) {
          const value = raw.replace("{vendor}", vendor);
          const existing = node.attributes.find((attribute) => attribute.name === name);
          if (existing && name === "class" && existing.valueRange) fixes.push(fixer.insertTextAfterRange(existing.valueRange, ` ${value}`));
          else if (existing) fixes.push(fixer.replaceTextRange(existing.range, `${name}="${value}"`));
          else inserted.push(`${name}="${value}"`);
        }
        if (inserted.length > 0) fixes.push(fixer.insertTextAfterRange([nameEnd, nameEnd], ` ${inserted.join(" ")}`));
        return fixes;
      },
    });
  }
  return suggestions;
}

/** A consent platform's auto-blocker script earlier in the page. */
function autoBlockerBefore(node: HtmlElement | HtmlText): boolean {
  let root: HtmlElement["parent"] = node.parent;
  while (root && root.type !== "HtmlDocument") root = root.parent;
  if (!root) return false;
  const stack = [...root.children];
  while (stack.length > 0) {
    const current = stack.shift();
    if (!current || current.type !== "HtmlElement") continue;
    if (current.range[0] >= node.range[0]) return false;
    if (current.name === "script") {
      const src = current.attributes.find((attribute) => attribute.name === "src")?.value.toLowerCase() ?? "";
      const blockingMode = current.attributes.find((attribute) => attribute.name === "data-blockingmode")?.value.toLowerCase();
      if (src.includes("consent.cookiebot.com/uc.js") ? blockingMode === "auto" : AUTO_BLOCKERS.some((host) => src.includes(host))) return true;
      if (src.includes("autoblock=on")) return true;
    }
    stack.unshift(...current.children);
  }
  return false;
}
