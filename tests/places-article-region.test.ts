import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Location } from '../src/schema.js';

const located = (text: string): Location[] => extract(text, { explain: true }).locations;
const at = (locations: Location[], surface: string): Location | undefined =>
  locations.find((l) => l.mentions.some((m) => m.text === surface));

const WEST_CORK = `BANTRY, Ireland — Ferry services to the islands off west Cork were suspended on Wednesday as Storm Ilse brought gusts of 130 km/h to the coast.

Power was cut to about 4,000 homes, and a fallen tree blocked the only road in Ahakista for most of the morning. Crews from Skibbereen and Clonakilty worked through the afternoon, the utility said.`;

const KERRY_CREAMERY = `TRALEE, Ireland — A creamery that has bought milk from farms around Tralee for 70 years will close in March, its owners said on Friday.

About 40 people work at the plant in Castlemaine, and suppliers from Killorglin and Milltown said they would now drive their milk to Listowel. In Kilgarvan, a dairy farmer said the news had come without warning.`;

const NORTH_YORKSHIRE = `YORK, England — Flood warnings remained in place across North Yorkshire on Friday after the River Ouse rose to its highest level in three years.

Residents of Thornbeck and Malton were told to move valuables upstairs. In Selby, police closed two roads.`;

const RYEDALE_FLOODS = `YORK, England (Reuters) - Floodwater cut off several villages north of York on Sunday as the River Rye burst its banks after two days of heavy rain.

Residents in Hovingham were moved to a school hall overnight, while the road between Malton and Helmsley was closed near Slingsby.

Volunteers in Nunnington filled sandbags through the night, the county council said.`;

const MOORS_BUSES = `YORK, England — Bus services linking villages north of York will be cut to two a day from April, operators said on Monday.

Passengers in Thirsk and Easingwold said the change would leave them stranded, and Margaret Hall, a parish councillor in Coxwold, called it a blow to older residents.`;

const SPRINGFIELD = `SPRINGFIELD, Ill. (AP) — Police closed part of Edwards Lane on Monday after a water main broke beneath the road, flooding basements in three homes.

Crews from Springfield and Chatham worked overnight, and traffic was sent along Corwin Road instead, the city said.`;

const FISHING = `SKIBBEREEN, Ireland — Fishermen in west Cork said on Thursday that new quota rules would leave half the boats tied up by the spring.

Boats from Castletownshend landed less than a third of last year's catch, and the pier at Glandore was quiet for most of the week. Buyers in Kinsale and Schull said prices had risen by a fifth.`;

const FIRM = `DUBLIN — Shares in Quillmark rose 4 per cent on Tuesday after the software firm said it would hire 300 people in Cork and Limerick.

The company, which sells to Brevanta and other retailers, said its office would double in size. Two men remain in Brevanta custody in Cork after a raid on Monday.`;

const BEARA = `KENMARE, Co Kerry — Gardaí have stepped up patrols after a run of break-ins at holiday homes in recent weeks.

A car was stolen from a driveway near Kilgarvan last Friday, and residents of Adrigole said they had not seen a patrol car in months. "People in Allihies and Templenoe feel forgotten," a councillor said.`;

const OUSE_FLOODS = `YORK, England (AP) — The Environment Agency issued flood warnings on Tuesday for villages along the River Ouse south of York.

Residents of Skipwith were told to move their cars to higher ground, and sandbags were handed out in Riccall and Escrick. The road between Stillingfleet and Cawood was closed by police overnight.`;

const YORKSHIRE_STORM = `Heavy rain flooded roads and homes across the north of England on Thursday, with the worst of the damage along the rivers Ouse and Hull.

In York, several riverside pubs were evacuated. Firefighters pumped water from homes in Skipwith, south of the city, and the A19 was closed near Selby.

The council opened a rest centre in Beverley. Malton and Norton were cut off from each other, and river levels in Hull and Goole kept rising.`;

const RIDING_FLOODS = `Rivers rise across Yorkshire as rain continues

Flood warnings were issued for York, Selby and Tadcaster on Monday as the Ouse kept rising.

Further east, residents of Beverley and Cottingham were told to move cars away from low roads, and a lane was closed near Bishop Burton after a culvert collapsed. Farmers at Routh said their fields had been under water for a week.

The Environment Agency said levels in Hull and Goole would peak on Wednesday.`;

