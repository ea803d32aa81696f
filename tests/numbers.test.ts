import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

function numbers(text: string) {
  return extract(text).numbers.map((n) => ({ text: n.text, value: n.value, unit: n.unit, kind: n.kind, qualifier: n.qualifier, range: n.range }));
}

describe('numbers', () => {
  it.each([
    ['Some 700,000 people fled.', { text: '700,000', value: 700000, unit: null, kind: 'count', qualifier: 'approximate' }],
    ['It cost $3.2bn last year.', { text: '$3.2bn', value: 3.2e9, unit: 'USD', kind: 'money' }],
    ['Prices rose 15% in March.', { text: '15%', value: 15, unit: '%', kind: 'percent' }],
    ['As many as 12 soldiers died.', { text: '12', value: 12, qualifier: 'at_most' }],
    ['More than 200 vehicles arrived.', { text: '200', value: 200, qualifier: 'more_than' }],
    ['Nearly 1.5 million people live there.', { text: '1.5 million', value: 1.5e6, qualifier: 'approximate' }],
    ['The fund lost £2 billion.', { text: '£2 billion', value: 2e9, unit: 'GBP', kind: 'money' }],
    ['It has been there since 2012.', { text: '2012', kind: 'year' }],
    ['Between 12–15 people came.', { text: '12–15', value: null, range: [12, 15], kind: 'range' }],
    ['Seven hundred people marched.', { text: 'Seven hundred', value: 700 }],
  ])('%s', (text, expected) => {
    expect(numbers(text)).toContainEqual(expect.objectContaining(expected));
  });

  it('does not read numbers inside words', () => {
    expect(numbers('They live in tents and often move.')).toEqual([]);
  });

  it('links a count to the noun it counts', () => {
    expect(extract('Shelling killed 12 Turkish soldiers overnight.').numbers[0]?.counts?.text).toBe('Turkish soldiers');
  });

  it('takes the claimant from the quote the figure sits in', () => {
    const x = extract('"We lost 40 trucks in one night," said Barack Obama.');
    expect(x.numbers[0]?.claimedBy?.name).toBe('Barack Obama');
  });
});
