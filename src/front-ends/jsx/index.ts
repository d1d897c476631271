import type { TSESTree } from "@typescript-eslint/utils";
import type { Scope } from "eslint";
import type { AttributeValue, Field, FieldTag, MarkerCarrier } from "../../core/field.js";
import type { RuleListener } from "../../util/create-rule.js";
import { type ComponentField, type ComponentSettings, componentNameEvidence, formatWrapperEvidence, namedAsNonField, resolveComponentField, SOURCE_NAMED_COMPONENT, withoutVariantSuffix } from "./components.js";
import { type Collected, collectElement, INPUT_PROPS_CALLS, type ReadText, referenceKey, type SourceText } from "./element.js";
import { fieldBefore, followingCaption, followingLabel, type JSXContainer, LABEL_ELEMENT, precedingCaption } from "./labels.js";
import { MAX_QUESTION, offersOnlyAnswers } from "../captions.js";
import { cellCountProp, isCodeBox } from "./code-boxes.js";
import { jsxCaptchaBeside, jsxCodeSenderBeside } from "../captcha.js";
import { markerFix } from "./marker-fix.js";
import { namedFieldKind } from "../markup/field-kinds.js";
import { nativeAutocomplete } from "./native-autocomplete.js";
import { isRevealProp, namesPasswordType, REVEALABLE_PASSWORD_TYPE, revealIsOptIn } from "../password-reveal.js";
import { calleeName, jsxElementName, textOf } from "./text.js";
import { isParameter, resolveAttributeExpression, unwrapTs } from "./values.js";
import { type IdPositions, labelsOf, type LabelEntry, type LabelsById, rememberId, rememberLabel } from "../labels-by-id.js";

type OpeningElement = TSESTree.JSXOpeningElement;
type JSXElement = TSESTree.JSXElement;

interface SourceCodeLike extends SourceText {
  getScope(node: unknown): Scope.Scope;
  ast?: { body?: readonly TSESTree.Node[] };
}

/**
 * Named imports under another local name (`import { PasswordInput as PasswordInputMantine }`):
 * a component's library name, for components whose local name says nothing.
 */
function importAliases(program: SourceCodeLike["ast"]): ReadonlyMap<string, string> {
  const aliases = new Map<string, string>();
  for (const statement of program?.body ?? []) {
    if (statement.type !== "ImportDeclaration") continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== "ImportSpecifier") continue;
      const imported = specifier.imported.type === "Identifier" ? specifier.imported.name : specifier.imported.value;
      if (imported !== specifier.local.name && isUppercase(imported)) aliases.set(specifier.local.name, imported);
    }
  }
  return aliases;
}

function isUppercase(name: string): boolean {
  const first = name.charCodeAt(0);
  return first >= 65 && first <= 90;
}

/** `PasswordInputMantine` -> `PasswordInput`, `Alias.Password` -> `Input.Password`. */
function unaliased(name: string, aliases: ReadonlyMap<string, string>): string | null {
  const dot = name.indexOf(".");
  const head = dot === -1 ? name : name.slice(0, dot);
  const imported = aliases.get(head);
  return imported === undefined ? null : imported + (dot === -1 ? "" : name.slice(dot));
}

/** Wrappers that give their descendants a field name and label (react-hook-form, antd, shadcn, react-bootstrap, Mantine's `Input.Wrapper`). */
// react-input-mask's `<InputMask>` around a design-system field renders that field: the field is the one to mark.
const FIELD_WRAPPER = /^(?:Controller|FormField|Form\.Item|FormItem|Form\.Field|Field|FastField|ConnectedField|FormControl|Form\.Control|Form\.Group|FormGroup|Input\.Wrapper|InputWrapper|InputMask|ReactInputMask)$/u;
/** Wrapper props that name the field inside: `name`, react-bootstrap `controlId`, Chakra `FormControl id`. */
const WRAPPER_NAME_PROPS = ["name", "controlid", "id"] as const;
const FORM_ELEMENT = /^(?:form|Form|[A-Z][\w.]*Form)$/u;
const GROUP_ROLES: ReadonlySet<string> = new Set(["radiogroup", "group"]);
const CHOICE_TYPES: ReadonlySet<string> = new Set(["radio", "checkbox"]);
const CONTENT_EDITABLE_ON: ReadonlySet<string> = new Set(["", "true", "plaintext-only"]);
const NATIVE_FIELD_TAGS: ReadonlySet<string> = new Set(["input", "textarea", "select"]);
/** How far up a caption or question is looked for. */
const CAPTION_LEVELS = 3;
const WHITESPACE = /\s+/u;

interface Candidate {
  node: OpeningElement;
  tag: FieldTag;
  componentName: string | null;
  impliedType: string | null;
  nameIsEvidence: boolean;
}

export interface JsxFrontEndOptions extends ComponentSettings {
  sourceCode: SourceCodeLike;
}

