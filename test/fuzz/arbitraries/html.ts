/**
 * Arbitraries for HTML-family files: a "token soup" of well-formed and broken markup (unclosed and
 * stray tags, stray `<`, duplicate and uppercase attributes, unterminated quotes and comments),
 * server and client template syntax in attributes and text, CDATA, `<script>` with recorder
 * snippets, hosts and consent markup, `<template>`, foreign content, huge attribute values, NUL,
 * CRLF/CR, BOM and astral characters. parse5 recovers from anything, so every input must lint.
 */
import * as fc from "fast-check";
import { lineEnding, withLineEndings } from "./js.js";
import {
  AUTOCOMPLETE_TOKENS,
  COMMON_ATTRIBUTES,
  CONSENT_CLASSES,
  CONSENT_MARKUP_ATTRIBUTES,
  CONSENT_TYPES,
  INPUT_TYPES,
  LABEL_PHRASES,
  MARKER_ATTRIBUTES,
  MARKER_CLASSES,
  NAME_TOKENS,
  NATIVE_TAGS,
  PLAIN_CLASSES,
  PROTOTYPE_NAMES,
  RECORDER_HOSTS,
  TRICKY_TEXT,
} from "./vocabulary.js";

/** The HTML language's own placeholder for template syntax: real text must never be mistaken for it. */
const PLACEHOLDER = "\uE000";

const HUGE_VALUE_LENGTH = 100 * 1024;

/** Random letter case: `INPUT`, `Input`, `iNpUt`. */
function recase(name: string, mode: number): string {
  switch (mode % 4) {
    case 1:
      return name.toUpperCase();
    case 2:
      return name.charAt(0).toUpperCase() + name.slice(1);
    case 3:
      return [...name].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join("");
    default:
      return name;
  }
}

const caseMode = fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, fc.nat({ max: 3 }));

const tricky = fc.constantFrom(...TRICKY_TEXT, "\u0000", PLACEHOLDER, "\r", "&", "&amp;", "&#0;", "&#x110000;", "&nbsp", "&notin;", "\u00ad");

const templateBlock = fc.oneof(
  fc.constantFrom(
    "{{ value }}", "{{{ raw }}}", "{{!-- comment }} --}}", "{{#if masked}}", "{{/if}}", "{{else}}", "{% if secret %}", "{% endif %}", "{% else %}",
    "{# note #}", "<%= card %>", "<% if (x) { %>", "<% } %>", "<%- html %>", "<?php echo $cc; ?>", "<?= $cvv ?>", "${value}", "${ `x${y}` }",
    "{{ 'fs-exclude' if hide }}", "{% raw %}{{x}}{% endraw %}", "{{ field | safe }}",
    // Unterminated openers.
    "{{ value", "{% if", "<% x", "<?php if ($a) {", "${", "{#", "{{{{raw}}}}",
  ),
  fc.tuple(fc.constantFrom("{{ ", "{% ", "<%= ", "<?= ", "${"), fc.constantFrom(...NAME_TOKENS), fc.constantFrom(" }}", " %}", " %>", " ?>", "}")).map(([open, body, close]) => `${open}${body}${close}`),
);

const word = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...NAME_TOKENS) },
  { weight: 3, arbitrary: fc.constantFrom(...LABEL_PHRASES) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKER_CLASSES, ...PLAIN_CLASSES) },
  { weight: 2, arbitrary: fc.constantFrom(...INPUT_TYPES, ...AUTOCOMPLETE_TOKENS) },
  { weight: 2, arbitrary: templateBlock },
  { weight: 2, arbitrary: tricky },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: "binary" }) },
);

const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(" "));

// --- Attributes ----------------------------------------------------------------------------------

const attributeName = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...COMMON_ATTRIBUTES, "class", "class", "type", "name", "id") },
  { weight: 3, arbitrary: fc.constantFrom(...MARKER_ATTRIBUTES.map((marker) => marker.name)) },
  { weight: 1, arbitrary: fc.constantFrom(...CONSENT_MARKUP_ATTRIBUTES, ...PROTOTYPE_NAMES) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      // Framework bindings as they appear in Angular, Vue, Alpine, Svelte and lit templates.
      "[class.fs-exclude]", "[attr.data-private]", "[type]", "[(ngModel)]", "(input)", "*ngIf", "#card", "[ngClass]", "formControlName",
      ":class", "v-bind:class", "v-model", "@input", "x-bind:class", ".value", "?hidden", "class:fs-exclude", "bind:value",
      "{{attr}}", "data-{{ x }}", "on:click", "xmlns:xlink", "xlink:href", "a\u0000b", "\u00e9t\u00e9", "😀",
    ),
  },
);

