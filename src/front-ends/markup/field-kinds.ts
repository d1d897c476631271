import type { FieldTag } from "../../core/field.js";
import type { HtmlChildNode, HtmlElement, HtmlParentNode } from "../../languages/html/types.js";
import { PASSWORD_ACTIONS } from "../jsx/components.js";
import { classifyAttributeName } from "./bindings.js";
import { someElement } from "./tree.js";

/** Which elements of a markup tree are form fields, and what they render. */

export const NATIVE_FIELDS: ReadonlySet<string> = new Set(["input", "textarea", "select"]);
/**
 * Web-component and Angular-library fields: `ion-input`, `mat-select`, `sl-input`, `vaadin-password-field`;
 * Blade components, whose names nest with dots: `x-text-input`, `x-form.input`. The enterprise Angular
 * suites name theirs text boxes: DevExtreme's `<dx-text-box>`, Kendo UI's `<kendo-textbox>` and
 * `<kendo-maskedtextbox>`, Syncfusion's `<ejs-textbox>` and `<ejs-maskedtextbox>`.
 */
const CUSTOM_FIELD = /^[a-z][a-z\d]*(?:(?:[-.]|::)[a-z\d]+)*(?:[-.]|::)(?:input|inputtext|input-text|inputmask|inputnumber|inputotp|otp|textfield|text-field|textarea|text-area|select|password|password-field|textbox|text-box|maskedtextbox)$/u;
/**
 * Input families named input-first: Lion's `<lion-input-iban>`, `<lion-input-date>`. The parts around
 * an input are not fields (`<ion-input-password-toggle>`, `<x-input-group>`).
 */
const INPUT_FAMILY_FIELD = /^[a-z][a-z\d]*-input-[a-z\d-]+$/u;
const NOT_AN_INPUT_PART = /-(?:group|label|wrapper|container|toggle|addon|icon|error|hint|prefix|suffix|button|message|counter|clear|help|description)$/u;
/**
 * Date pickers of component libraries (`<ion-datetime>`, `<el-date-picker>`, `<a-date-picker>`,
 * `<b-datepicker>`, and unprefixed ones: iView's `<DatePicker>`, vue2-datepicker's `<date-picker>`):
 * the date chosen is the field's value. Angular Material's `<mat-datepicker>` is the calendar pop-up
 * of an `<input [matDatepicker]>`, which is the field.
 */
const DATE_PICKER_FIELD = /^(?!mat-)(?:[a-z][a-z\d]*(?:-[a-z\d]+)*-)?(?:date-picker|datepicker|date-input)$|^(?!mat-)[a-z][a-z\d]*(?:-[a-z\d]+)*-datetime$/u;
/**
 * A component named for its field alone: Vue's `<TextField>` (read as `text-field`), Glimmer's
 * `<PasswordField>` or `<InputField>` in Handlebars (read lower case); Vant's `<van-field>`, which
 * apps also register as `<VantField>`.
 */
const STANDALONE_FIELD = /^(?:(?:text|password|input|secret|masked)-?field|input-?(?:text|number|mask|otp)|password|vant?-field)$/u;
const CUSTOM_PASSWORD = /(?:^|[-.:])password(?:-?field)?$/u;
/** Pages and dialogs named for a password action, as in JSX: Vue's `<ChangePassword>` (read as `change-password`), `<reset-password>`. */
const PASSWORD_PAGE = new RegExp(`(?:^|[-.])(?:${PASSWORD_ACTIONS.join("|")})-?(?:(?:new|your|my)-?)?password$`, "u");
/**
 * Choice groups of component libraries: `<el-radio-group>`, `<v-radio-group>`, `<mat-radio-group>`,
 * `<b-form-checkbox-group>`, Quasar's `<q-option-group>`, Vue's `<RadioGroup>` (read as `radiogroup`).
 * The option chosen is the group's value, and the group carries the question.
 */
const CHOICE_GROUP_FIELD = /^(?:[a-z][a-z\d]*-)*(?:radio-?group|checkbox-?group|option-group)$/u;
/** A lone checkbox or radio component (`<v-checkbox label="Diabetes">`, `<mat-checkbox>`, Vue's `<Checkbox>`). */
const CHOICE_ITEM_FIELD = /^(?:[a-z][a-z\d]*-)*(?:checkbox|radio)$/u;
const CONTENT_EDITABLE_ON: ReadonlySet<string> = new Set(["", "true", "plaintext-only"]);

