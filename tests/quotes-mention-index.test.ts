import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../src/quotes/mention-index.js';

type Span = { start: number; end: number };

/** What the index must give: every overlapping mention, people in order, each one's mentions in order. */
function scan(people: ReadonlyArray<{ mentions: Span[] }>, start: number, end: number) {
  const out: Array<{ start: number; end: number; person: number; mention: number }> = [];
  people.forEach((p, person) => p.mentions.forEach((m, mention) => m.start < end && m.end > start && out.push({ ...m, person, mention })));
  return out;
}

describe('MentionIndex', () => {
  it('finds the mentions overlapping a span, in the order of the people and of their mentions', () => {
    const people = [{ mentions: [{ start: 40, end: 50 }, { start: 0, end: 9 }] }, { mentions: [{ start: 4, end: 12 }] }];
    const index = new MentionIndex(people);
    expect(index.overlapping(5, 6)).toEqual([
      { start: 0, end: 9, person: 0, mention: 1 },
      { start: 4, end: 12, person: 1, mention: 0 },
    ]);
    expect(index.overlapping(12, 40)).toEqual([]);
    expect(index.overlapping(49, 60)).toEqual([{ start: 40, end: 50, person: 0, mention: 0 }]);
  });

  it('takes in people added later and mentions it is told of, and answers as a scan of them all would', () => {
    const people: Array<{ mentions: Span[] }> = [];
    const index = new MentionIndex(people);
    let seed = 7;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    for (let round = 0; round < 400; round++) {
      if (people.length === 0 || next(5) === 0) people.push({ mentions: [] });
      const person = people[next(people.length)]!;
      const start = next(5000);
      person.mentions.push({ start, end: start + 1 + next(30) });
      index.grew(person);
      const from = next(5000);
      const to = from + 1 + next(60);
      expect(index.overlapping(from, to)).toEqual(scan(people, from, to));
    }
  });
});
