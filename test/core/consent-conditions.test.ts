/** ConsentConditions: which tests read consent, and in which direction. */
import { Linter, type Rule, type SourceCode } from "eslint";
import { describe, expect, it } from "vitest";
import { ConsentGates } from "../../src/core/consent-gates.js";

/** Evaluates the test of the last `if` in `code`: [whenTrue, whenFalse]. */
function evaluate(code: string, guards: string[] = []): [boolean, boolean] {
  let result: [boolean, boolean] = [false, false];
  const linter = new Linter({ configType: "flat" });
  const messages = linter.verify(code, [
    {
      languageOptions: { ecmaVersion: "latest", sourceType: "module" },
      plugins: {
        probe: {
          rules: {
            conditions: {
              create(context) {
                return {
                  IfStatement(node: Rule.Node & { test: never }) {
                    const gates = new ConsentGates(context.sourceCode as SourceCode, { guards });
                    result = [gates.conditions.whenTrue(node.test), gates.conditions.whenFalse(node.test)];
                  },
                };
              },
            },
          },
        },
      },
      rules: { "probe/conditions": "error" },
    },
  ]);
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(fatal.message);
  return result;
}

describe("consent conditions", () => {
  it.each([
    ["consent-named variables", "if (cookiesAccepted) {}"],
    ["consent member with an analytics category", "if (consent.analytics) {}"],
    ["optional chain on a CMP global", "if (window.Cookiebot?.consent?.statistics) {}"],
    ["consent check call with a category", "if (hasConsent('analytics')) {}"],
    ["orestbida acceptedCategory", "if (CookieConsent.acceptedCategory('analytics')) {}"],
    ["OneTrust group list", "if (OnetrustActiveGroups.includes('C0002')) {}"],
    ["OneTrust comma list with indexOf", "if (window.OptanonActiveGroups.indexOf(',C0002,') !== -1) {}"],
    ["Complianz", "if (cmplz_has_consent('statistics')) {}"],
    ["WP Consent API", "if (wp_has_consent('statistics')) {}"],
    ["Didomi", "if (Didomi.getUserConsentStatusForPurpose('analytics')) {}"],
    ["Osano", "if (Osano.cm.analytics) {}"],
    ["Termly", "if (Termly.getConsentState().analytics) {}"],
    ["a stored value compared with accepted", "if (localStorage.getItem('cookie-consent') === 'accepted') {}"],
    ["a cookie string holding an accepted value", "if (document.cookie.includes('cookieconsent_status=allow')) {}"],
    ["a regex over the cookie", "if (/analytics_consent=true/.test(document.cookie)) {}"],
    ["a parsed stored object", "const prefs = JSON.parse(localStorage.getItem('cookie-preferences') || '{}'); if (prefs.statistics) {}"],
    ["a consent hook's category", "const { analytics } = useCookieConsent(); if (analytics) {}"],
    ["a consent store selector", "const stats = useConsentStore((s) => s.statistics); if (stats) {}"],
    ["an opt-in flag", "if (user.analyticsOptIn) {}"],
    ["PostHog's own consent status", "if (posthog.get_explicit_consent_status() === 'granted') {}"],
    ["a consent status compared with a consent-specific value", "if (status === 'granted') {}"],
    ["an enum-like accepted value", "if (consentState === ConsentStatus.GRANTED) {}"],
    ["a conjunction with a non-consent test", "if (isProduction && consent.analytics) {}"],
    ["a same-file helper returning a consent check", "function canRecord() { return localStorage.getItem('tracking') === 'granted'; } if (canRecord()) {}"],
    ["a store selector of a consent decision", "const allowed = useSelector(selectAnalyticsAllowed); if (allowed) {}"],
    ["a decision key from a consent hook", "const { allowed } = useConsent('analytics'); if (allowed) {}"],
    ["a consent listener's decision parameter", "onConsentChange((allowed) => { if (allowed) {} });"],
    ["c15t's has() from the consent manager", "const { has } = useConsentManager(); if (has('measurement')) {}"],
  ])("%s: truthy means consent", (_name, code) => {
    expect(evaluate(code)[0]).toBe(true);
  });

  it.each([
    ["negated consent", "if (!consent.analytics) {}"],
    ["a disjunction with a negated consent", "if (!hasConsent() || !dsn) {}"],
    ["a stored value not accepted", "if (localStorage.getItem('cookie-consent') !== 'accepted') {}"],
    ["a refusal compared", "if (consentStatus === 'denied') {}"],
  ])("%s: falsy means consent (early returns, else)", (_name, code) => {
    expect(evaluate(code)[1]).toBe(true);
  });

  it.each([
    ["environment check", "if (process.env.NODE_ENV === 'production') {}"],
    ["Vite env flag named like consent", "if (import.meta.env.VITE_ANALYTICS_ALLOWED) {}"],
    ["build-time constant", "if (ALLOW_TRACKING_BY_DEFAULT) {}"],
    ["feature flag", "if (flags.replay || isFeatureEnabled('replay')) {}"],
    ["ID presence", "if (hotjarId) {}"],
    ["typeof window", "if (typeof window !== 'undefined') {}"],
    ["a consent cookie merely existing", "if (getCookieConsentValue()) {}"],
    ["a stored consent read without a value", "const c = localStorage.getItem('cookieConsent'); if (c) {}"],
    ["a cookie name without a value", "if (document.cookie.includes('cookie_consent')) {}"],
    ["necessary is always true", "if (Cookiebot.consent.necessary) {}"],
    ["C0001 is always active", "if (OnetrustActiveGroups.includes('C0001')) {}"],
    ["Complianz functional is always true", "if (cmplz_has_consent('functional')) {}"],
    ["a hook's necessary category", "const { necessary } = useCookieConsent(); if (necessary) {}"],
    ["consent being required is not consent", "if (Didomi.isConsentRequired()) {}"],
    ["GDPR applying is not consent", "if (tcData.gdprApplies) {}"],
    ["a banner being shown", "if (showConsentBanner) {}"],
    ["opt-out status", "if (!posthog.has_opted_out_capturing()) {}"],
    ["Do Not Track", "if (navigator.doNotTrack !== '1') {}"],
    ["a browser permission", "if (Notification.permission === 'granted') {}"],
    ["a consent value that is not a decision", "if (consent.version === 2) {}"],
    ["a loading flag from a consent hook", "const { isLoading } = useConsent(); if (isLoading) {}"],
    ["a plain callback's parameter", "setTimeout((allowed) => { if (allowed) {} });"],
    ["a selector of something else", "const user = useSelector(selectUser); if (user) {}"],
  ])("%s: not a consent check", (_name, code) => {
    expect(evaluate(code)).toEqual([false, false]);
  });

  it("honours user guards, but not for always-on categories", () => {
    expect(evaluate("if (mayRecord()) {}", ["mayRecord"])[0]).toBe(true);
    expect(evaluate("if (privacy.canRecord) {}", ["privacy.canRecord"])[0]).toBe(true);
    expect(evaluate("if (mayRecord('necessary')) {}", ["mayRecord"])[0]).toBe(false);
  });
});
