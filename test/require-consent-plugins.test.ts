/**
 * require-consent on recorder wrappers that start the recorder without the vendor's own init call:
 * Vue plugins (`app.use(VueHotjar, { id })`), Angular modules (`NgxHotjarModule.forRoot(id)`) and
 * framework SDKs (Highlight's `<HighlightInit>` for Next.js), Nuxt Scripts' registry composables, npm
 * loaders (Contentsquare's tag SDK), vendor snippets pasted as code (FullStory's legacy snippet) and
 * nuxt.config's @nuxt/scripts registry.
 */
import { RuleTester } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { afterAll, describe, it } from "vitest";
import plugin from "../src/index.js";
import rule from "../src/rules/require-consent.js";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
(RuleTester as unknown as { afterAll: typeof afterAll }).afterAll = afterAll;

/** FullStory's legacy snippet as pasted into a JS file: settings on `window`, then the loader IIFE. */
const FULLSTORY_LEGACY = `function initFullstory() {
  window["_fs_host"] = "www.fullstory.com";
  window["_fs_org"] = "36A30";
  window["_fs_namespace"] = "FS";
  (function (m, n, e, t, l, o, g, y) {
    g = m[e] = function (a, b) { g.q ? g.q.push([a, b]) : g._api(a, b); };
    g.q = [];
    o = n.createElement(t);
    o.async = 1;
    o.src = "https://" + _fs_host + "/s/fs.js";
    y = n.getElementsByTagName(t)[0];
    y.parentNode.insertBefore(o, y);
  })(window, document, window["_fs_namespace"], "script", "user");
}`;

const tsx = { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } };

const tester = new RuleTester({
  plugins: { "replay-privacy": plugin },
  languageOptions: { parser: tsParser, ecmaVersion: "latest", sourceType: "module" },
});

