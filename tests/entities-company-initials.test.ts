import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const typesOf = (text: string, name: string) =>
  extract(text).entities.filter((e) => e.mentions.some((m) => m.kind === 'name' && m.text === name)).map((e) => e.type);

describe('"AB" and "Bros" end companies\' names as corporate suffixes', () => {
  it.each([
    ['Tellmark AB shares rose 3 percent in Stockholm on Monday.', 'Tellmark AB'],
    ['Analysts at Kestrel Bros said the bid was too low.', 'Kestrel Bros'],
  ])('"%s": %s', (text, name) => {
    expect(typesOf(text, name)).toEqual(['ORG']);
  });
});

describe('a lone word read as a person that follows the initials opening a company\'s name is the company', () => {
  it.each([
    ['Norwegian shipbuilder KT Solvang AB has landed a ferry contract. Solvang expects to lay the keel in March.', 'Solvang'],
    ['Danish brewer JC Nielsen AB raised prices. Nielsen said costs had climbed.', 'Nielsen'],
  ])('"%s": %s', (text, name) => {
    expect(typesOf(text, name)).toEqual(['ORG']);
  });

  it('leaves the word a person\'s where a person\'s name holds it', () => {
    expect(typesOf('Anna Holm met PR Lindqvist AB managers; Holm said talks went well.', 'Holm')).toEqual(['PERSON']);
  });
});
