import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const typeOf = (text: string, name: string) => extract(text).entities.find((e) => e.mentions.some((m) => m.text === name))?.type;

describe('a name opening with a German article, read as a person\'s or a place\'s, is an organisation', () => {
  it.each([
    ['Merz spoke to Der Tagesspiegel on Sunday.', 'Der Tagesspiegel'],
    ['The match was shown live by Das Erste, reporters said.', 'Das Erste'],
    ['In an interview with Der Standard, the minister said no.', 'Der Standard'],
  ])('"%s": %s', (text, name) => {
    expect(typeOf(text, name)).toBe('ORG');
  });
});
