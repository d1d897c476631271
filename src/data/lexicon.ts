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
  /** Contextual entries that count only in a card form, under `strict` too (see `Correction.formOnly`). */
  formOnly: { nameTokens: readonly string[]; labelPhrases: readonly string[] };
  /** Negative modifiers that cancel recommended entries only (see `Correction.recommendedNegatives`). */
  recommendedNegativeModifiers: readonly string[];
  /** Words that cancel a match when an identifier ends with them (see `Correction.headNegatives`). */
  headNegatives: readonly string[];
  /** Contextual entries that form context does not promote (see `Correction.strictEvenInForm`). */
  strictEvenInForm: { nameTokens: readonly string[]; nameBigrams: readonly (readonly string[])[] };
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

/** A change to one category of the reference lexicon; see CORRECTIONS for the reasons. */
interface Correction {
  /** New entries that count under `recommended`. */
  add?: { nameTokens?: readonly string[]; nameBigrams?: readonly (readonly string[])[]; labelPhrases?: readonly string[] };
  /** Entries that only count with form context or under `strict` (the reference's `strictOnly`). */
  addContextual?: { nameTokens?: readonly string[]; nameBigrams?: readonly (readonly string[])[]; labelPhrases?: readonly string[] };
  /** Recommended entries of the reference that are moved to `strictOnly`. */
  toContextual?: { nameTokens?: readonly string[]; nameBigrams?: readonly (readonly string[])[]; labelPhrases?: readonly string[] };
  /** `strictOnly` entries of the reference that are moved to recommended. */
  promote?: { nameTokens?: readonly string[] };
  /**
   * Entries that name the category only inside a card form: the cardholder's `name`. They are
   * contextual, and unlike other contextual entries `strict` does not report them alone either
   * (a bare `name` field is not a payment card).
   */
  formOnly?: { nameTokens?: readonly string[]; labelPhrases?: readonly string[] };
  /** Entries of the reference that are left out altogether. */
  drop?: { nameTokens?: readonly string[]; nameBigrams?: readonly (readonly string[])[]; labelPhrases?: readonly string[] };
  negativeModifiers?: readonly string[];
  /** Negative modifiers of the reference that are left out (they cancel more than the word they were meant for). */
  dropNegativeModifiers?: readonly string[];
  /**
   * Negative modifiers that cancel the recommended entries only: words that say the field is of the
   * category's contextual kind (`routing` in `account[routing_number]` says it is no account number,
   * and it is still a bank's routing number, which `strict` reports).
   */
  recommendedNegatives?: readonly string[];
  /**
   * Words that cancel a match when an identifier ends with them: the identifier names that thing, and the
   * category's word only qualifies it (`otp_phone` is the phone a code is sent to, `twoFactorEnabled` a setting).
   */
  headNegatives?: readonly string[];
  /**
   * Contextual entries that count under `strict` only, in any form: a bank's BIC or SWIFT code
   * names the bank, not the visitor's account, even beside an IBAN.
   */
  strictEvenInForm?: { nameTokens?: readonly string[]; nameBigrams?: readonly (readonly string[])[] };
  downgradeModifiers?: readonly string[];
}

/**
 * The reference files the bank account's holder with the routing-type codes, as bank data. It is
 * the name of a person: in a bank form, where those codes count (see `ACCOUNT_CONTEXT_CATEGORIES`
 * in the classifier), it stays a name.
 */
const ACCOUNT_HOLDER = {
  nameTokens: ["accountholder", "accountholdername", "accountname"],
  nameBigrams: [["account", "holder"], ["account", "name"]],
  labelPhrases: ["Name des Kontoinhabers", "Nom du titulaire du compte", "Nombre del titular de la cuenta", "Nome del titolare del conto",
    "Nome do titular da conta", "Naam rekeninghouder", "口座名義", "예금주", "Hesap sahibi"],
};

// Company words in the languages of the lexicon: a company's tax number is not personal data.
const COMPANY_WORDS = ["firma", "firm", "firmy", "empresa", "entreprise", "societe", "azienda", "unternehmen", "bedrijf", "foretag", "spolka"];

/** Conditions that medical-history forms list one by one (names and labels alike). */
const MEDICAL_CONDITIONS = ["arthritis", "rheumatism", "rheumatic", "anemia", "anaemia", "angina", "tuberculosis", "hepatitis", "emphysema",
  "thyroid", "seizure", "seizures", "jaundice", "bronchitis", "pneumonia", "glaucoma", "osteoporosis", "dementia", "alzheimer", "alzheimers",
  "parkinson", "parkinsons", "leukemia", "leukaemia", "lupus", "hemophilia", "haemophilia", "dialysis", "chemotherapy", "migraine", "migraines",
  "cholesterol", "insulin", "fever",
  // Yes/no switches of a pathology form (`is_diabetic`, `is_epileptic`) and a questionnaire's conditions.
  "diabetic", "allergic", "epileptic", "asthmatic", "cardiac", "fainting", "dizziness", "anorexia", "bulimia",
  // A travel or sports medical form's injuries and senses (`fractures`, `dislocations`, `colorBlind`).
  "fracture", "fractures", "dislocation", "dislocations", "colorblind", "colourblind", "colorblindness", "colourblindness",
  // A blood or milk donor's screening: transfusions, transplants, infections, swollen lymph nodes, a jaundiced baby.
  "transfusion", "transfusions", "transplant", "transplants", "infection", "infections", "lymph", "jaundiced",
  // A dental intake's conditions ("Heart Ailment", "Stomach Ulcers", "Canker Sores or Herpes").
  "ailment", "ailments", "ulcer", "ulcers", "herpes",
  // An intake form's childhood illnesses ("Scarlet Fever", "Diphtheria", "Mumps", "Measles").
  "measles", "mumps", "chickenpox", "diphtheria", "rubella", "polio"];

/** An animal's birth date and health are not a person's (`pet_birthdate`, "If your pet has medication"). */
const ANIMAL_WORDS = ["pet", "pets", "dog", "dogs", "cat", "cats", "animal", "animals", "puppy", "kitten", "horse", "horses", "livestock", "cattle", "breed"];

/**
 * Corrections on top of the reference lexicon (../shared/reference/lexicon.md), each with its reason.
 * The generated data stays as the reference has it; the classifier reads the corrected lists.
 */