tester.run("require-consent (plugins and modules)", rule, {
  valid: [
    {
      code: `import { createApp } from "vue";
import VueHotjar from "vue-hotjar-next";
import App from "./App.vue";
createApp(App).use(VueHotjar, { id: 3596998, isProduction: false }).mount("#app");`,
      name: "vue-hotjar-next switched off with isProduction: false",
    },
    {
      code: `import Hotjar from "vue-hotjar";
export default defineNuxtPlugin((nuxtApp) => {
  window.addEventListener("CookiebotOnAccept", () => {
    if (window.Cookiebot.consent.statistics) nuxtApp.vueApp.use(Hotjar, { id: 3596998 });
  });
});`,
      name: "vue-hotjar installed after Cookiebot consent",
    },
    {
      code: `import Hotjar from "./plugins/hotjar";
import router from "./router";
app.use(router).use(Hotjar, { id: 1 });`,
      name: "trap: an app's own module named Hotjar is not the vue-hotjar plugin",
    },
    {
      code: `import VueHotjar from "vue-hotjar-next";
export const plugins = [VueHotjar];
registerPlugin(VueHotjar, { id: 1 });`,
      name: "trap: the plugin referenced but not installed with use()",
    },
    {
      code: `import { NgxHotjarRouterModule } from "ngx-hotjar";
@NgModule({ imports: [NgxHotjarRouterModule] })
export class TrackingModule {}`,
      name: "trap: ngx-hotjar's router module alone does not start Hotjar",
    },
    {
      filename: "Highlight.tsx",
      code: `import { HighlightInit } from "@highlight-run/next/client";
export default function Highlight() {
  return <HighlightInit projectId={process.env.NEXT_PUBLIC_HIGHLIGHT_PROJECT_ID} disableSessionRecording />;
}`,
      languageOptions: tsx,
      name: "HighlightInit with session recording off",
    },
    {
      filename: "Highlight.tsx",
      code: `import { HighlightInit } from "@highlight-run/next/client";
import { useConsent } from "@/lib/consent";
export default function Highlight() {
  const { analytics } = useConsent();
  return analytics ? <HighlightInit projectId="1jdkoe52" /> : null;
}`,
      languageOptions: tsx,
      name: "HighlightInit rendered only with analytics consent",
    },
    {
      code: `import { H } from "@highlight-run/next/server";
export async function register() {
  H.init({ projectID: process.env.NEXT_PUBLIC_HIGHLIGHT_PROJECT_ID });
}`,
      name: "trap: Highlight's server entry traces the server and records no session",
    },
    {
      code: `import { AppRouterHighlight } from "@highlight-run/next/server";
export const withAppRouterHighlight = AppRouterHighlight({ projectID: "1jdkoe52" });`,
      name: "trap: Highlight's App Router server wrapper",
    },
    {
      code: `const agreedToCookies = ref(false);
useScriptHotjar({ id: 3596998, scriptOptions: { trigger: useScriptTriggerConsent({ consent: agreedToCookies }) } });`,
      name: "Nuxt Scripts: Hotjar loads on a consent trigger",
    },
    {
      code: `const { proxy } = useScriptClarity({ id: "k2h4j", scriptOptions: { trigger: "manual" } });`,
      name: "Nuxt Scripts: Clarity with a manual trigger waits for .load()",
    },
    {
      code: `import { useScriptHotjar } from "~/composables/hotjar";
useScriptHotjar({ id: 1 });`,
      name: "trap: an app's own composable with the registry's name",
    },
    {
      filename: "ContentsquareTag.jsx",
      code: `import { injectContentsquareScript } from "@contentsquare/tag-sdk";
export function ContentsquareTag({ consent }) {
  useEffect(() => {
    if (consent.analytics) injectContentsquareScript({ siteId: "5248379", async: true });
  }, [consent.analytics]);
  return null;
}`,
      languageOptions: tsx,
      name: "Contentsquare's npm loader behind an analytics consent check",
    },
    {
      code: `${FULLSTORY_LEGACY}
if (window.Cookiebot && Cookiebot.consent.statistics) initFullstory();`,
      name: "FullStory's legacy snippet as code, run after Cookiebot statistics consent",
    },
    {
      code: `window["_fs_capture_on_startup"] = false;
${FULLSTORY_LEGACY}
initFullstory();`,
      name: "FullStory's legacy snippet with capture off at startup",
    },
    {
      code: `window._fs_org = "36A30";
window._fs_namespace = "FS";`,
      name: "trap: FullStory settings without the snippet that loads fs.js",
    },
    {
      filename: "nuxt.config.ts",
      code: `export default defineNuxtConfig({
  modules: ["@nuxt/scripts"],
  scripts: { registry: { clarity: [{ id: "k2h4j" }, { trigger: "manual" }], hotjar: "mock" } },
});`,
      name: "nuxt.config: registry entries with a manual trigger or a mock load nothing on their own",
    },
    {
      filename: "nuxt.config.ts",
      code: `export default defineNuxtConfig({ npm: { registry: { hotjar: true } }, scripts: { globals: { hotjar: "https://example.com/x.js" } } });`,
      name: "trap: a key named registry outside scripts, and scripts.globals",
    },
    {
      filename: "nuxt.config.ts",
      code: `export default defineNuxtConfig({ modules: ["@nuxt/image"], hotjar: { hotjarId: 5001530 }, link: "nuxt-module-hotjar" });`,
      name: "trap: a Hotjar module's options and its name outside the modules list load nothing",
    },
    {
      code: `const settings = { modules: ["nuxt-module-hotjar"] };\nexport default settings;`,
      name: "trap: a modules list in an object that is not nuxt.config's",
    },
    {
      filename: "gatsby-config.js",
      code: `module.exports = {
  siteMetadata: { title: "Docs", credits: "gatsby-plugin-hotjar" },
  plugins: ["gatsby-plugin-react-helmet", { resolve: "gatsby-plugin-gdpr-cookies", options: { hotjar: { hjid: 700184, hjsv: 6, cookieName: "gatsby-gdpr-hotjar" } } }],
};`,
      name: "trap: a consent plugin that loads Hotjar only after consent, and a recorder plugin's name outside the plugins list",
    },
  ],
  invalid: [
    {
      filename: "nuxt.config.ts",
      code: `export default defineNuxtConfig({
  modules: ["@nuxt/scripts"],
  scripts: {
    registry: {
      clarity: { id: "k2h4j" },
      googleAnalytics: { id: "G-XXXX" },
    },
  },
  $production: { scripts: { registry: { hotjar: [{ id: 3596998 }, { trigger: "onNuxtReady" }] } } },
});`,
      errors: [
        { messageId: "missingConsent", data: { vendor: "Microsoft Clarity" }, line: 5, column: 7, endLine: 5, endColumn: 31 },
        { messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 9, column: 41, endLine: 9, endColumn: 94 },
      ],
      name: "nuxt.config: registry entries load Clarity, and Hotjar in production, on every page",
    },
    {
      filename: "nuxt.config.ts",
      code: `export default defineNuxtConfig({
  modules: ["nuxt-icon", "nuxt-module-hotjar"],
  hotjar: { hotjarId: 5001530, scriptVersion: 6 },
});`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 2, column: 26, endLine: 2, endColumn: 46 }],
      name: "nuxt.config: a Hotjar module in the modules list loads Hotjar on every page",
    },
    {
      filename: "nuxt.config.js",
      code: `export default {
  buildModules: [["@yabhq/nuxt-hotjar", { hjid: 1234567, hjsv: 6 }]],
};
defineNuxtConfig({ modules: [["@yabhq/nuxt-hotjar", { hjid: 7654321 }]] });`,
      errors: [
        { messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 2, column: 18, endLine: 2, endColumn: 68 },
        { messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 4, column: 30, endLine: 4, endColumn: 71 },
      ],
      name: "nuxt.config: a module given with its options, in Nuxt 2's exported object (buildModules) and in defineNuxtConfig",
    },
    {
      filename: "gatsby-config.js",
      code: `module.exports = {
  plugins: [
    "gatsby-plugin-react-helmet",
    { resolve: \`gatsby-plugin-hotjar\`, options: { sv: 6, id: 700184 } },
    { resolve: "gatsby-plugin-clarity", options: { clarity_project_id: "k2h4j" } },
  ],
};`,
      errors: [
        { messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 4, column: 5, endLine: 4, endColumn: 72 },
        { messageId: "missingConsent", data: { vendor: "Microsoft Clarity" }, line: 5, column: 5, endLine: 5, endColumn: 83 },
      ],
      name: "gatsby-config: recorder plugins in the plugins list load their recorder on every page",
    },
    {
      filename: "docusaurus.config.js",
      code: `const config = {
  title: "Docs",
  plugins: ["docusaurus-plugin-hotjar"],
  themeConfig: { hotjar: { applicationId: "3596998" } },
};
module.exports = config;`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 3, column: 13, endLine: 3, endColumn: 39 }],
      name: "docusaurus.config: the Hotjar plugin, in a config exported through a const",
    },
    {
      code: `import ls from "@livesession/sdk";
export const startLiveSession = (user) => {
  if (process.env.GATSBY_ENABLE_TRACKING) {
    ls.init("4c9e2f89.fe420345");
    ls.identify({ name: user.firstName, email: user.email });
  }
};`,
      errors: [{ messageId: "missingConsent", data: { vendor: "LiveSession" }, line: 4, column: 5, endLine: 4, endColumn: 33 }],
      name: "LiveSession's older npm SDK behind an environment flag only",
    },
    {
      code: `if (location.port == 8888) console.log("local");
else initFullstory();
${FULLSTORY_LEGACY}`,
      errors: [{ messageId: "missingConsent", data: { vendor: "FullStory" }, line: 5, column: 3, endLine: 5, endColumn: 30 }],
      name: "FullStory's legacy snippet as code, run on every page",
    },
    {
      filename: "ContentSquareScript.jsx",
      code: `import { useEffect } from "react";
import { injectContentsquareScript } from "@contentsquare/tag-sdk";
const ContentSquareScript = () => {
  useEffect(() => {
    injectContentsquareScript({ siteId: "5248379", async: true, defer: false });
  }, []);
  return null;
};`,
      languageOptions: tsx,
      errors: [{ messageId: "missingConsent", data: { vendor: "Contentsquare" }, line: 5, column: 5, endLine: 5, endColumn: 80 }],
      name: "Contentsquare's npm loader on mount",
    },
    {
      code: `useScriptHotjar({ id: 3596998 });`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 1, column: 1, endLine: 1, endColumn: 33 }],
      name: "Nuxt Scripts: auto-imported Hotjar composable with no trigger",
    },
    {
      code: `import { useScriptClarity } from "#imports";
useScriptClarity({ id: "k2h4j", scriptOptions: { trigger: "onNuxtReady" } });`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Microsoft Clarity" }, line: 2, column: 1, endLine: 2, endColumn: 77 }],
      name: "Nuxt Scripts: Clarity imported from #imports, loaded when Nuxt is ready",
    },
    {
      filename: "Highlight.tsx",
      code: `import { HighlightInit } from "@highlight-run/next/client";
export default function Highlight() {
  return (
    <HighlightInit
      projectId={process.env.NEXT_PUBLIC_HIGHLIGHT_PROJECT_ID}
      serviceName="nouns-flows"
      networkRecording={{ enabled: true, recordHeadersAndBody: true }}
    />
  );
}`,
      languageOptions: tsx,
      errors: [{ messageId: "missingConsent", data: { vendor: "Highlight.io" }, line: 4, column: 5, endLine: 8, endColumn: 7 }],
      name: "HighlightInit in the root layout",
    },
    {
      filename: "highlight.tsx",
      code: `"use client";
import { H } from "@highlight-run/next";
H.init("1jdkoe52", { networkRecording: { enabled: true } });`,
      languageOptions: tsx,
      errors: [{ messageId: "missingConsent", data: { vendor: "Highlight.io" }, line: 3, column: 1, endLine: 3, endColumn: 60 }],
      name: "H.init from the Next.js SDK's main entry",
    },
    {
      code: `import Hotjar from "vue-hotjar";
export default defineNuxtPlugin((nuxtApp) => {
  if (HOTJAR_KEY) {
    nuxtApp.vueApp.use(Hotjar, {
      id: HOTJAR_KEY,
    });
  }
});`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 4, column: 5, endLine: 6, endColumn: 7 }],
      name: "Nuxt plugin installing vue-hotjar behind a key check only",
    },
    {
      code: `import { createApp } from "vue";
import VueHotjar from "vue-hotjar-next";
import App from "./App.vue";
createApp(App).use(VueHotjar, { id: 3596998, isProduction: import.meta.env.PROD }).mount("#app");`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 4, column: 1, endLine: 4, endColumn: 83 }],
      name: "vue-hotjar-next installed in main.ts, isProduction not a consent check",
    },
    {
      code: `import Vue from "vue";
const Hotjar = require("vue-hotjar");
Vue.use(Hotjar, { id: "2413281" });`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 3, column: 1, endLine: 3, endColumn: 35 }],
      name: "Vue 2 global install through require()",
    },
    {
      code: `import { NgModule } from "@angular/core";
import { NgxHotjarModule, NgxHotjarRouterModule } from "ngx-hotjar";
@NgModule({
  imports: [NgxHotjarModule.forRoot("2413281"), NgxHotjarRouterModule],
})
export class AppModule {}`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 4, column: 13, endLine: 4, endColumn: 47 }],
      name: "ngx-hotjar's forRoot in the root module's imports",
    },
  ],
});
