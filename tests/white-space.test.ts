import { describe, expect, it } from 'vitest';
import { isWhiteSpace, splitAtWhiteSpace } from '../src/doc/clean.js';

describe('white space as \\s has it', () => {
  it('is every code unit the pattern matches, and no other', () => {
    for (let code = 0; code < 0x10000; code++) expect([code, isWhiteSpace(code)]).toEqual([code, /\s/.test(String.fromCharCode(code))]);
  });

  it('splits text as split(/\\s+/) does, empty words at the ends included', () => {
    const texts = ['', ' ', 'Ana Lopez', '  the  Finance\tMinister\n', '\u00a0Cork\u2028County\ufeff', 'one', 'a \u3000 b', '\u2009\u200a'];
    for (const text of texts) expect(splitAtWhiteSpace(text)).toEqual(text.split(/\s+/));
  });
});
