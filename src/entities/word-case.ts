import { caseChanges, CHANGES_UNDER_LOWER, CHANGES_UNDER_UPPER } from '../doc/letter-case.js';

/** The word opens with a lower-case letter ("operations"; not "Inc", "-"), read by code unit, no pattern compiled. */
export const opensLower = (word: string): boolean => word.length > 0 && (caseChanges(word.charCodeAt(0)) & CHANGES_UNDER_UPPER) !== 0;

/** The word is lower-case letters only ("piston"). */
export function isLowerWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) if ((caseChanges(word.charCodeAt(i)) & CHANGES_UNDER_UPPER) === 0) return false;
  return word.length > 0;
}

/** A capital, then lower-case letters only ("Finance", "Post"; not "EU", "McKay", "U.S."). */
export const isTitleCaseWord = (word: string): boolean => word.length > 1 && (caseChanges(word.charCodeAt(0)) & CHANGES_UNDER_LOWER) !== 0 && isLowerWord(word.slice(1));

/** text[at] is a space and a lower-case ASCII letter follows it (read before any token is looked up). */
export function isLowerAfterSpace(text: string, at: number): boolean {
  // no code read past the text's end: a read out of bounds made V8 drop the compiled code of the rules that ask
  if (at + 1 >= text.length) return false;
  const c = text.charCodeAt(at + 1);
  return text[at] === ' ' && c >= 97 && c <= 122;
}
