import { describe, expect, it } from 'vitest';
import { onlyQuote as only } from './helpers/only-quote.js';

describe('an object that stands for words reported before it is what was said', () => {
  it.each([
    ["The mayor's chief of staff said as much in an interview on Thursday.", "The mayor's chief of staff", 'as much'],
    ['Several board members have said the same thing, among them the treasurer.', 'Several board members', 'the same thing'],
    ['Most residents backed the plan, while 40 percent said the same of the bypass.', '40 percent', 'the same of the bypass'],
    ['The port authority has suggested as much in its annual report.', 'The port authority', 'as much'],
  ])('%s', (text, speaker, content) => {
    const q = only(text);
    expect(q.speaker?.mention?.text).toBe(speaker);
    expect(q.text).toBe(content);
    expect(q.kind).toBe('indirect');
  });

  it('is no anaphor before another noun, which it modifies', () => {
    expect(only('The coach said the same players would start on Saturday.').text).toBe('the same players would start on Saturday');
  });
});
