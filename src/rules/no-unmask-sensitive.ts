import { SUGGESTED_MARKERS, UNMASK_PRECEDENCE } from "../data/markers.js";
import { categoryLabel, describeMarker, enabledCategories, isAlwaysPassword, type MaskingPolicy, sensitiveFields, vendorName } from "../core/report-fields.js";
import { effectiveUnmasks, mayNameUnmaskMarker } from "../core/unmask.js";
import { fieldVisitors, mayHaveFields } from "../front-ends/index.js";
import { createRule, type SuggestionDescriptor } from "../util/create-rule.js";
import { readSettings } from "../util/settings.js";
import { categoriesSchema, type RequireMaskingOptions } from "./require-masking.js";

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
    const settings = readSettings(context.settings);
    // A file with no field has nothing to unmask: that answer is shared with require-masking.
    if (!mayHaveFields(context.sourceCode, settings) || !mayNameUnmaskMarker(context.sourceCode.text)) return {};
    const [options] = context.options;
    const policy: MaskingPolicy = {
      enabled: enabledCategories(options.categories),
      passwords: "always",
      weakSignals: options.weakSignals ?? false,
      ignoreNames: new Set(options.ignoreNames ?? []),
      recorders: settings.recorders,
    };
    const vendors = settings.recorders ? new Set(settings.recorders) : null;

    return fieldVisitors(context, settings, (fields) => {
      for (const { field, sensitivity } of sensitiveFields(fields, policy)) {
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
