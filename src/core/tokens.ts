import { DIGIT_TOKENS_KEPT } from "../data/lexicon.js";

/** A name or label cut into lowercase word tokens, plus the tokens run together. */
export interface TokenizedText {
  tokens: readonly string[];
  /** Tokens joined without separators (`card_number` -> `cardnumber`) for compound lookups. */
  compound: string;
  /** Tokens written in capitals (`DNI`, `PIN`): abbreviations, not words of running text (`dni` = days in Polish). */
  acronyms: ReadonlySet<string>;
}

// Accents and umlaut dots of Latin letters only: Japanese dakuten are part of the letter (ド is not ト).
const LATIN_MARKS = /(?<=\p{Script=Latin})\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;
// camelCase and PascalCase boundaries: aB -> a|B, ABc -> A|Bc.
const CAMEL_BOUNDARY = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;
const LETTER_DIGIT_BOUNDARY = /(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;
const HAS_DIGIT = /\p{N}/u;
const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const TWO_LETTERS = /\p{L}.*\p{L}/u;
const LABEL_NOISE = /\((?:optional|required|opcional|facultatif|optionnel|obligatoire|erforderlich|pflichtfeld|opzionale|obbligatorio|opcjonalnie|valfritt|optioneel|verplicht)\)|[*:]/giu;
// How to answer is no part of what is asked: "If yes, please check box", "(tick all that apply)". Its
// "check" would read as a health check's and cancel the question ("Medical history: ... please check box").
// Inside a label; a caption that is only an instruction is passed over by `isAnswerInstruction` (captions.ts).
const INLINE_ANSWER_INSTRUCTION = /\b(?:please\s+)?(?:check|tick|mark)\s+(?:the\s+|this\s+|a\s+)?(?:box(?:es)?|all|any|one|if|here|below|each|as\s+(?:appropriate|applicable))\b/giu;
// "Card #", "N° de carte", "Nº": the sign stands for a word that the lexicon spells out.
const NUMBER_SIGN = /#/gu;
const NUMERO_SIGN = /\b[nN]\s?[°º]/gu;
/** Scripts written without spaces, matched as substrings. */
export const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** Lowercase and strip accents and umlaut dots (`Prüfnummer` -> `prufnummer`, `ß` -> `ss`). */
export function foldText(text: string): string {
  return stripLatinMarks(text).toLowerCase();
}

// Latin letters that carry their stroke or ligature without a combining mark, spelled as the lexicon does.
const LATIN_LETTERS: Readonly<Record<string, string>> = { ß: "ss", ł: "l", Ł: "L", ø: "o", Ø: "O", ı: "i", đ: "d", Đ: "D", æ: "ae", Æ: "Ae", œ: "oe", Œ: "Oe", þ: "th" };
const LATIN_LETTER = /[ßłŁøØıđĐæÆœŒþ]/gu;

const ASCII = /^[\x20-\x7e]*$/u;
const WHITESPACE_RUNS = /\s+/gu;

/** NFKD, Latin marks removed, the rest composed again (NFC keeps kana and Hangul syllables whole). */
function stripLatinMarks(text: string): string {
  // Most names and many labels are plain ASCII: nothing to fold.
  if (ASCII.test(text)) return text;
  return text.normalize("NFKD").replace(LATIN_MARKS, "").normalize("NFC").replace(LATIN_LETTER, (letter) => LATIN_LETTERS[letter] ?? letter);
}

function splitWord(word: string, out: string[], acronyms: Set<string>): void {
  const parts = HAS_UPPER.test(word) ? word.split(CAMEL_BOUNDARY) : [word];
  for (const part of parts) {
    const lower = part.toLowerCase();
    if (HAS_UPPER.test(part) && !HAS_LOWER.test(part) && TWO_LETTERS.test(part)) acronyms.add(lower);
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
  return ASCII.test(text) ? tokenizeAscii(text) : tokenizeUnicode(text);
}

/** `tokenize` by its regexes, for any script (also the reference the ASCII path is tested against). */
export function tokenizeUnicode(text: string): TokenizedText {
  const tokens: string[] = [];
  const acronyms = new Set<string>();
  // Fold accents first but keep case, so camelCase boundaries survive.
  const folded = stripLatinMarks(text);
  for (const word of folded.split(NON_WORD)) if (word) splitWord(word, tokens, acronyms);
  return { tokens, compound: tokens.join(""), acronyms };
}

// Character classes of printable ASCII, for the one-pass tokenizer.
const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;

function asciiClass(code: number): number {
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 65 && code <= 90) return UPPER;
  return code >= 48 && code <= 57 ? DIGIT : OTHER;
}

/**
 * The same tokens as `tokenizeUnicode`, in one pass over printable ASCII (most names and labels):
 * the regex path costs microseconds per string, and the lexicon alone has over a thousand phrases.
 */
function tokenizeAscii(text: string): TokenizedText {
  const tokens: string[] = [];
  const acronyms = new Set<string>();
  let start = 0;
  // Camel parts are cut where a lowercase letter meets a capital (`cardNumber`) and before the last
  // capital of a run that a lowercase letter follows (`CVVCode` -> CVV|Code).
  for (let index = 0; index <= text.length; index++) {
    const kind = index < text.length ? asciiClass(text.charCodeAt(index)) : OTHER;
    if (kind === OTHER) {
      if (index > start) pushAsciiPart(text.slice(start, index), tokens, acronyms);
      start = index + 1;
      continue;
    }
    if (kind !== UPPER || index === start) continue;
    const previous = asciiClass(text.charCodeAt(index - 1));
    const next = index + 1 < text.length ? asciiClass(text.charCodeAt(index + 1)) : OTHER;
    if (previous === LOWER || (previous === UPPER && next === LOWER)) {
      pushAsciiPart(text.slice(start, index), tokens, acronyms);
      start = index;
    }
  }
  return { tokens, compound: tokens.join(""), acronyms };
}

/** One camel part: an acronym when written in capitals, split at letter-digit boundaries unless kept (`cvv2`). */
function pushAsciiPart(part: string, out: string[], acronyms: Set<string>): void {
  let uppers = 0;
  let lowers = 0;
  let digits = 0;
  for (let index = 0; index < part.length; index++) {
    const kind = asciiClass(part.charCodeAt(index));
    if (kind === UPPER) uppers++;
    else if (kind === LOWER) lowers++;
    else digits++;
  }
  const lower = uppers > 0 ? part.toLowerCase() : part;
  if (uppers >= 2 && lowers === 0) acronyms.add(lower);
  if (digits === 0 || DIGIT_TOKENS_KEPT.has(lower)) {
    out.push(lower);
    return;
  }
  let pieceStart = 0;
  for (let index = 1; index <= lower.length; index++) {
    const boundary = index === lower.length || (asciiClass(lower.charCodeAt(index)) === DIGIT) !== (asciiClass(lower.charCodeAt(index - 1)) === DIGIT);
    if (!boundary) continue;
    out.push(lower.slice(pieceStart, index));
    pieceStart = index;
  }
}

/** Normalises label text (NFKC, no `*`, `:` or `(optional)`, `#` read as "number") before tokenising it. */
export function tokenizeLabel(text: string): TokenizedText {
  // NFKC leaves printable ASCII as it is.
  return ASCII.test(text) ? tokenizeAscii(withoutLabelNoise(text)) : tokenizeLabelUnicode(text);
}

/** `tokenizeLabel` by its regexes, for any script (also the reference the ASCII path is tested against). */
export function tokenizeLabelUnicode(text: string): TokenizedText {
  return tokenizeUnicode(withoutLabelNoise(text.normalize("NFKC")));
}

function withoutLabelNoise(text: string): string {
  return text.replace(LABEL_NOISE, " ").replace(INLINE_ANSWER_INSTRUCTION, " ").replace(NUMERO_SIGN, " no ").replace(NUMBER_SIGN, " number ");
}

/** The label folded to one lowercase line, for substring matches of unspaced scripts. */
export function foldLabel(text: string): string {
  // Printable ASCII needs neither NFKC nor accent folding.
  if (ASCII.test(text)) return text.toLowerCase().replace(WHITESPACE_RUNS, "");
  return foldText(text.normalize("NFKC")).replace(WHITESPACE_RUNS, "");
}
