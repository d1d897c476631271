/**
 * Property-based tests: random JSX/TSX modules (field-ish elements with attributes of every value
 * kind, spreads, fragments, member-expression and namespaced tags, comments, CRLF, BOM, astral
 * characters) and random recorder setup code, linted with every rule of configs.recommended,
 * configs.strict and configs.all under espree and @typescript-eslint/parser, on ESLint 10 and 9.
 * See harness.ts for the properties and README.md for longer campaigns.
 */
import * as fc from "fast-check";
import { describe, it } from "vitest";
import { jsModule } from "./arbitraries/js.js";
import { assertProperty, checkAll, type EslintMajor, fuzzTimeout, type LintSetup, PRESETS, SETTINGS_VARIANTS } from "./harness.js";

const RUNS = 80;

const setup = fc.record({
  preset: fc.constantFrom(...PRESETS),
  settings: fc.nat({ max: SETTINGS_VARIANTS.length - 1 }),
  eslint: fc.oneof({ weight: 4, arbitrary: fc.constant<EslintMajor>(10) }, fc.constant<EslintMajor>(9)),
});

describe("fuzz: JSX/TSX modules", () => {
  it(
    "no rule throws, locations stay in the file, suggestions give code that parses and adds no report",
    () => {
      assertProperty(
        fc.tuple(jsModule, setup),
        ([module, { preset, settings, eslint }]) => {
          const typescript = module.extension === "tsx";
          const lintSetup: LintSetup = { preset, settings, eslint, parser: typescript ? "typescript" : "espree" };
          checkAll(module.code, `src/components/Fuzz.${module.extension}`, lintSetup);
        },
        RUNS,
      );
    },
    fuzzTimeout(RUNS, 45_000),
  );
});
