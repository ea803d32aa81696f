import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import type { NameMention } from '../src/entities/merge.js';
import { withCompanyNameEndsAndPlaceLeds } from '../src/entities/mention-walks.js';
import { taggerMention as mention } from './helpers/mentions.js';

const read = (text: string, name: string, type: NameMention['type']): Array<[string, string, string | null]> =>
  withCompanyNameEndsAndPlaceLeds(createDoc(text), [mention(text, name, type)]).map((m) => [text.slice(m.start, m.end), m.type, m.typedBy && text.slice(m.typedBy.start, m.typedBy.end)]);

describe('a name read past a corporate suffix into lower-case words ends at the suffix', () => {
  it.each([
    ['The deal includes Harwick Inc operations in Chile.', 'Harwick Inc operations', 'MISC', 'Harwick Inc', 'Inc'],
    ['The group booked a charge on Lindale Corp goodwill in May.', 'Lindale Corp goodwill', 'MISC', 'Lindale Corp', 'Corp'],
    ['The sale of Dunmore Holdings Ltd. interests in Peru is off.', 'Dunmore Holdings Ltd. interests', 'ORG', 'Dunmore Holdings Ltd.', 'Ltd.'],
    ['Analysts cut Brenner AG share forecasts.', 'Brenner AG share forecasts', 'PERSON', 'Brenner AG', 'AG'],
  ])('"%s"', (text, name, type, company, suffix) => {
    expect(read(text, name, type as NameMention['type'])).toEqual([[company, 'ORG', suffix]]);
  });

  it.each([
    ['The Harwick Inc board met.', 'Harwick Inc', 'ORG'],
    ['Fans of Co-op football came.', 'Co-op football', 'MISC'],
    ['The Marlow Co of Ohio unit grew.', 'Marlow Co of Ohio', 'ORG'],
  ])('leaves "%s" alone', (text, name, type) => {
    expect(read(text, name, type as NameMention['type'])).toEqual([[name, type, null]]);
  });
});
