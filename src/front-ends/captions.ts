/**
 * Caption text both front ends read the same way: text written as a label ends in a colon
 * ("Medical history:", "Card number: *"), which sets it apart from a block of the page.
 */
export const LABEL_COLON = /:[\s*]*$/u;

/**
 * The longest question a radio or checkbox group may have: a whole sentence ("Have you ever been
 * convicted of a felony?"), or an insurance questionnaire's list of the conditions it asks about.
 */
export const MAX_QUESTION = 240;

/**
 * An instruction between a choice group's question and its options says how to answer, not what is
 * asked: "Choose all that apply", "Select one", "(check all that apply)". The question is before it.
 */
const ANSWER_INSTRUCTION = /^\(?\s*(?:please\s+)?(?:choose|select|check|tick|mark|pick)\s+(?:all|one|any|up\s+to|as\s+many)\b[^.?!]{0,40}[.:)]*\s*$/iu;

export function isAnswerInstruction(text: string): boolean {
  return ANSWER_INSTRUCTION.test(text);
}

/**
 * A bare answer written before its checkbox or radio (`<p>Y</p><input type="checkbox" />`, "Yes", "/"):
 * the option's own caption. The question is before it.
 */
const ANSWER_WORD = /^(?:[ny/]|yes|no|si|sí|non|oui|ja|nein|nao|não|evet|hayır|hayir)$/iu;

export function isAnswerWord(text: string): boolean {
  return ANSWER_WORD.test(text.trim());
}
