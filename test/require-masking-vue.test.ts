import { Linter, RuleTester } from "eslint";
import tsParser from "@typescript-eslint/parser";
import vueParser from "vue-eslint-parser";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import "./helpers/rule-tester.js";
import { tagNameAt } from "./helpers/locations.js";

/**
 * `require-masking` in Vue single-file components through vue-eslint-parser's template visitor:
 * static attributes, `:class` / `v-bind:class` objects, arrays and strings, `v-model` names, `:type`
 * toggles. Without vue-eslint-parser a `.vue` file never reaches the JS rules (see the last block).
 */

const rule = plugin.rules["require-masking"];
const plugins = { "replay-privacy": plugin };

function vueTester(recorders: string[] = ["fullstory"]): RuleTester {
  return new RuleTester({
    plugins,
    languageOptions: { parser: vueParser, parserOptions: { parser: tsParser, ecmaVersion: "latest", sourceType: "module" } },
    settings: { "replay-privacy": { recorders } },
  });
}

function inserted(code: string, needle: string, insert: string): string {
  const index = code.indexOf(needle) + (/^<[^\s/>]+/u.exec(needle)?.[0].length ?? 0);
  return `${code.slice(0, index)}${insert}${code.slice(index)}`;
}

function error(code: string, needle: string, messageId: "unmasked" | "conditional" = "unmasked", insert = ` class="fs-exclude"`) {
  return { messageId, ...tagNameAt(code, needle), suggestions: [{ messageId: "addMarker" as const, output: inserted(code, needle, insert) }] };
}

const QR_SETUP = `<template>
  <div><img :src="qrCodeImg" alt="Scan me"><input v-model="verificationCode" placeholder="Verification code"></div>
</template>
`;
const sfc = (template: string, script = `<script setup>\nimport { ref } from "vue";\nconst form = ref({});\n</script>\n`): string =>
  `<template>\n${template}\n</template>\n\n${script}`;

