import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const typeOf = (text: string, name: string): string | undefined => extract(text).entities.find((e) => e.name.startsWith(name))?.type;

describe('a celestial body is no organisation, person or place on the map', () => {
  it.each([
    ['The rover landed on Mars in February and has since drilled 20 rock samples.', 'Mars'],
    ['Astronomers said Jupiter shields the inner planets from stray comets.', 'Jupiter'],
    ['The orbiter will reach Saturn in 2031 after a slingshot past Venus.', 'Saturn'],
    ['A lander bound for Europa will test whether the ice hides an ocean, the astronauts were told.', 'Europa'],
    ['The telescope caught Titan passing in front of its parent planet on Sunday.', 'Titan'],
  ])('in a text about space, "%s" holds the body %s, typed MISC by a word of space', (text, name) => {
    const x = extract(text, { explain: true });
    const body = x.entities.find((e) => e.name === name);
    if (body) expect(body.type).toBe('MISC');
    expect(x.entities.filter((e) => e.name === name && e.type !== 'MISC')).toEqual([]);
    expect(x.locations.filter((l) => l.mentions.some((m) => m.text === name))).toEqual([]);
  });

  it.each([
    ['Photographers waited for hours to see the comet Leonard above the harbour.', 'Leonard'],
    ['Engineers aimed the craft at the asteroid Dimorphos last autumn.', 'Dimorphos'],
    ["Data from Saturn's moon Enceladus point to a salty sea.", 'Enceladus'],
  ])('a name after a kind of body\'s noun ("%s") is that body', (text, name) => {
    expect(extract(text).entities.filter((e) => e.name === name && e.type !== 'MISC')).toEqual([]);
  });

  it('keeps a namesake where the text is not about space', () => {
    expect(typeOf('Confectioner Mars Inc. said on Tuesday it would raise prices in Europe.', 'Mars Inc.')).toBe('ORG');
    expect(typeOf('Bruno Mars and Venus Williams were at the gala on Friday.', 'Venus Williams')).toBe('PERSON');
    expect(typeOf('President Moon Jae-in met the delegation in Seoul.', 'Moon Jae-in')).toBe('PERSON');
  });

  it('gives no quote to a planet the tagger read as an organisation: "the space agency" is the agency named', () => {
    const text = [
      'PASADENA, Calif. (AP) — Dark ridges on the flanks of Mars may hold traces of briny water, NASA said on Thursday.',
      'NASA said the ridges widen in the warmer months on Mars and shrink when the planet cools. Mars lost most of its atmosphere long ago.',
      '"These features show up on several slopes at once and change with the season," the space agency said in a statement.',
    ].join('\n');
    const x = extract(text);
    expect(x.quotes.map((q) => q.speaker?.name)).toEqual(['NASA', 'NASA', 'NASA']);
    expect(x.entities.find((e) => e.name === 'Mars')?.type).not.toBe('ORG');
  });
});

describe('a modified description takes the organisation named most only where it is surely one', () => {
  it.each([
    ['Dust from the plains of Corvane and the poles of Corvane worries engineers. NASA said the probe was ready. The space agency said 14 instruments were working.', 'NASA'],
    ['Crews mapped the slopes of Tarvik and the rim of Tarvik. The ESA said the lander was stable. The space agency said 3 cameras had failed.', 'ESA'],
  ])('not a name only ever written after "of": %s', (text, name) => {
    const x = extract(text);
    expect(x.quotes.at(-1)?.speaker?.name).toBe(name);
  });
});
