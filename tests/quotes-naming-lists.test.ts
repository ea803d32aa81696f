import { describe, expect, it } from 'vitest';
import { onlyQuote as only } from './helpers/only-quote.js';

describe('a naming cue’s list of quoted names runs on past a comma inside a closing mark', () => {
  it.each([
    ['Hale called the senator a “nasty man,” a “fraud,” “unstable” and “sick.”', 'Hale', 'the senator a “nasty man,” a “fraud,” “unstable” and “sick.”'],
    ['Ruiz called the mayor a “reckless gambler” who is “utterly careless,” a “serial spender” and a “danger to the city.”', 'Ruiz', 'the mayor a “reckless gambler” who is “utterly careless,” a “serial spender” and a “danger to the city.”'],
    ['The union called the offer “an insult,” “a stunt” or “a joke” in its letter.', 'The union', 'the offer “an insult,” “a stunt” or “a joke” in its letter'],
  ])('%s', (text, speaker, content) => {
    const q = only(text);
    expect(q.speaker?.mention?.text).toBe(speaker);
    expect(q.text).toBe(content);
    expect(q.kind).toBe('mixed');
  });

  it('ends at the quoted name when no conjunction joins a last one', () => {
    const q = only('Okafor called the plan “a mess,” a claim the minister rejects.');
    expect(q.text).toBe('the plan “a mess,”');
  });
});
