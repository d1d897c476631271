/** A value from an untyped parser node as text; anything that is not a string reads as empty. */
export function stringOf(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** `text` as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[$()*+./?[\\\]^{|}]/gu, "\\$&");
}

/**
 * Walks `text` from `start` outside quoted text (`'`, `"`, `` ` ``, with backslash escapes), keeping
 * the bracket depth (`[`, `{`, `(`), and calls `visit` for every other character with the depth after
 * it. Returns the index where `visit` says stop, or -1.
 */
function scanOutsideQuotes(text: string, start: number, depth: number, visit: (char: string, index: number, depth: number) => boolean): number {
  let quote: string | null = null;
  for (let index = start; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === "\\") index++;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === "'" || char === '"' || char === "`") {
      quote = char;
      continue;
    }
    if (char === "[" || char === "{" || char === "(") depth++;
    else if (char === "]" || char === "}" || char === ")") depth--;
    if (visit(char, index, depth)) return index;
  }
  return -1;
}

/**
 * Splits a list at the commas outside quotes, brackets, braces and parentheses. The parts are
 * returned as written, untrimmed.
 */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  scanOutsideQuotes(text, 0, 0, (char, index, depth) => {
    if (char === "," && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
    return false;
  });
  parts.push(text.slice(start));
  return parts;
}

/**
 * The index just after the bracket that closes the one opened right before `start` (`(`, `[` or `{`),
 * skipping quoted text as `splitTopLevel` does; -1 when it never closes.
 */
export function closingBracket(text: string, start: number): number {
  const closing = scanOutsideQuotes(text, start, 1, (char, _index, depth) => depth === 0 && (char === "]" || char === "}" || char === ")"));
  return closing === -1 ? -1 : closing + 1;
}

const LOWER_UPPER = /([a-z\d])([A-Z])/gu;
const UPPER_WORD = /([A-Z])([A-Z][a-z])/gu;

/** A PascalCase or camelCase name in kebab case: `ElInput` -> `el-input`, `OTPInput` -> `otp-input`. */
export function kebabCase(name: string): string {
  return name.replace(LOWER_UPPER, "$1-$2").replace(UPPER_WORD, "$1-$2").toLowerCase();
}
