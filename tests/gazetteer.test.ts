import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldName, foldToken } from '../src/places/fold.js';
import { gazetteer } from '../src/places/gazetteer.js';
import { PlaceContext } from '../src/places/context.js';
import { formAnswers } from '../src/entities/doc-words.js';
import { createDoc } from '../src/doc/document.js';

const FILE = new URL('../data/gazetteer.bin', import.meta.url).pathname;
const names = (surface: string): string[] => {
  const g = gazetteer();
  return g.lookup(surface).map((m) => `${g.place(m.index).name}/${g.place(m.index).countryCode}`);
};

describe('gazetteer', () => {
  it('folds names the same way at build and run time', () => {
    expect(foldName('São Paulo')).toBe('sao paulo');
    expect(foldName('St. Louis')).toBe('st louis');
    expect(foldName('Winston-Salem')).toBe('winston salem');
    expect(foldName('U.S.')).toBe('us');
    expect(foldName('Côte d’Ivoire')).toBe("cote d'ivoire");
  });

  it('folds words one space apart as the general rule does, and any other spacing to one space', () => {
    expect(foldName('New York')).toBe('new york');
    expect(foldName('new york')).toBe('new york');
    expect(foldName('NEW YORK CITY')).toBe('new york city');
    expect(foldName('New  York')).toBe('new york');
    expect(foldName(' New York ')).toBe('new york');
    expect(foldName('New\tYork')).toBe('new york');
    expect(foldName('New York-Presbyterian')).toBe('new york presbyterian');
  });

  it('folds a token by its lower case, or as a name when it has accents or marks', () => {
    expect(foldToken('Boston', 'boston')).toBe('boston');
    expect(foldToken('U.S.', 'u.s.')).toBe('us');
    expect(foldToken('Zürich', 'zürich')).toBe('zurich');
    // asked again: the fold remembered
    expect(foldToken('Zürich', 'zürich')).toBe('zurich');
    expect(foldToken('’s', '’s')).toBe("'s");
  });

  it('finds a place by any spelling, case and accents aside', () => {
    expect(names('Sao Paulo')).toContain('São Paulo/BR');
    expect(names('SÃO PAULO')).toContain('São Paulo/BR');
    expect(names('Saint Louis')).toContain('St. Louis/US');
    expect(names('Kiev')).toContain('Kyiv/UA');
    expect(names('no such place anywhere')).toEqual([]);
  });

  it('narrows a name word by word to the keys the whole name starts', () => {
    const g = gazetteer();
    // a word met again, one longer than any key, and words beyond ASCII (their bytes remembered; met again too)
    const cases = ['new york city', 'new', 'san luis obispo', 'st louis', 'rio de janeiro', 'bosnia and herzegovina', 'new zzq', 'a', 'zzzz zz', 'new york', `new ${'z'.repeat(1500)}`, 'naxcıvan səhəri', 'naxcıvan səhəri', 'new səhəri', `new ${'ə'.repeat(600)}`];
    for (const name of cases) {
      const [first, ...rest] = name.split(' ');
      const range = { ...g.prefixRange(first!) };
      for (const word of rest) g.narrow(range, true, word);
      const whole = g.prefixRange(name);
      if (whole.lo >= whole.hi) expect(range.lo >= range.hi).toBe(true);
      else expect(range).toEqual(whole);
    }
  });

  it('gives a token the same first range by its written form as by its fold, in a second document too', () => {
    const g = gazetteer();
    for (const text of ['Flooding hit São Paulo and New York, the U.S. agency said.', 'New York and São Paulo sent aid; the U.S. agency said so.']) {
      const doc = createDoc(text);
      const cx = new PlaceContext(doc, [], g);
      for (let i = 0; i < doc.tokens.length; i++) {
        const range = { lo: -1, hi: -1, depth: -1 };
        cx.firstRange(i, range);
        expect(range).toEqual({ ...g.prefixRange(cx.folded(i)) });
      }
    }
  });

  it("answers a test of a token's written form once per form, across documents", () => {
    const g = gazetteer();
    const answers = formAnswers();
    const asked: string[] = [];
    const capitalised = (norm: string, lower: string): boolean => {
      asked.push(norm);
      return norm !== lower;
    };
    const texts = ['Crews cleared Maple and Oak avenues in Baton Rouge, the agency said.', 'In Baton Rouge, the crews cleared Maple and Oak avenues.'];
    for (const [n, text] of texts.entries()) {
      const doc = createDoc(text);
      const cx = new PlaceContext(doc, [], g);
      const before = asked.length;
      const answered = doc.tokens.map((_, i) => cx.formIs(answers, i, capitalised));
      expect(answered).toEqual(doc.tokens.map((t) => t.norm !== t.lower));
      // the second document writes only forms the first wrote but "In" and "crews": no other is asked again
      if (n === 1) expect(asked.slice(before).sort()).toEqual(['In', 'crews']);
    }
  });

  it('says how a name names its place', () => {
    const g = gazetteer();
    const turkish = g.lookup('Turkish');
    expect(turkish.map((m) => [g.place(m.index).name, m.demonym])).toEqual([['Turkey', true]]);
    const ind = g.lookup('Ind.').find((m) => g.place(m.index).name === 'Indiana');
    expect(ind).toMatchObject({ abbreviation: true, primary: false });
    expect(g.lookup('Reading').some((m) => m.commonWord)).toBe(true);
    expect(g.lookup('Charlotte').some((m) => m.personName)).toBe(true);
  });

  it('gives countries their GeoNames points and admin regions their containers', () => {
    const g = gazetteer();
    expect(g.country('US')).toMatchObject({ geonameId: 6252001, lat: 39.76, lon: -98.5, featureKind: 'country' });
    const austin = g.lookup('Austin').map((m) => g.place(m.index)).find((p) => p.featureCode === 'PPLA');
    expect(austin && g.place(austin.admin1).name).toBe('Texas');
  });

  it('carries the hash of its contents', () => {
    const bytes = readFileSync(FILE);
    const headerLength = bytes.readUInt32LE(8);
    const payload = bytes.subarray(12 + headerLength + ((8 - ((12 + headerLength) % 8)) % 8));
    expect(createHash('sha256').update(payload).digest('hex')).toBe(gazetteer().hash);
  });
});

describe('build-gazetteer', () => {
  it(
    'rebuilds data/gazetteer.bin byte for byte from the pinned npm sources',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'lede-gazetteer-'));
      try {
        const out = join(dir, 'gazetteer.bin');
        execFileSync(process.execPath, ['scripts/build-gazetteer.mjs', out], { stdio: 'pipe' });
        expect(readFileSync(out).equals(readFileSync(FILE))).toBe(true);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
