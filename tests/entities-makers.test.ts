import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import { withCompanyAndDepartmentCues } from '../src/entities/mention-walks.js';
import { taggerMention as mention } from './helpers/mentions.js';

const typeOf = (text: string, name: string): string => withCompanyAndDepartmentCues(createDoc(text), [mention(text, name, 'PERSON')])[0]!.type;

describe('a name after a product\'s noun and "maker" is the company that makes it', () => {
  it.each([
    ['The bid for Dutch valve maker Klepstra was raised again.', 'Klepstra'],
    ['Shares in truck maker Halvik rose 4 percent.', 'Halvik'],
    ['The toy maker Brenmark Vance cut 300 jobs.', 'Brenmark Vance'],
  ])('"%s"', (text, name) => {
    expect(typeOf(text, name)).toBe('ORG');
  });

  it.each([
    ['Veteran film maker Ken Loach said he would retire.', 'Ken Loach'],
    ['Russian peacemaker Lebed flew to Grozny.', 'Lebed'],
    ['Veteran lawmaker Ortiz said no.', 'Ortiz'],
    ['The Maker Kolbenholz spoke.', 'Kolbenholz'],
  ])('leaves "%s" a person', (text, name) => {
    expect(typeOf(text, name)).toBe('PERSON');
  });
});
