import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

describe('a cue whose object is charged "of" or "with" a noun phrase', () => {
  it.each([
    'Police charged him with three counts of handling stolen goods.',
    'Officers charged the driver with two counts of failing to stop.',
    'Detectives charged a second man with possession of forged passports.',
    'Prosecutors accused him of three counts of handling stolen goods.',
    'The union accused the minister of a cover-up over the pension fund.',
    'Critics accused the mayor of two breaches of the members’ code.',
    'A jury convicted her of one count of receiving stolen property.',
    'The tribunal cleared the trainer of any wrongdoing in handling the horse.',
  ])('names a charge and reports nothing: %s', (text) => {
    expect(extract(text).quotes).toEqual([]);
  });

  it.each([
    ['Police charged him with handling stolen goods.'],
    ['Officers charged two teenagers with selling forged tickets.'],
  ])('reads no clause in a gerund with a participle before its object: %s', (text) => {
    expect(extract(text).quotes).toEqual([]);
  });

  it.each([
    ['The council accused the contractor of wasting public money.', 'the contractor of wasting public money'],
    ['Residents accused the landlord of ignoring repeated complaints.', 'the landlord of ignoring repeated complaints'],
    ['The auditor accused two directors of secretly moving funds abroad.', 'two directors of secretly moving funds abroad'],
    ['The mayor charged that the council had hidden the figures.', 'that the council had hidden the figures'],
  ])('still reports an allegation a gerund or a clause makes: %s', (text, content) => {
    expect(extract(text).quotes.map((q) => q.text)).toEqual([content]);
  });

  it('keeps a participle that is a clause\'s verb: "said the gang were handling stolen goods"', () => {
    expect(extract('She said the gang were handling stolen goods.').quotes.map((q) => q.text)).toEqual(['the gang were handling stolen goods']);
  });
});