const CORK_KERRY_GALES = `Gales shut ferries and roads in the south-west

Ferries from Bantry and Castletownbere were cancelled on Saturday as gusts reached 120 km/h along the Cork coast, and a lorry overturned near Skibbereen.

In Kerry, the road between Kenmare and Caherbeg was closed for most of the day. Volunteers at Derreenacurra filled sandbags until dawn.`;

const IOWA_TORNADO = `Tornado damage surveyed in two counties

Crews in Ames and Nevada cleared fallen trees on Monday after a tornado crossed Story County late on Sunday, the sheriff said.

Farther south, power was still out in Ankeny and Altoona, and a grain bin was torn from its base outside Bondurant. Families in Elkhurst spent the night in a church hall.`;

const IVERAGH_PIERS = `KILLARNEY, Co Kerry — Gardaí said on Monday that two rural stations on the Iveragh peninsula would close at night from March.

Boat owners in Cloonbrack said their piers would be left without cover after dark. Ferries from Kenmare and Cahersiveen already stop at six, a harbour master in Tralee said.

The cuts leave harbours in places like Cloonbrack, Rossdarragh and Coolnagarry without a patrol, a councillor said.`;

const RYEDALE_TRACTOR = `YORK, England — Police closed two roads near Malton on Saturday after heavy rain left fields under water across Ryedale.

A tractor was abandoned in floodwater outside Brackenthwaite late on Friday, and the road to Pickering was shut for most of the day. Volunteers handed out sandbags in communities such as Brackenthwaite, Hollinby and Westerdale Cross, the council said.`;

const CHEESE_LABELS = `KILLARNEY, Co Kerry — A Kerry dairy group said on Monday it would sell three of its cheese brands by the summer.

Sales of Cloonbrack fell by a tenth last year, the group said. Buyers have been found for labels like Cloonbrack, Rossdarragh and Coolnagarry, and talks on a fourth are under way in Tralee and Kenmare.`;

describe('places: a place the gazetteer lacks takes the region the article is in', () => {
  it.each([
    ['a village in a west Cork story', WEST_CORK, 'Ahakista', 'County Cork'],
    ['a village in a Kerry story', KERRY_CREAMERY, 'Kilgarvan', 'Kerry'],
    ['a village listed with a North Yorkshire town', NORTH_YORKSHIRE, 'Thornbeck', 'North Yorkshire'],
    ['a street of a city story', SPRINGFIELD, 'Corwin Road', 'Sangamon County'],
    // the dateline's city is a county of its own, which the county round it counts
    ['a village of a story datelined in a city-county', RYEDALE_FLOODS, 'Hovingham', 'North Yorkshire'],
    ['another such village, alone in its sentence', RYEDALE_FLOODS, 'Nunnington', 'North Yorkshire'],
    ['a village beside towns of the county round the dateline city', MOORS_BUSES, 'Coxwold', 'North Yorkshire'],
    // what the words say of a place: its residents, a locative over the list it closes, "between"
    ['a village whose residents are meant', BEARA, 'Adrigole', 'Kerry'],
    ['a village that closes a list "in" opens', BEARA, 'Templenoe', 'Kerry'],
    ['a village whose residents are meant, south of a city-county', OUSE_FLOODS, 'Skipwith', 'North Yorkshire'],
    ['a village a road runs between', OUSE_FLOODS, 'Stillingfleet', 'North Yorkshire'],
    // the story's places lie round the town beside it, across county lines
    ['a village beside a town of a story across counties', YORKSHIRE_STORM, 'Skipwith', 'North Yorkshire'],
    // alone in its sentence, in a story across counties: the places of its paragraph say where
    ['a village alone in its sentence, by the towns of its paragraph', RIDING_FLOODS, 'Routh', 'East Riding of Yorkshire'],
    ['a village after a sentence of its county', CORK_KERRY_GALES, 'Derreenacurra', 'Kerry'],
    ['a town of a paragraph of one county of two', IOWA_TORNADO, 'Elkhurst', 'Polk County'],
  ])('puts %s in its region, approximately', (_, text, surface, region) => {
    const place = at(located(text), surface);
    expect(place?.name).toBe(surface);
    expect(place?.geo?.name).toBe(region);
    expect(place?.geo?.featureKind).toMatch(/^admin[12]$/);
    expect(place?.why?.rule).toBe('places/article-region');
    expect(place?.why?.evidence.some((e) => e.role === 'focus')).toBe(true);
  });

  // a name the article calls a place elsewhere ("in Cloonbrack", "outside Brackenthwaite") makes its list one of places
  it.each([
    ['the second name of a list whose first is a village', IVERAGH_PIERS, 'Rossdarragh', 'Kerry'],
    ['the last name of that list', IVERAGH_PIERS, 'Coolnagarry', 'Kerry'],
    ['a name listed after a village a tractor was left outside', RYEDALE_TRACTOR, 'Hollinby', 'North Yorkshire'],
    ['a two-word name closing that list', RYEDALE_TRACTOR, 'Westerdale Cross', 'North Yorkshire'],
  ])('puts %s in its region', (_, text, surface, region) => {
    const place = at(located(text), surface);
    expect(place?.geo?.name).toBe(region);
    expect(place?.why?.rule).toBe('places/article-region');
  });

  it('makes no list of places of names the words never call places ("Sales of Cloonbrack")', () => {
    const locations = located(CHEESE_LABELS);
    expect(at(locations, 'Rossdarragh')).toBeUndefined();
    expect(at(locations, 'Coolnagarry')).toBeUndefined();
    expect(at(locations, 'Cloonbrack')?.geo ?? null).toBeNull();
  });

  it('leaves a firm the tagger took for a place off the map', () => {
    const firm = at(located(FIRM), 'Brevanta');
    expect(firm).toBeDefined();
    expect(firm!.geo).toBeNull();
  });

  it('takes no region when the article spreads over a country', () => {
    const text = 'Protests spread on Sunday from Lyon and Marseille to Lille, and crowds gathered in Vrenac, organisers said.';
    const village = at(located(text), 'Vrenac');
    expect(village).toBeDefined();
    expect(village!.geo).toBeNull();
  });
});

