/**
 * Does a `<script>` element's own markup keep it from running until consent?
 * Works on plain attribute values, so HTML pages and JSX `<script>` / `<Script>` elements share it.
 *
 * - A non-JavaScript `type` (`text/plain`, `didomi/javascript`, `javascript/blocked`...) never runs
 *   by itself; a consent platform re-enables it for the category in its own attribute or class.
 * - CookieYes and Osano block executable `<script src>` by their own attribute, without a type.
 * - Category mismatches run without consent: `data-cookieconsent="necessary"`,
 *   `class="optanon-category-C0001"`, `data-category="!analytics"`; `data-cookieconsent="ignore"`
 *   exempts a script from blocking.
 */
import { CONSENT_PLATFORMS, JAVASCRIPT_TYPES } from "../data/consent-platforms.js";
import { classifyCategory } from "./consent-names.js";

export interface ScriptAttribute {
  value: string;
  /** The value holds template syntax (only known when the page renders). */
  dynamic: boolean;
}

export type MarkupVerdict =
  | { kind: "runs" }
  | { kind: "blocked"; platform: string | null }
  | { kind: "dynamic" }
  | { kind: "mismatch"; attribute: string; category: string }
  | { kind: "exempt"; attribute: string };

interface MarkerSpec {
  platform: string;
  attribute?: string;
  classPrefix?: string;
  className?: string;
  runtime: boolean;
}

const MARKERS: readonly MarkerSpec[] = CONSENT_PLATFORMS.flatMap((platform) => {
  if (!platform.markup) return [];
  const specs: MarkerSpec[] = [];
  for (const attribute of platform.markup.categoryAttributes) specs.push({ platform: platform.name, attribute, runtime: false });
  for (const attribute of platform.markup.runtimeBlockingAttributes) specs.push({ platform: platform.name, attribute, runtime: true });
  for (const cls of platform.markup.categoryClasses) {
    if (cls.endsWith("*")) specs.push({ platform: platform.name, classPrefix: cls.slice(0, -1).toLowerCase(), runtime: false });
    else specs.push({ platform: platform.name, className: cls.toLowerCase(), runtime: false });
  }
  return specs;
});

/** Attributes whose value is a service or vendor name rather than a category. */
const SERVICE_ATTRIBUTES = new Set(["data-usercentrics", "data-name", "data-service", "data-vendor", "data-vendor-raw", "data-cmp-vendor"]);

export function scriptMarkupVerdict(attributes: ReadonlyMap<string, ScriptAttribute>, hasSrc: boolean): MarkupVerdict {
  const type = attributes.get("type");
  if (type?.dynamic) return { kind: "dynamic" };
  const typeValue = (type?.value ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const executable = JAVASCRIPT_TYPES.has(typeValue);

  const ignore = attributes.get("data-cookieconsent");
  if (ignore && !ignore.dynamic && ignore.value.trim().toLowerCase() === "ignore" && executable) {
    return { kind: "exempt", attribute: 'data-cookieconsent="ignore"' };
  }

  const classes = (attributes.get("class")?.value ?? "").split(/\s+/).filter(Boolean);
  let platform: string | null = null;
  let runtimePlatform: string | null = null;
  for (const marker of MARKERS) {
    if (marker.attribute) {
      const attribute = attributes.get(marker.attribute);
      if (!attribute) continue;
      if (attribute.dynamic) return executable && !marker.runtime ? { kind: "runs" } : { kind: "dynamic" };
      const mismatch = categoryMismatch(marker.attribute, attribute.value);
      if (mismatch && (!executable || marker.runtime)) return { kind: "mismatch", attribute: marker.attribute, category: mismatch };
      if (marker.runtime) runtimePlatform ??= marker.platform;
      else platform ??= marker.platform;
      continue;
    }
    for (const cls of classes) {
      const lower = cls.toLowerCase();
      if (marker.classPrefix && lower.startsWith(marker.classPrefix)) {
        const category = cls.slice(marker.classPrefix.length);
        if (classifyCategory(category) === "always-on" && !executable) return { kind: "mismatch", attribute: `class="${cls}"`, category };
        platform ??= marker.platform;
      } else if (marker.className && lower === marker.className) {
        platform ??= marker.platform;
      }
    }
  }

  if (!executable) return { kind: "blocked", platform };
  // CookieYes and Osano block scripts with their own src at run time; inline code still runs.
  if (runtimePlatform && hasSrc) return { kind: "blocked", platform: runtimePlatform };
  return { kind: "runs" };
}

/** The offending category of a CMP attribute value, or null when it is a consent category. */
function categoryMismatch(attribute: string, value: string): string | null {
  if (SERVICE_ATTRIBUTES.has(attribute)) return null;
  for (const part of value.split(/[\s,]+/)) {
    if (!part) continue;
    if (part.toLowerCase() === "ignore" && attribute === "data-cookieconsent") return part;
    if (classifyCategory(part) === "always-on") return part;
  }
  return null;
}
