import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

describe('entities', () => {
  it('merges a full name and a later surname into one person with the fullest name', () => {
    const x = extract('Barack Obama spoke in Chicago on Monday. Later, Obama flew to Washington.');
    const obama = x.entities.find((e) => e.type === 'PERSON' && e.name === 'Barack Obama');
    expect(obama?.mentions.map((m) => m.text)).toEqual(['Barack Obama', 'Obama']);
  });

  it('gives "Turkey\'s" the mention "Turkey"', () => {
    const x = extract("Turkey's government met in Ankara.");
    const mentions = x.entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions).toContain('Turkey');
    expect(mentions.some((m) => m.endsWith("'s"))).toBe(false);
  });

  it('links an acronym to the organisation it abbreviates', () => {
    const x = extract('The North Atlantic Treaty Organization met on Monday. NATO said it would respond.');
    const nato = x.entities.find((e) => e.name === 'North Atlantic Treaty Organization');
    expect(nato?.mentions.map((m) => m.text)).toEqual(['North Atlantic Treaty Organization', 'NATO']);
  });

  it('derives entity ids from type and name', () => {
    const x = extract('Barack Obama spoke in Chicago.');
    expect(x.entities.map((e) => e.id)).toContain('person:barack-obama');
  });
});
