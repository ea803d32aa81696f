import { describe, expect, it } from 'vitest';
import { lastWords } from '../src/entities/last-words.js';

/** What the callers read before: the window split at white space, its last `count` pieces. */
const bySplit = (window: string, count: number): string[] => window.split(/\s+/).slice(-count);

describe('the last words of a window, read back from its end', () => {
  it.each([
    ['his late mother, ', 4],
    ['  soft red winter', 2],
    ['soft red winter', 5],
    ['liquefied\u00a0natural\n gas  ', 3],
    ['', 2],
    ['   ', 3],
    ['one', 1],
  ])('"%s" gives its last %i pieces as a split does', (window, count) => {
    const text = `Xy ${window}(Z)`;
    expect(lastWords(text, 3, 3 + window.length, count)).toEqual(bySplit(window, count));
  });
});
