import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import type { NameMention } from '../src/entities/merge.js';
import { withCorporateSuffixes } from '../src/entities/corporate-suffixes.js';
import { taggerMention as mention } from './helpers/mentions.js';

const read = (text: string, mentions: NameMention[]): Array<[string, string]> =>
  withCorporateSuffixes(createDoc(text), mentions).map((m) => [text.slice(m.start, m.end), m.type]);

describe('a corporate suffix right after a name ends the company\'s name', () => {
  it.each([
    ['The profit reflected the sale of its 30 percent holding in Westfield Insurance Co of Ohio.', 'Westfield Insurance', 'LOC', 'Westfield Insurance Co'],
    ['Harlow Labs will buy Switzerland\'s Brenner Medical AG for $400 million.', 'Brenner Medical', 'ORG', 'Brenner Medical AG'],
    ['Analysts at Harlow Brothers Inc said the bid was too low.', 'Harlow Brothers', 'PERSON', 'Harlow Brothers Inc'],
    ['Regulators fined Castlegate Securities Ltd. for late filings.', 'Castlegate Securities', 'ORG', 'Castlegate Securities Ltd.'],
  ])('"%s": %s becomes the company', (text, name, type, company) => {
    expect(read(text, [mention(text, name, type as NameMention['type'])])).toEqual([[company, 'ORG']]);
  });

  it('leaves a name before a lower-case or other word alone, and a person typed by a title', () => {
    const text = 'Mr Smith Co-founded the firm with Jones, and Kestrel co-owns it.';
    const smith = mention(text, 'Smith', 'PERSON', 0, { start: 0, end: 2 });
    expect(read(text, [smith, mention(text, 'Jones', 'PERSON'), mention(text, 'Kestrel', 'ORG')])).toEqual([
      ['Smith', 'PERSON'],
      ['Jones', 'PERSON'],
      ['Kestrel', 'ORG'],
    ]);
  });

  it('does not take a suffix another name starts at', () => {
    const text = 'The stake in Westfield Insurance Co of Ohio was sold.';
    const second = mention(text, 'Co of Ohio', 'ORG');
    expect(read(text, [mention(text, 'Westfield Insurance', 'ORG'), second])).toEqual([
      ['Westfield Insurance', 'ORG'],
      ['Co of Ohio', 'ORG'],
    ]);
  });
});
