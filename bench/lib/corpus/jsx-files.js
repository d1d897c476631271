// Composes whole JS/TS module files (forms, pages, components, tests, stories, recorder set-up,
// hooks, utilities) and grows each one to a target size with more top-level blocks.

import { createRng } from "../prng.js";
import { Imports } from "./imports.js";
import { formComponent, fieldCount } from "./jsx-form.js";
import { COMPONENT_BLOCKS, LOGIC_BLOCKS, sectionComponent } from "./jsx-blocks.js";
import { recorderModule, RECORDER_VENDORS } from "./jsx-recorders.js";
import { FORMS, FORM_WEIGHTS, MARKERS } from "./vocab.js";

const FEATURE_OF = {
  checkout: "checkout", signup: "auth", login: "auth", kyc: "onboarding", bank: "payouts", health: "patients",
  address: "account", settings: "settings", search: "catalog", contact: "support", product: "catalog",
};
const FORM_NAMES = {
  checkout: ["CheckoutForm", "PaymentForm", "CardDetails", "BillingStep"], signup: ["SignupForm", "RegisterForm", "CreateAccount"],
  login: ["LoginForm", "SignInForm", "TwoFactorForm"], kyc: ["IdentityVerification", "KycForm", "VerifyIdentityStep"],
  bank: ["BankAccountForm", "PayoutDetails", "DirectDepositForm"], health: ["PatientIntakeForm", "MedicalHistoryForm", "InsuranceForm"],
  address: ["AddressForm", "ShippingAddress", "BillingAddress"], settings: ["ProfileSettings", "AccountSettings", "NotificationSettings"],
  search: ["SearchFilters", "ProductFilters", "FilterPanel"], contact: ["ContactForm", "SupportRequest", "FeedbackForm"],
  product: ["ProductEditor", "ProductForm", "InventoryForm"],
};

/**
 * @typedef {object} GeneratedFile
 * @property {string} path  relative to the JSX corpus root
 * @property {string} text
 */

/**
 * Target size in bytes: most files 1-4 KB, a long tail to 200 KB.
 * @param {import("../prng.js").Rng} rng
 */
export function jsxSizeTarget(rng) {
  const [lo, hi] = rng.weighted([[[1000, 2500], 82], [[2500, 7000], 14.5], [[7000, 25000], 3.2], [[80000, 200000], 0.3]]);
  return Math.round(lo * Math.pow(hi / lo, rng.next()));
}

/**
 * @param {import("../prng.js").Rng} rng
 * @param {boolean} ts
 * @param {boolean} jsx
 * @returns {import("./jsx-fields.js").JsxCtx}
 */
function newCtx(rng, ts, jsx) {
  const vendor = rng.chance(0.55) ? rng.pick(MARKERS) : null;
  return {
    rng,
    ts,
    jsx,
    imports: new Imports(ts),
    style: rng.weighted([["native", 3], ["ds", 3], ["rhf", 3], ["controller", 1], ["formik", 1]]),
    vendor,
    maskRate: vendor ? rng.pick([0.2, 0.6, 0.9, 1]) : 0,
    classBase: rng.chance(0.4) ? "styles" : "plain",
  };
}

/**
 * Append blocks until the body reaches `target` bytes.
 * @param {import("./jsx-fields.js").JsxCtx} ctx
 * @param {string[]} parts
 * @param {number} target
 * @param {"ui"|"logic"} flavour
 */
function grow(ctx, parts, target, flavour) {
  let size = parts.reduce((s, p) => s + p.length + 2, 0);
  let n = 1;
  while (size < target) {
    const pool = flavour === "logic" || ctx.rng.chance(0.35) ? LOGIC_BLOCKS : COMPONENT_BLOCKS;
    const block = ctx.rng.pick(pool)(ctx, String(n++));
    parts.push(block);
    size += block.length + 2;
  }
}

/** @param {import("./jsx-fields.js").JsxCtx} ctx @param {string[]} parts */
function assemble(ctx, parts) {
  const head = ctx.imports.toString();
  return `${head}\n\n${parts.filter(Boolean).join("\n\n")}\n`;
}

/**
 * @param {number} seed
 * @param {number} index
 * @returns {GeneratedFile}
 */
