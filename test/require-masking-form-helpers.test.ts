import { describe, expect, it } from "vitest";
import { createHtmlTester } from "./helpers/rule-tester.js";
import { spanAt } from "./helpers/locations.js";
import plugin from "../src/index.js";
import { helperFieldsIn, splitArguments } from "../src/front-ends/markup/form-helpers.js";

/**
 * `require-masking` on fields that server-side form helpers print (Rails with simple_form, Laravel
 * Collective, Django, Flask-WTF, Symfony, Yii 2, ASP.NET Razor, GOV.UK Frontend). The report points at the helper's name; there is no tag to add a marker to, so there is
 * no suggestion (the marker goes into the helper's options, in the template's own language).
 */
const rule = plugin.rules["require-masking"];
const FULLSTORY = { "replay-privacy": { recorders: ["fullstory"] } };

/**
 * An error at the helper whose call starts with `needle` (which must occur once in `code`); the
 * report spans the helper's name, `name` (the needle itself by default).
 */
function helperAt(code: string, needle: string, name = needle, messageId: "unmasked" | "conditional" = "unmasked") {
  return { messageId, ...spanAt(code, needle, name.length), suggestions: [] };
}

const RAILS = `<%= form_with model: @payment do |f| %>
  <%= f.label :card_number, "Card number" %>
  <%= f.text_field :card_number, autocomplete: "cc-number", class: "form-control" %>
  <%= f.text_field :coupon_code %>
  <%= text_field_tag "payment[verification_value]", '', {id: 'card_code', type: "tel", autocomplete: "off" } %>
<% end %>`;

const DJANGO = `<form method="post">{% csrf_token %}
  <label for="{{ form.iban.id_for_label }}">IBAN</label>
  {{ form.iban }}
  {% render_field form.ssn class="form-control" %}
  {{ user.email }}
</form>`;

// A card form's bare `name` field is the cardholder: a form has no `name` of its own, so `{{ form.name }}`
// prints that field; a loop's bound field has one (`{{ form_field.name }}`).
const DJANGO_CARDHOLDER = `{% extends "base.html" %}
<form method="post">
  <div>{{ form.card_number }}</div>
  <div>{{ form.name }}</div>
  {% for form_field in form %}{{ form_field.name }}{% endfor %}
</form>`;

// A project's form builder with its own prefix (Code for America's benefits apps).
const PREFIXED_BUILDER = `<%= form_with model: @form, builder: CfaFormBuilder do |f| %>
  <%= f.cfa_input_field(:ssn, t("views.ssn"), classes: ["form-width--short"]) %>
  <%= f.cfa_checkbox(:had_diabetes, t("views.health.diabetes")) %>
  <%= f.cfa_input_field(:preferred_name, t("views.name")) %>
<% end %>`;

// BigCommerce Stencil (Cornerstone) renders its form fields with partials, named by hash parameters.
const STENCIL = `<fieldset class="form-fieldset">
  {{> components/common/forms/text id="credit_card_number" name="credit_card_number" label=(lang 'account.payment_methods.credit_card_number')}}
  {{> components/common/forms/text id="cvv" name="cvv" label=(lang 'account.payment_methods.cvv')}}
  {{> components/common/forms/text id="first_name" name="first_name" label=(lang 'account.payment_methods.first_name')}}
</fieldset>`;

const GOVUK = `<form method="post">
  {{ govukInput({
    label: { text: "What's your National Insurance number?", isPageHeading: true },
    hint: { text: "For example, 'QQ 12 34 56 C'." },
    classes: "govuk-input--width-10",
    id: "ni-number",
    name: "niNumber"
  }) }}
  {{ govukDateInput({ id: "dob", namePrefix: "dob", fieldset: { legend: { text: "What is your date of birth?" } } }) }}
  {{ govukPasswordInput({ label: { text: "Password" }, name: "password" }) }}
  {{ govukInput({ label: { text: "Town or city" }, id: "town", name: "town", autocomplete: "address-level2" }) }}
</form>`;

const FREEMARKER = `<form method="post">
  <@spring.formInput "personForm.dateOfBirth", "class='form-control'"/>
  <@spring.formPasswordInput "personForm.password"/>
  <@spring.formInput "personForm.firstName"/>
</form>`;

const WEB_FORMS_VIEW = `<% using (Html.BeginForm("BillingInfo", "Authentication")) { %>
  <td><%= Html.TextBoxFor(m => m.CardNumber) %></td>
  <td><%: Html.TextBox("nric") %></td>
  <td><%= Html.PasswordFor(m => m.Pin) %></td>
  <td><%= Html.TextBoxFor(m => m.Nickname) %></td>
<% } %>`;

const GOVUK_FORMBUILDER = `<%= form_with model: @consent_form, url: wizard_path do |f| %>
  <%= f.govuk_date_field :date_of_birth, date_of_birth: true, legend: { tag: "h1", text: "Date of birth" } %>
  <%= f.govuk_radio_button :ethnic_group, group.to_s, label: { text: t("ethnicity.groups.#{group}") } %>
  <%= f.govuk_password_field :password %>
  <%= f.govuk_text_field :first_name %>
  <%= f.govuk_collection_select :country, countries, :id, :name %>
  <%= f.govuk_check_box :terms, 1, 0 %>
<% end %>`;

const BOOTSTRAP_FIELD = `{% bootstrap_field form.number placeholder='Credit card number' layout='horizontal' %}\n{% bootstrap_field form.title placeholder='Title' %}`;

const LARAVEL = `<div class="form-group">
  {!! Form::label('iban', 'IBAN') !!}
  {!! Form::text('iban', null, ['class' => 'form-control']) !!}
</div>`;

