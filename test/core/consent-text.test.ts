/** Consent checks read from text: inline scripts and server-template conditionals. */
import { describe, expect, it } from "vitest";
import { conditionTextReadsConsent, insideConsentTemplateBlock, scriptTextHasConsentGate } from "../../src/core/consent-text.js";

describe("consent in script text", () => {
  it("finds consent conditions and accept-only callbacks", () => {
    expect(scriptTextHasConsentGate("if (Cookiebot.consent.statistics) { load(); }")).toBe(true);
    expect(scriptTextHasConsentGate("if (OnetrustActiveGroups.indexOf(',C0002,') > -1) load();")).toBe(true);
    expect(scriptTextHasConsentGate("window.addEventListener('CookiebotOnAccept', load);")).toBe(true);
    expect(scriptTextHasConsentGate("function CookiebotCallback_OnAccept() { load(); }")).toBe(true);
    expect(scriptTextHasConsentGate("new CookieBanner({ onAccept: function () { load(); } });")).toBe(true);
    // A page's own banner: the choice kept in storage under a consent key, compared with an accepting value.
    expect(scriptTextHasConsentGate(`var KEY = "cookie_consent";\nfunction read() { return localStorage.getItem(KEY); }\nif (read() === "granted") loadMouseflow();`)).toBe(true);
  });

  it("trap: an accepting value compared without a consent key in storage", () => {
    expect(scriptTextHasConsentGate(`var theme = localStorage.getItem("theme");\nif (theme === "true") load();`)).toBe(false);
    expect(scriptTextHasConsentGate(`if (window.__ready === "yes") load();`)).toBe(false);
    expect(scriptTextHasConsentGate(`var c = "cookie_consent";\nif (flag === "granted") load();`)).toBe(false);
  });

  it("ignores traps", () => {
    expect(scriptTextHasConsentGate("gtag('consent', 'default', { analytics_storage: 'denied' }); load();")).toBe(false);
    expect(scriptTextHasConsentGate("clarity('consent'); load();")).toBe(false);
    expect(scriptTextHasConsentGate("if (Cookiebot.consent.necessary) load();")).toBe(false);
    expect(scriptTextHasConsentGate("if (location.hostname === 'example.com') load();")).toBe(false);
    expect(scriptTextHasConsentGate("window.addEventListener('CookiebotOnConsentReady', load);")).toBe(false);
  });

  it("reads conditions", () => {
    expect(conditionTextReadsConsent("consent.analytics && ready")).toBe(true);
    expect(conditionTextReadsConsent("settings.DEBUG == False")).toBe(false);
    expect(conditionTextReadsConsent("canTrack", new Set(["canTrack"]))).toBe(true);
  });
});

describe("server-template conditionals", () => {
  const page = `{% if request.COOKIES.cookie_consent == 'accepted' %}
<script src="a"></script>
{% endif %}
<script src="b"></script>
{{#if analyticsConsent}}<script src="c"></script>{{/if}}
<?php if (cmplz_has_consent('statistics')): ?><script src="d"></script><?php endif; ?>
{% if settings.HOTJAR %}<script src="e"></script>{% endif %}`;
  const at = (marker: string) => page.indexOf(`src="${marker}"`);

  it("sees scripts inside a consent conditional", () => {
    expect(insideConsentTemplateBlock(page, at("a"))).toBe(true);
    expect(insideConsentTemplateBlock(page, at("c"))).toBe(true);
    expect(insideConsentTemplateBlock(page, at("d"))).toBe(true);
  });

  it("does not see scripts after the block or inside other conditionals", () => {
    expect(insideConsentTemplateBlock(page, at("b"))).toBe(false);
    expect(insideConsentTemplateBlock(page, at("e"))).toBe(false);
  });
});
