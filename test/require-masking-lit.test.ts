import plugin from "../src/index.js";
import { createJsxTester, createTsxTester } from "./helpers/rule-tester.js";
import { tagNameAt } from "./helpers/locations.js";

/**
 * `require-masking` on lit `html` tagged templates: found by import (any local name), `${}` parts
 * are dynamic, locations and suggestions land exactly in the JS/TS file.
 */

const rule = plugin.rules["require-masking"];
const FULLSTORY = { recorders: ["fullstory"] };

/** `code` with `insert` right after the tag name of `needle`. */
function inserted(code: string, needle: string, insert: string): string {
  const index = code.indexOf(needle) + (/^<[^\s/>]+/u.exec(needle)?.[0].length ?? 0);
  return `${code.slice(0, index)}${insert}${code.slice(index)}`;
}

function error(code: string, needle: string, messageId: "unmasked" | "conditional" | "textOnly" = "unmasked", insert = ` class="fs-exclude"`) {
  return { messageId, ...tagNameAt(code, needle), suggestions: insert ? [{ messageId: "addMarker" as const, output: inserted(code, needle, insert) }] : [] };
}

const LIT_ELEMENT = `import { LitElement, html } from "lit";

export class PayForm extends LitElement {
  render() {
    return html\`
      <form>
        <label for="n">Card number</label>
        <input id="n" name="number" .value=\${this.number}>
        <label>CVC <input name="cvc" ?disabled=\${this.busy}></label>
      </form>\`;
  }
}
`;

const SHOELACE_TOGGLE = `import { html } from "lit";
export const password = (field) => html\`<sl-input type="password" name="secret" ?password-toggle=\${field.passwordToggle}></sl-input>\`;
`;

const BOUND_TYPE = `import { html } from "lit-html";
const field = (type) => html\`<label>Password <input name="password" type=\${type}></label>\`;
`;

const CONDITIONAL_CLASS = `import { html } from "lit";
export const view = (masked) => html\`<input name="expiry" placeholder="MM/YY" class="\${masked ? "fs-exclude" : ""}"><input name="card_number">\`;
`;

const MAYBE_ABSENT_MARKER = `import { html, nothing } from "lit";
export const view = (masked) => html\`<input name="iban" data-sentry-mask=\${masked ? "" : nothing}>\`;
`;

const ALIASED = `import { html as litHtml } from "lit";
export const row = litHtml\`<sl-input name="seed_phrase" label="Recovery phrase"></sl-input>\`;
`;

const NAMESPACE = `import * as lit from "lit";
export const row = lit.html\`<input name="cvv">\`;
`;

const NESTED = `import { html, nothing } from "lit";
export const view = (showTax) => html\`<form>
  \${showTax ? html\`<label>Tax ID <input name="tax_id"></label>\` : nothing}
  <input name="coupon">
</form>\`;
`;

const LIT_ELEMENT_PACKAGE = `import { html } from "lit-element";
export const t = html\`<textarea name="diagnosis" aria-label="Diagnosis"></textarea>\`;
`;

const DYNAMIC_CLASS = `import { html } from "lit";
export const t = (cls) => html\`<input class=\${cls} name="cvv">\`;
`;

const STATIC_CLASS = `import { html } from "lit";
export const t = html\`<input class="form-control" name="cvv">\`;
`;

const LION = `import { html } from "lit";\nexport const t = html\`<lion-input-iban label="Account" name="account"></lion-input-iban>\`;`;

const HTML_STRINGS = `class PaymentForm extends HTMLElement {
  connectedCallback() {
    /*html*/
    const template = \`<form><label for="cc">Credit Card</label><input type="text" id="cc"></form>\`;
    this.innerHTML = template;
  }
}
document.body.insertAdjacentHTML("beforeend", \`<input name="iban" placeholder="IBAN">\`);
el.innerHTML = '<input name="cvv">';
export const note = /* html */ \`<textarea name="diagnosis"></textarea>\`;
`;
const VUE_TEMPLATE = `export default {
  data() { return { bank: {} }; },
  template: \`
    <label for="iban">{{ t('person', 'iban') }}</label>
    <input type="text" id="iban" v-model="bank.iban">\`,
};
`;
/** The only HTML string in the file is marked in capitals: the file's pre-check must still let it through. */
const UPPERCASE_HTML_COMMENT = `export const payment = /* HTML */ \`<input name="card_number">\`;
`;
const CUSTOM_TAG = `import { html } from "@acme/templates";
export const t = html\`<input name="card_number">\`;
`;

