import { describe, expect, it } from "vitest";
import type { ClassToken } from "../../src/core/field.js";
import { compileGlobs, globToRegExp } from "../../src/core/file-globs.js";
import { boundClassTokens, boundExpressionValue, classifyAttributeName } from "../../src/front-ends/markup/bindings.js";
import { blockLiterals, readableTemplateText, templateIdentifier, templatePieces } from "../../src/front-ends/markup/template-values.js";
import { parseHtmlTree } from "../../src/languages/html/build-tree.js";
import { findPhpBlockEnd } from "../../src/languages/html/php-block.js";
import { TEMPLATE_PLACEHOLDER } from "../../src/languages/html/template-syntax.js";

/**
 * The string-level helpers behind the markup front end (framework bindings, server-template
 * pieces, PHP block ends) and the `allowIn` glob matcher, with exact results.
 */

function classes(expression: string): ClassToken[] {
  const out: ClassToken[] = [];
  boundClassTokens(expression, out);
  return out;
}

describe("framework bindings", () => {
  it("reads Angular [className] and Vue :className as the class attribute", () => {
    expect(classifyAttributeName("[classname]")).toEqual({ kind: "attribute", name: "class" });
    expect(classifyAttributeName(":classname")).toEqual({ kind: "attribute", name: "class" });
  });

  it("reads a bound null or undefined as an attribute that is left out", () => {
    const absent = { kind: "dynamic", candidates: [], mayBeAbsent: true, hasUnknown: false };
    expect(boundExpressionValue("null")).toEqual(absent);
    expect(boundExpressionValue(" undefined ")).toEqual(absent);
  });

  it("reads class names with stray spaces inside quotes", () => {
    // `{ ' fs-exclude': hide }`: conditional on `hide`.
    expect(classes(`{ ' fs-exclude': hide }`)).toEqual([{ name: "fs-exclude", conditional: true }]);
    expect(classes(`' input  fs-exclude'`)).toEqual([
      { name: "input", conditional: false },
      { name: "fs-exclude", conditional: false },
    ]);
  });

  it("reads an array whose closing bracket is missing", () => {
    expect(classes(`['input', 'fs-exclude'`)).toEqual([
      { name: "input", conditional: false },
      { name: "fs-exclude", conditional: false },
    ]);
  });

  it("splits an array only on its own commas, and calls nested objects and arrays conditional", () => {
    expect(classes(`['input', { 'fs-exclude': hide }, fn(a, b), [' x']]`)).toEqual([
      { name: "input", conditional: false },
      { name: "fs-exclude", conditional: true },
      { name: "x", conditional: true },
    ]);
  });

  it("does not read a bound class expression over 2000 characters", () => {
    expect(classes(`'fs-exclude ${"x".repeat(2000)}'`)).toEqual([]);
  });
});

describe("server-template pieces", () => {
  const P = TEMPLATE_PLACEHOLDER;

  it("treats a run of placeholders (a blanked lit value) as one block", () => {
    expect(templatePieces(`card-${P}${P}`)).toEqual([
      { kind: "text", text: "card-", depth: 0 },
      { kind: "block", text: `${P}${P}`, depth: 0 },
    ]);
  });

  it("keeps a placeholder inside a template block part of that block", () => {
    expect(templatePieces(`{{ a${P} }}x`)).toEqual([
      { kind: "block", text: `{{ a${P} }}`, depth: 0 },
      { kind: "text", text: "x", depth: 0 },
    ]);
  });

  it("orders placeholder runs and template blocks by position", () => {
    expect(templatePieces(`${P}{% if x %}y{% endif %}${P}`)).toEqual([
      { kind: "block", text: P, depth: 0 },
      { kind: "block", text: "{% if x %}", depth: 0 },
      { kind: "text", text: "y", depth: 1 },
      { kind: "block", text: "{% endif %}", depth: 0 },
      { kind: "block", text: P, depth: 0 },
    ]);
  });

  it("reads backtick literals of an output block", () => {
    expect(blockLiterals({ kind: "block", text: "<%= masked ? `rr-block` : '' %>", depth: 0 })).toEqual([{ text: "rr-block", conditional: true }]);
  });

  it("names a field by its expression when the literal part has no letters", () => {
    expect(templateIdentifier("{{ form.card_number.html_name }}-2")).toBe("form card_number");
  });

  it("reads label text past conditional tags, and backtick messages", () => {
    expect(readableTemplateText("Card number{% if required %} *{% endif %}")).toBe("Card number *");
    expect(readableTemplateText("${`Card number`}")).toBe(" Card number ");
  });
});

