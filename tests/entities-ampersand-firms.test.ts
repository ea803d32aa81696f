import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const names = (text: string) => extract(text).entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => [m.text, e.type]));

describe('a name before "&" and a word that closes a firm\'s name is the firm', () => {
  it.each([
    ['"Demand is soft," said Karen Holt, an analyst at Walter P. Brandt & Co.\nShares fell.', 'Walter P. Brandt & Co'],
    ['The family business, Harlan Smith & Sons, employs 40 people in Leeds.', 'Harlan Smith & Sons'],
    ['Talks with Wexford & Partners stalled on Tuesday, the council said.', 'Wexford & Partners'],
    ['The lead underwriter was Morgan Pryce & Co Inc, the filing showed.', 'Morgan Pryce & Co Inc'],
  ])('"%s": %s', (text, firm) => {
    expect(names(text)).toContainEqual([firm, 'ORG']);
  });

  it('leaves two people joined by "&" alone', () => {
    expect(names('The duo Ana Ruiz & Tom Berg won the prize.').filter(([, type]) => type === 'PERSON').length).toBeGreaterThan(0);
  });
});
