import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import type { NameMention } from '../src/entities/merge.js';
import { withCompanyNameEndsAndPlaceLeds } from '../src/entities/mention-walks.js';
import { taggerMention as mention } from './helpers/mentions.js';

type Typed = [string, NameMention['type']];

const read = (text: string, names: Typed[], edit: (m: NameMention) => NameMention = (m) => m): Typed[] => {
  let from = 0;
  const mentions = names.map(([name, type]) => {
    const m = mention(text, name, type, from);
    from = m.end;
    return edit(m);
  });
  return withCompanyNameEndsAndPlaceLeds(createDoc(text), mentions).map((m) => [text.slice(m.start, m.end), m.type]);
};

describe("a place's name right before an organisation's that ends as one opens it", () => {
  it.each([
    ['Northern Plains Power Co raises its dividend.', [['Northern Plains', 'LOC'], ['Power Co', 'ORG']], 'Northern Plains Power Co'],
    ['The U.S. Defense Logistics Agency awarded the fuel contract.', [['U.S.', 'GPE'], ['Defense Logistics Agency', 'ORG']], 'U.S. Defense Logistics Agency'],
    ['Figures from the U.S. Census Bureau were due.', [['U.S.', 'GPE'], ['Census Bureau', 'ORG']], 'U.S. Census Bureau'],
    ['Shares of Osaka-Daiwa Bank rose.', [['Osaka', 'GPE'], ['Daiwa Bank', 'ORG']], 'Osaka-Daiwa Bank'],
    ['Ohio Halden Motors cut jobs.', [['Ohio', 'GPE'], ['Halden Motors', 'ORG']], 'Ohio Halden Motors'],
  ] as Array<[string, Typed[], string]>)('"%s"', (text, names, whole) => {
    expect(read(text, names)).toEqual([[whole, 'ORG']]);
  });

  it.each([
    ['Wheat sold to France ONIC was cheaper.', [['France', 'GPE'], ['ONIC', 'ORG']]],
    ['In Paris, Harwick Bank said so.', [['Paris', 'GPE'], ['Harwick Bank', 'ORG']]],
    ['Traders in Texas Shell said so.', [['Texas', 'GPE'], ['Shell', 'ORG']]],
    ['Boston Harwick Inc', [['Boston', 'GPE'], ['Harwick Inc', 'ORG']]],
  ] as Array<[string, Typed[]]>)('leaves "%s" apart', (text, names) => {
    const dateline = text.startsWith('Boston');
    expect(read(text, names, (m) => (dateline && m.type === 'GPE' ? { ...m, dateline: true } : m))).toEqual(names);
  });
});
