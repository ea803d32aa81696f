import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const named = (text: string): Array<[string, string]> =>
  extract(text).entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => [m.text, e.type] as [string, string]));

describe('an organisation\'s name, "in" and a place are one name where the text says so', () => {
  it.each([
    ['Hanna Lutz, who heads the U.N. Verification Mission in Colombia (UNVMC), said on Tuesday.', 'U.N. Verification Mission in Colombia'],
    ['Staff of the Electoral Mission in Haiti (EMH) counted the ballots overnight.', 'Electoral Mission in Haiti'],
    ['Aid arrived late, the Nairobi-based rights group Justice in Kenya said.', 'Justice in Kenya'],
    ['The charity Clean Water in Malawi said 40 wells had run dry.', 'Clean Water in Malawi'],
  ])('"%s"', (text, whole) => {
    expect(named(text)).toContainEqual([whole, 'ORG']);
  });

  it('the short form then stands for the whole', () => {
    const org = extract('The U.N. Verification Mission in Colombia (UNVMC) sent a patrol. UNVMC said later it was safe.').entities.find((e) => e.type === 'ORG');
    expect(org?.mentions.map((m) => m.text)).toEqual(['U.N. Verification Mission in Colombia', 'UNVMC', 'UNVMC']);
  });

  it.each([
    ['The Red Cross in Geneva said it would send staff.', 'Geneva'],
    ['Amnesty International in London (AI) said the trial was unfair.', 'London'],
  ])('leaves "%s" apart: no cue, or a short form of the organisation alone', (text, place) => {
    const names = named(text);
    expect(names.some(([name]) => name.includes(' in '))).toBe(false);
    expect(names).toContainEqual([place, 'GPE']);
  });
});
