/**
 * The selects (in markup also the text inputs) of one date: the month and year of a card's expiry, the
 * day, month and year of a birth date. They share the caption written before the first
 * (`Expiry <select month> / <select year>`, `Date of Birth: <input id="year"> <input id="month">`).
 */

/**
 * A name or id for one part of a date (`exp_month`, `dob[day]`, `birthYear`, `mm`), also in French,
 * Spanish (also `anio`, año without its ñ), Portuguese, Italian, German and Dutch (`jour`, `mes`, `anno`, `monat`, `jaar`). German
 * `tag` and Dutch `dag` are left out: as names they are mostly tags.
 */
export const DATE_PART_NAME = /(?:^|[^a-z])(?:day|month|year|mon|yr|dd|mm|yy|yyyy|jour|mois|annee|dia|mes|ano|anio|giorno|mese|anno|monat|jahr|maand|jaar)s?(?:$|[^a-z])|(?:day|month|year)s?$/iu;
/**
 * The placeholder option of a part select with no name: `<option value="">--Month--</option>`, "YYYY", "Jour", "Año", "AA" (año),
 * and in Russian "ДД", "ММ", "ГГ" (день, месяц, год).
 */
export const DATE_PART_PLACEHOLDER = /^[^\p{L}\p{N}]*(?:day|month|year|mm|yy|yyyy|dd|jour|mois|année|annee|día|dia|mes|año|ano|giorno|mese|anno|tag|monat|jahr|dag|maand|jaar|jj|aa|aaaa|ngày|tháng|năm|дд|мм|гг|гггг|день|месяц|год)[^\p{L}\p{N}]*$/iu;
/** What stands between a date's part selects: "MM / YY". */
export const PART_SEPARATOR = /^[-/.–]$/u;
/** A date has at most three parts, so at most two selects stand between a part and the caption. */
export const MAX_PARTS_BEFORE = 2;
