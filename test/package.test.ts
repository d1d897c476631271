/**
 * The package as it is published: every rule is documented, tested, typed and in the configs it
 * claims; plugin meta matches package.json; the tarball holds what users need and nothing else;
 * publint and @arethetypeswrong/cli pass on the packed tarball. The tarball checks read dist/, which
 * `npm test` builds before vitest runs.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import plugin, { rules } from "../src/index.js";
import { ruleDocsUrl } from "../src/util/create-rule.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const run = promisify(execFile);

interface PackageJson {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  optionalDependencies?: Record<string, string>;
}
interface LockEntry {
  dev?: boolean;
  devOptional?: boolean;
  peer?: boolean;
}

const packageJson = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as PackageJson;
const ruleNames = Object.keys(rules) as (keyof typeof rules)[];
const testFiles = readdirSync(path.join(ROOT, "test"), { recursive: true, encoding: "utf8" }).filter((file) =>
  file.endsWith(".test.ts"),
);

const isTypeScriptPackage = (name: string): boolean => name === "typescript" || name.startsWith("@typescript-eslint/");

type Schema = Record<string, unknown>;

/** Every property schema, with its dotted path, found under `properties` at any depth. */
function propertiesOf(schema: unknown, prefix = ""): [string, Schema][] {
  if (!schema || typeof schema !== "object") return [];
  if (Array.isArray(schema)) return schema.flatMap((item) => propertiesOf(item, prefix));
  const node = schema as Schema;
  const found: [string, Schema][] = [];
  for (const [name, property] of Object.entries((node.properties ?? {}) as Record<string, Schema>)) {
    found.push([`${prefix}${name}`, property], ...propertiesOf(property, `${prefix}${name}.`));
  }
  for (const key of ["items", "anyOf", "oneOf", "allOf", "additionalProperties"]) {
    if (typeof node[key] === "object") found.push(...propertiesOf(node[key], prefix));
  }
  return found;
}

/** The config blocks of a preset that enable `rule`, with the severity. */
function enabledIn(preset: keyof typeof plugin.configs, rule: string): { language: string; severity: unknown }[] {
  return plugin.configs[preset].flatMap((block) => {
    const entry = block.rules?.[`replay-privacy/${rule}`];
    if (entry === undefined) return [];
    const severity = Array.isArray(entry) ? entry[0] : entry;
    return severity === "off" || severity === 0 ? [] : [{ language: block.language ?? "js/js", severity }];
  });
}

