// Composes HTML-family files: full pages with recorder snippets, Handlebars / Nunjucks / EJS
// server templates and Angular component templates, grown to a target size with more sections.

import { createRng } from "../prng.js";
import { htmlField, interp } from "./html-fields.js";
import { recorderScripts, otherScripts, HTML_RECORDERS } from "./html-snippets.js";
import { pickFields, fieldCount } from "./jsx-form.js";
import { FORM_WEIGHTS, MARKERS, NOUNS, sentence } from "./vocab.js";

/** @typedef {import("./html-fields.js").HtmlCtx} HtmlCtx */
/** @typedef {import("./jsx-files.js").GeneratedFile} GeneratedFile */

/** @param {import("../prng.js").Rng} rng */
export function htmlSizeTarget(rng) {
  const [lo, hi] = rng.weighted([[[1000, 2500], 82], [[2500, 8000], 15], [[8000, 30000], 2.4], [[80000, 200000], 0.6]]);
  return Math.round(lo * Math.pow(hi / lo, rng.next()));
}

/**
 * A loop over `items` in the dialect, with `body` using `it` as the loop variable.
 * @param {HtmlCtx} ctx @param {string} items @param {string} body @param {string} indent
 */
function loop(ctx, items, body, indent) {
  const { dialect } = ctx;
  const inner = body.split("\n").map((l) => `  ${l}`).join("\n");
  if (dialect === "hbs") return `${indent}{{#each ${items} as |it|}}\n${inner.replaceAll("{{ it.", "{{it.")}\n${indent}{{/each}}`;
  if (dialect === "njk") return `${indent}{% for it in ${items} %}\n${inner}\n${indent}{% endfor %}`;
  if (dialect === "ejs") return `${indent}<% ${items}.forEach(function (it) { %>\n${inner.replaceAll(/\{\{ (it\.\w+) \}\}/g, "<%= $1 %>")}\n${indent}<% }) %>`;
  if (dialect === "angular") return `${indent}@for (it of ${items}; track it.id) {\n${inner}\n${indent}}`;
  return Array.from({ length: ctx.rng.int(3, 8) }, (_, i) => body.replaceAll(/\{\{ it\.(\w+) \}\}/g, (_, k) => `${k} ${i + 1}`)).join("\n");
}

/** @param {HtmlCtx} ctx @param {string} indent */
function articleSection(ctx, indent) {
  const { rng } = ctx;
  const out = [`${indent}<section class="content">`, `${indent}  <h2>${sentence(rng, 2, 6).slice(0, -1)}</h2>`];
  for (let i = rng.int(1, 5); i > 0; i--) out.push(`${indent}  <p>${sentence(rng, 10, 40)} <a href="/help/${rng.pick(NOUNS).toLowerCase()}">${sentence(rng, 2, 4).slice(0, -1)}</a>.</p>`);
  if (rng.chance(0.4)) out.push(`${indent}  <ul>`, ...Array.from({ length: rng.int(2, 6) }, () => `${indent}    <li>${sentence(rng, 3, 10)}</li>`), `${indent}  </ul>`);
  if (rng.chance(0.3)) out.push(`${indent}  <figure>`, `${indent}    <img src="/img/${rng.pick(NOUNS).toLowerCase()}-${rng.int(1, 99)}.webp" alt="${sentence(rng, 3, 6).slice(0, -1)}" width="${rng.int(200, 1200)}" height="${rng.int(150, 800)}" loading="lazy">`, `${indent}    <figcaption>${sentence(rng, 4, 10)}</figcaption>`, `${indent}  </figure>`);
  out.push(`${indent}</section>`);
  return out.join("\n");
}