export interface FieldKind {
  tag: FieldTag;
  impliedType: string | null;
  /** A custom element (web component or component-library tag), not a native field. */
  custom: boolean;
  /** The attribute that names the field when it has no `name` (Spring's `path`, Struts 1's `property`). */
  nameFrom?: string;
  /** A server tag: it renders only the attributes its library knows (no new marker attributes). */
  serverTag?: true;
  /** The `type` the tag renders when none is written (`<form:password>`, Blazor's `<InputDate>`). */
  renderedType?: string;
  /** A choice component: it holds the option chosen, whatever its `type` attribute says. */
  choiceType?: "radio" | "checkbox";
}

/**
 * Server-side tag libraries that render a native field: JSP (Spring `<form:input path>`, Struts 2
 * `<s:textfield name>`, Struts 1 `<html:text property>`), JSF and PrimeFaces (`<h:inputText id>`,
 * `<p:password id>`, `<p:calendar>`), Grails GSP (`<g:textField name>`, `<g:datePicker name>`), ASP.NET Web Forms (`<asp:TextBox ID>`,
 * `<asp:DropDownList ID>`), ColdFusion (`<cfinput name>`) and Livewire's Flux UI (`<flux:input wire:model>`).
 * Element names are lower case here, as the HTML parser gives them.
 */
const SERVER_TAG_FIELDS: ReadonlyMap<string, FieldKind> = new Map(
  (
    [
      ["form:input", "input", null, "path"], ["form:password", "input", "password", "path"], ["form:textarea", "textarea", null, "path"], ["form:select", "select", null, "path"],
      ["form:checkbox", "input", "checkbox", "path"], ["form:radiobutton", "input", "radio", "path"],
      ["s:textfield", "input", null, null], ["s:password", "input", "password", null], ["s:textarea", "textarea", null, null], ["s:select", "select", null, null],
      ["html:text", "input", null, "property"], ["html:password", "input", "password", "property"], ["html:textarea", "textarea", null, "property"], ["html:select", "select", null, "property"],
      ["h:inputtext", "input", null, null], ["h:inputsecret", "input", "password", null], ["h:inputtextarea", "textarea", null, null], ["h:selectonemenu", "select", null, null],
      ["p:inputtext", "input", null, null], ["p:password", "input", "password", null], ["p:inputmask", "input", null, null], ["p:inputnumber", "input", null, null],
      ["p:inputtextarea", "textarea", null, null], ["p:selectonemenu", "select", null, null], ["p:calendar", "input", "date", null], ["p:datepicker", "input", "date", null],
      ["g:textfield", "input", null, null], ["g:field", "input", null, null], ["g:passwordfield", "input", "password", null], ["g:textarea", "textarea", null, null], ["g:select", "select", null, null],
      // Grails' date picker renders day, month and year selects under one name.
      ["g:datepicker", "input", "date", null], ["g:checkbox", "input", "checkbox", null], ["g:radio", "input", "radio", null],
      ["asp:textbox", "input", null, null], ["asp:dropdownlist", "select", null, null], ["asp:listbox", "select", null, null],
      ["asp:checkbox", "input", "checkbox", null], ["asp:radiobutton", "input", "radio", null],
      // ColdFusion's form tags write their `type` (`<cfinput type="datefield" name="dob">`).
      ["cfinput", "input", null, null], ["cftextarea", "textarea", null, null], ["cfselect", "select", null, null],
      // Livewire's Flux UI components, bound by `wire:model` (`<flux:input wire:model="form.twoFactorCode">`).
      ["flux:input", "input", null, null], ["flux:textarea", "textarea", null, null], ["flux:select", "select", null, null],
      ["flux:checkbox", "input", "checkbox", null], ["flux:radio", "input", "radio", null], ["flux:date-picker", "input", "date", null],
    ] as const
  ).map(([element, tag, type, nameFrom]) => [
    element,
    { tag, impliedType: null, custom: true, serverTag: true, ...(type ? { renderedType: type } : {}), ...(nameFrom ? { nameFrom } : {}) },
  ]),
);

