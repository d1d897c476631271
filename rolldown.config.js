// Bundles the plugin into one ES module, dist/index.js. One file loads in about half the time of the
// ~80 modules tsc emits (ESLint start-up pays module resolution and compilation per file).
// Type declarations still come from tsc (`tsconfig.build.json`, declarations only).
import { defineConfig } from "rolldown";
import packageJson from "./package.json" with { type: "json" };

const runtimeDependencies = Object.keys(packageJson.dependencies ?? {});

export default defineConfig({
  input: "src/index.ts",
  platform: "node",
  tsconfig: "tsconfig.build.json",
  external: [/^node:/, ...runtimeDependencies.map((name) => new RegExp(`^${name.replace(/[/.]/g, "\\$&")}(?:/|$)`))],
  output: {
    file: "dist/index.js",
    format: "esm",
    comments: { legal: false, annotation: true, jsdoc: false },
  },
});
