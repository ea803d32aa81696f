import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const typesOf = (text: string) => {
  const types = new Map<string, string>();
  for (const e of extract(text).entities) for (const m of e.mentions) if (m.kind === 'name') types.set(m.text, e.type);
  return types;
};

describe('a ship named with its prefix is a thing (MISC), and so is its name written without the prefix', () => {
  it.each([
    ['The USS Kestrel docked in Bahrain on Monday. Kestrel carries 40 aircraft.', 'USS Kestrel', 'Kestrel'],
    ['HMS Albion sailed from Plymouth on Friday. Albion was built in 2001.', 'HMS Albion', 'Albion'],
    ['Divers reached the wreck of the RMS Carpathia. The Carpathia sank in 1918.', 'RMS Carpathia', 'Carpathia'],
    ['Rescuers boarded the MV Sea Lark off Crete. The Sea Lark had lost power.', 'MV Sea Lark', 'Sea Lark'],
  ])('"%s": %s, %s', (text, prefixed, bare) => {
    const types = typesOf(text);
    expect(types.get(prefixed)).toBe('MISC');
    expect(types.get(bare)).toBe('MISC');
  });

  it('leaves the name alone where no mention gives a ship\'s prefix', () => {
    expect(typesOf('Albion said on Friday that profits rose 5 percent.').get('Albion')).not.toBe('MISC');
  });
});