describe("HTML tree", () => {
  it("keeps a template-built tag name as written", () => {
    const result = parseHtmlTree(`<H{{ level }} class="title">Card</H{{ level }}>`);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [heading] = result.ast.children;
    expect(heading?.type === "HtmlElement" ? [heading.name, heading.rawName] : null).toEqual(["h{{ level }}", "H{{ level }}"]);
  });
});

describe("PHP block ends", () => {
  it("runs to the end of the file inside an unclosed block comment", () => {
    expect(findPhpBlockEnd("<?php /* never closed ?>", 5)).toBe(24);
  });

  it("continues after a line comment that ends at a line break", () => {
    expect(findPhpBlockEnd("<?php // note\n echo 1; ?>x", 5)).toBe(25);
    expect(findPhpBlockEnd("<?php # note\r\n echo 1; ?>x", 5)).toBe(25);
  });

  it("reads `<<<` that opens no heredoc as code", () => {
    expect(findPhpBlockEnd("<?php $a = 1 <<< 2; ?>", 5)).toBe(22);
  });

  it("runs to the end of the file inside an unterminated heredoc", () => {
    expect(findPhpBlockEnd("<?php $s = <<<EOT\nbody ?>", 5)).toBe(25);
  });

  it("does not end a heredoc at a longer word that starts with its identifier", () => {
    const code = "<?php $s = <<<EOT\nEOTA ?>\nEOTa ?>\nEOT; ?>tail";
    expect(findPhpBlockEnd(code, 5)).toBe(code.indexOf("?>tail") + 2);
  });
});

describe("allowIn globs", () => {
  it("compiles **, *, ?, {a,b} and literal dots", () => {
    const sources = globToRegExp("src/**/*.ts");
    expect(["src/a.ts", "src/a/b/c.ts"].map((path) => sources.test(path))).toEqual([true, true]);
    expect(["lib/src/a.ts", "src/a.tsx"].map((path) => sources.test(path))).toEqual([false, false]);
    expect(globToRegExp("./lib/**").test("lib/a/b.js")).toBe(true);
    expect(globToRegExp("a?.{js,ts}").test("pkg/ab.ts")).toBe(true);
    expect(globToRegExp("a?.{js,ts}").test("pkg/ab.tsx")).toBe(false);
    expect(globToRegExp("file.min.js").test("dist/fileXminXjs")).toBe(false);
  });

  it("keeps an unclosed brace literal", () => {
    expect(globToRegExp("{broken").test("src/{broken")).toBe(true);
    expect(globToRegExp("{broken").test("src/broken")).toBe(false);
  });

  it("matches paths relative to the working directory, with Windows separators", () => {
    const globs = compileGlobs(["src/consent/**", "*.stories.tsx"]);
    expect(globs.matches("/repo/src/consent/banner.ts", "/repo")).toBe(true);
    expect(globs.matches("C:\\repo\\src\\consent\\banner.ts", "C:\\repo\\")).toBe(true);
    expect(globs.matches("/other/src/app.ts", "/repo")).toBe(false);
    // A pattern without a slash matches the file name in any folder.
    expect(globs.matches("/repo/ui/Button.stories.tsx", "/repo")).toBe(true);
    expect(compileGlobs(["src/consent/**", "*.stories.tsx"])).toBe(globs);
  });

  it("stops caching after 100 pattern lists and still matches correctly", () => {
    for (let i = 0; i < 100; i++) compileGlobs([`generated/${i}/**`]);
    const first = compileGlobs(["late/**"]);
    const second = compileGlobs(["late/**"]);
    expect(second).not.toBe(first);
    expect([first.matches("/repo/late/a.ts", "/repo"), second.matches("/repo/early/a.ts", "/repo")]).toEqual([true, false]);
  });
});
