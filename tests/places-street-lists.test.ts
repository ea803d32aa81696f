import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const placeOf = (text: string, surface: string) => extract(text).locations.find((l) => l.mentions.some((m) => m.text === surface));

describe('places: the names of a list a plural street word closes are streets', () => {
  it.each([
    ['Hubbard', 'Cook County', 'Police closed the junction of Hubbard and Elm streets in Chicago after a crash on Tuesday.'],
    ['Poydras', 'Orleans Parish', 'Marchers filled Canal, Poydras and Magazine streets in New Orleans on Saturday.'],
    ['Gardiner', 'Dublin City', 'Protesters gathered in Dublin and marched along Dorset and Gardiner streets to the parliament.'],
  ])('reads %s as a street of the story, not a town of its name', (street, region, text) => {
    const place = placeOf(text, street);
    expect(place?.geo).toMatchObject({ name: region });
    expect(place?.mentions.every((m) => m.text === street)).toBe(true);
  });

  it('keys each street with its word, so the street named in full elsewhere is the same place', () => {
    const text = 'State Street was closed to traffic in Chicago on Monday.\n\nThe driver stopped at State and Madison streets, police said.';
    expect(placeOf(text, 'State')?.mentions.map((m) => m.text)).toEqual(['State Street', 'State']);
    expect(placeOf(text, 'Madison')?.geo?.featureKind).toBe('admin2');
  });

  it('leaves numbered streets out', () => {
    expect(placeOf('Crews repaved Third and Sixth streets in Dayton last week.', 'Third')).toBeUndefined();
  });
});