const RAZOR = `@using (Html.BeginForm("Pay", "Checkout"))
{
    @Html.LabelFor(m => m.CardNumber)
    @Html.TextBoxFor(m => m.CardNumber, new { @class = "form-control", autocomplete = "off" })
    @Html.EditorFor(model => model.Payment.Iban, new { htmlAttributes = new { @class = "form-control" } })
    @Html.TextBox("SocialSecurityNumber", null, new { @class = "form-control" })
}`;

const VB_RAZOR = `@Using Html.BeginForm()
    @Html.LabelFor(Function(model) model.DOB, htmlAttributes:= New With { .class = "control-label" })
    @Html.EditorFor(Function(model) model.DOB, New With { .htmlAttributes = New With { .class = "form-control" } })
    @Html.TextBoxFor(Function(m) m.Employee.PANno, New With { .class = "form-control" })
    @Html.EditorFor(Function(model) model.Department)
End Using`;

const SIMPLE_FORM = `<%= simple_form_for @passport do |f| %>
  <%= f.input :passport_number, label: "Passport number" %>
  <%= f.input :nickname %>
  <%= f.input :notes, as: :text, input_html: { rows: 3 } %>
<% end %>`;

const VIEW_COMPONENTS = `<%= render ValidatedFieldComponent.new(
      form: f,
      label: t('in_person_proofing.form.passport.passport_number'),
      name: :passport_number,
      required: true,
    ) %>
<%= render MemorableDateComponent.new(form: f, name: :passport_dob, label: "Date of birth") %>
<%= render ValidatedFieldComponent.new(form: f, name: :nickname) %>
<%= render PageHeadingComponent.new.with_content(t('doc_auth.headings.ssn')) %>`;

const BLADE_INCLUDE = `<div class="col-12">
    @include('guide.field', ['id' => 'dateBirth', 'inputType' => 'date', 'labelText' => 'Date of birth'])
</div>`;
const LARAVEL_MACRO = `<li><div>Ethnicity</div>{{ Form::radioGroup('ethnicity', $ethnicityOptions, array('required')) }}</li>`;
const YII = `<?php $form = ActiveForm::begin(); ?>
    <?= $form->field($model, 'card_number')->textInput(['maxlength' => true]) ?>
    <?= $form->field($model, 'nickname')->textInput() ?>
    <?php echo $form->field($model, 'iban') ?>
<?php ActiveForm::end(); ?>`;

const YII_FIELD_OPTIONS = `<?= $form->field($model, 'dob', [
    'template' => "<label class='control-label'>{label}</label><div>{input}{error}</div>"
])->widget(\\kartik\\date\\DatePicker::classname(), [
    'options' => ['placeholder' => 'Enter birth date'],
]) ?>
<?= $form->field($model, 'card_number', ['options' => ['class' => 'form-group']])->hiddenInput() ?>`;

const YII1_CHTML = `<?php echo CHtml::hiddenField('action','addCreditCard')?>
<?php echo CHtml::textField('credit_card_number','',array(
   'class'=>'numeric_only grey-fields full-width',
   'maxlength'=>16
))?>
<?php echo CHtml::dropDownList('expiration_month','',$months,array('class'=>'grey-fields'))?>
<?php echo CHtml::activeTextField($model, 'cvv', array('size' => 4)); ?>
<?php echo CHtml::textField('coupon_code', '', array('class' => 'x')); ?>
<?php echo CHtml::textField('cvc', '', array('class' => 'fs-exclude')); ?>`;

const YII1 = `<?php $form = $this->beginWidget('CActiveForm'); ?>
    <?php echo $form->labelEx($model, 'card_number'); ?>
    <?php echo $form->textField($model, 'card_number', array('class' => 'small_text', 'maxlength' => 19)); ?>
    <?php echo $form->error($model, 'card_number'); ?>
    <?php
        $months = array('01' => '01', '02' => '02');
        echo $form->dropDownList($model, 'exp_month', $months);
    ?>
    <?php echo $form->textField($model, 'coupon_code'); ?>
<?php $this->endWidget(); ?>`;

// A Yii 1 medical history: one row per condition, each a labelled checkbox; the rows ask nothing of each other.
const YII1_CHOICES = `<h2>Medical History</h2>
<div class="form">
  <div class="row">
    <?php echo $form->labelEx($medicalInfo,'diabetes'); ?>
    <?php echo $form->checkBox($medicalInfo,'diabetes'); ?>
  </div>
  <div class="row">
    <?php echo $form->labelEx($medicalInfo,'fits'); ?>
    <?php echo $form->checkBox($medicalInfo,'fits'); ?>
  </div>
  <?php echo $form->radioButtonList($model, 'religion', $religions, array('class' => 'inline')); ?>
  <?php echo CHtml::activeCheckBox($model, 'rememberMe'); ?>
</div>`;

// Yii 2: the chained choices, their options after the list of choices.
const YII_CHOICES = `<?= $form->field($model, 'ethnicity')->radioList($ethnicities, ['class' => 'fs-exclude']) ?>
<?= $form->field($model, 'has_disability')->checkbox() ?>
<?= $form->field($model, 'agree_terms')->checkbox() ?>
<?= $form->field($model, 'card_number')->hiddenInput() ?>`;

