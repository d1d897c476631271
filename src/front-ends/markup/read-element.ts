import type { AttributeValue, ClassToken, MarkerCarrier } from "../../core/field.js";
import { TEMPLATE_PLACEHOLDER } from "../../languages/html/template-syntax.js";
import type { HtmlAttribute, HtmlElement } from "../../languages/html/types.js";
import { boundClassTokens, boundExpressionValue, classifyAttributeName, modelExpression } from "./bindings.js";
import { namesPasswordType, REVEALABLE_PASSWORD_TYPE } from "../password-reveal.js";
import { blockCode, blockLiterals, depthAfterText, hasTemplateSyntax, templateIdentifier, templatePieces } from "./template-values.js";

/** One element's attributes, classes and model bindings, as far as masking markers and names go. */
export interface ElementReading extends MarkerCarrier {
  attributes: Map<string, AttributeValue>;
  classes: ClassToken[];
  hasUnknownAttributes: boolean;
  identifiers: string[];
  classAttribute: HtmlAttribute | null;
}

const WHITESPACE = /\s+/u;
/** Ember's built-in form components, written in angle-bracket syntax. */
const EMBER_BUILT_INS: ReadonlySet<string> = new Set(["Input", "Textarea"]);
/** A component in Glimmer's angle-bracket syntax: capitalized, maybe nested (`<Form::Input>`). */
const GLIMMER_COMPONENT = /^[A-Z][\w-]*(?:::[A-Z][\w-]*)*$/u;
/** Razor's directive attributes on Blazor components (`@bind-Value`, `@onclick`), read as written. */
const BLAZOR_DIRECTIVE = /^@(?:bind|on[a-z])/u;
/**
 * Server tag libraries (`<form:input>`, `<h:inputText>`, `<asp:TextBox>`) render these as `class`:
 * `cssClass` (Spring, Struts 2, ASP.NET) and `styleClass` (JSF, PrimeFaces, Struts 1).
 */
const SERVER_CLASS_ATTRIBUTES: ReadonlySet<string> = new Set(["cssclass", "styleclass"]);
/** Attributes whose template code names the field. */
const TEMPLATE_NAMED_BY: ReadonlySet<string> = new Set(["name", "id", "value"]);
/** A bound value that is a plain variable or property path (`cardNumber`, `form.fields.iban`). */
const VALUE_PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/u;
/** `a b="c" d='e'` written inside a template block: the attributes it would print. */
const PRINTED_ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gu;
/**
 * Attributes read out of template code in a start tag. Only `class` and hyphenated names (`data-*`,
 * marker attributes), so that helper arguments (`field_name('name')`) never pose as `name` or `type`.
 */
const PRINTED_NAME = /^(?:class|[a-z][a-z\d]*(?:-[a-z\d]+)+)$/u;

function hasPlaceholder(text: string): boolean {
  return text.includes(TEMPLATE_PLACEHOLDER);
}

function addWords(text: string, conditional: boolean, out: ClassToken[]): void {
  for (const name of text.split(WHITESPACE)) if (name) out.push({ name, conditional });
}

/**
 * Classes of a `class` value holding template syntax. A class counts as present only when it is
 * literal text outside every template conditional and not glued to template output
 * (`{{ prefix }}fs-exclude` may render as `xfs-exclude`); classes printed by template code
 * (`<%= masked ? 'rr-block' : '' %>`) are conditional unless the code prints them unconditionally.
 */
function templateClassTokens(raw: string, conditional: boolean, out: ClassToken[]): void {
  const pieces = templatePieces(raw);
  pieces.forEach((piece, index) => {
    if (piece.kind === "block") {
      for (const literal of blockLiterals(piece)) addWords(literal.text, conditional || literal.conditional, out);
      return;
    }
    const gluedBefore = pieces[index - 1]?.kind === "block" && !/^\s/u.test(piece.text);
    const gluedAfter = pieces[index + 1]?.kind === "block" && !/\s$/u.test(piece.text);
    const words = piece.text.split(WHITESPACE);
    words.forEach((name, position) => {
      if (!name) return;
      const glued = (position === 0 && gluedBefore) || (position === words.length - 1 && gluedAfter);
      out.push({ name, conditional: conditional || piece.depth > 0 || glued });
    });
  });
}

/** `conditional`: the attribute sits inside a template conditional of the start tag. */
function classTokensOf(attribute: HtmlAttribute, conditional: boolean, out: ClassToken[]): void {
  if (hasTemplateSyntax(attribute.value)) templateClassTokens(attribute.value, conditional, out);
  else addWords(attribute.value, conditional, out);
}

