// Session-recorder start-up code as apps write it: npm SDK inits (LogRocket, PostHog, Sentry
// Replay, Datadog RUM, FullStory, Hotjar, Clarity, rrweb), with and without a consent check.

/** @typedef {import("./jsx-fields.js").JsxCtx} JsxCtx */

/**
 * Each vendor: registers its imports and returns the init statement(s) (unindented lines).
 * `unsafe` turns on options that weaken default masking.
 * @type {Record<string, (ctx: JsxCtx, unsafe: boolean) => string[]>}
 */
const INITS = {
  logrocket(ctx, unsafe) {
    ctx.imports.default("logrocket", "LogRocket");
    const opts = unsafe ? ", {\n  dom: { inputSanitizer: false, textSanitizer: false },\n}" : ctx.rng.chance(0.5) ? ", {\n  release: import.meta.env.VITE_RELEASE,\n  network: { isEnabled: true },\n}" : "";
    return [`LogRocket.init("acme-${ctx.rng.int(10, 99)}/web-app"${opts});`];
  },
  posthog(ctx, unsafe) {
    ctx.imports.default("posthog-js", "posthog");
    const rec = unsafe ? "  session_recording: { maskAllInputs: false, maskTextSelector: null },\n" : "  session_recording: { maskAllInputs: true },\n";
    const defer = ctx.rng.chance(0.2) ? "  opt_out_capturing_by_default: true,\n" : "";
    return [`posthog.init("phc_${ctx.rng.int(100000, 999999)}abcdef", {\n  api_host: "https://eu.i.posthog.com",\n${rec}${defer}  capture_pageview: false,\n});`];
  },
  sentry(ctx, unsafe) {
    ctx.imports.namespace("@sentry/react", "Sentry");
    const replay = unsafe ? "Sentry.replayIntegration({ maskAllText: false, blockAllMedia: false, maskAllInputs: false })" : ctx.rng.chance(0.5) ? "Sentry.replayIntegration()" : "Sentry.replayIntegration({ block: [\".payment-form\"] })";
    return [
      "Sentry.init({",
      "  dsn: import.meta.env.VITE_SENTRY_DSN,",
      "  environment: import.meta.env.MODE,",
      `  integrations: [Sentry.browserTracingIntegration(), ${replay}],`,
      `  tracesSampleRate: ${ctx.rng.pick(["0.1", "0.2", "1.0"])},`,
      "  replaysSessionSampleRate: 0.1,",
      "  replaysOnErrorSampleRate: 1.0,",
      "});",
    ];
  },
  datadog(ctx, unsafe) {
    ctx.imports.named("@datadog/browser-rum", "datadogRum");
    return [
      "datadogRum.init({",
      "  applicationId: \"3f1c2d7e-0000-4000-8000-1234567890ab\",",
      "  clientToken: \"pub1234567890abcdef\",",
      "  site: \"datadoghq.eu\",",
      "  service: \"web-shop\",",
      "  sessionSampleRate: 100,",
      "  sessionReplaySampleRate: 20,",
      `  defaultPrivacyLevel: "${unsafe ? "allow" : ctx.rng.pick(["mask", "mask-user-input"])}",`,
      "});",
      "datadogRum.startSessionReplayRecording();",
    ];
  },
  fullstory(ctx) {
    if (ctx.rng.chance(0.5)) {
      ctx.imports.named("@fullstory/browser", "init");
      return [`init({ orgId: "o-${ctx.rng.int(1000, 9999)}-na1", devMode: import.meta.env.DEV });`];
    }
    ctx.imports.namespace("@fullstory/browser", "FullStory");
    return [`FullStory.init({ orgId: "o-${ctx.rng.int(1000, 9999)}-na1" });`];
  },
  hotjar(ctx) {
    ctx.imports.named("react-hotjar", "hotjar");
    return [`hotjar.initialize({ id: ${ctx.rng.int(1000000, 9999999)}, sv: 6 });`];
  },
  clarity(ctx) {
    ctx.imports.default("@microsoft/clarity", "Clarity");
    return [`Clarity.init("${ctx.rng.pick(["abcd1234", "k3j4h5g6", "qwer7890"])}");`];
  },
  rrweb(ctx, unsafe) {
    ctx.imports.named("rrweb", "record");
    ctx.imports.named("./transport", "sendEvents");
    return [
      "const stopRecording = record({",
      "  emit(event) {",
      "    sendEvents([event]);",
      "  },",
      `  maskAllInputs: ${unsafe ? "false" : "true"},`,
      "  blockClass: \"rr-block\",",
      "});",
      "window.addEventListener(\"pagehide\", () => stopRecording?.());",
    ];
  },
};

