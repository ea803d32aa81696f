import { readFileSync } from 'node:fs';
import { findCases } from '../../src/check/cases.js';
import { formatFromPath, type InputFormat } from '../../src/input/detect.js';

export const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;

/** Every article fixture (an input document under fixtures/: text, or a saved web page), found the way `lede check` finds them. */
export function fixtureArticles(dir = FIXTURES): Array<{ name: string; path: string; text: string; format: InputFormat }> {
  return findCases(dir).cases.map((c) => ({
    name: c.input,
    path: c.inputPath,
    text: readFileSync(c.inputPath, 'utf8'),
    format: formatFromPath(c.input) ?? 'text',
  }));
}
