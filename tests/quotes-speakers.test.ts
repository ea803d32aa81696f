import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Quote } from '../src/schema.js';

const only = (text: string): Quote => {
  const quotes = extract(text).quotes;
  expect(quotes).toHaveLength(1);
  return quotes[0]!;
};

describe('speakers before the cue', () => {
  it('takes a capitalised word opening the sentence as the speaker, whatever its part of speech', () => {
    const q = only('Lynch said her partner had never seen the contract.');
    expect(q).toMatchObject({ kind: 'indirect', text: 'her partner had never seen the contract' });
    expect(q.speaker?.mention?.text).toBe('Lynch');
  });

  it('looks past several appositives to the name that opens the clause', () => {
    const q = only('Dana Okafor, a Leeds-based builder and spokeswoman for the Terrace Alliance, which speaks for small landlords, said most of the new rules were unworkable.');
    expect(q.text).toBe('most of the new rules were unworkable');
    expect(q.speaker?.mention?.text).toBe('Dana Okafor');
  });

  it('reads an appositive of place and a name inside an apposition', () => {
    expect(only('Piet Vermeulen, of Ghent, Belgium, said he had sailed the route twice.').speaker?.name).toBe('Piet Vermeulen');
    expect(only('The harbour master, Ines Duarte, said the pier would reopen.').speaker?.name).toBe('Ines Duarte');
  });

  it('does not take a time word before the appositive for the speaker', () => {
    expect(only('Yesterday, Okafor, the builder, said the site would close.').speaker?.mention?.text).toBe('Okafor');
  });
});
