import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { onlyQuote as only } from './helpers/only-quote.js';

describe('a cue in an "as" clause with no content of its own reports the clause it stands in', () => {
  it.each([
    ['The harbour, as one engineer pointed out, has never been dredged.', 'one engineer', ['The harbour', 'has never been dredged']],
    ['Yet, as Ruiz observed, the tolls would pay for the repairs within a decade.', 'Ruiz', ['the tolls would pay for the repairs within a decade']],
    ['The council will vote before the budget is set, as the chair said last week.', 'the chair', ['The council will vote before the budget is set']],
    ['As the mayor noted on Tuesday, the bridge will stay closed until the spring.', 'the mayor', ['the bridge will stay closed until the spring']],
  ])('%s', (text, speaker, parts) => {
    const q = only(text);
    expect(q.speaker?.mention?.text).toBe(speaker);
    expect(q.parts.map((p) => p.text)).toEqual(parts);
  });

  it('leaves an "as" clause whose cue has content of its own to that content', () => {
    const [q] = extract('The plan went nowhere as council officers said they could not discuss it before the election.', { only: ['quotes'] }).quotes;
    expect(q?.text).toBe('they could not discuss it before the election');
  });
});
