import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import type { NameMention } from '../src/entities/merge.js';
import { withCompanyAndDepartmentCues } from '../src/entities/mention-walks.js';
import { extract } from '../src/index.js';
import { taggerMention as mention } from './helpers/mentions.js';

const read = (text: string, mentions: NameMention[]): Array<[string, string, string | null]> =>
  withCompanyAndDepartmentCues(createDoc(text), mentions).map((m) => [text.slice(m.start, m.end), m.type, m.typedBy && text.slice(m.typedBy.start, m.typedBy.end)]);

describe('a name read as a person that reports results or names a part of a company is a company', () => {
  it.each([
    ['Over nine months, Torvane posted a 4.8 million euro profit, against a loss a year ago.', 'Torvane', 'posted'],
    ['Last year Maribel Foods reported a 12 million crown net loss before tax.', 'Maribel Foods', 'reported'],
    ['Kallisto records annual sales of about $40 million.', 'Kallisto', 'records'],
    ['Ostrander booked higher revenue in its cloud business.', 'Ostrander', 'booked'],
    ['The group said its Corvane unit would be sold.', 'Corvane', 'unit'],
    ["The bank's Hallbrook subsidiary made the loans.", 'Hallbrook', 'subsidiary'],
  ])('"%s": %s', (text, name, cue) => {
    expect(read(text, [mention(text, name, 'PERSON')])).toEqual([[name, 'ORG', cue]]);
  });

  it.each([
    ['Jensen reported that sales had fallen.'],
    ['Reporter Anna Berg posted a photo of the loss column.'],
    ['Smith reported him to the police after the loss.'],
    ['Ms Varga reported a profit on the flat she sold.'],
    ['Petra Holm Units were deployed.'],
  ])('"%s" keeps its people', (text) => {
    const doc = createDoc(text);
    const name = /(?:Ms )?[A-Z][a-z]+(?: [A-Z][a-z]+)?/.exec(text)![0];
    const m = name.startsWith('Ms ') ? { ...mention(text, name.slice(3), 'PERSON'), title: { start: 0, end: 2 } } : mention(text, name, 'PERSON');
    expect(withCompanyAndDepartmentCues(doc, [m])[0]!.type).toBe('PERSON');
  });

  it('types every mention of the name across the article', () => {
    const text =
      'Morrow said on Friday a return to profit was likely this year.\n\nMorrow posted a 4.8 million euro profit for the nine months, against a loss a year ago, Morrow said.';
    const morrow = extract(text, { explain: true }).entities.filter((e) => e.name === 'Morrow');
    expect(morrow.map((e) => [e.type, e.mentions.length, e.why?.rule])).toEqual([['ORG', 3, 'entities/type-evidence']]);
  });
});