const CORRECTIONS: Partial<Record<CategoryId, Correction>> = {
  // Most `security_code` fields in real code are CAPTCHAs (5/10 in the reference's sample), so a bare
  // "security code" (in any language) and a bare PIN only count next to card fields.
  // In India a "PIN code" is the postal code, next to the city and the address.
  "payment-auth": {
    // Written joined, "Pincode" is India's postal code; a card PIN is written apart.
    negativeModifiers: ["city", "address", "delivery", "shipping", "district", "locality", "town", "pincode"],
    toContextual: {
      nameTokens: ["securitycode", "securitynum", "seccode", "sicherheitscode", "codesecurite", "codigoseguridad",
        "codigodeseguranca", "codigoseguranca", "codicesicurezza", "beveiligingscode", "guvenlikkodu"],
      nameBigrams: [["security", "code"], ["code", "secur"], ["guvenlik", "kodu"], ["security", "value"]],
      labelPhrases: ["security code", "Sicherheitscode", "Code de sécurité", "code sécurité", "numéro de sécurité",
        "Código de seguridad", "Codice di sicurezza", "Código de segurança", "Beveiligingscode", "veiligheidscode",
        "Kod zabezpieczający", "Säkerhetskod", "Sikkerhedskode", "Sikkerhetskode", "Turvakoodi", "Bezpečnostní kód",
        "セキュリティコード", "セキュリティ番号", "安全码", "보안 코드", "보안코드", "Güvenlik Kodu", "PIN", "PIN code", "Code PIN",
        "PIN-kod", "PIN-kode", "PIN-koodi", "Pinkode", "pincode", "Geheimzahl", "暗証番号", "Senha"],
    },
    // German identifiers spell the umlaut out (`pruefziffer`); the label "Prüfziffer" is in the reference.
    // eWAY names the card verification number run together (`EWAY_CARDCVN`).
    add: { nameTokens: ["pruefziffer", "prufziffer", "kartenpruefziffer", "kartenprufziffer", "cardcvn"] },
  },
  "payment-card": {
    // A bank account's holder next to a card field is not the cardholder. India's identity cards are
    // cards too ("Aadhaar/Adhaar Card No", "Ration card number").
    // A first, middle or last name is part of a person's name, not the name on a card (a green card's
    // "Card number" in an insurance form made "First name" a cardholder).
    // A member or club card is a loyalty card (the reference's trap 58 names member cards; its list has only "membership").
    // A card account's terms and the cardholder's email are about the card, not its data: "credit-card-limit",
    // "Interest rate", `cardholder-email`.
    negativeModifiers: ["sample", "test", "demo", "account holder", "account owner", "kontoinhaber", "titular cuenta", "member", "members", "club", "bonus",
      "limit", "interest", "email",
      // What a rental or loan application asks a month's card bill to be is an amount: "Credit Card Payment:"
      // beside "Car Payment:" (`name="card-payment"`). A payment card's own number is "payment card number".
      "card payment", "card payments",
      // How many instalments a card payment is split into is a choice of plan (Brazilian checkouts'
      // `creditCardInstallments`, "parcelas", Spanish "cuotas").
      "installments", "installment", "instalments", "instalment", "parcelas", "cuotas",
      // Other documents expire too: a driving licence's or passport's expiry date is no card's.
      "license", "licence", "licencia", "driving", "passport", "permit",
      "aadhaar", "aadhar", "adhaar", "adhar", "ration", "voter",
      // A factory's attendance (time) card and an RFID badge are no payment cards (`attendanceCardNo`).
      "attendance", "attendence", "rfid",
      "first name", "middle name", "last name", "given name", "family name", "surname", "firstname", "middlename", "lastname", "givenname", "familyname", "maiden"],
    // "Nom du titulaire", "Nombre del titular", "Nome do titular" name the holder of a card or of a bank
    // account alike (an IBAN form asks for "Nom du titulaire" too): the cardholder only in a card form.
    // A bare `name` field next to a card number is the cardholder (the reference's form-context rule);
    // alone, even under `strict`, it is just a name.
    // OpenCart's payment extensions call the cardholder the card's owner ("Card Owner"; `cc_owner` below).
    // So is a bare "Exp" (`name="exp"`, label "EXP"): the expiry in a card form, experience points elsewhere.
    // So is a bare "Number" (card.js and Vuetify card forms: `name="number"`, label "Number"), and only as the whole
    // name or label: a phone or house number beside the card fields stays what it is.
    formOnly: {
      // The reference's recommended `holdername` too: a bank form's `holder_name` beside the IBAN is the account's holder.
      nameTokens: ["name", "holder", "holdername", "titular", "titulaire", "inhaber", "exp", "number"],
      labelPhrases: ["Name", "Titular", "Titulaire", "Holder", "Nom du titulaire", "Nombre del titular", "Nome do Titular", "nome do titular", "Card Owner", "Number"],
    },
    // "Nome impresso no cartão", "Card name": a name next to a card word is the cardholder in a card form.
    addContextual: {
      // Expiry as forms also write it: "Expired date", "Valid thru", `validThrough`.
      nameTokens: ["expired", "validthru", "validthrough"],
      // German identifiers spell "gültig bis" (valid until) out: `KreditKartenGueltigBis`.
      // nopCommerce and other .NET shops name the expiry `ExpireMonth` / `ExpireYear`.
      nameBigrams: [["expired", "date"], ["expire", "month"], ["expire", "year"], ["expire", "date"], ["valid", "thru"], ["valid", "through"], ["gueltig", "bis"], ["gultig", "bis"], ["name", "card"], ["nome", "cartao"], ["nome", "carta"], ["nombre", "tarjeta"], ["nom", "carte"],
        ["name", "karte"], ["naam", "kaart"], ["namn", "kort"], ["navn", "kort"], ["imie", "karcie"], ["imie", "karty"],
        ["titular", "tarjeta"], ["titular", "cartao"], ["titulaire", "carte"], ["titolare", "carta"], ["inhaber", "karte"],
        // "Tarjeta Habiente" as Spanish forms also split the cardholder (tarjetahabiente).
        ["tarjeta", "habiente"],
        // OpenCart's `cc_owner` is the cardholder; alone it may copy a message to an owner.
        ["cc", "owner"],
        // Turkish forms name the expiry (son kullanma tarihi) its last date: `son_tarih`, a deadline elsewhere.
        ["son", "tarih"]],
      labelPhrases: ["Expired date", "Valid thru", "Valid through", "Good thru"],
    },
    // A card's number in Spanish, Portuguese, Italian and French identifiers, in any compound
    // (`InputNumeroTarjeta`, `numTarjeta`), not only run together on its own (`numeroTarjeta`).
    add: { nameBigrams: [["numero", "tarjeta"], ["num", "tarjeta"], ["numero", "cartao"], ["numero", "carta"], ["numero", "carte"], ["num", "carte"]] },
  },
  // A gift card's PIN is stored value, not a personal credential (reference trap 8). Lifetimes and
  // limits of tokens and passwords are settings (`accessTokenTtl`), like the reference's `minlength`.
  // A maiden name alone is a former surname (an application form's "Maiden Name"); the security
  // question is the mother's maiden name, which stays recommended (`mothersMaidenName`).
  credential: {
    toContextual: { nameBigrams: [["maiden", "name"]] },
    add: { nameBigrams: [["mothers", "maiden"], ["mother", "maiden"]] },
    downgradeModifiers: ["gift", "giftcard", "voucher", "loyalty", "prepaid"],
    negativeModifiers: ["ttl", "lifetime", "timeout", "duration", "seconds", "minutes", "hours", "attempts", "limit", "count",
      // India's postal code is its "Pincode" (the reference's trap 4): `name="pin"` under that label is no secret.
      "pincode"],
  },
  // A CAPTCHA's "verification code" is typed from an image (reference trap 10, as for security codes).
  // `twoFACode` splits as two+fa+code: its compound is the only way to see the "2FA" in it.
  // Authenticator apps show the TOTP code ("Authenticator App Code", `authenticatorCode`).
  "one-time-code": {
    add: {
      nameTokens: ["twofa", "twofacode"],
      nameBigrams: [["authenticator", "code"]],
      // "Enter your four-digit code", and a sign-in code in Spanish, French and German.
      labelPhrases: ["authenticator app code", "authenticator code", "code from your authenticator app", "4-digit code", "four-digit code", "six-digit code",
        "Código de autenticación", "Code d'authentification", "Authentifizierungscode"],
    },
    negativeModifiers: ["ttl", "lifetime", "timeout", "duration", "seconds", "minutes", "attempts", "length", "captcha", "recaptcha", "hcaptcha", "turnstile"],
    // A second-factor sign-in form prefixes all its fields (`tfa_j_username`, `tfa_sessionid`); where the code goes
    // (`otp_phone`, `mfa_email`) and the factor's settings (`twoFactorEnabled`, `mfaDeviceName`) are no code.
    headNegatives: ["username", "user", "email", "mail", "phone", "mobile", "tel", "phonenumber", "mobilenumber", "sessionid",
      "enabled", "enable", "disabled", "status", "method", "type", "device", "name", "channel", "provider"],
  },
  // `account[routing_number]`: the account+number bigram must not fire on a bank's routing data.
  // Dutch writes the bank into the word: `bankRekening`, "Bankrekeningnummer".
  // The account holder's name is a person's name (`person-name` below), even in a bank form.
  "bank-account": {
    // What an account holds is no account number ("Bank account balance"), nor what it is used for
    // (`BankAccountUsage`, an account's purpose), nor a name ("Bank account name" is its holder's); nor is
    // the bank an account is held at (`accountBank`, "开户行"), named the other way round from a bank account;
    // nor is a user account's phone number (`account[phone][number]`).
    negativeModifiers: ["balance", "balances", "accountbank", "saldo", "usage", "purpose", "name", "phone", "telephone", "mobile"],
    recommendedNegatives: ["routing", "sort", "sortcode", "bsb", "ifsc", "swift", "bic", "transit", "institution"],
    strictEvenInForm: { nameTokens: ["bic", "swift", "swiftcode", "swiftbic", "bicswift"], nameBigrams: [["swift", "code"]] },
    drop: { nameTokens: ACCOUNT_HOLDER.nameTokens, nameBigrams: ACCOUNT_HOLDER.nameBigrams, labelPhrases: ACCOUNT_HOLDER.labelPhrases },
    // German code abbreviates the Kontonummer (`kontonr`).
    // Forms abbreviate the account to "Acc" ("RTGS Acc Number", `accNo`).
    // A payroll form's current account, written as a field's label in Spanish, Portuguese, Italian and French
    // ("Cuenta corriente:" over a text input); as a choice of account type it is an answer, never read.
    // An HR form's salary account is often a "bank number" (`bankNumber`, next to its bank and branch codes).
    add: { nameTokens: ["bankrekening", "bankrekeningnummer", "kontonr", "cuentacorriente", "contacorrente", "contocorrente", "banknumber", "bankno"],
      nameBigrams: [["bank", "rekening"], ["acc", "number"], ["acc", "no"], ["cuenta", "corriente"], ["conta", "corrente"], ["conto", "corrente"], ["bank", "number"], ["bank", "no"]],
      labelPhrases: ["Bankrekeningnummer", "Bankrekening", "RIB", "Acc Number", "Acc No", "Cuenta corriente", "Conta corrente", "Conto corrente", "Compte courant"] },
    // The reference lists the French RIB (relevé d'identité bancaire) with routing-type codes, but it is
    // the whole account identifier (bank, branch, account number and key), as it is in Tunisia and Morocco.
    promote: { nameTokens: ["rib"] },
  },
  // The bank account's holder, moved from `bank-account` (see ACCOUNT_HOLDER).
  "person-name": { add: ACCOUNT_HOLDER },
  // Marketing birthday features, like the reference's "birthday message/party/reminder".
  // Day, month and year selects named in capitals run together (`DOBDD`, `DOBMM`, `DOBYY`).
  // Code in Spanish, Portuguese and French names a birth date by "birth" alone (`<input type="date"
  // name="nacimiento">`); a place of birth is not a date.
  "date-of-birth": {
    negativeModifiers: ["campaign", "promotion", "offer", "newsletter", "sale", "voucher", "template",
      "lugar", "local", "lieu", "place", "pais", "ciudad", "cidade", "ville", "provincia", "estado",
      // Brazil's municipality and state (UF) of birth, and the municipality's code.
      "municipio", "uf", "naturalidade",
      // Turkish "Doğum yeri" (place of birth), written apart or run together in a field name.
      "yeri", "yerini", "dogumyeri",
      // The same birthday features in Chinese, Japanese and Korean, found inside the label: 生日祝福 (birthday
      // wishes), 生日快乐 (happy birthday), 生日贺卡 (card), 生日礼物 (gift), 生日提醒 (reminder), 生日优惠 (birthday discount), 誕生日特典.
      "祝福", "快乐", "快樂", "贺卡", "賀卡", "留言", "礼物", "禮物", "蛋糕", "派对", "派對", "提醒", "优惠", "優惠", "礼包", "禮包", "特权", "特權",
      "メッセージ", "プレゼント", "ケーキ", "特典", "クーポン", "お祝い", "おめでとう", "축하", "메시지", "선물", "쿠폰", "케이크",
      ...ANIMAL_WORDS],
    // Spanish code abbreviates the fecha de nacimiento (`fechanac`, `fecnac`), Portuguese the data de
    // nascimento (`data_nasc`, `dtNasc`, "Data de Nasc."). English code also says when a person was born (`bornDate`).
    add: {
      nameTokens: ["dobdd", "dobmm", "dobyy", "dobyyyy", "dobday", "dobmonth", "dobyear", "nacimiento", "nascimento", "naissance", "fechanac", "fecnac", "datanasc", "dtnasc", "borndate", "dateborn"],
      nameBigrams: [["data", "nasc"], ["dt", "nasc"], ["born", "date"], ["date", "born"]],
    },
  },
  // Veteran status is strict and US-specific (reference §4), yet two of its phrases were listed as recommended.
  // A medical history's "sexual history" is data about a person's sex life (Art. 9).
  "special-category": {
    toContextual: { labelPhrases: ["veteran status", "are you a protected veteran", "Cinsiyet"] },
    // "employee" and "onboarding" were meant for an employee orientation, which needs "sexual" to count
    // anyway: as negatives of the whole category they cancelled an HR form's `employeeReligion`.
    dropNegativeModifiers: ["employee", "onboarding"],
    // A patient's race is the special category, not a sports race ("Patient Race", `patientRace`).
    // Brazil's school and health census asks "Cor/Raça" (colour/race), written either way round.
    // US self-identification forms ask the ethnicity question first: "Are you Hispanic/Latino?" (`name="hispanic"`).
    // Matrimony profiles ask for the caste and the sub-caste (`subcaste`); a dating profile's `sexual_ori`.
    // Research and survey forms ask for a political ideology on a liberal-conservative scale (`name="ideology"`).
    add: { nameTokens: ["sexualhistory", "sexuallyactive", "patientrace", "hispanic", "hispaniclatino", "hispanicorlatino", "subcaste",
      "ideology", "politicalideology", "politicalorientation", "politicalleaning", "politicalbeliefs"],
      nameBigrams: [["sexual", "history"], ["sexually", "active"], ["patient", "race"], ["cor", "raca"], ["sexual", "ori"],
        ["political", "ideology"], ["political", "views"], ["political", "orientation"], ["political", "leaning"], ["political", "beliefs"]],
      labelPhrases: ["sexual history", "sexually active", "Patient race", "Cor/Raça", "Cor ou raça", "Raça/Etnia", "Hispanic or Latino", "Hispanic/Latino",
        "political ideology", "political views", "political opinion", "political opinions", "political affiliation", "political orientation", "political beliefs", "political leaning"] },
  },
  "government-id": {
    // A vehicle's (VIN) or an employer's (EIN) identification number is no person's, nor an attendance
    // (time) card's or an RFID badge's (`attendenceCardId`, as a garment factory's HR form spells it).
    negativeModifiers: ["vehicle", "employer", "attendance", "attendence", "rfid"],
    // NIP and Vergi No are business tax numbers (reference §5), listed as recommended label phrases.
    toContextual: { labelPhrases: ["NIP", "Vergi No", "Vergi Kimlik No", "DIČ"] },
    // `idnumber` only matches a whole identifier or label ("ID number", `id_number`), never `customerIdNumber`.
    // The Steuernummer is every income-tax filer's number (reference §8 lists it as a personal tax ID;
    // §5 calls it strict), so its token follows its recommended label.
    // Nigeria's NIN is every resident's national identification number (`name="nin"`, "NIN Number"); the
    // token still needs a companion or the whole identifier (see WHOLE_IDENTIFIER_TOKENS).
    promote: { nameTokens: ["idnumber", "steuernummer", "nin"] },
    // "Social Sec. Number" is how HR forms abbreviate it.
    // `pasport` is the Russian, Uzbek and Azerbaijani spelling (and a common misspelling), `pasaport`
    // the Turkish one, `paspor` the Indonesian one: `pasport_no`, `pasaportNo`.
    add: {
      // The Philippines' SSS, Pag-IBIG and PhilHealth numbers and the TIN ("TIN number") are its HR forms' IDs.
      nameTokens: ["idno", "cedula", "numerodocumentoidentidad", "socialsecnumber", "socsecnumber", "pasport", "pasaport", "paspor", "adhaar", "adhar",
        "sss", "sssnumber", "sssno", "pagibig", "philhealth", "citizenid", "citizenidnumber", "cartaocidadao", "governmentid", "governmentidnumber", "cnp", "nric", "cnic", "nicnumber", "nicno", "personalidnumber",
        // Aadhaar as Indian forms spell it run together (`aadharcardNo`); a US immigrant's USCIS / A-Number.
        "aadharcard", "aadhaarcard", "adharcard", "aadharnumber", "aadhaarno", "aadharcardno", "aadhaarcardno", "aadharcardnumber", "aadhaarcardnumber",
        "uscis", "uscisnumber", "alienregistrationnumber", "aliennumber",
        // Nigeria's Bank Verification Number and National Identification Number: KYC forms there ask for both
        // (`nin` itself is promoted below and needs the whole identifier or a companion).
        "ninnumber", "ninno", "bvn", "bvnnumber", "bvnno",
        // Mexico's social-security affiliation number, named for its institute ("No. afiliación IMSS", `imssNumber`).
        "imss", "imssnumber",
        // Hong Kong's identity card number (HKID), asked by its appointment and HR forms.
        "hkid", "hkidno", "hkidnumber",
        // Malaysia's and Singapore's identity card ("IC Number", `ic_no`) and India's PAN written as an ID (`panid`).
        "icnumber", "icno", "panid", "numss",
        // Costa Rica's identity document for foreign residents (DIMEX), asked beside the cédula.
        "dimex"],
      // "Citizen ID" is how many countries' forms ask for the national ID (Portugal's Cartão de Cidadão): see nameBigrams below.
      // KYC forms ask for a "Government ID number" or a "Government-issued ID".
      // Romania's CNP (cod numeric personal), Singapore's and Malaysia's NRIC, Pakistan's CNIC and Sri Lanka's
      // NIC are national identification numbers (a bare `nic` is a network card too).
      labelPhrases: ["social sec number", "social sec no", "soc sec number", "soc sec no", "Citizen ID", "Cartão de Cidadão", "Government ID", "Government-issued ID", "CNP", "NRIC", "CNIC", "NIC Number", "NIC No", "Personal ID number",
        "USCIS number", "Alien registration number", "National Identification Number", "BVN", "BVN number", "Bank Verification Number",
        // Chinese forms that let the visitor choose the document (ID card, passport) ask for its number: 证件号码.
        // So do English and Spanish ones ("Identification Number" after an identification type, as in a much-copied
        // patient-registration tutorial); a vehicle's or an employer's identification number is no person's.
        "证件号码", "证件号", "證件號碼", "Identification Number", "Número de Identificación",
        "HKID", "HKID number", "HKID no", "Hong Kong ID", "Hong Kong Identity Card", "Hong Kong Identity Card number", "香港身份證號碼",
        "IC Number", "IC No", "No. IC", "PAN ID",
        // Morocco's, Tunisia's and Madagascar's national identity card (carte d'identité nationale) by its
        // number; a bare "CIN" is also India's company identification number.
        "numéro de CIN", "N° CIN", "numéro CIN", "numero CIN", "DIMEX",
        "driver's licence number", "drivers licence number", "driver licence number", "driving licence number", "driving license number"],
      // `numCin`, `numero_cin`.
      nameBigrams: [["cedula", "identidad"], ["numero", "identidad"], ["sss", "number"], ["tin", "number"], ["pag", "ibig"],
        ["citizen", "id"], ["cartao", "cidadao"], ["government", "id"], ["numero", "cin"], ["num", "cin"], ["identification", "number"], ["numero", "identificacion"],
        // Spain's social security number abbreviated: "Num Seguridad Social", `numSS`.
        ["seguridad", "social"],
        // The reference spells the driver's licence the US way in its bigrams and labels; British and
        // Commonwealth forms write "licence" (`drivers_licence_number`, "Driver's licence number").
        ["drivers", "licence"], ["driver", "licence"]],
    },
    // "Número de documento" next to a DNI/NIE/passport choice: an ID document number, but an invoice
    // has a document number too, so (like the reference's `document+number`) it needs confirmation.
    // So do "Document ID" and the Russian "Номер документа" (a passenger's passport or birth certificate).
    addContextual: {
      nameTokens: ["numerodocumento", "documentnummer", "dokumentnummer", "numerdokumentu"],
      nameBigrams: [["numero", "documento"], ["numer", "dokumentu"], ["numero", "document"]],
      labelPhrases: ["Document ID", "Номер документа", "Numéro du document", "Numéro de pièce"],
    },
    // The holder's name or birth date on a passport form (`passport_surname`, `passport_dob`) is a name
    // or a date of birth, not the document's number. Where and by whom it was issued is not its number
    // either: the reference's issue/expiry words, with the place and authority, and their Indonesian
    // (`wlyTerbitPasporRI`: wilayah terbit, the region of issue; `tempat`, place; `berlaku`, valid until).
    downgradeModifiers: [...COMPANY_WORDS, "surname", "firstname", "lastname", "givenname", "familyname", "name", "names", "dob", "birth", "birthdate",
      "place", "authority", "terbit", "wilayah", "wly", "tempat", "berlaku", "origin", "issuer",
      // A picture of the document is no number (`passport_picture`, "ID photo").
      "picture", "photo", "photograph", "image",
      // When a document was issued or expires is not its number (`passport_endDate`, "Passport expiry date").
      "date", "enddate", "startdate", "expiry", "expiration", "expires", "expire", "validity", "until",
      // Russian: the date of issue and who issued it ("Дата выдачи", "Кем выдан").
      "дата", "выдачи", "выдан", "выдано",
      // Vietnamese: the day and place of issue ("Ngày cấp CMND", "Nơi cấp"; `ngaycapcmnd`).
      "ngay", "noi", "ngaycap", "noicap", "ngaycapcmnd", "noicapcmnd", "ngaycapcccd", "noicapcccd"],
  },
  // Intake forms ask for the reason for the visit (the "chief complaint"): a symptom in the patient's words.
  // Questions name the diagnosis instead ("Have you ever been diagnosed with diabetes?").
  // "disabled" (an UNVERIFIED token of the reference) is a UI state in real forms, even under `strict`:
  // a `name="disabled"` switch, an admin's "Disabled" toggle, "Option three is disabled". "disability" still counts.
  // What a visit costs is billing, not health data (`physicalExamFee`, `consultationPrice`).
  // Medical-history questionnaires (dental, pre-surgery, insurance) ask condition by condition:
  // `v-model="arthritis"`, "Have you ever been hospitalized?", "High blood pressure".
  // Words with another common meaning stay out: stroke (SVG, drawing), STD (standard), AIDS (hearing aids).
  health: {
    // Consent to a treatment is a checkbox of agreement, not the patient's health (`treatmentConsent`).
    negativeModifiers: ["fee", "fees", "price", "cost", "charge", "charges", "consent", ...ANIMAL_WORDS],
    // The reference's strict-only bigrams for these are kept as the form-only tokens below, which match the
    // same names (`insurance_number`, `memberId`) as compounds.
    drop: { nameTokens: ["disabled"], nameBigrams: [["insurance", "number"], ["member", "id"], ["patient", "id"]] },
    // An insurance number, a member ID or a patient ID (strict-only in the reference: a car insurer and a
    // gym have them too) is the patient's health-insurance or record number in a form that asks about
    // health (allergies, medications): see `HEALTH_CONTEXT_CATEGORY` in the classifier.
    formOnly: {
      // A bare policy number stays out: a life insurer's application asks about health too.
      nameTokens: ["insurancenumber", "memberid", "patientid", "insuranceid", "insurancememberid", "subscriberid",
        // Lifestyle questions and a test's result, which other forms ask too (a rental application's "Smoker",
        // a quiz's `testResult`): health data beside other health questions ("Sigara", "Alkol" in Turkish).
        "smoker", "smoking", "tobacco", "alcohol", "sigara", "alkol", "testresult", "testresults", "testingstatus",
        // A treatment under a diagnosis ("Tratamiento:" on a consultation screen) in Spanish, Portuguese, French
        // and German; a salon's hair treatment is none (the reference's English "treatment" counts anywhere).
        "tratamiento", "tratamento", "traitement", "behandlung",
        // A physiotherapy intake's pain questions ("How bad is the pain?", `Pain_Scale`); a product survey's pain points are none.
        "pain", "painscale", "painlevel", "painintensity",
        // A stroke beside other conditions (`name="stroke"`, "Stroke"); a drawing tool's stroke is none.
        "stroke", "strokes"],
      labelPhrases: ["Insurance number", "Insurance Member ID", "Insurance ID", "Member ID", "Patient ID", "Insurance policy number", "Subscriber ID",
        "Número de Póliza de Seguro", "Smoker", "Smoking", "Tobacco", "Alcohol", "Sigara", "Alkol", "Test result", "Testing status",
        "Tratamiento", "Tratamento", "Traitement", "Behandlung", "Pain scale", "Pain level", "Pain intensity", "Stroke"],
    },
    add: {
      nameTokens: ["chiefcomplaint", "reasonforvisit", "diagnosed", "diabetes", "asthma", "epilepsy", "cancer", "hypertension", "depression", "disease", "diseases", "illnesses",
        ...MEDICAL_CONDITIONS, "hospitalized", "hospitalised", "hospitalization", "hospitalisation", "bloodpressure", "heartdisease", "heartcondition", "kidneydisease", "liverdisease",
        "comorbidities", "comorbidity", "medicalrecords", "clinicalnotes", "clinicalhistory", "contraception", "contraceptive", "contraceptives", "menstrual", "menstruation",
        // Identifiers in Spanish, Portuguese, Italian and German code (their labels are in the reference already).
        "alergias", "alergia", "medicamentos", "medicacion", "medicacao", "enfermedades", "enfermedad", "diagnostico", "vacunacion", "vacinacao", "sanguineo", "gruposanguineo",
        "medicamento", "alergenos", "alergeno", "diyabet", "hepatit",
        // Mental-health screening (GAD-7, PHQ-9 items: "Feeling nervous, anxious or on edge", "feeling down, depressed").
        "anxiety", "anxious", "depressed", "depressive", "suicidal", "suicide", "selfharm",
        // A urinary-tract questionnaire's symptoms ("Pain, burning or discomfort while urinating").
        "urinary", "urine", "urination", "urinating",
        // Disability and developmental conditions in English, Portuguese and Spanish school and health forms.
        "autism", "autismo", "autistic", "asperger", "adhd", "dyslexia", "deficiencia", "discapacidad", "discapacitado",
        "tiposanguineo", "groupesanguin", "blutgruppe", "blutdruck", "farmaci", "allergie", "allergien", "medikamente", "vorerkrankungen",
        // Sexual-health intake forms ask about STI testing ("Would you like to be checked for STIs?").
        "stis", "stitest", "stitesting",
        // Polish identifiers: `schorzenie`, `opisSchorzenia`, `dolegliwosci`, `grupaKrwi`.
        "schorzenie", "schorzenia", "dolegliwosci", "uczulenia", "grupakrwi", "stanzdrowia",
        // Plurals the reference leaves out, and a patient's lab results (`labResult`, "Lab results").
        "immunizations", "immunisations", "vaccinations", "labresult", "labresults",
        // A patient report's medicines (`path="medicines"`); a pharmacy's catalogue names one medicine.
        "medicines"],
      nameBigrams: [["chief", "complaint"], ["reason", "visit"],
        // A medical history's senses and organs (`visionProblem`, `earProblem`), as `heart_condition` is.
        ["vision", "problem"], ["vision", "problems"], ["hearing", "problem"], ["hearing", "problems"], ["ear", "problem"], ["ear", "problems"],
        ["eye", "problem"], ["eye", "problems"], ["heart", "problems"], ["color", "blind"], ["colour", "blind"], ["physical", "examination"], ["physical", "exam"],
        ["blood", "pressure"], ["heart", "disease"], ["heart", "condition"], ["heart", "murmur"], ["heart", "problem"], ["kidney", "disease"], ["liver", "disease"],
        ["chest", "pain"], ["bleeding", "disorder"], ["excessive", "bleeding"], ["respiratory", "problem"], ["thyroid", "problem"], ["surgical", "history"], ["past", "surgeries"],
        ["medical", "records"], ["clinical", "notes"], ["clinical", "history"], ["sti", "test"], ["sti", "testing"], ["sexually", "transmitted"],
        ["lab", "result"], ["lab", "results"], ["heart", "attack"], ["eating", "disorder"],
        // A school's learning-support form: impairments and developmental disorders ("Hearing impairment", "Language disorder").
        ["hearing", "impairment"], ["vision", "impairment"], ["visual", "impairment"], ["speech", "impairment"], ["cognitive", "impairment"],
        ["physical", "impairment"], ["language", "disorder"], ["behaviour", "disorder"], ["behavior", "disorder"], ["learning", "disorder"],
        ["learning", "disability"], ["learning", "disabilities"], ["anxiety", "disorder"], ["developmental", "disorder"],
        ["self", "harm"], ["panic", "attacks"],
        // A passenger's reduced mobility (airlines' and railways' assistance for disabled travellers).
        ["limited", "mobility"], ["reduced", "mobility"],
        // A patient's medical record number (`medical_record_no`, "Medical record number").
        ["medical", "record"],
        // Vitals an intake form takes beside the blood pressure.
        ["heart", "rate"], ["heart", "beat"], ["blood", "sugar"], ["blood", "glucose"],
        // A screening form's COVID-19 test ("COVID test result", `covidStatus`).
        ["covid", "test"], ["covid", "result"], ["covid", "status"],
        // A patient's history by kind ("Drug History", "Personal General Health"), and a dental or
        // pre-surgery questionnaire's conditions ("Bleeding problems", "Joint replacement", `drugUse`).
        ["drug", "history"], ["medication", "history"], ["health", "history"], ["general", "health"], ["respiratory", "problems"],
        ["bleeding", "problem"], ["bleeding", "problems"], ["joint", "replacement"], ["stomach", "problems"], ["stomach", "troubles"],
        ["swollen", "ankles"], ["drug", "use"], ["tobacco", "use"], ["tobacco", "usage"], ["alcohol", "use"], ["alcohol", "consumption"], ["alcohol", "intake"], ["hospital", "admission"],
        ["medical", "information"], ["medical", "info"], ["good", "health"], ["smoking", "status"], ["smoking", "habits"], ["ocular", "health"], ["eye", "health"], ["dental", "health"],
        // South Africa's health insurance is a "medical aid" ("Medical aid number").
        ["medical", "aid"],
        // "Any health challenges?", "Other health issues": a person's own health ("health" alone stays strict).
        ["health", "issue"], ["health", "issues"], ["health", "problem"], ["health", "problems"], ["health", "challenges"], ["health", "concerns"],
        ["medical", "issue"], ["medical", "issues"], ["medical", "problem"], ["medical", "problems"], ["medical", "concerns"],
        // French, Spanish, Portuguese and Italian identifiers: `groupe_sanguin`, `grupoSanguineo`.
        ["groupe", "sanguin"], ["grupo", "sanguineo"], ["gruppo", "sanguigno"], ["tipo", "sangre"], ["grupo", "sangre"],
        // A French form's "état de santé" / "situation sanitaire" (health status).
        ["etat", "sante"], ["situation", "sanitaire"]],
      // A consultation's findings: "Physical Examination".
      labelPhrases: ["physical examination", "physical exam", ...MEDICAL_CONDITIONS, "hospitalized", "hospitalised", "blood pressure", "heart disease", "heart murmur",
        "heart condition", "kidney disease", "liver disease", "chest pain", "bleeding disorder", "surgical history", "heart attack", "eating disorder",
        "drug history", "medication history", "health history", "general health", "respiratory problems", "bleeding problems", "joint replacement",
        "stomach problems", "stomach troubles", "swollen ankles", "dangerous drugs", "tobacco products", "alcohol use", "alcohol consumption", "consume alcohol", "drink alcohol",
        "admitted to hospital", "admitted to the hospital", "admitted into hospital", "hospital admission", "hospital admissions",
        // A questionnaire's section and lifestyle questions: "Personal Medical Information", "Are you in good health?",
        // "Smoking status". A bare "Do you smoke?" stays out: rental applications ask it too.
        "medical information", "medical info", "in good health", "smoking status", "smoking habits", "are you pregnant", "ocular health", "eye health", "dental health", "medical aid",
        "état de santé", "Situation sanitaire", "medical record number", "heart rate", "blood sugar", "blood glucose",
        // A patient's vitals and conditions in French, German, Spanish, Portuguese and Italian forms.
        "groupe sanguin", "pression artérielle", "tension artérielle", "diabète", "asthme", "épilepsie", "Blutgruppe", "Blutdruck",
        "grupo sanguíneo", "presión arterial", "pressão arterial", "gruppo sanguigno", "pressione arteriosa", "heart beat",
        "hearing impairment", "visual impairment", "vision impairment", "speech impairment", "language disorder", "behaviour disorder", "behavior disorder",
        "learning disability", "learning disabilities", "Deficiência", "Discapacidad", "medical issues", "medical issue", "medical problems", "medical concerns",
        "limited mobility", "reduced mobility", "mobilité réduite", "movilidad reducida", "ограниченная подвижность", "eingeschränkte Mobilität",
        // Spanish "Tipo de sangre" (blood type); Brazil's national health card (Cartão Nacional de Saúde, the SUS card);
        // a Turkish patient form's (preliminary) diagnosis, "Ön Tanı".
        "tipo de sangre", "grupo de sangre", "Cartão Nacional de Saúde", "Cartão SUS", "Tanı", "Ön Tanı", "Diyabet", "Hepatit", "Medicamento", "Alérgenos", "Alergenos",
        "COVID test result", "COVID-19 test result", "COVID test", "COVID-19 test",
        // Polish intake forms (a physiotherapy sign-up's "Opis schorzenia", the description of the condition);
        // the reference has only "Alergie", "Leki" and "Choroby przewlekłe".
        "Schorzenie", "Schorzenia", "Opis schorzenia", "Choroba", "Choroby", "Stan zdrowia", "Dolegliwości", "Przyjmowane leki", "Uczulenia", "Grupa krwi", "Rozpoznanie",
        "STI", "STIs", "sexually transmitted infection", "sexually transmitted infections", "sexually transmitted disease", "sexually transmitted diseases"],
    },
  },
  // An employee's probation period (`probationPeriod`, "Probation (months)") is HR data, not a sentence.
  // UK forms ask about "cautions" (a formal police warning) beside convictions.
  // Car-insurance quotes ask about drink-driving offences: "DUI OR DWI LAST 7 YEARS" (`dui_dwi_7_years`).
  // A bare `dui` in code is left out: it is also Chinese pinyin (队, a team). A law firm's "DUI attorney" is no record.
  criminal: {
    negativeModifiers: ["period", "periods", "months", "attorney", "attorneys", "lawyer", "lawyers"],
    add: {
      nameTokens: ["criminalcautions", "policecautions", "criminalrecords", "duidwi"],
      nameBigrams: [["criminal", "cautions"], ["police", "cautions"], ["criminal", "records"], ["dui", "dwi"], ["dui", "conviction"], ["dwi", "conviction"]],
      labelPhrases: ["cautions or convictions", "police caution", "DUI", "DWI", "DUI/DWI", "driving under the influence", "driving while intoxicated", "drink driving", "drunk driving"],
    },
  },
  // Seed-phrase grids name each box `word1`..`word12` under a seed-phrase heading.
  // A wallet's phrase is its seed phrase (`wallet_confirm_phrase`).
  // Wallets also say "mnemonics" for the whole phrase.
  // What a wallet is called is no secret: BlueWallet's `import-wallet-name` (a label for the wallet being imported).
  "crypto-secret": { negativeModifiers: ["name", "nickname", "label"], add: { nameTokens: ["seedword", "mnemonicword", "recoveryword", "mnemonics"], labelPhrases: ["mnemonic", "mnemonics"], nameBigrams: [["seed", "word"], ["mnemonic", "word"], ["recovery", "word"], ["phrase", "word"], ["wallet", "phrase"]] } },
};

