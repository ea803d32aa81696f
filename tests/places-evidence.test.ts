import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Location } from '../src/schema.js';

const located = (text: string): Location[] => extract(text, { explain: true }).locations;
const at = (locations: Location[], surface: string): Location | undefined =>
  locations.find((l) => l.mentions.some((m) => m.text === surface));
const roles = (l: Location | undefined): string[] => (l?.why?.evidence ?? []).map((e) => `${e.role}: ${e.text}`);

describe('places: what goes on the map is weighed', () => {
  it.each([
    ['an armed group spelt like a town', 'Gunmen from Hamas fired rockets toward Ashkelon, the army said.', 'Hamas', 'Ashkelon'],
    ['an acronym that is no country or state code', 'The AI firm said its chips sold out, and sales in the UK rose.', 'AI', 'UK'],
    ['a newspaper named for its readers', 'The Oregonian reported on Tuesday that the levy had failed in Salem.', 'Oregonian', 'Salem'],
    ['a month', 'The fire broke out in Salisbury on March 9, fire crews said.', 'March', 'Salisbury'],
  ])('keeps %s off the map', (_, text, not, place) => {
    const locations = located(text);
    expect(at(locations, not)).toBeUndefined();
    expect(at(locations, place)?.geo).not.toBeNull();
  });

  it('never reads a common word as a place without the words around it', () => {
    expect(located('Keep an eye on the weather, the forecaster said.')).toEqual([]);
    expect(located('The eye of the storm passed over the coast on Monday.')).toEqual([]);
  });

  it('places a short name with a container or a locative', () => {
    const ayr = at(located('The clinic in Ayr, Scotland, reopened on Monday.'), 'Ayr');
    expect(ayr?.geo).toMatchObject({ countryCode: 'GB' });
    expect(roles(ayr)).toEqual(['locative: in', 'container: Scotland']);
    const strong = at(located('A 41-year-old woman from Strong, which sits east of El Dorado, Arkansas, was hurt in the crash.'), 'Strong');
    expect(strong?.geo).toMatchObject({ countryCode: 'US' });
  });

  it('places a common-word town in a list of its neighbours, supported by them', () => {
    const locations = located('Crews were sent from Harleston and Eye to the fire near Diss on Sunday.');
    const eye = at(locations, 'Eye');
    expect(eye?.geo).toMatchObject({ countryCode: 'GB' });
    expect(roles(eye)).toContain('list: Harleston');
  });

  it("reads a party's letter and a hyphen as a lawmaker's home", () => {
    const locations = located('Sen. Tom Hale, R-Bozeman, and Rep. Ana Ruiz, D-Missoula, voted against the bill.');
    for (const town of ['Bozeman', 'Missoula']) {
      const l = at(locations, town);
      expect(l?.geo).toMatchObject({ countryCode: 'US' });
      expect(roles(l)[0]).toMatch(/^locative: [RD]-$/);
    }
  });

  it('keeps a demonym a people\'s word, not a mention of the place', () => {
    const england = at(located('He bought an English car and drove it to Ayr.'), 'English');
    expect(england?.mentions.map((m) => m.role)).toEqual(['demonym']);
  });
});

describe('places: namesakes chosen with the article', () => {
  it('puts a town in the country of the villages listed with it', () => {
    const locations = located('Buses in Kenmare, Caherbeg and Killarney were held back by the Co. Kerry floods.');
    expect(at(locations, 'Killarney')?.geo).toMatchObject({ countryCode: 'IE' });
    expect(at(locations, 'Kenmare')?.geo).toMatchObject({ countryCode: 'IE' });
  });

  it('lets a small town with one reading pull its bigger-named neighbour home', () => {
    const locations = located('Shops in Morecambe and Lancaster gave away free bags on Saturday.');
    expect(at(locations, 'Lancaster')?.geo).toMatchObject({ countryCode: 'GB' });
    expect(at(locations, 'Morecambe')?.geo).toMatchObject({ countryCode: 'GB' });
  });

  it('says which places of the article put a weak name on the map', () => {
    const locations = located('Flood water reached Bungay and Beccles overnight in Suffolk, and Eye was cut off.');
    const eye = at(locations, 'Eye');
    expect(eye?.why?.rule).toBe('places/context');
    expect(roles(eye).some((r) => /^(?:near|focus): /.test(r))).toBe(true);
  });
});

describe('places: the tagger entity a place belongs to', () => {
  const entityOf = (text: string, surface: string): string | undefined => {
    const out = extract(text);
    const id = at(out.locations, surface)?.entityId;
    return out.entities.find((e) => e.id === id)?.name;
  };

  it('is the one its names belong to, not a short form read before them nor a people\'s word', () => {
    expect(entityOf('SPRINGFIELD, Ill. (AP) — Flood crews worked through the night across Illinois as the river rose.', 'Ill.')).toBe('Illinois');
    expect(entityOf('Canadian officials said on Monday that Canada would send more aid, and Canadians have given $2 million.', 'Canadians')).toBe('Canada');
  });

  it('is the tagger\'s name for a state\'s short form after a comma', () => {
    expect(entityOf('Deputies found the stolen truck in Newton County, Ga., on Sunday, the sheriff said.', 'Ga.')).toMatch(/^Ga\.?$/);
  });
});

describe('places: another spelling of a small place', () => {
  it('resolves where the article\'s places stand by it', () => {
    const tskhinval = at(located('Fighting near Tskhinval forced families to flee toward Gori, Georgia\'s interior ministry said.'), 'Tskhinval');
    expect(tskhinval?.geo).toMatchObject({ countryCode: 'GE' });
  });

  it('stays off the map where nothing in the article does', () => {
    expect(at(located('Shelling hit the outskirts of Tskhinval on Friday, the agency said.'), 'Tskhinval')?.geo ?? null).toBeNull();
  });
});

describe('places: a state or a country listed beside another of its kind', () => {
  it.each([
    ['New rules in Oregon and Washington will raise farm wages, officials in Salem said.', 'Washington'],
    ['Wildfires spread across Washington and Idaho overnight, fire crews in Boise said.', 'Washington'],
  ])('reads the state, not a county or town of that name: %s', (text, name) => {
    expect(at(located(text), name)?.geo).toMatchObject({ featureKind: 'admin1', countryCode: 'US' });
  });

  it('reads a country beside a country', () => {
    expect(at(located('The floods hit Georgia and Armenia, aid agencies in Tbilisi said.'), 'Georgia')?.geo).toMatchObject({ featureKind: 'country', countryCode: 'GE' });
  });
});
