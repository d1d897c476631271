/**
 * Arbitraries for JavaScript modules with JSX: random components built from a field-ish vocabulary
 * and random recorder setup code (imports, calls with option objects, consent guards). Every
 * generated module is syntactically valid JS+JSX and TSX, so a parse error is a finding, not noise.
 */
import * as fc from "fast-check";
import {
  AUTOCOMPLETE_TOKENS,
  COMMON_ATTRIBUTES,
  COMPONENT_TAGS,
  CONSENT_EVENTS,
  CONSENT_GLOBALS,
  INPUT_TYPES,
  JSX_ONLY_ATTRIBUTES,
  LABEL_PHRASES,
  MARKER_ATTRIBUTES,
  MARKER_CLASSES,
  NAME_TOKENS,
  NATIVE_TAGS,
  OPTION_PATHS,
  PLAIN_CLASSES,
  RECORDER_CALLS,
  RECORDER_HOSTS,
  type RecorderCallTemplate,
  TRICKY_TEXT,
  UNSAFE_OPTION_VALUES,
} from "./vocabulary.js";

const str = (value: string): string => JSON.stringify(value);

/** Identifiers the module may bind with `const` (and that attributes and conditions read). */
export const BOUND_NAMES = ["cls", "kind", "fieldName", "label", "flag", "opts", "hidden", "masked", "𝑐𝑣𝑣", "номер", "privacy"] as const;

// --- Plain words ---------------------------------------------------------------------------------

const trickyText = fc.constantFrom(...TRICKY_TEXT);
const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NAME_TOKENS) },
  { weight: 3, arbitrary: fc.constantFrom(...LABEL_PHRASES) },
  { weight: 2, arbitrary: fc.constantFrom(...INPUT_TYPES) },
  { weight: 2, arbitrary: fc.constantFrom(...AUTOCOMPLETE_TOKENS) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKER_CLASSES, ...PLAIN_CLASSES) },
  { weight: 1, arbitrary: trickyText },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: "binary" }) },
);

/** A phrase: words joined by spaces (class lists, labels) with an odd character now and then. */
const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(" "));

const reference = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<string>(...BOUND_NAMES) },
  { weight: 2, arbitrary: fc.constantFrom("props.type", "props.className", "state.show", "showPassword", "isSecret", "styles.private", 'styles["fs-exclude"]', "field.name", "t", "x?.y?.z", "this.props.mask") },
);

// --- JS expressions --------------------------------------------------------------------------------

const numberLiteral = fc.constantFrom("0", "1", "-1", "0.5", "1e3", "0x10", "1_000", "NaN", "Infinity", "-0", "100", "10n");
const atom = fc.oneof(
  { weight: 4, arbitrary: phrase.map(str) },
  { weight: 2, arbitrary: numberLiteral },
  { weight: 2, arbitrary: fc.constantFrom("true", "false", "null", "undefined", "!0", "!1", "void 0") },
  { weight: 3, arbitrary: reference },
  { weight: 1, arbitrary: fc.constantFrom("/fs-\\w+/u", "new Set()", "[]", "{}", "Symbol()", "import.meta.url", "process.env.NODE_ENV") },
);

