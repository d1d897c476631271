import {
  ACRONYM_PHRASE_MAX_LENGTH,
  AMBIGUOUS_TOKENS,
  CATEGORIES,
  type CategoryId,
  type CategoryLexicon,
  WHOLE_IDENTIFIER_TOKENS,
  WHOLE_LABEL_WORDS,
} from "../data/lexicon.js";
import { LEXICON_TOKENS_JSON } from "../data/lexicon-tokens.generated.js";
import { foldLabel, tokenizeLabel, type TokenizedText, UNSPACED_SCRIPT } from "./tokens.js";

/**
 * How a label phrase matches: anywhere as a token sequence; only as the whole label (a word of
 * another language); or, for a short single word, written in capitals or as the whole label.
 */
type PhraseMode = "sequence" | "whole" | "acronym";

/** A label phrase, ready to match: a token sequence, or a folded substring for unspaced scripts. */
interface Phrase {
  text: string;
  tokens: readonly string[] | null;
  substring: string | null;
  mode: PhraseMode;
}

/** A lexicon entry filed under one of its tokens, with whether it needs form context. */
export interface Indexed<T> {
  entry: T;
  contextual: boolean;
  /** Needs a card form under `strict` too (the cardholder's `name`). */
  formOnly: boolean;
  /** Counts under `strict` only, whatever the form (a bank's BIC beside its IBAN). */
  strictEvenInForm: boolean;
}

/** One category's lexicon compiled for lookups (built once at module load). */
export interface CompiledCategory {
  id: CategoryId;
  tokens: ReadonlySet<string>;
  bigrams: readonly (readonly string[])[];
  phrases: readonly Phrase[];
  contextualTokens: ReadonlySet<string>;
  contextualBigrams: readonly (readonly string[])[];
  contextualPhrases: readonly Phrase[];
  formOnlyTokens: ReadonlySet<string>;
  strictEvenInFormTokens: ReadonlySet<string>;
  /** Bigrams by their first token, so a name is checked only against bigrams it can complete. */
  bigramsByToken: ReadonlyMap<string, readonly Indexed<readonly string[]>[]>;
  /** Token phrases by their first token, and the substring phrases of unspaced scripts. */
  phrasesByToken: ReadonlyMap<string, readonly Indexed<Phrase>[]>;
  substringPhrases: readonly Indexed<Phrase>[];
  /** Single-token negative modifiers, and multi-token ones that need all their tokens. */
  negative: ReadonlySet<string>;
  negativeSequences: readonly (readonly string[])[];
  /** Negative modifiers in scripts written without spaces, found inside a label's folded text (祝福 in 生日祝福). */
  negativeSubstrings: readonly string[];
  /** Negative modifiers of the recommended entries only (`routing` cancels a bank's account number, not its routing number). */
  recommendedNegative: ReadonlySet<string>;
  recommendedNegativeSequences: readonly (readonly string[])[];
  recommendedNegativeSubstrings: readonly string[];
  /** Words that cancel a match when an identifier ends with them, alone or with the token before (`session` `id`). */
  negativeHeads: ReadonlySet<string>;
  downgrade: ReadonlySet<string>;
}

const LETTERS_ONLY = /^\p{L}+$/u;

function phraseMode(tokens: readonly string[]): PhraseMode {
  const [only] = tokens;
  if (tokens.length !== 1 || only === undefined) return "sequence";
  if (WHOLE_LABEL_WORDS.has(only)) return "whole";
  return only.length <= ACRONYM_PHRASE_MAX_LENGTH && LETTERS_ONLY.test(only) ? "acronym" : "sequence";
}

/** The lexicon's strings as the tokenizer reads them, made ahead of time (parsed on first use). */
interface TokenTable {
  tokens: ReadonlyMap<string, readonly string[]>;
  folded: ReadonlyMap<string, string>;
}

let tokenTable: TokenTable | null = null;

function pretokenized(): TokenTable {
  if (!tokenTable) {
    const raw = JSON.parse(LEXICON_TOKENS_JSON) as { tokens: Record<string, string>; folded: Record<string, string> };
    const tokens = new Map(Object.entries(raw.tokens).map(([text, joined]) => [text, joined === "" ? [] : joined.split(" ")] as const));
    tokenTable = { tokens, folded: new Map(Object.entries(raw.folded)) };
  }
  return tokenTable;
}