function isLowercaseTag(name: TSESTree.JSXTagNameExpression): name is TSESTree.JSXIdentifier {
  if (name.type !== "JSXIdentifier") return false;
  const first = name.name.charCodeAt(0);
  return first >= 97 && first <= 122;
}

function findAttribute(node: OpeningElement, prop: string): TSESTree.JSXAttribute | null {
  for (const attribute of node.attributes) {
    if (attribute.type === "JSXAttribute" && attribute.name.type === "JSXIdentifier" && attribute.name.name === prop) return attribute;
  }
  return null;
}

/**
 * State names that say nothing of what a field holds (`value={code}` beside `<Text>Enter OTP</Text>`):
 * the caption before the field still names it, as for an unnamed one.
 */
const UNINFORMATIVE_NAMES: ReadonlySet<string> = new Set(["value", "text", "input", "code", "val", "data"]);

/**
 * A `name` that only passes on a name given elsewhere (`name={field.name}` in a react-hook-form
 * `<Controller>`'s render prop): the wrapper around it still names the field.
 */
function passesNameOn(node: OpeningElement): boolean {
  const value = findAttribute(node, "name")?.value;
  if (value?.type !== "JSXExpressionContainer" || value.expression.type === "JSXEmptyExpression") return false;
  const expression = unwrapTs(value.expression);
  return expression.type === "MemberExpression" && !expression.computed && expression.property.type === "Identifier" && expression.property.name === "name";
}

function literalProp(node: OpeningElement, prop: string): string | null {
  const value = findAttribute(node, prop)?.value;
  if (value?.type === "Literal" && typeof value.value === "string") return value.value;
  if (value?.type === "JSXExpressionContainer" && value.expression.type === "Literal" && typeof value.expression.value === "string") {
    return value.expression.value;
  }
  return null;
}

/** A `type` that switches between password and text: `type={shown ? "text" : "password"}`. */
function togglesPasswordType(node: OpeningElement): boolean {
  const value = findAttribute(node, "type")?.value;
  if (value?.type !== "JSXExpressionContainer" || value.expression.type !== "ConditionalExpression") return false;
  const { consequent, alternate } = value.expression;
  return [consequent, alternate].some((branch) => branch.type === "Literal" && branch.value === "password");
}

/**
 * A component given an input's props by react-hook-form's `register("iban")` (or Mantine's
 * `getInputProps`, Formik's `getFieldProps`) renders that input, whatever its name: an app's own
 * `<FormField label="Nomor Rekening" {...register("noRekening")} />`. (The file's text pre-check still
 * needs a field-like tag name somewhere in the file: `<Row {...register("iban")} />` alone is not read.)
 */
function spreadsInputProps(node: OpeningElement): boolean {
  return node.attributes.some((attribute) => {
    if (attribute.type !== "JSXSpreadAttribute") return false;
    const argument = unwrapTs(attribute.argument);
    if (argument.type !== "CallExpression") return false;
    const name = calleeName(argument.callee);
    return name !== null && INPUT_PROPS_CALLS.has(name);
  });
}

/**
 * A component given a field's name and a placeholder renders an input, whatever it is called: an
 * app's own `<FormElement form={form} name="card_number" placeholder="Card Number" />`.
 */
function takesNameAndPlaceholder(node: OpeningElement, componentName: string): boolean {
  return findAttribute(node, "name") !== null && findAttribute(node, "placeholder") !== null && !namedAsNonField(componentName);
}

/** A form field wrapper that, given nothing to wrap, renders a text input itself (Grommet's `<FormField>`). */
const DEFAULT_INPUT_WRAPPER = /(?:^|\.)FormField$/u;
/** Props that hand the wrapper what to render instead. */
const RENDER_PROPS: readonly string[] = ["render", "children", "component", "control", "as"];
/** Props of the input the wrapper renders. */
const DEFAULT_INPUT_PROPS: readonly string[] = ["label", "type", "autoComplete", "placeholder"];

/**
 * Grommet's `<FormField name="cardnumber" label="Card Number" />` with no children renders a
 * `<TextInput>`; shadcn's `<FormField render={...} />` renders what it is given, so it stays a wrapper.
 */
function rendersDefaultInput(node: OpeningElement, componentName: string): boolean {
  return (
    node.selfClosing &&
    DEFAULT_INPUT_WRAPPER.test(withoutVariantSuffix(componentName)) &&
    findAttribute(node, "name") !== null &&
    !RENDER_PROPS.some((prop) => findAttribute(node, prop) !== null) &&
    DEFAULT_INPUT_PROPS.some((prop) => findAttribute(node, prop) !== null)
  );
}

/** Props that hand a wrapper the input component it renders: `<InputWrapper InputComponent={TextInput}>`, `component={TextField}`. */
const INPUT_COMPONENT_PROPS: readonly string[] = ["InputComponent", "inputComponent", "component"];

/**
 * The field component a wrapper is given to render (Expensify's `<InputWrapper InputComponent={TextInput}
 * inputID=...>`, redux-form's `<Field component={TextField}>`): the wrapper is that field.
 */
