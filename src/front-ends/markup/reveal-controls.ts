import type { HtmlChildNode, HtmlElement } from "../../languages/html/types.js";
import { holdsField } from "./field-kinds.js";
import { parentElementOf } from "./tree.js";

/**
 * Show-password controls written in plain markup, whose script lives elsewhere: a button or icon
 * beside the field (`<span class="toggle-password"><i class="fa fa-eye"></i></span>`, Bootstrap 3's
 * `glyphicon-eye-open`, Material's `visibility` icon), or a page script that sets a password field's `type` to "text".
 */

/** Class, id, handler or label of a control that shows a password. */
const REVEAL_CONTROL =
  /(?:toggle|show|display|reveal|unmask|view|see)[-_ ]?(?:the[-_ ]?)?(?:password|passwd|pwd)|(?:password|passwd|pwd)[-_ ]?(?:toggle|show|reveal|visibility|eye)|(?:^|[\s"'])(?:fa|bi|far|fas|mdi|icon|ti|la|ri|bx|ion|glyphicon)-eye(?:-off|-slash|-outline|-fill|-line|-open|-close)?(?=$|[\s"'])|show[-_ ]?hide|toggle[-_ ]?visibility/iu;
/** The short form, as a whole word: `toggle-pass`, `showPass()`, but not `show-passengers`. */
const REVEAL_PASS = /(?:[Tt]oggle|[Ss]how|[Rr]eveal|[Vv]iew)[-_ ]?[Pp]ass(?![a-z])/u;
/** Icon text of a Material-style visibility toggle (`<i class="material-icons">visibility</i>`). */
const VISIBILITY_ICON_TEXT = /^\s*visibility(?:_off)?\s*$/u;
/** Attributes a control states its purpose in. */
const CONTROL_ATTRIBUTES: ReadonlySet<string> = new Set(["class", "id", "onclick", "aria-label", "title", "data-toggle", "data-target", "@click", "v-on:click", "(click)", "x-on:click"]);
const CONTROL_DEPTH = 2;

/** A script statement that turns a field's `type` into "text": `el.type = "text"`, `setAttribute("type", ...)`, jQuery `.attr("type", ...)`. */
const TYPE_TO_TEXT =
  /\.type\s*=\s*(?:["']text["']|[^;\n]{0,80}\?\s*["']text["']|[^;\n]{0,80}\?\s*["']password["']\s*:\s*["']text["'])|(?:setAttribute|\.attr|\.prop)\(\s*["']type["']\s*,[^)\n]{0,80}["']text["']/u;

/** A button that says what it does to the field before it: "Show", "Hide password", "Afficher". */
const REVEAL_BUTTON_TEXT = /^\s*(?:show|hide|(?:show|hide) password|afficher|masquer|mostrar|ocultar|anzeigen|einblenden|mostra|toon|显示|表示)\s*$/iu;

function isControl(element: HtmlElement, depth: number): boolean {
  for (const attribute of element.attributes) {
    if (CONTROL_ATTRIBUTES.has(attribute.name) && (REVEAL_CONTROL.test(attribute.value) || REVEAL_PASS.test(attribute.value))) return true;
  }
  const button = element.name === "button";
  for (const child of element.children) {
    if (child.type === "HtmlText" && (VISIBILITY_ICON_TEXT.test(child.value) || (button && REVEAL_BUTTON_TEXT.test(child.value)))) return true;
    if (depth < CONTROL_DEPTH && child.type === "HtmlElement" && isControl(child, depth + 1)) return true;
  }
  return false;
}

/** How far up a show-password controller's container may sit (its field is usually one or two levels in). */
const CONTROLLER_DEPTH = 3;
const DATA_TARGET = /^data-(.+)-target$/u;

/**
 * A Stimulus-style controller that shows passwords: the field named as its target
 * (`data-password-visibility-target="input"`), or `data-controller="password-visibility"` on the
 * field or a container around it.
 */
export function hasRevealController(field: HtmlElement): boolean {
  for (const attribute of field.attributes) {
    const controller = DATA_TARGET.exec(attribute.name)?.[1];
    if (controller !== undefined && REVEAL_CONTROL.test(controller)) return true;
  }
  let node: HtmlElement | null = field;
  for (let depth = 0; node && depth <= CONTROLLER_DEPTH; depth++, node = parentElementOf(node)) {
    const controllers = node.attributes.find((attribute) => attribute.name === "data-controller");
    if (controllers && REVEAL_CONTROL.test(controllers.value)) return true;
  }
  return false;
}

/** The element right after this child: a field's own toggle follows it (an icon before it is decoration). */
function nextElement(children: readonly HtmlChildNode[], index: number): HtmlElement | null {
  for (let i = index + 1; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === "HtmlElement") return node;
  }
  return null;
}

/** The field's label written right before it holds the toggle: `<label>Password <i class="fa fa-eye" onclick="toggle()"></i></label><input type="password">`. */
function revealInLabelBefore(field: HtmlElement): boolean {
  // A partial's top level is the document itself.
  const parent = field.parent;
  const before = parent ? previousElement(parent.children, parent.children.indexOf(field)) : null;
  return before?.name === "label" && before.children.some((child) => child.type === "HtmlElement" && isControl(child, 1));
}

/** The element right before this child. */
function previousElement(children: readonly HtmlChildNode[], index: number): HtmlElement | null {
  for (let i = index - 1; i >= 0; i--) {
    const node = children[i]!;
    if (node.type === "HtmlElement") return node;
  }
  return null;
}

/**
 * A show-password control right after the field, or right after its wrapper when the wrapper holds
 * the field alone (`<div class="pw"><input></div><button ...>`).
 */
export function hasRevealControlBeside(field: HtmlElement): boolean {
  if (revealInLabelBefore(field)) return true;
  let node: HtmlElement = field;
  for (let level = 0; level < 2; level++) {
    // A component partial's field and toggle sit at the top level (a Blade `<x-password>` component).
    const parent = node.parent;
    if (!parent) return false;
    const next = nextElement(parent.children, parent.children.indexOf(node));
    // An element that holds a field is that field's wrapper: an eye inside it is that field's toggle.
    if (next && isControl(next, 0) && !holdsField(next)) return true;
    if (parent.type !== "HtmlElement" || parent.children.some((child) => child.type === "HtmlElement" && child !== node)) return false;
    node = parent;
  }
  return false;
}

/** Event handler attributes in plain HTML and in the template syntaxes. */
const HANDLER_ATTRIBUTE = /^(?:on[a-z]+|@[a-z]+|v-on:[a-z]+|\([a-z]+\)|x-on:[a-z]+)$/u;
/** How far before a reveal statement the script may name its field (`var f = getElementById("pw"); f.type = "text"`). */
const REVEAL_WINDOW = 300;
const TYPE_TO_TEXT_ALL = new RegExp(TYPE_TO_TEXT.source, "gu");

/** Inline scripts and event handlers of one page, read for scripts that reveal password fields. */
export class PageScripts {
  readonly #scripts: string[] = [];
  readonly #handlers: string[] = [];
  #read: { reveals: boolean; near: string; handlers: string } | null = null;

  addScript(text: string): void {
    this.#scripts.push(text);
    this.#read = null;
  }

  /** An element's attribute: kept when it is an event handler (`onclick`, `@click`, `(click)`). */
  addAttribute(name: string, value: string): void {
    if (!HANDLER_ATTRIBUTE.test(name)) return;
    this.#handlers.push(value);
    this.#read = null;
  }

  /** The script text just before each reveal statement, and the handlers, once per page. */
  #reading(): { reveals: boolean; near: string; handlers: string } {
    if (this.#read) return this.#read;
    const near: string[] = [];
    for (const script of this.#scripts) {
      if (!TYPE_TO_TEXT.test(script)) continue;
      for (const match of script.matchAll(TYPE_TO_TEXT_ALL)) near.push(script.slice(Math.max(0, match.index - REVEAL_WINDOW), match.index + match[0].length));
    }
    const handlers = this.#handlers.join("\n");
    this.#read = { reveals: near.length > 0 || TYPE_TO_TEXT.test(handlers), near: near.join("\n"), handlers };
    return this.#read;
  }

  /** The page turns some field's `type` into "text". */
  get revealsPasswords(): boolean {
    return this.#scripts.length + this.#handlers.length > 0 && this.#reading().reveals;
  }

  /**
   * The page names this id or name where a reveal happens: just before a reveal statement
   * (`getElementById("pw")`, `$("#pw")`) or in an event handler (`onclick="toggle('pw')"`).
   */
  mentions(reference: string): boolean {
    return this.#near([`"${reference}"`, `'${reference}'`, `#${reference}"`, `#${reference}'`]);
  }

  /** The page selects this class where a reveal happens (`$(".pwd")`, `getElementsByClassName("pwd")`). */
  mentionsClass(name: string): boolean {
    return this.#near([`.${name}"`, `.${name}'`, `ClassName("${name}")`, `ClassName('${name}')`]);
  }

  #near(forms: readonly string[]): boolean {
    const { near, handlers } = this.#reading();
    return forms.some((form) => near.includes(form) || handlers.includes(form));
  }
}
