/**
 * src/core/unsafe-options.ts and src/core/option-values.ts: values the file only partly shows
 * (unknown spreads, identifiers, conditionals, calls) stay quiet; values it shows are judged.
 */
import type { SourceCode } from "eslint";
import { describe, expect, it } from "vitest";
import { OptionResolver, enumMemberOf, isIdentityFunction, type AnyNode } from "../../src/core/option-values.js";
import { findUnsafeOptions } from "../../src/core/unsafe-options.js";
import { OPTION_ENUMS, UNSAFE_OPTIONS } from "../../src/data/recorder-options.js";
import type { VendorId } from "../../src/data/vendors.js";
import { withTarget as withTargetNode } from "../helpers/probe.js";

interface Found {
  option: string;
  text: string;
  selectors?: readonly string[];
  missing?: readonly string[];
}

/** Calls `check` with the initializer of the last `const target = ...` in the file. */
function withTarget(code: string, check: (resolver: OptionResolver, target: AnyNode, sourceCode: SourceCode) => void): void {
  withTargetNode(code, (target, sourceCode) => {
    check(new OptionResolver(sourceCode), target, sourceCode);
  });
}

/** The findings for `const target = ...` under one vendor's table (weak defaults left out). */
function findings(code: string, vendor: VendorId, rootPath: string[] = []): Found[] {
  const out: Found[] = [];
  withTarget(code, (resolver, target, sourceCode) => {
    const table = UNSAFE_OPTIONS.filter((o) => o.vendor === vendor && !o.weakDefault);
    for (const f of findUnsafeOptions(resolver, target, table, rootPath)) {
      out.push({
        option: f.option.path.join("."),
        text: sourceCode.getText(f.node),
        ...(f.selectors ? { selectors: f.selectors } : {}),
        ...(f.missing ? { missing: f.missing } : {}),
      });
    }
  });
  return out;
}

describe("findUnsafeOptions: selector lists", () => {
  it("reads selector arrays chosen by a conditional", () => {
    expect(findings(`const target = { unmask: debug ? [".sentry-unmask", "input"] : [] };`, "sentry")).toEqual([
      { option: "unmask", text: `unmask: debug ? [".sentry-unmask", "input"] : []`, selectors: ["input"] },
    ]);
  });

  it("stays quiet when a list element is unknown and no known element reaches fields", () => {
    expect(findings(`import { cmsSelector } from "./cms"; const target = { unmask: [".sentry-unmask", cmsSelector] };`, "sentry")).toEqual([]);
  });

  it("still reports a known element next to an unknown one", () => {
    expect(findings(`import { cmsSelector } from "./cms"; const target = { unmask: ["textarea", cmsSelector] };`, "sentry")).toEqual([
      { option: "unmask", text: `"textarea"`, selectors: ["textarea"] },
    ]);
  });

  it("New Relic mask_text_selector from the environment is unknown, a narrow one is reported", () => {
    expect(findings(`const target = { session_replay: { mask_text_selector: process.env.NR_MASK_SELECTOR } };`, "newrelic", ["init"])).toEqual([]);
    expect(findings(`const target = { session_replay: { mask_text_selector: ".pii" } };`, "newrelic", ["init"])).toEqual([
      { option: "init.session_replay.mask_text_selector", text: `mask_text_selector: ".pii"` },
    ]);
  });
});

describe("findUnsafeOptions: enabled, nonEmpty and missing items", () => {
  it("Smartlook advancedNetwork: unknown settings and null stay quiet", () => {
    expect(findings(`import { networkSettings } from "./smartlook"; const target = { advancedNetwork: networkSettings };`, "smartlook")).toEqual([]);
    expect(findings(`const target = { advancedNetwork: null };`, "smartlook")).toEqual([]);
  });

  it("Sentry networkDetailAllowUrls: an unknown spread or one empty branch stays quiet", () => {
    expect(findings(`import { extraUrls } from "./urls"; const target = { networkDetailAllowUrls: [...extraUrls] };`, "sentry")).toEqual([]);
    expect(findings(`const target = { networkDetailAllowUrls: debug ? ["https://api.acme.com"] : [] };`, "sentry")).toEqual([]);
    expect(findings(`const target = { networkDetailAllowUrls: window.location.origin };`, "sentry")).toEqual([]);
  });

  it("Sentry networkDetailAllowUrls: non-empty in both branches is reported", () => {
    expect(findings(`const target = { networkDetailAllowUrls: debug ? ["http://localhost:3000"] : ["https://api.acme.com"] };`, "sentry")).toEqual([
      { option: "networkDetailAllowUrls", text: `networkDetailAllowUrls: debug ? ["http://localhost:3000"] : ["https://api.acme.com"]` },
    ]);
  });

  it("Sentry maskAttributes: an unknown element or a conditional list stays quiet", () => {
    expect(findings(`import { extraAttribute } from "./a11y"; const target = { maskAttributes: ["title", extraAttribute] };`, "sentry")).toEqual([]);
    expect(findings(`const target = { maskAttributes: strict ? ["title", "placeholder", "aria-label"] : ["title"] };`, "sentry")).toEqual([]);
  });
});