export function jsxFile(seed, index) {
  const rng = createRng(seed);
  const ts = rng.chance(0.7);
  const ext = ts ? "tsx" : "jsx";
  const ctx = newCtx(rng, ts, true);
  const target = jsxSizeTarget(rng);
  const kind = rng.weighted([["form", 30], ["page", 10], ["component", 40], ["test", 6], ["story", 5], ["provider", 7], ["app", 2]]);
  const formKind = rng.weighted(FORM_WEIGHTS);
  const feature = FEATURE_OF[/** @type {keyof typeof FEATURE_OF} */ (formKind)];
  const formName = rng.pick(FORM_NAMES[/** @type {keyof typeof FORM_NAMES} */ (formKind)]);
  /** @type {string[]} */
  const parts = [];
  let path;
  if (ctx.classBase === "styles") ctx.imports.default(`./styles.module.css`, "styles");

  switch (kind) {
    case "form": {
      parts.push(formComponent(ctx, formKind, formName, fieldCount(rng)));
      grow(ctx, parts, target, "ui");
      path = `src/features/${feature}/components/${formName}.${ext}`;
      break;
    }
    case "page": {
      const page = `${formName.replace(/Form$|Step$/, "")}Page`;
      const forms = target > 30000 ? rng.int(2, 4) : rng.weighted([[1, 4], [2, 1]]);
      for (let i = 0; i < forms; i++) {
        const k = i === 0 ? formKind : rng.weighted(FORM_WEIGHTS);
        parts.push(formComponent(ctx, k, `${FORM_NAMES[/** @type {keyof typeof FORM_NAMES} */ (k)][0]}${i || ""}`, fieldCount(rng)));
      }
      const sections = Array.from({ length: rng.int(1, 3) }, (_, i) => sectionComponent(ctx, `P${i}`));
      parts.push(...sections);
      grow(ctx, parts, target - 600, "ui");
      parts.push([
        `export default function ${page}() {`,
        "  return (",
        "    <main className=\"page\">",
        ...sections.map((s) => `      <${/function (\w+)/.exec(s)?.[1]} />`),
        `      <${FORM_NAMES[/** @type {keyof typeof FORM_NAMES} */ (formKind)][0]} onSubmit={async (values) => {\n          await fetch("/api/${feature}", { method: "POST", body: JSON.stringify(values) });\n        }} />`,
        "    </main>",
        "  );",
        "}",
      ].join("\n"));
      path = `src/pages/${feature}/${page}.${ext}`;
      break;
    }
    case "test": {
      ctx.imports.named("@testing-library/react", "render", "screen");
      ctx.imports.default("@testing-library/user-event", "userEvent");
      ctx.imports.named("vitest", "describe", "expect", "it", "vi");
      ctx.imports.named(`./${formName}`, formName);
      const fields = FORMS[formKind].filter((f) => !f.control).slice(0, rng.int(1, 6));
      parts.push([
        `describe("${formName}", () => {`,
        "  it(\"submits the entered values\", async () => {",
        "    const onSubmit = vi.fn();",
        `    render(<${formName} onSubmit={onSubmit} />);`,
        ...fields.map((f) => `    await userEvent.type(screen.getByLabelText("${f.label}"), "${f.placeholder ?? "example"}");`),
        "    await userEvent.click(screen.getByRole(\"button\"));",
        "    expect(onSubmit).toHaveBeenCalledTimes(1);",
        "  });",
        "",
        "  it(\"shows an error for empty required fields\", async () => {",
        `    render(<${formName} onSubmit={vi.fn()} />);`,
        "    await userEvent.click(screen.getByRole(\"button\"));",
        "    expect(await screen.findAllByRole(\"alert\")).not.toHaveLength(0);",
        "  });",
        "});",
      ].join("\n"));
      grow(ctx, parts, Math.min(target, 12000), "logic");
      path = `src/features/${feature}/components/__tests__/${formName}.test.${ext}`;
      break;
    }
    case "story": {
      ctx.imports.named(`./${formName}`, formName);
      ctx.imports.types("@storybook/react", "Meta", "StoryObj");
      parts.push([
        `const meta = {`,
        `  title: "${feature}/${formName}",`,
        `  component: ${formName},`,
        "  args: { onSubmit: () => {} },",
        "  render: (args) => (",
        "    <div style={{ maxWidth: 480, margin: \"0 auto\" }}>",
        `      <${formName} {...args} />`,
        "    </div>",
        "  ),",
        `}${ts ? ` satisfies Meta<typeof ${formName}>` : ""};`,
        "",
        "export default meta;",
        "",
        `export const Default${ts ? ": StoryObj<typeof meta>" : ""} = {};`,
        `export const Prefilled${ts ? ": StoryObj<typeof meta>" : ""} = { args: { initialValues: {} } };`,
      ].join("\n"));
      grow(ctx, parts, Math.min(target, 8000), "ui");
      path = `src/features/${feature}/components/${formName}.stories.${ext}`;
      break;
    }
    case "app": {
      parts.push(recorderModule(ctx, rng.pick(RECORDER_VENDORS), true));
      grow(ctx, parts, Math.min(target, 6000), "logic");
      path = `src/app/App.${ext}`;
      break;
    }
    case "provider": {
      grow(ctx, parts, target, "logic");
      path = `src/providers/${rng.pick(["Cart", "Session", "Theme", "Feature", "Toast"])}Provider.${ext}`;
      break;
    }
    default: {
      grow(ctx, parts, target, "ui");
      path = `src/components/${rng.pick(["common", "layout", "data", "feedback", "navigation"])}/${/(?:function|const) (\w+)/.exec(parts[0])?.[1] ?? "Widget"}.${ext}`;
    }
  }
  return { path: withIndex(path, index), text: assemble(ctx, parts) };
}

