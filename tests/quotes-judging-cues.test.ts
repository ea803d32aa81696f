import { describe, expect, it } from 'vitest';
import { onlyQuote as only } from './helpers/only-quote.js';

describe('a verb of spoken judgement reports its object', () => {
  it.each([
    ['Opposition leaders denounced the border closures on Tuesday.', 'Opposition leaders', 'the border closures on Tuesday'],
    ['The teachers’ union decried the cuts to rural schools.', 'The teachers’ union', 'the cuts to rural schools'],
    ['Harlow lambasted the regulator’s handling of the outage.', 'Harlow', 'the regulator’s handling of the outage'],
    ['Councillor Mina Patel assailed the plan to sell the library.', 'Councillor Mina Patel', 'the plan to sell the library'],
    ['The mayor lauded the volunteers who cleared the flood debris.', 'The mayor', 'the volunteers who cleared the flood debris'],
    ['Residents have applauded the decision to reopen the ferry route.', 'Residents', 'the decision to reopen the ferry route'],
  ])('%s', (text, speaker, content) => {
    const q = only(text);
    expect(q.speaker?.mention?.text).toBe(speaker);
    expect(q.text).toBe(content);
    expect(q.kind).toBe('indirect');
  });

  it('reports the reason after "for" as what was said, as "praised" does', () => {
    const q = only('The senator mocked the mayor for skipping the budget hearings.');
    expect(q.text).toBe('skipping the budget hearings');
    expect(q.speaker?.mention?.text).toBe('The senator');
  });
});

describe('a verb of judgement takes an object, never a bare clause', () => {
  it.each([
    ['The council condemned the closure of the depot as workers staged a walkout on Monday.', 'the closure of the depot'],
    ['Ministers denounced the missile launch as the neighbouring state held naval drills.', 'the missile launch'],
    ['The board criticised the pay deal as a reckless gamble, but the union signed it.', 'the pay deal as a reckless gamble'],
  ])('%s', (text, content) => {
    expect(only(text).text).toBe(content);
  });
});

describe('a subordinator the tagger reads as a preposition ends an object when a clause follows it', () => {
  it.each([
    ['The mayor announced the curfew until the storm had passed.', 'the curfew'],
    ['Ruiz questioned the audit as the figures were published.', 'the audit'],
    ['The operator confirmed the delays after the signals failed.', 'the delays'],
  ])('%s', (text, content) => {
    expect(only(text).text).toBe(content);
  });

  it('keeps an "as" phrase with no clause after it, and examples after "such as"', () => {
    expect(only('The union condemned the offer as an insult to nurses.').text).toBe('the offer as an insult to nurses');
    expect(only('The union condemned the offer as a deal drafted in secret.').text).toBe('the offer as a deal drafted in secret');
    expect(only('Ruiz said measures such as the fuel levy are needed to balance the budget.').text).toBe('measures such as the fuel levy are needed to balance the budget');
  });
});
