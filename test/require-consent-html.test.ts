/**
 * require-consent on HTML pages and server templates (the `replay-privacy/html` language):
 * recorder `<script src>` hosts and inline snippets, consent-platform blocking markup, category
 * mismatches, consent checks inside inline scripts and template conditionals, and suggestions that
 * add the page's own consent platform markup.
 */
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import rule from "../src/rules/require-consent.js";
import { createHtmlTester } from "./helpers/rule-tester.js";

/** Hotjar's snippet in a Rails view, written in a javascript_tag block (its site id printed from ENV). */
const RAILS_HOTJAR = `  <%= javascript_tag do %>
    (function(h,o,t,j,a,r){
        h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};
        h._hjSettings={hjid:<%= ENV['HOTJAR'] %>, hjsv:6};
        a=o.getElementsByTagName('head')[0];
        r=o.createElement('script');r.async=1;
        r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;
        a.appendChild(r);
    })(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');
  <% end %>`;

createHtmlTester().run("require-consent (html)", rule, {
  valid: [
    {
      name: "Rails: a javascript_tag snippet inside a consent check of the template; a javascript_tag that loads no recorder",
      code: `<% if cookies[:cookie_consent] == "accepted" %>
${RAILS_HOTJAR}
<% end %>
<%= javascript_tag do %>window.dataLayer = window.dataLayer || [];<% end %>`,
    },
    {
      name: "trap: a Yandex Metrica tag without webvisor records no sessions",
      code: `<script>(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");\nym(12345678, "init", { clickmap:true, trackLinks:true, webvisor:false });</script>`,
    },
    { name: "trap: Lucky Orange named in a script that loads nothing from it", code: `<script>console.log("Pricing: https://www.luckyorange.com/pricing");</script>` },
    {
      name: "a page's own banner: Mouseflow loads only after the choice kept in localStorage reads granted",
      code: `<script>
(function () {
  var KEY = "cookie_consent";
  function read() { try { return localStorage.getItem(KEY); } catch (e) { return null; } }
  function loadMouseflow() {
    window._mfq = window._mfq || [];
    var mf = document.createElement("script");
    mf.src = "//cdn.mouseflow.com/projects/abc.js";
    document.head.appendChild(mf);
  }
  if (read() === "granted") loadMouseflow();
})();
</script>`,
    },
    {
      name: "an inline snippet behind the page's own cookie reader, asked for a consent cookie",
      code: `<script>
  if (getCookie('cookies-accepted') === 'accepted') {
    (function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};h._hjSettings={hjid:1,hjsv:6};a=o.getElementsByTagName('head')[0];r=o.createElement('script');r.async=1;r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;a.appendChild(r);})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');
  }
</script>`,
    },
    {
      name: "Cookiebot manual markup",
      code: `
<!DOCTYPE html>
<html><head>
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="0000-1111" type="text/javascript"></script>
<script type="text/plain" data-cookieconsent="statistics">
(function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};h._hjSettings={hjid:1,hjsv:6};a=o.getElementsByTagName('head')[0];r=o.createElement('script');r.async=1;r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;a.appendChild(r);})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');
</script>
<script type="text/plain" data-cookieconsent="statistics, marketing" src="https://www.clarity.ms/tag/abc"></script>
</head></html>`,
    },
    {
      name: "OneTrust, Usercentrics, iubenda, Klaro and orestbida markup",
      code: `
<html><head>
<script type="text/plain" class="optanon-category-C0002" src="https://static.hotjar.com/c/hotjar-1.js?sv=6"></script>
<script type="text/plain" data-usercentrics="Hotjar" src="https://static.hotjar.com/c/hotjar-2.js?sv=6"></script>
<script type="text/plain" class="_iub_cs_activate" data-iub-purposes="4" src="https://cdn.mouseflow.com/projects/x.js"></script>
<script type="text/plain" data-type="text/javascript" data-name="mouseflow" data-src="https://cdn.mouseflow.com/projects/y.js"></script>
<script type="text/plain" data-category="analytics" data-service="Clarity">
  (function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);})(window, document, "clarity", "script", "abc");
</script>
</head></html>`,
    },
    {
      name: "Didomi, Pandectes, CCM19, CookieFirst, Termly and Complianz markup",
      code: `
<html><head>
<script type="didomi/javascript" data-vendor="c:hotjar" src="https://static.hotjar.com/c/hotjar-3.js?sv=6"></script>
<script type="javascript/blocked" data-cookiecategory="performance" src="https://static.hotjar.com/c/hotjar-4.js?sv=6"></script>
<script type="text/x-ccm-loader" data-ccm-loader-group="analytics" src="https://www.clarity.ms/tag/def"></script>
<script type="text/plain" data-cookiefirst-category="performance" src="https://cdn.inspectlet.com/inspectlet.js?wid=1"></script>
<script type="text/plain" data-categories="analytics" src="https://tools.luckyorange.com/core/lo.js?site-id=1"></script>
<script type="text/plain" data-category="statistics" data-service="hotjar" src="https://static.hotjar.com/c/hotjar-5.js?sv=6"></script>
</head></html>`,
    },
    {
      name: "an inline snippet whose script element is made inert for Klaro (type text/plain, data-src)",
      code: `<script>
  (function(h,o,t,j,a,r){
    h._hjSettings={hjid:1,hjsv:6};
    r=o.createElement('script');r.type='text/plain';
    r.setAttribute('data-src', t+h._hjSettings.hjid+j+h._hjSettings.hjsv);
    r.setAttribute('data-name', 'hotjar');
    o.head.appendChild(r);
  })(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');
</script>`,
    },
    {
      name: "CookieYes and Osano block scripts with their own src",
      code: `
<html><head>
<script src="https://cdn.mouseflow.com/projects/y.js" data-cookieyes="cookieyes-analytics"></script>
<script src="https://cdn.inspectlet.com/inspectlet.js?wid=1" data-osano="ANALYTICS"></script>
</head></html>`,
    },
    {
      name: "consent check inside the inline script",
      code: `
<html><head>
<script>
window.addEventListener('CookiebotOnAccept', function () {
  if (Cookiebot.consent.statistics) {
    (function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);})(window, document, "clarity", "script", "abc");
  }
}, false);
</script>
<script>
  function OptanonWrapper() {
    if (OnetrustActiveGroups.includes('C0002')) {
      window.hj=window.hj||function(){(hj.q=hj.q||[]).push(arguments)};window._hjSettings={hjid:1,hjsv:6};
      var s=document.createElement('script');s.src='https://static.hotjar.com/c/hotjar-1.js?sv=6';document.head.appendChild(s);
    }
  }
</script>
</head></html>`,
    },
    {
      name: "server template conditional on consent",
      code: `
<html><head>
{% if request.COOKIES.cookie_consent == 'accepted' %}
<script async src="https://static.hotjar.com/c/hotjar-1234567.js?sv=6"></script>
{% endif %}
{{#if analyticsConsent}}
<script src="https://cdn.mouseflow.com/projects/abc.js"></script>
{{/if}}
<?php if (cmplz_has_consent('statistics')): ?>
<script src="https://www.clarity.ms/tag/abc"></script>
<?php endif; ?>
<?php if (isset($_COOKIE['cookie_consent'])): ?>
<script src="https://www.clarity.ms/tag/def"></script>
<?php endif; ?>
</head></html>`,
    },
    {
      name: "recorder options that keep it off",
      code: `
<html><head>
<script>
  posthog.init('phc_abc', { api_host: 'https://eu.i.posthog.com', opt_out_capturing_by_default: true });
  mixpanel.init("0123abcd", { track_pageview: true });
  Sentry.init({ dsn: "https://k@o1.ingest.sentry.io/1", integrations: [Sentry.browserTracingIntegration()] });
  window.DD_RUM && window.DD_RUM.init({ clientToken: 'pub', applicationId: 'app', sessionReplaySampleRate: 0 });
</script>
<script>
window['_fs_capture_on_startup'] = false;
window['_fs_script'] = 'edge.fullstory.com/s/fs.js';
window['_fs_org'] = 'o-1ABC2D-na1';
</script>
</head></html>`,
    },
    {
      name: "loaders that do not record by themselves, and non-script mentions",
      code: `
<html><head>
<link rel="preconnect" href="https://static.hotjar.com">
<link rel="dns-prefetch" href="https://www.clarity.ms">
<script src="https://cdn.lr-ingest.com/LogRocket.min.js" crossorigin="anonymous"></script>
<script src="https://us-assets.i.posthog.com/static/array.js"></script>
<script src="https://www.datadoghq-browser-agent.com/eu1/v5/datadog-rum.js"></script>
<script type="application/ld+json">{"@context": "https://schema.org", "url": "https://static.hotjar.com"}</script>
</head><body><a href="https://www.hotjar.com">Hotjar</a></body></html>`,
    },
    {
      name: "vendors option limits the check",
      options: [{"vendors":["clarity"]}],
      code: `
<html><head>
<script async src="https://static.hotjar.com/c/hotjar-1234567.js?sv=6"></script>
</head></html>`,
    },
    {
      name: "trustAutoBlockers: after Cookiebot's auto-blocker",
      options: [{"trustAutoBlockers":true}],
      code: `
<html><head>
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="0000" data-blockingmode="auto" type="text/javascript"></script>
<script async src="https://static.hotjar.com/c/hotjar-1234567.js?sv=6"></script>
</head></html>`,
    },
    {
      name: "trustAutoBlockers: a Rails javascript_tag snippet after Cookiebot's auto-blocker",
      options: [{ trustAutoBlockers: true }],
      code: `<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="0000" data-blockingmode="auto"></script>
${RAILS_HOTJAR}`,
    },
    {
      name: "dynamic template attributes are left to the template",
      code: `
<html><head>
<script type="{{ script_type }}" src="https://static.hotjar.com/c/hotjar-1.js?sv=6"></script>
</head></html>`,
    },
  ],
  invalid: [
    {
      name: "Rails: the Hotjar snippet in a javascript_tag block (an ENV check is no consent)",
      code: `<% if ENV['HOTJAR'] %>
${RAILS_HOTJAR}
<% end %>`,
      errors: [{ messageId: "missingConsentHtml", data: { vendor: "Hotjar" }, line: 2, column: 3, endLine: 2, endColumn: 27 }],
    },
    {
      name: "trustAutoBlockers: a Rails javascript_tag snippet before the auto-blocker is not held back",
      options: [{ trustAutoBlockers: true }],
      code: `${RAILS_HOTJAR}
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="0000" data-blockingmode="auto"></script>`,
      errors: [{ messageId: "missingConsentHtml", data: { vendor: "Hotjar" }, line: 1, column: 3, endLine: 1, endColumn: 27 }],
    },
    {
      name: "Hotjar snippet in a WordPress theme header",
      code: `
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<script>
    (function(h,o,t,j,a,r){
        h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};
        h._hjSettings={hjid:1234567,hjsv:6};
        a=o.getElementsByTagName('head')[0];
        r=o.createElement('script');r.async=1;
        r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;
        a.appendChild(r);
    })(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');
</script>
</head>
<body></body>
</html>`,
      errors: [
        { messageId: "missingConsentHtml", data: {"vendor":"Hotjar"}, line: 7, column: 5, endLine: 9, endColumn: 23 },
      ],
    },
    {
      name: "OpenReplay's snippet passes its host as an argument: reported from the function it calls",
      code: `<script>
  var initOpts = { projectKey: "k" };
  (function(A,s,a,y,e,r){
    r=window.OpenReplay=[e,r,y,[s-1, e]];
    s=document.createElement('script');s.src=A;s.async=!a;
    document.getElementsByTagName('head')[0].appendChild(s);
  })("//static.openreplay.com/9.0.0/openreplay.js",1,0,initOpts,{});
</script>`,
      errors: [{ messageId: "missingConsentHtml", data: { vendor: "OpenReplay" }, line: 3, column: 3, endLine: 7, endColumn: 30 }],
    },
    {
      name: "Lucky Orange's pre-2021 snippet: a site id global and a w.js host picked by the scheme",
      code: `<script type='text/javascript'>
window.__wtw_lucky_site_id = 12345;
(function() {
  var wa = document.createElement('script'); wa.type = 'text/javascript'; wa.async = true;
  wa.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://cdn') + '.luckyorange.com/w.js';
  var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(wa, s);
})();
</script>`,
      errors: [{ messageId: "missingConsentHtml", data: { vendor: "Lucky Orange" }, line: 2, column: 1, endLine: 2, endColumn: 27 }],
    },
    {
      name: "a page-speed loader's script type (WP Rocket, a Shopify theme's lazy-script) holds the snippet until the first click, not until consent",
      code: `<script type="rocketlazyloadscript" src="https://static.hotjar.com/c/hotjar-1.js?sv=6"></script>
<script type="lazy-script">
  (function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};
  t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;
  y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);})(window, document, "clarity", "script", "abc");
</script>`,
      errors: [
        { messageId: "missingConsentHtml", data: { vendor: "Hotjar" }, line: 1, column: 1, endLine: 1, endColumn: 88 },
        { messageId: "missingConsentHtml", data: { vendor: "Microsoft Clarity" }, line: 3, column: 3, endLine: 4, endColumn: 68 },
      ],
    },
    {
      name: "Yandex Metrica's tag with Session Replay (webvisor): reported at the init call after its loader",
      code: `<script type="text/javascript">
   (function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};
   m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})
   (window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");
   ym(12345678, "init", { clickmap:true, trackLinks:true, accurateTrackBounce:true, webvisor:true });
</script>`,
      errors: [{ messageId: "missingConsentHtml", data: { vendor: "Yandex Metrica Session Replay" }, line: 5, column: 4, endLine: 5, endColumn: 23 }],
    },
    {
      name: "Yandex Metrica's older counter: reported at new Ya.Metrika2 in the callback its loader calls, not at the loader",
      code: `<script type="text/javascript">
    (function (d, w, c) {
        (w[c] = w[c] || []).push(function () {
            try {
                w.yaCounter49230295 = new Ya.Metrika2({ id: 49230295, clickmap: true, webvisor: true });
            } catch (e) { }
        });
        var s = d.createElement("script"); s.src = "https://mc.yandex.ru/metrika/tag.js";
    })(document, window, "yandex_metrika_callbacks2");
</script>`,
      errors: [{ messageId: "missingConsentHtml", data: { vendor: "Yandex Metrica Session Replay" }, line: 5, column: 17, endLine: 5, endColumn: 55 }],
    },
    {
      name: "Yandex Metrica's counter id printed by the server template",
      code: `<script>\n  ym(<?php echo $counterId; ?>, "init", { webvisor: true });\n</script>`,
      errors: [{ messageId: "missingConsentHtml", data: { vendor: "Yandex Metrica Session Replay" }, line: 2, column: 3, endLine: 2, endColumn: 39 }],
    },
    {
      name: "a page written with CRLF line ends: the snippet is reported on its own line, past the CRs before it",
      code: "<head>\r\n<script>\r\n  var x = 1;\r\n  smartlook('init', 'key');\r\n</script>\r\n</head>",
      errors: [{ messageId: "missingConsentHtml", data: { vendor: "Smartlook" }, line: 4, column: 3, endLine: 4, endColumn: 19 }],
    },
    {
      name: "Clarity tag next to a Cookiebot banner, not blocked",
      code: `
<!DOCTYPE html>
<html><head>
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="0000-1111" type="text/javascript" async></script>
<script type="text/javascript">
(function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);})(window, document, "clarity", "script", "abc123");
</script>
</head></html>`,
      errors: [
        {
          messageId: "missingConsentHtml", data: {"vendor":"Microsoft Clarity"}, line: 6, column: 1, endLine: 6, endColumn: 150,
          suggestions: [
            {
              messageId: "blockWithPlatform",
              data: {"platform":"Cookiebot","markup":"type=\"text/plain\" data-cookieconsent=\"statistics\""},
              output: `
<!DOCTYPE html>
<html><head>
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="0000-1111" type="text/javascript" async></script>
<script data-cookieconsent="statistics" type="text/plain">
(function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);})(window, document, "clarity", "script", "abc123");
</script>
</head></html>`,
            },
          ],
        },
      ],
    },
    {
      name: "script src hosts that record on load",
      code: `
<html><head>
<script async src="https://static.hotjar.com/c/hotjar-1234567.js?sv=6"></script>
<script src="https://cdn.mouseflow.com/projects/0a1b2c3d.js" defer></script>
<script async defer src="https://tools.luckyorange.com/core/lo.js?site-id=a1b2c3"></script>
<script src="//script.crazyegg.com/pages/scripts/0123/4567.js" async></script>
<script src="https://cdn.quantummetric.com/qscripts/quantum-acme.js"></script>
<script async src="https://cdn.noibu.com/collect-core.js"></script>
<script src="https://t.contentsquare.net/uxa/0123456789abc.js"></script>
</head></html>`,
      errors: [
        { messageId: "missingConsentHtml", data: {"vendor":"Hotjar"}, line: 3, column: 1, endLine: 3, endColumn: 72 },
        { messageId: "missingConsentHtml", data: {"vendor":"Mouseflow"}, line: 4, column: 1, endLine: 4, endColumn: 68 },
        { messageId: "missingConsentHtml", data: {"vendor":"Lucky Orange"}, line: 5, column: 1, endLine: 5, endColumn: 83 },
        { messageId: "missingConsentHtml", data: {"vendor":"Crazy Egg"}, line: 6, column: 1, endLine: 6, endColumn: 70 },
        { messageId: "missingConsentHtml", data: {"vendor":"Quantum Metric"}, line: 7, column: 1, endLine: 7, endColumn: 70 },
        { messageId: "missingConsentHtml", data: {"vendor":"Noibu"}, line: 8, column: 1, endLine: 8, endColumn: 59 },
        { messageId: "missingConsentHtml", data: {"vendor":"Contentsquare"}, line: 9, column: 1, endLine: 9, endColumn: 64 },
      ],
    },
    {
      name: "PostHog, Mixpanel and Sentry replay initialised inline",
      code: `
<html><head>
<script>
  !function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){(p=t.createElement("script")).src=s.api_host.replace(".i.posthog.com","-assets.i.posthog.com")+"/static/array.js";(r=t.getElementsByTagName("script")[0]).parentNode.insertBefore(p,r)},e.__SV=1)}(document,window.posthog||[]);
  posthog.init('phc_abc', { api_host: 'https://eu.i.posthog.com', person_profiles: 'identified_only' });
</script>
<script src="https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js"></script>
<script>mixpanel.init("0123abcd", { record_sessions_percent: 50 });</script>
<script src="https://browser.sentry-cdn.com/8.40.0/bundle.tracing.replay.min.js" crossorigin="anonymous"></script>
<script>
  Sentry.init({ dsn: "https://k@o1.ingest.sentry.io/1", integrations: [Sentry.replayIntegration()], replaysSessionSampleRate: 0.1, replaysOnErrorSampleRate: 1.0 });
</script>
</head></html>`,
      errors: [
        { messageId: "missingConsentHtml", data: {"vendor":"PostHog"}, line: 5, column: 3, endLine: 5, endColumn: 16 },
        { messageId: "missingConsentHtml", data: {"vendor":"Mixpanel Session Replay"}, line: 8, column: 9, endLine: 8, endColumn: 23 },
        { messageId: "missingConsentHtml", data: {"vendor":"Sentry Session Replay"}, line: 11, column: 3, endLine: 11, endColumn: 97 },
      ],
    },
    {
      name: "FullStory, Heap, Smartlook, LogRocket and Datadog snippets",
      code: `
<html><head>
<script>
window['_fs_host'] = 'fullstory.com';
window['_fs_script'] = 'edge.fullstory.com/s/fs.js';
window['_fs_org'] = 'o-1ABC2D-na1';
window['_fs_namespace'] = 'FS';
</script>
<script type="text/javascript">
  window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e;var r=document.createElement("script");r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";document.head.appendChild(r)};
  heap.load("1234567890");
</script>
<script>smartlook('init', '0123456789abcdef', { region: 'eu' });</script>
<script src="https://cdn.lr-ingest.com/LogRocket.min.js" crossorigin="anonymous"></script>
<script>window.LogRocket && window.LogRocket.init('acme/site');</script>
<script>
  window.DD_RUM && window.DD_RUM.init({ clientToken: 'pub', applicationId: 'app', site: 'datadoghq.eu', sessionSampleRate: 100, sessionReplaySampleRate: 20 });
</script>
</head></html>`,
      errors: [
        { messageId: "missingConsentHtml", data: {"vendor":"FullStory"}, line: 5, column: 1, endLine: 5, endColumn: 51 },
        { messageId: "missingConsentHtml", data: {"vendor":"Heap"}, line: 10, column: 3, endLine: 10, endColumn: 161 },
        { messageId: "missingConsentHtml", data: {"vendor":"Smartlook"}, line: 13, column: 9, endLine: 13, endColumn: 25 },
        { messageId: "missingConsentHtml", data: {"vendor":"LogRocket"}, line: 15, column: 9, endLine: 15, endColumn: 51 },
        { messageId: "missingConsentHtml", data: {"vendor":"Datadog RUM"}, line: 17, column: 3, endLine: 17, endColumn: 39 },
      ],
    },
    {
      name: "traps: Google consent default and unconditional Clarity consent",
      code: `
<html><head>
<script>
  gtag('consent', 'default', { analytics_storage: 'denied', ad_storage: 'denied' });
</script>
<script>
  window.clarity = window.clarity || function(){(window.clarity.q = window.clarity.q || []).push(arguments)};
  clarity('consent');
</script>
<script async src="https://www.clarity.ms/tag/abc123"></script>
</head></html>`,
      errors: [
        { messageId: "missingConsentHtml", data: {"vendor":"Microsoft Clarity"}, line: 10, column: 1, endLine: 10, endColumn: 55 },
      ],
    },
    {
      name: "trap: a cookie that is no consent, read in a server template",
      code: `
<html><head>
<?php if (isset($_COOKIE['theme'])): ?>
<script src="https://www.clarity.ms/tag/abc"></script>
<?php endif; ?>
</head></html>`,
      errors: [
        { messageId: "missingConsentHtml", data: {"vendor":"Microsoft Clarity"}, line: 4, column: 1, endLine: 4, endColumn: 46 },
      ],
    },
    {
      name: "trap: the page's cookie reader asked for a cookie that is no consent",
      code: `<script>
  if (getCookie('theme') === 'dark') {
    (function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};h._hjSettings={hjid:1,hjsv:6};a=o.getElementsByTagName('head')[0];r=o.createElement('script');r.async=1;r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;a.appendChild(r);})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');
  }
</script>`,
      errors: [{ messageId: "missingConsentHtml", data: { vendor: "Hotjar" }, line: 3, column: 5, endLine: 3, endColumn: 101 }],
    },
    {
      name: "trap: a feature flag in a template is not consent",
      code: `
<html><head>
{% if settings.HOTJAR_ENABLED %}
<script async src="https://static.hotjar.com/c/hotjar-1234567.js?sv=6"></script>
{% endif %}
</head></html>`,
      errors: [
        { messageId: "missingConsentHtml", data: {"vendor":"Hotjar"}, line: 4, column: 1, endLine: 4, endColumn: 72 },
      ],
    },
    {
      name: "category mismatch and exemption",
      code: `
<html><head>
<script type="text/plain" data-cookieconsent="necessary" src="https://static.hotjar.com/c/hotjar-1.js?sv=6"></script>
<script type="text/plain" class="optanon-category-C0001" src="https://www.clarity.ms/tag/abc"></script>
<script data-cookieconsent="ignore" src="https://www.clarity.ms/tag/def"></script>
<script type="text/plain" data-category="!analytics" src="https://cdn.mouseflow.com/projects/x.js"></script>
<script src="https://cdn.inspectlet.com/inspectlet.js?wid=1" data-cookieyes="cookieyes-necessary"></script>
</head></html>`,
      errors: [
        { messageId: "categoryMismatch", data: {"vendor":"Hotjar","category":"necessary"}, line: 3, column: 1, endLine: 3, endColumn: 109 },
        { messageId: "categoryMismatch", data: {"vendor":"Microsoft Clarity","category":"C0001"}, line: 4, column: 1, endLine: 4, endColumn: 95 },
        { messageId: "exempted", data: {"vendor":"Microsoft Clarity","attribute":"data-cookieconsent=\"ignore\""}, line: 5, column: 1, endLine: 5, endColumn: 74 },
        { messageId: "categoryMismatch", data: {"vendor":"Mouseflow","category":"!analytics"}, line: 6, column: 1, endLine: 6, endColumn: 100 },
        { messageId: "categoryMismatch", data: {"vendor":"Inspectlet","category":"cookieyes-necessary"}, line: 7, column: 1, endLine: 7, endColumn: 99 },
      ],
    },
    {
      name: "CookieYes and Osano do not block inline code",
      code: `
<html><head>
<script data-cookieyes="cookieyes-analytics">
  (function(){ var mf = document.createElement("script"); mf.src = "//cdn.mouseflow.com/projects/abc.js"; document.head.appendChild(mf); })();
</script>
<script data-osano="ANALYTICS">smartlook('init', 'key');</script>
</head></html>`,
      errors: [
        { messageId: "missingConsentHtml", data: {"vendor":"Mouseflow"}, line: 4, column: 3, endLine: 4, endColumn: 88 },
        { messageId: "missingConsentHtml", data: {"vendor":"Smartlook"}, line: 6, column: 32, endLine: 6, endColumn: 48 },
      ],
    },
    {
      name: "suggestion: OneTrust and CookieYes markup for a page that loads them",
      code: `
<html><head>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0000"></script>
<script src="https://cdn-cookieyes.com/client_data/abc/script.js"></script>
<script class="tracking" async src="https://static.hotjar.com/c/hotjar-1234567.js?sv=6"></script>
</head></html>`,
      errors: [
        {
          messageId: "missingConsentHtml", data: {"vendor":"Hotjar"}, line: 5, column: 1, endLine: 5, endColumn: 89,
          suggestions: [
            {
              messageId: "blockWithPlatform",
              data: {"platform":"OneTrust","markup":"type=\"text/plain\" class=\"optanon-category-C0002\""},
              output: `
<html><head>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0000"></script>
<script src="https://cdn-cookieyes.com/client_data/abc/script.js"></script>
<script type="text/plain" class="tracking optanon-category-C0002" async src="https://static.hotjar.com/c/hotjar-1234567.js?sv=6"></script>
</head></html>`,
            },
            {
              messageId: "blockWithPlatform",
              data: {"platform":"CookieYes","markup":"data-cookieyes=\"cookieyes-analytics\""},
              output: `
<html><head>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0000"></script>
<script src="https://cdn-cookieyes.com/client_data/abc/script.js"></script>
<script data-cookieyes="cookieyes-analytics" class="tracking" async src="https://static.hotjar.com/c/hotjar-1234567.js?sv=6"></script>
</head></html>`,
            },
          ],
        },
      ],
    },
    {
      name: "suggestion: Usercentrics names the service",
      code: `
<html><head>
<script id="usercentrics-cmp" src="https://web.cmp.usercentrics.eu/ui/loader.js" data-settings-id="abc" async></script>
<script type="text/javascript">
  (function(){ var mf = document.createElement("script"); mf.src = "//cdn.mouseflow.com/projects/abc.js"; document.head.appendChild(mf); })();
</script>
</head></html>`,
      errors: [
        {
          messageId: "missingConsentHtml", data: {"vendor":"Mouseflow"}, line: 5, column: 3, endLine: 5, endColumn: 88,
          suggestions: [
            {
              messageId: "blockWithPlatform",
              data: {"platform":"Usercentrics","markup":"type=\"text/plain\" data-usercentrics=\"Mouseflow\""},
              output: `
<html><head>
<script id="usercentrics-cmp" src="https://web.cmp.usercentrics.eu/ui/loader.js" data-settings-id="abc" async></script>
<script data-usercentrics="Mouseflow" type="text/plain">
  (function(){ var mf = document.createElement("script"); mf.src = "//cdn.mouseflow.com/projects/abc.js"; document.head.appendChild(mf); })();
</script>
</head></html>`,
            },
          ],
        },
      ],
    },
    {
      name: "listener that fires on every load without a category check",
      code: `
<html><head>
<script>
window.addEventListener('CookiebotOnConsentReady', function () {
  (function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);})(window, document, "clarity", "script", "abc");
});
</script>
</head></html>`,
      errors: [
        { messageId: "missingConsentHtml", data: {"vendor":"Microsoft Clarity"}, line: 5, column: 3, endLine: 5, endColumn: 152 },
      ],
    },
  ],
});

describe("configs.recommended: the template languages it reads as HTML", () => {
  const linter = new Linter({ configType: "flat" });
  const layout = `<head>\n  <script src="https://static.hotjar.com/c/hotjar-123.js?sv=6"></script>\n</head>`;
  it.each(["layout.volt", "layout.latte", "app.html.eex", "app.html.heex", "header.cfm", "base.mako", "default.ctp", "Layout.astro"])("lints %s with the HTML language", (filename) => {
    const messages = linter.verify(layout, plugin.configs.recommended, filename);
    expect(messages.map((message) => `${message.ruleId}@${message.line}`)).toEqual(["replay-privacy/require-consent@2"]);
  });
});
