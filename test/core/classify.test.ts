import { describe, expect, it } from "vitest";
import { classificationKey, classifyField, givesAccountContext, givesCardContext, isClassifiable, resolveSensitivity, type Sensitivity } from "../../src/core/classify.js";
import { type CategoryId, RECOMMENDED_CATEGORIES } from "../../src/data/lexicon.js";
import { dynamic, field, type FieldInput } from "./field-helper.js";

const RECOMMENDED = new Set<CategoryId>(RECOMMENDED_CATEGORIES);

/** What `configs.recommended` reports for a field: category and evidence, or null. */
function verdict(input: FieldInput, options: { cardContext?: boolean; accountContext?: boolean; healthContext?: boolean; documentContext?: boolean; weakSignals?: boolean; enabled?: Set<CategoryId> } = {}) {
  const found = resolveSensitivity(classifyField(field(input)), {
    enabled: options.enabled ?? RECOMMENDED,
    cardContext: options.cardContext ?? false,
    accountContext: options.accountContext ?? false,
    healthContext: options.healthContext ?? false,
    documentContext: options.documentContext ?? false,
    weakSignals: options.weakSignals ?? false,
  });
  return found && { category: found.category, evidence: found.evidence };
}

const named = (name: string, more: FieldInput = {}): FieldInput => ({ ...more, attrs: { name, ...more.attrs } });

describe("classification key", () => {
  it("differs whenever something the classifier reads differs, and only then", () => {
    const base = field({ attrs: { name: "x" } });
    const variants = [
      base,
      field({ attrs: { name: "x", autocomplete: "cc-number" } }),
      field({ attrs: { name: "x", pattern: "\\d{3}" } }),
      field({ attrs: { name: "x", placeholder: "MM/YY" } }),
      field({ attrs: { name: "x", "data-stripe": "cvc" } }),
      field({ attrs: { name: "x", type: "password" } }),
      field({ attrs: { name: "x", type: dynamic(["password", "text"]) } }),
      field({ attrs: { name: "x" }, labels: ["Card number"] }),
      field({ attrs: { name: "x" }, identifiers: ["ssn"] }),
      field({ attrs: { name: "x" }, groupLabel: "Do you have a disability?" }),
      field({ attrs: { name: "x", "aria-label": "IBAN" } }),
      field({ tag: "select", attrs: { name: "x" } }),
      { ...base, codeBox: true },
    ];
    expect(new Set(variants.map(classificationKey)).size).toBe(variants.length);
    // What it never reads (classes, markers, the component's name) does not split the key.
    expect(classificationKey(field({ attrs: { name: "x", class: "input", "data-private": "" }, componentName: "TextField" }))).toBe(classificationKey(base));
  });
});

describe("signal strengths", () => {
  it("takes autocomplete tokens, password types and payment attributes as strong", () => {
    const strong = (s: Sensitivity[]) => s.filter((x) => x.strength === "strong").map((x) => [x.category, x.evidence]);
    expect(strong(classifyField(field({ attrs: { autocomplete: "billing cc-number" } })))).toEqual([["payment-card", 'autocomplete="billing cc-number"']]);
    expect(strong(classifyField(field({ attrs: { autocomplete: "section-a shipping cc-exp" } })))).toEqual([["payment-card", 'autocomplete="section-a shipping cc-exp"']]);
    expect(strong(classifyField(field({ attrs: { autocomplete: "username webauthn" } })))).toEqual([["other-identifier", 'autocomplete="username webauthn"']]);
    expect(strong(classifyField(field({ attrs: { type: "password" } })))).toEqual([["credential", 'type="password"']]);
    expect(strong(classifyField(field({ attrs: { "data-stripe": "cvc" } })))).toEqual([["payment-auth", 'data-stripe="cvc"']]);
    expect(strong(classifyField(field({ attrs: { "data-cse": "encryptedCardNumber" } })))).toEqual([["payment-card", 'data-cse="encryptedCardNumber"']]);
  });

  it("takes names and labels as medium, placeholders and types email/tel as weak", () => {
    const strengths = (input: FieldInput) => classifyField(field(input)).map((s) => s.strength);
    expect(strengths(named("cardNumber"))).toEqual(["medium"]);
    expect(strengths({ labels: ["Card number"] })).toEqual(["medium"]);
    expect(strengths({ attrs: { placeholder: "Card number" } })).toEqual(["weak"]);
    expect(strengths({ attrs: { type: "email" } })).toEqual(["weak"]);
  });

  it("lets the strongest signal decide, and stays quiet when that one is not enabled", () => {
    // `pinCode` with a postal-code autocomplete is an Indian postal code, not a PIN.
    expect(verdict(named("pinCode", { attrs: { autocomplete: "postal-code" } }))).toBeNull();
    expect(verdict(named("pinCode", { attrs: { autocomplete: "postal-code" } }), { enabled: new Set(["address"]) })).toEqual({ category: "address", evidence: 'autocomplete="postal-code"' });
    expect(verdict(named("nickname", { attrs: { autocomplete: "cc-number" } }))).toEqual({ category: "payment-card", evidence: 'autocomplete="cc-number"' });
  });

  it("treats autocomplete=off and unknown tokens as no evidence", () => {
    expect(classifyField(field({ attrs: { autocomplete: "off" } }))).toEqual([]);
    expect(classifyField(field({ attrs: { autocomplete: "nope" } }))).toEqual([]);
    expect(verdict(named("cvc", { attrs: { autocomplete: "off" } }))).toEqual({ category: "payment-auth", evidence: 'name "cvc"' });
  });

  it("reads autocomplete=new-password on a text field named for something else as autofill turned off", () => {
    // The trick that stops browsers autofilling a field: a postal code, a street.
    expect(verdict({ attrs: { autocomplete: "new-password", placeholder: "郵便番号" } })).toBeNull();
    expect(verdict(named("address.addr1", { attrs: { autocomplete: "new-password" } }))).toBeNull();
    // Still a password: a password input, an unnamed field, a dynamic type, a field named for a password.
    expect(verdict(named("pw", { attrs: { type: "password", autocomplete: "new-password" } }))?.category).toBe("credential");
    expect(verdict({ attrs: { autocomplete: "new-password" } })).toEqual({ category: "credential", evidence: 'autocomplete="new-password"' });
    expect(verdict(named("secret", { attrs: { autocomplete: "current-password" } }))).toEqual({ category: "credential", evidence: 'autocomplete="current-password"' });
    expect(verdict(named("newPassword", { attrs: { autocomplete: "new-password" } }))?.category).toBe("credential");
  });

  it("prefers the longer, more specific match", () => {
    // An ID card's number is an ID, not a payment card.
    expect(verdict(named("idCardNumber"))?.category).toBe("government-id");
    expect(verdict(named("cardholderName"))?.category).toBe("payment-card");
  });
});

