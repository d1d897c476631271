import type { AmbiguousToken, RawCategoryLexicon, RawVendorAttribute } from "./lexicon-types.js";
import {
  RAW_AMBIGUOUS_TOKENS,
  RAW_AUTOCOMPLETE_CATEGORIES,
  RAW_CATEGORIES,
  RAW_DIGIT_TOKENS_KEPT,
  RAW_VENDOR_ATTRIBUTES,
} from "./lexicon.generated.js";

/** Category ids users switch on and off (`categories` option). */
export const CATEGORY_IDS = [
  "payment-card",
  "payment-auth",
  "credential",
  "one-time-code",
  "government-id",
  "bank-account",
  "crypto-secret",
  "health",
  "special-category",
  "criminal",
  "date-of-birth",
  "contact-email",
  "contact-phone",
  "address",
  "person-name",
  "other-identifier",
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface CategoryLexicon extends RawCategoryLexicon {
  id: CategoryId;
}

/** Human names used in messages ("Card number field ..."). */
export const CATEGORY_LABELS: Readonly<Record<CategoryId, string>> = {
  "payment-card": "Payment card",
  "payment-auth": "Card security code / PIN",
  credential: "Credential",
  "one-time-code": "One-time code",
  "government-id": "Government ID",
  "bank-account": "Bank account",
  "crypto-secret": "Crypto wallet secret",
  health: "Health data",
  "special-category": "Special-category data (GDPR Art. 9)",
  criminal: "Criminal-record data",
  "date-of-birth": "Date of birth",
  "contact-email": "Email address",
  "contact-phone": "Phone number",
  address: "Postal address",
  "person-name": "Person name",
  "other-identifier": "Personal identifier",
};

/**
 * Corrections on top of the reference lexicon. The issue this plugin answers to says it plainly:
 * most `security_code` fields in real code are CAPTCHAs and most `expiry_date` fields are coupons, so
 * a bare "security code" (in any language) only counts with card context in the same form.
 */
const SECURITY_CODE_WITHOUT_CARD = {
  nameTokens: ["securitycode", "securitynum", "seccode", "sicherheitscode", "codesecurite", "codigoseguridad",
    "codigodeseguranca", "codigoseguranca", "codicesicurezza", "beveiligingscode", "guvenlikkodu"],
  nameBigrams: [["security", "code"], ["code", "secur"], ["guvenlik", "kodu"], ["security", "value"]],
  labelPhrases: ["security code", "Sicherheitscode", "Code de sécurité", "code sécurité", "numéro de sécurité",
    "Código de seguridad", "Codice di sicurezza", "Código de segurança", "Beveiligingscode", "veiligheidscode",
    "Kod zabezpieczający", "Säkerhetskod", "Sikkerhedskode", "Sikkerhetskode", "Turvakoodi", "Bezpečnostní kód",
    "セキュリティコード", "セキュリティ番号", "安全码", "보안 코드", "보안코드", "Güvenlik Kodu", "PIN", "PIN code", "Code PIN",
    "PIN-kod", "PIN-kode", "PIN-koodi", "Pinkode", "pincode", "Geheimzahl", "暗証番号", "Senha"],
};

function withoutAll(list: readonly string[], removed: readonly string[]): string[] {
  const drop = new Set(removed.map((s) => s.toLowerCase()));
  return list.filter((item) => !drop.has(item.toLowerCase()));
}

const sameBigram = (a: readonly string[], b: readonly string[]): boolean => a.join(" ") === b.join(" ");

function applyCorrections(category: RawCategoryLexicon): RawCategoryLexicon {
  if (category.id === "payment-auth") {
    const moved = SECURITY_CODE_WITHOUT_CARD;
    return {
      ...category,
      nameTokens: withoutAll(category.nameTokens, moved.nameTokens),
      nameBigrams: category.nameBigrams.filter((b) => !moved.nameBigrams.some((m) => sameBigram(b, m))),
      labelPhrases: withoutAll(category.labelPhrases, moved.labelPhrases),
      strictOnly: {
        nameTokens: [...category.strictOnly.nameTokens, ...moved.nameTokens],
        nameBigrams: [...category.strictOnly.nameBigrams, ...moved.nameBigrams],
        labelPhrases: [...category.strictOnly.labelPhrases, ...moved.labelPhrases],
      },
    };
  }
  if (category.id === "payment-card") {
    // "valid thru" and "MM/YY" are already contextual; a bare "expires" label is too common on coupons.
    return { ...category, negativeModifiers: [...category.negativeModifiers, "sample", "test", "demo"] };
  }
  return category;
}

export const CATEGORIES: readonly CategoryLexicon[] = RAW_CATEGORIES.map(
  (category) => applyCorrections(category) as CategoryLexicon,
);

export const CATEGORY_BY_ID: ReadonlyMap<CategoryId, CategoryLexicon> = new Map(CATEGORIES.map((c) => [c.id, c]));

/** Categories `configs.recommended` reports; `configs.strict` reports all. */
export const RECOMMENDED_CATEGORIES: readonly CategoryId[] = CATEGORIES.filter((c) => c.severity === "recommended").map((c) => c.id);

/** WHATWG autofill field name -> category (null: harmless, e.g. `country`, `cc-type`). */
export const AUTOCOMPLETE_CATEGORIES = RAW_AUTOCOMPLETE_CATEGORIES as Readonly<Record<string, CategoryId | null>>;

/** Multi-meaning short tokens that need a companion token (`cc` is also an e-mail Cc field). */
export const AMBIGUOUS_TOKENS = RAW_AMBIGUOUS_TOKENS as Readonly<Record<string, AmbiguousToken & { category: CategoryId }>>;

/** Ambiguous tokens that still count when they are the entire identifier (`name="pin"` on an input). */
export const WHOLE_IDENTIFIER_TOKENS: ReadonlySet<string> = new Set(["pin", "pan", "pass"]);

/** Payment SDK attributes that say what a field holds (`data-stripe="number"`). */
export const VENDOR_FIELD_ATTRIBUTES = RAW_VENDOR_ATTRIBUTES as readonly (RawVendorAttribute & {
  values: Readonly<Record<string, CategoryId>>;
})[];

/** Tokens whose letter-digit boundary is not split (`cvv2`, `address1`, `2fa`). */
export const DIGIT_TOKENS_KEPT: ReadonlySet<string> = new Set(RAW_DIGIT_TOKENS_KEPT);
