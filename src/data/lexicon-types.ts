/** Shapes of the sensitive-field lexicon (see ../shared/reference/lexicon.md). */
export interface RawCategoryLexicon {
  id: string;
  description: string;
  /** `recommended` categories are reported by `configs.recommended`; `strict` ones only by `configs.strict`. */
  severity: "recommended" | "strict";
  autocompleteTokens: readonly string[];
  inputTypes: readonly string[];
  /** Whole identifier tokens (and separator-free compounds) that name the category. */
  nameTokens: readonly string[];
  /** Token sets that name the category when all occur in one identifier. */
  nameBigrams: readonly (readonly string[])[];
  /** Label phrases in many languages. */
  labelPhrases: readonly string[];
  /** Phrases that only count with form context (card expiry wording). */
  contextualLabelPhrases: readonly string[];
  /** Weaker signals: count only with form context or under the strict preset. */
  strictOnly: { nameTokens: readonly string[]; nameBigrams: readonly (readonly string[])[]; labelPhrases: readonly string[] };
  /** Tokens that cancel a match in the same identifier or label. */
  negativeModifiers: readonly string[];
  /** Tokens that turn a recommended match into a strict-only one. */
  downgradeModifiers: readonly string[];
}

export interface AmbiguousToken {
  category: string;
  /** Companion tokens that confirm the meaning (same identifier or label). */
  confirmWith: readonly string[];
}

export interface RawVendorAttribute {
  attribute: string;
  values: Readonly<Record<string, string>>;
}
