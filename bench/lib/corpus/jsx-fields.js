// Renders one form field as JSX, in the styles real code bases use (native elements, a design
// system, react-hook-form, Controller, Formik), with or without a vendor's masking marker.

import { kebab } from "./vocab.js";

/**
 * @typedef {import("./vocab.js").FieldDef} FieldDef
 * @typedef {(typeof import("./vocab.js").MARKERS)[number]} Vendor
 * @typedef {object} JsxCtx
 * @property {import("../prng.js").Rng} rng
 * @property {boolean} ts
 * @property {boolean} jsx whether the module may contain JSX (false for .ts/.js modules)
 * @property {import("./imports.js").Imports} imports
 * @property {"native"|"ds"|"rhf"|"controller"|"formik"} style
 * @property {Vendor | null} vendor
 * @property {number} maskRate probability that a sensitive field carries a marker
 * @property {string} classBase how the file spells a base class: "styles" (CSS modules) or "plain"
 */

/** Names a careful team would mask; used only to decide where markers appear in the corpus. */
export const SENSITIVE = new Set([
  "cardNumber", "cardExpiry", "cvc", "cardholderName", "password", "confirmPassword", "otp", "ssn",
  "passportNumber", "nationalId", "taxId", "driverLicense", "iban", "accountNumber", "routingNumber",
  "sortCode", "insuranceMemberId", "medications", "allergies", "diagnosis", "symptoms", "dateOfBirth",
  "apiKey", "legalName", "idDocument",
]);

/**
 * Which marker (if any) a field gets.
 * @param {JsxCtx} ctx
 * @param {FieldDef} field
 * @returns {{ attr: string, value: string | true } | { cls: string } | null}
 */
export function chooseMarker(ctx, field) {
  const { rng, vendor } = ctx;
  if (!vendor) return null;
  if (SENSITIVE.has(field.name)) {
    if (rng.chance(0.04)) return rng.pick(vendor.unmask);
    return rng.chance(ctx.maskRate) ? rng.pick(vendor.mask) : null;
  }
  if (rng.chance(0.05)) return rng.pick(vendor.unmask);
  return rng.chance(0.08) ? rng.pick(vendor.mask) : null;
}

/**
 * JSX for a data attribute marker.
 * @param {JsxCtx} ctx
 * @param {{ attr: string, value: string | true }} m
 */
export function attrMarkerJsx(ctx, m) {
  if (m.value !== true) return ctx.rng.chance(0.85) ? `${m.attr}="${m.value}"` : `${m.attr}={"${m.value}"}`;
  return ctx.rng.weighted([[m.attr, 6], [`${m.attr}="true"`, 2], [`${m.attr}={true}`, 1]]);
}

/**
 * A className attribute with a base class and optional extra (marker) classes.
 * @param {JsxCtx} ctx
 * @param {string} base
 * @param {string[]} extra
 */
export function classNameJsx(ctx, base, extra = []) {
  const { rng, imports } = ctx;
  const baseExpr = ctx.classBase === "styles" ? `styles.${base.replace(/-(\w)/g, (_, c) => c.toUpperCase())}` : `"${base}"`;
  if (!extra.length) return ctx.classBase === "styles" ? `className={${baseExpr}}` : `className="${base}"`;
  const kind = rng.weighted([["static", 4], ["clsx", 3], ["conditional", 2], ["template", 1]]);
  if ((kind === "static" || kind === "template") && ctx.classBase !== "styles") return `className="${[base, ...extra].join(" ")}"`;
  if (kind === "template") return `className={\`\${${baseExpr}} ${extra.join(" ")}\`}`;
  imports.default("clsx", "clsx");
  if (kind === "conditional") return `className={clsx(${baseExpr}, masked && "${extra.join(" ")}")}`;
  return `className={clsx(${baseExpr}, ${extra.map((c) => `"${c}"`).join(", ")})}`;
}

/**
 * Marker attributes and classes for one field, as JSX attribute strings.
 * @param {JsxCtx} ctx
 * @param {FieldDef} field
 * @param {string} base base class name of the control
 */
function markerAttrs(ctx, field, base) {
  const marker = chooseMarker(ctx, field);
  const attrs = [];
  if (marker && "attr" in marker) {
    attrs.push(attrMarkerJsx(ctx, marker));
    attrs.push(classNameJsx(ctx, base));
  } else {
    attrs.push(classNameJsx(ctx, base, marker ? [marker.cls] : []));
  }
  return attrs;
}

/** @param {FieldDef} f */
const idOf = (f) => kebab(f.name);

