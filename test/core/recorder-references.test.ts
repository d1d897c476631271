import { describe, expect, it } from "vitest";
import {
  findRecorderCalls,
  findRecorderElements,
  mayReferenceRecorder,
  type RecorderReference,
} from "../../src/core/recorder-references.js";
import { type ProbeOptions, withSourceCode } from "../helpers/probe.js";

interface Seen {
  vendor: string;
  api: string;
  role: string;
  path: string;
  source: string;
  line: number;
}

function analyse(code: string, options: ProbeOptions = {}): { calls: Seen[]; elements: string[] } {
  return withSourceCode(
    code,
    (sourceCode) => ({
      calls: findRecorderCalls(sourceCode).map((ref: RecorderReference) => ({
        vendor: ref.vendor,
        api: ref.api.name,
        role: ref.api.role,
        path: ref.path.join("."),
        source: ref.source,
        line: ref.node.loc?.start.line ?? 0,
      })),
      elements: findRecorderElements(sourceCode).map((el) => `${el.vendor}:${el.api.name}@${el.node.loc?.start.line}`),
    }),
    options,
  );
}

const brief = (seen: Seen[]): string[] => seen.map((s) => `${s.vendor}:${s.api}:${s.role}@${s.line}`);

describe("findRecorderCalls", () => {
  it("reads a package served by an ESM CDN as the package (no-build sites)", () => {
    const { calls } = analyse(`
import Hotjar from "https://cdn.jsdelivr.net/npm/@hotjar/browser@1.0.0/dist/index.js";
import posthog from "https://esm.sh/posthog-js@1.200.0";
import * as rrweb from "https://unpkg.com/rrweb@latest/dist/rrweb.min.js";
import { init } from "https://example.com/npm/@fullstory/browser";
Hotjar.init(1, 6);
posthog.init("phc_x");
rrweb.record({ emit() {} });
init({ orgId: "x" });
const LogRocket = (await import("https://cdn.skypack.dev/logrocket")).default;
LogRocket.init("a/b");
`);
    // The last import is not a CDN this knows: a URL that merely contains a package name is not the package.
    expect(brief(calls)).toEqual(["hotjar:init:start@6", "posthog:init:start@7", "rrweb:record:start@8", "logrocket:init:start@11"]);
  });

  it("reads an unlisted subpath of a package as the package, a listed one as itself", () => {
    const { calls } = analyse(`
import Tracker from "@openreplay/tracker/cjs";
import LogRocket from "logrocket/dist/build.umd";
import { PostHogProvider } from "posthog-js/react";
import { init } from "logrocket-react";
const tracker = new Tracker({ projectKey: "k" });
tracker.start();
LogRocket.init("a/b");
init(LogRocket);
`);
    expect(brief(calls)).toEqual(["openreplay:Tracker:instance@6", "openreplay:start:start@7", "logrocket:init:start@8"]);
  });

  it("reads a package's build copied into the app as the package, an app folder merely named after it as the app's own", () => {
    const { calls } = analyse(`
import posthog from "./posthog-js/dist/ph-full.js";
import { init } from "../vendor/@fullstory/browser/dist/index.esm.js";
import LogRocket from "./logrocket/index.js";
import * as rrweb from "/static/rrweb.min.js";
posthog.init("phc_x");
init({ orgId: "x" });
LogRocket.init("a/b");
rrweb.record({ emit() {} });
`);
    expect(brief(calls)).toEqual(["posthog:init:start@6", "fullstory:init:start@7"]);
  });

  it("follows default, named, namespace and renamed ESM imports", () => {
    const { calls } = analyse(`
import LogRocket from "logrocket";
import { init as startFs } from "@fullstory/browser";
import * as Sentry from "@sentry/react";
import { datadogRum as dd } from "@datadog/browser-rum";
LogRocket.init("a/b");
startFs({ orgId: "x" });
Sentry.init({ integrations: [Sentry.replayIntegration()] });
dd.init({ applicationId: "x" });
`);
    expect(brief(calls)).toEqual([
      "logrocket:init:start@6",
      "fullstory:init:start@7",
      "sentry:init:host@8",
      "sentry:replayIntegration:integration@8",
      "datadog:init:start@9",
    ]);
    expect(calls.map((c) => c.path)).toEqual([
      "logrocket.init",
      "@fullstory/browser.init",
      "@sentry/react.init",
      "@sentry/react.replayIntegration",
      "@datadog/browser-rum.datadogRum.init",
    ]);
    expect(new Set(calls.map((c) => c.source))).toEqual(new Set(["import"]));
  });

  it("follows require, destructured require and consts", () => {
    const { calls } = analyse(
      `
const LogRocket = require("logrocket");
const { hotjar } = require("react-hotjar");
const lr = LogRocket;
lr.init("x");
hotjar.initialize({ id: 1, sv: 6 });
require("mixpanel-browser").init("t", { record_sessions_percent: 10 });
`,
      { sourceType: "commonjs" },
    );
    expect(brief(calls)).toEqual(["logrocket:init:start@5", "hotjar:initialize:start@6", "mixpanel:init:start@7"]);
    expect(new Set(calls.map((c) => c.source))).toEqual(new Set(["require"]));
  });

  it("finds require() even when `require` is not a configured global (ESM file)", () => {
    const { calls } = analyse(`const Smartlook = require("smartlook-client"); Smartlook.init("key");`);
    expect(brief(calls)).toEqual(["smartlook:init:start@1"]);
  });

  it("follows dynamic import()", () => {
    const { calls } = analyse(`
async function load() {
  const { default: LogRocket } = await import("logrocket");
  LogRocket.init("a/b");
  const mod = await import("@hotjar/browser");
  mod.default.init(1, 6);
}
import("posthog-js").then((m) => m.default.init("k"));
import("@microsoft/clarity").then(({ default: Clarity }) => { Clarity.init("id"); });
const H = (await import("highlight.run")).H;
H.init("p");
`);
    expect(brief(calls)).toEqual([
      "logrocket:init:start@4",
      "hotjar:init:start@6",
      "posthog:init:start@8",
      "clarity:init:start@9",
      "highlight:init:start@11",
    ]);
    expect(new Set(calls.map((c) => c.source))).toEqual(new Set(["dynamic-import"]));
  });

  it("finds browser globals only when they are not local bindings", () => {
    const { calls } = analyse(
      `
hj("identify", 1);
window.FS("start");
window.LogRocket && window.LogRocket.init("a/b");
globalThis.posthog.init("k");
heap.load("123");
smartlook("init", "key");
smartlook("record", { forms: true });
function local() {
  const hj = () => {};
  hj("x");
  const posthog = { init() {} };
  posthog.init("k");
}
`,
      { sourceType: "script" },
    );
    expect(brief(calls)).toEqual([
      "hotjar:command:command@2",
      "fullstory:start:resume@3",
      "logrocket:init:start@4",
      "posthog:init:start@5",
      "heap:load:start@6",
      "smartlook:init:start@7",
      "smartlook:command:command@8",
    ]);
  });

  it("treats configured globals (languageOptions.globals) like unresolved ones", () => {
    const { calls } = analyse(`window.clarity("start"); clarity("set", "a", "b");`, {
      globals: { window: "readonly", clarity: "readonly" },
    });
    expect(brief(calls)).toEqual(["clarity:start:resume@1", "clarity:command:command@1"]);
  });

  it("ignores a local function named like a vendor API and other packages", () => {
    const { calls } = analyse(`
import { init } from "./analytics";
import fs from "node:fs";
init();
fs.readFileSync("x");
const FS = { init() {} };
FS.init();
`);
    expect(calls).toEqual([]);
  });

  it("follows methods of returned instances", () => {
    const { calls } = analyse(
      `
import Tracker from "@openreplay/tracker";
import * as Sentry from "@sentry/browser";
const tracker = new Tracker({ projectKey: "k" });
tracker.start();
Sentry.getReplay()?.start();
Sentry.getClient()?.addIntegration(Sentry.replayIntegration());
`,
      { ts: true },
    );
    expect(brief(calls)).toEqual([
      "openreplay:Tracker:instance@4",
      "openreplay:start:start@5",
      "sentry:getReplay:instance@6",
      "sentry:start:resume@6",
      "sentry:getClient:instance@7",
      "sentry:addIntegration:host@7",
      "sentry:replayIntegration:integration@7",
    ]);
  });

  it("handles TypeScript casts and optional chains", () => {
    const { calls } = analyse(`(window as any).hj?.("event", "x"); (window as Window & { FS: any }).FS!("start");`, { ts: true });
    expect(brief(calls)).toEqual(["hotjar:command:command@1", "fullstory:start:resume@1"]);
  });
});

