import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { onlyQuote as only } from './helpers/only-quote.js';

describe('a cue in the infinitive after a verb of aspect or appearance takes that verb’s subject', () => {
  it.each([
    ['Harlow went on to explain that the depot would close in March.', 'Harlow', 'that the depot would close in March'],
    ['The union has continued to insist that the pay offer is too low.', 'The union', 'that the pay offer is too low'],
    ['The minister appeared to suggest that fares would rise again next year.', 'The minister', 'that fares would rise again next year'],
    ['Residents continue to call for an inquiry into the fire.', 'Residents', 'an inquiry into the fire'],
    ['The coach began to argue that the schedule was unfair to smaller clubs.', 'The coach', 'that the schedule was unfair to smaller clubs'],
    ['Ms Okafor then went on to describe the damage to the harbour wall.', 'Ms Okafor', 'the damage to the harbour wall'],
  ])('%s', (text, speaker, content) => {
    const q = only(text);
    expect(q.speaker?.mention?.text).toBe(speaker);
    expect(q.text).toBe(content);
    expect(q.kind).toBe('indirect');
  });

  it('reports nothing when the infinitive after the verb is no cue', () => {
    expect(extract('The river continued to rise through the night.', { only: ['quotes'] }).quotes).toEqual([]);
  });

  it('leaves a verb of wanting or refusing out: the words were not said', () => {
    expect(extract('The mayor refused to explain why the depot closed.', { only: ['quotes'] }).quotes).toEqual([]);
    expect(extract('The mayor wants to announce that the depot will reopen.', { only: ['quotes'] }).quotes).toEqual([]);
  });
});
