import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const typeOf = (text: string, name: string) => extract(text).entities.find((e) => e.name === name)?.type;

describe('a name ending in an organisation’s head noun is no person’s', () => {
  it.each([
    ['Orders rose 3%, according to Halloran Group.', 'Halloran Group'],
    ['Staff at Kettering Trust were told on Monday.', 'Kettering Trust'],
    ['Brennock Systems cut 200 jobs.', 'Brennock Systems'],
  ])('reads "%s" with %s as an organisation', (text, name) => {
    expect(typeOf(text, name)).toBe('ORG');
  });

  it('leaves people whose surname is only like such a word', () => {
    expect(typeOf('Margaret Court won the title in 1970.', 'Margaret Court')).toBe('PERSON');
    expect(typeOf('Tom Banks said the talks would resume.', 'Tom Banks')).toBe('PERSON');
  });
});
