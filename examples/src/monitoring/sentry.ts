import * as Sentry from "@sentry/react";

Sentry.init({
  dsn: "https://examplePublicKey@o0.ingest.sentry.io/0",
  tracesSampleRate: 0.2,
  replaysSessionSampleRate: 0.1,
  replaysOnErrorSampleRate: 1.0,
  integrations: [
    // "Support cannot read the replays": so someone switched input masking off for every page.
    Sentry.replayIntegration({ maskAllInputs: false }),
  ],
});