function inputComponentProp(node: OpeningElement, options: ComponentSettings): { field: ComponentField; name: string } | null {
  for (const prop of INPUT_COMPONENT_PROPS) {
    const value = findAttribute(node, prop)?.value;
    if (value?.type !== "JSXExpressionContainer") continue;
    const name = componentReferenceName(value.expression);
    if (name === null) continue;
    const field = resolveComponentField(name, null, options);
    if (field) return { field, name };
  }
  return null;
}

/**
 * The field kind a form-control switch renders, named by a literal `control` prop: the Formik
 * pattern `<FormikControl control="input" name="cardNumber">` (also written `<FormControl control="input">`).
 */
const CONTROL_KINDS: ReadonlyMap<string, ComponentField> = new Map([
  ["input", { tag: "input", impliedType: null, nameIsEvidence: false }],
  ["textarea", { tag: "textarea", impliedType: null, nameIsEvidence: false }],
  ["select", { tag: "select", impliedType: null, nameIsEvidence: false }],
  ["date", { tag: "input", impliedType: "date", nameIsEvidence: false }],
  ["radio", { tag: "input", impliedType: "radio", nameIsEvidence: false }],
  ["checkbox", { tag: "input", impliedType: "checkbox", nameIsEvidence: false }],
]);

function controlKindProp(node: OpeningElement): ComponentField | null {
  const kind = literalProp(node, "control");
  return kind === null ? null : CONTROL_KINDS.get(kind.toLowerCase()) ?? null;
}

/** A code field with its own send button: ant-design pro-components' `<ProFormCaptcha onGetCaptcha={...}>` sends an SMS code. */
function sendsOwnCode(node: OpeningElement): boolean {
  return findAttribute(node, "onGetCaptcha") !== null;
}

/** `TextInput`, `Form.Input`: a component written as a value. */
function componentReferenceName(expression: TSESTree.Node): string | null {
  if (expression.type === "Identifier") return expression.name;
  if (expression.type === "MemberExpression" && !expression.computed && expression.property.type === "Identifier") {
    const object = componentReferenceName(expression.object);
    return object === null ? null : `${object}.${expression.property.name}`;
  }
  return null;
}

/** A show-password prop that is not turned off (`canRevealPassword`, but not `canRevealPassword={false}`). */
function canReveal(node: OpeningElement): boolean {
  return node.attributes.some((attribute) => {
    if (attribute.type !== "JSXAttribute" || attribute.name.type !== "JSXIdentifier" || !isRevealProp(attribute.name.name)) return false;
    const value = attribute.value;
    return !(value?.type === "JSXExpressionContainer" && value.expression.type === "Literal" && value.expression.value === false);
  });
}

const PASSWORD_TYPE: AttributeValue = { kind: "static", value: "password" };

/** A `type` held in a variable named for a password's type (`type={this.state.passwordType}`): a show-password toggle. */
function typeNamesPassword(node: OpeningElement, sourceCode: SourceText): boolean {
  const value = findAttribute(node, "type")?.value;
  return value?.type === "JSXExpressionContainer" && value.expression.type !== "JSXEmptyExpression" && namesPasswordType(sourceCode.getText(value.expression));
}

/**
 * React Native's `secureTextEntry` is its `type="password"`: a constant one is always a password, and
 * one bound to state (`secureTextEntry={hidden}`) is a show-password toggle.
 */
function secureEntryType(node: OpeningElement, scopeOf: (node: TSESTree.Node) => Scope.Scope | null): AttributeValue | null {
  const attribute = findAttribute(node, "secureTextEntry");
  if (!attribute) return null;
  const { value } = attribute;
  if (value === null) return PASSWORD_TYPE;
  if (value.type !== "JSXExpressionContainer" || value.expression.type === "JSXEmptyExpression") return null;
  if (value.expression.type === "Literal") return value.expression.value === true ? PASSWORD_TYPE : null;
  // A wrapper handing its caller's prop on (`secureTextEntry={props.secureText}`) is every kind of field
  // its callers make it; a password's own toggle is state (`secureTextEntry={!visible}`).
  return isCallersProp(unwrapTs(value.expression), scopeOf) ? null : REVEALABLE_PASSWORD_TYPE;
}

/** `props.x`, `this.props.x`, or a parameter of the component the element is rendered in (`({ secure }) =>`). */
function isCallersProp(expression: TSESTree.Expression, scopeOf: (node: TSESTree.Node) => Scope.Scope | null): boolean {
  if (expression.type === "MemberExpression") {
    const object = expression.object;
    if (object.type === "Identifier") return object.name === "props";
    return object.type === "MemberExpression" && object.object.type === "ThisExpression" && object.property.type === "Identifier" && object.property.name === "props";
  }
  return expression.type === "Identifier" && isParameter(expression, scopeOf(expression));
}

