import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Extraction, Location } from '../src/schema.js';

const at = (x: Extraction, surface: string): Location | undefined => x.locations.find((l) => l.mentions.some((m) => m.text === surface));

describe('places: a county named after the word for it', () => {
  it.each([
    ['Co. Kerry', 'A ferry from Kenmare was stranded at the pier in Caherbeg, Co. Kerry, on Sunday.', 'Kerry'],
    ['County Wexford', 'The ferry from Rosslare, County Wexford, was cancelled as winds rose.', 'Wexford'],
    ['Co Kerry', 'The pier at Portmagee, Co Kerry, was closed to walkers.', 'Kerry'],
    ['County Mayo', 'Crews from Belmullet, County Mayo, joined the search at dawn.', 'Mayo'],
  ])('reads "%s" as an Irish county, not Colorado', (surface, text, county) => {
    const l = at(extract(text), surface);
    expect(l?.geo).toMatchObject({ countryCode: 'IE', featureKind: 'admin2' });
    expect(l?.geo?.name).toContain(county);
  });

  it("leaves a county's own gazetteer name to the gazetteer, apart from its town", () => {
    const x = extract('Police in Durham and across County Durham closed the A1 near Darlington.');
    expect(at(x, 'County Durham')?.geo).toMatchObject({ name: 'County Durham', countryCode: 'GB' });
    expect(at(x, 'Durham')?.geo).toMatchObject({ featureKind: 'city', countryCode: 'GB' });
  });

  it.each([
    ['KENMARE, Co Kerry — Two piers will be repaired before the summer, the council said.', 'Co Kerry'],
    ['BALLINA, County Mayo – The bypass opened to traffic on Monday.', 'County Mayo'],
    ['ENNIS, Co. Clare -- A new bus route links the town with Shannon.', 'Co. Clare'],
  ])('ends the county of a dateline on its name, not on the dash (%s)', (text, surface) => {
    const l = at(extract(text), surface);
    expect(l?.geo).toMatchObject({ countryCode: 'IE', featureKind: 'admin2' });
    expect(l?.mentions.map((m) => m.text)).toContain(surface);
  });

  it('takes no county word before an organisation or a title for a place', () => {
    expect(extract('The County Commission met on Tuesday, and County Executive Laura Curran spoke.').locations).toEqual([]);
  });
});

describe('places: a place the gazetteer lacks in the region the text names', () => {
  it('puts a village the gazetteer lacks in its county, under its own name', () => {
    const x = extract('A ferry from Kenmare was stranded at the pier in Caherbeg, Co. Kerry, on Sunday.');
    const caherbeg = at(x, 'Caherbeg');
    expect(caherbeg?.name).toBe('Caherbeg');
    expect(caherbeg?.geo).toMatchObject({ name: 'Kerry', featureKind: 'admin2' });
    expect(caherbeg?.id).not.toBe(at(x, 'Co. Kerry')?.id);
  });

  it("puts a town known only elsewhere in the county the words name, not in another country's namesake", () => {
    const waterville = at(extract('The station in Waterville, Co Kerry, will close on Friday.'), 'Waterville');
    expect(waterville?.geo).toMatchObject({ countryCode: 'IE', featureKind: 'admin2' });
    expect(waterville?.candidates).toEqual([]);
  });

  it('keeps the reading of a known place when a comma is no container', () => {
    const x = extract('Trucks were backed up for miles at the Indiana, Ill., state line west of Terre Haute on Friday.');
    expect(at(x, 'Indiana')?.geo).toMatchObject({ name: 'Indiana', featureKind: 'admin1' });
  });
});

describe("places: Britain's counties and regions that GeoNames' admin tables lack", () => {
  it.each([
    ['Yorkshire', 'Gritters were out across Yorkshire overnight as temperatures fell to minus six.'],
    ['West Yorkshire', 'Two men were arrested in West Yorkshire after a cash machine was ripped from a wall.'],
    ['East Yorkshire', 'A tidal surge is expected along the coast of East Yorkshire on Thursday.'],
    ['Greater Manchester', 'Tram services across Greater Manchester were suspended after a power fault.'],
    ['Merseyside', 'Firefighters in Merseyside tackled a blaze at a disused mill for six hours.'],
    ['Cheshire', 'A farmer in Cheshire said the dry spring had halved his hay crop.'],
  ])('maps "%s" in Britain, not to an American namesake', (surface, text) => {
    expect(at(extract(text), surface)?.geo).toMatchObject({ countryCode: 'GB', featureKind: 'region' });
  });
});
