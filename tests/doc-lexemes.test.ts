import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import { LEXEME_LIMIT } from '../src/doc/wink-model.js';
import { docWords } from '../src/entities/doc-words.js';

const first = createDoc('The harbour board met in Wexford on Tuesday. The board said the Zorvanti plan was dead.');
const second = createDoc('Zorvanti, a harbour town, said the board would meet again on Tuesday.');

/** A document's norm → lexeme pairs, every token's. */
const pairs = (doc: ReturnType<typeof createDoc>): Array<[string, number]> => doc.tokens.map((t, i) => [t.norm, doc.lexemes![i]!]);

describe("the tokenizer's word numbers (doc.lexemes)", () => {
  it('number every token, the same word alike in every document, and no two words alike', () => {
    expect(first.lexemes).toHaveLength(first.tokens.length);
    const byWord = new Map<string, number>();
    const byNumber = new Map<number, string>();
    for (const [norm, k] of [...pairs(first), ...pairs(second)]) {
      if (k < 0) continue;
      expect(k).toBeLessThan(LEXEME_LIMIT);
      expect(byWord.get(norm) ?? k).toBe(k);
      expect(byNumber.get(k) ?? norm).toBe(norm);
      byWord.set(norm, k);
      byNumber.set(k, norm);
    }
    expect(byWord.get('harbour')).toBeGreaterThanOrEqual(0);
    expect(byWord.get('The')).not.toBe(byWord.get('the'));
  });

  it('give -1 to a word outside the vocabulary, in each document', () => {
    expect(pairs(first).find(([norm]) => norm === 'Zorvanti')?.[1]).toBe(-1);
    expect(pairs(second).find(([norm]) => norm === 'Zorvanti')?.[1]).toBe(-1);
  });
});

describe('docWords numbers written forms across documents', () => {
  const idOf = (doc: ReturnType<typeof createDoc>, norm: string): number => {
    const w = docWords(doc);
    return w.ids[w.of[doc.tokens.findIndex((t) => t.norm === norm)]!]!;
  };

  it('the same form alike in two documents, a vocabulary word or not', () => {
    for (const norm of ['harbour', 'Tuesday', 'Zorvanti', 'the']) expect(idOf(second, norm)).toBe(idOf(first, norm));
  });

  it('never one number for two forms', () => {
    const formOf = new Map<number, string>();
    for (const doc of [first, second]) {
      const w = docWords(doc);
      w.ids.forEach((id, k) => {
        expect(formOf.get(id) ?? w.norms[k]).toBe(w.norms[k]);
        formOf.set(id, w.norms[k]!);
      });
    }
    expect(formOf.size).toBe(new Set([...first.tokens, ...second.tokens].map((t) => t.norm)).size);
  });

  it('the same way for a document made without lexemes', () => {
    const plain = { ...createDoc('Zorvanti said the harbour was closed.'), lexemes: undefined };
    const w = docWords(plain);
    const of = (norm: string): number => w.ids[w.of[plain.tokens.findIndex((t) => t.norm === norm)]!]!;
    expect(of('Zorvanti')).toBe(idOf(first, 'Zorvanti'));
    expect(w.norms).toEqual([...new Set(plain.tokens.map((t) => t.norm))]);
  });
});
