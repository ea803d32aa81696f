import { Chalk, type ChalkInstance } from 'chalk';
import type { Extraction } from '../schema.js';
import { display } from './format.js';
import { HIGHLIGHT_KINDS, HIGHLIGHT_LABELS, marksOf, nestMarks, segmentsOf, type HighlightKind, type Mark } from './highlights.js';
import { textOf } from './text-of.js';

export interface TextOptions {
  /** ANSI colours; without them highlights are written as [words]{kind} */
  color: boolean;
}

type Colour = 'cyan' | 'magenta' | 'green' | 'blue' | 'gray' | 'yellow' | 'red';

const COLOUR: Record<HighlightKind, Colour> = {
  person: 'cyan',
  org: 'magenta',
  place: 'green',
  group: 'blue',
  other: 'gray',
  quote: 'yellow',
  number: 'red',
};

const TAG: Record<HighlightKind, string> = {
  person: 'person',
  org: 'org',
  place: 'place',
  group: 'group',
  other: 'name',
  quote: 'quote',
  number: 'figure',
};

const SHOWN = new Set<string>([...HIGHLIGHT_KINDS, 'headline', 'dateline']);

/**
 * The article for a terminal: entities, quotes, figures and places in colour (chalk), each quote followed by
 * its speaker. Without colour the same highlights are written as [words]{kind}, so piped output keeps them.
 */
export function renderText(x: Extraction, options: TextOptions): string {
  const text = textOf(x, 'text');
  const marks = marksOf(x).filter((m) => SHOWN.has(m.kind));
  const labels = labelsOf(x);
  const present = HIGHLIGHT_KINDS.filter((k) => marks.some((m) => m.kind === k));
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const body = options.color ? coloured(x, text, marks, labels, chalk) : bracketed(text, marks, labels);
  const legend = options.color
    ? present.map((k) => style(chalk, [k])(HIGHLIGHT_LABELS[k])).join('  ')
    : `highlights: ${present.map((k) => `[…]{${TAG[k]}} ${HIGHLIGHT_LABELS[k]}`).join(', ')}`;
  return `${legend}\n\n${body.trimEnd()}\n`;
}

/**
 * What a reader needs beside a mark: who said a quote, unless the text names them as the speaker is called;
 * the entity a pronoun, a surname or a description stands for.
 */
function labelsOf(x: Extraction): Map<string, string> {
  const labels = new Map<string, string>();
  for (const e of x.entities) labels.set(e.id, display(e.name));
  for (const l of x.locations) labels.set(l.id, display(l.name));
  for (const q of x.quotes) {
    if (!q.speaker) labels.set(q.id, 'speaker unknown');
    else if (!q.speaker.mention || q.speaker.resolvedBy !== 'explicit') labels.set(q.id, display(q.speaker.name));
  }
  return labels;
}

function style(chalk: ChalkInstance, kinds: readonly string[]): ChalkInstance {
  let s = chalk;
  if (kinds.includes('headline')) s = s.bold.underline;
  if (kinds.includes('dateline') || kinds.includes('number')) s = s.bold;
  if (kinds.includes('quote')) s = s.italic;
  const inner = [...kinds].reverse().find((k): k is HighlightKind => k in COLOUR);
  return inner ? s[COLOUR[inner]] : s;
}

function coloured(x: Extraction, text: string, marks: readonly Mark[], labels: Map<string, string>, chalk: ChalkInstance): string {
  // Who said a quote goes right after its closing mark.
  const after = x.quotes.filter((q) => labels.has(q.id)).map((q) => ({ at: q.end, label: chalk.dim(` ‹${labels.get(q.id)}›`) }));
  let next = 0;
  let out = '';
  const write = (from: number, to: number, kinds: readonly string[]): void => {
    const piece = text.slice(from, to);
    // Colour codes are not carried across line ends, so a pager that shows one line at a time keeps them.
    out += kinds.length ? piece.split('\n').map((line) => (line ? style(chalk, kinds)(line) : line)).join('\n') : piece;
  };
  for (const seg of segmentsOf(text.length, marks)) {
    const kinds = seg.marks.map((m) => m.kind);
    let from = seg.start;
    while (next < after.length && after[next]!.at <= seg.end) {
      const { at, label } = after[next++]!;
      if (at < from) continue;
      write(from, at, kinds);
      out += label;
      from = at;
    }
    write(from, seg.end, kinds);
  }
  return out;
}

function bracketed(text: string, marks: readonly Mark[], labels: Map<string, string>): string {
  return nestMarks(text, marks, {
    open: (m) => (m.kind in TAG ? '[' : ''),
    close: (m) => {
      if (!(m.kind in TAG)) return '';
      const kind = m.kind as HighlightKind;
      const label = labels.get(m.ref);
      const words = display(text.slice(m.start, m.end));
      return `]{${TAG[kind]}${label && label !== words ? `: ${label}` : ''}}`;
    },
    text: (s) => s,
  });
}
