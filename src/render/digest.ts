import type { Diagnostic, Entity, EntityType, Extraction, Geo, NumericClaim, Quote, Speaker, Why } from '../schema.js';
import { display, formatValue, hedgeLabel, isFigure, whyText } from './format.js';

/** What a reader wants from one extraction, in the order a digest shows it; every renderer of a digest reads this. */
export interface Digest {
  title: string | null;
  dateline: string | null;
  /** "html" when the text was taken from a web page */
  inputFormat: Extraction['input']['format'];
  length: number;
  /** what the web page says about the article, or null for text */
  page: PageFacts | null;
  people: EntityLine[];
  organisations: EntityLine[];
  /** nationalities, groups, events and other names */
  others: EntityLine[];
  speakers: SpeakerGroup[];
  figures: FigureRow[];
  /** years, dates and ordinals */
  dates: FigureRow[];
  checks: Checks;
  places: PlaceLine[];
  notes: Diagnostic[];
}

/** The page's metadata as shown: its headline only where it differs from the title the digest opens with. */
type PageFacts = NonNullable<Extraction['page']>;

export interface EntityLine {
  id: string;
  type: EntityType;
  name: string;
  roles: string[];
  mentions: number;
  /** mentions that are a pronoun or a description rather than the name */
  references: number;
  quotes: number;
}

export interface SpeakerGroup {
  /** the entity's name, the words for an unnamed source, or null for quotes nobody was found to say */
  name: string | null;
  entityId: string | null;
  roles: string[];
  anonymous: boolean;
  quotes: QuoteLine[];
}

export interface QuoteLine {
  id: string;
  start: number;
  /** the quoted words, pieces of a split quote joined by " … " */
  text: string;
  kind: Quote['kind'];
  partial: boolean;
  cue: string | null;
  /** how the speaker was found, when the text does not name them beside the quote */
  how: string | null;
  /** with --explain: why the quote, then why its speaker (whyText) */
  why: string[];
}

export interface FigureRow {
  id: string;
  start: number;
  text: string;
  kind: NumericClaim['kind'];
  counts: string | null;
  value: string;
  hedge: string | null;
  claimedBy: string | null;
  /** with --explain: why the figure, then why its claimant (whyText) */
  why: string[];
}

export interface Checks {
  unsourcedFigures: FigureRow[];
  anonymousSources: Array<{ id: string; start: number; source: string; what: string }>;
  pronounSpeakers: Array<{ id: string; start: number; pronoun: string; speaker: string | null; quote: string }>;
  unattributedQuotes: QuoteLine[];
}

export interface PlaceLine {
  id: string;
  name: string;
  mentions: number;
  dateline: boolean;
  geo: Geo | null;
  candidates: Geo[];
}

const PLACE_TYPES = new Set<EntityType>(['GPE', 'LOC', 'FAC']);
const PRONOUN = /^(?:he|she|they|it|we|i|him|her|them|his|hers|their)$/i;
/** Words that mark a source the text does not name: "a source said", "officials said", "people familiar with…". */
const ANONYMOUS =
  /\b(?:sources?|officials?|spokes(?:man|woman|person|people)|aides?|insiders?|diplomats?|people|persons?|someone|analysts?|observers?|critics|residents|witnesses|experts|authorities|reports?|data|figures|statistics|estimates)\b/i;

function isAnonymous(name: string, entityId: string | null): boolean {
  if (entityId) return false;
  return /^[a-z]/.test(name) || /^(?:a|an|the|one|two|three|some|several|many|other|senior|unnamed)\b/i.test(name) || ANONYMOUS.test(name);
}

export function howFound(s: Speaker): string | null {
  const words = s.mention ? display(s.mention.text) : null;
  if (!s.entityId && words === display(s.name)) return null;
  switch (s.resolvedBy) {
    case 'explicit':
      return null;
    case 'pronoun':
      return words ? `speaker found through the pronoun “${words}”` : 'speaker found through a pronoun';
    case 'description':
      return words ? `speaker found through “${words}”` : 'speaker found through a description';
    case 'continuation':
      return 'continues the quote before it';
  }
}

/** The quoted words as a reader wants them: a split quote's pieces joined, whitespace evened out. */
export function quoteText(q: Quote): string {
  if (q.parts.length <= 1) return display(q.text);
  const joined = q.parts.map((p) => display(p.text)).join(' … ');
  return q.kind === 'indirect' ? joined : `“${joined}”`;
}

export function figureRow(n: NumericClaim): FigureRow {
  return {
    id: n.id,
    start: n.start,
    text: display(n.text),
    kind: n.kind,
    counts: n.counts ? display(n.counts.text) : null,
    value: formatValue(n),
    hedge: hedgeLabel(n.qualifier),
    claimedBy: n.claimedBy ? display(n.claimedBy.name) : null,
    why: whyTexts(n.why, n.claimedBy?.why),
  };
}

function whyTexts(...whys: Array<Why | undefined>): string[] {
  return whys.filter((w): w is Why => w !== undefined).map(whyText);
}

