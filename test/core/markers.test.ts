import { describe, expect, it } from "vitest";
import { markersOn, markersReaching, maskingVerdict } from "../../src/core/markers.js";
import type { VendorId } from "../../src/data/vendors.js";
import { carrier, dynamic, field } from "./field-helper.js";
import { mayNameUnmaskMarker } from "../../src/core/unmask.js";

const name = (hit: { marker: { name: string; vendor: string } } | null) => (hit ? `${hit.marker.vendor}:${hit.marker.name}` : null);
const vendors = (...ids: VendorId[]) => new Set<VendorId>(ids);

describe("markers on one element", () => {
  it("finds attribute markers by presence and value-keyed markers by value", () => {
    expect(markersOn(carrier({ "data-private": "" }), 0).map(name)).toEqual(["logrocket:data-private"]);
    expect(markersOn(carrier({ "data-dd-privacy": "mask" }), 0).map((h) => `${h.marker.kind}:${h.presence}`)).toEqual(["mask:present"]);
    expect(markersOn(carrier({ "data-dd-privacy": "allow" }), 0).map((h) => h.marker.kind)).toEqual(["unmask"]);
    expect(markersOn(carrier({ "data-dd-privacy": "bogus" }), 0)).toEqual([]);
  });

  it("finds class markers, and several vendors' readings of one class", () => {
    expect(markersOn(carrier({}, ["input", "fs-exclude"]), 0).map(name)).toEqual(["fullstory:fs-exclude", "mixpanel:fs-exclude"]);
  });

  it("marks markers present only under a condition", () => {
    expect(markersOn(carrier({}, [{ name: "fs-exclude", conditional: true }]), 0).map((h) => h.presence)).toEqual(["conditional", "conditional"]);
    expect(markersOn(carrier({ "data-private": dynamic(["true"], { mayBeAbsent: true }) }), 0).map((h) => h.presence)).toEqual(["conditional"]);
    expect(markersOn(carrier({ "data-dd-privacy": dynamic(["mask", "mask-user-input"]) }), 0).map((h) => h.presence)).toEqual(["present"]);
    expect(markersOn(carrier({ "data-dd-privacy": dynamic(["mask", "allow"]) }), 0).map((h) => `${h.marker.kind}:${h.presence}`)).toEqual(["mask:conditional", "unmask:conditional"]);
  });
});

describe("markers reaching a field", () => {
  it("inherits markers from ancestors, nearest first, with their depth", () => {
    const hits = markersReaching(field({ ancestors: [carrier({}, ["rr-block"]), carrier({ "data-private": "" })] }));
    expect(hits.map((h) => [name(h), h.depth])).toEqual([["rrweb:rr-block", 1], ["mixpanel:rr-block", 1], ["logrocket:data-private", 2]]);
  });

  it("does not carry element-only markers down", () => {
    for (const only of ["rr-ignore", "ph-ignore-input", "sessioncamexclude", "nr-ignore"]) {
      expect(markersReaching(field({ ancestors: [carrier({}, [only])] }))).toEqual([]);
      expect(maskingVerdict(field({ classes: [only] }), null).protectedBy).not.toBeNull();
    }
    expect(markersReaching(field({ ancestors: [carrier({ "data-hj-allow": "" })] }))).toEqual([]);
  });
});

describe("masking verdict", () => {
  it("is protected by a marker that covers input values", () => {
    expect(name(maskingVerdict(field({ classes: ["fs-exclude"] }), null).protectedBy)).toBe("fullstory:fs-exclude");
    expect(name(maskingVerdict(field({ ancestors: [carrier({ "data-sentry-mask": "" })] }), null).protectedBy)).toBe("sentry:data-sentry-mask");
  });

  it("sets apart text-only markers", () => {
    for (const textOnly of ["rr-mask", "ph-mask", "highlight-mask", "nr-mask"]) {
      const verdict = maskingVerdict(field({ ancestors: [carrier({}, [textOnly])] }), null);
      expect(verdict.protectedBy).toBeNull();
      expect(verdict.textOnly?.marker.name).toBe(textOnly);
    }
  });

  it("sets apart markers present only under a condition", () => {
    const verdict = maskingVerdict(field({ classes: [{ name: "fs-exclude", conditional: true }] }), null);
    expect(verdict.protectedBy).toBeNull();
    expect(verdict.conditionalOnly?.marker.name).toBe("fs-exclude");
  });

  it("does not count unmask markers as protection", () => {
    const verdict = maskingVerdict(field({ attrs: { "data-dd-privacy": "allow" }, classes: ["fs-unmask"] }), null);
    expect(verdict).toEqual({ protectedBy: null, conditionalOnly: null, textOnly: null });
  });

  it("counts only the configured recorders' markers", () => {
    const fs = field({ classes: ["fs-exclude"] });
    expect(maskingVerdict(fs, vendors("posthog")).protectedBy).toBeNull();
    expect(name(maskingVerdict(fs, vendors("fullstory")).protectedBy)).toBe("fullstory:fs-exclude");
    // Mixpanel honours FullStory's, rrweb's, PostHog's and Amplitude's block classes.
    expect(name(maskingVerdict(fs, vendors("mixpanel")).protectedBy)).toBe("mixpanel:fs-exclude");
    expect(maskingVerdict(field({ attrs: { "data-private": "" } }), vendors("sentry", "datadog")).protectedBy).toBeNull();
  });
});

describe("mayNameUnmaskMarker (the text pre-check of no-unmask-sensitive)", () => {
  it.each([
    ["a FullStory unmask class", `<input className="fs-unmask" />`],
    ["a Hotjar allow attribute", `<div data-hj-allow><input /></div>`],
    ["Datadog allow as a literal", `<input data-dd-privacy="allow" />`],
    ["Datadog allow through the SDK enum", `<input data-dd-privacy={DefaultPrivacyLevel.ALLOW} />`],
    ["a Datadog allow class", `<section className="dd-privacy-allow"><input /></section>`],
    ["a Highlight record class", `<input className="data-hl-record" />`],
    ["a New Relic unmask attribute", `<input data-nr-unmask />`],
  ])("accepts %s", (_name, text) => {
    expect(mayNameUnmaskMarker(text)).toBe(true);
  });

  it.each([
    ["a file without markers", `<input name="email" />`],
    ["Datadog's mask value only", `<input data-dd-privacy="mask" />`],
    ["the word allow without the Datadog attribute", `const allowList = ["a"]; <input className="fs-exclude" />`],
    ["a name's last word alone", `<div className="pre-allow unmask-later" data-record />`],
  ])("skips %s", (_name, text) => {
    expect(mayNameUnmaskMarker(text)).toBe(false);
  });
});
