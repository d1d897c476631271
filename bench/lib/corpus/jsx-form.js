// A React form component with 0-30 fields, in the state-management style of the file.

import { renderField, attrMarkerJsx, SENSITIVE } from "./jsx-fields.js";
import { FORMS, COUNTRIES } from "./vocab.js";

/**
 * @typedef {import("./jsx-fields.js").JsxCtx} JsxCtx
 * @typedef {import("./vocab.js").FieldDef} FieldDef
 */

const TITLES = {
  checkout: ["Payment details", "Checkout", "Pay now"], signup: ["Create your account", "Sign up", "Create account"],
  login: ["Welcome back", "Sign in", "Sign in"], kyc: ["Verify your identity", "Identity verification", "Submit for review"],
  bank: ["Payout account", "Bank details", "Save bank account"], health: ["Patient intake", "Medical history", "Submit intake"],
  address: ["Shipping address", "Address", "Save address"], settings: ["Profile settings", "Settings", "Save changes"],
  search: ["Filter results", "Search", "Apply filters"], contact: ["Contact support", "Contact us", "Send message"],
  product: ["Edit product", "Product", "Save product"],
};

/**
 * Pick `count` distinct fields, starting with the form's own and borrowing from related forms for
 * long wizards.
 * @param {import("../prng.js").Rng} rng
 * @param {string} kind
 * @param {number} count
 * @returns {FieldDef[]}
 */
export function pickFields(rng, kind, count) {
  const own = FORMS[kind];
  const seen = new Set();
  const out = [];
  const pool = [...own, ...rng.sample(Object.keys(FORMS).filter((k) => k !== kind), 4).flatMap((k) => FORMS[k])];
  for (const f of pool) {
    if (out.length >= count) break;
    if (seen.has(f.name)) continue;
    seen.add(f.name);
    out.push(f);
  }
  return out;
}

/**
 * @param {import("../prng.js").Rng} rng
 * @returns {number} 0-30 fields, most forms small
 */
export function fieldCount(rng) {
  const bucket = rng.weighted([[[0, 0], 3], [[1, 4], 35], [[5, 10], 40], [[11, 20], 17], [[21, 30], 5]]);
  return rng.int(bucket[0], bucket[1]);
}

/** @param {FieldDef} f */
function tsType(f) {
  if (f.control === "checkbox") return "boolean";
  if (f.type === "number") return "number";
  return "string";
}

/**
 * @param {JsxCtx} ctx
 * @param {string} kind form kind (key of FORMS)
 * @param {string} name component name
 * @param {number} count number of fields
 * @returns {string}
 */
