/**
 * src/core/recorder-references.ts: module loading shapes (require, dynamic import), custom tables
 * passed to the public API, the per-file cache, and JSX components found by import.
 */
import type { Scope } from "eslint";
import { describe, expect, it } from "vitest";
import {
  findRecorderCalls,
  findRecorderElements,
  mayReferenceRecorder,
  type RecorderElement,
  type RecorderReference,
} from "../../src/core/recorder-references.js";
import { RECORDER_SDKS, type RecorderSdk, type RecorderVendorId } from "../../src/data/recorder-sdks.js";
import { type ProbeOptions, withSourceCode } from "../helpers/probe.js";

const brief = (refs: readonly RecorderReference[]): string[] =>
  refs.map((ref) => `${ref.vendor}:${ref.api.name}:${ref.api.role}:${ref.source}@${ref.node.loc?.start.line ?? 0}`);

const calls = (code: string, options: ProbeOptions = {}): string[] => withSourceCode(code, (sourceCode) => brief(findRecorderCalls(sourceCode)), options);

const elementsOf = (list: readonly RecorderElement[]): string[] =>
  list.map((element) => `${element.vendor}:${element.api.name}:${element.path.join(".")}@${element.node.loc?.start.line ?? 0}`);

const only = (...ids: RecorderVendorId[]): RecorderSdk[] => RECORDER_SDKS.filter((sdk) => ids.includes(sdk.id));

describe("findRecorderCalls: module loading", () => {
  it("skips `require` used as a value and require() of a computed name", () => {
    expect(
      calls(
        `
if (typeof require === "function") {
  const name = process.env.RECORDER;
  require(name).init("acme/web");
  const LogRocket = require("logrocket");
  LogRocket.init("acme/web");
}`,
        { sourceType: "commonjs" },
      ),
    ).toEqual(["logrocket:init:start:require@6"]);
  });

  it("skips dynamic import() of a computed path and a side-effect-only import()", () => {
    expect(
      calls(`
const messages = await import(\`./locales/\${lang}.js\`);
void import("logrocket");
import("logrocket").then(() => window.LogRocket.init("acme/web"));
`),
    ).toEqual(["logrocket:init:start:global@4"]);
  });

  it("follows import().then with a function expression and destructuring with defaults, rest and quoted keys", () => {
    expect(
      calls(`
import("logrocket").then(function (mod) { mod.default.init("acme/web"); });
import("@hotjar/browser").then(({ version, default: Hotjar = fallback, ...rest }) => {
  Hotjar.init(3456789, 6);
});
import("posthog-js").then(({ "default": posthog }) => posthog.init("phc_abc"));
`),
    ).toEqual(["logrocket:init:start:dynamic-import@2", "hotjar:init:start:dynamic-import@4", "posthog:init:start:dynamic-import@6"]);
  });

  it("looks through TypeScript casts and a memoised loader around import()", () => {
    expect(
      calls(
        `
async function start() {
  const lr = await (import("logrocket") as Promise<typeof import("logrocket")>);
  lr.default.init("acme/web");
  const hj = await import("@hotjar/browser")!;
  hj.default.init(3456789, 6);
  const ph = await (cachedPosthog || import("posthog-js"));
  ph.default.init("phc_abc");
  const dd = await (import("@datadog/browser-rum") satisfies Promise<unknown>);
  dd.datadogRum.init({ applicationId: "app" });
}`,
        { ts: true },
      ),
    ).toEqual([
      "logrocket:init:start:dynamic-import@4",
      "hotjar:init:start:dynamic-import@6",
      "posthog:init:start:dynamic-import@8",
      "datadog:init:start:dynamic-import@10",
    ]);
  });

  it("follows a writable configured global through its reads, not its writes", () => {
    expect(
      calls(
        `
hj = hj || function () { (hj.q = hj.q || []).push(arguments); };
hj("identify", userId);`,
        { sourceType: "script", globals: { hj: "writable" } },
      ),
    ).toEqual(["hotjar:command:command:global@3"]);
  });
});