/** Words of a language the reference lexicon does not cover, by category. */
interface AddedWords {
  /** Label phrases that count under `recommended`. */
  recommended: readonly string[];
  /** Label phrases that need form context, like the reference's `strictOnly` phrases. */
  contextual?: readonly string[];
  /** Identifier tokens and bigrams as code in that language writes them (`tanggal_lahir`). */
  nameTokens?: readonly string[];
  nameBigrams?: readonly (readonly string[])[];
}

/**
 * Russian and Ukrainian labels, which the reference lexicon does not cover (Russian-language shops,
 * banks and visa forms are common in real code). `contextual` ones count like the reference's
 * `strictOnly` phrases: "Срок действия" (valid thru) is a card's expiry only in a card form.
 */
const RUSSIAN_UKRAINIAN: Partial<Record<CategoryId, AddedWords>> = {
  "payment-card": {
    recommended: ["Номер карты", "Номер банковской карты", "Номер кредитной карты", "Владелец карты", "Имя владельца карты",
      "Срок действия карты", "Номер картки", "Власник картки", "Термін дії картки"],
    // "Годен до" (valid thru) is how a card's face and Russian card forms name the expiry.
    contextual: ["Срок действия", "Термін дії", "Владелец", "Имя на карте", "Годен до", "Действительна до"],
  },
  "payment-auth": { recommended: ["CVV-код", "Код CVV", "CVC-код"], contextual: ["Код безопасности", "ПИН-код", "ПИН"] },
  credential: { recommended: ["Пароль", "Текущий пароль", "Новый пароль", "Повторите пароль"] },
  "one-time-code": { recommended: ["Код из СМС", "Код из SMS", "Код подтверждения", "Одноразовый код", "Код підтвердження"] },
  "government-id": {
    recommended: ["Номер паспорта", "Серия паспорта", "Серия и номер паспорта", "Паспортные данные", "СНИЛС",
      "Номер загранпаспорта", "Водительское удостоверение", "Номер водительского удостоверения", "Серія та номер паспорта", "РНОКПП"],
    // The СНИЛС (insurance number) as code transliterates it (a Yii patient form's `snils`).
    nameTokens: ["snils"],
    // Kyrgyz and Belarusian passports carry a "personal number" (the national ID); other forms use the
    // words for staff numbers, so, like ИНН, it counts under `strict` or with an ID shape on the field.
    contextual: ["ИНН", "Паспорт", "Кем выдан", "Код подразделения", "Персональный номер", "Личный номер"],
  },
  // "Р/С" (расчётный счёт) is how Russian bank details abbreviate the settlement account.
  "bank-account": { recommended: ["Номер счета", "Номер счёта", "Лицевой счет", "Лицевой счёт", "Номер рахунку", "Расчётный счёт", "Расчетный счет", "Р/С", "Р/сч"] },
  "date-of-birth": { recommended: ["Дата рождения", "Дата народження"] },
  health: { recommended: ["Диагноз", "Аллергии", "Хронические заболевания", "Принимаемые лекарства", "Группа крови"] },
};

