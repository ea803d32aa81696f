import type { Doc } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { isDash } from '../lexicon/marks.js';
import type { Attribution } from './attribution.js';
import { isCapitalised, isQuoteMark, isWord, type TokenRange } from './tokens.js';

/** the most tokens a sign-off's name may have: "Rosa M. Ibarra Castillo" */
const MAX_NAME = 6;
/** the horizontal bar, which vox pops and pull quotes sign with besides the dashes; also the lemma of a sign-off's cue */
export const SIGN_OFF = '―';

/**
 * Quotes signed with a dash and a name after the closing mark: “We need better roads.” — Lena Holt (vox pops, pull
 * quotes, readers' letters). The name runs to the end of its sentence or paragraph, or to the next opening mark.
 */
export function findSignOffs(doc: Doc, inside: Uint8Array): Attribution[] {
  const tokens = doc.tokens;
  const out: Attribution[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (inside[i] || !(t.norm === SIGN_OFF || isDash(t, doc.text)) || !isQuoteMark(tokens[i - 1])) continue;
    let last = i + 1;
    while (last < tokens.length && last - i <= MAX_NAME && !newLineBefore(doc, last) && (isCapitalised(tokens[last]) || isInitialDot(doc, last))) last++;
    const stop = tokens[last];
    const closes = !stop || newLineBefore(doc, last) || isQuoteMark(stop) || /^[.!?]$/.test(stop.norm);
    if (last === i + 1 || last - i > MAX_NAME || !closes) continue;
    out.push({
      cue: { first: i, last: i + 1 },
      lemma: SIGN_OFF,
      cls: 'speech',
      subject: { first: i + 1, last },
      shared: false,
      infinitive: false,
      recipient: false,
      object: false,
      listener: false,
      first: i,
      next: last,
      sentence: { first: i, last },
    });
  }
  return out;
}

/** the fewest words a signed paragraph's words may have */
const MIN_SIGNED_WORDS = 3;

/** A paragraph of someone's words signed with their name, the attribution naming them and the words they said. */
export interface SignedParagraph {
  attribution: Attribution;
  said: TokenRange;
}

/**
 * A paragraph of words with no quote marks closed by a name alone after its last full stop: "We will rebuild the
 * depot. Lena Holt" (web pages' pull quotes, set apart from the story). The name is a person's the entity stage found
 * (`named`; a credit, "... province. Reuters", or a film's rating is none) and ends the paragraph; what was said runs from the paragraph's start to that full stop, which is the cue.
 */
export function findSignedParagraphs(doc: Doc, named: (start: number, end: number) => boolean): SignedParagraph[] {
  const tokens = doc.tokens;
  const out: SignedParagraph[] = [];
  for (const p of doc.paragraphs) {
    const first = tokenAtOrAfter(doc, p.start);
    const last = tokenAtOrAfter(doc, p.end);
    let name = last;
    while (name > first && last - name < MAX_NAME && isCapitalised(tokens[name - 1]) && isWord(tokens[name - 1])) name--;
    let stop = name - 1;
    while (stop > first && tokens[stop]!.norm === ')') stop--;
    if (name === last || stop <= first || !/^[.!?]$/.test(tokens[stop]!.norm) || !named(tokens[name]!.start, tokens[last - 1]!.end)) continue;
    let words = 0;
    let marked = false;
    for (let k = first; k < stop; k++) {
      if (isWord(tokens[k])) words++;
      marked ||= isQuoteMark(tokens[k]);
    }
    if (marked || words < MIN_SIGNED_WORDS) continue;
    const cue = { first: stop, last: stop + 1 };
    const attribution: Attribution = { cue, lemma: SIGN_OFF, cls: 'speech', subject: { first: name, last }, shared: false, infinitive: false, recipient: false, object: false, listener: false, first: stop, next: last, sentence: { first, last } };
    out.push({ attribution, said: { first, last: stop } });
  }
  return out;
}

/** Whether a line break stands between token k and the one before it. */
function newLineBefore(doc: Doc, k: number): boolean {
  return doc.text.slice(doc.tokens[k - 1]!.end, doc.tokens[k]!.start).includes('\n');
}

/** The full stop of an initial: "Edgar T. Lindqvist". */
function isInitialDot(doc: Doc, k: number): boolean {
  return doc.tokens[k]!.norm === '.' && /^\p{Lu}$/u.test(doc.tokens[k - 1]!.norm) && isCapitalised(doc.tokens[k + 1]);
}
