import { readFileSync } from "node:fs";
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { ALWAYS_MASKED_INPUTS, MARKERS, type MarkerFact, SUGGESTED_MARKERS, UNMASK_PRECEDENCE } from "../src/data/markers.js";
import { VENDORS, type VendorId } from "../src/data/vendors.js";
import plugin from "../src/index.js";

/**
 * rules-docs/no-unmask-sensitive.md stays true to the data and the rule:
 * - the per-vendor table of unmask markers is exactly what `unmaskTable()` builds from
 *   src/data/markers.ts (on a mismatch the test prints the table to paste);
 * - each ```jsx / ```html example under "Incorrect" gets a report from this rule, each one under
 *   "Correct" none (test/docs.test.ts lints every doc the same way; this keeps the check with the rule);
 * - every option in the schema has its own `###` section.
 */

const DOC = new URL("../rules-docs/no-unmask-sensitive.md", import.meta.url);
const RULE = "replay-privacy/no-unmask-sensitive";
const TABLE_START = "<!-- begin unmask-marker table (generated from src/data/markers.ts; test/no-unmask-sensitive-docs.test.ts) -->";
const TABLE_END = "<!-- end unmask-marker table -->";

function markerText(marker: MarkerFact): string {
  const name = marker.values ? `${marker.name}="${marker.values[0]}"` : marker.name;
  return `\`${name}\` (${marker.form})`;
}

function reach(marker: MarkerFact): string {
  const parts = [marker.inherits ? "the element and its descendants" : "the element itself only"];
  if (marker.fieldsOnly) parts.push("form fields only (not editable text)");
  if (!marker.coversInputValues) parts.push("never typed input values: reported on editable text only");
  return parts.join("; ");
}

function ignoredWhen(marker: MarkerFact): string {
  if (marker.needsConfiguration) return "always: it works only when passed in the SDK options (`unmask: [...]`), which a template cannot show";
  const reasons: string[] = [];
  const always = ALWAYS_MASKED_INPUTS[marker.vendor];
  if (always) {
    const types = always.types.map((type) => `\`${type}\``).join(", ");
    const autocomplete = [...always.autocompletePrefixes.map((p) => `\`${p}*\``), ...always.autocompleteSuffixes.map((s) => `\`*${s}\``)].join(", ");
    reasons.push(`inputs of type ${types} or with autocomplete ${autocomplete} (always masked)`);
  }
  const precedence = UNMASK_PRECEDENCE[marker.vendor];
  if (precedence === "mask-wins") reasons.push("a mask or block marker of the same vendor reaches the field (mask wins)");
  if (precedence === "nearest-wins") reasons.push("a nearer mask level, or a block (hidden) level anywhere above");
  return reasons.length > 0 ? reasons.join("; ") : "-";
}

function suggestion(vendor: VendorId): string {
  const mask = SUGGESTED_MARKERS.get(vendor);
  if (!mask || !UNMASK_PRECEDENCE[vendor]) return "-";
  return mask.form === "class" ? `class \`${mask.name}\`` : `\`${mask.values ? `${mask.name}="${mask.values[0]}"` : mask.name}\``;
}

/** The table as the doc must show it, one row per unmask marker in src/data/markers.ts. */
function unmaskTable(): string {
  const rows = MARKERS.filter((marker) => marker.kind === "unmask").map(
    (marker) => `| ${VENDORS[marker.vendor]} | ${markerText(marker)} | ${reach(marker)} | ${ignoredWhen(marker)} | ${suggestion(marker.vendor)} |`,
  );
  return ["| Vendor | Marker | Reaches | Not reported when | Suggestion |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}

const markdown = readFileSync(DOC, "utf8");

interface Example {
  line: number;
  kind: "wrong" | "right";
  lang: string;
  code: string;
}

/** Fenced jsx/html blocks under the "Incorrect" and "Correct" headings of "## Examples". */
function examples(): Example[] {
  const found: Example[] = [];
  const lines = markdown.split("\n");
  let kind: Example["kind"] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (/^#{2,3}\s/u.test(line)) kind = /^###\s+Incorrect/u.test(line) ? "wrong" : /^###\s+Correct/u.test(line) ? "right" : null;
    const fence = /^```(jsx|html|tsx|vue)\s*$/u.exec(line);
    if (!fence || !kind) continue;
    const start = i;
    const body: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== "```"; i++) body.push(lines[i] ?? "");
    found.push({ line: start + 1, kind, lang: fence[1] ?? "", code: `${body.join("\n")}\n` });
  }
  return found;
}

const plugins = { "replay-privacy": plugin };
const CONFIG: Linter.Config[] = [
  { files: ["**/*.jsx"], plugins, languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } }, rules: { [RULE]: "error" } },
  { files: ["**/*.tsx"], plugins, languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } }, rules: { [RULE]: "error" } },
  { files: ["**/*.html"], plugins, language: "replay-privacy/html", rules: { [RULE]: "error" } },
];

describe("rules-docs/no-unmask-sensitive.md", () => {
  it("the per-vendor table matches src/data/markers.ts", () => {
    const start = markdown.indexOf(TABLE_START);
    const end = markdown.indexOf(TABLE_END);
    expect(start, "table markers in the doc").toBeGreaterThan(-1);
    const shown = markdown.slice(start + TABLE_START.length, end).trim();
    const expected = unmaskTable();
    if (shown !== expected) console.log(`Paste this table between the markers:\n${expected}`);
    expect(shown).toBe(expected);
  });

  it("every vendor with an unmask marker is named in the table, every unmask marker listed", () => {
    const unmaskMarkers = MARKERS.filter((marker) => marker.kind === "unmask");
    for (const marker of unmaskMarkers) expect(markdown).toContain(`| ${VENDORS[marker.vendor]} | ${markerText(marker)} |`);
  });

  it("documents every option in its own ### section", () => {
    const schema = plugin.rules["no-unmask-sensitive"].meta.schema as [{ properties: Record<string, unknown> }];
    for (const option of Object.keys(schema[0].properties)) expect(markdown).toMatch(new RegExp(`^### \`${option}\`$`, "mu"));
  });

  const all = examples();
  it("has wrong and right examples in JSX and in HTML", () => {
    for (const kind of ["wrong", "right"] as const) {
      for (const lang of ["jsx", "html"]) expect(all.some((e) => e.kind === kind && e.lang === lang), `${kind} ${lang}`).toBe(true);
    }
  });

  const linter = new Linter();
  it.each(all.map((example) => [`line ${example.line} (${example.kind} ${example.lang})`, example] as const))("example at %s", (_name, example) => {
    const messages = linter.verify(example.code, CONFIG, { filename: `example.${example.lang}` });
    expect(messages.filter((m) => m.fatal || m.ruleId === null)).toEqual([]);
    const reports = messages.filter((m) => m.ruleId === RULE);
    if (example.kind === "wrong") expect(reports.length).toBeGreaterThan(0);
    else expect(reports.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
  });
});
