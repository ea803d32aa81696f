import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../src/doc/document.js';
import { HAS_LOWER, HAS_UPPER, OPENS_UPPER, writtenWords } from '../src/entities/tagger/written-forms.js';

/** The written forms of `text` as [word, possessive, letters, key] per token. */
function readTokens(text: string): Array<[string, number, number, string]> {
  const w = writtenWords(createDoc(text));
  return Array.from(w.of, (f, i) => [w.words[f]!, w.possessive[f]!, w.letters[f]!, w.keys.words[w.keys.of[i]!]!]);
}

describe('written forms (what the tagger views read of each form, kept across documents)', () => {
  it('cuts a possessive off a token that holds one and keys the word in lower case', () => {
    const text = "Mills's ÉCOLE chief";
    const words: Array<[string, number, number]> = [["Mills's", 0, 7], ['ÉCOLE', 8, 13], ['chief', 14, 19]];
    const tokens = words.map(([norm, start, end]) => ({ start, end, norm, lower: norm.toLowerCase(), pos: 'NOUN', type: 'word', sentence: 0 }));
    const doc: Doc = { text, tokens, sentences: [{ start: 0, end: text.length, first: 0, last: 3 }], paragraphs: [], diagnostics: [] };
    const w = writtenWords(doc);
    expect(w.words).toEqual(['Mills', 'ÉCOLE', 'chief']);
    expect(Array.from(w.possessive)).toEqual([1, 0, 0]);
    expect(Array.from(w.letters)).toEqual([OPENS_UPPER | HAS_UPPER | HAS_LOWER, OPENS_UPPER | HAS_UPPER, HAS_LOWER]);
    expect(w.keys.words).toEqual(['mills', 'école', 'chief']);
  });

  it('reads letter cases and a capital opening the word past ASCII, surrogate pairs by the whole word', () => {
    const tokens = readTokens('Straße 12 and 𝐀lpha and 𐐨x met ΣΟΦΙΑ.');
    expect(tokens.find(([word]) => word === 'Straße')?.[2]).toBe(OPENS_UPPER | HAS_UPPER | HAS_LOWER);
    expect(tokens.find(([word]) => word === '12')?.[2]).toBe(0);
    expect(tokens.find(([word]) => word === 'ΣΟΦΙΑ')?.[2]).toBe(OPENS_UPPER | HAS_UPPER);
    expect(tokens.find(([word]) => word === 'and')?.[2]).toBe(HAS_LOWER);
    expect(tokens.find(([word]) => word === '𐐨')?.[2]).toBe(HAS_LOWER);
    expect(tokens.find(([word]) => word === '𝐀')?.[2]).toBe(0);
  });

  it('reads a document the same whatever documents came before it', () => {
    const text = "The Mayor's office said THE MAYOR would meet the mayor of Tarrow's twin town.";
    const first = readTokens(text);
    for (let i = 0; i < 50; i++) readTokens(`Other words ${i}: Kestrel${i}'s plan, KESTREL${i} and kestrel${i}.`);
    expect(readTokens(text)).toEqual(first);
  });

  it('numbers the keys of each document from zero, in order of first sight', () => {
    readTokens('Zeta alpha beta gamma delta.');
    const w = writtenWords(createDoc('The mayor met THE MAYOR.'));
    expect(w.keys.words).toEqual(['the', 'mayor', 'met', '.']);
    expect(Array.from(w.keys.of)).toEqual([0, 1, 2, 0, 1, 3]);
  });
});
