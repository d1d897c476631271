import { describe, expect, it } from "vitest";
import { compiledCategoriesOf, isConfirmedToken, phraseMatches } from "../../src/core/lexicon-index.js";
import { tokenizeLabel } from "../../src/core/tokens.js";
import { CATEGORY_BY_ID, CATEGORY_IDS, RECOMMENDED_CATEGORIES } from "../../src/data/lexicon.js";

const compiled = (id: string) => {
  const category = compiledCategoriesOf().find((c) => c.id === id);
  if (!category) throw new Error(id);
  return category;
};
const phrase = (id: string, text: string, contextual = false) => {
  const found = (contextual ? compiled(id).contextualPhrases : compiled(id).phrases).find((p) => p.text === text);
  if (!found) throw new Error(`${id}: ${text}`);
  return found;
};
const matches = (id: string, text: string, label: string, contextual = false) => phraseMatches(phrase(id, text, contextual), tokenizeLabel(label), label.toLowerCase());

describe("categories", () => {
  it("has an id for every category of the reference, in the preset split of the issue", () => {
    expect(compiledCategoriesOf().map((c) => c.id)).toEqual([...CATEGORY_IDS]);
    expect([...RECOMMENDED_CATEGORIES].sort()).toEqual(
      ["payment-card", "payment-auth", "credential", "one-time-code", "government-id", "bank-account", "crypto-secret", "health", "special-category", "criminal", "date-of-birth"].sort(),
    );
  });
});

describe("corrections to the reference", () => {
  it("needs card context for a bare security code or PIN", () => {
    expect(compiled("payment-auth").tokens.has("securitycode")).toBe(false);
    expect(compiled("payment-auth").contextualTokens.has("securitycode")).toBe(true);
    expect(compiled("payment-auth").tokens.has("cvc")).toBe(true);
  });

  it("keeps veteran status and business tax numbers strict", () => {
    expect(CATEGORY_BY_ID.get("special-category")?.labelPhrases).not.toContain("veteran status");
    expect(CATEGORY_BY_ID.get("government-id")?.labelPhrases).not.toContain("NIP");
    expect(CATEGORY_BY_ID.get("government-id")?.strictOnly.labelPhrases).toContain("NIP");
  });

  it("promotes a whole `idnumber` and the personal Steuernummer", () => {
    expect(compiled("government-id").tokens.has("idnumber")).toBe(true);
    expect(compiled("government-id").tokens.has("steuernummer")).toBe(true);
    expect(compiled("government-id").contextualTokens.has("idnumber")).toBe(false);
  });

  it("downgrades gift-card credentials and keeps token lifetimes out", () => {
    expect(compiled("credential").downgrade.has("gift")).toBe(true);
    expect(compiled("credential").negative.has("ttl")).toBe(true);
  });
});

describe("phrases", () => {
  it("matches multi-word phrases as token sequences", () => {
    expect(matches("payment-card", "card number", "Your card number")).toBe(true);
    expect(matches("payment-card", "card number", "Number of the card")).toBe(false);
    expect(matches("payment-card", "numéro de carte", "N° : numéro de carte *")).toBe(true);
  });

  it("matches unspaced scripts as substrings", () => {
    expect(phraseMatches(phrase("payment-card", "カード番号"), tokenizeLabel("クレジットカード番号"), "クレジットカード番号")).toBe(true);
  });

  it("matches short single words in capitals or as the whole label", () => {
    expect(matches("government-id", "DNI", "DNI del titular")).toBe(true);
    expect(matches("government-id", "DNI", "dni")).toBe(true);
    expect(matches("government-id", "DNI", "Ważność (dni)")).toBe(false);
    expect(phraseMatches(phrase("government-id", "DNI"), tokenizeLabel("dni"), "dni", false)).toBe(false);
  });

  it("matches cross-language words only as the whole label", () => {
    expect(matches("special-category", "Din", "Din")).toBe(true);
    expect(matches("special-category", "Din", "DIN e-post")).toBe(false);
    expect(matches("credential", "clave", "Clave")).toBe(true);
    expect(matches("credential", "clave", "Palabra clave")).toBe(false);
  });
});

describe("ambiguous short tokens", () => {
  it("confirms with a companion or as the whole identifier", () => {
    expect(isConfirmedToken("cc", ["cc"])).toBe(false);
    expect(isConfirmedToken("cc", ["cc", "number"])).toBe(true);
    expect(isConfirmedToken("pin", ["pin"])).toBe(true);
    expect(isConfirmedToken("pin", ["pin"], false)).toBe(false);
    expect(isConfirmedToken("pin", ["map", "pin"])).toBe(false);
    expect(isConfirmedToken("name", ["name"])).toBe(true);
    expect(isConfirmedToken("name", ["display", "name"])).toBe(false);
    expect(isConfirmedToken("cvv", ["cvv"])).toBe(true);
  });
});
