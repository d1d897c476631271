import type { Rule } from "eslint";
import { REPOSITORY_URL } from "./package-info.js";

/** A JSON-schema fragment; kept loose on purpose (ESLint validates it at config time). */
export type JsonSchema = Record<string, unknown>;

export interface ReportDescriptor<MessageIds extends string> {
  messageId: MessageIds;
  data?: Record<string, string | number>;
  loc?: { start: { line: number; column: number }; end: { line: number; column: number } };
  node?: unknown;
  suggest?: SuggestionDescriptor<MessageIds>[];
  fix?: Rule.ReportFixer | null;
}

export interface SuggestionDescriptor<MessageIds extends string> {
  messageId: MessageIds;
  data?: Record<string, string | number>;
  fix: Rule.ReportFixer;
}

/** The part of ESLint's rule context our rules use, typed with this rule's options and messages. */
export interface RuleContext<Options extends readonly unknown[], MessageIds extends string> {
  readonly id: string;
  readonly options: Options;
  readonly settings: Record<string, unknown>;
  readonly filename: string;
  readonly physicalFilename: string;
  readonly cwd: string;
  readonly languageOptions: Record<string, unknown>;
  // The source code differs per language (ESTree SourceCode or our HTML SourceCode).
  readonly sourceCode: Rule.RuleContext["sourceCode"];
  report(descriptor: ReportDescriptor<MessageIds>): void;
}

// Listener parameters are the node types of whichever language runs the rule.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- listeners take language-specific nodes
export type RuleListener = Record<string, ((node: any) => void) | undefined>;

export interface RuleDocs {
  description: string;
  /** In `configs.recommended`. */
  recommended: boolean;
  /** In `configs.strict` (always true when recommended). */
  strict?: boolean;
}

export interface RuleDefinition<Options extends readonly unknown[], MessageIds extends string> {
  name: string;
  meta: {
    type: "problem" | "suggestion" | "layout";
    docs: RuleDocs;
    messages: Record<MessageIds, string>;
    schema: JsonSchema[];
    defaultOptions: Options;
    hasSuggestions?: boolean;
    fixable?: "code" | "whitespace";
    /** Languages this rule supports, e.g. `["js/js", "replay-privacy/html"]` (ESLint >= 10.2). */
    languages: string[];
  };
  create(context: RuleContext<Options, MessageIds>): RuleListener;
}

export type ReplayPrivacyRule = Rule.RuleModule & {
  meta: Rule.RuleMetaData & { docs: RuleDocs & { url: string }; languages: string[]; defaultOptions: unknown[] };
};

export function ruleDocsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/main/rules-docs/${name}.md`;
}

/**
 * Our one typed rule factory: adds `docs.url`, keeps `meta.defaultOptions` (ESLint >= 9.15 merges
 * them into `context.options`), and gives `create` typed options and message ids.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  definition: RuleDefinition<Options, MessageIds>,
): ReplayPrivacyRule {
  const { name, meta } = definition;
  return {
    meta: { ...meta, docs: { ...meta.docs, url: ruleDocsUrl(name) } },
    create: (context: Rule.RuleContext) => definition.create(context as unknown as RuleContext<Options, MessageIds>),
  } as unknown as ReplayPrivacyRule;
}
