import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

describe('direct quotes', () => {
  it('attributes a curly quote to the person named after it', () => {
    const x = extract('Barack Obama visited Chicago. “We will rebuild this city together,” Obama said on Monday.');
    expect(x.quotes).toHaveLength(1);
    const q = x.quotes[0]!;
    expect(q.kind).toBe('direct');
    expect(q.text).toBe('“We will rebuild this city together,”');
    expect(q.speaker?.name).toBe('Barack Obama');
    expect(q.speaker?.entityId).toBe('person:barack-obama');
    expect(q.speaker?.mention?.text).toBe('Obama');
    expect(q.cue?.lemma).toBe('say');
  });

  it('handles the inverted order "said X" and straight marks', () => {
    const x = extract('"The camps are full and winter is coming," said Barack Obama.');
    expect(x.quotes[0]?.speaker?.name).toBe('Barack Obama');
    expect(x.quotes[0]?.speaker?.resolvedBy).toBe('explicit');
  });

  it('resolves "he said" to the last person named before the quote', () => {
    const x = extract('Barack Obama arrived late.\n\n"We have asked our allies to help us," he said.');
    const q = x.quotes[0]!;
    expect(q.speaker).toMatchObject({ name: 'Barack Obama', resolvedBy: 'pronoun' });
    expect(q.speaker?.mention?.text).toBe('he');
  });

  it('reports an unclosed mark and still finds the quotes after it', () => {
    const x = extract('He said "this never closes.\n\n"This one does close properly," said Barack Obama.');
    expect(x.diagnostics.map((d) => d.code)).toContain('quotes/unclosed');
    expect(x.quotes.map((q) => q.text)).toEqual(['"This one does close properly,"']);
  });

  it('takes quoted words inside a sentence with no one to say them for scare quotes, not quotes', () => {
    const x = extract('The word "unprecedented sudden massive change" appears often in the report.');
    expect(x.quotes).toEqual([]);
  });
});
