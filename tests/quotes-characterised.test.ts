import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { onlyQuote as only } from './helpers/only-quote.js';

const quotes = (text: string) => extract(text, { explain: true }).quotes;

describe('an object characterised in quoted words', () => {
  it('takes any active verb with an object and "as" before quoted words as reporting them', () => {
    const cases: Array<[string, string, string]> = [
      ['Analysts hailed the merger as “the deal of the decade” for the region.', 'the merger as “the deal of the decade”', 'Analysts'],
      ['The union leader has been loudly attacking the new owners as “asset strippers” since the talks collapsed.', 'the new owners as “asset strippers”', 'The union leader'],
      ['In recent weeks, Mayor Tom Ortiz has gone after his rival as a “part-time leader.”', 'his rival as a “part-time leader.”', 'Tom Ortiz'],
      ["The watchdog rated the company's claim as “mostly false” in a report on Monday.", "the company's claim as “mostly false”", 'The watchdog'],
    ];
    for (const [text, content, speaker] of cases) {
      const [q, ...rest] = quotes(text);
      expect(rest).toEqual([]);
      expect([q!.text, q!.kind, q!.speaker?.name, q!.why?.rule]).toEqual([content, 'mixed', speaker, 'quotes/naming']);
    }
  });

  it('takes "to" with an article: a likeness, not an infinitive', () => {
    expect(only('At the rally, Senator Ana Ruiz likened the tax to a “slow leak in a lifeboat” on Friday.').text).toBe('the tax to a “slow leak in a lifeboat”');
    expect(only('The mayor compared the stadium plan to “a blank cheque” for the owners.').text).toBe('the stadium plan to “a blank cheque”');
    expect(quotes('Fans encouraged the players to “keep fighting” after the loss.').filter((q) => q.kind === 'mixed')).toEqual([]);
  });

  it('ends what was said with the quoted words, those joined to them, or a relative clause on the object', () => {
    expect(only('The minister criticised the plan as a “reckless gamble” during a visit to the port on Monday.').text).toBe('the plan as a “reckless gamble”');
    expect(only('Critics described Ruiz as “a fixer” and “a bully.”').text).toBe('Ruiz as “a fixer” and “a bully.”');
    expect(only('Governor Ana Ruiz described the senator as “a career politician” who “has never run a business.” She left.').text).toBe('the senator as “a career politician” who “has never run a business.”');
  });

  it('reads no characterisation into a passive, a name, or an object that is only an adjective', () => {
    for (const text of [
      'The scheme was described as “a disaster” by critics.',
      'The bridge, known as “the Old Lady,” closed on Monday.',
      'The strike dragged on, with neither side looking close to “a final settlement.”',
      'The news came as a “shock” to the team.',
    ]) {
      expect(quotes(text).filter((q) => q.kind !== 'direct')).toEqual([]);
    }
  });
});
