/** An initial ("U.S.") or a short form ("Corp.") ending the name. */
const ABBREVIATION_END = /\b(?:[A-Z]|Inc|Corp|Co|Ltd|Jr|Sr|St|Bros)\.$/;
/** The tests read no further back than this from the end (the longest short form and the boundary before it). */
const TAIL = 8;

/** A name never ends in a possessive or punctuation: "Turkey's" gives "Turkey", "the Smiths'" gives "the Smiths". */
export function trimName<T extends { start: number; end: number }>(text: string, c: T): T | null {
  let start = c.start;
  let end = c.end;
  while (start < end && /[\s"“”‘(]/.test(text[start]!)) start++;
  for (;;) {
    const piece = text.slice(Math.max(start, end - TAIL), end);
    if (/['’]s$/.test(piece)) end -= 2;
    else if (/s['’]$/.test(piece)) end -= 1;
    else if (/[\s,;:!?"“”’)\-–—]$/.test(piece)) end -= 1;
    else if (piece.endsWith('.') && !ABBREVIATION_END.test(piece)) end -= 1;
    else break;
    if (end <= start) return null;
  }
  return { ...c, start, end };
}
