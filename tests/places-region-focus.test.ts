import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Location } from '../src/schema.js';

const located = (text: string): Location[] => extract(text, { explain: true }).locations;
const at = (locations: Location[], surface: string): Location | undefined =>
  locations.find((l) => l.mentions.some((m) => m.text === surface));

const STORM = `Storm brings floods across Yorkshire.

Homes were flooded in York, Selby and Tadcaster on Tuesday as the River Ouse rose after Storm Ilse, and roads near Beverley and Market Weighton were closed.

In Howden, volunteers filled sandbags through the night. Leeds City Council opened two rest centres.

Farmers in Skelbrooke said they had lost a week of feed. "We've never seen water like it," said one.`;

const SNOW = `Snow closes schools across East Anglia.

Schools in Thetford, Ely and Mildenhall were closed on Monday after overnight snow, and gritters worked through the night near Bury St Edmunds and Brandon.

Drivers were stranded for three hours in Wetherden Green. Police urged people not to travel unless they had to.`;

const BUSES = `Bus service to be cut in south Kerry and west Cork.

Buses from Kenmare to Glengarriff and on to Castletownbere will run twice a week from March, the operator said on Thursday. The service through Caherbeg will end.

Pensioners in Derryconnell said the bus was their only way to reach the doctor. "We will be left with nothing," one said.`;

describe('a village alone in its sentence, in a story round one area across county lines', () => {
  it('gets a county of that area (one of whose places has most of the places of the story round it), its heaviest place cited as the focus', () => {
    for (const [text, village, counties] of [
      [STORM, 'Skelbrooke', ['North Yorkshire', 'East Riding of Yorkshire']],
      [SNOW, 'Wetherden Green', ['Suffolk', 'Norfolk', 'Cambridgeshire']],
      [BUSES, 'Derryconnell', ['Kerry', 'County Cork']],
    ] as const) {
      const place = at(located(text), village);
      expect(counties, village).toContain(place?.geo?.name);
      expect(place?.why?.rule, village).toBe('places/article-region');
      expect(place?.why?.evidence.some((e) => e.role === 'focus'), village).toBe(true);
    }
  });

  it('puts nothing in a region when the story\'s places lie far apart', () => {
    const text = `Rail strike hits commuters.

Trains from Leeds, Bristol and Norwich were cancelled on Monday as drivers walked out.

Commuters in Skelbrooke said they would work from home.`;
    expect(at(located(text), 'Skelbrooke')?.geo ?? null).toBeNull();
  });
});