const attributeText = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...MARKER_CLASSES, ...PLAIN_CLASSES, ...CONSENT_CLASSES), { minLength: 1, maxLength: 3 }).map((c) => c.join(" ")) },
  { weight: 1, arbitrary: fc.constantFrom(...RECORDER_HOSTS).map((host) => `https://${host}`) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", ">", "a>b", "'", '"', "=", "==", "\n", "</script>", "<!--", "-->") },
);

const attributeValue = fc.oneof(
  { weight: 2, arbitrary: fc.constant("") },
  { weight: 6, arbitrary: attributeText.map((value) => `="${value.replaceAll('"', "&quot;")}"`) },
  { weight: 2, arbitrary: attributeText.map((value) => `='${value.replaceAll("'", "")}'`) },
  { weight: 2, arbitrary: attributeText.map((value) => `=${value.replace(/[\s"'=<>`]/gu, "") || "x"}`) },
  // Unterminated quotes (swallow the rest of the tag, maybe the file).
  { weight: 1, arbitrary: attributeText.map((value) => `="${value.replaceAll('"', "")}`) },
  { weight: 1, arbitrary: fc.constantFrom("= ", "=", '= "spaced"', "=''", '=""') },
  { weight: 1, arbitrary: fc.constantFrom(...MARKER_ATTRIBUTES.flatMap((marker) => marker.values)).map((value) => `="${value}"`) },
);

const attributeSeparator = fc.oneof(
  { weight: 8, arbitrary: fc.constant(" ") },
  fc.constantFrom("\n  ", "\t", "\r\n", "/", " / ", "\f", ""),
);

const attribute = fc.tuple(attributeSeparator, attributeName, caseMode, attributeValue).map(([separator, name, mode, value]) => `${separator}${recase(name, mode)}${value}`);

/** Attributes with duplicates now and then (parse5 keeps the first). */
const attributes = fc.array(attribute, { maxLength: 6 }).chain((list) =>
  list.length === 0 ? fc.constant("") : fc.oneof({ weight: 4, arbitrary: fc.constant(list.join("")) }, fc.nat({ max: list.length - 1 }).map((i) => list.join("") + (list[i] ?? ""))),
);

const hugeAttribute = fc.tuple(fc.constantFrom("value", "placeholder", "class", "data-x", "name", "autocomplete"), fc.constantFrom("a", "fs-exclude ", "card number ", "{{ x }}", "😀", "\u0000"), fc.boolean()).map(
  ([name, unit, quoted]) => {
    const value = unit.repeat(Math.ceil(HUGE_VALUE_LENGTH / unit.length));
    return quoted ? ` ${name}="${value}"` : ` ${name}=${value.replace(/\s/gu, "_")}`;
  },
);

// --- Tags ----------------------------------------------------------------------------------------

const tagName = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...NATIVE_TAGS) },
  { weight: 1, arbitrary: fc.constantFrom("my-input", "ion-input", "mat-form-field", "app-card-field", "x", "svg", "math", "foreignObject", "table", "tr", "frameset", "body", "head", "html", "noscript", "iframe", "object", "image", "isindex", "keygen") },
);

const closing = fc.oneof({ weight: 8, arbitrary: fc.constant(">") }, fc.constantFrom("/>", " >", "", " /", "\n>"));

const startTag = fc.tuple(tagName, caseMode, attributes, closing).map(([name, mode, attrs, close]) => `<${recase(name, mode)}${attrs}${close}`);

const endTag = fc.tuple(tagName, caseMode, fc.constantFrom(">", " >", "", " foo>", "/>")).map(([name, mode, close]) => `</${recase(name, mode)}${close}`);

const stray = fc.constantFrom("<", "< ", "<<", "</", "</>", "<!", "<!>", "<?", "<?xml?>", ">", "&", "&#", "&#x;", "<=", "<3", "a < b > c", "<\u0000>", "<😀>", "<-->");

const comment = fc.oneof(
  fc.tuple(fc.constantFrom("<!--", "<!-- "), text, fc.constantFrom("-->", " -->", "--!>", "--", "")).map(([open, body, close]) => `${open}${body.replaceAll("-->", "")}${close}`),
  fc.constantFrom(
    "<!---->", "<!-->", "<!--->", "<!-- -- -->", "<!-- eslint-disable-next-line replay-privacy/require-masking -->", "<!-- eslint-disable -->",
    "<!-- eslint-enable -->", '<!-- eslint replay-privacy/require-masking: ["error", { "weakSignals": true }] -->', "<!-- expect: payment-card -->",
    "<!-- eslint-disable-line -->", "<!--[if IE]><input name=cvv><![endif]-->",
  ),
);

const cdata = fc.tuple(fc.boolean(), text).map(([inSvg, body]) => (inSvg ? `<svg><![CDATA[${body}]]><input name="cc-number"></svg>` : `<![CDATA[${body}]]>`));

