import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Extraction, Location } from '../src/schema.js';

const at = (x: Extraction, surface: string): Location | undefined => x.locations.find((l) => l.mentions.some((m) => m.text === surface));
const names = (l: Location | undefined): string[] => (l?.why?.evidence ?? []).filter((e) => e.role === 'name').map((e) => e.text);

describe('places: the place an organisation is named for', () => {
  it.each([
    ['closing it after "of"', 'She studied at the University of Nebraska before joining a law firm in Omaha.', 'Nebraska', 'University of Nebraska'],
    ['opening a hospital', 'Both drivers were flown to Rockdale Medical Center after the pileup near Conyers, Georgia, a hospital spokeswoman said.', 'Rockdale', 'Rockdale Medical Center'],
    ['opening a library', 'The Denton Public Library will run the coding class, which is open to all residents of Denton County.', 'Denton', 'Denton Public Library'],
    ['opening a school', 'She taught at Ledyard High School for six years before moving to Norwich, Connecticut.', 'Ledyard', 'Ledyard High School'],
  ])('maps the place %s, not the organisation', (_, text, seat, organisation) => {
    const x = extract(text, { explain: true });
    const place = at(x, seat);
    expect(place?.geo?.countryCode).toBe('US');
    expect(names(place)).toEqual([organisation]);
    expect(at(x, organisation)).toBeUndefined();
    expect(x.entities.find((e) => e.name === organisation)?.type).toBe('ORG');
  });

  it("lets the organisation's seat choose among namesakes", () => {
    const x = extract('A spokeswoman for the Arts Council of Boone County said the grants would fund murals in Lebanon and Zionsville.', { explain: true });
    expect(at(x, 'Boone County')?.geo).toMatchObject({ countryCode: 'US', featureKind: 'admin2' });
    expect(at(x, 'Lebanon')?.geo?.countryCode).toBe('US');
  });

  it('names a seat by the place\'s own name, not by a word another language gives a far region', () => {
    const x = extract('The Federal Emergency Management Agency sent trailers to Baton Rouge.');
    expect(x.locations.map((l) => l.name)).toEqual(['Baton Rouge']);
  });

  it("never maps a place word inside a person's name", () => {
    const x = extract('Paris Hilton arrived in Cannes on Friday for the festival.');
    expect(at(x, 'Paris')).toBeUndefined();
  });
});
