import { describe, expect, it } from 'vitest';
import { onlyQuote as only } from './helpers/only-quote.js';

describe('a group qualified by an adjective with a pronoun complement speaks', () => {
  it.each([
    ['Those close to her say she is likely to accept the post.', 'Those close to her', 'she is likely to accept the post'],
    ['Aides loyal to her said the decision was final.', 'Aides loyal to her', 'the decision was final'],
    ['People close to them told the newspaper the couple had separated.', 'People close to them', 'the couple had separated'],
  ])('%s', (text, speaker, content) => {
    const q = only(text);
    expect(q.speaker?.mention?.text).toBe(speaker);
    expect(q.text).toBe(content);
  });
});

describe('the reporter’s gloss on a name', () => {
  it.each([
    ['Aides say that, besides the tax bill, she will need to win over Sen. Tom Berg (R-Ohio), a former mayor and banker who chairs the panel.', 'that, besides the tax bill, she will need to win over Sen. Tom Berg (R-Ohio)'],
    ['The mayor said she backs Ana Ruiz (Labour), the board’s choice.', 'she backs Ana Ruiz (Labour)'],
    ['The minister said the money would go to Harbor Trust, a charity and land trust that runs the marina.', 'the money would go to Harbor Trust'],
  ])('is left out after brackets or with nouns joined by a conjunction: %s', (text, content) => {
    expect(only(text).text).toBe(content);
  });

  it('stays when the names after the comma are a list', () => {
    const q = only('The curator said the show will honour several painters, including Ana Ruiz, the portrait painter Tomas Berg and the sculptor Lena Holt.');
    expect(q.text).toBe('the show will honour several painters, including Ana Ruiz, the portrait painter Tomas Berg and the sculptor Lena Holt');
  });
});
