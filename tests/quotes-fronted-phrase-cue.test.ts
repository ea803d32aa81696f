import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const texts = (text: string): string[] => extract(text).quotes.map((q) => q.text);

describe('a cue in the phrase of a preposition that opens the sentence reports up to the main clause', () => {
  it.each([
    ['In a statement announcing the merger, the company called the deal good news for its customers.', 'the merger'],
    ['In a post announcing the closure, the museum thanked its volunteers for their work.', 'the closure'],
    ['Contrary to her claim that the repairs would be cheap, the bill came to $2 million.', 'that the repairs would be cheap'],
    ['In line with her pledge that no school would close, the board kept all twelve open.', 'that no school would close'],
  ])('%s', (text, content) => {
    expect(texts(text)).toContain(content);
    for (const t of texts(text)) expect(t.length).toBeLessThanOrEqual(content.length + 40);
  });

  it('leaves a main clause after an opening place name as it was', () => {
    expect(texts('In Ottawa officials said the bridge would reopen in March, and the ferry would run until then.')).toEqual([
      'the bridge would reopen in March, and the ferry would run until then',
    ]);
  });
});
