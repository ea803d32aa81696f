import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { isTownClub } from '../src/entities/town-clubs.js';

const typeOf = (text: string, name: string): string | undefined =>
  extract(text).entities.find((e) => e.mentions.some((m) => m.kind === 'name' && m.text === name))?.type;

describe('a city\'s name and "City" or "Town" the gazetteer does not know is a club', () => {
  it.each(['Swansea City', 'Exeter City', 'Bradford City', 'Ipswich Town', 'Luton Town'])('"%s"', (name) => {
    expect(isTownClub(name)).toBe(true);
  });

  it.each(['Kansas City', 'Mexico City', 'Cape Town', 'Bay City', 'Salt Lake City', 'Old Town'])('not "%s"', (name) => {
    expect(isTownClub(name)).toBe(false);
  });

  it('types the club in a story', () => {
    expect(typeOf('They swept Cardiff City aside 4-1 on Monday.', 'Cardiff City')).toBe('ORG');
    expect(typeOf('Swansea City won 2-0 at home on Saturday.', 'Swansea City')).toBe('ORG');
    expect(typeOf('Fans of Exeter City travelled north.', 'Exeter City')).toBe('ORG');
  });

  it("leaves a civic officer's city a place", () => {
    expect(typeOf('Huntsville City Manager Dana Ortiz said the road would open.', 'Huntsville City')).toBe('GPE');
    expect(typeOf('She moved to Kansas City last year.', 'Kansas City')).toBe('GPE');
  });
});