// Firefly III's Twig macros: one per widget, named for the field.
const FIREFLY = `{{ ExpandedForm.text('iban') }}
{{ ExpandedForm.text('BIC', null, {maxlength: 11}) }}
{{ ExpandedForm.text('account_number') }}`;
// Balanced's Jinja macros: named for the widget they wrap, the label second.
const JINJA_MACROS = `{{forms.controlGroupTextField("ssn_last4", "Last 4 of SSN", "A verifiable social security number is needed")}}
{{forms.controlGroupTextField("phone_number", "Phone number", "Enter your phone number")}}
{{ forms.textField("q7", "Date of birth") }}`;
// Lithium (li3): the form helper is `$this->form`, `field` its generic field.
const LITHIUM = `<?=$this->form->create('', array('url' => '/users/addbankdetails')); ?>
<?=$this->form->field('accountnumber', array('label' => '3. Account number', 'placeholder' => 'Account number')); ?>
<?=$this->form->field('bankname', array('label' => '4. Bank name')); ?>
<?=$this->form->field('branchaddress', array('label' => '5. Branch address')); ?>
<?=$this->form->end(); ?>`;
const CAKE = `<?php echo $this->Form->create('Payment'); ?>
<div class="form-group"><?php echo $this->Form->input('Payment.card_no', ['class' => 'form-control', 'placeholder' => 'Card number']); ?></div>
<?php echo $this->Form->error('Payment.card_no', null, ['wrap' => 'p']); ?>
<?= $this->Form->select('Payment.expire_month', $months, ['class' => 'form-control', 'empty' => null]) ?>
<?= $this->Form->control('coupon_code', ['label' => 'Coupon']) ?>
<?= $this->Form->control('dob', ['type' => 'date', 'label' => 'Date of birth']) ?>
<?php echo $this->Form->end(); ?>`;

// CodeIgniter's form helpers: the name or an array of attributes first, extra attributes last; one PHP block prints several.
const CODEIGNITER = `<?php
echo "Please enter your birthdate to verify (YYYY-MM-DD) :";
echo form_open('sign_up/verify_birthdate');
echo form_input('birthdate', '', 'id="datepicker"') . "<br/>";
echo form_hidden('id', $alumni_id);
echo form_input('coupon_code', '', 'class="form-control"');
echo form_input(array('name' => 'card_number', 'class' => 'form-control fs-exclude'));
echo form_dropdown('religion', $religions, '', 'class="form-control"');
?>`;

const WOO = `<div class="wc-payment-form">
<?php
woocommerce_form_field(
    $payment_type . '_iban',
    array(
        'required' => true,
        'class'    => array( 'form-row-wide' ),
        'label'    => __( 'IBAN', 'woocommerce-gateway' ),
    )
);
woocommerce_form_field( $payment_type . '_bic', array( 'type' => 'hidden' ) );
woocommerce_form_field( 'order_comments', array( 'type' => 'textarea', 'label' => __( 'Order notes', 'woocommerce' ) ) );
?>
</div>`;

const SYMFONY = `{{ form_start(form) }}
  {{ form_row(form.card_number, {'label': 'Card Number:'}) }}
  {{ form_widget(form.cvv, {'attr': {'class': 'form-control'}}) }}
  {{ form_row(form.amount) }}
{{ form_end(form) }}`;

const WTFORMS = `<form method="post">{{ form.hidden_tag() }}
  {{ form.name(size=120) }}
  {{ form.dob(size=120, value=existing[0].date_of_birth) }}
</form>`;

const PHALCON = `<div class="form-group">
  <label for="passport_number">Серия и номер паспорта</label>
  {{ form.render('passport_number', ['class': 'form-control']) }}
</div>
<div class="form-group">
  <label for="city">Город</label>
  {{ form.render('city') }}
</div>`;

const SLIM = `fieldset.form-group
  label Account number
  = f.text_field :account_number, pattern: '.*\\S.*',
          class: 'form-control form-control-sm', required: true

fieldset
  = f.text_field :bank_name, class: 'form-control'`;

const HAML = `%tr
  %td= f.text_field :cvc, class: "input"
  %td= f.text_field :quantity
  = f.input :passport_number, input_html: { class: "form-control" }`;

const HAML_SELECTS = `%span.formw= f.date_select :date_of_birth, dob_select_options
%span.formw= f.date_select :visit_on
%span.formw= f.collection_select :religion_id, Religion.all, :id, :name
%span.formw= f.collection_select :country_id, Country.all, :id, :name
%span.formw= f.check_box :diabetes
%span.formw= f.check_box :newsletter`;

const INSIDE_CONDITIONAL_MARKER = `<div class="{% if mask %}fs-exclude{% endif %}">{{ payment_form.card_number|add_class:"input" }}</div>`;

