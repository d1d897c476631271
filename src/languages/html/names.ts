/** Name folding exactly as the HTML tokenizer does it: ASCII letters only (never `İ` or `K`). */

const UPPERCASE_ASCII = /[A-Z]/g;
const NUL = /\0/g;

function toLower(letter: string): string {
  return String.fromCharCode(letter.charCodeAt(0) + 32);
}

export function asciiLowerCase(name: string): string {
  // Most names are already lower case: check before allocating.
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) return name.replace(UPPERCASE_ASCII, toLower);
  }
  return name;
}

/** The name parse5 stores for an attribute written as `raw`: ASCII-lowercased, NUL read as U+FFFD. */
export function attributeKey(raw: string): string {
  const lower = asciiLowerCase(raw);
  return lower.includes("\0") ? lower.replace(NUL, "\uFFFD") : lower;
}