const NEW_PASSWORD = sfc(`  <NewPassword v-model="form.password" />`);
const V_MODEL = sfc(`  <form>\n    <input v-model="card.number" inputmode="numeric">\n    <input v-model.trim="coupon">\n  </form>`);
const TYPE_VARIABLE = sfc(`  <BaseInput :type="passwordFieldType" v-model="modelValue" />\n  <input :type="inputType" v-model="nickname">\n  <input :type="passportType" v-model="doc">`);
const TYPE_TOGGLE = sfc(`  <label for="pw">Password</label>\n  <input id="pw" v-model="password" :type="show ? 'text' : 'password'">\n  <input v-model="old" type="password">`);
const CONDITIONAL_OBJECT = sfc(`  <input v-model="form.iban" :class="{ 'fs-exclude': maskIban, invalid: !valid }">`);
const CONDITIONAL_TERNARY = sfc(`  <div :class="maskAll ? 'fs-exclude' : ''">\n    <label>CVC <input v-model="cvc"></label>\n  </div>`);
const BOUND_MARKER = sfc(`  <input v-model="ssn" :data-private="mask || undefined">`);
const STATIC_AND_BOUND_CLASS = sfc(`  <input class="input" :class="{ wide }" v-model="cardNumber">`);
const WRAPPING_LABEL = sfc(`  <label>\n    Kartennummer\n    <input v-model="form.nummer" type="text">\n  </label>`);
const V_IF = sfc(`  <input v-if="showCvc" v-model="cvc" placeholder="CVC">\n  <input v-else v-model="coupon">`);
const PASCAL_CASE = sfc(`  <ElInput v-model="form.cardNumber" />\n  <VTextField label="IBAN" v-model="payout.account" />`);
const I18N_LABEL = sfc(`  <label>{{ $t("checkout.cardNumber") }} <input v-model="a"></label>`);
const V_BIND_OBJECT = sfc(`  <input v-bind="$attrs" v-model="cvv">`);
const REVEALABLE_PASSWORD = sfc(`  <el-input v-model="form.password" type="password" show-password />\n  <n-input v-model:value="pin" type="password" show-password-on="click" />\n  <el-input v-model="form.oldPassword" type="password" />`);
const VALUE_BINDING = sfc(`  <input :value="form.iban_number" @input="$emit('update:iban_number', $event.target.value)">\n  <input :value="checkoutForm.email" @input="onEmail">`);
const OTP_COMPONENT = sfc(`  <OtpInput :num-inputs="6" @complete="verify" />`);
const MODEL_BOUND_INPUT = sfc(`  <FormField label="SSN">\n    <FormControl v-model="form.ssn" type="tel" maxlength="9" />\n  </FormField>`);
// An insurer's mobile purchase flow: its own field components, with a label and a placeholder.
const PLACEHOLDER_INPUT = sfc(`  <input-group v-model="policyHolder.idNum" label="身份证号：" placeholder="请输入" type="idcard" />\n  <input-group v-model="policyHolder.name" label="姓名：" placeholder="请输入" />`);
const REVEAL_BY_HANDLER = sfc(`  <div class="wrap">\n    <input v-model="pw" type="password">\n    <i class="icon" @click="togglePassword"></i>\n  </div>`);
const REVEAL_BY_DISPLAY = sfc(`  <div class="repatpwd">\n    <input v-model="firstPwd" type="password">\n    <img src="./eye.png" @click="displayPwd">\n  </div>`);
const LOOPED_CODE_BOX = sfc(`  <div class="otp">\n    <input v-for="index in 6" :key="index" v-model="otp[index - 1]" maxlength="1">\n  </div>`);
const STANDALONE_FIELD = sfc(`  <TextField v-model="form.ssn" />\n  <InputField v-model="form.notes" />`);
const CARD_OBJECT = sfc(`  <input v-model="creditcard.number">\n  <input v-model="creditcard.note">\n  <input v-model="creditcard.data_crypt">`);
const RULE_FORM = sfc(`  <el-input v-model="ruleForm.serviceSecret" />\n  <el-input v-model="passwordRules.minLength" />`);
const PRIMEVUE_FIELDS = sfc(`  <FloatLabel>\n    <InputText id="numeroCedula" v-model="numeroCedula" />\n    <label for="numeroCedula">Cédula</label>\n  </FloatLabel>\n  <Password v-model="pin" toggleMask />`);
const FORM_ITEM_LABELS = sfc(`  <el-form-item label="IBAN"><el-input v-model="form.a" /></el-form-item>\n  <a-form-item label="Card number"><a-input v-model:value="form.b" /></a-form-item>\n  <el-form-item label="City"><el-input v-model="form.c" /></el-form-item>\n  <van-field v-model="form.d" label="CVV" />\n  <VantField v-model="form.e" name="银行卡号" label="银行卡号" />\n  <VantField v-model="form.f" name="开户行" label="开户行" />`);
// Naive UI's grid form item, Ant Design Vue 1.x's form-model item and its Form.Item imported by name label the field inside; a title stays plain.
const MORE_FORM_ITEMS = sfc(`  <n-form-item-gi :span="8" label="出生日期" path="birth"><n-input v-model:value="form.a" /></n-form-item-gi>\n  <a-form-model-item label="IBAN"><a-input v-model="form.b" /></a-form-model-item>\n  <Form.Item label="验证码"><Input v-model:value="form.c" /></Form.Item>\n  <n-form-item-gi label="Title"><n-input v-model:value="form.d" /></n-form-item-gi>`);
const VEE_FIELDS = sfc(`  <Field name="cardNumber" type="text" />\n  <Field name="ssn" as="input"></Field>\n  <Field name="cvv" v-slot="{ field }">\n    <input v-bind="field" placeholder="CVV" />\n  </Field>\n  <ErrorMessage name="cardNumber" />`);
// A component's own script reveals its password field (`document.getElementById("pw").type = "text"`).
const REVEAL_IN_SCRIPT = sfc(`  <input id="pw" v-model="password" type="password">\n  <button @click="show">Show</button>`, `<script>\nexport default { methods: { show() { document.getElementById("pw").type = "text"; } } };\n</script>\n`);
const BUEFY_REVEAL = sfc(`  <b-input type="password" v-model="pw" :password-reveal="true" />\n  <el-input type="password" v-model="pin" show-password />`);
const CHOICE_GROUPS = sfc(`  <el-radio-group v-model="form.religion" label="Religion">\n    <el-radio label="none">None</el-radio>\n  </el-radio-group>\n  <RadioGroup id="ethnic-group" v-model="survey.ethnicGroup" label="What is your ethnic group?">\n    <RadioItem value="asian" label="Asian" />\n  </RadioGroup>\n  <v-checkbox v-model="conditions.diabetes" label="Diabetes" />`);
// Element's password component swapped for a text one bound to the same value when the eye is clicked.
const EL_INPUT_TWIN = sfc(`  <el-input v-if="hidden" v-model="valueModel" type="password"><i slot="suffix" @click="hidden = false"/></el-input>\n  <el-input v-else v-model="valueModel" type="text"><i slot="suffix" @click="hidden = true"/></el-input>`);
const TS_SCRIPT = sfc(`  <textarea v-model="diagnosis" aria-label="Diagnosis"></textarea>`, `<script setup lang="ts">\nimport { ref } from "vue";\nconst diagnosis = ref<string>("");\n</script>\n`);

