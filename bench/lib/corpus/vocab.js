// Facts the generators draw from: form fields by kind of form, masking markers by vendor, names.

/**
 * @typedef {object} FieldDef
 * @property {string} name          identifier used for name/id/register()
 * @property {string} label         visible label text
 * @property {string} [type]        input type (default text)
 * @property {string} [autocomplete]
 * @property {string} [placeholder]
 * @property {"input"|"select"|"textarea"|"checkbox"|"radio"} [control]
 */

/** @type {Record<string, FieldDef[]>} */
export const FORMS = {
  checkout: [
    { name: "cardNumber", label: "Card number", autocomplete: "cc-number", placeholder: "1234 1234 1234 1234" },
    { name: "cardExpiry", label: "Expiry date (MM/YY)", autocomplete: "cc-exp", placeholder: "MM / YY" },
    { name: "cvc", label: "CVC", autocomplete: "cc-csc", placeholder: "123" },
    { name: "cardholderName", label: "Name on card", autocomplete: "cc-name" },
    { name: "billingZip", label: "Billing ZIP code", autocomplete: "postal-code" },
    { name: "email", label: "Email for receipt", type: "email", autocomplete: "email" },
    { name: "couponCode", label: "Discount code", placeholder: "SUMMER24" },
    { name: "saveCard", label: "Save this card for next time", control: "checkbox" },
    { name: "giftMessage", label: "Gift message", control: "textarea" },
    { name: "quantity", label: "Quantity", type: "number" },
  ],
  signup: [
    { name: "firstName", label: "First name", autocomplete: "given-name" },
    { name: "lastName", label: "Last name", autocomplete: "family-name" },
    { name: "email", label: "Email address", type: "email", autocomplete: "email" },
    { name: "password", label: "Password", type: "password", autocomplete: "new-password" },
    { name: "confirmPassword", label: "Confirm password", type: "password", autocomplete: "new-password" },
    { name: "username", label: "Username", autocomplete: "username" },
    { name: "phone", label: "Mobile phone", type: "tel", autocomplete: "tel" },
    { name: "dateOfBirth", label: "Date of birth", type: "date", autocomplete: "bday" },
    { name: "acceptTerms", label: "I accept the terms of service", control: "checkbox" },
    { name: "newsletter", label: "Send me product news", control: "checkbox" },
    { name: "referralCode", label: "Referral code (optional)" },
  ],
  login: [
    { name: "email", label: "Email", type: "email", autocomplete: "username" },
    { name: "password", label: "Password", type: "password", autocomplete: "current-password" },
    { name: "otp", label: "One-time code", autocomplete: "one-time-code", placeholder: "6-digit code" },
    { name: "rememberMe", label: "Keep me signed in", control: "checkbox" },
  ],
  kyc: [
    { name: "legalName", label: "Full legal name", autocomplete: "name" },
    { name: "dateOfBirth", label: "Date of birth", type: "date", autocomplete: "bday" },
    { name: "ssn", label: "Social Security number", placeholder: "123-45-6789" },
    { name: "passportNumber", label: "Passport number" },
    { name: "nationalId", label: "National ID number" },
    { name: "taxId", label: "Tax identification number (TIN)" },
    { name: "driverLicense", label: "Driver's license number" },
    { name: "nationality", label: "Nationality", control: "select" },
    { name: "occupation", label: "Occupation" },
    { name: "sourceOfFunds", label: "Source of funds", control: "select" },
    { name: "idDocument", label: "Upload ID document", type: "file" },
    { name: "pep", label: "I am a politically exposed person", control: "checkbox" },
  ],
  bank: [
    { name: "accountHolder", label: "Account holder" },
    { name: "iban", label: "IBAN", placeholder: "DE89 3704 0044 0532 0130 00" },
    { name: "bic", label: "BIC / SWIFT" },
    { name: "accountNumber", label: "Account number" },
    { name: "routingNumber", label: "Routing number" },
    { name: "sortCode", label: "Sort code", placeholder: "12-34-56" },
    { name: "bankName", label: "Bank name" },
    { name: "payoutSchedule", label: "Payout schedule", control: "select" },
  ],
  health: [
    { name: "insuranceMemberId", label: "Insurance member ID" },
    { name: "insuranceProvider", label: "Insurance provider", control: "select" },
    { name: "primaryPhysician", label: "Primary care physician" },
    { name: "medications", label: "Current medications", control: "textarea" },
    { name: "allergies", label: "Allergies", control: "textarea" },
    { name: "diagnosis", label: "Previous diagnoses", control: "textarea" },
    { name: "symptoms", label: "Describe your symptoms", control: "textarea" },
    { name: "bloodType", label: "Blood type", control: "select" },
    { name: "pregnant", label: "Are you pregnant?", control: "radio" },
    { name: "emergencyContact", label: "Emergency contact", autocomplete: "name" },
    { name: "emergencyPhone", label: "Emergency contact phone", type: "tel" },
    { name: "heightCm", label: "Height (cm)", type: "number" },
  ],
  address: [
    { name: "addressLine1", label: "Street address", autocomplete: "address-line1" },
    { name: "addressLine2", label: "Apartment, suite, etc.", autocomplete: "address-line2" },
    { name: "city", label: "City", autocomplete: "address-level2" },
    { name: "region", label: "State / Province", autocomplete: "address-level1", control: "select" },
    { name: "postalCode", label: "Postal code", autocomplete: "postal-code" },
    { name: "country", label: "Country", autocomplete: "country", control: "select" },
    { name: "deliveryNotes", label: "Delivery instructions", control: "textarea" },
  ],
  settings: [
    { name: "displayName", label: "Display name", autocomplete: "nickname" },
    { name: "language", label: "Language", control: "select" },
    { name: "timezone", label: "Time zone", control: "select" },
    { name: "theme", label: "Theme", control: "radio" },
    { name: "bio", label: "Bio", control: "textarea" },
    { name: "website", label: "Website", type: "url", autocomplete: "url" },
    { name: "emailNotifications", label: "Email notifications", control: "checkbox" },
    { name: "weeklyDigest", label: "Weekly digest", control: "checkbox" },
    { name: "apiKey", label: "API key", type: "password" },
  ],
  search: [
    { name: "query", label: "Search", type: "search", placeholder: "Search products" },
    { name: "category", label: "Category", control: "select" },
    { name: "minPrice", label: "Min price", type: "number" },
    { name: "maxPrice", label: "Max price", type: "number" },
    { name: "inStock", label: "In stock only", control: "checkbox" },
    { name: "sortBy", label: "Sort by", control: "select" },
  ],
  contact: [
    { name: "name", label: "Your name", autocomplete: "name" },
    { name: "email", label: "Email", type: "email", autocomplete: "email" },
    { name: "subject", label: "Subject" },
    { name: "message", label: "Message", control: "textarea" },
    { name: "orderNumber", label: "Order number (if any)" },
  ],
  product: [
    { name: "title", label: "Product title" },
    { name: "sku", label: "SKU" },
    { name: "price", label: "Price", type: "number" },
    { name: "description", label: "Description", control: "textarea" },
    { name: "weight", label: "Weight (kg)", type: "number" },
    { name: "tags", label: "Tags" },
    { name: "visibility", label: "Visibility", control: "select" },
    { name: "stock", label: "Stock quantity", type: "number" },
    { name: "featured", label: "Featured", control: "checkbox" },
  ],
};

