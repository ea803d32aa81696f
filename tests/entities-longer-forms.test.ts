import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import { withLongerForms } from '../src/entities/longer-forms.js';
import { taggerMention } from './helpers/mentions.js';

/** The names as ORG mentions (each the first `name` found from `from`), read by withLongerForms. */
const read = (text: string, names: Array<[string, number?]>): string[] =>
  withLongerForms(createDoc(text), names.map(([name, from]) => taggerMention(text, name, 'ORG', from))).map((m) => text.slice(m.start, m.end));

describe('a word the tagger cut off a company\'s name, where the text writes the name whole with its suffix', () => {
  it.each([
    ['First Harbor quarterly profit falls.\nBOISE 2024-05-02\nFirst Harbor Corp said net income fell.', 'Harbor', 'First Harbor Corp', 'First Harbor'],
    ['Royal Kestrel profit beats forecasts.\nLONDON - Royal Kestrel Plc said half-year profit rose.', 'Kestrel', 'Royal Kestrel Plc', 'Royal Kestrel'],
    ['Shares of Global Anchor jumped after Global Anchor Inc said it had received approaches.', 'Anchor', 'Global Anchor Inc', 'Global Anchor'],
  ])('"%s": %s becomes the longer name', (text, cut, whole, expected) => {
    const at = text.indexOf(cut);
    expect(read(text, [[cut, at], [whole]])).toEqual([expected, whole]);
  });

  it('leaves the name alone when the longer one goes on with more than a suffix, or the word is a title', () => {
    const times = 'Prices in New York fell, The New York Times said.';
    expect(read(times, [['New York'], ['The New York Times']])).toEqual(['New York', 'The New York Times']);
    const princess = 'Tributes to Princess Diana poured in. Princess Diana Ltd, a charity shop, closed.';
    expect(read(princess, [['Diana'], ['Princess Diana Ltd']])).toEqual(['Diana', 'Princess Diana Ltd']);
  });

  it('does not take a word another name ends at, or one after another capitalised word', () => {
    const text = 'Investors in Boston Global Anchor and Global Anchor Inc waited.';
    expect(read(text, [['Anchor'], ['Global Anchor Inc']])).toEqual(['Anchor', 'Global Anchor Inc']);
  });
});
