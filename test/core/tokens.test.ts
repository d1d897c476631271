import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { foldLabel, foldText, tokenize, tokenizeLabel, tokenizeLabelUnicode, tokenizeUnicode, UNSPACED_SCRIPT } from "../../src/core/tokens.js";

const tokens = (text: string) => tokenize(text).tokens;

describe("tokenize", () => {
  it("splits camelCase and PascalCase, keeping acronyms whole", () => {
    expect(tokens("cardNumber")).toEqual(["card", "number"]);
    expect(tokens("CardHolderName")).toEqual(["card", "holder", "name"]);
    expect(tokens("CVVCode")).toEqual(["cvv", "code"]);
    expect(tokens("ccNum")).toEqual(["cc", "num"]);
    expect(tokens("tcKimlikNo")).toEqual(["tc", "kimlik", "no"]);
  });

  it("splits on every separator", () => {
    expect(tokens("card_number")).toEqual(["card", "number"]);
    expect(tokens("card-number")).toEqual(["card", "number"]);
    expect(tokens("stripe[cc-number]")).toEqual(["stripe", "cc", "number"]);
    expect(tokens("personal.ethnicity")).toEqual(["personal", "ethnicity"]);
    expect(tokens("jobs.0.company")).toEqual(["jobs", "0", "company"]);
    expect(tokens("  card   number ")).toEqual(["card", "number"]);
  });

  it("keeps allow-listed digit tokens and splits other letter-digit boundaries", () => {
    expect(tokens("cvv2")).toEqual(["cvv2"]);
    expect(tokens("CVC2")).toEqual(["cvc2"]);
    expect(tokens("address1")).toEqual(["address1"]);
    expect(tokens("addressLine2")).toEqual(["address", "line2"]);
    expect(tokens("2fa_code")).toEqual(["2fa", "code"]);
    expect(tokens("ssn4")).toEqual(["ssn4"]);
    expect(tokens("password2")).toEqual(["password2"]);
    expect(tokens("seedWord12")).toEqual(["seed", "word", "12"]);
    expect(tokens("card4digits")).toEqual(["card", "4", "digits"]);
  });

  it("folds accents and umlauts, and ß to ss", () => {
    expect(tokens("Prüfnummer")).toEqual(["prufnummer"]);
    expect(tokens("numéroDeCarte")).toEqual(["numero", "de", "carte"]);
    expect(tokens("Straße")).toEqual(["strasse"]);
    expect(tokens("Führerscheinnummer")).toEqual(["fuhrerscheinnummer"]);
    expect(tokens("Número_da_conta")).toEqual(["numero", "da", "conta"]);
    expect(tokens("Hasło")).toEqual(["haslo"]);
    expect(tokens("Fødselsdato")).toEqual(["fodselsdato"]);
    expect(tokens("KartNumarası")).toEqual(["kart", "numarasi"]);
    expect(tokens("İsim")).toEqual(["isim"]);
  });

  it("keeps scripts without case or spaces as whole words", () => {
    expect(tokens("カード番号")).toEqual(["カード番号"]);
    expect(tokens("身份证号")).toEqual(["身份证号"]);
    expect(tokens("주민등록번호")).toEqual(["주민등록번호"]);
    expect(UNSPACED_SCRIPT.test("カード番号")).toBe(true);
    expect(UNSPACED_SCRIPT.test("เลขบัตรประชาชน")).toBe(true);
    expect(UNSPACED_SCRIPT.test("Kartennummer")).toBe(false);
  });

  it("runs the tokens together for compound lookups", () => {
    expect(tokenize("card_number").compound).toBe("cardnumber");
    expect(tokenize("exp-Month").compound).toBe("expmonth");
    expect(tokenize("").compound).toBe("");
  });

  it("remembers which tokens were written in capitals", () => {
    expect([...tokenize("DNI del titular").acronyms]).toEqual(["dni"]);
    expect([...tokenize("Okres ważności (dni)").acronyms]).toEqual([]);
    expect([...tokenize("CVV2 code").acronyms]).toEqual(["cvv2"]);
    // A single capital is no acronym; camelCase parts are not either.
    expect([...tokenize("A cardNumber").acronyms]).toEqual([]);
  });
});

