import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Location } from '../src/schema.js';

const located = (text: string): Location[] => extract(text, { explain: true }).locations;
const at = (locations: Location[], surface: string): Location | undefined =>
  locations.find((l) => l.mentions.some((m) => m.text === surface));

const FLOODS = `Storm floods villages in East Yorkshire.

BEVERLEY, England — Floodwater cut off several villages around Beverley on Sunday after the River Hull burst its banks.

Emergency crews pumped water from homes in nearby Cranwick Moor and Tibbington, and the road to Wexholt was closed.`;

describe("a village the tagger took for a person, named once in a list of places a word of position opens", () => {
  it("is put in the article's region, the position word and the list cited", () => {
    const place = at(located(FLOODS), 'Cranwick Moor');
    expect(place?.geo?.name).toBe('East Riding of Yorkshire');
    expect(place?.why?.evidence.map((e) => `${e.role}:${e.text}`)).toEqual(expect.arrayContaining(['locative:nearby', 'list:Tibbington']));
  });

  it('leaves a person named with a title, or without a place beside, off the map', () => {
    const text = `Flood aid row in Yorkshire.

BEVERLEY, England — Councillor Jane Moss and Tom Hardy met residents in Beverley on Monday. Talks between Jane Moss and the Environment Agency will resume in Hull.`;
    const locations = located(text);
    expect(at(locations, 'Jane Moss')).toBeUndefined();
    expect(at(locations, 'Tom Hardy')).toBeUndefined();
  });
});