const scriptBody = fc.oneof(
  fc.constantFrom(
    "LogRocket.init('app/id');",
    "window._fs_org = 'o-1'; window._fs_capture_on_startup = false;",
    "(function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};h._hjSettings={hjid:1,hjsv:6};a=o.getElementsByTagName('head')[0];r=o.createElement('script');r.async=1;r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;a.appendChild(r);})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');",
    "(function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};})(window, document, 'clarity', 'script', 'id');",
    "posthog.init('phc', { api_host: 'https://eu.posthog.com', disable_session_recording: true })",
    "Sentry.init({ dsn: 'x', integrations: [Sentry.replayIntegration({ maskAllText: false })], replaysSessionSampleRate: 1 });",
    "DD_RUM.init({ sessionReplaySampleRate: 100, defaultPrivacyLevel: 'allow' })",
    "if (Cookiebot.consent.statistics) { LogRocket.init('a/b'); }",
    "window.addEventListener('CookiebotOnAccept', function () { hj('identify'); });",
    "document.write('<script src=\"https://cdn.logrocket.io/LogRocket.min.js\"><\\/script>')",
    "<!-- <script> not closed", "</scrip", "</script", "<!--", "-->", "`${x}`", "{{ recorder }}", "",
  ),
  fc.constantFrom(...RECORDER_HOSTS).map((host) => `var s=document.createElement('script');s.src='https://${host}';document.head.appendChild(s);`),
  text,
);

const scriptAttributes = fc.array(
  fc.oneof(
    fc.constantFrom(...RECORDER_HOSTS).map((host) => ` src="https://${host}"`),
    fc.constantFrom(...RECORDER_HOSTS).map((host) => ` src=//${host.replace(/\s/gu, "")}`),
    fc.constantFrom(...CONSENT_TYPES).map((type) => ` type="${type}"`),
    fc.constantFrom(...CONSENT_MARKUP_ATTRIBUTES).map((name) => ` ${name}="statistics"`),
    fc.constantFrom(...CONSENT_CLASSES).map((name) => ` class="${name}"`),
    fc.constantFrom(" async", " defer", ' nonce="{{ nonce }}"', " SRC='x.js'", ' data-src="https://static.hotjar.com/c/hotjar-1.js"', ' type="module"', ' type="text/plain"'),
  ),
  { maxLength: 3 },
).map((list) => list.join(""));

const script = fc.tuple(scriptAttributes, fc.array(scriptBody, { maxLength: 2 }), fc.constantFrom("</script>", "</SCRIPT>", "</script >", "")).map(
  ([attrs, body, close]) => `<script${attrs}>${body.join("\n")}${close}`,
);

/** A clean field (the shapes the rules read most), with markers written plainly, conditionally or by binding. */
export const cleanField = fc
  .record({
    tag: fc.constantFrom("input", "input", "input", "textarea", "select"),
    type: fc.option(fc.constantFrom(...INPUT_TYPES), { nil: undefined }),
    name: fc.constantFrom(...NAME_TOKENS),
    autocomplete: fc.option(fc.constantFrom(...AUTOCOMPLETE_TOKENS), { nil: undefined }),
    marker: fc.oneof(
      { weight: 3, arbitrary: fc.constant("") },
      fc.constantFrom(...MARKER_CLASSES).map((name) => ` class="form-control ${name}"`),
      fc.constantFrom(...MARKER_ATTRIBUTES).chain((marker) => fc.constantFrom(...marker.values).map((value) => (value === "" ? ` ${marker.name}` : ` ${marker.name}="${value}"`))),
      fc.constantFrom(...MARKER_CLASSES).map((name) => ` {% if hide %}class="${name}"{% endif %}`),
      fc.constantFrom(...MARKER_CLASSES).map((name) => ` class="{{ '${name}' if private }}"`),
      fc.constantFrom(...MARKER_CLASSES).map((name) => ` {{#if x}}class="${name}"{{/if}}`),
      fc.constantFrom(...MARKER_CLASSES).map((name) => ` [class.${name}]="hide"`),
      fc.constantFrom(...MARKER_CLASSES).map((name) => ` [ngClass]="{ '${name}': hide }"`),
      fc.constantFrom(...MARKER_CLASSES).map((name) => ` class="<%= hide ? '${name}' : '' %>"`),
    ),
    extra: attributes,
    wrapper: fc.constantFrom("", "", "div", "fieldset", "form", "label"),
    wrapperMarker: fc.oneof({ weight: 3, arbitrary: fc.constant("") }, fc.constantFrom(...MARKER_CLASSES).map((name) => ` class="${name}"`), fc.constantFrom(...MARKER_ATTRIBUTES).map((marker) => ` ${marker.name}="${marker.values[0] ?? ""}"`)),
  })
  .map(({ tag, type, name, autocomplete, marker, extra, wrapper, wrapperMarker }) => {
    const attrs = `${type === undefined ? "" : ` type="${type}"`} name="${name.replaceAll('"', "")}"${autocomplete === undefined ? "" : ` autocomplete="${autocomplete}"`}${marker}${extra}`;
    const field = tag === "input" ? `<input${attrs}>` : `<${tag}${attrs}></${tag}>`;
    return wrapper === "" ? field : `<${wrapper}${wrapperMarker}>${field}</${wrapper}>`;
  });