describe("findRecorderCalls: cache and custom tables", () => {
  it("returns the cached list for the same file, and a fresh one for an explicit scope", () => {
    const code = `import LogRocket from "logrocket"; LogRocket.init("acme/web");`;
    const { first, second, scoped } = withSourceCode(code, (sourceCode) => {
      const scope = sourceCode.scopeManager.globalScope as Scope.Scope;
      return { first: findRecorderCalls(sourceCode), second: findRecorderCalls(sourceCode), scoped: findRecorderCalls(sourceCode, scope) };
    });
    expect(second).toBe(first);
    expect(scoped).not.toBe(first);
    expect(brief(scoped)).toEqual(brief(first));
    expect(brief(first)).toEqual(["logrocket:init:start:import@1"]);
  });

  it("finds globals with a table that has no packages (Heap)", () => {
    const found = withSourceCode(`import Hotjar from "@hotjar/browser"; Hotjar.init(1, 6); heap.load("123"); window.heap.load("123");`, (sourceCode) =>
      brief(findRecorderCalls(sourceCode, undefined, only("heap"))),
    );
    expect(found).toEqual(["heap:load:start:global@1", "heap:load:start:global@1"]);
  });

  it("finds packages with a table that has no globals (OpenReplay)", () => {
    const found = withSourceCode(
      `
import Tracker from "@openreplay/tracker";
const tracker = new Tracker({ projectKey: "k" });
tracker.start();
window.LogRocket.init("acme/web");`,
      (sourceCode) => brief(findRecorderCalls(sourceCode, undefined, only("openreplay"))),
    );
    expect(found).toEqual(["openreplay:Tracker:instance:import@3", "openreplay:start:start:import@4"]);
  });

  it("an empty table references nothing", () => {
    expect(mayReferenceRecorder(`import LogRocket from "logrocket"; hj("identify", 1);`, [])).toBe(false);
    expect(withSourceCode(`import LogRocket from "logrocket"; LogRocket.init("a");`, (sourceCode) => findRecorderCalls(sourceCode, undefined, []))).toEqual([]);
  });
});

describe("findRecorderElements", () => {
  it("returns nothing for a table without components", () => {
    const found = withSourceCode(
      `import { PostHogProvider } from "posthog-js/react"; export const A = () => <PostHogProvider apiKey="k" />;`,
      (sourceCode) => elementsOf(findRecorderElements(sourceCode, only("openreplay", "hotjar"))),
    );
    expect(found).toEqual([]);
  });

  it("ignores other exports of a component package and member-expression elements", () => {
    const found = withSourceCode(
      `
import { PostHogProvider, usePostHog } from "posthog-js/react";
import * as motion from "framer-motion";
export function App({ children }) {
  const posthog = usePostHog();
  return (
    <PostHogProvider apiKey="phc_abc">
      <motion.div animate={{ opacity: 1 }}>{children}</motion.div>
    </PostHogProvider>
  );
}`,
      (sourceCode) => elementsOf(findRecorderElements(sourceCode)),
    );
    expect(found).toEqual(["posthog:PostHogProvider:posthog-js/react.PostHogProvider@7"]);
  });

  it("follows an import written with a string export name", () => {
    const found = withSourceCode(
      `import { "PostHogProvider" as Provider } from "posthog-js/react"; export const A = ({ children }) => <Provider apiKey="phc_abc">{children}</Provider>;`,
      (sourceCode) => elementsOf(findRecorderElements(sourceCode)),
    );
    expect(found).toEqual(["posthog:PostHogProvider:posthog-js/react.PostHogProvider@1"]);
  });

  it("finds the default-exported react-fullstory component", () => {
    const found = withSourceCode(`import FullStory from "react-fullstory"; export const A = () => <FullStory org="ABC12" />;`, (sourceCode) =>
      elementsOf(findRecorderElements(sourceCode)),
    );
    expect(found).toEqual(["fullstory:FullStory:react-fullstory.FullStory@1"]);
  });
});