describe('places: a far small namesake yields to the region of a local story', () => {
  it.each([
    ['a Cork fishing village, not the Australian suburb', FISHING, 'Glandore', 'County Cork'],
    ['a Kerry village, not the Australian town', KERRY_CREAMERY, 'Castlemaine', 'Kerry'],
  ])('reads %s', (_, text, surface, region) => {
    const place = at(located(text), surface);
    expect(place?.geo).toMatchObject({ name: region, countryCode: 'IE' });
    expect(place?.why?.rule).toBe('places/article-region');
  });

  it('keeps a namesake in the article’s own country', () => {
    const text = 'DUBLIN — The minister visited Kinsale and Cork on Monday, and will open a school in Milltown on Friday.';
    expect(at(located(text), 'Milltown')?.geo).toMatchObject({ featureKind: 'city', countryCode: 'IE' });
  });
});

describe('places: Washington, D.C.', () => {
  it.each([
    ['a dateline', 'WASHINGTON, D.C. (AP) — Regulators said Tuesday they would review the merger.', 'WASHINGTON, D.C.'],
    ['a sentence', 'Scientists gathered in Washington, D.C., on Tuesday to present the findings.', 'Washington, D.C.'],
    ['the short form', 'The agency, based in Washington, DC, said the results would be published next month.', 'Washington, DC'],
  ])('is one mention of the city in %s', (_, text, surface) => {
    const place = at(located(text), surface);
    expect(place?.geo).toMatchObject({ name: 'Washington', featureKind: 'city', countryCode: 'US' });
  });

  it('keeps a town and its state apart', () => {
    const locations = located('They met in Washington, Pennsylvania, and in Paris, Texas, last week.');
    expect(at(locations, 'Washington')?.geo).toMatchObject({ countryCode: 'US' });
    expect(at(locations, 'Pennsylvania')?.geo?.featureKind).toBe('admin1');
    expect(at(locations, 'Texas')?.geo?.featureKind).toBe('admin1');
  });

  it('names the district itself', () => {
    expect(at(located('Residents of the District of Columbia voted on the measure in November.'), 'District of Columbia')?.geo?.featureKind).toBe('admin1');
  });
});
