import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import { findLayout } from '../src/doc/layout.js';
import { findNames } from '../src/entities/index.js';
import { extract } from '../src/extract.js';

/** The names the layout's datelines mark, as text. */
function datelineNames(text: string): string[] {
  const doc = createDoc(text);
  return findNames(doc, findLayout(doc).datelines)
    .filter((m) => m.dateline)
    .map((m) => text.slice(m.start, m.end));
}

describe("the layout's datelines mark the names in them", () => {
  it.each([
    ['(HOUSTON) — Refinery workers walked out on Tuesday over pay.', 'HOUSTON'],
    ['(BOISE, Idaho) – Crews contained the fire before dawn on Friday.', 'BOISE'],
    ['Ferry fares to rise. PORTLAND, Maine (AP) — The state raised fares on Monday.', 'PORTLAND'],
    ['Bank cuts jobs\nCHARLOTTE—The lender said on Thursday it would cut 900 jobs.', 'CHARLOTTE'],
  ])('flags the place of "%s"', (text, place) => {
    expect(datelineNames(text)).toContain(place);
  });

  it("reads a dateline's place in capitals as a place, whatever the tagger read", () => {
    for (const text of ['Council rejects levy. WINONA -- The council voted 5-2 on Monday.', 'OMAHA, Neb. (AP) — Rail traffic resumed on Sunday.']) {
      const doc = createDoc(text);
      const place = findNames(doc, findLayout(doc).datelines).find((m) => m.dateline);
      expect(['LOC', 'GPE']).toContain(place?.type);
    }
  });

  it("reads the state after a bracketed dateline's city as a place", () => {
    const doc = createDoc('(TOPEKA, Kansas) — Kansas lawmakers passed the school budget on Friday.');
    const state = findNames(doc, findLayout(doc).datelines).find((m) => m.start === 9);
    expect(state).toMatchObject({ type: 'GPE', dateline: true });
  });

  it('flags the datelines of a later article in the same text', () => {
    const text = 'TULSA, Okla. (AP) — A storm cut power to 40,000 homes.\n\nBoth stories ran on Monday. DENVER (AP) — Snow closed two passes.';
    expect(datelineNames(text)).toEqual(expect.arrayContaining(['TULSA', 'DENVER']));
  });

  it('leaves a name opening a line of results or a run-in heading unflagged', () => {
    expect(datelineNames('Tennis results\nMarta Ruiz (Spain) beat Ana Lind (Sweden) 6-2 6-4.')).toEqual([]);
    expect(datelineNames('LISBON (Reuters) - Bond yields rose.\nPORTUGAL - Yields rose for a third day.\nSPAIN - Yields were flat.')).toEqual(['LISBON']);
  });
});

describe('reported speech skips the dateline that opens its sentence', () => {
  it.each([
    ['(CHICAGO) — Ridership on the city’s trains fell by a tenth in March, the transit authority said.', 'Ridership on the city’s trains fell by a tenth in March'],
    ['Mill to shut. BANGOR, Maine (AP) — The paper mill will close in June, its owner said on Tuesday.', 'The paper mill will close in June'],
    ['Port reopens\nHALIFAX—Container traffic resumed overnight, the port authority said.', 'Container traffic resumed overnight'],
  ])('in "%s"', (text, content) => {
    expect(extract(text).quotes.map((q) => q.text)).toEqual([content]);
  });
});