/**
 * Indonesian and Malay, which the reference does not cover either: KTP/NIK (the national identity
 * card and its number) and the NPWP (the taxpayer number), "Agama" (religion, asked on Indonesian identity and patient forms),
 * "Tanggal lahir" / "Tarikh lahir" (date of birth), "Nomor rekening" (account number).
 * "Suku" (ethnic group) counts only as the whole label: "Suku bunga" is an interest rate.
 */
const INDONESIAN_MALAY: Partial<Record<CategoryId, AddedWords>> = {
  "government-id": {
    // The NPWP (Nomor Pokok Wajib Pajak) is the taxpayer number HR and KYC forms ask of a person, like India's PAN.
    recommended: ["NIK", "Nomor Induk Kependudukan", "No KTP", "Nomor KTP", "NIK KTP", "KTP Number", "Nomor Paspor", "No Paspor", "No Kad Pengenalan", "Nombor Kad Pengenalan", "No MyKad",
      "NPWP", "Nomor Pokok Wajib Pajak"],
    nameTokens: ["nik", "noktp", "nomorktp", "niktp", "nomorinduk", "nokp", "mykad", "npwp", "nonpwp", "nomornpwp"],
    // "KTP Number" as English screens write it; "KTP Address" is the address on the card.
    nameBigrams: [["no", "ktp"], ["nomor", "ktp"], ["nomor", "nik"], ["ktp", "number"]],
  },
  "special-category": { recommended: ["Agama", "Suku"], nameTokens: ["agama"] },
  "date-of-birth": {
    recommended: ["Tanggal Lahir", "Tgl Lahir", "Tempat Tanggal Lahir", "Tempat Tgl Lahir", "Tarikh Lahir"],
    nameTokens: ["tanggallahir", "tgllahir", "tarikhlahir"],
    nameBigrams: [["tanggal", "lahir"], ["tgl", "lahir"], ["tarikh", "lahir"]],
  },
  // A clinic's "No Rekam Medis" is the patient's medical record number; patient forms shorten the
  // blood group to "Gol. Darah" (`golDarah`).
  health: {
    // "Cacat Tubuh" is a physical disability (a bare "cacat" is also a defective product).
    recommended: ["Riwayat Penyakit", "Golongan Darah", "Gol. Darah", "Alergi", "Riwayat Alergi", "Diagnosa", "Rekam Medis", "No Rekam Medis", "Cacat Tubuh"],
    nameTokens: ["riwayatpenyakit", "golongandarah", "goldarah", "diagnosa", "rekammedis", "cacattubuh"],
    nameBigrams: [["rekam", "medis"], ["cacat", "tubuh"], ["gol", "darah"]],
  },
  "bank-account": {
    recommended: ["Nomor Rekening", "No Rekening", "No Akaun", "Nombor Akaun"],
    nameTokens: ["norekening", "nomorrekening", "norek"],
    nameBigrams: [["nomor", "rekening"], ["no", "rekening"]],
  },
  "one-time-code": { recommended: ["Kode OTP", "Kode Verifikasi"] },
  "payment-card": { recommended: ["Nomor Kartu Kredit", "No Kartu Kredit"] },
};

