/**
 * Property-based tests for markup inside JavaScript: lit `html` templates (offsets mapped back into
 * the JS file, `${...}` holes in every position) and Vue single-file components through
 * vue-eslint-parser. Same properties as the JSX and HTML fuzzers (see harness.ts).
 */
import * as fc from "fast-check";
import { describe, it } from "vitest";
import { litModule, vueFile } from "./arbitraries/embedded.js";
import { assertProperty, checkAll, type EslintMajor, fuzzTimeout, PRESETS, SETTINGS_VARIANTS } from "./harness.js";

const LIT_RUNS = 30;
const VUE_RUNS = 20;

const setup = fc.record({
  preset: fc.constantFrom(...PRESETS),
  settings: fc.nat({ max: SETTINGS_VARIANTS.length - 1 }),
  eslint: fc.oneof({ weight: 4, arbitrary: fc.constant<EslintMajor>(10) }, fc.constant<EslintMajor>(9)),
});

describe("fuzz: markup embedded in JavaScript", () => {
  it(
    "lit html templates: no rule throws, locations stay in the file, suggestions keep the module parsing",
    () => {
      assertProperty(
        fc.tuple(litModule, setup),
        ([file, { preset, settings, eslint }]) => {
          checkAll(file.code, file.filename, { preset, settings, eslint, parser: file.filename.endsWith(".ts") ? "typescript" : "espree" });
        },
        LIT_RUNS,
      );
    },
    fuzzTimeout(LIT_RUNS, 30_000),
  );

  it(
    "Vue single-file components: no rule throws, locations stay in the file, suggestions keep the component parsing",
    () => {
      assertProperty(
        fc.tuple(vueFile, setup),
        ([file, { preset, settings, eslint }]) => {
          checkAll(file.code, file.filename, { preset, settings, eslint, parser: "vue" });
        },
        VUE_RUNS,
      );
    },
    fuzzTimeout(VUE_RUNS, 30_000),
  );
});
