/** scriptMarkupVerdict: consent-platform blocking markup on `<script>` elements. */
import { describe, expect, it } from "vitest";
import { scriptMarkupVerdict, type ScriptAttribute } from "../../src/core/consent-markup.js";

function verdict(attributes: Record<string, string>, dynamic: string[] = []) {
  const map = new Map<string, ScriptAttribute>(Object.entries(attributes).map(([name, value]) => [name, { value, dynamic: dynamic.includes(name) }]));
  return scriptMarkupVerdict(map, "src" in attributes).kind;
}

describe("script markup", () => {
  it.each([
    ["Cookiebot", { type: "text/plain", "data-cookieconsent": "statistics" }],
    ["OneTrust", { type: "text/plain", class: "optanon-category-C0002" }],
    ["Usercentrics", { type: "text/plain", "data-usercentrics": "Hotjar" }],
    ["iubenda", { type: "text/plain", class: "_iub_cs_activate", "data-iub-purposes": "4" }],
    ["Klaro", { type: "text/plain", "data-type": "text/javascript", "data-name": "hotjar" }],
    ["orestbida / Complianz", { type: "text/plain", "data-category": "analytics" }],
    ["Didomi", { type: "didomi/javascript", "data-vendor": "c:hotjar" }],
    ["Pandectes", { type: "javascript/blocked", "data-cookiecategory": "performance" }],
    ["CCM19", { type: "text/x-ccm-loader", "data-ccm-loader-group": "stats" }],
    ["CookieYes on a src script", { src: "https://x", "data-cookieyes": "cookieyes-analytics" }],
    ["Osano on a src script", { src: "https://x", "data-osano": "ANALYTICS" }],
    ["an unknown non-JavaScript type", { type: "text/template" }],
  ])("%s blocks the script", (_name, attributes) => {
    expect(verdict(attributes)).toBe("blocked");
  });

  it.each([
    ["no type", {}],
    ["module", { type: "module" }],
    ["text/javascript with a charset", { type: "text/javascript; charset=utf-8" }],
    ["Partytown still runs it", { type: "text/partytown" }],
    ["CookieYes on inline code", { "data-cookieyes": "cookieyes-analytics" }],
  ])("%s runs", (_name, attributes) => {
    expect(verdict(attributes)).toBe("runs");
  });

  it("reports category mismatches and exemptions", () => {
    expect(verdict({ type: "text/plain", "data-cookieconsent": "necessary" })).toBe("mismatch");
    expect(verdict({ type: "text/plain", class: "optanon-category-C0001" })).toBe("mismatch");
    expect(verdict({ type: "text/plain", "data-category": "!analytics" })).toBe("mismatch");
    expect(verdict({ src: "https://x", "data-cookieyes": "cookieyes-necessary" })).toBe("mismatch");
    expect(verdict({ "data-cookieconsent": "ignore" })).toBe("exempt");
  });

  it("leaves template-driven types alone", () => {
    expect(verdict({ type: "{{ t }}" }, ["type"])).toBe("dynamic");
  });
});