/**
 * @param {string} tag
 * @param {string[]} attrs
 * @param {string} indent
 */
function selfClosing(tag, attrs, indent) {
  const oneLine = `<${tag} ${attrs.join(" ")} />`;
  if (oneLine.length + indent.length <= 100) return indent + oneLine;
  return `${indent}<${tag}\n${attrs.map((a) => `${indent}  ${a}`).join("\n")}\n${indent}/>`;
}

/**
 * One field, rendered in the file's style.
 * @param {JsxCtx} ctx
 * @param {FieldDef} field
 * @param {string} indent
 * @returns {string}
 */
export function renderField(ctx, field, indent) {
  const control = field.control ?? "input";
  if (control === "select") return renderSelect(ctx, field, indent);
  if (control === "checkbox") return renderCheckbox(ctx, field, indent);
  if (control === "radio") return renderRadio(ctx, field, indent);
  if (control === "textarea") return renderTextarea(ctx, field, indent);
  return renderInput(ctx, field, indent);
}

/** @param {JsxCtx} ctx @param {FieldDef} field @param {string} indent */
function renderInput(ctx, field, indent) {
  const { rng, imports, style } = ctx;
  const id = idOf(field);
  const common = [];
  if (field.type && field.type !== "text") common.push(`type="${field.type}"`);
  else if (rng.chance(0.3)) common.push(`type="text"`);
  if (field.autocomplete && rng.chance(0.7)) common.push(`autoComplete="${field.autocomplete}"`);
  if (field.placeholder && rng.chance(0.6)) common.push(`placeholder="${field.placeholder}"`);
  if (/^(cardNumber|cvc|otp|routingNumber|accountNumber)$/.test(field.name) && rng.chance(0.5)) common.push(`inputMode="numeric"`);
  const err = rng.chance(0.4);
  switch (style) {
    case "ds": {
      imports.named("@acme/design-system", "TextField");
      const attrs = [`label="${field.label}"`, `name="${field.name}"`, ...common, `value={values.${field.name}}`, `onChange={handleChange}`];
      if (err) attrs.push(`error={Boolean(errors.${field.name})}`, `helperText={errors.${field.name}}`);
      if (rng.chance(0.3)) attrs.push("fullWidth");
      if (rng.chance(0.3)) attrs.push("required");
      const marker = chooseMarker(ctx, field);
      if (marker && "attr" in marker) {
        if (rng.chance(0.5)) attrs.push(attrMarkerJsx(ctx, marker));
        else attrs.push(`inputProps={{ "${marker.attr}": ${marker.value === true ? "true" : `"${marker.value}"`} }}`);
      } else if (marker) attrs.push(`className="${marker.cls}"`);
      return selfClosing("TextField", attrs, indent);
    }
    case "rhf": {
      imports.named("@/components/ui", "Input", "Label");
      const lines = [
        `${indent}<div className="space-y-1">`,
        `${indent}  <Label htmlFor="${id}">${field.label}</Label>`,
        selfClosing("Input", [`id="${id}"`, ...common, ...markerAttrs(ctx, field, "input"), `{...register("${field.name}"${rng.chance(0.5) ? ", { required: true }" : ""})}`], `${indent}  `),
      ];
      if (err) lines.push(`${indent}  {errors.${field.name} && <p role="alert" className="text-sm text-red-600">{errors.${field.name}.message}</p>}`);
      lines.push(`${indent}</div>`);
      return lines.join("\n");
    }
    case "controller": {
      imports.named("react-hook-form", "Controller");
      imports.named("@acme/ui", "TextInput");
      const inner = selfClosing("TextInput", ["{...field}", `label="${field.label}"`, ...common, ...markerAttrs(ctx, field, "text-input"), "error={fieldState.error?.message}"], `${indent}    `);
      return [
        `${indent}<Controller`,
        `${indent}  name="${field.name}"`,
        `${indent}  control={control}`,
        `${indent}  render={({ field, fieldState }) => (`,
        inner,
        `${indent}  )}`,
        `${indent}/>`,
      ].join("\n");
    }
    case "formik": {
      imports.named("formik", "Field", "ErrorMessage");
      imports.named("./FormControls", "Input");
      return [
        `${indent}<label htmlFor="${id}">${field.label}</label>`,
        selfClosing("Field", [`id="${id}"`, `name="${field.name}"`, ...common, "as={Input}", ...markerAttrs(ctx, field, "input")], indent),
        `${indent}<ErrorMessage name="${field.name}" component="div" className="error" />`,
      ].join("\n");
    }
    default: {
      const attrs = [`id="${id}"`, `name="${field.name}"`, ...common, `value={values.${field.name}}`, `onChange={handleChange}`, ...markerAttrs(ctx, field, "input")];
      if (err) attrs.push(`aria-invalid={Boolean(errors.${field.name})}`);
      const lines = [`${indent}<div ${classNameJsx(ctx, "field")}>`, `${indent}  <label htmlFor="${id}">${field.label}</label>`, selfClosing("input", attrs, `${indent}  `)];
      if (err) lines.push(`${indent}  {errors.${field.name} ? <span className="error">{errors.${field.name}}</span> : null}`);
      lines.push(`${indent}</div>`);
      return lines.join("\n");
    }
  }
}

