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

/** Answers a question's select offers besides yes and no: "Unknown", "Not sure", "N/A", "Prefer not to say". */
const OTHER_ANSWER = /^(?:unknown|not sure|unsure|don'?t know|do not know|n\/?a|none|prefer not to (?:say|answer))$/iu;
/** The prompt a select shows before a choice ("Select One", "-- Please choose --", "Choose..."). */
const SELECT_PROMPT = /^[-\s]*(?:please\s+)?(?:select|choose|pick)\b.*$|^[-\s.]*$/iu;

/**
 * Whether a select's options, by their texts, are answers to a yes/no question: at least one yes or no,
 * and nothing but answers and a prompt ("Select One").
 */
export function offersOnlyAnswers(optionTexts: readonly string[]): boolean {
  let answered = false;
  for (const raw of optionTexts) {
    const text = raw.trim();
    if (isAnswerWord(text)) answered = true;
    else if (!OTHER_ANSWER.test(text) && !SELECT_PROMPT.test(text)) return false;
  }
  return answered;
}
