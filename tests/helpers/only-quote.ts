import { expect } from 'vitest';
import { extract } from '../../src/extract.js';
import type { Quote } from '../../src/schema.js';

/** The one quote lede finds in `text`; fails the test when it finds none or several. */
export function onlyQuote(text: string): Quote {
  const quotes = extract(text).quotes;
  expect(quotes).toHaveLength(1);
  return quotes[0]!;
}
