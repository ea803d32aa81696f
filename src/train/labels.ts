import { isTitleWord } from '../entities/roles.js';
import type { LabelMap } from './corpus.js';

/** CoNLL-2003 and WikiGold already use the tagger's four types. */
export const sameLabels: LabelMap = (e, _doc, first) => ({ type: e.type, first });

/**
 * GMB: its PERSON spans often start with a title ("President Bush"), which CoNLL leaves out, so leading title
 * words are dropped (a span of titles only is left out); its GPE spans are mostly nationality adjectives and
 * plural demonyms (MISC in CoNLL terms), the rest country names (LOC); DATE is not a name.
 */
export const gmbLabels: LabelMap = (e, doc, first, last) => {
  if (e.type === 'DATE') return null;
  if (e.type === 'PERSON') {
    let f = first;
    while (f < last && isTitleWord(doc.tokens[f]!.norm)) f++;
    return f < last ? { type: 'PERSON', first: f } : null;
  }
  if (e.type === 'GPE') return { type: doc.tokens[last - 1]!.pos === 'PROPN' && !/(?:ans|ese|ish|i|is)$/.test(e.text ?? '') ? 'LOC' : 'MISC', first };
  return { type: e.type, first };
};