// --- Documents -----------------------------------------------------------------------------------

type HtmlTree = {
  node: string;
  nodes: string;
};

export const { nodes: htmlNodes } = fc.letrec<HtmlTree>((tie) => ({
  nodes: fc.array(tie("node"), { maxLength: 8 }).map((list) => list.join("")),
  node: fc.oneof(
    { maxDepth: 3, depthIdentifier: "html" },
    { weight: 8, arbitrary: startTag },
    { weight: 6, arbitrary: cleanField },
    { weight: 3, arbitrary: endTag },
    { weight: 5, arbitrary: text },
    { weight: 2, arbitrary: stray },
    { weight: 2, arbitrary: comment },
    { weight: 2, arbitrary: templateBlock },
    { weight: 2, arbitrary: script },
    { weight: 1, arbitrary: cdata },
    { weight: 3, arbitrary: fc.tuple(tagName, attributes, tie("nodes")).map(([tag, attrs, inner]) => `<${tag}${attrs}>${inner}</${tag}>`) },
    { weight: 1, arbitrary: tie("nodes").map((inner) => `<template>${inner}</template>`) },
    { weight: 1, arbitrary: fc.tuple(attributes, tie("nodes")).map(([attrs, inner]) => `<form${attrs}>${inner}</form>`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NAME_TOKENS), fc.constantFrom(...LABEL_PHRASES), attributes).map(([id, label, attrs]) => `<label for="${id}">${label}</label><input id="${id}"${attrs}>`) },
    { weight: 1, arbitrary: fc.tuple(attributes, fc.array(text, { maxLength: 3 })).map(([attrs, options]) => `<select${attrs}>${options.map((o) => `<option>${o}`).join("")}</select>`) },
    { weight: 1, arbitrary: fc.tuple(attributes, text).map(([attrs, body]) => `<textarea${attrs}>${body}</textarea>`) },
    { weight: 1, arbitrary: fc.tuple(attributes, tie("nodes")).map(([attrs, inner]) => `<svg${attrs}><foreignObject>${inner}</foreignObject></svg>`) },
    { weight: 1, arbitrary: fc.constantFrom("<style>.fs-exclude{}</style>", "<noscript><input name=cvv></noscript>", "<plaintext><input name=cvv>", "<xmp><input name=cvv></xmp>", "<title><input name=cvv></title>", "<iframe srcdoc=\"<input name=cvv>\"></iframe>") },
  ),
}));

const prolog = fc.constantFrom("", "", "", "<!DOCTYPE html>\n", "<!doctype html><html lang=\"de\"><head><title>x</title></head><body>", "<?xml version=\"1.0\"?>\n<!DOCTYPE html>", "<html>", "<!-- header -->\n<!DOCTYPE html>", "{% extends 'base.html' %}\n");

/** File names that pick the HTML language in the presets (pages, server templates, Angular templates). */
const fileName = fc.constantFrom("page.html", "page.htm", "page.xhtml", "view.hbs", "view.mustache", "view.ejs", "view.njk", "view.twig", "view.erb", "view.liquid", "view.jinja", "view.j2", "view.php", "view.phtml", "card.component.html");

export interface HtmlFile {
  code: string;
  filename: string;
}


export const htmlFile: fc.Arbitrary<HtmlFile> = fc
  .record({
    prolog,
    body: fc.array(htmlNodes, { minLength: 1, maxLength: 3 }).map((parts) => parts.join("\n")),
    huge: fc.oneof({ weight: 30, arbitrary: fc.constant("") }, fc.tuple(fc.constantFrom("input", "textarea", "div", "script"), hugeAttribute).map(([tag, attr]) => `<${tag}${attr} name="card-number">`)),
    trailer: fc.constantFrom("", "", "</body></html>", "<!-- unterminated", "<input name=\"cvv", "<", "{{", "<script>", "<textarea>"),
    ending: lineEnding,
    bom: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, fc.constant(true)),
    filename: fileName,
  })
  .map(({ prolog: head, body, huge, trailer, ending, bom, filename }) => {
    const code = withLineEndings(`${head}${body}${huge}${trailer}`, ending, body.length);
    return { code: bom ? `\ufeff${code}` : code, filename };
  });