vueTester().run("require-masking (Vue SFC, vue-eslint-parser)", rule, {
  valid: [
    { name: "a static marker class", code: sfc(`  <div class="fs-exclude"><input v-model="card.number"></div>`), filename: "A.vue" },
    { name: ":class object with a literal true", code: sfc(`  <input v-model="card.number" :class="{ 'fs-exclude': true }">`), filename: "A.vue" },
    { name: ":class array of literals", code: sfc(`  <input v-model="card.cvc" :class="['input', 'fs-exclude']">`), filename: "A.vue" },
    { name: "v-bind:class string", code: sfc(`  <input v-model="iban" v-bind:class="'fs-exclude'">`), filename: "A.vue" },
    { name: "a static password", code: sfc(`  <input v-model="password" type="password">`), filename: "A.vue" },
    { name: "a script that reveals another field", code: sfc(`  <input id="pw" v-model="password" type="password">`, `<script>\nexport default { methods: { show() { document.getElementById("token").type = "text"; } } };\n</script>\n`), filename: "A.vue" },
    {
      name: "trap: a dialog bound to a model, a model-bound component without an input type, a harmless model-bound input",
      code: sfc(`  <el-dialog v-model="ssnDialog" title="SSN" />\n  <ssn-picker v-model="form.ssn" />\n  <FormControl v-model="form.age" type="tel" />\n  <id-tabs v-model="idTab" placeholder="" label="ID number" />`),
      filename: "A.vue",
    },
    { name: "trap: a code beside a CAPTCHA that a click handler refreshes", code: sfc(`  <div><label>验证码</label><input v-model="code"><div @click="getCaptcha" v-html="svg"></div></div>`), filename: "A.vue" },
    {
      name: "trap: a code beside the picture of a verification code (an image CAPTCHA)",
      code: sfc(`  <el-form-item prop="verificationCode"><el-input v-model="form.verificationCode" placeholder="请输入验证码"></el-input><img :src="verificationCodeSrc" @click="reGetVerificationCode"/></el-form-item>`),
      filename: "A.vue",
    },
    { name: "trap: a list of wider inputs repeated by v-for", code: sfc(`  <input v-for="tag in tags" :key="tag" v-model="tag.label" maxlength="20">`), filename: "A.vue" },
    { name: "harmless fields", code: sfc(`  <input v-model="query" type="search">\n  <input v-model="promoCode">\n  <select v-model="size"><option>M</option></select>`), filename: "A.vue" },
    { name: "a component without a template", code: `<script>\nexport default { name: "Empty" };\n</script>\n`, filename: "A.vue" },
    {
      name: "vee-validate <Field>: a harmless name, a non-native `as`, no name at all",
      code: sfc(`  <Field name="email" type="email" />\n  <Field name="iban" as="v-date-picker" />\n  <Field as="input" />`),
      filename: "A.vue",
    },
    { name: "Buefy's password reveal turned off", code: sfc(`  <b-input type="password" v-model="pw" :password-reveal="false" />`), filename: "A.vue" },
    {
      name: "trap: choice groups and boxes about other things (a card type, remember me); a group of native radios is not a second field",
      code: sfc(`  <el-radio-group v-model="form.cardType" label="Card type"><el-radio label="visa" /></el-radio-group>\n  <v-checkbox v-model="remember" label="Remember me" />\n  <RadioGroup label="Religion"><input type="radio" name="choice" value="a"></RadioGroup>`),
      filename: "A.vue",
    },
    {
      name: "trap: components of no written type, or of type text bound to another value, beside a password component",
      code: sfc(`  <el-input v-model="pw" type="password" />\n  <el-input v-model="pw" />\n  <el-input v-model="hint" type="text" />`),
      filename: "A.vue",
    },
    { name: "a CAPTCHA security code", code: sfc(`  <label>Security code from the image <input v-model="captcha" name="security_code"></label>`), filename: "A.vue" },
    {
      name: "trap: dialogs and forms named for what the visitor does with a password render their fields in a file of their own",
      code: sfc(`  <el-dialog title="修改密码">\n    <ChangePassword v-on:onCancel="visible = false" />\n  </el-dialog>\n  <reset-password :token="token" />\n  <ForgotYourPassword />`),
      filename: "A.vue",
    },
  ],
  invalid: [
    { name: "v-model names the field", code: V_MODEL, filename: "A.vue", errors: [error(V_MODEL, `<input v-model="card.number"`)] },
    { name: "a password component named for the password it holds is a field", code: NEW_PASSWORD, filename: "A.vue", errors: [error(NEW_PASSWORD, `<NewPassword`)] },
    { name: "a two-factor set-up's QR code is no CAPTCHA: the code beside it is the app's", code: QR_SETUP, filename: "A.vue", errors: [error(QR_SETUP, `<input v-model="verificationCode"`)] },
    {
      name: "choice groups of component libraries carry the question; a lone checkbox component is a field; the options inside a group are not",
      code: CHOICE_GROUPS,
      filename: "A.vue",
      errors: [error(CHOICE_GROUPS, "<el-radio-group"), error(CHOICE_GROUPS, "<RadioGroup"), error(CHOICE_GROUPS, "<v-checkbox")],
    },
    { name: ":type toggles between text and password", code: TYPE_TOGGLE, filename: "A.vue", errors: [error(TYPE_TOGGLE, `<input id="pw"`)] },
    { name: "a component of type text bound to a password component's value shows the password", code: EL_INPUT_TWIN, filename: "A.vue", errors: [error(EL_INPUT_TWIN, `<el-input v-else`)] },
    { name: "the component's script shows the password", code: REVEAL_IN_SCRIPT, filename: "A.vue", errors: [error(REVEAL_IN_SCRIPT, `<input id="pw"`)] },
    { name: ":class object with a condition", code: CONDITIONAL_OBJECT, filename: "A.vue", errors: [error(CONDITIONAL_OBJECT, "<input", "conditional")] },
    { name: ":class ternary on an ancestor", code: CONDITIONAL_TERNARY, filename: "A.vue", errors: [error(CONDITIONAL_TERNARY, "<input", "conditional")] },
    {
      name: "a bound marker attribute that may be absent",
      code: BOUND_MARKER,
      filename: "A.vue",
      settings: { "replay-privacy": { recorders: ["logrocket"] } },
      // Vue lets the binding win over a static attribute of the same name: the binding is replaced.
      errors: [{ messageId: "conditional", ...tagNameAt(BOUND_MARKER, "<input"), suggestions: [{ messageId: "addMarker", output: BOUND_MARKER.replace(`:data-private="mask || undefined"`, "data-private") }] }],
    },
    {
      name: "a static class next to :class: the marker merges into the static one",
      code: STATIC_AND_BOUND_CLASS,
      filename: "A.vue",
      errors: [{ messageId: "unmasked", ...tagNameAt(STATIC_AND_BOUND_CLASS, "<input"), suggestions: [{ messageId: "addMarker", output: STATIC_AND_BOUND_CLASS.replace(`class="input"`, `class="input fs-exclude"`) }] }],
    },
    { name: "a wrapping label's text", code: WRAPPING_LABEL, filename: "A.vue", errors: [error(WRAPPING_LABEL, "<input")] },
    { name: "v-if and v-else branches are both fields", code: V_IF, filename: "A.vue", errors: [error(V_IF, "<input v-if")] },
    {
      name: "PascalCase library components are the kebab-case ones (<ElInput> is <el-input>), label attribute included",
      code: PASCAL_CASE,
      filename: "A.vue",
      errors: [error(PASCAL_CASE, "<ElInput"), error(PASCAL_CASE, "<VTextField")],
    },
    { name: "an i18n call in the label text", code: I18N_LABEL, filename: "A.vue", errors: [error(I18N_LABEL, "<input")] },
    { name: "v-bind of an object hides nothing we can see", code: V_BIND_OBJECT, filename: "A.vue", errors: [error(V_BIND_OBJECT, "<input")] },
    {
      name: "a password input with a show-password button (Element Plus, Naive UI) can turn into visible text",
      code: REVEALABLE_PASSWORD,
      filename: "A.vue",
      errors: [error(REVEALABLE_PASSWORD, "<el-input v-model=\"form.password\""), error(REVEALABLE_PASSWORD, "<n-input")],
    },
    {
      name: "a bound :value with an @input handler (a hand-written v-model): its last key names the field",
      code: VALUE_BINDING,
      filename: "A.vue",
      errors: [error(VALUE_BINDING, "<input :value=\"form.iban_number\"")],
    },
    { name: "a component field's own name (<OtpInput>)", code: OTP_COMPONENT, filename: "A.vue", errors: [error(OTP_COMPONENT, "<OtpInput")] },
    { name: "one-character boxes repeated by v-for are a code", code: LOOPED_CODE_BOX, filename: "A.vue", errors: [error(LOOPED_CODE_BOX, "<input")] },
    { name: "an icon whose @click handler shows the password beside the field", code: REVEAL_BY_HANDLER, filename: "A.vue", errors: [error(REVEAL_BY_HANDLER, "<input")] },
    { name: "an image whose @click handler displays the password (APEX's wallet)", code: REVEAL_BY_DISPLAY, filename: "A.vue", errors: [error(REVEAL_BY_DISPLAY, "<input")] },
    { name: "an app's own component bound to a model and given an input type is an input", code: MODEL_BOUND_INPUT, filename: "A.vue", errors: [error(MODEL_BOUND_INPUT, "<FormControl")] },
    {
      name: "an app's own component bound to a model and given a placeholder is an input (a Chinese ID card number)",
      code: PLACEHOLDER_INPUT,
      filename: "A.vue",
      errors: [error(PLACEHOLDER_INPUT, `<input-group v-model="policyHolder.idNum"`)],
    },
    {
      name: "a bound path's object names the form, its key the field: a card's number, not a note about a card",
      code: CARD_OBJECT,
      filename: "A.vue",
      errors: [error(CARD_OBJECT, `<input v-model="creditcard.number"`)],
    },
    {
      name: "the form object of a bound path is no modifier (Element Plus's ruleForm); a rule's own key still is",
      code: RULE_FORM,
      filename: "A.vue",
      errors: [error(RULE_FORM, `<el-input v-model="ruleForm`)],
    },
    {
      name: "a type bound to a variable named for a password's type is a show-password toggle; other type variables say nothing",
      code: TYPE_VARIABLE,
      filename: "A.vue",
      errors: [error(TYPE_VARIABLE, "<BaseInput")],
    },
    {
      name: "PrimeVue's <InputText> and <Password toggleMask>",
      code: PRIMEVUE_FIELDS,
      filename: "A.vue",
      errors: [error(PRIMEVUE_FIELDS, "<InputText"), error(PRIMEVUE_FIELDS, "<Password")],
    },
    {
      name: "a form item's label attribute labels the field inside (Element Plus, Ant Design Vue); Vant's <van-field>, also registered as <VantField>; the bank's name (开户行) is no account",
      code: FORM_ITEM_LABELS,
      filename: "A.vue",
      errors: [error(FORM_ITEM_LABELS, `<el-input v-model="form.a"`), error(FORM_ITEM_LABELS, "<a-input"), error(FORM_ITEM_LABELS, "<van-field"), error(FORM_ITEM_LABELS, `<VantField v-model="form.e"`)],
    },
    {
      name: "more component-library form items label the field inside (n-form-item-gi, a-form-model-item, Form.Item)",
      code: MORE_FORM_ITEMS,
      filename: "A.vue",
      errors: [error(MORE_FORM_ITEMS, `<n-input v-model:value="form.a"`), error(MORE_FORM_ITEMS, "<a-input"), error(MORE_FORM_ITEMS, "<Input")],
    },
    {
      name: "a component named for its field alone (<TextField>, <InputField>); only the SSN is sensitive",
      code: STANDALONE_FIELD,
      filename: "A.vue",
      errors: [error(STANDALONE_FIELD, "<TextField")],
    },
    {
      name: "vee-validate <Field> renders an input unless it has slot content; the slot's input is the field then",
      code: VEE_FIELDS,
      filename: "A.vue",
      errors: [error(VEE_FIELDS, `<Field name="cardNumber"`), error(VEE_FIELDS, `<Field name="ssn"`), error(VEE_FIELDS, `<input v-bind="field"`)],
    },
    {
      name: "Buefy's :password-reveal and Element Plus' show-password make a password revealable",
      code: BUEFY_REVEAL,
      filename: "A.vue",
      errors: [error(BUEFY_REVEAL, "<b-input"), error(BUEFY_REVEAL, "<el-input")],
    },
    { name: "<script setup lang=\"ts\">", code: TS_SCRIPT, filename: "A.vue", errors: [error(TS_SCRIPT, "<textarea")] },
  ],
});

