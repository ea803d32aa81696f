import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { onlyQuote as only } from './helpers/only-quote.js';

describe('the phrase a past participle qualifies speaks, not the object of its preposition', () => {
  it.each([
    ['An engineer quoted in the audit said the bridge needed new bearings within two years.', 'An engineer', 'the bridge needed new bearings within two years'],
    ['A nurse named in the filing said staff had warned managers for months.', 'A nurse', 'staff had warned managers for months'],
    ['Two analysts cited in the briefing said the rate cut would come in March.', 'Two analysts', 'the rate cut would come in March'],
    ['A spokesperson shown on the screen said the ferry would sail at noon.', 'A spokesperson', 'the ferry would sail at noon'],
    ['Residents interviewed by the council said the buses were always late.', 'Residents', 'the buses were always late'],
    ['The union named in the lawsuit said it would fight the claim.', 'The union', 'it would fight the claim'],
  ])('%s', (text, speaker, content) => {
    const q = only(text);
    expect(q.speaker?.mention?.text).toBe(speaker);
    expect(q.text).toBe(content);
  });

  it('gives a direct quote to the person after an inverted cue', () => {
    const q = only('“We are out of beds,” a doctor interviewed on the broadcast said.');
    expect(q.speaker?.mention?.text).toBe('a doctor');
  });

  it('attributes nothing to a thing that cannot speak', () => {
    expect(extract('A sign painted on the wall said the pool was closed.').quotes).toEqual([]);
  });

  it('gives a record’s words to the record, or to its agent after "by"', () => {
    expect(only('A statement posted on the website said the office would close early.').speaker?.mention?.text).toBe('A statement');
    expect(only('A statement released by the ministry said the talks would resume.').speaker?.mention?.text).toBe('the ministry');
  });
});
