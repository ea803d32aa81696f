import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Location } from '../src/schema.js';

const located = (text: string): Location[] => extract(text, { explain: true }).locations;
const at = (locations: Location[], surface: string): Location | undefined =>
  locations.find((l) => l.mentions.some((m) => m.text === surface));

const MEALS = `Charity widens meal runs to three counties.

A Tulsa-based charity will deliver hot meals to older residents in three counties from next month, said Maria Lopez, who runs the Denver-based nonprofit that funds it. The Omaha-headquartered insurer behind the grant said it would double its support next year, and Dallas-area food banks said they would join.`;

const TOUR = `Singer adds dates after sell-out run.

The Bristol-born singer added dates in Cardiff and Leeds to her tour on Tuesday. A Kyiv-bound aid convoy also left Warsaw on Monday.`;

describe('a place joined to a participle of place by a hyphen ("Tulsa-based")', () => {
  it('puts the name on the map, the hyphen and participle as its evidence', () => {
    const locations = located(MEALS);
    for (const [name, word, country] of [['Tulsa', '-based', 'US'], ['Denver', '-based', 'US'], ['Omaha', '-headquartered', 'US'], ['Dallas', '-area', 'US']] as const) {
      const place = at(locations, name);
      expect(place?.geo?.countryCode, name).toBe(country);
      expect(place?.why?.evidence.some((e) => e.role === 'locative' && e.text === word), name).toBe(true);
    }
  });

  it('reads -born and -bound the same way, the mention being the name alone', () => {
    const locations = located(TOUR);
    expect(at(locations, 'Bristol')?.geo?.countryCode).toBe('GB');
    expect(at(locations, 'Kyiv')?.geo?.countryCode).toBe('UA');
    expect(locations.some((l) => l.mentions.some((m) => m.text.includes('-')))).toBe(false);
  });

  it('leaves a name joined to any other word alone', () => {
    const locations = located('The Tulsa-style barbecue stand opened on Friday, its owner said.');
    expect(at(locations, 'Tulsa')).toBeUndefined();
  });
});

const COURTHOUSE = `Jail contract goes to a vote.

An inmate was held without bond on Monday at the Pickens County Detention Center, jail records show. The Oconee County Fiscal Court will vote on the jail contract next week, and the Edgar County Ambulance Service asked for two more trucks.`;

describe('a county named in full opening a longer name the tagger reads as a place ("Oconee County Fiscal Court")', () => {
  it('is the county, the mention ending at its name', () => {
    const locations = located(COURTHOUSE);
    for (const [name, state] of [['Pickens County', 'US'], ['Oconee County', 'US'], ['Edgar County', 'US']] as const) {
      const place = at(locations, name);
      expect(place?.geo?.featureKind, name).toBe('admin2');
      expect(place?.geo?.countryCode, name).toBe(state);
    }
    expect(locations.some((l) => l.mentions.some((m) => /Center|Court|Service/.test(m.text)))).toBe(false);
  });
});
