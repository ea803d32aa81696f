import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import type { NameMention } from '../src/entities/merge.js';
import { typeListsOfOrganisations } from '../src/entities/organisation-lists.js';
import { taggerMention as mention } from './helpers/mentions.js';

type Typed = [string, NameMention['type']];

const read = (text: string, names: Typed[], typedBy: string[] = []): Typed[] => {
  let from = 0;
  const mentions = names.map(([name, type]) => {
    const m = mention(text, name, type, from);
    from = m.end;
    return typedBy.includes(name) ? { ...m, typedBy: { start: m.start, end: m.end } } : m;
  });
  return typeListsOfOrganisations(createDoc(text), mentions).map((m) => [text.slice(m.start, m.end), m.type]);
};

describe('a town in a list of organisations is an organisation', () => {
  it.each([
    ['Traders said the cargo went to Shell, Caltex and Mobil last week.', [['Shell', 'ORG'], ['Caltex', 'ORG'], ['Mobil', 'GPE']]],
    [
      'Shares in Harwick Bank, Lindale Cement, Corby and Atlas Dunmore rose.',
      [['Harwick Bank', 'ORG'], ['Lindale Cement', 'ORG'], ['Corby', 'GPE'], ['Atlas Dunmore', 'ORG']],
    ],
  ] as Array<[string, Typed[]]>)('"%s"', (text, names) => {
    expect(read(text, names).map(([, type]) => type)).toEqual(names.map(() => 'ORG'));
  });

  it('counts a name typed ORG by its suffix elsewhere in the text', () => {
    const text = 'Soybeans were sold to Cargill, Marubeni, Halvers and Tamsin Corp. Cargill Inc declined to comment.';
    const names: Typed[] = [['Cargill', 'GPE'], ['Marubeni', 'GPE'], ['Halvers', 'ORG'], ['Tamsin Corp', 'ORG'], ['Cargill Inc', 'ORG']];
    expect(read(text, names, ['Tamsin Corp', 'Cargill Inc'])).toEqual([
      ['Cargill', 'GPE'],
      ['Marubeni', 'ORG'],
      ['Halvers', 'ORG'],
      ['Tamsin Corp', 'ORG'],
      ['Cargill Inc', 'ORG'],
    ]);
  });

  it.each([
    ['Hearings in Bramley, Regina, Fenwick Lake and Ostry were called off.', [['Bramley', 'GPE'], ['Regina', 'GPE'], ['Fenwick Lake', 'ORG'], ['Ostry', 'ORG']]],
    ['Shell, BP and Nigeria signed the accord.', [['Shell', 'ORG'], ['BP', 'ORG'], ['Nigeria', 'GPE']]],
    ['Shell and Leeds signed.', [['Shell', 'ORG'], ['Leeds', 'GPE']]],
    ['SHELL, BP AND LAGOS TALKS', [['SHELL', 'ORG'], ['BP', 'ORG'], ['LAGOS', 'GPE']]],
  ] as Array<[string, Typed[]]>)('leaves places where the list is not mostly organisations\': "%s"', (text, names) => {
    expect(read(text, names)).toEqual(names);
  });
});
