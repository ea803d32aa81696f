import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import type { NameMention } from '../src/entities/merge.js';
import { withCompanyAndDepartmentCues } from '../src/entities/mention-walks.js';
import { taggerMention as mention } from './helpers/mentions.js';

const read = (text: string, mentions: NameMention[]): Array<[string, string]> =>
  withCompanyAndDepartmentCues(createDoc(text), mentions).map((m) => [text.slice(m.start, m.end), m.type]);

describe("a department's name read as an organisation's", () => {
  it.each([
    ['Interior Minister Hugo Varenne said on Friday the talks would resume.', 'Interior'],
    ['-- National Economy Minister Petros Lakkas defends the budget', 'National Economy'],
    ['Agriculture Secretary Dana Whitcombe told reporters the ban would stay.', 'Agriculture'],
    ['Officials said Transportation Secretary Ruth Calloway had approved the grant.', 'Transportation'],
  ])('is the title\'s before a minister\'s title: "%s"', (text, department) => {
    const person = mention(text, text.match(/(?:Minister|Secretary) (\S+ \S+)/)![1]!, 'PERSON');
    expect(read(text, [mention(text, department, 'ORG'), person])).toEqual([[text.slice(person.start, person.end), 'PERSON']]);
  });

  it.each([
    ['-- Finance ministry plans to sell more three-year notes in October', 'Finance', 'Finance ministry'],
    ['Labour ministry officials met union leaders on Tuesday.', 'Labour', 'Labour ministry'],
    ['A spokesman for the Interior Ministry declined to comment.', 'Interior', 'Interior Ministry'],
  ])('takes in the "ministry" after it: "%s"', (text, department, ministry) => {
    expect(read(text, [mention(text, department, 'ORG')])).toEqual([[ministry, 'ORG']]);
  });

  it.each([
    ['United Nations Secretary-General Antonio Guterres spoke first.', 'United Nations', 'ORG'],
    ['Communist Party Secretary Li Wen visited the plant.', 'Communist Party', 'ORG'],
    ['Kenya Minister Ruth Otieno arrived late.', 'Kenya', 'ORG'],
    ['He backed Republican Secretary of State Mark Hale.', 'Republican', 'NORP'],
    ['She spent her retirement in Christian ministry at the prison.', 'Christian', 'NORP'],
    ['The Labour minister Ann Pike resigned.', 'Labour', 'ORG'],
  ])('leaves other names alone: "%s"', (text, name, type) => {
    expect(read(text, [mention(text, name, type as NameMention['type'])])).toEqual([[name, type]]);
  });
});
