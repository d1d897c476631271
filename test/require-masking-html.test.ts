import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { createHtmlTester } from "./helpers/rule-tester.js";
import plugin from "../src/index.js";

/**
 * `require-masking` on the plugin's HTML language: pages, server templates (template syntax is
 * dynamic, markers inside template conditionals are conditional), Angular component templates,
 * inline configuration comments, suggestions and exact locations.
 *
 * Locations: a field is reported on its tag name (`<input` -> the `input` part), 1-based columns.
 */

const rule = plugin.rules["require-masking"];
const FULLSTORY = { "replay-privacy": { recorders: ["fullstory"] } };
const LOGROCKET = { "replay-privacy": { recorders: ["logrocket"] } };

/** The location of a field whose `<tag` starts at `column` (0-based) of `line`. */
function at(line: number, column: number, tag = "input"): { line: number; column: number; endLine: number; endColumn: number } {
  return { line, column: column + 2, endLine: line, endColumn: column + 2 + tag.length };
}

/** `code` with ` class="fs-exclude"` added after the tag name of `needle`: the FullStory suggestion. */
function withFsExclude(code: string, needle: string): string {
  const tag = /^<[^\s/>]+/u.exec(needle)?.[0] ?? "";
  const index = code.indexOf(needle) + tag.length;
  return `${code.slice(0, index)} class="fs-exclude"${code.slice(index)}`;
}

/** An error for the field at `needle` with the one FullStory suggestion (a new class attribute). */
function unmaskedAt(code: string, needle: string, messageId: "unmasked" | "conditional" = "unmasked") {
  return { messageId, ...of(code, needle), suggestions: [{ messageId: "addMarker" as const, output: withFsExclude(code, needle) }] };
}

/** The location of the field whose start tag begins with `needle` (`<input name="x"`) in `code`. */
function of(code: string, needle: string): ReturnType<typeof at> {
  const index = code.indexOf(needle);
  if (index === -1 || code.indexOf(needle, index + 1) !== -1) throw new Error(`"${needle}" must occur once`);
  const before = code.slice(0, index);
  const line = before.split("\n").length;
  const tag = /^<([^\s/>]+)/u.exec(needle)?.[1] ?? "";
  return at(line, index - (before.lastIndexOf("\n") + 1), tag);
}

// A mental-health survey's questions, answered by Yes / No selects (with a prompt, and an "Unknown").
const ANSWER_SELECT = `<form>
<p>3. Do you regularly take any prescribed medication for any psychological issues?</p>
<select name="MHHELP1"><option selected disabled>Select One</option><option value="Yes">Yes</option><option value="No">No</option></select>
<p>4. In the past year, did you receive mental health counseling or therapy for personal or emotional issues?</p>
<select name="MHHELP2"><option value="Y">Y</option><option value="N">N</option><option>Unknown</option></select>
</form>`;
const ANSWER_SELECT_TRAPS = `<form>
<p>Do you have a credit card with us?</p>
<select name="q1"><option value="">Select One</option><option>Yes</option><option>No</option></select>
<p>Have you ever been diagnosed with diabetes?</p>
<select name="q3"><option>Small</option><option>Large</option></select>
<p>Is the delivery address the same as your billing address?</p>
<select name="q5"><option>Yes</option><option>No</option></select>
<p>Which of our clinics is nearest to you, and would you like a reminder before your appointment?</p>
<select name="q6">{% for clinic in clinics %}<option>{{ clinic }}</option>{% endfor %}</select>
</form>`;

// Each template language's output and conditional syntax, as written in real templates.
const REVEAL_BESIDE = `<div class="input-group">
  <input type="password" name="pwd">
  <span class="input-group-text toggle-password"><i class="fa fa-eye"></i></span>
</div>
<p><input type="password" name="pin2"><button type="button" onclick="togglePass()">Show</button></p>
<div><div class="wrap"><input type="password" name="pin"></div><button type="button"><span class="material-icons">visibility</span></button></div>`;
const REVEAL_BY_TEXT = `<p><input type="password" name="pw3"><button type="button">Show</button></p>\n<p><input type="password" name="pw4"><button type="button">Afficher</button></p>`;
const REVEAL_BY_SEE = `<div class="input-btn"><input type="password" id="password" placeholder="Create Password"><button type="button" aria-label="see passsword" class="see-password"><svg></svg></button></div>`;
// An Astro component: its script fence may hold TypeScript generics, which are no tags.
const ASTRO_COMPONENT = `---
type Props = { cards: Array<string> };
const { cards } = Astro.props;
---
<form>
  <label for="cardNumber">Card Number</label>
  <input type="text" id="cardNumber">
</form>`;
// A Stimulus controller shows the password: the field is its target, or sits in its container.
const REVEAL_BY_CONTROLLER = `<div data-controller="password-visibility"><div class="field"><input type="password" name="password"><button type="button" data-action="password-visibility#toggle"></button></div></div>
<input type="password" name="pin" data-reveal-password-target="input">`;
const CARD_WITH_DATE_EXPIRY = `<form>
  <label for="cc">Card number</label><input id="cc" name="card_number">
  <label for="exp">Expiration Date:</label><input type="date" id="exp" name="exp_date">
</form>`;
const EEO_CHECKBOXES = `<div>
  <h4>Ethnicity</h4>
  <p>Choose all that apply</p>
  <input type="checkbox" name="e1">Hispanic/Latino<br>
  <input type="checkbox" name="e2">Asian<br>
</div>`;
// A Blade component's password field and its show toggle, side by side at the partial's top level.
const PARTIAL_PASSWORD_TOGGLE = `<input type="password" {{ $attributes->merge(["class" => "form-password"]) }} />
<button type="button" class="password-toggle inline-flex"><i data-lucide="eye"></i></button>`;
// Spanish abbreviations: the social security number (\`numSS\`), the birth date (\`fechanac\`); a card form's "Tarjeta Habiente".
const SPANISH_ABBREVIATIONS = `<form><label for="n">Num Seguridad Social</label><input id="n" name="numSS">
<input type="date" name="fechanac">
<label for="c">Número de tarjeta</label><input id="c" name="tarjeta"><label for="h">Tarjeta Habiente</label><input id="h"></form>`;
// Alpine's x-bind:type (like Vue's :type) sets the type after the markup's own \`type="password"\`.
const ALPINE_TYPE_TOGGLE = `<input type="password" x-bind:type="showPassword ? 'text' : 'password'" x-model="password" name="password">`;
// The enterprise Angular suites' text boxes: DevExtreme, Kendo UI, Syncfusion.
const BANK_FORM = `<form>
  <label for="a">Account number</label><input id="a" name="account_number">
  <label for="r">Routing number</label><input id="r" name="routing_number">
  <label for="b">BIC</label><input id="b" name="bic">
  <label for="h">Account holder</label><input id="h" name="account_holder">
</form>
<form><label for="r2">Routing number</label><input id="r2" name="routing_number"></form>`;
// A form builder numbers its fields as it prints them: the label's \`for\` and the field's \`id\` are both computed.
const COMPUTED_FOR = `<fieldset><legend>Credit Card</legend>
  <div class="row"><input type="text" name="<?=$field?>[number]" id="f_<?=$count?>"><label for="f_<?=($count++)?>">Number</label></div>
  <div class="row"><input type="text" name="<?=$field?>[code]" id="f_<?=$count?>" maxlength="4"><label for="f_<?=($count++)?>">CVV Code</label></div>
</fieldset>`;
const TEXT_BOXES = `<div><dx-text-box label="IBAN"></dx-text-box><kendo-textbox placeholder="Card number"></kendo-textbox><ejs-textbox placeholder="City"></ejs-textbox></div>`;
// A wrapper that holds only a label is that label: Tailwind forms wrap theirs (\`for=""\` names no element).
const WRAPPED_LABEL = `<form><input name="card_number">
<div><div class="mb-2"><label for="" class="text-gray-700">Expired</label></div>
<div class="grid"><select name="month"><option value="" selected disabled>MM</option></select><select name="year"><option value="" selected disabled>YY</option></select></div></div></form>`;
// Portuguese code abbreviates the data de nascimento; a place of birth is no date.
const DATA_NASC = `<form><input type="text" formControlName="data_nasc" placeholder="Data de Nasc."><input type="text" name="local_nasc" placeholder="Local de Nasc."></form>`;
// A bare "EXP" in a card form is the card's expiry.
const CARD_EXP = `<form>Card Number <input name="card_number"> EXP <input type="text" maxlength=5 name="exp" placeholder="07-09"></form>`;
// Chinese sign-up forms call the SMS code 验证码, which also means CAPTCHA, and name the field so.
const SMS_CAPTCHA = `<div><input name="captcha" placeholder="验证码"><button type="button" onclick="sendSms()">获取验证码</button></div>`;
// Options side by side, each with a label for it: every option takes the question before the first
// ("Stroke" and "Fracture" name no condition on their own), whether the labels come after or before.
const OPTIONS_WITH_LABELS = `<p>Medical Conditions</p>
<input type="checkbox" id="dementia" name="med_cond" value="Dementia"><label for="dementia">Dementia</label>
<input type="checkbox" id="stroke" name="med_cond" value="Stroke"><label for="stroke">Stroke</label>
<input type="checkbox" id="fracture" name="med_cond" value="Fracture"><label for="fracture">Fracture</label>
<p>Has the patient recently been admitted into hospital?</p>
<label for="h_y">Yes: </label><input type="radio" id="h_y" name="h" value="Yes">
<label for="h_n">No: </label><input type="radio" id="h_n" name="h" value="No">`;
// A birth date typed into three inputs after one caption (a Backbone sign-up template).
const DATE_INPUTS = `<div class="row birth-date">
  <label class="tiny">Date of Birth:</label>
  <input id="year" type="text" placeholder="{{i18n.Year}}">
  <input id="month" type="text" placeholder="{{i18n.Month}}">
  <input type="text" placeholder="DD">
</div>`;
// Google Forms' classic export: the question labels point `for` a group no element stands for, and
// each option is wrapped in its own label inside a list.
const GOOGLE_FORMS_CHECKBOXES = `<div class="full-block">
  <label class="ss-q-title" for="entry_237">Ethnicity</label>
  <ul class="ss-choices">
    <li><label class="ss-choice-label"><input type="checkbox" name="entry237group" value="WHITE" id="group_237_1"> WHITE</label></li>
    <li><label class="ss-choice-label"><input type="checkbox" name="entry237group" value="ASIAN" id="group_237_2"> ASIAN</label></li>
  </ul>
</div>`;
// A form laid out as a table: column headers name the cells' fields, the question before it asks about every unnamed one.
const CONVICTIONS_TABLE = `<p>List all convictions including traffic.</p>
<div class="table-responsive"><table>
  <thead><tr><th>Year</th><th>Nature of Offense</th></tr></thead>
  <tbody><tr><td><input type="text"></td><td><input type="text"></td></tr></tbody>
</table></div>`;
const CAPTIONED_TABLE = `<table><caption>Criminal convictions in the last ten years</caption>
  <tbody><tr><th>Year</th><th>Court</th></tr>
  <tr><td><input type="text"></td><td><input type="text" name="court"></td></tr></tbody>
</table>`;
const MEDICATIONS_TABLE = `<table>
  <tr><th colspan="2">Patient</th><th>Medication</th></tr>
  <tr><td><input name="first"></td><td><input name="last"></td><td><input name="med_1"></td></tr>
</table>`;
// An insurance questionnaire numbers its questions as list items beside each question's Yes / No options.
const LIST_ITEM_QUESTION = `<div class="form-group">
<li><label class="control-label">Diabetes; thyroid; or other glandular disease or disorder?</label></li>
<div class="col-sm-8"><label class="radio-inline"><input type="radio" name="6" value="yes">Yes</label><label class="radio-inline"><input type="radio" name="6" value="no">No</label></div>
</div>
<div class="form-group">
<li><label class="control-label">Would you like to receive our newsletter?</label></li>
<div class="col-sm-8"><label class="radio-inline"><input type="radio" name="7" value="yes">Yes</label><label class="radio-inline"><input type="radio" name="7" value="no">No</label></div>
</div>`;
// An intake form laid out as a table without header cells: a row of captions over a row of fields, and a question over its one field.
const ROW_CAPTIONS_TABLE = `<table>
  <tr><td><strong>Diagnosis</strong></td><td><strong>Year</strong></td></tr>
  <tr><td><input name="in_1"></td><td><input name="in_2"></td></tr>
  <tr><td colspan="2"><strong>Any other relevant family medical history?</strong></td></tr>
  <tr><td colspan="2"><textarea name="in_his_other"></textarea></td></tr>
</table>`;
// Traps: a section's title row, a question over a row of several fields, a row above that holds fields itself.
const ROW_CAPTIONS_TRAPS = `<table>
  <tr><td colspan="2"><strong>Bank Account</strong></td></tr>
  <tr><td colspan="2"><input name="in_nickname"></td></tr>
  <tr><td colspan="2"><strong>Which medications do you take?</strong></td></tr>
  <tr><td><input name="in_first"></td><td><input name="in_last"></td></tr>
  <tr><td><input name="in_a" class="fs-exclude"> Diagnosis</td><td>Year</td></tr>
  <tr><td><input name="in_b"></td><td><input name="in_c"></td></tr>
</table>`;
const LONG_QUESTION = `<li><div class="row">
  <legend>Have you or any member of your family proposed for this insurance suffered at any time from rheumatism, diabetes, gastric or duodenal ulceration, paralysis, gout or asthma?</legend>
  <div class="col"><div><input type="radio" id="q4" name="Qsn4" value="yes"><label for="q4">Yes</label></div><div><input type="radio" id="q4a" name="Qsn4" value="no"><label for="q4a">No</label></div></div>
</div></li>`;
const REVEAL_IN_LABEL = `<label class="block">Password <i class="fas fa-eye" onclick="inputs.passwordToogle('pw')"></i></label>
<input type="password" name="pw" id="pw">`;
const HELP_BLOCK_CAPTIONS = `<div class="row">
  <div class="col-xs-3"><span class="help-block text-muted small-font"> Expiry Month</span><input type="text" placeholder="MM"></div>
  <div class="col-xs-3"><span class="help-block text-muted small-font"> Expiry Year</span><input type="text" placeholder="YY"></div>
  <div class="col-xs-3"><input type="text" name="ref"><span class="help-block">Card number</span><input type="text" name="memo"></div>
</div>`;
const AFTER_MESSAGE = `<form>
  <div class="form-group"><input type="text" name="username"></div>
  <small *ngIf="username.touched && !username.valid" class="text-danger">*Username is required</small>
  <div class="form-group"><input [type]="type" name="password"><span (click)="hideShowPass()" class="fa fa-eye"></span></div>
</form>`;
const ONE_ID_FOR_ALL = `<label for="f">Apellido</label>
<input type="text" id="f" name="c1">

<label for="f">Número de pasaporte</label>
<input type="text" id="f" name="c2">

<label for="f">Fecha de nacimiento</label>
<input type="text" id="f" name="c3">

<label for="f">Teléfono</label>
<input type="text" id="f" name="c4">

<label for="f">Dirección</label>
<input type="text" id="f" name="c5">

<label for="f">Número de tarjeta</label>
<input type="text" id="f" name="c6">`;
// A passenger form asks which identity document first: the number after it is that document's.
const DOCUMENT_CHOICE = `<form>
  <label>Document type <select name="driver_document_type"><option>Passport</option><option>ID card</option></select></label>
  <label>Document ID <input name="driver_document_id"></label>
</form>
<form>
  <label>Invoice document number <input name="invoice_ref"></label>
  <label>Document type <select name="kind"><option>Invoice</option></select></label>
</form>`;
// A birth date's parts captioned one by one: the month and year after the day are the birth date's.
const DATE_PARTS_ONE_BY_ONE = `<form>
  <div><label for="d">Ngày sinh:</label><select name="ngay" id="d"><option>1</option></select></div>
  <div><label for="m">Tháng:</label><select name="thang" id="m"><option>1</option></select></div>
  <div><label for="y">Năm:</label><select name="year" id="y"><option>1990</option></select></div>
</form>
<form>
  <div><label for="bd">Date of birth:</label><select name="bday" id="bd" class="fs-exclude"><option>1</option></select></div>
  <div><label for="g">Graduation year:</label><select name="grad_year" id="g"><option>2010</option></select></div>
</form>`;
// W3Schools' example ids pasted onto a patient form, and Bootstrap's onto a passport form.
const PASTED_IDS = `<form>
  <label for="Number">Patient Age</label><input type="number" id="pwd" name="age">
  <label for="Text">Patient Gender</label><input type="text" id="pwd" name="gender">
  <label for="Text">Disease</label><input type="text" id="pwd" name="disease">
</form>
<form>
  <div class="form-group"><label for="exampleInputEmail1">passport number</label><input type="text" name="passport_number" id="exampleInputEmail1"></div>
  <div class="form-group"><label for="exampleInputEmail1">other name</label><input type="text" name="other_name" id="exampleInputEmail1"></div>
  <div class="form-group"><label for="exampleInputEmail1">date of birth</label><input type="date" name="dob" id="exampleInputEmail1"></div>
</form>`;
const ONE_FIELD_TWO_BRANCHES = `{% if compact %}<input id="ssn" name="q7">{% else %}<input id="ssn" name="q7" size="40">{% endif %}`;
const REVEAL_SCRIPT = `<input type="password" id="password" name="password">
<button type="button" onclick="toggle('password')">Show</button>
<input type="password" id="pw2"><input type="password" id="confirm">
<script>
function toggle(id) { var f = document.getElementById(id); f.type = f.type === "password" ? "text" : "password"; }
$("#pw2").attr("type", "text");
</script>`;

