import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Location } from '../src/schema.js';

const located = (text: string): Location[] => extract(text, { explain: true }).locations;
const byName = (locations: Location[], name: string): Location | undefined => locations.find((l) => l.name === name);

describe('a town and a county listed side by side are the town and the county that holds it', () => {
  it('picks the namesake pair where the county holds the town', () => {
    const cases = [
      ['The ambulance service covers Mayfield and Graves County, and its budget is set each spring.', 'Mayfield', 'Graves County'],
      ['Crews from Jackson and Madison County were sent to the flooded roads on Tuesday, officials said.', 'Jackson', 'Madison County'],
    ] as const;
    for (const [text, town, county] of cases) {
      const locations = located(text);
      const a = byName(locations, town)?.geo;
      const b = byName(locations, county)?.geo;
      expect(a?.featureKind, town).toBe('city');
      expect(b?.featureKind, county).toBe('admin2');
      // the county's point is the middle of its towns: the pair lies together
      expect(Math.abs(a!.lat - b!.lat) + Math.abs(a!.lon - b!.lon), text).toBeLessThan(0.5);
    }
  });

  it('leaves a state listed beside a state its own reading', () => {
    const locations = located('Wildfire smoke drifted over Oregon and Washington on Sunday, forecasters said.');
    expect(byName(locations, 'Washington')?.geo?.featureKind).toBe('admin1');
  });
});
