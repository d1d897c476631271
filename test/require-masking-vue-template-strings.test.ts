import plugin from "../src/index.js";
import { createTsxTester } from "./helpers/rule-tester.js";
import { tagNameAt } from "./helpers/locations.js";

/**
 * `require-masking` on Vue components whose template is a string in a script file (Vue 2 without a
 * build step): a template literal, a string, or strings joined with `+`, read in place.
 */

const rule = plugin.rules["require-masking"];
const FULLSTORY = { recorders: ["fullstory"] };

function error(code: string, needle: string, insert: string | null = ` class="fs-exclude"`) {
  const at = tagNameAt(code, needle);
  if (insert === null) return { messageId: "unmasked" as const, ...at, suggestions: [] };
  const name = needle.slice(1).split(/\s/u)[0]!;
  const index = code.indexOf(needle) + 1 + name.length;
  return { messageId: "unmasked" as const, ...at, suggestions: [{ messageId: "addMarker" as const, output: code.slice(0, index) + insert + code.slice(index) }] };
}

// A passenger form of a Vue 2 page, its template built line by line.
const CONCATENATED = `let passengerInfoForm = new Vue({
    el: '#passengerInfoForm',
    data: { fd: frontendData.formData },
    template:
        '<div>' +
            '<form method="post" v-bind:href="\\'/ticket/\\' + solutionId">' +
                '<div><span>Name</span><input type="text" name="name" :value="fd.name"/></div>' +
                '<div><span>Passport id</span>' +
                '<input type="text" maxlength="6" name="passportId" :value="fd.passportId" required/>' +
                '</div>' +
            '</form>' +
        '</div>'
});`;

const COMPONENT_LITERAL = `Vue.component("card-form", {
  template: \`
    <div>
      <label for="cc">{{ label }}</label>
      <input id="cc" v-model="card.number" autocomplete="cc-number">
      <input v-model="card.nickname">
    </div>\`,
});`;

// Options that already made it a component, in a component call: one report, not one per reason.
const OPTIONS_AND_CALL = `new Vue({ el: "#app", data() { return {}; }, template: \`<input name="cvv">\` });`;

// Double-quoted strings: a marker's own quotes would end the string, so no suggestion is offered.
const DOUBLE_QUOTED = `export default {
  props: ["value"],
  template: "<div>" + "<input name='iban' :value='value'>" + "</div>",
};`;

// A value joined in between the strings is bound: the name is not known, the placeholder still speaks.
const JOINED_VALUE = `createApp({
  template: '<input name="' + fieldName + '" placeholder="Card number">',
}).mount("#app");`;

createTsxTester({ "replay-privacy": FULLSTORY }).run("require-masking (Vue template strings)", rule, {
  valid: [
    { name: "a masked field in a component's template string", code: `new Vue({ el: "#app", template: '<div class="fs-exclude"><input name="passportId"></div>' });` },
    {
      name: "trap: a template key of an object that is no component, and a template that is no markup",
      code: `const config = { template: '<input name="iban">' };\nconst mail = { data: {}, template: "welcome-" + locale };`,
    },
    {
      name: "trap: Angular's decorator template is read by the Angular front end only (this file imports no @angular/core)",
      code: `@Component({ selector: "x", template: '<input name="ssn">' })\nexport class A {}`,
    },
  ],
  invalid: [
    { name: "strings joined with +, read in place (bindings and escaped quotes included)", code: CONCATENATED, errors: [error(CONCATENATED, `<input type="text" maxlength="6" name="passportId"`)] },
    { name: "a template literal in Vue.component, its interpolation blanked", code: COMPONENT_LITERAL, errors: [error(COMPONENT_LITERAL, `<input id="cc"`)] },
    { name: "a component both by its options and by its call is read once", code: OPTIONS_AND_CALL, errors: [error(OPTIONS_AND_CALL, `<input name="cvv"`)] },
    { name: "double-quoted strings: reported without a suggestion", code: DOUBLE_QUOTED, errors: [error(DOUBLE_QUOTED, `<input name='iban'`, null)] },
    { name: "a value joined in: its placeholder still speaks", code: JOINED_VALUE, errors: [error(JOINED_VALUE, `<input name="`)] },
  ],
});