export function formComponent(ctx, kind, name, count) {
  const { rng, ts, imports, style } = ctx;
  const fields = pickFields(rng, kind, count);
  const [heading, , submit] = TITLES[/** @type {keyof typeof TITLES} */ (kind)];
  const values = `${name}Values`;
  const out = [];

  if (ts) {
    out.push(`export interface ${values} {`, ...fields.map((f) => `  ${f.name}${f.control === "checkbox" ? "?" : ""}: ${tsType(f)};`), "}", "");
    out.push(`interface ${name}Props {`, `  onSubmit: (values: ${values}) => Promise<void> | void;`, `  initialValues?: Partial<${values}>;`, `  privacyMode?: "strict" | "off";`, "}", "");
  }
  for (const f of fields.filter((x) => x.control === "select")) {
    const opts = f.name === "country" || f.name === "nationality" ? COUNTRIES.map(([value, label]) => ({ value, label })) : ["basic", "standard", "premium", "other"].map((v) => ({ value: v, label: v[0].toUpperCase() + v.slice(1) }));
    out.push(`const ${f.name.toUpperCase()}_OPTIONS = [`, ...opts.map((o) => `  { value: "${o.value}", label: "${o.label}" },`), "];", "");
  }
  const empty = fields.map((f) => `  ${f.name}: ${f.control === "checkbox" ? "false" : f.type === "number" ? "0" : '""'},`);
  out.push(`const EMPTY_${name.toUpperCase()} = {`, ...empty, `}${ts ? ` satisfies ${values}` : ""};`, "");

  const props = `{ onSubmit, initialValues, privacyMode = "strict" }${ts ? `: ${name}Props` : ""}`;
  out.push(`export ${rng.chance(0.2) ? "default " : ""}function ${name}(${props}) {`);
  out.push(`  const masked = privacyMode !== "off";`);
  if (style === "rhf" || style === "controller") {
    imports.named("react-hook-form", "useForm");
    out.push(`  const {`, `    register,`, `    control,`, `    handleSubmit,`, `    formState: { errors, isSubmitting },`, `  } = useForm${ts ? `<${values}>` : ""}({ defaultValues: { ...EMPTY_${name.toUpperCase()}, ...initialValues } });`);
    out.push(`  const submitting = isSubmitting;`, `  const onValid = handleSubmit(async (data) => {`, `    await onSubmit(data);`, `  });`);
  } else if (style === "formik") {
    imports.named("formik", "Formik", "Form");
  } else {
    imports.named("react", "useState", "useCallback");
    if (ts) imports.types("react", "ChangeEvent", "FormEvent");
    const ev = ts ? ": ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>" : "";
    out.push(
      `  const [values, setValues] = useState${ts ? `<${values}>` : ""}({ ...EMPTY_${name.toUpperCase()}, ...initialValues });`,
      `  const [errors, setErrors] = useState${ts ? `<Partial<Record<keyof ${values}, string>>>` : ""}({});`,
      `  const [submitting, setSubmitting] = useState(false);`,
      "",
      `  const handleChange = useCallback((event${ev}) => {`,
      `    const { name, value, type } = event.target;`,
      `    const next = type === "checkbox" ? (event.target${ts ? " as HTMLInputElement" : ""}).checked : value;`,
      `    setValues((prev) => ({ ...prev, [name]: next }));`,
      `    setErrors((prev) => ({ ...prev, [name]: undefined }));`,
      `  }, []);`,
      "",
      `  async function onValid(event${ts ? ": FormEvent<HTMLFormElement>" : ""}) {`,
      `    event.preventDefault();`,
      `    const problems = validate${name}(values);`,
      `    if (Object.keys(problems).length > 0) {`,
      `      setErrors(problems);`,
      `      return;`,
      `    }`,
      `    setSubmitting(true);`,
      `    try {`,
      `      await onSubmit(values);`,
      `    } finally {`,
      `      setSubmitting(false);`,
      `    }`,
      `  }`,
    );
  }
  out.push("");
  const body = [];
  const groupWrap = ctx.vendor && rng.chance(0.25) ? rng.pick(ctx.vendor.mask) : null;
  const groups = [];
  for (let i = 0; i < fields.length; ) {
    const size = rng.int(3, 6);
    groups.push(fields.slice(i, i + size));
    i += size;
  }
  for (const [gi, group] of groups.entries()) {
    const wrap = groupWrap && group.some((f) => SENSITIVE.has(f.name)) ? groupWrap : null;
    if (wrap) {
      const attr = "attr" in wrap ? attrMarkerJsx(ctx, wrap) : `className="${wrap.cls}"`;
      body.push(`      <fieldset ${attr}>`, `        <legend>Step ${gi + 1}</legend>`);
      body.push(...group.map((f) => renderField(ctx, f, "        ")));
      body.push("      </fieldset>");
    } else {
      body.push(...group.map((f) => renderField(ctx, f, "      ")));
    }
  }
  if (!fields.length) body.push(`      <p>Please confirm to continue. This cannot be undone.</p>`);
  const button = rng.chance(0.5) ? (imports.named("@acme/design-system", "Button"), "Button") : "button";
  const formInner = [
    `      <h2>${heading}</h2>`,
    ...body,
    `      <${button} type="submit" disabled={submitting}>`,
    `        {submitting ? "Saving…" : "${submit}"}`,
    `      </${button}>`,
  ];
  if (style === "formik") {
    out.push(
      "  return (",
      `    <Formik initialValues={{ ...EMPTY_${name.toUpperCase()}, ...initialValues }} onSubmit={onSubmit}>`,
      "      {({ values, errors, handleChange, isSubmitting: submitting }) => (",
      `        <Form className="form" data-masked={masked}>`,
      ...formInner.map((l) => `    ${l}`),
      "        </Form>",
      "      )}",
      "    </Formik>",
      "  );",
      "}",
    );
  } else {
    out.push("  return (", `    <form onSubmit={onValid} noValidate aria-busy={submitting}>`, ...formInner, "    </form>", "  );", "}");
  }
  if (style !== "rhf" && style !== "controller" && style !== "formik") {
    out.push(
      "",
      `function validate${name}(values${ts ? `: ${values}` : ""})${ts ? `: Partial<Record<keyof ${values}, string>>` : ""} {`,
      `  const problems${ts ? `: Partial<Record<keyof ${values}, string>>` : ""} = {};`,
      ...fields.filter((f) => f.control === undefined && f.type !== "number" && f.type !== "file").slice(0, 6).map((f) => `  if (!values.${f.name}) problems.${f.name} = "${f.label} is required";`),
      "  return problems;",
      "}",
    );
  }
  return out.join("\n");
}
