import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { onlyQuote as only } from './helpers/only-quote.js';

describe('a participle cue after the main clause takes its subject', () => {
  it.each([
    ['On Thursday, however, the union rejected the offer, saying the pay rise was too small.', 'the union', 'the pay rise was too small'],
    ['After the vote, as well as the week of protests, the board revised the plan, saying it would focus on families.', 'the board', 'it would focus on families'],
    ['In March, in a letter to members, the union rejected the offer, arguing that the pay rise was too small.', 'the union', 'that the pay rise was too small'],
  ])('past the asides after a fronted phrase: %s', (text, speaker, content) => {
    const q = only(text);
    expect(q.speaker?.mention?.text).toBe(speaker);
    expect(q.text).toBe(content);
  });

  it.each([
    ['The union and the employers filed a joint motion, arguing the move was needed.', 'The union and the employers', 'the move was needed'],
    ['Two nurses and a porter signed a letter to the trust, warning that the ward was unsafe.', 'Two nurses and a porter', 'that the ward was unsafe'],
  ])('whole when it is coordinated: %s', (text, speaker, content) => {
    const q = only(text);
    expect(q.speaker?.mention?.text).toBe(speaker);
    expect(q.text).toBe(content);
  });

  it.each([
    'Outside the stadium, thousands of fans had waited for the team bus, singing and calling for the coach to stay.',
    'As Ruiz spent the weekend at his farm and tweeted about the levy, the mayor was out of town.',
  ])('never from a phrase a preposition or a subordinator opens: %s', (text) => {
    const speakers = extract(text).quotes.map((q) => q.speaker?.mention?.text ?? '');
    expect(speakers.filter((s) => /^(?:Outside|As)\b/.test(s))).toEqual([]);
  });
});
