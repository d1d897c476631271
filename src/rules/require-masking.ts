import { CATEGORY_IDS, type CategoryId } from "../data/lexicon.js";
import { categoryLabel, describeMarker, enabledCategories, findUnmaskedFields, type Finding, type MaskingPolicy, vendorName } from "../core/report-fields.js";
import { fieldVisitors, mayHaveFields } from "../front-ends/index.js";
import { createRule, type SuggestionDescriptor } from "../util/create-rule.js";
import { readSettings } from "../util/settings.js";

export interface RequireMaskingOptions {
  categories?: Partial<Record<CategoryId, boolean>>;
  passwords?: "dynamic" | "always";
  weakSignals?: boolean;
  ignoreNames?: string[];
}

type Options = [RequireMaskingOptions];
type MessageIds = "unmasked" | "conditional" | "textOnly" | "misspelledMarker" | "wrongMarkerForm" | "addMarker";

export const categoriesSchema = {
  type: "object",
  description: "Switch categories on (true) or off (false). Unlisted categories keep their preset: the recommended ones are on.",
  properties: Object.fromEntries(CATEGORY_IDS.map((id) => [id, { type: "boolean", description: `Report ${categoryLabel(id).toLowerCase()} fields.` }])),
  additionalProperties: false,
};

/** Options of `configs.strict` (and `configs.all`): every category, every password, weak signals. */
export const STRICT_REQUIRE_MASKING_OPTIONS: RequireMaskingOptions = {
  categories: Object.fromEntries(CATEGORY_IDS.map((id) => [id, true])),
  passwords: "always",
  weakSignals: true,
};

export default createRule<Options, MessageIds>({
  name: "require-masking",
  meta: {
    type: "problem",
    docs: {
      description: "Require a session-replay masking marker on form fields that collect payment, credential or other sensitive data",
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      unmasked: "{{category}} field ({{evidence}}) has no session-replay masking marker. Add one so recordings never show what is typed.",
      conditional: "{{category}} field ({{evidence}}) is masked only under a condition ({{marker}}). Make the marker unconditional.",
      textOnly: "{{category}} field ({{evidence}}): {{marker}} masks page text, not typed values. Use a marker that masks input.",
      misspelledMarker: "{{category}} field ({{evidence}}) has {{written}}, which no recorder reads. Did you mean {{intended}} ({{vendor}})?",
      wrongMarkerForm: "{{category}} field ({{evidence}}) has {{written}}, but {{vendor}} reads {{intended}}.",
      addMarker: "Add {{marker}} ({{vendor}}).",
    },
    schema: [
      {
        type: "object",
        properties: {
          categories: categoriesSchema,
          passwords: {
            type: "string",
            enum: ["dynamic", "always"],
            description: 'Password fields: "dynamic" reports them only when their type can become text (show-password toggles), since recorders mask type="password" by default; "always" reports every unmasked password field.',
          },
          weakSignals: {
            type: "boolean",
            description: "Also report fields identified only by weak or ambiguous signals (a bare `expiry`, `security code` without card fields, `name`). On in configs.strict.",
          },
          ignoreNames: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description: "Field names or ids that were reviewed and need no marker (e.g. a test-card field in an admin tool).",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ passwords: "dynamic", weakSignals: false, ignoreNames: [] }],
    languages: ["js/js", "replay-privacy/html"],
  },
  create(context) {
    const settings = readSettings(context.settings);
    if (!mayHaveFields(context.sourceCode, settings)) return {};
    const [options] = context.options;
    const policy: MaskingPolicy = {
      enabled: enabledCategories(options.categories),
      passwords: options.passwords ?? "dynamic",
      weakSignals: options.weakSignals ?? false,
      ignoreNames: new Set(options.ignoreNames ?? []),
      recorders: settings.recorders,
    };

    const report = (finding: Finding): void => {
      const { field, sensitivity } = finding;
      const suggest: SuggestionDescriptor<MessageIds>[] = [];
      for (const marker of finding.suggestions) {
        const fix = field.addMarkerFix(marker);
        if (fix) suggest.push({ messageId: "addMarker", data: { marker: describeMarker(marker), vendor: vendorName(marker.vendor) }, fix });
      }
      const data: Record<string, string> = { category: categoryLabel(sensitivity.category), evidence: sensitivity.evidence };
      let messageId: MessageIds = "unmasked";
      if (finding.kind === "conditional" || finding.kind === "textOnly") {
        messageId = finding.kind;
        data.marker = describeMarker(finding.marker.marker);
      } else if (finding.kind === "typo") {
        messageId = finding.typo.reason === "wrongForm" ? "wrongMarkerForm" : "misspelledMarker";
        Object.assign(data, { written: finding.typo.written, intended: describeMarker(finding.typo.intended), vendor: vendorName(finding.typo.intended.vendor) });
      }
      context.report({ loc: field.loc, messageId, data, suggest });
    };

    return fieldVisitors(context, settings, (fields) => {
      for (const finding of findUnmaskedFields(fields, policy)) report(finding);
    });
  },
});