const JSP_RADIO = `<div class="form-check"><input class="form-check-input" <c:if test="\${dto.criminalRecordsItem1=='1'}">checked="checked"</c:if> type="radio" name="criminalRecordsItem1" value="1"></div>`;
/** Bootstrap 3's eye glyph in the button beside the field; a jQuery script that selects the field by class. */
const REVEAL_BY_CLASS = `<div class="input-group"><input type="password" class="form-control pwd" name="p1"><span class="input-group-btn"><button class="btn btn-default reveal" type="button"><i class="glyphicon glyphicon-eye-open"></i></button></span></div>
<p><input type="password" class="form-control secret-field"></p>
<script>
$(".reveal").on("click", function () {
  var $pwd = $(".secret-field");
  if ($pwd.attr("type") === "password") { $pwd.attr("type", "text"); } else { $pwd.attr("type", "password"); }
});
</script>`;

const DATE_COLUMNS = `<div class="row"><label>DOB:</label>
<div class="col"><div class="select"><select name="day"><option value="">Day</option></select></div></div>
<div class="col"><div class="select"><select name="month"><option value="">Month</option></select></div></div>
<div class="col"><div class="select"><select name="year"><option value="">Year</option></select></div></div></div>`;
const DATE_PARTS = `<form><input name="cardNumber" class="fs-exclude">
<div><label>Expiration date</label><select name="exp_mm"></select> / <select name="exp_yy"></select></div>
<div><label>Date of birth</label><select name="day"></select><select name="month"></select><select name="year"></select></div>
<div><label for="cardExpiry">Expiry Date</label><select><option value="">--Month--</option></select><select><option value="">--Year--</option></select></div></form>`;

const HEADINGS_AND_PICKERS = `<div><h6>Mnemonic</h6><textarea rows="3"></textarea></div>
<ion-item><ion-label>DOB</ion-label><ion-datetime name="dob"></ion-datetime></ion-item>
<el-date-picker v-model="form.birthday" type="date"></el-date-picker>
<input name="cnp" placeholder="CNP">
<label for="b">Your Birthday</label><DatePicker type="date" id="b"></DatePicker>
<date-picker v-model="form.dob"></date-picker>
<date-picker v-model="form.deliveryDate"></date-picker>`;

const KNOCKOUT = `<input data-bind="attr: {autocomplete: off, id: getCode() + '_cc_owner', 'data-container': getCode() + '-cc-owner'}, enable: isActive($parents), value: creditCardNumber, valueUpdate: 'keyup'" type="text">`;
// A Spanish card form: the expiry's month and year inputs with a separator between (WooCommerce gateways).
const EXPIRY_WITH_SEPARATOR = `<form><input name="numero_tarjeta">
<div><label>Fecha de vencimiento</label><input name="mes" placeholder="MM"><span> / </span><input name="anio" placeholder="AA"></div>
<div><label>Fecha de entrega</label><input name="dia" placeholder="DD"><span> / </span><input name="hora"></div></form>`;
const CODE_BOXES = `<div class="inputs">${[0, 1, 2, 3, 4].map((n) => `<span class="cell"><input id="d${n}" type="text" maxlength="1"></span>`).join("")}</div>
<div *ngFor="let item of boxes; let i = index"><ion-input [formControlName]="i" maxlength="1"></ion-input></div>`;

const SYNTAXES = [
  { name: "Handlebars", output: "{{kind}}", open: "{{#if mask}}", close: "{{/if}}" },
  { name: "Mustache section", output: "{{{kind}}}", open: "{{#mask}}", close: "{{/mask}}" },
  { name: "Mustache inverted section", output: "{{& kind}}", open: "{{^debug}}", close: "{{/debug}}" },
  { name: "Django/Jinja/Nunjucks/Twig", output: "{{ kind }}", open: "{% if mask %}", close: "{% endif %}" },
  { name: "Liquid unless", output: "{{ kind | escape }}", open: "{% unless settings.debug %}", close: "{% endunless %}" },
  { name: "Jinja whitespace control", output: "{{- kind -}}", open: "{%- if mask -%}", close: "{%- endif -%}" },
  { name: "EJS", output: "<%= kind %>", open: "<% if (mask) { %>", close: "<% } %>" },
  { name: "ERB", output: "<%= @kind %>", open: "<% if mask %>", close: "<% end %>" },
  { name: "PHP alternative syntax", output: "<?php echo $kind; ?>", open: "<?php if ($mask): ?>", close: "<?php endif; ?>" },
  { name: "PHP braces", output: "<?= $kind ?>", open: "<?php if ($mask) { ?>", close: "<?php } ?>" },
  { name: "JSP with JSTL tags", output: `<c:out value="\${kind}"/>`, open: `<c:if test="\${mask}">`, close: "</c:if>" },
] as const;

const CONVICTION_FOLLOW_UP = `<div><p>Have you ever been convicted of a crime?</p><label><input type="radio" name="c" value="yes"> Yes</label><label><input type="radio" name="c" value="no"> No</label><label>If yes, please explain <input name="details"></label></div>`;
// An eye clinic's intake form (Angular): body systems under one question, two to a row.
const SYSTEMS_QUESTION = `<h6>Personal Medical Information: Do you have problems with any of these systems? If Yes, please check box.</h6>
<div class="row">
  <label class="col-md-3"><input name="gi_problem" type="checkbox"> Gastrointestinal</label>
</div>
<div class="row">
  <label class="col-md-3"><input name="skin_problem" type="checkbox"> Skin</label>
</div>
<h6>Server status: please check box to restart</h6>
<div class="row"><label><input name="restart" type="checkbox"> Restart now</label></div>`;

