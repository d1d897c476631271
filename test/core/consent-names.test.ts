/** Consent vocabulary: names, handler names, categories and values. */
import { describe, expect, it } from "vitest";
import { classifyCategory, classifyName, classifyValue, encodesAcceptedConsent, isAcceptHandlerName, tokenize } from "../../src/core/consent-names.js";

describe("consent names", () => {
  it("tokenises camelCase, snake_case, kebab-case and acronyms", () => {
    expect(tokenize("OnetrustActiveGroups")).toEqual(["onetrust", "active", "groups"]);
    expect(tokenize("cookie_consent-value")).toEqual(["cookie", "consent", "value"]);
    expect(tokenize("isGDPRConsentGiven")).toEqual(["is", "gdpr", "consent", "given"]);
  });

  it.each(["consent", "hasConsent", "cookiesAccepted", "hasAcceptedCookies", "isAnalyticsAllowed", "trackingAllowed", "analyticsOptIn", "optedIn", "granted", "userConsents",
    // An accepted cookie banner (modal, popup) is a decision too.
    "cookiebanner-accepted", "cookieBannerAccepted", "consentModalAccepted"])(
    "%s names a consent decision",
    (name) => { expect(classifyName(name).consent).toBe(true); },
  );

  it.each(["isConsentRequired", "showConsentBanner", "consentModalOpen", "consentLoaded", "hasOptedOut", "trackingEnabled", "permission", "analyticsId", "isGdprCountry", "CONSENT_COOKIE_NAME",
    "cookieBannerShown", "bannerAcceptedVisible", "cookieBannerRejected", "showCookieBanner"])(
    "%s does not name a consent decision",
    (name) => { expect(classifyName(name).consent).toBe(false); },
  );

  it("recognises refusals", () => {
    expect(classifyName("cookiesDeclined").rejected).toBe(true);
    expect(classifyName("consentDenied").rejected).toBe(true);
  });

  it.each(["onAccept", "acceptCookies", "handleAcceptAll", "onConsentGranted", "optIn", "allowCookies", "enableTracking"])("%s is an accept handler", (name) => { expect(isAcceptHandlerName(name)).toBe(true); },
  );

  it.each(["hasAccepted", "isAllowed", "onDecline", "rejectAll", "handleConsent", "initAnalytics", "optOut"])("%s is not an accept handler", (name) => { expect(isAcceptHandlerName(name)).toBe(false); },
  );

  it("classifies categories", () => {
    expect(classifyCategory("statistics")).toBe("analytics");
    expect(classifyCategory("C0002")).toBe("analytics");
    expect(classifyCategory("cookieyes-analytics")).toBe("analytics");
    expect(classifyCategory("marketing")).toBe("other");
    expect(classifyCategory("necessary")).toBe("always-on");
    expect(classifyCategory("strictly_necessary")).toBe("always-on");
    expect(classifyCategory("C0001")).toBe("always-on");
    expect(classifyCategory("!analytics")).toBe("always-on");
    expect(classifyCategory("Hotjar")).toBe("unknown");
  });

  it("classifies values and encoded cookie strings", () => {
    expect(classifyValue("granted")).toBe("accept");
    expect(classifyValue(true)).toBe("accept");
    expect(classifyValue("denied")).toBe("reject");
    expect(classifyValue("pending")).toBe("unknown");
    expect(encodesAcceptedConsent("cookieconsent_status=allow")).toBe(true);
    expect(encodesAcceptedConsent('"analytics":true')).toBe(true);
    expect(encodesAcceptedConsent("cookie_consent")).toBe(false);
  });
});
