import type { HtmlChildNode, HtmlElement } from "../../languages/html/types.js";
import { isCodeBoxRow } from "../code-boxes.js";
import { fieldKind } from "./field-kinds.js";
import { parentElementOf } from "./tree.js";

const MAXLENGTH_ATTRIBUTES: ReadonlySet<string> = new Set(["maxlength", "[maxlength]", ":maxlength", "[attr.maxlength]", "v-bind:maxlength"]);
/** Template loops that repeat an element: Angular, Vue, Alpine, AngularJS. */
const LOOP_ATTRIBUTES: ReadonlySet<string> = new Set(["*ngfor", "v-for", "x-for", "ng-repeat"]);

function isOneCharacterBox(element: HtmlElement): boolean {
  return fieldKind(element) !== null && element.attributes.some((a) => MAXLENGTH_ATTRIBUTES.has(a.name) && a.value.trim() === "1");
}

/** The one-character box an element is or wraps alone (`<div class="cell"><input maxlength="1"></div>`). */
function boxOf(node: HtmlChildNode): HtmlElement | null {
  if (node.type !== "HtmlElement") return null;
  if (isOneCharacterBox(node)) return node;
  const children = node.children.filter((child): child is HtmlElement => child.type === "HtmlElement");
  return children.length === 1 && isOneCharacterBox(children[0]!) ? children[0]! : null;
}

/** A box in a row of one-character boxes, or one box repeated by a template loop. */
export function isCodeBox(element: HtmlElement): boolean {
  if (!isOneCharacterBox(element)) return false;
  let node: HtmlElement | null = element;
  for (let level = 0; node && level < 3; level++, node = parentElementOf(node)) {
    if (node.attributes.some((a) => LOOP_ATTRIBUTES.has(a.name))) return true;
  }
  for (let holder = parentElementOf(element), level = 0; holder && level < 2; holder = parentElementOf(holder), level++) {
    const boxes = holder.children.filter((child) => boxOf(child) !== null).length;
    if (boxes > 1) return isCodeBoxRow(boxes);
  }
  return false;
}