type BoundFieldRow = readonly [element: string, tag: FieldTag, renderedType: string | null];

/** Fields bound by `@bind-Value`, which names them; `custom` when unknown attributes do not reach the rendered input. */
function boundByBindValue(rows: readonly BoundFieldRow[], custom: boolean): ReadonlyMap<string, FieldKind> {
  return new Map(rows.map(([element, tag, type]) => [element, { tag, impliedType: null, custom, nameFrom: "@bind-value", ...(type ? { renderedType: type } : {}) }]));
}

/**
 * Blazor's form components (`<InputText @bind-Value="model.CardNumber" />`): the bound property names
 * the field, and attributes they do not know (`class`, `data-private`) reach the rendered input.
 */
const BLAZOR_FIELDS = boundByBindValue(
  [["inputtext", "input", null], ["inputnumber", "input", "number"], ["inputdate", "input", "date"], ["inputtextarea", "textarea", null], ["inputselect", "select", null]],
  false,
);

/**
 * Blazor component libraries' fields (`<MudTextField @bind-Value="Password" InputType="...">`,
 * `<RadzenPassword @bind-Value="pin">`), bound like Blazor's own. Unknown attributes do not reach
 * the rendered input, so they are custom fields.
 */
const BLAZOR_LIBRARY_FIELDS = boundByBindValue(
  [
    ["mudtextfield", "input", null], ["mudnumericfield", "input", "number"], ["mudselect", "select", null], ["mudautocomplete", "input", null], ["muddatepicker", "input", "date"],
    ["radzentextbox", "input", null], ["radzenpassword", "input", "password"], ["radzennumeric", "input", "number"], ["radzentextarea", "textarea", null],
    ["radzendropdown", "select", null], ["radzendatepicker", "input", "date"], ["radzenmask", "input", null],
    ["sftextbox", "input", null], ["sfmaskedtextbox", "input", null], ["sfnumerictextbox", "input", "number"], ["sfdatepicker", "input", "date"],
    ["fluenttextfield", "input", null], ["fluentnumberfield", "input", "number"], ["fluenttextarea", "textarea", null], ["fluentselect", "select", null],
  ],
  true,
);

/**
 * vee-validate's `<Field name>`: with no slot content it renders an `<input>`, or the native tag its
 * `as` names; with slot content it renders nothing itself and the field is the element inside.
 */
function veeValidateFieldKind(element: HtmlElement): FieldKind | null {
  if (!element.attributes.some((attribute) => isNameAttribute(attribute.name))) return null;
  const as = element.attributes.find((attribute) => attribute.name === "as");
  if (as) {
    const tag = as.value.trim().toLowerCase();
    return NATIVE_FIELDS.has(tag) ? { tag: tag as FieldTag, impliedType: null, custom: true } : null;
  }
  if (element.children.some((child) => child.type === "HtmlElement")) return null;
  return { tag: "input", impliedType: null, custom: true };
}

function isNameAttribute(name: string): boolean {
  if (name === "name") return true;
  const binding = classifyAttributeName(name);
  return binding.kind === "attribute" && binding.name === "name";
}

const TAG_PREFIX = /^[a-z][\w-]*:/u;

/** Tag files that wrap Spring's form tags, named for what they render (`<acme:input-textbox path>`, `<app:passwordField path>`). */
const PATH_TAG_FIELD = /input|textbox|textfield|textarea|password|select|moment|date/u;

/**
 * A project's JSP tag files named for the field they render and named by `name`, as GOV.UK-style Java
 * services write them (`<t:textedit name="nationalInsuranceNumber" label="National Insurance number">`,
 * `<t:datefield id="dateOfBirth">`). The tag's parts (its label, error, hint, button) are no fields.
 */
const NAMED_TAG_FIELD = /input|textbox|textfield|textedit|textarea|password|select|datefield|date-field/u;
const NOT_A_TAG_FIELD_PART = /label|error|hint|help|button|link|message|summary|legend/u;

/**
 * Spring's form tags under another taglib prefix (`<%@ taglib prefix="sf" ... %>`, then
 * `<sf:input path="cpf"/>`), and a project's tag files around them: the `path` attribute binds a
 * form field. Other tag files are fields when named for one and given a `name` (or an `id`).
 */
