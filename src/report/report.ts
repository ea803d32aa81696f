import type { Extraction } from '../schema.js';
import { FigureConflicts, type FigureConflict } from './figures.js';
import { QuoteConflicts, type QuoteConflict } from './quotes.js';
import type { ReadStats } from './read.js';
import { SpeakerTally, type SpeakerCount } from './speakers.js';

/** A corpus report over lede batch output (`lede report --format json` prints this object). */
export interface Report {
  extractions: number;
  errorRecords: number;
  unreadable: number;
  mostQuoted: { people: SpeakerCount[]; organisations: SpeakerCount[] };
  quoteConflicts: QuoteConflict[];
  figureConflicts: FigureConflict[];
}

/** Reads every extraction once, keeping per-speaker counts, quote wordings and located figures. */
export async function buildReport(extractions: AsyncIterable<Extraction>, stats: ReadStats, top: number): Promise<Report> {
  const speakers = new SpeakerTally();
  const quotes = new QuoteConflicts();
  const figures = new FigureConflicts();
  for await (const x of extractions) {
    const id = x.id ?? `#${stats.extractions}`;
    speakers.add(x, id);
    quotes.add(x, id);
    figures.add(x, id);
  }
  return {
    extractions: stats.extractions,
    errorRecords: stats.errorRecords,
    unreadable: stats.unreadable,
    mostQuoted: speakers.top(top),
    quoteConflicts: quotes.conflicts(top, speakers.aliases()),
    figureConflicts: figures.conflicts(top),
  };
}