createHtmlTester(FULLSTORY).run("require-masking (HTML language, template syntax)", rule, {
  valid: [
    // Knockout's other bindings say nothing of the field: only its value binding names it (a nickname here).
    `<input data-bind="attr: {'data-validate': JSON.stringify({'validate-card-number': '#' + getCode() + '_cc_type'})}, value: couponCode" type="text">`,
    `<input data-bind="attr: {id: getCode() + '_cc_number'}, enable: isActive($parents)" name="nickname" type="text">`,
    {
      name: "trap: a div caption without a colon names no text field; a date field's names only what it says",
      code: `<div class="row"><div class="col">Card number</div><div class="col"><input type="text" class="x"></div></div>\n<div class="row"><div class="col">Delivery</div><div class="col"><input type="date" class="x"></div></div>`,
    },
    {
      name: "trap: a label with a computed for after a field of a static id names another field",
      filename: "form.php",
      code: `<div><input type="text" name="nick" id="nick"><label for="f_<?=$i?>">CVV Code</label></div>`,
    },
    {
      name: "trap: a Blade input folder's label, error and checkbox parts are no text fields",
      code: `<x-input.label for="iban">IBAN</x-input.label>\n<x-input.error for="iban" />\n<x-inputs.checkbox name="ssn_on_file" />\n<x-input.text name="nickname" />`,
    },
    {
      name: "trap: an ion-label between two fields is the next field's, not the one before it",
      code: `<ion-item><ion-input name="nick"></ion-input><ion-label>Card number</ion-label><ion-input name="cc" class="fs-exclude"></ion-input></ion-item>`,
    },
    {
      name: "trap: a question above another kind of field is that field's, not the radio's after it; a harmless question",
      code: `<h5>Have you ever been convicted of a felony?</h5>\n<input type="text" name="city">\n<label><input type="radio" name="q3" value="yes"> Yes</label>\n<p>Do you agree to the terms?</p>\n<label><input type="radio" name="agree" value="yes"> Yes</label>`,
    },
    {
      name: "trap: Angular's bare ngModel names no value, so text inputs beside a password input are no twins of it",
      code: `<form><input type="text" name="fname" ngModel required><input type="password" name="password" ngModel></form>`,
    },
    {
      name: "trap: only a date's parts share its caption: a field after them, and an email field after a date input",
      code: `<div><label>Date of Birth:</label><input id="year" type="text" class="fs-exclude"><input id="nickname" type="text"></div>\n<div><label>Birth year:</label><input name="birth_year" class="fs-exclude"><input name="yr" type="email"></div>`,
    },
    {
      name: "trap: a label for another kind of field between the question and an option stops the question",
      code: `<p>Medical Conditions</p>\n<label for="notes">Notes</label><input type="text" id="notes" name="notes">\n<input type="checkbox" id="stroke" name="s" value="Stroke"><label for="stroke">Stroke</label>`,
    },
    {
      name: "trap: options side by side under a harmless question (a drawing tool's fill and stroke)",
      code: `<p>Drawing tools</p>\n<input type="checkbox" id="a" name="t"><label for="a">Fill</label>\n<input type="checkbox" id="b" name="t"><label for="b">Stroke</label>`,
    },
    { name: "trap: a maiden name is a former surname, not the security question", code: `<label for="m">Maiden Name</label><input id="m" name="maidenName">` },
    { name: "trap: a prompt option about something else; a first option that can be chosen is no prompt", code: `<select name="s"><option value="">Choose a size</option></select><select name="t"><option value="a">Blood type</option></select>` },
    { name: "trap: a place of birth is not a date of birth", code: `<input name="lugar_nacimiento">` },
    { name: "trap: Stripe.js v2's billing postal code is no card data", code: `<input type="text" data-stripe="address_zip">` },
    {
      name: "trap: a label 'for' a field in another table cell is that field's, even with a field below it",
      code: `<table><tr><td><label for="dob">Date of birth</label></td><td><input id="dob" class="fs-exclude"></td></tr><tr><td>Nickname</td><td><input id="nick" name="nickname"></td></tr></table>`,
    },
    {
      name: "trap: a wrapper with a label and other text is no label of the field after it",
      code: `<div class="row"><div class="col"><label>Name on the card</label><span class="hint">as printed</span></div><input type="text" name="nickname"></div>`,
    },
    { name: "trap: Openpay's device-session field is no card data", code: `<input type="text" name="device" data-openpay-card="device_session_id">` },
    { name: "trap: a float-label that names nothing sensitive", code: `<q-input float-label="Codice sconto" type="text"></q-input>` },
    { name: "trap: a div without a colon is a block of the page, not a caption", code: `<div><div>Card number</div><input name="nickname"></div>` },
    { name: "PrimeNG's p-password without [toggleMask] is a plain password input", code: `<p-password formControlName="senha" [feedback]="true" promptLabel="Crie sua senha"></p-password>` },
    { name: "trap: a verification code beside a CAPTCHA picture is the picture's text", code: `<div class="row"><label>Verification code</label><input name="vc"><img src="/captcha.php" alt="CAPTCHA"></div>` },
    {
      name: "trap: a CAPTCHA among the form's other fields: named for it, or followed by the picture of the code",
      code: `<form>用户名：<input type="text" name="username"><br>验证码：<input type="text" name="jcaptchaCode"><img src="/jcaptcha"><br>\n<input type="text" placeholder="验证码" name="inputCode"> <img src="/code" style="width: 130px"></form>`,
    },
    {
      name: "trap: a page that reuses an id gives each label to the element with that id next to it",
      code: `<p><input type="radio" id="yes" name="disability" class="fs-exclude"><label for="yes">Yes, I have a disability</label></p>\n<p><input type="radio" id="yes" name="veteran"><label for="yes">Yes, I am a veteran</label></p>`,
    },
    {
      name: "trap: a date select in the next row does not take the caption of the date before it",
      code: `<form><div class="row"><label>DOB:</label><div class="col"><select name="year" class="fs-exclude"></select></div></div>\n<div class="row"><div class="col"><select name="month"><option value="">Month</option></select></div></div></form>`,
    },
    { name: "trap: a submit button or a Show-more button after a password field is no reveal", code: `<p><input type="password" name="p9"><button type="submit">Sign in</button></p>\n<p><input type="password" name="p10"><button type="button">Show more</button></p>` },
    { name: "trap: an el-input without show-password is a text field; inputName only names a field that has none", code: `<el-input v-model="form.search" clearable></el-input>\n<app-text-input name="nickname" inputName="ssn"></app-text-input>` },
    { name: "trap: a checkbox's caption after it says nothing sensitive; its value is a plain yes", code: `<div><input type="checkbox" name="news" value="yes"> <span>Send me news</span></div>` },
    {
      name: "trap: unlabelled checkboxes under an instruction and a harmless heading",
      code: `<div><h4>Newsletters</h4><p>Select all that apply</p><input type="checkbox" name="n1">Weekly deals<br><input type="checkbox" name="n2">Asian recipes<br></div>`,
    },
    {
      name: "trap: a page laid out as a table under a card heading: named fields say what they hold; a table without header cells names no column",
      code: `<h3>Credit card information</h3><table><tr><td>Email</td><td><input name="email"></td></tr><tr><td><input type="text"></td></tr></table>\n<table><tr><td>Allergies</td></tr><tr><td><input name="notes"></td></tr></table>`,
    },
    {
      name: "trap: a long question that asks nothing sensitive",
      code: `<li><legend>Would you like us to keep your delivery preferences, saved addresses and the order history of this account for the next purchases you make in our shop?</legend><div><input type="radio" id="k1" name="q9" value="yes"><label for="k1">Yes</label></div></li>`,
    },
    {
      name: "trap: a question longer than a question gets is no caption",
      code: `<li><legend>${"Please read these terms before you answer. ".repeat(5)}Have you suffered from diabetes?</legend><div><input type="radio" id="k2" name="q10" value="yes"><label for="k2">Yes</label></div></li>`,
    },
    {
      name: "trap: a forgot-password link, a key icon or an icon before the field is no reveal control",
      code: `<p><input type="password" name="p3"> <a href="/forgot" class="forgot-password">Forgot password?</a></p>\n<p><input type="password" name="p4"><i class="fa fa-key"></i></p>\n<p><i class="fa fa-eye"></i><input type="password" name="p5"></p>\n<p><input type="password" name="p6"><button class="show-passengers">Passengers</button></p>\n<p><input type="password" name="p7"><button class="see-passengers">Passengers</button></p>`,
    },
    {
      name: "trap: a page script that reveals a field of another class; an eye glyph before the field",
      code: `<input type="password" class="form-control pin">\n<p><i class="glyphicon glyphicon-eye-open"></i><input type="password" name="p7"></p>\n<script>$(".other").attr("type", "text");</script>`,
    },
    {
      name: "trap: a page script that reveals another field, or that names the field but never reveals",
      code: `<input type="password" id="pin"><input type="password" id="secret">\n<script>document.getElementById("other").type = "text"; document.getElementById("secret").focus();</script>`,
    },
    {
      name: "trap: a select that is no part of a date does not take the caption of the date before it",
      code: `<div><label>Date of birth</label><select name="birth_day" class="fs-exclude"></select><select name="gender"></select></div>\n<div><label>Country</label><select name="country"></select><select name="month"></select></div>`,
    },
    {
      name: "trap: a heading does not caption a field with a name of its own; a date picker for an appointment; Material's calendar pop-up",
      code: `<h3>Choose a new password</h3>\n<form><p><input name="username" type="text"></p></form>\n<ion-datetime name="appointment"></ion-datetime>\n<mat-form-field><mat-label>Start date</mat-label><input matInput [matDatepicker]="p"><mat-datepicker #p></mat-datepicker></mat-form-field>`,
    },
    {
      name: "trap: one-character inputs that are no code (a middle initial, a grid of ten)",
      code: `<p><input maxlength="1" name="initial"><input name="last_name"></p>\n<div class="grid">${'<input maxlength="1">'.repeat(10)}</div>`,
    },
    {
      name: "trap: an external script is not read",
      code: `<input type="password" id="pin">\n<script src="reveal.js">document.getElementById("pin").type = "text";</script>`,
    },
    // Every template syntax in `type` is dynamic, but a static `type="password"` is masked by every recorder.
    ...SYNTAXES.map(({ name, output }) => ({
      name: `${name}: a literal marker next to template output in class`,
      code: `<input name="card_number" class="form-control ${output} fs-exclude">`,
    })),
    { name: "JSP: a JSTL conditional around a masked field, and a JSTL value in another attribute", code: `<c:if test="\${pay}"><input name="cvv" class="fs-exclude" value="<c:out value='\${v}'/>"></c:if>` },
    { name: "attributes between two partials are not conditional", code: `<input {{> common-attrs}} name="cvv" class="fs-exclude" {{> more-attrs}}>` },
    { name: "attributes between two PHP echo blocks are not conditional", code: `<input <?php echo $attrs; ?> name="cvv" data-private <?php echo $more; ?>>`, settings: LOGROCKET },
    { name: "a marker after a closed conditional is present", code: `<input name="cvv" class="{{#if big}}input-lg{{/if}} fs-exclude">` },
    { name: "a marker after an EJS if/else is present", code: `<input name="cvv" class="<% if (a) { %>x<% } else { %>y<% } %> fs-exclude">` },
    { name: "a marker after an ERB do block is present", code: `<input name="cvv" class="<% tags.each do |t| %><%= t %> <% end %> fs-exclude">` },
    { name: "a presence marker whose value is a closed template choice", code: `<input name="cvv" data-sentry-mask="{{ 'true' if masked else 'false' }}">`, settings: { "replay-privacy": { recorders: ["sentry"] } } },
    { name: "static password", code: `<input type="password" name="password">` },
    { name: "trap: a label before a password that holds only an icon of a lock, no toggle", code: `<label>Password <i class="fa fa-lock"></i></label>\n<input type="password" name="password">` },
    { name: "trap: a product's expiry date on a full-date input, with no card in the form", code: `<form><label for="e">Expiration Date:</label><input type="date" id="e" name="exp_date"></form>` },
    { name: "Yandex Metrica's ym-disable-keys keeps typed values out of its Session Replay", code: `<input name="card_number" class="form-control ym-disable-keys">`, settings: { "replay-privacy": { recorders: ["yandexmetrica"] } } },
    {
      name: "trap: a Stimulus controller that does not show passwords, and a field that is no controller's target",
      code: `<div data-controller="form-validation"><input type="password" name="password" data-form-validation-target="input"></div>`,
    },
    { name: "masked ancestor", code: `<form class="fs-exclude"><label>Card number <input name="cc"></label></form>` },
    { name: "harmless fields", code: `<form><input type="search" name="q"><input name="coupon_code"><input type="email" name="email"></form>` },
    { name: "a CAPTCHA security code", code: `<form><img src="/captcha.png" alt=""><label for="c">Security code</label><input id="c" name="security_code"></form>` },
    // RuleTester registers the rule as `rule-to-test/require-masking`: directives with the real
    // name are tested with the Linter below.
    { name: "eslint-disable-next-line in an HTML comment", code: `<form>\n<!-- eslint-disable-next-line -- test card in the admin tool -->\n<input name="card_number">\n</form>` },
    { name: "eslint-disable block", code: `<!-- eslint-disable -->\n<input name="cvv">\n<!-- eslint-enable -->` },
    { name: "ignoreNames", code: `<input name="test_card_number">`, options: [{ ignoreNames: ["test_card_number"] }] },
    { name: "a strict-only category under default options", code: `<input name="street_address" autocomplete="street-address">` },
    { name: "a component field whose name says nothing sensitive", code: `<el-input v-model="city"></el-input>\n<search-input name="q"></search-input>` },
    { name: "Ember's <Input> with a static @type password", code: `<Input @type="password" @value={{this.password}} />` },
    { name: "@arguments of components that are not fields name nothing", code: `<ProfileCard @autocomplete="cc-number" />` },
    { name: "an i18n tag's harmless key", code: `<label for="n"><spring:message code="form.city"/></label>\n<input type="text" id="n"/>` },
    { name: "a Glimmer field bound to a harmless value", code: `<TextField @value={{this.username}} />\n<Form::Input @value={{this.city}} />` },
    { name: "printed values that name harmless fields", code: `<input type="text" value="{{ old('city') }}">\n<input type="radio" name="plan" value="{{ plan.id }}">\n<input value="<%= @order.reference %>">` },
    { name: "a Blade component nested with a dot that is not a field", code: `<x-forms.section title="Card number"></x-forms.section>\n<x-form.label for="code">Verification code</x-form.label>` },
    { name: "Angular [attr.data-private]=\"true\" on an ancestor", code: `<mat-form-field [attr.data-private]="true"><mat-label>CVC</mat-label><input matInput formControlName="cvc"></mat-form-field>`, settings: LOGROCKET },
    { name: "Angular [class.fs-exclude]=\"true\"", code: `<input matInput formControlName="cardNumber" [class.fs-exclude]="true">` },
    { name: "Angular [ngClass] object with true", code: `<input formControlName="iban" [ngClass]="{ 'fs-exclude': true, invalid: bad }">` },
    { name: "a class printed by template code without a condition", code: `<input name="cvc" class="<?= 'fs-exclude' ?>">` },
    { name: "duplicate class: the browser keeps the first", code: `<input name="cvv" class="fs-exclude" class="form-control">` },
    { name: "a bound attribute other than the type leaves a static password a password", code: `<input type="password" :placeholder="hint" x-bind:class="cls" name="password">` },
    { name: "a wrapped label for another element is that element's", code: `<form><input name="card_number" class="fs-exclude"><div><div><label for="promo">Expired</label></div><div><select name="month"><option>MM</option></select></div></div><input id="promo" name="promo"></form>` },
    { name: "a bare EXP outside a card form is no expiry (a game's experience points)", code: `<form><label for="x">EXP</label><input id="x" name="exp" type="number"><label for="l">Level</label><input id="l" name="level"></form>` },
    { name: "a password at a partial's top level beside the form's submit button", code: `<input type="password" name="password">\n<button type="submit" class="btn">Log in</button>` },
    { name: "the social security regime is no number; Tarjeta Habiente outside a card form", code: `<form><label for="r">Régimen de la Seguridad Social</label><select id="r" name="regimen"><option>General</option></select><label for="h">Tarjeta Habiente</label><input id="h"></form>` },
    {
      name: "a field named captcha beside a picture and the form's Send button is a CAPTCHA",
      code: `<div><input name="captcha" placeholder="验证码"><img src="/captcha.jpg"><button>Send</button></div>`,
    },
    {
      name: "a label for another field on the page is not the question of the options after it",
      code: `<div><label for="race-notes">Race</label><textarea id="race-notes" data-private></textarea>\n<ul><li><label><input type="checkbox" name="newsletter"> Subscribe</label></li></ul></div>`,
    },
    {
      name: "a Yes / No select answers only a health, special-category or criminal question; a select of other options takes no question",
      code: ANSWER_SELECT_TRAPS,
    },
    { name: "trap: a component given a name and a button's type is no field", code: `<submit-action type="submit" name="card_number"></submit-action>` },
    { name: "trap: a title row, a question over several fields, a row above that holds a field: no captions from the row above", code: ROW_CAPTIONS_TRAPS },
    {
      name: "trap: birthday wishes, a birthday card's message, gifts and perks in Chinese, Japanese and Korean are no birth date",
      code: `<form><label for="a">生日祝福</label><input id="a" name="a">\n<label for="b">生日贺卡留言</label><textarea id="b" name="b"></textarea>\n<label for="c">誕生日メッセージ</label><input id="c" name="c">\n<label for="d">생일 축하 메시지</label><input id="d" name="d">\n<label for="e">会员生日礼包</label><input id="e" name="e">\n<input name="f" placeholder="某某某，生日快乐！"></form>`,
    },
    { name: "uppercase names", code: `<DIV CLASS="fs-exclude"><INPUT NAME="CardNumber"></DIV>` },
    { name: "a page with CRLF and a BOM", code: `\uFEFF<!doctype html>\r\n<html><body>\r\n<div class="fs-exclude">\r\n<input name="cvv">\r\n</div>\r\n</body></html>\r\n` },
  ],
  invalid: [
    {
      name: "a label after its field, both numbered by the template, captions it when nothing nearer does: the fieldset's legend says more than a bare Number",
      filename: "form.php",
      code: COMPUTED_FOR,
      errors: [unmaskedAt(COMPUTED_FOR, `<input type="text" name="<?=$field?>[number]"`), unmaskedAt(COMPUTED_FOR, `<input type="text" name="<?=$field?>[code]"`)],
    },
    {
      name: "Angular Material choice components: the radio group holds the answer (not each button), a checkbox its own",
      code: `<mat-radio-group formControlName="religion" aria-label="Religion">\n  <mat-radio-button value="none">None</mat-radio-button>\n</mat-radio-group>\n<mat-checkbox formControlName="hasDisability">I have a disability</mat-checkbox>`,
      errors: [
        { messageId: "unmasked", line: 1, column: 2, endLine: 1, endColumn: 17, suggestions: [{ messageId: "addMarker", output: `<mat-radio-group class="fs-exclude" formControlName="religion" aria-label="Religion">\n  <mat-radio-button value="none">None</mat-radio-button>\n</mat-radio-group>\n<mat-checkbox formControlName="hasDisability">I have a disability</mat-checkbox>` }] },
        { messageId: "unmasked", line: 4, column: 2, endLine: 4, endColumn: 14, suggestions: [{ messageId: "addMarker", output: `<mat-radio-group formControlName="religion" aria-label="Religion">\n  <mat-radio-button value="none">None</mat-radio-button>\n</mat-radio-group>\n<mat-checkbox class="fs-exclude" formControlName="hasDisability">I have a disability</mat-checkbox>` }] },
      ],
    },
    {
      name: "unlabelled checkboxes captioned by the text after them: the question is the heading above the instruction",
      code: EEO_CHECKBOXES,
      errors: [unmaskedAt(EEO_CHECKBOXES, `<input type="checkbox" name="e1">`), unmaskedAt(EEO_CHECKBOXES, `<input type="checkbox" name="e2">`)],
    },
    {
      name: "a question that ends in how to answer ('please check box') still asks it; its 'check' is no health check",
      code: SYSTEMS_QUESTION,
      errors: [unmaskedAt(SYSTEMS_QUESTION, `<input name="gi_problem"`), unmaskedAt(SYSTEMS_QUESTION, `<input name="skin_problem"`)],
    },
    {
      name: "a Yes / No select answers the question before it, a sentence too long for a caption",
      code: ANSWER_SELECT,
      errors: [unmaskedAt(ANSWER_SELECT, `<select name="MHHELP1"`), unmaskedAt(ANSWER_SELECT, `<select name="MHHELP2"`)],
    },
    {
      name: "a bare answer before its checkbox (Y / N) is the option's caption: the question is before it",
      code: `<div><p>Diabetes?</p><p>Y</p><input type="checkbox" name="d1"> / N <input type="checkbox" name="d2"></div>`,
      errors: [unmaskedAt(`<div><p>Diabetes?</p><p>Y</p><input type="checkbox" name="d1"> / N <input type="checkbox" name="d2"></div>`, `<input type="checkbox" name="d1"`), unmaskedAt(`<div><p>Diabetes?</p><p>Y</p><input type="checkbox" name="d1"> / N <input type="checkbox" name="d2"></div>`, `<input type="checkbox" name="d2"`)],
    },
    {
      name: "a follow-up field ('If yes, please explain') after a yes/no question holds the question's data",
      code: CONVICTION_FOLLOW_UP,
      errors: [
        unmaskedAt(CONVICTION_FOLLOW_UP, `<input type="radio" name="c" value="yes"`),
        unmaskedAt(CONVICTION_FOLLOW_UP, `<input type="radio" name="c" value="no"`),
        unmaskedAt(CONVICTION_FOLLOW_UP, `<input name="details"`),
      ],
    },
    {
      name: "a bound type replaces the markup's own: Alpine's x-bind:type toggles the password",
      code: ALPINE_TYPE_TOGGLE,
      errors: [unmaskedAt(ALPINE_TYPE_TOGGLE, "<input")],
    },
    {
      name: "DevExtreme's dx-text-box and Kendo UI's kendo-textbox are fields; a city is not sensitive",
      code: TEXT_BOXES,
      errors: [unmaskedAt(TEXT_BOXES, "<dx-text-box"), unmaskedAt(TEXT_BOXES, "<kendo-textbox")],
    },
    {
      name: "a routing number beside an account number completes the bank details; the BIC, the holder's name and a routing number alone do not count",
      code: BANK_FORM,
      errors: [unmaskedAt(BANK_FORM, `<input id="a"`), unmaskedAt(BANK_FORM, `<input id="r"`)],
    },
    {
      name: "a wrapper that holds only a label is that label (card expiry selects under 'Expired')",
      code: WRAPPED_LABEL,
      errors: [unmaskedAt(WRAPPED_LABEL, `<input name="card_number"`), unmaskedAt(WRAPPED_LABEL, `<select name="month"`), unmaskedAt(WRAPPED_LABEL, `<select name="year"`)],
    },
    {
      name: "data_nasc is a birth date; local_nasc a place",
      code: DATA_NASC,
      errors: [unmaskedAt(DATA_NASC, `<input type="text" formControlName`)],
    },
    {
      name: "a bare EXP in a card form is the expiry",
      code: CARD_EXP,
      errors: [unmaskedAt(CARD_EXP, `<input name="card_number"`), unmaskedAt(CARD_EXP, `<input type="text" maxlength=5`)],
    },
    {
      name: "a show-password toggle beside a password field at a partial's top level",
      code: PARTIAL_PASSWORD_TOGGLE,
      errors: [unmaskedAt(PARTIAL_PASSWORD_TOGGLE, `<input type="password"`)],
    },
    {
      name: "Spanish abbreviations: Num Seguridad Social (numSS), fechanac, Tarjeta Habiente in a card form",
      code: SPANISH_ABBREVIATIONS,
      errors: [unmaskedAt(SPANISH_ABBREVIATIONS, `<input id="n"`), unmaskedAt(SPANISH_ABBREVIATIONS, `<input type="date"`), unmaskedAt(SPANISH_ABBREVIATIONS, `<input id="c"`), unmaskedAt(SPANISH_ABBREVIATIONS, `<input id="h"`)],
    },
    {
      name: "a field its code calls a captcha, beside a button that sends the code (获取验证码): a one-time code",
      code: SMS_CAPTCHA,
      errors: [unmaskedAt(SMS_CAPTCHA, `<input name="captcha"`)],
    },
    {
      name: "options side by side with labels for them, after or before: each option takes the question",
      code: OPTIONS_WITH_LABELS,
      errors: [
        unmaskedAt(OPTIONS_WITH_LABELS, `<input type="checkbox" id="dementia"`),
        unmaskedAt(OPTIONS_WITH_LABELS, `<input type="checkbox" id="stroke"`),
        unmaskedAt(OPTIONS_WITH_LABELS, `<input type="checkbox" id="fracture"`),
        unmaskedAt(OPTIONS_WITH_LABELS, `<input type="radio" id="h_y"`),
        unmaskedAt(OPTIONS_WITH_LABELS, `<input type="radio" id="h_n"`),
      ],
    },
    {
      name: "Google Forms checkboxes, each in its own label in a list: the question is the label for the group, which no element stands for",
      code: GOOGLE_FORMS_CHECKBOXES,
      errors: [unmaskedAt(GOOGLE_FORMS_CHECKBOXES, `<input type="checkbox" name="entry237group" value="WHITE"`), unmaskedAt(GOOGLE_FORMS_CHECKBOXES, `<input type="checkbox" name="entry237group" value="ASIAN"`)],
    },
    {
      name: "a conviction list laid out as a table: every unnamed cell answers the question before the table",
      code: CONVICTIONS_TABLE,
      errors: [unmaskedAt(CONVICTIONS_TABLE, `<input type="text"></td><td>`), unmaskedAt(CONVICTIONS_TABLE, `<input type="text"></td></tr>`)],
    },
    {
      name: "a table's caption asks about its unnamed fields, past the caption to the header row in an explicit tbody; a named field is read by its own name and column",
      code: CAPTIONED_TABLE,
      errors: [unmaskedAt(CAPTIONED_TABLE, `<input type="text"></td>`)],
    },
    {
      name: "a column header names the field in its column, counting column spans",
      code: MEDICATIONS_TABLE,
      errors: [unmaskedAt(MEDICATIONS_TABLE, `<input name="med_1"`)],
    },
    {
      name: "a list item before a group's Yes / No options asks its question; only a health question counts",
      code: LIST_ITEM_QUESTION,
      errors: [unmaskedAt(LIST_ITEM_QUESTION, `<input type="radio" name="6" value="yes"`), unmaskedAt(LIST_ITEM_QUESTION, `<input type="radio" name="6" value="no"`)],
    },
    {
      name: "a table without header cells: the caption row above names each column's field, a question row its one field",
      code: ROW_CAPTIONS_TABLE,
      errors: [unmaskedAt(ROW_CAPTIONS_TABLE, `<input name="in_1"`), unmaskedAt(ROW_CAPTIONS_TABLE, "<textarea")],
    },
    {
      name: "an insurance questionnaire's long question lists the conditions it asks about",
      code: LONG_QUESTION,
      errors: [unmaskedAt(LONG_QUESTION, `<input type="radio" id="q4"`), unmaskedAt(LONG_QUESTION, `<input type="radio" id="q4a"`)],
    },
    {
      name: "a heading above a group of checkboxes asks their question; the group's own options are passed over",
      code: `<form>\n<h5>Race and Ethnicity (select up to two)</h5>\n<div class="boxes">\n  <label><input type="checkbox" name="race[]" value="white"> White</label>\n  <label><input type="checkbox" name="race[]" value="asian"> Asian</label>\n</div>\n</form>`,
      errors: [
        { messageId: "unmasked", line: 4, column: 11, endLine: 4, endColumn: 16, suggestions: [{ messageId: "addMarker", output: `<form>\n<h5>Race and Ethnicity (select up to two)</h5>\n<div class="boxes">\n  <label><input type="checkbox" name="race[]" value="white"> White</label>\n  <label><input type="checkbox" name="race[]" value="asian"> Asian</label>\n</div>\n</form>`.replace('<input type="checkbox" name="race[]" value="white">', '<input class="fs-exclude" type="checkbox" name="race[]" value="white">') }] },
        { messageId: "unmasked", line: 5, column: 11, endLine: 5, endColumn: 16, suggestions: [{ messageId: "addMarker", output: `<form>\n<h5>Race and Ethnicity (select up to two)</h5>\n<div class="boxes">\n  <label><input type="checkbox" name="race[]" value="white"> White</label>\n  <label><input type="checkbox" name="race[]" value="asian"> Asian</label>\n</div>\n</form>`.replace('<input type="checkbox" name="race[]" value="asian">', '<input class="fs-exclude" type="checkbox" name="race[]" value="asian">') }] },
      ],
    },
    {
      name: "a checkbox is captioned by the text after it in its own wrapper, and named by its value",
      code: `<form><div class="row"><input type="checkbox" v-model="q1"><p>DO YOU HAVE DIABETES?</p></div>\n<input type="checkbox" name="conditions[]" value="asthma"></form>`,
      errors: [
        { messageId: "unmasked", line: 1, column: 25, endLine: 1, endColumn: 30, suggestions: [{ messageId: "addMarker", output: `<form><div class="row"><input type="checkbox" v-model="q1"><p>DO YOU HAVE DIABETES?</p></div>\n<input type="checkbox" name="conditions[]" value="asthma"></form>`.replace('<input type="checkbox" v-model', '<input class="fs-exclude" type="checkbox" v-model') }] },
        { messageId: "unmasked", line: 2, column: 2, endLine: 2, endColumn: 7, suggestions: [{ messageId: "addMarker", output: `<form><div class="row"><input type="checkbox" v-model="q1"><p>DO YOU HAVE DIABETES?</p></div>\n<input type="checkbox" name="conditions[]" value="asthma"></form>`.replace('<input type="checkbox" name="conditions[]"', '<input class="fs-exclude" type="checkbox" name="conditions[]"') }] },
      ],
    },
    {
      name: "a project's field component passes labelText, inputName and inputId down to its input",
      code: `<app-govuk-text-input labelText="National Insurance number" inputId="ni" inputName="nationalInsuranceNumber"></app-govuk-text-input>`,
      errors: [{ messageId: "unmasked", line: 1, column: 2, endLine: 1, endColumn: 22, suggestions: [{ messageId: "addMarker", output: `<app-govuk-text-input labelText="National Insurance number" inputId="ni" inputName="nationalInsuranceNumber"></app-govuk-text-input>`.replace("<app-govuk-text-input", `<app-govuk-text-input class="fs-exclude"`) }] }],
    },
    {
      name: "Element Plus: show-password makes an el-input a password with a toggle, type or not",
      code: `<el-input v-model="form.password" show-password></el-input>`,
      errors: [{ messageId: "unmasked", line: 1, column: 2, endLine: 1, endColumn: 10, suggestions: [{ messageId: "addMarker", output: `<el-input v-model="form.password" show-password></el-input>`.replace("<el-input", `<el-input class="fs-exclude"`) }] }],
    },
    {
      name: "a select's prompt option is its placeholder",
      code: `<select name="q2"><option value="" disabled selected>Blood type</option><option>A</option></select>`,
      errors: [{ messageId: "unmasked", line: 1, column: 2, endLine: 1, endColumn: 8, suggestions: [{ messageId: "addMarker", output: `<select name="q2"><option value="" disabled selected>Blood type</option><option>A</option></select>`.replace("<select", `<select class="fs-exclude"`) }] }],
    },
    // Template output in `type`: the field may be a text field.
    ...SYNTAXES.map(({ name, output }) => ({
      name: `${name}: template output in type is dynamic`,
      code: `<input type="${output}" name="password">`,
      errors: [{ messageId: "unmasked" as const, ...at(1, 0), suggestions: [{ messageId: "addMarker" as const, output: `<input class="fs-exclude" type="${output}" name="password">` }] }],
    })),
    // A marker between a template conditional's tags, in `class`.
    ...SYNTAXES.map(({ name, open, close }) => ({
      name: `${name}: a class marker inside a conditional`,
      code: `<input name="card_number" class="form-control ${open}fs-exclude${close}">`,
      errors: [{ messageId: "conditional" as const, ...at(1, 0), suggestions: [] }],
    })),
    // A marker attribute written between a template conditional's tags in the start tag.
    ...SYNTAXES.map(({ name, open, close }) => ({
      name: `${name}: a marker attribute inside a conditional`,
      code: `<input name="cvv" ${open}data-private${close}>`,
      settings: LOGROCKET,
      errors: [{ messageId: "conditional" as const, ...at(1, 0), suggestions: [{ messageId: "addMarker" as const, output: `<input data-private name="cvv" ${open}data-private${close}>` }] }],
    })),
    ...SYNTAXES.map(({ name, open, close }) => ({
      name: `${name}: a marker attribute with spaces inside a conditional`,
      code: `<input name="cvv" ${open} data-private ${close}>`,
      settings: LOGROCKET,
      errors: [{ messageId: "conditional" as const, ...at(1, 0), suggestions: [{ messageId: "addMarker" as const, output: `<input data-private name="cvv" ${open} data-private ${close}>` }] }],
    })),
    ...SYNTAXES.map(({ name, open, close }) => ({
      name: `${name}: a masked ancestor only inside a conditional`,
      code: `<div ${open}class="fs-exclude"${close}>\n  <input name="iban">\n</div>`,
      errors: [{ messageId: "conditional" as const, ...at(2, 2), suggestions: [{ messageId: "addMarker" as const, output: `<div ${open}class="fs-exclude"${close}>\n  <input class="fs-exclude" name="iban">\n</div>` }] }],
    })),
    ...[
      { name: "Handlebars {{^}} (else) is still inside the conditional", cls: "{{#if a}}x{{^}}fs-exclude{{/if}}" },
      { name: "EJS } else { is still inside the conditional", cls: "<% if (a) { %>x<% } else { %>fs-exclude<% } %>" },
      { name: "ERB do block renders zero or more times", cls: "<% tags.each do |t| %>fs-exclude<% end %>" },
      { name: "a Twig for loop renders zero or more times", cls: "{% for t in tags %}fs-exclude{% endfor %}" },
      { name: "Jinja elif branch", cls: "{% if a %}x{% elif b %}fs-exclude{% endif %}" },
      { name: "PHP else branch", cls: "<?php if ($a): ?>x<?php else: ?>fs-exclude<?php endif; ?>" },
    ].map(({ name, cls }) => ({ name, code: `<input name="cvv" class="${cls}">`, errors: [{ messageId: "conditional" as const, ...at(1, 0), suggestions: [] }] })),
    {
      name: "Jinja inline if prints the class conditionally",
      code: `<input name="dob" type="date" class="input {{ 'fs-exclude' if privacy_mode }}">`,
      errors: [{ messageId: "conditional", ...at(1, 0), suggestions: [] }],
    },
    {
      name: "EJS ternary prints the class conditionally",
      code: `<div class="row <%= masked ? 'fs-exclude' : '' %>"><input name="card_number"></div>`,
      errors: [{ messageId: "conditional", ...of(`<div class="row <%= masked ? 'fs-exclude' : '' %>"><input name="card_number"></div>`, "<input"), suggestions: [{ messageId: "addMarker", output: `<div class="row <%= masked ? 'fs-exclude' : '' %>"><input class="fs-exclude" name="card_number"></div>` }] }],
    },
    {
      name: "PHP echo ternary prints the class conditionally",
      code: `<fieldset class="wc-payment-form <?php echo $this->mask ? 'fs-exclude' : ''; ?>"><input autocomplete="cc-number"></fieldset>`,
      errors: [{ messageId: "conditional", ...at(1, 81), suggestions: [{ messageId: "addMarker", output: `<fieldset class="wc-payment-form <?php echo $this->mask ? 'fs-exclude' : ''; ?>"><input class="fs-exclude" autocomplete="cc-number"></fieldset>` }] }],
    },
    {
      name: "ERB: a marker attribute printed by a trailing if",
      code: `<div class="field" <%= 'data-private' if Rails.env.production? %>><input name="ssn"></div>`,
      settings: LOGROCKET,
      errors: [{ messageId: "conditional", ...at(1, 66), suggestions: [{ messageId: "addMarker", output: `<div class="field" <%= 'data-private' if Rails.env.production? %>><input data-private name="ssn"></div>` }] }],
    },
    {
      name: "a class glued to template output may render as another class",
      code: `<input name="cvc" class="{{ prefix }}fs-exclude">`,
      errors: [{ messageId: "conditional", ...at(1, 0), suggestions: [] }],
    },
    ...[
      { name: "the template names the field: name from a Django bound field", code: `<input name="{{ form.card_number.html_name }}" id="{{ form.card_number.id_for_label }}">` },
      { name: "a label translated in the template", code: `<label for="n">{% trans "Card number" %}</label>\n<input id="n" name="n">` },
      { name: "a label translated in the template, with an escaped quote in its message", code: `<div class="row"><label for="n">{{__('Cardholder\\'s Name')}}</label>\n<div><input type="text" v-model="payer.n"></div></div>` },
      { name: "a date field's caption in a div before its column needs no colon", code: `<div class="row"><div class="col-sm-6 surname">Date of Birth</div>\n<div class="col-sm-6"><input type="date" size="10"></div></div>`, needle: `<input type="date"` },
      { name: "Ionic: an ion-label written after its ion-input names it", code: `<ion-col><ion-input type="number" [(ngModel)]="cnumber"></ion-input>\n<ion-label>{{'Card Number' | translate}}</ion-label></ion-col>`, needle: "<ion-input" },
      { name: "a label translated with a PHP helper", code: `<label for="n"><?php esc_html_e( 'Card number', 'shop' ); ?></label>\n<input id="n" name="n">` },
      { name: "Jinja ternary in type: a show-password toggle", code: `<input type="{{ 'text' if show else 'password' }}" name="pw">` },
      { name: "EJS ternary in type: a show-password toggle", code: `<input type="<%= reveal ? 'text' : 'password' %>" name="pw">` },
      { name: "unknown attributes from a partial do not hide the field", code: `<input name="itin" {{{extraAttrs}}}>` },
      { name: "Angular: [type] toggle and <mat-label>", code: `<mat-form-field>\n  <mat-label>Password</mat-label>\n  <input matInput formControlName="password" [type]="hide ? 'password' : 'text'">\n</mat-form-field>` },
      { name: "a web component's label attribute is its label", code: `<sl-input label="IBAN"></sl-input>`, needle: "<sl-input" },
      { name: "Quasar 0.x's float-label is the label", code: `<q-input float-label="Codice fiscale" type="text"></q-input>`, needle: "<q-input" },
      { name: "a form repeated on the page with the same ids: its second copy keeps the label", code: `<form><label for="cc">Card number</label><input id="cc" class="fs-exclude"></form>\n<form><label for="cc">Card number</label><input id="cc" name="copy"></form>`, needle: `<input id="cc" name="copy"` },
      { name: "a code field followed by a button, not a picture, is a code sent to the visitor", code: `<form>验证码：<input type="text" name="smsCode"><button type="button">获取验证码</button><img src="/icons/code-help.svg"></form>`, needle: `<input type="text" name="smsCode"` },
      { name: "a CAPTCHA in another row is not this field's: a code sent by SMS", code: `<form><div class="row"><label>Code</label><input name="vc" class="fs-exclude"><img src="/captcha.php"></div>\n<div class="row"><label>Verification code</label><input name="sms"><button>Send</button></div></form>`, needle: `<input name="sms"` },
      { name: "a div that reads like a label, before a label that only wraps the field", code: `<div><div>Familiy Medical History:</div><label><textarea name="fh"></textarea></label></div>`, needle: "<textarea" },
      { name: "a component field's own name says what it holds", code: `<otp-input :num-inputs="6"></otp-input>`, needle: "<otp-input" },
      { name: "an app's own component given an input type and the name a form submits it by is a field", code: `<base-field label="IBAN"><field-validate type="text" name="iban_number" :value="iban_number"></field-validate></base-field>`, needle: "<field-validate" },
      { name: "Ember's <Input> renders its @arguments as attributes", code: `<Input @autocomplete="one-time-code" @value={{this.code}} />`, needle: "<Input" },
      { name: "Ember's <Input> named by the value it is bound to", code: `<Input @value={{this.cardNumber}} />`, needle: "<Input" },
      { name: "a Glimmer component's @arguments (Discourse <TextField>)", code: `<TextField @value={{this.value}} @autocomplete="one-time-code" @autocorrect="off" />`, needle: "<TextField" },
      { name: "a nested Glimmer component named by its @value", code: `<Form::Input @value={{this.iban}} />`, needle: "<Form::Input" },
      { name: "Handlebars: the value the field prints names it", code: `<input value={{this.iban}} {{on "input" this.updateIban}} />` },
      { name: "Django: the bound value names the field", code: `<input type="text" value="{{ checkout.card_number }}">` },
      { name: "Laravel's old('field') names the field", code: `<input type="text" value="{{ old('tax_id', $user->tax_id) }}">` },
      { name: "CodeIgniter's set_value('field') names the field", code: `<input type="text" value="<?php echo set_value('iban'); ?>">` },
      { name: "Alpine x-model with a modifier", code: `<input x-model.lazy="cvc">` },
      { name: "Livewire wire:model with modifiers", code: `<input wire:model.live.debounce.250ms="card_number">` },
      { name: "Aurelia value.bind", code: `<input value.bind="passportNumber">` },
      { name: "Stripe.js v2 names card fields by data-stripe", code: `<input type="text" size="2" data-stripe="exp_year">` },
      { name: "Recurly.js names card fields by data-recurly", code: `<input type="text" data-recurly="cvv">` },
      { name: "Conekta.js names card fields by data-conekta", code: `<input type="text" size="4" data-conekta="card[exp_year]"/>` },
      { name: "Openpay.js names card fields by data-openpay-card", code: `<input type="text" placeholder="3 dígitos" autocomplete="off" data-openpay-card="cvv2">` },
      { name: "a nested form name whose last key only completes its object", code: `<input name="payment[card][number]">` },
      { name: "a Thai national ID asked as its code (รหัสบัตรประชาชน)", code: `<label for="t">รหัสบัตรประชาชน 13 หลัก</label><input id="t" name="t">` },
      { name: "Chinese forms ask the birth date by its year and month (出生年月)", code: `<label for="b">出生年月：</label><input id="b" name="b">` },
      { name: "a birth date asked as 生日 beside a greeting field is still a birth date", code: `<label for="g">生日祝福</label><input id="g" name="g" class="fs-exclude">\n<label for="b">生日</label><input id="b" name="b">`, needle: `<input id="b"` },
      { name: "a JSP label printed by an i18n tag: its message key says what it is", code: `<label for="number"><fmt:message key="checkout.card.number"/></label>\n<input type="text" id="number"/>` },
      { name: "a Spring message code as the label", code: `<label for="n"><spring:message code="form.iban"/></label>\n<input type="text" id="n"/>` },
      { name: "a component field's name in camel case (PrimeNG)", code: `<p-inputOtp [(ngModel)]="value"></p-inputOtp>`, needle: "<p-inputOtp" },
      { name: "a Blade component nested with a dot, its label attribute read", code: `<x-form.input id="code" name="code" label="Verification Code" maxlength="6" />`, needle: "<x-form.input" },
      { name: "a Blade component kept in an input folder, named for its kind", code: `<x-form.input.livewire-text model="data.passport.number" label="Number" placeholder="Passport Number" />`, needle: "<x-form.input.livewire-text" },
      { name: "a Blade input folder's date component", code: `<x-input.date name="date_of_birth" />`, needle: "<x-input.date" },
      { name: "duplicate name: the first one counts", code: `<input name="card_number" name="coupon">` },
      { name: "an unclosed attribute quote swallows the next attribute, like in a browser", code: `<input type="text" name="card_cvc autocomplete="cc-csc" size="4">` },
      { name: "stray < and unclosed tags", code: `<p>Total < 100 USD\n<div><label>Card number <input name="ccnum">\n<p>Notes`, needle: `<input name="ccnum"` },
      { name: "<template> content is checked", code: `<template id="row"><input name="card_number"></template>` },
      {
        name: "a wrapper that holds a label and its validation message is that label (MemberPress)",
        code: `<div class="mp-form-row"><div class="mp-form-label"><label>Name on the card:*</label><span class="cc-error">Name on the card is required.</span></div><input type="text" name="card-name"></div>`,
        needle: "<input",
      },
      {
        name: "a label copied with its 'for' unchanged names the field beside it, not the one its 'for' names",
        code: `<div class="form-group"><label for="inputName">Full Name</label><input type="text" id="inputName"></div>\n<div class="form-group"><label for="inputName">Date Of Birth</label><input type="date" id="inputDOB"></div>`,
        needle: `<input type="date"`,
      },
      {
        name: "a wrapping label of an earlier field is not this field's label",
        code: `<div><label>Card number <input name="cc" class="fs-exclude"></label><textarea name="notes"></textarea><label>CVC</label><input name="x"></div>`,
        needle: `<input name="x"`,
      },
      {
        name: "a fieldset legend names radio questions, not the text fields inside",
        code: `<fieldset><legend>Have you had surgery in the last 12 months?</legend><label><input type="radio" name="q1" value="y"> Yes</label></fieldset>\n<fieldset><legend>Credit card</legend><label>Installments <select name="installments"><option>1</option></select></label></fieldset>`,
        needle: `<input type="radio"`,
      },
    ].map(({ name, code, needle = "<input" }) => ({ name, code, errors: [unmaskedAt(code, needle)] })),
    {
      name: "Angular: [class.x] bound to a condition",
      code: `<mat-form-field [class.fs-exclude]="maskHolder">\n  <mat-label>Name on card</mat-label>\n  <input matInput formControlName="cardHolder">\n</mat-form-field>`,
      errors: [unmaskedAt(`<mat-form-field [class.fs-exclude]="maskHolder">\n  <mat-label>Name on card</mat-label>\n  <input matInput formControlName="cardHolder">\n</mat-form-field>`, "<input", "conditional")],
    },
    {
      name: "Angular: [attr.data-sentry-mask] that may be null; the suggestion replaces the binding",
      code: `<input formControlName="iban" [attr.data-sentry-mask]="maskIban ? '' : null">`,
      settings: { "replay-privacy": { recorders: ["sentry"] } },
      errors: [{ messageId: "conditional", ...at(1, 0), suggestions: [{ messageId: "addMarker", output: `<input formControlName="iban" data-sentry-mask>` }] }],
    },
    {
      name: "Angular: *ngIf does not change what a rendered field is",
      code: `<input *ngIf="showCvc" formControlName="cvc" placeholder="CVC">\n<input formControlName="cardNumber">`,
      errors: [
        unmaskedAt(`<input *ngIf="showCvc" formControlName="cvc" placeholder="CVC">\n<input formControlName="cardNumber">`, `<input *ngIf`),
        unmaskedAt(`<input *ngIf="showCvc" formControlName="cvc" placeholder="CVC">\n<input formControlName="cardNumber">`, `<input formControlName="cardNumber"`),
      ],
    },
    {
      name: "a show-password control right after the field, or after the wrapper that holds it alone",
      code: REVEAL_BESIDE,
      errors: [
        unmaskedAt(REVEAL_BESIDE, `<input type="password" name="pwd"`),
        unmaskedAt(REVEAL_BESIDE, `<input type="password" name="pin2"`),
        unmaskedAt(REVEAL_BESIDE, `<input type="password" name="pin">`),
      ],
    },
    {
      name: "a button that says Show or Afficher right after the field reveals it",
      code: REVEAL_BY_TEXT,
      errors: [unmaskedAt(REVEAL_BY_TEXT, `<input type="password" name="pw3"`), unmaskedAt(REVEAL_BY_TEXT, `<input type="password" name="pw4"`)],
    },
    {
      name: "a Stimulus password-visibility controller around the field, or one that names the field as its target, reveals it",
      code: REVEAL_BY_CONTROLLER,
      errors: [unmaskedAt(REVEAL_BY_CONTROLLER, `<input type="password" name="password"`), unmaskedAt(REVEAL_BY_CONTROLLER, `<input type="password" name="pin"`)],
    },
    {
      name: "Yandex Metrica: a click-map class masks nothing; the quick fix adds ym-disable-keys",
      code: `<input name="card_number" class="ym-disable-clickmap">`,
      settings: { "replay-privacy": { recorders: ["yandexmetrica"] } },
      errors: [{ messageId: "unmasked", ...at(1, 0), suggestions: [{ messageId: "addMarker", output: `<input name="card_number" class="ym-disable-clickmap ym-disable-keys">` }] }],
    },
    {
      name: "an expiry on a full-date input is a card's in a card form",
      code: CARD_WITH_DATE_EXPIRY,
      errors: [unmaskedAt(CARD_WITH_DATE_EXPIRY, `<input id="cc"`), unmaskedAt(CARD_WITH_DATE_EXPIRY, `<input type="date" id="exp"`)],
    },
    {
      name: "an eye toggle in the label written right before the password reveals it (at a partial's top level too)",
      code: REVEAL_IN_LABEL,
      errors: [unmaskedAt(REVEAL_IN_LABEL, `<input type="password"`)],
    },
    {
      name: "a button classed see-password right after the field reveals it",
      code: REVEAL_BY_SEE,
      errors: [unmaskedAt(REVEAL_BY_SEE, `<input type="password" id="password"`)],
    },
    {
      name: "an Astro component: the field after the script fence, on its own line",
      code: ASTRO_COMPONENT,
      filename: "PaymentForm.astro",
      errors: [unmaskedAt(ASTRO_COMPONENT, `<input type="text" id="cardNumber"`)],
    },
    {
      name: "a form that gives every field one id: each label belongs to the field right after it, however many there are",
      code: ONE_ID_FOR_ALL,
      errors: [
        unmaskedAt(ONE_ID_FOR_ALL, `<input type="text" id="f" name="c2"`),
        unmaskedAt(ONE_ID_FOR_ALL, `<input type="text" id="f" name="c3"`),
        unmaskedAt(ONE_ID_FOR_ALL, `<input type="text" id="f" name="c6"`),
      ],
    },
    {
      name: "an id pasted onto fields with names of their own says nothing: no patient field is a password, and the birth date is no email",
      code: PASTED_IDS,
      errors: [
        unmaskedAt(PASTED_IDS, `<input type="text" id="pwd" name="disease"`),
        unmaskedAt(PASTED_IDS, `<input type="text" name="passport_number"`),
        unmaskedAt(PASTED_IDS, `<input type="date" name="dob"`),
      ],
    },
    {
      name: "a document number after a choice of identity document is a government ID; one before such a choice (an invoice's) is not",
      code: DOCUMENT_CHOICE,
      errors: [unmaskedAt(DOCUMENT_CHOICE, `<input name="driver_document_id"`)],
    },
    {
      name: "a birth date's month and year captioned on their own follow its day; a graduation year is a date of its own",
      code: DATE_PARTS_ONE_BY_ONE,
      errors: [
        unmaskedAt(DATE_PARTS_ONE_BY_ONE, `<select name="ngay"`),
        unmaskedAt(DATE_PARTS_ONE_BY_ONE, `<select name="thang"`),
        unmaskedAt(DATE_PARTS_ONE_BY_ONE, `<select name="year"`),
      ],
    },
    {
      name: "one field written in two branches keeps its id: a shared name says it is the same field",
      code: ONE_FIELD_TWO_BRANCHES,
      errors: [unmaskedAt(ONE_FIELD_TWO_BRANCHES, `<input id="ssn" name="q7">`), unmaskedAt(ONE_FIELD_TWO_BRANCHES, `<input id="ssn" name="q7" size="40">`)],
    },
    {
      name: "PrimeNG's p-password with [toggleMask] shows the password",
      code: `<p-password formControlName="senha" [toggleMask]="true"></p-password>`,
      errors: [unmaskedAt(`<p-password formControlName="senha" [toggleMask]="true"></p-password>`, `<p-password`)],
    },
    {
      name: "trap: an element shown under a condition that is not about validity is still a caption",
      code: `<div><span *ngIf="showLabels">Card number</span><input name="n1"></div>`,
      errors: [unmaskedAt(`<div><span *ngIf="showLabels">Card number</span><input name="n1"></div>`, `<input name="n1"`)],
    },
    {
      name: "help text at the head of a field's own wrapper is its caption (Bootstrap 3's help-block over a card expiry)",
      code: HELP_BLOCK_CAPTIONS,
      errors: [unmaskedAt(HELP_BLOCK_CAPTIONS, `<input type="text" placeholder="MM"`), unmaskedAt(HELP_BLOCK_CAPTIONS, `<input type="text" placeholder="YY"`)],
    },
    {
      name: "the previous field's validation message is no caption: the password stays a password",
      code: AFTER_MESSAGE,
      errors: [unmaskedAt(AFTER_MESSAGE, `<input [type]="type" name="password"`)],
    },
    {
      name: "a page script turns the field it names into text (getElementById, jQuery, a handler argument)",
      code: REVEAL_SCRIPT,
      errors: [unmaskedAt(REVEAL_SCRIPT, `<input type="password" id="password"`), unmaskedAt(REVEAL_SCRIPT, `<input type="password" id="pw2"`)],
    },
    {
      name: "JSP: a JSTL tag inside the start tag (a radio checked by the server) leaves the field's name and type readable",
      code: JSP_RADIO,
      errors: [{
        messageId: "unmasked" as const,
        ...of(JSP_RADIO, `<input class="form-check-input"`),
        suggestions: [{ messageId: "addMarker" as const, output: JSP_RADIO.replace(`class="form-check-input"`, `class="form-check-input fs-exclude"`) }],
      }],
    },
    {
      name: "a password shown by Bootstrap 3's eye glyph beside it, or by a page script that selects it by class",
      code: REVEAL_BY_CLASS,
      errors: [`class="form-control pwd"`, `class="form-control secret-field"`].map((classAttribute) => ({
        messageId: "unmasked" as const,
        ...of(REVEAL_BY_CLASS, `<input type="password" ${classAttribute}`),
        suggestions: [{ messageId: "addMarker" as const, output: REVEAL_BY_CLASS.replace(classAttribute, `${classAttribute.slice(0, -1)} fs-exclude"`) }],
      })),
    },
    {
      name: "the selects of one date in their own grid columns share the caption of the first",
      code: DATE_COLUMNS,
      errors: [unmaskedAt(DATE_COLUMNS, `<select name="day"`), unmaskedAt(DATE_COLUMNS, `<select name="month"`), unmaskedAt(DATE_COLUMNS, `<select name="year"`)],
    },
    {
      name: "the text twin of a password input bound to the same model (v-if / v-else) shows the password",
      code: `<input v-if="shown" v-model="form.field1" type="text">\n<input v-else v-model="form.field1" type="password">\n<input v-model="form.nickname" type="text">`,
      errors: [{ messageId: "unmasked", ...at(1, 0), suggestions: [{ messageId: "addMarker", output: `<input class="fs-exclude" v-if="shown" v-model="form.field1" type="text">\n<input v-else v-model="form.field1" type="password">\n<input v-model="form.nickname" type="text">` }] }],
    },
    {
      name: "the text inputs of one date share the caption before the first, known by id or placeholder",
      code: DATE_INPUTS,
      errors: [unmaskedAt(DATE_INPUTS, `<input id="year"`), unmaskedAt(DATE_INPUTS, `<input id="month"`), unmaskedAt(DATE_INPUTS, `<input type="text" placeholder="DD"`)],
    },
    {
      name: "the selects of one date share the caption before the first (expiry month and year, birth day, month and year; known by name or by the placeholder option)",
      code: DATE_PARTS,
      errors: [
        unmaskedAt(DATE_PARTS, `<select name="exp_mm"`),
        unmaskedAt(DATE_PARTS, `<select name="exp_yy"`),
        unmaskedAt(DATE_PARTS, `<select name="day"`),
        unmaskedAt(DATE_PARTS, `<select name="month"`),
        unmaskedAt(DATE_PARTS, `<select name="year"`),
        unmaskedAt(DATE_PARTS, `<select><option value="">--Month--`),
        unmaskedAt(DATE_PARTS, `<select><option value="">--Year--`),
      ],
    },
    {
      name: "a heading captions an unnamed field; date pickers of component libraries, prefixed or not, are fields (a delivery date is not sensitive); Romania's CNP",
      code: HEADINGS_AND_PICKERS,
      errors: [
        unmaskedAt(HEADINGS_AND_PICKERS, "<textarea"),
        unmaskedAt(HEADINGS_AND_PICKERS, "<ion-datetime"),
        unmaskedAt(HEADINGS_AND_PICKERS, "<el-date-picker"),
        unmaskedAt(HEADINGS_AND_PICKERS, `<input name="cnp"`),
        unmaskedAt(HEADINGS_AND_PICKERS, `<DatePicker`),
        unmaskedAt(HEADINGS_AND_PICKERS, `<date-picker v-model="form.dob"`),
      ],
    },
    {
      name: "a card expiry typed into two inputs with a separator between: the year (Spanish `anio`, \"AA\") shares the caption",
      code: EXPIRY_WITH_SEPARATOR,
      errors: [unmaskedAt(EXPIRY_WITH_SEPARATOR, `<input name="numero_tarjeta"`), unmaskedAt(EXPIRY_WITH_SEPARATOR, `<input name="mes"`), unmaskedAt(EXPIRY_WITH_SEPARATOR, `<input name="anio"`)],
    },
    {
      name: "Knockout (Magento's checkout templates): the value binding of data-bind names the field",
      code: KNOCKOUT,
      errors: [{ ...unmaskedAt(KNOCKOUT, "<input"), data: { category: "Payment card", evidence: 'name "creditCardNumber"' } }],
    },
    {
      name: "a row of one-character boxes, each in its own cell, and one box repeated by *ngFor",
      code: CODE_BOXES,
      errors: [
        ...[0, 1, 2, 3, 4].map((n) => unmaskedAt(CODE_BOXES, `<input id="d${n}"`)),
        unmaskedAt(CODE_BOXES, "<ion-input"),
      ],
    },
    {
      name: "Ionic and Shoelace components with a reveal button",
      code: `<ion-input type="password" label="PIN" name="pin"><ion-input-password-toggle slot="end"></ion-input-password-toggle></ion-input>\n<sl-input type="password" password-toggle label="Password" name="pw"></sl-input>`,
      errors: [
        unmaskedAt(`<ion-input type="password" label="PIN" name="pin"><ion-input-password-toggle slot="end"></ion-input-password-toggle></ion-input>\n<sl-input type="password" password-toggle label="Password" name="pw"></sl-input>`, "<ion-input type"),
        unmaskedAt(`<ion-input type="password" label="PIN" name="pin"><ion-input-password-toggle slot="end"></ion-input-password-toggle></ion-input>\n<sl-input type="password" password-toggle label="Password" name="pw"></sl-input>`, "<sl-input"),
      ],
    },
    {
      name: "duplicate class: the second one (with the marker) is dropped by the browser",
      code: `<input name="cvv" class="form-control" class="fs-exclude">`,
      errors: [{ messageId: "unmasked", ...at(1, 0), suggestions: [{ messageId: "addMarker", output: `<input name="cvv" class="form-control fs-exclude" class="fs-exclude">` }] }],
    },
    {
      name: "uppercase tags and attributes: reported on the name as written",
      code: `<FORM>\n<INPUT TYPE="TEXT" NAME="CardNumber">\n</FORM>`,
      errors: [{ messageId: "unmasked", ...at(2, 0, "INPUT"), suggestions: [{ messageId: "addMarker", output: `<FORM>\n<INPUT class="fs-exclude" TYPE="TEXT" NAME="CardNumber">\n</FORM>` }] }],
    },
    {
      name: "CRLF and BOM keep lines and columns",
      code: `\uFEFF<!doctype html>\r\n<html><body>\r\n<form>\r\n  <input name="cvv">\r\n</form>\r\n</body></html>\r\n`,
      errors: [{ messageId: "unmasked", ...at(4, 2), suggestions: [{ messageId: "addMarker", output: `\uFEFF<!doctype html>\r\n<html><body>\r\n<form>\r\n  <input class="fs-exclude" name="cvv">\r\n</form>\r\n</body></html>\r\n` }] }],
    },
    {
      name: "a text-only marker",
      code: `<div class="rr-mask"><input name="card_number"></div>`,
      settings: { "replay-privacy": { recorders: ["rrweb"] } },
      errors: [{ messageId: "textOnly", ...at(1, 21), suggestions: [{ messageId: "addMarker", output: `<div class="rr-mask"><input class="rr-block" name="card_number"></div>` }] }],
    },
  ],
});

