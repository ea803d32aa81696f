import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Location } from '../src/schema.js';

const located = (text: string): Location[] => extract(text).locations;
const at = (locations: Location[], surface: string): Location | undefined =>
  locations.find((l) => l.mentions.some((m) => m.text === surface));

describe('places: recognition', () => {
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
    expect(ankara?.geo).toMatchObject({ name: 'Ankara', countryCode: 'TR', featureKind: 'city' });
  });

  it('keeps a place before a role noun or a title: "Guelph Engineer Dana Price"', () => {
    expect(at(located('Guelph Engineer Dana Price said the bridge was safe.'), 'Guelph')).toBeDefined();
  });

  it('links a demonym to its country with the demonym role', () => {
    const locations = located('Turkish troops crossed the border as Turkey warned its neighbour.');
    const turkey = at(locations, 'Turkey');
    expect(turkey?.mentions.map((m) => [m.text, m.role])).toEqual([
      ['Turkish', 'demonym'],
      ['Turkey', 'mention'],
    ]);
    expect(turkey?.geo).toMatchObject({ geonameId: 298795, countryCode: 'TR', featureKind: 'country' });
  });

  it('finds places the name tagger missed, from the gazetteer', () => {
    const locations = located('The convoy left Chiefland before dawn and reached Gainesville, Fla., by noon.');
    expect(at(locations, 'Chiefland')?.geo?.countryCode).toBe('US');
    expect(at(locations, 'Fla.')?.geo).toMatchObject({ name: 'Florida', featureKind: 'admin1' });
  });

  it('does not take a place inside an organisation or a person name', () => {
    const locations = located('Bank of America said Paris Hilton would not attend the gala in Denver.');
    expect(at(locations, 'America')).toBeUndefined();
    expect(at(locations, 'Paris')).toBeUndefined();
    expect(at(locations, 'Denver')?.geo?.countryCode).toBe('US');
  });

  it('does not read a common word opening a sentence as a place', () => {
    const text = 'Reading is a pleasure, the librarian said on the train to Reading.';
    const reading = at(located(text), 'Reading');
    expect(reading?.mentions.map((m) => m.start)).toEqual([text.lastIndexOf('Reading')]);
  });

  it('keeps a country that opens a longer name ("Russian Defence Ministry")', () => {
    const locations = located('The Russian Defence Ministry said the drills near Kaliningrad were routine.');
    expect(at(locations, 'Russian')?.geo?.countryCode).toBe('RU');
  });

  it('lists streets as places the gazetteer lacks', () => {
    const locations = located('Police closed Magnolia Avenue and Highway 61 after the crash.');
    expect(at(locations, 'Magnolia Avenue')?.geo).toBeNull();
    expect(at(locations, 'Highway 61')?.geo).toBeNull();
  });

  it('ignores capitals that only mark a headline', () => {
    const locations = located('Mobile Phones Banned At Polling Stations\n\nVoters in Lagos were told to leave their phones at home.');
    expect(at(locations, 'Mobile')).toBeUndefined();
    expect(at(locations, 'Lagos')?.geo?.countryCode).toBe('NG');
  });
});

describe('places: resolution', () => {
  it('uses the region named after a comma ("Springfield, Illinois"; "Paris, Texas")', () => {
    const locations = located('She grew up in Springfield, Illinois, and later moved to Paris, Texas, to teach.');
    expect(at(locations, 'Springfield')?.geo).toMatchObject({ countryCode: 'US' });
    expect(at(locations, 'Springfield')?.geo?.lat).toBeCloseTo(39.8, 0);
    expect(at(locations, 'Paris')?.geo).toMatchObject({ countryCode: 'US' });
    expect(at(locations, 'Paris')?.geo?.lon).toBeCloseTo(-95.6, 0);
  });

  it('keeps one sense per name in a document', () => {
    const locations = located('The mayor of Paris, Texas, opened the fair. Paris has hosted it since 1911.');
    const paris = at(locations, 'Paris');
    expect(paris?.mentions).toHaveLength(2);
    expect(paris?.geo?.countryCode).toBe('US');
  });

  it('prefers the best-known place when nothing else is said, and keeps runner-ups', () => {
    const paris = at(located('Fashion buyers flew into Paris for the shows.'), 'Paris');
    expect(paris?.geo).toMatchObject({ geonameId: 2988507, countryCode: 'FR', featureKind: 'city' });
    const springfield = at(located('Flooding hit Springfield on Tuesday.'), 'Springfield');
    expect(springfield?.candidates.length).toBeGreaterThan(0);
  });

  it('reads the countries an article is about', () => {
    const syria = located('Syrian government forces shelled Idlib, where rebels still hold out.');
    expect(at(syria, 'Idlib')?.geo?.countryCode).toBe('SY');
    const us = located('The governor of Georgia toured Atlanta and Savannah after the storm.');
    expect(at(us, 'Georgia')?.geo).toMatchObject({ countryCode: 'US', featureKind: 'admin1' });
    const caucasus = located('Protesters filled the streets of Tbilisi as Georgia marked independence day.');
    expect(at(caucasus, 'Georgia')?.geo).toMatchObject({ countryCode: 'GE', featureKind: 'country' });
  });

  it("weighs the article's country above a bigger namesake abroad, and a state holding the named towns above a county", () => {
    const coast = located(
      'Game wardens from Georgia searched the river on Sunday after a canoe overturned near the Nassau line. Florida officers joined them, and a swimmer was found safe in Camden.',
    );
    expect(at(coast, 'Georgia')?.geo).toMatchObject({ countryCode: 'US', featureKind: 'admin1' });
    expect(at(coast, 'Nassau')?.geo?.countryCode).toBe('US');
    const smoke = located('Georgia officials said a wildfire had burned 3,000 acres near Camden. Smoke drifted south into Florida, and schools in Nassau closed early.');
    expect(at(smoke, 'Georgia')?.geo).toMatchObject({ countryCode: 'US', featureKind: 'admin1' });
    expect(at(smoke, 'Nassau')?.geo?.countryCode).toBe('US');
    const bridge = located('Delaware officials said the bridge in Wilmington would close for repairs. Drivers heading to Dover were told to use Route 1.');
    expect(at(bridge, 'Delaware')?.geo).toMatchObject({ name: 'Delaware', featureKind: 'admin1' });
  });

  it('places a town near the other places of its story', () => {
    const locations = located('Deputies from Tarrant County searched Arlington after a crash near Fort Worth.');
    expect(at(locations, 'Arlington')?.geo?.lat).toBeCloseTo(32.7, 0);
  });

  it('fills every geo field', () => {
    const geo = at(located('Talks resumed in Nairobi on Monday.'), 'Nairobi')?.geo;
    expect(geo).toMatchObject({ geonameId: 184745, name: 'Nairobi', countryCode: 'KE', featureKind: 'city' });
    expect(geo?.population).toBeGreaterThan(1_000_000);
    expect(Math.abs((geo?.lat ?? 0) + 1.28)).toBeLessThan(0.1);
  });

  it('names the gazetteer in meta', () => {
    expect(extract('Rain in Oslo.').meta.gazetteer).toMatch(/^[0-9a-f]{12}$/);
  });
});