describe("whole tokens, compounds and bigrams", () => {
  it.each([
    ["spinner"], ["pinned"], ["pinterest"], ["adobeId"], ["businessName"], ["experience"], ["passenger"],
    ["compass"], ["discard"], ["wildcard"], ["scorecard"], ["ssid"], ["routingRules"], ["singleSignOn"],
  ])("finds nothing in %s", (name) => {
    expect(verdict(named(name))).toBeNull();
  });

  it("matches run-together compounds and bigrams in any order", () => {
    expect(verdict(named("cardnumber"))).toEqual({ category: "payment-card", evidence: 'name "cardnumber"' });
    expect(verdict(named("expmonth"))?.category).toBe("payment-card");
    expect(verdict(named("number_of_card"))?.category).toBe("payment-card");
    expect(verdict(named("security_answer"))?.category).toBe("credential");
  });

  it("reads a holder as the cardholder only in a card form", () => {
    expect(verdict(named("titular"), {})).toBeNull();
    expect(verdict(named("titular"), { cardContext: true })?.category).toBe("payment-card");
    expect(verdict({ labels: ["Nom du titulaire"] })).toBeNull();
    expect(verdict({ labels: ["Nom du titulaire"] }, { cardContext: true })?.category).toBe("payment-card");
    expect(verdict({ labels: ["Nom sur la carte"] })?.category).toBe("payment-card");
    // OpenCart's `cc_owner` and "Card Owner" in a card form; alone, `cc_owner` may copy an e-mail to an owner.
    expect(verdict(named("cc_owner"), { cardContext: true })?.category).toBe("payment-card");
    expect(verdict({ labels: ["Card Owner"] }, { cardContext: true })?.category).toBe("payment-card");
    expect(verdict(named("cc_owner"), {})).toBeNull();
    expect(verdict({ labels: ["Account owner"] }, { cardContext: true })).toBeNull();
  });

  it("reads a card account's terms and the cardholder's email as no card data", () => {
    expect(verdict(named("credit-card-number"))?.category).toBe("payment-card");
    expect(verdict(named("cardholder-name"))?.category).toBe("payment-card");
    // Traps: a personal-finance app's credit limit and interest rate, a Stripe form's email for the receipt.
    expect(verdict(named("credit-card-limit"))).toBeNull();
    expect(verdict(named("credit-card-interest-rate"))).toBeNull();
    expect(verdict(named("cardholder-email"))).toBeNull();
  });

  it("reads other spellings of passport and plural diseases", () => {
    expect(verdict(named("pasport_no"))?.category).toBe("government-id");
    expect(verdict(named("pasaportNo"))?.category).toBe("government-id");
    expect(verdict(named("passport_surname"))).toBeNull();
    expect(verdict(named("passport_dob"))?.category).toBe("date-of-birth");
    // Where and by whom a passport was issued is not its number (Indonesian: wilayah terbit, region of issue).
    expect(verdict(named("nmrPasporRI"))?.category).toBe("government-id");
    expect(verdict(named("wlyTerbitPasporRI"))).toBeNull();
    expect(verdict(named("passportPlaceOfIssue"))).toBeNull();
    // The number of a Moroccan or Tunisian national identity card (CIN); an Indian company's CIN alone is not.
    expect(verdict({ labels: ["Entrez le numéro de CIN :"] })?.category).toBe("government-id");
    expect(verdict(named("numCin"))?.category).toBe("government-id");
    expect(verdict({ labels: ["CIN"] })).toBeNull();
    expect(verdict(named("passport_issuing_authority"))).toBeNull();
    // When it expires is not its number; its series and number are.
    expect(verdict(named("passport_endDate"))).toBeNull();
    expect(verdict({ labels: ["Passport expiry date"] })).toBeNull();
    expect(verdict(named("passport_series_number"))?.category).toBe("government-id");
    // A Chinese form's "ID document number"; the document's type is no number.
    expect(verdict({ labels: ["证件号码"] })?.category).toBe("government-id");
    expect(verdict({ labels: ["证件类型"] })).toBeNull();
    expect(verdict(named("diseases"))?.category).toBe("health");
    expect(verdict(named("Immunizations"))?.category).toBe("health");
    expect(verdict(named("labResult"))?.category).toBe("health");
    // A test run's results are no lab results.
    expect(verdict(named("testResults"))).toBeNull();
    // A card's number in Spanish and French identifiers, within a longer compound too; a ticket number is not.
    expect(verdict(named("InputNumeroTarjeta"))?.category).toBe("payment-card");
    expect(verdict(named("numTarjeta"))?.category).toBe("payment-card");
    expect(verdict(named("numCarte"))?.category).toBe("payment-card");
    expect(verdict(named("numeroTicket"))).toBeNull();
    expect(verdict(named("bankRekening"))?.category).toBe("bank-account");
    expect(verdict({ labels: ["Bankrekeningnummer"] })?.category).toBe("bank-account");
    expect(verdict(named("rekeningTotaal"))).toBeNull();
    // A payroll form's current account in Spanish, Portuguese, Italian and French; its balance is no account number.
    expect(verdict({ labels: ["Cuenta corriente:"] })?.category).toBe("bank-account");
    expect(verdict({ labels: ["Compte courant"] })?.category).toBe("bank-account");
    expect(verdict(named("conta_corrente"))?.category).toBe("bank-account");
    expect(verdict(named("saldoCuentaCorriente"))).toBeNull();
    expect(verdict(named("BankAccountUsage"))).toBeNull();
    // An attendance card or an RFID badge is neither a payment card nor an identity card.
    expect(verdict(named("attendenceCardId"))).toBeNull();
    expect(verdict(named("attendanceCardNo"))).toBeNull();
    expect(verdict(named("rfidCardNumber"))).toBeNull();
    expect(verdict(named("idCardNumber"))?.category).toBe("government-id");
    expect(verdict(named("accountPurpose"))).toBeNull();
    expect(verdict({ labels: ["Bank Account Name"], attrs: { name: "bankHolderName" } })?.category).not.toBe("bank-account");
    expect(verdict({ labels: ["Bank Account Number"] })?.category).toBe("bank-account");
    expect(verdict(named("bankNumber"))?.category).toBe("bank-account");
    expect(verdict(named("bankNumberType"))).toBeNull();
    expect(verdict({ labels: ["Saldo conto corrente"] })).toBeNull();
    // A user account's phone number is no account number; the account's own number still is.
    expect(verdict(named("account[phone][number]"))?.category).not.toBe("bank-account");
    expect(verdict(named("accountMobileNumber"))?.category).not.toBe("bank-account");
    expect(verdict(named("account[number]"))?.category).toBe("bank-account");
    // eWAY's run-together card verification number; Indonesian patient forms' short blood group; a patient's race.
    expect(verdict(named("EWAY_CARDCVN"))?.category).toBe("payment-auth");
    expect(verdict(named("golDarah"))?.category).toBe("health");
    expect(verdict({ labels: ["Gol. Darah"] })?.category).toBe("health");
    expect(verdict({ labels: ["Patient Race"] })?.category).toBe("special-category");
    expect(verdict({ labels: ["Race"] })).toBeNull();
    expect(verdict({ labels: ["Race category"] })).toBeNull();
    // Nigeria's national identification number, as a whole identifier; inside another name it needs a companion.
    expect(verdict(named("nin"))?.category).toBe("government-id");
    expect(verdict(named("nin_count"))).toBeNull();
    expect(verdict({ labels: ["No. afiliación IMSS"] })?.category).toBe("government-id");
    // What an account holds is no account number.
    expect(verdict({ attrs: { placeholder: "Enter bank account balance" } })).toBeNull();
    expect(verdict({ attrs: { placeholder: "Enter bank account number" } })?.category).toBe("bank-account");
    // The bank an account is held at (`accountBank`, China's 开户行) is no account number; the account is.
    expect(verdict(named("accountBank"))).toBeNull();
    expect(verdict(named("account_bank_no"))?.category).toBe("bank-account");
    // A RIB is the whole French (Tunisian, Moroccan) account identifier, not a routing code.
    expect(verdict(named("rib"))?.category).toBe("bank-account");
    expect(verdict({ labels: ["RIB"] })?.category).toBe("bank-account");
    expect(verdict(named("ribbonColor"))).toBeNull();
    expect(verdict(named("passportal"))).toBeNull();
    expect(verdict(named("pasportalUrl"))).toBeNull();
  });

  it("reads a patient's history by kind, a dental questionnaire's conditions and Catalan health forms", () => {
    expect(verdict({ labels: ["Drug History"] })?.category).toBe("health");
    // French health status; an order's status is not.
    expect(verdict({ labels: ["État de santé"] })?.category).toBe("health");
    expect(verdict(named("siutationSanitaire", { labels: ["Situation sanitaire"] }))?.category).toBe("health");
    expect(verdict(named("etatSante"))?.category).toBe("health");
    expect(verdict(named("etatCommande", { labels: ["État de la commande"] }))).toBeNull();
    // A patient's medical record number (Indonesian "No Rekam Medis"); a record label is not.
    expect(verdict(named("no_rm", { labels: ["No Rekam Medis"] }))?.category).toBe("health");
    expect(verdict(named("medicalRecordNo"))?.category).toBe("health");
    expect(verdict(named("recordLabel", { labels: ["Record label"] }))).toBeNull();
    // Vitals beside the blood pressure; a heart icon's rating is not one.
    expect(verdict({ labels: ["Heart Rate"] })?.category).toBe("health");
    expect(verdict(named("bloodSugar"))?.category).toBe("health");
    expect(verdict(named("heartRating"))).toBeNull();
    expect(verdict(named("personalGeneralHealth", { labels: ["Personal General Health"] }))?.category).toBe("health");
    expect(verdict(named("medicationHistory"))?.category).toBe("health");
    expect(verdict(named("drugUse"))?.category).toBe("health");
    expect(verdict(named("bleedingProblems"))?.category).toBe("health");
    expect(verdict(named("respiratoryProblems"))?.category).toBe("health");
    expect(verdict({ labels: ["Personal Ocular Health"] })?.category).toBe("health");
    expect(verdict(named("dentalHealth"))?.category).toBe("health");
    expect(verdict({ labels: ["Medical aid number"] })?.category).toBe("health");
    expect(verdict({ labels: ["DO YOU USE ALCOHOL, COCAINE, OR OTHER DANGEROUS DRUGS?"] })?.category).toBe("health");
    expect(verdict({ labels: ["Grup sanguini"] })?.category).toBe("health");
    expect(verdict({ labels: ["Data de naixement"] })?.category).toBe("date-of-birth");
    expect(verdict({ labels: ["Número de targeta"] })?.category).toBe("payment-card");
    // Traps: a commit history, a browser history, a user's drug order in a pharmacy shop, the health of a service.
    expect(verdict(named("commitHistory"))).toBeNull();
    expect(verdict({ labels: ["Order history"] })).toBeNull();
    expect(verdict(named("drugName"))).toBeNull();
    expect(verdict({ labels: ["Service health"] })).toBeNull();
    expect(verdict(named("generalSettings"))).toBeNull();
    expect(verdict({ labels: ["Eye color"] })).toBeNull();
    expect(verdict({ labels: ["First aid kit"] })).toBeNull();
  });

  it("reads Arabic, Persian, Hebrew and Vietnamese identity, birth-date and code labels", () => {
    expect(verdict({ labels: ["کد ملی"] })?.category).toBe("government-id");
    expect(verdict({ labels: ["رقم الهوية"] })?.category).toBe("government-id");
    expect(verdict({ labels: ["ת.ז"] })?.category).toBe("government-id");
    expect(verdict({ labels: ["Số CMND *"] })?.category).toBe("government-id");
    expect(verdict({ labels: ["患者身份证"] })?.category).toBe("government-id");
    expect(verdict({ labels: ["تاريخ الميلاد"] })?.category).toBe("date-of-birth");
    expect(verdict({ labels: ["Ngày sinh"] })?.category).toBe("date-of-birth");
    // The year of birth: a medical declaration asks for it alone.
    expect(verdict({ labels: ["Năm sinh"] })?.category).toBe("date-of-birth");
    // Trap: a year of manufacture.
    expect(verdict({ labels: ["Năm sản xuất"] })).toBeNull();
    expect(verdict({ labels: ["رمز التحقق"] })?.category).toBe("one-time-code");
    expect(verdict({ labels: ["שם פרטי"] })).toBeNull();
    expect(verdict({ labels: ["رقم الهاتف"] })).toBeNull();
    expect(verdict({ labels: ["Số lượng"] })).toBeNull();
  });

  it("reads an insurance number or a member ID as health data only in a form that asks about health", () => {
    expect(verdict(named("insuranceNumber"), { healthContext: true })?.category).toBe("health");
    expect(verdict({ labels: ["Insurance Member ID"] }, { healthContext: true })?.category).toBe("health");
    expect(verdict({ labels: ["Número de Póliza de Seguro"] }, { healthContext: true })?.category).toBe("health");
    // Under strict, anywhere, as the reference's strict-only entries.
    expect(verdict(named("insuranceNumber"), { weakSignals: true })?.category).toBe("health");
    // Traps: the same words outside a health form (a car insurer, a gym), a life insurer's bare policy number.
    expect(verdict(named("insuranceNumber"))).toBeNull();
    expect(verdict({ labels: ["Member ID"] })).toBeNull();
    expect(verdict({ labels: ["Policy Number"] }, { healthContext: true })).toBeNull();
  });

  it("reads smoking, alcohol, a test result and a treatment (in other languages) as health data only in a form that asks about health", () => {
    expect(verdict({ labels: ["Smoker"] }, { healthContext: true })?.category).toBe("health");
    expect(verdict(named("hasta_sigara"), { healthContext: true })?.category).toBe("health");
    expect(verdict({ labels: ["Alkol:"] }, { healthContext: true })?.category).toBe("health");
    expect(verdict(named("testResult"), { healthContext: true })?.category).toBe("health");
    expect(verdict({ labels: ["Tratamiento:"] }, { healthContext: true })?.category).toBe("health");
    expect(verdict(named("traitement"), { healthContext: true })?.category).toBe("health");
    expect(verdict(named("Pain_Scale"), { healthContext: true })?.category).toBe("health");
    expect(verdict({ labels: ["How often do you feel this pain?"] }, { healthContext: true })?.category).toBe("health");
    // A product survey's pain points, outside a health form.
    expect(verdict({ labels: ["What is your biggest pain point?"] })).toBeNull();
    // Traps: a rental application's smoker question, a shop's alcohol preference, a quiz's test result,
    // a salon's treatment ("Tratamiento capilar") outside a health form.
    expect(verdict({ labels: ["Tratamiento capilar"] })).toBeNull();
    expect(verdict({ labels: ["Smoker"] })).toBeNull();
    expect(verdict(named("alcohol"))).toBeNull();
    expect(verdict(named("testResult"))).toBeNull();
  });

  it("tells a document's other dates and India's postal PIN from the data itself", () => {
    // Vietnamese: the identity card's number, not the day or place it was issued.
    expect(verdict({ labels: ["Thẻ CMND:"] })?.category).toBe("government-id");
    expect(verdict({ labels: ["Ngày cấp thẻ:"], attrs: { name: "ngaycapcmnd", placeholder: "Ngày cấp CMND ....." } })).toBeNull();
    expect(verdict({ labels: ["Nơi cấp"], attrs: { name: "noicap" } })).toBeNull();
    // Vietnamese personal records: the ethnic group and the religion; a plain "Dân số" (population) is neither.
    expect(verdict({ labels: ["Dân tộc"], attrs: { name: "dantoc" } })?.category).toBe("special-category");
    expect(verdict({ labels: ["Tôn giáo"] })?.category).toBe("special-category");
    expect(verdict(named("tongiao"))?.category).toBe("special-category");
    expect(verdict({ labels: ["Dân số"], attrs: { name: "danso" } })).toBeNull();
    // A matrimony profile's sub-caste and a dating profile's `sexual_ori`; where an ID card was issued is not its number.
    expect(verdict(named("subcaste"))?.category).toBe("special-category");
    expect(verdict(named("sexual_ori"))?.category).toBe("special-category");
    // A document number counts after a choice of identity document; alone it may be an invoice's.
    expect(verdict({ labels: ["Номер документа"] }, { documentContext: true })?.category).toBe("government-id");
    expect(verdict({ labels: ["Document ID"] }, { documentContext: true })?.category).toBe("government-id");
    expect(verdict({ labels: ["Номер документа"] })).toBeNull();
    expect(verdict({ labels: ["Document ID"] })).toBeNull();
    // A passenger's reduced mobility is a disability; a robot's or a plan's limits are not.
    expect(verdict({ labels: ["ограниченная подвижность"], attrs: { type: "checkbox" } })?.category).toBe("health");
    expect(verdict(named("limited_mobility", { attrs: { type: "checkbox" } }))?.category).toBe("health");
    expect(verdict({ labels: ["Passager à mobilité réduite"] })?.category).toBe("health");
    expect(verdict({ labels: ["Limited offer"] })).toBeNull();
    expect(verdict(named("mobility_plan"))).toBeNull();
    expect(verdict({ labels: ["ID Card Origin"], attrs: { id: "IdCardOrigin" } })).toBeNull();
    expect(verdict({ labels: ["ID Card Number"], attrs: { id: "IdCardNumber" } })?.category).toBe("government-id");
    expect(verdict({ labels: ["Passport Picture"], attrs: { id: "passport_picture" } })).toBeNull();
    expect(verdict(named("id_photo_url"))).toBeNull();
    // "Pincode" is India's postal code; a PIN written apart is still a secret.
    expect(verdict({ labels: ["Pincode:"], attrs: { name: "Pin" } })).toBeNull();
    expect(verdict({ labels: ["PIN"], attrs: { name: "pin" } })?.category).toBe("credential");
    // A driving licence or passport expires too; a card's expiry month is still a card's.
    expect(verdict(named("driver_driving_license_expiration_date_month"))).toBeNull();
    expect(verdict(named("passport_expiry_month"), { cardContext: true })).toBeNull();
    expect(verdict(named("card_expiration_date_month"))?.category).toBe("payment-card");
    expect(verdict(named("expiration_date_month"))?.category).toBe("payment-card");
    // Turkish: a card's "last date" is its expiry; elsewhere a deadline.
    expect(verdict(named("son_tarih"), { cardContext: true })?.category).toBe("payment-card");
    expect(verdict(named("son_tarih"))).toBeNull();
  });

  it("reads disabilities, impairments and developmental disorders (a school's learning-support form), mental-health screening items, and Brazil's Cor/Raça", () => {
    expect(verdict({ labels: ["Hearing impairment"] })?.category).toBe("health");
    expect(verdict(named("languageDisorder"))?.category).toBe("health");
    expect(verdict({ labels: ["Autism"] })?.category).toBe("health");
    expect(verdict(named("nDeficienciaHabilidades"))?.category).toBe("health");
    expect(verdict({ labels: ["Cor/Raça do Aluno:"] })?.category).toBe("special-category");
    // Mental-health screening items (GAD-7, PHQ-9) and risk questions.
    expect(verdict({ labels: ["Feeling nervous, anxious or on edge"] })?.category).toBe("health");
    expect(verdict({ labels: ["Feeling down, depressed, or hopeless"] })?.category).toBe("health");
    expect(verdict({ labels: ["Thoughts of self-harm"] })?.category).toBe("health");
    expect(verdict({ labels: ["Self-service portal"] })).toBeNull();
    expect(verdict({ labels: ["Harm reduction programme"] })).toBeNull();
    // An intake's ongoing medical issues; a urinary-tract questionnaire's symptoms.
    expect(verdict({ labels: ["Any ongoing medical issues?"] })?.category).toBe("health");
    expect(verdict({ labels: ["Pain, burning or discomfort while urinating"] })?.category).toBe("health");
    expect(verdict({ labels: ["Technical issues"] })).toBeNull();
    // Traps: an accounting impairment, a disorder of files; where a person was born is no birth date.
    expect(verdict({ labels: ["Asset impairment"] })).toBeNull();
    expect(verdict(named("sortDisorder"))).toBeNull();
    expect(verdict({ labels: ["Município de Nascimento:"] })).toBeNull();
    expect(verdict(named("nUfNascimento"))).toBeNull();
    // Turkish: "Doğum Tarihi" is the birth date, "Doğum Yeri" the place of birth, also under the date's caption.
    expect(verdict({ labels: ["Doğum Tarihi:"] })?.category).toBe("date-of-birth");
    expect(verdict({ labels: ["Doğum Tarihi:"], attrs: { name: "dogumyeri", placeholder: "DOĞUM YERİNİ YAZIN..." } })).toBeNull();
    expect(verdict({ labels: ["Doğum Tarihi:"], attrs: { name: "dogum_yeri" } })).toBeNull();
  });

  it("reads an employee's religion or ethnicity on an HR form, and the Hispanic/Latino question; an employee orientation is no sexual orientation", () => {
    expect(verdict(named("employeeReligion"))?.category).toBe("special-category");
    expect(verdict(named("employee_ethnicity"))?.category).toBe("special-category");
    expect(verdict(named("employeeOrientation"))).toBeNull();
    // The self-identification form's ethnicity question.
    expect(verdict({ labels: ["Are you Hispanic/Latino?"] })?.category).toBe("special-category");
    expect(verdict(named("hispanic"))?.category).toBe("special-category");
    // Trap: Latin music or a Latin-American Spanish locale is no ethnicity.
    expect(verdict({ labels: ["Latino music playlist"] })).toBeNull();
    expect(verdict(named("spanishLatinAmerica"))).toBeNull();
    expect(verdict(named("employeeOrientation"), { weakSignals: true })).toBeNull();
    expect(verdict(named("onboardingOrientation"), { weakSignals: true })).toBeNull();
  });

  it("reads conditions and medication in Spanish and Turkish", () => {
    expect(verdict({ attrs: { placeholder: "¿Cual medicamento?" } })?.category).toBe("health");
    expect(verdict(named("alergenos[]"))?.category).toBe("health");
    expect(verdict({ labels: ["Diyabet:"] })?.category).toBe("health");
    expect(verdict(named("hasta_hepatit"))?.category).toBe("health");
    // Trap: a medicine's price in a pharmacy's product form.
    expect(verdict(named("precio_medicamento_fee"))).toBeNull();
  });

  it("reads an identification number as a person's ID document number", () => {
    expect(verdict({ labels: ["Identification Number"] })?.category).toBe("government-id");
    expect(verdict(named("identificationNumber"))?.category).toBe("government-id");
    expect(verdict({ labels: ["Número de Identificación"] })?.category).toBe("government-id");
    // Traps: a car's VIN, a company's EIN, a product's identification number.
    expect(verdict({ labels: ["Vehicle Identification Number"] })).toBeNull();
    expect(verdict({ labels: ["Employer Identification Number"] })).toBeNull();
    expect(verdict(named("productIdentificationNumber"))).toBeNull();
  });

  it("reads Malaysia's IC number and India's PAN written as an ID", () => {
    expect(verdict({ labels: ["IC Number *"] })?.category).toBe("government-id");
    expect(verdict(named("ic_no"))?.category).toBe("government-id");
    expect(verdict({ labels: ["PAN ID:"] })?.category).toBe("government-id");
    expect(verdict(named("panid"))?.category).toBe("government-id");
    // Traps: an integrated circuit's part, a frying pan, an icon.
    expect(verdict({ labels: ["IC package"] })).toBeNull();
    expect(verdict(named("panSize"))).toBeNull();
    expect(verdict(named("iconName"))).toBeNull();
    // A passport's "personal number" is the national ID, but staff numbers share the words: strict only.
    expect(verdict({ labels: ["Персональный номер"] })).toBeNull();
    expect(verdict({ labels: ["Персональный номер"] }, { weakSignals: true })?.category).toBe("government-id");
  });

  it("reads blood types, health cards, diagnoses, heart beats and COVID tests in patient forms", () => {
    expect(verdict({ labels: ["Tipo de sangre"] })?.category).toBe("health");
    expect(verdict({ labels: ["Cartão nacional de saúde"] })?.category).toBe("health");
    expect(verdict({ labels: ["Ön Tanı"] })?.category).toBe("health");
    expect(verdict({ labels: ["Heart Beat"] })?.category).toBe("health");
    expect(verdict(named("covidTestResult"))?.category).toBe("health");
    expect(verdict({ labels: ["COVID-19 test result"] })?.category).toBe("health");
    expect(verdict(named("treatment"))?.category).toBe("health");
    expect(verdict({ labels: ["Do you consume alcohol?"] })?.category).toBe("health");
    expect(verdict(named("alcoholConsumption"))?.category).toBe("health");
    expect(verdict({ labels: ["Personal Medical Information: Do you have problems with any of these systems?"] })?.category).toBe("health");
    expect(verdict({ labels: ["Are you in good health?"] })?.category).toBe("health");
    expect(verdict(named("smoking_status"))?.category).toBe("health");
    // Traps: a server's heartbeat, a Turkish word that only starts like "tanı" (tanım, a definition),
    // a COVID-19 notice's title, a patient's consent to treatment, a rental application's smoking
    // question, a hotel room's smoking preference, a company's information, a wine shop's alcohol content.
    expect(verdict(named("heartbeatInterval"))).toBeNull();
    expect(verdict({ labels: ["Tanım"] })).toBeNull();
    expect(verdict({ labels: ["COVID-19 policy"] })).toBeNull();
    expect(verdict(named("treatmentConsent"))).toBeNull();
    expect(verdict({ labels: ["Do you smoke?"] })).toBeNull();
    expect(verdict({ labels: ["Smoking room"] })).toBeNull();
    expect(verdict({ labels: ["Company information"] })).toBeNull();
    expect(verdict(named("alcoholContent"))).toBeNull();
  });

  it("reads a pathology form's yes/no switches, a patient's vitals in other languages and Hong Kong's ID", () => {
    expect(verdict(named("is_diabetic"))?.category).toBe("health");
    expect(verdict(named("is_epileptic"))?.category).toBe("health");
    expect(verdict(named("allergic"))?.category).toBe("health");
    expect(verdict({ labels: ["Groupe Sanguin"] })?.category).toBe("health");
    expect(verdict({ labels: ["Pression Artérielle"] })?.category).toBe("health");
    expect(verdict({ labels: ["Have you had a heart attack within the last 6 months?"] })?.category).toBe("health");
    expect(verdict(named("blutgruppe"))?.category).toBe("health");
    // A travel medical form's senses and injuries.
    expect(verdict(named("visionProblem"))?.category).toBe("health");
    expect(verdict(named("earProblem"))?.category).toBe("health");
    expect(verdict(named("colorBlind"))?.category).toBe("health");
    expect(verdict(named("fractures"))?.category).toBe("health");
    expect(verdict(named("dislocations"))?.category).toBe("health");
    // A donor's screening questions.
    expect(verdict({ labels: ["In the last 12 months have you received blood, blood products or an organ or tissue transplant"] })?.category).toBe("health");
    expect(verdict({ labels: ["Do you have or have you had unexplained enlarged lymph nodes?"] })?.category).toBe("health");
    expect(verdict({ labels: ["Has your baby had frequent infections?"] })?.category).toBe("health");
    expect(verdict({ labels: ["Was your baby jaundiced?"] })?.category).toBe("health");
    // Trap: a pet's infections are no person's health data.
    expect(verdict({ labels: ["Has your pet had ear infections?"] })).toBeNull();
    // Traps: a company's vision, a carrier's status, a colour picker's blind spot are no health data.
    expect(verdict(named("visionStatement"))).toBeNull();
    expect(verdict(named("carrierStatus"))).toBeNull();
    expect(verdict(named("problemDescription"))).toBeNull();
    expect(verdict(named("windowBlind"))).toBeNull();
    expect(verdict(named("hkid"))?.category).toBe("government-id");
    expect(verdict({ labels: ["HKID"] })?.category).toBe("government-id");
    expect(verdict({ labels: ["Any Health Challenges?"] })?.category).toBe("health");
    expect(verdict(named("healthIssueDescription"))?.category).toBe("health");
    // Bootstrap's example ids say nothing: their "check" is no health check.
    expect(verdict(named("healthConditions", { attrs: { id: "defaultCheck1", type: "checkbox" } }))?.category).toBe("health");
    expect(verdict(named("healthConditions", { attrs: { id: "flexSwitchCheckChecked", type: "checkbox" } }))?.category).toBe("health");
    expect(verdict(named("medications", { attrs: { id: "healthCheck" } }))).toBeNull();
    // Bootstrap's example inputs' ids, pasted onto every field of a form, hold no email or password.
    expect(verdict({ labels: ["date of birth"], attrs: { id: "exampleInputEmail1", type: "date" } })?.category).toBe("date-of-birth");
    expect(verdict({ labels: ["Card number"], attrs: { id: "exampleInputPassword1" } })?.category).toBe("payment-card");
    expect(verdict({ labels: ["Passport number"], attrs: { id: "floatingInput" } })?.category).toBe("government-id");
    // Trap: an id that only starts like them still names its field.
    expect(verdict({ attrs: { id: "exampleInputCardNumber" } })?.category).toBe("payment-card");
    // Russian bank details abbreviate the settlement account.
    expect(verdict({ labels: ["Р/С"] })?.category).toBe("bank-account");
    expect(verdict({ labels: ["Расчетный счет"] })?.category).toBe("bank-account");
    // Greek, Czech and Slovak identity numbers and birth dates; Greece's tax number only in context.
    expect(verdict({ labels: ["Α.Μ.Κ.Α"] })?.category).toBe("government-id");
    expect(verdict({ labels: ["ΑΜΚΑ"] })?.category).toBe("government-id");
    expect(verdict(named("amka"))?.category).toBe("government-id");
    expect(verdict({ labels: ["Αρ.Ταυτότητας"] })?.category).toBe("government-id");
    expect(verdict({ labels: ["Ημ. γέννησης"] })?.category).toBe("date-of-birth");
    expect(verdict({ labels: ["Číslo dokladu (občiansky preukaz alebo pas)"] })?.category).toBe("government-id");
    expect(verdict({ labels: ["Α.Φ.Μ"] })).toBeNull();
    expect(verdict({ labels: ["Α.Φ.Μ"] }, { weakSignals: true })?.category).toBe("government-id");
    expect(verdict({ labels: ["Ταυτότητα προϊόντος"] })).toBeNull();
    // An animal's birth date and medication are not a person's; the owner's still are.
    expect(verdict(named("pet_birthdate"))).toBeNull();
    expect(verdict({ labels: ["If your pet has medication, describe it"] })).toBeNull();
    expect(verdict(named("owner_birthdate"))?.category).toBe("date-of-birth");
    // Traps: hypoallergenic products, a product group, a heart icon, a blood orange.
    expect(verdict(named("hypoallergenic"))).toBeNull();
    expect(verdict(named("productGroup"))).toBeNull();
    expect(verdict({ labels: ["Heart this post"] })).toBeNull();
    expect(verdict({ labels: ["Blood orange"] })).toBeNull();
  });

  it("needs a companion or the whole identifier for ambiguous short tokens", () => {
    expect(verdict(named("cc"))).toBeNull();
    expect(verdict(named("ccNumber"))?.category).toBe("payment-card");
    expect(verdict(named("pin"))?.category).toBe("credential");
    expect(verdict(named("newPin"))?.category).toBe("credential");
    expect(verdict(named("pinColor"))).toBeNull();
    expect(verdict(named("pan"))?.category).toBe("government-id");
    expect(verdict(named("dni"))?.category).toBe("government-id");
    expect(verdict(named("dniDays"))).toBeNull();
    expect(verdict(named("pass"))?.category).toBe("credential");
    expect(verdict(named("boardingPass"))).toBeNull();
    expect(verdict(named("code"))).toBeNull();
    expect(verdict(named("verificationCode"))?.category).toBe("one-time-code");
    // "2FA" written in camel case splits as two+fa: the compound says it.
    expect(verdict(named("twoFACode"))?.category).toBe("one-time-code");
    expect(verdict(named("twoFa"))?.category).toBe("one-time-code");
    expect(verdict(named("twoFaces"))).toBeNull();
    // A code by its length, and a sign-in code in Spanish; a postal code is neither.
    expect(verdict({ labels: ["Enter your four-digit code."] })?.category).toBe("one-time-code");
    expect(verdict({ labels: ["Código de autenticación"] })?.category).toBe("one-time-code");
    expect(verdict({ labels: ["Código postal"] })).toBeNull();
    expect(verdict(named("key"))).toBeNull();
    expect(verdict(named("apiKey"))?.category).toBe("credential");
  });
});

