import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const names = (text: string): string[] => extract(text).entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => m.text));

describe('a month after a name says when', () => {
  it.each([
    ['The agency report (Harbour News Agency April 6, 2026) was filed late.', 'Harbour News Agency'],
    ['Lena Ortiz Associated Press October 12, 2026', 'Associated Press'],
    ['Sales rose, the Ohio Retail Traders October survey showed.', 'Ohio Retail Traders'],
  ])('"%s"', (text, name) => {
    const found = names(text);
    expect(found).toContain(name);
    expect(found.some((n) => /(April|March|October)$/.test(n))).toBe(false);
  });

  it.each([
    ['Maria August said the plan was sound.', 'Maria August'],
    ['Flights were due in Lagos April 4, officials said.', 'Lagos April'],
  ])('keeps a name\'s own month or one word and a month: "%s"', (text, name) => {
    expect(names(text)).toContain(name);
  });
});
