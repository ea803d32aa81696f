import { describe, expect, it } from 'vitest';
import { onlyQuote as only } from './helpers/only-quote.js';
import { extract } from '../src/extract.js';

describe('a verb whose object is a noun of an utterance introduces what a colon opens', () => {
  it.each([
    ['The minister made the following remarks: “We will build the bridge, and we will build it this year.”', 'The minister'],
    ['The mayor offered this warning: “Nobody should drive on that road until the repairs are done.”', 'The mayor'],
    ['The union issued a short statement: “We will be back at the table on Monday.”', 'The union'],
    ['On Friday, the minister made the following remarks: “We will build it this year.”', 'the minister'],
  ])('gives the quote to the verb’s subject: %s', (text, speaker) => {
    const q = only(text);
    expect(q.kind).toBe('direct');
    expect(q.speaker?.mention?.text).toBe(speaker);
  });

  it('reports the words after the colon when no marks hold them', () => {
    const q = only('Ruiz gave her answer: the council had no money left for the pool.');
    expect(q.text).toBe('the council had no money left for the pool');
    expect(q.speaker?.mention?.text).toBe('Ruiz');
  });

  it('holds when the quote opens the next paragraph', () => {
    const q = extract('The council met on Monday.\n\nThe minister made the following remarks:\n\n“We will build it this year. The money is there.”\n\nThe vote is on Friday.').quotes;
    expect(q.map((x) => x.speaker?.mention?.text)).toEqual(['The minister']);
  });
});

describe('a semicolon after a trailing attribution ends its clause', () => {
  it.each([
    ['The plan is years behind schedule, Ruiz writes; the money set aside for it has already been spent.', 'The plan is years behind schedule', 'Ruiz'],
    ['Prices will keep rising through the winter, the bank warned; it expects no relief before April.', 'Prices will keep rising through the winter', 'the bank'],
    ['The ferry will not sail until Friday, the operator said; repairs to the ramp are under way.', 'The ferry will not sail until Friday', 'the operator'],
  ])('%s', (text, content, speaker) => {
    const q = only(text);
    expect(q.text).toBe(content);
    expect(q.speaker?.mention?.text).toBe(speaker);
  });

  it('reports nothing for a credit line of a wire story', () => {
    expect(extract('Reporting by Ana Ruiz; Additional reporting by Tom Berg; Editing by Lena Holt').quotes).toEqual([]);
  });
});
