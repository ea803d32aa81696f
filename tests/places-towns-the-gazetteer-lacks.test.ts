import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Location } from '../src/schema.js';

const located = (text: string): Location[] => extract(text, { explain: true }).locations;
const at = (locations: Location[], surface: string): Location | undefined =>
  locations.find((l) => l.mentions.some((m) => m.text === surface));

const BARN_FIRE = `Fire destroys Kilmeany dairy barn

KILMEANY — A fire destroyed a dairy barn late Sunday, and about 30 cows were led to safety by neighbours, the fire marshal said.

The Kilmeany fire chief said the cause was under investigation. Crews from Torrington and Goshen helped fight the blaze for three hours, and a relative in Litchfield said the family would rebuild.`;

const LIBRARY_HOURS = `DUNGARRET — The town library will open on Sundays from next month, the board said on Tuesday.

Volunteers from Torrington and Goshen will staff the desk, and a reading group in Litchfield has offered to help with the children's hour. The Dungarret board meets again on May 4.`;

const MARKETS = `MARKET WATCH - Stocks edged higher on Monday as investors weighed fresh figures on factory orders in Germany and France.

Traders in Frankfurt said the gains were thin.`;

const OBITUARY = `A retired schoolteacher who coached girls' basketball for three decades has died at 88, her family said on Monday.

She was born in Millbrook, Kansas, and moved to Wichita after college. She later taught in Ashby, Nebraska, before settling in Lincoln with her husband.`;

const COUNTY_ROADS = `KEARNEY, Neb. — Buffalo County commissioners voted on Tuesday to repave the road between Gibbon and Shelton, a stretch farmers say has crumbled under grain trucks.

A grain elevator near Ashby will stay open during the work, the county said. Drivers heading to Kearney will be sent along the highway through Elm Creek.`;

const THEFTS = `KENMARE, Co Kerry — Gardaí are investigating a string of thefts of farm machinery from the villages of Carrow and Dromlusk in recent weeks.

A quad bike was taken from a yard near Kilgarvan on Friday, and a farmer in Templenoe said two trailers had gone missing. Officers from Killarney have joined the inquiry.`;

describe('a dateline town the gazetteer lacks (dateline-town.ts)', () => {
  it('puts a dateline name the body names again in the region of the story', () => {
    for (const [text, name] of [
      [BARN_FIRE, 'KILMEANY'],
      [LIBRARY_HOURS, 'DUNGARRET'],
    ] as const) {
      const town = at(located(text), name)!;
      expect(town.geo).toMatchObject({ geonameId: null, name: 'Connecticut', featureKind: 'admin1' });
      expect(town.why!.rule).toBe('places/article-region');
    }
  });

  it('leaves a headline slug read as a dateline off the map', () => {
    const slug = at(located(MARKETS), 'MARKET WATCH');
    expect(slug?.geo ?? null).toBeNull();
  });
});

describe('a town after a state that holds none of its namesakes (state-containers.ts)', () => {
  it('puts the town at the state, not at a namesake elsewhere', () => {
    const places = located(OBITUARY);
    expect(at(places, 'Millbrook')!.geo).toMatchObject({ geonameId: null, name: 'Kansas', featureKind: 'admin1' });
    expect(at(places, 'Ashby')!.geo).toMatchObject({ geonameId: null, name: 'Nebraska', featureKind: 'admin1' });
  });

  it('reads a name the gazetteer also holds as another spelling of a county or a city as a town all the same', () => {
    // "Greenwood" is another name of two counties and of a part of a big city, and a town in many states but this one
    const places = located('The man is being held at the county jail in Greenwood, W. Va., and will appear in court next week.');
    expect(at(places, 'Greenwood')!.geo).toMatchObject({ geonameId: null, name: 'West Virginia', featureKind: 'admin1' });
  });

  it('keeps a town the state holds, and a state before another state', () => {
    const places = located('He grew up in Oakdale, Minnesota, and now farms near Indiana, Ill., where the state line runs.');
    expect(at(places, 'Oakdale')!.geo).toMatchObject({ name: 'Oakdale', featureKind: 'city', countryCode: 'US' });
    expect(at(places, 'Oakdale')!.geo!.geonameId).not.toBeNull();
    expect(at(places, 'Indiana')?.geo?.name).not.toBe('Illinois');
  });
});

describe('a far namesake in the same country (farNamesake)', () => {
  it('puts a town whose only readings lie in far states in the county of the story', () => {
    const ashby = at(located(COUNTY_ROADS), 'Ashby')!;
    expect(ashby.geo).toMatchObject({ geonameId: null, name: 'Buffalo County', featureKind: 'admin2' });
  });
});

describe('"the villages of" (saysPlace)', () => {
  it('reads a plural settlement noun before "of" as a place word', () => {
    const carrow = at(located(THEFTS), 'Carrow')!;
    expect(carrow.geo).toMatchObject({ geonameId: null, name: 'Kerry', featureKind: 'admin2' });
  });
});

const DIG = `Archaeologists working near Kamloops, B.C., said on Friday they had found a hearth that may date to 300 B.C., older than any found in the valley so far.

Coins struck in 45 BC turned up in the same trench, the team said. Finds from 1200 BCE are rare in the province.`;

describe('an era after a year (eras.ts)', () => {
  it('puts no era on the map, and keeps the province after a town', () => {
    const places = located(DIG);
    const province = places.find((l) => l.geo?.name === 'British Columbia')!;
    expect(province.mentions.map((m) => m.text)).toEqual(['B.C.']);
    expect(province.mentions[0]!.start).toBe(DIG.indexOf('B.C.'));
    expect(places.some((l) => l.mentions.some((m) => /^BCE?$/.test(m.text)))).toBe(false);
  });
});