describe("tokenizeLabel", () => {
  it("drops required marks, colons and optional notes", () => {
    expect(tokenizeLabel("Card number *").tokens).toEqual(["card", "number"]);
    expect(tokenizeLabel("IBAN:").tokens).toEqual(["iban"]);
    expect(tokenizeLabel("Tax ID (optional)").tokens).toEqual(["tax", "id"]);
    expect(tokenizeLabel("Numéro fiscal (facultatif)").tokens).toEqual(["numero", "fiscal"]);
  });

  it("reads number signs as the words they stand for", () => {
    expect(tokenizeLabel("Card #").tokens).toEqual(["card", "number"]);
    expect(tokenizeLabel("N° de carte").tokens).toEqual(["no", "de", "carte"]);
    expect(tokenizeLabel("Nº de tarjeta").tokens).toEqual(["no", "de", "tarjeta"]);
  });

  it("drops how to answer, which asks nothing: a checkbox instruction", () => {
    expect(tokenizeLabel("Medical history: if yes, please check box.").tokens).toEqual(["medical", "history", "if", "yes"]);
    expect(tokenizeLabel("Conditions (tick all that apply)").tokens).toEqual(["conditions", "that", "apply"]);
    expect(tokenizeLabel("Mark as appropriate: Allergies").tokens).toEqual(["allergies"]);
    expect(tokenizeLabel("Ünlü Check one").tokens).toEqual(["unlu"]);
  });

  it("trap: a check that is the thing asked about stays", () => {
    expect(tokenizeLabel("Health check").tokens).toEqual(["health", "check"]);
    expect(tokenizeLabel("Check-in date").tokens).toEqual(["check", "in", "date"]);
    expect(tokenizeLabel("Background check consent").tokens).toEqual(["background", "check", "consent"]);
  });

  it("normalises full-width characters", () => {
    expect(tokenizeLabel("ＣＶＶ").tokens).toEqual(["cvv"]);
  });
});

describe("folding", () => {
  it("lowercases and strips marks", () => {
    expect(foldText("Código de Segurança")).toBe("codigo de seguranca");
  });

  it("folds a label to one line for substring matches", () => {
    expect(foldLabel("カード 番号")).toBe("カード番号");
    expect(foldLabel("PIN 码")).toBe("pin码");
  });
});

describe("the one-pass ASCII tokenizer", () => {
  // Printable ASCII, biased towards the characters that make boundaries.
  const asciiText = fc.stringMatching(/^[\x20-\x7e]{0,24}$/u);
  const boundaryText = fc
    .array(fc.constantFrom("a", "b", "Z", "Q", "0", "7", "_", "-", " ", ".", "#", "*", ":", "(optional)", "cvv2", "CVC", "Id", "2fa", "SSN4", "line2"), { maxLength: 12 })
    .map((parts) => parts.join(""));

  it("gives the tokens, compound and acronyms of the Unicode path", () => {
    fc.assert(
      fc.property(fc.oneof(asciiText, boundaryText), (text) => {
        expect(tokenize(text)).toEqual(tokenizeUnicode(text));
        expect(tokenizeLabel(text)).toEqual(tokenizeLabelUnicode(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("matches the Unicode path on the cases that make boundaries", () => {
    for (const text of ["CVVCode", "ABCdef", "aB", "AB", "A", "a1B", "x2FA", "SSN4digits", "cvv2", "card4digits", "  ", "", "__a__B__", "HTTPServer2Name", "Card #", "Name (optional):"]) {
      expect(tokenize(text)).toEqual(tokenizeUnicode(text));
      expect(tokenizeLabel(text)).toEqual(tokenizeLabelUnicode(text));
    }
    expect(tokenize("HTTPServer2Name").tokens).toEqual(["http", "server", "2", "name"]);
    expect([...tokenize("CVVCode").acronyms]).toEqual(["cvv"]);
  });
});

describe("foldLabel on printable ASCII", () => {
  it("lowercases and drops spaces, as the NFKC path does", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\x20-\x7e]{0,24}$/u), (text) => {
        expect(foldLabel(text)).toBe(foldText(text.normalize("NFKC")).replace(/\s+/gu, ""));
      }),
      { numRuns: 1000 },
    );
    expect(foldLabel("Card Number")).toBe("cardnumber");
  });
});
