import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const LEAD = 'NEW YORK (AP) — ';
const entities = (body: string) => extract(LEAD + body, { explain: true }).entities;

describe('a rank or seeding before a name is no part of it', () => {
  it.each([
    ['No. 8 Marta Kostyuk saved two match points before beating Ons Jabeur.', 'Marta Kostyuk'],
    ['Second-seeded Coco Gauff will face No. 14 Daria Kasatkina in the quarterfinals.', 'Daria Kasatkina'],
    ['The draw paired No 5 Daniel Evans with a qualifier.', 'Daniel Evans'],
  ])('reads "%s" with %s as a person, the rank left out', (body, name) => {
    const found = entities(body);
    expect(found.find((e) => e.name === name)?.type).toBe('PERSON');
    expect(found.some((e) => /^No\.? \d/.test(e.name))).toBe(false);
  });

  it('reads no name from a rank alone', () => {
    const found = entities('She lost to the No. 24 seed in the second round.');
    expect(found.some((e) => /No\.? ?\d/.test(e.name))).toBe(false);
  });

  it('leaves a ranked team its name', () => {
    const found = entities('No. 3 Alabama beat Auburn 27-24 in the Iron Bowl on Saturday.');
    expect(found.some((e) => /^No\.? \d/.test(e.name))).toBe(false);
    expect(found.find((e) => e.name === 'Alabama')).toBeDefined();
  });
});
