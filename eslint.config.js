// Lints the plugin itself: typescript-eslint (strict, type-checked), eslint-plugin-eslint-plugin
// for rule and test hygiene, eslint-plugin-regexp against super-linear regular expressions.
import eslintPlugin from "eslint-plugin-eslint-plugin";
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "bench/", "examples/", "test/corpus/", "test/fixtures/", "src/data/lexicon.generated.ts", "test/**/*.explore.ts", "**/*.js", "**/*.mjs"] },
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
      // Style only; explicit `[A-Za-z]` classes read fine.
      "regexp/use-ignore-case": "off",
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
    files: ["test/**/*.ts"],
    ...eslintPlugin.configs.tests,
    // Tests read untyped ESLint results and build odd inputs on purpose: keep the type-aware rules
    // that matter for src, relax the ones about untyped values.
    rules: {
      ...eslintPlugin.configs.tests.rules,
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-enum-assignment": "off",
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unnecessary-condition": "off",
      "@typescript-eslint/no-base-to-string": "off",
      "@typescript-eslint/no-confusing-void-expression": "off",
      "@typescript-eslint/no-misused-spread": "off",
      "@typescript-eslint/no-unused-vars": ["error", { varsIgnorePattern: "^_", argsIgnorePattern: "^_" }],
    },
  },
);
