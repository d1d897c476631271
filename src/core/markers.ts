import { MARKERS, type MarkerFact, type MarkerKind } from "../data/markers.js";
import type { VendorId } from "../data/vendors.js";
import type { AttributeValue, Field, MarkerCarrier } from "./field.js";

const byForm = (form: MarkerFact["form"]): Map<string, MarkerFact[]> => {
  const index = new Map<string, MarkerFact[]>();
  for (const marker of MARKERS) {
    if (marker.form !== form) continue;
    // Attribute names are read in lower case (HTML folds them; JSX props are compared folded).
    const key = marker.name.toLowerCase();
    const list = index.get(key) ?? [];
    list.push(marker);
    index.set(key, list);
  }
  return index;
};

const ATTRIBUTE_MARKERS = byForm("attribute");
const CLASS_MARKERS = byForm("class");

/** How surely a marker is on an element. */
export type Presence = "present" | "conditional";

export interface FoundMarker {
  marker: MarkerFact;
  presence: Presence;
  /** 0 = the field itself, 1 = its parent element, ... */
  depth: number;
}

function attributePresence(marker: MarkerFact, value: AttributeValue): Presence | null {
  const matches = (candidate: string): boolean => !marker.values || marker.values.includes(candidate.trim().toLowerCase());
  if (value.kind === "static") return matches(value.value) ? "present" : null;
  // A presence marker whose value is only known at render time (`data-private="{{ reason }}"`) is still there.
  if (!marker.values && !value.mayBeAbsent) return "present";
  const hits = value.candidates.filter(matches).length;
  if (hits > 0 && hits === value.candidates.length && !value.mayBeAbsent && !value.hasUnknown) return "present";
  if (hits > 0) return "conditional";
  // A value we cannot see may or may not be a marker value: conditional at best, and never proof
  // of an unmask (`data-dd-privacy="{{ level }}"`).
  return value.hasUnknown && (!marker.values || marker.kind !== "unmask") ? "conditional" : null;
}

/** Every known marker on one element. */
export function markersOn(carrier: MarkerCarrier, depth: number): FoundMarker[] {
  const found: FoundMarker[] = [];
  // By name first: only a marker's value is read (a JSX value may be resolved on first read).
  for (const name of carrier.attributes.keys()) {
    const markers = ATTRIBUTE_MARKERS.get(name);
    const value = markers && carrier.attributes.get(name);
    if (!markers || !value) continue;
    for (const marker of markers) {
      const presence = attributePresence(marker, value);
      if (presence) found.push({ marker, presence, depth });
    }
  }
  for (const token of carrier.classes) {
    for (const marker of CLASS_MARKERS.get(token.name) ?? []) {
      found.push({ marker, presence: token.conditional ? "conditional" : "present", depth });
    }
  }
  return found;
}

/** Markers on the field and on ancestors whose marker reaches descendants, nearest first. */
export function markersReaching(field: Field): FoundMarker[] {
  const found = markersOn(field, 0);
  field.ancestors.forEach((ancestor, index) => {
    for (const hit of markersOn(ancestor, index + 1)) if (hit.marker.inherits) found.push(hit);
  });
  return found;
}

const PROTECTING_KINDS: ReadonlySet<MarkerKind> = new Set(["mask", "block", "ignore"]);

export interface MaskingVerdict {
  /** A marker that surely keeps the typed value out of the recording. */
  protectedBy: FoundMarker | null;
  /** A protecting marker present only under a condition. */
  conditionalOnly: FoundMarker | null;
  /** A marker that would protect text but not typed values (`rr-mask`, `ph-mask`). */
  textOnly: FoundMarker | null;
}

/**
 * Decides whether a field's typed value is masked. With `vendors`, only those vendors' markers count.
 */
export function maskingVerdict(field: Field, vendors: ReadonlySet<VendorId> | null): MaskingVerdict {
  const verdict: MaskingVerdict = { protectedBy: null, conditionalOnly: null, textOnly: null };
  for (const hit of markersReaching(field)) {
    const { marker } = hit;
    if (!PROTECTING_KINDS.has(marker.kind)) continue;
    if (vendors && !vendors.has(marker.vendor)) continue;
    if (!marker.coversInputValues) {
      verdict.textOnly ??= hit;
    } else if (hit.presence === "present") {
      verdict.protectedBy ??= hit;
    } else {
      verdict.conditionalOnly ??= hit;
    }
  }
  return verdict;
}

/** A marker as an attribute to write: `data-private`, `data-dd-privacy="mask"`. */
export function markerAttributeText(marker: MarkerFact): string {
  return marker.values ? `${marker.name}="${marker.values[0]}"` : marker.name;
}