/** `tokenizeLabel(text).tokens`, from the table when the text is there (the lexicon's own strings are). */
function labelTokens(text: string): readonly string[] {
  return pretokenized().tokens.get(text) ?? tokenizeLabel(text).tokens;
}

function compilePhrase(text: string): Phrase {
  const { tokens, folded } = pretokenized();
  const substring = folded.get(text) ?? (!tokens.has(text) && UNSPACED_SCRIPT.test(text) ? foldLabel(text) : null);
  if (substring !== null) return { text, tokens: null, substring, mode: "sequence" };
  const phraseTokens = labelTokens(text);
  return { text, tokens: phraseTokens, substring: null, mode: phraseMode(phraseTokens) };
}

function compileModifiers(modifiers: readonly string[]): { single: Set<string>; sequences: string[][]; substrings: string[] } {
  const single = new Set<string>();
  const sequences: string[][] = [];
  const substrings: string[] = [];
  for (const modifier of modifiers) {
    // A word of a script written without spaces is no token of its own inside a longer label.
    if (UNSPACED_SCRIPT.test(modifier)) substrings.push(foldLabel(modifier));
    const tokens = labelTokens(modifier);
    if (tokens.length === 1 && tokens[0]) single.add(tokens[0]);
    else if (tokens.length > 1) sequences.push([...tokens]);
    // `hint_text` style modifiers also match run together.
    single.add(tokens.join(""));
  }
  return { single, sequences, substrings };
}

function fileUnder<T>(index: Map<string, Indexed<T>[]>, key: string | undefined, entry: T, contextual: boolean, formOnly = false, strictEvenInForm = false): void {
  if (key === undefined) return;
  const list = index.get(key) ?? [];
  list.push({ entry, contextual, formOnly, strictEvenInForm });
  index.set(key, list);
}

function compileCategory(category: CategoryLexicon): CompiledCategory {
  const negative = compileModifiers(category.negativeModifiers);
  const recommendedNegative = compileModifiers(category.recommendedNegativeModifiers);
  const phrases = category.labelPhrases.map(compilePhrase);
  const contextualPhrases = [...category.contextualLabelPhrases, ...category.strictOnly.labelPhrases].map(compilePhrase);
  const bigramsByToken = new Map<string, Indexed<readonly string[]>[]>();
  for (const bigram of category.nameBigrams) fileUnder(bigramsByToken, bigram[0], bigram, false);
  const strictBigrams = new Set(category.strictEvenInForm.nameBigrams.map((bigram) => bigram.join(" ")));
  for (const bigram of category.strictOnly.nameBigrams) fileUnder(bigramsByToken, bigram[0], bigram, true, false, strictBigrams.has(bigram.join(" ")));
  const phrasesByToken = new Map<string, Indexed<Phrase>[]>();
  const substringPhrases: Indexed<Phrase>[] = [];
  const formOnlyPhrases = new Set(category.formOnly.labelPhrases.map((text) => text.toLowerCase()));
  for (const [list, contextual] of [[phrases, false], [contextualPhrases, true]] as const) {
    for (const phrase of list) {
      const formOnly = contextual && formOnlyPhrases.has(phrase.text.toLowerCase());
      if (phrase.substring !== null) substringPhrases.push({ entry: phrase, contextual, formOnly, strictEvenInForm: false });
      else fileUnder(phrasesByToken, phrase.tokens?.[0], phrase, contextual, formOnly);
    }
  }
  return {
    id: category.id,
    tokens: new Set(category.nameTokens),
    bigrams: category.nameBigrams,
    phrases,
    contextualTokens: new Set(category.strictOnly.nameTokens),
    contextualBigrams: category.strictOnly.nameBigrams,
    contextualPhrases,
    formOnlyTokens: new Set(category.formOnly.nameTokens),
    strictEvenInFormTokens: new Set(category.strictEvenInForm.nameTokens),
    bigramsByToken,
    phrasesByToken,
    substringPhrases,
    negative: negative.single,
    negativeSequences: negative.sequences,
    negativeSubstrings: negative.substrings,
    recommendedNegative: recommendedNegative.single,
    recommendedNegativeSequences: recommendedNegative.sequences,
    recommendedNegativeSubstrings: recommendedNegative.substrings,
    negativeHeads: new Set(category.headNegatives),
    downgrade: compileModifiers(category.downgradeModifiers).single,
  };
}