describe.each(ruleNames)("rule %s", (name) => {
  const rule = rules[name];
  const { meta } = rule;

  it("has a doc in rules-docs/ and meta.docs.url pointing at it", () => {
    expect(existsSync(path.join(ROOT, "rules-docs", `${name}.md`)), `rules-docs/${name}.md`).toBe(true);
    expect(meta.docs.url).toBe(ruleDocsUrl(name));
    expect(meta.docs.url).toMatch(new RegExp(`/rules-docs/${name}\\.md$`, "u"));
  });

  it("has a test file under test/ named after it", () => {
    expect(testFiles.filter((file) => path.basename(file).startsWith(name))).not.toEqual([]);
  });

  it("has a one-sentence docs.description (the SARIF shortDescription and README table)", () => {
    expect(meta.docs.description).toMatch(/^[A-Z][^\n]{20,200}[^.]$/u);
    expect(meta.docs.description).not.toMatch(/placeholder/iu);
  });

  it("declares meta.languages that the plugin provides", () => {
    expect(meta.languages.length).toBeGreaterThan(0);
    for (const language of meta.languages) {
      if (language === "js/js") continue;
      expect(language).toMatch(/^replay-privacy\//u);
      expect(Object.keys(plugin.languages ?? {})).toContain(language.slice("replay-privacy/".length));
    }
  });

  it("declares meta.defaultOptions matching its schema", () => {
    expect(Array.isArray(meta.defaultOptions)).toBe(true);
    const schema = (meta.schema ?? []) as Schema[];
    expect(meta.defaultOptions.length).toBeLessThanOrEqual(schema.length);
    for (const [index, defaults] of meta.defaultOptions.entries()) {
      const allowed = Object.keys(schema[index]?.properties ?? {});
      for (const key of Object.keys(defaults as Schema)) expect(allowed).toContain(key);
    }
  });

  it("describes every option in its schema, and rejects unknown ones", () => {
    const schema = (meta.schema ?? []) as Schema[];
    const properties = propertiesOf(schema);
    const undocumented = properties.filter(([, property]) => typeof property.description !== "string" || property.description.length < 10);
    expect(undocumented.map(([option]) => option)).toEqual([]);
    for (const item of schema) {
      if (item.type === "object") expect(item.additionalProperties, "top-level options object").toBe(false);
    }
  });

  it("is in exactly the configs it claims, for every language it supports", () => {
    const inRecommended = enabledIn("recommended", name);
    const inStrict = enabledIn("strict", name);
    const inAll = enabledIn("all", name);
    const languages = [...meta.languages].sort();
    expect(inAll.map((block) => block.language).sort()).toEqual(languages);
    if (meta.docs.recommended) expect(inRecommended.map((block) => block.language).sort()).toEqual(languages);
    else expect(inRecommended).toEqual([]);
    if (meta.docs.recommended || meta.docs.strict) expect(inStrict.map((block) => block.language).sort()).toEqual(languages);
    else expect(inStrict).toEqual([]);
    for (const block of [...inRecommended, ...inStrict, ...inAll]) expect(block.severity).toBe("error");
  });
});

describe("package", () => {
  // One real `npm pack` into a temporary folder, shared by the tarball checks below.
  const packDir = mkdtempSync(path.join(tmpdir(), "replay-privacy-pack-"));
  let packed: Promise<{ tarball: string; files: string[] }>;
  beforeAll(() => {
    packed = run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", packDir], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }).then(
      ({ stdout }) => {
        const [info] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
        if (!info) throw new Error(`npm pack printed no result: ${stdout}`);
        return { tarball: path.join(packDir, info.filename), files: info.files.map((file) => file.path) };
      },
    );
  });
  afterAll(() => {
    rmSync(packDir, { recursive: true, force: true });
  });

  it("plugin.meta matches package.json and uses the replay-privacy namespace", () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: "replay-privacy" });
  });

  it("the built plugin (dist/) is the same plugin", async () => {
    const specifier: string = packageJson.name;
    const { default: built } = (await import(specifier)) as { default: typeof plugin };
    expect(built.meta).toEqual(plugin.meta);
    expect(Object.keys(built.rules).sort()).toEqual([...ruleNames].sort());
    expect(Object.keys(built.configs).sort()).toEqual(Object.keys(plugin.configs).sort());
  });

  it.each(Object.keys(plugin.configs) as (keyof typeof plugin.configs)[])(
    "configs.%s is [JS block, HTML block] (the README destructures it)",
    (preset) => {
      const blocks = plugin.configs[preset];
      expect(blocks.map((block) => block.name)).toEqual([`replay-privacy/${preset}/js`, `replay-privacy/${preset}/html`]);
      expect(blocks[0]?.language).toBeUndefined();
      expect(blocks[1]?.language).toBe("replay-privacy/html");
    },
  );

  it("configs enable only the plugin's own rules, each block registering the plugin", () => {
    for (const [preset, blocks] of Object.entries(plugin.configs)) {
      for (const block of blocks) {
        expect(block.plugins?.["replay-privacy"], `${preset}: ${block.name}`).toBe(plugin);
        for (const id of Object.keys(block.rules ?? {})) expect(ruleNames.map((n) => `replay-privacy/${n}`)).toContain(id);
      }
    }
  });

  it("published dependencies pull in no TypeScript or @typescript-eslint/* (directly or transitively)", () => {
    const requiredPeers = Object.keys(packageJson.peerDependencies ?? {}).filter(
      (name) => !packageJson.peerDependenciesMeta?.[name]?.optional,
    );
    const direct = [
      ...Object.keys(packageJson.dependencies ?? {}),
      ...Object.keys(packageJson.optionalDependencies ?? {}),
      ...requiredPeers,
    ];
    expect(direct.filter(isTypeScriptPackage)).toEqual([]);
    // package-lock.json marks everything reachable only from devDependencies with `dev: true`.
    const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };
    const production = Object.entries(lock.packages)
      .filter(([location, entry]) => location !== "" && !entry.dev && !entry.devOptional)
      .map(([location]) => location.slice(location.lastIndexOf("node_modules/") + "node_modules/".length));
    expect(production.filter(isTypeScriptPackage)).toEqual([]);
  });

  it("npm pack holds dist/, types, rules-docs/, README and LICENSE, and no tests, benchmarks or examples", async () => {
    const { files } = await packed;
    for (const required of ["package.json", "README.md", "LICENSE", "dist/index.js", "dist/index.d.ts"]) expect(files).toContain(required);
    for (const name of ruleNames) {
      expect(files).toContain(`dist/rules/${name}.d.ts`);
      expect(files).toContain(`rules-docs/${name}.md`);
    }
    // The code is one bundle (it loads faster); the declarations keep the source's layout.
    expect(files.filter((file) => file.endsWith(".js"))).toEqual(["dist/index.js"]);
    const forbidden = files.filter((file) => /^(?:test|bench|examples|src|scripts|coverage|\.ci)\//u.test(file) || file.endsWith(".tgz"));
    expect(forbidden).toEqual([]);
  });

  it("publint finds nothing to fix in the tarball", async () => {
    const { tarball } = await packed;
    const buffer = readFileSync(tarball);
    const { messages } = await publint({
      pack: { tarball: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) },
      level: "suggestion",
      strict: true,
    });
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, packageJson) ?? message.code}`)).toEqual([]);
  });

  it("@arethetypeswrong/cli finds no type problem for ESM consumers (--profile esm-only)", async () => {
    const { tarball } = await packed;
    const attw = path.join(ROOT, "node_modules", "@arethetypeswrong", "cli", "dist", "index.js");
    const result = await run(process.execPath, [attw, tarball, "--profile", "esm-only", "--format", "json"], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: unknown) => {
      // attw exits 1 when it finds problems; the report is still on stdout.
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      return { stdout: stdout ?? "", stderr: stderr ?? "" };
    });
    const report = JSON.parse(result.stdout) as { problems?: Record<string, { resolutionKind?: string }[]> };
    // esm-only: CommonJS resolutions (node10, node16 from CJS) are out of scope for an ESM-only package.
    const ignored = new Set(["node10", "node16-cjs"]);
    const problems = Object.entries(report.problems ?? {}).flatMap(([kind, list]) =>
      list.filter((problem) => !ignored.has(problem.resolutionKind ?? "")).map((problem) => `${kind} (${problem.resolutionKind ?? "any"})`),
    );
    expect(problems).toEqual([]);
    expect(result.stderr).toBe("");
  }, 60_000);
});