/**
 * Plain modules (no JSX): hooks, utilities, API clients and recorder set-up files.
 * @param {number} seed
 * @param {number} index
 * @returns {GeneratedFile}
 */
export function moduleFile(seed, index) {
  const rng = createRng(seed);
  const ts = rng.chance(0.7);
  const ctx = newCtx(rng, ts, false);
  /** @type {string[]} */
  const parts = [];
  let path;
  if (rng.chance(0.35)) {
    const vendor = rng.pick(RECORDER_VENDORS);
    parts.push(recorderModule(ctx, vendor, false));
    grow(ctx, parts, 1000, "logic");
    path = `src/analytics/${vendor}.${ts ? "ts" : "js"}`;
  } else {
    grow(ctx, parts, Math.max(1000, jsxSizeTarget(rng) * 0.6), "logic");
    path = `src/${rng.pick(["lib", "utils", "hooks", "api"])}/${rng.pick(["index", "helpers", "client", "format", "validation", "storage"])}.${ts ? "ts" : "js"}`;
  }
  return { path: withIndex(path, index), text: assemble(ctx, parts) };
}

/** Give every file a unique path: `a/B.tsx` -> `a/B.0042.tsx`. @param {string} path @param {number} index */
function withIndex(path, index) {
  const dot = path.indexOf(".", path.lastIndexOf("/"));
  return `${path.slice(0, dot)}.${String(index).padStart(4, "0")}${path.slice(dot)}`;
}

/**
 * The same content `copies` times in one module (names numbered per copy, imports once), for the
 * linear-growth check: a checkout form, a KYC form, a table, a list and a hook per copy.
 * @param {number} seed
 * @param {number} copies
 * @returns {string}
 */
export function repeatedModule(seed, copies) {
  const imports = new Imports(true);
  const parts = [];
  for (let i = 1; i <= copies; i++) {
    const rng = createRng(seed);
    const ctx = { ...newCtx(rng, true, true), imports, style: /** @type {const} */ ("rhf"), classBase: "plain" };
    parts.push(formComponent(ctx, "checkout", `CheckoutForm${i}`, 10));
    parts.push(formComponent({ ...ctx, style: "native" }, "kyc", `KycForm${i}`, 10));
    for (const [k, block] of [...COMPONENT_BLOCKS.slice(0, 3), ...LOGIC_BLOCKS.slice(0, 1)].entries()) parts.push(block(ctx, `${i}x${k}`));
  }
  return `${imports.toString()}\n\n${parts.join("\n\n")}\n`;
}
