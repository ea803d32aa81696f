import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import { extract } from '../src/extract.js';
import type { NameMention } from '../src/entities/merge.js';
import { withoutTermAbbreviations } from '../src/entities/term-abbreviations.js';
import { taggerMention } from './helpers/mentions.js';

/** Every written occurrence of each word, as the tagger's ORG mentions (what a held-out model reads there). */
function mentionsOf(text: string, words: string[]): NameMention[] {
  const out: NameMention[] = [];
  for (const w of words) for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) out.push(taggerMention(text, w, 'ORG', at));
  return out.sort((a, b) => a.start - b.start);
}

const kept = (text: string, words: string[]): string[] => withoutTermAbbreviations(createDoc(text), mentionsOf(text, words)).map((m) => text.slice(m.start, m.end));

describe('the short form of an ordinary term is no name', () => {
  it.each([
    ['The utility said two 400 kilovolt (KV) lines tripped on Sunday and crews expect the KV lines back by night.', 'KV'],
    ['Egypt bought 60,000 tonnes of soft red winter (SRW) wheat on Tuesday. SRW prices rose 2 cents.', 'SRW'],
    ['The outage cut 900 megawatts (MW) of supply to the region, the grid operator said.', 'MW'],
    ['The regulator set a maximum residue limit (MRL) for the pesticide; growers said the MRL was too strict.', 'MRL'],
    ['Prices of polyvinyl chloride (PVC) fell for a third week as PVC stocks built up in Asia.', 'PVC'],
  ])('"%s": no mention of %s is kept', (text, short) => {
    expect(kept(text, [short])).toEqual([]);
  });

  it('leaves the other names of the text alone', () => {
    const text = 'Traders at Bunge said soft red winter (SRW) wheat was offered to Egypt.';
    expect(kept(text, ['SRW', 'Bunge', 'Egypt'])).toEqual(['Bunge', 'Egypt']);
  });

  it.each([
    ['The International Energy Agency (IEA) said demand would rise. The IEA cut its forecast.', 'IEA'],
    ['Shares rose 3 percent, a report by the agency (AP) said on Monday.', 'AP'],
    ['The company named a new chief (Reuters) and its shares rose.', 'Reuters'],
    ['Turnout was high in the elections (ANC officials said) across the province.', 'ANC'],
  ])('keeps a short form the words before it do not spell in lower case: "%s"', (text, short) => {
    expect(kept(text, [short]).length).toBeGreaterThan(0);
  });

  it('drops the short form from what extract returns', () => {
    const x = extract('Exports of liquefied natural gas (LNG) rose 4 percent, the International Energy Agency (IEA) said. LNG prices fell.');
    expect(x.entities.map((e) => e.name)).not.toContain('LNG');
    expect(x.entities.find((e) => e.name === 'International Energy Agency')?.type).toBe('ORG');
  });
});
