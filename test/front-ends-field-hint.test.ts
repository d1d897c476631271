import { describe, expect, it } from "vitest";
import { mayRenderField } from "../src/front-ends/field-hint.js";
import { readSettings } from "../src/util/settings.js";

/**
 * The pre-check that lets the masking rules skip script files without fields. A false "no" would
 * hide a real finding, so every way a front end finds a field must pass it.
 */
const DEFAULTS = readSettings({});

describe("mayRenderField", () => {
  it.each([
    ["a native input", `export const A = () => <input name="cardNumber" />;`],
    ["a textarea", `const B = () => <textarea name="notes" />;`],
    ["a select", `const C = () => <select name="country" />;`],
    ["contentEditable", `const D = () => <div contentEditable />;`],
    ["a design-system field", `const E = () => <TextField label="IBAN" />;`],
    ["a namespaced component", `const F = () => <Input.Password />;`],
    ["a member component", `const G = () => <Form.Control type="text" />;`],
    ["a picker", `const H = () => <DatePicker />;`],
    ["a choice", `const I = () => <Checkbox name="allergies" />;`],
    ["a masked input", `const J = () => <PatternFormat format="#### #### #### ####" />;`],
    ["a polymorphic element", `const K = () => <Box as="input" name="ssn" />;`],
    ["a polymorphic element with braces", `const L = () => <Box as={'textarea'} name="diagnosis" />;`],
    ["a lit template input", "render() { return html`<label>CVC <input name=\"cvc\"></label>`; }"],
    ["a lit web component", "render() { return html`<sl-input label=\"IBAN\"></sl-input>`; }"],
    ["a Vaadin password field", "html`<vaadin-password-field></vaadin-password-field>`"],
    ["a component with a variant tag (supabase's shadcn parts)", `const S = () => <Input_Shadcn_ name="iban" />;`],
    ["an input named prefix-first", `const T = () => <InputSocialSecurityNumber name="ssn" />;`],
    ["an input named after what it adds", `const U = () => <TextInputWithLabelFormGroup name="ssn" />;`],
    ["an upper-case tag in a lit template", "html`<INPUT name=\"iban\">`"],
    ["contenteditable in any case", "html`<div CONTENTEDITABLE></div>`"],
    ["an app's own field known by its props", `const V = () => <FormElement form={form} name="iban" placeholder="IBAN" />;`],
  ])("accepts %s", (_name, text) => {
    expect(mayRenderField(text, DEFAULTS)).toBe(true);
  });

  it.each([
    ["a list component", `export const List = ({ items }) => <ul>{items.map((i) => <li key={i.id}>{i.name}</li>)}</ul>;`],
    ["a reducer", `export function reducer(state, action) { switch (action.type) { case "select": return { ...state, input: action.input }; default: return state; } }`],
    ["a hook reading input state", `export const useSearch = () => { const [input, setInput] = useState(""); return { input, setInput }; };`],
    ["a button labelled Field", `const A = () => <Button>Field</Button>;`],
    ["a prop that ends in the polymorphic prop's name", `const B = () => <Alias alias="input" />;`],
    ["a fieldset and its legend", `const C = () => <fieldset><legend>Card</legend></fieldset>;`],
  ])("skips %s", (_name, text) => {
    expect(mayRenderField(text, DEFAULTS)).toBe(false);
  });

  it("accepts components mapped in settings and a custom polymorphic prop", () => {
    const settings = readSettings({ "replay-privacy": { components: { MoneyAmount: "input" }, polymorphicPropName: "component" } });
    expect(mayRenderField(`const A = () => <MoneyAmount name="iban" />;`, settings)).toBe(true);
    expect(mayRenderField(`const B = () => <Box component="input" name="ssn" />;`, settings)).toBe(true);
    expect(mayRenderField(`const C = () => <MoneyAmountLabel />;`, settings)).toBe(false);
  });
});