/** The component a field is rendered in, when it is named like a field (`function InputCPF(props)`). */
function enclosingComponentName(node: TSESTree.Node): string | null {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (current.type === "FunctionDeclaration") return current.id?.name ?? null;
    // `module.exports = function PetProfile() {}`: a named function expression names itself.
    if (current.type === "FunctionExpression" && current.id) return current.id.name;
    if (current.type === "ArrowFunctionExpression" || current.type === "FunctionExpression") {
      const holder = current.parent;
      // A class component's `render()` belongs to its class.
      if (holder.type === "MethodDefinition") continue;
      if (holder.type === "VariableDeclarator" && holder.id.type === "Identifier") return holder.id.name;
      // `React.forwardRef((props, ref) => ...)`, `memo(function ...)`: the wrapper's variable names it.
      if (holder.type === "CallExpression" && holder.parent.type === "VariableDeclarator" && holder.parent.id.type === "Identifier") return holder.parent.id.name;
      // A callback the component renders with (`words.map((word) => <input />)`) belongs to the component around it.
      if (holder.type === "CallExpression" && holder.callee !== current) continue;
      return null;
    }
    if (current.type === "ClassDeclaration") return current.id?.name ?? null;
  }
  return null;
}

/**
 * The element or fragment around a node. A field rendered by a callback prop (`render={() => <input/>}`)
 * still sits inside that element.
 */
function containerOf(node: JSXElement | TSESTree.JSXFragment): JSXContainer | null {
  for (let current: TSESTree.Node = node.parent; current.type !== "Program"; current = current.parent) {
    if (current.type === "JSXElement" || current.type === "JSXFragment") return current;
  }
  return null;
}


function staticText(value: AttributeValue | undefined): string | null {
  return value?.kind === "static" && value.value.trim() ? value.value : null;
}

/** A wrapper's name: a static one, or the one text it can have besides unknown ones (a parameter default). */
function nameText(value: AttributeValue | undefined): string | null {
  if (value?.kind === "dynamic" && value.candidates.length === 1) return value.candidates[0]?.trim() ? value.candidates[0] : null;
  return staticText(value);
}

function isChoiceType(type: AttributeValue | undefined): boolean {
  return type?.kind === "static" && CHOICE_TYPES.has(type.value.toLowerCase());
}

function isChoiceCandidate(candidate: Candidate, carrier: (node: OpeningElement) => Collected): boolean {
  if (candidate.impliedType !== null) return CHOICE_TYPES.has(candidate.impliedType);
  return candidate.tag === "input" && isChoiceType(carrier(candidate.node).attributes.get("type"));
}

/**
 * Whether a node is or contains one of `elements`, by binary search over their start offsets
 * (a field element that starts inside a node lies inside it).
 */
function startsWithin(elements: readonly JSXElement[]): (node: TSESTree.Node) => boolean {
  const starts = elements.map((element) => element.range[0]).sort((a, b) => a - b);
  return (node) => {
    const [from, to] = node.range;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((starts[middle] ?? 0) < from) low = middle + 1;
      else high = middle;
    }
    return low < starts.length && (starts[low] ?? to) < to;
  };
}