describe("findUnsafeOptions: lists and records the file computes", () => {
  it("Sentry maskAttributes built with concat: judged by the computed list", () => {
    expect(findings(`const BASE = ["title", "placeholder"]; const target = { maskAttributes: BASE.concat("data-secret") };`, "sentry")).toEqual([
      { option: "maskAttributes", text: `maskAttributes: BASE.concat("data-secret")`, missing: ["aria-label"] },
    ]);
    expect(findings(`const BASE = ["title", "placeholder"]; const target = { maskAttributes: BASE.concat("aria-label", "alt") };`, "sentry")).toEqual([]);
  });

  it("rrweb maskInputOptions in Object.freeze: judged by the frozen record", () => {
    expect(findings(`const target = { maskInputOptions: Object.freeze({ email: true, tel: true }) };`, "rrweb")).toEqual([
      { option: "maskInputOptions", text: "maskInputOptions: Object.freeze({ email: true, tel: true })", missing: ["password"] },
    ]);
    expect(findings(`const target = { maskInputOptions: Object.freeze({ password: true, email: true }) };`, "rrweb")).toEqual([]);
  });
});

describe("findUnsafeOptions: rrweb maskInputOptions", () => {
  it("stays quiet when password may be set by a later spread or a runtime value", () => {
    expect(findings(`import { overrides } from "./mask"; const target = { maskInputOptions: { password: true, ...overrides } };`, "rrweb")).toEqual([]);
    expect(findings(`const target = { maskInputOptions: { password: maskPasswords, email: true } };`, "rrweb")).toEqual([]);
    expect(findings(`const target = { maskInputOptions: getMaskOptions() };`, "rrweb")).toEqual([]);
  });

  it("reports an object without password", () => {
    expect(findings(`const target = { maskInputOptions: { email: true, tel: true } };`, "rrweb")).toEqual([
      { option: "maskInputOptions", text: "maskInputOptions: { email: true, tel: true }", missing: ["password"] },
    ]);
  });
});

describe("findUnsafeOptions: functions", () => {
  it("reports an identity maskFn held in a const", () => {
    expect(findings(`const keepText = (text) => text; const target = { maskFn: keepText };`, "sentry")).toEqual([
      { option: "maskFn", text: "maskFn: keepText" },
    ]);
  });

  it("stays quiet for a maskFn the file cannot see", () => {
    expect(findings(`export function replayOptions(maskFn) { const target = { maskFn }; return target; }`, "sentry")).toEqual([]);
    expect(findings(`import { createMasker } from "./mask"; const target = { maskFn: createMasker("*") };`, "sentry")).toEqual([]);
  });
});

describe("findUnsafeOptions: array item paths (Amplitude urlMaskLevels)", () => {
  it("skips levels the file cannot see and reports the light ones it can", () => {
    expect(
      findings(
        `import { levelFor } from "./levels"; const target = { privacyConfig: { urlMaskLevels: [levelFor("/checkout"), { match: "/blog/*", maskLevel: "light" }] } };`,
        "amplitude",
      ),
    ).toEqual([{ option: "privacyConfig.urlMaskLevels.[].maskLevel", text: `maskLevel: "light"` }]);
  });

  it("stays quiet when urlMaskLevels or privacyConfig come from elsewhere", () => {
    expect(findings(`import { levels } from "./levels"; const target = { privacyConfig: { urlMaskLevels: levels } };`, "amplitude")).toEqual([]);
    expect(findings(`import { privacy } from "./privacy"; const target = { privacyConfig: privacy };`, "amplitude")).toEqual([]);
  });
});