/**
 * Thai, which the reference does not cover either. Thai writes no spaces between words, so its
 * phrases match as substrings of a label, like Chinese and Japanese. Only the number of an ID card
 * counts ("ที่อยู่ตามบัตรประชาชน", the address on the ID card, is an address), and a name on a card is
 * the cardholder only beside a card field.
 */
const THAI: Partial<Record<CategoryId, AddedWords>> = {
  "government-id": {
    recommended: ["เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "หมายเลขบัตรประชาชน", "เลขที่บัตรประชาชน", "หลังบัตรประชาชน", "รหัสบัตรประชาชน",
      "เลขที่หนังสือเดินทาง", "หมายเลขหนังสือเดินทาง", "เลขหนังสือเดินทาง"],
  },
  credential: { recommended: ["รหัสผ่าน"] },
  "payment-card": { recommended: ["หมายเลขบัตรเครดิต", "เลขบัตรเครดิต"], contextual: ["ชื่อบนบัตร"] },
  "date-of-birth": { recommended: ["วันเกิด", "วันเดือนปีเกิด"] },
  "bank-account": { recommended: ["เลขที่บัญชี", "เลขบัญชี", "หมายเลขบัญชี"] },
  health: { recommended: ["โรคประจำตัว", "ประวัติการแพ้ยา", "แพ้ยา", "กรุ๊ปเลือด", "หมู่เลือด"] },
  "special-category": { recommended: ["ศาสนา", "เชื้อชาติ"] },
};

