import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import type { NameMention } from '../src/entities/merge.js';
import { withHeadShortForms } from '../src/entities/head-short-forms.js';
import { taggerMention as mention } from './helpers/mentions.js';

const read = (text: string, mentions: NameMention[]): Array<[string, string]> =>
  withHeadShortForms(createDoc(text), mentions).map((m) => [text.slice(m.start, m.end), m.type]);

describe("an organisation's last word after \"the\" is its short form", () => {
  it.each([
    ['The Harbour Post reported the deal first. The mayor confirmed the price on Tuesday, the Post said.', 'Harbour Post', 'Post'],
    ['The European Commission opened a case. A spokesman said the Commission would rule in May.', 'European Commission', 'Commission'],
    ['Officials at the Marlow Tribune declined to comment; the Tribune has run the story twice.', 'Marlow Tribune', 'Tribune'],
  ])('"%s"', (text, longer, short) => {
    const out = read(text, [mention(text, longer, 'ORG')]);
    expect(out).toEqual([[longer, 'ORG'], [short, 'ORG']]);
  });

  it('retypes a mention the tagger read as a person', () => {
    const text = 'Lena Ross joined the Dunmore Gazette in 2019. She told the Gazette on Friday she would stay.';
    const gazette = mention(text, 'Gazette', 'PERSON', text.indexOf('the Gazette'));
    expect(read(text, [mention(text, 'Lena Ross', 'PERSON'), mention(text, 'Dunmore Gazette', 'ORG'), gazette])).toEqual([
      ['Lena Ross', 'PERSON'],
      ['Dunmore Gazette', 'ORG'],
      ['Gazette', 'ORG'],
    ]);
  });

  it.each([
    ['The Harbour Post reported it. Officials at the Post Office said nothing.'],
    ['The Harbour Post reported it. He writes for the Post opinion page.'],
    ['The Roman Catholic Church spoke. Many in the Catholic community agreed.'],
    ['The Post reported it before the Harbour Post did.'],
  ])('leaves "%s" alone', (text) => {
    expect(read(text, [mention(text, text.includes('Catholic') ? 'Roman Catholic Church' : 'Harbour Post', 'ORG')])).toHaveLength(1);
  });
});
