import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Location } from '../src/schema.js';

const place = (text: string, surface: string): Location | undefined =>
  extract(text, { explain: true }).locations.find((l) => l.mentions.some((m) => m.text === surface));

describe('a name right before "in" and a county or a state', () => {
  it('goes in the county or state when the gazetteer has the name only elsewhere (or not at all)', () => {
    for (const [text, name, region] of [
      ['A driver from Pomfret in Windham County was taken to hospital after his car hit a tree on Friday night.', 'Pomfret', 'Windham County'],
      ['Volunteers re-roofed the community hall at Glenbrook in Carbon County over the weekend.', 'Glenbrook', 'Carbon County'],
      ['Windows were smashed at the church in Drumkeeran in County Leitrim on Sunday night, gardaí said.', 'Drumkeeran', 'County Leitrim'],
      ['The summer fete at Ashby in Leicestershire raised £4,000 on Saturday.', 'Ashby', 'Leicestershire'],
      ['A new health clinic opened at Kallar in Kollam district on Wednesday.', 'Kallar', 'Kollam'],
    ] as const) {
      const found = place(text, name);
      expect(found?.geo?.name, name).toBe(region);
      expect(found?.why?.evidence.some((e) => e.role === 'container'), name).toBe(true);
    }
  });

  it('takes the namesake the county holds when there is one', () => {
    for (const [text, name, lat] of [
      ['The paper mill at Westbrook in Cumberland County will close in June, costing 120 jobs.', 'Westbrook', 43.68],
      ['Trees fell on homes in Springfield in Otsego County overnight.', 'Springfield', 42.84],
      ['Repairs to the bridge at Bainbridge in Chenango County will start in April.', 'Bainbridge', 42.29],
    ] as const) {
      const found = place(text, name);
      expect(found?.geo?.featureKind, name).toBe('city');
      expect(Math.abs((found?.geo?.lat ?? 0) - lat), name).toBeLessThan(0.1);
    }
  });

  it('leaves a state before "in" a county the state, and reads no container after a person', () => {
    expect(place('The plant brings 400 jobs to Georgia in Fulton County, the governor said on Monday.', 'Georgia')?.geo?.featureKind).toBe('admin1');
    const rally = extract('Senator Maria Lopez spoke to voters in Polk County on Tuesday. Lopez in Polk County drew a crowd of 300.');
    expect(rally.locations.some((l) => l.mentions.some((m) => m.text === 'Lopez'))).toBe(false);
  });
});
