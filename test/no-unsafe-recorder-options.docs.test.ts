import { readFileSync, writeFileSync } from "node:fs";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { formatOptionPath } from "../src/core/unsafe-options.js";
import { UNSAFE_OPTIONS, VENDORS_WITHOUT_CODE_OPTIONS, type Literal, type QuietWhen, type UnsafeOption, type ValueTest } from "../src/data/recorder-options.js";
import { VENDORS } from "../src/data/vendors.js";

/**
 * The per-vendor table in rules-docs/no-unsafe-recorder-options.md is rendered from the rule's data
 * module. Run with UPDATE_RULE_DOCS=1 to rewrite it after changing the data.
 */
const DOC_URL = new URL("../rules-docs/no-unsafe-recorder-options.md", import.meta.url);
const BEGIN = "<!-- begin generated options table -->";
const END = "<!-- end generated options table -->";

const literal = (value: Literal): string => `\`${typeof value === "string" ? `'${value}'` : String(value)}\``;
const names = (items: readonly string[]): string => items.map((item) => `\`${item}\``).join(", ");

function describeTest(test: ValueTest): string {
  switch (test.kind) {
    case "equals":
      return test.values.map(literal).join(" or ");
    case "enabled":
      return "`true` or a settings object";
    case "nonEmpty":
      return "a non-empty list";
    case "present":
      return "set to anything";
    case "absent":
      return "not set";
    case "selectorMatches": {
      const targets = test.targets.map((t) => (t === "inputs" ? "form fields" : t === "media" ? "media" : "every element"));
      return `a selector matching ${targets.join(" or ")}`;
    }
    case "selectorMissesEverything":
      return "`null`, `''` or a selector that does not match every element";
    case "missingItems":
      return `a list without ${names(test.items)}`;
    case "lacksTrueKeys":
      return `an object without ${test.keys.map((key) => `\`${key}: true\``).join(", ")}`;
    case "setsTrueKeys":
      return `an object with ${test.keys.map((key) => `\`${key}: true\``).join(", ")}`;
    case "identityFunction":
      return "a function returning its input unchanged (always, or as its last statement)";
  }
}

function describeQuiet({ path, test }: QuietWhen): string {
  const option = `\`${formatOptionPath(path)}\``;
  return test.kind === "present" ? `${option} is set` : `${option} is ${describeTest(test)}`;
}

function row(option: UnsafeOption): string {
  const when = [describeTest(option.test), ...(option.quietWhen ?? []).map((q) => `unless ${describeQuiet(q)}`)].join(", ");
  const site = option.group ? ` (in \`${option.group}(...)\`)` : "";
  const suggestion = option.safeValues?.map((safe) => literal(safe.value)).join(", ") ?? "";
  const weak = option.weakDefault ? " (only with `reportWeakDefaults`)" : "";
  return `| \`${formatOptionPath(option.path)}\`${site} | ${when}${weak} | ${option.exposes.replaceAll("|", "\\|")} | ${option.category} | ${suggestion} |`;
}

function renderTable(): string {
  const lines: string[] = [];
  const vendors = [...new Set(UNSAFE_OPTIONS.map((option) => option.vendor))];
  for (const vendor of vendors) {
    lines.push(`### ${VENDORS[vendor]}`, "", "| option | reported when | what it does | category | suggestions |", "| --- | --- | --- | --- | --- |");
    for (const option of UNSAFE_OPTIONS.filter((o) => o.vendor === vendor)) lines.push(row(option));
    lines.push("");
  }
  lines.push(
    `Not checked, because their privacy settings live outside code (dashboard or account settings): ${VENDORS_WITHOUT_CODE_OPTIONS.map((v) => VENDORS[v]).join(", ")}.`,
  );
  return lines.join("\n");
}

function readDoc(): string {
  return readFileSync(DOC_URL, "utf8");
}

/** The ```js blocks under a heading, up to the next heading of the same or a higher level. */
function codeBlocks(doc: string, heading: string): string[] {
  const start = doc.indexOf(`\n${heading}\n`);
  if (start < 0) return [];
  const level = heading.indexOf(" ");
  const rest = doc.slice(start + heading.length + 2);
  const next = rest.search(new RegExp(`\\n#{1,${level}} `));
  const section = next < 0 ? rest : rest.slice(0, next);
  return [...section.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

function lint(code: string): Linter.LintMessage[] {
  const linter = new Linter();
  return linter.verify(
    code,
    [
      {
        files: ["**/*.jsx"],
        plugins: { "replay-privacy": plugin },
        languageOptions: { ecmaVersion: "latest", sourceType: "module", parserOptions: { ecmaFeatures: { jsx: true } } },
        rules: { "replay-privacy/no-unsafe-recorder-options": "error" },
      },
    ],
    "example.jsx",
  );
}

describe("rules-docs/no-unsafe-recorder-options.md", () => {
  it("holds the option table rendered from src/data/recorder-options.ts", () => {
    const doc = readDoc();
    const begin = doc.indexOf(BEGIN);
    const end = doc.indexOf(END);
    expect(begin).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(begin);
    const expected = `${BEGIN}\n${renderTable()}\n${END}`;
    const actual = doc.slice(begin, end + END.length);
    if (actual !== expected && process.env.UPDATE_RULE_DOCS) {
      writeFileSync(DOC_URL, doc.slice(0, begin) + expected + doc.slice(end + END.length));
      return;
    }
    expect(actual).toBe(expected);
  });

  it("names every option of the data table", () => {
    const doc = readDoc();
    for (const option of UNSAFE_OPTIONS) expect(doc).toContain(`\`${formatOptionPath(option.path)}\``);
  });

  it("documents every rule option", () => {
    const doc = readDoc();
    const schema = plugin.rules["no-unsafe-recorder-options"].meta.schema as { properties: Record<string, unknown> }[];
    for (const name of Object.keys(schema[0]!.properties)) expect(doc).toContain(`### \`${name}\``);
  });

  it("has incorrect examples that the rule reports", () => {
    const blocks = codeBlocks(readDoc(), "### Incorrect");
    expect(blocks.length).toBeGreaterThan(3);
    for (const block of blocks) {
      const messages = lint(block);
      expect(messages.filter((m) => m.fatal)).toEqual([]);
      expect(messages.length, block).toBeGreaterThan(0);
    }
  });

  it("has correct examples that the rule accepts", () => {
    const blocks = codeBlocks(readDoc(), "### Correct");
    expect(blocks.length).toBeGreaterThan(3);
    for (const block of blocks) expect(lint(block), block).toEqual([]);
  });
});
