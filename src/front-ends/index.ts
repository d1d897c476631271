import type { Field } from "../core/field.js";
import type { RuleContext, RuleListener } from "../util/create-rule.js";
import type { PluginSettings } from "../util/settings.js";
import type { HtmlDocument, HtmlElement, HtmlText } from "../languages/html/types.js";
import { angularTemplateProgram, angularTemplateVisitor } from "./angular.js";
import { angularInlineTemplateVisitor, isExtractedInlineTemplate, mayDeclareAngularComponents } from "./angular-inline.js";
import { jsxFieldVisitor } from "./jsx/index.js";
import { litFieldVisitor, mayHoldLitTemplates } from "./lit.js";
import { htmlStringVisitor, mayWriteHtmlStrings } from "./html-strings.js";
import { MarkupFieldCollector } from "./markup/index.js";
import { isSvelteSource, svelteTemplateVisitor } from "./svelte.js";
import { vueParserServices, vueTemplateVisitor } from "./vue.js";
import { type RangeLocator, rangeLocatorOf } from "../util/source-location.js";
import { mayRenderField } from "./field-hint.js";
import { withFileComponent } from "./file-component.js";
import { withOneTimeCodeForm, withOneTimeCodePage } from "./sign-in-step.js";

type AnyContext = RuleContext<readonly unknown[], string>;

/** Combines visitors so that several front ends can listen to the same node type. */
export function mergeVisitors(...visitors: RuleListener[]): RuleListener {
  const merged: RuleListener = {};
  for (const visitor of visitors) {
    for (const [key, handler] of Object.entries(visitor)) {
      if (!handler) continue;
      const previous = merged[key];
      merged[key] = previous
        ? (node: unknown) => {
            previous(node);
            handler(node);
          }
        : handler;
    }
  }
  return merged;
}

/** The rules that asked for one run's fields, and where to hand them. */
interface FieldSubscription {
  ruleIds: Set<string>;
  receivers: ((fields: Field[]) => void)[];
}

/**
 * One lint run's field subscriptions. ESLint gives the rule contexts of one file's run one shared
 * prototype (its file context): the first masking rule there collects the fields, and every
 * other rule of the run receives the same ones instead of reading the file again. Where contexts
 * share nothing (another host), each rule simply collects its own.
 */
const SUBSCRIPTIONS = new WeakMap<object, FieldSubscription>();

/**
 * Every front end's field visitor for this file's language. Rules get `Field`s and never see
 * which syntax they came from.
 */
export function fieldVisitors(context: AnyContext, settings: PluginSettings, onFields: (fields: Field[]) => void): RuleListener {
  const run = Object.getPrototypeOf(context) as object | null;
  const shared = run && run !== Object.prototype ? SUBSCRIPTIONS.get(run) : undefined;
  if (shared && !shared.ruleIds.has(context.id)) {
    shared.ruleIds.add(context.id);
    shared.receivers.push(onFields);
    return {};
  }
  const subscription: FieldSubscription = { ruleIds: new Set([context.id]), receivers: [onFields] };
  if (run && run !== Object.prototype) SUBSCRIPTIONS.set(run, subscription);
  return collectingVisitors(context, settings, (fields) => {
    for (const receive of subscription.receivers) receive(fields);
  });
}

/** The source code a front end reads: our HTML language's, or a script parser's (with scopes). */
interface AnySourceCode {
  ast: { type: string };
  text: string;
  getScope?: unknown;
}

/** `mayHaveFields` answers by file (weakly held: a file's tree must not outlive its lint). */
const FIELD_ANSWERS = new WeakMap<object, { settings: PluginSettings; result: boolean }>();

/**
 * False when no front end can find a field in this file. Plain script files are checked by their
 * text: most components render no field, and one regex pass is far cheaper than a listener per
 * element. Templates (HTML, Vue, Svelte, Angular) are always read.
 */