describe("findRecorderElements", () => {
  it("finds PostHogProvider by reference", () => {
    const { elements } = analyse(`
import { PostHogProvider as Provider } from "posthog-js/react";
export const App = () => <Provider apiKey="k"><div /></Provider>;
function Other() { const Provider = "div"; return <Provider />; }
`);
    expect(elements).toEqual(["posthog:PostHogProvider@3"]);
  });
});

describe("mayReferenceRecorder", () => {
  it("is false for ordinary files and true for recorder hints", () => {
    expect(mayReferenceRecorder(`import fs from "node:fs"; fs.readFileSync("a");`)).toBe(false);
    expect(mayReferenceRecorder(`const x = "https://static.hotjar.com/c/hotjar-1.js";`)).toBe(true);
    expect(mayReferenceRecorder(`import LogRocket from 'logrocket'; LogRocket.init("a/b");`)).toBe(true);
    expect(mayReferenceRecorder(`FS('start')`)).toBe(true);
    expect(mayReferenceRecorder(`const hjx = 1;`)).toBe(false);
  });

  it("finds package names and hosts after a quote, a slash or a dot, and skips a bare word", () => {
    expect(mayReferenceRecorder("const { init } = await import(`@sentry/react`);")).toBe(true);
    expect(mayReferenceRecorder(`const s = require("posthog-js"); s.init("k");`)).toBe(true);
    // A host suffix: the hint is `decibelinsight.net/i/`, the URL has a subdomain before it.
    expect(mayReferenceRecorder(`el.src = "https://cdn.decibelinsight.net/i/1/2/di.js";`)).toBe(true);
    expect(mayReferenceRecorder(`el.src = "//static.hotjar.com/c/hotjar-1.js";`)).toBe(true);
    // Mentioned in prose only: no import, no URL, no global.
    expect(mayReferenceRecorder(`// We moved off logrocket and fullstory last year.\nexport const x = 1;`)).toBe(false);
  });

  it("needs a word that starts or configures a recorder once the SDK is named", () => {
    // Imported for error or event capture only: no recorder API is spelled.
    expect(mayReferenceRecorder(`import * as Sentry from "@sentry/react"; Sentry.captureException(error);`)).toBe(false);
    expect(mayReferenceRecorder(`import posthog from "posthog-js"; posthog.capture("signup");`)).toBe(false);
    expect(mayReferenceRecorder(`import LogRocket from "logrocket"; LogRocket.identify(user.id);`)).toBe(false);
    // A member name, a called package or global, a host or a snippet is enough.
    expect(mayReferenceRecorder(`import * as Sentry from "@sentry/react"; Sentry.replayIntegration();`)).toBe(true);
    expect(mayReferenceRecorder(`import { hotjar } from "react-hotjar"; hotjar.initialize({ id: 1, sv: 6 });`)).toBe(true);
    expect(mayReferenceRecorder(`import FullStory from "react-fullstory"; <FullStory org="x" />;`)).toBe(true);
    expect(mayReferenceRecorder(`import Tracker from "@openreplay/tracker"; const t = new Tracker({ projectKey: k });`)).toBe(true);
    expect(mayReferenceRecorder(`hj("identify", id);`)).toBe(true);
    // The word must stand alone: \`initialValue\` is not \`init\`.
    expect(mayReferenceRecorder(`import * as Sentry from "@sentry/react"; const initialValue = Sentry.lastEventId();`)).toBe(false);
  });
});

describe("findRecorderCalls: configuration APIs", () => {
  it("finds OpenReplay's singleton configure and New Relic's micro agent as commands", () => {
    const { calls } = analyse(`
import { tracker } from "@openreplay/tracker";
import { MicroAgent } from "@newrelic/browser-agent/loaders/micro-agent";
tracker.configure({ projectKey: "k", obscureTextEmails: false });
new MicroAgent({ init: {}, info: {}, loader_config: {} });
tracker.start();
`);
    expect(brief(calls)).toEqual(["openreplay:configure:command@4", "newrelic:MicroAgent:command@5", "openreplay:start:start@6"]);
  });

  it("follows the default export of a CJS package for named members", () => {
    const { calls } = analyse(`
const lib = await import("react-hotjar");
lib.default.hotjar.initialize(1, 6);
import hj from "react-hotjar";
hj.hotjar.initialize(2, 6);
`);
    expect(brief(calls)).toEqual(["hotjar:initialize:start@3", "hotjar:initialize:start@5"]);
  });
});