/**
 * Greek, and the Czech and Slovak words the reference lacks. Greece's ΑΜΚΑ is the social security
 * number and Α.Δ.Τ. the identity card's; its ΑΦΜ is a tax number that invoices ask of companies too,
 * so it counts only with form context or under `strict`. "Číslo dokladu" is the number of the
 * identity document the visitor chose (ID card or passport).
 */
const GREEK_CZECH_SLOVAK: Partial<Record<CategoryId, AddedWords>> = {
  "government-id": {
    recommended: ["ΑΜΚΑ", "Α.Μ.Κ.Α", "Α.Μ.Κ.Α.", "Αριθμός Ταυτότητας", "Αρ. Ταυτότητας", "Αρ.Ταυτότητας", "Α.Δ.Τ.", "Α.Δ.Τ", "ΑΔΤ",
      "Αριθμός Διαβατηρίου", "Αρ. Διαβατηρίου", "Číslo dokladu", "Číslo dokladu totožnosti", "Číslo občianskeho preukazu", "Občiansky preukaz", "Číslo pasu"],
    contextual: ["ΑΦΜ", "Α.Φ.Μ", "Α.Φ.Μ."],
    nameTokens: ["amka", "taftotita", "tautotita", "arithmostaftotitas"],
  },
  "date-of-birth": { recommended: ["Ημερομηνία γέννησης", "Ημ. γέννησης", "Ημ/νία γέννησης", "Ημερ. γέννησης"] },
};

