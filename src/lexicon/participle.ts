/** Does the word end like a participle ("rushing", "unanswered", "existing")? Two letters before the ending at least. */
export function looksLikeParticiple(lower: string): boolean {
  return /[a-z]{2}(?:ing|ed)$/.test(lower);
}
