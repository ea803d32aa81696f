import { describe, expect, it } from 'vitest';
import { onlyQuote as only } from './helpers/only-quote.js';

describe('a subject qualified by a relative clause with no relative pronoun speaks', () => {
  it.each([
    ['All the growers I met said the frost had ruined the crop.', 'the growers', 'the frost had ruined the crop'],
    ['The aides she consulted warned that the vote was lost.', 'The aides', 'that the vote was lost'],
    ['Several farmers we met warned that the harvest would be late.', 'Several farmers', 'that the harvest would be late'],
    ['The officials I talked with said the bridge would reopen in May.', 'The officials', 'the bridge would reopen in May'],
  ])('%s', (text, speaker, content) => {
    const q = only(text);
    expect(q.speaker?.mention?.text).toBe(speaker);
    expect(q.text).toBe(content);
  });
});
