import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import { findLayout } from '../src/doc/layout.js';
import { extract } from '../src/extract.js';

/** The dateline, its place and the headline as text. */
function layoutOf(text: string): { dateline?: string; place?: string; headline?: string } {
  const l = findLayout(createDoc(text));
  const cut = (r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : undefined);
  return { dateline: cut(l.dateline), place: cut(l.datelinePlace), headline: cut(l.headline) };
}

describe('layout: datelines in wire formats', () => {
  it('reads a place in capitals before a dash at the start of a paragraph', () => {
    expect(layoutOf('Ferry strike ends\n\nPIRAEUS, Greece (AP) — Ferries sailed again on Friday.')).toEqual({
      dateline: 'PIRAEUS, Greece (AP) —',
      place: 'PIRAEUS',
      headline: 'Ferry strike ends',
    });
  });

  it('reads a place in brackets before an em dash, an en dash or a double hyphen', () => {
    expect(layoutOf('(SAN DIEGO) — Lifeguards closed three beaches on Sunday.')).toMatchObject({ dateline: '(SAN DIEGO) —', place: 'SAN DIEGO' });
    expect(layoutOf('(MOMBASA, Kenya) – Port workers returned on Monday.')).toMatchObject({ dateline: '(MOMBASA, Kenya) –', place: 'MOMBASA' });
    expect(layoutOf('(TALLAHASSEE, Fla.) -- Lawmakers passed the budget late Thursday.')).toMatchObject({ place: 'TALLAHASSEE' });
  });

  it('reads a dateline after a headline or a byline run into the same line', () => {
    expect(layoutOf('Coal mine to close in spring. DANVILLE, Ill. (AP) — The owner of a mine said 200 jobs would go.')).toEqual({
      dateline: 'DANVILLE, Ill. (AP) —',
      place: 'DANVILLE',
      headline: 'Coal mine to close in spring.',
    });
    expect(layoutOf('By Priya Raman. CHENNAI -- Monsoon rains flooded low streets on Wednesday.')).toMatchObject({ place: 'CHENNAI' });
  });

  it('reads a dateline on the line after a headline', () => {
    expect(layoutOf('Bridge reopens after repairs\nPITTSBURGH — Traffic crossed the bridge again on Monday.')).toEqual({
      dateline: 'PITTSBURGH —',
      place: 'PITTSBURGH',
      headline: 'Bridge reopens after repairs',
    });
  });

  it('takes no bracketed acronym or credit for a place', () => {
    expect(layoutOf('(CNN) — The Senate voted on Tuesday.').dateline).toBeUndefined();
    expect(layoutOf('(NATO) — The alliance met in Brussels.').dateline).toBeUndefined();
    expect(layoutOf('Talks resume. OPEC - The group met on Monday.').dateline).toBeUndefined();
  });

  it('takes no parenthetical remark or caps word inside a sentence for a dateline', () => {
    expect(layoutOf('(Updated with a statement) — The company said it would appeal.').dateline).toBeUndefined();
    expect(layoutOf('The vote was close. ALBANY - the capital - was quiet.').dateline).toBeUndefined();
    const long = `${'The council met for hours on the plan to widen the road through the old market and heard from many. '.repeat(2)}BOSTON — A later line.`;
    expect(layoutOf(long).dateline).toBeUndefined();
  });

  it("makes the bracketed place the article's dateline place", () => {
    const x = extract('(SACRAMENTO, Calif.) — Firefighters held the line overnight.\n\nCrews from Fresno joined them.');
    expect(x.dateline?.text).toBe('(SACRAMENTO, Calif.) —');
    const place = x.locations.find((l) => l.mentions.some((m) => m.role === 'dateline'));
    expect(place?.mentions.find((m) => m.role === 'dateline')?.text).toBe('SACRAMENTO');
  });
});