// Suggestions: attribute insert, merge into a static class, new class, none for a dynamic class.
createHtmlTester().run("require-masking (HTML language, suggestions for every default vendor)", rule, {
  valid: [],
  invalid: [
    {
      name: "no class: attributes after the tag name, a new class attribute",
      code: `<input name="cvc">`,
      errors: [
        {
          messageId: "unmasked",
          ...at(1, 0),
          suggestions: [
            { messageId: "addMarker", data: { marker: "data-private", vendor: "LogRocket" }, output: `<input data-private name="cvc">` },
            { messageId: "addMarker", data: { marker: `class "fs-exclude"`, vendor: "FullStory" }, output: `<input class="fs-exclude" name="cvc">` },
            { messageId: "addMarker", data: { marker: "data-sentry-mask", vendor: "Sentry Session Replay" }, output: `<input data-sentry-mask name="cvc">` },
            { messageId: "addMarker", data: { marker: "data-hj-suppress", vendor: "Hotjar" }, output: `<input data-hj-suppress name="cvc">` },
          ],
        },
      ],
    },
  ],
});

createHtmlTester(FULLSTORY).run("require-masking (HTML language, class suggestions)", rule, {
  valid: [],
  invalid: [
    {
      name: "merge into a static class",
      code: `<input class="form-control  input-lg " name="cvc">`,
      errors: [{ messageId: "unmasked", ...at(1, 0), suggestions: [{ messageId: "addMarker", output: `<input class="form-control  input-lg fs-exclude" name="cvc">` }] }],
    },
    {
      name: "merge into a single-quoted class",
      code: `<input class='form-control' name="cvc">`,
      errors: [{ messageId: "unmasked", ...at(1, 0), suggestions: [{ messageId: "addMarker", output: `<input class='form-control fs-exclude' name="cvc">` }] }],
    },
    {
      name: "merge into an unquoted class",
      code: `<input class=form-control name="cvc">`,
      errors: [{ messageId: "unmasked", ...at(1, 0), suggestions: [{ messageId: "addMarker", output: `<input class="form-control fs-exclude" name="cvc">` }] }],
    },
    {
      name: "an empty class",
      code: `<input class="" name="cvc">`,
      errors: [{ messageId: "unmasked", ...at(1, 0), suggestions: [{ messageId: "addMarker", output: `<input class="fs-exclude" name="cvc">` }] }],
    },
    {
      name: "a bare class attribute",
      code: `<input class name="cvc">`,
      errors: [{ messageId: "unmasked", ...at(1, 0), suggestions: [{ messageId: "addMarker", output: `<input class="fs-exclude" name="cvc">` }] }],
    },
    {
      name: "a self-closing tag",
      code: `<input name="cvc"/>`,
      errors: [{ messageId: "unmasked", ...at(1, 0), suggestions: [{ messageId: "addMarker", output: `<input class="fs-exclude" name="cvc"/>` }] }],
    },
    {
      name: "a dynamic class: no class suggestion can be written safely",
      code: `<input class="{{ classes }}" name="cvc">`,
      errors: [{ messageId: "unmasked", ...at(1, 0), suggestions: [] }],
    },
    {
      name: "a dynamic class with a conditional marker: no suggestion either",
      code: `<input class="a {% if x %}fs-exclude{% endif %}" name="cvc">`,
      errors: [{ messageId: "conditional", data: { category: "Card security code / PIN", evidence: `name "cvc"`, marker: `class "fs-exclude"` }, ...at(1, 0), suggestions: [] }],
    },
  ],
});

