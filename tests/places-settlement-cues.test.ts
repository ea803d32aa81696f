import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Entity, Location } from '../src/schema.js';

const run = (text: string): { entities: Entity[]; locations: Location[] } => extract(text, { explain: true });
const entity = (entities: Entity[], surface: string): Entity | undefined => entities.find((e) => e.mentions.some((m) => m.text === surface));
const place = (locations: Location[], surface: string): Location | undefined => locations.find((l) => l.mentions.some((m) => m.text === surface));

describe('"Co" before a county\'s name is "County"', () => {
  it.each([
    ['The coastguard station in Ballyvourney, Co Cork, reopened on Monday after a six-week refit.', 'Co Cork', 'County Cork', 'IE'],
    ['Police in Stanhope, Co. Durham, said the lorry overturned on a bend late on Friday.', 'Co. Durham', 'County Durham', 'GB'],
    ['The ambulance base in Glenties, Co Donegal, will stay open until the spring, the health service said.', 'Co Donegal', 'County Donegal', 'IE'],
  ])('%s', (text, surface, county, country) => {
    const { entities, locations } = run(text);
    expect(entity(entities, surface)?.type).toBe('GPE');
    expect(place(locations, surface)?.geo).toMatchObject({ name: county, featureKind: 'admin2', countryCode: country });
  });

  it('leaves a company\'s "Co", which follows its name', () => {
    const { entities, locations } = run('Shares in Harland & Co rose 3 per cent after the broker raised its forecast.');
    expect(entity(entities, 'Harland & Co')?.type).toBe('ORG');
    expect(locations).toEqual([]);
  });
});

describe('a settlement\'s noun or its people\'s beside a name make it a place', () => {
  it('types every name of "the villages of" list and puts each in the county of the story', () => {
    const { entities, locations } = run(
      'Flooding closed the main road through Ballyvourney, Co Cork, on Tuesday, and the villages of Coolea and Reananerree were cut off for most of the day.',
    );
    for (const village of ['Coolea', 'Reananerree']) {
      expect(entity(entities, village)?.type).toBe('GPE');
      expect(place(locations, village)?.geo).toMatchObject({ geonameId: null, name: 'County Cork', featureKind: 'admin2' });
    }
  });

  it('reads "the hamlet of" in British news', () => {
    const { locations } = run('Police in Stanhope, Co. Durham, said the lorry overturned near the hamlet of Rookhope on Friday evening.');
    expect(place(locations, 'Rookhope')?.geo).toMatchObject({ name: 'County Durham', featureKind: 'admin2' });
  });

  it('reads "the townlands of" and carries it along the list', () => {
    const { locations } = run('The ambulance base in Glenties, Co Donegal, serves the townlands of Meenacross and Derryloughan, a spokeswoman said.');
    for (const townland of ['Meenacross', 'Derryloughan']) expect(place(locations, townland)?.geo).toMatchObject({ name: 'County Donegal' });
  });

  it('reads "residents of X" and "X residents"', () => {
    const { entities } = run('The post office in Kenmare, Co Kerry, may move. Residents of Drumcarra say it should stay put, and Kilbrannagh residents agreed at a meeting on Monday.');
    expect(entity(entities, 'Drumcarra')?.type).toBe('GPE');
    expect(entity(entities, 'Kilbrannagh')?.type).toBe('GPE');
  });

  it('does not make a care home a town: its name opens a longer one elsewhere, or follows "the"', () => {
    const home = run('Pinelake residents were moved to a school hall after the fire at the Pinelake Care Center, the owner said.');
    expect(entity(home.entities, 'Pinelake')?.type).not.toBe('GPE');
    expect(place(home.locations, 'Pinelake')).toBeUndefined();
    const hostel = run('Wardens work at the Gatehouse, a hostel beside the station. Bridge Street and Gatehouse residents will share the new garden.');
    expect(place(hostel.locations, 'Gatehouse')).toBeUndefined();
  });

  it("leaves a people's word and a party before residents or voters", () => {
    const { entities } = run('Irish residents of the estate and Labour voters in the ward said the council had ignored them.');
    expect(entity(entities, 'Irish')?.type).toBe('NORP');
    expect(entity(entities, 'Labour')?.type).toBe('ORG');
  });
});

describe('a container after a list of places holds every name of it', () => {
  it('puts the last name of an Irish list in the county after "in"', () => {
    const { locations } = run('Bus stops in Caherbeg, Drumcarra and Kilbrannagh in County Kerry will move next year, the transport authority said.');
    for (const village of ['Caherbeg', 'Drumcarra', 'Kilbrannagh']) expect(place(locations, village)?.geo).toMatchObject({ geonameId: null, featureKind: 'admin2', countryCode: 'IE' });
  });

  it('puts an Australian town the gazetteer lacks in the state after "in"', () => {
    const { locations } = run('Volunteers from Kyneton cleared debris in the towns of Malmsbury and Taradale in Victoria after the storm.');
    expect(place(locations, 'Taradale')?.geo).toMatchObject({ geonameId: null, countryCode: 'AU' });
  });

  it('puts an Irish village the gazetteer has only in America in the county after the list', () => {
    const { locations } = run('Buses from Ardmore, Kilcooley and Glenbrack in County Waterford will stop at 7pm from March, the operator said.');
    for (const village of ['Kilcooley', 'Glenbrack']) expect(place(locations, village)?.geo).toMatchObject({ name: 'County Waterford', countryCode: 'IE' });
  });

  it('reads no container in a month or a person after "in"', () => {
    const { locations } = run('Flights from Denver and Boise in March were cancelled, the airline said.');
    expect(place(locations, 'Boise')?.geo).toMatchObject({ featureKind: 'city', countryCode: 'US' });
  });
});

describe('a people\'s noun after a name\'s possessive is read as after the name', () => {
  it('types the name a settlement past its "\'s"', () => {
    const { entities } = run("Drumcarra's villagers voted against the wind farm on Tuesday, the council said.");
    expect(entity(entities, 'Drumcarra')?.type).toBe('GPE');
  });
});
