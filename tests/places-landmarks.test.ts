import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Location } from '../src/schema.js';

const located = (text: string): Location[] => extract(text, { explain: true }).locations;
const at = (locations: Location[], surface: string): Location | undefined =>
  locations.find((l) => l.mentions.some((m) => m.text === surface));

const FIREWORKS = `HEXHAM, England — Hundreds of people gathered on St Wilfrid's Green in Hexham on Saturday for a fireworks display that went ahead despite strong winds.

Organisers had moved the event from Hexham Moor, where it is usually held, after the ground was waterlogged. Stewards also closed the paths across St Aidan's Field as a precaution.`;

const GRAZING = `BEVERLEY, England — Cattle were turned out on to the common land at Beverley Westwood on Wednesday, a tradition that dates back centuries. Walkers in Beverley were asked to keep their dogs on leads.`;

describe('places: named open spaces', () => {
  it.each([
    ['a saint’s green', FIREWORKS, "St Wilfrid's Green"],
    ['a saint’s field', FIREWORKS, "St Aidan's Field"],
  ])('puts %s in the article’s region', (_, text, surface) => {
    const place = at(located(text), surface);
    expect(place?.mentions.map((m) => m.text)).toEqual([surface]);
    expect(place?.geo).toMatchObject({ name: 'Northumberland', countryCode: 'GB' });
  });

  it.each([
    ['a moor', FIREWORKS, 'Hexham Moor', 'Hexham'],
    ['a compound of a land word', GRAZING, 'Beverley Westwood', 'Beverley'],
  ])('reads %s named for a town of the story as the town', (_, text, surface, town) => {
    expect(at(located(text), surface)?.geo).toMatchObject({ name: town, featureKind: 'city', countryCode: 'GB' });
  });

  // the tagger reads the town's name as a first name, and the entity layer gives the person the town's own mentions
  it.each([
    ['across a compound of a land word', 'Fair closes roads in Beverley\n\nBEVERLEY, England — Roads into Beverley were closed on Monday for the spring fair.\n\nRunners raced across Beverley Westwood on Tuesday.', 'Beverley Westwood', 'Beverley'],
    ['opening its sentence', 'Fair closes roads in Beverley\n\nBEVERLEY, England — Roads into Beverley were closed on Monday.\n\nBeverley Westwood was closed to cars for the third day running.', 'Beverley Westwood', 'Beverley'],
    ['after "from"', 'Storm damage in Shirley\n\nSOLIHULL, England — Trees came down across Shirley on Sunday night.\n\nWalkers were asked to keep away from Shirley Greenwood until the branches were cleared.', 'Shirley Greenwood', 'Shirley'],
  ])('reads a land name the tagger took for a person named only by the town %s as the town', (_, text, surface, town) => {
    expect(at(located(text), surface)?.geo).toMatchObject({ name: town, featureKind: 'city', countryCode: 'GB' });
  });

  it('leaves a person named like a town and a heath alone', () => {
    const x = extract('JACKSON, Miss. (AP) — "We did what we could," said organiser Jackson Heath. Heath said the fair would return to Jackson next year.');
    expect(x.locations.some((l) => l.mentions.some((m) => m.text.includes('Heath')))).toBe(false);
  });

  it('takes no park named for no town of the story', () => {
    const x = extract('JOHANNESBURG (Reuters) — Fans queued for hours outside Ellis Park for tickets to the Wales test.');
    expect(x.locations.some((l) => l.mentions.some((m) => m.text.includes('Ellis')))).toBe(false);
  });
});
