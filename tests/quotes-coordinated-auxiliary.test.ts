import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { onlyQuote as only } from './helpers/only-quote.js';

describe('an auxiliary after a conjunction joins another predicate to the cue\'s subject, and opens no clause of the object', () => {
  it.each([
    ['Several county officials praised the charity’s work cleaning up the river but also had to grant it an extension on its loan.', 'the charity’s work cleaning up the river'],
    ['The mayor praised the volunteers’ response but has since asked for a review of the delays.', 'the volunteers’ response'],
  ])('ends the object at the conjunction: %s', (text, content) => {
    expect(only(text).text).toBe(content);
  });

  it('reads no clause in an object and the predicate joined to it', () => {
    const quotes = extract('The league has openly signaled readiness to revise the schedule but has been met with pushback.').quotes;
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
