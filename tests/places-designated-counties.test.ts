import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const geoOf = (text: string, surface: string) => extract(text).locations.find((l) => l.mentions.some((m) => m.text === surface))?.geo;

describe("places: a lawmaker's home county after a party's letter, in a story of the state's house", () => {
  it.each([
    ['Hardy', 'Hardy County', 'Lawmakers in West Virginia passed the measure 60-38. Delegate Tom Hale, R-Hardy, and Delegate Lee Cole, D-Mingo, voted against it.'],
    ['McDowell', 'McDowell County', 'Lawmakers in West Virginia passed the measure on Friday. Delegate Clara Dunn, D-McDowell, voted against it.'],
  ])('reads %s as the county of that state', (surface, county, text) => {
    expect(geoOf(text, surface)).toMatchObject({ name: county, featureKind: 'admin2', countryCode: 'US' });
  });

  it('keeps the town where the state has a town of the name', () => {
    expect(geoOf('Massachusetts senators backed the plan. Sen. Tom Reed, D-Plymouth, said it would pass.', 'Plymouth')).toMatchObject({ name: 'Plymouth', featureKind: 'city' });
  });

  it('adds no county where the text names no state', () => {
    expect(geoOf('Delegate Clara Dunn, D-McDowell, voted against the bill.', 'McDowell')).toBeFalsy();
  });
});
