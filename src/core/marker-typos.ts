import { MARKERS, type MarkerFact } from "../data/markers.js";
import type { MarkerCarrier } from "./field.js";

/** A marker-like attribute or class that no recorder reads. */
export interface MarkerTypo {
  /** As written: `data-hj-surpress`, `class "fs_exclude"`. */
  written: string;
  /** The marker that was most likely meant. */
  intended: MarkerFact;
  /** `misspelled`: a near miss; `wrongForm`: a class-only marker written as an attribute, or the reverse. */
  reason: "misspelled" | "wrongForm";
}

const MIN_LENGTH = 6;
const byForm = (form: MarkerFact["form"]): Map<string, MarkerFact> => {
  const map = new Map<string, MarkerFact>();
  for (const marker of MARKERS) if (marker.form === form && !map.has(marker.name.toLowerCase())) map.set(marker.name.toLowerCase(), marker);
  return map;
};
const ATTRIBUTE_MARKERS = byForm("attribute");
const CLASS_MARKERS = byForm("class");
/** Attribute markers whose value decides what they do (`data-dd-privacy="mask"`). */
const VALUED_MARKERS = MARKERS.filter((marker) => marker.form === "attribute" && marker.values);

/** Optimal string alignment distance, giving up above `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
    }
    rows.push(row);
    if (i > 0 && Math.min(...row) > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/_/gu, "-");
}

/** Names that could be a vendor's marker at all; everything else (`name`, `onChange`) is skipped cheaply. */
const MARKER_LIKE = /^(?:data-|fs|hj|dd|rr|ph|amp|mp|nr|sentry|highlight|openreplay|heap|cs|mf|clarity|sessioncam)/u;

/** The known marker name a written one most likely meant, within a small edit distance. */
function nearest(written: string, known: ReadonlyMap<string, MarkerFact>): MarkerFact | null {
  const name = normalise(written);
  if (name.length < MIN_LENGTH) return null;
  const exact = known.get(name);
  if (exact) return exact;
  if (!MARKER_LIKE.test(name)) return null;
  const max = name.length >= 12 ? 2 : 1;
  let best: MarkerFact | null = null;
  let bestDistance = max + 1;
  for (const [candidate, marker] of known) {
    const d = distance(name, candidate, max);
    if (d < bestDistance) {
      best = marker;
      bestDistance = d;
    }
  }
  return best;
}

function typosOn(carrier: MarkerCarrier, out: MarkerTypo[]): void {
  for (const name of carrier.attributes.keys()) {
    if (ATTRIBUTE_MARKERS.has(name)) {
      const valued = VALUED_MARKERS.filter((marker) => marker.name.toLowerCase() === name);
      const value = valued.length > 0 ? carrier.attributes.get(name) : undefined;
      if (value?.kind === "static") {
        const written = value.value.trim().toLowerCase();
        if (!valued.some((marker) => marker.values?.includes(written))) {
          const values = new Map(valued.flatMap((marker) => (marker.values ?? []).map((v) => [v, marker] as const)));
          const shared = valued.some((marker) => marker.sharedAttribute);
          const intended = nearest(written, values) ?? (shared ? null : valued.find((marker) => marker.kind !== "unmask")) ?? null;
          if (intended) out.push({ written: `${name}="${value.value}"`, intended, reason: "misspelled" });
        }
      }
      continue;
    }
    const classOnly = CLASS_MARKERS.get(normalise(name));
    if (classOnly && !ATTRIBUTE_MARKERS.has(normalise(name))) {
      out.push({ written: name, intended: classOnly, reason: "wrongForm" });
      continue;
    }
    const intended = nearest(name, ATTRIBUTE_MARKERS) ?? nearest(name, CLASS_MARKERS);
    if (intended) out.push({ written: name, intended, reason: "misspelled" });
  }
  for (const token of carrier.classes) {
    if (CLASS_MARKERS.has(token.name)) continue;
    const attributeOnly = ATTRIBUTE_MARKERS.get(normalise(token.name));
    if (attributeOnly) {
      out.push({ written: `class "${token.name}"`, intended: attributeOnly, reason: "wrongForm" });
      continue;
    }
    const intended = nearest(token.name, CLASS_MARKERS);
    if (intended) out.push({ written: `class "${token.name}"`, intended, reason: "misspelled" });
  }
}

/**
 * Marker-like names on the field and its ancestors that do nothing: `data-hj-surpress`,
 * `fs_exclude`, `<input fs-exclude>` (FullStory reads the class), `data-dd-privacy="masked"`.
 * Nearest element first. Used only to explain why a field counts as unmasked.
 */
export function findMarkerTypos(carriers: readonly MarkerCarrier[]): MarkerTypo[] {
  const found: MarkerTypo[] = [];
  for (const carrier of carriers) typosOn(carrier, found);
  return found;
}
