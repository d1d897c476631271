import { DIGIT_TOKENS_KEPT } from "../data/lexicon.js";

/** A name or label cut into lowercase word tokens, plus the tokens run together. */
export interface TokenizedText {
  tokens: readonly string[];
  /** Tokens joined without separators (`card_number` -> `cardnumber`) for compound lookups. */
  compound: string;
}

const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;
// camelCase and PascalCase boundaries: aB -> a|B, ABc -> A|Bc.
const CAMEL_BOUNDARY = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;
const LETTER_DIGIT_BOUNDARY = /(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;
const HAS_DIGIT = /\p{N}/u;
const HAS_UPPER = /\p{Lu}/u;
const LABEL_NOISE = /\((?:optional|required|opcional|facultatif|optionnel|obligatoire|erforderlich|pflichtfeld)\)|[*:]/giu;
/** Scripts written without spaces, matched as substrings. */
export const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Lowercase and strip accents and umlaut dots (`Prüfnummer` -> `prufnummer`, `ß` -> `ss`). */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(COMBINING_MARKS, "").replace(/ß/g, "ss").toLowerCase();
}

function splitWord(word: string, out: string[]): void {
  const parts = HAS_UPPER.test(word) ? word.split(CAMEL_BOUNDARY) : [word];
  for (const part of parts) {
    const lower = part.toLowerCase();
    if (!HAS_DIGIT.test(lower) || DIGIT_TOKENS_KEPT.has(lower)) {
      out.push(lower);
      continue;
    }
    for (const piece of lower.split(LETTER_DIGIT_BOUNDARY)) if (piece) out.push(piece);
  }
}

/**
 * Tokenises an identifier or label: separators, camelCase, letter-digit boundaries (except kept
 * tokens such as `cvv2`), Unicode letters with accents folded.
 */
export function tokenize(text: string): TokenizedText {
  const tokens: string[] = [];
  // Fold accents first but keep case, so camelCase boundaries survive.
  const folded = text.normalize("NFKD").replace(COMBINING_MARKS, "").replace(/ß/g, "ss");
  for (const word of folded.split(NON_WORD)) if (word) splitWord(word, tokens);
  return { tokens, compound: tokens.join("") };
}

/** Normalises label text (NFKC, no `*`, `:` or `(optional)`) before tokenising it. */
export function tokenizeLabel(text: string): TokenizedText {
  return tokenize(text.normalize("NFKC").replace(LABEL_NOISE, " "));
}

/** The label folded to one lowercase line, for substring matches of unspaced scripts. */
export function foldLabel(text: string): string {
  return foldText(text.normalize("NFKC")).replace(/\s+/g, "");
}