/** Whether `inner` lies inside `outer` (both JSX elements). */
function encloses(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer !== inner && outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/**
 * Labels `htmlFor` an element outside their own wrapper while a field sits beside them: a form group
 * copied with its `htmlFor` left as it was. Such a label names the field beside it, as its author
 * meant, and is taken off its target's labels.
 */
function misdirectedLabels(
  labels: readonly { label: JSXElement; target: string }[],
  containsField: (node: TSESTree.Node) => boolean,
  elementById: ReadonlyMap<string, JSXElement>,
  labelsFor: LabelsById,
): ReadonlySet<JSXElement> {
  const found = new Set<JSXElement>();
  for (const { label, target } of labels) {
    const wrapper = label.parent;
    const element = elementById.get(target);
    if (wrapper.type !== "JSXElement" || !element || encloses(wrapper, element) || !containsField(wrapper)) continue;
    found.add(label);
    const entries = labelsFor.get(target);
    if (entries) labelsFor.set(target, entries.filter((entry) => entry.range[0] !== label.range[0]));
  }
  return found;
}

/** `<FormLabel>`, `<Form.Label>`: a cheap ending check first, since this runs for every component element. */
function isLabelComponent(componentName: string): boolean {
  const name = withoutVariantSuffix(componentName);
  return (name.endsWith("Label") || name === "label" || name === "legend") && LABEL_ELEMENT.test(name);
}

/**
 * The JSX front end: turns form-field elements into core `Field`s. Fields are handed over at
 * `Program:exit`, once every `<label htmlFor>` and `id` of the file has been seen.
 */
export function jsxFieldVisitor(options: JsxFrontEndOptions, onFields: (fields: Field[]) => void): RuleListener {
  const candidates: Candidate[] = [];
  const labelsFor: LabelsById = new Map();
  const labelElements: { label: JSXElement; target: string }[] = [];
  const idPositions: IdPositions = new Map();
  const elementById = new Map<string, JSXElement>();
  const carriers = new WeakMap<OpeningElement, Collected>();
  const { sourceCode } = options;
  const scopeOf = (node: TSESTree.Node): Scope.Scope | null => {
    try {
      return sourceCode.getScope(node);
    } catch {
      return null;
    }
  };
  // Label text may come from constants and from the items of a mapped list (`{question.text}`).
  const read: ReadText = (node) =>
    textOf(node, (expression) => {
      const value = resolveAttributeExpression(expression, scopeOf(expression), false);
      return (value.kind === "static" ? value.value : value.candidates.join(" / ")) || null;
    });
  const carrier = (node: OpeningElement): Collected => {
    let collected = carriers.get(node);
    if (!collected) {
      collected = collectElement(node, scopeOf(node), sourceCode, read);
      carriers.set(node, collected);
    }
    return collected;
  };
  const addLabelFor = (node: OpeningElement): void => {
    const attribute = findAttribute(node, "htmlFor");
    const target = attribute ? referenceKey(attribute.value, sourceCode) : null;
    if (target === null) return;
    rememberLabel(labelsFor, target, node.parent.range, () => read(node.parent));
    labelElements.push({ label: node.parent, target });
  };

  let aliases: ReadonlyMap<string, string> | undefined;
  const onOpeningElement = (node: OpeningElement): void => {
    const name = node.name;
    const idAttribute = findAttribute(node, "id");
    if (idAttribute) {
      const key = referenceKey(idAttribute.value, sourceCode);
      if (key !== null) {
        elementById.set(key, node.parent);
        rememberId(idPositions, key, node.range);
      }
    }
    if (isLowercaseTag(name)) {
      const tag = name.name;
      if (NATIVE_FIELD_TAGS.has(tag)) {
        candidates.push({ node, tag: tag as FieldTag, componentName: null, impliedType: null, nameIsEvidence: false });
      } else if (tag === "label") {
        addLabelFor(node);
      } else {
        // A custom element in JSX (Stencil, web components in React): `<sl-input>`, `<vui-textbox>`.
        const custom = tag.includes("-") ? namedFieldKind(tag) : null;
        if (custom) {
          candidates.push({ node, tag: custom.tag, componentName: tag, impliedType: custom.impliedType ?? custom.renderedType ?? null, nameIsEvidence: false });
          return;
        }
        const editable = findAttribute(node, "contentEditable");
        if (editable) {
          const value = editable.value === null ? "" : literalProp(node, "contentEditable") ?? (editable.value.type === "JSXExpressionContainer" && editable.value.expression.type === "Literal" ? String(editable.value.expression.value) : "true");
          if (CONTENT_EDITABLE_ON.has(value)) candidates.push({ node, tag: "contenteditable", componentName: null, impliedType: null, nameIsEvidence: false });
        }
      }
      return;
    }
    const written = jsxElementName(name);
    const polymorphic = literalProp(node, options.polymorphicPropName);
    let componentName = written;
    let field = resolveComponentField(written, polymorphic, options);
    if (!field) {
      aliases ??= importAliases(sourceCode.ast);
      const imported = aliases.size > 0 ? unaliased(written, aliases) : null;
      const aliasedField = imported === null ? null : resolveComponentField(imported, polymorphic, options);
      if (aliasedField && imported !== null) {
        field = aliasedField;
        componentName = imported;
      }
    }
    // A generic field wrapper given a component named for what it holds (`<Field component={CardNumberInput}>`)
    // or told which field to render (`<FormControl control="input">`) is that field.
    if (!field || FIELD_WRAPPER.test(withoutVariantSuffix(componentName))) {
      const given = inputComponentProp(node, options);
      if (given) {
        field = given.field;
        componentName = given.name;
      } else {
        field = controlKindProp(node) ?? field;
      }
    }
    if (field) {
      candidates.push({ node, tag: field.tag, componentName, impliedType: field.impliedType, nameIsEvidence: field.nameIsEvidence });
    } else if (togglesPasswordType(node) || spreadsInputProps(node) || takesNameAndPlaceholder(node, componentName) || rendersDefaultInput(node, componentName)) {
      // Whatever its name (Blueprint's `<InputGroup>`), a component whose type toggles to password is a field,
      // and so is one given react-hook-form's input props, or a name and a placeholder.
      candidates.push({ node, tag: "input", componentName, impliedType: null, nameIsEvidence: false });
    } else if (isLabelComponent(componentName)) {
      addLabelFor(node);
    }
  };

  return {
    JSXOpeningElement: onOpeningElement,
    "Program:exit"() {
      if (candidates.length === 0) return;
      const fields = keepOuterMost(candidates, carrier);
      const containsField = startsWithin(fields.map((c) => c.node.parent));
      const misdirected = misdirectedLabels(labelElements, containsField, elementById, labelsFor);
      const fieldElements = new Set<TSESTree.Node>(fields.map((c) => c.node.parent));
      const isField = (element: TSESTree.JSXElement): boolean => fieldElements.has(element);
      // The options of a radio group sit between the question and a later option.
      const containsOtherThanChoices = startsWithin(fields.filter((c) => !isChoiceCandidate(c, carrier)).map((c) => c.node.parent));
      const subjects = new Map(fields.map((candidate) => [candidate, enclosingComponentName(candidate.node)]));
      const soleFieldOf = soleFieldSubjects(subjects);
      onFields(fields.map((candidate) => buildField(candidate, { settings: options, carrier, labelsFor, idPositions, elementById, misdirected, containsField, containsOtherThanChoices, isField, sourceCode, scopeOf, read, subject: subjects.get(candidate) ?? null, soleFieldOf })));
    },
  };
}

/**
 * Resolves nested candidates: a wrapper such as final-form's `<Field name>` around an `<input>` is
 * not a field itself (the input is, and gets the wrapper's name); an unnamed part inside a group
 * field (`<Radio>` in `<RadioGroup name>`, `<PinInputField>` in `<PinInput>`) is covered by the group.
 */
function keepOuterMost(candidates: readonly Candidate[], carrier: (node: OpeningElement) => Collected): Candidate[] {
  const dropped = new Set<Candidate>();
  // Candidates come in source order, so the ones inside `outer` directly follow it.
  for (const [index, outer] of candidates.entries()) {
    const inner: Candidate[] = [];
    for (let next = index + 1; next < candidates.length; next++) {
      const candidate = candidates[next];
      if (!candidate || !encloses(outer.node.parent, candidate.node.parent)) break;
      inner.push(candidate);
    }
    if (inner.length === 0) continue;
    if (outer.componentName && FIELD_WRAPPER.test(withoutVariantSuffix(outer.componentName))) {
      dropped.add(outer);
      continue;
    }
    for (const part of inner) {
      const own = carrier(part.node);
      if (own.identifiers.length === 0 && !own.attributes.has("name") && !own.attributes.has("id")) dropped.add(part);
    }
  }
  return candidates.filter((c) => !dropped.has(c));
}

/** A component named for the question it asks: `MedicalHistoryQuestion`, `FamilyHistoryQuestions`. */
const QUESTION_COMPONENT = /^(\w+?)Questions?$/u;

/** The components that render exactly one field. */
function soleFieldSubjects(subjects: ReadonlyMap<Candidate, string | null>): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const subject of subjects.values()) if (subject !== null) counts.set(subject, (counts.get(subject) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count === 1).map(([subject]) => subject));
}