/**
 * Catalan, which the reference does not cover: Catalonia's and Andorra's health and public-service
 * forms ("Data de naixement", "Grup sanguini", "Targeta sanitària"). The DNI/NIE words are the Spanish ones.
 */
const CATALAN: Partial<Record<CategoryId, AddedWords>> = {
  "date-of-birth": { recommended: ["Data de naixement", "Data naixement"], nameTokens: ["datanaixement"], nameBigrams: [["data", "naixement"]] },
  health: {
    recommended: ["Grup sanguini", "Malalties", "Al·lèrgies", "Medicació", "Diagnòstic", "Donant d'òrgans", "Donant de òrgans", "Targeta sanitària"],
    nameBigrams: [["grup", "sanguini"]],
  },
  "payment-card": { recommended: ["Número de targeta"] },
  "bank-account": { recommended: ["Número de compte"] },
};

/**
 * Arabic, Persian, Hebrew and Vietnamese, which the reference does not cover: Iran's national code
 * (کد ملی), Israel's identity number (ת.ז / תעודת זהות), Vietnam's identity card (CMND, CCCD), and
 * each language's date of birth, card, account, password and verification-code labels.
 * A bare "رقم البطاقة" (card number) is left out: Arabic forms say it of the identity card too.
 */
const ARABIC_PERSIAN_HEBREW_VIETNAMESE: Partial<Record<CategoryId, AddedWords>> = {
  "government-id": {
    recommended: ["رقم الهوية", "رقم الهوية الوطنية", "الرقم الوطني", "الرقم القومي", "رقم جواز السفر", "رقم الإقامة",
      "کد ملی", "کدملی", "شماره ملی", "شماره شناسنامه", "شماره گذرنامه",
      "תעודת זהות", "ת.ז", "ת.ז.", "מספר זהות", "מספר דרכון",
      "Số CMND", "CMND", "CCCD", "Số CCCD", "Căn cước công dân", "Số hộ chiếu"],
    nameTokens: ["cmnd", "cccd", "codemelli", "kodmelli"],
  },
  "date-of-birth": { recommended: ["تاريخ الميلاد", "تاریخ تولد", "תאריך לידה", "Ngày sinh", "Sinh ngày", "Năm sinh"] },
  "payment-card": { recommended: ["رقم البطاقة الائتمانية", "رقم بطاقة الائتمان", "شماره کارت", "מספר כרטיס", "מספר כרטיס אשראי", "Số thẻ"] },
  "bank-account": { recommended: ["رقم الحساب", "رقم الآيبان", "شماره حساب", "شماره شبا", "מספר חשבון", "Số tài khoản"] },
  credential: { recommended: ["كلمة المرور", "كلمة السر", "رمز عبور", "کلمه عبور", "סיסמה", "סיסמא", "Mật khẩu"] },
  "one-time-code": { recommended: ["رمز التحقق", "كود التحقق", "کد تایید", "کد تأیید", "קוד אימות", "Mã OTP", "Mã xác nhận", "Mã xác thực"] },
  health: { recommended: ["فصيلة الدم", "الأمراض المزمنة", "گروه خونی", "סוג דם", "Nhóm máu", "Tiền sử bệnh"] },
  // Vietnamese personal records ask for the ethnic group (Dân tộc) and religion (Tôn giáo).
  "special-category": { recommended: ["Dân tộc", "Tôn giáo"], nameTokens: ["dantoc", "tongiao"] },
};

/**
 * Chinese forms also write the identity card without "number" (患者身份证, a patient's ID card), and
 * Taiwan writes it 身分證. A patient's condition (病情), symptoms (症状) and the medication taken (用药).
 * Forms ask the birth date by its year and month (出生年月, also in 出生年月日), beside the reference's 出生日期
 * and 生日.
 */
const CHINESE_ADDITIONS: Partial<Record<CategoryId, AddedWords>> = {
  "government-id": { recommended: ["身份证", "身份證", "身分證"] },
  "date-of-birth": { recommended: ["出生年月"] },
  health: { recommended: ["病情", "症状", "症狀", "用药", "用藥"] },
};

const ADDED_LANGUAGES: readonly Partial<Record<CategoryId, AddedWords>>[] = [
  RUSSIAN_UKRAINIAN, INDONESIAN_MALAY, THAI, GREEK_CZECH_SLOVAK, CATALAN, ARABIC_PERSIAN_HEBREW_VIETNAMESE, CHINESE_ADDITIONS,
];

function withoutAll(list: readonly string[], removed: readonly string[] = []): string[] {
  const drop = new Set(removed.map((s) => s.toLowerCase()));
  return list.filter((item) => !drop.has(item.toLowerCase()));
}

const bigramKey = (bigram: readonly string[]): string => bigram.join(" ");

function withoutBigrams(list: readonly (readonly string[])[], removed: readonly (readonly string[])[] = []): (readonly string[])[] {
  const drop = new Set(removed.map(bigramKey));
  return list.filter((bigram) => !drop.has(bigramKey(bigram)));
}

function applyCorrections(category: RawCategoryLexicon): RawCategoryLexicon & Pick<CategoryLexicon, "formOnly" | "recommendedNegativeModifiers" | "headNegatives" | "strictEvenInForm"> {
  const fix = CORRECTIONS[category.id as CategoryId] ?? {};
  const languages = ADDED_LANGUAGES.flatMap((table) => table[category.id as CategoryId] ?? []);
  const { add = {}, addContextual = {}, toContextual = {}, promote = {}, formOnly = {}, drop = {} } = fix;
  const strict = category.strictOnly;
  const notRecommended = [...(toContextual.nameTokens ?? []), ...(formOnly.nameTokens ?? []), ...(drop.nameTokens ?? [])];
  const notRecommendedPhrases = [...(toContextual.labelPhrases ?? []), ...(formOnly.labelPhrases ?? []), ...(drop.labelPhrases ?? [])];
  return {
    ...category,
    nameTokens: [...withoutAll(category.nameTokens, notRecommended), ...(promote.nameTokens ?? []), ...(add.nameTokens ?? []), ...languages.flatMap((l) => l.nameTokens ?? [])],
    nameBigrams: [...withoutBigrams(category.nameBigrams, [...(toContextual.nameBigrams ?? []), ...(drop.nameBigrams ?? [])]), ...(add.nameBigrams ?? []), ...languages.flatMap((l) => l.nameBigrams ?? [])],
    labelPhrases: [...withoutAll(category.labelPhrases, notRecommendedPhrases), ...(add.labelPhrases ?? []), ...languages.flatMap((l) => l.recommended)],
    strictOnly: {
      nameTokens: [...withoutAll(strict.nameTokens, [...(promote.nameTokens ?? []), ...(formOnly.nameTokens ?? []), ...(drop.nameTokens ?? [])]),
        ...(toContextual.nameTokens ?? []), ...(addContextual.nameTokens ?? []), ...(formOnly.nameTokens ?? [])],
      nameBigrams: [...withoutBigrams(strict.nameBigrams, drop.nameBigrams), ...(toContextual.nameBigrams ?? []), ...(addContextual.nameBigrams ?? [])],
      labelPhrases: [...withoutAll(strict.labelPhrases, [...(formOnly.labelPhrases ?? []), ...(drop.labelPhrases ?? [])]), ...(toContextual.labelPhrases ?? []), ...(addContextual.labelPhrases ?? []),
        ...(formOnly.labelPhrases ?? []), ...languages.flatMap((l) => l.contextual ?? [])],
    },
    formOnly: { nameTokens: formOnly.nameTokens ?? [], labelPhrases: formOnly.labelPhrases ?? [] },
    negativeModifiers: [...withoutAll(category.negativeModifiers, fix.dropNegativeModifiers ?? []), ...(fix.negativeModifiers ?? [])],
    recommendedNegativeModifiers: fix.recommendedNegatives ?? [],
    headNegatives: fix.headNegatives ?? [],
    strictEvenInForm: { nameTokens: fix.strictEvenInForm?.nameTokens ?? [], nameBigrams: fix.strictEvenInForm?.nameBigrams ?? [] },
    downgradeModifiers: [...category.downgradeModifiers, ...(fix.downgradeModifiers ?? [])],
  };
}

