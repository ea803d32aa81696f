import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Location } from '../src/schema.js';

const located = (text: string): Location[] => extract(text, { explain: true }).locations;
const byMention = (locations: Location[], text: string): Location | undefined => locations.find((l) => l.mentions.some((m) => m.text === text));

describe('the names of a list closed by "counties" or "parishes" are counties', () => {
  it('reads each name of the list as its county, beside the state the text names', () => {
    const cases = [
      ['Volunteers from Glynn and McIntosh counties in Georgia joined the beach cleanup on Saturday.', ['Glynn', 'McIntosh'], 'GA'],
      ['The storm knocked out power across Hennepin, Ramsey and Dakota counties overnight, the utility said.', ['Hennepin', 'Ramsey', 'Dakota'], 'MN'],
      ['Deputies from Lafourche and Terrebonne parishes searched the bayou for the missing fisherman.', ['Lafourche', 'Terrebonne'], 'LA'],
      ['Schools in Swift and Otter Tail counties will open two hours late on Thursday because of ice.', ['Swift', 'Otter Tail'], 'MN'],
      ['Sheriffs in Comal, Hays and Caldwell counties in Texas asked for more deputies.', ['Comal', 'Hays', 'Caldwell'], 'TX'],
    ] as const;
    for (const [text, names, state] of cases) {
      const locations = located(text);
      for (const name of names) {
        const l = byMention(locations, name);
        expect(l?.geo?.featureKind, `${name} in ${text}`).toBe('admin2');
        expect(l!.geo!.name, text).toMatch(/ (County|Parish)$/);
        expect(l!.mentions[0]!.text, text).toBe(name);
      }
      // the counties of one list lie together, in the one state
      const lats = names.map((n) => byMention(locations, n)!.geo!.lat);
      expect(Math.max(...lats) - Math.min(...lats), `${text} (${state})`).toBeLessThan(2);
    }
  });

  it('reads the plural in capitals, and one an invisible character splits (the tokens drop it, the text keeps it)', () => {
    for (const text of [
      'SNOW CLOSES ROADS IN Swift and Otter Tail COUNTIES as crews fall behind.',
      'Schools in Swift and Otter Tail coun\u00adties will open two hours late on Thursday because of ice.',
      'Deputies from Lafourche and Terrebonne par\u200bishes searched the bayou for the missing fisherman.',
    ]) {
      const counties = located(text).filter((l) => l.geo?.featureKind === 'admin2');
      expect(counties.map((l) => l.mentions[0]!.text), text).toHaveLength(2);
    }
  });

  it('makes no county of a name the list does not close, nor of one the gazetteer has no county for', () => {
    const locations = located('Mayor Jane Hale of Springfield said Adams and Brown counties had asked for help.');
    expect(byMention(locations, 'Springfield')?.geo?.featureKind).toBe('city');
    expect(byMention(locations, 'Hale')).toBeUndefined();
  });
});
