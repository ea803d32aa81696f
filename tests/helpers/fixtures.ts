import { readFileSync } from 'node:fs';
import { findCases } from '../../src/check/cases.js';

export const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;

/** Every article fixture (an input document under fixtures/), found the way `lede check` finds them. */
export function fixtureArticles(dir = FIXTURES): Array<{ name: string; path: string; text: string }> {
  return findCases(dir).cases.map((c) => ({ name: c.input, path: c.inputPath, text: readFileSync(c.inputPath, 'utf8') }));
}
