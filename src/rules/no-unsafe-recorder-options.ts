import type { Rule, SourceCode } from "eslint";
import { findRecorderOptions, mayPassRecorderOptions } from "../core/option-sites.js";
import { OptionResolver, enumMemberOf, enumValues, unwrap, type AnyNode } from "../core/option-values.js";
import { selectorsReaching } from "../core/selector-reach.js";
import { findUnsafeOptions, formatOptionPath, type UnsafeFinding } from "../core/unsafe-options.js";
import {
  OPTION_CATEGORIES,
  OPTION_ENUMS,
  UNSAFE_OPTIONS,
  type Literal,
  type OptionCategory,
  type SafeValue,
  type UnsafeOption,
} from "../data/recorder-options.js";
import { VENDORS, type VendorId } from "../data/vendors.js";
import { createRule, type SuggestionDescriptor } from "../util/create-rule.js";
import { rangeLoc } from "../util/source-location.js";

type MessageIds = "unsafeOption" | "unsafeSelector" | "unsafeMissing" | "unsetOption" | "useSafeValue" | "addSafeValue";

interface RuleOptions {
  vendors: VendorId[];
  allow: string[];
  categories: OptionCategory[];
  reportWeakDefaults: boolean;
}

/** Vendors that have at least one weakening option in the table, in table order. */
const OPTION_VENDORS: readonly VendorId[] = [...new Set(UNSAFE_OPTIONS.map((option) => option.vendor))];

const MAX_VALUE_TEXT = 40;
const WHITESPACE_RUN = /\s+/g;
const ENUM_FOR = enumValues(OPTION_ENUMS);

/** The option table per vendor and call group, built once. */
const TABLES = new Map<string, UnsafeOption[]>();
for (const option of UNSAFE_OPTIONS) {
  const key = `${option.vendor}:${option.group ?? ""}`;
  TABLES.set(key, [...(TABLES.get(key) ?? []), option]);
}

function shortText(sourceCode: SourceCode, node: AnyNode): string {
  const text = sourceCode.getText(node).replace(WHITESPACE_RUN, " ");
  return text.length > MAX_VALUE_TEXT ? `${text.slice(0, MAX_VALUE_TEXT - 1)}…` : text;
}

/** A safe value as source text: the enum member when the unsafe value was one, else a literal. */
function safeText(sourceCode: SourceCode, value: AnyNode, safe: Literal): string {
  const member = enumMemberOf(value, sourceCode.getScope(value), OPTION_ENUMS);
  if (member) {
    const name = Object.keys(member.fact.members).find((key) => member.fact.members[key] === safe);
    if (name) return `${sourceCode.getText(member.owner)}.${name}`;
  }
  if (typeof safe !== "string") return String(safe);
  const raw = value.type === "Literal" ? (value.raw ?? "") : "";
  const quote = raw.startsWith("'") ? "'" : '"';
  return `${quote}${safe.replaceAll("\\", "\\\\").replaceAll(quote, `\\${quote}`)}${quote}`;
}

function suggestions(sourceCode: SourceCode, finding: UnsafeFinding): SuggestionDescriptor<MessageIds>[] {
  const safeValues: readonly SafeValue[] = finding.option.safeValues ?? [];
  const { property, value } = finding;
  return safeValues.map((safe) => {
    const text = safeText(sourceCode, value, safe.value);
    return {
      messageId: "useSafeValue",
      data: { value: text, note: safe.note },
      // `{ maskAllText }` is key and value at once: rewrite the whole property.
      fix: (fixer: Rule.RuleFixer) =>
        property?.shorthand
          ? fixer.replaceText(property, `${sourceCode.getText(property.key)}: ${text}`)
          : fixer.replaceText(value, text),
    };
  });
}

/** For an unset option: add it to the options object literal, first. */
function additions(sourceCode: SourceCode, finding: UnsafeFinding): SuggestionDescriptor<MessageIds>[] {
  const object = unwrap(finding.node);
  if (object.type !== "ObjectExpression") return [];
  const key = finding.option.path.at(-1)!;
  return (finding.option.safeValues ?? []).map((safe) => {
    const text = safeText(sourceCode, object, safe.value);
    const first = object.properties[0];
    return {
      messageId: "addSafeValue",
      data: { option: key, value: text, note: safe.note },
      fix: (fixer: Rule.RuleFixer) =>
        first ? fixer.insertTextBefore(first, `${key}: ${text}, `) : fixer.replaceText(object, `{ ${key}: ${text} }`),
    };
  });
}

function reachPhrase(finding: UnsafeFinding): string {
  const { test } = finding.option;
  const inherited = test.kind === "selectorMatches" && test.inherited;
  const selectors = finding.selectors ?? [];
  if (selectors.some((selector) => selectorsReaching(selector, ["everything"], inherited).length > 0)) return "every element";
  return test.kind === "selectorMatches" && test.targets.includes("media") ? "media elements" : "form fields";
}

