import { MARKERS, SUGGESTED_MARKERS, UNMASK_PRECEDENCE } from "../data/markers.js";
import { categoryLabel, describeMarker, enabledCategories, isAlwaysPassword, type MaskingPolicy, sensitiveFields, vendorName } from "../core/report-fields.js";
import { effectiveUnmasks } from "../core/unmask.js";
import { fieldVisitors } from "../front-ends/index.js";
import { createRule, type SuggestionDescriptor } from "../util/create-rule.js";
import { readSettings } from "../util/settings.js";
import { categoriesSchema, type RequireMaskingOptions } from "./require-masking.js";

const UNMASK_MARKERS = MARKERS.filter((marker) => marker.kind === "unmask");
/** Unmask markers that are a name alone (`fs-unmask`, `data-hj-allow`). */
const UNMASK_NAMES = new RegExp([...new Set(UNMASK_MARKERS.filter((marker) => !marker.values).map((marker) => marker.name))].join("|"), "u");
/** Unmask markers that are a value of an attribute also used to mask (`data-dd-privacy="allow"`). */
const UNMASK_VALUES = UNMASK_MARKERS.filter((marker) => marker.values).map((marker) => ({
  name: marker.name,
  // Any case: `DefaultPrivacyLevel.ALLOW` names the value too.
  value: new RegExp((marker.values ?? []).join("|"), "iu"),
}));

/** A file whose text names no unmask marker needs no analysis (a value may come from a const, so any mention counts). */
function mayUnmask(text: string): boolean {
  if (UNMASK_NAMES.test(text)) return true;
  return UNMASK_VALUES.some(({ name, value }) => text.includes(name) && value.test(text));
}

type Options = [Pick<RequireMaskingOptions, "categories" | "weakSignals" | "ignoreNames">];
type MessageIds = "unmasked" | "unmaskedByAncestor" | "addMask";

export default createRule<Options, MessageIds>({
  name: "no-unmask-sensitive",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow session-replay unmask markers that re-expose payment, credential or other sensitive fields",
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      unmasked: "{{marker}} re-exposes this {{category}} field ({{evidence}}) in {{vendor}} recordings. Remove it from sensitive fields.",
      unmaskedByAncestor: "{{marker}} on an enclosing element re-exposes this {{category}} field ({{evidence}}) in {{vendor}} recordings. Move it off the field's ancestors or mask the field.",
      addMask: "Mask this field with {{marker}} ({{vendor}}), which wins over the unmask marker.",
    },
    schema: [
      {
        type: "object",
        properties: {
          categories: categoriesSchema,
          weakSignals: { type: "boolean", description: "Also check fields identified only by weak or ambiguous signals. On in configs.strict." },
          ignoreNames: { type: "array", items: { type: "string" }, uniqueItems: true, description: "Field names or ids that may be unmasked on purpose." },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ weakSignals: false, ignoreNames: [] }],
    languages: ["js/js", "replay-privacy/html"],
  },
  create(context) {
    if (!mayUnmask(context.sourceCode.text)) return {};
    const [options] = context.options;
    const settings = readSettings(context.settings);
    const policy: MaskingPolicy = {
      enabled: enabledCategories(options.categories),
      passwords: "always",
      weakSignals: options.weakSignals ?? false,
      ignoreNames: new Set(options.ignoreNames ?? []),
      recorders: settings.recorders,
    };
    const vendors = settings.recorders ? new Set(settings.recorders) : null;

    return fieldVisitors(context, settings, (fields) => {
      for (const { field, sensitivity } of sensitiveFields(fields, policy, context.sourceCode)) {
        // Recorders never record a field that is always type="password".
        if (isAlwaysPassword(field)) continue;
        const unmasks = effectiveUnmasks(field, vendors);
        const unmask = unmasks[0];
        if (!unmask) continue;
        const vendor = unmask.marker.vendor;
        const suggest: SuggestionDescriptor<MessageIds>[] = [];
        const mask = SUGGESTED_MARKERS.get(vendor);
        // Only where the mask really ends the exposure: one vendor's unmask markers, and a vendor that
        // lets a mask marker win.
        const oneVendor = unmasks.every((other) => other.marker.vendor === vendor);
        if (mask && oneVendor && UNMASK_PRECEDENCE[vendor]) {
          const fix = field.addMarkerFix(mask);
          if (fix) suggest.push({ messageId: "addMask", data: { marker: describeMarker(mask), vendor: vendorName(vendor) }, fix });
        }
        context.report({
          loc: field.loc,
          messageId: unmask.depth === 0 ? "unmasked" : "unmaskedByAncestor",
          data: {
            marker: describeMarker(unmask.marker),
            category: categoryLabel(sensitivity.category).toLowerCase(),
            evidence: sensitivity.evidence,
            vendor: vendorName(vendor),
          },
          suggest,
        });
      }
    });
  },
});
