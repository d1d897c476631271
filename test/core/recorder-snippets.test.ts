/** Snippet and host scans for recorder starts in text. */
import { describe, expect, it } from "vitest";
import { looksLikeCode, matchHost, scanSnippetText, snippetStartBefore } from "../../src/core/recorder-snippets.js";

const ids = (text: string) => scanSnippetText(text).map((match) => `${match.sdk.id}:${match.status}`);

describe("recorder snippets", () => {
  it("finds snippets by vendor", () => {
    expect(ids("(function(h,o,t,j,a,r){...})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');")).toEqual(["hotjar:records"]);
    expect(ids('t.src="https://www.clarity.ms/tag/"+i;')).toEqual(["clarity:records"]);
    expect(ids("posthog.init('phc', { api_host: 'https://eu.i.posthog.com' })")).toEqual(["posthog:records"]);
    expect(ids("heap.load('1');")).toEqual(["heap:records"]);
    expect(ids("smartlook('init', 'key')")).toEqual(["smartlook:records"]);
    expect(ids("__ls('init', 'a.b')")).toEqual(["livesession:records"]);
    expect(ids("window['_fs_org'] = 'o-1'; window['_fs_script'] = 'edge.fullstory.com/s/fs.js';")).toEqual(["fullstory:records"]);
    expect(ids("NREUM.init={session_replay:{enabled:true,sampling_rate:10}}")).toEqual(["newrelic:records"]);
  });

  it("reads options in the same text", () => {
    expect(ids("posthog.init('phc', { disable_session_recording: true })")).toEqual([]);
    expect(ids("posthog.init('phc', { opt_out_capturing_by_default: true })")).toEqual(["posthog:deferred"]);
    expect(ids("mixpanel.init('t', { track_pageview: true })")).toEqual([]);
    expect(ids("mixpanel.init('t', { record_sessions_percent: 100 })")).toEqual(["mixpanel:records"]);
    expect(ids("DD_RUM.init({ sessionReplaySampleRate: 0 })")).toEqual([]);
    expect(ids("DD_RUM.init({ sessionReplaySampleRate: 20, trackingConsent: 'not-granted' })")).toEqual(["datadog:deferred"]);
    expect(ids("Sentry.init({ integrations: [Sentry.replayIntegration()], replaysSessionSampleRate: 0.1 })")).toEqual(["sentry:records"]);
    expect(ids("Sentry.init({ integrations: [Sentry.replayIntegration()] })")).toEqual([]);
    expect(ids("window['_fs_capture_on_startup'] = false; window['_fs_org'] = 'o-1';")).toEqual(["fullstory:deferred"]);
    // A script element made inert for a consent manager (Klaro's `data-src`) loads nothing until the visitor agrees.
    expect(ids("(function(h,o,t,j,a,r){r=o.createElement('script');r.setAttribute('type', 'text/plain');r.setAttribute('data-src', t);})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');")).toEqual(["hotjar:deferred"]);
    expect(ids("(function(h,o,t,j,a,r){r=o.createElement('script');r.type = \"text/plain\";})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');")).toEqual(["hotjar:deferred"]);
    // Trap: a script given its JavaScript type still loads.
    expect(ids("(function(h,o,t,j,a,r){r=o.createElement('script');r.type = 'text/javascript';})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');")).toEqual(["hotjar:records"]);
  });

  it("matches hosts with their own boundaries", () => {
    expect(matchHost("https://static.hotjar.com/c/hotjar-1.js")?.sdk.id).toBe("hotjar");
    expect(matchHost("//edge.fullstory.com/s/fs.js")?.autostart).toBe(true);
    expect(matchHost("https://cdn.lr-ingest.com/LogRocket.min.js")).toMatchObject({ autostart: false });
    expect(matchHost("https://notstatic.hotjar.com.example.org/x")).toBeNull();
    expect(matchHost("https://example.com/app.js")).toBeNull();
  });

  it("tells code from URLs", () => {
    expect(looksLikeCode("https://static.hotjar.com/c/hotjar-")).toBe(false);
    expect(looksLikeCode("(function(){ var s = document.createElement('script'); })()")).toBe(true);
  });
});

describe("snippetStartBefore", () => {
  const at = (text: string, needle: string): number => snippetStartBefore(text, text.indexOf(needle));
  it("starts at the immediately called function around the signature", () => {
    const hotjar = "  (function(h,o,t,j,a,r){\n    h._hjSettings={hjid:1,hjsv:6};\n  })(window,document);";
    expect(at(hotjar, "_hjSettings")).toBe(hotjar.indexOf("(function"));
    const arrow = "(() => {\n  window._mfq = [];\n  load('cdn.mouseflow.com/x.js');\n})();";
    expect(at(arrow, "cdn.mouseflow.com")).toBe(0);
  });
  it("starts at the signature's line when the function before it is closed, or is a callback", () => {
    const smartlook = "window.smartlook||(function(d) {\n  var o = 1;\n})(document);\n  smartlook('init', 'key');";
    expect(at(smartlook, "smartlook('init'")).toBe(smartlook.indexOf("smartlook('init'"));
    const timer = "window.addEventListener('load', function() {\n  setTimeout(function() {\n    posthog.init('k');\n  });\n});";
    expect(at(timer, "posthog.init")).toBe(timer.indexOf("posthog.init"));
    // A parenthesis inside a string does not close the function.
    const quoted = "(function(){\n  var s = ')';\n  h._hjSettings = {};\n})();";
    expect(at(quoted, "h._hjSettings")).toBe(0);
  });
  it("starts at the function whose arguments pass the host (OpenReplay's snippet), wrapped or called with `!`", () => {
    const openReplay = "var o = {};\n(function(A,s,a,y,e,r){\n  r=window.OpenReplay=[e,r,y,[s-1, e]];\n  s=document.createElement('script');s.src=A;\n})(\"//static.openreplay.com/9.0.0/openreplay.js\",1,0,o,{});";
    expect(at(openReplay, "static.openreplay.com")).toBe(openReplay.indexOf("(function"));
    const bang = "!function(t,e){\n  var s=e.createElement('script');s.src=t;\n}(\"https://cdn.mouseflow.com/projects/x.js\", document);";
    expect(at(bang, "cdn.mouseflow.com")).toBe(0);
    // Trap: a call after the function's own call is no argument of it.
    const after = "(function(){\n  var a = 1;\n})();\nload(\"https://cdn.mouseflow.com/projects/x.js\");";
    expect(at(after, "cdn.mouseflow.com")).toBe(after.indexOf("load("));
  });
});