export const CATEGORIES: readonly CategoryLexicon[] = RAW_CATEGORIES.map(
  (category) => applyCorrections(category) as CategoryLexicon,
);

export const CATEGORY_BY_ID: ReadonlyMap<CategoryId, CategoryLexicon> = new Map(CATEGORIES.map((c) => [c.id, c]));

/**
 * Body measurements that product forms ask too (reference trap 62): beside a width, length or
 * depth field, a `weight` or `height` field is a product's dimension, not health data.
 */
export const BODY_MEASUREMENT_TOKENS: ReadonlySet<string> = new Set(["weight", "height"]);
export const PRODUCT_DIMENSION_TOKENS: ReadonlySet<string> = new Set(["width", "length", "depth"]);

/**
 * A form about an animal (`PetForm`, `DogProfile`, a vet clinic's `PatientAnimalForm`): its date of
 * birth and health history are the animal's, not a person's.
 */
export const ANIMAL_SUBJECT_TOKENS: ReadonlySet<string> = new Set([...ANIMAL_WORDS, "vet", "veterinary"]);
export const ANIMAL_SUBJECT_EXEMPT: ReadonlySet<CategoryId> = new Set(["date-of-birth", "health"]);
/**
 * Fields only a form about an animal has: its species, breed or kind ("Pet Type", "Type of Animal",
 * `species`). A pet's name is not one: "What was your first pet's name?" is a security question.
 */
export const ANIMAL_FORM_TOKENS: ReadonlySet<string> = new Set(["species", "breed", "pettype", "animaltype", "especie", "espece"]);
export const ANIMAL_FORM_PAIRS: readonly (readonly [string, string])[] = [["pet", "type"], ["animal", "type"], ["pet", "species"], ["animal", "species"], ["pet", "breed"]];

/**
 * A choice of identity document ("Document type": passport, ID card, driving licence) makes the
 * document number after it a government ID: travel bookings, KYC and rental forms ask the type first.
 * Run-together names (`documentType`, `tipoDocumento`, `idType`) and the words apart, in English,
 * Spanish, Portuguese, French, German and Russian.
 */
export const DOCUMENT_TYPE_TOKENS: ReadonlySet<string> = new Set(["documenttype", "doctype", "idtype", "tipodocumento", "tipodoc", "typedocument", "dokumenttyp", "ausweistyp", "identificationtype"]);
export const DOCUMENT_TYPE_PAIRS: readonly (readonly [string, string])[] = [
  ["document", "type"], ["doc", "type"], ["id", "type"], ["identification", "type"], ["tipo", "documento"], ["tipo", "identificacion"],
  ["type", "piece"], ["type", "document"], ["dokument", "typ"], ["тип", "документа"],
];

/** Categories `configs.recommended` reports; `configs.strict` reports all. */
export const RECOMMENDED_CATEGORIES: readonly CategoryId[] = CATEGORIES.filter((c) => c.severity === "recommended").map((c) => c.id);

/** WHATWG autofill field name -> category (null: harmless, e.g. `country`, `cc-type`). */
export const AUTOCOMPLETE_CATEGORIES = RAW_AUTOCOMPLETE_CATEGORIES as Readonly<Record<string, CategoryId | null>>;

/** Multi-meaning short tokens that need a companion token (`cc` is also an e-mail Cc field). */
export const AMBIGUOUS_TOKENS: Readonly<Record<string, AmbiguousToken & { category: CategoryId }>> = {
  ...(RAW_AMBIGUOUS_TOKENS as Readonly<Record<string, AmbiguousToken & { category: CategoryId }>>),
  // `name` alone is anybody's name; next to a card word, or alone in a card form, it is the cardholder.
  // A `holder_name` is the holder's of a card or of a bank account alike: the cardholder only in a card form.
  name: { category: "payment-card", confirmWith: ["card", "cardholder", "cc", "carte", "tarjeta", "karte", "cartao", "carta"] },
  // A survey's `ideology` on a liberal-conservative scale is a political opinion; a brand's or a design's is not.
  ideology: { category: "special-category", confirmWith: ["political", "politics", "politic"] },
  // `number` alone is any number; alone in a card form, the card's.
  number: { category: "payment-card", confirmWith: ["card", "cc", "credit", "debit", "carte", "tarjeta", "karte", "cartao", "carta"] },
  // Spanish forms abbreviate "número": `nroDni`, `numDni`, `nDni`.
  ...(RAW_AMBIGUOUS_TOKENS.dni
    ? { dni: { ...(RAW_AMBIGUOUS_TOKENS.dni as AmbiguousToken & { category: CategoryId }), confirmWith: [...RAW_AMBIGUOUS_TOKENS.dni.confirmWith, "nro", "num", "no", "nr", "n"] } }
    : {}),
};

/** Ambiguous tokens that still count when they are the entire identifier (`name="pin"` on an input, Nigeria's `name="nin"`). */
export const WHOLE_IDENTIFIER_TOKENS: ReadonlySet<string> = new Set(["pin", "pan", "pass", "dni", "name", "exp", "nin", "number", "ideology"]);

/**
 * Single-word label phrases that are common words in another language of the lexicon: they count
 * only as the whole label ("Pass" is a Swedish passport label, "Season pass" is not; Turkish "Din" is
 * religion, Swedish "Din e-post" is "your e-mail"; Spanish "Clave" is a password, "Palabra clave" a keyword).
 * So does a word that names a card's field only on its own: "Number" in a card form, not "Phone number".
 */
export const WHOLE_LABEL_WORDS: ReadonlySet<string> = new Set(["pass", "pas", "passi", "din", "clave", "parola", "nome", "nombre", "nom", "number"]);

/**
 * Single-word label phrases this short are abbreviations (DNI, SIN, NIE, PIN, CPF): they count when
 * written in capitals or as the whole label, never as a word of running text (Polish "dni" = days,
 * Spanish "sin" = without, French "pas" = not).
 */
export const ACRONYM_PHRASE_MAX_LENGTH = 4;

type VendorFieldAttribute = RawVendorAttribute & { values: Readonly<Record<string, CategoryId>> };

/**
 * Values the reference leaves out: Stripe.js v2 pages write the expiry with underscores
 * (`data-stripe="exp_year"`), Braintree's and Adyen's client-side encryption name their fields
 * by `data-encrypted-name`, and the Mexican gateways' tokenizers by `data-conekta="card[number]"`
 * (Conekta.js) and `data-openpay-card="card_number"` (Openpay.js).
 */
const VENDOR_ATTRIBUTE_ADDITIONS: readonly VendorFieldAttribute[] = [
  { attribute: "data-stripe", values: { exp_month: "payment-card", exp_year: "payment-card" } },
  {
    attribute: "data-encrypted-name",
    values: {
      number: "payment-card", month: "payment-card", year: "payment-card", expiryMonth: "payment-card", expiryYear: "payment-card",
      holderName: "payment-card", cvv: "payment-auth", cvc: "payment-auth",
    },
  },
  {
    attribute: "data-conekta",
    values: { "card[number]": "payment-card", "card[name]": "payment-card", "card[exp_month]": "payment-card", "card[exp_year]": "payment-card", "card[cvc]": "payment-auth" },
  },
  {
    attribute: "data-openpay-card",
    values: { card_number: "payment-card", holder_name: "payment-card", expiration_month: "payment-card", expiration_year: "payment-card", cvv2: "payment-auth" },
  },
];

function withVendorAdditions(raw: readonly VendorFieldAttribute[]): VendorFieldAttribute[] {
  const merged = raw.map((entry) => ({ attribute: entry.attribute, values: { ...entry.values } }));
  for (const addition of VENDOR_ATTRIBUTE_ADDITIONS) {
    const known = merged.find((entry) => entry.attribute === addition.attribute);
    if (known) Object.assign(known.values, addition.values);
    else merged.push({ attribute: addition.attribute, values: { ...addition.values } });
  }
  return merged;
}

/** Payment SDK attributes that say what a field holds (`data-stripe="number"`). */
export const VENDOR_FIELD_ATTRIBUTES: readonly VendorFieldAttribute[] = withVendorAdditions(RAW_VENDOR_ATTRIBUTES as readonly VendorFieldAttribute[]);

/** Tokens whose letter-digit boundary is not split (`cvv2`, `address1`, `2fa`). */
export const DIGIT_TOKENS_KEPT: ReadonlySet<string> = new Set(RAW_DIGIT_TOKENS_KEPT);
