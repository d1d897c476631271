/**
 * ESLint directives written as HTML comments: `<!-- eslint-disable -->`, `<!-- eslint-enable -->`,
 * `<!-- eslint-disable-line -->`, `<!-- eslint-disable-next-line rule -- reason -->` and
 * `<!-- eslint rule: "off" -->`. Comments inside `<script>`/`<style>` are text, so never directives.
 */
import { ConfigCommentParser, Directive } from "../../util/eslint-shared.js";
import type { FileProblem, RulesConfig, SourceLocation } from "@eslint/core";
import type { HtmlComment } from "./types.js";

const commentParser = new ConfigCommentParser();
const DIRECTIVE_LABELS = new Set(["eslint", "eslint-disable", "eslint-enable", "eslint-disable-line", "eslint-disable-next-line"]);
// Cheap pre-check so long ordinary comments never reach the parser.
const LOOKS_LIKE_DIRECTIVE = /^\s*eslint(?:[\s-]|$)/u;

type DisableDirectiveType = "disable" | "enable" | "disable-line" | "disable-next-line";

export interface InlineConfig {
  config: { rules: RulesConfig };
  loc: SourceLocation;
}

/** The comments that hold a directive, in document order. */
export function findDirectiveComments(comments: readonly HtmlComment[]): HtmlComment[] {
  return comments.filter((comment) => {
    if (!LOOKS_LIKE_DIRECTIVE.test(comment.value)) return false;
    const directive = commentParser.parseDirective(comment.value);
    return directive !== undefined && DIRECTIVE_LABELS.has(directive.label);
  });
}

/** `eslint-disable*` / `eslint-enable` directives, plus problems for malformed ones. */
export function readDisableDirectives(comments: readonly HtmlComment[]): { directives: Directive[]; problems: FileProblem[] } {
  const directives: Directive[] = [];
  const problems: FileProblem[] = [];
  for (const comment of comments) {
    const directive = commentParser.parseDirective(comment.value);
    if (!directive || directive.label === "eslint") continue;
    // A line directive spanning lines would be ambiguous about which line it means (as in JS).
    if (directive.label === "eslint-disable-line" && comment.loc.start.line !== comment.loc.end.line) {
      problems.push({ ruleId: null, message: `${directive.label} comment should not span multiple lines.`, loc: comment.loc });
      continue;
    }
    directives.push(
      new Directive({
        type: directive.label.slice("eslint-".length) as DisableDirectiveType,
        node: comment,
        value: directive.value,
        justification: directive.justification,
      }),
    );
  }
  return { directives, problems };
}

/** `<!-- eslint rule: "off" -->` configurations, plus problems for ones that do not parse. */
export function readInlineConfigs(comments: readonly HtmlComment[]): { configs: InlineConfig[]; problems: FileProblem[] } {
  const configs: InlineConfig[] = [];
  const problems: FileProblem[] = [];
  for (const comment of comments) {
    const directive = commentParser.parseDirective(comment.value);
    if (!directive || directive.label !== "eslint") continue;
    const parsed = commentParser.parseJSONLikeConfig(directive.value);
    if (parsed.ok) {
      configs.push({ config: { rules: parsed.config }, loc: comment.loc });
    } else {
      problems.push({ ruleId: null, message: parsed.error.message, loc: comment.loc });
    }
  }
  return { configs, problems };
}
