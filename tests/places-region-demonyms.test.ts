import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Location } from '../src/schema.js';

const located = (text: string): Location[] => extract(text, { explain: true }).locations;
const at = (locations: Location[], surface: string): Location | undefined =>
  locations.find((l) => l.mentions.some((m) => m.text === surface));

describe("a people's word is no place of the story the article's region is read from", () => {
  it('leaves a street in the county of the story\'s town, whatever language or accent the story mentions', () => {
    const cases = [
      [`Two sought after break-in.

Police are searching for two men after a break-in at a home in Harrogate early on Tuesday.

Officers were called to a house on Kirkby Lane at about 3 a.m. One of the suspects spoke English with a Welsh accent, a neighbour said.`, 'Kirkby Lane', 'North Yorkshire'],
      [`Shop fire under investigation.

Firefighters were called to a shop in Morpeth on Sunday night after smoke was seen from Oldgate Road.

The owner, who is Scottish, said the stock was lost; English and Polish signs in the window warned of the damage.`, 'Oldgate Road', 'Northumberland'],
    ] as const;
    for (const [text, street, county] of cases) {
      const place = at(located(text), street);
      expect(place?.geo?.name, street).toBe(county);
      expect(place?.why?.rule, street).toBe('places/article-region');
    }
  });
});
