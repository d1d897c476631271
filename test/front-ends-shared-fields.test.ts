import { Linter } from "eslint";
import vueParser from "vue-eslint-parser";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";

/**
 * require-masking and no-unmask-sensitive share one run's fields (the first of them collects, the
 * other receives). Together they must report exactly what each reports alone, in every syntax, and a
 * second run over the same SourceCode must collect afresh.
 */
const MASKING = "replay-privacy/require-masking";
const UNMASK = "replay-privacy/no-unmask-sensitive";
const settings = { "replay-privacy": { recorders: ["fullstory", "hotjar"] } };

const JSX = `export function Checkout() {
  return (
    <form>
      <input name="cardNumber" />
      <input name="cvc" className="fs-unmask" />
      <div data-hj-allow><input name="iban" /></div>
      <input name="coupon" />
    </form>
  );
}`;
const HTML = `<form>
  <input name="cardNumber">
  <input name="cvc" class="fs-unmask">
  <div data-hj-allow><input name="iban"></div>
</form>`;
const VUE = `<template>\n  <form>\n    <input v-model="card.number">\n    <input v-model="cvc" class="fs-unmask">\n  </form>\n</template>\n`;

type Target = { code: string; filename: string; config: Linter.Config };
const JSX_TARGET: Target = { code: JSX, filename: "Checkout.jsx", config: { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } } };
const targets: Record<string, Target> = {
  jsx: JSX_TARGET,
  html: { code: HTML, filename: "checkout.html", config: { language: "replay-privacy/html" } },
  vue: { code: VUE, filename: "Checkout.vue", config: { languageOptions: { parser: vueParser } } },
};

function lint(target: Target, rules: string[]): string[] {
  const linter = new Linter({ configType: "flat" });
  const config: Linter.Config = {
    files: [`**/*${target.filename.slice(target.filename.lastIndexOf("."))}`],
    plugins: { "replay-privacy": plugin },
    settings,
    ...target.config,
    rules: Object.fromEntries(rules.map((rule) => [rule, "error"])),
  };
  return linter
    .verify(target.code, [config], target.filename)
    .map((m) => `${m.ruleId ?? "fatal"}:${m.line}:${m.column}:${m.messageId ?? m.message}:${m.suggestions?.length ?? 0}`)
    .sort();
}

describe("one run's fields, shared by the masking rules", () => {
  for (const [name, target] of Object.entries(targets)) {
    it(`${name}: both rules together report what each reports alone`, () => {
      const alone = [...lint(target, [MASKING]), ...lint(target, [UNMASK])].sort();
      expect(alone.filter((line) => line.startsWith(UNMASK)).length).toBeGreaterThan(0);
      expect(alone.filter((line) => line.startsWith(MASKING)).length).toBeGreaterThan(0);
      expect(lint(target, [MASKING, UNMASK])).toEqual(alone);
      expect(lint(target, [UNMASK, MASKING])).toEqual(alone);
    });
  }

  it("a second run over the same SourceCode with another rule set collects its own fields", () => {
    const linter = new Linter({ configType: "flat" });
    const base: Linter.Config = { files: ["**/*.jsx"], plugins: { "replay-privacy": plugin }, settings, languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } };
    const first = linter.verify(JSX, [{ ...base, rules: { [MASKING]: "error" } }], "Checkout.jsx");
    const sourceCode = linter.getSourceCode();
    const second = linter.verify(sourceCode, [{ ...base, rules: { [UNMASK]: "error" } }], "Checkout.jsx");
    expect(first.map((m) => m.ruleId)).toContain(MASKING);
    const unmaskAlone = lint(JSX_TARGET, [UNMASK]);
    expect(unmaskAlone.length).toBeGreaterThan(0);
    expect(second.map((m) => `${m.ruleId}:${m.line}:${m.column}:${m.messageId}:${m.suggestions?.length ?? 0}`).sort()).toEqual(unmaskAlone);
  });
});
