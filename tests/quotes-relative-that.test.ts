import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { onlyQuote as only } from './helpers/only-quote.js';

describe('"that" between a noun and its verb opens a relative clause, not what was said', () => {
  it.each([
    'The company told investors after the meeting that was held in Chicago that profits would rise.',
    'Ruiz told the committee members that were present that the budget was final.',
    'Police told families at the school that was evacuated on Monday that no one had been hurt.',
  ])('reports no relative clause: %s', (text) => {
    expect(extract(text).quotes).toEqual([]);
  });

  it.each([
    ['The minister told reporters after the summit that the talks had failed.', 'that the talks had failed'],
    ['Analysts said that was the largest drop in a decade.', 'that was the largest drop in a decade'],
  ])('keeps a "that" that opens a clause: %s', (text, content) => {
    expect(only(text).text).toBe(content);
  });
});
