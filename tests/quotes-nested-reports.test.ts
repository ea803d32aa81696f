import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { onlyQuote as only } from './helpers/only-quote.js';

const quotes = (text: string) => extract(text, { only: ['quotes'] }).quotes;

describe('a cue inside what an earlier cue reports is part of that report', () => {
  it.each([
    ['Ruiz said the mayor had promised to resign before the vote.', 'Ruiz', 'the mayor had promised to resign before the vote'],
    ['Ruiz notes that the board announced on Friday that the depot would close.', 'Ruiz', 'that the board announced on Friday that the depot would close'],
    ['Okafor says the council described the levy as a fair deal for drivers.', 'Okafor', 'the council described the levy as a fair deal for drivers'],
    ['A spokeswoman said the minister hopes that the talks resume in May.', 'A spokeswoman', 'the minister hopes that the talks resume in May'],
    ['The coach said he had called the referee a disgrace after the match.', 'The coach', 'he had called the referee a disgrace after the match'],
  ])('%s', (text, speaker, content) => {
    const q = only(text);
    expect(q.speaker?.mention?.text).toBe(speaker);
    expect(q.text).toBe(content);
  });

  it('keeps a cue that goes on its clause’s subject after a conjunction', () => {
    const found = quotes('Hale said he had lost the vote and added that he would stand again next year.');
    expect(found.map((q) => q.cue?.text)).toEqual(['said', 'added']);
  });

  it('keeps a cue whose clause a linking word opens, where the report before it ran on', () => {
    const found = quotes('Councillors said they were happy with the answers however opposition leader Tom Berg noted that questions remained over the budget.');
    expect(found.map((q) => q.cue?.text)).toEqual(['said', 'noted']);
  });

  it('keeps a relative clause’s report that lacks its subject, another speaker’s own', () => {
    const found = quotes('The minister defended a budget that critics said would cut funding for councils.');
    expect(found.map((q) => q.speaker?.mention?.text)).toEqual(['The minister', 'critics']);
  });

  it('keeps a report in a relative clause on the content ("which she said was ...")', () => {
    const found = quotes('The board approved the levy, which she said was unfair to drivers in the valley.');
    expect(found.map((q) => q.text)).toContain('was unfair to drivers in the valley');
  });

  it('keeps a report whose cue comes after the report before it ends ("A, she said. B said ...")', () => {
    const found = quotes('The depot will close in March, Ruiz said. Hale said the council would appeal the ruling.');
    expect(found.map((q) => q.speaker?.mention?.text)).toEqual(['Ruiz', 'Hale']);
  });
});

describe('campaign material speaks for the campaign, as a record does', () => {
  it.each([
    ['The ad says Hale “has never paid his fair share.”', 'The ad', 'Hale “has never paid his fair share.”'],
    ['Six thousand jobs depend on the port, one slide says.', 'one slide', 'Six thousand jobs depend on the port'],
    ['A campaign mailer says the mayor raised taxes twice.', 'A campaign mailer', 'the mayor raised taxes twice'],
    ['The clip says the senator voted against the bridge.', 'The clip', 'the senator voted against the bridge'],
  ])('%s', (text, speaker, content) => {
    const q = only(text);
    expect(q.speaker?.mention?.text).toBe(speaker);
    expect(q.text).toBe(content);
  });
});

describe('"saying" after a preposition reports the bare clause after it', () => {
  it.each([
    ['The governor responded to the union on Monday by saying the strike was a political stunt.', 'The governor', 'the strike was a political stunt'],
    ['Ruiz ended the meeting by saying the budget would be balanced by June.', 'Ruiz', 'the budget would be balanced by June'],
    ['The mayor closed the hearing after saying the report was incomplete.', 'The mayor', 'the report was incomplete'],
  ])('%s', (text, speaker, content) => {
    const q = only(text);
    expect(q.speaker?.mention?.text).toBe(speaker);
    expect(q.text).toBe(content);
  });

  it('reports nothing for a gerund that names a deed', () => {
    expect(quotes('The council won the vote by adding seats to the board.')).toEqual([]);
  });
});