/** @param {HtmlCtx} ctx @param {string} indent */
function tableSection(ctx, indent) {
  const { rng } = ctx;
  const cols = rng.sample(["Order", "Date", "Status", "Customer", "Total", "Items", "Region", "Channel"], rng.int(3, 6));
  const row = `<tr>\n${cols.map((c) => `  <td>{{ it.${c.toLowerCase()} }}</td>`).join("\n")}\n</tr>`;
  const rows = ctx.dialect === "html"
    ? Array.from({ length: rng.int(5, 40) }, (_, r) => `${indent}    <tr>${cols.map((c) => `<td>${c === "Total" ? `$${rng.int(5, 999)}.${rng.int(10, 99)}` : `${c.toLowerCase()} ${r + 1}`}</td>`).join("")}</tr>`).join("\n")
    : loop(ctx, "rows", row, `${indent}    `).split("\n").map((l, i) => (i === 0 || l.startsWith(indent) ? l : `${indent}    ${l}`)).join("\n");
  return [
    `${indent}<table class="table">`,
    `${indent}  <caption>${sentence(rng, 3, 6)}</caption>`,
    `${indent}  <thead><tr>${cols.map((c) => `<th scope="col">${c}</th>`).join("")}</tr></thead>`,
    `${indent}  <tbody>`,
    rows,
    `${indent}  </tbody>`,
    `${indent}</table>`,
  ].join("\n");
}

/** @param {HtmlCtx} ctx @param {string} indent */
function cardsSection(ctx, indent) {
  const { rng, dialect } = ctx;
  const img = dialect === "angular" ? `<img [src]="it.image" [alt]="it.name">` : dialect === "html" ? `<img src="/img/p.jpg" alt="{{ it.name }}">` : `<img src="${interp(dialect, "it.image")}" alt="${interp(dialect, "it.name")}">`;
  const card = `<article class="card">\n  ${img}\n  <h3>{{ it.name }}</h3>\n  <p class="price">{{ it.price }}</p>\n  <button type="button" class="btn">Add to cart</button>\n</article>`;
  return `${indent}<div class="grid">\n${loop(ctx, "products", card, `${indent}  `).split("\n").map((l) => (l.startsWith(indent) ? l : `${indent}    ${l}`)).join("\n")}\n${indent}</div>\n${indent}<p>${sentence(rng)}</p>`;
}

/** @param {HtmlCtx} ctx @param {string} indent */
function formSection(ctx, indent) {
  const { rng, dialect } = ctx;
  const kind = rng.weighted(FORM_WEIGHTS);
  const fields = pickFields(rng, kind, fieldCount(rng));
  const wrap = ctx.vendor && rng.chance(0.25) ? rng.pick(ctx.vendor.mask) : null;
  const wrapAttr = wrap ? ("cls" in wrap ? ` class="${wrap.cls}"` : ` ${wrap.value === true ? wrap.attr : `${wrap.attr}="${wrap.value}"`}`) : "";
  const open = dialect === "angular"
    ? `${indent}<form [formGroup]="form" (ngSubmit)="submit()" class="${kind}-form">`
    : `${indent}<form action="/${kind}" method="post" class="${kind}-form"${dialect === "html" ? "" : ` data-csrf="${interp(dialect, "csrfToken")}"`}>`;
  const out = [open, `${indent}  <fieldset${wrapAttr}>`, `${indent}    <legend>${kind[0].toUpperCase()}${kind.slice(1)}</legend>`];
  for (const f of fields) out.push(htmlField(ctx, f, `${indent}    `, kind));
  out.push(`${indent}  </fieldset>`);
  if (dialect === "angular") out.push(`${indent}  <button mat-flat-button color="primary" type="submit" [disabled]="form.invalid || saving()">Continue</button>`);
  else out.push(`${indent}  <button type="submit" class="btn btn-primary">Continue</button>`);
  out.push(`${indent}</form>`);
  return out.join("\n");
}

const SECTIONS = [[articleSection, 5], [tableSection, 2], [cardsSection, 2], [formSection, 3]];

/** @param {HtmlCtx} ctx @param {number} target @param {string} indent @param {boolean} form at least one form */
function bodySections(ctx, target, indent, form) {
  const out = form ? [formSection(ctx, indent)] : [];
  let size = out.reduce((s, p) => s + p.length, 0);
  while (size < target) {
    const s = ctx.rng.weighted(/** @type {any} */ (SECTIONS))(ctx, indent);
    out.push(s);
    size += s.length + 1;
  }
  return out.join("\n");
}

