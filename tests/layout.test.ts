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
    expect(layoutOf('By Priya Raman. CHENNAI -- Monsoon rains flooded low streets on Wednesday.\n\nSchools shut.')).toEqual({
      dateline: 'CHENNAI --',
      place: 'CHENNAI',
      headline: undefined,
    });
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

  it('reads an em or en dash written without spaces', () => {
    expect(layoutOf('RALEIGH—State regulators approved the rate increase.')).toMatchObject({ dateline: 'RALEIGH—', place: 'RALEIGH' });
    expect(layoutOf('Storm moves east\nDES MOINES, Iowa–Hail flattened corn across three counties.')).toMatchObject({ place: 'DES MOINES' });
  });

  it('reads a place and an ISO date alone on their line', () => {
    expect(layoutOf('RUGBY - LIONS WIN OPENER.\nCARDIFF 2024-06-21\nThe Lions beat the Barbarians 28-13 on Friday.')).toMatchObject({
      dateline: 'CARDIFF 2024-06-21',
      place: 'CARDIFF',
    });
    expect(layoutOf('Port strike ends\nGDANSK, Poland 2024-06-21\nDockers returned to work.').dateline).toBe('GDANSK, Poland 2024-06-21');
  });

  it('takes no topic before a headline in capitals for a dateline', () => {
    expect(layoutOf('GOLF - PARK LEADS BY TWO IN OHIO.\nThe Korean shot 66 on Thursday.').dateline).toBeUndefined();
  });

  it('ends the state at the first dash', () => {
    expect(layoutOf('Rail link delayed. TRENTON, N.J. -- A tunnel -- the oldest on the line -- will shut.').dateline).toBe('TRENTON, N.J. --');
  });

  it('lists the datelines of later articles that name their place in full, not run-in headings', () => {
    const text = 'OSLO (Reuters) - Oil output rose.\nNORWAY - Output rose.\nBERGEN, Norway (Reuters) - A ferry ran aground. STAVANGER (Reuters) - A rig was evacuated.';
    const l = findLayout(createDoc(text));
    expect(l.datelines.map((d) => text.slice(d.place.start, d.place.end))).toEqual(['OSLO', 'BERGEN', 'STAVANGER']);
    expect(l.datelines.map((d) => d.container && text.slice(d.container.start, d.container.end))).toEqual([null, 'Norway', null]);
  });

  it('reads a later dateline whose place holds a full stop once ("ST. LOUIS")', () => {
    const text = 'OSLO (Reuters) - Oil output rose.\nST. LOUIS (AP) — A barge sank on the river.';
    expect(findLayout(createDoc(text)).datelines.map((d) => text.slice(d.place.start, d.place.end))).toEqual(['OSLO', 'ST. LOUIS']);
  });

  it("makes the bracketed place the article's dateline place", () => {
    const x = extract('(SACRAMENTO, Calif.) — Firefighters held the line overnight.\n\nCrews from Fresno joined them.');
    expect(x.dateline?.text).toBe('(SACRAMENTO, Calif.) —');
    const place = x.locations.find((l) => l.mentions.some((m) => m.role === 'dateline'));
    expect(place?.mentions.find((m) => m.role === 'dateline')?.text).toBe('SACRAMENTO');
  });
});