createHtmlTester(FULLSTORY).run("require-masking (server-side form helpers)", rule, {
  valid: [
    { name: "Rails: a marker class in the helper's options", code: `<%= f.text_field :card_number, class: "form-control fs-exclude" %>` },
    { name: "Rails: a marker in the data hash", code: `<%= f.text_field :ssn, data: { private: true } %>`, settings: { "replay-privacy": { recorders: ["logrocket"] } } },
    { name: "Rails: a masked ancestor", code: `<div class="fs-exclude"><%= f.text_field :cvv %></div>` },
    { name: "Rails: a static password helper (recorders mask it)", code: `<%= f.password_field :password %>\n<%= password_field_tag :password_confirmation %>` },
    { name: "Rails: harmless fields and non-field helpers", code: `<%= f.text_field :coupon_code %>\n<%= f.label :card_number %>\n<%= link_to "Card number", card_path %>\n<%= text_field %>` },
    { name: "Laravel: a marker class in the options array", code: `{!! Form::text('iban', null, ['class' => 'form-control fs-exclude']) !!}` },
    { name: "CakePHP: a marker class in the options", code: `<?= $this->Form->input('Payment.card_no', ['class' => 'form-control fs-exclude']) ?>` },
    { name: "CodeIgniter: a marker class in the extra attributes, a static password", code: `<?= form_input('ssn', '', 'class="fs-exclude"') ?>\n<?= form_password(array('name' => 'password')) ?>` },
    { name: "CakePHP: a static password", code: `<?= $this->Form->password('password', ['class' => 'form-control']) ?>` },
    { name: "WooCommerce: a marker class in input_class", code: `<div class="payment"><?php woocommerce_form_field( 'sepa_iban', array( 'label' => __( 'IBAN', 'td' ), 'input_class' => array( 'fs-exclude' ) ) ); ?></div>` },
    { name: "Laravel: a static password", code: `{!! Form::password('password', ['class' => 'form-control']) !!}` },
    { name: "Django: output that is not a form's widget", code: `{{ user.email }}\n{{ form.card_number.label_tag }}\n{{ form.card_number.errors }}\n{{ order.card_number }}` },
    { name: "Django: a password field's widget is a static password input", code: `{{ form.password1 }}` },
    { name: "Rails: a prefixed builder method that prints no field, and a prefixed helper without a receiver", code: `<%= f.cfa_hidden_field :ssn %>\n<%= f.cfa_button :ssn %>\n<%= cfa_input_field :ssn %>` },
    { name: "Handlebars: partials that render no field, or no named one", code: `{{> components/products/card name="cardNumber"}}\n{{> components/common/text content="Card number"}}\n{{> components/common/forms/text label="Card number"}}` },
    { name: "Django: a bare name field outside a card form is anybody's name", code: `{% load static %}\n<form>{{ form.name }}\n{{ form.email }}</form>` },
    { name: "Django: render_field with a marker class", code: `{% render_field form.ssn class="fs-exclude" %}` },
    { name: "ViewComponent: a marker class in input_html", code: `<%= render ValidatedFieldComponent.new(form: f, name: :ssn, input_html: { class: "fs-exclude" }) %>` },
    { name: "ViewComponent: components not named for a field, and computed names", code: `<%= render PageHeadingComponent.new(name: :ssn) %>\n<%= render ValidatedFieldComponent.new(form: f, name: field_name) %>` },
    { name: "simple_form: a marker class in input_html", code: `<%= f.input :ssn, input_html: { class: "fs-exclude" } %>` },
    { name: "simple_form: as: :password, and a hidden input", code: `<%= f.input :pin, as: :password %>\n<%= f.input :iban, as: :hidden %>` },
    { name: "Yii 2: a marker class in the input's options", code: `<?= $form->field($model, 'cvv')->textInput(['class' => 'form-control fs-exclude']) ?>` },
    {
      name: "Yii 1: a marker class in the htmlOptions array (after the choices of a dropDownList); hidden fields, labels and errors",
      code: `<?php echo $form->textField($model, 'cvv', array('class' => 'fs-exclude')); ?>
<?php echo $form->dropDownList($model, 'exp_year', $years, array('class' => 'fs-exclude')); ?>
<?php echo $form->hiddenField($model, 'iban'); ?>
<?php echo $form->labelEx($model, 'card_number'); ?>
<?php echo $form->error($model, 'card_number'); ?>`,
    },
    { name: "Yii 2: a marker class in the input's options after the field's own options", code: `<?= $form->field($model, 'iban', ['options' => ['class' => 'form-group']])->textInput(['class' => 'fs-exclude']) ?>` },
    { name: "Yii 2: password, hidden and file inputs", code: `<?= $form->field($model, 'pin')->passwordInput() ?>\n<?= $form->field($model, 'iban')->hiddenInput() ?>\n<?= $form->field($model, 'passport_scan')->fileInput() ?>` },
    { name: "GOV.UK Frontend: a marker in the macro's attributes", code: `{{ govukInput({ label: { text: "Passport number" }, name: "passportNumber", attributes: { "data-private": "" } }) }}`, settings: { "replay-privacy": { recorders: ["logrocket"] } } },
    { name: "Symfony: a marker class in attr", code: `{{ form_widget(form.iban, {'attr': {'class': 'fs-exclude'}}) }}` },
    { name: "Symfony: only a form's fields", code: `{{ form_row(search.card_number) }}\n{{ form_start(form) }}` },
    { name: "Slim: a marker class in the options on a continued line", code: `= f.text_field :iban,\n    class: 'form-control fs-exclude'`, filename: "_form.html.slim" },
    { name: "Slim/Haml: text that is no helper call, and a harmless field", code: `p = @account.number\n= link_to "Card number", card_path\n= f.text_field :coupon_code`, filename: "show.html.haml" },
    { name: "Phalcon Volt: a marker class in the attribute array", code: `<label for="iban">IBAN</label>\n{{ form.render('iban', ['class': 'form-control fs-exclude']) }}` },
    { name: "a Twig macro library that is not named for forms", code: `{{ helpers.text('iban') }}` },
    { name: "a form macro whose name ends in no widget word (context, not text)", code: `{{ forms.context('iban') }}\n{{ forms.errorsFor('card_number') }}` },
    { name: "Phalcon Volt: render of something that is not a form", code: `{{ partial.render('passport_number') }}\n{{ form.render(fieldName) }}` },
    { name: "WTForms: class_ is the class", code: `{{ form.ssn(class_="form-control fs-exclude") }}` },
    { name: "WTForms: data_ keywords print data- attributes", code: `{{ form.cvv(data_private="") }}`, settings: { "replay-privacy": { recorders: ["logrocket"] } } },
    { name: "Razor: a marker class in htmlAttributes", code: `@Html.TextBoxFor(m => m.Cvv, new { @class = "form-control fs-exclude" })` },
    { name: "Razor: EditorFor's nested htmlAttributes", code: `@Html.EditorFor(m => m.Iban, new { htmlAttributes = new { @class = "fs-exclude" } })` },
    {
      name: "Razor: data_private prints data-private",
      code: `@Html.TextBox("SocialSecurityNumber", null, new { data_private = "true" })`,
      settings: { "replay-privacy": { recorders: ["logrocket"] } },
    },
    { name: "Razor: PasswordFor renders a static password input", code: `@Html.PasswordFor(m => m.Password)` },
    {
      name: "VB.NET Razor: a marker class in New With { .htmlAttributes = New With { ... } }",
      code: `@Html.EditorFor(Function(model) model.DOB, New With { .htmlAttributes = New With { .class = "form-control fs-exclude" } })`,
      filename: "Edit.vbhtml",
    },
    {
      name: "trap: {{ form.dob }} with no {% %} block anywhere is an Angular, Vue or Handlebars interpolation that prints a value",
      code: `<div *ngIf="submitted"><p><strong>DOB:</strong> {{ form.dob }}</p><p>IBAN: {{ form.iban }}</p></div>`,
      filename: "kyc-user-upload.component.html",
    },
    { name: "VB.NET Razor: a harmless property", code: `@Html.EditorFor(Function(model) model.Department, New With { .htmlAttributes = New With { .class = "form-control" } })`, filename: "Edit.vbhtml" },
    { name: "Razor: harmless fields and labels", code: `@Html.LabelFor(m => m.CardNumber)\n@Html.TextBoxFor(m => m.PromoCode)\n@Html.DropDownListFor(m => m.Country, Model.Countries, "Select")` },
  ],
  invalid: [
    {
      name: "FreeMarker: Spring's form macros are named by their path; a static password and a harmless path stay quiet",
      code: FREEMARKER,
      errors: [helperAt(FREEMARKER, "spring.formInput \"personForm.dateOfBirth\"", "spring.formInput")],
    },
    {
      name: "ASP.NET MVC Web Forms views: <%= Html.TextBoxFor %> and <%: ... %>; a static password and a harmless name stay quiet",
      code: WEB_FORMS_VIEW,
      errors: [helperAt(WEB_FORMS_VIEW, "Html.TextBoxFor(m => m.CardNumber)", "Html.TextBoxFor"), helperAt(WEB_FORMS_VIEW, "Html.TextBox(", "Html.TextBox")],
    },
    {
      name: "govuk-formbuilder: the method names the field; its password field has a Show button; radios and checkboxes of harmless questions stay quiet",
      code: GOVUK_FORMBUILDER,
      errors: [
        helperAt(GOVUK_FORMBUILDER, "govuk_date_field"),
        helperAt(GOVUK_FORMBUILDER, "govuk_radio_button"),
        helperAt(GOVUK_FORMBUILDER, "govuk_password_field"),
      ],
    },
    {
      name: "simple_form: f.input names its field; as: :text is a textarea",
      code: SIMPLE_FORM,
      errors: [helperAt(SIMPLE_FORM, "input :passport_number", "input")],
    },
    {
      name: "ViewComponent: a component named for a field, given a literal name",
      code: VIEW_COMPONENTS,
      errors: [helperAt(VIEW_COMPONENTS, "ValidatedFieldComponent.new(\n", "ValidatedFieldComponent"), helperAt(VIEW_COMPONENTS, "MemorableDateComponent")],
    },
    {
      name: "Yii 1: CActiveForm's textField and dropDownList name their field (the call may follow other statements)",
      code: YII1,
      errors: [helperAt(YII1, "textField($model, 'card_number'", "textField"), helperAt(YII1, "dropDownList($model, 'exp_month'", "dropDownList")],
    },
    {
      name: "Yii 1: checkBox and radioButtonList are choices named by their attribute; a row's checkbox does not answer the row before it",
      code: YII1_CHOICES,
      errors: [helperAt(YII1_CHOICES, "checkBox($medicalInfo,'diabetes'", "checkBox"), helperAt(YII1_CHOICES, "radioButtonList", "radioButtonList")],
    },
    {
      name: "Yii 2: a chained checkbox or radioList is a choice named by the field; the list's options come after its choices",
      code: YII_CHOICES,
      errors: [helperAt(YII_CHOICES, "field($model, 'has_disability')", "field")],
    },
    {
      name: "Yii 1: CHtml's static helpers name their field first; the model-bound ones after the model",
      code: YII1_CHTML,
      errors: [
        helperAt(YII1_CHTML, "CHtml::textField('credit_card_number'", "CHtml::textField"),
        helperAt(YII1_CHTML, "CHtml::dropDownList('expiration_month'", "CHtml::dropDownList"),
        helperAt(YII1_CHTML, "CHtml::activeTextField", "CHtml::activeTextField"),
      ],
    },
    {
      name: "Yii 2: $form->field names its field, with or without a chained input",
      code: YII,
      errors: [helperAt(YII, "field($model, 'card_number')", "field"), helperAt(YII, "field($model, 'iban')", "field")],
    },
    {
      name: "Yii 2: a field with its own options still names its field, and the input chained after them is read",
      code: YII_FIELD_OPTIONS,
      errors: [helperAt(YII_FIELD_OPTIONS, "field($model, 'dob'", "field")],
    },
    {
      name: "CakePHP: FormHelper's input, control and select name their fields (model.field); create, error and end are no fields",
      code: CAKE,
      errors: [
        helperAt(CAKE, "input('Payment.card_no'", "input"),
        helperAt(CAKE, "select('Payment.expire_month'", "select"),
        helperAt(CAKE, "control('dob'", "control"),
      ],
    },
    {
      name: "Firefly III: a form macro library's text macro names its field; the BIC is strict only",
      code: FIREFLY,
      errors: [helperAt(FIREFLY, "ExpandedForm.text('iban')", "ExpandedForm.text"), helperAt(FIREFLY, "ExpandedForm.text('account_number')", "ExpandedForm.text")],
    },
    {
      name: "Jinja: a form macro named for its widget names its field, and its label second; a phone number is no secret",
      code: JINJA_MACROS,
      errors: [
        helperAt(JINJA_MACROS, `forms.controlGroupTextField("ssn_last4"`, "forms.controlGroupTextField"),
        helperAt(JINJA_MACROS, `forms.textField("q7"`, "forms.textField"),
      ],
    },
    {
      name: "Lithium: $this->form->field names its field; a bank's name and address are no bank data",
      code: LITHIUM,
      errors: [helperAt(LITHIUM, "field('accountnumber'", "field")],
    },
    {
      name: "CodeIgniter: form_input and form_dropdown by name; a coupon, a hidden value and a masked card number are not reported",
      code: CODEIGNITER,
      errors: [helperAt(CODEIGNITER, "form_input('birthdate'", "form_input"), helperAt(CODEIGNITER, "form_dropdown('religion'", "form_dropdown")],
    },
    {
      name: "WooCommerce: woocommerce_form_field in a payment gateway's template",
      code: WOO,
      errors: [helperAt(WOO, "woocommerce_form_field(\n    $payment_type . '_iban'", "woocommerce_form_field")],
    },
    {
      name: "Symfony: form_row and form_widget name their fields",
      code: SYMFONY,
      errors: [helperAt(SYMFONY, "form_row(form.card_number", "form_row"), helperAt(SYMFONY, "form_widget(form.cvv", "form_widget")],
    },
    {
      name: "Slim: a helper printed with = is a field, its options going on over continued lines",
      code: SLIM,
      filename: "_form.html.slim",
      errors: [helperAt(SLIM, "text_field :account_number", "text_field")],
    },
    {
      name: "Haml: a helper printed after an element (%td=) or alone (simple_form's f.input)",
      code: HAML,
      filename: "_form.html.haml",
      errors: [helperAt(HAML, "text_field :cvc", "text_field"), helperAt(HAML, "input :passport_number", "input")],
    },
    {
      name: "Haml: Rails' date, collection and check-box helpers are fields; only the sensitive ones are reported",
      code: HAML_SELECTS,
      filename: "_form.html.haml",
      errors: [helperAt(HAML_SELECTS, "date_select :date_of_birth", "date_select"), helperAt(HAML_SELECTS, "collection_select :religion_id", "collection_select"), helperAt(HAML_SELECTS, "check_box :diabetes", "check_box")],
    },
    {
      name: "Phalcon Volt: form.render names its element, and the element's name is its id (the label's for)",
      code: PHALCON,
      errors: [helperAt(PHALCON, "form.render('passport_number'", "form.render")],
    },
    {
      name: "GOV.UK Frontend macros: the input's name, a date input's legend, the password input's Show button",
      code: GOVUK,
      errors: [helperAt(GOVUK, "govukInput({\n", "govukInput"), helperAt(GOVUK, "govukDateInput"), helperAt(GOVUK, "govukPasswordInput")],
    },
    {
      name: "django-bootstrap: bootstrap_field with its placeholder",
      code: BOOTSTRAP_FIELD,
      errors: [helperAt(BOOTSTRAP_FIELD, "form.number")],
    },
    {
      name: "WTForms: a field rendered by calling it",
      code: WTFORMS,
      errors: [helperAt(WTFORMS, "form.dob")],
    },
    {
      name: "Razor: TextBoxFor, EditorFor and TextBox name their fields by the model property or the name",
      code: RAZOR,
      errors: [
        helperAt(RAZOR, "Html.TextBoxFor(m => m.CardNumber", "Html.TextBoxFor"),
        helperAt(RAZOR, "Html.EditorFor", "Html.EditorFor"),
        helperAt(RAZOR, "Html.TextBox(", "Html.TextBox"),
      ],
    },
    {
      name: "VB.NET Razor: EditorFor and TextBoxFor name their fields by the lambda's property",
      code: VB_RAZOR,
      filename: "Edit.vbhtml",
      errors: [helperAt(VB_RAZOR, "Html.EditorFor(Function(model) model.DOB", "Html.EditorFor"), helperAt(VB_RAZOR, "Html.TextBoxFor", "Html.TextBoxFor")],
    },
    {
      name: "Rails: form builder and _tag helpers",
      code: RAILS,
      errors: [helperAt(RAILS, "text_field :card_number", "text_field"), helperAt(RAILS, "text_field_tag")],
    },
    {
      name: "Django: a bound field and widget-tweaks' render_field",
      code: DJANGO,
      errors: [helperAt(DJANGO, "form.iban }}", "form.iban"), helperAt(DJANGO, "form.ssn")],
    },
    {
      name: "Django: a card form's name field is the cardholder, a loop's field name is no field",
      code: DJANGO_CARDHOLDER,
      errors: [helperAt(DJANGO_CARDHOLDER, "form.card_number"), helperAt(DJANGO_CARDHOLDER, "form.name }}", "form.name")],
    },
    {
      name: "Rails: a project's builder methods named for a field behind a prefix (f.cfa_input_field, f.cfa_checkbox); a preferred name stays quiet",
      code: PREFIXED_BUILDER,
      errors: [helperAt(PREFIXED_BUILDER, "cfa_input_field(:ssn", "cfa_input_field"), helperAt(PREFIXED_BUILDER, "cfa_checkbox")],
    },
    {
      name: "BigCommerce Stencil: a forms partial given a name renders that field; a first name stays quiet",
      code: STENCIL,
      errors: [helperAt(STENCIL, "components/common/forms/text id=\"credit_card_number\"", "components/common/forms/text"), helperAt(STENCIL, "components/common/forms/text id=\"cvv\"", "components/common/forms/text")],
    },
    { name: "Laravel Collective", code: LARAVEL, errors: [helperAt(LARAVEL, "Form::text")] },
    { name: "a Laravel macro named after a kind", code: LARAVEL_MACRO, errors: [helperAt(LARAVEL_MACRO, "Form::radioGroup")] },
    { name: "a Blade partial that renders a field, included with its parameters", code: BLADE_INCLUDE, errors: [helperAt(BLADE_INCLUDE, "include")] },
    {
      name: "a marker that only a template conditional prints is conditional",
      code: INSIDE_CONDITIONAL_MARKER,
      errors: [helperAt(INSIDE_CONDITIONAL_MARKER, "payment_form.card_number", "payment_form.card_number", "conditional")],
    },
  ],
});

