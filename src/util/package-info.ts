import { createRequire } from "node:module";

interface PackageJson {
  name: string;
  version: string;
}

// A self-reference through the package's own "exports" ("./package.json"): it resolves the same from
// `src/util/` (tests) and from the one-file bundle `dist/index.js`.
const packageJson = createRequire(import.meta.url)("eslint-plugin-replay-privacy/package.json") as PackageJson;

export const PLUGIN_NAME = packageJson.name;
export const PLUGIN_VERSION = packageJson.version;
export const PLUGIN_NAMESPACE = "replay-privacy";
export const REPOSITORY_URL = "https://github.com/eslint-plugin-replay-privacy/eslint-plugin-replay-privacy";
