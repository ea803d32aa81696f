import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const typeOf = (text: string, name: string) => extract(text).entities.find((e) => e.mentions.some((m) => m.text === name))?.type;

describe('a name before a noun for a newspaper or a broadcaster is its title, an organisation', () => {
  it.each([
    ["Britain's Sun newspaper said on Sunday the striker would miss the final. He told the Sun he was fit.", 'Sun'],
    ['The minister told the Kestrel Courier daily that talks would resume on Monday.', 'Kestrel Courier'],
    ['A former editor of the Nova Gazeta (New Gazette) newspaper was freed on Tuesday.', 'New Gazette'],
    ['Readers of the Evening Falcon tabloid complained about the photographs.', 'Evening Falcon'],
  ])('"%s": %s', (text, name) => {
    expect(typeOf(text, name)).toBe('ORG');
  });

  it.each([
    ['The Russian newspaper Kommersant said the deal was off.', 'Russian', 'NORP'],
    ['A Tehran newspaper said the envoy had left.', 'Tehran', 'GPE'],
    ['The coach told a Cypriot newspaper on Sunday that he would stay.', 'Cypriot', 'GPE'],
    ['The minister told South African radio on Sunday that talks had failed.', 'South African', 'MISC'],
    ['A photographer for an English-language weekly was held at the border.', 'English-language', 'MISC'],
  ])('"%s": %s stays %s (a people\'s or a place\'s name is no title)', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});

describe('a name of two words or more opening or closing with "Radio" or "Television" is a broadcaster', () => {
  it.each([
    ['A police officer told Radio Kestrel the gunmen had fled north.', 'Radio Kestrel'],
    ['Vatican Radio carried the address in full on Sunday.', 'Vatican Radio'],
    ['Speaking to Calder Valley Radio, the mayor said the bridge would reopen.', 'Calder Valley Radio'],
  ])('"%s": %s', (text, name) => {
    expect(typeOf(text, name)).toBe('ORG');
  });
});