interface BuildContext {
  settings: ComponentSettings;
  /** The component the field is rendered in. */
  subject: string | null;
  soleFieldOf: ReadonlySet<string>;
  carrier: (node: OpeningElement) => Collected;
  labelsFor: ReadonlyMap<string, readonly LabelEntry[]>;
  idPositions: ReadonlyMap<string, readonly (readonly [number, number])[]>;
  elementById: ReadonlyMap<string, JSXElement>;
  /** Labels copied with their `htmlFor` unchanged: they name the field beside them. */
  misdirected: ReadonlySet<JSXElement>;
  containsField: (node: TSESTree.Node) => boolean;
  isField: (element: TSESTree.JSXElement) => boolean;
  containsOtherThanChoices: (node: TSESTree.Node) => boolean;
  sourceCode: SourceCodeLike;
  scopeOf: (node: TSESTree.Node) => Scope.Scope | null;
  read: ReadText;
}

function textOfReferences(refs: AttributeValue | undefined, context: BuildContext): string[] {
  const value = staticText(refs);
  if (value === null) return [];
  return value.split(WHITESPACE).flatMap((ref) => {
    const element = context.elementById.get(ref);
    return element ? [context.read(element)] : [];
  });
}

/**
 * The label written for a radio group's name, where no element has that id (`<label htmlFor="race">`
 * over radios named `race`): the nearest one before the option.
 */
function groupLabelFor(entries: readonly LabelEntry[] | undefined, at: number): string | null {
  let nearest: LabelEntry | null = null;
  for (const entry of entries ?? []) if (entry.range[0] < at && (nearest === null || entry.range[0] > nearest.range[0])) nearest = entry;
  return nearest?.text || null;
}

