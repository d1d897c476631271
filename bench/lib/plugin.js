// What the built plugin (dist/index.js) offers right now: rules its `recommended` config turns on
// per language, and whether its HTML language exists yet. The rules are written while the bench
// is, so every scenario that needs something missing is skipped with a note instead of failing.

import { pathToFileURL } from "node:url";
import { DIST_ENTRY } from "./paths.js";
import { exists } from "./files.js";

/**
 * @typedef {object} PluginInfo
 * @property {boolean} available
 * @property {string} namespace
 * @property {string} version
 * @property {boolean} htmlLanguage  `languages.html` has parse()
 * @property {{ js: string[], html: string[] }} recommended  rule ids turned on, by config block
 * @property {string[]} notes
 */

/** @returns {Promise<PluginInfo>} */
export async function probePlugin() {
  /** @type {PluginInfo} */
  const info = { available: false, namespace: "replay-privacy", version: "?", htmlLanguage: false, recommended: { js: [], html: [] }, notes: [] };
  if (!(await exists(DIST_ENTRY))) {
    info.notes.push(`no build at ${DIST_ENTRY}: run \`npm run build\` (npm run bench does)`);
    return info;
  }
  const mod = await import(pathToFileURL(DIST_ENTRY).href);
  const plugin = mod.default ?? mod;
  info.available = true;
  info.namespace = plugin.meta?.namespace ?? "replay-privacy";
  info.version = plugin.meta?.version ?? "?";
  info.htmlLanguage = typeof plugin.languages?.html?.parse === "function";
  const htmlId = `${info.namespace}/html`;
  for (const block of plugin.configs?.recommended ?? []) {
    const on = Object.entries(block.rules ?? {}).filter(([, v]) => (Array.isArray(v) ? v[0] : v) !== "off" && (Array.isArray(v) ? v[0] : v) !== 0).map(([k]) => k);
    (block.language === htmlId ? info.recommended.html : info.recommended.js).push(...on);
  }
  if (!info.htmlLanguage) info.notes.push("languages.html has no parse() yet: the scenarios with our HTML language are skipped");
  if (!info.recommended.js.length) info.notes.push("recommended turns on no JS/TS rule yet: jsx-ours measures the plugin's load and config only");
  if (info.htmlLanguage && !info.recommended.html.length) info.notes.push("recommended turns on no HTML rule yet");
  return info;
}