describe("modifiers", () => {
  it.each([
    ["giftCardMessage"], ["cardTitle"], ["cardType"], ["taxRate"], ["captchaSecurityCode"], ["couponExpiry"],
    ["healthCheck"], ["passwordMinLength"], ["publicKey"], ["birthdayMessage"], ["promoCode"], ["expYears"],
    ["memberCardNumber"], ["clubCardNo"],
  ])("a negative modifier suppresses the match in %s", (name) => {
    expect(verdict(named(name), { cardContext: true })).toBeNull();
  });

  it("a negative modifier in an identifier suppresses the label too", () => {
    expect(verdict({ attrs: { name: "giftCardNumber" }, labels: ["Card number"] })).toBeNull();
    // A loyalty card's input in a shop, labelled only "Card Number" (found in real code).
    expect(verdict({ attrs: { id: "member-number" }, labels: ["Card Number"] })).toBeNull();
    expect(verdict({ attrs: { id: "memberCard" }, labels: ["Member Card Number (Optional)"] })).toBeNull();
    expect(verdict({ attrs: { id: "cc-number" }, labels: ["Card Number"] })?.category).toBe("payment-card");
  });

  it("a form model's name in brackets carries no modifiers; the field's own key does", () => {
    // "order" negates bank-account ("order number"), but here it is the Rails model of the form.
    expect(verdict(named("order[account_number]"))?.category).toBe("bank-account");
    expect(verdict(named("order_account_number"))).toBeNull();
    expect(verdict(named("payment[gift_card_number]"))).toBeNull();
    // A key of its own words names its own field: the bank's name and city in an account form.
    expect(verdict({ identifiers: ["account.name_bank"] })).toBeNull();
    expect(verdict({ identifiers: ["account.city_bank"] })).toBeNull();
    expect(verdict({ identifiers: ["bank.account_number"] })?.category).toBe("bank-account");
    // The model's words still count as evidence: Stripe-style `card[number]`.
    expect(verdict(named("card[number]"))?.category).toBe("payment-card");
  });

  it("a downgrade modifier turns a match strict-only", () => {
    const strictOnly = (name: string) => classifyField(field(named(name))).every((s) => s.strictOnly);
    expect(strictOnly("giftCardNumber")).toBe(true);
    expect(strictOnly("companyTaxId")).toBe(true);
    expect(strictOnly("passportExpiry")).toBe(true);
    expect(verdict(named("companyTaxId"))).toBeNull();
    expect(verdict(named("companyTaxId"), { weakSignals: true })?.category).toBe("government-id");
  });

  it("reads a label's other words as context when it also names what the field's name says", () => {
    // Shopify's recover-password form and Bitwarden's two-factor e-mail setup: e-mail fields.
    expect(verdict({ attrs: { name: "email", type: "email" }, labels: ["customer.recover_password.email"] })).toBeNull();
    expect(verdict({ attrs: { formcontrolname: "email" }, labels: ["1. twoFactorEmailEnterEmail"] })).toBeNull();
    // The label still decides when it does not name the field's own kind, or names only it.
    expect(verdict({ attrs: { formcontrolname: "token" }, labels: ["2. twoFactorEmailEnterCode"] })?.category).toBe("one-time-code");
    expect(verdict({ attrs: { name: "email" }, labels: ["Password"] })?.category).toBe("credential");
    expect(verdict({ attrs: { name: "password" }, labels: ["Password for your e-mail account"] })?.category).toBe("credential");
    // A phrase that spans the whole label stays: a name field labelled "name on card" is the cardholder.
    expect(verdict({ attrs: { name: "imieNazwisko" }, labels: ["Imię i nazwisko na karcie"] })?.category).toBe("payment-card");
  });

  it("reads a label's parenthesised aside only when the rest says nothing", () => {
    expect(verdict({ labels: ["Full name (as on passport)"] })).toBeNull();
    expect(verdict({ labels: ["Security code (CVV)"] })).toEqual({ category: "payment-auth", evidence: 'label "Security code (CVV)"' });
    expect(verdict({ labels: ["Kontonummer (IBAN)"] })?.category).toBe("bank-account");
  });
});

