import {
  ACRONYM_PHRASE_MAX_LENGTH,
  AMBIGUOUS_TOKENS,
  CATEGORIES,
  type CategoryId,
  type CategoryLexicon,
  WHOLE_IDENTIFIER_TOKENS,
  WHOLE_LABEL_WORDS,
} from "../data/lexicon.js";
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

/** One category's lexicon compiled for lookups (built once at module load). */
export interface CompiledCategory {
  id: CategoryId;
  tokens: ReadonlySet<string>;
  bigrams: readonly (readonly string[])[];
  phrases: readonly Phrase[];
  contextualTokens: ReadonlySet<string>;
  contextualBigrams: readonly (readonly string[])[];
  contextualPhrases: readonly Phrase[];
  /** Single-token negative modifiers, and multi-token ones that need all their tokens. */
  negative: ReadonlySet<string>;
  negativeSequences: readonly (readonly string[])[];
  downgrade: ReadonlySet<string>;
}

const LETTERS_ONLY = /^\p{L}+$/u;

function phraseMode(tokens: readonly string[]): PhraseMode {
  const [only] = tokens;
  if (tokens.length !== 1 || only === undefined) return "sequence";
  if (WHOLE_LABEL_WORDS.has(only)) return "whole";
  return only.length <= ACRONYM_PHRASE_MAX_LENGTH && LETTERS_ONLY.test(only) ? "acronym" : "sequence";
}

function compilePhrase(text: string): Phrase {
  if (UNSPACED_SCRIPT.test(text)) return { text, tokens: null, substring: foldLabel(text), mode: "sequence" };
  const { tokens } = tokenizeLabel(text);
  return { text, tokens, substring: null, mode: phraseMode(tokens) };
}

function compileModifiers(modifiers: readonly string[]): { single: Set<string>; sequences: string[][] } {
  const single = new Set<string>();
  const sequences: string[][] = [];
  for (const modifier of modifiers) {
    const { tokens } = tokenizeLabel(modifier);
    if (tokens.length === 1 && tokens[0]) single.add(tokens[0]);
    else if (tokens.length > 1) sequences.push([...tokens]);
    // `hint_text` style modifiers also match run together.
    single.add(tokens.join(""));
  }
  return { single, sequences };
}

function compileCategory(category: CategoryLexicon): CompiledCategory {
  const negative = compileModifiers(category.negativeModifiers);
  return {
    id: category.id,
    tokens: new Set(category.nameTokens),
    bigrams: category.nameBigrams,
    phrases: category.labelPhrases.map(compilePhrase),
    contextualTokens: new Set(category.strictOnly.nameTokens),
    contextualBigrams: category.strictOnly.nameBigrams,
    contextualPhrases: [...category.contextualLabelPhrases, ...category.strictOnly.labelPhrases].map(compilePhrase),
    negative: negative.single,
    negativeSequences: negative.sequences,
    downgrade: compileModifiers(category.downgradeModifiers).single,
  };
}

export const COMPILED_CATEGORIES: readonly CompiledCategory[] = CATEGORIES.map(compileCategory);

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
