// ESLint config of the example project: what a user of the plugin writes.
// The plugin is imported by its package name (Node resolves a package's own name from inside it,
// to the built `dist/`), exactly as in a project that installed it from npm.
import { defineConfig } from "eslint/config";
import tsParser from "@typescript-eslint/parser";
import vueParser from "vue-eslint-parser";
import replayPrivacy from "eslint-plugin-replay-privacy";

const [recommendedJs] = replayPrivacy.configs.recommended;

export default defineConfig([
  { ignores: ["run-demo.*"] },

  // JS/TS/JSX/TSX and HTML-family files (pages, server templates, Angular component templates).
  replayPrivacy.configs.recommended,

  // TypeScript and TSX need a parser that understands TypeScript syntax.
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    languageOptions: { parser: tsParser },
  },

  // Vue single-file components: the recommended JS rules, with vue-eslint-parser.
  {
    files: ["**/*.vue"],
    plugins: recommendedJs.plugins,
    languageOptions: {
      parser: vueParser,
      parserOptions: { parser: tsParser, sourceType: "module" },
    },
    rules: recommendedJs.rules,
  },
]);