describe("require-masking (HTML language, inline configuration with the real rule name)", () => {
  const linter = new Linter();
  const config: Linter.Config[] = [
    { files: ["**/*.html"], plugins: { "replay-privacy": plugin }, language: "replay-privacy/html", rules: { "replay-privacy/require-masking": "error" } },
  ];
  const lint = (code: string, options: Linter.LintOptions = {}): string[] =>
    linter.verify(code, config, { filename: "page.html", ...options }).map((m) => `${m.line}:${m.column} ${m.ruleId ?? "-"} ${m.messageId ?? m.message}`);

  it("eslint-disable-next-line with the rule name and a reason", () => {
    expect(lint(`<form>\n<!-- eslint-disable-next-line replay-privacy/require-masking -- test card in the admin tool -->\n<input name="card_number">\n<input name="cvv">\n</form>`)).toEqual([
      "4:2 replay-privacy/require-masking unmasked",
    ]);
  });

  it("eslint-disable / eslint-enable around a block", () => {
    expect(lint(`<!-- eslint-disable replay-privacy/require-masking -->\n<input name="cvv">\n<!-- eslint-enable replay-privacy/require-masking -->\n<input name="iban">`)).toEqual([
      "4:2 replay-privacy/require-masking unmasked",
    ]);
  });

  it("an inline rule configuration", () => {
    expect(lint(`<!-- eslint replay-privacy/require-masking: "off" -->\n<input name="iban">`)).toEqual([]);
  });

  it("an unused disable directive is reported when asked for", () => {
    expect(lint(`<!-- eslint-disable-next-line replay-privacy/require-masking -->\n<input name="q" type="search">`, { reportUnusedDisableDirectives: true })).toEqual([
      "1:1 - Unused eslint-disable directive (no problems were reported from 'replay-privacy/require-masking').",
    ]);
  });
});

