import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import type { NameMention } from '../src/entities/merge.js';
import { withCompanyAndDepartmentCues, withCompanyNameEndsAndPlaceLeds, withShipsAndCountries } from '../src/entities/mention-walks.js';
import { taggerMention as mention } from './helpers/mentions.js';

type Read = [string, NameMention['type'], string];

const read = (text: string, out: NameMention[]): Read[] => out.map((m) => [text.slice(m.start, m.end), m.type, m.rule]);

describe('the rules a walk runs together act in their chain order', () => {
  it.each([
    ['Regulators fined Northern Plains Power Co officials on Friday.', 'Northern Plains', 'Power Co officials', 'Northern Plains Power Co'],
    ['Auditors said Western Cape Grain Ltd investors lost money.', 'Western Cape', 'Grain Ltd investors', 'Western Cape Grain Ltd'],
  ])('"%s": the name cut at its suffix, then the place before it joined', (text, place, company, whole) => {
    const out = withCompanyNameEndsAndPlaceLeds(createDoc(text), [mention(text, place, 'GPE'), mention(text, company, 'PERSON')]);
    expect(read(text, out)).toEqual([[whole, 'ORG', 'entities/connector']]);
  });

  it('leaves a list with nothing to do as it is, the same array', () => {
    const text = 'Talks between Norway and Harlan Foods resumed.';
    const mentions = [mention(text, 'Norway', 'GPE'), mention(text, 'Harlan Foods', 'ORG')];
    const doc = createDoc(text);
    expect(withCompanyNameEndsAndPlaceLeds(doc, mentions)).toBe(mentions);
    expect(withCompanyAndDepartmentCues(doc, mentions)).toBe(mentions);
    expect(withShipsAndCountries(doc, mentions)).toBe(mentions);
  });

  it('types a person read as a company by the maker before it or its results after it, and a department by its ministry, in one walk', () => {
    const text = 'Shares of truck maker Halvik rose after Halvik posted a 4 million euro profit, the Finance ministry said.';
    const mentions = [mention(text, 'Halvik', 'PERSON'), mention(text, 'Halvik', 'PERSON', 30), mention(text, 'Finance', 'ORG')];
    const out = withCompanyAndDepartmentCues(createDoc(text), mentions);
    expect(out.map((m) => [text.slice(m.start, m.end), m.type, m.typedBy && text.slice(m.typedBy.start, m.typedBy.end)])).toEqual([
      ['Halvik', 'ORG', 'maker'],
      ['Halvik', 'ORG', 'posted'],
      ['Finance ministry', 'ORG', 'ministry'],
    ]);
  });
});
