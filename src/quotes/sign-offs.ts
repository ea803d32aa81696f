import type { Doc } from '../doc/document.js';
import { isDash } from '../lexicon/marks.js';
import type { Attribution } from './attribution.js';
import { isCapitalised, isQuoteMark } from './tokens.js';

/** the most tokens a sign-off's name may have: "Julie A. Diaz Martinez" */
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

/** Whether a line break stands between token k and the one before it. */
function newLineBefore(doc: Doc, k: number): boolean {
  return doc.text.slice(doc.tokens[k - 1]!.end, doc.tokens[k]!.start).includes('\n');
}

/** The full stop of an initial: "Edwin G. Monroy". */
function isInitialDot(doc: Doc, k: number): boolean {
  return doc.tokens[k]!.norm === '.' && /^\p{Lu}$/u.test(doc.tokens[k - 1]!.norm) && isCapitalised(doc.tokens[k + 1]);
}
