import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const said = (text: string, cue: string) => extract(text, { only: ['quotes'] }).quotes.find((q) => q.cue?.text === cue);

describe('a cue that shares its clause’s subject takes the main clause’s, past a fronted subordinate clause', () => {
  it.each([
    ['When the mayor announced the levy, the union rejected it and said the city had broken its promise.', 'said', 'the union', 'the city had broken its promise'],
    ['After the board confirmed the closure, staff walked out, saying they had not been told.', 'saying', 'staff', 'they had not been told'],
    ['Because the council had not published the audit, the auditor resigned and warned that the accounts were unreliable.', 'warned', 'the auditor', 'that the accounts were unreliable'],
    ['While the minister praised the deal, farmers blocked the road, arguing that prices would fall.', 'arguing', 'farmers', 'that prices would fall'],
  ])('%s', (text, cue, speaker, content) => {
    const q = said(text, cue);
    expect(q?.speaker?.mention?.text).toBe(speaker);
    expect(q?.text).toBe(content);
  });

  it('takes the subject of a subordinate clause that follows the main one', () => {
    const q = said('The vote was held a week after Ruiz said the plan could still be saved, insisting that the lenders would agree.', 'insisting');
    expect(q?.speaker?.mention?.text).toBe('Ruiz');
  });

  it('still takes the subject of the main clause’s own cue', () => {
    const q = said('The mayor said the levy was fair and added that it would be reviewed in May.', 'added');
    expect(q?.speaker?.mention?.text).toBe('The mayor');
  });
});
