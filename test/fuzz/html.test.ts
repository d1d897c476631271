/**
 * Property-based tests: random HTML pages and server/Angular templates (broken markup, template
 * syntax, scripts with recorder snippets and consent markup, CDATA, huge attribute values, NUL,
 * CRLF/CR, BOM, astral characters), linted with the plugin's `replay-privacy/html` language and every
 * rule of configs.recommended, configs.strict and configs.all, on ESLint 10 and 9.
 * See harness.ts for the properties and README.md for longer campaigns.
 */
import * as fc from "fast-check";
import { describe, it } from "vitest";
import { htmlFile } from "./arbitraries/html.js";
import { assertProperty, checkAll, type EslintMajor, fuzzTimeout, PRESETS, SETTINGS_VARIANTS } from "./harness.js";

const RUNS = 120;

const setup = fc.record({
  preset: fc.constantFrom(...PRESETS),
  settings: fc.nat({ max: SETTINGS_VARIANTS.length - 1 }),
  eslint: fc.oneof({ weight: 4, arbitrary: fc.constant<EslintMajor>(10) }, fc.constant<EslintMajor>(9)),
});

describe("fuzz: HTML-family files", () => {
  it(
    "no rule throws, locations stay in the file, suggestions give markup that lints and adds no report",
    () => {
      assertProperty(
        fc.tuple(htmlFile, setup),
        ([file, { preset, settings, eslint }]) => {
          checkAll(file.code, `views/${file.filename}`, { preset, settings, eslint, parser: "none" });
        },
        RUNS,
      );
    },
    fuzzTimeout(RUNS, 45_000),
  );

  it("a 100 KB attribute value on a sensitive field, quoted and unquoted, with and without template syntax", () => {
    const huge = "card number ".repeat(Math.ceil(102_400 / 12));
    const pages = [
      `<form><input name="cardnumber" placeholder="${huge}"></form>`,
      `<input class=${huge.replaceAll(" ", "_")} name=cvv>`,
      `<input name="iban" value="{{ ${huge} }}" class="fs-exclude {% if x %}${huge}{% endif %}">`,
      `<script>LogRocket.init("${huge}")</script><input name="cvv" data-private="${huge}`,
    ];
    for (const preset of PRESETS) for (const page of pages) checkAll(page, "views/huge.html", { preset, settings: 3, eslint: 10, parser: "none" });
  }, 60_000);
});