const quoteList = (items: readonly string[]): string => items.map((item) => `\`${item}\``).join(", ");

export default createRule<[RuleOptions], MessageIds>({
  name: "no-unsafe-recorder-options",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow session-recorder SDK options that turn the vendor's default masking off or widen what is recorded",
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      unsafeOption: "{{vendor}} `{{option}}: {{value}}` {{exposes}}.",
      unsafeSelector: "{{vendor}} `{{option}}` selector {{selectors}} matches {{reach}}: it {{exposes}}.",
      unsafeMissing: "{{vendor}} `{{option}}` leaves out {{missing}}: it {{exposes}}.",
      unsetOption: "{{vendor}} `{{option}}` is not set: that {{exposes}}.",
      useSafeValue: "Use `{{value}}` ({{note}}).",
      addSafeValue: "Add `{{option}}: {{value}}` ({{note}}).",
    },
    schema: [
      {
        type: "object",
        properties: {
          vendors: {
            type: "array",
            items: { type: "string", enum: [...OPTION_VENDORS] },
            uniqueItems: true,
            description: "Vendors whose recorder options are checked (default: every vendor with options in the rule's table).",
          },
          allow: {
            type: "array",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
            description:
              "Option paths your team has reviewed and accepts, as `vendor:path` (`sentry:blockAllMedia`, " +
              "`posthog:session_recording.recordBody`) or a bare path for every vendor (`maskAllText`).",
          },
          categories: {
            type: "array",
            items: { type: "string", enum: [...OPTION_CATEGORIES] },
            uniqueItems: true,
            description:
              "What to report: `masking` (text, input or media masking off or narrowed), `network` (request/response " +
              "capture), `capture-scope` (canvas, iframes, inlined images, IP addresses, keystrokes).",
          },
          reportWeakDefaults: {
            type: "boolean",
            description:
              "Also report levels that spell out a vendor default which still records page text " +
              "(Datadog `defaultPrivacyLevel: 'mask-user-input'`, the default since v7).",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ vendors: [...OPTION_VENDORS], allow: [], categories: [...OPTION_CATEGORIES], reportWeakDefaults: false }],
    languages: ["js/js"],
  },
  create(context) {
    const { sourceCode } = context;
    // Most files never mention a recorder: decide from the text before touching the tree.
    if (!mayPassRecorderOptions(sourceCode.text)) return {};
    const [{ vendors, allow, categories, reportWeakDefaults }] = context.options;
    const vendorSet = new Set<string>(vendors);
    const categorySet = new Set<string>(categories);
    const allowSet = new Set(allow);

    const wanted = (option: UnsafeOption): boolean => {
      const path = formatOptionPath(option.path);
      return (
        categorySet.has(option.category) &&
        (reportWeakDefaults || !option.weakDefault) &&
        !allowSet.has(path) &&
        !allowSet.has(`${option.vendor}:${path}`)
      );
    };

    return {
      Program() {
        const passed = findRecorderOptions(sourceCode).filter((site) => vendorSet.has(site.vendor));
        if (passed.length === 0) return;
        const resolver = new OptionResolver(sourceCode, ENUM_FOR);
        // A shared options const used by two calls is reported once.
        const reported = new Set<string>();
        for (const site of passed) {
          const table = (TABLES.get(`${site.vendor}:${site.group ?? ""}`) ?? []).filter(wanted);
          if (table.length === 0) continue;
          for (const finding of findUnsafeOptions(resolver, site.node, table, site.rootPath)) {
            const node = finding.node;
            const key = `${node.range?.[0]}:${node.range?.[1]}:${formatOptionPath(finding.option.path)}`;
            if (reported.has(key)) continue;
            reported.add(key);
            const vendor = VENDORS[finding.option.vendor];
            const option = formatOptionPath(finding.option.path);
            const { exposes } = finding.option;
            if (finding.selectors) {
              const selectors = quoteList(finding.selectors);
              const reach = reachPhrase(finding);
              context.report({ loc: rangeLoc(sourceCode, node.range), messageId: "unsafeSelector", data: { vendor, option, selectors, reach, exposes } });
            } else if (finding.unset) {
              context.report({ loc: rangeLoc(sourceCode, node.range), messageId: "unsetOption", data: { vendor, option, exposes }, suggest: additions(sourceCode, finding) });
            } else if (finding.missing) {
              const missing = quoteList(finding.missing);
              context.report({ loc: rangeLoc(sourceCode, node.range), messageId: "unsafeMissing", data: { vendor, option, missing, exposes } });
            } else {
              const value = shortText(sourceCode, finding.value);
              context.report({
                loc: rangeLoc(sourceCode, node.range),
                messageId: "unsafeOption",
                data: { vendor, option, value, exposes },
                suggest: suggestions(sourceCode, finding),
              });
            }
          }
        }
      },
    };
  },
});
