import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import { partitionPoint } from '../src/binary-search.js';
import { firstAtOrAfter, lastEndingBy, sentenceAt } from '../src/doc/lookup.js';

describe('the binary search', () => {
  it('finds where a prefix predicate first fails, as a scan would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, offset) => {
        const sorted = values.sort((a, b) => a - b);
        const scan = sorted.findIndex((v) => v >= offset);
        expect(firstAtOrAfter(sorted, offset)).toBe(scan < 0 ? sorted.length : scan);
      }),
    );
  });

  it('searches only the range it is given', () => {
    const seen: number[] = [];
    expect(partitionPoint(3, 7, (i) => (seen.push(i), i < 5))).toBe(5);
    expect(seen.every((i) => i >= 3 && i < 7)).toBe(true);
    expect(partitionPoint(4, 4, () => true)).toBe(4);
  });

  it('finds the span ending by an offset with the latest start, the first of a tie, as a scan would', () => {
    const span = fc.record({ start: fc.nat({ max: 30 }), width: fc.nat({ max: 6 }), odd: fc.boolean() });
    fc.assert(
      fc.property(fc.array(span), fc.nat({ max: 40 }), (drawn, offset) => {
        const spans = drawn.map(({ start, width, odd }) => ({ start, end: start + width, odd })).sort((a, b) => a.start - b.start);
        const fits = (s: { odd: boolean }) => !s.odd;
        let expected: (typeof spans)[number] | null = null;
        for (const s of spans) if (s.start < offset && s.end <= offset && fits(s) && (!expected || s.start > expected.start)) expected = s;
        expect(lastEndingBy(spans, offset, fits)).toBe(expected);
      }),
    );
  });

  it('takes the first of the spans starting together that end by the offset', () => {
    const spans = [{ start: 2, end: 9 }, { start: 5, end: 12 }, { start: 5, end: 8 }, { start: 5, end: 7 }];
    expect(lastEndingBy(spans, 10, () => true)).toBe(spans[2]);
    expect(lastEndingBy(spans, 7, () => true)).toBe(spans[3]);
    expect(lastEndingBy(spans, 6, () => true)).toBeNull();
  });

  it('gives the sentence holding an offset, the first before any sentence starts', () => {
    const doc = createDoc('  The dam held. The river fell.');
    expect([0, 2, 15, 16, 30].map((at) => sentenceAt(doc, at))).toEqual([0, 0, 0, 1, 1]);
  });
});
