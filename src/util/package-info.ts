import { createRequire } from "node:module";

interface PackageJson {
  name: string;
  version: string;
}

// `../package.json` resolves from both `src/` (tests) and `dist/` (published build).
const packageJson = createRequire(import.meta.url)("../../package.json") as PackageJson;

export const PLUGIN_NAME = packageJson.name;
export const PLUGIN_VERSION = packageJson.version;
export const PLUGIN_NAMESPACE = "replay-privacy";
export const REPOSITORY_URL = "https://github.com/eslint-plugin-replay-privacy/eslint-plugin-replay-privacy";
