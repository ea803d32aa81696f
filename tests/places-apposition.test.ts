import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Location } from '../src/schema.js';

const located = (text: string): Location[] => extract(text, { explain: true }).locations;
const at = (locations: Location[], surface: string): Location | undefined =>
  locations.find((l) => l.mentions.some((m) => m.text === surface));

const FLOODS = `Storm floods villages in East Yorkshire.

BEVERLEY, England — Floodwater cut off several villages around Beverley on Sunday after the River Hull burst its banks.

Foxholme, a hamlet three miles north of Beverley, was without power for most of the day. Crews from Driffield also pumped water from homes in Wexby, a small farming village on the Hull road.`;

const FERRY = `Ferry cut leaves islanders stranded.

SKIBBEREEN, Ireland — Ferry services off west Cork were cut to one a day on Monday, the operator said, after a second boat failed its safety inspection.

Traders in nearby Ballydehob and Schull said visitors had already cancelled bookings, and a bus will run between Bantry and neighbouring Durrus on Saturdays.`;

describe('a name an apposition calls a settlement ("Foxholme, a hamlet north of Beverley")', () => {
  it('puts a village the gazetteer lacks in the article\'s county, citing the apposition', () => {
    const locations = located(FLOODS);
    for (const [name, words] of [['Foxholme', ', a hamlet'], ['Wexby', ', a small farming village']] as const) {
      const place = at(locations, name);
      expect(place?.geo?.name, name).toBe('East Riding of Yorkshire');
      expect(place?.why?.rule, name).toBe('places/article-region');
      expect(place?.why?.evidence.some((e) => e.role === 'locative' && e.text === words), name).toBe(true);
    }
  });

  it('reads no person, and no noun the settlement\'s word only qualifies', () => {
    const text = `Post office saved in Yorkshire village.

BEVERLEY, England — Jane Moss, a village postmistress for 30 years, said on Monday the branch would stay open. Harwell Trust, a town charity, will pay the rent.`;
    const locations = located(text);
    expect(at(locations, 'Moss')).toBeUndefined();
    expect(at(locations, 'Jane Moss')).toBeUndefined();
    expect(at(locations, 'Harwell Trust')).toBeUndefined();
  });
});

describe('"nearby" and "neighbouring" before a name are words of position', () => {
  it('let a village the tagger mistook, listed with a place, into the article\'s region', () => {
    const locations = located(FERRY);
    const village = at(locations, 'Ballydehob');
    expect(village?.geo?.name).toBe('County Cork');
    expect(village?.why?.evidence.some((e) => e.role === 'locative' && e.text === 'nearby')).toBe(true);
    expect(at(locations, 'Schull')?.geo?.countryCode).toBe('IE');
  });
});
