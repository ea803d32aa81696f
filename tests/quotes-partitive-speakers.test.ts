import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { onlyQuote as only } from './helpers/only-quote.js';

describe('a share of a group named by a pronoun speaks', () => {
  it.each([
    ['Some of them said the offer was too low.', 'Some of them', 'the offer was too low'],
    ['Two of us said the plan would fail without more money.', 'Two of us', 'the plan would fail without more money'],
    ['Most of them told reporters the clinic should stay open.', 'Most of them', 'the clinic should stay open'],
  ])('%s', (text, speaker, content) => {
    const q = only(text);
    expect(q.speaker?.mention?.text).toBe(speaker);
    expect(q.text).toBe(content);
  });

  it('ends what a partitive relative clause reports where the main clause resumes', () => {
    const q = only('The union members, many of whom say the offer is too low, will vote on Friday.');
    expect(q.text).toBe('the offer is too low');
    expect(q.speaker?.mention?.text).toBe('many of whom');
    expect(only('Residents, most of whom said they had lost power, gathered at the school.').text).toBe('they had lost power');
  });

  it('leaves a partitive of a thing, and a pronoun after a word that shares nothing, unattributed', () => {
    expect(extract('The plan, parts of which said little, was dropped.').quotes).toEqual([]);
  });
});