createJsxTester(FULLSTORY).run("require-masking (lit, espree)", rule, {
  valid: [
    { name: "masked fields", code: `import { html } from "lit";\nexport const t = html\`<div class="fs-exclude"><input name="card_number"></div><input type="password" name="pw">\`;` },
    { name: "a marker written next to a bound part", code: `import { html } from "lit";\nexport const t = (c) => html\`<input name="cvv" class="fs-exclude \${c}">\`;` },
    { name: "common-tags html builds strings, not DOM", code: `import { html } from "common-tags";\nexport const mail = html\`<p>Your card <input name="card_number"></p>\`;` },
    { name: "a local function named html", code: `const html = (s) => s.join("");\nexport const t = html\`<input name="card_number">\`;` },
    { name: "a global html that is not imported", code: `export const t = html\`<input name="card_number">\`;` },
    { name: "a member html on something else", code: `import * as tags from "common-tags";\nexport const t = tags.html\`<input name="cvv">\`;` },
    { name: "a template without markup", code: `import { html } from "lit";\nexport const t = html\`card number: \${n}\`;` },
    { name: "a bound name says nothing", code: `import { html } from "lit";\nexport const t = (n) => html\`<input name=\${n}>\`;` },
    { name: "harmless fields", code: `import { html } from "lit";\nexport const t = html\`<input type="search" name="q"><input name="promo_code">\`;` },
    { name: "trap: a Shoelace password without its toggle stays a masked password", code: `import { html } from "lit";\nexport const t = (f) => html\`<sl-input type="password" name="secret" ?clearable=\${f.clearable}></sl-input>\`;` },
    {
      name: "markup strings that are never written as HTML: an unused template, textContent, a reassigned variable",
      code: `const other = \`<input name="ssn">\`;\nel.textContent = \`<input name="passport">\`;\nlet t = \`<input name="iban">\`;\nt = "";\nel.innerHTML = t;`,
    },
    {
      name: "Lion inputs that hold nothing sensitive, and the parts around an input",
      code: `import { html } from "lit";\nexport const t = html\`<x-input-group><lion-input-amount name="amount"></lion-input-amount></x-input-group><lion-input-label>IBAN</lion-input-label>\`;`,
    },
    { name: "trap: a template option of an object that is no Vue component (a config)", code: `export const mail = { subject: "Hi", template: \`<input name="iban">\` };` },
    { name: "disabled for the next line", code: `import { html } from "lit";\nexport const t = html\`\n  <input name="search">\n  \${"" /* eslint-disable-next-line */}\n  <input name="card_number">\`;` },
  ],
  invalid: [
    {
      name: "a lit element: locations in the JS file, bound properties and booleans are not markers",
      code: LIT_ELEMENT,
      errors: [error(LIT_ELEMENT, `<input id="n"`), error(LIT_ELEMENT, `<input name="cvc"`)],
    },
    { name: "a bound type may be text", code: BOUND_TYPE, errors: [error(BOUND_TYPE, "<input")] },
    {
      name: "a Shoelace password whose toggle is bound with lit's boolean binding can show the password",
      code: SHOELACE_TOGGLE,
      errors: [error(SHOELACE_TOGGLE, "<sl-input")],
    },
    { name: "an input family named input-first: Lion's <lion-input-iban>", code: LION, errors: [error(LION, "<lion-input-iban")] },
    // An `html` export builds HTML wherever it comes from: lit re-exported by the app, Polymer, FAST, uhtml.
    { name: "html imported from the app's own module", code: CUSTOM_TAG, errors: [error(CUSTOM_TAG, "<input")] },
    {
      name: "HTML written as strings: a template variable assigned to innerHTML, insertAdjacentHTML, a string literal, a /* html */ template",
      code: HTML_STRINGS,
      errors: [
        error(HTML_STRINGS, `<input type="text" id="cc"`),
        error(HTML_STRINGS, `<input name="iban"`),
        error(HTML_STRINGS, `<input name="cvv"`),
        error(HTML_STRINGS, `<textarea name="diagnosis"`),
      ],
    },
    { name: "a /* HTML */ comment in capitals marks an HTML string too", code: UPPERCASE_HTML_COMMENT, errors: [error(UPPERCASE_HTML_COMMENT, "<input")] },
    { name: "a Vue component's template option, compiled in the browser (Vue from a CDN)", code: VUE_TEMPLATE, errors: [error(VUE_TEMPLATE, `<input type="text" id="iban"`)] },
    {
      name: "a class printed by a bound ternary is conditional",
      code: CONDITIONAL_CLASS,
      errors: [error(CONDITIONAL_CLASS, `<input name="expiry"`, "conditional", ""), error(CONDITIONAL_CLASS, `<input name="card_number"`)],
    },
    {
      name: "a marker attribute bound to a value that may be nothing is conditional",
      code: MAYBE_ABSENT_MARKER,
      settings: { "replay-privacy": { recorders: ["sentry"] } },
      errors: [
        {
          messageId: "conditional",
          ...tagNameAt(MAYBE_ABSENT_MARKER, "<input"),
          // A second attribute of the same name would break the template: the binding is replaced.
          suggestions: [{ messageId: "addMarker", output: MAYBE_ABSENT_MARKER.replace(`data-sentry-mask=\${masked ? "" : nothing}`, "data-sentry-mask") }],
        },
      ],
    },
    { name: "an aliased import of html", code: ALIASED, errors: [error(ALIASED, "<sl-input")] },
    { name: "a namespace import of lit", code: NAMESPACE, errors: [error(NAMESPACE, "<input")] },
    { name: "nested templates are checked on their own", code: NESTED, errors: [error(NESTED, `<input name="tax_id"`)] },
    { name: "lit-element's html", code: LIT_ELEMENT_PACKAGE, errors: [error(LIT_ELEMENT_PACKAGE, "<textarea")] },
    { name: "a bound class: no class suggestion", code: DYNAMIC_CLASS, errors: [error(DYNAMIC_CLASS, "<input", "unmasked", "")] },
    {
      name: "a static class: the marker merges into it",
      code: STATIC_CLASS,
      errors: [{ messageId: "unmasked", ...tagNameAt(STATIC_CLASS, "<input"), suggestions: [{ messageId: "addMarker", output: STATIC_CLASS.replace(`class="form-control"`, `class="form-control fs-exclude"`) }] }],
    },
    {
      name: "settings htmlTemplateTags: another tag name counts as an HTML template",
      code: CUSTOM_TAG,
      settings: { "replay-privacy": { recorders: ["fullstory"], htmlTemplateTags: ["html"] } },
      errors: [error(CUSTOM_TAG, "<input")],
    },
    {
      name: "settings htmlTemplateTags: a member tag",
      code: `import { templates } from "./t.js";\nexport const t = templates.markup\`<input name="cvv">\`;`,
      settings: { "replay-privacy": { recorders: ["fullstory"], htmlTemplateTags: ["markup"] } },
      errors: [error(`import { templates } from "./t.js";\nexport const t = templates.markup\`<input name="cvv">\`;`, "<input")],
    },
  ].map((test) => ({ ...test, settings: { "replay-privacy": { ...FULLSTORY, ...((test.settings?.["replay-privacy"] as object | undefined) ?? {}) } } })),
});

const TYPED = `import { LitElement, html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";

@customElement("iban-form")
export class IbanForm extends LitElement {
  @property({ type: Boolean }) masked = true;

  protected override render(): unknown {
    const label: string = "IBAN";
    return html\`<label>\${label} <input name="iban"></label>
      <div class="fs-exclude"><input name="bic"></div>\`;
  }
}
`;

createTsxTester({ "replay-privacy": FULLSTORY }).run("require-masking (lit, typescript-eslint with decorators)", rule, {
  valid: [{ name: "masked in TS", code: `import { html } from "lit";\nconst t: unknown = html\`<div class="fs-exclude"><input name="cvv"></div>\`;` }],
  invalid: [{ name: "a TS lit element", code: TYPED, errors: [error(TYPED, `<input name="iban"`)] }],
});
