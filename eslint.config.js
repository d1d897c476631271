// Lints the plugin itself: typescript-eslint (strict, type-checked), eslint-plugin-eslint-plugin
// for rule and test hygiene, eslint-plugin-regexp against super-linear regular expressions.
import eslintPlugin from "eslint-plugin-eslint-plugin";
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "bench/", "examples/", "test/corpus/", "test/fixtures/", "src/data/lexicon.generated.ts", "**/*.js", "**/*.mjs"] },
  {
    files: ["src/**/*.ts", "test/**/*.ts"],
    extends: [...tseslint.configs.strictTypeChecked, regexp.configs["flat/recommended"]],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-non-null-assertion": "off",
      // AST node types are string unions here (`import type` only: no runtime enum to compare with).
      "@typescript-eslint/no-unsafe-enum-comparison": "off",
    },
  },
  {
    files: ["src/rules/**/*.ts"],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      "eslint-plugin/require-meta-docs-description": ["error", { pattern: "^(Enforce|Require|Disallow)" }],
      "eslint-plugin/require-meta-default-options": "error",
      "eslint-plugin/require-meta-schema-description": "error",
      "eslint-plugin/prefer-message-ids": "error",
    },
  },
  {
    files: ["test/**/*.test.ts"],
    ...eslintPlugin.configs.tests,
    rules: { ...eslintPlugin.configs.tests.rules, "@typescript-eslint/no-unsafe-assignment": "off", "@typescript-eslint/no-unsafe-argument": "off", "@typescript-eslint/no-unsafe-member-access": "off" },
  },
);
