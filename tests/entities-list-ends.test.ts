import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import type { NameMention } from '../src/entities/merge.js';
import { withListEndsSplit } from '../src/entities/list-ends.js';
import { taggerMention as mention } from './helpers/mentions.js';

type Typed = [string, NameMention['type']];

const read = (text: string, names: Typed[]): Typed[] => {
  let from = 0;
  const mentions = names.map(([name, type]) => {
    const m = mention(text, name, type, from);
    from = m.end;
    return m;
  });
  return withListEndsSplit(createDoc(text), mentions).map((m) => [text.slice(m.start, m.end), m.type]);
};

describe('a name read over the "and" that closes a list of names is two', () => {
  it.each([
    ['Lenders including Barclays, Lloyds, Banc Ouest and Second Lakeland declined to comment.', [['Lloyds', 'ORG'], ['Banc Ouest and Second Lakeland', 'ORG']], ['Banc Ouest', 'Second Lakeland']],
    ['Fans of Swansea City, Exeter City and Stoke City travelled.', [['Swansea City', 'ORG'], ['Exeter City and Stoke City', 'ORG']], ['Exeter City', 'Stoke City']],
    ['Talks with Kerry County Council, Sligo Harbour Board and Mayo County Council', [['Kerry County Council', 'ORG'], ['Sligo Harbour Board and Mayo County Council', 'ORG']], ['Sligo Harbour Board', 'Mayo County Council']],
  ] as Array<[string, Typed[], [string, string]]>)('"%s"', (text, names, [left, right]) => {
    expect(read(text, names)).toEqual([names[0], [left, 'ORG'], [right, 'ORG']]);
  });

  it.each([
    ['Rivals Unilever, Procter and Gamble said nothing.', [['Unilever', 'ORG'], ['Procter and Gamble', 'ORG']]],
    ['The Kerry County Council and Cork County Council met.', [['Kerry County Council and Cork County Council', 'ORG']]],
    ['Unilever said Northern Rock and Second Lakeland would merge.', [['Unilever', 'ORG'], ['Northern Rock and Second Lakeland', 'ORG']]],
  ] as Array<[string, Typed[]]>)('leaves "%s" whole', (text, names) => {
    expect(read(text, names)).toEqual(names);
  });
});