/** Splits `a && b` / `x ? 'a' : 'b'` / `'a' if x else 'b'` code: are its literals all it can print? */
function closedChoice(code: string): boolean {
  const question = code.indexOf("?");
  if (question !== -1) {
    const rest = code.slice(question + 1).split(":");
    return rest.length === 2 && rest.every((part) => /^\s*(['"`])[^'"`]*\1\s*$/u.test(part));
  }
  const ifAt = code.indexOf(" if ");
  const elseAt = code.indexOf(" else ");
  if (ifAt === -1 || elseAt < ifAt) return false;
  return [code.slice(0, ifAt), code.slice(elseAt + 6)].every((part) => /^\s*(['"])[^'"]*\1\s*$/u.test(part));
}

type DynamicValue = Extract<AttributeValue, { kind: "dynamic" }>;

/**
 * The value of an attribute whose value holds template syntax: the literals of a lone output block
 * (`type="{{ 'text' if show else 'password' }}"`), closed when they are all it can print.
 */
function templateValue(raw: string): DynamicValue {
  const pieces = templatePieces(raw).filter((piece) => piece.kind === "block" || piece.text.trim() !== "");
  const only = pieces.length === 1 ? pieces[0] : undefined;
  // A lone lit binding (`data-private=${x}`) can remove the attribute (`nothing`, `ifDefined`);
  // server template output always prints something.
  const mayBeAbsent = only?.kind === "block" && only.text.startsWith("${");
  if (only?.kind === "block") {
    const literals = blockLiterals(only).map((literal) => literal.text);
    if (literals.length > 0) {
      const code = blockCode(only.text).replace(/^(?:echo|print)\s+/u, "").replace(/;\s*$/u, "");
      const closed = closedChoice(code);
      return { kind: "dynamic", candidates: literals, mayBeAbsent, hasUnknown: !closed };
    }
  }
  return { kind: "dynamic", candidates: [], mayBeAbsent, hasUnknown: true };
}

/** Value of an attribute that exists only when a template conditional around it renders. */
function conditionalValue(attribute: HtmlAttribute): DynamicValue {
  if (hasTemplateSyntax(attribute.value)) return { ...templateValue(attribute.value), mayBeAbsent: true };
  return { kind: "dynamic", candidates: [attribute.value], mayBeAbsent: true, hasUnknown: false };
}

function setAttribute(reading: ElementReading, name: string, value: AttributeValue): void {
  // The browser keeps the first of duplicate attributes.
  if (!reading.attributes.has(name)) reading.attributes.set(name, value);
}

/**
 * A framework binding (`:type`, `x-bind:type`, `[type]`) sets the attribute after the markup is read,
 * so it replaces a static value written beside it: `<input type="password" x-bind:type="show ? 'text' : 'password'">`.
 */
function setBoundAttribute(reading: ElementReading, name: string, value: AttributeValue): void {
  if (reading.attributes.get(name)?.kind !== "dynamic") reading.attributes.set(name, value);
}

/** Records an attribute printed by template code or only under a template condition. */
function addPrintedAttribute(reading: ElementReading, name: string, value: string | null, conditional: boolean): void {
  const lower = name.toLowerCase();
  if (!PRINTED_NAME.test(lower)) return;
  if (lower === "class") {
    addWords(value ?? "", conditional, reading.classes);
    return;
  }
  const text = value ?? "";
  setAttribute(
    reading,
    lower,
    conditional ? { kind: "dynamic", candidates: [text], mayBeAbsent: true, hasUnknown: false } : { kind: "static", value: text },
  );
}

/**
 * An attribute whose name holds template code: `{% if x %}data-private{% endif %}`,
 * `<%= 'data-private' if production? %>`, `{{{extraAttributes}}}`. Whatever it adds is unknown;
 * markers we can read in it are at best conditional (or present when printed unconditionally).
 * `depth`: the template conditionals already open in the start tag before this attribute.
 */
function readTemplateName(attribute: HtmlAttribute, depth: number, reading: ElementReading): void {
  reading.hasUnknownAttributes = true;
  const pieces = templatePieces(attribute.rawName, depth);
  const last = pieces.at(-1);
  for (const piece of pieces) {
    if (piece.kind === "text") {
      // Literal text in a templated name is glued to template code: never surely as written.
      addPrintedAttribute(reading, piece.text, piece === last && attribute.valueRange ? attribute.value : null, true);
      continue;
    }
    for (const literal of blockLiterals(piece)) {
      for (const match of literal.text.matchAll(PRINTED_ATTRIBUTE)) {
        const value = match[2] ?? match[3] ?? match[4] ?? null;
        addPrintedAttribute(reading, match[1] ?? "", value, literal.conditional);
      }
    }
  }
}

function readPlain(attribute: HtmlAttribute, conditional: boolean, reading: ElementReading): void {
  const { name } = attribute;
  if (name.startsWith("v-bind") || name.startsWith("{...") || name === "...") {
    // `v-bind="attrs"`, Svelte `{...props}` (the Svelte adapter names it `{...}`): attributes we cannot read.
    reading.hasUnknownAttributes = true;
    return;
  }
  const templated = hasTemplateSyntax(attribute.value);
  if (conditional) {
    setAttribute(reading, name, conditionalValue(attribute));
  } else if (templated || (attribute.dynamic && !attribute.conditional)) {
    // (The language also marks attributes between any two template blocks `dynamic`; whether those
    // blocks form a conditional is decided here.)
    setAttribute(reading, name, templated ? templateValue(attribute.value) : { kind: "dynamic", candidates: [], mayBeAbsent: false, hasUnknown: true });
  } else {
    setAttribute(reading, name, { kind: "static", value: attribute.value });
  }
  if (templated && TEMPLATE_NAMED_BY.has(name)) {
    // `name="{{ form.card_number.html_name }}"`: the template still names the field; so does the
    // value it prints (`value="{{ checkout.card_number }}"`, Ember's `@value={{this.iban}}`).
    const identifier = templateIdentifier(attribute.value);
    if (identifier) reading.identifiers.push(identifier);
  }
}

/**
 * GOV.UK Frontend's ASP.NET Core tag helpers bind their field by `for`, as `asp-for` does
 * (`<govuk-date-input for="DateOfBirth">`, `<govuk-input for="NationalInsuranceNumber">`); their labels keep theirs.
 */
const GOVUK_TAG_HELPER = /^govuk-(?!.*-(?:label|legend|hint|error-message)$)/u;

/** Reads one element's attributes, classes and model bindings, binding and template syntax included. */
export function readElement(element: HtmlElement): ElementReading {
  const reading: ElementReading = {
    attributes: new Map(),
    classes: [],
    hasUnknownAttributes: false,
    identifiers: [],
    classAttribute: null,
  };
  // Template conditionals can span attributes: `<input {% if x %} data-private {% endif %}>`.
  let depth = 0;
  // Ember's built-in `<Input @type="password" @value={{this.pin}} />` renders its arguments as attributes.
  const emberBuiltIn = EMBER_BUILT_INS.has(element.rawName);
  // A Glimmer component's arguments (`<TextField @value={{this.ssn}} @placeholder="SSN" />`) are
  // what it renders its field from.
  const glimmerComponent = !emberBuiltIn && GLIMMER_COMPONENT.test(element.rawName);
  const serverTag = element.name.includes(":");
  const govukTagHelper = GOVUK_TAG_HELPER.test(element.name);
  for (const written of element.attributes) {
    const attribute =
      (emberBuiltIn || (glimmerComponent && !BLAZOR_DIRECTIVE.test(written.name))) && written.name.startsWith("@") ? { ...written, name: written.name.slice(1) }
      : serverTag && SERVER_CLASS_ATTRIBUTES.has(written.name) ? { ...written, name: "class" }
      : govukTagHelper && written.name === "for" ? { ...written, name: "asp-for" }
      : written;
    const name = attribute.name;
    if (hasPlaceholder(name) || hasTemplateSyntax(attribute.rawName)) {
      readTemplateName(attribute, depth, reading);
      depth = depthAfterText(attribute.rawName, depth);
      continue;
    }
    const conditional = depth > 0;
    if (name === "class") {
      reading.classAttribute ??= attribute;
      classTokensOf(attribute, conditional, reading.classes);
      continue;
    }
    const binding = classifyAttributeName(name);
    switch (binding.kind) {
      case "model": {
        const model = modelExpression(name, attribute.value);
        if (model) reading.identifiers.push(model);
        break;
      }
      case "classObject":
        boundClassTokens(attribute.value, reading.classes);
        break;
      case "class":
        reading.classes.push({ name: binding.name, conditional: conditional || attribute.value.trim() !== "true" });
        break;
      case "attribute":
        if (binding.name === "class") boundClassTokens(attribute.value, reading.classes);
        else if (binding.name === "type" && namesPasswordType(attribute.value)) setBoundAttribute(reading, "type", REVEALABLE_PASSWORD_TYPE);
        else setBoundAttribute(reading, binding.name, boundExpressionValue(attribute.value));
        // `:value="form.iban"` with an `@input` handler is a hand-written v-model: the last key names
        // the field (the objects around it name the form).
        if (binding.name === "value" && VALUE_PATH.test(attribute.value.trim())) reading.identifiers.push(attribute.value.trim().split(".").at(-1)!);
        break;
      case "plain":
        readPlain(attribute, conditional, reading);
        break;
    }
  }
  return reading;
}