/** How often each kind of form appears (weights). */
export const FORM_WEIGHTS = /** @type {const} */ ([
  ["checkout", 10], ["signup", 10], ["login", 8], ["kyc", 5], ["bank", 5], ["health", 5],
  ["address", 9], ["settings", 9], ["search", 8], ["contact", 7], ["product", 9],
]);

/**
 * Masking and unmasking markers by vendor. `attr` is an attribute with a value (or `true` for a
 * bare attribute); `cls` is a class name.
 * @type {{ vendor: string, mask: ({ attr: string, value: string | true } | { cls: string })[], unmask: ({ attr: string, value: string | true } | { cls: string })[] }[]}
 */
export const MARKERS = [
  { vendor: "logrocket", mask: [{ attr: "data-private", value: true }], unmask: [{ attr: "data-public", value: true }] },
  { vendor: "fullstory", mask: [{ cls: "fs-exclude" }, { cls: "fs-mask" }], unmask: [{ cls: "fs-unmask" }] },
  { vendor: "hotjar", mask: [{ attr: "data-hj-suppress", value: true }], unmask: [{ attr: "data-hj-allow", value: true }] },
  { vendor: "datadog", mask: [{ attr: "data-dd-privacy", value: "mask" }, { attr: "data-dd-privacy", value: "hidden" }], unmask: [{ attr: "data-dd-privacy", value: "allow" }] },
  { vendor: "sentry", mask: [{ attr: "data-sentry-mask", value: true }, { cls: "sentry-mask" }], unmask: [{ attr: "data-sentry-unmask", value: true }] },
  { vendor: "posthog", mask: [{ cls: "ph-no-capture" }], unmask: [{ cls: "ph-capture" }] },
  { vendor: "clarity", mask: [{ attr: "data-clarity-mask", value: "True" }], unmask: [{ attr: "data-clarity-unmask", value: "True" }] },
];

export const NOUNS = [
  "Order", "Product", "Customer", "Invoice", "Payment", "Shipment", "Cart", "Account", "Profile", "Team",
  "Project", "Report", "Ticket", "Message", "Review", "Coupon", "Plan", "Subscription", "Address", "Appointment",
  "Patient", "Warehouse", "Category", "Campaign", "Notification", "Document", "Transfer", "Payout", "Refund", "Session",
];

export const ADJECTIVES = ["Recent", "Pending", "Archived", "Featured", "Draft", "Active", "Shared", "Upcoming", "Flagged", "Saved"];

export const WORDS = (
  "the order was shipped yesterday and should arrive within three business days please contact support " +
  "if anything looks wrong with your invoice we refund unused credit automatically at the end of each billing " +
  "period our team reviews every request manually to keep your data safe you can change these settings at any time " +
  "from your account page learn more about how we handle personal information in our privacy notice"
).split(" ");

export const COUNTRIES = [
  ["US", "United States"], ["CA", "Canada"], ["GB", "United Kingdom"], ["DE", "Germany"], ["FR", "France"],
  ["ES", "Spain"], ["IT", "Italy"], ["NL", "Netherlands"], ["SE", "Sweden"], ["PL", "Poland"], ["BR", "Brazil"],
  ["MX", "Mexico"], ["JP", "Japan"], ["IN", "India"], ["AU", "Australia"], ["NZ", "New Zealand"], ["ZA", "South Africa"],
];

/**
 * @param {import("../prng.js").Rng} rng
 * @param {number} min
 * @param {number} max
 */
export function sentence(rng, min = 6, max = 18) {
  const n = rng.int(min, max);
  const words = Array.from({ length: n }, () => rng.pick(WORDS));
  const text = words.join(" ");
  return text[0].toUpperCase() + text.slice(1) + ".";
}

/** @param {string} name camelCase -> kebab-case */
export function kebab(name) {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** @param {string} name camelCase -> snake_case */
export function snake(name) {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
