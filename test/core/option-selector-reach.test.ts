import { describe, expect, it } from "vitest";
import { selectorsReaching, selectsEverything } from "../../src/core/selector-reach.js";

describe("selectorsReaching", () => {
  const fields = (list: string, inherited = true): string[] => selectorsReaching(list, ["inputs", "everything"], inherited);

  it.each([
    ["input", ["input"]],
    ["textarea", ["textarea"]],
    ["select", ["select"]],
    ["input[type=password]", ["input[type=password]"]],
    ['[type="email"]', ['[type="email"]']],
    ["[autocomplete]", ["[autocomplete]"]],
    ["form input", ["form input"]],
    ["#checkout > input", ["#checkout > input"]],
    ["*", ["*"]],
    ["body", ["body"]],
    ["html", ["html"]],
    [":root", [":root"]],
    ["form", ["form"]],
    [".public, input", ["input"]],
    [":is(input, textarea)", [":is(input, textarea)"]],
    ["input:not([type=hidden])", ["input:not([type=hidden])"]],
    [":read-write", [":read-write"]],
    ["svg|input", ["svg|input"]],
  ])("%s reaches form fields", (list, expected) => {
    expect(fields(list)).toEqual(expected);
  });

  it.each([
    ".sentry-unmask",
    "[data-sentry-unmask]",
    ".sentry-unmask, [data-sentry-unmask]",
    "input.public",
    "input#search",
    'input[name="q"]',
    "input[type=checkbox]",
    'input[type="submit"]',
    "[type=radio]",
    ".public *",
    "body .footer",
    "div",
    "p",
    "",
    "input[",
    "a::before",
  ])("%s does not reach form fields", (list) => {
    expect(fields(list)).toEqual([]);
  });

  it("only `*` reaches everything when the vendor does not apply the option to descendants", () => {
    expect(selectorsReaching("body", ["everything"], false)).toEqual([]);
    expect(selectorsReaching("form", ["inputs"], false)).toEqual([]);
    expect(selectorsReaching("*", ["everything"], false)).toEqual(["*"]);
    expect(selectorsReaching("input", ["everything"], false)).toEqual([]);
  });

  it("finds media selectors", () => {
    expect(selectorsReaching("img, .avatar, video, picture source", ["media"], true)).toEqual(["img", "video"]);
    expect(selectorsReaching("img.logo", ["media"], true)).toEqual([]);
  });

  it("keeps commas inside attribute values and pseudo arguments", () => {
    expect(fields('[data-x="a,b"], :is(.a, .b)')).toEqual([]);
    expect(fields(':where(.a, input[type="text"])')).toEqual([':where(.a, input[type="text"])']);
  });
});

describe("selectsEverything", () => {
  it.each([
    ["*", true],
    ["*, [data-nr-mask]", true],
    ["body", true],
    [".private", false],
    ["[data-nr-mask]", false],
    ["", false],
    [".a *", false],
  ])("%s -> %s", (list, expected) => {
    expect(selectsEverything(list)).toBe(expected);
  });
});
