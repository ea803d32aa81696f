import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Location } from '../src/schema.js';

const located = (text: string): Location[] => extract(text, { explain: true }).locations;
const at = (locations: Location[], surface: string): Location | undefined =>
  locations.find((l) => l.mentions.some((m) => m.text === surface));

const ROADS = `Road work to close highways in west-central Minnesota.

Crews will repave Highway 29 from Alexandria to Glenwood this summer, the state transportation department said. Highway 78 near Battle Lake will close in June, and the road along the north shore of Star Lake will reopen in August. Drivers heading to Fergus Falls will be sent through Ashby.`;

const BOATS = `Boating season opens.

Boats were back on Star Lake and Otter Tail Lake on Saturday. Resorts near Perham, Dent and Pelican Rapids said bookings were up, and the Fergus Falls marina opened a week early.`;

const ICE = `Anglers warned of thin ice.

Anglers on Lake Mary were warned to stay off the ice on Sunday after a truck fell through. Sheriff's deputies from Alexandria, Glenwood and Osakis searched the shore.`;

describe('a lake, a park or a forest named like a far small town', () => {
  it('is not put at the far town, nor does it pull the article\'s other places there', () => {
    expect(at(located(ROADS), 'Star Lake')?.geo ?? null).toBeNull();
    const boats = located(BOATS);
    expect(at(boats, 'Star Lake')?.geo ?? null).toBeNull();
    // the lake the gazetteer lacks goes in the county of the story, not in the far town's county
    expect(at(boats, 'Otter Tail Lake')?.geo?.name).toBe('Otter Tail County');
    // a lake named like a far town, in a story of one county: that county
    expect(at(located(ICE), 'Lake Mary')?.geo).toMatchObject({ name: 'Douglas County', featureKind: 'admin2' });
  });

  it('keeps a town named after a feature where the article\'s places are near it', () => {
    expect(at(located(ROADS), 'Battle Lake')?.geo).toMatchObject({ name: 'Battle Lake', featureKind: 'city' });
    const suburbs = located('Police in Oak Park and Evanston seized drugs worth $200,000 on Friday, and a man from Cicero was charged in Chicago.');
    expect(at(suburbs, 'Oak Park')?.geo).toMatchObject({ name: 'Oak Park', featureKind: 'city' });
    const lakeside = located('Crews from Sanford and Longwood helped firefighters in Lake Mary put out a house fire on Tuesday, Seminole County officials said.');
    expect(at(lakeside, 'Lake Mary')?.geo).toMatchObject({ name: 'Lake Mary', featureKind: 'city' });
  });

  it('puts a forest the gazetteer lacks in the county of the story', () => {
    const fire = located('Firefighters from Hexham and Bellingham were called to a blaze on the edge of Kielder Forest on Saturday, and crews from Otterburn stood by.');
    expect(at(fire, 'Kielder Forest')?.geo?.name).toBe('Northumberland');
  });
});
