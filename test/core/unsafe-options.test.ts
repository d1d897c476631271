import { describe, expect, it } from "vitest";
import { OptionResolver } from "../../src/core/option-values.js";
import { findUnsafeOptions } from "../../src/core/unsafe-options.js";
import { UNSAFE_OPTIONS } from "../../src/data/recorder-options.js";
import type { VendorId } from "../../src/data/vendors.js";
import { withTarget } from "../helpers/probe.js";

interface Found {
  option: string;
  text: string;
  selectors?: readonly string[];
  missing?: readonly string[];
}

/** The findings for `const target = ...` under one vendor's table. */
function findings(code: string, vendor: VendorId, rootPath: string[] = []): Found[] {
  const table = UNSAFE_OPTIONS.filter((o) => o.vendor === vendor && !o.weakDefault);
  return withTarget(code, (target, sourceCode) =>
    findUnsafeOptions(new OptionResolver(sourceCode), target, table, rootPath).map((f) => ({
      option: f.option.path.join("."),
      text: sourceCode.getText(f.node),
      ...(f.selectors ? { selectors: f.selectors } : {}),
      ...(f.missing ? { missing: f.missing } : {}),
    })),
  );
}

describe("findUnsafeOptions", () => {
  it("reports equals tests on the property", () => {
    expect(findings("const target = { maskAllText: false, maskAllInputs: true, blockAllMedia: !1 };", "sentry")).toEqual([
      { option: "maskAllText", text: "maskAllText: false" },
      { option: "blockAllMedia", text: "blockAllMedia: !1" },
    ]);
  });

  it("stays quiet when a later unknown spread may override, or a value is unknown", () => {
    expect(findings("const target = { maskAllText: false, ...overrides };", "sentry")).toEqual([]);
    expect(findings("const target = { maskAllText: process.env.MASK === '1' };", "sentry")).toEqual([]);
    expect(findings("const target = { maskAllText: dev ? false : true };", "sentry")).toEqual([]);
    expect(findings("const target = { maskAllText: dev ? false : !1 };", "sentry")).toEqual([
      { option: "maskAllText", text: "maskAllText: dev ? false : !1" },
    ]);
  });

  it("reports each selector-list element that reaches fields", () => {
    expect(findings("const target = { unmask: ['.sentry-unmask', 'input, .x', '[data-sentry-unmask]', 'textarea'] };", "sentry")).toEqual([
      { option: "unmask", text: "'input, .x'", selectors: ["input"] },
      { option: "unmask", text: "'textarea'", selectors: ["textarea"] },
    ]);
  });

  it("reports a single selector string on the property", () => {
    expect(findings("const target = { record_unmask_input_selector: 'input' };", "mixpanel")).toEqual([
      { option: "record_unmask_input_selector", text: "record_unmask_input_selector: 'input'", selectors: ["input"] },
    ]);
  });

  it("reports missing items", () => {
    expect(findings("const target = { maskAttributes: ['title'] };", "sentry")).toEqual([
      { option: "maskAttributes", text: "maskAttributes: ['title']", missing: ["placeholder", "aria-label"] },
    ]);
    expect(findings("const target = { maskAttributes: ['title', 'placeholder', 'aria-label', 'alt'] };", "sentry")).toEqual([]);
    expect(findings("const target = { maskAttributes: [...extra] };", "sentry")).toEqual([]);
  });

  it("keeps an option quiet through quietWhen", () => {
    expect(findings("const target = { networkDetailAllowUrls: [location.origin], networkCaptureBodies: false };", "sentry")).toEqual([]);
    expect(findings("const target = { networkDetailAllowUrls: [location.origin], ...rest };", "sentry")).toEqual([]);
    expect(findings("const target = { networkDetailAllowUrls: [location.origin] };", "sentry")).toEqual([
      { option: "networkDetailAllowUrls", text: "networkDetailAllowUrls: [location.origin]" },
    ]);
    expect(findings("const target = { networkDetailAllowUrls: [] };", "sentry")).toEqual([]);
  });

  it("handles rrweb's maskInputOptions combinations", () => {
    expect(findings("const target = { maskAllInputs: false };", "rrweb")).toEqual([
      { option: "maskAllInputs", text: "maskAllInputs: false" },
    ]);
    expect(
      findings("const target = { maskAllInputs: false, maskInputOptions: { password: true, email: true, tel: true, text: true, number: true } };", "rrweb"),
    ).toEqual([]);
    expect(findings("const target = { maskInputOptions: { email: true } };", "rrweb")).toEqual([
      { option: "maskInputOptions", text: "maskInputOptions: { email: true }", missing: ["password"] },
    ]);
    expect(findings("const target = { maskAllInputs: true, maskInputOptions: {} };", "rrweb")).toEqual([]);
    expect(findings("const target = { maskInputOptions: { password: true } };", "rrweb")).toEqual([]);
    expect(findings("const target = { maskInputOptions: { ...opts } };", "rrweb")).toEqual([]);
  });

  it("handles Mixpanel's mask selector without mask-all", () => {
    expect(findings("const target = { record_mask_text_selector: '.pii' };", "mixpanel")).toEqual([
      { option: "record_mask_text_selector", text: "record_mask_text_selector: '.pii'" },
    ]);
    expect(findings("const target = { record_mask_text_selector: '.pii', record_mask_all_text: true };", "mixpanel")).toEqual([]);
    expect(findings("const target = { record_mask_text_selector: '.pii', record_mask_all_text: process.env.MASK === '1' };", "mixpanel")).toEqual([]);
    expect(findings("const target = { record_mask_text_selector: process.env.MASK_SELECTOR };", "mixpanel")).toEqual([]);
    expect(findings("const target = { record_mask_text_selector: undefined };", "mixpanel")).toEqual([]);
  });

  it("walks array items and nested paths", () => {
    const code = "const target = { privacyConfig: { urlMaskLevels: [{ match: '/a', maskLevel: 'light' }, { match: '/b', maskLevel: 'conservative' }] } };";
    expect(findings(code, "amplitude")).toEqual([{ option: "privacyConfig.urlMaskLevels.[].maskLevel", text: "maskLevel: 'light'" }]);
  });

  it("starts from a root path", () => {
    const code = "const target = { session_replay: { enabled: true, mask_all_inputs: false, mask_text_selector: '' } };";
    expect(findings(code, "newrelic", ["init"])).toEqual([
      { option: "init.session_replay.mask_all_inputs", text: "mask_all_inputs: false" },
      { option: "init.session_replay.mask_text_selector", text: "mask_text_selector: ''" },
    ]);
    expect(findings("const target = { session_replay: { mask_text_selector: '*', mask_all_inputs: true } };", "newrelic", ["init"])).toEqual([]);
  });

  it("detects identity mask functions", () => {
    expect(findings("const target = { session_recording: { maskInputFn: (text) => text, maskTextFn: (t) => t.replace(/./g, '*') } };", "posthog")).toEqual([
      { option: "session_recording.maskInputFn", text: "maskInputFn: (text) => text" },
    ]);
  });

  it("treats settings objects as enabled", () => {
    expect(findings("const target = { advancedNetwork: { allowedUrls: [/api/] } };", "smartlook")).toEqual([
      { option: "advancedNetwork", text: "advancedNetwork: { allowedUrls: [/api/] }" },
    ]);
    expect(findings("const target = { advancedNetwork: false };", "smartlook")).toEqual([]);
  });
});

describe("OPTION_SITES", () => {
  it("names APIs that src/data/recorder-sdks.ts lists for the vendor", async () => {
    const { OPTION_SITES } = await import("../../src/data/recorder-options.js");
    const { RECORDER_SDKS } = await import("../../src/data/recorder-sdks.js");
    for (const site of OPTION_SITES) {
      const sdk = RECORDER_SDKS.find((candidate) => candidate.id === site.vendor);
      const apis = [...(sdk?.packages ?? []).flatMap((p) => p.apis), ...(sdk?.globals ?? []).flatMap((g) => g.apis)];
      const names = new Set(apis.flatMap((api) => [api.name, ...(api.returns ?? []).map((r) => r.name)]));
      expect(names.has(site.api), `${site.vendor}:${site.api}`).toBe(true);
    }
  });

  it("gives every group of options a site that reads it", async () => {
    const { OPTION_SITES } = await import("../../src/data/recorder-options.js");
    for (const option of UNSAFE_OPTIONS) {
      expect(OPTION_SITES.some((site) => site.vendor === option.vendor && site.group === option.group), formatPath(option.path)).toBe(true);
    }
  });
});

function formatPath(path: readonly string[]): string {
  return path.join(".");
}
