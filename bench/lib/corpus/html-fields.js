// Renders form fields as HTML in the dialect of each template language (plain HTML, Handlebars,
// Nunjucks, EJS, Angular), with or without a vendor's masking marker.

import { chooseMarker } from "./jsx-fields.js";
import { kebab, snake } from "./vocab.js";

/**
 * @typedef {"html"|"hbs"|"njk"|"ejs"|"angular"} Dialect
 * @typedef {object} HtmlCtx
 * @property {import("../prng.js").Rng} rng
 * @property {Dialect} dialect
 * @property {(typeof import("./vocab.js").MARKERS)[number] | null} vendor
 * @property {number} maskRate
 */

/**
 * How the dialect prints a bound value.
 * @param {Dialect} dialect
 * @param {string} expr
 */
export function interp(dialect, expr) {
  if (dialect === "ejs") return `<%= ${expr} %>`;
  if (dialect === "html") return "";
  return `{{ ${expr} }}`;
}

/**
 * Marker attributes for a field, in the dialect.
 * @param {HtmlCtx} ctx
 * @param {import("./vocab.js").FieldDef} field
 * @returns {{ attrs: string[], classes: string[] }}
 */
function marker(ctx, field) {
  const m = chooseMarker(/** @type {any} */ (ctx), field);
  if (!m) return { attrs: [], classes: [] };
  if ("cls" in m) {
    if (ctx.dialect === "angular" && ctx.rng.chance(0.3)) return { attrs: [`[class.${m.cls}]="maskSensitive"`], classes: [] };
    return { attrs: [], classes: [m.cls] };
  }
  if (ctx.dialect === "angular" && ctx.rng.chance(0.2)) return { attrs: [`[attr.${m.attr}]="maskSensitive ? '${m.value === true ? "" : m.value}' : null"`], classes: [] };
  return { attrs: [m.value === true ? m.attr : `${m.attr}="${m.value}"`], classes: [] };
}

/**
 * @param {HtmlCtx} ctx
 * @param {import("./vocab.js").FieldDef} field
 * @param {string} indent
 * @param {string} model object name holding the form's values (for templates)
 */
export function htmlField(ctx, field, indent, model) {
  const { rng, dialect } = ctx;
  const id = kebab(field.name);
  const name = dialect === "html" && rng.chance(0.3) ? snake(field.name) : field.name;
  const control = field.control ?? "input";
  const { attrs, classes } = marker(ctx, field);
  const cls = `class="${["form-control", ...classes].join(" ")}"`;
  const bits = [`id="${id}"`];
  if (dialect === "angular") bits.push(`formControlName="${field.name}"`);
  else bits.push(`name="${name}"`);
  if (field.autocomplete && rng.chance(0.7)) bits.push(`autocomplete="${field.autocomplete}"`);
  bits.push(cls, ...attrs);
  if (rng.chance(0.3)) bits.push("required");

  const label = `${indent}<label for="${id}">${field.label}</label>`;
  if (control === "select") {
    const options = dialect === "angular"
      ? `${indent}  @for (option of ${field.name}Options; track option.value) {\n${indent}    <option [value]="option.value">{{ option.label }}</option>\n${indent}  }`
      : dialect === "hbs" ? `${indent}  {{#each ${field.name}Options}}\n${indent}    <option value="{{this.value}}">{{this.label}}</option>\n${indent}  {{/each}}`
      : dialect === "njk" ? `${indent}  {% for option in ${field.name}Options %}\n${indent}    <option value="{{ option.value }}"{% if option.value == ${model}.${field.name} %} selected{% endif %}>{{ option.label }}</option>\n${indent}  {% endfor %}`
      : dialect === "ejs" ? `${indent}  <% ${field.name}Options.forEach(function (option) { %>\n${indent}    <option value="<%= option.value %>"><%= option.label %></option>\n${indent}  <% }) %>`
      : ["Option A", "Option B", "Option C", "Other"].map((o, i) => `${indent}  <option value="${i}">${o}</option>`).join("\n");
    return `${label}\n${indent}<select ${bits.join(" ")}>\n${indent}  <option value="">Choose…</option>\n${options}\n${indent}</select>`;
  }
  if (control === "textarea") {
    const body = dialect === "html" || dialect === "angular" ? "" : interp(dialect, `${model}.${field.name}`);
    return `${label}\n${indent}<textarea ${bits.join(" ")} rows="${rng.int(3, 8)}">${body}</textarea>`;
  }
  if (control === "checkbox" || control === "radio") {
    const type = control;
    return `${indent}<label class="${type}">\n${indent}  <input type="${type}" ${bits.join(" ")}> ${field.label}\n${indent}</label>`;
  }
  if (field.type) bits.splice(1, 0, `type="${field.type}"`);
  else if (rng.chance(0.5)) bits.splice(1, 0, `type="text"`);
  if (field.placeholder && rng.chance(0.6)) bits.push(`placeholder="${field.placeholder}"`);
  if (dialect !== "html" && dialect !== "angular" && field.type !== "password" && field.type !== "file") bits.push(`value="${interp(dialect, `${model}.${field.name}`)}"`);
  if (dialect === "angular" && rng.chance(0.5)) {
    return [
      `${indent}<mat-form-field appearance="outline">`,
      `${indent}  <mat-label>${field.label}</mat-label>`,
      `${indent}  <input matInput ${bits.join(" ")}>`,
      `${indent}  @if (form.controls.${field.name}.invalid && form.controls.${field.name}.touched) {`,
      `${indent}    <mat-error>${field.label} is required</mat-error>`,
      `${indent}  }`,
      `${indent}</mat-form-field>`,
    ].join("\n");
  }
  return `${indent}<div class="form-group">\n${label.replace(indent, `${indent}  `)}\n${indent}  <input ${bits.join(" ")}>\n${indent}</div>`;
}
