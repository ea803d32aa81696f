import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { onlyQuote as only } from './helpers/only-quote.js';

describe('an auxiliary after a conjunction joins another predicate to the cue\'s subject, and opens no clause of the object', () => {
  it.each([
    ['Some state officials praised the company’s work restoring the site but also had to give it more time to pay its debts.', 'the company’s work restoring the site'],
    ['The mayor praised the volunteers’ response but has since asked for a review of the delays.', 'the volunteers’ response'],
  ])('ends the object at the conjunction: %s', (text, content) => {
    expect(only(text).text).toBe(content);
  });

  it('reads no clause in an object and the predicate joined to it', () => {
    const quotes = extract('The agency has publicly signaled willingness to change the rules but has been met with resistance.').quotes;
    for (const q of quotes) expect(q.text).not.toContain('has been met');
  });

  it.each([
    ['Police said Brown and his wife were arrested at the border.', 'Brown and his wife were arrested at the border'],
    ['Officials said the plan to widen the road and build a tunnel would cost $40 million.', 'the plan to widen the road and build a tunnel would cost $40 million'],
    ['The minister said the bridge was closed and would stay closed until June.', 'the bridge was closed and would stay closed until June'],
  ])('keeps a clause whose subject is a list or holds coordinated infinitives: %s', (text, content) => {
    expect(only(text).text).toBe(content);
  });
});
