import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const placeNames = (text: string) => extract(text).locations.flatMap((l) => l.mentions.map((m) => `${m.text}:${l.geo?.name ?? '-'}`));

describe('places: two places joined by a hyphen are each a place', () => {
  it.each([
    ['Officials said Egypt-US relations had improved since the summit in Cairo.', 'US:United States'],
    ['He studied at the University of Nebraska-Lincoln before moving to Omaha.', 'Lincoln:Lincoln'],
    ['Officials called the EU-South Korea trade pact a fresh start.', 'South Korea:South Korea'],
  ])('%s', (text, expected) => {
    expect(placeNames(text)).toContain(expected);
  });

  it('takes no name after a hyphen joined to a word that is no place', () => {
    expect(placeNames('The Coca-Cola Boston plant closed on Monday.').some((n) => n.startsWith('Cola'))).toBe(false);
    expect(placeNames('Shares of Rolls-Royce fell after the report.')).toEqual([]);
  });
});
