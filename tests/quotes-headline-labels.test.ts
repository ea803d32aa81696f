import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const labelled = (text: string) => extract(text).quotes.filter((q) => q.cue?.lemma === ':');

describe('a label of one word speaks when it is the surname of a name in the text or a record of findings', () => {
  it.each([
    ['Okafor: Harbour levy will not pass this year\n\nCouncillor Grace Okafor told reporters on Monday that the vote had been delayed.', 'Okafor', 'Harbour levy will not pass this year'],
    ['Hale: Depot closure was never on the table\n\nTransit chief Martin Hale said the plan was only a draft.', 'Hale', 'Depot closure was never on the table'],
    ['Poll: Most voters back the new bridge\n\nA survey of 900 residents found wide support for the project.', 'Poll', 'Most voters back the new bridge'],
    ['Report: Ferry fares to rise by a tenth\n\nThe operator has not commented on the figures.', 'Report', 'Ferry fares to rise by a tenth'],
  ])('%s', (text, label, content) => {
    const [q] = labelled(text);
    expect(q?.speaker?.mention?.text).toBe(label);
    expect(q?.text).toBe(content);
  });

  it('takes no organisation’s last word for a surname', () => {
    expect(labelled('Police: Driver was not speeding\n\nThe Harbour Police said the van was parked when the bus hit it.')).toEqual([]);
  });

  it('leaves the reports inside a label’s paragraph on their own', () => {
    const found = extract('Hale: Depot closure was never on the table. Martin Hale said the plan was only a draft.\n\nThe council meets on Monday.').quotes;
    expect(found.map((q) => q.cue?.text)).toEqual([':', 'said']);
  });

  it('names no one with a word that is no surname in the text nor a record', () => {
    expect(labelled('Update: The coast road has reopened\n\nCrews cleared the last of the rocks on Tuesday morning.')).toEqual([]);
    expect(labelled('Hale: Depot closure was never on the table\n\nThe council met on Monday to discuss the depot.')).toEqual([]);
  });
});