let compiledCategories: readonly CompiledCategory[] | null = null;

/** The lexicon compiled on first use: a run that meets no form field never pays for it. */
export function compiledCategoriesOf(): readonly CompiledCategory[] {
  compiledCategories ??= CATEGORIES.map(compileCategory);
  return compiledCategories;
}

/** An entry of every category, filed under one token: a name looks up its own tokens only. */
export interface Filed<T> extends Indexed<T> {
  category: CompiledCategory;
}

/** Every category's lexicon in one index (built once): name tokens and compounds, bigrams and phrases by first token. */
export interface LexiconIndex {
  tokens: ReadonlyMap<string, readonly Filed<string>[]>;
  bigrams: ReadonlyMap<string, readonly Filed<readonly string[]>[]>;
  phrases: ReadonlyMap<string, readonly Filed<Phrase>[]>;
  substringPhrases: readonly Filed<Phrase>[];
}

function buildIndex(categories: readonly CompiledCategory[]): LexiconIndex {
  const tokens = new Map<string, Filed<string>[]>();
  const bigrams = new Map<string, Filed<readonly string[]>[]>();
  const phrases = new Map<string, Filed<Phrase>[]>();
  const substringPhrases: Filed<Phrase>[] = [];
  const file = <T>(index: Map<string, Filed<T>[]>, key: string, entry: Filed<T>): void => {
    const list = index.get(key) ?? [];
    list.push(entry);
    index.set(key, list);
  };
  for (const category of categories) {
    for (const [set, contextual] of [[category.tokens, false], [category.contextualTokens, true]] as const) {
      for (const token of set) {
        file(tokens, token, { category, entry: token, contextual, formOnly: contextual && category.formOnlyTokens.has(token), strictEvenInForm: contextual && category.strictEvenInFormTokens.has(token) });
      }
    }
    for (const [key, list] of category.bigramsByToken) for (const item of list) file(bigrams, key, { category, ...item });
    for (const [key, list] of category.phrasesByToken) for (const item of list) file(phrases, key, { category, ...item });
    for (const item of category.substringPhrases) substringPhrases.push({ category, ...item });
  }
  return { tokens, bigrams, phrases, substringPhrases };
}

let lexiconIndex: LexiconIndex | null = null;

/** Every category's entries filed by token, built on first use. */
export function lexiconIndexOf(): LexiconIndex {
  lexiconIndex ??= buildIndex(compiledCategoriesOf());
  return lexiconIndex;
}

/** Whether an ambiguous short token (`cc`, `exp`, `pin`) is confirmed in this token list. */
export function isConfirmedToken(token: string, tokens: readonly string[], alone = tokens.length === 1): boolean {
  const ambiguous = AMBIGUOUS_TOKENS[token];
  if (!ambiguous) return true;
  if (alone && WHOLE_IDENTIFIER_TOKENS.has(token)) return true;
  return tokens.some((other) => other !== token && ambiguous.confirmWith.includes(other));
}

export function containsSequence(tokens: readonly string[], sequence: readonly string[]): boolean {
  if (sequence.length === 0 || sequence.length > tokens.length) return false;
  outer: for (let start = 0; start <= tokens.length - sequence.length; start++) {
    for (let offset = 0; offset < sequence.length; offset++) {
      if (tokens[start + offset] !== sequence[offset]) continue outer;
    }
    return true;
  }
  return false;
}

/** `wholeLabel` is false for a part of a label (its parenthesised aside), which is never the whole label. */
export function phraseMatches(phrase: Phrase, label: TokenizedText, folded: string, wholeLabel = true): boolean {
  if (phrase.substring !== null) return folded.includes(phrase.substring);
  if (phrase.tokens === null || !containsSequence(label.tokens, phrase.tokens)) return false;
  if (phrase.mode === "sequence") return true;
  const whole = wholeLabel && label.tokens.length === phrase.tokens.length;
  return phrase.mode === "whole" ? whole : whole || phrase.tokens.every((token) => label.acronyms.has(token));
}
