/** A 1-based report location, as RuleTester compares it. */
export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The location of `length` characters, `offset` into the one place `needle` occurs in `code`. */
export function spanAt(code: string, needle: string, length = needle.length, offset = 0): Location {
  const index = code.indexOf(needle);
  if (index === -1 || code.indexOf(needle, index + 1) !== -1) throw new Error(`"${needle}" must occur once`);
  const before = code.slice(0, index + offset);
  const line = before.split("\n").length;
  const column = before.length - (before.lastIndexOf("\n") + 1) + 1;
  return { line, column, endLine: line, endColumn: column + length };
}

/** The location of the tag name of the element whose start tag begins with `needle` (`<input name="x"`). */
export function tagNameAt(code: string, needle: string): Location {
  const tag = /^<([^\s/>]+)/u.exec(needle)?.[1] ?? "";
  return spanAt(code, needle, tag.length, 1);
}