describe("require-masking without vue-eslint-parser", () => {
  const linter = new Linter();
  const code = sfc(`  <input v-model="card.number">`);

  it("configs.recommended alone does not match .vue files: ESLint warns, nothing is linted, nothing crashes", () => {
    const messages = linter.verify(code, [...plugin.configs.recommended], { filename: "Pay.vue" });
    expect(messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual([[null, 1, "No matching configuration found for Pay.vue."]]);
  });

  it("a .vue block without vue-eslint-parser fails in espree before any rule runs", () => {
    const messages = linter.verify(code, [...plugin.configs.recommended, { files: ["**/*.vue"], plugins, rules: { "replay-privacy/require-masking": "error" } }], {
      filename: "Pay.vue",
    });
    expect(messages.map((m) => [m.ruleId, m.fatal, m.message])).toEqual([[null, true, "Parsing error: Unexpected token <"]]);
  });

  it("with vue-eslint-parser (the documented block), the template is checked", () => {
    const messages = linter.verify(
      code,
      [...plugin.configs.recommended, { files: ["**/*.vue"], plugins, languageOptions: { parser: vueParser }, rules: { "replay-privacy/require-masking": "error" } }],
      { filename: "Pay.vue" },
    );
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.messageId}`)).toEqual(["2:4 replay-privacy/require-masking unmasked"]);
  });

  it("vue-eslint-parser on a .js file: lit templates are still found", () => {
    const lit = `import { html } from "lit";\nexport const t = html\`<input name="cvv">\`;\n`;
    const messages = linter.verify(lit, [{ files: ["**/*.js"], plugins, languageOptions: { parser: vueParser, sourceType: "module" }, rules: { "replay-privacy/require-masking": "error" } }], {
      filename: "t.js",
    });
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.messageId}`)).toEqual(["2:24 replay-privacy/require-masking unmasked"]);
  });
});