function buildField(candidate: Candidate, context: BuildContext): Field {
  const { node } = candidate;
  const { carrier, labelsFor, idPositions, containsField, read } = context;
  const own = carrier(node);
  const attributes = own.attributes.clone();
  if (!attributes.has("type")) {
    const secureEntry = secureEntryType(node, context.scopeOf);
    if (secureEntry) attributes.set("type", secureEntry);
  }
  const autofill = nativeAutocomplete(attributes.get("autocomplete"), attributes.get("textcontenttype"));
  if (autofill) attributes.set("autocomplete", { kind: "static", value: autofill });
  if (candidate.tag === "select" && candidate.componentName === null && !attributes.has("placeholder")) {
    const prompt = selectPrompt(node.parent);
    if (prompt) attributes.set("placeholder", { kind: "static", value: prompt });
  }
  const type = attributes.get("type");
  if (type?.kind === "static" && type.value.toLowerCase() === "password" && canReveal(node)) {
    attributes.set("type", REVEALABLE_PASSWORD_TYPE);
  } else if (candidate.impliedType && !attributes.has("type")) {
    // Design-system password fields come with a show-password toggle, unless it is opt-in (PrimeReact's `toggleMask`).
    const revealable = candidate.impliedType === "password" && !(candidate.componentName !== null && revealIsOptIn(candidate.componentName) && !canReveal(node));
    attributes.set("type", revealable ? REVEALABLE_PASSWORD_TYPE : { kind: "static", value: candidate.impliedType });
  } else if (type?.kind === "dynamic" && type.candidates.length === 0 && typeNamesPassword(node, context.sourceCode)) {
    attributes.set("type", REVEALABLE_PASSWORD_TYPE);
  }
  const identifiers = [...own.identifiers];
  if (candidate.nameIsEvidence && candidate.componentName) identifiers.push(componentNameEvidence(candidate.componentName));
  const { subject } = context;
  // A field component's own name says what its bare fields hold (`function InputCPF(props) { return
  // <InputMask {...props} /> }`), and what the one field it renders holds (`NewWalletSeedInput` around
  // `<input value={word} />`); not what each of several named fields holds.
  const bare = own.identifiers.length === 0 && own.labels.length === 0 && !attributes.has("name") && !attributes.has("id");
  if (subject !== null && (bare || context.soleFieldOf.has(subject))) {
    if (resolveComponentField(subject, null, context.settings)?.nameIsEvidence) identifiers.push(componentNameEvidence(subject));
    else {
      const formatted = formatWrapperEvidence(subject);
      if (formatted !== null) identifiers.push(formatted);
    }
  }
  const source = candidate.componentName && SOURCE_NAMED_COMPONENT.test(candidate.componentName) ? staticText(attributes.get("source")) : null;
  if (source) identifiers.push(source);
  const labels = [...own.labels];
  if (own.idKey !== null) labels.push(...labelsOf(labelsFor, own.idKey, node.range[0], idPositions));
  labels.push(...textOfReferences(attributes.get("aria-labelledby"), context));
  const isChoice = isChoiceType(attributes.get("type"));
  // A Yes / No select answers the question before it, as a radio group does.
  const answers = candidate.tag === "select" && candidate.componentName === null && selectsAnAnswer(node.parent);
  const asksQuestion = isChoice || answers;
  // A checkbox's or radio's own value says which answer it is (`value="diabetes"` in a list of conditions).
  const choiceValue = isChoice ? staticText(attributes.get("value")) : null;
  if (choiceValue !== null) identifiers.push(choiceValue);

  const groupName = isChoice ? staticText(attributes.get("name")) : null;
  // A label for an id no element has names what follows it: the group it is written for (radios
  // named `race` under `htmlFor="race"`), or the next fields (`htmlFor="code"` over expiry month and year).
  const ownLabelTarget = (target: string, label: JSXElement): boolean =>
    context.misdirected.has(label) || ((!isChoice || target === groupName) && !context.elementById.has(target));
  const ancestors: MarkerCarrier[] = [];
  let scope: object = context.sourceCode;
  let groupLabel = groupName !== null && !context.elementById.has(groupName) ? groupLabelFor(labelsFor.get(groupName), node.range[0]) : null;
  let named = own.identifiers.some((identifier) => !UNINFORMATIVE_NAMES.has(identifier.toLowerCase())) || (attributes.has("name") && !passesNameOn(node));
  let child: JSXElement | TSESTree.JSXFragment = node.parent;
  let levels = 0;
  // Past other fields, a caption further out is the whole form's title ("Health Insurance Application
  // Form" over a gender radio), not this group's question.
  let questionBlocked = false;
  const pastOtherFields = (container: JSXContainer): boolean => isChoice && groupLabel === null && fieldBefore(container, child, context.containsOtherThanChoices);
  for (let container = containerOf(node.parent); container; container = containerOf(container)) {
    if (container.type === "JSXFragment") {
      // A fragment adds no element, but its children are still the field's siblings.
      if (levels === 0 && labels.length === 0) {
        const after = followingLabel(container, child, containsField, read);
        if (after !== null) labels.push(after);
      }
      if (levels < CAPTION_LEVELS && labels.length === 0 && !isChoice) {
        const caption = precedingCaption(container, child, { stop: containsField, skip: containsField }, read, named);
        if (caption !== null) labels.push(caption);
      }
      questionBlocked ||= pastOtherFields(container);
      child = container;
      continue;
    }
    const element = container;
    const opening = element.openingElement;
    const elementName = withoutVariantSuffix(jsxElementName(opening.name));
    const collected = carrier(opening);
    ancestors.push(collected);
    const isLabel = elementName === "label";
    // A label that only wraps the field (`<label><textarea /></label>`) says nothing: a caption before it still may.
    if (isLabel) {
      const text = read(element);
      if (text) labels.push(text);
    }
    if (FORM_ELEMENT.test(elementName) && scope === context.sourceCode) scope = element;
    if (groupLabel === null) groupLabel = groupQuestion(element, elementName, collected, context);
    if (FIELD_WRAPPER.test(elementName)) {
      if (!named) {
        const wrapperName = WRAPPER_NAME_PROPS.map((prop) => nameText(collected.attributes.get(prop))).find((n) => n !== null);
        if (wrapperName) {
          identifiers.push(wrapperName);
          labels.push(...labelsOf(labelsFor, wrapperName, node.range[0], idPositions));
          named = true;
        }
      }
      labels.push(...collected.labels);
    }
    if (levels === 0 && labels.length === 0 && !isLabel) {
      // A checkbox or radio is also captioned by plain text after it: `<input type="checkbox" /> <span>Diabetes</span>`.
      const after = followingLabel(element, child, containsField, read) ?? (isChoice ? followingCaption(element, child, containsField, read) : null);
      if (after !== null) labels.push(after);
    }
    if (levels < CAPTION_LEVELS && !isLabel) {
      // A caption names a field without a label; for a radio or checkbox it is the question asked.
      if (labels.length === 0 || (isChoice && groupLabel === null && !questionBlocked)) {
        const fields = { stop: isChoice ? context.containsOtherThanChoices : containsField, skip: containsField, ownLabelTarget, options: isChoice };
        const caption = precedingCaption(element, child, fields, read, !asksQuestion && named, asksQuestion ? MAX_QUESTION : undefined);
        if (caption !== null) {
          if (labels.length === 0) labels.push(caption);
          else groupLabel = caption;
        }
      }
      questionBlocked ||= pastOtherFields(element);
      levels++;
    }
    child = element;
  }
  // A component named for its question renders that question's answers (`MedicalHistoryQuestion` around
  // Yes / No checkboxes, the question's text passed in as data).
  if (isChoice && groupLabel === null && subject !== null) groupLabel = QUESTION_COMPONENT.exec(subject)?.[1] ?? null;
  const start = node.name.loc.start;
  const end = node.name.loc.end;
  return {
    tag: candidate.tag,
    componentName: candidate.componentName,
    attributes,
    classes: own.classes,
    hasUnknownAttributes: own.hasUnknownAttributes,
    identifiers,
    labels: labels.filter(Boolean),
    groupLabel,
    ...(answers ? { answersQuestion: true } : {}),
    ancestors,
    scope,
    subject,
    codeBox: isCodeBox(node.parent, context.isField) || (candidate.componentName !== null && cellCountProp(node.parent)) || false,
    besideCaptcha: () => jsxCaptchaBeside(node.parent, (part) => context.sourceCode.getText(part), context.isField),
    codeSentBeside: () => sendsOwnCode(node) || jsxCodeSenderBeside(node.parent, (part) => context.sourceCode.getText(part), read, context.isField),
    loc: { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } },
    addMarkerFix: (marker) => markerFix(node, own, marker),
  };
}

