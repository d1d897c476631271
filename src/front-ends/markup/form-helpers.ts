/**
 * Fields printed by server-side form helpers, which a template shows as code instead of a tag:
 * - Rails: `<%= f.text_field :card_number, autocomplete: "cc-number" %>`, `<%= password_field_tag "pin" %>`,
 *   `<%= form.text_area :diagnosis, data: { private: true } %>`;
 * - Laravel Collective: `{!! Form::text('iban', null, ['class' => 'form-control']) !!}`;
 * - Django: `{{ form.card_number }}`, `{{ payment_form.cvc|add_class:"x" }}`,
 *   `{% render_field form.ssn class="fs-exclude" %}` (django-widget-tweaks);
 * - ASP.NET Razor: `@Html.TextBoxFor(m => m.CardNumber, new { @class = "form-control" })`,
 *   `@Html.PasswordFor(m => m.Pin)`, `@Html.EditorFor(m => m.Iban, new { htmlAttributes = new { ... } })`;
 * - Rails simple_form / formtastic: `<%= f.input :passport_number, as: :string, input_html: { ... } %>`;
 * - Rails ViewComponents named for a field: `<%= render ValidatedFieldComponent.new(form: f, name: :ssn) %>`;
 * - the same Rails helpers in Slim and Haml views: `= f.text_field :iban`, `%td= f.text_field :cvc`;
 * - Flask-WTF / WTForms: `{{ form.dob(class_="form-control") }}`;
 * - Symfony: `{{ form_row(form.card_number, { attr: { class: "fs-exclude" } }) }}`, `form_widget(...)`;
 * - Phalcon Volt: `{{ form.render('passport_number', ['class': 'form-control']) }}`;
 * - Yii 2: `<?= $form->field($model, 'card_number')->textInput(['maxlength' => true]) ?>`;
 * - GOV.UK Frontend's Nunjucks macros: `{{ govukInput({ name: "nino", label: { text: "National Insurance number" } }) }}`.
 * Each becomes the tag and attributes the helper renders, so the markup front end reads it like an
 * element. What a helper's arguments compute at render time is not known and is left out.
 */
import type { FieldTag } from "../../core/field.js";
import { closingBracket, kebabCase, splitTopLevel } from "../../util/strings.js";

export interface HelperField {
  /** [start, end) of the helper's name in the text. */
  nameRange: [number, number];
  /** [start, end) of the whole template block. */
  range: [number, number];
  helper: string;
  tag: FieldTag;
  attributes: [name: string, value: string][];
}

interface HelperKind {
  tag: FieldTag;
  type: string | null;
}

/** One helper call read from its code: its name (and where it starts in the code), kind and attributes. */
interface HelperCall {
  helper: string;
  offset: number;
  kind: HelperKind;
  attributes: [string, string][];
}

/** What each kind of helper renders; Laravel Collective names its helpers after these kinds. */
const KINDS = {
  text: { tag: "input", type: null },
  password: { tag: "input", type: "password" },
  tel: { tag: "input", type: "tel" },
  number: { tag: "input", type: "number" },
  email: { tag: "input", type: "email" },
  date: { tag: "input", type: "date" },
  month: { tag: "input", type: "month" },
  search: { tag: "input", type: "search" },
  radio: { tag: "input", type: "radio" },
  checkbox: { tag: "input", type: "checkbox" },
  textarea: { tag: "textarea", type: null },
  select: { tag: "select", type: null },
} as const satisfies Record<string, HelperKind>;

const RAILS_HELPERS: ReadonlyMap<string, HelperKind> = new Map<string, HelperKind>([
  ["text_field", KINDS.text],
  ["password_field", KINDS.password],
  ["telephone_field", KINDS.tel],
  ["phone_field", KINDS.tel],
  ["number_field", KINDS.number],
  ["email_field", KINDS.email],
  ["date_field", KINDS.date],
  ["month_field", KINDS.month],
  ["search_field", KINDS.search],
  ["text_area", KINDS.textarea],
  ["select", KINDS.select],
  // `f.date_select :date_of_birth` prints a select per date part; `f.collection_select :religion_id, Religion.all, :id, :name`.
  ["date_select", KINDS.select],
  ["collection_select", KINDS.select],
  ["check_box", KINDS.checkbox],
  // govuk-formbuilder, the form builder of UK government Rails services (`f.govuk_date_field :date_of_birth`).
  // Its password field comes with a Show button, like GOV.UK Frontend's password input.
  ["govuk_text_field", KINDS.text],
  ["govuk_password_field", KINDS.text],
  ["govuk_phone_field", KINDS.tel],
  ["govuk_email_field", KINDS.email],
  ["govuk_number_field", KINDS.number],
  ["govuk_date_field", KINDS.date],
  ["govuk_text_area", KINDS.textarea],
  ["govuk_collection_select", KINDS.select],
  ["govuk_select", KINDS.select],
  ["govuk_collection_radio_buttons", KINDS.radio],
  ["govuk_radio_button", KINDS.radio],
  ["govuk_collection_check_boxes", KINDS.checkbox],
  ["govuk_check_box", KINDS.checkbox],
]);

const LARAVEL_HELPERS: ReadonlyMap<string, HelperKind> = new Map<string, HelperKind>(Object.entries(KINDS));
/** Collective's date selects (`Form::selectMonth('dob_month')`). */
const LARAVEL_DATE_SELECTS: ReadonlySet<string> = new Set(["selectMonth", "selectYear", "selectRange"]);
/** A project's macros named after a kind: Bootstrap's `Form::bsText`, `Form::radioGroup('ethnicity', $options)`. */
const LARAVEL_MACRO = /^(?:bs)?(text|password|email|tel|number|date|textarea|select|radio|checkbox)(?:Group|Field|Input|List)?$/iu;

/** simple_form / formtastic `as:` types (`f.input :notes, as: :text`); `hidden` prints no visible field. */
const SIMPLE_FORM_AS: Readonly<Record<string, HelperKind | null>> = {
  string: KINDS.text, text: KINDS.textarea, password: KINDS.password, email: KINDS.email, tel: KINDS.tel, phone: KINDS.tel,
  number: KINDS.number, integer: KINDS.number, date: KINDS.date, select: KINDS.select, hidden: null,
};
const SIMPLE_FORM_CALL = /^\s*[A-Za-z_@]\w*\.(input)\b/u;

