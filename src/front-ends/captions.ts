/**
 * Caption text both front ends read the same way: text written as a label ends in a colon
 * ("Medical history:", "Card number: *"), which sets it apart from a block of the page.
 */
export const LABEL_COLON = /:[\s*]*$/u;
