import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

describe('places', () => {
  it('merges the mentions of one place', () => {
    const x = extract('Officials in Chicago said the storm hit Chicago hard.');
    const chicago = x.locations.find((l) => l.name === 'Chicago');
    expect(chicago?.mentions.map((m) => m.text)).toEqual(['Chicago', 'Chicago']);
  });

  it('reads a dateline and marks its place', () => {
    const x = extract('ANKARA (Reuters) — Officials met on Tuesday to discuss the border.');
    expect(x.dateline?.text).toBe('ANKARA (Reuters) —');
    const ankara = x.locations.find((l) => l.mentions.some((m) => m.role === 'dateline'));
    expect(ankara?.mentions[0]?.text).toBe('ANKARA');
  });
});
