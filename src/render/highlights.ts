import type { EntityType, Extraction } from '../schema.js';
import { compareText } from '../compare-text.js';

/** What a highlight shows, in legend order. */
export const HIGHLIGHT_KINDS = ['person', 'org', 'place', 'group', 'other', 'quote', 'number'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export const HIGHLIGHT_LABELS: Record<HighlightKind, string> = {
  person: 'people',
  org: 'organisations',
  place: 'places',
  group: 'nationalities and groups',
  other: 'events and other names',
  quote: 'quotes',
  number: 'figures',
};

/** Structural marks: the headline and dateline, and the parts of a quote or figure shown when it is selected. */
type MarkKind = HighlightKind | 'headline' | 'dateline' | 'speaker' | 'cue' | 'counts';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** the id of the item the mark belongs to: an entity, location, quote or number id */
  ref: string;
  /** for entity mentions: a pronoun or description rather than the name */
  reference?: boolean;
}

const ENTITY_KIND: Record<EntityType, HighlightKind> = {
  PERSON: 'person',
  ORG: 'org',
  GPE: 'place',
  LOC: 'place',
  FAC: 'place',
  NORP: 'group',
  EVENT: 'other',
  MISC: 'other',
};

/** Outer marks first when two share a span, so quotes enclose names and names enclose nothing. */
const NESTING: Record<MarkKind, number> = {
  headline: 0,
  dateline: 1,
  quote: 2,
  speaker: 3,
  cue: 3,
  counts: 3,
  person: 4,
  org: 4,
  place: 4,
  group: 4,
  other: 4,
  number: 5,
};

/** Every span worth marking in the article text, ordered by start, longest first, outer kinds first. */
export function marksOf(x: Extraction): Mark[] {
  const marks: Mark[] = [];
  const push = (s: { start: number; end: number }, kind: MarkKind, ref: string, reference?: boolean): void => {
    if (s.end > s.start) marks.push({ start: s.start, end: s.end, kind, ref, ...(reference ? { reference } : {}) });
  };
  if (x.headline) push(x.headline, 'headline', 'headline');
  if (x.dateline) push(x.dateline, 'dateline', 'dateline');
  const locationOf = new Map(x.locations.filter((l) => l.entityId).map((l) => [l.entityId!, l.id]));
  const entityMentions = new Set<string>();
  for (const e of x.entities) {
    for (const m of e.mentions) {
      push(m, ENTITY_KIND[e.type], locationOf.get(e.id) ?? e.id, m.kind !== 'name');
      entityMentions.add(`${m.start}:${m.end}`);
    }
  }
  for (const l of x.locations) for (const m of l.mentions) if (!entityMentions.has(`${m.start}:${m.end}`)) push(m, 'place', l.id);
  for (const q of x.quotes) {
    if (q.parts.length > 1) for (const p of q.parts) push(p, 'quote', q.id);
    else push(q, 'quote', q.id);
    if (q.speaker?.mention) push(q.speaker.mention, 'speaker', q.id);
    if (q.cue) push(q.cue, 'cue', q.id);
  }
  for (const n of x.numbers) {
    push(n, 'number', n.id);
    if (n.counts) push(n.counts, 'counts', n.id);
  }
  return marks.sort((a, b) => a.start - b.start || b.end - a.end || NESTING[a.kind] - NESTING[b.kind] || compareText(a.ref, b.ref));
}

export interface Segment {
  start: number;
  end: number;
  /** the marks covering this stretch of text, outermost first */
  marks: Mark[];
}

/** Cuts the text where any mark starts or ends; each piece lists the marks over it, so overlaps need no special case. */
export function segmentsOf(length: number, marks: readonly Mark[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= length).sort((a, b) => a - b);
  const out: Segment[] = [];
  let open: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    open = open.filter((m) => m.end > start);
    while (next < marks.length && marks[next]!.start <= start) {
      if (marks[next]!.end > start) open.push(marks[next]!);
      next++;
    }
    out.push({ start, end, marks: [...open] });
  }
  return out;
}

/**
 * Writes the text with each mark opened and closed around its stretch, properly nested: a mark that overlaps
 * another without nesting is closed and reopened, so it comes out in pieces.
 */
export function nestMarks(text: string, marks: readonly Mark[], write: { open(m: Mark): string; close(m: Mark): string; text(s: string): string }): string {
  let out = '';
  let open: Mark[] = [];
  const closeTo = (keep: number): void => {
    for (let i = open.length - 1; i >= keep; i--) out += write.close(open[i]!);
  };
  for (const seg of segmentsOf(text.length, marks)) {
    let keep = 0;
    while (keep < open.length && keep < seg.marks.length && open[keep] === seg.marks[keep]) keep++;
    closeTo(keep);
    for (const m of seg.marks.slice(keep)) out += write.open(m);
    open = seg.marks;
    out += write.text(text.slice(seg.start, seg.end));
  }
  closeTo(0);
  return out;
}
