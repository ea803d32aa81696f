import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { ExtractionSchema, type Extraction, type Quote, type Why } from '../src/schema.js';

/** The rule and each evidence span as "role: text", checking that every span is the slice it names. */
function read(text: string, why: Why | undefined): { rule: string; evidence: string[]; score?: number } {
  expect(why, 'a why').toBeDefined();
  for (const e of why!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  return { rule: why!.rule, evidence: why!.evidence.map((e) => `${e.role}: ${e.text}`), ...(why!.score !== undefined ? { score: why!.score } : {}) };
}

function explained(text: string): Extraction {
  const x = extract(text, { explain: true });
  expect(ExtractionSchema.safeParse(x).success).toBe(true);
  return x;
}

function quoteStarting(x: Extraction, text: string, words: string): Quote {
  const q = x.quotes.find((q) => text.slice(q.start).startsWith(words));
  expect(q, words).toBeDefined();
  return q!;
}

describe('explain: why each quote and speaker', () => {
  const text = [
    'Mayor Ruth Okafor opened the Harbour Bridge on Monday.',
    '"This is the day we stop talking," said Okafor. "It took nine years and three councils."',
    '"We counted every rivet," the mayor said.',
    'Chief engineer Daniel Osei watched from the bank. "It will stand for a century," he said.',
    'According to the county, more than 2,000 cars will cross it each day.',
  ].join('\n\n');
  const x = explained(text);

  it.each([
    {
      how: 'an explicit speaker: the cue after the quote and the name beside it',
      opens: '"This is the day',
      quote: { rule: 'quotes/cue-after', evidence: ['cue: said', 'subject: Okafor'] },
      speaker: { rule: 'speakers/name', evidence: ['name: Okafor'] },
    },
    {
      how: 'a continuation: no cue of its own, the speaker of the quote it follows',
      opens: '"It took nine years',
      quote: { rule: 'quotes/unattributed', evidence: [] },
      speaker: { rule: 'speakers/continuation', evidence: ['continues: "This is the day we stop talking,"'] },
    },
    {
      how: 'a description resolved to the person named with that title',
      opens: '"We counted every rivet',
      quote: { rule: 'quotes/cue-after', evidence: ['cue: said', 'subject: the mayor'] },
      speaker: { rule: 'speakers/role', evidence: ['named: Ruth Okafor', 'title: Mayor'] },
    },
    {
      how: 'a pronoun resolved to the person named just before',
      opens: '"It will stand',
      quote: { rule: 'quotes/cue-after', evidence: ['cue: said', 'subject: he'] },
      speaker: { rule: 'speakers/pronoun', evidence: ['antecedent: Daniel Osei'] },
    },
  ])('$how', ({ opens, quote, speaker }) => {
    const q = quoteStarting(x, text, opens);
    expect(read(text, q.why)).toEqual(quote);
    expect(read(text, q.speaker?.why)).toEqual(speaker);
  });

  it('names the speakers those resolve to', () => {
    expect(x.quotes.map((q) => [q.speaker?.name, q.speaker?.resolvedBy])).toEqual([
      ['Ruth Okafor', 'explicit'],
      ['Ruth Okafor', 'continuation'],
      ['Ruth Okafor', 'description'],
      ['Daniel Osei', 'pronoun'],
      ['the county', 'description'],
    ]);
  });

  it('"according to": reported speech with its source, and the figure in it claimed through it', () => {
    const q = quoteStarting(x, text, 'more than 2,000');
    expect(read(text, q.why)).toEqual({ rule: 'quotes/according-to', evidence: ['cue: According to', 'subject: the county'] });
    expect(read(text, q.speaker?.why)).toEqual({ rule: 'speakers/unnamed', evidence: [] });
    const n = x.numbers.find((n) => n.text === '2,000')!;
    expect(read(text, n.why)).toEqual({ rule: 'numbers/count', evidence: ['hedge: more than'] });
    expect(read(text, n.claimedBy?.why)).toEqual({
      rule: 'claimants/quote-speaker',
      evidence: ['quote: more than 2,000 cars will cross it each day', 'cue: According to'],
    });
  });

  it('gives every quote and every speaker a why', () => {
    expect(x.quotes.length).toBe(5);
    for (const q of x.quotes) {
      expect(q.why).toBeDefined();
      if (q.speaker) expect(q.speaker.why).toBeDefined();
    }
  });
});

describe('explain: numbers, places and entities', () => {
  it("a figure's claimant found by a claim verb in its sentence, outside any quote", () => {
    const text = 'The ministry calculated 2,500 homes had no power on Sunday.';
    const n = explained(text).numbers.find((n) => n.text === '2,500')!;
    expect(n.claimedBy?.name).toBe('The ministry');
    expect(read(text, n.claimedBy?.why)).toEqual({
      rule: 'claimants/cue',
      evidence: ['cue: calculated', 'subject: The ministry', 'clause: 2,500 homes had no power on Sunday.'],
    });
  });

  it('a hedge written after the figure is evidence inside its span', () => {
    const text = 'Flooding forced 3,000 or more people from their homes.';
    const n = explained(text).numbers.find((n) => n.text.startsWith('3,000'))!;
    expect(read(text, n.why)).toEqual({ rule: 'numbers/count', evidence: ['hedge: or more'] });
  });

  it('a place with the place after its comma that contains it, and the locative word before it', () => {
    const text = 'Crews cleared roads in Springfield, Illinois, after the storm.';
    const l = explained(text).locations.find((l) => l.name === 'Springfield')!;
    const why = read(text, l.why);
    expect(why.evidence).toEqual(['locative: in', 'container: Illinois']);
    expect(why.rule).toMatch(/^places\/(?:tagger|gazetteer)$/);
    expect(why.score).toBeGreaterThan(0);
  });

  it("a dateline's place", () => {
    const text = 'TOLEDO, Ohio (AP) — The lake froze early this year.';
    const l = explained(text).locations.find((l) => l.mentions.some((m) => m.role === 'dateline'))!;
    expect(read(text, l.why).rule).toBe('places/dateline');
  });

  it("a person split off an organisation's name at an officer's title", () => {
    const text = 'The Ohio Rowing Federation Chairman Pete Sampras said so on Monday.';
    const e = explained(text).entities.find((e) => e.name === 'Pete Sampras')!;
    expect(read(text, e.why)).toEqual({ rule: 'entities/title-split', evidence: ['name: Pete Sampras', 'title: Chairman'] });
  });

  it.each([
    ['By JANE MORROW\n\nShares fell on Monday.', 'JANE MORROW', { rule: 'entities/byline', evidence: ['name: JANE MORROW', 'cue: By'] }],
    ['Manager Erik ten Hag spoke on Sunday.', 'Erik ten Hag', { rule: 'entities/particle', evidence: ['name: Erik ten Hag', 'cue: Manager'] }],
    ['The Assad regime rejected the report.', 'Assad', { rule: 'entities/type-evidence', evidence: ['name: Assad', 'cue: regime'] }],
    ['Crews from Suffolk Fire and Rescue Service attended.', 'Suffolk Fire and Rescue Service', { rule: 'entities/connector', evidence: ['name: Suffolk Fire and Rescue Service'] }],
  ])('an entity found or typed by a rule over the tagger: %s', (text, name, why) => {
    const e = explained(text).entities.find((e) => e.name === name)!;
    expect(read(text, e.why)).toEqual(why);
  });
});

describe('without explain', () => {
  const text = '"We will rebuild," said Ruth Okafor, the mayor of Springfield, Illinois. Some 300 homes were lost.';

  it('no item carries a why', () => {
    expect(JSON.stringify(extract(text))).not.toContain('"why"');
  });

  it('the same extraction as with explain, less the whys and the option', () => {
    const plain = extract(text);
    const withWhy = extract(text, { explain: true });
    expect(withWhy.meta.options.explain).toBe(true);
    const stripped = JSON.parse(JSON.stringify(withWhy, (key, value: unknown) => (key === 'why' ? undefined : value))) as Extraction;
    delete stripped.meta.options.explain;
    expect(stripped).toEqual(plain);
  });
});
