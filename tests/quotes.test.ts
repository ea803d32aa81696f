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

describe('a closing mark typed where a quote opens', () => {
  it('opens a quote at a paragraph start or a word start when no quote is open', () => {
    const x = extract('Readers wrote in after the debate.\n\n”Fear. I am afraid of what comes next for the country.” ― Dana Ortiz\n\n“We need a calmer campaign and better ideas from both sides.” ― Mark Lee\n\nThe coach called it ”a strange and costly afternoon” for the club, Ruiz said.');
    expect(x.quotes.map((q) => [q.kind, q.text.slice(0, 12), q.speaker?.name])).toEqual([
      ['direct', '”Fear. I am ', 'Dana Ortiz'],
      ['direct', '“We need a c', 'Mark Lee'],
      ['mixed', 'The coach ca', 'Ruiz'],
      ['mixed', 'it ”a strang', 'The coach'],
    ]);
  });

  it('still closes an open quote and leaves a mark after a word alone', () => {
    const x = extract('“We are ready,” Ruiz said. The word ”ready” came up often, and 12” pipes were fitted.');
    expect(x.quotes.map((q) => q.text)).toEqual(['“We are ready,”']);
  });
});
