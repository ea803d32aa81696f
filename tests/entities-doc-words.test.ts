import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import { tokensOf, writesAnyOf } from '../src/entities/doc-words.js';
import { adversarialDocument } from './helpers/adversarial.js';

/** tokensOf as it reads: every token whose lower case is one of the words. */
const scanned = (text: string, words: ReadonlySet<string>): number[] =>
  createDoc(text)
    .tokens.map((t, i) => (words.has(t.lower) ? i : -1))
    .filter((i) => i >= 0);

describe('tokensOf (answers remembered per written form across documents)', () => {
  const TALKS = new Set(['talks', 'the', 'minister']);
  const BODIES = new Set(['dáil', 'knesset', 'the']);

  it('finds the same tokens as a scan, for a set asked again on later documents and for another set over the same forms', () => {
    const texts = [
      'The minister said the talks would resume in the Knesset.',
      'THE TALKS: the Minister met Dáil members; talks went on.',
      'No word of either list here.',
      'The Dáil and the Knesset sat; the minister spoke.',
    ];
    for (const text of [...texts, ...texts]) {
      for (const words of [TALKS, BODIES]) expect(tokensOf(createDoc(text), words)).toEqual(scanned(text, words));
    }
  });

  it('says whether a document writes a word of a set, for sets first asked after its forms were read and past the sets kept as bits', () => {
    const docs = ['The minister said the talks would resume.', 'THE TALKS: the Minister met Dáil members.', 'No word of either list here.'].map((t) => createDoc(t));
    const words = ['talks', 'dáil', 'minister', 'the', 'resume', 'members', 'knesset', 'either', 'said', 'word'];
    // forty sets, more than get a bit of their own, each asked of documents whose forms earlier sets read
    for (let n = 0; n < 40; n++) {
      const set = new Set([words[n % words.length]!, words[(n * 7 + 3) % words.length]!, `absent${n}`]);
      for (const doc of docs) expect(writesAnyOf(doc, set), [...set].join()).toBe(doc.tokens.some((t) => set.has(t.lower)));
    }
  });

  it('agrees with the scan on hostile documents', () => {
    fc.assert(
      fc.property(adversarialDocument, (text) => {
        for (const words of [TALKS, BODIES]) expect(tokensOf(createDoc(text), words)).toEqual(scanned(text, words));
      }),
      { numRuns: 60 },
    );
  });
});
