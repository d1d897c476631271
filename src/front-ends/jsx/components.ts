import type { FieldTag } from "../../core/field.js";

/** How a design-system component name maps to a native field. */
export interface ComponentField {
  tag: FieldTag;
  /** The input type the component implies (`PasswordField` -> password, `Checkbox` -> checkbox). */
  impliedType: string | null;
  /** Whether the component's own name says what it holds (`OtpInput`, `PasswordField`). */
  nameIsEvidence: boolean;
}

export interface ComponentSettings {
  /** `settings["replay-privacy"].components`: component name -> native tag (`{ "TextField": "input" }`). */
  components: Readonly<Record<string, string>>;
  /** Prop that makes a component polymorphic (`<Box as="input">`), default `as`. */
  polymorphicPropName: string;
  /** Recognise common design-system field components by name (default true). */
  detectDesignSystemFields: boolean;
}

const NATIVE_FIELD_TAGS: ReadonlySet<string> = new Set(["input", "textarea", "select"]);

// Last segment of a component name: `Input`, `TextField`, `Form.Control`, `Input.Password`.
const CHOICE_NAMES = "Checkbox|CheckBox|Radio|RadioGroup|RadioButton|Switch|Toggle|ToggleButton";
// antd-mobile (v2) names its fields as list items: `<InputItem>`, `<TextareaItem>`.
const TEXTAREA_ENDINGS = "TextArea|Textarea|TextareaAutosize|TextareaItem|TextAreaItem";
// react-flatpickr's date picker is `<Flatpickr>`.
const SELECT_ENDINGS = "Select|NativeSelect|Dropdown|Picker|Flatpickr|Combobox|ComboBox|Autocomplete";
// One-time-code boxes are also named in the plural (react-native-otp-inputs' `OtpInputs`).
// ant-design pro-components name their fields `ProForm` + kind (`ProFormText`, `ProFormCaptcha`).
const INPUT_ENDINGS = "ProFormText|ProFormDigit|ProFormMoney|ProFormCaptcha|Input|TextField|TextInput|TextBox|Field|Password|OTP|Otp|OtpInputs|OTPInputs|PinInputField|InputItem|Control|MaskedInput|InputMask|InputText|Inputtext|Textinput|Textfield|InputNumber|PatternFormat|NumericFormat|NumberFormat|Cleave";
/** What a component adds to a field, named after it: `InputWithLabel`, `TextInputWithLabelFormGroup`. */
export const WITH_PART_START = "With[A-Z]";
const WITH_PART = new RegExp(String.raw`(?<=[a-z\d])${WITH_PART_START}[A-Za-z\d]*$`, "u");
/** An app's own inputs named prefix-first: `InputSocialSecurityNumber`, `InputSeller`, `InputEmail`. */
export const INPUT_PREFIX = "Input[A-Z]";
const INPUT_PREFIXED = new RegExp(`^${INPUT_PREFIX}`, "u");
/** Parts around an input, named prefix-first as well (`InputGroup`, `InputLeftAddon`, `InputError`). */
const NOT_INPUT_PREFIXED = /^Input(?:Group|Label|Adornment|Addon|Left|Right|Element|Base|Wrap|Shell|Holder|Frame|Layout|Error|Hint|Help|Description|Icon|Container|Message|Feedback|Prefix|Suffix|Root|Slot|Decorator|Counter|Clear|Action|Button|Box|Context|Provider|Section|Row|Item|List|Title|Caption|Info|Tooltip|Loader|Spinner|Skeleton|Switch|Chip|Tag|Props|Ref|Story|Demo|Example)/u;
const CHOICE_COMPONENT = new RegExp(`^(?:${CHOICE_NAMES})$`, "u");
const TEXTAREA_COMPONENT = new RegExp(`(?:${TEXTAREA_ENDINGS})$`, "u");
const SELECT_COMPONENT = new RegExp(`(?:${SELECT_ENDINGS})$`, "u");
const INPUT_COMPONENT = new RegExp(`(?:${INPUT_ENDINGS})$`, "u");
/** Every name ending that can make a component a field, for the text pre-check of a file. */
export const FIELD_NAME_ENDINGS = [CHOICE_NAMES, TEXTAREA_ENDINGS, SELECT_ENDINGS, INPUT_ENDINGS].join("|");
/** Components that are not fields although their names end like one. */
const NOT_A_FIELD = /(?:^|\.)(?:Form|FieldArray|FieldSet|Fieldset|FieldGroup|FieldLabel|FieldError|FieldDescription|FieldWrapper|InputGroup|InputAdornment|InputLabel|InputLeftElement|InputRightElement|InputLeftAddon|InputRightAddon|InputBase|FormField|FormControl|ColorPicker|ColorInput|FileInput|FileField|HiddenField|HiddenInput|SearchField|SliderField|RangeInput|DateRangePicker|TimePicker|EmojiPicker|IconPicker)$/u;
const SHOWS_PASSWORD = /(?:Password|Secret)(?:Input|Field)?$/u;
/**
 * What a visitor does with a password, as pages, dialogs and forms are named (`ResetPassword`,
 * `ChooseNewPassword`; in templates `change-password`): they render the fields in a file of their own.
 */