export function buildDigest(x: Extraction): Digest {
  const byId = new Map(x.entities.map((e) => [e.id, e]));
  const quoteCount = new Map<string, number>();
  for (const q of x.quotes) if (q.speaker?.entityId) quoteCount.set(q.speaker.entityId, (quoteCount.get(q.speaker.entityId) ?? 0) + 1);
  const line = (e: Entity): EntityLine => ({
    id: e.id,
    type: e.type,
    name: display(e.name),
    roles: e.roles.map(display),
    mentions: e.mentions.length,
    references: e.mentions.filter((m) => m.kind !== 'name').length,
    quotes: quoteCount.get(e.id) ?? 0,
  });
  const located = new Set(x.locations.map((l) => l.entityId));
  const numbers = x.numbers.map(figureRow);
  const speakers = speakerGroups(x.quotes, byId);
  const title = x.headline ? display(x.headline.text) : null;
  return {
    title,
    dateline: x.dateline ? display(x.dateline.text) : null,
    inputFormat: x.input.format,
    length: x.input.length,
    page: x.page ? pageFacts(x.page, title) : null,
    people: x.entities.filter((e) => e.type === 'PERSON').map(line),
    organisations: x.entities.filter((e) => e.type === 'ORG').map(line),
    others: x.entities.filter((e) => e.type !== 'PERSON' && e.type !== 'ORG' && !(PLACE_TYPES.has(e.type) && located.has(e.id))).map(line),
    speakers,
    figures: numbers.filter((_, i) => isFigure(x.numbers[i]!)),
    dates: numbers.filter((_, i) => !isFigure(x.numbers[i]!)),
    checks: checks(x, numbers, speakers),
    // a demonym ("Turkish") links to its place but is no mention of it
    places: x.locations.filter((l) => l.mentions.some((m) => m.role !== 'demonym')).map((l) => ({
      id: l.id,
      name: display(l.name),
      mentions: l.mentions.filter((m) => m.role !== 'demonym').length,
      dateline: l.mentions.some((m) => m.role === 'dateline'),
      geo: l.geo,
      candidates: l.candidates,
    })),
    notes: x.diagnostics,
  };
}

function pageFacts(page: NonNullable<Extraction['page']>, title: string | null): PageFacts {
  const headline = page.headline ? display(page.headline) : null;
  return {
    headline: headline === title ? null : headline,
    byline: page.byline.map(display),
    published: page.published,
    url: page.url,
    site: page.site ? display(page.site) : null,
  };
}

function speakerGroups(quotes: Quote[], byId: Map<string, Entity>): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  let unattributed: SpeakerGroup | null = null;
  for (const q of quotes) {
    const s = q.speaker;
    const entity = s?.entityId ? byId.get(s.entityId) : undefined;
    const key = s ? (s.entityId ?? `name:${display(s.name).toLowerCase()}`) : '';
    let group: SpeakerGroup | null | undefined = s ? groups.get(key) : unattributed;
    if (!group) {
      group = {
        name: s ? display(entity?.name ?? s.name) : null,
        entityId: s?.entityId ?? null,
        roles: entity?.roles.map(display) ?? [],
        anonymous: s ? isAnonymous(display(s.name), s.entityId) : false,
        quotes: [],
      };
      if (s) groups.set(key, group);
      else unattributed = group;
    }
    group.quotes.push({
      id: q.id,
      start: q.start,
      text: quoteText(q),
      kind: q.kind,
      partial: q.partial,
      cue: q.cue ? display(q.cue.text) : null,
      how: s ? howFound(s) : null,
      why: whyTexts(q.why, s?.why),
    });
  }
  return [...groups.values(), ...(unattributed ? [unattributed] : [])];
}

function checks(x: Extraction, numbers: FigureRow[], speakers: SpeakerGroup[]): Checks {
  const anonymousSources: Checks['anonymousSources'] = [];
  const pronounSpeakers: Checks['pronounSpeakers'] = [];
  for (const q of x.quotes) {
    const s = q.speaker;
    if (!s) continue;
    const name = display(s.name);
    if (isAnonymous(name, s.entityId) && !PRONOUN.test(name)) anonymousSources.push({ id: q.id, start: q.start, source: name, what: quoteText(q) });
    if (s.resolvedBy === 'pronoun' || PRONOUN.test(name)) {
      pronounSpeakers.push({
        id: q.id,
        start: q.start,
        pronoun: display(s.mention?.text ?? name),
        speaker: s.entityId || !PRONOUN.test(name) ? name : null,
        quote: quoteText(q),
      });
    }
  }
  for (const n of x.numbers) {
    const c = n.claimedBy;
    if (c && isFigure(n) && isAnonymous(display(c.name), c.entityId)) anonymousSources.push({ id: n.id, start: n.start, source: display(c.name), what: display(n.text) });
  }
  anonymousSources.sort((a, b) => a.start - b.start);
  return {
    unsourcedFigures: numbers.filter((n, i) => isFigure(x.numbers[i]!) && n.claimedBy === null),
    anonymousSources,
    pronounSpeakers,
    unattributedQuotes: speakers.find((g) => g.name === null)?.quotes ?? [],
  };
}

export function checkCount(c: Checks): number {
  return c.unsourcedFigures.length + c.anonymousSources.length + c.pronounSpeakers.length + c.unattributedQuotes.length;
}
