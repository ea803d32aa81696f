import { describe, expect, it } from 'vitest';
import { dropOverlaps as dropNameOverlaps } from '../src/entities/drop-overlaps.js';
import type { NameMention } from '../src/entities/merge.js';
import { dropOverlaps as dropPlaceOverlaps } from '../src/places/drop-overlaps.js';
import { placeMention, type PlaceMention } from '../src/places/mention.js';
import { dropDuplicates } from '../src/quotes/drop-duplicates.js';
import type { Quote } from '../src/schema.js';

const name = (start: number, end: number): NameMention => ({ start, end, type: 'PERSON', caps: false, dateline: false, rule: 'entities/tagger', title: null, typedBy: null });
const place = (start: number, end: number, role: PlaceMention['role'] = 'mention'): PlaceMention => placeMention(start, end, `k${start}`, [], role, -1, 'places/gazetteer');

describe('overlap and duplicate policies', () => {
  it('keeps the name that starts first, the longest of those starting together, in order', () => {
    const kept = dropNameOverlaps([name(10, 14), name(0, 5), name(0, 8), name(6, 12), name(20, 25)]);
    expect(kept.map((m) => [m.start, m.end])).toEqual([
      [0, 8],
      [10, 14],
      [20, 25],
    ]);
  });

  it('lets the dateline place displace an overlapping mention no longer than itself', () => {
    const mentions = [place(0, 6), place(0, 9, 'dateline'), place(30, 40), place(32, 36, 'dateline')];
    const kept = dropPlaceOverlaps(mentions);
    expect(kept.map((m) => [m.start, m.end, m.role])).toEqual([
      [0, 9, 'dateline'],
      [30, 40, 'mention'],
    ]);
    expect(mentions.map((m) => m.start)).toEqual([0, 0, 30, 32]);
  });

  it('keeps the first quote found for each span', () => {
    const quote = (id: string, kind: Quote['kind']) => ({ id, kind }) as Quote;
    const kept = dropDuplicates([quote('q:0-9', 'direct'), quote('q:0-9', 'indirect'), quote('q:12-20', 'indirect')]);
    expect(kept.map((q) => [q.id, q.kind])).toEqual([
      ['q:0-9', 'direct'],
      ['q:12-20', 'indirect'],
    ]);
  });
});
