import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CATEGORY_IDS, CATEGORY_LABELS, RECOMMENDED_CATEGORIES } from "../src/data/lexicon.js";
import { DEFAULT_SUGGESTION_VENDORS, MARKERS, type MarkerFact, SUGGESTED_MARKERS } from "../src/data/markers.js";
import { VENDORS } from "../src/data/vendors.js";
import rule from "../src/rules/require-masking.js";

/**
 * rules-docs/require-masking.md states facts that live in src/data: the markers each recorder reads
 * and the categories. The tables between the `begin`/`end` comments must be exactly what the data says.
 */

const DOC = fileURLToPath(new URL("../rules-docs/require-masking.md", import.meta.url));
const doc = readFileSync(DOC, "utf8");

/** The text between `<!-- begin NAME` and `<!-- end NAME -->`, without the begin comment line. */
function section(name: string): string {
  const start = doc.indexOf(`<!-- begin ${name}`);
  const end = doc.indexOf(`<!-- end ${name} -->`);
  if (start < 0 || end < start) throw new Error(`rules-docs/require-masking.md has no ${name} section`);
  return doc.slice(doc.indexOf("\n", start) + 1, end).trim();
}

const PROTECTING = new Set(["mask", "block", "ignore"]);

function markerText(marker: MarkerFact): string {
  return marker.values ? marker.values.map((value) => `\`${marker.name}="${value}"\``).join(", ") : `\`${marker.name}\``;
}

function covers(marker: MarkerFact): string {
  if (marker.kind === "ignore") return "input events (typed values) of the element";
  if (!marker.coversInputValues) return "page text only, **not typed values**";
  return marker.kind === "block" ? "everything: replaced by a placeholder" : "typed values and text";
}

/** The marker table as the data says it. */
export function markerTable(): string {
  const rows = MARKERS.filter((marker) => PROTECTING.has(marker.kind)).map((marker) =>
    [
      VENDORS[marker.vendor],
      markerText(marker),
      marker.form,
      marker.kind,
      covers(marker),
      marker.inherits ? "the element and its descendants" : "the element itself only",
      SUGGESTED_MARKERS.get(marker.vendor) === marker ? "yes" : "",
    ].join(" | "),
  );
  return ["| Recorder | Marker | Written as | Kind | Hides | Reaches | Quick fix |", "| --- | --- | --- | --- | --- | --- | --- |", ...rows.map((row) => `| ${row} |`)].join("\n");
}

/** The category table as the data says it. */
export function categoryTable(): string {
  const recommended = new Set<string>(RECOMMENDED_CATEGORIES);
  const rows = CATEGORY_IDS.map((id) => `| \`${id}\` | ${CATEGORY_LABELS[id]} | ${recommended.has(id) ? "✅ 🔒" : "🔒"} |`);
  return ["| Category | Reported as | Presets |", "| --- | --- | --- |", ...rows].join("\n");
}

describe("rules-docs/require-masking.md", () => {
  it("lists every protecting marker of src/data/markers.ts, exactly", () => {
    const table = section("marker-table");
    for (const marker of MARKERS.filter((m) => PROTECTING.has(m.kind))) {
      expect(table, `${marker.vendor} ${marker.name} is missing`).toContain(markerText(marker));
    }
    expect(table, `regenerate the table:\n${markerTable()}`).toBe(markerTable());
  });

  it("names the recorders whose quick fixes are offered by default", () => {
    const names = DEFAULT_SUGGESTION_VENDORS.map((vendor) => VENDORS[vendor]);
    const paragraph = section("default-suggestions");
    for (const name of names) expect(paragraph).toContain(name);
  });

  it("lists every category with its preset, exactly", () => {
    expect(section("category-table"), `regenerate the table:\n${categoryTable()}`).toBe(categoryTable());
  });

  it("has one ### heading per option of the schema", () => {
    const schema = rule.meta.schema as unknown as [{ properties: Record<string, unknown> }];
    const options = Object.keys(schema[0].properties);
    const optionsSection = doc.slice(doc.indexOf("\n## Options\n"), doc.indexOf("\n## Settings\n"));
    const headings = [...optionsSection.matchAll(/^### `(\w+)`$/gmu)].map(([, name]) => name);
    expect(headings).toEqual(options);
  });

  it("documents every setting the rule reads", () => {
    const settings = doc.slice(doc.indexOf("\n## Settings\n"));
    for (const name of ["recorders", "components", "polymorphicPropName", "detectDesignSystemFields"]) {
      expect(settings).toContain(`### \`${name}\``);
    }
  });

  it("cites the regulations and keeps a section for the other syntaxes", () => {
    for (const text of ["PCI DSS", "3.3.1", "3.4.1", "GDPR", "Art. 9", "Art. 32", "## Other syntaxes", "## When not to use it"]) {
      expect(doc).toContain(text);
    }
  });
});
