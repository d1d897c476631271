import type { ESLint, Linter } from "eslint";
import { rules } from "../rules/index.js";
import { STRICT_REQUIRE_MASKING_OPTIONS } from "../rules/require-masking.js";

const STRICT_NO_UNMASK_OPTIONS = {
  categories: STRICT_REQUIRE_MASKING_OPTIONS.categories,
  weakSignals: true,
};
import { PLUGIN_NAMESPACE } from "../util/package-info.js";
import { HTML_FILES, JS_FILES } from "./files.js";

type RuleEntry = Linter.RuleEntry;
type PresetName = "recommended" | "strict" | "all";

const HTML_LANGUAGE = `${PLUGIN_NAMESPACE}/html`;

/** Options a preset passes to a rule, beyond the rule's own defaults. */
const PRESET_OPTIONS: Record<PresetName, Partial<Record<keyof typeof rules, unknown[]>>> = {
  recommended: {},
  strict: { "require-masking": [STRICT_REQUIRE_MASKING_OPTIONS], "no-unmask-sensitive": [STRICT_NO_UNMASK_OPTIONS] },
  all: { "require-masking": [STRICT_REQUIRE_MASKING_OPTIONS], "no-unmask-sensitive": [STRICT_NO_UNMASK_OPTIONS] },
};

function isInPreset(name: keyof typeof rules, preset: PresetName): boolean {
  const { docs } = rules[name].meta;
  if (preset === "all") return true;
  if (preset === "strict") return docs.recommended || docs.strict === true;
  return docs.recommended;
}

function rulesFor(preset: PresetName, language: string): Record<string, RuleEntry> {
  const entries: Record<string, RuleEntry> = {};
  for (const name of Object.keys(rules) as (keyof typeof rules)[]) {
    const { meta } = rules[name];
    if (!isInPreset(name, preset) || !meta.languages.includes(language)) continue;
    const options = PRESET_OPTIONS[preset][name];
    entries[`${PLUGIN_NAMESPACE}/${name}`] = options ? ["error", ...options] : "error";
  }
  return entries;
}

function presetConfig(plugin: ESLint.Plugin, preset: PresetName): Linter.Config[] {
  const plugins = { [PLUGIN_NAMESPACE]: plugin };
  return [
    {
      name: `${PLUGIN_NAMESPACE}/${preset}/js`,
      files: JS_FILES,
      plugins,
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      rules: rulesFor(preset, "js/js"),
    },
    {
      name: `${PLUGIN_NAMESPACE}/${preset}/html`,
      files: HTML_FILES,
      plugins,
      language: HTML_LANGUAGE,
      rules: rulesFor(preset, HTML_LANGUAGE),
    },
  ];
}

export function createConfigs(plugin: ESLint.Plugin): Record<PresetName, Linter.Config[]> {
  return {
    recommended: presetConfig(plugin, "recommended"),
    strict: presetConfig(plugin, "strict"),
    all: presetConfig(plugin, "all"),
  };
}