function prefixedTagField(element: HtmlElement): FieldKind | undefined {
  const prefix = TAG_PREFIX.exec(element.name);
  if (!prefix) return undefined;
  const local = element.name.slice(prefix[0].length);
  if (!element.attributes.some((attribute) => attribute.name === "path")) return namedTagFileField(element, local);
  const known = SERVER_TAG_FIELDS.get(`form:${local}`);
  if (known) return known;
  if (!PATH_TAG_FIELD.test(local)) return undefined;
  return tagFileField(local, "path");
}

function namedTagFileField(element: HtmlElement, local: string): FieldKind | undefined {
  if (!NAMED_TAG_FIELD.test(local) || NOT_A_TAG_FIELD_PART.test(local)) return undefined;
  return element.attributes.some((attribute) => attribute.name === "name" || attribute.name === "id") ? tagFileField(local, null) : undefined;
}

function tagFileField(local: string, nameFrom: string | null): FieldKind {
  const tag: FieldTag = local.includes("textarea") ? "textarea" : local.includes("select") ? "select" : "input";
  return { tag, impliedType: null, custom: true, serverTag: true, ...(nameFrom === null ? {} : { nameFrom }), ...(local.includes("password") ? { renderedType: "password" } : {}) };
}

/**
 * Blade components kept in an input folder and named for the input they render: `<x-input.text>`,
 * `<x-form.input.livewire-date>` (the last word is the kind). Its label, error and group parts are no
 * fields, nor are its choices and files here.
 */
const BLADE_INPUT_FOLDER = /^x-(?:[a-z\d-]+\.)*inputs?\.(?:[a-z\d]+-)*([a-z\d]+)$/u;
const NOT_A_BLADE_INPUT = /^(?:label|errors?|group|wrapper|help|hint|description|addon|icon|button|submit|hidden|file|checkbox|radio|toggle|switch)$/u;

function bladeInputKind(name: string): FieldKind | null {
  const kind = BLADE_INPUT_FOLDER.exec(name)?.[1];
  if (kind === undefined || NOT_A_BLADE_INPUT.test(kind)) return null;
  if (kind === "password") return { tag: "input", impliedType: "password", custom: true };
  if (kind === "select" || kind === "textarea") return { tag: kind, impliedType: null, custom: true };
  return { tag: "input", impliedType: null, custom: true, ...(kind === "date" ? { renderedType: "date" } : {}) };
}

/** The field a component or custom element renders, by its name alone (`sl-input`, `dx-text-box`, `el-date-picker`). */
export function namedFieldKind(name: string): FieldKind | null {
  const blade = bladeInputKind(name);
  if (blade) return blade;
  if (PASSWORD_PAGE.test(name)) return null;
  if (CUSTOM_FIELD.test(name) || STANDALONE_FIELD.test(name) || (INPUT_FAMILY_FIELD.test(name) && !NOT_AN_INPUT_PART.test(name))) {
    if (CUSTOM_PASSWORD.test(name)) return { tag: "input", impliedType: "password", custom: true };
    const tag = name.endsWith("select") ? "select" : name.includes("text-area") || name.endsWith("textarea") ? "textarea" : "input";
    return { tag, impliedType: null, custom: true };
  }
  if (DATE_PICKER_FIELD.test(name)) return { tag: "input", impliedType: null, custom: true, renderedType: "date" };
  return null;
}

export function fieldKind(element: HtmlElement): FieldKind | null {
  const { name } = element;
  if (NATIVE_FIELDS.has(name)) return { tag: name as FieldTag, impliedType: null, custom: false };
  if (name === "field") return veeValidateFieldKind(element);
  const serverTag = SERVER_TAG_FIELDS.get(name) ?? BLAZOR_FIELDS.get(name) ?? BLAZOR_LIBRARY_FIELDS.get(name) ?? prefixedTagField(element);
  if (serverTag) return serverTag;
  const named = namedFieldKind(name);
  if (named) return named;
  if (CHOICE_GROUP_FIELD.test(name) || CHOICE_ITEM_FIELD.test(name)) return choiceKind(element);
  const editable = element.attributes.find((a) => a.name === "contenteditable");
  if (editable && CONTENT_EDITABLE_ON.has(editable.value.trim().toLowerCase())) return { tag: "contenteditable", impliedType: null, custom: false };
  if (name.includes("-") && isModelBoundInput(element)) return { tag: "input", impliedType: null, custom: true };
  return null;
}