export function mayHaveFields(sourceCode: object, settings: PluginSettings): boolean {
  const known = FIELD_ANSWERS.get(sourceCode);
  if (known?.settings === settings) return known.result;
  const source = sourceCode as AnySourceCode;
  let result: boolean;
  if (source.ast.type === "HtmlDocument") result = true;
  else if (typeof source.getScope !== "function") result = false;
  else if (angularTemplateProgram(source.ast) || vueParserServices(source) || isSvelteSource(source)) result = true;
  else result = mayRenderField(source.text, settings);
  FIELD_ANSWERS.set(sourceCode, { settings, result });
  return result;
}

function collectingVisitors(context: AnyContext, settings: PluginSettings, onFields: (fields: Field[]) => void): RuleListener {
  const sourceCode = context.sourceCode as unknown as AnySourceCode;
  if (!mayHaveFields(sourceCode, settings)) return {};
  // angular-eslint's processor hands over inline templates as virtual files; the component file is read already.
  if (isExtractedInlineTemplate(context.filename)) return {};
  // A sign-in step's code is named by its form (`<form id="form-register-2fa">`); in a template file, also by its
  // page (`VerifyCode.cshtml`), and a template file's component by its file (`InputCreditCard.vue`).
  const onScriptFields = (fields: Field[]): void => {
    onFields(withOneTimeCodeForm(fields));
  };
  const onTemplateFields = (fields: Field[]): void => {
    onScriptFields(withOneTimeCodePage(withFileComponent(fields, context.filename, settings), context.filename));
  };
  if (sourceCode.ast.type === "HtmlDocument") return htmlDocumentVisitor(sourceCode.text, rangeLocatorOf(sourceCode), onTemplateFields);
  // @angular-eslint/template-parser: the file is one template and holds no script.
  if (angularTemplateProgram(sourceCode.ast)) return angularTemplateVisitor(sourceCode as never, onTemplateFields);
  const vue = vueParserServices(sourceCode);
  const svelte = !vue && isSvelteSource(sourceCode);
  const scriptSource = sourceCode as never;
  const jsxVisitor = jsxFieldVisitor({ ...settings, sourceCode: scriptSource }, onScriptFields);
  // Svelte's program holds its `<script>` as an element, so its imports are not at the top level.
  let scriptVisitor = vue || svelte || mayHoldLitTemplates(sourceCode.ast as never, settings.htmlTemplateTags)
    ? mergeVisitors(jsxVisitor, litFieldVisitor({ sourceCode: scriptSource, extraTags: settings.htmlTemplateTags }, onScriptFields))
    : jsxVisitor;
  if (mayDeclareAngularComponents(sourceCode.ast as never)) scriptVisitor = mergeVisitors(scriptVisitor, angularInlineTemplateVisitor(scriptSource, onScriptFields));
  if (mayWriteHtmlStrings(sourceCode.text)) scriptVisitor = mergeVisitors(scriptVisitor, htmlStringVisitor(scriptSource, onScriptFields));
  if (vue) return vue.defineTemplateBodyVisitor(vueTemplateVisitor(sourceCode.text, rangeLocatorOf(sourceCode), onTemplateFields), scriptVisitor);
  // svelte-eslint-parser: the `<script>` goes through the script visitors, the markup through ours.
  return svelte ? mergeVisitors(scriptVisitor, svelteTemplateVisitor(sourceCode.text, settings, rangeLocatorOf(sourceCode), onTemplateFields)) : scriptVisitor;
}

/** HTML-family files (our language): every element in document order, fields at the end. */
function htmlDocumentVisitor(text: string, locOf: RangeLocator, onFields: (fields: Field[]) => void): RuleListener {
  let collector: MarkupFieldCollector | null = null;
  return {
    HtmlDocument(node: HtmlDocument) {
      collector = new MarkupFieldCollector(node);
    },
    HtmlElement(node: HtmlElement) {
      collector?.add(node);
    },
    // Server-side form helpers print fields from template code (`<%= f.text_field :cvc %>`).
    HtmlText(node: HtmlText) {
      collector?.addPrinted(node, text, locOf);
    },
    "HtmlDocument:exit"() {
      if (collector && collector.size > 0) onFields(collector.finish());
      collector = null;
    },
  };
}
