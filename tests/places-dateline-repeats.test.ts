import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Location } from '../src/schema.js';

const located = (text: string): Location[] => extract(text, { explain: true }).locations;
const startsOf = (locations: Location[], name: string): number[] =>
  locations.filter((l) => l.name.toLowerCase() === name.toLowerCase()).flatMap((l) => l.mentions.map((m) => m.start));

describe("the dateline's name written again in the article is the dateline's place", () => {
  it('finds it in the headline and in local bodies, whether or not the gazetteer has the town', () => {
    const text =
      'Harwinton weighs new fire truck. HARWINTON — The selectmen on Monday backed a plan for the Harwinton Volunteer Fire Department, and Harwinton residents will vote in May.';
    const starts = startsOf(located(text), 'Harwinton');
    for (const at of [0, text.indexOf('HARWINTON'), text.indexOf('Harwinton Volunteer'), text.indexOf('Harwinton residents')]) expect(starts, String(at)).toContain(at);
  });

  it('finds a headline name the capitals alone would not place', () => {
    const text = 'Windsor Adopts Leaf Pickup Plan. WINDSOR - The town council voted on Tuesday for curbside leaf pickup, the Windsor mayor said.';
    const windsor = located(text).find((l) => l.mentions.some((m) => m.role === 'dateline'));
    expect(windsor?.mentions.map((m) => m.start)).toEqual([0, text.indexOf('WINDSOR'), text.indexOf('Windsor mayor')]);
  });

  it("leaves a person's name and a business's name that share the town's name alone", () => {
    for (const text of [
      'HARWINTON — Mark Harwinton, a retired teacher, said the selectmen would meet on Monday.',
      'HARWINTON — A teller at Harwinton Savings Bank said the selectmen would meet on Monday.',
    ]) {
      expect(startsOf(located(text), 'Harwinton'), text).toEqual([0]);
    }
  });
});