describe("helperFieldsIn", () => {
  it("reads the name, type and literal options of each helper", () => {
    const text = `<%= f.date_field :date_of_birth, "data-hj-suppress" => true, :placeholder => "DD/MM/YYYY", aria: { label: "Birthday" } %>`;
    const [field] = helperFieldsIn(text, 100);
    expect(field).toEqual({
      nameRange: [106, 116],
      range: [100, 100 + text.length],
      helper: "date_field",
      tag: "input",
      attributes: [["type", "date"], ["name", "date_of_birth"], ["data-hj-suppress", "true"], ["placeholder", "DD/MM/YYYY"], ["aria-label", "Birthday"]],
    });
  });

  it("leaves Ruby's #{...} out of a double-quoted string", () => {
    const [field] = helperFieldsIn(`<%= text_field_tag "#{prefix}[name]", "", { id: "name_on_card_#{method.id}", autocomplete: 'a#{b}' } %>`, 0);
    expect(field?.attributes).toEqual([["name", " [name]"], ["id", "name_on_card_ "], ["autocomplete", "a#{b}"]]);
  });

  it("leaves out options whose value is computed at render time", () => {
    const [field] = helperFieldsIn(`<%= f.text_area :notes, class: css_class, rows: 4 %>`, 0);
    expect(field?.tag).toBe("textarea");
    expect(field?.attributes).toEqual([["name", "notes"], ["rows", "4"]]);
  });

  it("reads options merged into a hash or array built before (Spree's card form, PHP's array_merge); a merge of nothing known adds nothing", () => {
    expect(helperFieldsIn(`<%= text_field_tag "#{param_prefix}[number]", '', options_hash.merge(:id => 'card_number', :maxlength => 19) %>`, 0)[0]?.attributes).toEqual([
      ["name", " [number]"], ["id", "card_number"], ["maxlength", "19"],
    ]);
    expect(helperFieldsIn(`<?php echo CHtml::textField('cvv', '', array_merge($base, array('class' => 'fs-exclude'))); ?>`, 0)[0]?.attributes).toEqual([["name", "cvv"], ["class", "fs-exclude"]]);
    expect(helperFieldsIn(`<%= text_field_tag "nickname", '', options_hash.merge(defaults) %>`, 0)[0]?.attributes).toEqual([["name", "nickname"]]);
  });

  it("reads Rails select and Laravel select options after the choices", () => {
    expect(helperFieldsIn(`<%= f.select :blood_type, BLOOD_TYPES, { include_blank: true }, { class: "fs-exclude" } %>`, 0)[0]?.attributes).toEqual([
      ["name", "blood_type"], ["include_blank", "true"], ["class", "fs-exclude"],
    ]);
    expect(helperFieldsIn(`{!! Form::select('ethnicity', $options, null, ['id' => 'eth']) !!}`, 0)[0]?.attributes).toEqual([["name", "ethnicity"], ["id", "eth"]]);
  });

  it("reads a Laravel field left unnamed for Stripe.js by its options; a name held in a variable is not read as one", () => {
    expect(helperFieldsIn(`{{ Form::text(null, null, ['class'=>'form-control', 'data-stripe'=>'number']) }}`, 0)[0]?.attributes).toEqual([["class", "form-control"], ["data-stripe", "number"]]);
    expect(helperFieldsIn(`{{ Form::select(null, $months, date('m'), ['data-stripe'=>'exp-month']) }}`, 0)[0]?.attributes).toEqual([["data-stripe", "exp-month"]]);
    expect(helperFieldsIn(`{{ Form::text($field, null, ['placeholder' => 'Card number']) }}`, 0)).toEqual([]);
  });

  it("reads Collective's date selects and a project's Laravel macros named after a kind, with their options last", () => {
    expect(helperFieldsIn(`{{ Form::radioGroup('ethnicity', $ethnicityOptions, array('required')) }}`, 0)[0]).toMatchObject({
      helper: "Form::radioGroup", tag: "input", attributes: [["type", "radio"], ["name", "ethnicity"]],
    });
    expect(helperFieldsIn(`{!! Form::bsText('iban', 'IBAN', ['class' => 'fs-exclude']) !!}`, 0)[0]?.attributes).toEqual([["name", "iban"], ["class", "fs-exclude"]]);
    expect(helperFieldsIn(`{!! Form::selectMonth('exp_month', null, ['class' => 'form-control']) !!}`, 0)[0]).toMatchObject({
      tag: "select", attributes: [["name", "exp_month"], ["class", "form-control"]],
    });
    // Not fields: a label, a hidden value, the form itself, a macro named after no kind of field.
    for (const code of [`{!! Form::label('ssn', 'SSN') !!}`, `{!! Form::hidden('ssn') !!}`, `{!! Form::open(['url' => 'pay']) !!}`, `{!! Form::bsSubmit('ssn') !!}`, `{!! Form::textTrans('ssn') !!}`]) {
      expect(helperFieldsIn(code, 0)).toEqual([]);
    }
  });

  it("reads a Blade partial that renders one field from its include parameters", () => {
    expect(helperFieldsIn(`@include('guide.field', ['id' => 'dateBirth', 'inputType' => 'date', 'labelText' => 'Date of birth'])`, 0)).toEqual([
      { nameRange: [1, 8], range: [0, 101], helper: "include", tag: "input", attributes: [["id", "dateBirth"], ["type", "date"], ["label", "Date of birth"]] },
    ]);
    expect(helperFieldsIn(`@include("partials.form.password", ["name" => "pin", "class" => "fs-exclude"])`, 0)[0]?.attributes).toEqual([["type", "password"], ["name", "pin"], ["class", "fs-exclude"]]);
    // A parameter that holds markup ends the template text at its tag: the parameters before it still count.
    const cut = `@include('new.components.input', [\n  'name' => 'card_number',\n  'label' => t('checkout.card_number'),\n  'suffix' => '`;
    expect(helperFieldsIn(cut, 0)).toEqual([{ nameRange: [1, 8], range: [0, cut.length], helper: "include", tag: "input", attributes: [["name", "card_number"]] }]);
    // Not fields: a partial named for something else, a field partial given nothing that names a field, no parameters.
    for (const code of [`@include('partials.footer', ['name' => 'ssn'])`, `@include('forms.input', ['size' => 'lg'])`, `@include('forms.input')`, `@include('checkout.fields', ['name' => 'ssn'])`]) {
      expect(helperFieldsIn(code, 0)).toEqual([]);
    }
  });

  it("reads WooCommerce's woocommerce_form_field: the key's literal parts, the type, translated label and both classes", () => {
    const code = `<?php woocommerce_form_field( $payment_type . '_iban', array( 'required' => true, 'class' => array( 'form-row-wide' ), 'label' => __( 'IBAN', 'gateway' ), 'input_class' => array( 'input-text', 'fs-exclude' ) ) ); ?>`;
    expect(helperFieldsIn(code, 0)).toEqual([
      { nameRange: [6, 28], range: [5, code.length - 4], helper: "woocommerce_form_field", tag: "input", attributes: [["name", "_iban"], ["label", "IBAN"], ["class", "form-row-wide input-text fs-exclude"]] },
    ]);
    expect(helperFieldsIn(`<?php woocommerce_form_field( 'card_pin', [ 'type' => 'password', 'placeholder' => esc_attr__( 'PIN', 'td' ) ] ); ?>`, 0)[0]?.attributes).toEqual([
      ["type", "password"], ["name", "card_pin"], ["placeholder", "PIN"],
    ]);
    // Not fields: a hidden value, a key computed with no literal part, an unclosed call.
    for (const code of [`<?php woocommerce_form_field( 'iban', array( 'type' => 'hidden' ) ); ?>`, `<?php woocommerce_form_field( $key, $field ); ?>`, `<?php woocommerce_form_field( 'iban', array(`]) {
      expect(helperFieldsIn(code, 0)).toEqual([]);
    }
  });

  it("finds nothing in plain text, unclosed blocks or unknown helpers", () => {
    expect(helperFieldsIn("Fill in the form below.", 0)).toEqual([]);
    expect(helperFieldsIn("<%= f.text_field :ssn", 0)).toEqual([]);
    expect(helperFieldsIn("<%= f.time_zone_select :ssn %>", 0)).toEqual([]);
    expect(helperFieldsIn("<%= f.text_field name_variable %>", 0)).toEqual([]);
  });
});

