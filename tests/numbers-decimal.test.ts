import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { timesPowerOfTen } from '../src/numbers/decimal.js';
import { scanAmounts } from '../src/numbers/scan.js';

/** A decimal as a reporter writes it, never nought: "2", "2.05", "43.6", "0.375", "117.25". */
const decimal = fc
  .tuple(fc.integer({ min: 0, max: 999 }), fc.option(fc.stringMatching(/^\d{0,3}[1-9]$/), { nil: undefined }))
  .filter(([whole, fraction]) => whole > 0 || fraction !== undefined)
  .map(([whole, fraction]) => (fraction === undefined ? String(whole) : `${whole}.${fraction}`));

const SCALE_WORDS: Array<[string, number]> = [['hundred', 2], ['thousand', 3], ['lakh', 5], ['million', 6], ['crore', 7], ['billion', 9], ['trillion', 12]];
const ABBREVIATIONS: Array<[string, number]> = [['k', 3], ['m', 6], ['bn', 9], ['tn', 12]];

/** The double nearest the decimal the text states, scaled: what a value must be. */
const stated = (digits: string, exponent: number) => Number(`${digits}e${exponent}`);

function valueOf(text: string): number | null {
  const [figure] = scanAmounts(text, []);
  return figure?.value ?? null;
}

describe('numbers: a value is the decimal the text states', () => {
  it('scales by a scale word without binary noise', () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom(...SCALE_WORDS), fc.boolean(), (digits, [word, exponent], money) => {
        const text = `The fund raised ${money ? '$' : ''}${digits} ${word} last year.`;
        expect(valueOf(text)).toBe(stated(digits, exponent));
      }),
      { numRuns: 500 },
    );
  });

  it('scales by an abbreviation written after the digits', () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom(...ABBREVIATIONS), fc.constantFrom('$', '€', '£'), (digits, [abbreviation, exponent], sign) => {
        expect(valueOf(`It cost ${sign}${digits}${abbreviation} in all.`)).toBe(stated(digits, exponent));
      }),
      { numRuns: 500 },
    );
  });

  it('scales a currency code with its multiplier', () => {
    fc.assert(
      fc.property(decimal, (digits) => {
        expect(valueOf(`Tokyo lent ${digits} USD million.`)).toBe(stated(digits, 6));
      }),
      { numRuns: 200 },
    );
  });

  it('moves the decimal point of any double by a power of ten', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: -6, max: 12 }), (value, exponent) => {
        const [mantissa, own] = String(value).split('e');
        expect(timesPowerOfTen(value, 10 ** exponent)).toBe(Number(`${mantissa}e${Number(own ?? 0) + exponent}`));
      }),
    );
  });

  it.each([
    ['Profit reached $2.05 billion.', 2050000000],
    ['The bill came to 4.35 million euros.', 4350000],
    ['The lower end, 1.15 to 2 million barrels, held.', null],
    ['It was 12 dollars and 99 cents.', 12.99],
  ])('%s', (text, value) => {
    expect(extract(text).numbers[0]?.value).toBe(value);
  });

  it('scales the low end of a range by the scale of the high one', () => {
    expect(extract('Output was 1.15 to 2.05 million barrels.').numbers[0]?.range).toEqual([1150000, 2050000]);
  });
});