// Pages without <label>: a short caption written right before a field names it.
const CAPTIONS = `<form method="post">
  Kartennummer:<br>
  <input type="text" name="number"><br>
  <b>セキュリティコード</b><br>
  <input type=text name=security>
  <p>Please enter the code printed on your voucher, then press continue</p>
  <input type="text" name="code">
  Card number
  <span class="hint">(optional)</span>
  <input type="text" name="ref">
</form>`;

// A form laid out as a table with a spacer column (a registration page in PHP), and an icon before a field.
const SPACED_CAPTIONS = `<table><tr>
  <td><label>National Id No:</label><b style="color: red"> *</b></td>
  <td width="40 px">&nbsp;</td>
  <td><input type="text" id="nid" placeholder="ID"></td>
</tr></table>
<p><b>IBAN</b> <i class="fa fa-bank"></i> <input name="iban"></p>`;

createHtmlTester(FULLSTORY).run("require-masking (HTML language, captions without labels)", rule, {
  valid: [
    { name: "a sentence of instructions is not a caption", code: `<p>Enter the number printed on the back of your card below please</p>\n<input name="entry">` },
    { name: "a caption before another field belongs to that field", code: `Card number: <input name="a" class="fs-exclude"> <input name="b">` },
    { name: "template code before a field is not a caption", code: `{{ card_number_label }}<br><input name="x">` },
    { name: "a label after a field that is followed by another field is that field's", code: `<div><input id="a"><label>Card number</label><input id="b" class="fs-exclude"></div>` },
    { name: "a nested form name's last key names the field: a bank account's holder, not its number", code: `<input name="Relation[BankAccount][ascription]" id="form_relation-bank_account-ascription">\n<input name="creditcard[note]">` },
    { name: "an empty for and an empty id tie nothing together", code: `<label for="">Date of birth <input type="text" name="visit" class="fs-exclude"></label>\n<label for="">Island <select name="island_id" id=""><option>1</option></select></label>` },
    { name: "a label before a field, for another element that exists, is that element's", code: `<label for="other">Card number</label><br><input name="x"><span id="other"></span>` },
    { name: "a label after a field in a wrapper with another label", code: `<div><label>Coupon</label><input id="a"><label>Card number</label></div>` },
    {
      name: "trap: a cell that prints template output is no spacer (it may print the field), and a rule ends a group",
      code: `<div class="row"><div>Card number:</div><div>{% include 'card/fields.html.twig' %}</div><div><input name="note"></div></div>\n<div><b>IBAN</b><hr><input name="remarks"></div>`,
    },
  ],
  invalid: [
    {
      name: "bare text and an inline caption right before the field, across <br>",
      code: CAPTIONS,
      errors: [unmaskedAt(CAPTIONS, `<input type="text" name="number"`), unmaskedAt(CAPTIONS, `<input type=text name=security`)],
    },
    {
      name: "a label for an id the page lacks names the field after it",
      code: `<form><label for="cardExpiry">Expiry Date</label>\n<br />\n<input name="x">\n<input name="cc" autocomplete="cc-number" class="fs-exclude"></form>`,
      errors: [unmaskedAt(`<form><label for="cardExpiry">Expiry Date</label>\n<br />\n<input name="x">\n<input name="cc" autocomplete="cc-number" class="fs-exclude"></form>`, `<input name="x"`)],
    },
    {
      name: "an empty spacer cell or icon between a caption and its field is passed over",
      code: SPACED_CAPTIONS,
      errors: [unmaskedAt(SPACED_CAPTIONS, `<input type="text" id="nid"`), unmaskedAt(SPACED_CAPTIONS, `<input name="iban"`)],
    },
    {
      name: "a label right after the field names it (Bootstrap form-floating)",
      code: `<div class="form-floating">\n  <input id="floatingInput" placeholder="">\n  <label>Card number</label>\n</div>`,
      errors: [unmaskedAt(`<div class="form-floating">\n  <input id="floatingInput" placeholder="">\n  <label>Card number</label>\n</div>`, "<input")],
    },
  ],
});
