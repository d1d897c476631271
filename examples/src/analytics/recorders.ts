import LogRocket from "logrocket";
import posthog from "posthog-js";
import { hasConsent } from "./consent";

/** Starts the product-analytics recorders once the app has mounted. */
export function startRecorders(user: { id: string; plan: string }): void {
  // Gated: LogRocket starts only after the visitor accepted statistics cookies.
  if (hasConsent("statistics")) {
    LogRocket.init("acme/checkout");
    LogRocket.identify(user.id, { plan: user.plan });
  }

  // Not gated: PostHog starts recording on every page load, before any consent.
  posthog.init("phc_exampleProjectKey", {
    api_host: "https://eu.i.posthog.com",
    person_profiles: "identified_only",
  });
  posthog.identify(user.id);
}
