import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const namesOf = (text: string) => extract(text).entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => `${e.type}:${m.text}`));

describe('an organisation read over a headline\'s names that the story writes apart is those names', () => {
  it.each([
    ['NORWAY KESTREL H1 PROFIT RISES.\nOSLO 1996-08-30\nNorwegian shipbuilder Kestrel said on Friday its first-half profit rose 12 percent.', ['GPE:NORWAY', 'ORG:KESTREL']],
    ['PERU ALTOMAR Q2 NET RISES.\nLIMA 1996-08-30\nFishing company Altomar said quarterly net profit rose 20 percent.', ['GPE:PERU', 'ORG:ALTOMAR']],
    ['CHILE MINERA NORTE Q2 NET FALLS.\nSANTIAGO 1996-08-30\nMinera Norte said second-quarter net profit fell.', ['GPE:CHILE', 'ORG:MINERA NORTE']],
  ])('%j', (text, names) => {
    expect(namesOf(text)).toEqual(expect.arrayContaining(names));
  });

  it('keeps a headline\'s name the story writes whole', () => {
    const names = namesOf('KESTREL MINING H1 PROFIT UP.\nPERTH 1996-08-30\nKestrel Mining said on Friday first-half profit rose. Kestrel shares were steady.');
    expect(names).toContain('ORG:KESTREL MINING');
  });

  it('cites the story\'s mention as the cue', () => {
    const x = extract('PERU ALTOMAR Q2 NET RISES.\nLIMA 1996-08-30\nFishing company Altomar said quarterly net profit rose 20 percent.', { explain: true });
    const altomar = x.entities.find((e) => e.mentions.some((m) => m.text === 'ALTOMAR'));
    expect(altomar?.why?.evidence.some((v) => v.role === 'cue' && v.text === 'Altomar')).toBe(true);
  });
});
