import { ALWAYS_MASKED_INPUTS, MARKERS, UNMASK_PRECEDENCE } from "../data/markers.js";
import type { VendorId } from "../data/vendors.js";
import { attributeCandidates, type Field } from "./field.js";
import { type FoundMarker, markersReaching } from "./markers.js";
import { escapeRegExp } from "../util/strings.js";

const UNMASK_MARKERS = MARKERS.filter((marker) => marker.kind === "unmask");
/** Unmask markers that are a name alone (`fs-unmask`, `data-hj-allow`). */
const UNMASK_NAME_LIST = [...new Set(UNMASK_MARKERS.filter((marker) => !marker.values).map((marker) => marker.name))];
const UNMASK_NAMES = new RegExp(UNMASK_NAME_LIST.map(escapeRegExp).join("|"), "u");
/**
 * The names' last words (`-unmask`, `-allow`, `-record`), one regex each: a literal word is found by
 * skipping through the text, and only a file that has one is scanned for all the names. (Starting
 * at `-` instead is slow on Tailwind class lists, which are full of hyphens.)
 */
const UNMASK_NAME_TAILS: readonly RegExp[] = [
  ...new Set(UNMASK_NAME_LIST.map((name) => name.slice(Math.max(0, name.lastIndexOf("-"))))),
].map((tail) => new RegExp(escapeRegExp(tail), "u"));
/** Unmask markers that are a value of an attribute also used to mask (`data-dd-privacy="allow"`). */
const UNMASK_VALUES = UNMASK_MARKERS.filter((marker) => marker.values).map((marker) => ({
  name: marker.name,
  // Any case: `DefaultPrivacyLevel.ALLOW` names the value too.
  value: new RegExp((marker.values ?? []).map(escapeRegExp).join("|"), "iu"),
}));

/**
 * A text pre-check: a file that names no unmask marker cannot unmask anything (a value may come
 * from a const, so any mention counts).
 */
export function mayNameUnmaskMarker(text: string): boolean {
  if (UNMASK_NAME_TAILS.some((tail) => tail.test(text)) && UNMASK_NAMES.test(text)) return true;
  return UNMASK_VALUES.some(({ name, value }) => text.includes(name) && value.test(text));
}

function alwaysMaskedBy(field: Field, vendor: VendorId): boolean {
  const rule = ALWAYS_MASKED_INPUTS[vendor];
  if (!rule || field.tag !== "input") return false;
  const types = attributeCandidates(field, "type").map((t) => t.trim().toLowerCase());
  if (types.length > 0 && types.every((t) => rule.types.includes(t))) return true;
  return attributeCandidates(field, "autocomplete").some((value) => {
    const token = value.trim().toLowerCase().split(/\s+/u).at(-1) ?? "";
    return rule.autocompletePrefixes.some((p) => token.startsWith(p)) || rule.autocompleteSuffixes.some((s) => token.endsWith(s));
  });
}

/** Whether the vendor's own precedence lets a mask marker beat this unmask marker. */
function overriddenByMask(unmask: FoundMarker, sameVendor: readonly FoundMarker[]): boolean {
  const precedence = UNMASK_PRECEDENCE[unmask.marker.vendor];
  const masks = sameVendor.filter((hit) => hit.marker.kind !== "unmask" && hit.presence === "present");
  if (masks.length === 0) return false;
  if (precedence === "mask-wins") return true;
  if (precedence === "nearest-wins") {
    // Datadog reads an element's own level as hidden > mask > ... > allow, so a mask class beside
    // `data-dd-privacy="allow"` on the same element still masks; a nearer `allow` re-allows.
    return masks.some((hit) => hit.marker.kind === "block" || hit.depth <= unmask.depth);
  }
  return false;
}

/**
 * The unmask marker that really re-exposes this field's value under its vendor's rules, or null.
 * Skipped: markers that only reveal text when the field is an input (Clarity never unmasks input
 * values), form-control-only markers on editable text (Hotjar, New Relic), markers that need SDK
 * configuration to work (Sentry's v7 classes since v8), inputs the vendor always masks (Datadog:
 * password, email, tel, hidden, `cc-*`, `*-password`), and unmasks beaten by a mask marker of the
 * same vendor (FullStory and Amplitude: mask wins; Datadog: the nearest level wins, hidden always).
 * Element-only markers (Hotjar, Highlight, OpenReplay, New Relic) never reach descendants: see
 * `markersReaching`.
 */
export function effectiveUnmask(field: Field, vendors: ReadonlySet<VendorId> | null): FoundMarker | null {
  return effectiveUnmasks(field, vendors)[0] ?? null;
}

/** Every unmask marker that re-exposes the field, nearest first (one vendor's marker can hide another's). */
export function effectiveUnmasks(field: Field, vendors: ReadonlySet<VendorId> | null): FoundMarker[] {
  const reaching = markersReaching(field);
  const found: FoundMarker[] = [];
  for (const hit of reaching) {
    const { marker } = hit;
    if (marker.kind !== "unmask") continue;
    if (vendors && !vendors.has(marker.vendor)) continue;
    if (marker.needsConfiguration) continue;
    if (!marker.coversInputValues && field.tag !== "contenteditable") continue;
    // Hotjar's allow and New Relic's unmask work on form controls only, not on editable text.
    if (marker.fieldsOnly && field.tag === "contenteditable") continue;
    if (alwaysMaskedBy(field, marker.vendor)) continue;
    const sameVendor = reaching.filter((other) => other.marker.vendor === marker.vendor);
    if (overriddenByMask(hit, sameVendor)) continue;
    found.push(hit);
  }
  return found;
}
