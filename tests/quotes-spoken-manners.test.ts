import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { onlyQuote as only } from './helpers/only-quote.js';

describe('a verb of a manner of speaking reports what follows "that"', () => {
  it.each([
    ['Ruiz joked that the new bridge would outlast the council.', 'Ruiz', 'that the new bridge would outlast the council'],
    ['The coach quipped that his players had finally read the rulebook.', 'The coach', 'that his players had finally read the rulebook'],
    ['A neighbour whispered that the family had left before dawn.', 'A neighbour', 'that the family had left before dawn'],
    ['Protesters shouted that the mine would poison the river.', 'Protesters', 'that the mine would poison the river'],
  ])('%s', (text, speaker, content) => {
    const q = only(text);
    expect(q.kind).toBe('indirect');
    expect(q.text).toBe(content);
    expect(q.speaker?.mention?.text).toBe(speaker);
  });

  it('reports nothing without "that", and still attributes a direct quote', () => {
    expect(extract('Ruiz laughed at the suggestion. Ruiz joked about the weather.', { only: ['quotes'] }).quotes).toEqual([]);
    expect(only('“Not again,” Ruiz laughed.').speaker?.mention?.text).toBe('Ruiz');
  });

  it('leaves a manner verb that is no way of speaking out', () => {
    expect(extract('The council continued that the plan was sound.', { only: ['quotes'] }).quotes).toEqual([]);
  });
});