export const PASSWORD_ACTIONS = ["choose", "reset", "forgot", "forgotten", "change", "update", "set", "create", "recover", "lost"] as const;
const PASSWORD_PAGE = new RegExp(`(?:^|\\.)(?:${PASSWORD_ACTIONS.map((verb) => verb[0]!.toUpperCase() + verb.slice(1)).join("|")})(?:New|Your|My)?Password$`, "u");
const COMPONENT_SUFFIX = new RegExp(`(?:Input|TextField|TextInput|Field|Control|${TEXTAREA_ENDINGS}|${SELECT_ENDINGS})$`, "u");
/** `Base` after a field's name: an app's base atom (`TextFieldBase`, `PasswordInputBase`). */
export const BASE_PART = "Base";
const BASE_SUFFIX = new RegExp(`(?<=[a-z])${BASE_PART}$`, "u");
/** A variant tag after the name, as supabase writes its shadcn parts: `Input_Shadcn_`, `FormField_Shadcn_`. */
export const VARIANT_TAG = String.raw`_[A-Za-z][A-Za-z\d]*_`;
const VARIANT_SUFFIX = new RegExp(`${VARIANT_TAG}$`, "u");

/** The component name without a variant tag (`Input_Shadcn_` -> `Input`), for matching by name. */
export function withoutVariantSuffix(name: string): string {
  // Called for every component element: most names have no tag, and a tag ends with `_`.
  return name.endsWith("_") ? name.replace(VARIANT_SUFFIX, "") : name;
}

/** Fields by component name, across files (names are few per project; the bound guards against generated ones). */
const BY_NAME = new Map<string, ComponentField | null>();
const MAX_CACHED_NAMES = 10_000;

function resolveNative(tag: string): ComponentField | null {
  const lower = tag.toLowerCase();
  return NATIVE_FIELD_TAGS.has(lower) ? { tag: lower as FieldTag, impliedType: null, nameIsEvidence: false } : null;
}

const MAPPINGS = new WeakMap<object, ReadonlyMap<string, string>>();

/**
 * `settings.components` as a map: looking a fresh name string up as an object key costs a string
 * table lookup on every element, and most projects map no components at all.
 */
function mappedComponents(components: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  let mapping = MAPPINGS.get(components);
  if (!mapping) {
    mapping = new Map(Object.entries(components));
    MAPPINGS.set(components, mapping);
  }
  return mapping;
}

/**
 * The native field a component renders: from settings, a polymorphic literal (`as="input"`), or
 * (when enabled) its name. Returns null for components that are not fields.
 */
export function resolveComponentField(name: string, polymorphicValue: string | null, settings: ComponentSettings): ComponentField | null {
  const mapping = mappedComponents(settings.components);
  const mapped = mapping.size > 0 ? mapping.get(name) : undefined;
  if (mapped !== undefined) return resolveNative(mapped);
  if (polymorphicValue !== null) return resolveNative(polymorphicValue);
  if (!settings.detectDesignSystemFields) return null;
  let known = BY_NAME.get(name);
  if (known === undefined) {
    const bare = withoutVariantSuffix(name).replace(WITH_PART, "");
    // An app's own base atom of a field (`TextFieldBase`) is that field; MUI's `InputBase` stays excluded.
    known = NOT_A_FIELD.test(bare) ? null : fieldByName(bare.replace(BASE_SUFFIX, ""));
    if (BY_NAME.size < MAX_CACHED_NAMES) BY_NAME.set(name, known);
  }
  return known;
}

/** Whether a component's name says it is no field although it may look like one (`FileInput`, `ResetPassword`). */
export function namedAsNonField(name: string): boolean {
  const bare = withoutVariantSuffix(name);
  return NOT_A_FIELD.test(bare) || PASSWORD_PAGE.test(bare);
}

function fieldByName(name: string): ComponentField | null {
  if (NOT_A_FIELD.test(name) || PASSWORD_PAGE.test(name)) return null;
  const last = name.slice(name.lastIndexOf(".") + 1);
  if (CHOICE_COMPONENT.test(last)) {
    return { tag: "input", impliedType: last.startsWith("Radio") ? "radio" : "checkbox", nameIsEvidence: false };
  }
  // What comes before the ending says what the field holds: `RecoveryPhraseTextarea`, `BirthYearSelect`.
  if (TEXTAREA_COMPONENT.test(last)) return { tag: "textarea", impliedType: null, nameIsEvidence: true };
  if (SELECT_COMPONENT.test(last)) return { tag: "select", impliedType: null, nameIsEvidence: true };
  if (INPUT_COMPONENT.test(last) || INPUT_COMPONENT.test(name) || (INPUT_PREFIXED.test(last) && !NOT_INPUT_PREFIXED.test(last))) {
    return { tag: "input", impliedType: SHOWS_PASSWORD.test(name) ? "password" : null, nameIsEvidence: true };
  }
  return null;
}

/** An app's own prefix for its versions of library components: `MyNumberInput`, `MyTextField`. */
const MY_PREFIX = /^My(?=[A-Z])/u;

/**
 * The part of a component name that says what it holds: `CardNumberInput` -> `CardNumber`.
 * `MyNumberInput` is the app's own NumberInput, not Japan's My Number.
 */
export function componentNameEvidence(name: string): string {
  return withoutVariantSuffix(name).replace(MY_PREFIX, "").replace(COMPONENT_SUFFIX, "").replace(/\./gu, " ");
}

/** The ending a formatting wrapper's name adds to what it formats (an input mask, not a recorder's). */
const FORMAT_WRAPPER_SUFFIX = /(?<=[a-z\d])(?:Mask|Masked|Format|Formatted|Formatter)$/u;

/**
 * A component that formats the one field it renders is named for what it formats: react-number-format's
 * `<NumberFormat format="PL## ####...">` inside `AccountNumberMask`, `CpfMask`, `CardNumberFormat`.
 * The name without that ending, or null for other names (a bare `Mask` names nothing).
 */
export function formatWrapperEvidence(name: string): string | null {
  return FORMAT_WRAPPER_SUFFIX.test(name) ? name.replace(FORMAT_WRAPPER_SUFFIX, "") : null;
}

/** react-admin inputs name their field with `source` (`<TextInput source="ssn">`); its display `TextField` does not hold input. */
export const SOURCE_NAMED_COMPONENT = /Input$/u;