/** Input types a component passes on to the input it renders. */
const TEXT_INPUT_TYPES: ReadonlySet<string> = new Set(["text", "tel", "date", "email", "password", "number", "url"]);

/**
 * An app's own input component, whatever its name: bound to a model, or given the name a form
 * submits it by, and given an input's type (`<FormControl v-model="form.ssn" type="tel">` in a Vue
 * admin template, `<field-validate type="text" name="iban_number">`) or a placeholder
 * (`<input-group v-model="holder.idNum" label="身份证号：" placeholder="请输入">`). A model binding alone
 * is not enough: dialogs and tabs take `v-model` too.
 */
function isModelBoundInput(element: HtmlElement): boolean {
  let model = false;
  let inputLike = false;
  for (const attribute of element.attributes) {
    if (attribute.name === "type") inputLike ||= !attribute.dynamic && TEXT_INPUT_TYPES.has(attribute.value.trim().toLowerCase());
    else if (attribute.name === "placeholder") inputLike ||= attribute.value.trim() !== "";
    else if (attribute.name === "name") model ||= !attribute.dynamic && attribute.value.trim() !== "";
    else if (classifyAttributeName(attribute.name).kind === "model") model = true;
  }
  return model && inputLike;
}


/**
 * A choice group is the field unless it holds fields of its own (native radios inside a wrapper);
 * an option inside a group is part of the group's field.
 */
function choiceKind(element: HtmlElement): FieldKind | null {
  const group = CHOICE_GROUP_FIELD.test(element.name);
  if (group ? holdsNativeField(element) : insideChoiceGroup(element)) return null;
  return { tag: "input", impliedType: null, custom: true, choiceType: element.name.includes("checkbox") ? "checkbox" : "radio" };
}

function holdsNativeField(element: HtmlElement): boolean {
  return someElement(element.children, (node) => NATIVE_FIELDS.has(node.name));
}

function insideChoiceGroup(element: HtmlElement): boolean {
  for (let parent = element.parent; parent && parent.type === "HtmlElement"; parent = parent.parent) {
    if (CHOICE_GROUP_FIELD.test(parent.name)) return true;
  }
  return false;
}

/**
 * The `type` an ASP.NET Web Forms `<asp:TextBox TextMode="...">` renders (`SingleLine` and `MultiLine`
 * render no type): `TextMode="Password"` is a plain password field.
 */
export const ASP_TEXT_MODE_TYPES: ReadonlyMap<string, string> = new Map([
  ["password", "password"], ["email", "email"], ["number", "number"], ["phone", "tel"], ["date", "date"], ["month", "month"],
  ["search", "search"], ["url", "url"], ["datetimelocal", "datetime-local"], ["time", "time"], ["week", "week"],
]);

const fieldInside = new WeakMap<HtmlElement, boolean>();

/**
 * A form helper's printed field is no child of the element it is printed in (`<div class="row"><?php echo
 * $form->checkBox($model, 'diabetes'); ?></div>`): its ancestors are told they hold a field.
 */
export function notePrintedField(parent: HtmlParentNode | null): void {
  for (let node = parent; node?.type === "HtmlElement"; node = node.parent) fieldInside.set(node, true);
}

/** Whether the element is or holds a form field (iterative, cached: siblings are asked about again). */
export function holdsField(element: HtmlElement): boolean {
  const cached = fieldInside.get(element);
  if (cached !== undefined) return cached;
  let holds = false;
  const stack: HtmlChildNode[] = [element];
  while (stack.length > 0 && !holds) {
    const node = stack.pop()!;
    if (node.type !== "HtmlElement") continue;
    const known = node === element ? undefined : fieldInside.get(node);
    if (known !== undefined) holds = known;
    else if (fieldKind(node) !== null) holds = true;
    else for (const child of node.children) stack.push(child);
  }
  fieldInside.set(element, holds);
  return holds;
}