/** @param {HtmlCtx} ctx @param {string} indent */
function header(ctx, indent) {
  const links = ctx.rng.sample(["Shop", "Pricing", "Docs", "Blog", "Support", "Account", "Careers"], ctx.rng.int(3, 6));
  return [`${indent}<header class="site-header">`, `${indent}  <a href="/" class="logo">Acme</a>`, `${indent}  <nav>`, ...links.map((l) => `${indent}    <a href="/${l.toLowerCase()}">${l}</a>`), `${indent}  </nav>`, `${indent}</header>`].join("\n");
}

/** @param {HtmlCtx} ctx @param {string} indent */
function footer(ctx, indent) {
  return `${indent}<footer class="site-footer">\n${indent}  <p>&copy; 2026 Acme Inc. ${sentence(ctx.rng, 3, 8)}</p>\n${indent}  <a href="/privacy">Privacy</a> · <a href="/cookies">Cookie settings</a>\n${indent}</footer>`;
}

/**
 * Recorder set-up inside <head>: none, plain, consent-blocked, or behind a template conditional.
 * @param {HtmlCtx} ctx @param {string} indent
 */
function headScripts(ctx, indent) {
  const { rng, dialect } = ctx;
  const parts = [otherScripts(rng, indent)];
  const count = rng.weighted([[0, 4], [1, 5], [2, 1]]);
  for (const vendor of rng.sample(HTML_RECORDERS, count)) {
    const how = rng.weighted([["plain", 4], ["blocked", 3], ["template", dialect === "html" ? 0 : 3]]);
    const scripts = recorderScripts(rng, vendor, how === "blocked", how === "template" ? `${indent}  ` : indent);
    if (how !== "template") parts.push(scripts);
    else if (dialect === "hbs") parts.push(`${indent}{{#if consent.analytics}}\n${scripts}\n${indent}{{/if}}`);
    else if (dialect === "njk") parts.push(`${indent}{% if cookies.analytics %}\n${scripts}\n${indent}{% endif %}`);
    else parts.push(`${indent}<% if (consent.analytics) { %>\n${scripts}\n${indent}<% } %>`);
  }
  return parts.join("\n");
}

/** @param {HtmlCtx} ctx @param {string} title @param {number} target */
function fullPage(ctx, title, target) {
  const { rng, dialect } = ctx;
  const titleText = dialect === "html" ? title : interp(dialect, "title");
  return [
    "<!DOCTYPE html>",
    `<html lang="${rng.pick(["en", "en-GB", "de", "fr"])}">`,
    "  <head>",
    '    <meta charset="utf-8">',
    '    <meta name="viewport" content="width=device-width, initial-scale=1">',
    `    <title>${titleText}</title>`,
    `    <meta name="description" content="${sentence(rng, 6, 14)}">`,
    '    <link rel="stylesheet" href="/css/site.css">',
    headScripts(ctx, "    "),
    "  </head>",
    `  <body class="${title.toLowerCase().replace(/\W+/g, "-")}">`,
    header(ctx, "    "),
    "    <main>",
    `      <h1>${title}</h1>`,
    bodySections(ctx, target, "      ", rng.chance(0.5)),
    "    </main>",
    footer(ctx, "    "),
    "  </body>",
    "</html>",
    "",
  ].join("\n");
}

/**
 * @param {number} seed
 * @param {number} index
 * @returns {GeneratedFile}
 */
