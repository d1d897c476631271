import type { ESLint, Linter } from "eslint";
import { createConfigs } from "./configs/index.js";
import { htmlLanguage } from "./languages/html/index.js";
import { rules } from "./rules/index.js";
import { PLUGIN_NAME, PLUGIN_NAMESPACE, PLUGIN_VERSION } from "./util/package-info.js";

export interface ReplayPrivacyPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: ESLint.Plugin["rules"] & typeof rules;
  configs: {
    recommended: Linter.Config[];
    strict: Linter.Config[];
    all: Linter.Config[];
  };
}

const plugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: PLUGIN_NAMESPACE },
  rules,
  languages: { html: htmlLanguage },
  configs: {} as ReplayPrivacyPlugin["configs"],
} as unknown as ReplayPrivacyPlugin;

// Configs reference the plugin object itself, so they are filled in after it exists.
Object.assign(plugin.configs, createConfigs(plugin));

export default plugin;
export { rules };
export const configs = plugin.configs;