/** @param {JsxCtx} ctx @param {FieldDef} field @param {string} indent */
function renderSelect(ctx, field, indent) {
  const { rng, imports, style } = ctx;
  const id = idOf(field);
  const options = `${field.name.toUpperCase()}_OPTIONS`;
  const optionMap = `{${options}.map((option) => (\n${indent}    <option key={option.value} value={option.value}>\n${indent}      {option.label}\n${indent}    </option>\n${indent}  ))}`;
  if (style === "ds") {
    imports.named("@acme/design-system", "Select");
    return selfClosing("Select", [`label="${field.label}"`, `name="${field.name}"`, `options={${options}}`, `value={values.${field.name}}`, "onChange={handleChange}", ...(rng.chance(0.3) ? ["searchable"] : [])], indent);
  }
  const binding = style === "rhf" || style === "controller" ? `{...register("${field.name}")}` : `value={values.${field.name}} onChange={handleChange}`;
  return [
    `${indent}<label htmlFor="${id}">${field.label}</label>`,
    `${indent}<select id="${id}" name="${field.name}" ${markerAttrs(ctx, field, "select").join(" ")} ${binding}>`,
    `${indent}  <option value="">Select…</option>`,
    `${indent}  ${optionMap}`,
    `${indent}</select>`,
  ].join("\n");
}

/** @param {JsxCtx} ctx @param {FieldDef} field @param {string} indent */
function renderTextarea(ctx, field, indent) {
  const { rng, imports, style } = ctx;
  const id = idOf(field);
  const rows = rng.int(3, 8);
  if (style === "rhf" || style === "controller") {
    imports.named("@/components/ui", "Textarea", "Label");
    return `${indent}<Label htmlFor="${id}">${field.label}</Label>\n` + selfClosing("Textarea", [`id="${id}"`, `rows={${rows}}`, ...markerAttrs(ctx, field, "textarea"), `{...register("${field.name}")}`], indent);
  }
  return `${indent}<label htmlFor="${id}">${field.label}</label>\n` + selfClosing("textarea", [`id="${id}"`, `name="${field.name}"`, `rows={${rows}}`, `value={values.${field.name}}`, "onChange={handleChange}", ...markerAttrs(ctx, field, "textarea")], indent);
}

/** @param {JsxCtx} ctx @param {FieldDef} field @param {string} indent */
function renderCheckbox(ctx, field, indent) {
  const { imports, style } = ctx;
  if (style === "ds") {
    imports.named("@acme/design-system", "Checkbox");
    return selfClosing("Checkbox", [`name="${field.name}"`, `label="${field.label}"`, `checked={values.${field.name}}`, "onChange={handleChange}"], indent);
  }
  const binding = style === "rhf" || style === "controller" ? `{...register("${field.name}")}` : `checked={values.${field.name}} onChange={handleChange}`;
  return [`${indent}<label className="checkbox">`, `${indent}  <input type="checkbox" name="${field.name}" ${binding} />`, `${indent}  ${field.label}`, `${indent}</label>`].join("\n");
}

/** @param {JsxCtx} ctx @param {FieldDef} field @param {string} indent */
function renderRadio(ctx, field, indent) {
  const choices = field.name === "theme" ? ["light", "dark", "system"] : ["yes", "no", "prefer-not-to-say"];
  const binding = ctx.style === "rhf" || ctx.style === "controller" ? () => `{...register("${field.name}")}` : (/** @type {string} */ c) => `checked={values.${field.name} === "${c}"} onChange={handleChange}`;
  return [
    `${indent}<fieldset>`,
    `${indent}  <legend>${field.label}</legend>`,
    ...choices.map((c) => `${indent}  <label>\n${indent}    <input type="radio" name="${field.name}" value="${c}" ${binding(c)} /> ${c}\n${indent}  </label>`),
    `${indent}</fieldset>`,
  ].join("\n");
}