const templateChunk = fc.oneof(word, trickyText).map((text) => text.replace(/[`\\]|\$\{/gu, "_"));

export const { expression } = fc.letrec<{ expression: string; object: string }>((tie) => ({
  expression: fc.oneof(
    { maxDepth: 3, depthIdentifier: "js-expression" },
    { weight: 8, arbitrary: atom },
    fc.tuple(templateChunk, reference, templateChunk).map(([a, ref, b]) => `\`${a}\${${ref}}${b}\``),
    fc.tuple(reference, tie("expression"), tie("expression")).map(([test, a, b]) => `${test} ? ${a} : ${b}`),
    fc.tuple(reference, fc.constantFrom("&&", "||", "??"), tie("expression")).map(([a, op, b]) => `${a} ${op} (${b})`),
    fc.tuple(fc.constantFrom("clsx", "cn", "classNames", "cx", "twMerge", "t", "register", "String", "useId"), fc.array(tie("expression"), { maxLength: 3 })).map(([callee, args]) => `${callee}(${args.join(", ")})`),
    tie("object"),
    fc.array(tie("expression"), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`),
    fc.array(tie("expression"), { maxLength: 3 }).map((items) => `[${items.join(", ")}].join(" ")`),
    tie("expression").map((body) => `(() => ${body.startsWith("{") ? `(${body})` : body})`),
    fc.tuple(reference, tie("expression")).map(([ref, value]) => `${ref}[${value}]`),
    tie("expression").map((inner) => `(/* ${inner.replace(/\*\//gu, "")} */ ${inner})`),
  ),
  object: fc
    .array(
      fc.oneof(
        { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...OPTION_PATHS), tie("expression")).map(([path, value]) => nestedProperty(path, value)) },
        // A quoted "__proto__" twice is a syntax error.
        { weight: 2, arbitrary: fc.tuple(phrase.filter(isSafeObjectKey), tie("expression")).map(([key, value]) => `${str(key)}: ${value}`) },
        { weight: 1, arbitrary: reference.map((ref) => `...${ref}`) },
        { weight: 1, arbitrary: fc.tuple(reference, tie("expression")).map(([key, value]) => `[${key}]: ${value}`) },
        { weight: 1, arbitrary: fc.constantFrom("flag", "opts", "masked") },
        { weight: 1, arbitrary: fc.constantFrom(...OPTION_PATHS).map((path) => `${path.at(-1) === "" ? "x" : safeKey(path.at(-1) ?? "x")}(text) { return text; }`) },
        { weight: 1, arbitrary: fc.constantFrom(...OPTION_PATHS).map((path) => `get ${safeKey(path.at(-1) ?? "x")}() { return false; }`) },
      ),
      { maxLength: 5 },
    )
    .map((properties) => `{ ${properties.join(", ")} }`),
}));

function isSafeObjectKey(key: string): boolean {
  return key !== "__proto__";
}

function safeKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/u.test(key) ? key : str(key);
}

function nestedProperty(path: readonly string[], value: string): string {
  const [first = "x", ...rest] = path;
  const inner = rest.length === 0 ? value : `{ ${nestedProperty(rest, value)} }`;
  return `${safeKey(first)}: ${inner}`;
}

// --- JSX -----------------------------------------------------------------------------------------

/** A JSX string attribute value: no escapes exist in JSX strings, so the quote is left out; entities are fine. */
const jsxString = fc.tuple(fc.constantFrom('"', "'"), fc.oneof(phrase, fc.constantFrom("&quot;fs-exclude&quot;", "card&#x20;number", "&#128512;", "&amp;", ""))).map(
  ([quote, text]) => `${quote}${text.replaceAll(quote, "")}${quote}`,
);

const markerAttribute = fc.constantFrom(...MARKER_ATTRIBUTES).chain((marker) =>
  fc.oneof(
    fc.constant(marker.name),
    fc.constantFrom(...marker.values).map((value) => `${marker.name}=${str(value)}`),
    fc.tuple(reference, fc.constantFrom(...marker.values)).map(([ref, value]) => `${marker.name}={${ref} ? ${str(value)} : undefined}`),
  ),
);

const attributeName = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...COMMON_ATTRIBUTES) },
  { weight: 4, arbitrary: fc.constantFrom(...JSX_ONLY_ATTRIBUTES) },
);

const attributeValue = fc.oneof(
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 5, arbitrary: jsxString.map((value) => `=${value}`) },
  { weight: 4, arbitrary: expression.map((value) => `={${value}}`) },
  { weight: 1, arbitrary: expression.map((value) => `={/* note */ ${value} /* end */}`) },
);

const spread = fc.oneof(
  fc.constantFrom("{...props}", "{...rest}", "{...field}", "{...inputProps}", "{...(isSecret ? { type: \"password\" } : {})}"),
  phrase.map((name) => `{...register(${str(name)})}`),
  expression.map((value) => `{...${value.startsWith("{") ? `(${value})` : `(${value})`}}`),
);

const attribute = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(attributeName, attributeValue).map(([name, value]) => `${name}${value}`) },
  { weight: 3, arbitrary: markerAttribute },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom("className", "class"), fc.array(fc.constantFrom(...MARKER_CLASSES, ...PLAIN_CLASSES), { minLength: 1, maxLength: 3 })).map(([name, classes]) => `${name}=${str(classes.join(" "))}`) },
  { weight: 2, arbitrary: spread },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom("type", "name", "autoComplete", "id"), fc.constantFrom(...INPUT_TYPES, ...AUTOCOMPLETE_TOKENS, ...NAME_TOKENS)).map(([name, value]) => `${name}=${str(value)}`) },
);

const jsxTextPart = fc.oneof(fc.constantFrom(...LABEL_PHRASES), trickyText, fc.constantFrom("&nbsp;", "&amp;", "&#x1F4B3;", "  ", "\n    "));
const jsxText = fc.array(jsxTextPart, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(" ").replace(/[{}<>]/gu, ""));

const tagName = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...NATIVE_TAGS) }, { weight: 2, arbitrary: fc.constantFrom(...COMPONENT_TAGS) });

// A type alias, not an interface: fc.letrec's typed overload needs an index-compatible record.
type JsxTree = {
  element: string;
  child: string;
};

export const { element: jsxElement } = fc.letrec<JsxTree>((tie) => ({
  element: fc.oneof(
    { maxDepth: 4, depthIdentifier: "jsx" },
    { weight: 3, arbitrary: fc.tuple(tagName, fc.array(attribute, { maxLength: 6 })).map(([tag, attributes]) => `<${tag}${attributes.map((a) => ` ${a}`).join("")} />`) },
    fc.tuple(tagName, fc.array(attribute, { maxLength: 5 }), fc.array(tie("child"), { maxLength: 4 })).map(([tag, attributes, children]) => `<${tag}${attributes.map((a) => ` ${a}`).join("")}>${children.join("")}</${tag}>`),
    fc.array(tie("child"), { maxLength: 4 }).map((children) => `<>${children.join("")}</>`),
    fc.tuple(fc.constantFrom("React.Fragment", "Fragment"), fc.array(tie("child"), { maxLength: 3 })).map(([tag, children]) => `<${tag} key="k">${children.join("")}</${tag}>`),
  ),
  child: fc.oneof(
    { maxDepth: 4, depthIdentifier: "jsx" },
    { weight: 3, arbitrary: jsxText },
    { weight: 4, arbitrary: tie("element") },
    fc.tuple(reference, tie("element")).map(([test, element]) => `{${test} && ${element}}`),
    fc.tuple(reference, tie("element"), tie("element")).map(([test, a, b]) => `{${test} ? ${a} : ${b}}`),
    tie("element").map((element) => `{items.map((item, i) => ${element})}`),
    fc.constantFrom("{/* comment 😀 */}", "{/* eslint-disable-next-line replay-privacy/require-masking */}", "{}", "{label}", '{"text"}', "{`x${fieldName}`}"),
    expression.map((value) => `{${value}}`),
  ),
}));

// --- Recorder setup --------------------------------------------------------------------------------

interface RenderedCall {
  imports: string[];
  /** An expression statement (or a JSX element, for element APIs). */
  code: string;
  isElement: boolean;
}

type ImportStyle = "default" | "namespace" | "named" | "require" | "dynamic";

function memberChain(base: string, path: readonly string[], args: string, startIndex: number): string {
  let code = base;
  for (let index = startIndex; index < path.length; index++) {
    const segment = path[index] ?? "";
    if (segment === "()") code = `${code}(${args})`;
    else if (segment === "new()") code = `new ${code}(${args})`;
    else code = /^[A-Za-z_$][\w$]*$/u.test(segment) ? `${code}.${segment}` : `${code}[${str(segment)}]`;
  }
  return code;
}

function argumentsFor(call: RecorderCallTemplate, options: string, extras: readonly string[]): string {
  const args: string[] = [];
  if (call.command) args.push(str(call.command));
  const at = call.optionsArgument;
  while (args.length < at) args.push(extras[args.length % Math.max(1, extras.length)] ?? str("app/id"));
  if (at >= 0 || extras.length === 0) args.push(options);
  return args.join(", ");
}

function renderCall(call: RecorderCallTemplate, style: ImportStyle, alias: string, options: string, extras: readonly string[], globalBase: string): RenderedCall {
  const args = argumentsFor(call, options, extras);
  const path = call.path;
  const final = (code: string): string => {
    if (call.kind === "construct") return `new ${code}(${args})`;
    if (call.kind === "element") return code;
    return `${code}(${args})`;
  };
  if (call.packageName === null) {
    const [global = "x", ...rest] = path;
    const base = globalBase === "" ? global : `${globalBase}.${global}`;
    return { imports: [], code: final(memberChain(base, rest, args, 0)), isElement: call.kind === "element" };
  }
  const pkg = str(call.packageName);
  const [first = "default", ...rest] = path;
  let imports: string[];
  let code: string;
  switch (style) {
    case "default":
      imports = [`import ${alias} from ${pkg};`];
      code = memberChain(alias, first === "default" ? rest : path, args, 0);
      break;
    case "namespace":
      imports = [`import * as ${alias} from ${pkg};`];
      code = memberChain(alias, path, args, 0);
      break;
    case "named":
      imports = [`import { ${first === "default" ? "default" : safeIdentifier(first)} as ${alias} } from ${pkg};`];
      code = memberChain(alias, rest, args, 0);
      break;
    case "require":
      imports = [`const ${alias} = require(${pkg});`];
      code = memberChain(alias, path, args, 0);
      break;
    case "dynamic":
      return { imports: [], code: `import(${pkg}).then((${alias}) => ${final(memberChain(alias, path, args, 0))})`, isElement: false };
  }
  if (call.kind === "element") {
    const tag = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/u.test(code) ? code : alias;
    return { imports, code: tag, isElement: true };
  }
  return { imports, code: final(code), isElement: false };
}

function safeIdentifier(name: string): string {
  return /^[A-Za-z_$][\w$]*$/u.test(name) ? name : str(name);
}

const consentCondition = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(
    "hasConsent()", "consent.analytics", "userAgreed", "consentGiven", "!optedOut", "cookiesAccepted",
    'window.Cookiebot?.consent?.statistics', 'OnetrustActiveGroups.includes("C0002")', 'document.cookie.includes("consent=true")',
    'localStorage.getItem("cookie-consent") === "accepted"', 'process.env.NODE_ENV === "production"', "import.meta.env.PROD",
    'typeof window !== "undefined"', "featureFlags.replay", "Math.random() < 0.1", "consent", "analyticsConsent === true",
    'getConsent("analytics")', "window.__tcfapi", 'UC_UI.getServicesBaseInfo().some((s) => s.consent.status)', "!navigator.doNotTrack",
  ) },
  { weight: 1, arbitrary: fc.constantFrom(...CONSENT_GLOBALS).map((global) => `window.${safeIdentifier(global).replace(/^"|"$/gu, "")}`) },
  { weight: 1, arbitrary: reference },
);

const condition = fc.oneof(
  { weight: 4, arbitrary: consentCondition },
  { weight: 1, arbitrary: fc.tuple(consentCondition, fc.constantFrom("&&", "||"), consentCondition).map(([a, op, b]) => `${a} ${op} ${b}`) },
  { weight: 1, arbitrary: consentCondition.map((c) => `!(${c})`) },
);

/** Wraps a statement in a guard, a callback, or nothing (`index` keeps declared names unique). */
const guard: fc.Arbitrary<(statement: string, index: number) => string> = fc.oneof(
  { weight: 3, arbitrary: fc.constant((statement: string) => statement) },
  { weight: 3, arbitrary: condition.map((test) => (statement: string) => `if (${test}) {\n  ${statement}\n}`) },
  condition.map((test) => (statement: string) => `if (${test}) {} else {\n  ${statement}\n}`),
  condition.map((test) => (statement: string) => `${test} && ${statement.replace(/;$/u, "")};`),
  condition.map((test) => (statement: string) => `${test} ? ${statement.replace(/;$/u, "")} : null;`),
  condition.map((test) => (statement: string, index: number) => `function startRecording${index}() {\n  if (!(${test})) return;\n  ${statement}\n}\nstartRecording${index}();`),
  fc.constantFrom(...CONSENT_EVENTS, "consent", "load").map((event) => (statement: string) => `window.addEventListener(${str(event)}, () => {\n  ${statement}\n});`),
  fc.constant((statement: string) => `Cookiebot.onaccept = function () {\n  ${statement}\n};`),
  condition.map((test) => (statement: string) => `useEffect(() => {\n  if (${test}) { ${statement} }\n}, [${test.includes("(") ? "" : test}]);`),
  condition.map((test) => (statement: string) => `switch (${test}) {\n  case "granted":\n    ${statement}\n    break;\n  default:\n}`),
  fc.constant((statement: string) => `try {\n  ${statement}\n} catch {}`),
  fc.constant((statement: string) => `onConsent(() => ${statement.replace(/;$/u, "")});`),
  fc.constant((statement: string, index: number) => `async function boot${index}() {\n  await ready;\n  ${statement}\n}\nboot${index}();`),
);

/** An options object of the vendor's unsafe options (nested by path), with values that do and do not trip the checks. */
function unsafeOptions(vendor: string): fc.Arbitrary<string> {
  const own = UNSAFE_OPTION_VALUES.filter((option) => option.vendor === vendor);
  const options = own.length > 0 ? own : UNSAFE_OPTION_VALUES;
  return fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...options).chain((option) => fc.constantFrom(...option.values).map((value) => nestedProperty(option.path, value))) },
        { weight: 1, arbitrary: fc.constantFrom(...UNSAFE_OPTION_VALUES).chain((option) => fc.constantFrom(...option.values).map((value) => nestedProperty(option.path, value))) },
        { weight: 1, arbitrary: fc.constantFrom("...base", '"maskAllInputs": false', "[key]: false", "dsn: DSN") },
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((properties) => `{ ${properties.join(", ")} }`);
}

const recorderCall = fc.constantFrom(...RECORDER_CALLS).chain((call) =>
  fc.record({
    call: fc.constant(call),
    style: fc.constantFrom<ImportStyle>("default", "namespace", "named", "require", "dynamic"),
    alias: fc.constantFrom("LogRocket", "posthog", "Sentry", "datadogRum", "FullStory", "rec", "R", "lib", "x"),
    options: fc.oneof({ weight: 3, arbitrary: unsafeOptions(call.vendor) }, { weight: 2, arbitrary: expression.filter((value) => value.length < 2000) }),
    extras: fc.array(fc.constantFrom('"app/id"', '"phc_key"', "KEY", '"https://o0.ingest.sentry.io/1"', "1"), { maxLength: 2 }),
    globalBase: fc.constantFrom("", "", "window", "globalThis", "self"),
    wrap: guard,
  }),
);

export interface RecorderSetup {
  imports: string[];
  statements: string[];
  elements: string[];
}

export const recorderSetup = fc.array(recorderCall, { maxLength: 3 }).map((calls): RecorderSetup => {
  const imports: string[] = [];
  const statements: string[] = [];
  const elements: string[] = [];
  const usedAliases = new Set<string>();
  for (const [index, call] of calls.entries()) {
    let alias: string = call.alias;
    if (usedAliases.has(alias)) alias = `${alias}${index}`;
    usedAliases.add(alias);
    const rendered = renderCall(call.call, call.style, alias, call.options, call.extras, call.globalBase);
    imports.push(...rendered.imports);
    if (rendered.isElement) elements.push(`<${rendered.code} apiKey="phc_key" ${call.call.optionsProp ?? "options"}={${call.options}}>`);
    else statements.push(call.wrap(`${rendered.code};`, index));
  }
  return { imports, statements, elements };
});

const snippetStatement = fc.oneof(
  fc.constantFrom(...RECORDER_HOSTS).map((host) => `const s = document.createElement("script");\ns.src = "https://${host}";\ndocument.head.appendChild(s);`),
  fc.constantFrom(...RECORDER_HOSTS).map((host) => `document.body.innerHTML = '<script src="//${host}"></script>';`),
  fc.constant('(function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};h._hjSettings={hjid:1,hjsv:6};})(window,document,"https://static.hotjar.com/c/hotjar-",".js?sv=");'),
  fc.constant('window["_fs_org"] = "o-1"; window._fs_capture_on_startup = false;'),
);

// --- Modules ---------------------------------------------------------------------------------------

export const binding = fc.tuple(fc.constantFrom(...BOUND_NAMES), expression).map(([name, value]) => ({ name, code: `const ${name} = ${value};` }));

const comment = fc.oneof(
  fc.constantFrom(
    "// plain comment", "/* block */", "/** @param {string} x 😀 */", "// eslint-disable-next-line replay-privacy/require-masking",
    "/* eslint-disable replay-privacy/require-consent */", "/* eslint-enable */", '/* eslint replay-privacy/require-masking: ["error", { "weakSignals": true }] */',
    "/* TODO \u2028 separated */", "/* \r\n */", "// 𝒳𝒴",
  ),
  phrase.map((text) => `/* ${text.replace(/\*\//gu, "")} */`),
);

const componentShape = fc.constantFrom("function", "arrow", "default", "class", "memo");

function component(shape: string, index: number, body: readonly string[], jsx: string): string {
  const name = `Form${index}`;
  const inner = body.map((line) => `  ${line}`).join("\n");
  switch (shape) {
    case "arrow":
      return `export const ${name} = (props) => {\n${inner}\n  return (\n    ${jsx}\n  );\n};`;
    case "default":
      return index === 0 ? `export default function (props) {\n${inner}\n  return ${jsx};\n}` : `function ${name}(props) {\n${inner}\n  return ${jsx};\n}`;
    case "class":
      return `class ${name} extends React.Component {\n  render() {\n    const props = this.props;\n${inner}\n    return ${jsx};\n  }\n}`;
    case "memo":
      return `const ${name} = React.memo(function ${name}Inner(props) {\n${inner}\n  return <div>{${jsx}}</div>;\n});`;
    default:
      return `export function ${name}(props) {\n${inner}\n  return (\n    ${jsx}\n  );\n}`;
  }
}

export type LineEnding = "lf" | "crlf" | "mixed" | "cr";

export const lineEnding = fc.oneof({ weight: 6, arbitrary: fc.constant<LineEnding>("lf") }, { weight: 2, arbitrary: fc.constant<LineEnding>("crlf") }, fc.constant<LineEnding>("mixed"), fc.constant<LineEnding>("cr"));

export function withLineEndings(code: string, ending: LineEnding, seed = 0): string {
  switch (ending) {
    case "lf":
      return code;
    case "crlf":
      return code.replace(/\r?\n/gu, "\r\n");
    case "cr":
      return code.replace(/\r?\n/gu, "\r");
    case "mixed": {
      let index = seed;
      return code.replace(/\n/gu, () => (index++ % 3 === 0 ? "\r\n" : "\n"));
    }
  }
}

export interface JsModule {
  code: string;
  /** `.jsx`, `.tsx`, `.js`, `.ts` (ts/tsx use @typescript-eslint/parser). */
  extension: "jsx" | "tsx" | "js";
}

/** A whole module: directives, imports, consts, recorder setup, components with random JSX. */
export const jsModule: fc.Arbitrary<JsModule> = fc
  .record({
    directive: fc.constantFrom("", '"use client";', "'use strict';"),
    bindings: fc.uniqueArray(binding, { maxLength: 5, selector: (b) => b.name }),
    setup: recorderSetup,
    snippets: fc.array(snippetStatement, { maxLength: 1 }),
    components: fc.array(fc.tuple(componentShape, fc.array(jsxElement, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 3 }),
    setupInComponent: fc.boolean(),
    // Unique: ESLint reports a second inline config for the same rule (not the plugin's doing).
    comments: fc.uniqueArray(comment, { maxLength: 3 }),
    ending: lineEnding,
    bom: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, fc.constant(true)),
    extension: fc.constantFrom<JsModule["extension"]>("jsx", "tsx", "js"),
  })
  .map((parts) => {
    const lines: string[] = [];
    if (parts.directive) lines.push(parts.directive);
    lines.push('import React, { useEffect, useState, Fragment } from "react";');
    lines.push('import { DefaultPrivacyLevel } from "@datadog/browser-rum";');
    lines.push(...parts.setup.imports);
    lines.push(...parts.bindings.map((b) => b.code));
    const [firstComment, ...otherComments] = parts.comments;
    if (firstComment) lines.push(firstComment);
    if (!parts.setupInComponent) lines.push(...parts.setup.statements, ...parts.snippets);
    parts.components.forEach(([shape, elements], index) => {
      let jsx = elements.length === 1 ? (elements[0] ?? "<div />") : `<>${elements.join("\n      ")}</>`;
      for (const opening of parts.setup.elements) {
        const tag = /^<([^\s>]+)/u.exec(opening)?.[1] ?? "div";
        jsx = `${opening}${jsx}</${tag}>`;
      }
      const body = index === 0 && parts.setupInComponent ? [...parts.setup.statements, ...parts.snippets] : [];
      lines.push(component(shape, index, body, jsx));
      const extra = otherComments[index];
      if (extra) lines.push(extra);
    });
    const code = withLineEndings(`${lines.join("\n")}\n`, parts.ending, parts.components.length);
    return { code: parts.bom ? `\ufeff${code}` : code, extension: parts.extension };
  });
