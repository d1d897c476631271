/**
 * Compiles the type tests in this folder as a user's project would: the plugin imported by its
 * package name, so TypeScript reads the published declarations (dist/index.d.ts, built by `npm test`
 * before vitest runs), under ESLint 10's and ESLint 9's types and several compiler settings.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const HERE = path.join(ROOT, "test", "types");
const DIST_TYPES = path.join(ROOT, "dist", "index.d.ts");
const ESLINT9_TYPES = path.join(ROOT, "node_modules", "eslint-v9", "lib", "types");

// flat-config.ts imports the sources so that `npm run typecheck` can check it before the build;
// here the same text imports the package, as in a user's eslint.config.ts. The virtual file sits in
// the package folder, so the package name resolves to the package itself ("exports" -> dist).
const TS_CONSUMER = path.join(HERE, "__consumer__", "eslint.config.ts");
const tsConsumerText = readFileSync(path.join(HERE, "flat-config.ts"), "utf8").replace(
  '"../../src/index.js"',
  '"eslint-plugin-replay-privacy"',
);
const JS_CONSUMER = path.join(HERE, "flat-config-js.js");

// Parsed declaration files, shared by the programs below (parsing node_modules types dominates).
const sourceFiles = new Map<string, ts.SourceFile | undefined>();

function compile(options: ts.CompilerOptions): { diagnostics: string[]; files: string[] } {
  const real = ts.createCompilerHost(options, true);
  const host: ts.CompilerHost = {
    ...real,
    fileExists: (file) => file === TS_CONSUMER || real.fileExists(file),
    readFile: (file) => (file === TS_CONSUMER ? tsConsumerText : real.readFile(file)),
    getSourceFile: (file, languageVersion, onError, shouldCreate) => {
      if (file === TS_CONSUMER) return ts.createSourceFile(file, tsConsumerText, languageVersion, true);
      const key = `${file}\0${JSON.stringify(languageVersion)}`;
      if (!sourceFiles.has(key)) sourceFiles.set(key, real.getSourceFile(file, languageVersion, onError, shouldCreate));
      return sourceFiles.get(key);
    },
  };

  const program = ts.createProgram({ rootNames: [TS_CONSUMER, JS_CONSUMER], options, host });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file
      ? `${path.relative(ROOT, diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}: `
      : "";
    return `${where}${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
  });
  return { diagnostics, files: program.getSourceFiles().map((file) => file.fileName) };
}

const base: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2023.d.ts"],
  strict: true,
  noEmit: true,
  allowJs: true,
  checkJs: true,
  skipLibCheck: true,
  types: [],
};

const nodeNext: ts.CompilerOptions = { ...base, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext };
const bundler: ts.CompilerOptions = {
  ...base,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
};
const eslint9: ts.CompilerOptions = {
  ...nodeNext,
  paths: {
    eslint: [path.join(ESLINT9_TYPES, "index.d.ts")],
    "eslint/config": [path.join(ESLINT9_TYPES, "config-api.d.ts")],
  },
};

describe("published types in a user's eslint.config.ts / eslint.config.js", () => {
  it.each([
    ["ESLint 10 types, module NodeNext", nodeNext, "eslint/lib/types"],
    ["ESLint 10 types, moduleResolution Bundler, exactOptionalPropertyTypes", bundler, "eslint/lib/types"],
    ["ESLint 9 types (eslint-v9), module NodeNext", eslint9, "eslint-v9/lib/types"],
  ] as const)("defineConfig(plugin.configs.recommended) type-checks: %s", (_name, options, eslintTypes) => {
    const { diagnostics, files } = compile(options);
    expect(diagnostics).toEqual([]);
    // The checks above mean something only if the package resolved to its declarations and to
    // the intended ESLint types (an unresolved import would make everything `any`).
    expect(files).toContain(DIST_TYPES);
    expect(files.some((file) => file.includes(`/node_modules/${eslintTypes}/`))).toBe(true);
  });
});