describe("helperFieldsIn: Razor HTML helpers", () => {
  it("reads the model property of a lambda, the kind and the anonymous-object attributes", () => {
    const text = `@Html.TextAreaFor((m) => m.Visit.Diagnosis, 5, 40, new { @class = "form-control", data_hj_suppress = "true" })`;
    expect(helperFieldsIn(text, 10)).toEqual([
      {
        nameRange: [11, 11 + "Html.TextAreaFor".length],
        range: [10, 10 + text.length],
        helper: "Html.TextAreaFor",
        tag: "textarea",
        attributes: [["name", "Diagnosis"], ["class", "form-control"], ["data-hj-suppress", "true"]],
      },
    ]);
  });

  it("keeps parentheses and escaped quotes inside strings out of the call's end", () => {
    const [field] = helperFieldsIn(`@Html.TextBox("Iban", null, new { placeholder = "e.g. (DE) \\"89\\"" }) <p>)</p>`, 0);
    expect(field?.attributes).toEqual([["name", "Iban"], ["placeholder", String.raw`e.g. (DE) \"89\"`]]);
  });

  it("gives EditorFor of a password property a password input, and PasswordFor its type", () => {
    expect(helperFieldsIn(`@Html.EditorFor(m => m.Password)`, 0)[0]?.attributes).toEqual([["type", "password"], ["name", "Password"]]);
    expect(helperFieldsIn(`@Html.PasswordFor(m => m.Pin)`, 0)[0]?.attributes).toEqual([["type", "password"], ["name", "Pin"]]);
  });

  it("finds nothing for computed names, other helpers or an unclosed call", () => {
    expect(helperFieldsIn(`@Html.TextBox(Model.FieldName)`, 0)).toEqual([]);
    expect(helperFieldsIn(`@Html.TextBoxFor(model.Selector)`, 0)).toEqual([]);
    expect(helperFieldsIn(`@Html.LabelFor(m => m.CardNumber) @Html.ValidationMessageFor(m => m.CardNumber)`, 0)).toEqual([]);
    expect(helperFieldsIn(`@Html.TextBoxFor(m => m.Cvv, new { @class = "a" `, 0)).toEqual([]);
  });
});

describe("splitArguments", () => {
  it("splits at top-level commas only", () => {
    expect(splitArguments(`:a, "b, c", { d: [1, 2], e: f(g, h) }, 'i\\', j'`)).toEqual([":a", `"b, c"`, "{ d: [1, 2], e: f(g, h) }", "'i\\', j'"]);
    expect(splitArguments("  ")).toEqual([]);
  });
});