describe("labels", () => {
  it.each([
    ["Kartennummer", "payment-card"],
    ["Numéro de carte", "payment-card"],
    ["Número de tarjeta", "payment-card"],
    ["Numero carta", "payment-card"],
    ["Número do cartão", "payment-card"],
    ["Kaartnummer", "payment-card"],
    ["Numer karty", "payment-card"],
    ["Kortnummer", "payment-card"],
    ["カード番号", "payment-card"],
    ["身份证号码", "government-id"],
    ["Card #", "payment-card"],
    ["Social Sec. Number:", "government-id"],
  ])("matches %s", (label, category) => {
    expect(verdict({ labels: [label] })?.category).toBe(category);
  });

  it("reads the abbreviated \"Social Sec.\" only before a number", () => {
    expect(verdict({ labels: ["Soc. Sec. No."] })?.category).toBe("government-id");
    expect(verdict({ labels: ["Social media handle"] })).toBeNull();
    expect(verdict({ labels: ["Sec. contact number"] })).toBeNull();
  });

  it("matches short single-word phrases only in capitals or as the whole label", () => {
    expect(verdict({ labels: ["DNI"] })?.category).toBe("government-id");
    expect(verdict({ labels: ["Tu DNI"] })?.category).toBe("government-id");
    expect(verdict({ labels: ["Okres ważności (dni)"] })).toBeNull();
    expect(verdict({ labels: ["Teléfono (sin prefijo)"] })).toBeNull();
    expect(verdict({ labels: ["Season pass number"] })).toBeNull();
    // "Pass" alone: a Swedish passport label, or a password; reported either way.
    expect(verdict({ labels: ["Pass"] })?.category).toMatch(/^(?:government-id|credential)$/u);
    expect(verdict({ labels: ["Din"] })?.category).toBe("special-category");
    expect(verdict({ labels: ["Din e-postadress"] })).toBeNull();
  });
});