/** `render ValidatedFieldComponent.new(...)`: a ViewComponent whose name says it renders a field. */
const VIEW_COMPONENT_CALL = /^\s*render(?:\s*\(\s*|\s+)((?:[A-Z]\w*::)*[A-Z]\w*?(?:Field|Input|TextArea|Date|Select)\w*Component)\.new\s*\(/u;

/**
 * Yii 2 ActiveForm: `$form->field($model, 'attr')` and the input method chained to it. The field may
 * take its own options (`field($model, 'dob', ['template' => ...])`) before the chain.
 */
const YII_FIELD = /^\s*(?:echo\s+)?\$\w+->field\(\s*\$\w+\s*,\s*(["'])([\w[\]]+)\1\s*([,)])/u;
const YII_INPUTS: Readonly<Record<string, HelperKind>> = {
  textInput: KINDS.text, passwordInput: KINDS.password, textarea: KINDS.textarea, dropDownList: KINDS.select, listBox: KINDS.select,
  // Choices: the recording shows the answer to a health or special-category question.
  checkbox: KINDS.checkbox, radio: KINDS.radio, checkboxList: KINDS.checkbox, radioList: KINDS.radio,
};
const YII_CHAIN = /^\s*->\s*(\w+)\s*\(/u;
/** Chained inputs that show nothing the visitor types or picks. */
const YII_NOT_TYPED: ReadonlySet<string> = new Set(["hiddenInput", "fileInput"]);
/** Chained inputs whose options come after a list of choices. */
const YII_CHOICE_LISTS: ReadonlySet<string> = new Set(["dropDownList", "listBox", "checkboxList", "radioList"]);

const YII1_INPUTS: Readonly<Record<string, HelperKind>> = {
  textField: KINDS.text, passwordField: KINDS.password, textArea: KINDS.textarea, dropDownList: KINDS.select, listBox: KINDS.select,
  dateField: KINDS.date, emailField: KINDS.email, telField: KINDS.tel, numberField: KINDS.number,
  checkBox: KINDS.checkbox, radioButton: KINDS.radio, checkBoxList: KINDS.checkbox, radioButtonList: KINDS.radio,
};
/** The helpers' names, and as `CHtml::active...` spells them (`activeTextField`). */
const YII1_METHODS = Object.keys(YII1_INPUTS).join("|");
const YII1_ACTIVE_METHODS = Object.keys(YII1_INPUTS).map((method) => method.charAt(0).toUpperCase() + method.slice(1)).join("|");
/**
 * Yii 1 CActiveForm: `$form->textField($model, 'card_number', array('class' => 'x'))`, and
 * `dropDownList($model, 'exp_month', $months, $htmlOptions)`. Anywhere in a PHP block: the call may
 * follow the statements that build its choices.
 */
const YII1_FIELD = new RegExp(String.raw`\$\w+->(${YII1_METHODS})\(\s*\$\w+\s*,\s*(["'])([\w[\]]+)\2`, "u");
/**
 * Yii 1's static helpers: `CHtml::textField('card_name', '', array('placeholder' => ...))`, with the
 * field's name first, and the model-bound `CHtml::activeTextField($model, 'cvv')`.
 */
const YII1_STATIC_FIELD = new RegExp(String.raw`CHtml::(${YII1_METHODS})\(\s*(["'])([\w[\]]+)\2`, "u");
const YII1_ACTIVE_FIELD = new RegExp(String.raw`CHtml::active(${YII1_ACTIVE_METHODS})\(\s*\$\w+\s*,\s*(["'])([\w[\]]+)\2`, "u");
/** Yii 1 helpers whose options come after a list of choices (`dropDownList($model, 'x', $data, $htmlOptions)`). */
const YII1_CHOICE_LISTS: ReadonlySet<string> = new Set(["dropDownList", "listBox", "checkBoxList", "radioButtonList"]);
/** Ruby's `hash.merge(...)` and PHP's `array_merge(...)` around options: what they add is read. */
const MERGED_OPTIONS = /^(?:[\w@$]+(?:\.\w+)*\.merge|array_merge)\s*\((.*)\)$/su;
/** PHP's long array syntax around options: `array('class' => 'x')`. */
const PHP_ARRAY = /^array\s*\((.*)\)$/su;

/** The inside of a PHP array written either way (`array( ... )`, `[ ... ]`), or null. */
function phpArrayBody(code: string): string | null {
  return PHP_ARRAY.exec(code)?.[1] ?? (code.startsWith("[") && code.endsWith("]") ? code.slice(1, -1) : null);
}

/** Symfony's Twig form functions: `form_row(form.x, {...})`, `form_widget(form.x, {...})`. */
const SYMFONY_CALL = /^\s*(form_row|form_widget)\s*\(\s*([A-Za-z_]\w*)\.([A-Za-z_]\w*)\s*[,)]/u;

/**
 * A template macro library named for forms, one macro per widget: Firefly III's Twig
 * `ExpandedForm.text('iban')`, `ExpandedForm.date('birthday')`, and Jinja macros named for the
 * widget they wrap (`forms.controlGroupTextField("ssn_last4", "Last 4 of SSN")`, label second).
 */
const FORM_MACRO = /^\s*([A-Za-z_]\w*)\.([A-Za-z_]\w*)\s*\(\s*(["'])([\w.[\]-]+)\3/u;
const FORM_MACRO_KINDS: Readonly<Record<string, HelperKind>> = {
  text: KINDS.text, password: KINDS.password, textarea: KINDS.textarea, date: KINDS.date, select: KINDS.select,
  number: KINDS.number, integer: KINDS.number, amount: KINDS.number, tel: KINDS.tel, email: KINDS.email, checkbox: KINDS.checkbox,
};
/** What a macro's name may add after its widget: `textField`, `dateInput`, `selectGroup`. */
const MACRO_NAME_ENDINGS: ReadonlySet<string> = new Set(["field", "input", "group", "box"]);
const SNAKE_OR_KEBAB = /[-_]/u;

/** The widget a macro's name ends with, as a word: `controlGroupTextField` and `text` do; `context` does not. */
function macroKind(name: string): HelperKind | null {
  const words = kebabCase(name).split(SNAKE_OR_KEBAB);
  if (words.length > 1 && MACRO_NAME_ENDINGS.has(words.at(-1)!)) words.pop();
  const widget = words.at(-1)!;
  return Object.hasOwn(FORM_MACRO_KINDS, widget) ? FORM_MACRO_KINDS[widget]! : null;
}

function formMacroField(code: string): HelperCall | null {
  const call = FORM_MACRO.exec(code);
  if (!call || !FORM_OBJECT.test(call[1]!)) return null;
  const kind = macroKind(call[2]!);
  if (!kind) return null;
  const helper = `${call[1]}.${call[2]}`;
  const attributes: [string, string][] = [["name", call[4]!]];
  // The label a macro takes second (`("ssn_last4", "Last 4 of SSN", help)`), when it is written out.
  const label = literal(callArguments(code, call)[1] ?? "");
  if (label) attributes.push(["aria-label", label]);
  return { helper, offset: code.indexOf(helper), kind, attributes: withType(kind, attributes) };
}

/** Phalcon's Volt templates render a form element by name: `form.render('passport_number', ['class': 'x'])`. */
const PHALCON_RENDER = /^\s*([A-Za-z_]\w*)\.render\s*\(\s*(["'])([\w.[\]-]+)\2(?:\s*,\s*\[(.*)\])?\s*\)\s*$/su;

/** WTForms renders a field by calling it: `form.dob(size=20, class_="x")`. */
const WTFORMS_CALL = /^\s*([A-Za-z_]\w*)\.([A-Za-z_]\w*)\s*\((.*)\)\s*$/su;
/** `key = value`: Razor anonymous-object members (`@class = "x"`) and Python keyword arguments (`class_="x"`). */
// C# `@class = "x"`, and VB.NET's `.class = "x"` and named argument `htmlAttributes:= New With { ... }`.
const ASSIGNMENT = /^[@.]?([A-Za-z_]\w*)\s*:?=(.+)$/su;

/** Laravel's helpers whose second argument is the options array (no value argument). */
const LARAVEL_NO_VALUE: ReadonlySet<string> = new Set(["password"]);

/** Where a helper's code can start: the openers of ERB, Blade, Django/Jinja blocks. */
const BLOCK_OPENERS = /<%=|\{!!|\{\{|\{%|<\?=|<\?php/gu;
const BLOCK_CLOSERS: Readonly<Record<string, string>> = { "<%=": "%>", "{!!": "!!}", "{{": "}}", "{%": "%}", "<?=": "?>", "<?php": "?>" };
/** A cheap test before any block is read. */
export const MAY_HOLD_HELPER = /_field|_area|select|Form::|Form\.|form|Html\.|input|->field\(|Component|govuk|@include\(|CHtml::/u;

/** Razor's HTML helpers: `@Html.TextBoxFor(m => m.X, ...)` or `@Html.TextBox("X", ...)`. */
/** Razor's `@Html.TextBoxFor(...)`, and the same helpers in ASP.NET MVC's Web Forms views (`<%= Html.TextBoxFor(...) %>`, `<%: ... %>`). */
const RAZOR_CALL = /(?:@|<%[=:]\s*)Html\.(TextBox|Password|TextArea|DropDownList|ListBox|Editor)(For)?\s*\(/gu;
const RAZOR_HINT = /@Html\.|<%[=:]\s*Html\./u;
const RAZOR_KINDS: Readonly<Record<string, HelperKind>> = {
  TextBox: KINDS.text, Password: KINDS.password, TextArea: KINDS.textarea, DropDownList: KINDS.select, ListBox: KINDS.select, Editor: KINDS.text,
};
/** `m => m.Payment.CardNumber`, and VB.NET's `Function(model) model.CardNumber` (.vbhtml views): the model property is the last member. */
const RAZOR_LAMBDA = /^(?:\(?\s*\w+(?:\s*\))?\s*=>|Function\s*\(\s*\w+\s*\))\s*([\w.]+)$/u;
/** An anonymous object: C#'s `new { ... }`, VB.NET's `New With { ... }`. */
const ANONYMOUS_OBJECT = /^new\b/iu;
/** ERB's `-%>` trims the line break after the block. */
const TRIM_MARK = /-$/u;

const RAILS_CALL = /^\s*(?:[A-Za-z_@]\w*\.)?([a-z_]+?)(_tag)?\b/u;
const LARAVEL_CALL = /^\s*Form::([A-Za-z]+)\s*\(/u;
/** `form.card_number`, `payment_form.cvc|add_class:"x"`; the object's name must say form. */
const DJANGO_FIELD = /^\s*([A-Za-z_]\w*)\.([A-Za-z_]\w*)\s*(?:\|[^}]*)?$/u;
/** django-widget-tweaks' `{% render_field %}` and django-bootstrap's `{% bootstrap_field %}`. */
const DJANGO_RENDER_FIELD = /^\s*(?:render_field|bootstrap_field)\s+([A-Za-z_]\w*)\.([A-Za-z_]\w*)(\s.*)?$/su;
const FORM_OBJECT = /form/iu;
const PASSWORD_NAME = /password/iu;
/** Django's bound-field attributes that print something other than the widget. */
const DJANGO_NOT_WIDGET: ReadonlySet<string> = new Set([
  "label", "label_tag", "errors", "help_text", "id_for_label", "html_name", "value", "name", "field", "as_hidden", "non_field_errors",
]);
/**
 * A form has no `name` of its own: `{{ form.name }}` prints the field called "name" (a card form's
 * cardholder). A loop's bound field does (`{% for form_field in form %}{{ form_field.name }}`).
 */
const BOUND_FIELD_OBJECT = /field$/iu;

/** Whether `{{ object.attribute }}` prints something other than a field's widget. */
function printsNoWidget(object: string, attribute: string): boolean {
  return DJANGO_NOT_WIDGET.has(attribute) && (attribute !== "name" || BOUND_FIELD_OBJECT.test(object));
}

/** `key="value"` pairs of a `render_field` tag. */
const TAG_PAIR = /(?<![\w-])([\w-]+)\s*=\s*(["'])(.*?)\2/gu;

/** Call arguments, split at top-level commas and trimmed. */
export function splitArguments(code: string): string[] {
  return splitTopLevel(code).map((part) => part.trim()).filter(Boolean);
}

const STRING = /^(["'])(.*)\1$/su;
const RUBY_INTERPOLATION = /#\{[^{}]*\}/gu;
const SYMBOL = /^:([A-Za-z_]\w*)$/u;
const NUMBER = /^-?\d+(?:\.\d+)?$/u;

/** A literal's text: `"x"`, `'x'`, `:x`, `true`, `12`; null for code. Ruby's `#{...}` prints what code computes: left out. */
function literal(code: string): string | null {
  const text = code.trim();
  const string = STRING.exec(text);
  if (string) return string[1] === '"' ? string[2]!.replace(RUBY_INTERPOLATION, " ") : string[2]!;
  const symbol = SYMBOL.exec(text);
  if (symbol) return symbol[1]!;
  if (text === "true" || NUMBER.test(text)) return text;
  return null;
}

/** A Ruby / PHP / Twig hash pair's key and value code (`class: "x"`, `:class => "x"`, `'class' => 'x'`, `'class': 'x'`). */
function readPair(text: string): [key: string, value: string] | null {
  const pair = PAIR.exec(text.trim());
  return pair ? [pair[1] ?? pair[2] ?? pair[4] ?? pair[6] ?? "", (pair[7] ?? "").trim()] : null;
}

const PAIR = /^(?:([A-Za-z_][\w-]*):(?!:)|:([A-Za-z_]\w*)\s*=>|(["'])([^"']+)\3\s*=>|(["'])([^"']+)\5:)(.*)$/su;

/**
 * Attributes from Ruby hash / PHP array pairs: `class: "x"`, `:class => "x"`, `'class' => 'x'`,
 * `data: { private: true }` (Rails prints `data-private`, dashes for underscores), `aria: { label: "..." }`.
 */
function pairAttributes(parts: readonly string[], out: [string, string][]): void {
  for (const part of parts) {
    const trimmed = part.trim();
    if ((trimmed.startsWith("{") && trimmed.endsWith("}")) || (trimmed.startsWith("[") && trimmed.endsWith("]"))) {
      pairAttributes(splitArguments(trimmed.slice(1, -1)), out);
      continue;
    }
    const phpArray = PHP_ARRAY.exec(trimmed);
    if (phpArray) {
      pairAttributes(splitArguments(phpArray[1]!), out);
      continue;
    }
    // Options merged into a hash or array the template built before (`options_hash.merge(:id => 'card_number')`, `array_merge($base, [...])`).
    const merged = MERGED_OPTIONS.exec(trimmed);
    if (merged) {
      pairAttributes(splitArguments(merged[1]!), out);
      continue;
    }
    const pair = readPair(trimmed);
    if (!pair) continue;
    const key = pair[0].toLowerCase();
    const text = pair[1];
    if ((key === "data" || key === "aria") && text.startsWith("{") && text.endsWith("}")) {
      const nested: [string, string][] = [];
      pairAttributes(splitArguments(text.slice(1, -1)), nested);
      for (const [name, value] of nested) out.push([`${key}-${name.replaceAll("_", "-")}`, value]);
      continue;
    }
    const value = literal(text);
    if (value !== null) out.push([key, value]);
  }
}

function withType(kind: HelperKind, attributes: [string, string][]): [string, string][] {
  if (kind.type && !attributes.some(([name]) => name === "type")) attributes.unshift(["type", kind.type]);
  return attributes;
}

/**
 * A project's form builder names its methods after the field they print, behind its own prefix: Code for
 * America's `f.cfa_input_field(:ssn, "SSN")`, `f.cfa_checkbox`, `f.cfa_select` (benefits and tax-filing apps).
 */
const PREFIXED_BUILDER_METHOD = /^[a-z][a-z\d]*_(text_field|input_field|password_field|date_field|text_area|textarea|check_box|checkbox|select|date_select|radio_button|radio_set)$/u;
const BUILDER_SUFFIX_KINDS: Readonly<Record<string, HelperKind>> = {
  text_field: KINDS.text, input_field: KINDS.text, password_field: KINDS.password, date_field: KINDS.date, text_area: KINDS.textarea, textarea: KINDS.textarea,
  check_box: KINDS.checkbox, checkbox: KINDS.checkbox, select: KINDS.select, date_select: KINDS.select, radio_button: KINDS.radio, radio_set: KINDS.radio,
};

function railsKind(method: string, hasReceiver: boolean): HelperKind | undefined {
  const known = RAILS_HELPERS.get(method);
  if (known || !hasReceiver) return known;
  const suffix = PREFIXED_BUILDER_METHOD.exec(method)?.[1];
  return suffix === undefined ? undefined : BUILDER_SUFFIX_KINDS[suffix];
}

function railsField(code: string): HelperCall | null {
  const call = RAILS_CALL.exec(code);
  if (!call) return null;
  const kind = railsKind(call[1]!, call[2] === undefined && call[0].includes("."));
  if (!kind) return null;
  const tagHelper = call[2] !== undefined;
  // `f.text_field` / `text_field_tag`: a bare `text_field` is a helper only with a receiver or `_tag`.
  if (!tagHelper && !call[0].includes(".")) return null;
  let rest = code.slice(call[0].length).trim();
  if (rest.startsWith("(")) rest = rest.slice(1, rest.lastIndexOf(")") === -1 ? undefined : rest.lastIndexOf(")"));
  const args = splitArguments(rest);
  const name = literal(args[0] ?? "");
  if (name === null) return null;
  const attributes: [string, string][] = [["name", name]];
  // `text_field_tag(name, value, options)`; `f.text_field(method, options)`; `select(method, choices, options, html_options)`.
  const optionStart = tagHelper || kind.tag === "select" ? 2 : 1;
  pairAttributes(args.slice(optionStart), attributes);
  const helper = `${call[1]}${call[2] ?? ""}`;
  return { helper, offset: call[0].lastIndexOf(helper), kind, attributes: withType(kind, attributes) };
}

/** What Ruby code prints, in ERB (`<%= ... %>`) or at a Slim/Haml line's start (`= ...`). */
function rubyHelperField(code: string): HelperCall | null {
  return railsField(code) ?? simpleFormField(code) ?? viewComponentField(code);
}

function laravelField(code: string): HelperCall | null {
  const call = LARAVEL_CALL.exec(code);
  if (!call) return null;
  const method = call[1]!;
  const builtIn = LARAVEL_HELPERS.get(method);
  const macro = LARAVEL_DATE_SELECTS.has(method) ? "select" : LARAVEL_MACRO.exec(method)?.[1]?.toLowerCase();
  const kind = builtIn ?? (macro === undefined ? undefined : LARAVEL_HELPERS.get(macro));
  if (!kind) return null;
  const inner = code.slice(call[0].length, code.lastIndexOf(")") === -1 ? undefined : code.lastIndexOf(")"));
  const args = splitArguments(inner);
  // Stripe.js v2 forms leave the name out (`Form::text(null, null, ['data-stripe' => 'number'])`): the
  // card data must not reach the server, so the options alone say what the field holds.
  const unnamed = args[0]?.trim() === "null";
  const name = unnamed ? null : literal(args[0] ?? "");
  if (name === null && !unnamed) return null;
  const attributes: [string, string][] = name === null ? [] : [["name", name]];
  if (builtIn) {
    // `Form::text(name, value, options)`, `Form::password(name, options)`, `Form::select(name, list, selected, options)`.
    const optionStart = LARAVEL_NO_VALUE.has(method) ? 1 : kind.tag === "select" ? 3 : 2;
    pairAttributes(args.slice(optionStart), attributes);
  } else if (args.length > 1 && args.at(-1)!.trim().startsWith("[")) {
    // Other signatures differ; their options come last, as in Collective's own helpers.
    pairAttributes(args.slice(-1), attributes);
  }
  const helper = `Form::${method}`;
  return { helper, offset: call[0].indexOf(helper), kind, attributes: withType(kind, attributes) };
}

/** simple_form / formtastic: `f.input :ssn, as: :string, label: "SSN", input_html: { class: "fs-exclude" }`. */
/** Keyword options of Rails field helpers and components: `name:`, `as:`, and the `keep` ones as attributes in order. */
function railsOptions(parts: readonly string[], keep: ReadonlySet<string>): { name: string | null; as: string | null; attributes: [string, string][] } {
  const options = { name: null as string | null, as: null as string | null, attributes: [] as [string, string][] };
  for (const part of parts) {
    const [key, value] = readPair(part) ?? ["", ""];
    if (key === "name") options.name = literal(value);
    else if (key === "as") options.as = literal(value);
    else if (!keep.has(key)) continue;
    else if (key === "input_html") {
      if (value.startsWith("{") && value.endsWith("}")) pairAttributes(splitArguments(value.slice(1, -1)), options.attributes);
    } else {
      const text = literal(value);
      if (text !== null) options.attributes.push([key === "label" ? "aria-label" : key, text]);
    }
  }
  return options;
}

const SIMPLE_FORM_OPTIONS: ReadonlySet<string> = new Set(["input_html", "label", "placeholder", "autocomplete"]);
const VIEW_COMPONENT_OPTIONS: ReadonlySet<string> = new Set(["input_html", "label"]);

function simpleFormField(code: string): HelperCall | null {
  const call = SIMPLE_FORM_CALL.exec(code);
  if (!call) return null;
  let rest = code.slice(call[0].length).trim();
  if (rest.startsWith("(")) rest = rest.slice(1, rest.lastIndexOf(")") === -1 ? undefined : rest.lastIndexOf(")"));
  const args = splitArguments(rest);
  const name = literal(args[0] ?? "");
  if (name === null) return null;
  const options = railsOptions(args.slice(1), SIMPLE_FORM_OPTIONS);
  const kind: HelperKind | null =
    options.as !== null && Object.hasOwn(SIMPLE_FORM_AS, options.as) ? (SIMPLE_FORM_AS[options.as] ?? null) : PASSWORD_NAME.test(name) ? KINDS.password : KINDS.text;
  const attributes: [string, string][] = [["name", name], ...options.attributes];
  if (!kind) return null;
  return { helper: call[1]!, offset: call[0].lastIndexOf(call[1]!), kind, attributes: withType(kind, attributes) };
}

/**
 * A ViewComponent named for a field (`ValidatedFieldComponent`, `MemorableDateComponent`), given a
 * literal `name:`; `input_html:` holds the input's attributes. What the component renders beyond
 * that is not known here.
 */
function viewComponentField(code: string): HelperCall | null {
  const call = VIEW_COMPONENT_CALL.exec(code);
  if (!call) return null;
  const argsStart = call[0].length;
  const end = closingBracket(code, argsStart);
  const { name, attributes } = railsOptions(splitArguments(code.slice(argsStart, end === -1 ? undefined : end - 1)), VIEW_COMPONENT_OPTIONS);
  if (name === null) return null;
  const kind = PASSWORD_NAME.test(name) ? KINDS.password : KINDS.text;
  return { helper: call[1]!, offset: code.indexOf(call[1]!), kind, attributes: withType(kind, [["name", name], ...attributes]) };
}

/** Yii 2: `$form->field($model, 'iban')->textInput(['class' => 'fs-exclude'])`; no chained input renders a text input. */
function yiiField(code: string): HelperCall | null {
  const field = YII_FIELD.exec(code);
  if (!field) return null;
  const name = field[2]!;
  let kind: HelperKind = KINDS.text;
  const attributes: [string, string][] = [["name", name]];
  const fieldEnd = field[3] === ")" ? field[0].length : closingBracket(code, field[0].length);
  if (fieldEnd === -1) return { helper: "field", offset: code.indexOf("field"), kind, attributes: withType(kind, attributes) };
  const chain = YII_CHAIN.exec(code.slice(fieldEnd));
  if (chain) {
    const input = chain[1]!;
    if (YII_NOT_TYPED.has(input)) return null;
    if (!Object.hasOwn(YII_INPUTS, input)) return { helper: "field", offset: code.indexOf("field"), kind, attributes };
    kind = YII_INPUTS[input]!;
    const argsStart = fieldEnd + chain[0].length;
    const inner = code.slice(argsStart, code.lastIndexOf(")") < argsStart ? undefined : code.lastIndexOf(")"));
    // dropDownList($items, $options): the options come after the choices.
    pairAttributes(splitArguments(inner).slice(YII_CHOICE_LISTS.has(input) ? 1 : 0), attributes);
  }
  return { helper: "field", offset: code.indexOf("field"), kind, attributes: withType(kind, attributes) };
}

/** The field a generic input helper's `type` option picks (`input('dob', ['type' => 'date'])`), or null. */
function typeOptionKind(attributes: readonly [string, string][]): HelperKind | null {
  const typed = attributes.find(([key]) => key === "type")?.[1];
  return typed !== undefined && Object.hasOwn(KINDS, typed) ? KINDS[typed as keyof typeof KINDS] : null;
}

/** The attributes in a matched call's option arguments, those after its first `skip` arguments. */
function pairCallArguments(code: string, call: RegExpExecArray, skip: number, out: [string, string][]): void {
  pairAttributes(callArguments(code, call).slice(skip), out);
}

/** The arguments of the call a regex matched up to its opening parenthesis; none when it is never closed. */
function callArguments(code: string, call: RegExpExecArray): string[] {
  const open = call.index + call[0].indexOf("(");
  const close = closingBracket(code, open + 1);
  return close === -1 ? [] : splitArguments(code.slice(open + 1, close - 1));
}

/**
 * Yii 1: `$form->textField($model, 'cvc', array('class' => 'fs-exclude'))`, `CHtml::textField('cvc', '', array(...))`
 * and `CHtml::activeTextField($model, 'cvc')`. Each takes its options after the name and one more
 * argument (the model's value, or the static helper's value), a select after its choices too.
 */
function yii1Field(code: string): HelperCall | null {
  const call = YII1_FIELD.exec(code) ?? YII1_STATIC_FIELD.exec(code) ?? YII1_ACTIVE_FIELD.exec(code);
  if (!call) return null;
  const written = call[1]!;
  const method = written.charAt(0).toLowerCase() + written.slice(1);
  const kind = YII1_INPUTS[method]!;
  const attributes: [string, string][] = [["name", call[3]!]];
  pairCallArguments(code, call, YII1_CHOICE_LISTS.has(method) ? 3 : 2, attributes);
  const helper = call[0].startsWith("CHtml::") ? call[0].slice(0, call[0].indexOf("(")) : written;
  return { helper, offset: call.index + call[0].indexOf(helper), kind, attributes: withType(kind, attributes) };
}

/**
 * CakePHP's FormHelper: `$this->Form->input('Payment.card_no', ['placeholder' => '...', 'class' => 'x'])`
 * (`control` since CakePHP 3.4), and the typed helpers (`password`, `textarea`, `select('expire_month',
 * $months, [...])`). A dotted name is model and field, rendered `Payment[card_no]`. Lithium's helper
 * reads the same: `$this->form->field('accountnumber', array('label' => 'Account number'))`.
 */
const CAKE_FIELD = /\$this->(?:Form|form)->(input|control|field|text|password|textarea|select|radio|checkbox|email|tel|number|date|month|year|dateTime)\(\s*(["'])([\w.[\]]+)\2/u;
const CAKE_KINDS: Readonly<Record<string, HelperKind>> = {
  input: KINDS.text, control: KINDS.text, field: KINDS.text, text: KINDS.text, password: KINDS.password, textarea: KINDS.textarea, select: KINDS.select,
  radio: KINDS.radio, checkbox: KINDS.checkbox, email: KINDS.email, tel: KINDS.tel, number: KINDS.number, date: KINDS.date,
  month: KINDS.month, year: KINDS.select, dateTime: KINDS.date,
};
/** Helpers whose options come after a list of choices (`select('field', $options, [attributes])`). */
const CAKE_CHOICE_LISTS: ReadonlySet<string> = new Set(["select", "radio"]);

function cakeField(code: string): HelperCall | null {
  const call = CAKE_FIELD.exec(code);
  if (!call) return null;
  const method = call[1]!;
  let kind = CAKE_KINDS[method]!;
  const [model, ...rest] = call[3]!.split(".");
  const name = rest.length > 0 ? `${model}[${rest.join("][")}]` : model!;
  const attributes: [string, string][] = [["name", name]];
  pairCallArguments(code, call, CAKE_CHOICE_LISTS.has(method) ? 2 : 1, attributes);
  if (method === "input" || method === "control" || method === "field") kind = typeOptionKind(attributes) ?? kind;
  return { helper: method, offset: call.index + call[0].indexOf(method), kind, attributes: withType(kind, attributes) };
}

/** Symfony: `form_row(form.card_number, { attr: { class: "fs-exclude" }, label: "Card number" })`. */
function symfonyField(code: string): HelperCall | null {
  const call = SYMFONY_CALL.exec(code);
  if (!call || !FORM_OBJECT.test(call[2]!)) return null;
  const name = call[3]!;
  const kind = PASSWORD_NAME.test(name) ? KINDS.password : KINDS.text;
  const attributes: [string, string][] = [["name", name]];
  const optionsStart = code.indexOf("{", call[0].length - 1);
  const optionsEnd = code.lastIndexOf("}");
  if (optionsStart !== -1 && optionsEnd > optionsStart) {
    for (const part of splitArguments(code.slice(optionsStart + 1, optionsEnd))) {
      const [key, value] = readPair(part) ?? ["", ""];
      if (key === "attr" && value.startsWith("{") && value.endsWith("}")) pairAttributes(splitArguments(value.slice(1, -1)), attributes);
      else if (key === "label") {
        const text = literal(value);
        if (text !== null) attributes.push(["aria-label", text]);
      }
    }
  }
  return { helper: call[1]!, offset: code.indexOf(call[1]!), kind, attributes: withType(kind, attributes) };
}

/**
 * GOV.UK Frontend macros and what they render. The password input always has a "Show" button that
 * turns it into text, so it is read as a text field; a date input's parts share its `namePrefix`.
 */
const GOVUK_MACROS: ReadonlyMap<string, HelperKind> = new Map<string, HelperKind>([
  ["govukInput", KINDS.text],
  ["govukTextarea", KINDS.textarea],
  ["govukCharacterCount", KINDS.textarea],
  ["govukSelect", KINDS.select],
  ["govukDateInput", KINDS.text],
  ["govukPasswordInput", KINDS.text],
]);
const GOVUK_CALL = /^\s*(govuk[A-Z]\w*)\s*\(\s*\{/u;
/** Option keys that are the rendered field's attributes. */
const GOVUK_ATTRIBUTES: ReadonlyMap<string, string> = new Map([
  ["name", "name"], ["namePrefix", "name"], ["id", "id"], ["autocomplete", "autocomplete"], ["type", "type"],
  ["inputmode", "inputmode"], ["classes", "class"],
]);

/** The `text` (or `html`) of a GOV.UK label, legend or hint option: `{ text: "What is your date of birth?" }`. */
function govukText(value: string): string | null {
  if (!value.startsWith("{") || !value.endsWith("}")) return literal(value);
  for (const part of splitArguments(value.slice(1, -1))) {
    const [key, inner] = readPair(part) ?? ["", ""];
    if (key === "text" || key === "html") return literal(inner);
    // A date input's question sits in `fieldset: { legend: { text } }`.
    if (key === "legend") return govukText(inner);
  }
  return null;
}

/** GOV.UK Frontend: `govukInput({ id: "nino", name: "nino", label: { text: "..." }, attributes: { ... } })`. */
function govukField(code: string): HelperCall | null {
  const call = GOVUK_CALL.exec(code);
  const kind = call ? GOVUK_MACROS.get(call[1]!) : undefined;
  if (!call || !kind) return null;
  const open = code.indexOf("{", call[0].length - 1);
  const close = code.lastIndexOf("}");
  const attributes: [string, string][] = [];
  for (const part of splitArguments(code.slice(open + 1, close))) {
    const [key, value] = readPair(part) ?? ["", ""];
    const attribute = GOVUK_ATTRIBUTES.get(key);
    if (attribute) {
      const text = literal(value);
      if (text !== null) attributes.push([attribute, text]);
    } else if (key === "attributes" && value.startsWith("{") && value.endsWith("}")) {
      pairAttributes(splitArguments(value.slice(1, -1)), attributes);
    } else if (key === "label" || key === "fieldset") {
      const text = govukText(value);
      if (text !== null) attributes.push(["aria-label", text]);
    }
  }
  return { helper: call[1]!, offset: code.indexOf(call[1]!), kind, attributes: withType(kind, attributes) };
}

/** WTForms: `form.dob(size=20, class_="fs-exclude", data_private="")`: `class_` is `class`, `data_x` is `data-x`. */
function wtformsField(code: string): HelperCall | null {
  const call = WTFORMS_CALL.exec(code);
  if (!call || !FORM_OBJECT.test(call[1]!) || printsNoWidget(call[1]!, call[2]!) || call[2] === "hidden_tag") return null;
  const name = call[2]!;
  const kind = PASSWORD_NAME.test(name) ? KINDS.password : KINDS.text;
  const attributes: [string, string][] = [["name", name], ["id", name]];
  for (const part of splitArguments(call[3] ?? "")) {
    const keyword = ASSIGNMENT.exec(part);
    const value = keyword ? literal(keyword[2]!) : null;
    if (!keyword || value === null) continue;
    const key = keyword[1]!.replace(/_$/u, "");
    attributes.push([/^(?:data|aria)_/u.test(key) ? key.replaceAll("_", "-") : key, value]);
  }
  const helper = `${call[1]}.${name}`;
  return { helper, offset: code.indexOf(helper), kind, attributes: withType(kind, attributes) };
}

/**
 * Phalcon renders the element the form class declares; its widget is decided in PHP. The element's
 * name is also its id, so a `<label for="passport_number">` is its label.
 */
function phalconField(code: string): HelperCall | null {
  const call = PHALCON_RENDER.exec(code);
  if (!call || !FORM_OBJECT.test(call[1]!)) return null;
  const name = call[3]!;
  const kind = PASSWORD_NAME.test(name) ? KINDS.password : KINDS.text;
  const attributes: [string, string][] = [["name", name], ["id", name]];
  if (call[4]) pairAttributes(splitArguments(call[4]), attributes);
  const helper = `${call[1]}.render`;
  return { helper, offset: code.indexOf(helper), kind, attributes: withType(kind, attributes) };
}

function djangoField(code: string, opener: string): HelperCall | null {
  const render = opener === "{%" ? DJANGO_RENDER_FIELD.exec(code) : null;
  const field = render ?? (opener === "{{" ? DJANGO_FIELD.exec(code) : null);
  if (!field || !FORM_OBJECT.test(field[1]!) || printsNoWidget(field[1]!, field[2]!)) return null;
  const name = field[2]!;
  // Django renders `name` and `id="id_<name>"`: a `<label for="id_card_number">` is this field's label.
  const attributes: [string, string][] = [["name", name], ["id", `id_${name}`]];
  if (render) for (const pair of (field[3] ?? "").matchAll(TAG_PAIR)) attributes.push([pair[1]!.toLowerCase(), pair[3]!]);
  // The widget is decided in Python; a password field's widget is a static password input.
  const kind: HelperKind = PASSWORD_NAME.test(name) ? KINDS.password : KINDS.text;
  const helper = `${field[1]}.${name}`;
  return { helper, offset: code.indexOf(helper), kind, attributes: withType(kind, attributes) };
}

/** Attributes of Razor anonymous objects; `htmlAttributes = new { ... }` (EditorFor) is read inside. */
function razorAttributes(parts: readonly string[], out: [string, string][]): void {
  for (const part of parts) {
    const text = part.trim();
    if (ANONYMOUS_OBJECT.test(text) && text.endsWith("}")) {
      razorAttributes(splitArguments(text.slice(text.indexOf("{") + 1, -1)), out);
      continue;
    }
    const pair = ASSIGNMENT.exec(text);
    if (!pair) continue;
    const key = pair[1]!.toLowerCase().replaceAll("_", "-");
    const value = pair[2]!.trim();
    if (key === "htmlattributes" && ANONYMOUS_OBJECT.test(value)) {
      razorAttributes([value], out);
      continue;
    }
    const written = literal(value);
    if (written !== null) out.push([key, written]);
  }
}

function razorFields(text: string, offset: number, found: HelperField[]): void {
  for (const call of text.matchAll(RAZOR_CALL)) {
    const argsStart = call.index + call[0].length;
    const end = closingBracket(text, argsStart);
    if (end === -1) break;
    const args = splitArguments(text.slice(argsStart, end - 1));
    const kind = RAZOR_KINDS[call[1]!]!;
    const name = call[2] ? (RAZOR_LAMBDA.exec((args[0] ?? "").trim())?.[1]?.split(".").at(-1) ?? null) : literal(args[0] ?? "");
    if (name === null) continue;
    const attributes: [string, string][] = [["name", name]];
    razorAttributes(args.slice(1), attributes);
    const effective = kind === KINDS.text && PASSWORD_NAME.test(name) && call[1] === "Editor" ? KINDS.password : kind;
    const helper = `Html.${call[1]!}${call[2] ?? ""}`;
    const nameStart = offset + call.index + call[0].indexOf("Html.");
    found.push({ nameRange: [nameStart, nameStart + helper.length], range: [offset + call.index, offset + end], helper, tag: effective.tag, attributes: withType(effective, attributes) });
  }
}

/**
 * Spring's FreeMarker macros (`<@spring.formInput "personForm.dateOfBirth", "class='x'"/>`): the path
 * names the field. The markup parser reads `<@` as text, so they come here with the other helpers.
 */
const FREEMARKER_CALL = /<@spring\.(form(?:Input|PasswordInput|Textarea|SingleSelect|MultiSelect|RadioButtons))\s+"([^"]+)"/gu;
const FREEMARKER_KINDS: Readonly<Record<string, HelperKind>> = {
  formInput: KINDS.text,
  formPasswordInput: KINDS.password,
  formTextarea: KINDS.textarea,
  formSingleSelect: KINDS.select,
  formMultiSelect: KINDS.select,
  formRadioButtons: KINDS.radio,
};

function freemarkerFields(text: string, offset: number, found: HelperField[]): void {
  for (const call of text.matchAll(FREEMARKER_CALL)) {
    const kind = FREEMARKER_KINDS[call[1]!]!;
    const close = text.indexOf(">", call.index + call[0].length);
    const end = close === -1 ? call.index + call[0].length : close + 1;
    const helper = `spring.${call[1]!}`;
    const nameStart = offset + call.index + 2;
    found.push({ nameRange: [nameStart, nameStart + helper.length], range: [offset + call.index, offset + end], helper, tag: kind.tag, attributes: withType(kind, [["name", call[2]!]]) });
  }
}

/**
 * A Blade partial that renders one field, included with its parameters:
 * `@include('guide.field', ['id' => 'dateBirth', 'inputType' => 'date', 'labelText' => 'Date of birth'])`.
 * The partial's last name part says which field (`forms.input`, `partials.select`, `text-field`).
 */
const BLADE_INCLUDE = /@include\(\s*(['"])([\w./-]+)\1\s*,\s*\[/gu;
const FIELD_PARTIAL = /(?:^|[./_-])(field|input|textarea|select|password)$/u;
const PARTIAL_KINDS: Readonly<Record<string, HelperKind>> = { field: KINDS.text, input: KINDS.text, textarea: KINDS.textarea, select: KINDS.select, password: KINDS.password };
/** The partial's parameters, by their usual names, as the attributes they become (lower case). */
const PARTIAL_PARAMETERS: Readonly<Record<string, string>> = {
  labeltext: "label", fieldlabel: "label", inputtype: "type", fieldtype: "type", fieldname: "name", inputname: "name", fieldid: "id", inputid: "id",
};
/** A partial that is given none of these names no field. */
const PARTIAL_NAMING: ReadonlySet<string> = new Set(["name", "id", "label"]);

function bladeIncludeFields(text: string, offset: number, found: HelperField[]): void {
  for (const call of text.matchAll(BLADE_INCLUDE)) {
    const kind = PARTIAL_KINDS[FIELD_PARTIAL.exec(call[2]!.toLowerCase())?.[1] ?? ""];
    if (!kind) continue;
    const arrayStart = call.index + call[0].length;
    // A parameter that holds markup (`'suffix' => '<i class="fa fa-lock"></i>'`) ends this text at its
    // tag: the parameters before it still name the field.
    const arrayEnd = closingBracket(text, arrayStart);
    const given: [string, string][] = [];
    pairAttributes(splitArguments(text.slice(arrayStart, arrayEnd === -1 ? text.length : arrayEnd - 1)), given);
    const attributes = given.map(([name, value]): [string, string] => [PARTIAL_PARAMETERS[name] ?? name, value]);
    if (!attributes.some(([name]) => PARTIAL_NAMING.has(name))) continue;
    const end = closingBracket(text, call.index + "@include(".length);
    // Like the other helpers, the name range starts one character in (after the `@`).
    const nameStart = offset + call.index + 1;
    const callEnd = end !== -1 ? end : arrayEnd !== -1 ? arrayEnd : text.length;
    found.push({ nameRange: [nameStart, nameStart + "include".length], range: [nameStart - 1, offset + callEnd], helper: "include", tag: kind.tag, attributes: withType(kind, attributes) });
  }
}

/**
 * A Handlebars partial that renders one field, given its name as a hash parameter, as BigCommerce's
 * Stencil themes write their forms: `{{> components/common/forms/text id="credit_card_number"
 * name="credit_card_number" label=(lang 'account.payment_methods.credit_card_number')}}`. The partial's
 * last path part says which field; `text`, `number`, `date`, `email` or `tel` only in a forms folder.
 */
const HANDLEBARS_PARTIAL = /^\s*>\s*([\w./-]+)(\s[\s\S]*)?$/u;
const HANDLEBARS_FIELD_PARTIAL = /(?:^|[./_-])(field|input|textarea|select|password)$|(?:^|\/)forms?\/(?:[\w-]+\/)*(text|number|date|email|tel)$/u;
/** A hash parameter: `name="x"`, or a subexpression around a quoted key (`label=(lang 'account.cvv')`). */
const HASH_PARAMETER = /(?<![\w-])([\w-]+)=(?:(["'])([^"']*)\2|\(\s*[\w.-]+\s+(["'])([^"']*)\4[^)]*\))/gu;
const HANDLEBARS_PARTIAL_ATTRIBUTES: ReadonlySet<string> = new Set(["name", "id", "label", "placeholder", "type", "autocomplete", "class"]);

function handlebarsPartialField(code: string): HelperCall | null {
  const call = HANDLEBARS_PARTIAL.exec(code);
  const partial = call?.[1];
  if (!partial || !call[2]) return null;
  const part = HANDLEBARS_FIELD_PARTIAL.exec(partial.toLowerCase());
  const kind = part ? (part[1] ? PARTIAL_KINDS[part[1]] : KINDS[part[2] as "text" | "number" | "date" | "email" | "tel"]) : undefined;
  if (!kind) return null;
  const attributes: [string, string][] = [];
  for (const parameter of call[2].matchAll(HASH_PARAMETER)) {
    const name = parameter[1]!.toLowerCase();
    if (HANDLEBARS_PARTIAL_ATTRIBUTES.has(name)) attributes.push([name === "label" ? "aria-label" : name, parameter[3] ?? parameter[5] ?? ""]);
  }
  if (!attributes.some(([name]) => name === "name" || name === "id")) return null;
  return { helper: partial, offset: code.indexOf(partial), kind, attributes: withType(kind, attributes) };
}

/**
 * Slim and Haml print Ruby at the start of a line, after `=` (`= f.text_field :iban, class: "x"`,
 * Haml's `%td= f.text_field :x`, Slim's `==`); a line that ends with a comma goes on.
 */
const PRINTED_LINE = /^[ \t]*(?:[%.#][\w.#:-]*(?:\{[^}\n]*\})?[ \t]*)?==?[ \t]*(?=\S)/gmu;
const CONTINUED = /,[ \t\r]*$/u;
/**
 * WooCommerce's `woocommerce_form_field( 'billing_iban', array( 'type' => 'text', 'label' => __( 'IBAN', 'td' ),
 * 'input_class' => array( 'fs-exclude' ) ) )`, as checkout and payment-gateway templates print their
 * fields. The key names the field (its literal parts: `$prefix . '_iban'`); the arguments give its
 * type, label, placeholder, id, autocomplete and classes (`class` is the wrapping row's, which masks it too).
 */
const WOO_FORM_FIELD = /\bwoocommerce_form_field\s*\(/gu;
const WOO_KINDS: Readonly<Record<string, HelperKind | null>> = { ...KINDS, country: KINDS.select, state: KINDS.select, hidden: null };
const WOO_TEXT_ARGUMENTS: ReadonlySet<string> = new Set(["label", "placeholder", "id", "autocomplete", "description"]);
const WOO_CLASS_ARGUMENTS: ReadonlySet<string> = new Set(["class", "input_class"]);
/** WordPress's translation calls print their first argument: `__( 'IBAN', 'domain' )`, `esc_html__`, `_x`. */
const WP_TRANSLATION = /^(?:__|_e|_x|esc_html__|esc_attr__|esc_html_e|esc_attr_e|esc_html_x|esc_attr_x)\s*\(/u;
const QUOTED_TEXT = /(["'])((?:(?!\1)[^\\]|\\.)*)\1/gu;

/** A PHP value as text: a literal, a translation call's text, or an array's literals joined by spaces. */
function phpText(code: string): string | null {
  const value = literal(code);
  if (value !== null) return value;
  const trimmed = code.trim();
  const translation = WP_TRANSLATION.exec(trimmed);
  if (translation) return literal(splitArguments(trimmed.slice(translation[0].length, -1))[0] ?? "");
  const array = phpArrayBody(trimmed);
  if (array === null) return null;
  const items = splitArguments(array).map(literal).filter((item): item is string => item !== null);
  return items.length > 0 ? items.join(" ") : null;
}

function wooFormFields(text: string, offset: number, found: HelperField[]): void {
  for (const call of text.matchAll(WOO_FORM_FIELD)) {
    const argumentsStart = call.index + call[0].length;
    const end = closingBracket(text, argumentsStart);
    if (end === -1) continue;
    const [key = "", args = ""] = splitArguments(text.slice(argumentsStart, end - 1));
    const name = [...key.matchAll(QUOTED_TEXT)].map((quoted) => quoted[2]).join("");
    if (name === "") continue;
    const argsBody = phpArrayBody(args.trim()) ?? "";
    let kind: HelperKind | null = KINDS.text;
    const attributes: [string, string][] = [["name", name]];
    const classes: string[] = [];
    for (const part of splitArguments(argsBody)) {
      const pair = readPair(part);
      if (!pair) continue;
      const argument = pair[0].toLowerCase();
      const value = phpText(pair[1]);
      if (value === null) continue;
      if (argument === "type") {
        const typed = WOO_KINDS[value.toLowerCase()];
        if (typed !== undefined) kind = typed;
      } else if (WOO_CLASS_ARGUMENTS.has(argument)) classes.push(value);
      else if (WOO_TEXT_ARGUMENTS.has(argument)) attributes.push([argument, value]);
    }
    // A hidden value is no field.
    if (kind === null) continue;
    if (classes.length > 0) attributes.push(["class", classes.join(" ")]);
    const nameStart = offset + call.index;
    found.push({ nameRange: [nameStart, nameStart + "woocommerce_form_field".length], range: [nameStart - 1, offset + end], helper: "woocommerce_form_field", tag: kind.tag, attributes: withType(kind, attributes) });
  }
}

/**
 * CodeIgniter's form helpers: `form_input('birthdate', '', 'id="dob"')`, `form_password(['name' => 'pin'])`,
 * `form_dropdown('blood_type', $options, '', 'class="x"')`. The first argument is the name or an array of
 * attributes; the extra attributes come last, as markup text or an array. A PHP block prints several.
 */
const CODEIGNITER_CALL = /\bform_(input|password|textarea|dropdown|multiselect|checkbox|radio)\s*\(/gu;
const CODEIGNITER_KINDS: Readonly<Record<string, HelperKind>> = {
  input: KINDS.text, password: KINDS.password, textarea: KINDS.textarea, dropdown: KINDS.select, multiselect: KINDS.select, checkbox: KINDS.checkbox, radio: KINDS.radio,
};
/** Where the extra attributes sit: after the choices for a select, after the value otherwise. */
const CODEIGNITER_EXTRA_AT: Readonly<Record<string, number>> = { dropdown: 3, multiselect: 3, checkbox: 3, radio: 3 };

function codeIgniterFields(text: string, offset: number, found: HelperField[]): void {
  for (const call of text.matchAll(CODEIGNITER_CALL)) {
    const method = call[1]!;
    const argumentsStart = call.index + call[0].length;
    const end = closingBracket(text, argumentsStart);
    if (end === -1) continue;
    const args = splitArguments(text.slice(argumentsStart, end - 1));
    const attributes: [string, string][] = [];
    const name = literal(args[0] ?? "");
    if (name !== null) attributes.push(["name", name]);
    else pairAttributes(args.slice(0, 1), attributes);
    const extra = args[CODEIGNITER_EXTRA_AT[method] ?? 2];
    const extraText = extra === undefined ? null : literal(extra);
    if (extraText !== null) for (const pair of extraText.matchAll(TAG_PAIR)) attributes.push([pair[1]!.toLowerCase(), pair[3]!]);
    else if (extra !== undefined) pairAttributes([extra], attributes);
    if (!attributes.some(([key]) => key === "name" || key === "id")) continue;
    const kind = (method === "input" ? typeOptionKind(attributes) : null) ?? CODEIGNITER_KINDS[method]!;
    const nameStart = offset + call.index;
    const helper = `form_${method}`;
    found.push({ nameRange: [nameStart, nameStart + helper.length], range: [nameStart, offset + end], helper, tag: kind.tag, attributes: withType(kind, attributes) });
  }
}

/** A helper call's options fit in a few lines; a longer run of commas is data, not a call. */
const MAX_CONTINUED_LINES = 12;

function printedLineFields(text: string, offset: number, found: HelperField[]): void {
  for (const line of text.matchAll(PRINTED_LINE)) {
    const codeStart = line.index + line[0].length;
    let lineStart = codeStart;
    let end = text.indexOf("\n", codeStart);
    for (let continued = 0; end !== -1 && continued < MAX_CONTINUED_LINES && CONTINUED.test(text.slice(lineStart, end)); continued++) {
      lineStart = end + 1;
      end = text.indexOf("\n", lineStart);
    }
    if (end === -1) end = text.length;
    const code = text.slice(codeStart, end);
    const field = rubyHelperField(code);
    if (!field) continue;
    const nameStart = offset + codeStart + field.offset;
    found.push({ nameRange: [nameStart, nameStart + field.helper.length], range: [offset + codeStart, offset + end], helper: field.helper, tag: field.kind.tag, attributes: field.attributes });
  }
}

/**
 * What the document says about its template language. `{{ form.dob }}` renders a Django bound field,
 * but only a Django or Jinja template has `{% %}` blocks: in an Angular or Vue template, or Handlebars,
 * the same text prints a value.
 */
export interface TemplateTraits {
  djangoBlocks: boolean;
}

const ANY_TEMPLATE: TemplateTraits = { djangoBlocks: true };

/** Helper fields in a text node's source text; `offset` is the text's start in the file. */
export function helperFieldsIn(text: string, offset: number, traits: TemplateTraits = ANY_TEMPLATE): HelperField[] {
  if (!MAY_HOLD_HELPER.test(text)) return [];
  const found: HelperField[] = [];
  if (text.includes("=")) printedLineFields(text, offset, found);
  if (RAZOR_HINT.test(text)) razorFields(text, offset, found);
  if (text.includes("<@spring.")) freemarkerFields(text, offset, found);
  if (text.includes("@include(")) bladeIncludeFields(text, offset, found);
  if (text.includes("woocommerce_form_field")) wooFormFields(text, offset, found);
  if (text.includes("form_")) codeIgniterFields(text, offset, found);
  for (const open of text.matchAll(BLOCK_OPENERS)) {
    const opener = open[0];
    const codeStart = open.index + opener.length;
    let end = text.indexOf(BLOCK_CLOSERS[opener]!, codeStart);
    // Twig hashes end in `}}` too (`form_row(form.x, {'attr': {'class': 'x'}})`): a call ends at its `)`.
    const paren = opener === "{{" ? text.indexOf("(", codeStart) : -1;
    if (paren !== -1 && paren < end) {
      const close = closingBracket(text, paren + 1);
      if (close !== -1) end = text.indexOf(BLOCK_CLOSERS[opener]!, close);
    }
    if (end === -1) break;
    const code = text.slice(codeStart, end).replace(TRIM_MARK, "");
    const field =
      opener === "<%=" ? rubyHelperField(code)
      : opener === "<?=" || opener === "<?php" ? (yiiField(code) ?? yii1Field(code) ?? cakeField(code))
      : (laravelField(code) ?? (traits.djangoBlocks ? djangoField(code, opener) : null) ?? (opener === "{{" ? (symfonyField(code) ?? govukField(code) ?? phalconField(code) ?? formMacroField(code) ?? wtformsField(code) ?? handlebarsPartialField(code)) : null));
    if (!field) continue;
    const nameStart = offset + codeStart + field.offset;
    found.push({
      nameRange: [nameStart, nameStart + field.helper.length],
      range: [offset + open.index, offset + end + BLOCK_CLOSERS[opener]!.length],
      helper: field.helper,
      tag: field.kind.tag,
      attributes: field.attributes,
    });
  }
  return found;
}
