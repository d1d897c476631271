/** require-consent on Vue single-file components: the script block is JS and gets the JS analysis. */
import { RuleTester } from "eslint";
import vueParser from "vue-eslint-parser";
import { afterAll, describe, it } from "vitest";
import plugin from "../src/index.js";
import rule from "../src/rules/require-consent.js";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
(RuleTester as unknown as { afterAll: typeof afterAll }).afterAll = afterAll;

const tester = new RuleTester({
  plugins: { "replay-privacy": plugin },
  languageOptions: { parser: vueParser, ecmaVersion: "latest", sourceType: "module" },
});

tester.run("require-consent (vue)", rule, {
  valid: [
    {
      filename: "Analytics.vue",
      code: `<template><div /></template>
<script setup>
import { watch } from "vue";
import posthog from "posthog-js";
import { useConsent } from "@/composables/consent";
const consent = useConsent();
watch(() => consent.value.analytics, (granted) => {
  if (granted) posthog.init("phc_abc", { api_host: "https://eu.i.posthog.com" });
}, { immediate: true });
</script>`,
      name: "script setup: recorder started in a consent watcher",
    },
    {
      filename: "CookieBanner.vue",
      code: `<template><vue-cookie-accept-decline @clicked-accept="cookieClickedAccept" /></template>
<script>
import LogRocket from "logrocket";
export default {
  methods: {
    cookieClickedAccept() {
      LogRocket.init("acme/web");
    },
  },
};
</script>`,
      name: "options API: accept handler from vue-cookie-accept-decline",
    },
  ],
  invalid: [
    {
      filename: "App.vue",
      code: `<template><RouterView /></template>
<script setup>
import { onMounted } from "vue";
import LogRocket from "logrocket";
onMounted(() => {
  LogRocket.init("acme/web");
});
</script>`,
      errors: [{ messageId: "missingConsent", data: { vendor: "LogRocket" }, line: 6, column: 3, endLine: 6, endColumn: 29 }],
      name: "script setup: recorder started on mount",
    },
    {
      filename: "Hotjar.vue",
      code: `<script>
import Hotjar from "@hotjar/browser";
export default {
  mounted() {
    if (import.meta.env.PROD) Hotjar.init(123, 6);
  },
};
</script>`,
      errors: [{ messageId: "missingConsent", data: { vendor: "Hotjar" }, line: 5, column: 31, endLine: 5, endColumn: 50 }],
      name: "options API: mounted hook with an environment check",
    },
  ],
});