describe("OptionResolver", () => {
  const summary = (resolver: OptionResolver, node: AnyNode): { keys: Record<string, string>; open: boolean } | null => {
    const object = resolver.object(node);
    if (!object) return null;
    const keys: Record<string, string> = {};
    for (const [key, entry] of object.entries) keys[key] = entry.overridable ? "overridable" : "fixed";
    return { keys, open: object.open };
  };

  it("treats writes after the declaration as overridable: delete, ++, computed and new keys", () => {
    withTarget(
      `
const opts = { maskAllText: false, blockAllMedia: false, retries: 0 };
delete opts.maskAllText;
opts.retries++;
opts["blockAllMedia"] = true;
const target = opts;`,
      (resolver, target) => {
        expect(summary(resolver, target)).toEqual({ keys: { maskAllText: "overridable", blockAllMedia: "overridable", retries: "overridable" }, open: false });
      },
    );
    withTarget(`const opts = { maskAllText: false }; opts.networkDetailAllowUrls = urls; const target = opts;`, (resolver, target) => {
      expect(summary(resolver, target)).toEqual({ keys: { maskAllText: "fixed" }, open: true });
    });
    withTarget(`const opts = { maskAllText: false }; opts[key] = value; const target = opts;`, (resolver, target) => {
      expect(summary(resolver, target)).toEqual({ keys: { maskAllText: "overridable" }, open: true });
    });
  });

  it("Object.assign with a spread or an unknown source marks earlier entries overridable", () => {
    withTarget(`const target = Object.assign({ maskAllText: false }, ...layers);`, (resolver, target) => {
      expect(summary(resolver, target)).toEqual({ keys: { maskAllText: "overridable" }, open: true });
    });
    withTarget(`const target = Object.assign({ maskAllText: false }, userOptions, { blockAllMedia: true });`, (resolver, target) => {
      expect(summary(resolver, target)).toEqual({ keys: { maskAllText: "overridable", blockAllMedia: "fixed" }, open: true });
    });
  });

  it("does not resolve a member with a dynamic key", () => {
    withTarget(`const PRESETS = { strict: { maskAllText: true } }; const target = PRESETS[mode];`, (resolver, target) => {
      expect(resolver.object(target)).toBeNull();
    });
    withTarget(`const PRESETS = { strict: { maskAllText: true } }; const target = PRESETS["strict"];`, (resolver, target) => {
      expect(summary(resolver, target)).toEqual({ keys: { maskAllText: "fixed" }, open: false });
    });
  });

  it("skips array holes", () => {
    withTarget(`const target = [, "input", , ".pii"];`, (resolver, target) => {
      const array = resolver.array(target);
      expect(array?.open).toBe(false);
      expect(array?.elements.map((element) => resolver.candidates(element))).toEqual([["input"], [".pii"]]);
    });
  });

  it("functionOf: a call is not a function the file shows", () => {
    withTarget(`const target = makeMasker();`, (resolver, target) => {
      expect(resolver.functionOf(target)).toBeNull();
    });
  });
});

describe("isIdentityFunction", () => {
  const fn = (code: string, expected: boolean): void => {
    withTarget(`const target = ${code};`, (resolver, target) => {
      const found = resolver.functionOf(target);
      expect(found).not.toBeNull();
      expect(isIdentityFunction(found!)).toBe(expected);
    });
  };

  it("a bare return is not identity", () => {
    fn("function (text) { return; }", false);
  });

  it("returning the first parameter is identity, in any form", () => {
    fn("function (text) { return text; }", true);
    fn("(text) => text", true);
  });
});

describe("enumMemberOf", () => {
  const member = (code: string): string | null => {
    let result: string | null = null;
    withTarget(code, (_resolver, target, sourceCode) => {
      const found = enumMemberOf(target, sourceCode.getScope(target), OPTION_ENUMS);
      result = found ? `${found.fact.exportName}.${found.member} (${sourceCode.getText(found.owner)})` : null;
    });
    return result;
  };

  it("resolves named, renamed and namespace imports of the SDK enum", () => {
    expect(member(`import { DefaultPrivacyLevel } from "@datadog/browser-rum"; const target = DefaultPrivacyLevel.ALLOW;`)).toBe("DefaultPrivacyLevel.ALLOW (DefaultPrivacyLevel)");
    expect(member(`import { DefaultPrivacyLevel as Level } from "@datadog/browser-rum-slim"; const target = Level.MASK;`)).toBe("DefaultPrivacyLevel.MASK (Level)");
    expect(member(`import * as DD from "@datadog/browser-rum"; const target = DD.DefaultPrivacyLevel.ALLOW;`)).toBe("DefaultPrivacyLevel.ALLOW (DD.DefaultPrivacyLevel)");
  });

  it("rejects unknown members, other exports, other packages and non-imports", () => {
    expect(member(`import * as DD from "@datadog/browser-rum"; const target = DD.DefaultPrivacyLevel.HIDDEN;`)).toBeNull();
    expect(member(`import { datadogRum } from "@datadog/browser-rum"; const target = datadogRum.DefaultPrivacyLevel.ALLOW;`)).toBeNull();
    expect(member(`import DD from "@datadog/browser-rum"; const target = DD.ALLOW;`)).toBeNull();
    expect(member(`import { DefaultPrivacyLevel } from "./my-enums"; const target = DefaultPrivacyLevel.ALLOW;`)).toBeNull();
    expect(member(`const DefaultPrivacyLevel = { ALLOW: "allow" }; const target = DefaultPrivacyLevel.ALLOW;`)).toBeNull();
    expect(member(`const target = getSdk().DefaultPrivacyLevel.ALLOW;`)).toBeNull();
  });
});