export function htmlFile(seed, index) {
  const rng = createRng(seed);
  const dialect = /** @type {import("./html-fields.js").Dialect} */ (rng.weighted([["html", 37], ["hbs", 15], ["njk", 15], ["ejs", 11], ["angular", 22]]));
  const vendor = rng.chance(0.55) ? rng.pick(MARKERS) : null;
  /** @type {HtmlCtx} */
  const ctx = { rng, dialect, vendor, maskRate: vendor ? rng.pick([0.2, 0.6, 0.9, 1]) : 0 };
  const target = htmlSizeTarget(rng);
  const noun = rng.pick(NOUNS);
  const title = `${noun} ${rng.pick(["overview", "details", "checkout", "settings", "sign up", "help", "history"])}`;
  const id = String(index).padStart(4, "0");
  const slug = noun.toLowerCase();

  if (dialect === "html") return { path: `pages/${slug}/${slug}-${id}.html`, text: fullPage(ctx, title, target) };
  if (dialect === "angular") {
    const text = [
      `<section class="${slug}-panel">`,
      `  <h2>{{ title }}</h2>`,
      "  @if (loading()) {",
      "    <mat-progress-bar mode=\"indeterminate\"></mat-progress-bar>",
      "  } @else {",
      bodySections(ctx, target, "    ", rng.chance(0.6)),
      "  }",
      `  <div class="actions" *ngIf="canEdit">`,
      `    <button mat-button (click)="cancel()">Cancel</button>`,
      "  </div>",
      "</section>",
      "",
    ].join("\n");
    return { path: `src/app/${slug}/${slug}-${id}/${slug}-${id}.component.html`, text };
  }
  const ext = dialect;
  const layout = rng.chance(0.4);
  if (layout) return { path: `views/layouts/${slug}-${id}.${ext}`, text: fullPage(ctx, title, target) };
  const body = bodySections(ctx, target, "  ", rng.chance(0.6));
  let text;
  if (dialect === "hbs") text = `{{!< main}}\n{{> breadcrumbs section="${slug}"}}\n<div class="container">\n  <h1>{{title}}</h1>\n  {{#if user}}\n  <p class="greeting">Signed in as {{user.name}}</p>\n  {{else}}\n  <a href="/login">Sign in</a>\n  {{/if}}\n${body}\n</div>\n`;
  else if (dialect === "njk") text = `{% extends "layouts/base.njk" %}\n{% from "macros/forms.njk" import field %}\n\n{% block content %}\n<div class="container">\n  <h1>{{ title }}</h1>\n  {% if user %}<p class="greeting">Signed in as {{ user.name }}</p>{% endif %}\n${body}\n</div>\n{% endblock %}\n`;
  else text = `<%- include("partials/header", { title: title }) %>\n<div class="container">\n  <h1><%= title %></h1>\n  <% if (user) { %>\n  <p class="greeting">Signed in as <%= user.name %></p>\n  <% } %>\n${body}\n</div>\n<%- include("partials/footer") %>\n`;
  return { path: `views/${slug}/${slug}-${id}.${ext}`, text };
}

/**
 * One page whose body holds the same sections `copies` times (recorder scripts in <head> once),
 * for the linear-growth check.
 * @param {number} seed
 * @param {number} copies
 * @returns {string}
 */
export function repeatedPage(seed, copies) {
  const sections = [];
  for (let i = 0; i < copies; i++) {
    const rng = createRng(seed);
    /** @type {HtmlCtx} */
    const ctx = { rng, dialect: "html", vendor: MARKERS[0], maskRate: 0.5 };
    sections.push(formSection(ctx, "      "), formSection(ctx, "      "), articleSection(ctx, "      "), tableSection(ctx, "      "));
  }
  const rng = createRng(seed);
  /** @type {HtmlCtx} */
  const ctx = { rng, dialect: "html", vendor: MARKERS[0], maskRate: 0.5 };
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "  <head>",
    '    <meta charset="utf-8">',
    "    <title>Growth sample</title>",
    recorderScripts(rng, "hotjar", false, "    "),
    recorderScripts(rng, "logrocket", true, "    "),
    "  </head>",
    "  <body>",
    header(ctx, "    "),
    "    <main>",
    ...sections,
    "    </main>",
    "  </body>",
    "</html>",
    "",
  ].join("\n");
}