export const RECORDER_VENDORS = Object.keys(INITS);

/** @param {string[]} lines @param {string} pad */
const indent = (lines, pad) => lines.join("\n").split("\n").map((l) => (l ? pad + l : l));

/**
 * A module that starts a recorder. Returns the body (imports are registered on ctx.imports).
 * @param {JsxCtx} ctx
 * @param {string} vendor
 * @param {boolean} react whether the module is a React component (App-style) or a plain module
 * @returns {string}
 */
export function recorderModule(ctx, vendor, react) {
  const { rng, ts, imports } = ctx;
  const unsafe = rng.chance(0.2);
  const init = INITS[vendor](ctx, unsafe);
  const consent = rng.weighted([["none", 3], ["if", 3], ["callback", 2], ["event", 1], ["function", 2]]);
  const fn = `init${vendor[0].toUpperCase()}${vendor.slice(1)}`;
  const out = [];
  if (react) {
    imports.named("react", "useEffect");
    imports.named("./consent", "useConsent");
    imports.named("./CookieBanner", "CookieBanner");
    imports.named("./routes", "AppRoutes");
    const gated = consent !== "none";
    out.push(`function ${fn}() {`, ...indent(init, "  "), "}", "");
    out.push(
      "export default function App() {",
      "  const { analytics, accept } = useConsent();",
      "",
      "  useEffect(() => {",
      ...(gated ? ["    if (!analytics) return;", `    ${fn}();`] : [`    ${fn}();`]),
      `  }, [${gated ? "analytics" : ""}]);`,
      "",
      "  return (",
      "    <>",
      "      <AppRoutes />",
      rng.chance(0.5) ? `      <CookieBanner onAccept={() => {\n          accept("analytics");\n        }} />` : "      <CookieBanner onAccept={accept} />",
      "    </>",
      "  );",
      "}",
    );
    return out.join("\n");
  }
  switch (consent) {
    case "if":
      imports.named("./consent", "hasConsent");
      out.push(`if (hasConsent("${rng.pick(["analytics", "statistics", "performance"])}")) {`, ...indent(init, "  "), "}");
      break;
    case "callback":
      imports.named("./consent", "onConsentGranted");
      out.push(`onConsentGranted("${rng.pick(["analytics", "statistics"])}", () => {`, ...indent(init, "  "), "});");
      break;
    case "event":
      out.push("window.addEventListener(\"CookiebotOnAccept\", () => {", "  if (!window.Cookiebot?.consent.statistics) return;", ...indent(init, "  "), "});");
      break;
    case "function":
      out.push(`export function ${fn}()${ts ? ": void" : ""} {`, "  if (typeof window === \"undefined\") return;", ...indent(init, "  "), "}");
      break;
    default:
      out.push(...init);
  }
  if (rng.chance(0.5)) {
    out.push("", `export function identify${vendor[0].toUpperCase()}${vendor.slice(1)}(user${ts ? ": { id: string; plan: string }" : ""}) {`, `  // only non-personal traits are sent`, `  console.debug("identify", user.id, user.plan);`, "}");
  }
  return out.join("\n");
}