/** A native select written with its options, all of them answers to a yes/no question (and a "Select One" prompt). */
function selectsAnAnswer(select: JSXElement): boolean {
  const texts: string[] = [];
  for (const child of select.children) {
    if (child.type === "JSXElement" && jsxElementName(child.openingElement.name) === "option") texts.push(child.children.map((part) => textOf(part)).join(" "));
    // Options mapped from a list (`{answers.map(...)}`), or any other content, say nothing of the answers.
    else if (child.type !== "JSXText" || child.value.trim() !== "") return false;
  }
  return offersOnlyAnswers(texts);
}

/**
 * A native select's prompt option (`<option value="" disabled>Blood type</option>`) is its
 * placeholder: the first option, when its value is empty or it cannot be chosen.
 */
function selectPrompt(select: JSXElement): string | null {
  const first = select.children.find((child): child is JSXElement => child.type === "JSXElement" && jsxElementName(child.openingElement.name) === "option");
  if (!first) return null;
  const value = findAttribute(first.openingElement, "value");
  const prompt = value ? literalProp(first.openingElement, "value")?.trim() === "" : findAttribute(first.openingElement, "disabled") !== null;
  // (An option's text is no caption, so textOf skips option elements: read its children.)
  return prompt ? first.children.map((child) => textOf(child)).join(" ").trim() || null : null;
}

/** The question of a radio or checkbox group: a `<fieldset>` legend, or a `role="radiogroup"` element's name. */
function groupQuestion(element: JSXElement, elementName: string, collected: Collected, context: BuildContext): string | null {
  if (elementName === "fieldset") {
    const legend = element.children.find((c) => c.type === "JSXElement" && jsxElementName(c.openingElement.name) === "legend");
    return legend ? context.read(legend) || null : null;
  }
  const role = staticText(collected.attributes.get("role"));
  if (role === null || !GROUP_ROLES.has(role)) return null;
  return staticText(collected.attributes.get("aria-label")) ?? (textOfReferences(collected.attributes.get("aria-labelledby"), context).join(" ") || null);
}
