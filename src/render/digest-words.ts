import type { Diagnostic } from '../schema.js';
import type { Checks, Digest, EntityLine, FigureRow, PlaceLine, QuoteLine, SpeakerGroup } from './digest.js';
import { formatNumber, plural } from './format.js';

/** The words every digest renderer shares, as plain text; each renderer escapes and marks them up. */
export const TITLES = {
  people: 'People',
  organisations: 'Organisations',
  others: 'Nationalities, groups and other names',
  quotes: 'Quotes',
  noSpeaker: 'No speaker found',
  figures: 'Figures',
  checks: 'Check these',
  places: 'Places',
  notes: 'Notes',
} as const;

export const CHECK_TITLES: Record<keyof Checks, string> = {
  unsourcedFigures: 'Figures with no source in the text',
  anonymousSources: 'Unnamed sources',
  pronounSpeakers: 'Speakers known only by a pronoun',
  unattributedQuotes: 'Quotes with no speaker',
};

/** Leads the line of what the page says about the article. */
export const PAGE_LABEL = 'Page:';

export const FIGURE_COLUMNS = ['figure', 'counts', 'value', 'hedge', 'claimed by'] as const;

/** Said when the text came from a web page, or null. */
export function sourceNote(d: Digest): string | null {
  return d.inputFormat === 'html' ? `Article text taken from an HTML page (${formatNumber(d.length)} characters); offsets refer to that text.` : null;
}

/**
 * What the page says about the article, but its address: its headline where the digest's title is another
 * ("“Dockers strike”"), "by Ana Costa and Rui Lopes", "published 2025-03-03", "The Wire"; empty for text.
 */
export function pageFacts(d: Digest): string[] {
  const p = d.page;
  if (!p) return [];
  const names = p.byline.length > 1 ? `${p.byline.slice(0, -1).join(', ')} and ${p.byline.at(-1)}` : p.byline[0];
  return [p.headline ? `“${p.headline}”` : null, names ? `by ${names}` : null, p.published ? `published ${p.published}` : null, p.site].filter(
    (s): s is string => s !== null,
  );
}

/** "4 people", "2 organisations", "6 quotes", "13 figures", "6 places" */
export function summaryCounts(d: Digest): string[] {
  return [
    plural(d.people.length, 'person', 'people'),
    plural(d.organisations.length, 'organisation'),
    plural(d.speakers.reduce((n, g) => n + g.quotes.length, 0), 'quote'),
    plural(d.figures.length, 'figure'),
    plural(d.places.length, 'place'),
  ];
}

/** "mayor", "norp", "3 mentions (1 by pronoun or description)", "2 quotes" */
export function entityFacts(e: EntityLine): string[] {
  return [
    e.roles.length ? e.roles.join('; ') : null,
    e.type === 'PERSON' || e.type === 'ORG' ? null : e.type.toLowerCase(),
    plural(e.mentions, 'mention') + (e.references ? ` (${e.references} by pronoun or description)` : ''),
    e.quotes ? plural(e.quotes, 'quote') : null,
  ].filter((s): s is string => s !== null);
}

/** "partial quote", "reported speech", how the speaker was found */
export function quoteNotes(q: QuoteLine): string[] {
  return [q.partial ? 'partial quote' : null, q.kind === 'indirect' ? 'reported speech' : q.kind === 'mixed' ? 'partly reported' : null, q.how].filter(
    (s): s is string => s !== null,
  );
}

/** What follows the figure in a check line: " workers (about)" */
export function figureTail(f: FigureRow): string {
  return `${f.counts ? ` ${f.counts}` : ''}${f.hedge ? ` (${f.hedge})` : ''}`;
}

/** "“he” taken to be Anton Jansen" or "“he”, not resolved to anyone" */
export function pronounLead(p: Checks['pronounSpeakers'][number]): string {
  return `“${p.pronoun}”${p.speaker ? ` taken to be ${p.speaker}` : ', not resolved to anyone'}`;
}

/** One renderer's way of writing each section of a digest; writeSections calls them in the digest's order. */
export interface SectionWriter {
  entities(title: string, lines: EntityLine[]): void;
  quotes(groups: SpeakerGroup[]): void;
  figures(figures: FigureRow[], dates: FigureRow[]): void;
  checks(checks: Checks): void;
  places(places: PlaceLine[]): void;
  notes(notes: Diagnostic[]): void;
}

export function writeSections(d: Digest, w: SectionWriter): void {
  w.entities(TITLES.people, d.people);
  w.entities(TITLES.organisations, d.organisations);
  w.entities(TITLES.others, d.others);
  w.quotes(d.speakers);
  w.figures(d.figures, d.dates);
  w.checks(d.checks);
  w.places(d.places);
  w.notes(d.notes);
}