describe("field kinds", () => {
  it("never classifies buttons, hidden inputs, files, ranges and colours", () => {
    for (const type of ["hidden", "submit", "button", "reset", "image", "file", "range", "color"]) {
      expect(isClassifiable(field({ attrs: { type } }))).toBe(false);
      expect(classifyField(field(named("cardNumber", { attrs: { type } })))).toEqual([]);
    }
    expect(isClassifiable(field({ attrs: { type: dynamic(["text", "password"]) } }))).toBe(true);
  });

  it("reads \"disabled\" as a UI state, \"disability\" as health", () => {
    expect(verdict(named("disabled", { attrs: { type: "checkbox" } }))).toBeNull();
    expect(verdict({ attrs: { type: "radio", name: "gridRadios" }, labels: ["Option three is disabled"] })).toBeNull();
    expect(verdict(named("disability", { attrs: { type: "checkbox" } }))?.category).toBe("health");
    // Not even under strict: an admin form's "Disabled" toggle.
    expect(verdict(named("disabled"), { weakSignals: true })).toBeNull();
    expect(verdict({ labels: ["Disabled"] }, { weakSignals: true })).toBeNull();
  });

  it("keeps only health, special-category and criminal answers on checkboxes and radios", () => {
    expect(verdict(named("ssn", { attrs: { type: "checkbox" } }))).toBeNull();
    expect(verdict(named("ethnicity", { attrs: { type: "radio" } }))?.category).toBe("special-category");
    expect(verdict({ attrs: { type: "radio", name: "q1" }, groupLabel: "Have you ever been convicted of a felony?" })?.category).toBe("criminal");
  });

  it("keeps only what a select can reveal", () => {
    expect(verdict(named("securityQuestion", { tag: "select" }))).toBeNull();
    expect(verdict(named("expMonth", { tag: "select" }))?.category).toBe("payment-card");
    expect(verdict(named("bloodType", { tag: "select" }))?.category).toBe("health");
  });

  it("keeps only birth dates and card expiry on date inputs", () => {
    expect(verdict({ attrs: { type: "date", name: "dob" }, labels: ["Date of birth (as on PAN card)"] })).toEqual({ category: "date-of-birth", evidence: 'label "Date of birth (as on PAN card)"' });
    expect(verdict({ attrs: { type: "date" }, labels: ["PAN card"] })).toBeNull();
    expect(verdict(named("passportNumber", { attrs: { type: "date" } }))).toBeNull();
  });

  it("makes search boxes strict-only", () => {
    expect(verdict({ attrs: { type: "search" }, labels: ["Search by card number"] })).toBeNull();
  });

  it("reads Django's id_ prefix as no word", () => {
    expect(verdict({ attrs: { id: "id_name_on_card" } })?.category).toBe("payment-card");
    expect(verdict({ attrs: { id: "id_expiry_month" } })?.category).toBe("payment-card");
  });

  it("lets one of several candidate names decide without the others' modifiers", () => {
    expect(verdict({ attrs: { name: dynamic(["coupon", "cardNumber"]) } })?.category).toBe("payment-card");
  });
});

