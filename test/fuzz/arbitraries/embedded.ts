/**
 * Markup embedded in JavaScript: lit `html` tagged templates (random markup with `${...}` holes in
 * attributes, text and tag positions, nested templates) and Vue single-file components (random
 * markup in `<template>`, recorder setup code in `<script setup>`).
 */
import * as fc from "fast-check";
import { cleanField, htmlNodes } from "./html.js";
import { binding, expression, lineEnding, recorderSetup, withLineEndings } from "./js.js";
import { MARKER_CLASSES, NAME_TOKENS } from "./vocabulary.js";

/** Text that is safe inside a template literal: backticks, backslashes and `${` escaped. */
function escapeTemplate(text: string): string {
  return text.replace(/[`\\]|\$\{/gu, (match) => `\\${match}`);
}

const hole = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("${cls}", "${this.value}", "${label}", "${nothing}", "${x ?? ''}", "${`fs-${kind}`}", "${ {} }") },
  { weight: 1, arbitrary: expression.map((value) => `\${${value}}`) },
  { weight: 1, arbitrary: fc.constantFrom(...NAME_TOKENS).map((name) => `\${html\`<input name="${escapeTemplate(name).replaceAll('"', "")}">\`}`) },
  { weight: 1, arbitrary: fc.constant("${items.map((i) => html`<input name=${i} class=\"fs-exclude\">`)}") },
);

/** Fields whose attributes are bound the lit way (`.value=`, `?hidden=`, `@input=`, `class=${...}`). */
const boundField = fc
  .tuple(
    fc.constantFrom(...NAME_TOKENS),
    fc.constantFrom(' class=${cls}', ' class="${cls}"', ' class="fs-${kind}"', " .value=${v}", " ?disabled=${d}", " @input=${this.onInput}", ` class=\${hide ? "${MARKER_CLASSES[0] ?? "fs-exclude"}" : ""}`, " ${spread}", " name=${n}", ' type=${show ? "text" : "password"}', ""),
    fc.constantFrom("input", "textarea", "select", "${tag}"),
  )
  .map(([name, attr, tag]) => `<${tag} name="${escapeTemplate(name).replaceAll('"', "")}"${attr}>`);

const templateBody = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: htmlNodes.map(escapeTemplate) },
      { weight: 3, arbitrary: cleanField.map(escapeTemplate) },
      { weight: 3, arbitrary: boundField },
      { weight: 2, arbitrary: hole },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(""));

const litImport = fc.constantFrom(
  { code: 'import { html, LitElement, nothing } from "lit";', tag: "html" },
  { code: 'import { html as litHtml, nothing } from "lit-html";', tag: "litHtml" },
  { code: 'import * as lit from "lit";', tag: "lit.html" },
  { code: 'import { html } from "lit/static-html.js";', tag: "html" },
  // Not lit: a local `html` tag (only counts through settings.htmlTemplateTags).
  { code: "const html = String.raw;", tag: "html" },
  { code: "const markup = String.raw;", tag: "markup" },
  { code: 'import { svg, html } from "lit";', tag: "svg" },
);

export interface EmbeddedFile {
  code: string;
  filename: string;
}

export const litModule: fc.Arbitrary<EmbeddedFile> = fc
  .record({
    imported: litImport,
    bindings: fc.uniqueArray(binding, { maxLength: 3, selector: (b) => b.name }),
    templates: fc.array(templateBody, { minLength: 1, maxLength: 3 }),
    setup: recorderSetup,
    ending: lineEnding,
    bom: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, fc.constant(true)),
    extension: fc.constantFrom("js", "ts", "mjs"),
  })
  .map(({ imported, bindings, templates, setup, ending, bom, extension }) => {
    const lines = [
      imported.code,
      ...setup.imports,
      ...bindings.map((b) => b.code),
      ...setup.statements,
      "class FuzzElement extends HTMLElement {",
      ...templates.map((body, index) => `  render${index}() {\n    return ${imported.tag}\`${body}\`;\n  }`),
      "}",
    ];
    const code = withLineEndings(`${lines.join("\n")}\n`, ending, templates.length);
    return { code: bom ? `\ufeff${code}` : code, filename: `src/fuzz-element.${extension}` };
  });

/** Markup that cannot close the SFC's `<template>` or open a new top-level block. */
function forTemplate(markup: string): string {
  return markup.replace(/<\/?(template|script|style)/giu, "<$1-x");
}

export const vueFile: fc.Arbitrary<EmbeddedFile> = fc
  .record({
    markup: fc.array(fc.oneof(htmlNodes, cleanField, fc.constantFrom('<input v-model="card.number" :class="{ \'fs-exclude\': hide }">', '<input :type="show ? \'text\' : \'password\'" name="password">', '<input v-bind="attrs" name="cvv">', '<component :is="tag" name="iban" />')), { minLength: 1, maxLength: 4 }),
    bindings: fc.uniqueArray(binding, { maxLength: 3, selector: (b) => b.name }),
    setup: recorderSetup,
    lang: fc.constantFrom("", ' lang="ts"'),
    scriptFirst: fc.boolean(),
    ending: lineEnding,
    bom: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, fc.constant(true)),
  })
  .map(({ markup, bindings, setup, lang, scriptFirst, ending, bom }) => {
    const template = `<template>\n  <form>${forTemplate(markup.join("\n"))}</form>\n</template>`;
    const script = `<script setup${lang}>\n${[...setup.imports.filter((line) => !line.startsWith("const ")), ...setup.imports.filter((line) => line.startsWith("const ")), ...bindings.map((b) => b.code), ...setup.statements].join("\n")}\n</script>`;
    const code = withLineEndings(`${scriptFirst ? `${script}\n${template}` : `${template}\n${script}`}\n`, ending, markup.length);
    return { code: bom ? `\ufeff${code}` : code, filename: "src/components/FuzzForm.vue" };
  });