describe("card context and shapes", () => {
  it("counts expiry and security-code wording only with card context", () => {
    for (const input of [named("expiry"), named("securityCode"), { labels: ["Expiry date"] }, { labels: ["Sicherheitscode"] }, { attrs: { placeholder: "MM/YY" } }]) {
      expect(verdict(input)).toBeNull();
      expect(verdict(input, { cardContext: true })?.category).toMatch(/^payment-/u);
      expect(verdict(input, { weakSignals: true })?.category).toMatch(/^payment-/u);
    }
  });

  it("counts a bare name or number shape only in a card form, under strict too", () => {
    const inputs = [named("name"), named("holder"), { labels: ["Name"] }, { labels: ["Nom du titulaire"] }, { attrs: { placeholder: "100" } },
      { attrs: { placeholder: "•••" } }, { attrs: { pattern: "[0-9]{3,4}" } }, { attrs: { type: "month" } }];
    for (const input of inputs) {
      expect(verdict(input)).toBeNull();
      expect(verdict(input, { weakSignals: true })).toBeNull();
      expect(verdict(input, { cardContext: true })?.category).toMatch(/^payment-/u);
      expect(verdict(input, { cardContext: true, weakSignals: true })?.category).toMatch(/^payment-/u);
    }
    // A name next to a card word is the cardholder's under strict, as before.
    expect(verdict({ labels: ["Name on card"] })?.category).toBe("payment-card");
    expect(verdict(named("cardName"), { weakSignals: true })?.category).toBe("payment-card");
  });

  it("gives card context from a clear card field only", () => {
    const gives = (input: FieldInput) => givesCardContext(classifyField(field(input)));
    expect(gives(named("cardNumber"))).toBe(true);
    expect(gives({ attrs: { autocomplete: "cc-csc" } })).toBe(true);
    expect(gives({ attrs: { placeholder: "Card number" } })).toBe(true);
    expect(gives({ attrs: { placeholder: "MM/YY" } })).toBe(false);
    expect(gives(named("expiry"))).toBe(false);
    expect(gives(named("giftCardNumber"))).toBe(false);
  });

  it("counts a bank's routing-type codes beside an account number, and under strict alone", () => {
    for (const input of [named("routing_number"), named("sortCode"), named("ifsc"), named("bsb"), named("blz"), { labels: ["Routing number"] }, { labels: ["agência"] }]) {
      expect(verdict(input)).toBeNull();
      expect(verdict(input, { accountContext: true })?.category).toBe("bank-account");
      expect(verdict(input, { weakSignals: true })?.category).toBe("bank-account");
    }
    // A BIC names the bank, not the account, even beside an IBAN; strict reports it.
    for (const input of [named("bic"), named("swift_code"), { labels: ["BIC"] }]) {
      expect(verdict(input, { accountContext: true })).toBeNull();
      expect(verdict(input, { weakSignals: true })?.category).toBe("bank-account");
    }
    // The account holder's name is a name, in a bank form too; "routing" still says a routing number is no account number.
    expect(verdict(named("account_holder_name"), { accountContext: true })).toBeNull();
    expect(verdict(named("account_holder_name"), { weakSignals: true, enabled: new Set(["person-name", "bank-account"]) })?.category).toBe("person-name");
    expect(verdict(named("routingRules"), { accountContext: true })).toBeNull();
    expect(verdict(named("account_routing_number"))).toBeNull();
    // Card context does not count for bank codes.
    expect(verdict(named("routing_number"), { cardContext: true })).toBeNull();
  });

  it("gives account context from an account number only", () => {
    const gives = (input: FieldInput) => givesAccountContext(classifyField(field(input)));
    expect(gives(named("iban"))).toBe(true);
    expect(gives(named("account_number"))).toBe(true);
    expect(gives(named("routing_number"))).toBe(false);
    expect(gives(named("bic"))).toBe(false);
    expect(gives(named("merchant_account_number"))).toBe(false);
  });

  it("takes specific ID shapes alone and lets others confirm a contextual word", () => {
    expect(verdict({ attrs: { placeholder: "XXX-XX-XXXX" } })?.category).toBe("government-id");
    expect(verdict({ attrs: { placeholder: "QQ 12 34 56 C" } })?.category).toBe("government-id");
    expect(verdict({ attrs: { placeholder: "12345678Z" } })).toBeNull();
    expect(verdict({ labels: ["Número de documento"] })).toBeNull();
    expect(verdict({ labels: ["Número de documento"], attrs: { placeholder: "12345678Z" } })).toEqual({
      category: "government-id",
      evidence: 'label "Número de documento" with placeholder "12345678Z"',
    });
    expect(verdict({ attrs: { name: "couponExpires", placeholder: "MM/YY" } })).toBeNull();
    // "For example" in front of the shape.
    expect(verdict({ attrs: { name: "insurance", placeholder: "e.g. AB123456C" } })?.category).toBe("government-id");
    expect(verdict({ attrs: { placeholder: "Ex: 123-45-6789" } })?.category).toBe("government-id");
    expect(verdict({ attrs: { placeholder: "e.g. Acme Ltd" } })).toBeNull();
  });

  it("reads card shapes from placeholders, masks and patterns", () => {
    expect(verdict({ attrs: { placeholder: "•••• •••• •••• ••••" } })?.category).toBe("payment-card");
    expect(verdict({ attrs: { mask: "9999 9999 9999 9999" } })?.category).toBe("payment-card");
    expect(verdict({ attrs: { format: "#### #### #### ####" } })?.category).toBe("payment-card");
    // Russian forms type the X on a Cyrillic keyboard; a phone mask typed so stays a phone.
    expect(verdict({ attrs: { placeholder: "ХХХХ ХХХХ ХХХХ ХХХХ" } })?.category).toBe("payment-card");
    expect(verdict({ attrs: { placeholder: "ххх" } }, { cardContext: true })?.category).toBe("payment-auth");
    expect(verdict({ attrs: { placeholder: "+7 (ХХХ) ХХХ-ХХ-ХХ" } })).toBeNull();
    expect(verdict({ attrs: { placeholder: "ХХХХ ХХХХ" } })).toBeNull();
    expect(verdict({ attrs: { pattern: "\\d{3,4}" } })).toBeNull();
    expect(verdict({ attrs: { pattern: "\\d{3,4}" } }, { cardContext: true })?.category).toBe("payment-auth");
    expect(verdict({ attrs: { type: "month" } }, { cardContext: true })?.category).toBe("payment-card");
  });
});
